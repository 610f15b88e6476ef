import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { addPullRoutes, type PullsStandIn } from '../../test-support/github-stand-in/pulls.js';
import { action, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { createRemote, git, type TestRemote } from '../../test-support/git/repos.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';

/**
 * upgrade-check on a v2 CR (apps.wandb.com/v2): the deployed version is `spec.wandb.version`, read without a
 * key path in `files`, and the pull request edits that line and nothing else. Real git (a bare repository on
 * disk as the remote, a fresh clone per run) and the GitHub stand-in on loopback, as upgrade-check.test.ts.
 */

const TOKEN = 'ghs_upgradeCheckV2TestToken0123456789abcd';
const BRANCH = 'wandb-operator-actions/upgrade-wandb-server';
const FILE = 'deploy/wandb-v2.yaml';

// A v2 CR as a person writes it: comments and quoting that a re-serialiser would change.
const CR = (version: string) => `# Production W&B on operator v2 -- reviewed changes only
apiVersion: apps.wandb.com/v2
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: wandb
spec:
  size: small
  retentionPolicy: {onDelete: detach}
  wandb:
    hostname: https://wandb.example.com
    version: "${version}"   # pinned; upgrade-check opens a PR before support ends
    bucketProxy: false
    features: {}
  mysql:
    default:
      managedMysql: {storageSize: 20Gi}
`;

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
      body: `## Fixes\n* Fixes of ${release.version}`,
    });
  }
  url = await gh.start();
});

afterAll(async () => {
  await gh.stop();
});

async function start(text: string): Promise<void> {
  remote = await createRemote({ [FILE]: text, 'README.md': '# infra\n' });
  pulls = addPullRoutes(gh, {
    owner: 'acme',
    repo: 'infra',
    branchSha: (branch) => remote.tip(branch),
    users: ['alice'],
  });
  gh.resetLog();
}

async function upgradeCheck(asOf: string, files = FILE): Promise<CliRun & { out: Record<string, string> }> {
  const run = await action(
    'upgrade-check',
    {
      files,
      'as-of': asOf,
      repository: 'acme/infra',
      'github-api-url': url,
      'github-token': TOKEN,
    },
    { cwd: await remote.clone(), env: { PATH: process.env.PATH, HOME: process.env.HOME } },
  );
  return { ...run, out: parseOutputs(run.outputs) };
}

describe('upgrade-check on a v2 CR', () => {
  beforeEach(async () => {
    await start(CR('0.73.1'));
  });

  it('reads spec.wandb.version without a key path and opens a PR that edits that line only', async () => {
    const run = await upgradeCheck('2026-07-05');
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'deployed-version': '0.73.1',
      'end-of-support': '2026-09-03',
      status: 'nearing',
      'target-version': '0.82.1',
      'pull-request-operation': 'created',
    });
    expect(pulls.pulls).toHaveLength(1);
    expect(pulls.pulls[0].title).toBe('Upgrade W&B Server 0.73.1 -> 0.82.1 (support ends 2026-09-03)');
    const main = (await remote.tip('main')) as string;
    const tip = (await remote.tip(BRANCH)) as string;
    const diff = await git(remote.root, ['--git-dir', remote.bare, 'diff', '--unified=0', main, tip]);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
      '-    version: "0.73.1"   # pinned; upgrade-check opens a PR before support ends',
      '+    version: "0.82.1"   # pinned; upgrade-check opens a PR before support ends',
    ]);
    expect(await remote.show(BRANCH, FILE)).toBe(CR('0.82.1'));
  });

  it('reads the same field when it is named (files: path:spec.wandb.version)', async () => {
    const run = await upgradeCheck('2026-07-05', `${FILE}:spec.wandb.version`);
    expect(run.code).toBe(0);
    expect(run.out['deployed-version']).toBe('0.73.1');
    expect(await remote.show(BRANCH, FILE)).toBe(CR('0.82.1'));
  });

  it('an unpinned spec.wandb.version is an error at its line, and nothing is pushed', async () => {
    await start(CR('latest'));
    const run = await upgradeCheck('2026-07-05');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error title=wandb-operator-actions upgrade-check,file=${FILE},line=12,col=14::${FILE}: the W&B Server version at 'spec.wandb.version' is 'latest', not a pinned version.`,
    );
    expect(await remote.tip(BRANCH)).toBeUndefined();
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
