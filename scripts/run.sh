#!/usr/bin/env bash
# Runs the whole system on this machine: Azurite (in memory, default ports), the local OpenID Connect provider for
# the staff sign-in (http://127.0.0.1:5556) and the app in standalone mode on http://127.0.0.1:7071. Installs what is
# missing first. Runs in the foreground until Ctrl-C, SIGINT or SIGTERM, then stops everything it started. Needs no
# terminal.
#
# The ports and the folder for logs and e-mail can be moved (for a second copy beside a running one, or a test that
# runs this script): INTAKE_APP_PORT (7071), INTAKE_OIDC_PORT (5556), INTAKE_DIRECTLINE_PORT (3000),
# INTAKE_AZURITE_PORTS ("10000 10001 10002": blob, queue, table) and INTAKE_RUN_DIR (.run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

APP_PORT="${INTAKE_APP_PORT:-7071}"
APP_URL="http://127.0.0.1:$APP_PORT"
OIDC_PORT="${INTAKE_OIDC_PORT:-5556}"
OIDC_URL="http://127.0.0.1:$OIDC_PORT"
DIRECTLINE_PORT="${INTAKE_DIRECTLINE_PORT:-3000}"
read -r BLOB_PORT QUEUE_PORT TABLE_PORT <<<"${INTAKE_AZURITE_PORTS:-10000 10001 10002}"
RUN_DIR="${INTAKE_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_DIR"
RUN_DIR="$(cd "$RUN_DIR" && pwd)"

# Azurite's well-known development account (public, the same in every Azurite): the short form when it listens on
# its default ports, the explicit endpoints otherwise.
if [ "$BLOB_PORT $QUEUE_PORT $TABLE_PORT" = "10000 10001 10002" ]; then
  STORAGE="UseDevelopmentStorage=true"
else
  STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
fi

require_toolchain
ensure_apt_packages curl ca-certificates
ensure_node_modules

for port in "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT" "$OIDC_PORT" "$APP_PORT" "$DIRECTLINE_PORT"; do
  port_in_use "$port" && die "port $port is already in use on 127.0.0.1 (another Azurite, provider or app?). Stop it and run again."
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

log "starting Azurite (in memory) on 127.0.0.1:$BLOB_PORT, $QUEUE_PORT, $TABLE_PORT"
start_azurite "$RUN_DIR/azurite.log" "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"
pids+=("$AZURITE_PID")
for port in "$BLOB_PORT" "$QUEUE_PORT" "$TABLE_PORT"; do
  wait_for_port "$port" 30 || die "Azurite did not start; see $RUN_DIR/azurite.log"
done

# The staff sign-in's identity provider (Entra ID in Azure): oidc-provider with fixed test accounts. A new client
# secret every run, given to the provider and the app through their environment (not visible in the process list).
STAFF_CLIENT_SECRET="$(node -e "process.stdout.write(require('crypto').randomBytes(24).toString('hex'))")"
log "starting the local OpenID Connect provider on $OIDC_URL"
DEV_OIDC_CLIENT_SECRET="$STAFF_CLIENT_SECRET" node "$ROOT/scripts/dev-oidc.mjs" --port "$OIDC_PORT" \
  --client-id intake-staff --redirect-uri "$APP_URL/staff/signin-oidc" \
  --post-logout-redirect-uri "$APP_URL/staff/signout-callback" >"$RUN_DIR/oidc.log" 2>&1 </dev/null &
pids+=("$!")
wait_for_http "$OIDC_URL/.well-known/openid-configuration" 30 \
  || die "the OpenID Connect provider did not start; see $RUN_DIR/oidc.log"

log "starting the app (standalone mode)"
AzureWebJobsStorage="$STORAGE" \
ASPNETCORE_ENVIRONMENT=Development \
Email__Sender=PickupFolder \
Email__PickupDirectory="$RUN_DIR/mail" \
Email__StaffInboxUrl="$APP_URL/staff/" \
Chat__LocalDirectLineUrl="http://127.0.0.1:$DIRECTLINE_PORT/directline" \
Telemetry__Console="${INTAKE_TELEMETRY_CONSOLE:-true}" \
ASPNETCORE_URLS="$APP_URL" \
StaffAuth__Authority="$OIDC_URL" \
StaffAuth__ClientId=intake-staff \
StaffAuth__ClientSecret="$STAFF_CLIENT_SECRET" \
  dotnet "$ROOT/functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll" </dev/null &
pids+=("$!")
wait_for_http "$APP_URL/health" 60 || die "the app did not become healthy"

# After the app: offline-directline calls the bot as soon as a chat starts.
log "starting the local Direct Line (offline-directline) on 127.0.0.1:$DIRECTLINE_PORT"
node "$ROOT/scripts/directline.js" "$DIRECTLINE_PORT" "$APP_URL/api/messages" >"$RUN_DIR/directline.log" 2>&1 &
pids+=("$!")
wait_for_port "$DIRECTLINE_PORT" 30 || die "offline-directline did not start; see $RUN_DIR/directline.log"

cat <<INFO

  Intake is running (standalone mode, storage in Azurite's memory: it is gone when you stop).

  Pages        $APP_URL/            (start; forms /oro /stod /anhorig; self-tests /sjalvtest/…; chat /chatt; English under /en)
  API          $APP_URL/api/concerns
               $APP_URL/api/support-requests
               $APP_URL/api/relative-support-requests
  Health       $APP_URL/health
  OpenAPI      $APP_URL/api/openapi.json
  Staff        $APP_URL/staff  (sign in at the local OpenID Connect provider $OIDC_URL, any password)
               vuxen (Team.Vuxen)   barn (Team.BarnOchUnga)   nexus (Team.Nexus)   fjarilen (Team.Fjarilen)
               lead (Team.Vuxen + Team.Lead)   ingen (no roles claim)
  Chat         $APP_URL/chatt (Web Chat) → local Direct Line http://127.0.0.1:$DIRECTLINE_PORT/directline → bot $APP_URL/api/messages
  Storage      Azurite: blob 127.0.0.1:$BLOB_PORT, queue 127.0.0.1:$QUEUE_PORT, table 127.0.0.1:$TABLE_PORT (in memory)
  Try it       curl -i -H 'Content-Type: application/json' --data @samples/requests/concern-adult.json $APP_URL/api/concerns
  E-mail       written as .eml files to $RUN_DIR/mail/ (nothing is sent: Email:Sender = PickupFolder)
  Logs         the app's below; Azurite's, the sign-in provider's and Direct Line's in $RUN_DIR/

  Stop with Ctrl-C.

INFO

# Stay in the foreground until a signal arrives or one of the processes dies.
wait -n "${pids[@]}" || true
log "a process stopped by itself; shutting down"
