/**
 * The secrets matrix (issue 12 item 6): every command, with secrets in every form a user gives them (plain in
 * files, inputs and environment; base64, as a one-line kubeconfig; inside URLs; short or common), and every
 * place they could come out: stdout, stderr (annotations included), the job summary, the step outputs, report
 * files, and what each child program (kubectl, helm, git, wandb) gets in argv and environment, recorded by the
 * wrappers first on PATH (test-support/wrappers). Cluster-free: the kubeconfig points at a closed loopback port,
 * so commands that need a cluster fail early, and must not leak while failing. verify runs against the W&B
 * stand-in (its wandb CLI stand-in behind the wrapper), release-notes against the GitHub stand-in.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, type CliRun } from '../../test-support/run-cli.js';
import { makeWrappers, type ChildCall, type Wrappers } from '../../test-support/wrappers/index.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { seedWandbServer } from '../../test-support/github-stand-in/wandb-server.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../../test-support/fixtures/secrets');
const FAKE_WANDB = join(here, '../../test-support/wandb-stand-in/fake-wandb-cli.mjs');

/** Strong secrets: none of them, in any encoded form, may show anywhere. */
const S = {
  kubeToken: 'Kube-T0ken-5ecret-8812',
  urlPassword: 'Url-Pa55word-77x9',
  hostPassword: 'Host-Pa55-in-url-31',
  ghUrlPassword: 'Gh-T0ken-url-4411zz',
  chartRepoPassword: 'Chart-Repo-Pw-6622x',
  registryPassword: 'Registry-Pw-8833y',
  license: 'License-Key-Matrix-7788',
  apiKey: 'local-3f9c2a7b5e1d4c8a9b0f6e2d7c1a5b3e9f8d0c2a',
  githubToken: 'ghp_matrixToken0123456789abcdefXYZ',
  unrelated: 'Unrelated-Env-Secret-5566',
  // In the fixture files (test-support/fixtures/secrets).
  chartPassword: 'Chart-Pa55word-9f3k',
  crLicense: 'LICENSE-eyJhbGciOiJSUzI1NiJ9-zz81',
  s3Secret: 'S3cretAccessKey%2Fqq',
  mysql: 'My5ql-Passw0rd-Qx',
  smtp: 'Smtp-Pa55-Secret-ww',
};
const forms = (s: string) => [
  s,
  Buffer.from(s).toString('base64'),
  Buffer.from(s).toString('base64url'),
  encodeURIComponent(s),
];

const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: closed
  cluster:
    server: https://127.0.0.1:9
    insecure-skip-tls-verify: true
users:
- name: ci
  user:
    token: ${S.kubeToken}
contexts:
- name: closed
  context: {cluster: closed, user: ci}
current-context: closed
`;
const kubeconfigBase64 = Buffer.from(kubeconfig).toString('base64');

let work: string;
let wrappers: Wrappers;
let wandb: StandIn;
let gh: GitHubStandIn;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'secrets-matrix-'));
  cpSync(FIXTURES, join(work, 'config'), { recursive: true });
  wrappers = makeWrappers({ real: { wandb: FAKE_WANDB } });
  wandb = await startWandbStandIn({ apiKey: S.apiKey, entity: 'ml-team' });
  gh = new GitHubStandIn({ tokens: [S.githubToken] });
  await gh.start();
  seedWandbServer(gh);
  writeFileSync(
    join(work, 'fleet.yml'),
    `stages: [dev]
instances:
  - name: dev
    stage: dev
    kubeconfig-env: KUBECONFIG_DEV
    namespace: wandb
    config: [config/base.yaml, config/overlay.yaml]
    verify:
      host: https://wandb.example.com
      api-key-env: WANDB_API_KEY_DEV
`,
  );
}, 60_000);

afterAll(async () => {
  await wandb?.close();
  await gh?.stop();
  wrappers?.remove();
  rmSync(work, { recursive: true, force: true });
});

const config = [
  '--config',
  'config/base.yaml',
  '--config',
  'config/overlay.yaml',
  // A weak secret: masked where it stands, never in free text.
  '--set',
  'global.mysql.password=password',
];

/** The environment of every run: secrets of other programs, and one nobody reads. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: wrappers.path,
    HOME: work,
    XDG_CACHE_HOME: join(work, 'cache'),
    UNRELATED_SECRET: S.unrelated,
    CHART_REPO_PASSWORD: S.chartRepoPassword,
    ...extra,
  };
}

/** `::add-mask::` lines are consumed by the runner (they register the secret with GitHub), never shown. */
const visible = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

/** What each program may find in its environment; any other variable of the run is a leak. */
const READS: Record<string, RegExp> = {
  kubectl: /^(KUBECONFIG|KUBECTL_.*|KUBECACHEDIR|AWS_.*|GOOGLE_.*|CLOUDSDK_.*|AZURE_.*|ACTIONS_ID_TOKEN_.*)$/,
  helm: /^(KUBECONFIG|HELM_.*|AWS_.*|GOOGLE_.*|CLOUDSDK_.*|AZURE_.*|ACTIONS_ID_TOKEN_.*)$/,
  git: /^(GIT_.*|SSH_AUTH_SOCK)$/,
  wandb: /^(WANDB_.*|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|SSL_CERT_FILE)$/,
};
const BASIC =
  /^(PATH|HOME|USER|LOGNAME|SHELL|TMPDIR|TMP|TEMP|TZ|TERM|LANG|LANGUAGE|LC_.*|XDG_.*|SSL_CERT_.*)$/;

interface Case {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  /** Files the command writes for people or other steps (reports). */
  reports?: string[];
  /** What the user is told: proves the command got as far as the case means it to. */
  says: RegExp;
  code: number;
  /** Programs the case must have run. */
  runs?: string[];
}

const cases: Array<[string, () => Case]> = [
  [
    'validate',
    () => ({
      argv: ['validate', ...config],
      says: /secret at `spec\.values\.global\.mysql\.password` is weak/,
      code: 0,
    }),
  ],
  ['render', () => ({ argv: ['render', ...config], says: /apiVersion: apps\.wandb\.com\/v1/, code: 0 })],
  [
    'apply-cr --dry-run, kubeconfig content, cluster closed',
    () => ({
      argv: ['apply-cr', '--dry-run', '--render-check', 'false', ...config],
      env: { KUBECONFIG_CONTENT: kubeconfig },
      says: /127\.0\.0\.1:9|reach|refused/i,
      code: 1,
      runs: ['kubectl'],
    }),
  ],
  [
    'apply-cr, base64 kubeconfig, cluster closed',
    () => ({
      argv: ['apply-cr', '--render-check', 'false', '--timeout', '30', ...config],
      env: { KUBECONFIG_CONTENT: kubeconfigBase64 },
      says: /127\.0\.0\.1:9|reach|refused/i,
      code: 1,
      runs: ['kubectl'],
    }),
  ],
  [
    'install-operator, credentials in the chart-repo and tools-mirror URLs, base64 kubeconfig',
    () => ({
      argv: [
        'install-operator',
        '--chart-repo',
        `https://chartbot:${S.urlPassword}@127.0.0.1:9/charts`,
        '--tools-mirror',
        'https://u:p@127.0.0.1:9/mirror',
      ],
      // The chart repository's password is in its URL here, so not in CHART_REPO_PASSWORD as well.
      env: { KUBECONFIG_CONTENT: kubeconfigBase64, CHART_REPO_PASSWORD: '' },
      says: /./,
      code: 1,
    }),
  ],
  [
    'image-check, credentials in the registry URL and the environment',
    () => ({
      argv: ['image-check', '--registry', `https://reg:${S.urlPassword}@127.0.0.1:9`, ...config],
      env: { REGISTRY_PASSWORD: S.registryPassword, WANDB_LICENSE: S.license },
      says: /./,
      code: 1,
    }),
  ],
  [
    'verify, credentials in the host URL: refused',
    () => ({
      argv: ['verify', '--host', `https://admin:${S.hostPassword}@127.0.0.1:9`, '--cluster-checks', 'false'],
      env: { WANDB_API_KEY: S.apiKey },
      says: /'host' holds credentials in its URL .*https:\/\/127\.0\.0\.1:9/,
      code: 1,
    }),
  ],
  [
    'verify against the W&B stand-in, the wandb CLI run',
    () => ({
      argv: [
        'verify',
        '--host',
        wandb.url,
        '--cluster-checks',
        'false',
        '--use-wandb-cli',
        'true',
        '--retry-seconds',
        '0.3',
        '--report-path',
        join(work, 'verify-report.json'),
      ],
      env: { WANDB_API_KEY: S.apiKey },
      reports: [join(work, 'verify-report.json')],
      says: /wandb verify/,
      code: 0,
      runs: ['wandb'],
    }),
  ],
  [
    'release-notes, credentials in github-api-url: refused',
    () => ({
      argv: [
        'release-notes',
        '--from',
        '0.74.1',
        '--github-api-url',
        `https://x:${S.ghUrlPassword}@127.0.0.1:9/api/v3`,
      ],
      env: { GITHUB_TOKEN: S.githubToken },
      says: /github-api-url holds credentials in its URL .*https:\/\/127\.0\.0\.1:9\/api\/v3/,
      code: 1,
    }),
  ],
  [
    'release-notes from the GitHub stand-in, to a file',
    () => ({
      argv: [
        'release-notes',
        '--from',
        '0.74.1',
        '--to',
        '0.79.2',
        '--post-to',
        `file:${join(work, 'notes.md')}`,
      ],
      env: { GITHUB_TOKEN: S.githubToken, GITHUB_API_URL: gh.url },
      reports: [join(work, 'notes.md')],
      says: /releases after 0\.74\.1/,
      code: 0,
    }),
  ],
  [
    'upgrade-check from the built-in releases, dry run, no git repository',
    () => ({
      argv: [
        'upgrade-check',
        '--files',
        'config/base.yaml',
        '--releases-file',
        'builtin',
        '--dry-run',
        '--as-of',
        '2026-12-01',
      ],
      env: { GITHUB_TOKEN: S.githubToken, WANDB_API_KEY: S.apiKey },
      says: /./,
      code: 1,
    }),
  ],
  [
    'migrate, base64 kubeconfig, credentials in the operator chart URL',
    () => ({
      argv: ['migrate', '--operator-chart-repo', `https://chartbot:${S.urlPassword}@127.0.0.1:9/charts`],
      env: { KUBECONFIG_CONTENT: kubeconfigBase64, WANDB_API_KEY: S.apiKey },
      says: /./,
      code: 1,
    }),
  ],
  ['plan', () => ({ argv: ['plan', '--fleet', 'fleet.yml'], says: /dev/, code: 0 })],
  [
    'rollout, base64 kubeconfig in the fleet variable, cluster closed',
    () => ({
      argv: ['rollout', '--fleet', 'fleet.yml', '--timeout', '30'],
      env: { KUBECONFIG_DEV: kubeconfigBase64, WANDB_API_KEY_DEV: S.apiKey },
      says: /./,
      code: 1,
    }),
  ],
];

function leaksIn(text: string): string[] {
  const found: string[] = [];
  for (const [name, secret] of Object.entries(S))
    for (const form of new Set(forms(secret))) if (text.includes(form)) found.push(`${name} (${form})`);
  // Weak ones, at the places they stand: a URL's user-info and the CR path.
  if (text.includes('://u:p@')) found.push('weak URL credentials u:p');
  if (/password: "?password"?/.test(text) || text.includes('"password":"password"'))
    found.push('weak password at its path');
  return found;
}

function childLeaks(call: ChildCall): string[] {
  const found = leaksIn(call.argv.join(' ')).map((leak) => `${call.program} argv: ${leak}`);
  for (const [name, value] of Object.entries(call.env)) {
    if (!BASIC.test(name) && !READS[call.program].test(name)) found.push(`${call.program} env: ${name}`);
    // The one secret a program may hold is the one it reads: wandb's API key.
    if (call.program === 'wandb' && name === 'WANDB_API_KEY') continue;
    for (const leak of leaksIn(value)) found.push(`${call.program} env ${name}: ${leak}`);
  }
  return found;
}

/**
 * Runs `body` as the real CLI runs: with `env` as the process's environment (children inherit what
 * execute's allow-list lets through of process.env) and with what libraries write straight to the process's
 * stdout and stderr (bypassing the Reporter, e.g. @actions/core's debug lines) captured as `direct`.
 */
async function asTheProcess<T>(
  env: NodeJS.ProcessEnv,
  body: () => Promise<T>,
): Promise<T & { direct: string }> {
  const saved = process.env;
  const writes = { out: process.stdout.write, err: process.stderr.write };
  let direct = '';
  const capture = (chunk: unknown, ...rest: unknown[]) => {
    direct += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  process.env = { ...env };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    return { ...(await body()), direct };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    process.env = saved;
  }
}

describe.each(cases)('%s', (_name, make) => {
  it('no secret in any output, no secret in a child argv, only what each child reads in its environment', async () => {
    const c = make();
    wrappers.reset();
    for (const report of c.reports ?? []) rmSync(report, { force: true });
    const runEnv = env(c.env);
    const run: CliRun & { direct: string } = await asTheProcess(runEnv, () =>
      cli(c.argv, { github: true, cwd: work, env: runEnv }),
    );
    const told = visible(run.stdout) + run.stderr;
    if (process.env.MATRIX_DEBUG) console.log(_name, run.code, told.slice(-1500));
    expect({ code: run.code, told }).toEqual({ code: c.code, told: expect.stringMatching(c.says) });
    const reports = (c.reports ?? []).map((file) => {
      expect(existsSync(file)).toBe(true);
      return readFileSync(file, 'utf8');
    });
    const outputs = {
      stdout: visible(run.stdout),
      stderr: run.stderr,
      summary: run.summary,
      outputs: run.outputs,
      reports: reports.join('\n'),
    };
    const leaks = Object.entries(outputs).flatMap(([where, text]) =>
      leaksIn(text).map((leak) => `${where}: ${leak}`),
    );
    const calls = wrappers.calls();
    for (const program of c.runs ?? []) expect(calls.map((call) => call.program)).toContain(program);
    leaks.push(...calls.flatMap(childLeaks));
    expect(leaks).toEqual([]);
  }, 120_000);
});

test('the wrappers record: a child given a secret in its environment is caught', () => {
  const call: ChildCall = {
    program: 'helm',
    argv: ['repo', 'add', 'x', `https://u:${S.urlPassword}@h`],
    env: { PATH: '/bin', GITHUB_TOKEN: S.githubToken },
  };
  expect(childLeaks(call)).toEqual([
    `helm argv: urlPassword (${S.urlPassword})`,
    'helm env: GITHUB_TOKEN',
    `helm env GITHUB_TOKEN: githubToken (${S.githubToken})`,
  ]);
});
