#!/usr/bin/env bash
# The safety gate on its corpus (tests/Intake.Bot.Tests/Safety/corpus): recall per category and language and false
# alarms on calm messages, for the training and the held-out split; misses and false alarms listed by id, never by
# text. Options (passed on to tools/Intake.Safety.Report):
#   scripts/safety-report.sh                 the report
#   scripts/safety-report.sh by-writer       each training file measured by a model trained without it
#   scripts/safety-report.sh by-writer --curve   the same, quicker: recall where the pooled false alarms stay within
#                                            3, 4, 5 % (for comparing features and models), and what a bare
#                                            "överdos"/"suicide" alone would let through at a few model floors
#   scripts/safety-report.sh by-writer --curve --texts   the same, with the misses and false alarms at 5 % by text
#   scripts/safety-report.sh train-misses    the training split's misses with their text (for whoever tunes the gate)
# The held-out split is never printed as text: it is for measuring, not for tuning. Between two splits corpus/holdout
# is empty; the report then says so and measures the training split only.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
require_command dotnet "Install the .NET 10 SDK (see global.json)."
dotnet build tools/Intake.Safety.Report -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet tools/Intake.Safety.Report/bin/Release/net10.0/Intake.Safety.Report.dll "$@"
