import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWandbCrd, referenceChart, usePlane } from '../../test-support/cluster/index.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr's render check on the real loopback kube-apiserver (1.20): W&B's real operator-wandb 0.43.8 (given
 * with --chart, as an air-gapped runner would) is rendered with the CR's values for the cluster's Kubernetes
 * version before anything is read or written; a value its templates refuse stops the step, and the CR is never
 * created.
 */
const { plane, namespace } = usePlane();
let ns: string;
let dir: string;

beforeAll(async () => {
  await ensureWandbCrd(plane());
  ns = await namespace('render-check');
  dir = mkdtempSync(join(tmpdir(), 'apply-render-'));
});

function writeCr(name: string, extra: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${ns}`,
      'spec:',
      '  chart:',
      '    url: https://charts.wandb.ai',
      '    name: operator-wandb',
      '    version: 0.43.8',
      '  values:',
      '    global:',
      '      host: https://wandb.example.com',
      extra,
    ].join('\n'),
  );
  return file;
}

function applyCr(file: string, extra: string[] = []): Promise<CliRun> {
  const p = plane();
  return cli(
    [
      'apply-cr',
      '--config',
      file,
      '--kubectl-path',
      p.tools.kubectl,
      '--helm-path',
      p.tools.helm,
      '--chart',
      referenceChart('operator-wandb', '0.43.8'),
      '--timeout',
      '60',
      ...extra,
    ],
    { github: true, env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
  );
}

test('a value the chart refuses stops apply-cr before anything is applied; the CR does not exist after', async () => {
  const file = writeCr(
    'refused',
    '    mcp-server:\n      install: true\n      weave:\n        tools: bogus\n',
  );
  const run = await applyCr(file);
  const log = `${run.stdout}${run.stderr}`;
  expect(run.code).toBe(1);
  expect(log).toContain(
    `${file}:17:16: error: chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false" (templates/mcp-validation.yaml:19)`,
  );
  expect(log).toContain('Nothing was applied');
  expect(log).not.toContain('Creating weightsandbiases');
  const outputs = parseOutputs(run.outputs);
  expect(outputs).toMatchObject({ changed: 'false', 'render-check': 'failed' });
  expect(run.summary).toContain('nothing was applied');
  const left = await plane().kubectl(['get', 'weightsandbiases', '-n', ns, '-o', 'name']);
  expect(left.trim()).toBe('');
});

test("values the chart accepts are rendered for the cluster's Kubernetes version, then the dry run goes on", async () => {
  const file = writeCr('accepted', '');
  const run = await applyCr(file, ['--dry-run']);
  const log = `${run.stdout}${run.stderr}`;
  expect(run.code).toBe(0);
  expect(log).toMatch(
    /render check: operator-wandb 0\.43\.8 \(.*\) for Kubernetes v1\.20\.\d+ rendered \d+ objects/,
  );
  expect(parseOutputs(run.outputs)['render-check']).toBe('rendered');
  expect(run.summary).toContain('render check: operator-wandb 0.43.8');
});
