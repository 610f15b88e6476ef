import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../../../src/core/command.js';
import { UserError } from '../../../src/core/errors.js';
import { parseCliArgs } from '../../../src/core/inputs.js';
import { Redactor } from '../../../src/core/redact.js';
import { Reporter } from '../../../src/core/reporter.js';
import { planCommand } from '../../../src/commands/plan/spec.js';
import { rolloutCommand } from '../../../src/commands/rollout/spec.js';

/** The commands up to the point where a cluster would be touched: nothing here reaches one. */
async function run(
  spec: typeof planCommand,
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string; redactor: Redactor }> {
  let stdout = '';
  let stderr = '';
  const redactor = new Redactor();
  const out = new Reporter({
    redactor,
    env,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  const ctx: Context = { out, redactor, env, cwd, now: new Date() };
  let code: number;
  try {
    code = await (await spec.load()).run(parseCliArgs(spec.inputs, argv, env).inputs, ctx);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    out.error(error.message);
    if (error.fix) out.info(`  fix: ${error.fix}`);
    code = 1;
  }
  return { code, stdout, stderr, redactor };
}

const CR = `apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  chart: {url: https://charts.example.internal, name: operator-wandb, version: 0.43.8}
  values:
    global:
      host: https://wandb.example.com
`;

function workspace(fleet: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-unit-'));
  mkdirSync(join(dir, 'deploy'));
  writeFileSync(join(dir, 'deploy/base.yaml'), CR);
  writeFileSync(join(dir, 'deploy/bad.yaml'), 'global:\n  host: ftp://wandb.example.com\n');
  writeFileSync(join(dir, 'deploy/fleet.yaml'), fleet);
  return dir;
}

describe('plan', () => {
  it('prints only the plan JSON on stdout', async () => {
    const dir = workspace(
      'instances:\n  - {name: a, stage: 1, context: c, namespace: wandb, config: [base.yaml]}\n',
    );
    const result = await run(planCommand, ['--fleet', 'deploy/fleet.yaml'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      fleet: 'deploy/fleet.yaml',
      stages: [
        {
          name: '1',
          index: 1,
          last: true,
          instances: ['a'],
          matrix: { include: [{ stage: '1', instance: 'a', index: 1, namespace: 'wandb' }] },
        },
      ],
      matrix: { include: [{ stage: '1', instance: 'a', index: 1, namespace: 'wandb' }] },
    });
  });

  it('reports fleet problems at their place and prints no plan', async () => {
    const dir = workspace('instances:\n  - {name: a, stage: 1, namespace: wandb, config: [base.yaml]}\n');
    const result = await run(planCommand, ['--fleet', 'deploy/fleet.yaml'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'deploy/fleet.yaml:2:5: error: instance `a` says neither `kubeconfig-env` nor `context`',
    );
    expect(result.stderr).toContain(
      'error: The fleet file deploy/fleet.yaml has 1 error (listed above); nothing was done.',
    );
  });
});

describe('rollout before any cluster is touched', () => {
  it('checks every instance first: files, configuration and secrets, each at its place', async () => {
    const dir = workspace(`stages: [one, two]
instances:
  - name: a
    stage: one
    kubeconfig-env: KUBE_A
    namespace: wandb
    config: [base.yaml, missing.yaml]
  - name: b
    stage: two
    context: c
    namespace: wandb
    config: [base.yaml, bad.yaml]
    verify: {host: https://wandb.example.com, api-key-env: KEY_B}
`);
    const result = await run(
      rolloutCommand,
      ['--fleet', 'deploy/fleet.yaml', '--kubectl-path', '/nonexistent/kubectl'],
      dir,
    );
    expect(result.code).toBe(1);
    const log = result.stderr;
    expect(log).toContain(
      "deploy/fleet.yaml:7:25: error: Configuration file 'missing.yaml' of instance 'a' cannot be read (no such file;",
    );
    expect(log).toContain(
      "deploy/fleet.yaml:5:21: error: Instance 'a': the environment variable KUBE_A (kubeconfig-env) is not set or empty.",
    );
    expect(log).toMatch(/deploy\/bad\.yaml:2:9: error: /);
    expect(log).toContain(
      "deploy/fleet.yaml:8:5: error: The configuration of instance 'b' has errors (listed above).",
    );
    expect(log).toContain(
      "deploy/fleet.yaml:13:60: error: Instance 'b': the environment variable KEY_B (verify.api-key-env) is not set or empty.",
    );
    expect(log).toContain('error: Nothing was applied: 4 problems found before the rollout (listed above).');
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown stage with the list of stages', async () => {
    const dir = workspace(
      'instances:\n  - {name: a, stage: 1, context: c, namespace: wandb, config: [base.yaml]}\n',
    );
    const result = await run(rolloutCommand, ['--fleet', 'deploy/fleet.yaml', '--only-stage', '2'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("error: only-stage '2' is not a stage of deploy/fleet.yaml.");
    expect(result.stderr).toContain('The stages, in order: 1.');
  });

  it('registers secrets as soon as they are read', async () => {
    const dir = workspace(
      'instances:\n  - {name: a, stage: 1, kubeconfig-env: KUBE_A, namespace: wandb, config: [bad.yaml]}\n',
    );
    const secret = 'apiVersion: v1\nusers:\n- user:\n    token: tok-0123456789abcdef0123\n';
    const result = await run(rolloutCommand, ['--fleet', 'deploy/fleet.yaml'], dir, { KUBE_A: secret });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('tok-0123456789abcdef0123');
    // Registered, though nothing on this error path printed it.
    expect(result.redactor.redact('token tok-0123456789abcdef0123')).toBe('token ***');
  });
});
