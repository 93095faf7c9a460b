#!/usr/bin/env bash
# Sourced by the other scripts: checks the tools a command needs before it starts anything, and says what
# to install when one is missing.   usage: . scripts/prereqs.sh; require dotnet node npm python3 curl
require() {
  local missing=0 tool
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      missing=1
      case "$tool" in
        dotnet) echo "missing: the .NET 10 SDK (dotnet): https://dotnet.microsoft.com/download/dotnet/10.0" >&2 ;;
        node|npm) echo "missing: $tool (Node.js 18 or later with npm), needed to install and run Azurite: https://nodejs.org" >&2 ;;
        python3) echo "missing: python3, used to read the service's JSON answers" >&2 ;;
        curl) echo "missing: curl, used to call the service" >&2 ;;
        *) echo "missing: $tool" >&2 ;;
      esac
    fi
  done
  if command -v dotnet >/dev/null 2>&1 && [[ " $* " == *" dotnet "* ]] && ! dotnet --list-sdks | grep -q '^10\.'; then
    echo "missing: a .NET 10 SDK (dotnet --list-sdks shows none; global.json asks for 10)" >&2
    missing=1
  fi
  if [ "$missing" -ne 0 ]; then exit 1; fi
}
