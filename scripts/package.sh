#!/usr/bin/env bash
# Produces artifacts/funcapp.zip (and the folder artifacts/funcapp/): the isolated-worker Functions app as Core Tools
# and azd would deploy it. The dotnet publish output for linux-x64, framework-dependent (the Flex Consumption plan's
# dotnet-isolated 10.0 runtime runs it) and ReadyToRun, with host.json, functions.metadata, worker.config.json and
# the host's extensions in .azurefunctions/, all written by the Worker SDK.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
require_toolchain
ensure_node_modules   # Web Chat's bundle (node_modules/botframework-webchat) is embedded in the app at build time

OUT="$ROOT/artifacts/funcapp"
ZIP="$ROOT/artifacts/funcapp.zip"
rm -rf "$OUT" "$ZIP"
log "publishing the worker (linux-x64, framework-dependent, ReadyToRun)"
dotnet publish "$ROOT/functions/Intake.Functions" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -p:DebugType=none \
  -o "$OUT" --nologo -v quiet -clp:ErrorsOnly >&2
rm -f "$OUT"/appsettings.Development.json
for required in host.json functions.metadata worker.config.json .azurefunctions; do
  [ -e "$OUT/$required" ] || die "the publish output lacks $required"
done
# The zip holds the folder's content at its root (hidden .azurefunctions/ included), as zip deploy expects.
python3 - "$OUT" "$ZIP" <<'PY'
import os, sys, zipfile
root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            z.write(path, os.path.relpath(path, root))
PY
functions=$(python3 -c 'import json,sys; print(" ".join(f["name"] for f in json.load(open(sys.argv[1]))))' "$OUT/functions.metadata")
log "wrote $ZIP ($(du -h "$ZIP" | cut -f1)); functions: $functions"
