import type { ExecResult } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import { KubeCommandError, isNotFound } from '../kube/client.js';
import { KubeApiProxy, type KubeReader } from '../kube/api-proxy.js';
import type { KubeClient } from '../kube/client.js';
import type { ClusterSnapshot, OperatorEvent, WorkloadState } from './rollout.js';
import type { MigrationJobState } from './v2-rollout.js';

/**
 * What apply-cr needs from the cluster. Writes go through one `kubectl` function (argv array; the CR travels
 * on stdin, never argv), so tests can see exactly what ran. Reads go through a `KubeReader` (kubectl proxy:
 * HTTP requests and watches) when one is given, else through kubectl too.
 */
export type Kubectl = (
  args: string[],
  options?: { stdin?: string; timeoutMs?: number },
) => Promise<ExecResult>;

export const FIELD_MANAGER = 'wandb-operator-actions';
export const CR_RESOURCE = 'weightsandbiases.apps.wandb.com';
/**
 * The CR's API version this gateway reads and writes. A v2 CR is read as v2 by name (`resource.version.group`,
 * `/apis/apps.wandb.com/v2`): where the v2 CRD is installed both versions are served, and the unversioned name
 * gives whichever the server prefers.
 */
export type CrApiVersion = 'v1' | 'v2';
const V2_RESOURCE = 'weightsandbiases.v2.apps.wandb.com';
/** The label W&B's v2 operator puts on its migration Jobs (operator-v2 facts). */
export const MIGRATION_SELECTOR = 'app.kubernetes.io/component=migration';

export interface CrRef {
  name: string;
  namespace: string;
}

export interface LiveCr {
  object: Record<string, unknown>;
  resourceVersion: string;
}

/**
 * A gateway for one CR whose reads go through a `kubectl proxy` when it starts (fast polls and watches), else
 * through kubectl processes, said in the log. `close` stops the proxy.
 */
export async function openGateway(
  client: KubeClient,
  ref: CrRef,
  log: (message: string) => void,
  version: CrApiVersion = 'v1',
): Promise<{ gateway: ClusterGateway; close: () => Promise<void> }> {
  const kubectl: Kubectl = (args, call) => client.kubectl(args, { ...call, allowFailure: true });
  const { kubectlPath, kubeconfig, context, env, deadline } = client.options;
  try {
    const left = deadline === undefined ? 10_000 : Math.max(1, deadline - Date.now());
    const proxy = await KubeApiProxy.start({
      kubectlPath,
      kubeconfig,
      context,
      env,
      deadline,
      startTimeoutMs: Math.min(10_000, left),
    });
    return { gateway: new ClusterGateway(kubectl, ref, proxy, version), close: () => proxy.stop() };
  } catch (error) {
    log(`kubectl proxy did not start (${(error as Error).message}); reading through kubectl instead.`);
    return { gateway: new ClusterGateway(kubectl, ref, undefined, version), close: async () => undefined };
  }
}

/** One field of a server-side apply that another field manager owns, as the API server names it. */
export interface FieldConflict {
  /** The field's path, e.g. `.spec.values.app`. */
  field: string;
  /** The other field manager, e.g. `kubectl-edit`. */
  manager: string;
  /** What the server adds about that manager, e.g. `using apps.wandb.com/v1` (an Update, not an apply). */
  detail?: string;
}

const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
/** `conflict with "mgr": .path` (one conflict) or `conflicts with "mgr":` before `- .path` lines (several). */
const OWNER = new RegExp(String.raw`^conflicts? with (${QUOTED})(.*?):(?: (.+))?$`);

/**
 * The fields and their managers in a server-side apply conflict, from the API server's message as kubectl
 * prints it (undefined when the text is no such message). One conflict is one line:
 *
 *     Apply failed with 1 conflict: conflict with "someone-else": .spec.values.app
 *
 * several are grouped by manager, one `- path` line each:
 *
 *     Apply failed with 3 conflicts: conflicts with "kubectl-patch" using apps.wandb.com/v1:
 *     - .spec.values.global
 *     conflicts with "someone-else":
 *     - .spec.chart.version
 *     - .spec.values.app
 *
 * A manager that wrote with an update rather than an apply is followed by `using <apiVersion>` and, on newer
 * servers, `at <RFC 3339 time>`, whose colons are not the one before the path; a subresource by
 * `with subresource "<name>"`.
 */
export function parseApplyConflicts(text: string): { count: number; conflicts: FieldConflict[] } | undefined {
  const header = /Apply failed with (\d+) conflicts?: /.exec(text);
  if (!header) return undefined;
  const conflicts: FieldConflict[] = [];
  let owner: Omit<FieldConflict, 'field'> | undefined;
  for (const line of text.slice(header.index + header[0].length).split(/\r?\n/)) {
    const named = OWNER.exec(line.trimEnd());
    if (named) {
      owner = { manager: unquote(named[1]), ...(named[2].trim() ? { detail: named[2].trim() } : {}) };
      // The single form names its one field on the same line, and nothing follows.
      if (named[3]) {
        conflicts.push({ field: named[3].trim(), ...owner });
        break;
      }
      continue;
    }
    const item = /^- (\S.*)$/.exec(line.trimEnd());
    if (!item || !owner) break;
    conflicts.push({ field: item[1], ...owner });
  }
  return { count: Number(header[1]), conflicts };
}

/** A Go-quoted (`%q`) manager name; kept as written when it is not also valid JSON. */
function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/**
 * Every conflicting field with all its managers. When the message could not be read in full (a form this
 * parser does not know), the server's own lines are quoted instead, so that no field goes unnamed.
 */
function conflictMessage(parsed: ReturnType<typeof parseApplyConflicts>, stderr: string): string {
  if (!parsed?.conflicts.length || parsed.conflicts.length < parsed.count) {
    // From the line that says "conflict" to kubectl's advice (or the end), which follows the fields.
    const lines = stderr.split('\n').map((line) => line.trim());
    const first = lines.findIndex((line) => /conflict/i.test(line));
    if (first < 0) return 'Another field manager owns fields this configuration sets.';
    const advice = lines.findIndex((line, i) => i > first && /^(Please review|$)/.test(line));
    const said = lines.slice(first, advice < 0 ? undefined : advice).join(' ');
    return `Another field manager owns fields this configuration sets (the API server said: ${said}).`;
  }
  const owners = new Map<string, string[]>();
  for (const { field, manager, detail } of parsed.conflicts)
    owners.set(field, [...(owners.get(field) ?? []), detail ? `${manager} ${detail}` : manager]);
  const fields = [...owners].map(([field, managers]) => `${field} (owned by ${managers.join(' and ')})`);
  const who =
    new Set(parsed.conflicts.map((c) => c.manager)).size === 1
      ? 'Another field manager owns'
      : 'Other field managers own';
  return `${who} ${owners.size === 1 ? 'a field' : `${owners.size} fields`} this configuration sets: ${fields.join('; ')}.`;
}

/** The CR changed between the read this run diffed against and its apply: nothing was written. */
export class CrChangedError extends UserError {
  constructor(what: string, detail: string) {
    super(
      `${what} changed after this run read it (${detail}); nothing was written, so that change is not lost.`,
      'Run apply-cr again: it diffs against the CR as it is now. If someone else edits the CR, move that change into the configuration files.',
    );
    this.name = 'CrChangedError';
  }
}

/** The API server's words for a failed precondition on resourceVersion (an optimistic-concurrency conflict). */
const MODIFIED =
  /the object has been modified|Precondition failed|please apply your changes to the latest version/i;

/** A kubectl call that ended at its deadline or could not reach the server: whether it was applied is unknown. */
export function unanswered(error: unknown): boolean {
  return (
    error instanceof KubeCommandError && (error.result.timedOut || /cannot be reached/.test(error.message))
  );
}

/**
 * Where apply-cr keeps the last spec that rolled out: a Secret owned by the CR (deleted with it), because a
 * spec holds secrets (licence, passwords) and an annotation is readable by anyone who can read the CR. The CR
 * carries only a pointer to it (annotation LAST_GOOD_ANNOTATION: the Secret's name, the app version and when),
 * never a value or a hash of one. Not the operator's `<cr>-spec-active`: that holds the operator's merged
 * result (release channel, console values, defaults), and re-applying it as the CR would pin all of it.
 */
export const LAST_GOOD_ANNOTATION = 'wandb-operator-actions/last-good-spec';
export const LAST_GOOD_KEY = 'cr.json';
const LAST_GOOD_MANAGER = `${FIELD_MANAGER}-last-good`;

export function lastGoodSecretName(crName: string): string {
  return `${crName}-last-good-spec`;
}

export class ClusterGateway {
  constructor(
    private readonly kubectl: Kubectl,
    private readonly ref: CrRef,
    private readonly reader?: KubeReader,
    private readonly version: CrApiVersion = 'v1',
  ) {}

  /** The CR this gateway reads and writes. */
  get target(): CrRef {
    return this.ref;
  }

  /** Which API version of the CR this gateway reads, and so which way a wait judges it. */
  get apiVersion(): CrApiVersion {
    return this.version;
  }

  private get resource(): string {
    return this.version === 'v2' ? V2_RESOURCE : CR_RESOURCE;
  }

  /**
   * Calls `onChange` whenever the CR or one of its workloads changes (watches through the reader), so a wait
   * can look again at once instead of at its next poll. Without a reader nothing is watched.
   */
  /** true when reads are HTTP requests with watches (cheap to repeat), false when each is a kubectl process. */
  get watches(): boolean {
    return this.reader !== undefined;
  }

  watchChanges(onChange: () => void): () => void {
    if (!this.reader) return () => undefined;
    const { name, namespace } = this.ref;
    if (this.version === 'v2') {
      const migrations = `labelSelector=${encodeURIComponent(MIGRATION_SELECTOR)}`;
      const stops = [
        this.reader.watch(
          `${crPath(namespace, 'v2')}?fieldSelector=${encodeURIComponent(`metadata.name=${name}`)}`,
          onChange,
        ),
        this.reader.watch(`/apis/batch/v1/namespaces/${namespace}/jobs?${migrations}`, onChange),
      ];
      return () => stops.forEach((stop) => stop());
    }
    const selector = `labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`;
    const stops = [
      this.reader.watch(
        `${crPath(namespace)}?fieldSelector=${encodeURIComponent(`metadata.name=${name}`)}`,
        onChange,
      ),
      this.reader.watch(`/apis/apps/v1/namespaces/${namespace}/deployments?${selector}`, onChange),
      this.reader.watch(`/apis/apps/v1/namespaces/${namespace}/statefulsets?${selector}`, onChange),
    ];
    return () => stops.forEach((stop) => stop());
  }

  private async json(
    args: string[],
    what: string,
    byMs?: number,
  ): Promise<Record<string, unknown> | undefined> {
    const result = await this.kubectl([...args, '-o', 'json'], { timeoutMs: within(byMs) });
    if (result.code !== 0) {
      if (isNotFound(result)) return undefined;
      throw new KubeCommandError('kubectl', args, result, what);
    }
    // `--ignore-not-found` prints nothing at all when nothing was found.
    return result.stdout.trim() === '' ? undefined : (JSON.parse(result.stdout) as Record<string, unknown>);
  }

  async getCr(byMs?: number): Promise<LiveCr | undefined> {
    const object = await this.json(
      ['get', this.resource, this.ref.name, '-n', this.ref.namespace],
      'Reading the live CR',
      byMs,
    );
    if (!object) return undefined;
    const metadata = object.metadata as { resourceVersion: string };
    return { object, resourceVersion: metadata.resourceVersion };
  }

  /** Server-side apply with our own field manager; conflicts with another manager are reported, not forced. */
  async apply(
    cr: Record<string, unknown>,
    options: {
      forceConflicts: boolean;
      /**
       * The resourceVersion the diff was made against: the API server refuses the apply if the CR changed since
       * (a precondition of server-side apply), so a change made in between is a conflict, never overwritten.
       */
      resourceVersion?: string;
      byMs?: number;
    },
  ): Promise<void> {
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
    const sent = options.resourceVersion
      ? {
          ...cr,
          metadata: {
            ...((cr.metadata ?? {}) as Record<string, unknown>),
            resourceVersion: options.resourceVersion,
          },
        }
      : cr;
    const result = await this.kubectl(args, { stdin: JSON.stringify(sent), timeoutMs: within(options.byMs) });
    if (result.code === 0) return;
    if (MODIFIED.test(result.stderr))
      throw new CrChangedError(
        `weightsandbiases/${this.ref.name}`,
        `it was at resourceVersion ${options.resourceVersion ?? '?'}`,
      );
    const conflicts = parseApplyConflicts(result.stderr);
    if (conflicts || /conflict/i.test(result.stderr)) {
      throw new UserError(
        conflictMessage(conflicts, result.stderr),
        `Someone changed the CR outside this workflow (e.g. kubectl edit). Take ownership with 'force-conflicts: true', or move the change into the configuration files.`,
      );
    }
    throw new KubeCommandError('kubectl', args, result, 'Applying the CR');
  }

  /**
   * The last spec that rolled out (see LAST_GOOD_ANNOTATION), when the CR points at one and it can be read;
   * a CR apply-cr can re-apply as it is.
   */
  async lastGood(
    live: Record<string, unknown> | undefined,
    byMs?: number,
  ): Promise<Record<string, unknown> | undefined> {
    const annotations = ((live?.metadata as Record<string, unknown> | undefined)?.annotations ??
      {}) as Record<string, string>;
    if (!annotations[LAST_GOOD_ANNOTATION]) return undefined;
    const secret = await this.json(
      ['get', 'secret', lastGoodSecretName(this.ref.name), '-n', this.ref.namespace],
      'Reading the last good spec',
      byMs,
    );
    const data = (secret?.data as Record<string, string> | undefined)?.[LAST_GOOD_KEY];
    if (!data) return undefined;
    try {
      return JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }

  /**
   * Records `cr` as the last good spec: the Secret (owned by the live CR, `uid`) with the spec, then the
   * annotation on the CR that points at it, with a field manager of its own so that it never touches the
   * fields the configuration owns. Neither bumps the CR's generation, so the operator does not reconcile.
   */
  async recordLastGood(
    cr: Record<string, unknown>,
    uid: string,
    pointer: string,
    byMs?: number,
  ): Promise<void> {
    const name = lastGoodSecretName(this.ref.name);
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'Opaque',
      metadata: {
        name,
        namespace: this.ref.namespace,
        labels: { 'app.kubernetes.io/managed-by': FIELD_MANAGER },
        ownerReferences: [
          {
            apiVersion: `apps.wandb.com/${this.version}`,
            kind: 'WeightsAndBiases',
            name: this.ref.name,
            uid,
          },
        ],
      },
      data: { [LAST_GOOD_KEY]: Buffer.from(JSON.stringify(cr)).toString('base64') },
    };
    const annotation = {
      apiVersion: `apps.wandb.com/${this.version}`,
      kind: 'WeightsAndBiases',
      metadata: {
        name: this.ref.name,
        namespace: this.ref.namespace,
        annotations: { [LAST_GOOD_ANNOTATION]: pointer },
      },
    };
    for (const [object, manager, what] of [
      [secret, FIELD_MANAGER, 'Recording the last good spec'],
      [annotation, LAST_GOOD_MANAGER, 'Annotating the CR with its last good spec'],
    ] as const) {
      const args = ['apply', '--server-side', '--force-conflicts', `--field-manager=${manager}`, '-f', '-'];
      const result = await this.kubectl(args, { stdin: JSON.stringify(object), timeoutMs: within(byMs) });
      if (result.code !== 0) throw new KubeCommandError('kubectl', args, result, what);
    }
  }

  async deleteCr(byMs?: number): Promise<void> {
    const args = [
      'delete',
      this.resource,
      this.ref.name,
      '-n',
      this.ref.namespace,
      '--ignore-not-found',
      '--wait=false',
    ];
    const result = await this.kubectl(args, { timeoutMs: within(byMs) });
    if (result.code !== 0) throw new KubeCommandError('kubectl', args, result, 'Deleting the CR');
  }

  /**
   * One look at everything the wait needs, in two kubectl calls (the CR with its spec-active Secret, the
   * workloads with their pods) and a third for the CR's events only when something failed: polling stays cheap.
   */
  async snapshot(byMs?: number): Promise<ClusterSnapshot> {
    if (this.version === 'v2') return this.snapshotV2(byMs);
    const { cr, secret, items } = this.reader
      ? await this.readThroughApi(this.reader, byMs)
      : await this.readThroughKubectl(byMs);
    const workloads = items
      .filter((item) => item.kind === 'Deployment' || item.kind === 'StatefulSet')
      .map(toWorkload);
    const phase: string | undefined = cr?.status?.phase;
    // Events only explain a failure; reading them on every poll would cost a kubectl process each time.
    const events =
      phase === 'Invalid Config' || workloads.some((w) => w.failedReason) ? await this.events(byMs) : [];
    return {
      cr,
      phase,
      specActiveVersion: secret?.metadata?.resourceVersion,
      workloads,
      events,
      podProblems: podProblems(items.filter((item) => item.kind === 'Pod')),
    };
  }

  /**
   * A v2 CR's look: the CR (its status says where the operator is) and the namespace's migration Jobs. No
   * spec-active Secret and no workload list: v2 reports those in the status. Events are not read: the
   * status's conditions and migration carry the operator's reasons.
   */
  private async snapshotV2(byMs?: number): Promise<ClusterSnapshot> {
    const { name, namespace } = this.ref;
    let cr: Item | undefined;
    let jobs: Item[];
    if (this.reader) {
      const timeoutMs = within(byMs);
      const migrations = `labelSelector=${encodeURIComponent(MIGRATION_SELECTOR)}`;
      [cr, jobs] = await Promise.all([
        this.reader.get<Item>(`${crPath(namespace, 'v2')}/${name}`, { timeoutMs }),
        this.reader
          .get<{ items?: Item[] }>(`/apis/batch/v1/namespaces/${namespace}/jobs?${migrations}`, { timeoutMs })
          .then((list) => list?.items ?? []),
      ]);
    } else {
      // The CR first: a Job read after the status that names it is never older than that status.
      cr = await this.json(['get', V2_RESOURCE, name, '-n', namespace], 'Reading the live CR', byMs);
      jobs = listItems(
        await this.json(
          ['get', 'jobs', '-n', namespace, '-l', MIGRATION_SELECTOR],
          'Listing migration Jobs',
          byMs,
        ),
      );
    }
    return { cr, workloads: [], events: [], migrationJobs: jobs.map(toMigrationJob) };
  }

  /**
   * The CR first, then its workloads: the operator sets Completed after its Helm apply has updated them, so
   * workloads read after a Completed CR are never older than it (read at once, they could be).
   */
  private async readThroughKubectl(byMs?: number): Promise<{ cr?: Item; secret?: Item; items: Item[] }> {
    const own = await this.json(
      [
        'get',
        `${CR_RESOURCE}/${this.ref.name}`,
        `secret/${this.ref.name}-spec-active`,
        '-n',
        this.ref.namespace,
        '--ignore-not-found',
      ],
      'Reading the CR and its spec-active Secret',
      byMs,
    );
    const labelled = await this.json(
      [
        'get',
        'deployments,statefulsets,pods',
        '-n',
        this.ref.namespace,
        '-l',
        `app.kubernetes.io/instance=${this.ref.name}`,
      ],
      'Listing workloads',
      byMs,
    );
    const ownItems = listItems(own);
    return {
      cr: ownItems.find((item) => item.kind === 'WeightsAndBiases'),
      secret: ownItems.find((item) => item.kind === 'Secret'),
      items: listItems(labelled),
    };
  }

  /** The same reads as HTTP requests; list items from the API carry no `kind`, so it is set here. */
  private async readThroughApi(
    reader: KubeReader,
    byMs?: number,
  ): Promise<{ cr?: Item; secret?: Item; items: Item[] }> {
    const { name, namespace } = this.ref;
    const timeoutMs = within(byMs);
    const selector = `labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`;
    const list = async (path: string, kind: string): Promise<Item[]> =>
      ((await reader.get<{ items?: Item[] }>(`${path}?${selector}`, { timeoutMs }))?.items ?? []).map(
        (item) => ({
          ...item,
          kind,
        }),
      );
    // As above: the CR and its Secret, then the workloads.
    const [cr, secret] = await Promise.all([
      reader.get<Item>(`${crPath(namespace)}/${name}`, { timeoutMs }),
      // Only the Secret's metadata: its resourceVersion is all the wait needs, and its data stays put.
      reader.get<Item>(`/api/v1/namespaces/${namespace}/secrets/${name}-spec-active`, {
        metadataOnly: true,
        timeoutMs,
      }),
    ]);
    const [deployments, statefulSets, pods] = await Promise.all([
      list(`/apis/apps/v1/namespaces/${namespace}/deployments`, 'Deployment'),
      list(`/apis/apps/v1/namespaces/${namespace}/statefulsets`, 'StatefulSet'),
      list(`/api/v1/namespaces/${namespace}/pods`, 'Pod'),
    ]);
    return { cr, secret, items: [...deployments, ...statefulSets, ...pods] };
  }

  /** The CR's events (what the operator said about it). */
  async events(byMs?: number): Promise<OperatorEvent[]> {
    const fieldSelector = `involvedObject.name=${this.ref.name},involvedObject.kind=WeightsAndBiases`;
    const list = this.reader
      ? await this.reader.get<Record<string, unknown>>(
          `/api/v1/namespaces/${this.ref.namespace}/events?fieldSelector=${encodeURIComponent(fieldSelector)}`,
          { timeoutMs: within(byMs) },
        )
      : await this.json(
          ['get', 'events', '-n', this.ref.namespace, '--field-selector', fieldSelector],
          'Reading events',
          byMs,
        );
    const items = (list?.items ?? []) as Item[];
    return items.map((e) => ({
      reason: e.reason ?? '',
      message: e.message ?? '',
      type: e.type ?? 'Normal',
      time: e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? '',
    }));
  }
}

/**
 * Asks the API server, in one kubectl process, whether the kubeconfig's identity may do each of `questions`
 * (a List of SelfSubjectAccessReviews, what `kubectl auth can-i` asks one at a time, with the object's name
 * when there is one). Answers in the order asked; an answer that cannot be read is a no.
 */
export async function canI(
  kubectl: Kubectl,
  questions: Array<{ verb: string; group: string; resource: string; namespace: string; name?: string }>,
  byMs?: number,
): Promise<boolean[]> {
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: questions.map((q) => ({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          verb: q.verb,
          group: q.group,
          resource: q.resource,
          namespace: q.namespace,
          ...(q.name ? { name: q.name } : {}),
        },
      },
    })),
  };
  const args = ['create', '-f', '-', '-o', 'jsonpath={.status.allowed}{"\\n"}'];
  const result = await kubectl(args, { stdin: JSON.stringify(list), timeoutMs: within(byMs) });
  if (result.code !== 0)
    throw new KubeCommandError('kubectl', args, result, 'Asking the API server what this identity may do');
  const answers = result.stdout.split('\n').filter((line) => line.trim() !== '');
  return questions.map((_, i) => answers[i]?.trim() === 'true');
}

/**
 * Whether the CR, its Lease and its last-good Secret exist (the right to create one is needed only when not).
 * undefined for one that could not be read (not allowed, say).
 */
export async function existingObjects(
  kubectl: Kubectl,
  ref: CrRef,
  leaseName: string,
  version: CrApiVersion,
  byMs?: number,
): Promise<{ cr?: boolean; lease?: boolean; lastGood?: boolean }> {
  const exists = async (resource: string, name: string) => {
    const result = await kubectl(['get', resource, name, '-n', ref.namespace, '-o', 'name'], {
      timeoutMs: within(byMs),
    });
    return result.code === 0 ? true : isNotFound(result) ? false : undefined;
  };
  const [cr, lease, lastGood] = await Promise.all([
    exists(version === 'v2' ? V2_RESOURCE : CR_RESOURCE, ref.name),
    exists('leases.coordination.k8s.io', leaseName),
    exists('secret', lastGoodSecretName(ref.name)),
  ]);
  return { cr, lease, lastGood };
}

/** What is left until `byMs` (at least 1 ms), for a call's own timeout; undefined: no bound of its own. */
function within(byMs?: number): number | undefined {
  return byMs === undefined ? undefined : Math.max(1, byMs - Date.now());
}

/** The API path of WeightsAndBiases objects in a namespace. */
function crPath(namespace: string, version: CrApiVersion = 'v1'): string {
  return `/apis/apps.wandb.com/${version}/namespaces/${namespace}/weightsandbiases`;
}

/** A batch/v1 Job as the v2 wait needs it: finished or not, how, and which CR it belongs to when it says. */
function toMigrationJob(item: Item): MigrationJobState {
  const conditions: Array<{ type: string; status: string; reason?: string; message?: string }> =
    item.status?.conditions ?? [];
  const failed = conditions.find((c) => c.type === 'Failed' && c.status === 'True');
  const complete = conditions.some((c) => c.type === 'Complete' && c.status === 'True');
  const owner =
    (item.metadata?.ownerReferences ?? []).find((o: { kind?: string }) => o.kind === 'WeightsAndBiases')
      ?.name ?? item.metadata?.labels?.['app.kubernetes.io/instance'];
  return {
    name: item.metadata?.name ?? '',
    uid: item.metadata?.uid ?? '',
    ...(owner ? { owner } : {}),
    succeeded: complete || (!failed && (item.status?.succeeded ?? 0) > 0 && !(item.status?.active ?? 0)),
    failed: failed !== undefined,
    ...(failed?.reason ? { reason: failed.reason } : {}),
    ...(failed?.message ? { message: failed.message } : {}),
  };
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
