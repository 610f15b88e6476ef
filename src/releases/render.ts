import semver from 'semver';
import type { Release, SupportPolicy } from './types.js';
import { endOfSupport, skipReason } from './policy.js';
import { issuesUrlOf, neutraliseReferences } from './mentions.js';

/**
 * Release notes rendering (pure): one Markdown document for the job summary, a comment or a file, a JSON
 * document, and a short Slack message. Shared with upgrade-check, which puts the same notes in its PR body.
 *
 * Layout: a title, a table (version, date, end of support, what to watch), call-outs for skip-listed versions
 * and for notes with "Upgrading" or "Known issues" sections, then each version's notes under its own heading.
 * The notes' own headings are pushed down so that they sit under the version's heading.
 */

/** GitHub's limit for issue, pull request and comment bodies. */
export const GITHUB_BODY_LIMIT = 65_536;

export interface RenderOptions {
  /** Catalog used to compute end of support (the initial release of a line may lie before the range). */
  catalog?: Release[];
  /** Longest Markdown allowed; the notes are cut at a version boundary to fit. Default 65,536. */
  maxLength?: number;
  /** Where the notes not shown can be read (default: the first omitted release's page). */
  moreUrl?: string;
  /** For the title: the range asked for. */
  from?: string;
  to?: string;
  /** Heading level of the title (default 2); versions get the next level. */
  headingLevel?: number;
  /**
   * Each release's notes folded in a `<details>` block whose summary names the version (a pull request body,
   * where the notes come after what the reader must act on). Default: a heading per version.
   */
  fold?: boolean;
}

export interface RenderedNotes {
  markdown: string;
  truncated: boolean;
  /** Versions whose notes are in the markdown. */
  shown: string[];
  /** Versions whose notes were cut (still listed in the table). */
  omitted: string[];
}

/** Sections of release notes W&B uses for things to do or know before upgrading (facts 4.2). */
const ATTENTION_SECTIONS = /^#{1,6}\s+(upgrading|known issues)\b/i;

/** The names of the attention sections a version's notes contain, in order ("Upgrading", "Known issues"). */
export function attentionSections(notes: string): string[] {
  const found: string[] = [];
  forEachLine(notes, (line, inFence) => {
    if (inFence) return;
    const match = ATTENTION_SECTIONS.exec(line.trim());
    if (match) {
      const name = match[1].toLowerCase() === 'upgrading' ? 'Upgrading' : 'Known issues';
      if (!found.includes(name)) found.push(name);
    }
  });
  return found;
}

function forEachLine(text: string, visit: (line: string, inFence: boolean) => void): void {
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      visit(line, true);
      fence = fence ? undefined : marker;
      continue;
    }
    visit(line, fence !== undefined);
  }
}

/**
 * Pushes ATX headings down so the shallowest becomes `minLevel` (capped at 6); code blocks are left alone.
 */
export function shiftHeadings(notes: string, minLevel: number): string {
  let shallowest = 7;
  forEachLine(notes, (line, inFence) => {
    const match = !inFence && /^(#{1,6})\s/.exec(line);
    if (match) shallowest = Math.min(shallowest, match[1].length);
  });
  if (shallowest === 7 || shallowest >= minLevel) return notes.trim();
  const by = minLevel - shallowest;
  const out: string[] = [];
  forEachLine(notes, (line, inFence) => {
    const match = !inFence && /^(#{1,6})(\s.*)?$/.exec(line);
    out.push(match ? `${'#'.repeat(Math.min(6, match[1].length + by))}${match[2] ?? ''}` : line);
  });
  return out.join('\n').trim();
}

function endOf(release: Release, policy: SupportPolicy, catalog: Release[]): string {
  try {
    return endOfSupport(catalog, release.version, policy).date;
  } catch {
    return 'unknown';
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function linked(release: Release): string {
  return release.url ? `[${release.version}](${release.url})` : release.version;
}

function releasesPage(url: string): string | undefined {
  const match = /^(.*\/releases)(\/|$)/.exec(url);
  return match?.[1];
}

/**
 * The Markdown document. `releases` are the versions of the range (any order; rendered semver ascending, the
 * order they are crossed when upgrading).
 */
export function renderReleaseNotes(
  releases: Release[],
  policy: SupportPolicy,
  options: RenderOptions = {},
): RenderedNotes {
  const maxLength = options.maxLength ?? GITHUB_BODY_LIMIT;
  const catalog = options.catalog ?? releases;
  const level = options.headingLevel ?? 2;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));

  const head: string[] = [];
  const range =
    options.from && options.to
      ? ` after ${options.from}, up to ${options.to}`
      : options.to
        ? ` up to ${options.to}`
        : '';
  head.push(`${'#'.repeat(level)} W&B Server releases${range}`, '');
  if (ordered.length === 0) {
    head.push('No release in this range.');
    return { markdown: head.join('\n'), truncated: false, shown: [], omitted: [] };
  }
  head.push(
    `${ordered.length} release${ordered.length === 1 ? '' : 's'}. End of support under the \`${policy.name}\` policy.`,
    '',
    '| Version | Date | End of support | Watch |',
    '| --- | --- | --- | --- |',
  );
  const attention = new Map(ordered.map((r) => [r.version, attentionSections(r.notes)]));
  for (const release of ordered) {
    const watch = [
      skipReason(policy, release.version) ? '⛔ do not install' : '',
      ...(attention.get(release.version) ?? []),
    ].filter(Boolean);
    head.push(
      `| ${linked(release)} | ${release.date} | ${endOf(release, policy, catalog)} | ${cell(watch.join(', '))} |`,
    );
  }
  const skipped = ordered.filter((r) => skipReason(policy, r.version));
  if (skipped.length > 0) {
    head.push('', '> [!CAUTION]');
    for (const r of skipped)
      head.push(`> **Do not install ${r.version}**: ${cell(skipReason(policy, r.version) ?? '')}`, '>');
    head.pop();
  }
  const withSections = ordered.filter((r) => (attention.get(r.version) ?? []).length > 0);
  if (withSections.length > 0) {
    head.push(
      '',
      '> [!IMPORTANT]',
      `> Read before upgrading: ${withSections
        .map((r) => `${r.version} (${(attention.get(r.version) ?? []).join(', ')})`)
        .join('; ')}.`,
    );
  }

  const sections = ordered.map((release) =>
    options.fold
      ? renderFolded(release, policy, level + 1, attention)
      : renderSection(release, policy, level + 1, attention),
  );
  let markdown = head.join('\n');
  const shown: string[] = [];
  let index = 0;
  for (; index < sections.length; index++) {
    const rest = ordered.length - index - 1;
    // Room for the cut note of the remaining releases must stay, unless this is the last section.
    const reserve = rest > 0 ? truncationNote(ordered.slice(index + 1), options).length + 2 : 0;
    if (markdown.length + 2 + sections[index].length + reserve > maxLength) break;
    markdown += `\n\n${sections[index]}`;
    shown.push(ordered[index].version);
  }
  const omittedReleases = ordered.slice(index);
  if (omittedReleases.length > 0) markdown += `\n\n${truncationNote(omittedReleases, options)}`;
  return {
    markdown,
    truncated: omittedReleases.length > 0,
    shown,
    omitted: omittedReleases.map((r) => r.version),
  };
}

function compare(a: string, b: string): number {
  return semver.compare(a, b);
}

function truncationNote(omitted: Release[], options: RenderOptions): string {
  const first = omitted[0];
  const url = options.moreUrl ?? (first.url ? first.url : undefined);
  const all = first.url ? releasesPage(first.url) : undefined;
  const where = url
    ? ` Read them on GitHub: ${url}${all && all !== url ? ` (all releases: ${all})` : ''}`
    : '';
  const list =
    omitted.length === 1 ? first.version : `${first.version} to ${omitted[omitted.length - 1].version}`;
  return [
    '> [!NOTE]',
    `> Cut here to stay within GitHub's ${GITHUB_BODY_LIMIT.toLocaleString('en-US')}-character limit: the notes of ${omitted.length} more release${omitted.length === 1 ? '' : 's'} (${list}) are not shown.${where}`,
  ].join('\n');
}

function renderSection(
  release: Release,
  policy: SupportPolicy,
  level: number,
  attention: Map<string, string[]>,
): string {
  const lines = [`${'#'.repeat(level)} ${release.version}${release.date ? ` (${release.date})` : ''}`, ''];
  const skip = skipReason(policy, release.version);
  if (skip) lines.push('> [!CAUTION]', `> Do not install this version. ${skip}`, '');
  const sections = attention.get(release.version) ?? [];
  if (sections.length > 0) {
    lines.push(
      '> [!IMPORTANT]',
      `> These notes have ${sections.map((s) => `**${s}**`).join(' and ')}: read them before upgrading.`,
      '',
    );
  }
  lines.push(notesBody(release, level + 1));
  if (release.url) lines.push('', `[The release on GitHub](${release.url})`);
  return lines.join('\n');
}

/**
 * A release's own notes as they may be posted to GitHub: headings under `minLevel`, `#123` linked to the
 * issue of the repository the release belongs to and `@name` mentions that notify no one (mentions.ts).
 */
function notesBody(release: Release, minLevel: number): string {
  const notes = release.notes.trim();
  if (!notes) return '_No notes were published with this release._';
  return neutraliseReferences(shiftHeadings(notes, minLevel), issuesUrlOf(release.url));
}

/**
 * One release folded: the summary line says the version, its date and what to watch, so a reader who only
 * skims still sees a skip-listed version or one with upgrade steps; the notes open on a click.
 */
function renderFolded(
  release: Release,
  policy: SupportPolicy,
  level: number,
  attention: Map<string, string[]>,
): string {
  const watch = [
    skipReason(policy, release.version) ? '⛔ do not install' : '',
    ...(attention.get(release.version) ?? []),
  ].filter(Boolean);
  const summary = `<b>${release.version}</b>${release.date ? ` (${release.date})` : ''}${
    watch.length > 0 ? `: ${escapeHtml(watch.join(', '))}` : ''
  }`;
  const lines = ['<details>', `<summary>${summary}</summary>`, ''];
  const skip = skipReason(policy, release.version);
  if (skip) lines.push('> [!CAUTION]', `> Do not install this version. ${skip}`, '');
  lines.push(notesBody(release, level));
  if (release.url) lines.push('', `[The release on GitHub](${release.url})`);
  lines.push('', '</details>');
  return lines.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------------------------------------------------

export interface JsonRelease {
  version: string;
  tag: string;
  name: string;
  date: string;
  endOfSupport: string;
  url: string;
  skip?: string;
  attention: string[];
  notes: string;
}

/** The JSON form (format: json): the range and, per version, its facts and notes. */
export function renderReleaseNotesJson(
  releases: Release[],
  policy: SupportPolicy,
  options: { catalog?: Release[]; from?: string; to?: string } = {},
): {
  from?: string;
  to?: string;
  policy: string;
  count: number;
  versions: string[];
  releases: JsonRelease[];
} {
  const catalog = options.catalog ?? releases;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));
  return {
    from: options.from,
    to: options.to,
    policy: policy.name,
    count: ordered.length,
    versions: ordered.map((r) => r.version),
    releases: ordered.map((r) => {
      const entry: JsonRelease = {
        version: r.version,
        tag: r.tag,
        name: r.name,
        date: r.date,
        endOfSupport: endOf(r, policy, catalog),
        url: r.url,
        attention: attentionSections(r.notes),
        notes: r.notes,
      };
      const skip = skipReason(policy, r.version);
      if (skip) entry.skip = skip;
      return entry;
    }),
  };
}

/** Slack's `text` is mrkdwn, not GitHub Markdown, and long messages are cut by Slack: send a short digest. */
export const SLACK_TEXT_LIMIT = 3_000;

function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function renderSlackText(
  releases: Release[],
  policy: SupportPolicy,
  options: { catalog?: Release[]; from?: string; to?: string; moreUrl?: string } = {},
): string {
  const catalog = options.catalog ?? releases;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));
  const title = `*W&B Server releases${options.from ? ` after ${options.from}` : ''}${options.to ? `, up to ${options.to}` : ''}*: ${ordered.length}`;
  const lines = [slackEscape(title)];
  for (const r of ordered) {
    const name = r.url ? `<${r.url}|${r.version}>` : r.version;
    const extra = [
      skipReason(policy, r.version) ? ':no_entry: do not install' : '',
      ...attentionSections(r.notes).map((s) => `has ${s}`),
    ].filter(Boolean);
    lines.push(
      `• ${name} (${r.date}), end of support ${endOf(r, policy, catalog)}${extra.length ? ` — ${slackEscape(extra.join(', '))}` : ''}`,
    );
  }
  let text = lines.join('\n');
  if (text.length > SLACK_TEXT_LIMIT) {
    const more = options.moreUrl ? ` <${options.moreUrl}|All releases>` : '';
    const kept: string[] = [];
    for (const line of lines) {
      if ([...kept, line].join('\n').length + 80 > SLACK_TEXT_LIMIT) break;
      kept.push(line);
    }
    text = `${kept.join('\n')}\n… ${lines.length - kept.length} more.${more}`;
  }
  return text;
}
