/**
 * The operator's controller Deployment, as install-operator watches it: which Deployment is the release's
 * controller, whether it has rolled out, and, when it has not, why, in the words of its pods' waiting reasons,
 * its conditions and the namespace's Warning events. Pure: the objects are read elsewhere.
 */

export interface Deployment {
  metadata: {
    name: string;
    generation?: number;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  };
  spec: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template: { spec: { containers: Array<{ name: string; image: string }> } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
    unavailableReplicas?: number;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
  };
}

export interface Pod {
  metadata: { name: string };
  status?: {
    phase?: string;
    containerStatuses?: Array<{
      name: string;
      state?: {
        waiting?: { reason?: string; message?: string };
        terminated?: { reason?: string; exitCode?: number };
      };
      lastState?: { terminated?: { reason?: string; exitCode?: number } };
    }>;
  };
}

export interface KubeEvent {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  involvedObject?: { kind?: string; name?: string };
  lastTimestamp?: string;
  eventTime?: string;
}

/**
 * The release's controller: W&B's v1 chart names it `<name>-controller-manager` (default `wandb-...`), the v2
 * chart `<release>-wandb-operator`.
 */
export function pickController(deployments: Deployment[], release: string): Deployment | undefined {
  const ours = deployments.filter((d) => d.metadata.annotations?.['meta.helm.sh/release-name'] === release);
  return (
    ours.find((d) => d.metadata.name === 'wandb-controller-manager') ??
    ours.find((d) => d.metadata.name.endsWith('controller-manager')) ??
    ours.find((d) => d.metadata.labels?.['control-plane'] === 'controller-manager') ??
    // The v2 chart runs the controller through its `wandb-base` subchart aliased `wandb-operator`.
    ours.find((d) => d.metadata.name === `${release}-wandb-operator`)
  );
}

export function controllerImage(deployment: Deployment): string {
  const containers = deployment.spec.template.spec.containers;
  return (containers.find((c) => c.name === 'manager') ?? containers[0])?.image ?? '';
}

export function rolledOut(d: Deployment): boolean {
  const want = d.spec.replicas ?? 1;
  const s = d.status ?? {};
  return (
    (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
    (s.updatedReplicas ?? 0) >= want &&
    (s.availableReplicas ?? 0) >= want &&
    (s.replicas ?? 0) <= want &&
    !(s.unavailableReplicas ?? 0)
  );
}

/** One line of progress, e.g. `deployment/x: 1 updated, 0 available of 1`. */
export function progressLine(deployment: Deployment | undefined): string {
  if (!deployment) return 'the controller Deployment does not exist yet';
  const s = deployment.status ?? {};
  return `deployment/${deployment.metadata.name}: ${s.updatedReplicas ?? 0} updated, ${s.availableReplicas ?? 0} available of ${deployment.spec.replicas ?? 1}`;
}

/** The pod selector of the Deployment (W&B's chart labels its pods only `control-plane: controller-manager`). */
export function podSelector(deployment: Deployment | undefined): string | undefined {
  const labels = Object.entries(deployment?.spec.selector?.matchLabels ?? {});
  return labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(',') : undefined;
}

/** `pod: ImagePullBackOff (Back-off pulling image "...")`, or the phase when no container waits. */
export function podLine(pod: Pod): string {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((c) => c.state?.waiting)?.state?.waiting;
  if (waiting)
    return `${pod.metadata.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}`;
  const crashed = statuses.find((c) => c.lastState?.terminated)?.lastState?.terminated;
  if (crashed)
    return `${pod.metadata.name}: ${pod.status?.phase ?? 'Unknown'}, last exit ${crashed.exitCode} (${crashed.reason})`;
  return `${pod.metadata.name}: ${pod.status?.phase ?? 'Unknown'}`;
}

/**
 * Why the controller is not ready, as lines to quote: pods that are not ready (waiting reasons first), the
 * Deployment's false conditions, and the Warning events about the Deployment, its ReplicaSets and pods.
 */
export function notReadyReasons(
  deployment: Deployment | undefined,
  pods: Pod[],
  events: KubeEvent[],
): string[] {
  const lines: string[] = [];
  const waiting = (p: Pod) => (p.status?.containerStatuses ?? []).some((c) => c.state?.waiting);
  for (const pod of [...pods].sort((a, b) => Number(waiting(b)) - Number(waiting(a))))
    lines.push(`pod ${podLine(pod)}`);
  for (const c of deployment?.status?.conditions ?? []) {
    if (c.status === 'False')
      lines.push(
        `deployment condition ${c.type}=False: ${c.reason ?? ''}${c.message ? ` (${c.message})` : ''}`,
      );
  }
  const prefix = deployment?.metadata.name;
  const seen = new Set<string>();
  for (const e of [...events].sort((a, b) => time(b).localeCompare(time(a)))) {
    if (e.type !== 'Warning' || !prefix || !e.involvedObject?.name?.startsWith(prefix)) continue;
    const line =
      `event ${e.involvedObject.kind}/${e.involvedObject.name}: ${e.reason}: ${e.message ?? ''}`.trim();
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
    if (seen.size >= 5) break;
  }
  return lines;
}

function time(e: KubeEvent): string {
  return e.lastTimestamp ?? e.eventTime ?? '';
}
