#!/usr/bin/env bash
# Brings up a real Kubernetes control plane on loopback: etcd (Debian etcd-server), kube-apiserver and
# kube-controller-manager (built once by build.sh from Debian's kubernetes source package, cached), with a
# fresh PKI made by openssl and free loopback ports. No kubelet or scheduler: pods stay Pending unless a test's
# kubelet stand-in marks them Running.
#
# State: $WANDB_CLUSTER_DIR or ${XDG_RUNTIME_DIR:-/tmp}/wandb-operator-actions-cluster (PIDs, logs, PKI).
# Idempotent: a healthy plane is reused. Concurrent callers are serialised with a lock.
# Prints the kubeconfig path LAST on stdout (all other messages go to stderr).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib.sh
. "$HERE/lib.sh"

mkdir -p "$(dirname "$STATE_DIR")"
exec 9>"$STATE_DIR.lock"
flock -w 1800 9 || { log "another up.sh has held $STATE_DIR.lock for 30 minutes"; exit 1; }

TOOLS_OUT="$(bash "$HERE/tools.sh")"
KUBECTL="$(printf '%s\n' "$TOOLS_OUT" | sed -n 's/^kubectl=//p')"

healthy() {
  [ -f "$STATE_DIR/kubeconfig" ] || return 1
  for n in etcd kube-apiserver kube-controller-manager; do
    pid_alive "$(cat "$STATE_DIR/$n.pid" 2>/dev/null)" || return 1
  done
  "$KUBECTL" --kubeconfig "$STATE_DIR/kubeconfig" get --raw /readyz --request-timeout=5s >/dev/null 2>&1
}

if healthy; then
  log "reusing the running plane in $STATE_DIR"
  echo "$STATE_DIR/kubeconfig"
  exit 0
fi

KUBE_BIN="$(bash "$HERE/build.sh")"
ETCD="$(command -v etcd || true)"
[ -n "$ETCD" ] || ETCD=/usr/bin/etcd
[ -x "$ETCD" ] || { log "etcd not found: install Debian's etcd-server (bash scripts/test-env.sh does)"; exit 1; }

stop_recorded
rm -rf "$STATE_DIR"
mkdir -p "$STATE_DIR/pki" "$STATE_DIR/etcd"
chmod 0700 "$STATE_DIR"
T0=$SECONDS

# Free loopback ports (the kernel picks them; two plane instances never collide).
read -r ETCD_PORT PEER_PORT API_PORT < <(node -e '
const net = require("net"); const ports = []; const servers = [];
(async () => { for (let i = 0; i < 3; i++) { const s = net.createServer(); servers.push(s);
  await new Promise((r) => s.listen(0, "127.0.0.1", r)); ports.push(s.address().port); }
  servers.forEach((s) => s.close()); console.log(ports.join(" ")); })();')

# PKI
P="$STATE_DIR/pki"
(
  cd "$P"
  umask 077
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=wandb-test-ca" -keyout ca.key -out ca.crt 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout apiserver.key -out apiserver.csr 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default\nextendedKeyUsage=serverAuth\n' >apiserver.ext
  openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile apiserver.ext -out apiserver.crt 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=admin" -keyout admin.key -out admin.csr 2>/dev/null
  printf 'extendedKeyUsage=clientAuth\n' >admin.ext
  openssl x509 -req -in admin.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile admin.ext -out admin.crt 2>/dev/null
  openssl genrsa -out sa.key 2048 2>/dev/null
  openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  rm -f ./*.csr ./*.ext
)

b64() { base64 -w0 <"$1"; }
(
  umask 077
  cat >"$STATE_DIR/kubeconfig" <<KC
apiVersion: v1
kind: Config
clusters:
- name: loopback
  cluster:
    server: https://127.0.0.1:$API_PORT
    certificate-authority-data: $(b64 "$P/ca.crt")
users:
- name: admin
  user:
    client-certificate-data: $(b64 "$P/admin.crt")
    client-key-data: $(b64 "$P/admin.key")
contexts:
- name: loopback
  context:
    cluster: loopback
    user: admin
current-context: loopback
KC
)
chmod 0600 "$STATE_DIR/kubeconfig"

start() { # <name> <command...>: detached, PID recorded
  local name="$1"
  shift
  setsid "$@" >"$STATE_DIR/$name.log" 2>&1 </dev/null 9>&- &
  echo $! >"$STATE_DIR/$name.pid"
}

fail() {
  log "$1; last lines of $2:"
  tail -n 20 "$STATE_DIR/$2.log" >&2 || true
  stop_recorded
  exit 1
}

start etcd "$ETCD" --name plane --data-dir "$STATE_DIR/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$PEER_PORT" \
  --initial-cluster "plane=http://127.0.0.1:$PEER_PORT" --unsafe-no-fsync --logger zap --log-level warn

start kube-apiserver "$KUBE_BIN/kube-apiserver" \
  --etcd-servers "http://127.0.0.1:$ETCD_PORT" --bind-address 127.0.0.1 --advertise-address 127.0.0.1 \
  --secure-port "$API_PORT" --insecure-port 0 \
  --tls-cert-file "$P/apiserver.crt" --tls-private-key-file "$P/apiserver.key" --client-ca-file "$P/ca.crt" \
  --service-account-key-file "$P/sa.pub" --service-account-signing-key-file "$P/sa.key" \
  --service-account-issuer https://kubernetes.default.svc.cluster.local \
  --authorization-mode RBAC --anonymous-auth=false --service-cluster-ip-range 10.0.0.0/24 \
  --disable-admission-plugins ServiceAccount --profiling=false --v 0

ready=""
for _ in $(seq 1 300); do
  pid_alive "$(cat "$STATE_DIR/etcd.pid")" || fail "etcd exited" etcd
  pid_alive "$(cat "$STATE_DIR/kube-apiserver.pid")" || fail "kube-apiserver exited" kube-apiserver
  if "$KUBECTL" --kubeconfig "$STATE_DIR/kubeconfig" get --raw /readyz --request-timeout=2s >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 0.2
done
[ -n "$ready" ] || fail "kube-apiserver not ready after 60 s" kube-apiserver

start kube-controller-manager "$KUBE_BIN/kube-controller-manager" \
  --kubeconfig "$STATE_DIR/kubeconfig" --leader-elect=false --port 0 --secure-port 0 \
  --service-account-private-key-file "$P/sa.key" --root-ca-file "$P/ca.crt" \
  --cluster-signing-cert-file "$P/ca.crt" --cluster-signing-key-file "$P/ca.key" \
  --controllers '*,-nodeipam,-nodelifecycle,-cloud-node-lifecycle,-route,-service,-persistentvolume-binder,-attachdetach,-ttl' \
  --v 0

# Ready when the default ServiceAccount exists (the controller-manager's token/serviceaccount controllers run).
ready=""
for _ in $(seq 1 150); do
  pid_alive "$(cat "$STATE_DIR/kube-controller-manager.pid")" || fail "kube-controller-manager exited" kube-controller-manager
  if "$KUBECTL" --kubeconfig "$STATE_DIR/kubeconfig" -n default get serviceaccount default >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 0.2
done
[ -n "$ready" ] || fail "kube-controller-manager made no default ServiceAccount in 30 s" kube-controller-manager

cat >"$STATE_DIR/plane.env" <<ENV
API_SERVER=https://127.0.0.1:$API_PORT
ETCD=http://127.0.0.1:$ETCD_PORT
KUBE_BIN=$KUBE_BIN
KUBECTL=$KUBECTL
ENV
log "up in $((SECONDS - T0)) s: https://127.0.0.1:$API_PORT (state $STATE_DIR)"
log "try: KUBECONFIG=$STATE_DIR/kubeconfig $KUBECTL get namespaces"
echo "$STATE_DIR/kubeconfig"
