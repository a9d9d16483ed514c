#!/usr/bin/env bash
# Runs the whole system on this machine: Azurite (in memory, default ports) and the app in standalone mode on
# http://127.0.0.1:7071. Installs what is missing first. Runs in the foreground until Ctrl-C, SIGINT or SIGTERM,
# then stops everything it started. Needs no terminal.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

APP_URL="http://127.0.0.1:7071"
RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"

require_toolchain
ensure_apt_packages curl ca-certificates
ensure_node_modules

for port in 10000 10001 10002 7071 3000; do
  port_in_use "$port" && die "port $port is already in use on 127.0.0.1 (another Azurite or app?). Stop it and run again."
done

log "building the app"
dotnet build "$ROOT/functions/Intake.Functions" -c Release --nologo -v quiet -clp:ErrorsOnly >&2 \
  || die "the build failed"

pids=()
cleanup() {
  trap - INT TERM EXIT
  log "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting Azurite (in memory) on 127.0.0.1:10000-10002"
start_azurite "$RUN_DIR/azurite.log"
pids+=("$AZURITE_PID")
for port in 10000 10001 10002; do
  wait_for_port "$port" 30 || die "Azurite did not start; see $RUN_DIR/azurite.log"
done

log "starting the app (standalone mode)"
AzureWebJobsStorage="UseDevelopmentStorage=true" \
ASPNETCORE_ENVIRONMENT=Development \
Email__Sender=PickupFolder \
Email__PickupDirectory="$RUN_DIR/mail" \
ASPNETCORE_URLS="$APP_URL" \
  dotnet "$ROOT/functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll" </dev/null &
pids+=("$!")
wait_for_http "$APP_URL/health" 60 || die "the app did not become healthy"

# After the app: offline-directline calls the bot as soon as a chat starts.
log "starting the local Direct Line (offline-directline) on 127.0.0.1:3000"
node "$ROOT/scripts/directline.js" 3000 "$APP_URL/api/messages" >"$RUN_DIR/directline.log" 2>&1 &
pids+=("$!")
wait_for_port 3000 30 || die "offline-directline did not start; see $RUN_DIR/directline.log"

cat <<INFO

  Intake is running (standalone mode, storage in Azurite's memory: it is gone when you stop).

  Pages        $APP_URL/            (start; forms /oro /stod /anhorig; chat /chatt; English under /en)
  API          $APP_URL/api/concerns
               $APP_URL/api/support-requests
               $APP_URL/api/relative-support-requests
  Health       $APP_URL/health
  OpenAPI      $APP_URL/api/openapi.json
  Chat         $APP_URL/chatt (Web Chat) → local Direct Line http://127.0.0.1:3000/directline → bot $APP_URL/api/messages
  Storage      Azurite: blob 127.0.0.1:10000, queue 127.0.0.1:10001, table 127.0.0.1:10002 (UseDevelopmentStorage=true)
  Try it       curl -i -H 'Content-Type: application/json' --data @samples/requests/concern-adult.json $APP_URL/api/concerns
  E-mail       written as .eml files to .run/mail/ (nothing is sent: Email:Sender = PickupFolder)
  Logs         the app's below; Azurite's in .run/azurite.log, Direct Line's in .run/directline.log

  Stop with Ctrl-C.

INFO

# Stay in the foreground until a signal arrives or one of the processes dies.
wait -n "${pids[@]}" || true
log "a process stopped by itself; shutting down"
