#!/usr/bin/env bash
# Starts a throwaway OCI registry (Debian's docker-registry, distribution 2.8) on 127.0.0.1 for trying
# `wandb-operator-actions image-check` by hand. Plain HTTP, storage in a temp directory, no auth.
#   bash scripts/registry/up.sh [DIR]     -> prints REGISTRY=127.0.0.1:PORT; PID and config in DIR
#   bash scripts/registry/down.sh [DIR]   -> stops it by its PID and removes DIR
# Installs nothing: needs `apt-get install -y docker-registry`. The tests use test-support/registry instead.
set -euo pipefail
BIN="${DOCKER_REGISTRY_BIN:-/usr/bin/docker-registry}"
if [[ ! -x "$BIN" ]]; then
  echo "error: $BIN is missing: run 'apt-get install -y docker-registry'" >&2
  exit 1
fi
DIR="${1:-${TMPDIR:-/tmp}/wandb-oci-registry}"
if [[ -f "$DIR/pid" ]] && kill -0 "$(cat "$DIR/pid")" 2>/dev/null; then
  echo "REGISTRY=$(cat "$DIR/address")"
  exit 0
fi
mkdir -p "$DIR/data"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
cat >"$DIR/config.yml" <<YAML
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $DIR/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$PORT
  secret: $(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
YAML
"$BIN" serve "$DIR/config.yml" >"$DIR/registry.log" 2>&1 &
echo $! >"$DIR/pid"
echo "127.0.0.1:$PORT" >"$DIR/address"
for _ in $(seq 1 100); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))' "http://127.0.0.1:$PORT/v2/"; then
    echo "REGISTRY=127.0.0.1:$PORT"
    echo "pass --registry http://127.0.0.1:$PORT to image-check; stop with: bash scripts/registry/down.sh $DIR"
    exit 0
  fi
  sleep 0.1
done
echo "error: the registry did not answer; log:" >&2
cat "$DIR/registry.log" >&2
kill "$(cat "$DIR/pid")" 2>/dev/null || true
exit 1
