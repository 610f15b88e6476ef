#!/usr/bin/env bash
# Stops the registry started by scripts/registry/up.sh (by its PID) and removes its directory.
set -euo pipefail
DIR="${1:-${TMPDIR:-/tmp}/wandb-oci-registry}"
if [[ -f "$DIR/pid" ]]; then
  PID="$(cat "$DIR/pid")"
  if kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
  fi
fi
rm -rf "$DIR"
echo "stopped"
