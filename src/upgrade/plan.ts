import type { SupportDecision } from '../releases/types.js';

/**
 * Upgrade planning (pure): from the support decision and what GitHub says about the upgrade branch's pull
 * requests, what this run should do. The command applies the result with git and the GitHub API; the replay
 * test applies it to an in-memory store. Nothing here reads a clock: "today" is inside the decision.
 */

/** What a pull request of the upgrade branch looks like to the planner (from the list-pulls answer). */
export interface PrSnapshot {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  title: string;
  body: string;
  labels: string[];
  headSha: string;
}

/** Hidden in the PR body: what the PR was opened for, so that later runs know without any other state. */
export interface UpgradeMarker {
  deployed: string;
  target: string;
  /** Set when this job closed the PR itself (so a later run does not mistake it for a human's "no"). */
  closed?: 'obsolete';
}

const MARKER_START = '<!-- wandb-operator-actions:upgrade-check ';
const MARKER_END = ' -->';

export function renderMarker(marker: UpgradeMarker): string {
  return `${MARKER_START}${JSON.stringify(marker)}${MARKER_END}`;
}

export function readMarker(body: string | null | undefined): UpgradeMarker | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(MARKER_START);
  if (start < 0) return undefined;
  const end = body.indexOf(MARKER_END, start + MARKER_START.length);
  if (end < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(start + MARKER_START.length, end)) as Partial<UpgradeMarker>;
    if (typeof value.deployed !== 'string' || typeof value.target !== 'string') return undefined;
    return value as UpgradeMarker;
  } catch {
    return undefined;
  }
}

/** Replaces (or appends) the marker of a body. */
export function withMarker(body: string, marker: UpgradeMarker): string {
  const start = body.lastIndexOf(MARKER_START);
  const end = start >= 0 ? body.indexOf(MARKER_END, start + MARKER_START.length) : -1;
  if (start >= 0 && end >= 0) {
    return body.slice(0, start) + renderMarker(marker) + body.slice(end + MARKER_END.length);
  }
  return `${body.trimEnd()}\n\n${renderMarker(marker)}\n`;
}

export interface IntentInput {
  decision: SupportDecision;
  /** Open the PR when fewer than this many days of support are left... */
  warnDays: number;
  /**
   * ...at the next scheduled run: a job that runs every `scheduleDays` opens the PR on the last run that still
   * leaves `warnDays`, instead of the first run inside them (up to `scheduleDays` late). 0 when not scheduled.
   */
  scheduleDays: number;
  /** The open PR of the upgrade branch, if any. */
  open?: PrSnapshot;
  /** The most recently closed, unmerged PR of the branch, when there is no open one. */
  lastClosed?: PrSnapshot;
}

export type Intent =
  /** Nothing to do; `warning` when a person should still hear about it. */
  | { kind: 'none'; reason: string; warning?: string }
  /** Close the open PR: the deployed version moved on and needs no upgrade now. */
  | { kind: 'close'; pr: PrSnapshot; reason: string }
  /** Make sure one PR moves `deployed` to `target` (create it, or update `pr`). */
  | { kind: 'propose'; deployed: string; target: string; urgent: boolean; pr?: PrSnapshot }
  /** Something on GitHub is not ours to change: stop and say what to do. */
  | { kind: 'blocked'; reason: string };

/** Whether this run is the one that must open (or keep) the upgrade PR. */
export function upgradeDue(decision: SupportDecision, warnDays: number, scheduleDays: number): boolean {
  if (decision.status !== 'supported') return true;
  return decision.daysLeft - Math.max(0, scheduleDays) < warnDays;
}

export function decideIntent(input: IntentInput): Intent {
  const { decision, open } = input;
  const deployed = decision.version;
  const due = upgradeDue(decision, input.warnDays, input.scheduleDays);
  const openMarker = open ? readMarker(open.body) : undefined;

  if (open && !openMarker) {
    return {
      kind: 'blocked',
      reason: `Pull request #${open.number} uses the upgrade branch but was not opened by this job (its description has no upgrade-check marker).`,
    };
  }

  if (!due) {
    if (open && openMarker && openMarker.deployed !== deployed) {
      return {
        kind: 'close',
        pr: open,
        reason: `W&B Server is now ${deployed}, supported until ${decision.endOfSupport} (${decision.daysLeft} days): the upgrade from ${openMarker.deployed} to ${openMarker.target} is no longer needed.`,
      };
    }
    if (open) {
      return {
        kind: 'none',
        reason: `${deployed} is supported until ${decision.endOfSupport}; pull request #${open.number} stays open as it is.`,
      };
    }
    return {
      kind: 'none',
      reason: `${deployed} is supported until ${decision.endOfSupport}: no upgrade needed yet.`,
    };
  }

  const target = decision.target;
  if (!target) {
    const warning =
      decision.status === 'supported'
        ? undefined
        : `${deployed} ${decision.status === 'expired' ? 'is out of support since' : 'reaches the end of support on'} ${decision.endOfSupport}, and no newer release can be recommended yet.`;
    return { kind: 'none', reason: `No newer W&B Server release to move ${deployed} to.`, warning };
  }

  const urgent = decision.status === 'expired';
  if (open) return { kind: 'propose', deployed, target, urgent, pr: open };

  // A person closed the PR for this exact upgrade without merging it: do not reopen it every week. A newer
  // target or a change of the deployed version makes a new PR.
  const closedMarker = input.lastClosed ? readMarker(input.lastClosed.body) : undefined;
  if (
    input.lastClosed &&
    !input.lastClosed.merged &&
    closedMarker &&
    !closedMarker.closed &&
    closedMarker.deployed === deployed &&
    closedMarker.target === target
  ) {
    return {
      kind: 'none',
      reason: `Pull request #${input.lastClosed.number} (${deployed} -> ${target}) was closed without merging.`,
      warning: `Pull request #${input.lastClosed.number} upgrading W&B Server ${deployed} -> ${target} was closed without merging, and ${deployed} ${decision.status === 'expired' ? 'has been out of support since' : 'reaches the end of support on'} ${decision.endOfSupport}. Reopen it to go ahead; this job opens a new one when a newer release comes out.`,
    };
  }
  return { kind: 'propose', deployed, target, urgent };
}

/** The pull request this run wants. */
export interface DesiredPr {
  title: string;
  body: string;
  labels: string[];
  urgentLabel: string;
  urgent: boolean;
}

export interface PrUpdate {
  title?: string;
  body?: string;
  addLabels: string[];
  removeLabels: string[];
}

/** Bodies come back from GitHub with `\r\n` at times; compare what a reader sees. */
function sameText(a: string, b: string): boolean {
  const norm = (text: string) => text.replace(/\r\n/g, '\n').trim();
  return norm(a) === norm(b);
}

/**
 * What to change on an existing PR. Labels are only added (people add their own); the urgent label is taken
 * off when the upgrade is no longer urgent. Assignees and reviewers are set once, when the PR is created:
 * re-requesting a review each week would notify people who already reviewed.
 */
export function prUpdate(existing: PrSnapshot, desired: DesiredPr): PrUpdate {
  const update: PrUpdate = { addLabels: [], removeLabels: [] };
  if (existing.title !== desired.title) update.title = desired.title;
  if (!sameText(existing.body, desired.body)) update.body = desired.body;
  const have = new Set(existing.labels.map((l) => l.toLowerCase()));
  const want = desiredLabels(desired);
  update.addLabels = want.filter((label) => !have.has(label.toLowerCase()));
  if (!desired.urgent && have.has(desired.urgentLabel.toLowerCase()))
    update.removeLabels = [desired.urgentLabel];
  return update;
}

export function desiredLabels(desired: DesiredPr): string[] {
  const labels = [...desired.labels];
  if (desired.urgent && !labels.some((l) => l.toLowerCase() === desired.urgentLabel.toLowerCase())) {
    labels.push(desired.urgentLabel);
  }
  return labels;
}

export function isEmptyUpdate(update: PrUpdate): boolean {
  return (
    update.title === undefined &&
    update.body === undefined &&
    update.addLabels.length === 0 &&
    update.removeLabels.length === 0
  );
}

/** Trailer on every commit this job makes; a branch commit without it is someone else's. */
export const COMMIT_TRAILER = 'Generated-by: wandb-operator-actions upgrade-check';

export function isOwnCommit(message: string): boolean {
  return message.split(/\r?\n/).some((line) => line.trim() === COMMIT_TRAILER);
}

/** The chart part of the commit, when the upgrade moves the operator-wandb chart too. */
export interface ChartMove {
  from: string;
  to: string;
  files: string[];
}

export function commitMessage(deployed: string, target: string, files: string[], chart?: ChartMove): string {
  return [
    `Upgrade W&B Server ${deployed} -> ${target}${chart ? ` and operator-wandb ${chart.from} -> ${chart.to}` : ''}`,
    '',
    `Pins W&B Server ${target} in ${files.join(', ')}.`,
    ...(chart
      ? [
          `Pins the operator-wandb chart ${chart.to} in ${chart.files.join(', ')}: W&B Server ${target} needs it.`,
        ]
      : []),
    '',
    COMMIT_TRAILER,
    '',
  ].join('\n');
}
