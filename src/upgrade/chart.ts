import { isMap, parseAllDocuments } from 'yaml';
import { UserError } from '../core/errors.js';
import { CHART_NEEDS, type ChartNeed } from '../releases/chart-needs.js';
import type { Release } from '../releases/types.js';
import { compareVersions, normaliseVersion } from '../releases/version.js';
import { locateVersion, parseFileSpecWith, parseKeyPath, type FileSpec } from './version-file.js';

/**
 * The operator-wandb chart in an upgrade (pure): which chart version the target W&B Server needs (the table in
 * src/releases/chart-needs.ts plus notes found in the release notes), where the repository pins the chart,
 * and whether the upgrade pull request must move it too.
 */

export const DEFAULT_CHART_KEY_PATH = 'spec.chart.version';

/** What `spec.chart` (or the map around a chart-files key path) says, for messages. */
export interface ChartRef {
  url?: string;
  name?: string;
  path?: string;
  version?: string;
}

export type ChartPin =
  | {
      state: 'pinned';
      version: string;
      raw: string;
      spec: FileSpec;
      line: number;
      chart: ChartRef;
    }
  | {
      state: 'not-pinned';
      /** One clause saying why, e.g. "`deploy/wandb.yaml` has no `spec.chart`". */
      detail: string;
      /** True when the file is a CR without `spec.chart`: the operator then uses the release channel. */
      channel: boolean;
      spec?: FileSpec;
    };

export type ChartBump = 'true' | 'false' | 'not-pinned';

export interface ChartDecision {
  bump: ChartBump;
  /** The pinned chart version ('' when not pinned). */
  from: string;
  /** The chart version after the pull request ('' when not pinned). */
  to: string;
  /** The highest chart version the needs ask for, when any need applies. */
  required?: string;
  /** Every need that applies to the target, highest chart first. */
  needs: ChartNeed[];
  /** The needs the pinned chart does not meet (the reasons for a bump), highest chart first. */
  unmet: ChartNeed[];
  /**
   * The needs this upgrade crosses (stated by a version after the deployed one). When the chart is not
   * pinned these are what a person must check: older needs were already met by the running deployment.
   */
  crossed: ChartNeed[];
  /** Where the chart is pinned (several files must agree), or why it is not. */
  pins: Array<Extract<ChartPin, { state: 'pinned' }>>;
  notPinned: Array<Extract<ChartPin, { state: 'not-pinned' }>>;
  /** The server version the decision is for. */
  target: string;
}

const CHART_NAME = '`?operator-wandb`?(?:\\s+Helm)?\\s+chart';
const VERSION = 'v?(\\d+\\.\\d+\\.\\d+)';
/**
 * How W&B words a chart need: "v0.31.4+ of the `operator-wandb` Helm chart" (0.69.0), and the obvious other
 * orders ("operator-wandb chart 0.35.0 or newer", "operator-wandb Helm chart >= 0.35.0"). Only a version with a
 * "this or newer" mark counts: "chart 0.42.0 adds X" is not a need.
 */
const NEED_PATTERNS: RegExp[] = [
  new RegExp(`${VERSION}(?:\\+|\\s+or\\s+(?:newer|later|higher|above))\\s+of\\s+the\\s+${CHART_NAME}`, 'i'),
  new RegExp(
    `${CHART_NAME}\\s+(?:version\\s+)?${VERSION}(?:\\+|\\s+or\\s+(?:newer|later|higher|above))`,
    'i',
  ),
  new RegExp(`${CHART_NAME}\\s+(?:version\\s+)?(?:>=|≥|at\\s+least)\\s*${VERSION}`, 'i'),
];

/** The sentence around `index` in `text` (for quoting a note found in release notes). */
function sentenceAt(text: string, index: number): string {
  const before = text.slice(0, index);
  const start = Math.max(
    before.lastIndexOf('\n'),
    ...['. ', '! ', '? '].map((s) => before.lastIndexOf(s) + 1),
  );
  const rest = text.slice(index);
  const endMatch = /[.!?](\s|$)|\n/.exec(rest);
  const end = endMatch ? index + endMatch.index + 1 : text.length;
  return text
    .slice(start + (start > 0 ? 1 : 0), end)
    .replace(/^[\s*#>-]+/, '')
    .trim();
}

/** Chart needs stated in the notes of `releases`, each applying from the release that states it. */
export function chartNeedsFromNotes(releases: readonly Release[]): ChartNeed[] {
  const found: ChartNeed[] = [];
  for (const release of releases) {
    if (!release.notes || !/operator-wandb/i.test(release.notes)) continue;
    for (const pattern of NEED_PATTERNS) {
      const match = pattern.exec(release.notes);
      const chart = match ? normaliseVersion(match[1]) : undefined;
      if (!match || !chart) continue;
      found.push({
        server: release.version,
        chart,
        note: sentenceAt(release.notes, match.index),
        source: `release notes of W&B Server ${release.version}${release.url ? ` (${release.url})` : ''}`,
      });
      break;
    }
  }
  return found;
}

/**
 * Every need that applies to `target`: rows of the table and notes of the known releases whose server version
 * is `target` or older. One per (server, chart), the table's row first (it names its source); highest chart
 * first.
 */
export function chartNeedsFor(
  target: string,
  releases: readonly Release[],
  table: readonly ChartNeed[] = CHART_NEEDS,
): ChartNeed[] {
  const applies = (need: ChartNeed) => compareVersions(need.server, target) <= 0;
  const known = releases.filter((r) => compareVersions(r.version, target) <= 0);
  const all = [...table.filter(applies), ...chartNeedsFromNotes(known).filter(applies)];
  const seen = new Set<string>();
  const out: ChartNeed[] = [];
  for (const need of all) {
    const key = `${need.server}>${need.chart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(need);
  }
  return out.sort((a, b) => compareVersions(b.chart, a.chart) || compareVersions(b.server, a.server));
}

/** `path` or `path:keypath` for chart-files (key path default `spec.chart.version`). */
export function parseChartFileSpec(entry: string): FileSpec {
  const { defaulted: _defaulted, ...spec } = parseFileSpecWith(entry, DEFAULT_CHART_KEY_PATH, 'chart file');
  return spec;
}

/** The chart spec that goes with a version file: the same file at `spec.chart.version`, for a whole CR. */
export function chartSpecBeside(versionFile: FileSpec): FileSpec | undefined {
  if (versionFile.segments[0] !== 'spec') return undefined;
  return {
    path: versionFile.path,
    keyPath: DEFAULT_CHART_KEY_PATH,
    segments: parseKeyPath(DEFAULT_CHART_KEY_PATH),
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function walk(root: unknown, segments: Array<string | number>): unknown {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * Where `text` pins the chart, read at `spec` (`spec.chart.version` by default). Never guesses: a missing map,
 * a missing or unpinned version, or a local chart path is `not-pinned`, with the reason.
 */
export function readChartPin(text_: string, spec: FileSpec): ChartPin {
  const docs = parseAllDocuments(text_);
  const parentPath = spec.segments.slice(0, -1);
  const where = `\`${spec.path}\``;
  const shown = parentPath.join('.') || '(the top level)';
  let parent: unknown;
  let isCr = false;
  if (Array.isArray(docs)) {
    for (const doc of docs) {
      if (doc.errors.length > 0) {
        // The same message as for the version file (file, line and the parser's words).
        locateVersion(text_, spec);
      }
      const js = doc.toJS() as unknown;
      if (isMap(doc.contents) && walk(js, ['spec']) !== undefined) isCr = true;
      if (walk(js, ['kind']) === 'WeightsAndBiases') isCr = true;
      const found = walk(js, parentPath);
      if (found !== undefined && found !== null) {
        parent = found;
        break;
      }
    }
  }
  const channel = isCr && spec.keyPath === DEFAULT_CHART_KEY_PATH;
  if (parent === undefined || typeof parent !== 'object' || Array.isArray(parent)) {
    return {
      state: 'not-pinned',
      detail: `${where} has no \`${shown}\``,
      channel: channel && parent === undefined,
      spec,
    };
  }
  const chart: ChartRef = {
    url: text((parent as Record<string, unknown>).url),
    name: text((parent as Record<string, unknown>).name),
    path: text((parent as Record<string, unknown>).path),
    version: text((parent as Record<string, unknown>)[String(spec.segments[spec.segments.length - 1])]),
  };
  if (!chart.version) {
    if (chart.path) {
      return {
        state: 'not-pinned',
        detail: `${where} installs a local chart (\`${shown}.path: ${chart.path}\`), whose version this job cannot read`,
        channel: false,
        spec,
      };
    }
    const ociTag = chart.url?.startsWith('oci://') ? /:([^/:@]+)$/.exec(chart.url)?.[1] : undefined;
    return {
      state: 'not-pinned',
      detail: ociTag
        ? `${where} names the chart version only in the OCI URL (\`${chart.url}\`), which this job does not edit; set \`${spec.keyPath}\` instead`
        : `${where} sets \`${shown}\` without \`${spec.keyPath}\` (the repository's newest chart is used)`,
      channel: false,
      spec,
    };
  }
  try {
    const location = locateVersion(text_, spec);
    return {
      state: 'pinned',
      version: location.version,
      raw: location.raw,
      spec,
      line: location.line,
      chart,
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      state: 'not-pinned',
      detail: `${where} has \`${spec.keyPath}: ${chart.version}\`, not an exact chart version`,
      channel: false,
      spec,
    };
  }
}

/**
 * Whether the upgrade to `target` must move the chart. Pinned files must agree on one version; the bump goes
 * to the lowest version every applicable need accepts (W&B's notes name a minimum; a newer chart is a choice
 * this job leaves to people).
 */
export function decideChart(
  pins: ChartPin[],
  needs: ChartNeed[],
  target: string,
  deployed?: string,
): ChartDecision {
  const pinned = pins.filter((p): p is Extract<ChartPin, { state: 'pinned' }> => p.state === 'pinned');
  const notPinned = pins.filter(
    (p): p is Extract<ChartPin, { state: 'not-pinned' }> => p.state === 'not-pinned',
  );
  const versions = new Set(pinned.map((p) => p.version));
  if (versions.size > 1) {
    throw new UserError(
      `The files disagree on the operator-wandb chart version: ${pinned.map((p) => `${p.spec.path} has ${p.version}`).join(', ')}.`,
      "Pin the same chart version in every file, or name the one that counts with 'chart-files'.",
      { file: pinned[0].spec.path, line: pinned[0].line, column: 1 },
    );
  }
  const required = needs.length > 0 ? needs[0].chart : undefined;
  const crossed = deployed ? needs.filter((n) => compareVersions(n.server, deployed) > 0) : needs;
  const base = { needs, required, crossed, pins: pinned, notPinned, target };
  if (pinned.length === 0) {
    return { ...base, bump: 'not-pinned', from: '', to: '', unmet: needs };
  }
  const from = pinned[0].version;
  const unmet = needs.filter((n) => compareVersions(n.chart, from) > 0);
  if (required && unmet.length > 0) return { ...base, bump: 'true', from, to: required, unmet };
  return { ...base, bump: 'false', from, to: from, unmet: [] };
}

function quote(textToQuote: string): string {
  return textToQuote
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

function needLines(needs: ChartNeed[]): string[] {
  const lines: string[] = [];
  for (const need of needs) {
    lines.push(
      `**W&B Server ${need.server} and later need operator-wandb ${need.chart} or newer:**`,
      '',
      quote(need.note),
      '',
      `Source: ${need.source}.`,
      '',
    );
  }
  return lines;
}

/** What the live cluster says about the chart, when the version came from it. */
export interface ClusterChart {
  /** `cr`: the live CR sets spec.chart; `channel`: it does not, the release channel supplies the chart. */
  source: 'cr' | 'channel';
  /** The chart the operator last applied (Secret `<cr>-spec-active`, key `chart`), when readable. */
  applied?: ChartRef;
}

/** A URL without user and password (a chart repository URL may carry them). */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//');
  }
}

export function describeChartRef(chart: ChartRef | undefined): string {
  if (!chart) return 'unknown';
  if (chart.url) chart = { ...chart, url: safeUrl(chart.url) };
  if (chart.path) return `a local chart at ${chart.path}`;
  const name = chart.name ?? (chart.url?.startsWith('oci://') ? chart.url : 'operator-wandb');
  return `${name}${chart.version ? ` ${chart.version}` : ''}${chart.url && !chart.url.startsWith('oci://') ? ` from ${chart.url}` : ''}`;
}

const CHANNEL_TEXT =
  "A `WeightsAndBiases` CR without `spec.chart` leaves the chart to the operator: unless it runs air-gapped, it asks W&B's release channel (deploy.wandb.ai) for the chart and its default values, and keeps following that channel while the license is valid (automatic updates). See docs/release-channel.md for what that means and how to pin the chart instead.";

/**
 * The "operator-wandb chart" section of the upgrade pull request (pure, no dates). Says what changes and why,
 * quoting each note and its source, or that the chart is not pinned and what to check instead.
 */
export function renderChartSection(decision: ChartDecision, cluster?: ClusterChart): string[] {
  const lines = ['### operator-wandb chart', ''];
  const { target } = decision;
  if (decision.bump === 'true') {
    const files = decision.pins.map((p) => `\`${p.spec.path}\` (\`${p.spec.keyPath}\`)`).join(', ');
    lines.push(
      `W&B Server ${target} needs the operator-wandb chart **${decision.to}** or newer, and ${files} pins **${decision.from}**. This pull request moves the chart to **${decision.to}** in the same commit, so that the operator installs the new server with a chart that supports it.`,
      '',
      ...needLines(decision.unmet),
    );
    lines.pop();
    return lines;
  }
  if (decision.bump === 'false') {
    const files = decision.pins.map((p) => `\`${p.spec.path}\``).join(', ');
    lines.push(
      decision.required
        ? `${files} pins operator-wandb **${decision.from}**, which meets what W&B's notes ask for ${target} (${decision.required} or newer): the chart stays.`
        : `${files} pins operator-wandb **${decision.from}**; no note of W&B asks for a newer chart for ${target}: the chart stays.`,
    );
    return lines;
  }
  const why = decision.notPinned.map((p) => p.detail).join('; ');
  lines.push(
    `The operator-wandb chart is **not pinned** in the files this job edits (${why || 'no file names it'}), so this job cannot tell which chart version the deployment uses and does not guess. To have chart moves in this pull request, pin \`spec.chart.version\` beside the tag, or name the file and key that pin it with \`chart-files\`.`,
  );
  const channel = decision.notPinned.some((p) => p.channel) || cluster?.source === 'channel';
  if (channel) {
    lines.push('', CHANNEL_TEXT);
    if (cluster?.source === 'channel') {
      lines.push(
        '',
        `The live CR has no \`spec.chart\` either${cluster.applied ? `; the chart the operator last applied is ${describeChartRef(cluster.applied)}` : ''}.`,
      );
    }
  }
  if (decision.crossed.length > 0) {
    lines.push(
      '',
      `This upgrade crosses W&B's note${decision.crossed.length > 1 ? 's' : ''} asking for operator-wandb **${decision.crossed[0].chart}** or newer: check the chart your deployment uses before merging.`,
      '',
      ...needLines(decision.crossed),
    );
    lines.pop();
  } else if (decision.required) {
    lines.push(
      '',
      `No note of W&B between the deployed version and ${target} asks for a newer chart (the newest need, operator-wandb ${decision.required}+, applies from W&B Server ${decision.needs[0].server}, which the deployment already runs past).`,
    );
  }
  return lines;
}

/** One line for logs and the job summary. */
export function chartSummary(decision: ChartDecision): string {
  if (decision.bump === 'true')
    return `operator-wandb ${decision.from} -> ${decision.to} (W&B Server ${decision.target} needs ${decision.required}+)`;
  if (decision.bump === 'false')
    return `operator-wandb ${decision.from} (no change needed${decision.required ? `; ${decision.target} needs ${decision.required}+` : ''})`;
  return `not pinned in the files${decision.crossed.length > 0 ? ` (this upgrade crosses a need for operator-wandb ${decision.crossed[0].chart}+)` : ''}`;
}
