#!/usr/bin/env bash
# Azurite, the local Azure Storage emulator, installed from npm into the repo and run on loopback.
#   scripts/azurite.sh install   install azurite@3.37.0 into .tools/azurite (once)
#   scripts/azurite.sh start     start it in the background (no-op when it already answers)
#   scripts/azurite.sh stop      stop the instance this script started
# Ports: AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT (default 10000 / 10001 / 10002).
# Data: AZURITE_LOCATION (default .azurite/data); its pid and log files sit next to it. Accounts other than the
# emulator's default: AZURITE_ACCOUNTS (Azurite's own variable, "name:key").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool_dir="$root/.tools/azurite"
data_dir="${AZURITE_LOCATION:-$root/.azurite/data}"
pid_file="$data_dir.pid"
log_file="$data_dir.log"
blob_port="${AZURITE_BLOB_PORT:-10000}"
queue_port="${AZURITE_QUEUE_PORT:-10001}"
table_port="${AZURITE_TABLE_PORT:-10002}"
version="3.37.0"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
all_answer() { answers "$blob_port" && answers "$queue_port" && answers "$table_port"; }

install() {
  if [ -x "$tool_dir/node_modules/.bin/azurite" ]; then return 0; fi
  command -v npm >/dev/null || { echo "npm (Node.js 18 or later) is needed to install Azurite: https://nodejs.org" >&2; return 1; }
  echo "Installing azurite@$version into .tools/azurite"
  mkdir -p "$tool_dir"
  npm install --prefix "$tool_dir" "azurite@$version" --no-audit --no-fund --loglevel=error >/dev/null
}

start() {
  if all_answer; then echo "Azurite already answers on $blob_port/$queue_port/$table_port"; return 0; fi
  install
  mkdir -p "$data_dir"
  # Its own session: a Ctrl-C meant for the script that started it must not stop storage under a host still stopping.
  setsid nohup "$tool_dir/node_modules/.bin/azurite" --silent --location "$data_dir" --skipApiVersionCheck --loose \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob_port" --queuePort "$queue_port" --tablePort "$table_port" \
    >"$log_file" 2>&1 &
  echo $! > "$pid_file"
  for _ in $(seq 1 60); do
    if all_answer; then echo "Azurite started (pid $(cat "$pid_file"))"; return 0; fi
    sleep 0.5
  done
  echo "Azurite did not start within 30 s; see $log_file" >&2
  return 1
}

# Stops every Azurite serving this repo's data folder (the pid file can lag behind a restart), waiting
# for it to exit and killing it if it lingers.
stop() {
  local pattern="azurite.*--location $data_dir"
  if [ -f "$pid_file" ] || pgrep -f -- "$pattern" >/dev/null; then
    pkill -TERM -f -- "$pattern" 2>/dev/null || true
    for _ in $(seq 1 20); do pgrep -f -- "$pattern" >/dev/null || break; sleep 0.25; done
    pkill -KILL -f -- "$pattern" 2>/dev/null || true
    rm -f "$pid_file"
    echo "Azurite stopped"
  fi
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop ;;
  *) echo "usage: scripts/azurite.sh install|start|stop" >&2; exit 2 ;;
esac
