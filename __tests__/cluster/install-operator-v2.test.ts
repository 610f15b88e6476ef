import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import {
  KubeletStandIn,
  operatorNameFor,
  referenceChart,
  sweepClusterScoped,
  usePlane,
  type Plane,
} from '../../test-support/cluster/index.js';
import {
  installCertManagerCrds,
  installCertManagerWebhook,
  removeCertManagerCrds,
  waitForCertManagerWebhook,
} from '../../test-support/cluster/cert-manager-standin.js';
import { packageV2OperatorChart, type V2ChartArchive } from '../../test-support/cluster/operator-v2-chart.js';
import {
  fakeCredentialHelpers,
  type CredentialHelpers,
} from '../../test-support/registry/credential-helpers.js';
import { pushReferenceChart, registryRequests } from '../../test-support/registry/oci-chart.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { makeWrappers, type Wrappers } from '../../test-support/wrappers/index.js';
import { cli, helmReleases, planeEnv, type CliRun } from './helpers.js';

/**
 * install-operator for operator v2 on the v2 plane (W&B's real v2 CRD; test-support/cluster/plane.ts): the v2
 * chart is a stand-in (test-support/charts/operator-v2-standin: chart `operator` 2.0.0-beta.5/6 with the real
 * CRD, cert-manager Certificate and Issuer, the controller Deployment, values.schema.json) pushed with real helm
 * into the loopback OCI registry (distribution, basic auth), and cert-manager is a stand-in
 * (test-support/cluster/cert-manager-standin.ts: its three CRDs and its webhook Deployment, made ready by the
 * kubelet stand-in). helm and kubectl run behind recording wrappers, so the password is checked against every
 * argv and environment they were given.
 *
 * The cert-manager CRDs are cluster-scoped on a plane shared with other test files: this file deletes them
 * before (rerunnable) and after.
 */
const { plane, namespace } = usePlane({ plane: 'v2' });
const USER = 'wandb-robot';
const PASSWORD = 'oci-Registry-s3cret-PW';
const WEBHOOK_SELECTOR = 'app.kubernetes.io/name=webhook,app.kubernetes.io/component=webhook';
let registry: TestRegistry;
let kubelet: KubeletStandIn;
let wrappers: Wrappers;
let archives: V2ChartArchive[] = [];
let webhookNs = '';
const watched: string[] = [];

beforeAll(async () => {
  const p = plane();
  // What an earlier (crashed) run may have left: the CRDs, and webhook stand-ins whose status stays Available.
  await removeCertManagerCrds(p);
  await removeWebhooks(p);
  registry = await startRegistry({ auth: 'basic', users: { [USER]: PASSWORD }, accessLog: true });
  const credentials = { username: USER, password: PASSWORD };
  for (const version of ['2.0.0-beta.5', '2.0.0-beta.6']) {
    const packaged = await packageV2OperatorChart(p.tools.helm, version);
    archives.push(packaged);
    await pushReferenceChart(registry, {
      helm: p.tools.helm,
      name: 'operator',
      version,
      repository: 'wandb/charts',
      archive: packaged.archive,
      credentials,
    });
  }
  // The air-gapped mirror: the same chart under another path of the registry.
  await pushReferenceChart(registry, {
    helm: p.tools.helm,
    name: 'operator',
    version: '2.0.0-beta.6',
    repository: 'mirror/charts',
    archive: archives[1].archive,
    credentials,
  });
  kubelet = new KubeletStandIn(p.rest, { namespaces: watched }).start();
  wrappers = makeWrappers({ path: '/usr/bin:/bin', real: { helm: p.tools.helm, kubectl: p.tools.kubectl } });
}, 300_000);

afterAll(async () => {
  const p = plane();
  await kubelet?.stop();
  await removeCertManagerCrds(p);
  await registry?.stop();
  wrappers?.remove();
  for (const archive of archives) await archive.cleanup();
  archives = [];
}, 120_000);

async function ns(prefix: string): Promise<string> {
  const name = await namespace(prefix);
  watched.push(name);
  return name;
}

function chartRef(path = 'wandb/charts/operator'): string {
  return `oci://${registry.host}/${path}`;
}

function args(n: string, ...extra: string[]): string[] {
  return [
    'install-operator',
    '--operator-version',
    'v2',
    '--namespace',
    n,
    '--helm-path',
    join(wrappers.dir, 'helm'),
    '--kubectl-path',
    join(wrappers.dir, 'kubectl'),
    '--min-kubernetes-version',
    '1.20',
    ...(extra.includes('--timeout') ? [] : ['--timeout', '120']),
    '--chart-repo-username',
    USER,
    ...extra,
  ];
}

/**
 * The registry credentials lived only in the run's private helm home: helm was told to read them there
 * (HELM_REGISTRY_CONFIG), no `helm registry login` ran, no Docker credential helper was called, and the file
 * is gone now.
 */
function expectCredentialsPrivate(helpers: CredentialHelpers, recorded: Wrappers = wrappers): void {
  const calls = recorded.calls().filter((c) => c.program === 'helm');
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.map((c) => c.argv.slice(0, 2).join(' '))).not.toContain('registry login');
  const configs = new Set(calls.map((c) => c.env.HELM_REGISTRY_CONFIG));
  expect(configs.size).toBe(1);
  const [config] = configs;
  expect(config).toMatch(/wandb-helm-[^/]+\/config\/registry\/config\.json$/);
  expect(existsSync(config)).toBe(false);
  expect(helpers.calls()).toBe('');
}

/** The password reaches helm on stdin only: in no argv, no environment, nothing the user reads. */
function expectPasswordHidden(run: CliRun): void {
  const calls = wrappers.calls();
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    expect(JSON.stringify(call.argv)).not.toContain(PASSWORD);
    expect(JSON.stringify(call.env)).not.toContain(PASSWORD);
  }
  expect(run.all).not.toContain(PASSWORD);
}

/** cert-manager's stand-in, CRDs and a ready webhook, made once (each test that needs it says so). */
let certManagerReady = false;
async function readyCertManager(p: Plane): Promise<void> {
  if (certManagerReady) return;
  await installCertManagerCrds(p);
  webhookNs = await ns('cert-manager');
  await installCertManagerWebhook(p, webhookNs);
  await waitForCertManagerWebhook(p, webhookNs);
  certManagerReady = true;
}

/** No cert-manager webhook anywhere (the stand-ins' status would stay Available without a kubelet). */
async function removeWebhooks(p: Plane): Promise<void> {
  await p.kubectl([
    'delete',
    'deployments',
    '--all-namespaces',
    '-l',
    WEBHOOK_SELECTOR,
    '--ignore-not-found',
  ]);
  certManagerReady = false;
}

async function deploymentsIn(p: Plane, n: string): Promise<string[]> {
  const list = JSON.parse(await p.kubectl(['-n', n, 'get', 'deployments', '-o', 'json'])) as {
    items: Array<{ metadata: { name: string } }>;
  };
  return list.items.map((d) => d.metadata.name);
}

async function expectUnchanged(p: Plane, n: string): Promise<void> {
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([]);
  expect(await deploymentsIn(p, n)).toEqual([]);
}

test('cert-manager missing: the preflight fails with the pinned helm install and changes nothing', async () => {
  const p = plane();
  await removeCertManagerCrds(p);
  certManagerReady = false;
  const n = await ns('v2-nocm');
  wrappers.reset();
  const run = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    'cert-manager is not installed: its CRDs (certificates.cert-manager.io, issuers.cert-manager.io, clusterissuers.cert-manager.io) are not on the cluster.',
  );
  expect(run.stderr).toContain('Nothing was changed on the cluster.');
  expect(run.stderr).toContain(
    'helm install cert-manager oci://quay.io/jetstack/charts/cert-manager --version v1.19.1',
  );
  expect(run.stderr).toContain('--set crds.enabled=true');
  // Nothing was installed: no helm upgrade ran at all.
  expect(wrappers.calls().some((c) => c.argv.includes('upgrade'))).toBe(false);
  await expectUnchanged(p, n);
  expectPasswordHidden(run);
});

test("cert-manager's webhook not ready: the preflight fails naming it and changes nothing", async () => {
  const p = plane();
  await installCertManagerCrds(p);
  await removeWebhooks(p);
  const pendingNs = await ns('cm-pending');
  kubelet.decide = (pod) => (pod.metadata.namespace === pendingNs ? 'pending' : 'ready');
  await installCertManagerWebhook(p, pendingNs);
  const n = await ns('v2-nowebhook');
  const run = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `cert-manager's webhook is not ready: ${pendingNs}/cert-manager-webhook (0 of 1 available).`,
  );
  expect(run.stderr).toContain(`kubectl -n ${pendingNs} describe deployment cert-manager-webhook`);
  await expectUnchanged(p, n);
  kubelet.decide = () => 'ready';
  await removeWebhooks(p);
});

test('with cert-manager, v2 installs from the OCI registry with credentials; a rerun changes nothing', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-install');
  const dir = await mkdtemp(join(tmpdir(), 'gh-files-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  // helm 3 lists the tags of a registry over HTTPS even on loopback: a plain-HTTP registry is said so.
  const https = await cli(
    args(n, '--chart-repo', chartRef()),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(https.code).toBe(1);
  expect(https.stderr).toContain(
    `The OCI registry of ${chartRef()} speaks plain HTTP, and helm spoke HTTPS to it (helm show chart ${chartRef()}). Nothing was changed on the cluster.`,
  );
  expect(https.stderr).toContain("Set 'chart-repo-plain-http: true'");
  await expectUnchanged(p, n);
  wrappers.reset();
  // A workstation with Docker credential helpers: the password must reach none of them.
  const helpers = fakeCredentialHelpers(await mkdtemp(join(tmpdir(), 'v2-helpers-')));
  const run = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
    planeEnv(p, {
      CHART_REPO_PASSWORD: PASSWORD,
      ...files,
      HOME: helpers.home,
      PATH: `${helpers.bin}:${process.env.PATH}`,
    }),
  );
  expect(run.stderr).toContain(
    `cert-manager: CRDs established, webhook ${webhookNs}/cert-manager-webhook ready`,
  );
  expect(run.stderr).toContain('operator v1: no release of the v1 operator chart on the cluster');
  expect(run.code).toBe(0);
  // The newest tag, betas included (v2 has no GA), and the advice to pin it.
  expect(run.stderr).toContain(
    `chart: operator 2.0.0-beta.6 from ${chartRef()} (newest tag, pre-releases included: v2 has no GA release yet)`,
  );
  expect(run.all).toContain("set 'chart-version: 2.0.0-beta.6' to stay on this version");
  expect(run.stdout).toContain(
    `Installed operator 2.0.0-beta.6 (release 'operator', namespace ${n}, revision 1); controller us-docker.pkg.dev/wandb-production/public/wandb/operator:2.0.0-beta.6 ready.`,
  );
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([
    expect.objectContaining({
      name: 'operator',
      revision: '1',
      chart: 'operator-2.0.0-beta.6',
      status: 'deployed',
    }),
  ]);
  // The chart's cert-manager objects and the v2 CRD it brings.
  expect(
    await p.kubectl(['-n', n, 'get', 'certificates.cert-manager.io,issuers.cert-manager.io', '-o', 'name']),
  ).toBe(
    'certificate.cert-manager.io/operator-serving-cert\nissuer.cert-manager.io/operator-selfsigned-issuer\n',
  );
  const crd = JSON.parse(await p.kubectl(['get', 'crd', 'weightsandbiases.apps.wandb.com', '-o', 'json']));
  expect(crd.spec.versions.map((v: { name: string }) => v.name)).toContain('v2');
  // helm read the credentials from the run's private registry config (no `helm registry login`, no credential
  // helper asked) and installed from the OCI reference itself; the config is gone with the run.
  expectCredentialsPrivate(helpers);
  const calls = wrappers.calls().map((c) => c.argv);
  expect(calls).toContainEqual(
    expect.arrayContaining(['upgrade', '--install', 'operator', chartRef(), '--plain-http']),
  );
  expectPasswordHidden(run);
  const summary = await readFile(files.GITHUB_STEP_SUMMARY, 'utf8');
  expect(summary).toContain(`| Chart | operator 2.0.0-beta.6 from ${chartRef()} |`);
  expect(summary).toContain('| Operator | v2 (apps.wandb.com/v2), OCI chart |');
  expect(summary).toContain(
    `| cert-manager | CRDs established, webhook ${webhookNs}/cert-manager-webhook ready |`,
  );
  const outputs = await readFile(files.GITHUB_OUTPUT, 'utf8');
  expect(outputs).toMatch(/action<<(\S+)\ninstall\n\1/);

  wrappers.reset();
  const again = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(again.code).toBe(0);
  expect(again.stderr).toContain(
    "No changes: release 'operator' already runs operator 2.0.0-beta.6 with these values (revision 1).",
  );
  expect(again.stdout).toContain('Unchanged: operator 2.0.0-beta.6');
  expect(wrappers.calls().some((c) => c.argv.includes('upgrade'))).toBe(false);
  const history = await execute({
    role: 'inherit',
    command: p.tools.helm,
    args: ['history', 'operator', '-n', n, '-o', 'json', '--kubeconfig', p.kubeconfig],
    timeoutMs: 60_000,
  });
  expect(JSON.parse(history.stdout)).toHaveLength(1);

  // A v1 run (no operator-version) over this release would put the v1 chart in its place: refused.
  const v1run = await cli(
    [
      'install-operator',
      '--namespace',
      n,
      '--helm-path',
      p.tools.helm,
      '--kubectl-path',
      p.tools.kubectl,
      '--min-kubernetes-version',
      '1.20',
      '--chart-repo',
      'http://127.0.0.1:9',
      '--chart-version',
      '1.4.8',
      '--allow-downgrade',
    ],
    planeEnv(p),
  );
  expect(v1run.code).toBe(1);
  expect(v1run.stderr).toContain(
    `Release 'operator' in namespace ${n} runs the v2 operator chart (operator-2.0.0-beta.6, revision 1); this run would put the v1 chart in its place. Nothing was changed on the cluster.`,
  );

  // Going back to an older beta is a downgrade: refused unless allowed, then made as a new revision.
  const down = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-version', '2.0.0-beta.5'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(down.code).toBe(2);
  expect(down.stderr).toContain(
    'This is a downgrade: release at operator chart 2.0.0-beta.6 (revision 1), and 2.0.0-beta.5 was asked for. Nothing was changed.',
  );
  const allowed = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-version', '2.0.0-beta.5', '--allow-downgrade'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(allowed.code).toBe(0);
  expect(allowed.stdout).toContain(
    `Downgraded operator 2.0.0-beta.5 (release 'operator', namespace ${n}, revision 2)`,
  );
});

test('a failed upgrade is rolled back inside the timeout', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-rollback');
  const first = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-version', '2.0.0-beta.5'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(first.code).toBe(0);
  // The new controller's pods never start (an image that cannot be pulled).
  kubelet.decide = (pod) =>
    pod.metadata.namespace === n && pod.spec.containers.some((c) => c.image.endsWith(':2.0.0-beta.6'))
      ? { waiting: 'ImagePullBackOff', message: 'Back-off pulling image' }
      : 'ready';
  try {
    const run = await cli(
      args(n, '--chart-repo', chartRef(), '--chart-version', '2.0.0-beta.6', '--timeout', '20'),
      planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The operator controller was not ready within the 20 s timeout');
    expect(run.stderr).toContain('ImagePullBackOff');
    expect(run.stderr).toMatch(
      /Rolled back: release 'operator' runs revision 1's chart and values again \(operator-2\.0\.0-beta\.5/,
    );
  } finally {
    kubelet.decide = () => 'ready';
  }
  expect(await helmReleases(p, p.tools.helm, n)).toEqual([
    expect.objectContaining({ revision: '3', chart: 'operator-2.0.0-beta.5', status: 'deployed' }),
  ]);
});

test('air-gapped: the mirror reference is honoured (no public host), and the public registry refused', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-airgap');
  const airgapped = [
    '--airgapped',
    '--image-repository',
    'registry.corp.example/wandb/operator',
    '--image-tag',
    '2.0.0-beta.6',
  ];
  wrappers.reset();
  const refused = await cli(args(n, ...airgapped), planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }));
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain(
    "Air-gapped install: 'chart-repo' is oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator, a public host.",
  );
  expect(refused.stderr).toContain('oci:// reference of the W&B operator v2 chart in your internal registry');
  expect(wrappers.calls()).toEqual([]);

  const before = registryRequests(registry, 'mirror/charts/operator').length;
  // The mirror named by its repository (as given to helm push): /operator is added.
  const run = await cli(
    args(n, ...airgapped, '--chart-repo', chartRef('mirror/charts'), '--chart-version', '2.0.0-beta.6'),
    planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(
    `Installed operator 2.0.0-beta.6 (release 'operator', namespace ${n}, revision 1); controller registry.corp.example/wandb/operator:2.0.0-beta.6 ready.`,
  );
  expect(registryRequests(registry, 'mirror/charts/operator').length).toBeGreaterThan(before);
  for (const call of wrappers.calls()) expect(call.argv.join(' ')).not.toContain('us-docker.pkg.dev');
  const deploy = JSON.parse(
    await p.kubectl(['-n', n, 'get', 'deployment', 'operator-wandb-operator', '-o', 'json']),
  );
  expect(deploy.spec.template.spec.containers[0].image).toBe(
    'registry.corp.example/wandb/operator:2.0.0-beta.6',
  );
});

test('a v1 operator release on the cluster: v2 is refused with the migration path, nothing changed', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-over-v1');
  // W&B's real v1 operator chart as a user's earlier install left it (its CRD exists already on this plane).
  const v1 = await execute({
    role: 'inherit',
    command: p.tools.helm,
    args: [
      'install',
      'operator',
      referenceChart('operator', '1.4.8'),
      '-n',
      n,
      '--set',
      `nameOverride=${operatorNameFor(n)}`,
      '--kubeconfig',
      p.kubeconfig,
    ],
    timeoutMs: 120_000,
  });
  expect(v1.stderr).not.toMatch(/Error/);
  try {
    const same = await cli(
      args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
      planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
    );
    expect(same.code).toBe(1);
    expect(same.stderr).toContain(
      `Release 'operator' in namespace ${n} runs the v1 operator chart (operator-1.4.8). The v2 operator is another chart from an OCI registry, not an upgrade of it`,
    );
    expect(same.stderr).toContain('docs/operator-v2.md');
    expect(same.stderr).toContain('migrate --to v2');
    const other = await ns('v2-beside-v1');
    const beside = await cli(
      args(other, '--chart-repo', chartRef(), '--chart-repo-plain-http', '--release', 'wandb-operator'),
      planeEnv(p, { CHART_REPO_PASSWORD: PASSWORD }),
    );
    expect(beside.code).toBe(1);
    expect(beside.stderr).toContain(
      `The cluster runs the v1 operator: release 'operator' in namespace ${n} (operator-1.4.8, deployed)`,
    );
    expect(await helmReleases(p, p.tools.helm, other)).toEqual([]);
    expect(await helmReleases(p, p.tools.helm, n)).toEqual([
      expect.objectContaining({ revision: '1', chart: 'operator-1.4.8' }),
    ]);
  } finally {
    // Other v2 installs on this shared plane would be refused while it exists.
    await execute({
      role: 'inherit',
      command: p.tools.helm,
      args: ['uninstall', 'operator', '-n', n, '--kubeconfig', p.kubeconfig],
      timeoutMs: 120_000,
    });
    await sweepClusterScoped(p, [n]);
  }
});

test('a wrong registry password: refused by the registry before any change, said as such, config gone', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-badpw');
  const wrong = 'not-the-Registry-pw-77';
  const helpers = fakeCredentialHelpers(await mkdtemp(join(tmpdir(), 'v2-helpers-')));
  wrappers.reset();
  const run = await cli(
    args(n, '--chart-repo', chartRef(), '--chart-repo-plain-http'),
    planeEnv(p, {
      CHART_REPO_PASSWORD: wrong,
      HOME: helpers.home,
      PATH: `${helpers.bin}:${process.env.PATH}`,
    }),
  );
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `The OCI registry of ${chartRef()} refused the credentials (401 Unauthorized).`,
  );
  expect(run.stderr).toContain('Nothing was changed on the cluster.');
  expect(run.stderr).toContain("Check 'chart-repo-username' and 'chart-repo-password'");
  expect(run.all).not.toContain(wrong);
  expect(wrappers.calls().some((c) => c.argv.includes('upgrade'))).toBe(false);
  expectCredentialsPrivate(helpers);
  await expectUnchanged(p, n);
});

/**
 * helm 4 reads the registry with the same flags (show with --plain-http, --devel). Only a dry run:
 * helm 4 server-side-applies a chart's crds/, which on this shared plane conflicts with the field manager that
 * other test files apply the v2 CRD with (the real chart applies its CRDs from a hook Job, not crds/).
 */
test('helm 4: a dry run reads the registry and the cluster and changes nothing', async () => {
  const p = plane();
  await readyCertManager(p);
  const n = await ns('v2-helm4');
  // helm 4 and kubectl 1.35 behind their own recording wrappers.
  const wrappers4 = makeWrappers({
    path: '/usr/bin:/bin',
    real: { helm: p.tools.helm4, kubectl: p.tools.kubectl4 },
  });
  const helm4 = [
    '--helm-path',
    join(wrappers4.dir, 'helm'),
    '--kubectl-path',
    join(wrappers4.dir, 'kubectl'),
    '--chart-repo',
    chartRef(),
    '--chart-repo-plain-http',
  ];
  const base = args(n).filter((arg, i, all) => !/-path$/.test(arg) && !/-path$/.test(all[i - 1] ?? ''));
  const helpers = fakeCredentialHelpers(await mkdtemp(join(tmpdir(), 'v2-helpers-')));
  const dry = await cli(
    [...base, ...helm4, '--dry-run'],
    planeEnv(p, {
      CHART_REPO_PASSWORD: PASSWORD,
      HOME: helpers.home,
      PATH: `${helpers.bin}:${process.env.PATH}`,
    }),
  );
  expect(dry.stderr).toMatch(/helm: 4\./);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain(
    `Dry run: would install operator 2.0.0-beta.6 as release 'operator' in namespace ${n}.`,
  );
  expect(dry.all).not.toContain(PASSWORD);
  expectCredentialsPrivate(helpers, wrappers4);
  wrappers4.remove();
  await expectUnchanged(p, n);
});
