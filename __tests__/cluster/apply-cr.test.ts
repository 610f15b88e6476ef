import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import {
  startApiRelay,
  startChartRepo,
  startOperatorStack,
  type ChartRepo,
  usePlane,
  type KubeletStandIn,
  type OperatorStandIn,
  type Plane,
} from '../../test-support/cluster/index.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr end to end on the real loopback kube-apiserver, with the operator's controller and the kubelet
 * played by the stand-ins in test-support/cluster: the controller runs a real `helm upgrade --install` of W&B's
 * real operator-wandb 0.43.8, which `spec.chart` names in the loopback chart repository (real-charts.ts).
 * A change the chart refuses is one its own templates `fail` on (`mcp-server.weave.tools: bogus`). Such a change
 * takes one of two paths, and each test says which: apply-cr's render check (on here, as for a user with helm:
 * `--helm-path` given, `render-check` auto) stops it before anything is applied; with `--render-check false`
 * it reaches the cluster and the OPERATOR's helm install fails (Invalid Config), which apply-cr rolls back.
 * The CR names are this file's own: W&B's chart names cluster-wide objects (`<cr>-console` ClusterRole...)
 * after the CR, and test files share the plane.
 */
const { plane, namespace } = usePlane();
const LICENSE = 'lic-7f3e9a1c5b2d8e4f6a0b-secret';
const NEW_LICENSE = 'lic-2b4d6f8a0c1e3a5c7e9f-rotated';
/**
 * This file's CR names (see the top). None contains a name of the chart's components (app, console, weave...):
 * the chart's helpers then use the release name alone, and the app Deployment would be `<cr>-bc`.
 */
const CR = 'wandb-acr';
const FIRST = 'wandb-acr-first';
const STALLED = 'wandb-acr-stalled';

let ns: string;
let operatorNs: string;
let kubelet: KubeletStandIn;
let operator: OperatorStandIn;
let dir: string;
let repo: ChartRepo;
/** Values W&B's operator-wandb 0.43.8 refuses: its templates `fail` on them (templates/mcp-validation.yaml). */
const REFUSED = 'mcp-server:\n  install: true\n  weave:\n    tools: bogus\n';
const REFUSAL = 'mcp-server.weave.tools must be one of: auto, true, false';

function writeCr(
  file: string,
  name: string,
  overrides: { tag?: string; host?: string; license?: string } = {},
): string {
  const path = join(dir, file);
  writeFileSync(
    path,
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${ns}`,
      'spec:',
      '  chart:',
      `    url: ${repo.url}`,
      '    name: operator-wandb',
      '    version: 0.43.8',
      '  values:',
      '    global:',
      `      host: ${overrides.host ?? 'https://wandb.example.com'}`,
      `      license: ${overrides.license ?? LICENSE}`,
      '    app:',
      '      image:',
      '        repository: wandb/local',
      `        tag: "${overrides.tag ?? '0.74.1'}"`,
      '',
    ].join('\n'),
  );
  return path;
}

function applyCr(
  p: Plane,
  config: string[],
  extra: string[] = [],
  kubeconfigContent = p.kubeconfigContent,
): Promise<CliRun> {
  return cli(
    [
      'apply-cr',
      ...config.flatMap((c) => ['--config', c]),
      '--kubectl-path',
      p.tools.kubectl,
      '--helm-path',
      p.tools.helm,
      '--poll-interval',
      '0.5',
      ...extra,
    ],
    {
      github: true,
      env: { KUBECONFIG_CONTENT: kubeconfigContent },
    },
  );
}

interface LiveWandb {
  metadata: { resourceVersion: string };
  spec: { values: { app: { image: { tag: string } } } } & Record<string, unknown>;
  status?: { phase?: string };
}

async function liveCr(p: Plane, name: string): Promise<LiveWandb | undefined> {
  const result = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: [
      '--kubeconfig',
      p.kubeconfig,
      'get',
      'weightsandbiases.apps.wandb.com',
      name,
      '-n',
      ns,
      '-o',
      'json',
    ],
  });
  return result.code === 0 ? JSON.parse(result.stdout) : undefined;
}

async function appImage(p: Plane, name: string): Promise<string> {
  const out = await p.kubectl([
    'get',
    'deployment',
    `${name}-app-bc`,
    '-n',
    ns,
    '-o',
    'jsonpath={.spec.template.spec.containers[0].image}',
  ]);
  return out.trim();
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'apply-cr-'));
  ns = await namespace('apply-cr');
  operatorNs = await namespace('apply-cr-operator');
  repo = await startChartRepo({ helm: p.tools.helm, versions: [] });
  // The operator chart (with the CRD) as install-operator leaves it, and the controller and kubelet stand-ins.
  ({ operator, kubelet } = await startOperatorStack(p, { namespace: ns, operatorNamespace: operatorNs }));
}, 30 * 60_000);

afterAll(async () => {
  // What the controller stand-in did, for reading after a failed run.
  if (operator) writeFileSync(join(dir, 'operator-standin.log'), operator.log.join('\n'));
  await operator?.stop();
  await kubelet?.stop();
  await repo?.close();
});

describe('apply-cr on a live cluster', () => {
  it('creates a new CR and waits until the operator has rolled it out', async () => {
    const p = plane();
    const run = await applyCr(p, [writeCr('v1.yaml', CR)]);
    expect(run.stdout + run.stderr).toContain(`Creating weightsandbiases/${CR}`);
    expect(run.code).toBe(0);
    // The render check ran first, on the chart spec.chart names, for the cluster's Kubernetes version.
    expect(run.stdout).toMatch(/render check: operator-wandb 0\.43\.8 .*for Kubernetes v1\.20\.\d+ rendered/);
    expect(run.stdout).toContain('waiting for:');
    expect(run.stdout).toMatch(
      /weightsandbiases\/wandb-acr \(namespace apply-cr-[0-9a-f]+\) rolled out \(\(none\) -> 0\.74\.1\)/,
    );
    const outputs = parseOutputs(run.outputs);
    expect(outputs).toMatchObject({
      changed: 'true',
      'rolled-back': 'false',
      version: '0.74.1',
      'previous-version': '',
    });
    expect((await liveCr(p, CR))?.status?.phase).toBe('Completed');
    expect(await appImage(p, CR)).toBe('wandb/local:0.74.1');
    expect(run.summary).toContain('### apply-cr: applied');
    expect(run.summary).toContain('license: "***"');
  });

  it('writes nothing when run again with the same configuration', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const run = await applyCr(p, [writeCr('v1.yaml', CR)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`No changes: weightsandbiases/${CR}`);
    expect(parseOutputs(run.outputs).changed).toBe('false');
    expect((await liveCr(p, CR))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });

  it('shows a changed value masked in the diff, applies it and waits for the new version', async () => {
    const p = plane();
    const run = await applyCr(p, [writeCr('v2.yaml', CR, { tag: '0.75.0', license: NEW_LICENSE })]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('-        tag: 0.74.1');
    expect(run.stdout).toContain('+        tag: 0.75.0');
    // The license changed: masked on both sides, the line says that it changed, never what to.
    expect(run.stdout).toContain('-      license: "***"');
    expect(run.stdout).toContain(
      '+      license: "***" # secret value changed at spec.values.global.license',
    );
    // `::add-mask::` lines register secrets with the runner, which never shows them.
    const seen = [run.stdout, run.stderr, run.summary, run.outputs]
      .join('\n')
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of [LICENSE, NEW_LICENSE]) {
      expect(seen).not.toContain(secret);
      expect(seen).not.toContain(Buffer.from(secret).toString('base64'));
    }
    expect(parseOutputs(run.outputs)).toMatchObject({
      changed: 'true',
      'previous-version': '0.74.1',
      version: '0.75.0',
    });
    expect(await appImage(p, CR)).toBe('wandb/local:0.75.0');
  });

  it('render check path: a value the chart refuses is stopped before anything is applied, quoting the chart', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const broken = join(dir, 'broken-chart-values.yaml');
    writeFileSync(broken, REFUSED);
    const run = await applyCr(p, [writeCr('v3.yaml', CR, { tag: '0.76.0' }), broken]);
    expect(run.code).toBe(1);
    const said = run.stdout + run.stderr;
    expect(said).toContain(`chart operator-wandb 0.43.8 refuses these values: "${REFUSAL}"`);
    expect(said).toContain('Nothing was applied');
    expect(said).not.toContain("The operator set phase 'Invalid Config'");
    expect(parseOutputs(run.outputs)).toMatchObject({ changed: 'false', 'render-check': 'failed' });
    expect((await liveCr(p, CR))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });

  it('operator path (--render-check false): rolls back to the previous spec exactly when the operator reports Invalid Config, quoting it', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const broken = join(dir, 'broken-chart-values.yaml');
    writeFileSync(broken, REFUSED);
    const run = await applyCr(
      p,
      [writeCr('v3.yaml', CR, { tag: '0.76.0' }), broken],
      ['--timeout', '90', '--render-check', 'false'],
    );
    expect(run.code).toBe(1);
    const said = run.stdout + run.stderr;
    expect(said).toContain("The operator set phase 'Invalid Config'.");
    expect(said).toContain('ApplyFailed');
    expect(said).toContain(REFUSAL);
    expect(said).toContain('Rolled back, and the previous spec is rolled out again.');
    expect(parseOutputs(run.outputs)).toMatchObject({
      changed: 'false',
      'rolled-back': 'true',
      version: '0.75.0',
    });
    const after = await liveCr(p, CR);
    expect(after?.spec).toEqual(before?.spec);
    expect(after?.status?.phase).toBe('Completed');
    expect(await appImage(p, CR)).toBe('wandb/local:0.75.0');
  });

  it('rolls back a stalled rollout inside the same deadline', async () => {
    const p = plane();
    kubelet.decide = (pod) =>
      pod.spec.containers[0].image.endsWith(':0.77.0') ? { waiting: 'ImagePullBackOff' } : 'ready';
    try {
      const started = Date.now();
      const run = await applyCr(p, [writeCr('v4.yaml', CR, { tag: '0.77.0' })], ['--timeout', '30']);
      const seconds = (Date.now() - started) / 1000;
      expect(run.code).toBe(1);
      const said = run.stdout + run.stderr;
      expect(said).toMatch(
        /Not rolled out within \d+ s \(the rollout's share of the 30 s timeout\); still waiting for: deployment\/wandb-acr-app-bc/,
      );
      expect(said).toContain('Rolled back, and the previous spec is rolled out again.');
      expect(seconds).toBeLessThan(40);
      expect((await liveCr(p, CR))?.spec.values.app.image.tag).toBe('0.75.0');
    } finally {
      kubelet.decide = () => 'ready';
    }
  });

  it('operator path (--render-check false): leaves nothing behind when a first install fails', async () => {
    const p = plane();
    const broken = join(dir, 'broken-first.yaml');
    writeFileSync(broken, REFUSED);
    const run = await applyCr(
      p,
      [writeCr('first.yaml', FIRST), broken],
      ['--timeout', '60', '--render-check', 'false'],
    );
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      'This was the first install: the CR was deleted and the operator has removed what it had installed.',
    );
    // Gone when the step ends, not some time later.
    expect(await liveCr(p, FIRST)).toBeUndefined();
  });

  it('a stalled first install: its workloads are removed before the step ends', async () => {
    const p = plane();
    kubelet.decide = (pod) => (pod.spec.containers[0].image.endsWith(':0.70.0') ? 'pending' : 'ready');
    try {
      const run = await applyCr(
        p,
        [writeCr('stalled-first.yaml', STALLED, { tag: '0.70.0' })],
        ['--timeout', '20'],
      );
      expect(run.code).toBe(1);
      const said = run.stdout + run.stderr;
      expect(said).toContain(`still waiting for: deployment/${STALLED}-app-bc`);
      expect(said).toContain('waiting for the operator to remove:');
      expect(said).toContain('the CR was deleted and the operator has removed what it had installed.');
      expect(await liveCr(p, STALLED)).toBeUndefined();
      const left = await p.kubectl([
        'get',
        'deployments,statefulsets',
        '-n',
        ns,
        '-l',
        `app.kubernetes.io/instance=${STALLED}`,
        '-o',
        'name',
      ]);
      expect(left.trim()).toBe('');
    } finally {
      kubelet.decide = () => 'ready';
    }
  });

  it('does not touch the cluster when the configuration is invalid', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'global:\n  host: ftp://wandb.example.com\n');
    const run = await applyCr(p, [writeCr('v5.yaml', CR, { tag: '0.78.2' }), bad]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/bad\.yaml:2:9: error: /);
    expect(run.stdout + run.stderr).toContain('Nothing was applied: the configuration has errors');
    expect((await liveCr(p, CR))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });

  it('fails clearly, never silently, when the API server goes away in the middle of the wait', async () => {
    const p = plane();
    // The API server going away while apply-cr waits, without stopping the plane other tests share.
    const relay = await startApiRelay(p);
    // The rollout stalls, so the wait is still going when the relay closes.
    kubelet.decide = (pod) => (pod.spec.containers[0].image.endsWith(':0.79.2') ? 'pending' : 'ready');
    try {
      const running = applyCr(
        p,
        [writeCr('v6.yaml', CR, { tag: '0.79.2' })],
        ['--timeout', '20'],
        relay.kubeconfigContent,
      );
      await new Promise((r) => setTimeout(r, 4000));
      relay.cut();
      const run = await running;
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).toMatch(
        /cannot be reached|cluster not answering|did not finish before its deadline|failed/,
      );
      expect(run.stdout).not.toContain('rolled out (');
      expect(parseOutputs(run.outputs).changed).not.toBe('true');
    } finally {
      kubelet.decide = () => 'ready';
      relay.cut();
    }
  });
});
