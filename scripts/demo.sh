#!/usr/bin/env bash
# The main job, end to end on this machine: Asan City's 2024 answers go through the whole workflow on
# the standalone host (same code as the Functions app) with storage on Azurite: upload, validation,
# scoring, review, approval, report. Prints each stage with its elapsed time and saves the PDF report.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
api="http://localhost:7071/api"
city_key="dev-city-asan"
reviewer_key="dev-reviewer"
sample="samples/asan-2024.json"
report="out/asan-2024-report.pdf"
host_pid=""

cleanup() {
  if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi
  ./scripts/azurite.sh stop >/dev/null || true
}
trap cleanup EXIT INT TERM

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
now_ms() { date +%s%3N; }

echo "== preparing (first run installs Azurite and restores packages: a minute or two)"
./scripts/fonts.sh
./scripts/azurite.sh start >/dev/null
dotnet build src/Icc.Host -c Release --nologo -v quiet >/dev/null
mkdir -p out .azurite

echo "== starting the host"
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Icc.Host -c Release --no-build -- --Durable:TaskHub=IccDemo >"$root/.azurite/demo-host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "$api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "The host stopped; see .azurite/demo-host.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$api/health" >/dev/null || { echo "The host did not answer; see .azurite/demo-host.log" >&2; exit 1; }

start=$(now_ms)
stage() { printf '%8s s  %s\n' "$(python3 -c "print(f'{($(now_ms) - $start) / 1000:.2f}')")" "$1"; }

echo "== the workflow"
upload=$(curl -fsS -X POST -H "X-Api-Key: $city_key" -H "Content-Type: application/json" --data-binary "@$sample" "$api/cities/asan/submissions")
id=$(echo "$upload" | json 'd["submissionId"]')
stage "uploaded $sample: submission $id ($(echo "$upload" | json 'd["status"]'))"

status_of() { curl -fsS -H "X-Api-Key: $reviewer_key" "$api/submissions/$id"; }
last=""
wait_for() {
  for _ in $(seq 1 600); do
    doc=$(status_of)
    status=$(echo "$doc" | json 'd["status"]')
    if [ "$status" != "$last" ]; then stage "$status: $(echo "$doc" | json 'd["stage"]')"; last="$status"; fi
    for wanted in "$@"; do [ "$status" = "$wanted" ] && return 0; done
    case "$status" in Rejected|Expired|Failed) echo "The submission ended $status." >&2; exit 1;; esac
    sleep 0.1
  done
  echo "Timed out waiting for $*" >&2; exit 1
}

wait_for AwaitingReview Published
if [ "$last" = "AwaitingReview" ]; then
  echo "$(status_of)" | json '"          index %s, lens %s, benchmark: %s" % (d["scores"]["index"], d["scores"]["lens"], d["benchmarkVersion"] or "none yet")'
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "X-Api-Key: $reviewer_key" -H "Content-Type: application/json" \
    -d '{"decision":"approve","comment":"Approved in the demo."}' "$api/submissions/$id/review")
  stage "approved by the reviewer (HTTP $code)"
  wait_for Published
else
  stage "already published by an earlier run: the same bytes name the same submission"
fi

curl -fsS -H "X-Api-Key: $city_key" -o "$report" "$api/submissions/$id/report"
stage "report downloaded: $report ($(wc -c <"$report") bytes)"
if command -v pdfinfo >/dev/null; then pdfinfo "$report" | grep -E '^(Title|Pages):'; fi
echo
echo "The scorecard behind the report: dotnet run --project src/Icc.Cli -- score $sample"
