import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../../test-support/run-cli.js';

/** validate and render on a v2 CR, through the CLI as a user runs them (in-process, files in a temp dir). */
const LICENSE = 'eyJhbGciOiJSUzI1NiJ9.wandbLicenseBody0123456789';
const CR = `apiVersion: apps.wandb.com/v2
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
  retentionPolicy: {onDelete: detach}
  wandb:
    hostname: https://wandb.example.com
    version: "0.81.0"
    bucketProxy: false
    features: {}
    license: ${LICENSE}
  mysql:
    default:
      externalMysql:
        password: {name: mysql, key: password}
`;

function dir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'config-v2-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

describe('validate and render on a v2 CR', () => {
  it('validate says which schema it used and that no render check applies', async () => {
    const run = await cli(['validate', '--config', 'cr.yaml'], { cwd: dir({ 'cr.yaml': CR }) });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'chart: no chart: a v2 CR (apps.wandb.com/v2) takes no Helm chart or values',
    );
    expect(run.stdout + run.stderr).toContain(
      'render check: not applicable to a v2 CR (apps.wandb.com/v2), which carries no Helm values',
    );
    expect(run.stdout).toContain('valid: cr.yaml');
  });

  it('validate reports a broken v2 CR at file:line:col with the fix', async () => {
    const cwd = dir({
      'cr.yaml': CR.replace('version: "0.81.0"', 'version: latest'),
      'values.yaml': 'global:\n  host: x\n',
    });
    const run = await cli(['validate', '--config', 'cr.yaml', '--config', 'values.yaml'], { cwd });
    expect(run.code).toBe(1);
    const out = run.stdout + run.stderr;
    expect(out).toContain(
      'cr.yaml:9:14: error: `spec.wandb.version` is `latest`: the v2 operator requires a pinned version and refuses this one',
    );
    expect(out).toContain('values.yaml:1:1: error: values.yaml is a values overlay');
    expect(run.stdout).toContain('invalid: 2 errors, 0 warnings in cr.yaml + values.yaml');
  });

  it('render prints the v2 CR with the inline license masked and Secret references as written', async () => {
    const run = await cli(['render', '--config', 'cr.yaml', '--namespace', 'wandb'], {
      cwd: dir({ 'cr.yaml': CR }),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('apiVersion: apps.wandb.com/v2');
    expect(run.stdout).toContain('    license: "***"');
    expect(run.stdout).toContain('password:\n          name: mysql\n          key: password');
    expect(run.stdout + run.stderr).not.toContain(LICENSE);
  });

  it('apply-cr --dry-run without a cluster shows a v2 CR as a create, the inline license masked', async () => {
    const run = await cli(['apply-cr', '--config', 'cr.yaml', '--dry-run'], { cwd: dir({ 'cr.yaml': CR }) });
    expect(run.code).toBe(0);
    const out = run.stdout + run.stderr;
    expect(out).toContain('Dry run without a cluster (no kubeconfig)');
    expect(out).toContain('render check: not applicable to a v2 CR');
    expect(run.stdout).toContain('+apiVersion: apps.wandb.com/v2');
    expect(run.stdout).toContain('+    license: "***"');
    expect(out).not.toContain(LICENSE);
  });
});
