/**
 * The GitHub adapter against the GitHub stand-in on loopback: pagination, conditional requests with the file
 * cache, retries after 502 and after a secondary rate limit, GHES base URLs, errors that say what to do.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { seedWandbServer, WANDB_SERVER } from '../../test-support/github-stand-in/wandb-server.js';
import { createGitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import { FileCache } from '../../src/github/cache.js';
import { listReleases } from '../../src/github/releases.js';
import { upsertComment } from '../../src/github/comments.js';
import { catalogFromGitHub, releasesBetween } from '../../src/releases/catalog.js';
import { UserError } from '../../src/core/errors.js';
import { ProxyStandIn } from '../../test-support/github-stand-in/proxy.js';

const TOKEN = 'ghp_standInToken0123456789abcdefABCDEF';
let gh: GitHubStandIn;
let dir: string;
const warnings: string[] = [];

function client(extra: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    baseUrl: gh.url,
    token: TOKEN,
    cache: new FileCache(join(dir, 'cache.json')),
    log: { warning: (m) => warnings.push(m), info: () => undefined },
    retryBaseMs: 1,
    env: {},
    ...extra,
  });
}

beforeEach(async () => {
  gh = new GitHubStandIn({ tokens: [TOKEN] });
  await gh.start();
  seedWandbServer(gh);
  dir = mkdtempSync(join(tmpdir(), 'gh-client-'));
  warnings.length = 0;
});

afterEach(async () => {
  await gh.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('listing releases', () => {
  it('follows Link pagination past 100 releases, 100 a page', async () => {
    const objects = await listReleases(client(), WANDB_SERVER);
    expect(objects.length).toBe(gh.releases(WANDB_SERVER).length);
    expect(objects.length).toBeGreaterThan(180);
    expect(gh.requests.map((r) => r.query)).toEqual(['?per_page=100', '?per_page=100&page=2']);
    const { releases } = catalogFromGitHub(objects);
    // The two tag forms of 0.63.0 are one version; the draft and the prerelease are left out.
    expect(releases.filter((r) => r.version === '0.63.0')).toHaveLength(1);
    expect(releases.find((r) => r.version === '0.63.0')).toMatchObject({
      date: '2024-12-06',
      firstDate: '2024-11-12',
    });
    expect(releases.some((r) => r.version.startsWith('0.84.0'))).toBe(false);
    expect(releasesBetween(releases, '0.74.1', '0.79.2')).toHaveLength(15);
  });

  it('serves a repeat run from 304s that cost no rate limit, also in a new process (file cache)', async () => {
    await listReleases(client(), WANDB_SERVER);
    const after = gh.rateLimitUsed;
    expect(after).toBe(2);
    gh.resetLog();
    const warm = client();
    const again = await listReleases(warm, WANDB_SERVER);
    expect(again.length).toBe(gh.releases(WANDB_SERVER).length);
    expect(gh.requests.map((r) => [r.status, r.conditional])).toEqual([
      [304, true],
      [304, true],
    ]);
    expect(gh.rateLimitUsed).toBe(0);
    expect(warm.stats).toMatchObject({ calls: 2, notModified: 2 });
    expect(warm.stats.rateLimit).toMatchObject({ limit: 5000, remaining: 4998 });
    // The cache holds answers, never the token, and only its owner can read it.
    const cacheText = readFileSync(join(dir, 'cache.json'), 'utf8');
    expect(cacheText).not.toContain(TOKEN);
    expect(statSync(join(dir, 'cache.json')).mode & 0o077).toBe(0);
  });

  it('fetches again when the releases changed', async () => {
    await listReleases(client(), WANDB_SERVER);
    gh.addRelease(WANDB_SERVER, { tag_name: 'v0.83.1', published_at: '2026-08-05T10:00:00Z' });
    gh.resetLog();
    const objects = await listReleases(client(), WANDB_SERVER);
    expect(objects[0].tag_name).toBe('v0.83.1');
    expect(gh.requests[0].status).toBe(200);
  });

  it('retries after a 502', async () => {
    gh.failNext(2, 502);
    const objects = await listReleases(client(), WANDB_SERVER);
    expect(objects.length).toBe(gh.releases(WANDB_SERVER).length);
    expect(gh.requests.slice(0, 3).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('gives up after the retries with an error that says what happened', async () => {
    gh.failNext(10, 502);
    await expect(listReleases(client(), WANDB_SERVER)).rejects.toThrow(
      'The GitHub API answered 502 while trying to list the releases of wandb/server, also after retrying.',
    );
    expect(gh.count({ status: 502 })).toBe(4);
  });

  it('waits as asked and retries after a secondary rate limit', async () => {
    gh.secondaryRateLimitNext(1, 1);
    const started = Date.now();
    await listReleases(client(), WANDB_SERVER);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200, 200]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings.join('\n')).toContain('secondary rate limit');
  });

  it('works under a GitHub Enterprise Server base URL', async () => {
    const ghes = new GitHubStandIn({ basePath: '/api/v3', tokens: [TOKEN] });
    const url = await ghes.start();
    try {
      seedWandbServer(ghes, { repository: 'platform/wandb-server' });
      expect(url).toMatch(/\/api\/v3$/);
      const objects = await listReleases(client({ baseUrl: url }), 'platform/wandb-server');
      expect(objects.length).toBe(ghes.releases('platform/wandb-server').length);
      expect(ghes.requests.map((r) => r.path)).toEqual([
        '/api/v3/repos/platform/wandb-server/releases',
        '/api/v3/repos/platform/wandb-server/releases',
      ]);
    } finally {
      await ghes.stop();
    }
  });

  it('explains a rejected token, an unknown repository and a spent rate limit', async () => {
    const bad = client({ token: 'ghp_wrongToken' });
    const error = await listReleases(bad, WANDB_SERVER).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      'GitHub rejected the token while trying to list the releases of wandb/server (401 Bad credentials).',
    );
    expect(error.message + error.fix).not.toContain('ghp_wrongToken');
    await expect(listReleases(client(), 'wandb/nothing')).rejects.toThrow('404 Not Found');
    gh.setRemaining(0);
    const anonymous = client({ token: undefined });
    const spent = await listReleases(anonymous, WANDB_SERVER).catch((e) => e);
    expect(spent.message).toContain('The GitHub API rate limit is used up');
    expect(spent.fix).toContain('without a token GitHub allows 60 requests an hour');
  });

  it('names the host when the network fails', async () => {
    const url = gh.url;
    await gh.stop();
    await expect(listReleases(client({ baseUrl: url, retries: 0 }), WANDB_SERVER)).rejects.toThrow(
      `Could not reach the GitHub API at ${url}`,
    );
    await gh.start();
  });
});

describe('comments', () => {
  it('creates once, then edits in place, and leaves an identical comment alone', async () => {
    const request = { repository: 'acme/deploy', issueNumber: 7, marker: '<!-- m -->', body: 'first' };
    const c = client();
    gh.comments('acme/deploy', 7).push({
      id: 1,
      node_id: 'IC_1',
      url: '',
      html_url: '',
      body: 'unrelated',
      user: { login: 'someone', type: 'User' },
      created_at: '',
      updated_at: '',
    });
    expect((await upsertComment(c, request)).action).toBe('created');
    expect((await upsertComment(c, { ...request, body: 'second' })).action).toBe('updated');
    expect((await upsertComment(c, { ...request, body: 'second' })).action).toBe('unchanged');
    expect(gh.comments('acme/deploy', 7).map((x) => x.body)).toEqual(['unrelated', '<!-- m -->\nsecond']);
  });

  it('needs a token to write', async () => {
    const anonymous = client({ token: undefined });
    await expect(
      upsertComment(anonymous, {
        repository: 'acme/deploy',
        issueNumber: 7,
        marker: '<!-- m -->',
        body: 'x',
      }),
    ).rejects.toThrow(
      'GitHub rejected the token while trying to comment on acme/deploy#7 (401 Requires authentication)',
    );
  });
});

describe('proxy', () => {
  let proxy: ProxyStandIn;
  beforeEach(async () => {
    proxy = new ProxyStandIn();
    await proxy.start();
  });
  afterEach(async () => proxy.stop());

  it('goes through HTTP(S)_PROXY with its credentials, and hands the password to the redactor', async () => {
    const secrets: string[] = [];
    const proxied = client({
      env: { HTTP_PROXY: proxy.url.replace('http://', 'http://deploy:pr%40xy-pass@') },
      onSecret: (s) => secrets.push(s),
    });
    const objects = await listReleases(proxied, WANDB_SERVER);
    expect(objects.length).toBe(gh.releases(WANDB_SERVER).length);
    expect(proxy.tunnels.map((t) => t.target)).toContain(new URL(gh.url).host);
    expect(proxy.tunnels[0].proxyAuthorization).toBe(
      `Basic ${Buffer.from('deploy:pr@xy-pass').toString('base64')}`,
    );
    expect(secrets).toContain('pr@xy-pass');
  });

  it('bypasses the proxy for NO_PROXY hosts', async () => {
    const direct = client({ env: { HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' } });
    await listReleases(direct, WANDB_SERVER);
    expect(proxy.tunnels).toHaveLength(0);
    expect(gh.requests).toHaveLength(2);
  });
});
