import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TEST_HOST,
  startOperatorStack,
  usePlane,
  type OperatorStack,
  type Plane,
} from '../../test-support/cluster/index.js';
import {
  pushReferenceChart,
  registryRequests,
  type PushedChart,
} from '../../test-support/registry/oci-chart.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { cli, parseOutputs } from '../../test-support/run-cli.js';
import { helmReleases } from './helpers.js';

/**
 * An `oci://` spec.chart (the operator's OCIRelease) on the loopback plane: W&B's real operator-wandb 0.43.8
 * pushed with real helm into a real OCI registry on loopback (Debian's docker-registry, plain HTTP, basic auth);
 * apply-cr's render check pulls and renders it, the operator stand-in installs it from there with real Helm
 * (`plainHTTP`, credentials from `credentialSecret`), and apply-cr waits until its workloads roll out.
 */
const { plane, namespace } = usePlane();
const LICENSE = 'lic-oci-chart-2b7e4f9a1c';
const USER = 'ci';
const PASSWORD = 'oci-cluster-pw-6c1d0e8b3f';
const CR_NAME = 'wandb-ocirel';

let ns: string;
let registry: TestRegistry;
let chart: PushedChart;
let stack: OperatorStack;
let dir: string;

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'oci-chart-cluster-'));
  registry = await startRegistry({ auth: 'basic', users: { [USER]: PASSWORD }, accessLog: true });
  chart = await pushReferenceChart(registry, {
    helm: p.tools.helm,
    credentials: { username: USER, password: PASSWORD },
  });
  ns = await namespace('oci-chart');
  stack = await startOperatorStack(p, {
    namespace: ns,
    operatorNamespace: await namespace('oci-chart-op'),
    // An internal registry instead of the release channel: the operator never asks deploy.wandb.ai.
    operator: { airgapped: true },
  });
  // The operator reads the registry credentials from the Secret spec.chart.credentialSecret names.
  const created = await p.rest.request('POST', `/api/v1/namespaces/${ns}/secrets`, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'oci-chart-creds', namespace: ns },
    type: 'Opaque',
    stringData: { HELM_USERNAME: USER, HELM_PASSWORD: PASSWORD },
  });
  expect(created.status).toBe(201);
}, 5 * 60_000);

afterAll(async () => {
  if (stack) writeFileSync(join(dir, 'operator-standin.log'), stack.operator.log.join('\n'));
  await stack?.stop();
  await registry?.stop();
});

async function workloads(p: Plane, instance: string): Promise<string[]> {
  const out = await p.kubectl([
    'get',
    'deployments,statefulsets',
    '-n',
    ns,
    '-l',
    `app.kubernetes.io/instance=${instance}`,
    '-o',
    'jsonpath={range .items[*]}{.kind}/{.metadata.name} {.status.readyReplicas}/{.spec.replicas}{"\\n"}{end}',
  ]);
  return out.trim().split('\n').sort();
}

test('the stand-in installs the real operator-wandb 0.43.8 from an oci:// spec.chart; apply-cr renders it from there and waits until its workloads roll out', async () => {
  const p = plane();
  const file = join(dir, 'oci.yaml');
  writeFileSync(
    file,
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      `  name: ${CR_NAME}`,
      `  namespace: ${ns}`,
      'spec:',
      '  chart:',
      `    url: ${chart.url}`,
      '    version: 0.43.8',
      '    plainHTTP: true',
      '    credentialSecret:',
      '      name: oci-chart-creds',
      '  values:',
      '    global:',
      `      host: ${TEST_HOST}`,
      `      license: ${LICENSE}`,
      '    app:',
      '      image:',
      '        tag: "0.74.1"',
      '',
    ].join('\n'),
  );
  const before = registryRequests(registry, 'charts/operator-wandb').length;
  const run = await cli(
    [
      'apply-cr',
      '--config',
      file,
      '--kubectl-path',
      p.tools.kubectl,
      '--helm-path',
      p.tools.helm,
      '--chart-repo-username',
      USER,
      '--poll-interval',
      '0.5',
    ],
    {
      github: true,
      env: {
        KUBECONFIG_CONTENT: p.kubeconfigContent,
        CHART_REPO_PASSWORD: PASSWORD,
        RUNNER_TOOL_CACHE: join(dir, 'tool-cache'),
      },
    },
  );
  const said = run.stdout + run.stderr;
  expect(said).toMatch(
    new RegExp(
      `render check: operator-wandb 0\\.43\\.8 \\(from ${chart.url.replace(/\./g, '\\.')}, downloaded and cached\\) for Kubernetes v1\\.20\\.\\d+ rendered \\d+ objects`,
    ),
  );
  expect(said).toContain(`Creating weightsandbiases/${CR_NAME}`);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    new RegExp(`weightsandbiases/${CR_NAME} \\(namespace \\S+\\) rolled out \\(\\(none\\) -> 0\\.74\\.1\\)`),
  );
  expect(parseOutputs(run.outputs)).toMatchObject({ changed: 'true', 'render-check': 'rendered' });
  const shown = `${said}${run.summary}${run.outputs}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  expect(shown).not.toContain(PASSWORD);

  // The operator logged in with the Secret's credentials and Helm installed the chart it pulled from the registry.
  expect(stack.operator.log).toContain(`helm registry login ${registry.host} exit 0`);
  expect(await helmReleases(p, p.tools.helm, ns)).toContainEqual(
    expect.objectContaining({ name: CR_NAME, chart: 'operator-wandb-0.43.8', status: 'deployed' }),
  );
  // Two pulls (apply-cr's render check, the operator's install): each a manifest and its blobs.
  expect(registryRequests(registry, 'charts/operator-wandb').length - before).toBeGreaterThanOrEqual(6);
  expect(await workloads(p, CR_NAME)).toEqual([
    `Deployment/${CR_NAME}-app-bc 1/1`,
    `Deployment/${CR_NAME}-console-bc 1/1`,
    `Deployment/${CR_NAME}-parquet-bc 1/1`,
    `Deployment/${CR_NAME}-weave-bc 1/1`,
    `StatefulSet/${CR_NAME}-redis-master 1/1`,
  ]);
  // What the operator applied is the CR's chart as written (no test bridge in it).
  const active = JSON.parse(
    await p.kubectl(['get', 'secret', `${CR_NAME}-spec-active`, '-n', ns, '-o', 'json']),
  );
  expect(JSON.parse(Buffer.from(active.data.chart, 'base64').toString())).toEqual({
    url: chart.url,
    version: '0.43.8',
    plainHTTP: true,
    credentialSecret: { name: 'oci-chart-creds' },
  });
});
