#!/usr/bin/env bash
# Produces artifacts/funcapp/: the deployment folder of the Functions app (custom handler). host.json, one folder per
# function with its function.json, and the handler published self-contained for linux-x64, trimmed and ReadyToRun.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
require_toolchain
ensure_node_modules   # Web Chat's bundle (node_modules/botframework-webchat) is embedded in the handler at build time

OUT="$ROOT/artifacts/funcapp"
rm -rf "$OUT"
log "publishing the handler (linux-x64, self-contained, trimmed, ReadyToRun)"
dotnet publish "$ROOT/functions/Intake.Functions" -c Release -r linux-x64 --self-contained \
  -p:PublishTrimmed=true -p:PublishReadyToRun=true -p:DebugType=none \
  -o "$OUT" --nologo -v quiet -clp:ErrorsOnly >&2
cp "$ROOT/host.json" "$OUT/"
for dir in "$ROOT"/triggers/*/; do cp -r "$dir" "$OUT/"; done
chmod +x "$OUT/Intake.Functions"
rm -f "$OUT"/appsettings.Development.json
log "wrote $OUT ($(du -sh "$OUT" | cut -f1), $(ls -d "$OUT"/*/ | wc -l) functions)"
# The function folders (what the host will index); not a listing piped to head, which fails under pipefail once the
# folder holds more files than head reads.
log "functions: $(cd "$OUT" && ls -d */ | tr -d / | tr '\n' ' ')"
