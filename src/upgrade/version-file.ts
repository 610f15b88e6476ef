import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, Scalar } from 'yaml';
import { UserError } from '../core/errors.js';
import { normaliseVersion } from '../releases/version.js';

/**
 * Where the W&B Server version lives in a repository file, and how to change it without touching anything
 * else. Pure: text in, text out.
 *
 * The edit splices the new value into the exact byte range the yaml library's document API reports for the
 * scalar, instead of re-serialising the document: `Document.toString()` re-folds long lines, normalises
 * flow collections and moves some comments, which would put unrelated lines in the upgrade pull request.
 */

export const DEFAULT_KEY_PATH = 'spec.values.app.image.tag';
/** Where a v2 CR (apps.wandb.com/v2) pins the version: the default for a file that holds one. */
export const V2_KEY_PATH = 'spec.wandb.version';
const V2_API_VERSION = 'apps.wandb.com/v2';

export interface FileSpec {
  path: string;
  /** Dotted key path as written by the user (for messages). */
  keyPath: string;
  /** Parsed segments; numbers index sequences. */
  segments: Array<string | number>;
  /** No key path was given: a v2 CR then reads `spec.wandb.version` instead of the v1 default. */
  defaulted?: boolean;
}

/**
 * `path:keypath` → FileSpec, the key path defaulting to `defaultKeyPath`. The split is at the last `:` whose
 * right-hand side looks like a key path, so `C:/x.yaml` or `a:b/c.yaml` stay paths.
 */
export function parseFileSpecWith(entry: string, defaultKeyPath: string, what: string): FileSpec {
  const text = entry.trim();
  const colon = text.lastIndexOf(':');
  let path = text;
  let keyPath = defaultKeyPath;
  if (colon > 0) {
    const right = text.slice(colon + 1);
    if (right && !right.includes('/') && !right.includes('\\')) {
      path = text.slice(0, colon);
      keyPath = right;
    }
  }
  if (!path) {
    throw new UserError(
      `'${entry}' names no file.`,
      `Give each ${what} as 'path' or 'path:keypath', e.g. 'deploy/wandb.yaml:${defaultKeyPath}'.`,
    );
  }
  return {
    path,
    keyPath,
    segments: parseKeyPath(keyPath),
    ...(keyPath === defaultKeyPath && !text.endsWith(`:${defaultKeyPath}`) ? { defaulted: true } : {}),
  };
}

/** A `files` entry: the key path defaults to `spec.values.app.image.tag`. */
export function parseFileSpec(entry: string): FileSpec {
  return parseFileSpecWith(entry, DEFAULT_KEY_PATH, 'file');
}

export function parseKeyPath(keyPath: string): Array<string | number> {
  // `a.b[0].c` and `a.b.0.c` both index a sequence.
  const segments = keyPath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (segments.length === 0) {
    throw new UserError(
      `Key path '${keyPath}' is empty.`,
      `Use a dotted path such as '${DEFAULT_KEY_PATH}'.`,
    );
  }
  return segments;
}

/** How the value was written, so that the new one is written the same way. */
interface ValueShape {
  /** `v` when the tag was written `v0.74.1`. */
  prefix: string;
  /** Image reference part before the tag, e.g. `wandb/local:` for `wandb/local:0.74.1`. */
  image: string;
  quote: Scalar.Type;
}

export interface VersionLocation {
  /** Normalised version, e.g. `0.74.1`. */
  version: string;
  /** The value exactly as written (e.g. `v0.74.1`, `wandb/local:0.74.1`). */
  raw: string;
  /** 1-based line and column of the value. */
  line: number;
  column: number;
  /** Byte ranges of the scalar source, one per document of the file that holds the key. */
  ranges: Array<[number, number]>;
  shape: ValueShape;
}

const PIN_HELP =
  'Pin an exact W&B Server version (e.g. `tag: 0.74.1`) in the file so that the upgrade job knows what runs and can move it forward; an unpinned or `latest` tag upgrades itself on each restart, outside any review.';

/** Finds the version at `spec` in `text`. Throws a UserError (with file and line) when it is missing or unpinned. */
export function locateVersion(text: string, given: FileSpec): VersionLocation {
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines });
  if (!Array.isArray(docs)) {
    // An empty stream parses to an EmptyStream object rather than an array.
    throw missing(given, 'the file is empty');
  }
  // A v2 CR pins the version in spec.wandb.version; a key path the user gave is used as given.
  const v2 =
    given.defaulted &&
    docs.some((doc) => doc.errors.length === 0 && doc.get('apiVersion') === V2_API_VERSION);
  const spec: FileSpec = v2 ? { ...given, keyPath: V2_KEY_PATH, segments: parseKeyPath(V2_KEY_PATH) } : given;
  const found: Array<{ node: Scalar; doc: Document }> = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const pos = error.linePos?.[0];
      throw new UserError(
        `${spec.path} is not valid YAML: ${error.message.split('\n')[0]}`,
        'Fix the YAML syntax; the upgrade job edits the file in place and needs to parse it first.',
        pos ? { file: spec.path, line: pos.line, column: pos.col } : undefined,
      );
    }
    const node = resolveNode(doc, spec.segments);
    if (node === undefined) continue;
    if (!isScalar(node)) {
      const at = rangeOf(node);
      const pos = at ? lines.linePos(at[0]) : undefined;
      throw new UserError(
        `${spec.path}: '${spec.keyPath}' holds a ${isMap(node) ? 'mapping' : isSeq(node) ? 'list' : 'value'} where the version should be.`,
        `Point the key path at the tag itself (e.g. '${spec.path}:${DEFAULT_KEY_PATH}').`,
        pos ? { file: spec.path, line: pos.line, column: pos.col } : undefined,
      );
    }
    found.push({ node, doc });
  }
  if (found.length === 0) throw missing(spec, `'${spec.keyPath}' is not set`);

  const first = found[0].node;
  const firstPos = lines.linePos(first.range?.[0] ?? 0);
  const place = { file: spec.path, line: firstPos.line, column: firstPos.col };
  // The source text, not the parsed value: a plain `0.74` would parse as the number 0.74.
  const raw = sourceOf(text, first);
  const parsed = parseTagValue(raw);
  if (!parsed) {
    const shown = raw === '' ? 'empty' : `'${raw}'`;
    throw new UserError(
      `${spec.path}: the W&B Server version at '${spec.keyPath}' is ${shown}, not a pinned version.`,
      PIN_HELP,
      place,
    );
  }
  for (const other of found.slice(1)) {
    const otherRaw = sourceOf(text, other.node);
    const otherParsed = parseTagValue(otherRaw);
    if (otherParsed?.version !== parsed.version) {
      const pos = lines.linePos(other.node.range?.[0] ?? 0);
      throw new UserError(
        `${spec.path}: '${spec.keyPath}' is '${raw}' in one document and '${otherRaw}' in another.`,
        'Make the documents agree on one pinned version, or name a file that holds only one deployment.',
        { file: spec.path, line: pos.line, column: pos.col },
      );
    }
  }
  return {
    version: parsed.version,
    raw,
    line: firstPos.line,
    column: firstPos.col,
    ranges: found.map(({ node }) => [node.range?.[0] ?? 0, node.range?.[1] ?? 0]),
    shape: {
      prefix: parsed.prefix,
      image: parsed.image,
      quote: (first.type ?? Scalar.PLAIN) as Scalar.Type,
    },
  };
}

/** `0.74.1`, `v0.74.1`, `wandb/local:0.74.1` → parts; undefined for `latest`, digests, partial versions. */
export function parseTagValue(raw: string): { version: string; prefix: string; image: string } | undefined {
  const text = raw.trim();
  let image = '';
  let tag = text;
  // An image reference: the tag is after the last ':' that comes after the last '/' (a registry port is not).
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  if (colon > slash && colon > 0) {
    image = text.slice(0, colon + 1);
    tag = text.slice(colon + 1);
  }
  if (tag.includes('@')) return undefined;
  if (!/^[vV]?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(tag)) return undefined;
  const version = normaliseVersion(tag);
  if (!version) return undefined;
  return { version, prefix: /^[vV]/.test(tag) ? tag[0] : '', image };
}

/**
 * Returns `text` with the version at `location` replaced by `version`, written the way the old one was
 * (same prefix, image, quoting). Every byte outside the scalar's range is kept.
 */
export function replaceVersion(text: string, location: VersionLocation, version: string): string {
  const value = `${location.shape.image}${location.shape.prefix}${version}`;
  const source = renderScalar(value, location.shape.quote);
  let out = text;
  // From the end, so that earlier offsets stay valid.
  const ranges = [...location.ranges].sort((a, b) => b[0] - a[0]);
  for (const [start, end] of ranges) out = out.slice(0, start) + source + out.slice(end);
  return out;
}

/** Edits the version in `text` and checks that the result reads back as `version`. */
export function setVersion(text: string, spec: FileSpec, version: string): string {
  const location = locateVersion(text, spec);
  if (location.version === version) return text;
  const updated = replaceVersion(text, location, version);
  const check = locateVersion(updated, spec);
  if (check.version !== version) {
    throw new Error(`editing ${spec.path} produced '${check.raw}' instead of ${version}`);
  }
  return updated;
}

function renderScalar(value: string, quote: Scalar.Type): string {
  switch (quote) {
    case Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    default:
      // Versions and image references are plain-safe (digits, dots, letters, '/', ':', '-').
      return value;
  }
}

function resolveNode(doc: Document, segments: Array<string | number>): unknown {
  let node: unknown = doc.contents;
  for (const segment of segments) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      node = node.get(String(segment), true);
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.get(segment, true);
    } else {
      return undefined;
    }
    if (node === undefined || node === null) return undefined;
  }
  if (isAlias(node)) node = node.resolve(doc);
  return node;
}

function sourceOf(text: string, node: Scalar): string {
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'string') return node.value;
  const range = node.range;
  return range ? text.slice(range[0], range[1]).trim() : String(node.value);
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  const range = (node as { range?: [number, number, number] | null }).range;
  return range ?? undefined;
}

function missing(spec: FileSpec, why: string): UserError {
  return new UserError(
    `${spec.path}: no W&B Server version found (${why}).`,
    `${PIN_HELP} If the version is under another key, name it: '${spec.path}:<key.path>'.`,
    { file: spec.path, line: 1, column: 1 },
  );
}
