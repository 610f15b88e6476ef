import { readInputFile } from '../core/files.js';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError } from '../core/errors.js';
import { hasUrlCredentials, withoutUrlCredentials } from '../core/redact.js';
import { bool, str, type RawInputs } from '../core/inputs.js';
import { buildCatalog, catalogFromGitHub, parseReleasesFile } from '../releases/catalog.js';
import type { Release } from '../releases/types.js';
import { SNAPSHOT_DATE, snapshotReleases } from '../data/releases-snapshot.js';
import { FileCache, MemoryCache, type ResponseCache } from './cache.js';
import { PUBLIC_API_URL, createGitHubClient, type GitHubClient } from './client.js';
import { listReleases, splitRepository } from './releases.js';

export interface ReleaseSourceOptions {
  repository: string;
  releasesFile?: string;
  includePrereleases: boolean;
  token?: string;
  apiUrl: string;
  /** Undefined: in memory only. */
  cacheFile?: string;
}

export function readReleaseSourceOptions(raw: RawInputs, ctx: Context): ReleaseSourceOptions {
  const token = str(raw, 'github-token');
  if (token) ctx.redactor.add(token);
  const apiUrl = (str(raw, 'github-api-url') ?? ctx.env.GITHUB_API_URL ?? PUBLIC_API_URL).replace(/\/+$/, '');
  if (hasUrlCredentials(apiUrl)) {
    // GitHub authenticates with a token header; credentials in the URL would be refused by fetch and printed.
    throw new UserError(
      `github-api-url holds credentials in its URL (before '@'): ${withoutUrlCredentials(apiUrl)} with a user and password.`,
      `Give the URL alone (${withoutUrlCredentials(apiUrl)}) and the token in github-token (GITHUB_TOKEN on the CLI).`,
    );
  }
  try {
    const url = new URL(apiUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol');
  } catch {
    throw new UserError(
      `github-api-url '${apiUrl}' is not an http(s) URL.`,
      'Give e.g. https://github.example.com/api/v3.',
    );
  }
  const repository = str(raw, 'repository') ?? 'wandb/server';
  splitRepository(repository);
  const dir =
    str(raw, 'cache-dir') ??
    join(ctx.env.XDG_CACHE_HOME ?? join(ctx.env.HOME ?? homedir(), '.cache'), 'wandb-operator-actions');
  const cacheFile =
    dir === 'off'
      ? undefined
      : join(
          isAbsolute(dir) ? dir : resolve(ctx.cwd, dir),
          // One file per API host, so GitHub.com and an Enterprise Server never share entries.
          `github-${createHash('sha256').update(apiUrl).digest('hex').slice(0, 12)}.json`,
        );
  return {
    repository,
    releasesFile: str(raw, 'releases-file'),
    includePrereleases: bool(raw, 'include-prereleases'),
    token,
    apiUrl,
    cacheFile,
  };
}

/** Test hook: client options the command line cannot give (tiny retry waits). Never set in real use. */
export interface ClientTuning {
  retryBaseMs?: number;
}

export function githubClient(
  options: ReleaseSourceOptions,
  ctx: Context,
  tuning: ClientTuning = {},
): GitHubClient {
  const cache: ResponseCache = options.cacheFile ? new FileCache(options.cacheFile) : new MemoryCache();
  return createGitHubClient({
    baseUrl: options.apiUrl,
    token: options.token,
    cache,
    env: ctx.env,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    onSecret: (secret) => ctx.redactor.add(secret),
    retryBaseMs: tuning.retryBaseMs,
  });
}

export interface LoadedCatalog {
  catalog: Release[];
  /** Said in the output: where the releases came from. */
  source: string;
  /** The page listing every release, for "read the rest" links. */
  releasesPage?: string;
  client?: GitHubClient;
}

/** The releases page on the web for a repository served by an API base URL. */
export function releasesPageUrl(apiUrl: string, repository: string): string {
  const url = new URL(apiUrl);
  const web =
    url.hostname === 'api.github.com'
      ? 'https://github.com'
      : `${url.protocol}//${url.host}${url.pathname.replace(/\/api\/v3\/?$/, '')}`;
  return `${web.replace(/\/+$/, '')}/${repository}/releases`;
}

export async function loadCatalog(
  options: ReleaseSourceOptions,
  ctx: Context,
  client?: GitHubClient,
): Promise<LoadedCatalog> {
  const filter = { includePrereleases: options.includePrereleases };
  if (options.releasesFile === 'builtin') {
    const catalog = buildCatalog(snapshotReleases(), filter);
    ctx.out.notice(
      `Using the built-in snapshot of wandb/server releases (as of ${SNAPSHOT_DATE}; newest ${catalog[catalog.length - 1].version}), as asked by releases-file: builtin. Releases after it are missing and it carries no notes.`,
    );
    return {
      catalog,
      source: `built-in snapshot of ${SNAPSHOT_DATE}`,
      releasesPage: 'https://github.com/wandb/server/releases',
    };
  }
  if (options.releasesFile) {
    const text = readInputFile(ctx.cwd, options.releasesFile, 'releases-file');
    const catalog = buildCatalog(parseReleasesFile(text, options.releasesFile), filter);
    if (catalog.length === 0) throw new UserError(`releases-file ${options.releasesFile} lists no release.`);
    return { catalog, source: `releases file ${options.releasesFile}` };
  }
  const github = client ?? githubClient(options, ctx);
  const objects = await listReleases(github, options.repository);
  const { releases, ignored } = catalogFromGitHub(objects, filter);
  if (ignored.length > 0) ctx.out.info(`Ignored releases whose tag is not a version: ${ignored.join(', ')}.`);
  if (!github.authenticated) {
    const left = github.stats.rateLimit
      ? ` (${github.stats.rateLimit.remaining} of ${github.stats.rateLimit.limit} left this hour)`
      : '';
    ctx.out.warning(
      `No GitHub token: the GitHub API allows 60 requests an hour per IP address without one${left}. Set github-token (GITHUB_TOKEN on the CLI) for 5,000.`,
    );
  }
  if (releases.length === 0) {
    throw new UserError(
      `${options.repository} has no published releases at ${options.apiUrl}.`,
      'Check repository and github-api-url.',
    );
  }
  return {
    catalog: releases,
    source: `GitHub releases of ${options.repository}`,
    // GitHub gives each release's page; the list of all is beside it (works for any host).
    releasesPage:
      /^(.*\/releases)\/tag\//.exec(releases[releases.length - 1].url)?.[1] ??
      releasesPageUrl(options.apiUrl, options.repository),
    client: github,
  };
}
