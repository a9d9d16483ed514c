#!/usr/bin/env bash
# Prints figures, each against a baseline measured in the same run:
#   1. the standalone app's start to its first 200 vs a bare ASP.NET Core app built the same way (slim builder);
#   2. POST /api/concerns (validate + store + enqueue) under wrk on loopback vs the storage floor: the same insert +
#      enqueue through the same SDK clients at the same concurrency against the same Azurite (the app's queue and
#      timer functions switched off during both runs, so no routing backlog competes for Azurite); GET /health for
#      reference; the app's peak memory after the load;
#   3. the bot's turn latency (POST /api/messages, state in Azurite, replies to a loopback channel) p50/p95/p99 over
#      BOT_CONVERSATIONS x 12 turns (default 20 x 12 = 240), one at a time, vs GET /health with the same driver;
#   4. the safety gate's cost per message (mean, p50, p99) over every corpus message vs normalising the same text;
#   5. the app's memory (VmRSS, and VmHWM: its peak) before and after 16 parallel 24 MiB chunked posts to
#      /api/messages without a token (no Content-Length, no Expect: 100-continue: the body comes whatever the
#      server says), and the statuses they got. Goal: a rise of less than 50 MiB (issue 11).
#   6. the staff side (issue 12): the team inbox with 10,000 open tickets across the 4 teams (2,500 in the team: one
#      routed by the app per team, the rest copies of its rows written straight to Azurite) p50/p95 vs GET /health in
#      the same run (alternating, one at a time, one kept-alive connection), the inbox's partition read alone through
#      the SDK (its floor), and the ticket page p50/p95 including its audit write; STAFF_REQUESTS of each (default
#      200), signed in through the real local OpenID Connect provider (scripts/dev-oidc.mjs, as run.sh starts it).
# Everything runs on 127.0.0.1 against a private in-memory Azurite. Bounded: a few seconds per load run.
# SECTIONS="2 5" runs only those sections (default: all); BENCH_AZURITE_PORTS="blob queue table" moves Azurite
# (default 20000 20001 20002), BENCH_APP_PORT the app (default 27072) and BENCH_OIDC_PORT the sign-in provider
# (default 27556), for a machine where they are taken.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
RUNS=${RUNS:-10}
DURATION=${DURATION:-10s}
BOT_CONVERSATIONS=${BOT_CONVERSATIONS:-20}
STAFF_REQUESTS=${STAFF_REQUESTS:-200}
SECTIONS=${SECTIONS:-1 2 3 4 5 6}
read -r AZ_BLOB AZ_QUEUE AZ_TABLE <<<"${BENCH_AZURITE_PORTS:-20000 20001 20002}"
APP_PORT=${BENCH_APP_PORT:-27072}
OIDC_PORT=${BENCH_OIDC_PORT:-27556}
want() { [[ " $SECTIONS " == *" $1 "* ]]; }

require_toolchain
ensure_apt_packages curl wrk
ensure_node_modules
dotnet build functions/Intake.Functions -c Release --nologo -v quiet -clp:ErrorsOnly >&2
if want 1 || want 2 || want 6; then dotnet build tools/Intake.Bench -c Release --nologo -v quiet -clp:ErrorsOnly >&2; fi
BENCH=tools/Intake.Bench/bin/Release/net10.0/Intake.Bench.dll

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

mkdir -p "$ROOT/.run"
start_azurite "$ROOT/.run/bench-azurite.log" "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"
pids+=("$AZURITE_PID")
for port in "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"; do wait_for_port "$port" 30 || die "Azurite did not start"; done
# The settings the app requires (it refuses to start without them), pointed at throwaway places.
export Email__Sender=PickupFolder Email__FromAddress=noreply@kommun.example Email__StaffInboxUrl=https://intake.kommun.example/staff/ Email__PickupDirectory="$ROOT/.run/bench-mail"
export BotAuth__AllowUnauthenticatedLocalDevelopment=true Logging__LogLevel__Default=Warning
# The load comes from one address: the per-client rate limits (docs/decisions/0011) are set out of its way.
export RateLimits__Submissions__PermitLimit=1000000 RateLimits__Submissions__Window=00:01:00 \
  RateLimits__Pages__PermitLimit=1000000 RateLimits__Pages__Window=00:01:00
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;QueueEndpoint=http://127.0.0.1:$AZ_QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$AZ_TABLE/devstoreaccount1;"

# cold_start LABEL URL-PATH COMMAND...: median and max ms from exec to the first 200 on the path.
cold_start() {
  local label=$1 path=$2; shift 2
  local times=() i start pid
  for i in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    ASPNETCORE_URLS=http://127.0.0.1:27071 AzureWebJobsStorage="$CONN" "$@" >"$ROOT/.run/bench-app.log" 2>&1 &
    pid=$!
    local deadline=$((SECONDS + 30))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:27071$path")" = 200 ]; do
      kill -0 "$pid" 2>/dev/null || die "the app exited during start-up; see .run/bench-app.log"
      [ $SECONDS -lt $deadline ] || die "the app did not answer within 30 s"
      sleep 0.005
    done
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v n="$RUNS" '{a[NR]=$1} END {printf "cold start  %-40s median %4d ms  max %4d ms  (%d runs)\n", l, a[int((NR+1)/2)], a[NR], n}'
}

if want 1; then
echo "== 1. start to the first 200 (standalone) =="
cold_start "bare ASP.NET Core app (baseline)" / dotnet "$BENCH" bare
cold_start "Intake standalone (GET /health)" /health dotnet functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll

fi

if want 2; then
echo "== 2. throughput vs the storage floor (standalone, queue and timer functions off, wrk -t2 -c8 -d$DURATION) =="
floor=$(dotnet "$BENCH" floor "$CONN" 8 "${DURATION%s}" "$ROOT/samples/requests/concern-adult.json"); echo "$floor"
env AzureWebJobsStorage="$CONN" ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT \
  'AzureWebJobs.RouteSubmission.Disabled=true' 'AzureWebJobs.SendAcknowledgement.Disabled=true' 'AzureWebJobs.NotifyTeam.Disabled=true' \
  'AzureWebJobs.RedriveSubmissions.Disabled=true' 'AzureWebJobs.PurgeConversations.Disabled=true' \
  dotnet functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll >/dev/null 2>&1 &
app=$!; pids+=("$app")
wait_for_http http://127.0.0.1:$APP_PORT/health 60 || die "the app did not start"
summary() { awk -v l="$1" '/Requests\/sec/ {rps=$2} /Latency/ && !lat {lat=$2} /50%/ {p50=$2} /99%/ {p99=$2} /Non-2xx/ {bad=$4} END {printf "%-40s %9s req/s  mean %8s  p50 %8s  p99 %8s  non-2xx %s\n", l, rps, lat, p50, p99, (bad==""?0:bad)}'; }
wrk -t2 -c8 -d"$DURATION" --latency http://127.0.0.1:$APP_PORT/health | summary "GET /health (reference: 2 storage reads)"
post=$(SAMPLE="$ROOT/samples/requests/concern-adult.json" wrk -t2 -c8 -d"$DURATION" --latency -s scripts/bench/post-concern.lua \
  http://127.0.0.1:$APP_PORT/api/concerns | summary "POST /api/concerns (validate+store+queue)"); echo "$post"
rate() { awk -v unit="$1" '{for (i=1;i<=NF;i++) if ($(i+1)==unit) print $i}'; }
awk -v f="$(echo "$floor" | rate ops/s)" -v p="$(echo "$post" | rate req/s)" \
  'BEGIN {printf "POST /api/concerns vs the storage floor: %.2fx (goal 0.9x)\n", p/f}'
echo "peak memory of the app after the load (VmHWM): $(awk '/VmHWM/ {printf "%.0f MiB", $2/1024}' /proc/$app/status)"
kill "$app"; wait "$app" 2>/dev/null || true
fi

if want 3; then
# Section 3 needs the functions on, and not section 2's thousands of unrouted submissions: a fresh Azurite.
kill "$AZURITE_PID"; wait "$AZURITE_PID" 2>/dev/null || true
start_azurite "$ROOT/.run/bench-azurite.log" "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"
pids+=("$AZURITE_PID")
for port in "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"; do wait_for_port "$port" 30 || die "Azurite did not start again"; done
AzureWebJobsStorage="$CONN" ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT \
  dotnet functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll >"$ROOT/.run/bench-app3.log" 2>&1 &
app=$!; pids+=("$app")
wait_for_http http://127.0.0.1:$APP_PORT/health 60 || die "the app did not start"

echo "== 3. the bot's turn latency (standalone mode, one turn at a time, state in Azurite) =="
# Waits first until section 2's routing backlog is done, so it does not run alongside the turns.
AzureWebJobsStorage="$CONN" node scripts/bench/bot-turns.js http://127.0.0.1:$APP_PORT "$BOT_CONVERSATIONS"

kill "$app"; wait "$app" 2>/dev/null || true
fi

if want 4; then
echo "== 4. the safety gate's cost per message (in process, every corpus message, 20 rounds) =="
# Baseline: normalising the same messages (the gate's first step) in the same run.
dotnet build tools/Intake.Safety.Report -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet tools/Intake.Safety.Report/bin/Release/net10.0/Intake.Safety.Report.dll bench
fi

if want 5; then
echo "== 5. memory under 16 parallel 24 MiB chunked posts to /api/messages without a token (standalone) =="
# Baseline: the same process just before the posts, after a few ordinary requests on the same path. The bot
# authenticates (an app id, no local-development exception); the queue and timer functions are off.
env AzureWebJobsStorage="$CONN" ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT \
  BotAuth__AllowUnauthenticatedLocalDevelopment=false BotAuth__AppId=00000000-0000-0000-0000-000000000001 \
  'AzureWebJobs.RouteSubmission.Disabled=true' 'AzureWebJobs.SendAcknowledgement.Disabled=true' 'AzureWebJobs.NotifyTeam.Disabled=true' \
  'AzureWebJobs.RedriveSubmissions.Disabled=true' 'AzureWebJobs.PurgeConversations.Disabled=true' \
  dotnet functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll >"$ROOT/.run/bench-app5.log" 2>&1 &
app=$!; pids+=("$app")
wait_for_http http://127.0.0.1:$APP_PORT/health 60 || die "the app did not start"
messages=http://127.0.0.1:$APP_PORT/api/messages
for _ in $(seq 1 20); do curl -s -o /dev/null -H 'Content-Type: application/json' --data '{"type":"message","text":"hej"}' "$messages"; done
mib() { awk -v k="$1:" '$1 == k {printf "%.0f", $2/1024}' "/proc/$app/status"; }
rss_before=$(mib VmRSS); hwm_before=$(mib VmHWM)
# One JSON string of 24 MiB: a body that a reader cannot parse without holding it whole.
big_post() {
  { printf '{"type":"message","text":"'; head -c $((24 * 1024 * 1024)) /dev/zero | tr '\0' a; printf '"}'; } |
    curl -s -o /dev/null -w '%{http_code}\n' -X POST -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' \
      -H 'Expect:' -T - "$messages" || true
}
started=$(date +%s%N)
statuses=$(for _ in $(seq 1 16); do big_post & done; wait)
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
sleep 1
rss_after=$(mib VmRSS); hwm_after=$(mib VmHWM)
echo "statuses of the 16 posts: $(echo "$statuses" | sort | uniq -c | awk '{printf "%s%s x %s", (NR>1?", ":""), $1, $2}') (in $elapsed ms)"
printf 'VmHWM (peak)  before %5d MiB  after %5d MiB  rise %5d MiB  (goal < 50 MiB)\n' "$hwm_before" "$hwm_after" $((hwm_after - hwm_before))
printf 'VmRSS         before %5d MiB  after %5d MiB  rise %5d MiB\n' "$rss_before" "$rss_after" $((rss_after - rss_before))
kill "$app"; wait "$app" 2>/dev/null || true
fi

if want 6; then
echo "== 6. staff inbox with 10,000 open tickets (2,500 in the team) vs GET /health; the ticket page with its audit write =="
echo "command: SECTIONS=6 STAFF_REQUESTS=$STAFF_REQUESTS scripts/bench.sh  (standalone, Development for the sign-in over http; Azurite in memory)"
# A fresh Azurite: exactly the 10,000 tickets below, nothing left over from earlier sections.
kill "$AZURITE_PID"; wait "$AZURITE_PID" 2>/dev/null || true
start_azurite "$ROOT/.run/bench-azurite.log" "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"
pids+=("$AZURITE_PID")
for port in "$AZ_BLOB" "$AZ_QUEUE" "$AZ_TABLE"; do wait_for_port "$port" 30 || die "Azurite did not start again"; done
port_in_use "$OIDC_PORT" && die "port $OIDC_PORT is taken; set BENCH_OIDC_PORT"
# The sign-in's identity provider, as run.sh starts it: a new client secret for this run, through the environment.
secret="$(node -e "process.stdout.write(require('crypto').randomBytes(24).toString('hex'))")"
DEV_OIDC_CLIENT_SECRET="$secret" node scripts/dev-oidc.mjs --port "$OIDC_PORT" --client-id intake-staff \
  --redirect-uri "http://127.0.0.1:$APP_PORT/staff/signin-oidc" \
  --post-logout-redirect-uri "http://127.0.0.1:$APP_PORT/staff/signout-callback" >"$ROOT/.run/bench-oidc.log" 2>&1 </dev/null &
pids+=("$!")
wait_for_http "http://127.0.0.1:$OIDC_PORT/.well-known/openid-configuration" 30 || die "the OpenID Connect provider did not start; see .run/bench-oidc.log"
# Development: the session cookie without Secure and the provider's metadata over http, as on run.sh's loopback.
# Routing on (it makes the first ticket of each team); the e-mail functions off.
env AzureWebJobsStorage="$CONN" ASPNETCORE_URLS=http://127.0.0.1:$APP_PORT ASPNETCORE_ENVIRONMENT=Development \
  StaffAuth__Authority="http://127.0.0.1:$OIDC_PORT" StaffAuth__ClientId=intake-staff StaffAuth__ClientSecret="$secret" \
  'AzureWebJobs.SendAcknowledgement.Disabled=true' 'AzureWebJobs.NotifyTeam.Disabled=true' \
  dotnet functions/Intake.Functions/bin/Release/net10.0/Intake.Functions.dll >"$ROOT/.run/bench-app6.log" 2>&1 &
app=$!; pids+=("$app")
wait_for_http http://127.0.0.1:$APP_PORT/health 60 || die "the app did not start; see .run/bench-app6.log"
dotnet "$BENCH" staff "http://127.0.0.1:$APP_PORT" "$CONN" "$ROOT/samples/requests" vuxen "$STAFF_REQUESTS"
kill "$app"; wait "$app" 2>/dev/null || true
fi
