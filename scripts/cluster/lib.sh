# Shared by up.sh and down.sh (sourced). The plane's state directory holds the PKI, the kubeconfig, the logs,
# etcd's data and one <name>.pid file per process started.
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/wandb-operator-actions"
STATE_DIR="${WANDB_CLUSTER_DIR:-${XDG_RUNTIME_DIR:-/tmp}/wandb-operator-actions-cluster}"
log() { printf '[cluster] %s\n' "$*" >&2; }

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

stop_recorded() { # stops every process recorded in $STATE_DIR/*.pid, by PID
  local f pid i
  for f in "$STATE_DIR"/kube-controller-manager.pid "$STATE_DIR"/kube-apiserver.pid "$STATE_DIR"/etcd.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    if pid_alive "$pid"; then
      kill -TERM "$pid" 2>/dev/null || true
      for i in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
      pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
  done
}
