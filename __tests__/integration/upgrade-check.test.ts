import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { addPullRoutes, type PullsStandIn } from '../../test-support/github-stand-in/pulls.js';
import { action, cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { createRemote, git, type TestRemote } from '../../test-support/git/repos.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';
import { startWandbStandIn } from '../../test-support/wandb-stand-in/server.js';

/**
 * upgrade-check end to end: real git (a bare repository on disk as the remote, a fresh clone per run as a
 * workflow's checkout) and the GitHub stand-in on loopback (releases with W&B's real dates, pull requests).
 */

const TOKEN = 'ghs_upgradeCheckTestToken0123456789abcdef';
const BRANCH = 'wandb-operator-actions/upgrade-wandb-server';
const FILE = 'deploy/wandb.yaml';

// Written by a person: comments, quoting, a flow map, odd spacing that a re-serialiser would change.
const CR = (tag: string) => `# Production W&B -- reviewed changes only
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb   # must match the helm release
  namespace: "wandb"
spec:
  chart: {url: 'https://charts.wandb.ai', name: operator-wandb}
  values:
    global:
      host:   https://wandb.example.com
      license: "\${WANDB_LICENSE}"
    app:
      image:
        repository: wandb/local
        tag: "${tag}" # pinned; upgrade-check opens a PR before support ends
      extraEnv: [ {name: A, value: "1"} ]
`;

const NOTES: Record<string, string> = {
  '0.80.0':
    '## Features\n* Faster run tables (#4012), thanks @octo-cat\n\n## Upgrading\nUse operator-wandb chart 0.35.0 or newer before moving to 0.80.0.',
};

let gh: GitHubStandIn;
let url: string;
let pulls: PullsStandIn;
let remote: TestRemote;

beforeAll(async () => {
  gh = new GitHubStandIn({ tokens: [TOKEN] });
  for (const release of snapshotReleases()) {
    gh.addRelease('wandb/server', {
      tag_name: release.version,
      published_at: `${release.date}T12:00:00Z`,
      body: NOTES[release.version] ?? `## Fixes\n* Fixes of ${release.version}`,
    });
  }
  url = await gh.start();
});

afterAll(async () => {
  await gh.stop();
});

beforeEach(async () => {
  // One repository per test; pull requests start empty (routes added again over fresh state).
  remote = await createRemote({ [FILE]: CR('0.73.1'), 'README.md': '# infra\n' });
  pulls = addPullRoutes(gh, {
    owner: 'acme',
    repo: 'infra',
    branchSha: (branch) => remote.tip(branch),
    users: ['alice', 'bob'],
  });
  gh.resetLog();
});

async function upgradeCheck(
  asOf: string,
  extra: Record<string, string> = {},
  checkout?: string,
): Promise<CliRun & { out: Record<string, string> }> {
  const cwd = checkout ?? (await remote.clone());
  const run = await action(
    'upgrade-check',
    {
      files: FILE,
      'as-of': asOf,
      repository: 'acme/infra',
      'github-api-url': url,
      'github-token': TOKEN,
      labels: 'wandb-upgrade',
      assignees: 'alice',
      reviewers: 'bob',
      ...extra,
    },
    { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  return { ...run, out: parseOutputs(run.outputs) };
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET');

describe('upgrade-check cache-dir', () => {
  it('`off` keeps no cache and makes no folder of that name; a folder keeps one', async () => {
    const cwd = await remote.clone();
    const off = await upgradeCheck('2026-07-05', { 'cache-dir': 'off', 'dry-run': 'true' }, cwd);
    expect(off.code).toBe(0);
    expect(existsSync(join(cwd, 'off'))).toBe(false);
    const kept = await upgradeCheck('2026-07-05', { 'cache-dir': 'gh-cache', 'dry-run': 'true' }, cwd);
    expect(kept.code).toBe(0);
    expect(existsSync(join(cwd, 'gh-cache', 'github-cache.json'))).toBe(true);
  });
});

describe('upgrade-check', () => {
  it('opens one PR, then does nothing, then moves the same PR to a newer release', async () => {
    // 0.73 line: initial release 2025-09-03, so support ends 2026-09-03; on 2026-07-05, 60 days are left.
    const first = await upgradeCheck('2026-07-05');
    expect(first.code).toBe(0);
    expect(first.out).toMatchObject({
      'deployed-version': '0.73.1',
      'end-of-support': '2026-09-03',
      'days-left': '60',
      status: 'nearing',
      'target-version': '0.82.1',
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/acme/infra/pull/1',
    });
    expect(gh.requests.length).toBeLessThanOrEqual(8);
    expect(pulls.pulls).toHaveLength(1);
    const pr = pulls.pulls[0];
    expect(pr.title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.1 (support ends 2026-09-03)');
    expect(pr.base).toBe('main');
    expect(pr.head).toBe(BRANCH);
    expect(pr.labels.map((l) => l.name)).toEqual(['wandb-upgrade']);
    expect(pr.assignees).toEqual(['alice']);
    expect(pr.requested_reviewers).toEqual(['bob']);
    expect(pr.body).toContain('reaches the **end of support on 2026-09-03**');
    expect(pr.body).toContain('0.73 line, on 2025-09-03');
    expect(pr.body).toMatch(/\| \[?0\.80\.0/);
    expect(pr.body).toContain('**0.80.0: Upgrading**');
    expect(pr.body).toContain('> Use operator-wandb chart 0.35.0 or newer');
    expect(pr.body).toContain('**Do not install 0.78.0**');
    expect(pr.body).toContain('Apply this change to a staging deployment first');
    expect(pr.body).toContain('wandb-operator-actions verify');
    expect(pr.body).toContain(
      '<!-- wandb-operator-actions:upgrade-check {"deployed":"0.73.1","target":"0.82.1"} -->',
    );
    expect(first.summary).toContain('| Operation | created |');
    // Each release's notes folded; W&B's #NNN linked to wandb/server, its @mentions notify no one.
    expect(pr.body.match(/<details>/g)?.length).toBeGreaterThan(10);
    expect(pr.body).toContain('<summary><b>0.80.0</b> (');
    expect(pr.body).toContain(
      '* Faster run tables ([#4012](https://github.com/wandb/server/issues/4012)), thanks @&#8203;octo-cat',
    );
    expect(pr.body).not.toContain('@octo-cat');

    // The branch holds one commit on main whose diff is exactly the version line.
    const branchTip = (await remote.tip(BRANCH)) as string;
    const main = (await remote.tip('main')) as string;
    expect(
      (await git(remote.root, ['--git-dir', remote.bare, 'rev-list', `${main}..${branchTip}`]))
        .trim()
        .split('\n'),
    ).toHaveLength(1);
    const edited = await remote.show(BRANCH, FILE);
    expect(edited).toBe(CR('0.73.1').replace('tag: "0.73.1" #', 'tag: "0.82.1" #'));
    const diff = await git(remote.root, ['--git-dir', remote.bare, 'diff', '--unified=0', main, branchTip]);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      '-        tag: "0.73.1" # pinned; upgrade-check opens a PR before support ends',
      '+        tag: "0.82.1" # pinned; upgrade-check opens a PR before support ends',
    ]);

    // Same day again: nothing changes, no write request, no new commit; at most 3 requests.
    gh.resetLog();
    const second = await upgradeCheck('2026-07-05');
    expect(second.code).toBe(0);
    expect(second.out['pull-request-operation']).toBe('none');
    expect(second.out['pull-request-number']).toBe('1');
    expect(writes()).toEqual([]);
    expect(gh.requests.length).toBeLessThanOrEqual(3);
    expect(await remote.tip(BRANCH)).toBe(branchTip);

    // 0.82.2 came out on 2026-07-08: the same PR moves to it.
    gh.resetLog();
    const third = await upgradeCheck('2026-07-10');
    expect(third.out).toMatchObject({
      'target-version': '0.82.2',
      'pull-request-operation': 'updated',
      'pull-request-number': '1',
    });
    expect(pulls.pulls).toHaveLength(1);
    expect(pulls.pulls[0].title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.2 (support ends 2026-09-03)');
    expect(pulls.pulls[0].body).toContain('"target":"0.82.2"');
    expect(await remote.tip(BRANCH)).not.toBe(branchTip);
    expect(await remote.show(BRANCH, FILE)).toBe(CR('0.73.1').replace('tag: "0.73.1" #', 'tag: "0.82.2" #'));
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/acme/infra/pulls/1']);
  });

  it('leaves one PR when two runs start at the same moment', async () => {
    const [a, b] = await Promise.all([upgradeCheck('2026-07-05'), upgradeCheck('2026-07-05')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(pulls.pulls).toHaveLength(1);
    // One run creates it; the other finds it (and, when it pushed the shared commit first, says updated).
    const operations = [a.out['pull-request-operation'], b.out['pull-request-operation']].sort();
    expect(operations[0]).toBe('created');
    expect(['none', 'updated']).toContain(operations[1]);
    const pr = pulls.pulls[0];
    expect(pr.title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.1 (support ends 2026-09-03)');
    expect(pr.labels.map((l) => l.name)).toEqual(['wandb-upgrade']);
    expect(pr.assignees).toEqual(['alice']);
    const main = (await remote.tip('main')) as string;
    const commits = await git(remote.root, ['--git-dir', remote.bare, 'rev-list', `${main}..${BRANCH}`]);
    expect(commits.trim().split('\n')).toHaveLength(1);
    expect(a.out['pull-request-number']).toBe('1');
    expect(b.out['pull-request-number']).toBe('1');
    // The losing run got GitHub's 422 and did not open a second pull request.
    expect(gh.count({ method: 'POST', path: '/repos/acme/infra/pulls', status: 422 })).toBeLessThanOrEqual(1);
  });

  it('closes the upgrade PR, with a comment, when the version was upgraded another way', async () => {
    await upgradeCheck('2026-07-05');
    // Someone upgraded main by hand to 0.82.1 (supported until 2027-06-23) without merging the PR.
    await remote.commit('main', { [FILE]: CR('0.82.1') }, 'Upgrade W&B by hand');
    const run = await upgradeCheck('2026-07-06');
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'deployed-version': '0.82.1',
      status: 'supported',
      'pull-request-operation': 'closed',
      'pull-request-number': '1',
    });
    expect(pulls.pulls[0].state).toBe('closed');
    expect(pulls.pulls[0].merged_at).toBeNull();
    const comments = gh.comments('acme/infra', 1);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('W&B Server is now 0.82.1, supported until 2027-06-23');
    expect(await remote.tip(BRANCH)).toBeUndefined();

    // And the week after: nothing, not even a new PR.
    const later = await upgradeCheck('2026-07-13');
    expect(later.out['pull-request-operation']).toBe('none');
    expect(pulls.pulls).toHaveLength(1);
  });

  it('stops with a warning when someone else pushed to the branch', async () => {
    await upgradeCheck('2026-07-05');
    const foreign = await remote.commit(BRANCH, { 'NOTES.md': 'staging notes\n' }, 'Add staging notes', {
      GIT_AUTHOR_NAME: 'Jane Operator',
      GIT_AUTHOR_EMAIL: 'jane@example.test',
    });
    gh.resetLog();
    const run = await upgradeCheck('2026-07-10'); // a newer release would move the PR
    expect(run.code).toBe(0);
    expect(run.out['pull-request-operation']).toBe('none');
    expect(run.stdout).toMatch(
      /::warning title=wandb-operator-actions upgrade-check::The branch wandb-operator-actions\/upgrade-wandb-server has 1 commit\(s\) this job did not make: [0-9a-f]{12} "Add staging notes" by Jane Operator/,
    );
    expect(run.stdout).toContain('They are not overwritten');
    expect(run.stdout).toContain('delete the branch, or drop those commits');
    expect(await remote.tip(BRANCH)).toBe(foreign);
    expect(writes()).toEqual([]);
    expect(pulls.pulls[0].title).toContain('0.82.1');
  });

  it('fails clearly on an unpinned tag', async () => {
    await remote.commit('main', { [FILE]: CR('latest') }, 'Float the tag');
    const run = await upgradeCheck('2026-07-05');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error title=wandb-operator-actions upgrade-check,file=deploy/wandb.yaml,line=16,col=14::deploy/wandb.yaml: the W&B Server version at 'spec.values.app.image.tag' is 'latest', not a pinned version.",
    );
    expect(run.stdout).toContain('fix: Pin an exact W&B Server version');
    expect(pulls.pulls).toHaveLength(0);
    expect(await remote.tip(BRANCH)).toBeUndefined();

    // Not a clone at all: a git error the user can act on, not a crash.
    const nowhere = await upgradeCheck('2026-07-05', {}, remote.root);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stdout).toContain(
      '::error title=wandb-operator-actions upgrade-check::git ls-remote failed',
    );
    expect(nowhere.stdout).toContain('fix: Check that repository-path is a clone of the repository');
    expect(nowhere.stdout).not.toContain('Unexpected failure');
  });

  it('marks an expired version urgent, and never prints the token', async () => {
    const run = await upgradeCheck('2026-09-10');
    expect(run.out).toMatchObject({
      status: 'expired',
      'days-left': '-7',
      'pull-request-operation': 'created',
    });
    expect(pulls.pulls[0].title).toBe('Upgrade W&B Server 0.73.1 -> 0.83.0 (support ended 2026-09-03)');
    expect(pulls.pulls[0].labels.map((l) => l.name)).toEqual(['wandb-upgrade', 'urgent']);
    expect(run.stdout).toContain(
      '::warning title=wandb-operator-actions upgrade-check::W&B Server 0.73.1 has been out of support since 2026-09-03.',
    );
    // The runner is told to mask it (::add-mask::); apart from that it appears nowhere.
    const printed = `${run.stdout}${run.stderr}${run.summary}${run.outputs}`.replace(
      /^::add-mask::.*$/gm,
      '',
    );
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(printed).not.toContain(TOKEN);
    expect(pulls.pulls[0].body).not.toContain(TOKEN);
  });

  it('retries labels while a new PR replicates, and reports only without a token', async () => {
    pulls.options.eventualConsistencyFailures = 1;
    const run = await upgradeCheck('2026-07-05', { labels: 'wandb-upgrade' });
    expect(run.out['pull-request-operation']).toBe('created');
    expect(pulls.pulls[0].labels.map((l) => l.name)).toEqual(['wandb-upgrade']);
    expect(gh.count({ method: 'POST', path: '/repos/acme/infra/issues/1/labels', status: 404 })).toBe(1);

    const report = await cli(
      [
        'upgrade-check',
        '--files',
        FILE,
        '--as-of',
        '2026-07-05',
        '--github-api-url',
        url,
        '--repository-path',
        remote.work,
      ],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    expect(report.code).toBe(0);
    expect(report.stderr).toContain(
      'W&B Server 0.73.1 (pinned in deploy/wandb.yaml): support ends 2026-09-03 (60 days left), status nearing, recommended 0.82.1.',
    );
    expect(report.stderr).toContain('reporting only');
    expect(report.stdout).toBe('0.73.1 nearing until 2026-09-03, target 0.82.1: no pull request\n');
  });

  it('reads the running version from the W&B Server (version-source server) and edits the files', async () => {
    const apiKey = 'local-0123456789abcdef0123456789abcdef01234567';
    const wandb = await startWandbStandIn({ apiKey, switches: { serverVersion: '0.73.1' } });
    try {
      const run = await upgradeCheck('2026-07-05', {
        'version-source': 'server',
        host: wandb.url,
        'api-key': apiKey,
      });
      expect(run.code).toBe(0);
      expect(run.out).toMatchObject({ 'deployed-version': '0.73.1', 'pull-request-operation': 'created' });
      expect(pulls.pulls[0].body).toContain(`W&B Server **0.73.1** (running at ${wandb.url})`);
      expect(wandb.requests.some((r) => r.operation === 'ServerInfo')).toBe(true);
      const printed = `${run.stdout}${run.summary}${run.outputs}`.replace(/^::add-mask::.*$/gm, '');
      expect(printed).not.toContain(apiKey);
      expect(printed).not.toContain(Buffer.from(`api:${apiKey}`).toString('base64'));

      // A wrong key: a clear error naming the host, no pull request change.
      const bad = await upgradeCheck('2026-07-05', {
        'version-source': 'server',
        host: wandb.url,
        'api-key': 'wrong-key-000000000000000000000000000000000',
      });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toContain(
        `::error title=wandb-operator-actions upgrade-check::Could not read the version from the W&B Server at ${wandb.url}`,
      );
    } finally {
      await wandb.close();
    }
  });

  it('leaves the branch alone when main moves on for other reasons, and dry runs write nothing', async () => {
    await upgradeCheck('2026-07-05');
    const tip = await remote.tip(BRANCH);
    await remote.commit('main', { 'README.md': '# infra\n\nMore docs.\n' }, 'Docs');
    gh.resetLog();
    const again = await upgradeCheck('2026-07-06');
    expect(again.out['pull-request-operation']).toBe('none');
    expect(await remote.tip(BRANCH)).toBe(tip);
    expect(writes()).toEqual([]);

    gh.resetLog();
    const dry = await upgradeCheck('2026-07-10', { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'Dry run: would update pull request #1 to "Upgrade W&B Server 0.73.1 -> 0.82.2 (support ends 2026-09-03)".',
    );
    expect(dry.out['pull-request-operation']).toBe('none');
    expect(await remote.tip(BRANCH)).toBe(tip);
    expect(writes()).toEqual([]);
  });

  it('does not reopen an upgrade a person closed, and says so; a newer release opens a new one', async () => {
    await upgradeCheck('2026-07-05');
    pulls.close(1);
    const run = await upgradeCheck('2026-07-06');
    expect(run.out['pull-request-operation']).toBe('none');
    expect(run.stdout).toContain(
      '::warning title=wandb-operator-actions upgrade-check::Pull request #1 upgrading W&B Server 0.73.1 -> 0.82.1 was closed without merging',
    );
    expect(pulls.pulls).toHaveLength(1);
    const newer = await upgradeCheck('2026-07-10');
    expect(newer.out).toMatchObject({
      'pull-request-operation': 'created',
      'pull-request-number': '2',
      'target-version': '0.82.2',
    });
    expect(pulls.open()).toHaveLength(1);
  });

  it('works from a shallow checkout (actions/checkout fetches one commit by default)', async () => {
    const shallow = async () => {
      const dir = `${remote.root}/shallow-${Math.random().toString(36).slice(2)}`;
      await git(remote.root, ['clone', '--quiet', '--depth', '1', `file://${remote.bare}`, dir]);
      return dir;
    };
    expect((await upgradeCheck('2026-07-05', {}, await shallow())).out['pull-request-operation']).toBe(
      'created',
    );
    // main moves on: the branch is now based on a commit the next shallow checkout does not have.
    await remote.commit('main', { 'README.md': '# infra\nmoved\n' }, 'Docs');
    await remote.commit('main', { 'README.md': '# infra\nmoved again\n' }, 'More docs');
    expect((await upgradeCheck('2026-07-06', {}, await shallow())).out['pull-request-operation']).toBe(
      'none',
    );
    const upd = await upgradeCheck('2026-07-10', {}, await shallow());
    expect(upd.out['pull-request-operation']).toBe('updated');
    await remote.commit(BRANCH, { 'x.txt': 'x\n' }, 'Foreign');
    const blocked = await upgradeCheck('2026-07-20', {}, await shallow());
    expect(blocked.code).toBe(0);
    expect(blocked.stdout).toContain('1 commit(s) this job did not make');
  });
});

describe('upgrade-check and the operator-wandb chart', () => {
  // The same CR, with the chart pinned (or not) the way W&B's own 0.69.0 note shows it.
  const pinnedCr = (tag: string, chart: string) =>
    CR(tag).replace(
      "  chart: {url: 'https://charts.wandb.ai', name: operator-wandb}\n",
      `  chart:\n    url: https://charts.wandb.ai\n    name: operator-wandb\n    version: ${chart} # the chart the operator installs\n`,
    );
  const channelCr = (tag: string) =>
    CR(tag).replace("  chart: {url: 'https://charts.wandb.ai', name: operator-wandb}\n", '');

  it('bumps spec.chart.version with the tag in the same commit when the target needs a newer chart, and says why', async () => {
    await remote.commit('main', { [FILE]: pinnedCr('0.73.1', '0.30.0') }, 'Pin the chart');
    const run = await upgradeCheck('2026-07-05');
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'target-version': '0.82.1',
      'chart-version-from': '0.30.0',
      'chart-version-to': '0.35.0',
      'chart-bump': 'true',
      'pull-request-operation': 'created',
    });
    const pr = pulls.pulls[0];
    expect(pr.title).toBe(
      'Upgrade W&B Server 0.73.1 -> 0.82.1 and operator-wandb 0.30.0 -> 0.35.0 (support ends 2026-09-03)',
    );
    // One commit whose diff is the tag line and the chart version line, nothing else.
    const main = (await remote.tip('main')) as string;
    const tip = (await remote.tip(BRANCH)) as string;
    const diff = await git(remote.root, ['--git-dir', remote.bare, 'diff', '--unified=0', main, tip]);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      '-    version: 0.30.0 # the chart the operator installs',
      '+    version: 0.35.0 # the chart the operator installs',
      '-        tag: "0.73.1" # pinned; upgrade-check opens a PR before support ends',
      '+        tag: "0.82.1" # pinned; upgrade-check opens a PR before support ends',
    ]);
    const message = await git(remote.root, ['--git-dir', remote.bare, 'log', '-1', '--format=%B', tip]);
    expect(message).toContain('Upgrade W&B Server 0.73.1 -> 0.82.1 and operator-wandb 0.30.0 -> 0.35.0');
    expect(message).toContain('Generated-by: wandb-operator-actions upgrade-check');
    // The body says why: both needs the pinned chart misses, each quoted with its source.
    expect(pr.body).toContain('| `deploy/wandb.yaml` | `spec.chart.version` | `0.30.0` | `0.35.0` |');
    expect(pr.body).toContain(
      'W&B Server 0.82.1 needs the operator-wandb chart **0.35.0** or newer, and `deploy/wandb.yaml` (`spec.chart.version`) pins **0.30.0**.',
    );
    expect(pr.body).toContain('**W&B Server 0.80.0 and later need operator-wandb 0.35.0 or newer:**');
    expect(pr.body).toContain('> Use operator-wandb chart 0.35.0 or newer before moving to 0.80.0.');
    expect(pr.body).toContain('Source: release notes of W&B Server 0.80.0');
    expect(pr.body).toContain('**W&B Server 0.69.0 and later need operator-wandb 0.31.4 or newer:**');
    expect(pr.body).toContain(
      '> To upgrade to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart.',
    );
    expect(pr.body).toContain('Source: W&B Server v0.69.0 release notes, section "Upgrading"');
    expect(run.summary).toContain('| Chart bump | true |');

    // Nothing new the next day: nothing changes (the chart edit is part of the same, stable commit).
    gh.resetLog();
    const again = await upgradeCheck('2026-07-06');
    expect(again.out['pull-request-operation']).toBe('none');
    expect(writes()).toEqual([]);
    expect(await remote.tip(BRANCH)).toBe(tip);
  });

  it('leaves a chart that is new enough alone', async () => {
    await remote.commit('main', { [FILE]: pinnedCr('0.73.1', '0.43.8') }, 'Pin the chart');
    const run = await upgradeCheck('2026-07-05');
    expect(run.out).toMatchObject({
      'chart-bump': 'false',
      'chart-version-from': '0.43.8',
      'chart-version-to': '0.43.8',
    });
    const pr = pulls.pulls[0];
    expect(pr.title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.1 (support ends 2026-09-03)');
    expect(pr.body).toContain(
      "`deploy/wandb.yaml` pins operator-wandb **0.43.8**, which meets what W&B's notes ask for 0.82.1 (0.35.0 or newer): the chart stays.",
    );
    expect(await remote.show(BRANCH, FILE)).toBe(
      pinnedCr('0.73.1', '0.43.8').replace('tag: "0.73.1" #', 'tag: "0.82.1" #'),
    );
  });

  it('says the chart is not pinned (release channel) instead of guessing, and bumps only the tag', async () => {
    await remote.commit('main', { [FILE]: channelCr('0.73.1') }, 'Let the release channel choose the chart');
    const run = await upgradeCheck('2026-07-05');
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'target-version': '0.82.1',
      'chart-version-from': '',
      'chart-version-to': '',
      'chart-bump': 'not-pinned',
      'pull-request-operation': 'created',
    });
    expect(run.stdout + run.stderr).toContain(
      'W&B Server 0.80.0 and later need the operator-wandb chart 0.35.0 or newer, and the files do not pin the chart (deploy/wandb.yaml has no spec.chart); without spec.chart the release channel chooses it. Check the chart before merging the upgrade.',
    );
    const pr = pulls.pulls[0];
    expect(pr.title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.1 (support ends 2026-09-03)');
    expect(pr.body).toContain(
      'The operator-wandb chart is **not pinned** in the files this job edits (`deploy/wandb.yaml` has no `spec.chart`), so this job cannot tell which chart version the deployment uses and does not guess.',
    );
    expect(pr.body).toContain(
      "asks W&B's release channel (deploy.wandb.ai) for the chart and its default values",
    );
    expect(pr.body).toContain(
      "This upgrade crosses W&B's note asking for operator-wandb **0.35.0** or newer",
    );
    expect(pr.body).toContain(
      "- [ ] Make sure the deployment's operator-wandb chart is 0.35.0 or newer (it is not pinned in these files).",
    );
    // The diff is the tag line only: no spec.chart is invented.
    const main = (await remote.tip('main')) as string;
    const tip = (await remote.tip(BRANCH)) as string;
    const diff = await git(remote.root, ['--git-dir', remote.bare, 'diff', '--unified=0', main, tip]);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      '-        tag: "0.73.1" # pinned; upgrade-check opens a PR before support ends',
      '+        tag: "0.82.1" # pinned; upgrade-check opens a PR before support ends',
    ]);
    expect(run.summary).toContain('| Chart bump | not-pinned |');
  });

  it('edits the chart where chart-files names it', async () => {
    await remote.commit(
      'main',
      {
        [FILE]: channelCr('0.73.1'),
        'deploy/chart.yaml':
          '# the chart the operator installs\nchart:\n  url: https://charts.wandb.ai\n  name: operator-wandb\n  version: "0.31.4"\n',
      },
      'Chart in its own layer',
    );
    const run = await upgradeCheck('2026-07-05', { 'chart-files': 'deploy/chart.yaml:chart.version' });
    expect(run.out).toMatchObject({
      'chart-bump': 'true',
      'chart-version-from': '0.31.4',
      'chart-version-to': '0.35.0',
    });
    expect(await remote.show(BRANCH, 'deploy/chart.yaml')).toBe(
      '# the chart the operator installs\nchart:\n  url: https://charts.wandb.ai\n  name: operator-wandb\n  version: "0.35.0"\n',
    );
    expect(pulls.pulls[0].body).toContain('| `deploy/chart.yaml` | `chart.version` | `0.31.4` | `0.35.0` |');
  });
});
