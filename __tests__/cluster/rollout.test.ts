import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import type { CommandSpec, Context } from '../../src/core/command.js';
import { parseCliArgs, readActionInputs } from '../../src/core/inputs.js';
import { Redactor } from '../../src/core/redact.js';
import { Reporter } from '../../src/core/reporter.js';
import { UserError } from '../../src/core/errors.js';
import { rolloutCommand } from '../../src/commands/rollout/spec.js';
import { planCommand } from '../../src/commands/plan/spec.js';
import type { PlanJson } from '../../src/rollout/plan.js';
import {
  KubeletStandIn,
  OperatorStandIn,
  ensureWandbCrd,
  startChartRepo,
  type ChartRepo,
  usePlane,
  type Plane,
} from '../../test-support/cluster/index.js';
import { parseOutputs } from '../../test-support/run-cli.js';

/**
 * rollout and plan end to end on the real loopback kube-apiserver. Two namespaces stand for two W&B
 * instances, each with its own operator controller stand-in (a real `helm upgrade --install` per CR), both
 * reached through the same API server: `canary` through a kubeconfig secret in KUBE_CANARY, `main` through a
 * context of the ambient kubeconfig (KUBECONFIG).
 * A change W&B's chart refuses takes one of two paths, and each test says which: with `helm-path` given,
 * apply-cr's render check (render-check auto) stops it before the canary is touched; with `render-check:
 * false` it reaches the canary and the OPERATOR's helm install fails (Invalid Config), which is rolled back.
 * Without `helm-path` (helm is not on PATH here) the render check says it is skipped, as it would for a user.
 */
const { plane, namespace } = usePlane();
const LICENSE = 'lic-5d1e7b3a9c2f4e6a8b0d-rollout';

let dir: string;
let canaryNs: string;
let mainNs: string;
let kubelet: KubeletStandIn;
const operators: OperatorStandIn[] = [];
let repo: ChartRepo;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs a command as the runner does (inputs read at the edge, UserError reported with its fix, summary
 * flushed): these commands are not in the registry yet, so runCli cannot find them by name.
 */
async function runCommand(
  spec: CommandSpec,
  inputs: { argv?: string[]; action?: Record<string, string> },
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<Run> {
  const files = mkdtempSync(join(tmpdir(), 'rollout-run-'));
  const summaryFile = join(files, 'summary.md');
  const outputFile = join(files, 'output.txt');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...extraEnv,
    GITHUB_ACTIONS: inputs.action ? 'true' : undefined,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
  };
  for (const [key, value] of Object.entries(inputs.action ?? {})) env[`INPUT_${key.toUpperCase()}`] = value;
  let stdout = '';
  let stderr = '';
  const redactor = new Redactor();
  const out = new Reporter({
    redactor,
    env,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  // As the runner does: annotations without a title of their own are headed by the command's name.
  out.defaultTitle = `wandb-operator-actions ${spec.name}`;
  const ctx: Context = { out, redactor, env, cwd: dir, now: new Date() };
  let code: number;
  try {
    const raw = inputs.action
      ? readActionInputs(spec.inputs, env)
      : parseCliArgs(spec.inputs, inputs.argv ?? [], env).inputs;
    code = await (await spec.load()).run(raw, ctx);
  } catch (error) {
    code = 1;
    if (!(error instanceof UserError)) throw error;
    out.error(error.message, error.place);
    if (error.fix) out.info(`  fix: ${error.fix}`);
  } finally {
    await out.flushSummary();
  }
  const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
  // `::add-mask::` lines carry the secrets to the runner, which hides them; a user never sees them.
  stdout = stdout.replace(/^::add-mask::.*\n/gm, '');
  return { code, stdout, stderr, summary: read(summaryFile), outputs: parseOutputs(read(outputFile)) };
}

function secretsEnv(p: Plane): NodeJS.ProcessEnv {
  return { KUBE_CANARY: p.kubeconfigContent, KUBECONFIG: p.kubeconfig };
}

/** The shared base layer both instances use: a promotion is a change to it. */
function writeBase(tag: string, extraValues: string[] = []): void {
  writeFileSync(
    join(dir, 'base.yaml'),
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      '  name: wandb',
      'spec:',
      '  chart:',
      `    url: ${repo.url}`,
      '    name: operator-wandb',
      '    version: 0.43.8',
      '  values:',
      '    global:',
      '      host: https://wandb.example.com',
      `      license: ${LICENSE}`,
      '    app:',
      '      image:',
      '        repository: wandb/local',
      `        tag: "${tag}"`,
      ...extraValues.map((line) => `    ${line}`),
      '',
    ].join('\n'),
  );
}

function writeFleet(canaryExtra: string[] = []): string {
  const path = join(dir, 'fleet.yaml');
  writeFileSync(
    path,
    [
      'stages: [canary, main]',
      'instances:',
      '  - name: canary',
      '    stage: canary',
      '    kubeconfig-env: KUBE_CANARY',
      `    namespace: ${canaryNs}`,
      '    config: [base.yaml, name-canary.yaml]',
      ...canaryExtra.map((line) => `    ${line}`),
      '  - name: main',
      '    stage: main',
      '    context: loopback',
      `    namespace: ${mainNs}`,
      '    config: [base.yaml, name-main.yaml]',
      '',
    ].join('\n'),
  );
  return 'fleet.yaml';
}

/**
 * Both instances run in the one test cluster: W&B's chart names cluster-wide objects (the `<cr>-console`
 * ClusterRole...) after the CR, so, as on any shared cluster, the two CRs have different names.
 */
function crName(ns: string): string {
  return ns === canaryNs ? 'wandb-canary' : 'wandb-main';
}

async function liveCr(
  p: Plane,
  ns: string,
): Promise<
  | {
      metadata: { resourceVersion: string };
      spec: { values: { app: { image: { tag: string } } } };
      status?: { phase?: string };
    }
  | undefined
> {
  const result = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: [
      '--kubeconfig',
      p.kubeconfig,
      'get',
      'weightsandbiases.apps.wandb.com',
      crName(ns),
      '-n',
      ns,
      '-o',
      'json',
    ],
  });
  return result.code === 0 ? JSON.parse(result.stdout) : undefined;
}

async function appImage(p: Plane, ns: string): Promise<string> {
  return (
    await p.kubectl([
      'get',
      'deployment',
      `${crName(ns)}-app-bc`,
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ])
  ).trim();
}

function rollout(extra: Record<string, string> = {}): Promise<Run> {
  const p = plane();
  return runCommand(
    rolloutCommand,
    {
      action: {
        fleet: 'fleet.yaml',
        'bake-seconds': '1',
        timeout: '90',
        'poll-interval': '0.5',
        'kubectl-path': p.tools.kubectl,
        ...extra,
      },
    },
    secretsEnv(p),
  );
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'rollout-'));
  // The CRD of W&B's operator chart; the app chart from the loopback repository (real-charts.ts).
  await ensureWandbCrd(p);
  repo = await startChartRepo({ helm: p.tools.helm, versions: [] });
  writeFileSync(join(dir, 'name-canary.yaml'), 'metadata:\n  name: wandb-canary\n');
  writeFileSync(join(dir, 'name-main.yaml'), 'metadata:\n  name: wandb-main\n');
  canaryNs = await namespace('rollout-canary');
  mainNs = await namespace('rollout-main');
  kubelet = new KubeletStandIn(p.rest, { namespaces: [canaryNs, mainNs] }).start();
  for (const ns of [canaryNs, mainNs]) {
    operators.push(
      await new OperatorStandIn({
        rest: p.rest,
        namespace: ns,
        kubeconfig: p.kubeconfig,
        helm: p.tools.helm,
      }).start(),
    );
  }
}, 30 * 60_000);

afterAll(async () => {
  if (dir)
    writeFileSync(join(dir, 'operator-standins.log'), operators.map((o) => o.log.join('\n')).join('\n--\n'));
  for (const operator of operators) await operator.stop();
  await repo?.close();
  await kubelet?.stop();
});

describe('rollout on a live cluster, two instances in two stages', () => {
  it('installs both instances stage by stage, canary first, then promotes a change through both', async () => {
    const p = plane();
    writeBase('0.74.1');
    writeFleet();
    const first = await rollout();
    expect(first.stdout).toContain('rollout succeeded: 2 of 2 stages completed.');
    expect(first.code).toBe(0);
    expect(first.summary).toContain('license: "***"');
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.74.1');
    expect(await appImage(p, mainNs)).toBe('wandb/local:0.74.1');

    writeBase('0.75.0');
    const run = await rollout();
    expect(run.code).toBe(0);
    const log = run.stdout;
    // Canary rolled out and baked before main was touched.
    const canaryAt = log.indexOf(
      `weightsandbiases/wandb-canary (namespace ${canaryNs}) rolled out (0.74.1 -> 0.75.0)`,
    );
    const bakeAt = log.indexOf('Stage canary rolled out; baking 1 s before the next stage');
    const mainAt = log.indexOf(`-- main: weightsandbiases/wandb-main in namespace ${mainNs}`);
    expect(canaryAt).toBeGreaterThan(0);
    expect(bakeAt).toBeGreaterThan(canaryAt);
    expect(mainAt).toBeGreaterThan(bakeAt);
    expect(run.outputs).toMatchObject({ 'stages-completed': '2', 'failed-stage': '', result: 'succeeded' });
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.75.0');
    expect(await appImage(p, mainNs)).toBe('wandb/local:0.75.0');
    expect((await liveCr(p, mainNs))?.status?.phase).toBe('Completed');
    // The summary: every stage and instance with its result; apply-cr's own summaries folded under it.
    expect(run.summary).toContain('### rollout: succeeded');
    expect(run.summary).toMatch(
      /\| 1\. canary \| ✅ succeeded \(baked 1 s\) \| canary \| rollout-canary-\w+ \| ✅ applied \| 0\.74\.1 → 0\.75\.0 \|/,
    );
    expect(run.summary).toMatch(
      /\| 2\. main \| ✅ succeeded \| main \| rollout-main-\w+ \| ✅ applied \| 0\.74\.1 → 0\.75\.0 \|/,
    );
    // No secret reaches the log, the summary or the outputs.
    const key = /client-key-data: (\S+)/.exec(p.kubeconfigContent)?.[1] as string;
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(LICENSE);
      expect(text).not.toContain(key);
    }
  });

  it('a failing canary is rolled back and the next stage is not touched', async () => {
    const p = plane();
    const mainBefore = await liveCr(p, mainNs);
    const canaryBefore = await liveCr(p, canaryNs);
    // The new version's pods never start on the canary (as with an image that cannot be pulled): the
    // rollout does not finish within its share of the timeout and apply-cr rolls it back.
    kubelet.decide = (pod) =>
      pod.metadata.namespace === canaryNs && pod.spec.containers[0].image.endsWith(':0.76.0')
        ? 'pending'
        : 'ready';
    let run: Run;
    try {
      writeBase('0.76.0');
      run = await rollout({ timeout: '40' });
    } finally {
      kubelet.decide = () => 'ready';
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /Not rolled out within \d+ s \(the rollout's share of the 40 s timeout\).*still waiting for: deployment\/wandb-canary-app-bc/,
    );
    expect(run.stdout).toContain('Rolled back, and the previous spec is rolled out again.');
    expect(run.stdout).toMatch(
      /::error title=wandb-operator-actions rollout::Rollout stopped in stage canary \(instance canary: .*\); later stages were not touched\./,
    );
    expect(run.outputs).toMatchObject({
      'stages-completed': '0',
      'failed-stage': 'canary',
      result: 'failed',
    });
    expect(run.stdout).not.toContain('-- main:');
    const canaryAfter = await liveCr(p, canaryNs);
    expect(canaryAfter?.spec).toEqual(canaryBefore?.spec);
    expect(canaryAfter?.status?.phase).toBe('Completed');
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.75.0');
    // The second stage was never written: its resourceVersion is the same.
    expect((await liveCr(p, mainNs))?.metadata.resourceVersion).toBe(mainBefore?.metadata.resourceVersion);
    expect(await appImage(p, mainNs)).toBe('wandb/local:0.75.0');
    expect(run.summary).toContain('### rollout: failed in stage canary');
    expect(run.summary).toContain(`| canary | ${canaryNs} | ❌ rolled back | 0.75.0 → 0.76.0 |`);
    expect(run.summary).toMatch(
      /\| 2\. main \| ⏸️ not reached \| main \| rollout-main-\w+ \| ⏸️ not reached \|/,
    );
  });

  it('render check path: a change the chart refuses stops before the canary is touched', async () => {
    const p = plane();
    const before = [await liveCr(p, canaryNs), await liveCr(p, mainNs)];
    writeBase('0.76.0', ['mcp-server:', '  install: true', '  weave:', '    tools: bogus']);
    const run = await rollout({ 'helm-path': p.tools.helm });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false"',
    );
    expect(run.stdout).not.toContain("The operator set phase 'Invalid Config'");
    expect(run.outputs).toMatchObject({
      'stages-completed': '0',
      'failed-stage': 'canary',
      result: 'failed',
    });
    const after = [await liveCr(p, canaryNs), await liveCr(p, mainNs)];
    expect(after.map((cr) => cr?.metadata.resourceVersion)).toEqual(
      before.map((cr) => cr?.metadata.resourceVersion),
    );
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.75.0');
  });

  it('operator path (render-check false): a canary the operator refuses (Invalid Config) is rolled back, quoting the operator', async () => {
    const p = plane();
    const mainBefore = await liveCr(p, mainNs);
    const canaryBefore = await liveCr(p, canaryNs);
    // The chart refuses the new values: the operator's helm upgrade fails and it sets Invalid Config.
    writeBase('0.76.0', ['mcp-server:', '  install: true', '  weave:', '    tools: bogus']);
    const run = await rollout({ 'helm-path': p.tools.helm, 'render-check': 'false' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("The operator set phase 'Invalid Config'.");
    expect(run.stdout).toContain('mcp-server.weave.tools must be one of: auto, true, false');
    expect(run.stdout).toContain('Rolled back, and the previous spec is rolled out again.');
    expect(run.outputs).toMatchObject({
      'stages-completed': '0',
      'failed-stage': 'canary',
      result: 'failed',
    });
    expect((await liveCr(p, canaryNs))?.spec).toEqual(canaryBefore?.spec);
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.75.0');
    expect((await liveCr(p, mainNs))?.metadata.resourceVersion).toBe(mainBefore?.metadata.resourceVersion);
  });

  it('a canary that rolls out but fails verify is restored, and the next stage is not touched', async () => {
    const p = plane();
    const mainBefore = await liveCr(p, mainNs);
    writeBase('0.76.1');
    // Nothing listens on port 9 of loopback: every W&B check fails, fast.
    writeFleet(['verify:', '  host: http://127.0.0.1:9', '  cluster-checks: false']);
    const run = await rollout();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `weightsandbiases/wandb-canary (namespace ${canaryNs}) rolled out (0.75.0 -> 0.76.1)`,
    );
    expect(run.stdout).toContain('Verify failed on canary: restoring the previous CR...');
    expect(run.outputs).toMatchObject({ 'failed-stage': 'canary', result: 'failed' });
    expect(run.summary).toContain('❌ verify failed, restored');
    expect((await liveCr(p, canaryNs))?.spec.values.app.image.tag).toBe('0.75.0');
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.75.0');
    expect((await liveCr(p, mainNs))?.metadata.resourceVersion).toBe(mainBefore?.metadata.resourceVersion);
  });

  it('plan prints a matrix that a workflow runs entry by entry with --only-stage', async () => {
    const p = plane();
    writeBase('0.77.0');
    writeFleet();
    const planned = await runCommand(planCommand, { argv: ['--fleet', 'fleet.yaml'] });
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.stages.map((s) => [s.name, s.index, s.last, s.instances])).toEqual([
      ['canary', 1, false, ['canary']],
      ['main', 2, true, ['main']],
    ]);
    expect(JSON.parse(planned.outputs.plan)).toEqual(plan);
    expect(JSON.parse(planned.outputs.stages)).toEqual(['canary', 'main']);
    // As GitHub would: one job per stage (needs: the previous one), one leg per matrix entry.
    for (const stage of plan.stages) {
      for (const entry of stage.matrix.include) {
        const leg = await runCommand(
          rolloutCommand,
          {
            argv: [
              '--fleet',
              'fleet.yaml',
              '--only-stage',
              entry.stage,
              '--only-instance',
              entry.instance,
              '--bake-seconds',
              '1',
              '--poll-interval',
              '0.5',
              '--kubectl-path',
              p.tools.kubectl,
            ],
          },
          secretsEnv(p),
        );
        expect(leg.stdout).toBe('rollout succeeded: 1 of 1 stage completed.\n');
        expect(leg.code).toBe(0);
        expect(await appImage(p, entry.namespace)).toBe('wandb/local:0.77.0');
      }
    }
    expect(plan.matrix.include.map((e) => e.instance)).toEqual(['canary', 'main']);
    expect(await appImage(p, canaryNs)).toBe('wandb/local:0.77.0');
    expect(await appImage(p, mainNs)).toBe('wandb/local:0.77.0');
  });

  it('stops before touching any cluster when a kubeconfig secret is missing', async () => {
    const p = plane();
    const before = await liveCr(p, canaryNs);
    writeBase('0.78.0');
    const run = await runCommand(
      rolloutCommand,
      { action: { fleet: 'fleet.yaml', 'kubectl-path': p.tools.kubectl } },
      { KUBECONFIG: p.kubeconfig },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=wandb-operator-actions rollout,file=fleet\.yaml,line=5,col=21::Instance 'canary': the environment variable KUBE_CANARY/,
    );
    expect(run.stdout).toContain('Nothing was applied: 1 problem found before the rollout');
    expect((await liveCr(p, canaryNs))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });
  it('a dry run shows every diff and changes nothing, without falling back to the ambient kubeconfig', async () => {
    const p = plane();
    const before = [await liveCr(p, canaryNs), await liveCr(p, mainNs)];
    writeBase('0.79.0');
    // KUBE_CANARY is not set (a pull request from a fork has no secrets); KUBECONFIG is.
    const run = await runCommand(
      rolloutCommand,
      { action: { fleet: 'fleet.yaml', 'dry-run': 'true', 'kubectl-path': p.tools.kubectl } },
      { KUBECONFIG: p.kubeconfig },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'KUBE_CANARY (kubeconfig-env) is not set: the dry run diffs against an empty cluster.',
    );
    expect(run.stdout).toContain('Dry run without a cluster (no kubeconfig)');
    // main reaches its cluster through its context: a real diff against the live resource.
    expect(run.stdout).toContain('-        tag: 0.77.0');
    expect(run.stdout).toContain('+        tag: 0.79.0');
    expect(run.outputs).toMatchObject({ result: 'dry-run', 'failed-stage': '' });
    expect(run.summary).toContain('### rollout (dry run)');
    expect(run.stdout).not.toContain('baking');
    const after = [await liveCr(p, canaryNs), await liveCr(p, mainNs)];
    expect(after.map((cr) => cr?.metadata.resourceVersion)).toEqual(
      before.map((cr) => cr?.metadata.resourceVersion),
    );
  });
});
