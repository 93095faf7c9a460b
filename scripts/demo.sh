#!/usr/bin/env bash
# The main job, end to end on this machine: Asan City's 2024 answers go through the whole workflow on
# the standalone host (same code as the Functions app) with storage on Azurite: upload, validation,
# scoring, review, approval, report. Prints each stage with its elapsed time and saves the PDF report.
# Each run uses an Azurite of its own (fresh data folder, free ports, an account key made up for the run),
# so earlier runs and a ./scripts/serve.sh session never change what it does; it removes that data at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
. scripts/prereqs.sh
require dotnet node npm python3 curl

port=7071
api="http://localhost:$port/api"
city_key="dev-city-asan"
reviewer_key="dev-reviewer"
sample="samples/asan-2024.json"
report="out/asan-2024-report.pdf"
run_dir="$root/.azurite/demo-$$"
host_log="$root/.azurite/demo-host.log"
host_pid=""
azurite_started=""
cleaned=""

cleanup() {
  if [ -n "$cleaned" ]; then return; fi
  cleaned=1
  # A second Ctrl-C while stopping must not cut the cleanup short and leave Azurite behind.
  trap '' INT TERM HUP
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    echo "== stopping the host (it releases its partitions first: a second or two)" || true
    # The host runs in a session of its own (setsid): signal its whole group, not only `dotnet run`.
    kill -TERM -- "-$host_pid" 2>/dev/null || kill -TERM "$host_pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$host_pid" 2>/dev/null || true
    wait "$host_pid" 2>/dev/null || true
  fi
  if [ -n "$azurite_started" ]; then
    AZURITE_LOCATION="$run_dir/data" ./scripts/azurite.sh stop >/dev/null || true
  fi
  rm -rf "$run_dir"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM
trap 'cleanup; exit 129' HUP
# Output piped into a reader that quits early (| head): stop writing, still stop what was started.
trap 'trap "" PIPE; cleanup; exit 141' PIPE

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
now_ms() { date +%s%3N; }
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if answers "$port"; then
  if curl -fs "$api/health" >/dev/null 2>&1; then
    echo "An ICC host already answers on port $port (./scripts/serve.sh?); stop it first." >&2
  else
    echo "Port $port is taken by another program; the demo's host needs it." >&2
  fi
  exit 1
fi

echo "== preparing (first run installs Azurite and restores packages: a minute or two)"
./scripts/fonts.sh
./scripts/azurite.sh install
if ! dotnet build src/Icc.Host -c Release --nologo -v quiet; then
  echo "The build failed (errors above)." >&2
  exit 1
fi
mkdir -p out "$run_dir"

# Three free loopback ports and a key for this run only.
read -r blob_port queue_port table_port < <(python3 -c "
import socket
s = [socket.socket() for _ in range(3)]
for x in s: x.bind(('127.0.0.1', 0))
print(*[x.getsockname()[1] for x in s])
for x in s: x.close()")
account="iccdemo"
key="$(python3 -c "import base64, os; print(base64.b64encode(os.urandom(64)).decode())")"
echo "== starting Azurite (data in .azurite/demo-$$, removed at the end)"
azurite_started=1  # before the start: an interrupted or failed start is stopped too
AZURITE_ACCOUNTS="$account:$key" AZURITE_LOCATION="$run_dir/data" \
  AZURITE_BLOB_PORT="$blob_port" AZURITE_QUEUE_PORT="$queue_port" AZURITE_TABLE_PORT="$table_port" \
  ./scripts/azurite.sh start >/dev/null
storage="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;BlobEndpoint=http://127.0.0.1:$blob_port/$account;QueueEndpoint=http://127.0.0.1:$queue_port/$account;TableEndpoint=http://127.0.0.1:$table_port/$account;"

echo "== starting the host (log: .azurite/demo-host.log)"
# In its own session, so a Ctrl-C reaches only this script, which stops the host first and Azurite after.
AzureWebJobsStorage="$storage" ASPNETCORE_ENVIRONMENT=Development \
  setsid dotnet run --project src/Icc.Host -c Release --no-build -- --Durable:TaskHub=IccDemo --Host:HttpPort="$port" >"$host_log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  if curl -fs "$api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$host_pid" 2>/dev/null; then echo "The host stopped; see .azurite/demo-host.log" >&2; exit 1; fi
  sleep 0.5
done
curl -fs "$api/health" >/dev/null || { echo "The host did not answer; see .azurite/demo-host.log" >&2; exit 1; }

start=$(now_ms)
elapsed() { python3 -c "print(f'{($(now_ms) - $start) / 1000:.2f}')"; }
status_of() { curl -fsS -H "X-Api-Key: $reviewer_key" "$api/submissions/$id"; }
wait_for() {
  for _ in $(seq 1 600); do
    status=$(status_of 2>/dev/null | json 'd["status"]' 2>/dev/null || echo "unknown")
    if [ "$status" = "$1" ]; then return 0; fi
    case "$status" in Rejected|Expired|Failed|Published) echo "The submission ended $status while waiting for $1." >&2; exit 1;; esac
    sleep 0.1
  done
  echo "Timed out waiting for $1" >&2; exit 1
}

echo "== the workflow"
upload=$(curl -fsS -X POST -H "X-Api-Key: $city_key" -H "Content-Type: application/json" --data-binary "@$sample" "$api/cities/asan/submissions")
id=$(echo "$upload" | json 'd["submissionId"]')
printf '%8s s  uploaded %s: submission %s\n' "$(elapsed)" "$sample" "$id"
wait_for AwaitingReview
printf '%8s s  awaiting review: %s\n' "$(elapsed)" "$(status_of | json '"index %s, lens %s, benchmark %s" % (d["scores"]["index"], d["scores"]["lens"], d["benchmarkVersion"] or "none yet")')"
response=$(mktemp)
code=$(curl -s -o "$response" -w '%{http_code}' -X POST -H "X-Api-Key: $reviewer_key" -H "Content-Type: application/json" \
  -d '{"decision":"approve","comment":"Approved in the demo."}' "$api/submissions/$id/review")
if [ "$code" != "202" ]; then
  echo "The approval answered HTTP $code:" >&2; cat "$response" >&2; echo >&2; rm -f "$response"; exit 1
fi
rm -f "$response"
printf '%8s s  approved by the reviewer (HTTP 202)\n' "$(elapsed)"
wait_for Published

echo "== each stage as the service recorded it (stageTimes), from the upload"
status_of | json '"\n".join("%8.2f s  %s" % ((__import__("datetime").datetime.fromisoformat(t) - __import__("datetime").datetime.fromisoformat(min(d["stageTimes"].values()))).total_seconds(), s) for s, t in sorted(d["stageTimes"].items(), key=lambda p: p[1]))'

curl -fsS -H "X-Api-Key: $city_key" -o "$report" "$api/submissions/$id/report"
printf '%8s s  report downloaded: %s (%s bytes)\n' "$(elapsed)" "$report" "$(wc -c <"$report")"
if command -v pdfinfo >/dev/null; then
  pdfinfo "$report" | grep -E '^(Title|Pages):'
else
  # Without poppler-utils: at least the PDF header and end-of-file marker (install poppler-utils for pdfinfo).
  head -c 5 "$report" | grep -q '^%PDF-' && tail -c 32 "$report" | grep -q '%%EOF' \
    || { echo "The downloaded report is not a PDF: $report" >&2; exit 1; }
  echo "The report has a PDF header and end marker (install poppler-utils to inspect it with pdfinfo)."
fi
echo
echo "The scorecard behind the report: dotnet run --project src/Icc.Cli -- score $sample"
