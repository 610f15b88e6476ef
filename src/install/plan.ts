/**
 * What install-operator does to the operator's Helm release, decided from what the cluster has and what the
 * inputs ask: install, upgrade, downgrade, reconfigure (same chart, other values) or nothing; which earlier
 * values are kept; and, when the change fails, how to undo it. Pure: no I/O.
 */
import { UsageError } from '../core/inputs.js';
import semver from 'semver';
import { canonicalJson, changedPaths, isSetAt, leafPaths, mergeValues, type Values } from './values.js';

export type InstallAction = 'install' | 'upgrade' | 'downgrade' | 'reconfigure' | 'none';

/** The release as helm lists it, as far as planning needs it. */
export interface ReleaseSnapshot {
  revision: number;
  status: string;
  chartVersion: string;
}

export interface PlanInput {
  previous?: ReleaseSnapshot;
  /** The values the user gave the release so far (`helm get values`), {} before a first install. */
  previousValues: Values;
  /** Values from the `values` files, merged in order. */
  files: Values;
  /** Values the other inputs set (image, air-gapped, CA certificates). */
  inputs: Values;
  /** The chart version to run. */
  version: string;
  allowDowngrade: boolean;
}

export interface InstallPlan {
  action: InstallAction;
  version: string;
  /** The values helm gets: the earlier ones with this run's files and inputs laid over them. */
  values: Values;
  /** Leaf paths whose value changes. */
  changed: string[];
  /** Leaf paths of the earlier values that this run does not set, and so keeps. */
  kept: string[];
  /** true when the release had values of its own before this run. */
  hadValues: boolean;
  previous?: ReleaseSnapshot;
}

export function planInstall(input: PlanInput): InstallPlan {
  const { previous, previousValues, version } = input;
  const given = mergeValues(input.files, input.inputs);
  // Earlier values are kept: this run's files and inputs are laid over what the release already has, so a
  // rerun that only changes the chart version does not lose the proxy or the image settings given before.
  const values = mergeValues(previousValues, given);
  if (!previous) {
    return { action: 'install', version, values, changed: leafPaths(values), kept: [], hadValues: false };
  }
  const kept = leafPaths(previousValues).filter((path) => !isSetAt(given, path));
  const changed = changedPaths(previousValues, values);
  const hadValues = Object.keys(previousValues).length > 0;
  const base = { version, values, changed, kept, hadValues, previous };
  if (isDowngrade(previous.chartVersion, version)) {
    if (!input.allowDowngrade) {
      throw new UsageError(
        `This is a downgrade: release at operator chart ${previous.chartVersion} (revision ${previous.revision}), and ${version} was asked for. Nothing was changed.`,
        "Set 'allow-downgrade: true' (CLI: --allow-downgrade) if you mean to go back, after checking that the older controller reads the CRs this cluster holds; otherwise set 'chart-version' to " +
          `${previous.chartVersion} or newer.`,
      );
    }
    return { ...base, action: 'downgrade' };
  }
  if (previous.chartVersion !== version) return { ...base, action: 'upgrade' };
  if (previous.status !== 'deployed' || canonicalJson(previousValues) !== canonicalJson(values)) {
    return { ...base, action: 'reconfigure' };
  }
  return { ...base, action: 'none', changed: [] };
}

/** true when `to` is an older chart version than `from` (semver, so 1.4.8-rc.1 is older than 1.4.8). */
export function isDowngrade(from: string, to: string): boolean {
  const a = semver.parse(from, true) ?? semver.coerce(from);
  const b = semver.parse(to, true) ?? semver.coerce(to);
  if (!a || !b) return false;
  return semver.lt(b, a);
}

/** A revision as `helm history -o json` lists it. */
export interface HistoryEntry {
  revision: number;
  status: string;
  chart: string;
  description?: string;
}

export type Undo =
  /** Nothing to undo: helm recorded no new revision (the cluster is as it was). */
  | { kind: 'none'; reason: string }
  /** `helm rollback` to this revision (the one that ran before this run). */
  | { kind: 'rollback'; revision: number; chart: string }
  /** `helm uninstall`: this run's first install failed. */
  | { kind: 'uninstall' }
  /** The change cannot be undone by this step (no earlier revision ever worked). */
  | { kind: 'stuck'; reason: string };

/**
 * How to undo a failed change, from the release before it and the release history after it. A first install
 * is removed. An upgrade, downgrade or reconfiguration goes back to the revision that ran before, or, when that
 * one had itself failed, to the newest revision that was ever deployed before it.
 */
export function undoFor(
  before: ReleaseSnapshot | undefined,
  history: HistoryEntry[],
  /** What this run knows it made: the revision helm reported, or that helm refused (another operation). */
  made: { revision?: number; otherOperation?: boolean } = {},
): Undo {
  const latest = [...history].sort((a, b) => b.revision - a.revision)[0];
  // Another run's change is not ours to undo: helm refused this one, or the release moved past our revision.
  if (made.otherOperation) {
    return {
      kind: 'none',
      reason: 'helm refused the change because another operation on the release is in progress',
    };
  }
  if (made.revision !== undefined && latest && latest.revision !== made.revision) {
    return {
      kind: 'stuck',
      reason: `the release changed after this run's revision ${made.revision} (now revision ${latest.revision}): another run is at work`,
    };
  }
  if (!latest) {
    return before
      ? { kind: 'stuck', reason: 'the release history cannot be read' }
      : { kind: 'none', reason: 'helm recorded no release' };
  }
  if (before && latest.revision <= before.revision) {
    return {
      kind: 'none',
      reason: `helm recorded no new revision (the release is still at revision ${before.revision})`,
    };
  }
  if (!before) return { kind: 'uninstall' };
  const worked = (entry: HistoryEntry) => entry.status === 'deployed' || entry.status === 'superseded';
  const target =
    history.find((entry) => entry.revision === before.revision && before.status === 'deployed') ??
    [...history]
      .filter((entry) => entry.revision < latest.revision && worked(entry))
      .sort((a, b) => b.revision - a.revision)[0];
  if (!target) return { kind: 'stuck', reason: 'no earlier revision of the release was ever deployed' };
  return { kind: 'rollback', revision: target.revision, chart: target.chart };
}

/**
 * The part of `timeout` kept for undoing a failed change (`timeout` says "rollback included"): a quarter, at
 * least 4 s and at most 60 s. A rollback or uninstall is a few API calls; the rest is for the rollout.
 */
export function rollbackReserveMs(timeoutSeconds: number): number {
  return Math.min(60_000, Math.max(4_000, Math.round((timeoutSeconds * 1000) / 4)));
}

/** The shortest `timeout` that leaves room for a rollout and its undo. */
export const MIN_TIMEOUT_SECONDS = 10;
