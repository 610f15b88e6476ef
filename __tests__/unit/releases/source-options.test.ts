import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReleaseSourceOptions, releasesPageUrl } from '../../../src/github/options.js';
import { FileCache } from '../../../src/github/cache.js';
import { Redactor } from '../../../src/core/redact.js';
import { Reporter } from '../../../src/core/reporter.js';
import type { Context } from '../../../src/core/command.js';

function context(env: NodeJS.ProcessEnv): Context {
  const redactor = new Redactor();
  const out = new Reporter({ redactor, env, streams: { stdout: () => undefined, stderr: () => undefined } });
  return { out, redactor, env, cwd: '/work/project', now: new Date('2026-11-23T00:00:00Z') };
}

describe('release source options', () => {
  it('takes the API URL from the input, then GITHUB_API_URL, then api.github.com', () => {
    const ctx = context({ HOME: '/home/u', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' });
    expect(readReleaseSourceOptions({}, ctx).apiUrl).toBe('https://ghe.example.com/api/v3');
    expect(readReleaseSourceOptions({ 'github-api-url': 'https://x.test/api/v3' }, ctx).apiUrl).toBe(
      'https://x.test/api/v3',
    );
    expect(readReleaseSourceOptions({}, context({ HOME: '/home/u' })).apiUrl).toBe('https://api.github.com');
    expect(() => readReleaseSourceOptions({ 'github-api-url': 'ftp://x' }, ctx)).toThrow(
      'is not an http(s) URL',
    );
    expect(() => readReleaseSourceOptions({ repository: 'server' }, ctx)).toThrow(
      "'server' is not a repository name",
    );
  });

  it('keeps one cache file per API host, under the user cache by default, or none with off', () => {
    const ctx = context({ HOME: '/home/u' });
    const pub = readReleaseSourceOptions({}, ctx).cacheFile ?? '';
    const ghes =
      readReleaseSourceOptions({ 'github-api-url': 'https://ghe.example.com/api/v3' }, ctx).cacheFile ?? '';
    expect(pub).toMatch(/^\/home\/u\/\.cache\/wandb-operator-actions\/github-[0-9a-f]{12}\.json$/);
    expect(ghes).not.toBe(pub);
    expect(readReleaseSourceOptions({ 'cache-dir': '.cache/gh' }, ctx).cacheFile).toMatch(
      /^\/work\/project\/\.cache\/gh\//,
    );
    expect(readReleaseSourceOptions({ 'cache-dir': 'off' }, ctx).cacheFile).toBeUndefined();
  });

  it('registers the token with the redactor as soon as it is read', () => {
    const ctx = context({});
    readReleaseSourceOptions({ 'github-token': 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' }, ctx);
    expect(ctx.redactor.redact('token ghp_abcdefghijklmnopqrstuvwxyz0123456789')).not.toContain('ghp_abcdef');
  });

  it('links the releases page of github.com and of an Enterprise Server', () => {
    expect(releasesPageUrl('https://api.github.com', 'wandb/server')).toBe(
      'https://github.com/wandb/server/releases',
    );
    expect(releasesPageUrl('https://ghe.example.com/api/v3', 'a/b')).toBe(
      'https://ghe.example.com/a/b/releases',
    );
  });
});

describe('file cache', () => {
  it('starts empty over a damaged file and keeps the newest 200 entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-'));
    try {
      const file = join(dir, 'c.json');
      writeFileSync(file, '{"version": 1, "entries": ');
      const cache = new FileCache(file);
      expect(cache.get('x')).toBeUndefined();
      for (let i = 0; i < 205; i++) cache.set(`k${i}`, { etag: `e${i}`, headers: {}, data: i, storedAt: '' });
      const reread = new FileCache(file);
      expect(reread.get('k4')).toBeUndefined();
      expect(reread.get('k5')).toMatchObject({ etag: 'e5', data: 5 });
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).entries)).toHaveLength(200);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
