#!/usr/bin/env bash
# Shared helpers for run.sh, test.sh and package.sh. Source it; it changes nothing by itself.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '%s %s\n' "[$(date +%H:%M:%S)]" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# require_command NAME HINT: stop with a clear message when a tool the project cannot install itself is missing.
require_command() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is not installed. $2"
}

require_toolchain() {
  require_command dotnet "Install the .NET 10 SDK (see global.json)."
  require_command node "Install Node.js 20 or later (Debian: apt-get install nodejs npm)."
  require_command npm "Install npm (Debian: apt-get install npm)."
}

# ensure_apt_packages PKG...: installs Debian packages that are missing (root, or sudo without a password).
ensure_apt_packages() {
  local missing=() pkg sudo=""
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_node_modules: installs the npm packages from the committed lock file when absent or out of date.
ensure_node_modules() {
  local stamp="$ROOT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    log "installing npm packages from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
}

# port_in_use PORT
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for_port PORT SECONDS
wait_for_port() {
  local port=$1 deadline=$((SECONDS + $2))
  until port_in_use "$port"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.2
  done
}

# wait_for_http URL SECONDS: until the URL answers 200.
wait_for_http() {
  local url=$1 deadline=$((SECONDS + $2))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.3
  done
}

# start_azurite LOGFILE [BLOB QUEUE TABLE]: in memory, loopback only, as a child of the calling shell (so that
# `wait` sees it); sets AZURITE_PID.
start_azurite() {
  local logfile=$1 blob=${2:-10000} queue=${3:-10001} table=${4:-10002}
  node "$ROOT/node_modules/azurite/dist/src/azurite.js" --inMemoryPersistence --silent --skipApiVersionCheck --loose \
    --disableTelemetry --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" >"$logfile" 2>&1 &
  AZURITE_PID=$!
}
