#!/usr/bin/env bash
# Installs what is missing, builds MLPrep and starts it on 127.0.0.1 (default port 5080).
# Extra arguments go to `mlprep serve`, e.g. ./run.sh --port 8080 --data-dir ~/mlprep-data
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/prereqs.sh
source scripts/prereqs.sh
require_dotnet
require_node
require_judge
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec ./mlprep serve "$@"
