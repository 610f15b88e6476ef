/**
 * When is a WeightsAndBiases change rolled out? Pure evaluation of what the cluster shows.
 *
 * The v1 operator has no observedGeneration and no conditions (facts 1.1-1.2), so "the operator has taken
 * this change" is inferred from two signals: the `<cr>-spec-active` Secret changed after our apply (the
 * operator writes it after a successful Helm apply), the phase went through `Loading`, or the phase changed at
 * all after our apply.
 * `Completed` alone is not readiness: the operator's Helm apply does not wait for pods, so every Deployment
 * and StatefulSet labelled `app.kubernetes.io/instance=<cr>` must also be rolled out.
 */

import type { MigrationJobState } from './v2-rollout.js';

export interface WorkloadState {
  kind: 'Deployment' | 'StatefulSet';
  name: string;
  generation: number;
  observedGeneration: number;
  replicas: number;
  /** status.replicas: every pod of the workload, old and new; above `updatedReplicas` while old pods remain. */
  currentReplicas: number;
  updatedReplicas: number;
  readyReplicas: number;
  availableReplicas: number;
  /** Set when Kubernetes has given up (Deployment condition Progressing=False, ProgressDeadlineExceeded). */
  failedReason?: string;
}

export interface OperatorEvent {
  reason: string;
  message: string;
  type: string;
  /** ISO time of the event's last occurrence. */
  time: string;
}

export interface ClusterSnapshot {
  /** The CR as the API server has it; undefined when it does not exist. */
  cr?: Record<string, unknown>;
  phase?: string;
  /** resourceVersion of `<cr>-spec-active`, undefined when the Secret does not exist. */
  specActiveVersion?: string;
  workloads: WorkloadState[];
  events: OperatorEvent[];
  /** Pods of the CR that are not starting, e.g. `pod/wandb-app-7d9f: ImagePullBackOff`. */
  podProblems?: string[];
  /** v2 only: the migration Jobs of the CR's namespace (src/apply/v2-rollout.ts). */
  migrationJobs?: MigrationJobState[];
}

export interface RolloutBaseline {
  phase?: string;
  specActiveVersion?: string;
  /** ISO time of the apply; events at or after it belong to this change. */
  appliedAt: string;
  /**
   * Events already there before the apply. Event times have whole seconds, so an earlier failure in the same
   * second as the apply (a rollback right after a failed change) would otherwise count as this change's.
   */
  eventsBefore?: OperatorEvent[];
}

export type RolloutVerdict =
  | { state: 'waiting'; pending: string[] }
  | { state: 'succeeded' }
  | { state: 'failed'; reason: string; operatorMessages: string[] };

export const INVALID_CONFIG = 'Invalid Config';

export function workloadReady(w: WorkloadState): boolean {
  return (
    w.observedGeneration >= w.generation &&
    w.updatedReplicas >= w.replicas &&
    w.currentReplicas <= w.updatedReplicas &&
    w.readyReplicas >= w.replicas &&
    (w.kind === 'StatefulSet' || w.availableReplicas >= w.replicas)
  );
}

function describeWorkload(w: WorkloadState): string {
  const old = w.currentReplicas - w.updatedReplicas;
  return `${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready, ${w.updatedReplicas} updated${old > 0 ? `, ${old} old` : ''}`;
}

/** Tracks what has been seen across polls; `observe` returns the verdict for the newest snapshot. */
export class RolloutTracker {
  private sawLoading = false;
  /** The apply as an instant: event times come with and without fractions of a second. */
  private readonly since: number;
  private readonly seen: Set<string>;

  constructor(private readonly baseline: RolloutBaseline) {
    this.since = Date.parse(baseline.appliedAt);
    this.seen = new Set((baseline.eventsBefore ?? []).map(eventKey));
  }

  observe(now: ClusterSnapshot): RolloutVerdict {
    if (now.phase === 'Loading') this.sawLoading = true;
    const recentEvents = now.events.filter(
      (e) => Date.parse(e.time) >= this.since && !this.seen.has(eventKey(e)),
    );
    const failedEvents = recentEvents.filter((e) => e.type === 'Warning' || /fail/i.test(e.reason));
    const activeChanged =
      now.specActiveVersion !== undefined && now.specActiveVersion !== this.baseline.specActiveVersion;
    // A rollback to the spec the operator last applied makes it answer "No changes found" and go straight to
    // Completed: no Loading, no new spec-active. A phase change after our apply is also the operator's answer.
    const phaseChanged = now.phase !== undefined && now.phase !== this.baseline.phase;
    const taken = activeChanged || this.sawLoading || phaseChanged || failedEvents.length > 0;

    // Invalid Config counts as this change's failure only once the operator has reacted to it; a CR that was
    // already invalid before the apply stays "waiting" until an event or a phase transition says more.
    const freshInvalid =
      now.phase === INVALID_CONFIG &&
      (this.baseline.phase !== INVALID_CONFIG || this.sawLoading || failedEvents.length > 0);
    if (freshInvalid) {
      return {
        state: 'failed',
        reason: `The operator set phase '${INVALID_CONFIG}'.`,
        operatorMessages: failedEvents.map((e) => `${e.reason}: ${e.message}`),
      };
    }
    const broken = now.workloads.filter((w) => w.failedReason);
    if (taken && broken.length > 0) {
      return {
        state: 'failed',
        reason: `Workloads failed to roll out: ${broken.map((w) => `${w.kind.toLowerCase()}/${w.name} (${w.failedReason})`).join(', ')}.`,
        operatorMessages: failedEvents.map((e) => `${e.reason}: ${e.message}`),
      };
    }

    const pending: string[] = [];
    if (!taken) pending.push('the operator to take the change (spec-active Secret or phase Loading)');
    if (now.phase !== 'Completed') pending.push(`phase Completed (now ${now.phase ?? 'unset'})`);
    if (now.workloads.length === 0) pending.push(`workloads labelled app.kubernetes.io/instance to appear`);
    for (const w of now.workloads) if (!workloadReady(w)) pending.push(describeWorkload(w));
    if (pending.length > 0) pending.push(...(now.podProblems ?? []));
    return pending.length === 0 ? { state: 'succeeded' } : { state: 'waiting', pending };
  }
}

function eventKey(e: OperatorEvent): string {
  return JSON.stringify([e.type, e.reason, e.message, e.time]);
}

/** How the shared deadline is split: the forward rollout gets this share, the rollback the rest. */
export const FORWARD_SHARE = 0.6;

export function splitDeadline(
  startMs: number,
  timeoutSeconds: number,
): { forwardBy: number; rollbackBy: number } {
  const total = timeoutSeconds * 1000;
  return { forwardBy: startMs + Math.floor(total * FORWARD_SHARE), rollbackBy: startMs + total };
}

/**
 * Pure: is the CR, as it is now, rolled out? For a run that has nothing to apply ("no changes"): the spec may
 * match while the operator failed it (Invalid Config), a workload gave up, or the rollout never finished.
 */
export function assessLive(now: ClusterSnapshot): RolloutVerdict {
  if (now.phase === INVALID_CONFIG) {
    const said = now.events.filter((e) => e.type === 'Warning' || /fail/i.test(e.reason));
    return {
      state: 'failed',
      reason: `The operator has phase '${INVALID_CONFIG}' for it.`,
      operatorMessages: said.slice(-3).map((e) => `${e.reason}: ${e.message}`),
    };
  }
  const broken = now.workloads.filter((w) => w.failedReason);
  if (broken.length > 0) {
    return {
      state: 'failed',
      reason: `Workloads failed to roll out: ${broken.map((w) => `${w.kind.toLowerCase()}/${w.name} (${w.failedReason})`).join(', ')}.`,
      operatorMessages: [],
    };
  }
  const pending: string[] = [];
  if (now.phase !== 'Completed') pending.push(`phase Completed (now ${now.phase ?? 'unset'})`);
  if (now.workloads.length === 0) pending.push('workloads labelled app.kubernetes.io/instance to appear');
  for (const w of now.workloads) if (!workloadReady(w)) pending.push(describeWorkload(w));
  if (pending.length > 0) pending.push(...(now.podProblems ?? []));
  return pending.length === 0 ? { state: 'succeeded' } : { state: 'waiting', pending };
}

/**
 * As splitDeadline, with an absolute `deadlineMs` (the step's start + its timeout): what was spent before the
 * apply (validation, render, reads) comes out of the same budget, so the step ends by its deadline.
 */
export function splitUntil(startMs: number, deadlineMs: number): { forwardBy: number; rollbackBy: number } {
  const total = Math.max(0, deadlineMs - startMs);
  return {
    forwardBy: startMs + Math.floor(total * FORWARD_SHARE),
    rollbackBy: Math.max(startMs, deadlineMs),
  };
}

/** The smallest `timeout` apply-cr takes with rollback on: room for a rollout, a re-apply and a few reads. */
export const MIN_TIMEOUT_SECONDS = 10;

/** Pure: the `timeout` input, checked; an error message when it is not usable. */
export function timeoutProblem(seconds: number, rollbackOnFailure: boolean): string | undefined {
  if (!Number.isFinite(seconds) || seconds <= 0)
    return `'timeout' must be a positive number of seconds (got ${seconds}).`;
  if (rollbackOnFailure && seconds < MIN_TIMEOUT_SECONDS)
    return (
      `'timeout' ${seconds} s leaves no room for a rollback: with 'rollback-on-failure' it must be at least ` +
      `${MIN_TIMEOUT_SECONDS} s (${Math.round(FORWARD_SHARE * 100)}% goes to the rollout, the rest to the rollback).`
    );
  return undefined;
}

/** Which spec the cluster is left with: what a failure, a deadline or a cancellation must always say. */
export type LiveSpec = 'new' | 'previous' | 'none' | 'unknown';

/** Pure: the sentence that names the live spec, and what to run next. */
export function liveSpecSentence(live: LiveSpec, ref: { name: string; namespace: string }): string {
  const check = `kubectl get weightsandbiases ${ref.name} -n ${ref.namespace} -o yaml`;
  switch (live) {
    case 'new':
      return `Live spec: the NEW one (it stays applied). Next: fix the configuration and run apply-cr again; a rerun checks the rollout and, with rollback-on-failure, goes back to the last good spec.`;
    case 'previous':
      return `Live spec: the PREVIOUS one (the new spec is not applied). Next: fix the configuration and run apply-cr again.`;
    case 'none':
      return `Live spec: none (the CR does not exist). Next: fix the configuration and run apply-cr again.`;
    case 'unknown':
      return `Live spec: UNKNOWN (a write got no answer before the deadline: it may or may not have reached the API server). Next: when the cluster answers, see what is there with '${check}', then run apply-cr again: it diffs against what is live and, with rollback-on-failure, rolls back to the last good spec if the live one is failing.`;
  }
}
