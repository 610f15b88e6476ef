#!/usr/bin/env bash
# Builds kube-apiserver and kube-controller-manager from Debian's `kubernetes` source package
# (see docs: /work/shared/reference/test-cluster.md), offline, and caches the two binaries at
#   ${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions/kube/<source package version>/
# Idempotent: does nothing when the binaries are cached. Prints the cache directory last.
# Needs root (apt-get) on Debian bookworm the first time; runs without standard input.
set -euo pipefail

CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions"
KUBE_CACHE="$CACHE_ROOT/kube"
export DEBIAN_FRONTEND=noninteractive

log() { printf '[cluster/build] %s\n' "$*" >&2; }

# The package version is keyed by the source package; look up what is cached first, so a cached run
# needs neither apt nor the network.
cached_dir() {
  local d
  for d in "$KUBE_CACHE"/*/; do
    [ -x "${d}kube-apiserver" ] && [ -x "${d}kube-controller-manager" ] && { echo "${d%/}"; return 0; }
  done
  return 1
}

if dir="$(cached_dir)"; then
  log "cached: $dir"
  echo "$dir"
  exit 0
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

ensure_deb_src() {
  if grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ || grep -qs '^deb-src ' /etc/apt/sources.list; then
    return 0
  fi
  log "adding a deb-src entry for bookworm main"
  $SUDO tee /etc/apt/sources.list.d/wandb-operator-actions-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  $SUDO apt-get update -y </dev/null >&2
}

ensure_packages() {
  local missing=()
  for p in dpkg-dev golang-go etcd-server golang-github-modern-go-reflect2-dev openssl; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]}"
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}" </dev/null >&2
  fi
}

ensure_deb_src
ensure_packages

PKGVER="$(apt-cache showsrc kubernetes 2>/dev/null | awk '/^Version:/ {print $2; exit}')"
[ -n "$PKGVER" ] || { log "cannot find the kubernetes source package"; exit 1; }
OUT="$KUBE_CACHE/$PKGVER"
# Upstream version: 1.20.5+really1.20.2-1 -> 1.20.2
UPVER="${PKGVER%-*}"
UPVER="${UPVER##*really}"
MAJOR="${UPVER%%.*}"
MINOR="$(echo "$UPVER" | cut -d. -f2)"
log "source package kubernetes $PKGVER (v$UPVER)"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/wandb-kube-build.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
log "apt-get source kubernetes into $WORK"
apt-get source --download-only kubernetes </dev/null >/dev/null
dpkg-source --no-check -x ./kubernetes_*.dsc src >/dev/null
rm -f ./*.tar.* ./*.dsc
SRC="$WORK/src"

export GOPATH="$WORK/gopath" GO111MODULE=off GOPROXY=off CGO_ENABLED=0
export GOCACHE="$WORK/gocache"
mkdir -p "$GOPATH/src/k8s.io"
ln -s "$SRC" "$GOPATH/src/k8s.io/kubernetes"
cd "$GOPATH/src/k8s.io/kubernetes"

# Fix 1: modern-go/reflect2 1.0.1 crashes under Go >= 1.18; use Debian's 1.0.2.
log "replacing vendored modern-go/reflect2 with Debian's"
rm -rf vendor/github.com/modern-go/reflect2
cp -r /usr/share/gocode/src/github.com/modern-go/reflect2 vendor/github.com/modern-go/reflect2
rm -f vendor/github.com/modern-go/reflect2/go.mod vendor/github.com/modern-go/reflect2/go.sum

# Fix 2: generate pkg/generated/openapi/zz_generated.openapi.go.
if [ ! -f pkg/generated/openapi/zz_generated.openapi.go ]; then
  log "generating openapi definitions"
  go build -o "$WORK/openapi-gen" ./vendor/k8s.io/kube-openapi/cmd/openapi-gen
  pkgs="$(grep -rl --include='*.go' '+k8s:openapi-gen=' pkg staging vendor cmd plugin 2>/dev/null \
    | xargs -n1 dirname | sort -u \
    | grep -v -e 'code-generator' -e 'sample-apiserver' -e '/testdata' \
    | sed -e 's#^staging/src/#k8s.io/kubernetes/vendor/#' -e 's#^vendor/#k8s.io/kubernetes/vendor/#' \
          -e 's#^\(pkg\|cmd\|plugin\)/#k8s.io/kubernetes/\1/#' | sort -u | paste -sd, -)"
  "$WORK/openapi-gen" \
    --input-dirs "$pkgs" \
    --output-package k8s.io/kubernetes/pkg/generated/openapi \
    --output-file-base zz_generated.openapi \
    --output-base "$GOPATH/src" \
    --go-header-file vendor/k8s.io/code-generator/hack/boilerplate.go.txt \
    --report-filename /dev/null
fi

# Fix 3: version via ldflags (else v0.0.0-master).
LDF=""
for p in k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version k8s.io/kubernetes/vendor/k8s.io/component-base/version; do
  LDF="$LDF -X $p.gitVersion=v$UPVER -X $p.gitMajor=$MAJOR -X $p.gitMinor=$MINOR -X $p.gitTreeState=clean"
done

mkdir -p "$WORK/bin"
for cmd in kube-apiserver kube-controller-manager; do
  log "building $cmd (several minutes on 2 cores)"
  go build -ldflags "-s -w $LDF" -o "$WORK/bin/$cmd" "./cmd/$cmd"
done
"$WORK/bin/kube-apiserver" --version >&2

mkdir -p "$OUT.tmp"
mv "$WORK/bin/kube-apiserver" "$WORK/bin/kube-controller-manager" "$OUT.tmp/"
rm -rf "$OUT"
mv "$OUT.tmp" "$OUT"
log "cached in $OUT"
echo "$OUT"
