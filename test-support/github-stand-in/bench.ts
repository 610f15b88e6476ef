/**
 * Requests release-notes spends for a 30-version range on a cold and on a warm cache, measured against the
 * GitHub stand-in (loopback) so the figure is the same on every machine and costs nothing against GitHub.
 * For `npm run bench`: a bench file can be
 *
 *     import { githubRequestRows } from '../test-support/github-stand-in/bench.js';
 *     export const run = () => githubRequestRows();
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandIn } from './server.js';
import { seedWandbServer } from './wandb-server.js';
import { cli } from './cli.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';
import { buildCatalog } from '../../src/releases/catalog.js';

export interface RunCost {
  /** HTTP requests the stand-in received. */
  requests: number;
  /** Of them, answered 304 Not Modified. */
  notModified: number;
  /** Requests that counted against the primary rate limit. */
  rateLimitUsed: number;
  ms: number;
  exitCode: number;
}

export interface GitHubBench {
  from: string;
  to: string;
  versions: number;
  authenticated: boolean;
  cold: RunCost;
  warm: RunCost;
}

/** Runs `release-notes --from A --to B` twice (cold cache, then warm) over a range of `versions` releases. */
export async function benchGitHubRequests(
  options: { versions?: number; authenticated?: boolean } = {},
): Promise<GitHubBench> {
  const versions = options.versions ?? 30;
  const authenticated = options.authenticated ?? true;
  const token = 'ghp_benchToken000000000000000000000000000';
  const catalog = buildCatalog(snapshotReleases());
  const to = catalog[catalog.length - 1].version;
  const from = catalog[catalog.length - 1 - versions].version;
  const gh = new GitHubStandIn({ tokens: [token] });
  await gh.start();
  seedWandbServer(gh);
  const dir = mkdtempSync(join(tmpdir(), 'bench-github-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_API_URL: gh.url,
    WANDB_OPERATOR_ACTIONS_CACHE_DIR: join(dir, 'cache'),
    ...(authenticated ? { GITHUB_TOKEN: token } : {}),
  };
  const once = async (): Promise<RunCost> => {
    gh.resetLog();
    const started = performance.now();
    const result = await cli(['release-notes', '--from', from, '--to', to], env, dir);
    return {
      requests: gh.requests.length,
      notModified: gh.count({ status: 304 }),
      rateLimitUsed: gh.rateLimitUsed,
      ms: performance.now() - started,
      exitCode: result.code,
    };
  };
  try {
    const cold = await once();
    const warm = await once();
    return { from, to, versions, authenticated, cold, warm };
  } finally {
    await gh.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same as rows for scripts/bench.mjs (`{ bench, figure, value, goal }`). */
export async function githubRequestRows(): Promise<
  { bench: string; figure: string; value: string; goal?: string }[]
> {
  const withToken = await benchGitHubRequests();
  const anonymous = await benchGitHubRequests({ authenticated: false });
  const cost = (c: RunCost) =>
    `${c.requests} requests (${c.notModified} not modified), ${c.rateLimitUsed} against the rate limit`;
  const bench = `release-notes ${withToken.versions} versions`;
  return [
    { bench, figure: 'cold cache, token', value: cost(withToken.cold) },
    { bench, figure: 'warm cache, token', value: cost(withToken.warm), goal: '0 against the rate limit' },
    { bench, figure: 'cold cache, no token', value: cost(anonymous.cold) },
    { bench, figure: 'warm cache, no token', value: cost(anonymous.warm) },
  ];
}
