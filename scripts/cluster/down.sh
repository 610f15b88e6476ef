#!/usr/bin/env bash
# Stops the loopback control plane started by up.sh, by the PIDs it recorded, and removes its state directory.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$HERE/lib.sh"
if [ ! -d "$STATE_DIR" ]; then
  log "no plane in $STATE_DIR"
  exit 0
fi
exec 9>"$STATE_DIR.lock"
flock -w 600 9 || { log "another up.sh/down.sh holds $STATE_DIR.lock; try again later"; exit 1; }
stop_recorded
rm -rf "$STATE_DIR"
log "stopped; removed $STATE_DIR"
