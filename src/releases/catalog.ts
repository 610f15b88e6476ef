import semver from 'semver';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { UserError } from '../core/errors.js';
import type { Release } from './types.js';
import { PATCH_LINE_ALIASES, compareLines, compareVersions, lineOf, normaliseVersion } from './version.js';

/**
 * The release catalog (pure): W&B Server releases from the GitHub Releases API or a releases file, as
 * `Release[]` sorted by semver ascending, one entry per version.
 *
 * Order is always semver, never date: wandb/server publishes backports (0.51.2 after 0.52.0, 0.62.2 after a
 * first 0.63.0), so "the releases between A and B" by date would be wrong.
 */

/** The fields of a GitHub release object (REST `GET /repos/{owner}/{repo}/releases`) the catalog reads. */
export interface GitHubReleaseObject {
  tag_name: string;
  name?: string | null;
  body?: string | null;
  published_at?: string | null;
  created_at?: string | null;
  html_url?: string;
  prerelease?: boolean;
  draft?: boolean;
}

export interface CatalogOptions {
  includePrereleases?: boolean;
  includeDrafts?: boolean;
}

export interface CatalogResult {
  releases: Release[];
  /** Entries left out because their tag is not a version (e.g. a tag named `Release 0.9.42`). */
  ignored: string[];
}

/** `2024-12-06T18:03:11Z` → `2024-12-06` (UTC). */
export function utcDate(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return '';
  return date.toISOString().slice(0, 10);
}

/** One GitHub release object as a Release, or undefined when its tag is not a version. */
export function fromGitHubRelease(object: GitHubReleaseObject): Release | undefined {
  const version = normaliseVersion(object.tag_name ?? '');
  if (!version) return undefined;
  // Drafts have no published_at; their creation date is the best there is.
  const when = object.published_at ?? object.created_at ?? '';
  return {
    version,
    tag: object.tag_name,
    name: object.name && object.name.trim() ? object.name : object.tag_name,
    date: when ? utcDate(when) : '',
    notes: object.body ?? '',
    url: object.html_url ?? '',
    prerelease: object.prerelease === true || semver.prerelease(version) !== null,
    draft: object.draft === true,
  };
}

/**
 * Filters, de-duplicates and sorts. Duplicates (the same version published twice, as 0.63.0 was): the later
 * publication is kept, because its notes and link are the ones GitHub shows now; `firstDate` keeps the earlier
 * date, from which support is counted.
 */
export function buildCatalog(entries: Release[], options: CatalogOptions = {}): Release[] {
  const byVersion = new Map<string, Release>();
  for (const entry of entries) {
    if (entry.draft && !options.includeDrafts) continue;
    if (entry.prerelease && !options.includePrereleases) continue;
    const seen = byVersion.get(entry.version);
    if (!seen) {
      byVersion.set(entry.version, { ...entry });
      continue;
    }
    const [earlier, later] = seen.date <= entry.date ? [seen, entry] : [entry, seen];
    const first = [earlier.firstDate ?? earlier.date, later.firstDate ?? later.date]
      .filter(Boolean)
      .sort()[0];
    const kept: Release = { ...later };
    if (first && first !== kept.date) kept.firstDate = first;
    byVersion.set(entry.version, kept);
  }
  return [...byVersion.values()].sort((a, b) => compareVersions(a.version, b.version));
}

export function catalogFromGitHub(
  objects: GitHubReleaseObject[],
  options: CatalogOptions = {},
): CatalogResult {
  const releases: Release[] = [];
  const ignored: string[] = [];
  for (const object of objects) {
    const release = fromGitHubRelease(object);
    if (release) releases.push(release);
    else ignored.push(object.tag_name);
  }
  return { releases: buildCatalog(releases, options), ignored };
}

/** Releases known on a given day: published on or before `asOf` (`YYYY-MM-DD`, UTC). */
export function knownAsOf(catalog: Release[], asOf: string): Release[] {
  // A version published twice (0.63.0: 2024-11-12, again 2024-12-06) is known from its first publication.
  return catalog.filter((release) => {
    const date = firstPublished(release);
    return date !== '' && date <= asOf;
  });
}

/** After `from`, up to and including `to`, by semver. */
export function releasesBetween(catalog: Release[], from: string, to: string): Release[] {
  return catalog.filter((r) => semver.gt(r.version, from) && semver.lte(r.version, to));
}

export function findRelease(catalog: Release[], version: string): Release | undefined {
  return catalog.find((release) => release.version === version);
}

export function newestRelease(catalog: Release[]): Release | undefined {
  return catalog.length > 0 ? catalog.reduce((a, b) => (semver.gt(b.version, a.version) ? b : a)) : undefined;
}

/** Every release of a minor line (e.g. `0.58` holds 0.58.x and 0.59.x), semver ascending. */
export function lineReleases(
  catalog: Release[],
  line: string,
  aliases: Readonly<Record<string, string>> = PATCH_LINE_ALIASES,
): Release[] {
  return catalog
    .filter((release) => lineOf(release.version, aliases) === line)
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The minor lines present in the catalog, ascending. */
export function linesOf(
  catalog: Release[],
  aliases: Readonly<Record<string, string>> = PATCH_LINE_ALIASES,
): string[] {
  return [...new Set(catalog.map((release) => lineOf(release.version, aliases)))].sort(compareLines);
}

/**
 * The initial release of a version's line: the line's `0.X.0` when it is in the catalog, otherwise the lowest
 * version of the line (a catalog that starts mid-line). Undefined when the catalog has nothing of the line.
 */
export function initialRelease(
  catalog: Release[],
  version: string,
  aliases: Readonly<Record<string, string>> = PATCH_LINE_ALIASES,
): Release | undefined {
  const line = lineOf(version, aliases);
  return findRelease(catalog, `${line}.0`) ?? lineReleases(catalog, line, aliases)[0];
}

/** When a release was first published (a re-published version counts from its first date). */
export function firstPublished(release: Release): string {
  return release.firstDate ?? release.date;
}

// ---------------------------------------------------------------------------------------------------------
// Releases file: JSON or YAML; a list, or a mapping with a `releases` list. Each item has either the GitHub
// fields (tag_name, name, body, published_at, html_url, prerelease, draft) or the Release fields
// (version, tag, name, date, notes, url, prerelease, draft).

function pick(item: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (item[key] !== undefined && item[key] !== null) return item[key];
  return undefined;
}

/** Parses the text of a releases file (pure: the caller reads the file). */
export function parseReleasesFile(text: string, file: string): Release[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const pos = lineCounter.linePos(error.pos[0]);
    throw new UserError(
      `${file} is not valid JSON or YAML: ${error.message.split('\n')[0]}`,
      'Fix the syntax; the file is a list of releases (see the release-notes documentation).',
      { file, line: pos.line, column: pos.col },
    );
  }
  const top: unknown = doc.contents;
  const list: unknown = isMap(top) ? top.get('releases', true) : top;
  if (!isSeq(list)) {
    throw new UserError(
      `${file} holds no list of releases.`,
      'Write a list (or a mapping with a `releases:` list) of items with tag_name or version, and a date.',
      { file, line: 1, column: 1 },
    );
  }
  const releases: Release[] = [];
  list.items.forEach((node, index) => {
    const start = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
    const pos = lineCounter.linePos(start);
    const place = { file, line: pos.line, column: pos.col };
    const item = (node as { toJSON?: () => unknown }).toJSON?.() as Record<string, unknown> | undefined;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      throw new UserError(`${file}: release ${index + 1} is not a mapping.`, undefined, place);
    }
    const tag = String(pick(item, 'tag_name', 'tag', 'version') ?? '');
    const version = normaliseVersion(String(pick(item, 'version', 'tag_name', 'tag') ?? ''));
    if (!version) {
      throw new UserError(
        `${file}: release ${index + 1} has no valid version (got '${tag}').`,
        'Give each release `version: 0.74.1` or `tag_name: v0.74.1`.',
        place,
      );
    }
    const rawDate = pick(item, 'date', 'published_at', 'created_at');
    const date =
      rawDate instanceof Date
        ? rawDate.toISOString().slice(0, 10)
        : typeof rawDate === 'string'
          ? /^\d{4}-\d{2}-\d{2}$/.test(rawDate)
            ? rawDate
            : utcDate(rawDate)
          : '';
    if (!date) {
      throw new UserError(
        `${file}: release ${version} has no valid date.`,
        'Give each release `date: YYYY-MM-DD` or `published_at: <ISO 8601 timestamp>`.',
        place,
      );
    }
    const name = pick(item, 'name');
    releases.push({
      version,
      tag,
      name: typeof name === 'string' && name.trim() ? name : tag,
      date,
      notes: String(pick(item, 'notes', 'body') ?? ''),
      url: String(pick(item, 'url', 'html_url') ?? ''),
      prerelease: pick(item, 'prerelease') === true || semver.prerelease(version) !== null,
      draft: pick(item, 'draft') === true,
    });
  });
  return releases;
}
