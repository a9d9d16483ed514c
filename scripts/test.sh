#!/usr/bin/env bash
# Runs every test: unit tests and integration tests against real Azurite instances that the tests start on private
# ports. Installs what is missing first. Ends with one line "tests: N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

require_toolchain
# aiosmtpd: the real SMTP server the SMTP sender is tested against; chromium: the browser tests' headless browser
# (driven by Microsoft.Playwright's bundled driver through executablePath: no browser download).
ensure_apt_packages curl ca-certificates python3-aiosmtpd chromium
ensure_node_modules || die "npm install failed"

RESULTS="$ROOT/.run/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
SCREENSHOTS="$ROOT/artifacts/screenshots"   # the browser tests' full-page PNGs, <page>-<lang>[-<state>].png
rm -rf "$SCREENSHOTS" && mkdir -p "$SCREENSHOTS"
AXE_SUMMARY="$ROOT/artifacts/axe-summary.txt"   # axe-core's findings per page, language and state, every impact
rm -f "$AXE_SUMMARY"

log "building"
if ! dotnet build "$ROOT/Intake.sln" -c Release --nologo -v quiet -clp:ErrorsOnly; then
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

passed=0 failed=0 skipped=0 status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  out="$RESULTS/$name.log"
  dotnet test "$project" -c Release --no-build --nologo --logger "console;verbosity=normal" 2>&1 | tee "$out" \
    | grep -aE --line-buffered '^\s*(Failed|Skipped) [A-Z]|^Total tests|^\s+(Passed|Failed|Skipped): [0-9]|Error Message|error [A-Z]+[0-9]+:' || true
  rc=${PIPESTATUS[0]}
  # The VSTest summary: "Total tests: N", then "Passed: N", "Failed: N", "Skipped: N" (each only when not zero).
  count() { grep -aE "^ +$1: +[0-9]+$" "$out" | tail -1 | grep -Eo '[0-9]+' || echo 0; }
  if grep -aq 'No test is available' "$out" && [ "$rc" -eq 0 ]; then
    log "$name has no tests yet"
    continue
  fi
  if ! grep -aqE '^Total tests: [0-9]+' "$out"; then
    log "$name produced no test summary (exit $rc)"
    failed=$((failed + 1)); status=1; continue
  fi
  p=$(count Passed); f=$(count Failed); s=$(count Skipped)
  if [ "$f" -ne 0 ]; then
    # The filter above shows which tests failed; here is why (message and the first frames of each).
    log "why $name failed (full log: $out)"
    awk '/^ +Failed [A-Z]/ { n = 16 } n > 0 { print; n-- }' "$out"
  fi
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
  [ "$rc" -eq 0 ] || status=1
done

[ "$failed" -eq 0 ] || status=1
shots=$(find "$SCREENSHOTS" -name '*.png' | wc -l)
[ "$shots" -eq 0 ] || log "screenshots ($shots): $SCREENSHOTS"
[ ! -f "$AXE_SUMMARY" ] || log "axe summary: $AXE_SUMMARY"
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
