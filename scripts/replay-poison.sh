#!/usr/bin/env bash
# Moves the messages of <queue>-poison back to <queue> once their cause is fixed (docs/contracts/ticket-message.md).
#   scripts/replay-poison.sh <queue> [max]
# Storage: AzureWebJobsStorage (a connection string; default: Azurite's development account as run.sh starts it),
# or AzureWebJobsStorage__queueServiceUri with an Entra ID sign-in.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
require_command dotnet "Install the .NET 10 SDK (see global.json)."
if [ -z "${AzureWebJobsStorage:-}" ] && [ -z "${AzureWebJobsStorage__queueServiceUri:-}" ]; then
  export AzureWebJobsStorage="UseDevelopmentStorage=true"
fi
dotnet build tools/Intake.PoisonReplay -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet tools/Intake.PoisonReplay/bin/Release/net10.0/Intake.PoisonReplay.dll "$@"
