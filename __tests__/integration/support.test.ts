/** The support command end to end (CLI, in-process) against the GitHub stand-in and a releases file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { seedWandbServer } from '../../test-support/github-stand-in/wandb-server.js';
import { cli } from '../../test-support/github-stand-in/cli.js';

const TOKEN = 'ghp_supportToken0123456789abcdefghijKLMN';
let gh: GitHubStandIn;
let dir: string;

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: TOKEN,
    WANDB_OPERATOR_ACTIONS_CACHE_DIR: 'off',
    ...extra,
  };
}

beforeAll(async () => {
  gh = new GitHubStandIn({ tokens: [TOKEN] });
  await gh.start();
  seedWandbServer(gh);
});
afterAll(async () => gh.stop());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'support-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('support', () => {
  it('prints end of support, days left, status and the recommended target', async () => {
    const result = await cli(['support', '--version', '0.74.1', '--as-of', '2026-11-23'], env(), dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'W&B Server 0.74.1, policy minor-12-months, as of 2026-11-23',
        '  end of support:  2026-10-02',
        '  days left:       -52',
        '  status:          expired (52 days ago)',
        '  recommended:     0.83.0',
        '  why:             12 months from 0.74.0, the initial release of the 0.74 line, on 2025-10-02; patches do not extend it (policy minor-12-months).',
        '  releases from:   GitHub releases of wandb/server',
        '',
      ].join('\n'),
    );
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
  });

  it('uses the clock when as-of is not given, and prints JSON', async () => {
    const result = await cli(
      ['support', '--version', 'v0.79.1', '--format', 'json'],
      env(),
      dir,
      new Date('2027-01-23T08:00:00Z'),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      command: 'support',
      ok: true,
      version: '0.79.1',
      endOfSupport: '2027-03-24',
      daysLeft: 60,
      status: 'nearing',
      target: '0.83.0',
      reason: expect.stringContaining('0.79.0, the initial release of the 0.79 line, on 2026-03-24'),
      asOf: '2027-01-23',
      policy: 'minor-12-months',
      source: 'GitHub releases of wandb/server',
    });
  });

  it('applies the policy, end-date overrides, skip file and next-minor target from files', async () => {
    writeFileSync(join(dir, 'end-dates.yaml'), '0.65: 2026-01-30\n');
    writeFileSync(join(dir, 'skip.yaml'), '- version: 0.66.3\n  reason: breaks our SSO\n');
    const base = [
      'support',
      '--end-dates-file',
      'end-dates.yaml',
      '--skip-file',
      'skip.yaml',
      '--format',
      'json',
    ];
    const day = async (version: string, asOf: string, ...more: string[]) =>
      JSON.parse((await cli([...base, '--version', version, '--as-of', asOf, ...more], env(), dir)).stdout);
    expect(await day('0.65.2', '2026-01-29')).toMatchObject({
      endOfSupport: '2026-01-30',
      daysLeft: 1,
      status: 'nearing',
    });
    expect(await day('0.65.2', '2026-01-30')).toMatchObject({ daysLeft: 0, status: 'expired' });
    expect(await day('0.65.2', '2026-01-31')).toMatchObject({ daysLeft: -1, status: 'expired' });
    expect(await day('0.65.2', '2025-06-01', '--target', 'next-minor')).toMatchObject({ target: '0.66.2' });
    expect(await day('0.74.1', '2026-03-06', '--policy', 'release-6-months')).toMatchObject({
      endOfSupport: '2026-04-08',
      daysLeft: 33,
      status: 'nearing',
      target: '0.77.1',
    });
    expect(
      await day('0.74.1', '2026-03-06', '--policy', 'release-6-months', '--warn-days', '30'),
    ).toMatchObject({
      status: 'supported',
    });
  });

  it('reads a releases file without GitHub and warns about a skip-listed version', async () => {
    writeFileSync(
      join(dir, 'releases.json'),
      JSON.stringify([
        { tag_name: 'v0.78.0', published_at: '2026-03-03T12:00:00Z' },
        { tag_name: 'v0.78.1', published_at: '2026-03-05T12:00:00Z' },
        { tag_name: 'v0.78.2', published_at: '2026-03-11T12:00:00Z' },
      ]),
    );
    gh.resetLog();
    const result = await cli(
      ['support', '--version', '0.78.1', '--as-of', '2026-03-20', '--releases-file', 'releases.json'],
      env(),
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  recommended:     0.78.2\n');
    expect(result.stdout).toContain('  releases from:   releases file releases.json\n');
    expect(result.stderr).toContain('warning: 0.78.1 is on the skip-list: W&B: critical security issue');
    expect(gh.requests).toHaveLength(0);
  });

  it('says what is wrong with a bad policy or an unknown version', async () => {
    const policy = await cli(['support', '--version', '0.74.1', '--policy', 'forever'], env(), dir);
    expect(policy.code).toBe(1);
    expect(policy.stderr).toContain("error: Unknown support policy 'forever'.");
    expect(policy.stderr).toContain('fix: Use one of: minor-12-months, release-6-months, release-12-months.');
    const unknown = await cli(['support', '--version', '0.99.1', '--as-of', '2026-11-23'], env(), dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No release of the 0.99 line is known');
  });
});
