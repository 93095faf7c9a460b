#!/usr/bin/env bash
# The main job, end to end on this machine: score the Asan City 2024 answer file and print its scorecard.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

echo "== building (first run restores packages; this takes a minute)"
dotnet build src/Icc.Cli -c Release --nologo -v quiet
icc() { dotnet run --project src/Icc.Cli -c Release --no-build -- "$@"; }

echo
echo "== icc validate samples/asan-2024.json"
icc validate samples/asan-2024.json
echo
echo "== icc score samples/asan-2024.json"
icc score samples/asan-2024.json
mkdir -p out
icc score samples/asan-2024.json --json > out/asan-2024-score.json
echo
echo "The scorecard as JSON, with the points behind every rate: out/asan-2024-score.json"
