#!/usr/bin/env bash
# Runs the service locally in the foreground: Azurite plus the standalone host on http://localhost:7071.
# Stop with Ctrl-C. Azurite is stopped on exit only if this script started it; one already running is left alone.
# Development keys are accepted. Extra arguments go to the host (e.g. --Durable:TaskHub=IccDev).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/prereqs.sh
require dotnet node npm curl

port=7071
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "Port $port is taken (another ICC host, ./scripts/demo.sh or another program); stop it first." >&2
  exit 1
fi

./scripts/fonts.sh
blob_port="${AZURITE_BLOB_PORT:-10000}"
if (exec 3<>"/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null; then
  echo "Using the Azurite already running on port $blob_port (left running on exit)."
else
  # The trap first: an interrupted or failed start is stopped too.
  trap 'echo "Stopping the Azurite this script started"; ./scripts/azurite.sh stop >/dev/null || true' EXIT
  ./scripts/azurite.sh start
fi
trap 'exit 130' INT TERM
dotnet build src/Icc.Host -c Release --nologo -v quiet || { echo "The build failed (errors above)." >&2; exit 1; }
echo "Starting the host on http://localhost:$port (Ctrl-C stops it; stopping takes a second or two)"
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Icc.Host -c Release --no-build -- "$@"
