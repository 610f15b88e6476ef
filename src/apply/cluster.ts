import type { ExecResult } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import { KubeCommandError, isNotFound } from '../kube/client.js';
import type { ClusterSnapshot, OperatorEvent, WorkloadState } from './rollout.js';

/**
 * What apply-cr needs from the cluster, over kubectl. Every call goes through one `kubectl` function (argv
 * array; the CR travels on stdin, never argv), so tests can see exactly what ran.
 */
export type Kubectl = (
  args: string[],
  options?: { stdin?: string; timeoutMs?: number },
) => Promise<ExecResult>;

export const FIELD_MANAGER = 'wandb-operator-actions';
export const CR_RESOURCE = 'weightsandbiases.apps.wandb.com';

export interface CrRef {
  name: string;
  namespace: string;
}

export interface LiveCr {
  object: Record<string, unknown>;
  resourceVersion: string;
}

export class ClusterGateway {
  constructor(
    private readonly kubectl: Kubectl,
    private readonly ref: CrRef,
  ) {}

  private async json(args: string[], what: string): Promise<Record<string, unknown> | undefined> {
    const result = await this.kubectl([...args, '-o', 'json']);
    if (result.code !== 0) {
      if (isNotFound(result)) return undefined;
      throw new KubeCommandError('kubectl', args, result, what);
    }
    // `--ignore-not-found` prints nothing at all when nothing was found.
    return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as Record<string, unknown>);
  }

  async getCr(): Promise<LiveCr | undefined> {
    const object = await this.json(
      ['get', CR_RESOURCE, this.ref.name, '-n', this.ref.namespace],
      'Reading the live CR',
    );
    if (!object) return undefined;
    const metadata = object.metadata as { resourceVersion: string };
    return { object, resourceVersion: metadata.resourceVersion };
  }

  /** Server-side apply with our own field manager; conflicts with another manager are reported, not forced. */
  async apply(cr: Record<string, unknown>, options: { forceConflicts: boolean }): Promise<void> {
    const args = [
      'apply',
      '--server-side',
      `--field-manager=${FIELD_MANAGER}`,
      '-n',
      this.ref.namespace,
      '-f',
      '-',
    ];
    if (options.forceConflicts) args.push('--force-conflicts');
    const result = await this.kubectl(args, { stdin: JSON.stringify(cr) });
    if (result.code === 0) return;
    if (/conflict/i.test(result.stderr)) {
      const fields = [...result.stderr.matchAll(/conflict with "([^"]+)"[^:]*: (\S+)/g)].map(
        (m) => `${m[2]} (owned by ${m[1]})`,
      );
      throw new UserError(
        `Another field manager owns fields this configuration sets${fields.length ? `: ${fields.join(', ')}` : ''}.`,
        `Someone changed the CR outside this workflow (e.g. kubectl edit). Take ownership with 'force-conflicts: true', or move the change into the configuration files.`,
      );
    }
    throw new KubeCommandError('kubectl', args, result, 'Applying the CR');
  }

  async deleteCr(): Promise<void> {
    const result = await this.kubectl([
      'delete',
      CR_RESOURCE,
      this.ref.name,
      '-n',
      this.ref.namespace,
      '--ignore-not-found',
      '--wait=false',
    ]);
    if (result.code !== 0) throw new KubeCommandError('kubectl', ['delete'], result, 'Deleting the CR');
  }

  /**
   * One look at everything the wait needs, in two kubectl calls (the CR with its spec-active Secret, the
   * workloads with their pods) and a third for the CR's events only when something failed: polling stays cheap.
   */
  async snapshot(): Promise<ClusterSnapshot> {
    const [own, labelled] = await Promise.all([
      this.json(
        [
          'get',
          `${CR_RESOURCE}/${this.ref.name}`,
          `secret/${this.ref.name}-spec-active`,
          '-n',
          this.ref.namespace,
          '--ignore-not-found',
        ],
        'Reading the CR and its spec-active Secret',
      ),
      this.json(
        [
          'get',
          'deployments,statefulsets,pods',
          '-n',
          this.ref.namespace,
          '-l',
          `app.kubernetes.io/instance=${this.ref.name}`,
        ],
        'Listing workloads',
      ),
    ]);
    const ownItems = listItems(own);
    const cr = ownItems.find((item) => item.kind === 'WeightsAndBiases');
    const secret = ownItems.find((item) => item.kind === 'Secret');
    const items = listItems(labelled);
    const workloads = items
      .filter((item) => item.kind === 'Deployment' || item.kind === 'StatefulSet')
      .map(toWorkload);
    const phase: string | undefined = cr?.status?.phase;
    // Events only explain a failure; reading them on every poll would cost a kubectl process each time.
    const events =
      phase === 'Invalid Config' || workloads.some((w) => w.failedReason) ? await this.events() : [];
    return {
      cr,
      phase,
      specActiveVersion: secret?.metadata?.resourceVersion,
      workloads,
      events,
      podProblems: podProblems(items.filter((item) => item.kind === 'Pod')),
    };
  }

  private async events(): Promise<OperatorEvent[]> {
    const list = await this.json(
      [
        'get',
        'events',
        '-n',
        this.ref.namespace,
        '--field-selector',
        `involvedObject.name=${this.ref.name},involvedObject.kind=WeightsAndBiases`,
      ],
      'Reading events',
    );
    const items = (list?.items ?? []) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
    return items.map((e) => ({
      reason: e.reason ?? '',
      message: e.message ?? '',
      type: e.type ?? 'Normal',
      time: e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '',
    }));
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Item = Record<string, any>;

/** kubectl prints a List for several objects and the object itself for one. */
function listItems(value: Record<string, unknown> | undefined): Item[] {
  if (!value) return [];
  return Array.isArray(value.items) ? (value.items as Item[]) : [value as Item];
}

function toWorkload(item: Item): WorkloadState {
  const status = item.status ?? {};
  const stuck = (status.conditions ?? []).find(
    (c: { type: string; status: string; reason?: string }) =>
      c.type === 'Progressing' && c.status === 'False',
  );
  return {
    kind: item.kind,
    name: item.metadata.name,
    generation: item.metadata.generation ?? 0,
    observedGeneration: status.observedGeneration ?? 0,
    replicas: item.spec?.replicas ?? 1,
    currentReplicas: status.replicas ?? 0,
    updatedReplicas: status.updatedReplicas ?? 0,
    readyReplicas: status.readyReplicas ?? 0,
    availableReplicas: status.availableReplicas ?? 0,
    failedReason: stuck ? (stuck.reason ?? 'Progressing=False') : undefined,
  };
}

/** Why pods are not starting (image pulls, crash loops), to say more than "0/1 ready" while waiting. */
function podProblems(pods: Item[]): string[] {
  const problems: string[] = [];
  for (const pod of pods) {
    for (const container of pod.status?.containerStatuses ?? []) {
      const waiting = container.state?.waiting;
      if (waiting?.reason && waiting.reason !== 'ContainerCreating')
        problems.push(`pod/${pod.metadata.name}: ${waiting.reason}`);
    }
  }
  return problems;
}
