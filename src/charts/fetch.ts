/*
 * Getting a chart archive to render: from an HTTP(S) Helm repository (its index.yaml, then the archive, read
 * in-process so that the password goes in an Authorization header and never on a command line), or from an
 * OCI registry (`helm pull`, the credentials in a 0600 registry config inside a private helm home, no `helm
 * registry login`). Archives are cached by chart name, version, source location and sha256 digest
 * (src/charts/source.ts `chartCacheKey`); a pinned version found in the cache is used with no network at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { request } from 'undici';
import { httpDispatcher } from '../http/proxy.js';
import semver from 'semver';
import { execute as defaultExecute, type Execute } from '../core/exec.js';
import { createHelmHome, writeRegistryCredentials } from '../kube/helm.js';
import { readTgz } from './archive.js';
import type { ChartIdentity } from './render.js';
import { cachedArchiveName, chartCacheKey, maskUrl, type ChartSource } from './source.js';

export interface FetchOptions {
  /** Root of the chart cache (`chartCacheRoot(env)`). */
  cacheRoot: string;
  timeoutMs: number;
  /** HTTP basic auth and CA for the repository (inputs, or spec.chart's inline pair). */
  username?: string;
  password?: string;
  caFile?: string;
  /** For oci:// only. */
  helm?: string;
  env?: NodeJS.ProcessEnv;
  execute?: Execute;
  /** Told the secrets fetching derives from the credentials (the registry config's base64 `user:password`). */
  redactor?: { add(secret: string): unknown };
}

export interface FetchedChart {
  path: string;
  version: string;
  digest: string;
  /** true when taken from the cache (nothing was downloaded). */
  cached: boolean;
}

/** The chart cache, next to the tool cache the helm/kubectl installer uses (src/tools/install.ts). */
export function chartCacheRoot(env: NodeJS.ProcessEnv): string {
  const toolCache =
    env.RUNNER_TOOL_CACHE ||
    join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'wandb-operator-actions', 'tool-cache');
  return join(toolCache, 'wandb-charts');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A cached archive for this pinned source whose bytes still match the digest in its name. */
async function fromCache(dir: string): Promise<{ path: string; digest: string } | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return undefined;
  }
  for (const name of names.filter((n) => n.endsWith('.tgz'))) {
    const digest = /-([0-9a-f]{64})\.tgz$/.exec(name)?.[1];
    const path = join(dir, name);
    if (digest && sha256(await readFile(path)) === digest) return { path, digest };
  }
  return undefined;
}

async function store(dir: string, name: string, version: string, bytes: Uint8Array): Promise<FetchedChart> {
  const digest = sha256(bytes);
  await mkdir(dir, { recursive: true });
  const path = join(dir, cachedArchiveName(name, version, digest));
  const temp = `${path}.${process.pid}.part`;
  await writeFile(temp, bytes);
  await rename(temp, path);
  return { path, version, digest, cached: false };
}

class FetchError extends Error {}

/**
 * GET with basic auth (only to the repository's own origin, as helm does) and an optional CA, through the
 * proxy the environment names (src/http/proxy.ts), as helm itself would go.
 */
async function get(url: URL, options: FetchOptions, authOrigin: string, redirects = 3): Promise<Buffer> {
  const headers: Record<string, string> = { 'User-Agent': 'wandb-operator-actions' };
  if (url.origin === authOrigin && (options.username || options.password)) {
    headers.Authorization = `Basic ${Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString('base64')}`;
  }
  const ca = options.caFile ? readFileSync(options.caFile, 'utf8') : undefined;
  const target = new URL(url.href);
  target.username = '';
  target.password = '';
  const dispatcher = httpDispatcher({ env: options.env ?? {}, ca, timeoutMs: options.timeoutMs });
  try {
    let res;
    try {
      res = await request(target, { headers, ...(dispatcher ? { dispatcher } : {}) });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const why = /TIMEOUT/.test(code) ? 'did not answer in time' : (error as Error).message;
      throw new FetchError(`${maskUrl(url.href)}${/TIMEOUT/.test(code) ? ' ' : ': '}${why}`);
    }
    const status = res.statusCode;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location && redirects > 0) {
      await res.body.dump();
      return await get(new URL(String(location), url), options, authOrigin, redirects - 1);
    }
    const body = Buffer.from(await res.body.arrayBuffer());
    if (status === 200) return body;
    throw new FetchError(
      `${maskUrl(url.href)} answered HTTP ${status}${status === 401 || status === 403 ? ' (check the repository credentials)' : ''}`,
    );
  } finally {
    await dispatcher?.destroy();
  }
}

interface IndexEntry {
  version?: string;
  digest?: string;
  urls?: string[];
}

async function fromRepository(
  source: Extract<ChartSource, { kind: 'repository' }>,
  options: FetchOptions,
): Promise<FetchedChart> {
  const base = new URL(`${source.url}/`);
  const authOrigin = base.origin;
  const withInline = {
    ...options,
    username: options.username ?? (source.username || decodeURIComponent(base.username) || undefined),
    password: options.password ?? (source.password || decodeURIComponent(base.password) || undefined),
  };
  const index = parse((await get(new URL('index.yaml', base), withInline, authOrigin)).toString('utf8'), {
    maxAliasCount: -1,
  }) as { entries?: Record<string, IndexEntry[]> } | null;
  const entries = index?.entries?.[source.name] ?? [];
  if (entries.length === 0) {
    throw new FetchError(`${maskUrl(source.url)} has no chart named '${source.name}'`);
  }
  const entry = source.version
    ? entries.find((e) => e.version === source.version || e.version === source.version?.replace(/^v/, ''))
    : [...entries]
        .filter((e) => e.version && semver.valid(e.version))
        .sort((a, b) => semver.rcompare(a.version!, b.version!))[0];
  if (!entry?.version || !entry.urls?.length) {
    throw new FetchError(
      `${maskUrl(source.url)} lists no ${source.name} ${source.version ?? ''} (it has ${entries
        .slice(0, 5)
        .map((e) => e.version)
        .join(', ')}${entries.length > 5 ? ', ...' : ''})`,
    );
  }
  const key = chartCacheKey({ ...source, version: entry.version });
  const dir = join(options.cacheRoot, ...key!.dir);
  const digest = entry.digest?.replace(/^sha256:/, '');
  if (digest) {
    const path = join(dir, cachedArchiveName(source.name, entry.version, digest));
    if (existsSync(path) && sha256(await readFile(path)) === digest) {
      return { path, version: entry.version, digest, cached: true };
    }
  }
  const bytes = await get(new URL(entry.urls[0], base), withInline, authOrigin);
  if (digest && sha256(bytes) !== digest) {
    throw new FetchError(
      `${source.name} ${entry.version} from ${maskUrl(source.url)} does not match the digest its index gives; it was not cached`,
    );
  }
  return store(dir, source.name, entry.version, bytes);
}

/** What to do when helm spoke HTTPS to a registry that answers in plain HTTP (the operator's own field). */
function plainHint(stderr: string): string {
  return /server gave HTTP response to HTTPS client/.test(stderr)
    ? ' (the registry speaks plain HTTP: set spec.chart.plainHTTP: true, as the operator needs too)'
    : '';
}

async function fromOci(
  source: Extract<ChartSource, { kind: 'oci' }>,
  options: FetchOptions,
): Promise<FetchedChart> {
  if (!options.helm) throw new FetchError('helm is needed to pull an oci:// chart');
  const run = options.execute ?? defaultExecute;
  const home = await createHelmHome();
  try {
    const env = { ...(options.env ?? process.env), ...home.env };
    const username = options.username ?? source.username;
    const password = options.password ?? source.password;
    if (source.credentialsInUrl) {
      // Written in spec.chart.url, so they may appear (percent-encoded) wherever the CR does.
      for (const secret of [source.username, source.password])
        if (secret)
          for (const form of new Set([secret, encodeURIComponent(secret)])) options.redactor?.add(form);
    }
    const host = source.ref.slice('oci://'.length).split('/')[0];
    const tls = options.caFile ? ['--ca-file', options.caFile] : [];
    // spec.chart.plainHTTP, as the operator's OCIRelease: helm 4 (oras-go v2) reaches an HTTP registry only
    // when told so, helm 3 tries HTTP by itself only for localhost.
    const plain = source.plainHTTP ? ['--plain-http'] : [];
    if (username && password) {
      if (username.includes(':'))
        throw new FetchError(`the username for ${host} contains ':', which HTTP Basic auth cannot carry`);
      // No `helm registry login`: it may hand the password to a Docker credential helper (the OS keychain),
      // where it would outlive the run (src/kube/helm.ts writeRegistryCredentials).
      const auth = await writeRegistryCredentials(home.registryConfig, host, username, password);
      options.redactor?.add(auth);
    }
    const out = join(home.dir, 'pulled');
    await mkdir(out, { recursive: true });
    const pulled = await run({
      command: options.helm,
      role: 'helm',
      args: [
        'pull',
        source.ref,
        ...(source.version ? ['--version', source.version] : []),
        '-d',
        out,
        ...tls,
        ...plain,
      ],
      env,
      timeoutMs: options.timeoutMs,
    });
    if (pulled.code !== 0) {
      throw new FetchError(
        `helm pull ${maskUrl(source.ref)} failed: ${pulled.stderr.trim().split('\n').pop()}${plainHint(pulled.stderr)}`,
      );
    }
    const file = (await readdir(out)).find((name) => name.endsWith('.tgz'));
    if (!file) throw new FetchError(`helm pull ${maskUrl(source.ref)} gave no archive`);
    const version = /-(\d[^/]*)\.tgz$/.exec(file)?.[1] ?? source.version ?? 'unknown';
    const key = chartCacheKey({ ...source, version })!;
    return await store(
      join(options.cacheRoot, ...key.dir),
      source.name,
      version,
      await readFile(join(out, file)),
    );
  } finally {
    await home.cleanup();
  }
}

/**
 * The archive for a repository or OCI source: from the cache when the version is pinned and an intact copy is
 * there (no network), else downloaded, checked against the index's digest, and cached. Throws an Error whose
 * message is safe to show (URLs masked) when the chart cannot be had.
 */
export async function fetchChart(
  source: Extract<ChartSource, { kind: 'repository' | 'oci' }>,
  options: FetchOptions,
): Promise<FetchedChart> {
  const key = chartCacheKey(source);
  if (key && source.version) {
    const hit = await fromCache(join(options.cacheRoot, ...key.dir));
    if (hit) return { ...hit, version: source.version, cached: true };
  }
  return source.kind === 'repository' ? fromRepository(source, options) : fromOci(source, options);
}

/**
 * `helm package` writes the chart's Chart.yaml first: read it from the archive's first 64 KiB (a partial
 * gunzip) rather than unpacking the whole chart. undefined when it is not there (readTgz then reads it all).
 */
async function chartYamlFirst(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let tar: Buffer;
  try {
    tar = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return undefined;
  }
  const field = (block: Buffer, start: number, length: number) => {
    const bytes = block.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return (end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
  };
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    const name = field(header, 0, 100);
    if (!name) return undefined;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const prefix = field(header, 345, 155);
    const full = prefix ? `${prefix}/${name}` : name;
    if (/^[^/]+\/Chart\.yaml$/.test(full) && offset + 512 + size <= tar.length) {
      return tar.subarray(offset + 512, offset + 512 + size).toString('utf8');
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/** name and version from the chart's Chart.yaml (an archive or a directory). */
export async function chartIdentity(path: string): Promise<ChartIdentity> {
  let text: string | undefined;
  if (statSync(path).isDirectory()) {
    text = await readFile(join(path, 'Chart.yaml'), 'utf8');
  } else {
    text = await chartYamlFirst(path);
  }
  if (text === undefined && !statSync(path).isDirectory()) {
    const files = readTgz(await readFile(path));
    for (const [name, bytes] of files) {
      if (/^[^/]+\/Chart\.yaml$/.test(name)) {
        text = Buffer.from(bytes).toString('utf8');
        break;
      }
    }
  }
  const chart = (text ? parse(text) : {}) as { name?: unknown; version?: unknown } | null;
  return { name: String(chart?.name ?? 'chart'), version: String(chart?.version ?? 'unknown') };
}
