/**
 * release-notes end to end: the CLI and the action entry, in-process, against the GitHub and Slack stand-ins
 * on loopback (GITHUB_API_URL points at the GitHub stand-in).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { seedWandbServer } from '../../test-support/github-stand-in/wandb-server.js';
import { SlackStandIn } from '../../test-support/slack-stand-in/server.js';
import { action, cli, type CliResult } from '../../test-support/github-stand-in/cli.js';

const TOKEN = 'ghp_releaseNotesToken0123456789abcdefXYZ';
const MARKER = '<!-- wandb-operator-actions:release-notes -->';
let gh: GitHubStandIn;
let dir: string;

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_API_URL: gh.url,
    GITHUB_TOKEN: TOKEN,
    WANDB_OPERATOR_ACTIONS_CACHE_DIR: join(dir, 'cache'),
    ...extra,
  };
}

function expectNoSecret(result: CliResult, ...secrets: string[]) {
  for (const secret of secrets) {
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  }
}

beforeEach(async () => {
  gh = new GitHubStandIn({ tokens: [TOKEN] });
  await gh.start();
  seedWandbServer(gh);
  dir = mkdtempSync(join(tmpdir(), 'release-notes-'));
});

afterEach(async () => {
  await gh.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('release-notes on the CLI', () => {
  it('prints the notes from 0.74.1 to 0.79.2: table, headings, call-outs', async () => {
    const result = await cli(['release-notes', '--from', '0.74.1', '--to', '0.79.2'], env(), dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      '15 releases after 0.74.1 up to 0.79.2 (GitHub releases of wandb/server).',
    );
    const out = result.stdout;
    expect(out).toContain('## W&B Server releases after 0.74.1, up to 0.79.2');
    expect(out).toContain(
      '| [0.75.0](https://github.com/wandb/server/releases/tag/v0.75.0) | 2025-10-28 | 2026-10-28 |  |',
    );
    expect(out).toContain(
      '| [0.78.0](https://github.com/wandb/server/releases/tag/0.78.0) | 2026-03-03 | 2027-03-03 | ⛔ do not install |',
    );
    expect(out.match(/^\| \[0\.\d+\.\d+\]/gm)).toHaveLength(15);
    expect(out).toContain('> Read before upgrading: 0.78.2 (Known issues); 0.79.0 (Upgrading).');
    expect(out).toContain('### 0.79.0 (2026-03-24)');
    expect(out).toContain('#### Upgrading\n* Fixture: upgrade the operator-wandb chart first.');
    expect(out).not.toContain('### 0.74.1');
    expect(out).not.toContain('### 0.80.0');
    expectNoSecret(result, TOKEN);
  });

  it('costs no rate limit on a repeat run (304s from the cache)', async () => {
    const args = ['release-notes', '--from', '0.74.1', '--to', '0.79.2'];
    const first = await cli(args, env(), dir);
    expect(gh.rateLimitUsed).toBe(2);
    gh.resetLog();
    const second = await cli(args, env(), dir);
    expect(second.stdout).toBe(first.stdout);
    expect(gh.requests.map((r) => r.status)).toEqual([304, 304]);
    expect(gh.rateLimitUsed).toBe(0);
  });

  it('warns about the unauthenticated limit when there is no token', async () => {
    const result = await cli(['release-notes', '--from', '0.79.0'], env({ GITHUB_TOKEN: undefined }), dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning: No GitHub token: the GitHub API allows 60 requests an hour per IP address without one (58 of 60 left this hour).',
    );
    expect(result.stdout).toContain('after 0.79.0, up to 0.83.0');
  });

  it('writes JSON to a file and markdown for a GitHub Enterprise Server', async () => {
    const ghes = new GitHubStandIn({ basePath: '/api/v3', tokens: [TOKEN] });
    await ghes.start();
    try {
      seedWandbServer(ghes, { repository: 'mirror/server' });
      const result = await cli(
        [
          'release-notes',
          '--from',
          '0.82.0',
          '--repository',
          'mirror/server',
          '--format',
          'json',
          '--post-to',
          'file:out/notes.json',
        ],
        env({ GITHUB_API_URL: ghes.url }),
        dir,
      );
      expect(result.code).toBe(0);
      const json = JSON.parse(readFileSync(join(dir, 'out/notes.json'), 'utf8'));
      expect(json).toMatchObject({
        from: '0.82.0',
        to: '0.83.0',
        count: 3,
        versions: ['0.82.1', '0.82.2', '0.83.0'],
      });
      expect(json.releases[2]).toMatchObject({
        version: '0.83.0',
        date: '2026-07-22',
        endOfSupport: '2027-07-22',
      });
      expect(ghes.count({ path: '/api/v3/repos/mirror/server/releases' })).toBe(2);
    } finally {
      await ghes.stop();
    }
  });

  it('fails with the cause when GitHub keeps failing, and never falls back to the snapshot', async () => {
    gh.failNext(100, 502);
    const result = await cli(['release-notes', '--from', '0.74.1'], env(), dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The GitHub API answered 502 while trying to list the releases of wandb/server',
    );
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toMatch(/snapshot/i);
  }, 60_000);

  it('uses the built-in snapshot only when asked, without reaching GitHub', async () => {
    const result = await cli(
      ['release-notes', '--from', '0.78.2', '--to', '0.79.1', '--releases-file', 'builtin'],
      env({ GITHUB_API_URL: 'http://127.0.0.1:9' }),
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'Using the built-in snapshot of wandb/server releases (as of 2026-11-23; newest 0.83.0)',
    );
    expect(result.stdout).toContain(
      'See the GitHub release: https://github.com/wandb/server/releases/tag/0.79.0',
    );
    expect(gh.requests).toHaveLength(0);
  });

  it('reads a releases file and rejects a range that is not there', async () => {
    writeFileSync(
      join(dir, 'releases.yaml'),
      '- {tag_name: v0.80.0, published_at: "2026-04-28T10:00:00Z", body: "## Fixes\\n* a"}\n- {version: 0.80.1, date: 2026-05-06}\n',
    );
    const ok = await cli(
      ['release-notes', '--from', '0.79.2', '--releases-file', 'releases.yaml'],
      env(),
      dir,
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('2 releases.');
    const missing = await cli(
      ['release-notes', '--from', '0.74.1', '--to', '0.99.0', '--releases-file', 'releases.yaml'],
      env(),
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error: to 0.99.0 is not a release in releases file releases.yaml.');
    expect(missing.stderr).toContain('fix: Give a published version (the newest is 0.80.1), or latest.');
    expect(gh.requests).toHaveLength(0);
  });

  it('honours as-of: releases after it are not known yet', async () => {
    const result = await cli(
      ['release-notes', '--from', '0.77.1', '--as-of', '2026-03-06', '--format', 'json'],
      env(),
      dir,
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).versions).toEqual(['0.78.0', '0.78.1']);
  });
});

describe('release-notes as an action', () => {
  function actionEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    return env({
      GITHUB_ACTIONS: 'true',
      GITHUB_TOKEN: undefined,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_REPOSITORY: 'acme/deploy',
      INPUT_FROM: '0.74.1',
      INPUT_TO: '0.79.2',
      'INPUT_GITHUB-TOKEN': TOKEN,
      ...extra,
    });
  }

  /** Under Actions the reporter registers secrets with `::add-mask::`, which the runner consumes. */
  function withoutMasks(text: string): string {
    return text.replace(/^::add-mask::.*$/gm, '');
  }

  it('writes the job summary and the outputs', async () => {
    const result = await action('release-notes', actionEnv(), dir);
    expect(result.code).toBe(0);
    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(summary).toContain('## W&B Server releases after 0.74.1, up to 0.79.2');
    const output = readFileSync(join(dir, 'output'), 'utf8');
    expect(output).toMatch(/^count<<ghadelimiter_[\w-]+\n15\n/m);
    expect(output).toContain(
      '0.75.0,0.75.1,0.75.2,0.76.0,0.76.1,0.76.2,0.76.3,0.77.0,0.77.1,0.78.0,0.78.1,0.78.2,0.79.0,0.79.1,0.79.2',
    );
    expect(withoutMasks(result.stdout)).not.toContain(TOKEN);
    expect(summary + output).not.toContain(TOKEN);
  });

  it('posts a PR comment once and edits it in place on the second run', async () => {
    const first = await action('release-notes', actionEnv({ 'INPUT_POST-TO': 'pr-comment:12' }), dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /Comment created on acme\/deploy#12: https:\/\/github.com\/acme\/deploy\/issues\/12#issuecomment-\d+/,
    );
    const comments = gh.comments('acme/deploy', 12);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(`${MARKER}\n## W&B Server releases after 0.74.1, up to 0.79.2`)).toBe(
      true,
    );
    const id = comments[0].id;

    const second = await action(
      'release-notes',
      actionEnv({ 'INPUT_POST-TO': 'pr-comment:12', INPUT_TO: '0.80.1' }),
      dir,
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Comment updated on acme/deploy#12');
    expect(gh.comments('acme/deploy', 12)).toHaveLength(1);
    expect(gh.comments('acme/deploy', 12)[0]).toMatchObject({ id });
    expect(gh.comments('acme/deploy', 12)[0].body).toContain('up to 0.80.1');
    expect(gh.count({ method: 'POST' })).toBe(1);
    expect(gh.count({ method: 'PATCH' })).toBe(1);
  });

  it('two runs racing to create the comment leave one, the oldest, up to date', async () => {
    // Both runs list the comments before either creates one (the stand-in holds the two lists together).
    gh.holdUntil('GET', /\/issues\/21\/comments$/, 2);
    const [one, two] = await Promise.all([
      action('release-notes', actionEnv({ 'INPUT_POST-TO': 'pr-comment:21' }), dir),
      action('release-notes', actionEnv({ 'INPUT_POST-TO': 'pr-comment:21' }), dir),
    ]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(gh.count({ method: 'POST' })).toBeGreaterThanOrEqual(2);
    const left = gh.comments('acme/deploy', 21);
    expect(left).toHaveLength(1);
    expect(left[0].body.startsWith(`${MARKER}\n## W&B Server releases after 0.74.1, up to 0.79.2`)).toBe(
      true,
    );
    // Both runs report the comment that was kept.
    expect(one.stdout).toContain(`issuecomment-${left[0].id}`);
    expect(two.stdout).toContain(`issuecomment-${left[0].id}`);
  });

  it('a create whose answer was lost (502 after it went through) and was retried leaves one comment', async () => {
    gh.loseAnswerNext('POST', 1, 502);
    const result = await action('release-notes', actionEnv({ 'INPUT_POST-TO': 'pr-comment:22' }), dir);
    expect(result.code).toBe(0);
    expect(gh.comments('acme/deploy', 22)).toHaveLength(1);
    expect(result.stdout).toContain('Comment created on acme/deploy#22');
  });

  it('cuts a long comment at a version boundary so GitHub accepts it', async () => {
    await gh.stop();
    gh = new GitHubStandIn({ tokens: [TOKEN] });
    await gh.start();
    seedWandbServer(gh, {
      notes: (v) => `## Features\n${`* Fixture feature of ${v}, long enough to fill the body.\n`.repeat(60)}`,
    });
    const result = await action(
      'release-notes',
      actionEnv({ 'INPUT_POST-TO': 'issue-comment:3', INPUT_FROM: '0.60.0', INPUT_TO: '0.83.0' }),
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "::warning title=wandb-operator-actions release-notes::The notes were cut to fit GitHub's 65,536-character limit",
    );
    const body = gh.comments('acme/deploy', 3)[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('| [0.83.0]');
    const note =
      /the notes of (\d+) more releases \((0\.\d+\.\d+) to 0\.83\.0\) are not shown\. Read them on GitHub: (\S+)/.exec(
        body,
      );
    expect(note).not.toBeNull();
    expect(note?.[3]).toBe('https://github.com/wandb/server/releases');
    // The last section before the note is whole.
    expect(body).toMatch(
      /Fixture feature of \d\.\d+\.\d+, long enough to fill the body\.\n\n\[The release on GitHub\]\([^)]+\)\n\n> \[!NOTE\]/,
    );
    expect(body).not.toContain(`### ${note?.[2]} `);
  });

  it('needs a token to comment', async () => {
    const result = await action(
      'release-notes',
      actionEnv({ 'INPUT_POST-TO': 'pr-comment:12', 'INPUT_GITHUB-TOKEN': '' }),
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error title=wandb-operator-actions release-notes::Posting a comment needs a GitHub token.',
    );
  });
});

describe('release-notes to Slack', () => {
  let slack: SlackStandIn;
  beforeEach(async () => {
    slack = new SlackStandIn();
    await slack.start();
  });
  afterEach(async () => slack.stop());

  it("posts Slack's documented payload and never shows the webhook URL", async () => {
    const result = await cli(
      ['release-notes', '--from', '0.77.1', '--to', '0.79.0', '--post-to', 'slack'],
      env({ SLACK_WEBHOOK_URL: slack.webhookUrl }),
      dir,
    );
    expect(result.code).toBe(0);
    expect(slack.messages).toHaveLength(1);
    expect(slack.messages[0].contentType).toBe('application/json');
    const text = slack.messages[0].payload.text ?? '';
    expect(text).toContain('*W&amp;B Server releases after 0.77.1, up to 0.79.0*: 4');
    expect(text).toContain(
      '• <https://github.com/wandb/server/releases/tag/0.78.1|0.78.1> (2026-03-05), end of support 2027-03-03 — :no_entry: do not install',
    );
    expect(result.stderr).toContain('Posted a summary of 4 release(s) to Slack.');
    expectNoSecret(result, slack.webhookUrl, slack.path, TOKEN);
  });

  it("reports Slack's refusal without the URL", async () => {
    const wrong = `${slack.webhookUrl.replace(/\/services\/.*$/, '')}/services/T1/B1/wrongsecretwebhooktoken`;
    const result = await cli(
      ['release-notes', '--from', '0.79.0', '--post-to', 'slack'],
      env({ SLACK_WEBHOOK_URL: wrong }),
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error: Slack refused the message: 404 no_service.');
    expectNoSecret(result, wrong, 'wrongsecretwebhooktoken');
  });
});
