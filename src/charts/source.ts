/*
 * Which operator-wandb chart a render uses, and under which key it is cached. Pure: the caller says which local
 * paths exist; fetching is src/charts/fetch.ts.
 *
 * Order (first that applies):
 * 1. the `chart` input (CLI --chart PATH): a local .tgz or chart directory, used as it is (air-gapped runners);
 * 2. `spec.chart.path` (the operator's LocalRelease) when that path exists here;
 * 3. `spec.chart.url` oci://REGISTRY/PATH/CHART[:TAG] (+ version, + plainHTTP): `helm pull`;
 * 4. `spec.chart.url` http(s) repository + `name` (+ `version`): index.yaml, then the archive it names;
 * 5. otherwise no chart: `spec.chart` absent (the release channel chooses the chart at reconcile time), a path
 *    that exists only in the operator's pod, or a URL with an unfilled placeholder.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

export type ChartSource =
  | {
      kind: 'local';
      /** Absolute path of the archive or directory. */
      path: string;
      origin: 'chart input' | 'spec.chart.path';
    }
  | {
      kind: 'repository';
      /** Repository URL, no trailing slash (may carry user:password, which `describeSource` masks). */
      url: string;
      name: string;
      /** Absent: the newest the index lists. */
      version?: string;
      /** Inline `spec.chart.username`/`password` (secrets: the caller registers them with the redactor). */
      username?: string;
      password?: string;
    }
  | {
      kind: 'oci';
      /** oci://REGISTRY/PATH/CHART without the tag. */
      ref: string;
      version?: string;
      name: string;
      username?: string;
      password?: string;
      /** The URL carried user:password (taken out of `ref`): the user name is then a secret too. */
      credentialsInUrl?: boolean;
      /** `spec.chart.plainHTTP` (the operator's OCIRelease field): the registry speaks HTTP, not HTTPS. */
      plainHTTP?: boolean;
    }
  | {
      kind: 'none';
      /** Why no chart can be had, said in the log and the summary. */
      reason: string;
      fix?: string;
    };

export interface ChartSourceRequest {
  /** The `chart` input (CLI --chart), as the user gave it. */
  chartInput?: string;
  /** The CR's `spec.chart`, as merged. */
  specChart?: unknown;
  /** Relative paths are taken from here. */
  cwd: string;
  /** Whether a local path exists (the caller's file system; injected so that this stays pure). */
  exists: (path: string) => boolean;
}

const PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}/;

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function resolveChartSource(request: ChartSourceRequest): ChartSource {
  const input = text(request.chartInput);
  if (input) {
    const path = isAbsolute(input) ? input : resolve(request.cwd, input);
    if (!request.exists(path)) {
      return {
        kind: 'none',
        reason: `the chart '${input}' given in 'chart' does not exist`,
        fix: "Give 'chart' the path of an operator-wandb chart archive (.tgz) or unpacked chart directory.",
      };
    }
    return { kind: 'local', path, origin: 'chart input' };
  }
  const chart = request.specChart;
  if (chart === undefined || chart === null) {
    return {
      kind: 'none',
      reason:
        'the CR has no spec.chart: the operator takes the chart from the release channel when it reconciles, so it is not known here',
      fix: "Pin the chart in spec.chart (url, name, version), or give a local copy with 'chart' (CLI --chart PATH).",
    };
  }
  if (typeof chart !== 'object' || Array.isArray(chart)) {
    return { kind: 'none', reason: 'spec.chart is not a mapping' };
  }
  const spec = chart as Record<string, unknown>;
  const version = text(spec.version);
  const username = text(spec.username);
  const password = text(spec.password);
  const credentials = {
    ...(username && !PLACEHOLDER.test(username) ? { username } : {}),
    ...(password && !PLACEHOLDER.test(password) ? { password } : {}),
  };
  const path = text(spec.path);
  if (path) {
    const local = isAbsolute(path) ? path : resolve(request.cwd, path);
    if (request.exists(local)) return { kind: 'local', path: local, origin: 'spec.chart.path' };
    return {
      kind: 'none',
      reason: `spec.chart.path '${path}' is a path in the operator's pod and does not exist here`,
      fix: "Give a local copy of that chart with 'chart' (CLI --chart PATH).",
    };
  }
  const url = text(spec.url);
  if (!url) return { kind: 'none', reason: 'spec.chart has neither path nor url' };
  if (PLACEHOLDER.test(url) || (version && PLACEHOLDER.test(version))) {
    return {
      kind: 'none',
      reason: 'spec.chart holds a placeholder that is filled in later',
      fix: "Give a local copy of the chart with 'chart' (CLI --chart PATH).",
    };
  }
  if (/^oci:\/\//i.test(url)) {
    // user:password@ in the URL must reach neither helm's argv nor the registry host: moved to the credentials.
    const inUrl = ociUserinfo(url);
    const rest = inUrl.url.slice('oci://'.length).replace(/\/+$/, '');
    const last = rest.slice(rest.lastIndexOf('/') + 1);
    const colon = last.indexOf(':');
    const name = colon >= 0 ? last.slice(0, colon) : last;
    const tag = colon >= 0 ? last.slice(colon + 1) : undefined;
    const ref = `oci://${rest.slice(0, rest.length - last.length)}${name}`;
    const pinned = version ?? tag;
    return {
      kind: 'oci',
      ref,
      name,
      ...(pinned ? { version: pinned } : {}),
      // spec.chart.username/password, when set, win over the URL's.
      ...(inUrl.username ? { username: inUrl.username } : {}),
      ...(inUrl.password ? { password: inUrl.password } : {}),
      ...credentials,
      ...(inUrl.username || inUrl.password ? { credentialsInUrl: true } : {}),
      ...(spec.plainHTTP === true ? { plainHTTP: true } : {}),
    };
  }
  if (!/^https?:\/\//i.test(url)) {
    return { kind: 'none', reason: `spec.chart.url is neither oci:// nor an http(s) repository` };
  }
  const name = text(spec.name);
  if (!name)
    return { kind: 'none', reason: 'spec.chart.url names a repository but spec.chart.name is missing' };
  return {
    kind: 'repository',
    url: url.replace(/\/+$/, ''),
    name,
    ...(version ? { version } : {}),
    ...credentials,
  };
}

/**
 * An oci:// URL's user:password (percent-decoded) and the URL without them. Parsed by the WHATWG URL parser, as
 * install-operator's chart-repo (src/install/v2.ts ociChartSource); a URL it cannot parse is left as it is.
 */
function ociUserinfo(url: string): { url: string; username?: string; password?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const authority = url.slice('oci://'.length).split('/')[0];
  return {
    // The rest of the URL as written (the parser would re-encode the path): only the userinfo goes.
    url: `oci://${url.slice('oci://'.length + authority.lastIndexOf('@') + 1)}`,
    ...(parsed.username ? { username: decode(parsed.username) } : {}),
    ...(parsed.password ? { password: decode(parsed.password) } : {}),
  };
}

/** A URL with any user:password replaced by ***, for the log. */
export function maskUrl(url: string): string {
  return url.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@');
}

/** One line for the log and the summary: where the chart comes from. */
export function describeSource(source: ChartSource): string {
  switch (source.kind) {
    case 'local':
      return `${source.path} (${source.origin})`;
    case 'repository':
      return `${source.name} ${source.version ?? '(newest)'} from ${maskUrl(source.url)}`;
    case 'oci':
      return `${maskUrl(source.ref)}:${source.version ?? '(newest)'}`;
    case 'none':
      return `no chart: ${source.reason}`;
  }
}

/**
 * Where a fetched chart is kept: one folder per chart name and version, per source location (a hash of the URL
 * without credentials, so two repositories serving a same-named chart do not mix), and the archive in it named
 * by its sha256 digest. undefined for sources that are not fetched or not pinned (the newest version can change).
 */
export function chartCacheKey(source: ChartSource): { dir: string[] } | undefined {
  if (source.kind !== 'repository' && source.kind !== 'oci') return undefined;
  if (!source.version) return undefined;
  const location = source.kind === 'repository' ? source.url : source.ref;
  const where = createHash('sha256').update(stripCredentials(location)).digest('hex').slice(0, 16);
  const safe = (part: string) => part.replace(/[^A-Za-z0-9._+-]/g, '_');
  return { dir: [safe(source.name), safe(source.version), where] };
}

/** The archive file name for a digest (sha256 hex). */
export function cachedArchiveName(name: string, version: string, digest: string): string {
  return `${name}-${version}-${digest.replace(/^sha256:/, '').slice(0, 64)}.tgz`;
}

function stripCredentials(url: string): string {
  return url.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1');
}
