import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TEST_HOST,
  startChartRepo,
  startOperatorStack,
  usePlane,
  type ChartRepo,
  type OperatorStack,
  type Plane,
} from '../../test-support/cluster/index.js';
import { startReleaseChannel, type ReleaseChannel } from '../../test-support/release-channel/server.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { helmReleases } from './helpers.js';

/**
 * W&B's REAL charts on the loopback plane: the operator stand-in installs operator-wandb (from the loopback
 * chart repository that `spec.chart` names, or from what the release-channel stand-in serves when the CR has
 * no `spec.chart`) with real Helm, and apply-cr waits until the chart's real workloads have rolled out.
 * The charts come from ../shared/reference/charts (see test-support/cluster/real-charts.ts).
 */
const { plane, namespace } = usePlane();
const LICENSE = 'lic-real-charts-5e1d9c3b7a';

let ns: string;
let repo: ChartRepo;
let channel: ReleaseChannel;
let stack: OperatorStack;
let airgapped: OperatorStack | undefined;
let dir: string;

function writeCr(file: string, lines: string[]): string {
  const path = join(dir, file);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

function cr(name: string, namespaceName: string, tag: string, chart?: string): string[] {
  return [
    'apiVersion: apps.wandb.com/v1',
    'kind: WeightsAndBiases',
    'metadata:',
    `  name: ${name}`,
    `  namespace: ${namespaceName}`,
    'spec:',
    ...(chart
      ? ['  chart:', `    url: ${repo.url}`, '    name: operator-wandb', `    version: ${chart}`]
      : []),
    '  values:',
    '    global:',
    `      host: ${TEST_HOST}`,
    `      license: ${LICENSE}`,
    ...(tag ? ['    app:', '      image:', `        tag: "${tag}"`] : []),
  ];
}

function applyCr(p: Plane, file: string, extra: string[] = []): Promise<CliRun> {
  return cli(
    ['apply-cr', '--config', file, '--kubectl-path', p.tools.kubectl, '--poll-interval', '0.5', ...extra],
    { github: true, env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
  );
}

async function workloads(p: Plane, namespaceName: string, instance: string): Promise<string[]> {
  const out = await p.kubectl([
    'get',
    'deployments,statefulsets',
    '-n',
    namespaceName,
    '-l',
    `app.kubernetes.io/instance=${instance}`,
    '-o',
    'jsonpath={range .items[*]}{.kind}/{.metadata.name} {.status.readyReplicas}/{.spec.replicas}{"\\n"}{end}',
  ]);
  return out.trim().split('\n').sort();
}

async function image(p: Plane, namespaceName: string, deployment: string): Promise<string> {
  return (
    await p.kubectl([
      'get',
      'deployment',
      deployment,
      '-n',
      namespaceName,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ])
  ).trim();
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'real-charts-'));
  repo = await startChartRepo({ helm: p.tools.helm, versions: ['1.4.8'] });
  channel = await startReleaseChannel({
    licenses: [LICENSE],
    channel: {
      metadata: { channel: 'stable' },
      chart: { url: repo.url, name: 'operator-wandb', version: '0.43.8' },
      values: { app: { image: { repository: 'wandb/local', tag: '0.74.1' } }, global: { size: 'small' } },
    },
  });
  ns = await namespace('real-charts');
  stack = await startOperatorStack(p, {
    namespace: ns,
    operatorNamespace: await namespace('real-charts-op'),
    operator: { channelUrl: channel.url },
  });
}, 5 * 60_000);

afterAll(async () => {
  if (stack) writeFileSync(join(dir, 'operator-standin.log'), stack.operator.log.join('\n'));
  await stack?.stop();
  await airgapped?.stop();
  await channel?.close();
  await repo?.close();
});

test('the stand-in installs the real operator-wandb 0.43.8 from spec.chart; apply-cr waits until its workloads roll out, through an upgrade', async () => {
  const p = plane();
  const first = await applyCr(p, writeCr('pinned.yaml', cr('wandb-pinned', ns, '0.74.1', '0.43.8')));
  expect(first.stdout + first.stderr).toContain('Creating weightsandbiases/wandb-pinned');
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(
    /weightsandbiases\/wandb-pinned \(namespace \S+\) rolled out \(\(none\) -> 0\.74\.1\)/,
  );
  expect(await helmReleases(p, p.tools.helm, ns)).toContainEqual(
    expect.objectContaining({ name: 'wandb-pinned', chart: 'operator-wandb-0.43.8', status: 'deployed' }),
  );
  // The real chart's workloads (wandb-base names Deployments <release>-<component>-bc), every one ready.
  expect(await workloads(p, ns, 'wandb-pinned')).toEqual([
    'Deployment/wandb-pinned-app-bc 1/1',
    'Deployment/wandb-pinned-console-bc 1/1',
    'Deployment/wandb-pinned-parquet-bc 1/1',
    'Deployment/wandb-pinned-weave-bc 1/1',
    'StatefulSet/wandb-pinned-redis-master 1/1',
  ]);
  expect(await image(p, ns, 'wandb-pinned-app-bc')).toBe('wandb/local:0.74.1');

  // An upgrade runs the chart's pre- and post-upgrade hook Jobs; Helm waits for them, the kubelet completes them.
  const second = await applyCr(p, writeCr('pinned-2.yaml', cr('wandb-pinned', ns, '0.75.0', '0.43.8')));
  expect(second.code).toBe(0);
  expect(second.stdout).toMatch(/rolled out \(0\.74\.1 -> 0\.75\.0\)/);
  expect(await image(p, ns, 'wandb-pinned-app-bc')).toBe('wandb/local:0.75.0');
  expect(await helmReleases(p, p.tools.helm, ns)).toContainEqual(
    expect.objectContaining({ name: 'wandb-pinned', revision: '2', status: 'deployed' }),
  );
});

test('a CR without spec.chart reconciles through the release channel: its chart, its values under the CR', async () => {
  const p = plane();
  const before = channel.requests.length;
  const run = await applyCr(p, writeCr('channel.yaml', cr('wandb-channel', ns, '')));
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/weightsandbiases\/wandb-channel \(namespace \S+\) rolled out/);
  // The operator asked the channel with its license (Basic auth, user `license`).
  expect(channel.requests.slice(before)).toContainEqual({
    path: '/api/v1/operator/channel',
    license: LICENSE,
  });
  // The channel's chart and app version; the CR's host.
  expect(await helmReleases(p, p.tools.helm, ns)).toContainEqual(
    expect.objectContaining({ name: 'wandb-channel', chart: 'operator-wandb-0.43.8', status: 'deployed' }),
  );
  expect(await image(p, ns, 'wandb-channel-app-bc')).toBe('wandb/local:0.74.1');
  const ingressHost = await p.kubectl([
    'get',
    'ingress',
    'wandb-channel',
    '-n',
    ns,
    '-o',
    'jsonpath={.spec.rules[0].host}',
  ]);
  expect(ingressHost).toBe('wandb.example.com');
  // What the operator took from the channel is cached, as the v1 operator does.
  const cached = JSON.parse(
    await p.kubectl(['get', 'secret', 'wandb-channel-latest-cached-release', '-n', ns, '-o', 'json']),
  );
  expect(JSON.parse(Buffer.from(cached.data.chart, 'base64').toString())).toEqual({
    url: repo.url,
    name: 'operator-wandb',
    version: '0.43.8',
  });
});

test('an air-gapped operator never asks the channel: no spec.chart is Invalid Config, quoted by apply-cr', async () => {
  const p = plane();
  const gappedNs = await namespace('real-charts-gap');
  airgapped = await startOperatorStack(p, {
    namespace: gappedNs,
    operatorNamespace: await namespace('real-charts-gap-op'),
    operator: { channelUrl: channel.url, airgapped: true },
  });
  const before = channel.requests.length;
  const run = await applyCr(p, writeCr('gapped.yaml', cr('wandb-gapped', gappedNs, '0.74.1')), [
    '--timeout',
    '60',
  ]);
  expect(run.code).toBe(1);
  const said = run.stdout + run.stderr;
  expect(said).toContain("The operator set phase 'Invalid Config'.");
  expect(said).toContain('No release type was found in the spec');
  expect(channel.requests.length).toBe(before);
  expect(parseOutputs(run.outputs).changed).not.toBe('true');
});
