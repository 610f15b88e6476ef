/**
 * When is an `apps.wandb.com/v2` change rolled out? Pure evaluation of what the cluster shows.
 *
 * The v2 operator reports its work in the CR's status (operator-v2 facts): `observedGeneration`, a standard
 * `Ready` condition, `wandb.migration {version, lastSuccessVersion, ready, phase, reason, jobs}` and a state
 * per store. Rolled out means all of:
 * - the operator has taken this generation (`status.observedGeneration == metadata.generation`): before that,
 *   every other field describes the previous spec;
 * - `Ready` is True for this generation (the condition's own observedGeneration, when it has one);
 * - the migration is done for the pinned version (`spec.wandb.version`): its status is about that version,
 *   ready, and its phase a finished one (src/kube/v2-migration.ts, the predicate verify uses too);
 * - the migration Jobs (`app.kubernetes.io/component=migration`) in the namespace have finished.
 * It failed when the migration phase is Failed or a migration Job of this rollout failed (at once), or when
 * `Ready` is False with a reason that says a failure and stays so (ReadyFailureWatch: a passing
 * `ReconcileError` is no reason to roll back). The v2 operator has no Helm release and no `<cr>-spec-active`: none of
 * v1's signals apply.
 */
import type { RolloutVerdict } from './rollout.js';
import { migrationDoneFor } from '../kube/v2-migration.js';

type Json = Record<string, unknown>;

/** A migration Job as read from the cluster (batch/v1 Job labelled app.kubernetes.io/component=migration). */
export interface MigrationJobState {
  name: string;
  uid: string;
  /** The W&B CR it belongs to, from an ownerReference or the app.kubernetes.io/instance label, when it says. */
  owner?: string;
  /** The Job's `Complete` condition is True (or status.succeeded > 0 with no active pod). */
  succeeded: boolean;
  /** The Job's `Failed` condition is True: it will not try again. */
  failed: boolean;
  reason?: string;
  message?: string;
}

export interface V2Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

export interface StoreState {
  /** As a user reads it: `MySQL`, `object store`, or `MySQL analytics` for an instance not named default. */
  label: string;
  /** The operator's word (`Ready`, `Provisioning`...), or `no status yet`. */
  state: string;
  ready: boolean;
}

export interface MigrationState {
  version?: string;
  lastSuccessVersion?: string;
  ready?: boolean;
  phase?: string;
  reason?: string;
  /** `status.wandb.migration.jobs`: the Jobs of the migration the status is about. */
  jobs: Array<{
    key: string;
    name?: string;
    phase?: string;
    failed?: boolean;
    reason?: string;
    message?: string;
  }>;
}

/** The v2 status of one CR, read into the fields the decisions need. */
export interface V2Status {
  name: string;
  generation: number;
  observedGeneration?: number;
  /** `spec.wandb.version`: the version the CR pins. */
  pinned: string;
  ready?: V2Condition;
  migration: MigrationState;
  stores: StoreState[];
  /** The namespace's migration Jobs that are not another CR's. */
  jobs: MigrationJobState[];
}

/** The stores of the v2 spec, their status field and how a user names them (the CRD's printer columns). */
const STORES: Array<{ key: string; status: string; label: string; instances: boolean }> = [
  { key: 'mysql', status: 'mysqlStatus', label: 'MySQL', instances: true },
  { key: 'redis', status: 'redisStatus', label: 'Redis', instances: true },
  { key: 'kafka', status: 'kafkaStatus', label: 'Kafka', instances: false },
  { key: 'objectStore', status: 'objectStoreStatus', label: 'object store', instances: true },
  { key: 'clickhouse', status: 'clickhouseStatus', label: 'ClickHouse', instances: true },
];

const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const int = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function storeState(label: string, status: Json | undefined): StoreState {
  if (!status) return { label, state: 'no status yet', ready: false };
  const ready = status.ready === true;
  return { label, state: text(status.state) ?? (ready ? 'Ready' : 'not ready'), ready };
}

/** The stores the spec names or the status reports, each instance on its own. */
function readStores(spec: Json, status: Json): StoreState[] {
  const out: StoreState[] = [];
  for (const store of STORES) {
    const inSpec = spec[store.key] !== undefined;
    const reported = status[store.status];
    if (!inSpec && reported === undefined) continue;
    if (!store.instances) {
      out.push(storeState(store.label, reported === undefined ? undefined : obj(reported)));
      continue;
    }
    const names = [...new Set([...Object.keys(obj(spec[store.key])), ...Object.keys(obj(reported))])];
    for (const name of names) {
      const label = names.length === 1 && name === 'default' ? store.label : `${store.label} ${name}`;
      const instance = obj(reported)[name];
      out.push(storeState(label, instance === undefined ? undefined : obj(instance)));
    }
  }
  return out;
}

/** Pure: the v2 status of `cr` and the migration Jobs of its namespace (other CRs' Jobs are left out). */
export function readV2Status(cr: Json, jobs: MigrationJobState[]): V2Status {
  const metadata = obj(cr.metadata);
  const spec = obj(cr.spec);
  const status = obj(cr.status);
  const name = String(metadata.name ?? '');
  const conditions = Array.isArray(status.conditions) ? (status.conditions as unknown[]).map(obj) : [];
  const ready = conditions.find((c) => c.type === 'Ready');
  const migration = obj(obj(status.wandb).migration);
  return {
    name,
    generation: int(metadata.generation) ?? 0,
    observedGeneration: int(status.observedGeneration),
    pinned: String(obj(spec.wandb).version ?? ''),
    ...(ready
      ? {
          ready: {
            type: 'Ready',
            status: String(ready.status ?? 'Unknown'),
            reason: text(ready.reason),
            message: text(ready.message),
            observedGeneration: int(ready.observedGeneration),
          },
        }
      : {}),
    migration: {
      version: text(migration.version),
      lastSuccessVersion: text(migration.lastSuccessVersion),
      ready: typeof migration.ready === 'boolean' ? migration.ready : undefined,
      phase: text(migration.phase),
      reason: text(migration.reason),
      jobs: Object.entries(obj(migration.jobs)).map(([key, value]) => {
        const job = obj(value);
        return {
          key,
          name: text(job.name),
          phase: text(job.phase),
          failed: job.failed === true,
          reason: text(job.reason),
          message: text(job.message),
        };
      }),
    },
    stores: readStores(spec, status),
    jobs: jobs.filter((job) => job.owner === undefined || job.owner === name),
  };
}

/**
 * `Ready=False` reasons that say the rollout failed rather than that it is still under way (`Reconciling`,
 * `InfrastructureNotReady`, `Progressing`...). The operator's reasons are CamelCase words; these are the words
 * that mean it stopped trying.
 */
const FAILURE_REASON = /fail|error|invalid|backofflimit|deadlineexceeded/i;

export function isFailureReason(reason: string | undefined): boolean {
  return reason !== undefined && FAILURE_REASON.test(reason);
}

/**
 * How long a `Ready=False` with a failure reason must last before it counts as the rollout's failure. An
 * operator sets `ReconcileError` for a passing conflict or API hiccup and clears it on the next reconcile;
 * rolling back on the first sight of it would undo a change that was going to work. So it is final only when
 * the same reason (for the same generation) was seen in `looks` consecutive looks spanning `graceMs`, the span
 * capped at half the time left to the deadline from its first sight, so a lasting failure is still reported
 * as one (with time for the rollback) rather than as a timeout. A migration phase Failed and a failed
 * migration Job of this rollout say the migration stopped: those stay final at once.
 */
export const READY_FAILURE_GRACE_MS = 30_000;
export const READY_FAILURE_LOOKS = 3;

export interface ReadyFailureJudgement {
  final: boolean;
  /** How long the same reason has been seen, for the messages. */
  forMs: number;
  /** The span it must last (the grace, capped by the deadline). */
  needMs: number;
}

/** Pure apart from the time it is given: remembers the run of looks with the same failure reason. */
export class ReadyFailureWatch {
  private run?: { key: string; firstMs: number; looks: number };

  constructor(
    private readonly byMs: number = Number.POSITIVE_INFINITY,
    private readonly graceMs = READY_FAILURE_GRACE_MS,
    private readonly looks = READY_FAILURE_LOOKS,
  ) {}

  /** A look saw `Ready=False` with this failure reason for this generation, at `nowMs`. */
  saw(generation: number, reason: string, nowMs: number): ReadyFailureJudgement {
    const key = `${generation}/${reason}`;
    if (this.run?.key !== key) this.run = { key, firstMs: nowMs, looks: 0 };
    this.run.looks += 1;
    const forMs = nowMs - this.run.firstMs;
    const needMs = Math.min(this.graceMs, Math.max(0, (this.byMs - this.run.firstMs) / 2));
    return { final: this.run.looks >= this.looks && forMs >= needMs, forMs, needMs };
  }

  /** A look saw no such failure: the run starts over. */
  clear(): void {
    this.run = undefined;
  }
}

/** The operator has taken this generation: the rest of the status is about the live spec. */
export function observed(s: V2Status): boolean {
  return s.observedGeneration !== undefined && s.observedGeneration === s.generation;
}

/** The Ready condition, when it speaks of this generation. */
function currentReady(s: V2Status): V2Condition | undefined {
  const c = s.ready;
  if (!c) return undefined;
  return c.observedGeneration === undefined || c.observedGeneration === s.generation ? c : undefined;
}

/** The migration is done for the pinned version: the predicate verify uses too (src/kube/v2-migration.ts). */
export function migrationReady(s: V2Status): boolean {
  return migrationDoneFor({ ...s.migration, pinned: s.pinned }).done;
}

/** `status.wandb.migration` is about the pinned version (or says no version at all). */
function migrationIsForPin(s: V2Status): boolean {
  return s.migration.version === undefined || s.migration.version === s.pinned;
}

/**
 * Which failed Jobs are this rollout's: those the status names for the pinned version's migration, and those
 * that were not there before the apply (`before`: their uids). A Job that failed in an earlier rollout (say,
 * the one a rollback undid) is finished and no longer anyone's failure; counting it would fail every apply
 * after it.
 */
function failedJobs(s: V2Status, before?: ReadonlySet<string>): MigrationJobState[] {
  const named = new Set(
    migrationIsForPin(s) ? s.migration.jobs.map((j) => j.name).filter((n): n is string => !!n) : [],
  );
  return s.jobs.filter(
    (job) => job.failed && (named.has(job.name) || (before !== undefined && !before.has(job.uid))),
  );
}

function said(c: { reason?: string; message?: string }): string {
  return [c.reason, c.message].filter(Boolean).join(': ');
}

/**
 * Pure: the verdict on a v2 CR as it is now. `jobsBefore` holds the uids of the migration Jobs that were there
 * before this run applied (undefined when nothing was applied: then only the Jobs the status names count).
 */
export function assessV2(
  s: V2Status,
  jobsBefore?: ReadonlySet<string>,
  readyFailures?: { watch: ReadyFailureWatch; nowMs: number },
): RolloutVerdict {
  if (!observed(s)) {
    readyFailures?.watch.clear();
    return {
      state: 'waiting',
      pending: [
        `the operator to take generation ${s.generation} (${s.observedGeneration === undefined ? 'no status yet' : `its status is for generation ${s.observedGeneration}`})`,
      ],
    };
  }
  const ready = currentReady(s);
  const m = s.migration;
  const jobs = failedJobs(s, jobsBefore);
  // The Job objects say why first (the operator writes its status after it has seen them); the status's own
  // account of a Job it names adds nothing when the Job itself was quoted.
  const operatorMessages = [
    ...(ready && ready.status !== 'True' && (ready.reason || ready.message)
      ? [`Ready=${ready.status}: ${said(ready)}`]
      : []),
    ...jobs.map((j) => `Job ${j.name}: ${said(j) || 'failed'}`),
    ...m.jobs
      .filter((j) => (j.failed || j.reason) && !jobs.some((job) => job.name === j.name))
      .map((j) => `Job ${j.name ?? j.key}: ${said(j) || j.phase || 'failed'}`),
  ];
  if (m.phase === 'Failed' && migrationIsForPin(s)) {
    return {
      state: 'failed',
      reason: `The migration to ${s.pinned} failed (phase Failed${m.reason ? `, ${m.reason}` : ''}).`,
      operatorMessages,
    };
  }
  if (jobs.length > 0) {
    const names = jobs.map((j) => `job/${j.name}${said(j) ? ` (${said(j)})` : ''}`).join(', ');
    return {
      state: 'failed',
      reason: `The migration to ${s.pinned} failed: ${names}.`,
      operatorMessages,
    };
  }
  // Without a watch (a single look), a failure reason is final at once.
  let lasting = '';
  if (ready?.status === 'False' && isFailureReason(ready.reason)) {
    const seen = readyFailures?.watch.saw(s.generation, ready.reason ?? '', readyFailures.nowMs);
    if (!seen || seen.final) {
      const span = seen ? ` (for ${Math.round(seen.forMs / 1000)} s, over several looks)` : '';
      return {
        state: 'failed',
        reason: `The operator set Ready=False: ${said(ready)}${span}.`,
        operatorMessages,
      };
    }
    lasting = `; a failure if it lasts ${Math.round(seen.needMs / 1000)} s, seen for ${Math.round(seen.forMs / 1000)} s`;
  } else readyFailures?.watch.clear();

  const pending: string[] = [];
  if (ready?.status !== 'True')
    pending.push(
      `Ready=True (now ${ready ? `${ready.status}${said(ready) ? `, ${said(ready)}` : ''}` : 'no Ready condition for this generation'}${lasting})`,
    );
  if (!migrationReady(s))
    pending.push(
      `the migration to ${s.pinned || '(no version pinned)'} (phase ${m.phase ?? 'not started'}${m.reason ? `, ${m.reason}` : ''}${m.version && m.version !== s.pinned ? `, for ${m.version}` : ''})`,
    );
  for (const job of s.jobs) if (!job.succeeded && !job.failed) pending.push(`job/${job.name} to finish`);
  if (pending.length > 0)
    for (const store of s.stores) if (!store.ready) pending.push(`${store.label} ${store.state}`);
  return pending.length === 0 ? { state: 'succeeded' } : { state: 'waiting', pending };
}

/**
 * Pure: the progress line of a v2 rollout: the stores' states and the migration phase, as the CRD's printer
 * columns show them. It changes only when one of them does, so the wait prints it on change, not every poll.
 */
export function v2ProgressLine(s: V2Status): string {
  if (!observed(s))
    return `  waiting for the operator to take generation ${s.generation} (${s.observedGeneration === undefined ? 'no status yet' : `its status is for generation ${s.observedGeneration}`})`;
  const stores = s.stores.length
    ? s.stores.map((store) => `${store.label} ${store.state}`).join(', ')
    : 'no stores';
  const m = s.migration;
  const migration = `migration ${m.phase ?? 'not started'}${m.reason ? ` (${m.reason})` : ''}`;
  const running = s.jobs.filter((j) => !j.succeeded && !j.failed).map((j) => `job/${j.name} running`);
  const ready = s.ready
    ? `Ready ${s.ready.status}${s.ready.reason ? ` (${s.ready.reason})` : ''}`
    : 'Ready unset';
  return `  ${stores}; ${[migration, ...running].join(', ')}; ${ready}`;
}
