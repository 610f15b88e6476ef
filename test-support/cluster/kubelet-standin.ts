/**
 * STAND-IN for the kubelet (and the scheduler). There is no container runtime on the test machine, so no
 * real kubelet can run pods. This loop plays the kubelet's part of the Pod API: it watches Pods in the given
 * namespaces through the real kube-apiserver and writes their status subresource as a kubelet would
 * (phase Running, conditions PodScheduled/Initialized/ContainersReady/Ready, containerStatuses), so that the
 * real kube-controller-manager's ReplicaSet/Deployment/StatefulSet controllers see pods become ready and roll
 * out. Pods of a Job (W&B's chart runs Helm hook Jobs before and after every upgrade, and Helm waits for them)
 * run to completion instead: phase Succeeded, every container terminated with exit code 0, so that the real Job
 * controller marks the Job complete. The `decide` switch makes pods stay Pending or report a waiting container
 * (e.g. ImagePullBackOff) instead, for stalled-rollout tests.
 * No Node object is registered, so DaemonSets (the chart's otel agent) get no pods, as on a cluster whose nodes
 * all refuse them; a CronJob's Jobs would be completed like any Job.
 */
import type { KubeRest } from './rest.js';

export type PodDecision = 'ready' | 'pending' | { waiting: string; message?: string };

export interface PodInfo {
  metadata: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    deletionTimestamp?: string;
    ownerReferences?: Array<{ kind: string; name: string }>;
  };
  spec: { containers: Array<{ name: string; image: string }> };
  status?: {
    phase?: string;
    conditions?: Array<{ type: string; status: string }>;
    containerStatuses?: Array<{ name: string; ready: boolean; state?: Record<string, unknown> }>;
  };
}

export interface KubeletOptions {
  namespaces: string[];
  intervalMs?: number;
  /** What to do with a pod; default: every pod becomes ready. */
  decide?: (pod: PodInfo) => PodDecision;
}

function isReady(pod: PodInfo): boolean {
  return (
    pod.status?.phase === 'Running' &&
    (pod.status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')
  );
}

function isJobPod(pod: PodInfo): boolean {
  return (pod.metadata.ownerReferences ?? []).some((o) => o.kind === 'Job');
}

function waitingReason(pod: PodInfo): string | undefined {
  const state = pod.status?.containerStatuses?.[0]?.state as { waiting?: { reason?: string } } | undefined;
  return state?.waiting?.reason;
}

export class KubeletStandIn {
  decide: (pod: PodInfo) => PodDecision;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private busy: Promise<void> = Promise.resolve();
  readonly namespaces: string[];
  private readonly intervalMs: number;

  constructor(
    private readonly rest: KubeRest,
    options: KubeletOptions,
  ) {
    this.namespaces = options.namespaces;
    this.intervalMs = options.intervalMs ?? 250;
    this.decide = options.decide ?? (() => 'ready');
  }

  start(): this {
    if (this.running) return this;
    this.running = true;
    const loop = () => {
      if (!this.running) return;
      this.busy = this.tick()
        .catch(() => undefined)
        .finally(() => {
          if (this.running) this.timer = setTimeout(loop, this.intervalMs);
        });
    };
    loop();
    return this;
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.busy;
  }

  /** One pass over the pods (exposed for tests that want a deterministic step). */
  async tick(): Promise<void> {
    for (const namespace of this.namespaces) {
      const list = await this.rest.get<{ items?: PodInfo[] }>(`/api/v1/namespaces/${namespace}/pods`);
      for (const pod of list.body?.items ?? []) {
        if (pod.metadata.deletionTimestamp) continue;
        await this.reconcile(pod);
      }
    }
  }

  private async reconcile(pod: PodInfo): Promise<void> {
    const decision = this.decide(pod);
    const now = new Date().toISOString();
    const path = `/api/v1/namespaces/${pod.metadata.namespace}/pods/${pod.metadata.name}/status`;
    const containers = pod.spec.containers;
    if (decision === 'ready' && isJobPod(pod)) {
      if (pod.status?.phase === 'Succeeded') return;
      await this.rest.strategicPatch(path, {
        status: {
          phase: 'Succeeded',
          hostIP: '127.0.0.1',
          podIP: '10.244.0.11',
          startTime: now,
          conditions: [
            { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
            { type: 'Initialized', status: 'True', lastTransitionTime: now, reason: 'PodCompleted' },
            { type: 'ContainersReady', status: 'False', lastTransitionTime: now, reason: 'PodCompleted' },
            { type: 'Ready', status: 'False', lastTransitionTime: now, reason: 'PodCompleted' },
          ],
          containerStatuses: containers.map((c) => ({
            name: c.name,
            image: c.image,
            imageID: `docker-pullable://${c.image}`,
            ready: false,
            started: false,
            restartCount: 0,
            state: {
              terminated: { exitCode: 0, reason: 'Completed', startedAt: now, finishedAt: now },
              waiting: null,
              running: null,
            },
          })),
        },
      });
      return;
    }
    if (decision === 'ready') {
      if (isReady(pod)) return;
      await this.rest.strategicPatch(path, {
        status: {
          phase: 'Running',
          hostIP: '127.0.0.1',
          podIP: '10.244.0.10',
          startTime: now,
          conditions: ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'].map((type) => ({
            type,
            status: 'True',
            lastTransitionTime: now,
          })),
          containerStatuses: containers.map((c) => ({
            name: c.name,
            image: c.image,
            imageID: `docker-pullable://${c.image}`,
            ready: true,
            started: true,
            restartCount: 0,
            state: { running: { startedAt: now }, waiting: null, terminated: null },
          })),
        },
      });
      return;
    }
    if (decision === 'pending') {
      if (!isReady(pod)) return;
      await this.rest.strategicPatch(path, {
        status: {
          phase: 'Pending',
          conditions: [
            { type: 'Ready', status: 'False', lastTransitionTime: now, reason: 'ContainersNotReady' },
            {
              type: 'ContainersReady',
              status: 'False',
              lastTransitionTime: now,
              reason: 'ContainersNotReady',
            },
          ],
        },
      });
      return;
    }
    if (!isReady(pod) && waitingReason(pod) === decision.waiting) return;
    await this.rest.strategicPatch(path, {
      status: {
        phase: 'Pending',
        hostIP: '127.0.0.1',
        startTime: now,
        conditions: [
          { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
          { type: 'Ready', status: 'False', lastTransitionTime: now, reason: 'ContainersNotReady' },
          { type: 'ContainersReady', status: 'False', lastTransitionTime: now, reason: 'ContainersNotReady' },
        ],
        containerStatuses: containers.map((c) => ({
          name: c.name,
          image: c.image,
          imageID: '',
          ready: false,
          started: false,
          restartCount: 0,
          state: {
            waiting: {
              reason: decision.waiting,
              message: decision.message ?? `Back-off pulling image "${c.image}"`,
            },
            running: null,
            terminated: null,
          },
        })),
      },
    });
  }
}
