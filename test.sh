#!/usr/bin/env bash
# Installs what is missing, builds MLPrep, checks formatting, runs every test (unit, web and
# browser) and proves every coding problem by its reference and wrong solutions.
# The last line is "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=scripts/prereqs.sh
source scripts/prereqs.sh
require_dotnet
require_node
require_chromium
require_judge
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== restore"
dotnet restore MlPrep.slnx --nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
echo "== build"
dotnet build MlPrep.slnx -c Release --no-restore --nologo -v quiet -clp:"ErrorsOnly;Summary" \
  || { echo "the build failed; its errors are above"; echo "0 passed, 1 failed"; exit 1; }

echo "== format (dotnet format --verify-no-changes)"
format_failed=0
if dotnet format MlPrep.slnx --verify-no-changes --no-restore -v quiet; then
  echo "format: ok"
else
  echo "format: files differ from .editorconfig; run 'dotnet format MlPrep.slnx' to fix them"
  format_failed=1
fi

echo "== tests"
test_rc=0
for project in tests/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  echo "-- $name"
  dotnet test "$project" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=minimal" --results-directory "$results" || test_rc=$?
done

# Every problem of the bank proves itself: both reference solutions accepted, wrong.py rejected.
echo "== problems check (mlprep problems check)"
problems_failed=0
if ! dotnet src/MlPrep.Cli/bin/Release/net10.0/mlprep.dll problems check --content-dir content; then
  echo "problems check: failed; the problems above marked FAIL say why"
  problems_failed=1
fi

# Sum the counters of every TRX file; a test project that produced none counts as a failure.
passed=0; failed=0; skipped=0; reports=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  reports=$((reports + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
projects="$(find tests -name '*.csproj' | wc -l)"
if [ "$reports" -lt "$projects" ]; then
  echo "only $reports of $projects test projects reported results (a test host crashed?)"
  failed=$((failed + projects - reports))
fi
if [ "$test_rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $test_rc"
  failed=1
fi
failed=$((failed + format_failed + problems_failed))
passed=$((passed + (1 - format_failed) + (1 - problems_failed)))

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
