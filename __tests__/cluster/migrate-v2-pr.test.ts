import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { TEST_HOST } from '../../test-support/cluster/real-charts.js';
import { usePlane, type Plane } from '../../test-support/cluster/plane.js';
import { installV2Crd } from '../../test-support/cluster/operator-v2.js';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { addPullRoutes, type PullsStandIn } from '../../test-support/github-stand-in/pulls.js';
import { createRemote, git, type TestRemote } from '../../test-support/git/repos.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { createV1Source, replaceActive, type V1Source } from './migrate-v2-source.js';

/**
 * `migrate --to v2` with `pull-request`: the v2 CR converted from a live v1 CR on the v2 loopback plane goes to
 * a pull request through real git (a bare repository on disk as the remote, a fresh clone per run as a
 * workflow's checkout) and the GitHub stand-in's pull requests, as upgrade-check's integration tests do. The
 * v1 CR is set up as migrate-v2.test.ts does (see migrate-v2-source.ts for why through spec-active).
 */
const { plane, namespace } = usePlane({ plane: 'v2' });

const TOKEN = 'ghs_migrateV2PullRequestToken0123456789ab';
const LICENSE = 'lic-migrate-v2-pr-5e4d3c2b1a09f8e7';
const MYSQL_PASSWORD = 'mysql-pw-migrate-v2-pr-6f5e4d3c2b';
const ACCESS_KEY = 'AKIAMIGRATEV2PREXAMPLE';
const SECRET_KEY = 'secret-key-migrate-v2-pr-0a9b8c7d6e';
const SECRETS = [LICENSE, MYSQL_PASSWORD, ACCESS_KEY, SECRET_KEY, TOKEN];
const CR_NAME = 'wandb-v1-pr';
const CR_PATH = 'deploy/wandb-v2.yaml';

const VALUES = {
  global: {
    host: TEST_HOST,
    license: LICENSE,
    mysql: {
      host: 'mysql.example.internal',
      port: 3306,
      database: 'wandb_local',
      user: 'wandb',
      password: MYSQL_PASSWORD,
    },
    bucket: {
      provider: 's3',
      name: 'wandb-files',
      region: 'eu-west-1',
      accessKey: ACCESS_KEY,
      secretKey: SECRET_KEY,
    },
  },
  app: { image: { tag: '0.74.1' } },
};
const active = (tag: string) => ({
  ...VALUES,
  global: { ...VALUES.global, size: 'small' },
  app: { image: { repository: 'wandb/local', tag } },
});

let ns: string;
let branch: string;
let source: V1Source;
let uid: string;
let gh: GitHubStandIn;
/** While true, opening a pull request is refused as for a token without pull-requests: write. */
let refusePullCreation = false;
let url: string;
let pulls: PullsStandIn;
let remote: TestRemote;

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString('base64'));
  }
}

/** What a user sees of a run: the log without the runner's mask commands, the summary and the outputs. */
function everything(run: CliRun): string {
  const shown = run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return shown + run.stderr + run.summary + run.outputs;
}

/** migrate --to v2 --pull-request in a fresh clone of the repository, as a workflow's step runs it. */
async function migrate(
  p: Plane,
  extra: string[] = [],
  checkout?: string,
): Promise<CliRun & { out: Record<string, string>; cwd: string }> {
  const cwd = checkout ?? (await remote.clone());
  const run = await cli(
    [
      'migrate',
      '--to',
      'v2',
      '--name',
      CR_NAME,
      '--cr-namespace',
      ns,
      '--output',
      CR_PATH,
      '--kubectl-path',
      p.tools.kubectl,
      '--pull-request',
      '--repository',
      'acme/infra',
      '--github-api-url',
      url,
      '--labels',
      'wandb-migration',
      '--reviewers',
      'alice',
      ...extra,
    ],
    {
      github: true,
      cwd,
      env: { KUBECONFIG_CONTENT: p.kubeconfigContent, GITHUB_TOKEN: TOKEN },
    },
  );
  return { ...run, out: parseOutputs(run.outputs), cwd };
}

/** Every file of the branch's tip and every commit message between main and it. */
async function branchContent(): Promise<{ files: Record<string, string>; messages: string }> {
  const names = (await git(remote.root, ['--git-dir', remote.bare, 'ls-tree', '-r', '--name-only', branch]))
    .trim()
    .split('\n');
  const files: Record<string, string> = {};
  for (const name of names) files[name] = await remote.show(branch, name);
  const messages = await git(remote.root, [
    '--git-dir',
    remote.bare,
    'log',
    '--format=%B',
    `main..${branch}`,
  ]);
  return { files, messages };
}

const writes = () => gh.requests.filter((r) => r.method !== 'GET');

beforeAll(async () => {
  const p = plane();
  await installV2Crd(p);
  ns = await namespace('migrate-v2-pr');
  branch = `wandb-operator-actions/migrate-v2-${ns}-${CR_NAME}`;
  source = {
    name: CR_NAME,
    namespace: ns,
    chart: { url: 'http://127.0.0.1:1/charts', name: 'operator-wandb', version: '0.43.8' },
    values: VALUES,
    active: active('0.74.1'),
  };
  uid = await createV1Source(p, source);
  gh = new GitHubStandIn({ tokens: [TOKEN] });
  url = await gh.start();
  remote = await createRemote({ 'README.md': '# infra\n', 'deploy/README.md': 'W&B deployment\n' });
  pulls = addPullRoutes(gh, {
    owner: 'acme',
    repo: 'infra',
    branchSha: (b) => remote.tip(b),
    users: ['alice'],
  });
  // A token that may push (contents: write) but not open pull requests gets GitHub's 403 "Resource not
  // accessible by integration" here; otherwise the pulls stand-in answers, as addPullRoutes' own route does.
  gh.route('POST', '/repos/:owner/:repo/pulls', async (request) => {
    if (refusePullCreation) throw gh.error(403, 'Resource not accessible by integration');
    gh.requireToken(request);
    const answer = await pulls.handle(request.method, request.path, request.query, request.body);
    if (!answer) throw gh.error(404, 'Not Found');
    if (answer.status >= 400) {
      const { message, ...extra } = answer.body as { message?: string } & Record<string, unknown>;
      delete extra.documentation_url;
      delete extra.status;
      throw gh.error(answer.status, message ?? 'Error', extra);
    }
    return { status: answer.status, body: answer.body };
  });
}, 10 * 60_000);

afterAll(async () => {
  await gh?.stop();
});

describe('migrate --to v2 with pull-request', () => {
  it('opens one pull request that adds the v2 CR and nothing else: no Secret, no secret anywhere', async () => {
    const p = plane();
    const run = await migrate(p);
    expect(run.stderr + run.stdout).not.toMatch(/::error/);
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      result: 'planned',
      'wandb-version': '0.74.1',
      'pull-request-operation': 'created',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/acme/infra/pull/1',
    });
    expect(run.stdout).toContain('Opened pull request #1 (https://github.com/acme/infra/pull/1)');
    expect(run.summary).toContain('**Pull request**: [#1](https://github.com/acme/infra/pull/1) (created)');

    // The branch: one commit over main adding the CR file exactly as written for review. The Secrets' file is
    // not written at all (a pull request never carries it; confirm is a later run): not in the checkout, not
    // in a temporary directory, not in a commit.
    const written = readFileSync(join(run.cwd, CR_PATH), 'utf8');
    expect(run.out['secrets-path']).toBe('');
    expect(existsSync(join(run.cwd, 'deploy', 'wandb-v2.secrets.yaml'))).toBe(false);
    expect(existsSync(join(tmpdir(), `wandb-migrate-v2-${ns}-${CR_NAME}`))).toBe(false);
    expect(run.stdout).toContain('are not written to a file: the pull request never carries them');
    const changed = await git(remote.root, ['--git-dir', remote.bare, 'diff', '--name-only', 'main', branch]);
    expect(changed.trim().split('\n')).toEqual([CR_PATH]);
    const { files, messages } = await branchContent();
    expect(Object.keys(files).sort()).toEqual(['README.md', 'deploy/README.md', CR_PATH]);
    expect(files[CR_PATH]).toBe(written);
    expect(Object.keys(files).some((f) => f.includes('secrets'))).toBe(false);
    expect(messages).toContain(`Add the operator v2 CR of weightsandbiases/${CR_NAME} (namespace ${ns})`);
    expect(messages).toContain('Generated-by: wandb-operator-actions migrate');
    const cr = parseYaml(files[CR_PATH]);
    expect(cr.apiVersion).toBe('apps.wandb.com/v2');
    expect(cr.spec.wandb.version).toBe('0.74.1');
    expect(cr.spec.retentionPolicy).toEqual({ onDelete: 'detach' });
    expect(cr.spec.mysql.default.externalMysql.password).toEqual({
      name: `${CR_NAME}-v2-mysql`,
      key: 'Password',
    });
    // The checkout's index and tracked files are untouched: the commit was built from blobs.
    expect(await git(run.cwd, ['status', '--porcelain', '--untracked-files=no'])).toBe('');

    // The pull request and what its description tells the reviewer.
    expect(pulls.pulls).toHaveLength(1);
    const pr = pulls.pulls[0];
    expect(pr.head).toBe(branch);
    expect(pr.base).toBe('main');
    expect(pr.title).toBe(
      `Migrate weightsandbiases/${CR_NAME} (namespace ${ns}) to W&B operator v2 (W&B Server 0.74.1)`,
    );
    expect(pr.labels.map((l) => l.name)).toEqual(['wandb-migration']);
    expect(pr.requested_reviewers).toEqual(['alice']);
    const body = pr.body;
    expect(body).toContain(`This pull request adds \`${CR_PATH}\``);
    expect(body).toContain('W&B Server **0.74.1** in `spec.wandb.version`');
    expect(body).toContain('`spec.retentionPolicy.onDelete: detach`');
    // Not carried over: paths only.
    expect(body).toMatch(/### Not carried over \(1\)[\s\S]*- `app\.image\.repository`\n/);
    // The Secrets by name and key, and how to create them from the 0600 file.
    expect(body).toContain(
      `| \`${CR_NAME}-v2-mysql\` | \`Host\`, \`Port\`, \`Database\`, \`Username\`, \`Password\` |`,
    );
    // Server-side, as confirm does: a client-side apply would keep the values in the last-applied annotation.
    expect(body).toContain(
      `kubectl apply --server-side --field-manager=wandb-operator-actions -n ${ns} -f <secrets-path>`,
    );
    expect(body).not.toMatch(/kubectl apply -n/);
    expect(body).toContain('Never commit that file');
    // The confirm step.
    expect(body).toContain('`confirm: true`');
    expect(body).toContain(`\`output: ${CR_PATH}\``);
    // The converted values are folded.
    expect(body).toMatch(
      /<details>\n<summary>Converted values \(\d+\)<\/summary>\n\n\| v1 value \| v2 field \| moved into \|/,
    );
    expect(body).toContain(
      `| \`global.mysql.password\` | \`spec.mysql.default.externalMysql.password\` | Secret \`${CR_NAME}-v2-mysql\`, key \`Password\` |`,
    );
    expect(body).toContain(`<!-- wandb-operator-actions:migrate-v2 {"cr":"${ns}/${CR_NAME}"} -->`);

    // No secret, raw or base64, in the branch, its commit, the pull request, or what the run showed.
    for (const text of [...Object.values(files), messages, pr.title, body, everything(run)])
      expectNoSecrets(text);
  });

  it('a rerun with the same CR changes nothing: no push, no write to GitHub', async () => {
    const p = plane();
    const tip = await remote.tip(branch);
    gh.resetLog();
    const run = await migrate(p);
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'pull-request-operation': 'none',
      'pull-request-number': '1',
      'pull-request-url': 'https://github.com/acme/infra/pull/1',
    });
    expect(run.stdout).toContain(
      'pull request #1 (https://github.com/acme/infra/pull/1) already holds this v2 CR',
    );
    expect(await remote.tip(branch)).toBe(tip);
    expect(writes()).toEqual([]);
    expect(pulls.pulls).toHaveLength(1);
    expectNoSecrets(everything(run));
  });

  it('a new conversion (the v1 operator rolled a new version) updates the same pull request, one commit', async () => {
    const p = plane();
    await replaceActive(p, { ...source, active: active('0.74.2') }, uid);
    try {
      const run = await migrate(p);
      expect(run.code).toBe(0);
      expect(run.out).toMatchObject({ 'pull-request-operation': 'updated', 'pull-request-number': '1' });
      expect(pulls.pulls).toHaveLength(1);
      expect(pulls.pulls[0].title).toContain('(W&B Server 0.74.2)');
      expect(pulls.pulls[0].body).toContain('W&B Server **0.74.2**');
      const { files, messages } = await branchContent();
      expect(parseYaml(files[CR_PATH]).spec.wandb.version).toBe('0.74.2');
      expect(messages.match(/Generated-by: wandb-operator-actions migrate/g)).toHaveLength(1);
      expectNoSecrets(everything(run) + pulls.pulls[0].body + Object.values(files).join('\n'));
    } finally {
      await replaceActive(p, source, uid);
    }
  });

  it('a commit someone else pushed to the branch is not overwritten; the run says so and fails', async () => {
    const p = plane();
    const theirs = await remote.commit(branch, { 'deploy/NOTES.md': 'reviewed\n' }, 'Add review notes');
    const run = await migrate(p);
    expect(run.code).toBe(1);
    expect(run.out.result).toBe('failed');
    expect(run.stdout).toContain('1 commit(s) this job did not make');
    expect(run.stdout).toContain(
      `the branch ${branch} and the pull request are as they were before this run`,
    );
    expect(await remote.tip(branch)).toBe(theirs);
    expectNoSecrets(everything(run));
  });

  it('a token that may push but not open pull requests: the run says the branch holds the commit and no pull request was opened', async () => {
    const p = plane();
    const other = 'wandb-operator-actions/migrate-v2-no-pr-right';
    refusePullCreation = true;
    const run = await migrate(p, ['--branch', other]).finally(() => {
      refusePullCreation = false;
    });
    expect(run.code).toBe(1);
    expect(run.out.result).toBe('failed');
    const tip = await remote.tip(other);
    if (!tip) throw new Error(`the branch ${other} was not pushed`);
    expect(run.stdout).toContain('Resource not accessible by integration');
    expect(run.stdout).toContain(
      `the branch ${other} now holds commit ${tip.slice(0, 12)} with the v2 CR; the pull request was not opened.`,
    );
    expect(run.stdout).not.toContain('as they were before this run');
    expect(pulls.pulls.filter((pr) => pr.head === other)).toHaveLength(0);
    expectNoSecrets(everything(run));
  });

  it('two runs at once (both list before either writes) leave one branch commit and one pull request', async () => {
    const p = plane();
    const other = 'wandb-operator-actions/migrate-v2-concurrent';
    gh.resetLog();
    gh.holdUntil('GET', /^\/repos\/acme\/infra\/pulls$/, 2);
    const [a, b] = await Promise.all([migrate(p, ['--branch', other]), migrate(p, ['--branch', other])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const mine = pulls.pulls.filter((pr) => pr.head === other);
    expect(mine).toHaveLength(1);
    // Both asked GitHub to open it; the one refused (422, already exists) made the other's right instead.
    const creates = gh.requests.filter((r) => r.method === 'POST' && /\/pulls$/.test(r.path));
    expect(creates.map((r) => r.status).sort()).toEqual([201, 422]);
    // One opened it. The other found it opened: with nothing to change ('none'), or, when it looked before the
    // winner had added its labels and reviewers, it added them itself ('updated'). Either way one pull request.
    const operations = [a.out['pull-request-operation'], b.out['pull-request-operation']].sort();
    expect(operations[0]).toBe('created');
    expect(['none', 'updated']).toContain(operations[1]);
    expect(a.out['pull-request-number']).toBe(String(mine[0].number));
    expect(b.out['pull-request-number']).toBe(String(mine[0].number));
    const commits = await git(remote.root, ['--git-dir', remote.bare, 'rev-list', `main..${other}`]);
    expect(commits.trim().split('\n')).toHaveLength(1);
    expectNoSecrets(everything(a) + everything(b) + mine[0].body);
  });

  it('once merged, a rerun opens nothing: the base branch holds the CR', async () => {
    const p = plane();
    const other = 'wandb-operator-actions/migrate-v2-concurrent';
    const merged = pulls.pulls.find((pr) => pr.head === other && pr.state === 'open');
    if (!merged) throw new Error('the pull request of the previous test is missing');
    await remote.fastForwardMain((await remote.tip(other)) as string);
    pulls.merge(merged.number);
    gh.resetLog();
    const run = await migrate(p, ['--branch', other]);
    expect(run.code).toBe(0);
    expect(run.out).toMatchObject({
      'pull-request-operation': 'none',
      'pull-request-number': '',
      'pull-request-url': '',
    });
    expect(run.stdout).toContain(
      `The base branch already holds this v2 CR at ${CR_PATH}; no pull request is needed.`,
    );
    expect(writes()).toEqual([]);
    expect(pulls.pulls.filter((pr) => pr.head === other)).toHaveLength(1);
  });

  it('pull-request with confirm is refused before anything runs', async () => {
    const run = await migrate(plane(), ['--confirm']);
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toContain("'pull-request' and 'confirm' are separate steps");
  });
});
