import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { execute } from '../../src/core/exec.js';
import {
  KubeletStandIn,
  OperatorStandIn,
  REPO_ROOT,
  startChartRepo,
  usePlane,
  type ChartRepo,
  type Plane,
} from '../../test-support/cluster/index.js';
import { parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';
import { migrateCli } from './migrate-cli.js';
import { helmReleases } from './helpers.js';

/**
 * migrate end to end on the real loopback kube-apiserver: a release of the legacy-shaped test chart
 * (test-support/charts/wandb-legacy) installed by real helm is moved to the operator. W&B's real operator chart
 * 1.4.8 comes from a loopback chart repository through install-operator, and the new CR names W&B's real
 * operator-wandb 0.43.8 in that same repository (--app-chart-repo), which migrate's render check renders and
 * the controller stand-in installs with a real `helm upgrade --install`; the kubelet is a stand-in too.
 */
const { plane, namespace } = usePlane();
const LICENSE = 'lic-legacy-5d1e9c3b7a2f4e6d8c0b';
const MYSQL_PASSWORD = 'mysql-pw-legacy-8e7d6c5b4a';
const SECRETS = [LICENSE, MYSQL_PASSWORD];

let ns: string;
let operatorNs: string;
let dir: string;
let repo: ChartRepo;
let kubelet: KubeletStandIn;
let operator: OperatorStandIn;
let wandbServer: StandIn;
const API_KEY = 'local-5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d';

const CR_NAME = 'wandb-operator';
const VERIFIED = 'wandb-operator-actions/verified';

let runs = 0;

/** Runs migrate and keeps what it printed in the test's directory, for reading after a failed run. */
async function migrate(p: Plane, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const run = await runMigrate(p, extra, env);
  writeFileSync(
    join(dir, `run-${++runs}.log`),
    `${extra.join(' ')}\n${run.stdout}${run.stderr}\n${run.summary}`,
  );
  return run;
}

function runMigrate(p: Plane, extra: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return migrateCli(
    [
      '--namespace',
      ns,
      '--name',
      CR_NAME,
      '--output',
      join(dir, 'wandb-cr.yaml'),
      '--kubectl-path',
      p.tools.kubectl,
      '--helm-path',
      p.tools.helm,
      '--operator-namespace',
      operatorNs,
      '--operator-chart-repo',
      repo.url,
      '--app-chart-repo',
      repo.url,
      '--app-chart-version',
      '0.43.8',
      '--min-kubernetes-version',
      '1.20',
      '--poll-interval',
      '0.5',
      '--timeout',
      '150',
      ...extra,
    ],
    { KUBECONFIG_CONTENT: p.kubeconfigContent, ...env },
  );
}

/**
 * Everything a user can read. `::add-mask::` lines are left out: they are commands to the GitHub runner,
 * which takes the value from them to mask it and never shows the line.
 */
function everything(run: CliRun): string {
  const shown = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  return shown(run.stdout) + run.stderr + run.summary + run.outputs;
}

function expectNoSecrets(run: CliRun): void {
  for (const secret of SECRETS) {
    expect(everything(run)).not.toContain(secret);
    expect(everything(run)).not.toContain(Buffer.from(secret).toString('base64'));
  }
}

async function deployment(
  p: Plane,
  name: string,
): Promise<
  | {
      metadata: { annotations?: Record<string, string> };
      spec: { replicas: number; template: { spec: { containers: Array<{ image: string }> } } };
      status: { readyReplicas?: number };
    }
  | undefined
> {
  const result = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: ['--kubeconfig', p.kubeconfig, 'get', 'deployment', name, '-n', ns, '-o', 'json'],
  });
  return result.code === 0 ? JSON.parse(result.stdout) : undefined;
}

async function crPhase(p: Plane): Promise<string | undefined | null> {
  const result = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: [
      '--kubeconfig',
      p.kubeconfig,
      'get',
      'weightsandbiases.apps.wandb.com',
      CR_NAME,
      '-n',
      ns,
      '-o',
      'json',
    ],
  });
  if (result.code !== 0) return null;
  return JSON.parse(result.stdout).status?.phase;
}

/** The record of a passed verify that migrate keeps on the CR (undefined without one). */
async function verifiedRecord(
  p: Plane,
  name = CR_NAME,
  inNamespace = ns,
): Promise<{ generation: number; record?: { at: string; generation: number; serverVersion?: string } }> {
  const live = JSON.parse(
    await p.kubectl(['get', 'weightsandbiases.apps.wandb.com', name, '-n', inNamespace, '-o', 'json']),
  );
  const value = live.metadata.annotations?.[VERIFIED];
  return {
    generation: live.metadata.generation,
    record: value === undefined ? undefined : JSON.parse(value),
  };
}

async function until(check: () => Promise<boolean>, seconds = 60): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('condition not reached in time');
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'migrate-'));
  ns = await namespace('migrate');
  operatorNs = await namespace('migrate-operator');
  kubelet = new KubeletStandIn(p.rest, { namespaces: [ns, operatorNs] }).start();
  repo = await startChartRepo({ helm: p.tools.helm });
  // The W&B server the new instance answers as, for the verify step (the app chart here runs no server).
  wandbServer = await startWandbStandIn({ apiKey: API_KEY });
  // The old installation: the legacy-shaped chart as release `wandb`, with the license and a password inline.
  const values = join(dir, 'legacy-values.yaml');
  writeFileSync(
    values,
    [
      'host: https://wandb.example.com',
      `license: ${LICENSE}`,
      'bucket: s3://wandb-files',
      'bucketRegion: eu-west-1',
      'image:',
      '  tag: "0.74.1"',
      'mysql:',
      '  host: mysql.example.internal',
      '  user: wandb',
      `  password: ${MYSQL_PASSWORD}`,
      '  database: wandb_local',
      'extraEnv:',
      '  - name: GORILLA_FEATURE_FLAG',
      '    value: "on"',
      'ingress:',
      '  enabled: true',
      '  hosts:',
      '    - host: wandb.example.com',
      'hostAliases:',
      '  - ip: 10.0.0.1',
      '    hostnames: [minio.local]',
      '',
    ].join('\n'),
  );
  const installed = await execute({
    role: 'inherit',
    command: p.tools.helm,
    args: [
      'install',
      'wandb',
      join(REPO_ROOT, 'test-support/charts/wandb-legacy'),
      '-n',
      ns,
      '-f',
      values,
      '--kubeconfig',
      p.kubeconfig,
    ],
    timeoutMs: 120_000,
  });
  if (installed.code !== 0) throw new Error(installed.stderr);
  await until(async () => ((await deployment(p, 'wandb'))?.status.readyReplicas ?? 0) === 1);
  operator = await new OperatorStandIn({
    rest: p.rest,
    namespace: ns,
    kubeconfig: p.kubeconfig,
    helm: p.tools.helm,
  }).start();
}, 30 * 60_000);

afterAll(async () => {
  if (operator) writeFileSync(join(dir, 'operator-standin.log'), operator.log.join('\n'));
  await operator?.stop();
  await kubelet?.stop();
  await repo?.close();
  await wandbServer?.close();
});

describe('migrate from the legacy wandb chart to the operator', () => {
  it('dry run: writes the CR for review, lists what it did not carry over, changes nothing', async () => {
    const p = plane();
    const run = await migrate(p);
    expect(run.code).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.result).toBe('planned');
    expect(outputs['cr-path']).toBe(join(dir, 'wandb-cr.yaml'));
    expect(outputs['unmapped-keys'].split('\n')).toEqual(['hostAliases', 'ingress.enabled', 'ingress.hosts']);
    expect(run.stdout).toContain('Dry run: wrote');
    expect(run.stdout).toMatch(
      /::warning title=wandb-operator-actions migrate::3 old values were not carried over; review each:%0A {2}hostAliases: /,
    );
    expect(run.summary).toContain('| `host` | `spec.values.global.host` |');
    expect(run.summary).toContain('- `ingress.hosts`: operator-wandb routes the host of global.host');

    // The file is for review: it holds the secrets (mode 0600) and says so; the output never does.
    const file = readFileSync(outputs['cr-path'], 'utf8');
    expect(statSync(outputs['cr-path']).mode & 0o777).toBe(0o600);
    expect(file).toContain(`license: ${LICENSE}`);
    expect(file).toContain('# WARNING: this file holds secrets copied from the old installation, inline:');
    expect(file).toContain('tag: 0.74.1');
    expect(file).toContain('GORILLA_FEATURE_FLAG: "on"');
    expect(run.stdout).toContain('holds secrets from the old values inline');
    expectNoSecrets(run);

    // Nothing in the cluster changed.
    expect((await deployment(p, 'wandb'))?.spec.replicas).toBe(1);
    expect(await crPhase(p)).toBeNull();
    expect(await helmReleases(p, p.tools.helm, operatorNs)).toEqual([]);
  });

  it('refuses a CR named like the old release in its namespace (the operator would overwrite it)', async () => {
    const p = plane();
    const run = await migrate(p, ['--name', 'wandb', '--confirm', '--output', join(dir, 'clash.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('would overwrite the old release');
    expect(parseOutputs(run.outputs).result).toBe('refused');
    expect((await deployment(p, 'wandb'))?.spec.replicas).toBe(1);
    expectNoSecrets(run);
  });

  it('remove-old is refused before the switch', async () => {
    const p = plane();
    const run = await migrate(p, ['--remove-old']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Not removing Helm release 'wandb' (namespace ${ns}): weightsandbiases/${CR_NAME}`,
    );
    expect(run.stdout).toContain('does not exist');
    expect((await helmReleases(p, p.tools.helm, ns)).map((r) => r.name)).toContain('wandb');
  });

  it('a failed switch scales the old Deployment back up and says so', async () => {
    const p = plane();
    operator.mode = 'fail';
    try {
      const run = await migrate(p, ['--confirm', '--timeout', '90']);
      expect(run.code).toBe(1);
      expect(parseOutputs(run.outputs).result).toBe('restored');
      expect(run.stdout).toContain(`Installed operator 1.4.8 (release 'operator', namespace ${operatorNs}`);
      expect(run.stdout).toContain(`did not roll out. Scaling deployment/wandb (namespace ${ns}) back to 1.`);
      expect(run.stdout).toContain('is scaled back to 1: the old installation serves again.');
      expect(run.summary).toContain('failed; the old installation was restored');
      expectNoSecrets(run);
      const old = await deployment(p, 'wandb');
      expect(old?.spec.replicas).toBe(1);
      expect(old?.metadata.annotations?.['wandb-operator-actions/replicas-before-migration']).toBeUndefined();
      await until(async () => (await crPhase(p)) === null);
    } finally {
      operator.mode = 'normal';
    }
  });

  it('confirm: switches to the operator and keeps the old release, scaled to 0, for rollback', async () => {
    const p = plane();
    // The reviewed file is applied as it is: an edit made during review reaches the cluster.
    const file = join(dir, 'wandb-cr.yaml');
    const reviewed = parseYaml(readFileSync(file, 'utf8'));
    reviewed.spec.values.global.extraEnv.REVIEWED = 'yes';
    writeFileSync(file, stringifyYaml(reviewed));
    const run = await migrate(
      p,
      ['--confirm', '--host', wandbServer.url, '--verify-report-path', join(dir, 'verify-report.json')],
      { WANDB_API_KEY: API_KEY },
    );
    expect(run.stdout).toContain(
      `Using the reviewed weightsandbiases/${CR_NAME} (namespace ${ns}) in ${file} as it is`,
    );
    expect(parseYaml(readFileSync(file, 'utf8')).spec.values.global.extraEnv.REVIEWED).toBe('yes');
    expect(run.stdout + run.stderr).toContain('== 4/4 Verify');
    expect(run.code).toBe(0);
    expect(parseOutputs(run.outputs).result).toBe('migrated');
    expect(parseOutputs(run.outputs).verify).toBe('passed');
    expect(run.stdout).toContain(
      `Migrated: weightsandbiases/${CR_NAME} (namespace ${ns}) is rolled out and verified.`,
    );
    expect(run.stdout).toContain("Helm release 'wandb' kept");
    expect(run.stdout).toMatch(/verify passed: \d+ passed, \d+ warnings, 0 failed/);
    expect(run.summary).toContain(`verify passed against ${wandbServer.url}`);
    expect(run.summary).toContain(`recorded the passed verify on weightsandbiases/${CR_NAME}`);
    expect(run.summary).toContain('**Result:** migrated and verified;');
    // The pass is recorded on the CR, for the generation that was verified: what remove-old asks for.
    const verified = await verifiedRecord(p);
    expect(verified.record?.generation).toBe(verified.generation);
    expect(Date.now() - Date.parse(verified.record?.at ?? '')).toBeLessThan(10 * 60_000);
    expect(Object.keys(verified.record ?? {}).sort()).toEqual(
      verified.record?.serverVersion ? ['at', 'generation', 'serverVersion'] : ['at', 'generation'],
    );
    expect(everything(run)).not.toContain(API_KEY);
    // The steps' own output comes through, in migrate's log (the failed switch before installed the operator).
    expect(run.stdout).toContain('Unchanged: operator 1.4.8');
    expect(run.stdout).toContain(`weightsandbiases/${CR_NAME} (namespace ${ns}) rolled out`);
    expectNoSecrets(run);

    expect(await crPhase(p)).toBe('Completed');
    const live = JSON.parse(
      await p.kubectl(['get', 'weightsandbiases.apps.wandb.com', CR_NAME, '-n', ns, '-o', 'json']),
    );
    expect(live.spec.values.global.extraEnv).toEqual({ GORILLA_FEATURE_FLAG: 'on', REVIEWED: 'yes' });
    const app = await deployment(p, `${CR_NAME}-app-bc`);
    expect(app?.spec.template.spec.containers[0].image).toBe('wandb/local:0.74.1');
    expect(app?.status.readyReplicas).toBe(1);
    const old = await deployment(p, 'wandb');
    expect(old?.spec.replicas).toBe(0);
    expect(old?.metadata.annotations?.['wandb-operator-actions/replicas-before-migration']).toBe('1');
    expect((await helmReleases(p, p.tools.helm, ns)).map((r) => r.name).sort()).toEqual(['wandb', CR_NAME]);
  });

  it('remove-old is refused while the CR is not Completed, and after a change until a verify of it passes', async () => {
    const p = plane();
    operator.mode = 'stall';
    await p.kubectl([
      'patch',
      'weightsandbiases.apps.wandb.com',
      CR_NAME,
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { values: { global: { extraEnv: { GORILLA_TOUCHED: 'yes' } } } } }),
    ]);
    await until(async () => (await crPhase(p)) === 'Loading');
    const refused = await migrate(p, ['--remove-old']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("is in phase 'Loading', not Completed");
    expect(parseOutputs(refused.outputs).result).toBe('refused');
    expect((await helmReleases(p, p.tools.helm, ns)).map((r) => r.name)).toContain('wandb');

    operator.mode = 'normal';
    operator.requeue();
    await until(async () => (await crPhase(p)) === 'Completed');

    // Completed and ready again, but the verify recorded by confirm was of the spec before the change.
    const before = await verifiedRecord(p);
    expect(before.generation).toBeGreaterThan(before.record?.generation ?? Infinity);
    const stale = await migrate(p, ['--remove-old']);
    expect(stale.code).toBe(1);
    expect(parseOutputs(stale.outputs).result).toBe('refused');
    expect(parseOutputs(stale.outputs).verify).toBe('skipped');
    expect(stale.stdout).toContain(
      `Not removing Helm release 'wandb' (namespace ${ns}): weightsandbiases/${CR_NAME} (namespace ${ns}) was verified at generation ${before.record?.generation} (${before.record?.at}), but its spec has changed since (now generation ${before.generation}).`,
    );
    expect(stale.stdout).toContain(
      'fix: Run remove-old again with api-key (a secret; the CLI reads WANDB_API_KEY): it runs verify first',
    );
    expect(stale.summary).toContain('### migrate: remove-old refused');
    expect((await helmReleases(p, p.tools.helm, ns)).map((r) => r.name)).toContain('wandb');

    // With the API key (and the URL the instance answers on) remove-old verifies first, records it, then removes.
    const removed = await migrate(
      p,
      ['--remove-old', '--host', wandbServer.url, '--verify-report-path', join(dir, 'remove-verify.json')],
      { WANDB_API_KEY: API_KEY },
    );
    expect(removed.code).toBe(0);
    expect(parseOutputs(removed.outputs).result).toBe('removed');
    expect(parseOutputs(removed.outputs).verify).toBe('passed');
    expect(removed.stdout).toContain(
      `== Verify weightsandbiases/${CR_NAME} (namespace ${ns}) against ${wandbServer.url} before removing Helm release 'wandb'`,
    );
    expect(removed.stdout).toMatch(/verify passed: \d+ passed, \d+ warnings, 0 failed/);
    expect(removed.stdout).toContain(`Removed Helm release 'wandb' (namespace ${ns})`);
    expect(removed.stdout).toContain(`verified at `);
    expect(removed.stdout).toContain(`generation ${before.generation}`);
    const after = await verifiedRecord(p);
    expect(after.record?.generation).toBe(before.generation);
    expect((await helmReleases(p, p.tools.helm, ns)).map((r) => r.name)).toEqual([CR_NAME]);
    expect(everything(removed)).not.toContain(API_KEY);
    expectNoSecrets(removed);
  });

  it('--to v2 (dry run) on the CR the switch made: its spec-active Secret converted, secrets moved, none printed', async () => {
    const p = plane();
    // The CR as the operator runs it: W&B's real operator-wandb, and the spec-active Secret the controller wrote.
    const output = join(dir, 'v2', 'wandb-v2.yaml');
    const run = await migrate(p, ['--to', 'v2', '--cr-namespace', ns, '--output', output]);
    expect(run.code).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.result).toBe('planned');
    expect(outputs['values-source']).toBe('spec-active');
    expect(outputs['wandb-version']).toBe('0.74.1');
    expect(outputs['moved-secrets'].split('\n')).toEqual(
      expect.arrayContaining([
        `global.license -> ${CR_NAME}-v2-license/license`,
        `global.mysql.password -> ${CR_NAME}-v2-mysql/Password`,
      ]),
    );
    // Under Actions the Secrets' file goes to a private directory, never beside the CR (which may be committed).
    expect(outputs['secrets-path']).toMatch(/\/wandb-v2\.secrets\.yaml$/);
    expect(dirname(outputs['secrets-path'])).not.toBe(join(dir, 'v2'));
    expect(statSync(dirname(outputs['secrets-path'])).mode & 0o777).toBe(0o700);
    expectNoSecrets(run);

    const text = readFileSync(output, 'utf8');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const cr = parseYaml(text);
    expect(cr).toMatchObject({
      apiVersion: 'apps.wandb.com/v2',
      metadata: { name: CR_NAME, namespace: ns },
      spec: {
        wandb: { version: '0.74.1', hostname: 'https://wandb.example.com' },
        mysql: { default: { externalMysql: { password: { name: `${CR_NAME}-v2-mysql`, key: 'Password' } } } },
        retentionPolicy: { onDelete: 'detach' },
      },
    });
    const secrets = readFileSync(outputs['secrets-path'], 'utf8');
    expect(statSync(outputs['secrets-path']).mode & 0o777).toBe(0o600);
    for (const secret of SECRETS) expect(secrets).toContain(secret);
    // The live CR is still the v1 one the operator runs.
    const live = JSON.parse(
      await p.kubectl(['get', 'weightsandbiases.apps.wandb.com', CR_NAME, '-n', ns, '-o', 'json']),
    );
    expect(live.apiVersion).toBe('apps.wandb.com/v1');
    expect(live.spec.values.global.license).toBe(LICENSE);
  });
});

describe('migrate from plain manifests: a verify that fails, one skipped, one that passes', () => {
  const MANIFEST_API_KEY = 'local-0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6';
  let manifestNs: string;
  let manifestOperator: OperatorStandIn;
  let standIn: StandIn;

  beforeAll(async () => {
    const p = plane();
    manifestNs = await namespace('migrate-manifests');
    kubelet.namespaces.push(manifestNs);
    standIn = await startWandbStandIn({ apiKey: MANIFEST_API_KEY });
    // The legacy chart rendered once and applied with kubectl: no Helm release, only the objects.
    const rendered = await execute({
      role: 'inherit',
      command: p.tools.helm,
      args: [
        'template',
        'wandb',
        join(REPO_ROOT, 'test-support/charts/wandb-legacy'),
        '--namespace',
        manifestNs,
        '--set',
        `license=${LICENSE}`,
        '--set',
        'host=https://wandb.manifests.example.com',
        '--set',
        'mysql.host=mysql.example.internal',
      ],
      timeoutMs: 60_000,
    });
    if (rendered.code !== 0) throw new Error(rendered.stderr);
    await p.kubectl(['apply', '-n', manifestNs, '-f', '-'], rendered.stdout);
    await until(async () => {
      const result = await execute({
        role: 'inherit',
        command: p.tools.kubectl,
        args: ['--kubeconfig', p.kubeconfig, 'get', 'deployment', 'wandb', '-n', manifestNs, '-o', 'json'],
      });
      return result.code === 0 && JSON.parse(result.stdout).status?.readyReplicas === 1;
    });
    manifestOperator = await new OperatorStandIn({
      rest: p.rest,
      namespace: manifestNs,
      kubeconfig: p.kubeconfig,
      helm: p.tools.helm,
    }).start();
  }, 10 * 60_000);

  afterAll(async () => {
    await manifestOperator?.stop();
    await standIn?.close();
  });

  function manifestArgs(extra: string[]): string[] {
    return [
      '--namespace',
      manifestNs,
      '--name',
      'wandb',
      '--output',
      join(dir, 'manifests-cr.yaml'),
      '--install-operator',
      'false',
      '--app-chart-repo',
      repo.url,
      '--app-chart-version',
      '0.43.8',
      ...extra,
    ];
  }

  it('reads the Deployment and references its Secrets instead of copying them', async () => {
    const p = plane();
    const run = await migrateCli(
      [...manifestArgs([]), '--kubectl-path', p.tools.kubectl, '--helm-path', p.tools.helm],
      { KUBECONFIG_CONTENT: p.kubeconfigContent },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Old installation: Deployment 'wandb' in namespace ${manifestNs} (no Helm release 'wandb')`,
    );
    const cr = parseYaml(readFileSync(join(dir, 'manifests-cr.yaml'), 'utf8'));
    expect(cr.spec.values.global).toEqual({
      host: 'https://wandb.manifests.example.com',
      licenseSecret: { name: 'wandb-secrets', key: 'LICENSE' },
      mysql: {
        host: 'mysql.example.internal',
        port: 3306,
        user: 'wandb_local',
        database: 'wandb_local',
        passwordSecret: { name: 'wandb-secrets', passwordKey: 'MYSQL_PASSWORD' },
      },
    });
    expect(cr.spec.values.app.image.tag).toBe('0.74.1');
    expect(run.stdout).toContain('references the Secret wandb-secrets');
    expect(run.stdout).not.toContain('holds secrets from the old values inline');
    expectNoSecrets(run);
  });

  it('a failed verify deletes the new CR and scales the old Deployment back up; the API key shows nowhere', async () => {
    const p = plane();
    const run = await migrateCli(
      [
        ...manifestArgs([
          '--confirm',
          '--host',
          standIn.url,
          '--verify-report-path',
          join(dir, 'verify-report.json'),
          '--timeout',
          '150',
          '--poll-interval',
          '0.5',
        ]),
        '--kubectl-path',
        p.tools.kubectl,
        '--helm-path',
        p.tools.helm,
      ],
      {
        KUBECONFIG_CONTENT: p.kubeconfigContent,
        WANDB_API_KEY: 'local-wrong-key-0123456789abcdef0123456789',
      },
    );
    writeFileSync(join(dir, 'manifests-verify.log'), run.stdout + run.stderr + run.summary);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('rolled out');
    expect(run.stdout).toContain('== 4/4 Verify');
    expect(run.stdout).toContain(
      `Verify failed. weightsandbiases/wandb (namespace ${manifestNs}) was deleted.`,
    );
    expect(run.stdout).toContain(`Scaling deployment/wandb (namespace ${manifestNs}) back to 1.`);
    expect(parseOutputs(run.outputs).result).toBe('restored');
    expect(JSON.parse(readFileSync(join(dir, 'verify-report.json'), 'utf8')).checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: 'Checking if logged in', status: 'fail' })]),
    );
    expect(everything(run)).not.toContain('local-wrong-key-0123456789abcdef0123456789');
    expectNoSecrets(run);
    const old = JSON.parse(await p.kubectl(['get', 'deployment', 'wandb', '-n', manifestNs, '-o', 'json']));
    expect(old.spec.replicas).toBe(1);
    await until(async () => {
      const result = await execute({
        role: 'inherit',
        command: p.tools.kubectl,
        args: [
          '--kubeconfig',
          p.kubeconfig,
          'get',
          'weightsandbiases.apps.wandb.com',
          'wandb',
          '-n',
          manifestNs,
        ],
      });
      return result.code !== 0;
    });
  });
  it('confirm without an api-key: switches, says verify was skipped, and remove-old is refused', async () => {
    const p = plane();
    const run = await migrateCli(
      [
        ...manifestArgs(['--confirm', '--timeout', '150', '--poll-interval', '0.5']),
        '--kubectl-path',
        p.tools.kubectl,
        '--helm-path',
        p.tools.helm,
      ],
      { KUBECONFIG_CONTENT: p.kubeconfigContent },
    );
    writeFileSync(join(dir, 'manifests-unverified.log'), run.stdout + run.stderr + run.summary);
    expect(run.code).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.result).toBe('unverified');
    expect(outputs.verify).toBe('skipped');
    expect(run.stdout).toContain(
      "::warning title=wandb-operator-actions migrate::Verify was skipped: no api-key was given. apply-cr's cluster checks passed (CR Completed, workloads ready), but nothing checked the W&B instance itself. remove-old will be refused until a verify passes.",
    );
    expect(run.stdout).toContain(
      `Switched, not verified: weightsandbiases/wandb (namespace ${manifestNs}) is rolled out, but no verify passed.`,
    );
    expect(run.summary).toContain(
      'verify skipped (no api-key was given): remove-old is refused until a verify passes',
    );
    expect(run.summary).toContain('**Result:** switched but **not verified**');
    expectNoSecrets(run);
    const old = JSON.parse(await p.kubectl(['get', 'deployment', 'wandb', '-n', manifestNs, '-o', 'json']));
    expect(old.spec.replicas).toBe(0);
    expect((await verifiedRecord(p, 'wandb', manifestNs)).record).toBeUndefined();

    // The new instance is Completed and ready and the old one at 0: only the missing verify stops remove-old.
    const refused = await migrateCli(
      [...manifestArgs(['--remove-old']), '--kubectl-path', p.tools.kubectl, '--helm-path', p.tools.helm],
      { KUBECONFIG_CONTENT: p.kubeconfigContent },
    );
    expect(refused.code).toBe(1);
    expect(parseOutputs(refused.outputs).result).toBe('refused');
    expect(parseOutputs(refused.outputs).verify).toBe('skipped');
    expect(refused.stdout).toContain(
      `Not removing deployment/wandb (namespace ${manifestNs}): weightsandbiases/wandb (namespace ${manifestNs}) has no record of a passed verify (annotation ${VERIFIED}): verify was skipped or did not pass.`,
    );
    expect(refused.stdout).toContain('fix: Run remove-old again with api-key');
    // The operator installed the new instance as Helm release 'wandb' (named after the CR): not the old one.
    expect(refused.stdout).toContain(
      `Helm release 'wandb' (namespace ${manifestNs}) is the operator's release of weightsandbiases/wandb, the new instance: not the old installation.`,
    );
    expect(refused.summary).toContain('has no record of a passed verify');
    await p.kubectl(['get', 'deployment', 'wandb', '-n', manifestNs]);
  });

  it('a verify that passes later is recorded on the CR, and remove-old goes on that record', async () => {
    const p = plane();
    const run = await migrateCli(
      [
        ...manifestArgs([
          '--confirm',
          '--host',
          standIn.url,
          '--operator-namespace',
          operatorNs,
          '--verify-report-path',
          join(dir, 'manifests-verify-pass.json'),
          '--timeout',
          '150',
          '--poll-interval',
          '0.5',
        ]),
        '--kubectl-path',
        p.tools.kubectl,
        '--helm-path',
        p.tools.helm,
      ],
      { KUBECONFIG_CONTENT: p.kubeconfigContent, WANDB_API_KEY: MANIFEST_API_KEY },
    );
    writeFileSync(join(dir, 'manifests-verified.log'), run.stdout + run.stderr + run.summary);
    expect(run.code).toBe(0);
    expect(parseOutputs(run.outputs).result).toBe('migrated');
    expect(parseOutputs(run.outputs).verify).toBe('passed');
    expect(everything(run)).not.toContain(MANIFEST_API_KEY);
    const verified = await verifiedRecord(p, 'wandb', manifestNs);
    expect(verified.record?.generation).toBe(verified.generation);

    // No API key this time: the record of the pass, for the CR's current generation, is what lets it go.
    const removed = await migrateCli(
      [...manifestArgs(['--remove-old']), '--kubectl-path', p.tools.kubectl, '--helm-path', p.tools.helm],
      { KUBECONFIG_CONTENT: p.kubeconfigContent },
    );
    expect(removed.code).toBe(0);
    expect(parseOutputs(removed.outputs).result).toBe('removed');
    expect(parseOutputs(removed.outputs).verify).toBe('recorded');
    expect(removed.stdout).toContain(
      `A verify of weightsandbiases/wandb (namespace ${manifestNs}) passed at ${verified.record?.at}`,
    );
    expect(removed.stdout).toContain(`Removed deployment/wandb (namespace ${manifestNs})`);
    expectNoSecrets(removed);
    // The new instance (its Helm release, named after the CR) is untouched.
    expect((await helmReleases(p, p.tools.helm, manifestNs)).map((r) => r.name)).toEqual(['wandb']);
    expect(
      JSON.parse(await p.kubectl(['get', 'deployment', 'wandb-app-bc', '-n', manifestNs, '-o', 'json'])).spec
        .replicas,
    ).toBe(1);
    await until(async () => {
      const result = await execute({
        role: 'inherit',
        command: p.tools.kubectl,
        args: ['--kubeconfig', p.kubeconfig, 'get', 'deployment', 'wandb', '-n', manifestNs],
      });
      return result.code !== 0;
    });
  });
});
