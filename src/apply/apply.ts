import { isDeepStrictEqual } from 'node:util';
import type { Reporter } from '../core/reporter.js';
import { UserError } from '../core/errors.js';
import { ClusterGateway, CrChangedError, unanswered } from './cluster.js';
import {
  RolloutTracker,
  assessLive,
  liveSpecSentence,
  splitUntil,
  type ClusterSnapshot,
  type LiveSpec,
  type RolloutVerdict,
} from './rollout.js';
import { ReadyFailureWatch, assessV2, readV2Status, v2ProgressLine } from './v2-rollout.js';
import { configuredSpec, isV2 } from './v2-spec.js';

/**
 * apply-cr's live half: save the previous CR, apply, wait under one deadline, and roll back by re-applying
 * the previous spec (not `helm rollback`: the operator would re-apply its own desired state on the next
 * reconcile). A failed first install deletes the CR so nothing is left half-made.
 */
export interface ApplyPlan {
  desired: Record<string, unknown>;
  /** What the cluster showed just before (read once for the diff and reused as the baseline); read when absent. */
  before?: ClusterSnapshot;
  /** The live CR before the apply, as the same fields `desired` has; undefined when it does not exist. */
  previous?: Record<string, unknown>;
  timeoutSeconds: number;
  /** Absolute deadline (epoch ms) of the whole step; default: now + timeoutSeconds. */
  deadlineMs?: number;
  /** What a rollback re-applies (the last good spec); default: `previous`. */
  rollbackTo?: Record<string, unknown>;
  /** resourceVersion of the CR the diff was made against: the apply is refused if it changed since. */
  resourceVersion?: string;
  rollbackOnFailure: boolean;
  forceConflicts: boolean;
  pollMs: number;
  /** Told each time the live spec changes (for a cancellation to say what state the CR was left in). */
  onLive?: (live: LiveSpec) => void;
}

export interface ApplyOutcome {
  result: 'applied' | 'rolled-back' | 'failed' | 'rollback-failed';
  message: string;
  operatorMessages: string[];
  waitedSeconds: number;
  /** Which spec is live at the end. */
  live: LiveSpec;
}

/** `live` with its map keys in the order `desired` has them (the API server sorts them), for a readable diff. */
export function alignKeys(live: unknown, desired: unknown): unknown {
  if (Array.isArray(live))
    return live.map((item, i) => alignKeys(item, Array.isArray(desired) ? desired[i] : undefined));
  if (!live || typeof live !== 'object') return live;
  const want = desired && typeof desired === 'object' && !Array.isArray(desired) ? Object.keys(desired) : [];
  const keys = [...want.filter((k) => k in live), ...Object.keys(live).filter((k) => !want.includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of keys)
    out[key] = alignKeys(
      (live as Record<string, unknown>)[key],
      (desired as Record<string, unknown> | undefined)?.[key],
    );
  return out;
}

function managedOnly(live: unknown, desired: unknown): unknown {
  if (!live || typeof live !== 'object' || Array.isArray(live)) return live;
  const keys = desired && typeof desired === 'object' ? Object.keys(desired) : [];
  const kept = Object.entries(live).filter(([key]) => keys.includes(key));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/**
 * The fields of a live object that a configuration controls: what the diff and "no changes" compare. Of the
 * metadata, the keys the configuration sets; of the annotations, only those it names.
 */
export function comparable(
  live: Record<string, unknown>,
  desired: Record<string, unknown>,
): Record<string, unknown> {
  const liveMeta = (live.metadata ?? {}) as Record<string, unknown>;
  const desiredMeta = (desired.metadata ?? {}) as Record<string, unknown>;
  const metadata: Record<string, unknown> = {};
  for (const key of Object.keys(desiredMeta)) if (liveMeta[key] !== undefined) metadata[key] = liveMeta[key];
  // Only the annotations the configuration sets: one it does not (the v2 conversion webhook's
  // legacy.operator.wandb.com/* ones, another tool's) is not this run's to diff, nor to print.
  if (metadata.annotations !== undefined) {
    const managed = managedOnly(metadata.annotations, desiredMeta.annotations);
    if (managed === undefined) delete metadata.annotations;
    else metadata.annotations = managed;
  }
  // A v2 live spec holds the CRD's defaults, filled in by the API server: not differences (src/apply/v2-spec.ts).
  const spec = isV2(desired) ? configuredSpec(live.spec ?? {}, desired) : (live.spec ?? {});
  return alignKeys({ apiVersion: live.apiVersion, kind: live.kind, metadata, spec }, desired) as Record<
    string,
    unknown
  >;
}

/**
 * Whether the live CR already is what the configuration asks for. Nulls count: the API server keeps a `null`
 * under `spec.values` (the CRD preserves unknown fields as they are), and there it removes the chart's default
 * for that key, so a `null` the live CR lacks is a change to apply, not one to ignore.
 */
export function sameConfiguration(
  live: Record<string, unknown> | undefined,
  desired: Record<string, unknown>,
): boolean {
  return live !== undefined && isDeepStrictEqual(comparable(live, desired), desired);
}

/** For the first seconds of a wait, checks come this often whatever `poll-interval` says. */
const FAST_POLL_MS = 250;
const FAST_POLL_WINDOW_MS = 10_000;

/** After a watch reports a change, wait this long for the rest of its burst before looking. */
const SETTLE_MS = 25;

/** Ends a wait between polls early when a watch reports a change (or one came since the last wait). */
export class ChangeSignal {
  private changed = false;
  private wake?: () => void;

  readonly notify = (): void => {
    this.changed = true;
    this.wake?.();
  };

  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.changed = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        setTimeout(done, SETTLE_MS);
      };
      if (this.changed) this.wake();
    });
  }
}

/** Apply time rounded down to the second, since event timestamps have whole seconds. */
function appliedAtNow(): string {
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The wait loop of apply-cr: `look` at the cluster; a string answer means "still waiting" and is printed when
 * it changes; look again at the next change a watch reports or after `interval()`, until `look` answers
 * something else (returned) or `byMs` passes (undefined).
 */
async function waitUntil<T>(
  gateway: ClusterGateway,
  out: Reporter,
  byMs: number,
  interval: () => number,
  look: () => Promise<T | string>,
): Promise<Exclude<T, string> | undefined> {
  const signal = new ChangeSignal();
  const stopWatching = gateway.watchChanges(signal.notify);
  let lastLine = '';
  try {
    for (;;) {
      const answer = await look();
      if (typeof answer !== 'string') return answer as Exclude<T, string>;
      if (answer !== lastLine) out.info(answer);
      lastLine = answer;
      if (Date.now() >= byMs) return undefined;
      await signal.wait(Math.min(interval(), Math.max(1, byMs - Date.now())));
    }
  } finally {
    stopWatching();
  }
}

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0];

/**
 * A v2 CR judged by its status (src/apply/v2-rollout.ts), with the progress line to print: the stores' states
 * and the migration phase. `jobsBefore`: the uids of the migration Jobs there before the apply.
 */
function lookV2(
  snapshot: ClusterSnapshot,
  readyFailures: ReadyFailureWatch,
  jobsBefore?: ReadonlySet<string>,
): { verdict: RolloutVerdict; line: string } {
  if (!snapshot.cr)
    return {
      verdict: { state: 'waiting', pending: ['the CR (it is not in the cluster)'] },
      line: '  waiting for the CR (it is not in the cluster)',
    };
  const status = readV2Status(snapshot.cr, snapshot.migrationJobs ?? []);
  return {
    verdict: assessV2(status, jobsBefore, { watch: readyFailures, nowMs: Date.now() }),
    line: v2ProgressLine(status),
  };
}

async function waitForRollout(
  gateway: ClusterGateway,
  out: Reporter,
  byMs: number,
  pollMs: number,
  before: ClusterSnapshot,
  appliedAt: string,
): Promise<Exclude<RolloutVerdict, { state: 'waiting' }> | { state: 'timeout'; pending: string[] }> {
  const tracker = new RolloutTracker({
    phase: before.phase,
    specActiveVersion: before.specActiveVersion,
    appliedAt,
    eventsBefore: before.events,
  });
  const started = Date.now();
  let pending: string[] = [];
  let unanswered: string | undefined;
  // Most changes roll out within seconds: look often at first, then every `pollMs`.
  // Only when looking is an HTTP request: through kubectl, each look is two processes.
  const fast = gateway.watches ? Math.min(pollMs, FAST_POLL_MS) : pollMs;
  const interval = () => (Date.now() - started < FAST_POLL_WINDOW_MS ? fast : pollMs);
  const v2 = gateway.apiVersion === 'v2';
  let last = '';
  const jobsBefore = new Set((before.migrationJobs ?? []).map((job) => job.uid));
  // A Ready=False failure reason counts once it lasts (src/apply/v2-rollout.ts ReadyFailureWatch).
  const readyFailures = new ReadyFailureWatch(byMs);
  const verdict = await waitUntil(gateway, out, byMs, interval, async () => {
    let now: RolloutVerdict;
    let line: string | undefined;
    try {
      const snapshot = await gateway.snapshot(byMs);
      if (v2) ({ verdict: now, line } = lookV2(snapshot, readyFailures, jobsBefore));
      else now = tracker.observe(snapshot);
      unanswered = undefined;
    } catch (error) {
      // A look the deadline itself cut short says nothing about the cluster: what was pending stays the answer.
      if (Date.now() >= byMs && last) return last;
      // A passing API-server hiccup during the wait is retried until the deadline; never a silent success.
      unanswered = firstLine(error);
      return (last = `  cluster not answering, retrying: ${unanswered}`);
    }
    if (now.state !== 'waiting') return now;
    pending = now.pending;
    return (last = line ?? `  waiting for: ${pending.join('; ')}`);
  });
  if (verdict) return verdict;
  return {
    state: 'timeout',
    pending: unanswered ? [...pending, `the cluster to answer (${unanswered})`] : pending,
  };
}

/**
 * After deleting a CR: waits, until `byMs`, for the operator to remove it (its finalizer uninstalls the Helm
 * release) and for its workloads to go. Returns what is still there.
 */
async function waitForRemoval(
  gateway: ClusterGateway,
  out: Reporter,
  byMs: number,
  pollMs: number,
): Promise<string[]> {
  let left: string[] = [];
  const gone = await waitUntil(
    gateway,
    out,
    byMs,
    () => (gateway.watches ? Math.min(pollMs, FAST_POLL_MS) : pollMs),
    async () => {
      try {
        const now = await gateway.snapshot(byMs);
        left = [
          ...(now.cr ? ['the CR (its finalizer)'] : []),
          ...now.workloads.map((w) => `${w.kind.toLowerCase()}/${w.name}`),
        ];
      } catch (error) {
        left = [`an answer from the cluster (${firstLine(error)})`];
      }
      return left.length === 0 ? true : `  waiting for the operator to remove: ${left.join(', ')}`;
    },
  );
  return gone ? [] : left;
}

/** At the deadline, what the operator has warned about since the apply (nothing when it cannot be read). */
async function warningsSince(gateway: ClusterGateway, appliedAt: string, byMs: number): Promise<string[]> {
  const since = Date.parse(appliedAt);
  try {
    return (await gateway.events(byMs))
      .filter((e) => Date.parse(e.time) >= since && (e.type === 'Warning' || /fail/i.test(e.reason)))
      .map((e) => `${e.reason}: ${e.message}`);
  } catch {
    return [];
  }
}

/**
 * Waits, until `byMs`, for the live CR to be rolled out as it is (nothing applied): the "no changes" check.
 * Fails at once on Invalid Config or a workload that gave up (v2: a failed migration; a Ready=False failure
 * reason once it lasts).
 */
export async function waitForLive(
  gateway: ClusterGateway,
  out: Reporter,
  byMs: number,
  pollMs: number,
): Promise<Exclude<RolloutVerdict, { state: 'waiting' }> | { state: 'timeout'; pending: string[] }> {
  let pending: string[] = [];
  const readyFailures = new ReadyFailureWatch(byMs);
  const verdict = await waitUntil(
    gateway,
    out,
    byMs,
    () => pollMs,
    async () => {
      let now: RolloutVerdict;
      let line: string | undefined;
      try {
        const snapshot = await gateway.snapshot(byMs);
        // Nothing applied: only the migration Jobs the status names count (no "before" to tell new ones by).
        if (gateway.apiVersion === 'v2') ({ verdict: now, line } = lookV2(snapshot, readyFailures));
        else now = assessLive(snapshot);
      } catch (error) {
        pending = [`the cluster to answer (${firstLine(error)})`];
        return `  cluster not answering, retrying: ${firstLine(error)}`;
      }
      if (now.state !== 'waiting') return now;
      pending = now.pending;
      return line ?? `  checking the live rollout, waiting for: ${pending.join('; ')}`;
    },
  );
  return verdict ?? { state: 'timeout', pending };
}

/** Applies with the resourceVersion read; if only the status or metadata changed since, once more with the new one. */
async function applyCarrying(gateway: ClusterGateway, plan: ApplyPlan, byMs: number): Promise<void> {
  try {
    await gateway.apply(plan.desired, {
      forceConflicts: plan.forceConflicts,
      resourceVersion: plan.resourceVersion,
      byMs,
    });
  } catch (error) {
    if (!(error instanceof CrChangedError) || !plan.previous) throw error;
    // The operator writes the status (phase) all the time, which moves the resourceVersion too: that is no
    // change to what this run decided on. Anything else (spec, labels the configuration sets) is refused.
    const now = await gateway.getCr(byMs);
    if (!now || !isDeepStrictEqual(comparable(now.object, plan.desired), plan.previous)) throw error;
    await gateway.apply(plan.desired, {
      forceConflicts: plan.forceConflicts,
      resourceVersion: now.resourceVersion,
      byMs,
    });
  }
}

export async function applyAndWait(
  gateway: ClusterGateway,
  plan: ApplyPlan,
  out: Reporter,
): Promise<ApplyOutcome> {
  const start = Date.now();
  const deadline = plan.deadlineMs ?? start + plan.timeoutSeconds * 1000;
  const { forwardBy, rollbackBy } = splitUntil(start, deadline);
  const waited = () => Math.round((Date.now() - start) / 1000);
  const meta = (plan.desired.metadata ?? {}) as { name?: string; namespace?: string };
  const ref = gateway.target ?? { name: meta.name ?? '<cr>', namespace: meta.namespace ?? '<namespace>' };
  const outcome = (
    result: ApplyOutcome['result'],
    message: string,
    live: LiveSpec,
    operatorMessages: string[] = [],
  ): ApplyOutcome => ({
    result,
    // A rollout that succeeded needs no "live spec / what next" sentence: that is for failures.
    message: result === 'applied' ? message : `${message} ${liveSpecSentence(live, ref)}`,
    operatorMessages,
    waitedSeconds: waited(),
    live,
  });

  const before = plan.before ?? (await gateway.snapshot(forwardBy));
  const appliedAt = appliedAtNow();
  try {
    await applyCarrying(gateway, plan, forwardBy);
  } catch (error) {
    // No answer: the apply may have been stored or not. Anything else was refused: nothing changed.
    if (unanswered(error)) {
      plan.onLive?.('unknown');
      return outcome(
        'failed',
        `The apply got no answer from the API server (${firstLine(error)}).`,
        'unknown',
      );
    }
    throw error;
  }
  plan.onLive?.('new');
  out.info(
    gateway.apiVersion === 'v2'
      ? 'Applied. Waiting for the operator v2: this generation observed, the stores ready, the migration to the pinned version and Ready=True...'
      : 'Applied. Waiting for the operator and the workloads to roll out...',
  );
  const forward = await waitForRollout(gateway, out, forwardBy, plan.pollMs, before, appliedAt);
  if (forward.state === 'succeeded') return outcome('applied', `Rolled out in ${waited()} s.`, 'new');
  const why =
    forward.state === 'timeout'
      ? `Not rolled out within ${Math.round((forwardBy - start) / 1000)} s (the rollout's share of the ${plan.timeoutSeconds} s timeout); still waiting for: ${forward.pending.join('; ')}.`
      : forward.reason;
  const operatorMessages =
    forward.state === 'failed'
      ? forward.operatorMessages
      : await warningsSince(gateway, appliedAt, rollbackBy);
  if (!plan.rollbackOnFailure) {
    return outcome(
      'failed',
      `${why} Rollback is off (rollback-on-failure: false): the new CR stays applied.`,
      'new',
      operatorMessages,
    );
  }

  if (!plan.previous) {
    out.info('First install failed: deleting the CR so that nothing is left half-made...');
    try {
      await gateway.deleteCr(rollbackBy);
    } catch (error) {
      if (!unanswered(error)) throw error;
      plan.onLive?.('unknown');
      return outcome(
        'rollback-failed',
        `${why} Deleting the new CR got no answer (${firstLine(error)}).`,
        'unknown',
        operatorMessages,
      );
    }
    plan.onLive?.('none');
    const left = await waitForRemoval(gateway, out, rollbackBy, plan.pollMs);
    if (gateway.apiVersion === 'v2')
      return outcome('rolled-back', `${why} ${v2Removal(plan.desired, left)}`, 'none', operatorMessages);
    return outcome(
      'rolled-back',
      left.length === 0
        ? `${why} This was the first install: the CR was deleted and the operator has removed what it had installed.`
        : `${why} This was the first install: the CR was deleted; still there at the deadline: ${left.join(', ')} (the operator removes them when it handles the deletion).`,
      'none',
      operatorMessages,
    );
  }
  const target = plan.rollbackTo ?? plan.previous;
  out.info(
    `Rolling back: re-applying the ${plan.rollbackTo ? 'last good spec (recorded when it last rolled out)' : 'previous CR'}...`,
  );
  let back: Awaited<ReturnType<typeof waitForRollout>>;
  try {
    const beforeRollback = await gateway.snapshot(rollbackBy);
    const rollbackAt = appliedAtNow();
    await gateway.apply(target, { forceConflicts: true, byMs: rollbackBy });
    plan.onLive?.('previous');
    back = await waitForRollout(gateway, out, rollbackBy, plan.pollMs, beforeRollback, rollbackAt);
  } catch (error) {
    if (!unanswered(error) && !(error as Error).name?.startsWith('KubeApi')) throw error;
    // The snapshot or the re-apply got no answer: the new spec may still be the one stored.
    plan.onLive?.('unknown');
    return outcome(
      'rollback-failed',
      `${why} The rollback got no answer from the API server (${firstLine(error)}).`,
      'unknown',
      operatorMessages,
    );
  }
  if (back.state === 'succeeded') {
    return outcome(
      'rolled-back',
      `${why} Rolled back, and the previous spec is rolled out again.`,
      'previous',
      operatorMessages,
    );
  }
  const backWhy = back.state === 'timeout' ? `still waiting for: ${back.pending.join('; ')}` : back.reason;
  return outcome(
    'rollback-failed',
    `${why} The previous spec was re-applied but did not roll out either (${backWhy}). The cluster needs attention.`,
    'previous',
    operatorMessages,
  );
}

/**
 * What a deleted first v2 install leaves: the v2 operator keeps or removes the stores it made by the CR's
 * `retentionPolicy.onDelete` (default `detach`: kept, with their data), so "nothing left" is not ours to claim.
 */
function v2Removal(desired: Record<string, unknown>, left: string[]): string {
  const policy = String(
    (
      (desired.spec as Record<string, unknown> | undefined)?.retentionPolicy as
        Record<string, unknown> | undefined
    )?.onDelete ?? 'detach',
  );
  const gone =
    left.length === 0
      ? 'the CR was deleted'
      : `the CR was deleted; still there at the deadline: ${left.join(', ')}`;
  const stores =
    policy === 'detach'
      ? "With retentionPolicy.onDelete 'detach' the operator leaves the stores it made (and their data) in place: delete them yourself if this install should leave nothing."
      : `The operator handles the stores it made by retentionPolicy.onDelete '${policy}'.`;
  return `This was the first install: ${gone}. ${stores}`;
}

export function appVersion(cr: Record<string, unknown> | undefined): string {
  // A v2 CR pins its version in spec.wandb.version; it has no Helm values.
  if (isV2(cr)) {
    const version = ((cr?.spec as Record<string, unknown>)?.wandb as Record<string, unknown> | undefined)
      ?.version;
    return typeof version === 'string' || typeof version === 'number' ? String(version) : '';
  }
  const tag = (
    (
      ((cr?.spec as Record<string, unknown>)?.values as Record<string, unknown>)?.app as Record<
        string,
        unknown
      >
    )?.image as Record<string, unknown>
  )?.tag;
  return typeof tag === 'string' || typeof tag === 'number' ? String(tag) : '';
}

export function assertSameTarget(desired: Record<string, unknown>): { name: string; namespace: string } {
  const metadata = (desired.metadata ?? {}) as { name?: string; namespace?: string };
  if (!metadata.name || !metadata.namespace)
    throw new UserError('The CR has no metadata.name or metadata.namespace.');
  return { name: metadata.name, namespace: metadata.namespace };
}
