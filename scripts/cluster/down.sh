#!/usr/bin/env bash
# Stops the loopback control planes started by up.sh, by the PIDs they recorded, and removes their state
# directories: the plane in $STATE_DIR and the tests' second plane in $STATE_DIR-v2 (the one holding W&B's
# operator v2 CRD; see test-support/cluster/plane.ts).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$HERE/lib.sh"
MAIN_DIR="$STATE_DIR"
for STATE_DIR in "$MAIN_DIR" "$MAIN_DIR-v2"; do
  if [ ! -d "$STATE_DIR" ]; then
    log "no plane in $STATE_DIR"
    continue
  fi
  exec 9>"$STATE_DIR.lock"
  flock -w 600 9 || { log "another up.sh/down.sh holds $STATE_DIR.lock; try again later"; exit 1; }
  stop_recorded
  rm -rf "$STATE_DIR"
  exec 9>&-
  log "stopped; removed $STATE_DIR"
done
