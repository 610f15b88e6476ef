import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KubeletStandIn,
  makeTestPki,
  operatorNameFor,
  startChartRepo,
  usePlane,
  type ChartRepo,
} from '../../test-support/cluster/index.js';
import { cli, helmReleases, ownOperatorName, planeEnv } from './helpers.js';

/**
 * install-operator is atomic, with Helm 3 and Helm 4, on the loopback plane with W&B's REAL operator charts
 * 1.4.2 and 1.4.8: an upgrade whose controller never becomes ready (the kubelet stand-in keeps a missing image
 * in ImagePullBackOff) is rolled back to the previous revision, and a first install that fails is uninstalled,
 * both inside `timeout`, saying why. A downgrade needs allow-downgrade. An unreachable chart repository is
 * named as such. Credentials in the chart-repo URL never reach helm's argv (a wrapper helm records it).
 */
const { plane, namespace } = usePlane();
let repo: ChartRepo;
let authRepo: ChartRepo;
let kubelet: KubeletStandIn;
const namespaces: string[] = [];
const MISSING = '0.0.0-missing';
const REPO_PASSWORD = 'url-Pa55word-9f3k';

beforeAll(async () => {
  const p = plane();
  repo = await startChartRepo({ helm: p.tools.helm });
  authRepo = await startChartRepo({
    helm: p.tools.helm,
    versions: ['1.4.8'],
    basicAuth: { username: 'mirror', password: REPO_PASSWORD },
  });
  // Every pod becomes ready, but a controller pod whose image tag is MISSING waits in ImagePullBackOff.
  kubelet = new KubeletStandIn(p.rest, {
    namespaces,
    decide: (pod) =>
      pod.spec.containers.some((c) => c.image.endsWith(`:${MISSING}`))
        ? { waiting: 'ImagePullBackOff' }
        : 'ready',
  }).start();
}, 120_000);

afterAll(async () => {
  await kubelet?.stop();
  await repo?.close();
  await authRepo?.close();
});

async function ns(prefix: string): Promise<string> {
  const name = await namespace(prefix);
  namespaces.push(name);
  return name;
}

const helms = [
  ['Helm 3', () => ({ helm: plane().tools.helm, kubectl: plane().tools.kubectl })],
  ['Helm 4', () => ({ helm: plane().tools.helm4, kubectl: plane().tools.kubectl4 })],
] as const;

async function args(
  n: string,
  tools: { helm: string; kubectl: string },
  timeout: number,
  extra: string[],
): Promise<string[]> {
  return [
    'install-operator',
    '--namespace',
    n,
    '--chart-repo',
    repo.url,
    '--helm-path',
    tools.helm,
    '--kubectl-path',
    tools.kubectl,
    '--min-kubernetes-version',
    '1.20',
    '--timeout',
    String(timeout),
    ...(await ownOperatorName(n)),
    ...extra,
  ];
}

async function ghFiles(): Promise<{ GITHUB_OUTPUT: string; GITHUB_STEP_SUMMARY: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'gh-files-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  await writeFile(files.GITHUB_OUTPUT, '');
  await writeFile(files.GITHUB_STEP_SUMMARY, '');
  return files;
}

async function controllerImage(n: string): Promise<string> {
  const deploy = JSON.parse(
    await plane().kubectl([
      '-n',
      n,
      'get',
      'deploy',
      `${operatorNameFor(n)}-controller-manager`,
      '-o',
      'json',
    ]),
  );
  return deploy.spec.template.spec.containers[0].image;
}

describe.each(helms)('%s', (label, tools) => {
  test('a failed upgrade is rolled back to the previous revision inside the timeout, saying why', async () => {
    const p = plane();
    const n = await ns('rb');
    const first = await cli(
      await args(n, tools(), 120, ['--chart-version', '1.4.2', '--image-tag', '1.21.3']),
      planeEnv(p),
    );
    expect(first.code).toBe(0);

    const files = await ghFiles();
    const started = Date.now();
    const failed = await cli(
      await args(n, tools(), 16, ['--chart-version', '1.4.8', '--image-tag', MISSING]),
      planeEnv(p, files),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(failed.code).toBe(1);
    // Inside the timeout, rollback included (plus the process start and tool checks).
    expect(seconds).toBeLessThan(16 + 3);
    expect(failed.stderr).toContain('error: The operator controller was not ready within the 16 s timeout');
    expect(failed.stderr).toMatch(
      new RegExp(
        `pod ${operatorNameFor(n)}-controller-manager-\\S+: ImagePullBackOff \\(Back-off pulling image "wandb/controller:${MISSING}"\\)`,
      ),
    );
    expect(failed.stderr).toContain(
      "Rolled back: release 'operator' runs revision 1's chart and values again (operator-1.4.2; now revision 3, deployed), and its controller is ready again.",
    );
    const releases = await helmReleases(p, tools().helm, n);
    expect(releases).toEqual([
      expect.objectContaining({ revision: '3', chart: 'operator-1.4.2', status: 'deployed' }),
    ]);
    expect(await controllerImage(n)).toBe('wandb/controller:1.21.3');
    const outputs = await readFile(files.GITHUB_OUTPUT, 'utf8');
    expect(outputs).toMatch(/rolled-back<<(\S+)\ntrue\n\1/);
    expect(outputs).toMatch(/changed<<(\S+)\nfalse\n\1/);
    expect(outputs).toMatch(/action<<(\S+)\nupgrade\n\1/);
    const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### install-operator: failed');
    expect(summary).toContain('| State left | Rolled back:');
    expect(summary).toContain('ImagePullBackOff');

    // Idempotent: the first run's inputs again find the release as it was, and change nothing.
    const again = await cli(
      await args(n, tools(), 120, ['--chart-version', '1.4.2', '--image-tag', '1.21.3']),
      planeEnv(p),
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Unchanged: operator 1.4.2');
    expect((await helmReleases(p, tools().helm, n))[0].revision).toBe('3');
  }, 180_000);

  test('a failed first install is removed: no release and no Deployment left', async () => {
    const p = plane();
    const n = await ns('rm');
    const started = Date.now();
    const run = await cli(await args(n, tools(), 12, ['--image-tag', MISSING]), planeEnv(p));
    expect(run.code).toBe(1);
    expect((Date.now() - started) / 1000).toBeLessThan(12 + 3);
    expect(run.stderr).toContain('error: The operator controller was not ready within the 12 s timeout');
    expect(run.stderr).toContain('ImagePullBackOff');
    expect(run.stderr).toContain(
      `The failed first install was removed (helm uninstall): no release 'operator' is left in namespace ${n}.`,
    );
    expect(await helmReleases(p, tools().helm, n)).toEqual([]);
    expect((await p.kubectl(['-n', n, 'get', 'deployments', '-o', 'name'])).trim()).toBe('');
  }, 120_000);

  test(`a downgrade is refused without allow-downgrade (exit 2) and done with it (${label})`, async () => {
    const p = plane();
    const n = await ns('down');
    expect(
      (
        await cli(
          await args(n, tools(), 120, ['--chart-version', '1.4.8', '--image-tag', '1.21.3']),
          planeEnv(p),
        )
      ).code,
    ).toBe(0);
    const refused = await cli(await args(n, tools(), 120, ['--chart-version', '1.4.2']), planeEnv(p));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'error: This is a downgrade: release at operator chart 1.4.8 (revision 1), and 1.4.2 was asked for. Nothing was changed.',
    );
    expect(refused.stderr).toContain("fix: Set 'allow-downgrade: true' (CLI: --allow-downgrade)");
    expect((await helmReleases(p, tools().helm, n))[0]).toEqual(
      expect.objectContaining({ revision: '1', chart: 'operator-1.4.8' }),
    );
    const allowed = await cli(
      await args(n, tools(), 120, ['--chart-version', '1.4.2', '--allow-downgrade']),
      planeEnv(p),
    );
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain(
      'Downgrading the operator chart 1.4.8 → 1.4.2; earlier values are kept.',
    );
    expect(allowed.stderr).toContain('values: earlier values kept (from revision 1): image.tag');
    expect(allowed.stdout).toContain('Downgraded operator 1.4.2');
    expect(allowed.all).toContain('Downgrading the operator does not downgrade W&B Server');
    expect(await controllerImage(n)).toBe('wandb/controller:1.21.3');
    expect((await helmReleases(p, tools().helm, n))[0]).toEqual(
      expect.objectContaining({ revision: '2', chart: 'operator-1.4.2', status: 'deployed' }),
    );
  }, 180_000);
});

test('an unreachable chart repository is reported as the chart repository, not the kubeconfig', async () => {
  const p = plane();
  const n = await ns('norepo');
  // A port nothing listens on: the repository closed after it was started.
  const gone = await startChartRepo({ helm: p.tools.helm, versions: ['1.4.8'], appVersions: [] });
  await gone.close();
  const run = await cli(
    [
      ...(await args(n, { helm: p.tools.helm, kubectl: p.tools.kubectl }, 120, [])).map((a) =>
        a === repo.url ? gone.url : a,
      ),
    ],
    planeEnv(p),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `error: The chart repository ${gone.url} cannot be reached. Nothing was changed on the cluster.`,
  );
  expect(run.stderr).toContain("fix: Check 'chart-repo' (host and port) and that the runner can reach it");
  expect(run.stderr).not.toMatch(/API server cannot be reached|Check the kubeconfig/);
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
}, 120_000);

test('credentials in the chart-repo URL are masked and never in helm argv (a wrapper helm records it)', async () => {
  const p = plane();
  const n = await ns('urlcred');
  const dir = await mkdtemp(join(tmpdir(), 'helm-wrapper-'));
  const log = join(dir, 'argv.log');
  const wrapper = join(dir, 'helm');
  await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${p.tools.helm}' "$@"\n`);
  await chmod(wrapper, 0o755);
  const url = authRepo.url.replace('http://', `http://mirror:${REPO_PASSWORD}@`);
  const files = await ghFiles();
  const run = await cli(
    [
      'install-operator',
      '--namespace',
      n,
      '--chart-repo',
      url,
      '--helm-path',
      wrapper,
      '--kubectl-path',
      p.tools.kubectl,
      '--min-kubernetes-version',
      '1.20',
      '--timeout',
      '120',
      ...(await ownOperatorName(n)),
    ],
    planeEnv(p, files),
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('Installed operator 1.4.8');
  const argv = await readFile(log, 'utf8');
  expect(argv).toContain(
    `repo add wandb-operator-actions ${authRepo.url} --force-update --username mirror --password-stdin`,
  );
  expect(argv).not.toContain(REPO_PASSWORD);
  expect(argv).not.toContain('mirror:');
  for (const text of [
    run.all,
    await readFile(files.GITHUB_OUTPUT, 'utf8'),
    await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
  ]) {
    expect(text).not.toContain(REPO_PASSWORD);
  }
  expect(await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')).toContain(
    `| Chart | operator 1.4.8 from ${authRepo.url} |`,
  );
}, 120_000);

test.each([
  ['unreachable', 'The Kubernetes API server cannot be reached. Nothing was changed on the cluster.'],
  ['untrusted TLS', "The Kubernetes API server's TLS certificate is not trusted by the kubeconfig"],
])(
  'an API server that is %s is named as the API server, with the kubeconfig fix',
  async (kind, message) => {
    const p = plane();
    let kubeconfig = p.kubeconfigContent;
    if (kind === 'unreachable') {
      const gone = await startChartRepo({ helm: p.tools.helm, versions: ['1.4.8'], appVersions: [] });
      await gone.close();
      kubeconfig = kubeconfig.replace(/server: \S+/, `server: https://127.0.0.1:${gone.port}`);
    } else {
      const other = await makeTestPki();
      const ca = Buffer.from(await readFile(other.caCert)).toString('base64');
      kubeconfig = kubeconfig.replace(/certificate-authority-data: \S+/, `certificate-authority-data: ${ca}`);
    }
    const run = await cli(
      await args('never-created', { helm: p.tools.helm, kubectl: p.tools.kubectl }, 60, [
        '--chart-version',
        '1.4.8',
      ]),
      planeEnv(p, { KUBECONFIG_CONTENT: kubeconfig }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`error: ${message}`);
    expect(run.stderr).toMatch(/fix: Check the kubeconfig/);
    expect(run.stderr).not.toContain('chart repository');
  },
  60_000,
);

test('the chart repository refusing the credentials, or lacking the version, is named as the chart repository', async () => {
  const p = plane();
  const n = await ns('repo401');
  const tools = { helm: p.tools.helm, kubectl: p.tools.kubectl };
  const wrong = 'wrong-Pa55-7x1q';
  const refused = await cli(
    (await args(n, tools, 60, [])).map((a) =>
      a === repo.url ? authRepo.url.replace('http://', `http://mirror:${wrong}@`) : a,
    ),
    planeEnv(p),
  );
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    `error: The chart repository ${authRepo.url} refused the credentials (401 Unauthorized). Nothing was changed on the cluster.`,
  );
  expect(refused.stderr).toContain("fix: Check 'chart-repo-username' and 'chart-repo-password'");
  expect(refused.all).not.toContain(wrong);

  const missing = await cli(await args(n, tools, 60, ['--chart-version', '9.9.9']), planeEnv(p));
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain(
    `error: The chart repository ${repo.url} has no 'operator' chart version 9.9.9 (it has 1.4.8, 1.4.2). Nothing was changed on the cluster.`,
  );
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
}, 60_000);
