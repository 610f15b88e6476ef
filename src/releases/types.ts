/**
 * The release catalog's shared types: W&B Server releases as the catalog, the support policy and the
 * upgrade planning see them.
 */
export interface Release {
  /** Normalised semver, no leading `v` (e.g. `0.74.1`). */
  version: string;
  /** Tag as published (`v0.74.1` or `0.74.1`). */
  tag: string;
  name: string;
  /** Release date, `YYYY-MM-DD` (UTC). */
  date: string;
  /** Markdown body of the release notes ('' when none). */
  notes: string;
  /** Link to the release page. */
  url: string;
  prerelease: boolean;
  draft: boolean;
  /**
   * When the same version was published more than once (0.63.0: 2024-11-12 and 2024-12-06), the earliest date.
   * The catalog keeps the later publication (its notes and link are the current ones) but support is counted
   * from the first. Absent when the version was published once.
   */
  firstDate?: string;
}

export type PolicyName = 'minor-12-months' | 'release-6-months' | 'release-12-months';

export interface SkipEntry {
  version: string;
  reason: string;
}

export interface SupportPolicy {
  name: PolicyName;
  /** Status `nearing` within this many days of the end of support. */
  warnDays: number;
  /** Per-version (`0.65.1`) or per-minor (`0.65`) end dates, `YYYY-MM-DD`, overriding the computed one. */
  endDates: Record<string, string>;
  /** Versions never to recommend. */
  skip: SkipEntry[];
  /** `latest`: newest patch of the newest minor; `next-minor`: newest patch of the next minor line. */
  target: 'latest' | 'next-minor';
}

export type SupportStatus = 'supported' | 'nearing' | 'expired';

export interface SupportDecision {
  version: string;
  /** `YYYY-MM-DD`. */
  endOfSupport: string;
  daysLeft: number;
  status: SupportStatus;
  /** Recommended version to move to, undefined when the deployed one is already the recommendation. */
  target?: string;
  /** One sentence saying which rule set the end date (for PR bodies and summaries). */
  reason: string;
}
