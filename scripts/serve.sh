#!/usr/bin/env bash
# Runs the service locally in the foreground: Azurite plus the standalone host on http://localhost:7071.
# Stop with Ctrl-C; Azurite is stopped too if this script started it. Development keys are accepted.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/fonts.sh
./scripts/azurite.sh start
trap './scripts/azurite.sh stop >/dev/null || true' EXIT
dotnet build src/Icc.Host -c Release --nologo -v quiet
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Icc.Host -c Release --no-build -- "$@"
