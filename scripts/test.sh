#!/usr/bin/env bash
# Builds the solution and runs every test project; prints "N passed, N failed" at the end.
# Works on a fresh clone: it restores what it needs and starts the services the tests use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/prereqs.sh
require dotnet node npm python3

results_dir="TestResults"
rm -rf "$results_dir"

# The storage tests run against a real Azurite, installed from npm into the repo and stopped on exit.
# Installed even when another Azurite already answers on the default ports (another checkout's run): the
# host tests start their own from .tools/azurite on ports of their own.
# An Azurite already answering (./scripts/serve.sh, say) is used and left running; one started here is stopped.
azurite_started=""
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
start_services() {
  ./scripts/fonts.sh
  ./scripts/azurite.sh install
  if ! answers "${AZURITE_BLOB_PORT:-10000}"; then azurite_started=1; fi
  ./scripts/azurite.sh start
}
stop_services() { if [ -n "$azurite_started" ]; then ./scripts/azurite.sh stop >/dev/null || true; fi; }
trap stop_services EXIT

# The Azure templates compile and lint clean (the Bicep CLI comes from NuGet, cached in .tools/bicep).
./scripts/bicep.sh
echo "== restore"
dotnet restore Icc.sln --nologo -v quiet
echo "== build (Release; warnings are errors)"
dotnet build Icc.sln --no-restore -c Release --nologo -v quiet
start_services
echo "== test"
status=0
dotnet test Icc.sln --no-build -c Release --nologo --logger "trx" --results-directory "$results_dir" || status=$?

# Add up the counters of every TRX file so CI sees one closing line for the whole run.
read -r passed failed total < <(python3 - "$results_dir" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = t = 0
for path in glob.glob(f"{sys.argv[1]}/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is not None:
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)); t += int(c.get("total", 0))
print(p, f, t)
PY
)
echo
echo "${passed} passed, ${failed} failed"
if [ "$total" -eq 0 ]; then echo "No test ran." >&2; exit 1; fi
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
