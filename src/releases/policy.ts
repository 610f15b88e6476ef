import semver from 'semver';
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';
import { UserError } from '../core/errors.js';
import type { PolicyName, Release, SkipEntry, SupportDecision, SupportPolicy } from './types.js';
import { findRelease, firstPublished, initialRelease, knownAsOf, lineReleases, linesOf } from './catalog.js';
import { compareLines, lineOf, minorOf, normaliseVersion } from './version.js';

/**
 * The support policy (pure). W&B's documents disagree over time (facts 4.3), so the rule is a setting:
 * - `minor-12-months` (default; W&B's policy since May 2025): a version is supported until 12 months after
 *   the initial release of its minor line (`0.X.0`, or the line it is a patch of, see version.ts); patches do
 *   not extend it.
 * - `release-6-months` (W&B's earlier policy): 6 months from the version's own release date.
 * - `release-12-months`: 12 months from the version's own release date.
 * Custom end dates (W&B announced some, e.g. "v0.65 scheduled to reach EOL on January 30, 2026") override the
 * computed ones, per version (`0.65.1`) before per minor (`0.65`).
 *
 * The end-of-support date is the first day without support: support ends at 00:00 UTC that day (W&B writes
 * "v0.63 and below reached EOL on November 20, 2025"). So the day before is the last supported day
 * (1 day left), and on the end date itself the status is `expired` with 0 days left. All days are whole UTC
 * days.
 */

export const POLICY_NAMES: readonly PolicyName[] = [
  'minor-12-months',
  'release-6-months',
  'release-12-months',
];

/**
 * Versions W&B told customers not to install (release notes of v0.78.0 and v0.78.1, facts 4.2). Shipped as
 * the default skip-list; a skip file adds to it.
 */
export const DEFAULT_SKIP: readonly SkipEntry[] = [
  {
    version: '0.78.0',
    reason:
      'W&B: critical security issue; do not install or upgrade to this version, install 0.78.2 instead.',
  },
  {
    version: '0.78.1',
    reason:
      'W&B: critical security issue; do not install or upgrade to this version, install 0.78.2 instead.',
  },
];

export { DEFAULT_WARN_DAYS } from './defaults.js';
import { DEFAULT_WARN_DAYS } from './defaults.js';

export function defaultPolicy(): SupportPolicy {
  return {
    name: 'minor-12-months',
    warnDays: DEFAULT_WARN_DAYS,
    endDates: {},
    skip: DEFAULT_SKIP.map((entry) => ({ ...entry })),
    target: 'latest',
  };
}

export function parsePolicyName(text: string): PolicyName {
  const name = text.trim() as PolicyName;
  if (!POLICY_NAMES.includes(name)) {
    throw new UserError(`Unknown support policy '${text}'.`, `Use one of: ${POLICY_NAMES.join(', ')}.`);
  }
  return name;
}

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new UserError(`'${day}' is not a date in the form YYYY-MM-DD.`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== day) throw new UserError(`'${day}' is not a valid date.`);
  return time;
}

/** Validates a `YYYY-MM-DD` day (throws a UserError naming `what` otherwise). */
export function checkDay(day: string, what: string): string {
  try {
    parseDay(day);
    return day;
  } catch {
    throw new UserError(`${what}: '${day}' is not a date in the form YYYY-MM-DD.`);
  }
}

/** The UTC day of an instant. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * Adds calendar months in UTC; a day that does not exist in the target month is clamped to its last day
 * (2024-08-31 + 6 months = 2025-02-28), so support never spills into the month after.
 */
export function addMonths(day: string, months: number): string {
  const date = new Date(parseDay(day));
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))).toISOString().slice(0, 10);
}

/** Whole UTC days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
}

export interface EndOfSupport {
  date: string;
  reason: string;
}

/** The end-of-support date of a version under a policy, with the one sentence saying which rule set it. */
export function endOfSupport(catalog: Release[], version: string, policy: SupportPolicy): EndOfSupport {
  const minor = minorOf(version);
  const line = lineOf(version);
  for (const key of [version, minor, line]) {
    const date = policy.endDates[key];
    if (date) {
      return {
        date: checkDay(date, `End date for ${key}`),
        reason: `End date ${date} set for ${key} by override.`,
      };
    }
  }
  if (policy.name === 'minor-12-months') {
    const initial = initialRelease(catalog, version);
    if (!initial) {
      throw new UserError(
        `No release of the ${line} line is known, so the end of support of ${version} cannot be computed.`,
        'Check the version, or give the end date in an end-dates file.',
      );
    }
    const from = firstPublished(initial);
    const alias = line !== minor ? ` (${minor}.x releases are patches of the ${line} line)` : '';
    return {
      date: addMonths(from, 12),
      reason: `12 months from ${initial.version}, the initial release of the ${line} line, on ${from}${alias}; patches do not extend it (policy minor-12-months).`,
    };
  }
  const months = policy.name === 'release-6-months' ? 6 : 12;
  const release = findRelease(catalog, version);
  if (!release) {
    throw new UserError(
      `${version} is not a known release, so its end of support under ${policy.name} cannot be computed.`,
      'Check the version (releases published after the as-of date are not known yet), or give its end date in an end-dates file.',
    );
  }
  const from = firstPublished(release);
  return {
    date: addMonths(from, months),
    reason: `${months} months from the release of ${version} on ${from} (policy ${policy.name}).`,
  };
}

export function skipReason(policy: SupportPolicy, version: string): string | undefined {
  return policy.skip.find((entry) => entry.version === version)?.reason;
}

function newestUsable(catalog: Release[], line: string, policy: SupportPolicy): Release | undefined {
  return lineReleases(catalog, line)
    .reverse()
    .find((release) => !skipReason(policy, release.version));
}

/**
 * The version to move to: with target `latest`, the newest patch of the newest minor line that has a release
 * not skip-listed (with 0.78.0 and 0.78.1 skipped and 0.78.2 not out yet, that is 0.77's newest patch); with
 * `next-minor`, the newest usable patch of the first line after the version's own (or of its own line when
 * none is newer). Undefined when that is not newer than the version.
 */
export function recommendTarget(
  catalog: Release[],
  version: string,
  policy: SupportPolicy,
): string | undefined {
  const lines = linesOf(catalog);
  const own = lineOf(version);
  const ordered =
    policy.target === 'next-minor'
      ? [...lines.filter((line) => compareLines(line, own) > 0), own]
      : [...lines].reverse();
  for (const line of ordered) {
    const candidate = newestUsable(catalog, line, policy);
    if (candidate) return semver.gt(candidate.version, version) ? candidate.version : undefined;
  }
  return undefined;
}

export interface DecisionDetails extends SupportDecision {
  /** Set when the version itself is skip-listed. */
  skipReason?: string;
  /** The day the decision was made for (`YYYY-MM-DD`). */
  asOf: string;
  policy: PolicyName;
}

/**
 * End of support, days left, status and recommended target of `version` on the UTC day of `asOf`. Releases
 * published after that day are not known yet and take no part (neither as the version nor as the target).
 */
export function decideSupport(
  catalog: Release[],
  version: string,
  policy: SupportPolicy,
  asOf: Date,
): DecisionDetails {
  const normalised = normaliseVersion(version);
  if (!normalised) {
    throw new UserError(`'${version}' is not a W&B Server version.`, 'Give a version such as 0.74.1.');
  }
  const day = utcDay(asOf);
  const known = knownAsOf(catalog, day);
  if (known.length === 0) {
    throw new UserError(
      `No W&B Server release is known on or before ${day}.`,
      'Check the releases source and the as-of date.',
    );
  }
  const end = endOfSupport(known, normalised, policy);
  const daysLeft = daysBetween(day, end.date);
  const status = daysLeft <= 0 ? 'expired' : daysLeft <= policy.warnDays ? 'nearing' : 'supported';
  const decision: DecisionDetails = {
    version: normalised,
    endOfSupport: end.date,
    daysLeft,
    status,
    reason: end.reason,
    asOf: day,
    policy: policy.name,
  };
  const target = recommendTarget(known, normalised, policy);
  if (target) decision.target = target;
  const skipped = skipReason(policy, normalised);
  if (skipped) decision.skipReason = skipped;
  return decision;
}

// ---------------------------------------------------------------------------------------------------------
// Override files (pure: the caller reads them). Parsed with YAML's failsafe schema so that keys such as
// `0.70` stay the string "0.70" instead of becoming the number 0.7.

function failsafe(text: string, file: string): unknown {
  const doc = parseDocument(text, { schema: 'failsafe' });
  if (doc.errors.length > 0) {
    throw new UserError(`${file} is not valid JSON or YAML: ${doc.errors[0].message.split('\n')[0]}`);
  }
  return doc.contents;
}

function scalarText(node: unknown): string {
  return isScalar(node) ? String(node.value).trim() : '';
}

/** End dates: a mapping `0.65: 2026-01-30` / `0.65.1: 2026-02-15` (JSON or YAML). */
export function parseEndDatesFile(text: string, file: string): Record<string, string> {
  const contents = failsafe(text, file);
  if (!isMap(contents)) {
    throw new UserError(
      `${file} is not a mapping of versions to end dates.`,
      'Write lines such as `0.65: 2026-01-30`.',
    );
  }
  const dates: Record<string, string> = {};
  for (const pair of contents.items) {
    const key = scalarText(pair.key).replace(/^[vV]/, '');
    const value = scalarText(pair.value);
    if (!/^\d+\.\d+(\.\d+)?$/.test(key)) {
      throw new UserError(`${file}: '${key}' is not a version (0.65.1) or minor (0.65).`);
    }
    dates[key] = checkDay(value, `${file}: end date of ${key}`);
  }
  return dates;
}

/** Skip-list: a list of `{version, reason}` or of versions, or a mapping `version: reason`. */
export function parseSkipFile(text: string, file: string): SkipEntry[] {
  const contents = failsafe(text, file);
  const entries: SkipEntry[] = [];
  const add = (versionText: string, reason: string) => {
    const version = normaliseVersion(versionText);
    if (!version) throw new UserError(`${file}: '${versionText}' is not a version.`);
    entries.push({ version, reason: reason || `Listed in ${file}.` });
  };
  if (isSeq(contents)) {
    for (const item of contents.items) {
      if (isMap(item)) add(scalarText(item.get('version', true)), scalarText(item.get('reason', true)));
      else add(scalarText(item), '');
    }
  } else if (isMap(contents)) {
    for (const pair of contents.items) add(scalarText(pair.key), scalarText(pair.value));
  } else {
    throw new UserError(
      `${file} is not a list of versions to skip.`,
      'Write items such as `- {version: 0.78.1, reason: ...}`.',
    );
  }
  return entries;
}

/** The default skip-list plus extra entries (an extra entry's reason wins for the same version). */
export function mergeSkip(base: readonly SkipEntry[], extra: readonly SkipEntry[]): SkipEntry[] {
  const byVersion = new Map(base.map((entry) => [entry.version, { ...entry }]));
  for (const entry of extra) byVersion.set(entry.version, { ...entry });
  return [...byVersion.values()];
}
