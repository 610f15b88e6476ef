import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { execute } from '../../src/core/exec.js';
import { buildConfig, hasErrors } from '../../src/config/index.js';
import { usePlane, type Plane } from '../../test-support/cluster/plane.js';
import {
  V2_REFERENCE,
  V2_CRD,
  V2OperatorStandIn,
  installV2Crd,
} from '../../test-support/cluster/operator-v2.js';

/**
 * The real v2 CRD (adapted for the 1.20 plane: see test-support/cluster/operator-v2.ts) on the tests' v2
 * plane: the API server agrees with our v2
 * validation on the operator's samples, and the v2 controller stand-in's status reads, through the CRD's own
 * printer columns, as a user follows a rollout with `kubectl get`.
 */
const { plane, namespace } = usePlane({ plane: 'v2' });

async function kubectl(p: Plane, args: string[], stdin?: string) {
  return execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: ['--kubeconfig', p.kubeconfig, ...args],
    ...(stdin !== undefined ? { stdin } : {}),
    timeoutMs: 60_000,
  });
}

/** A published sample fitted to the CRD in the least way (as __tests__/unit/config-v2 does). */
function fitted(name: string): string {
  const doc = parseDocument(readFileSync(join(V2_REFERENCE, name), 'utf8'));
  for (const store of ['mysql', 'redis', 'objectStore', 'clickhouse']) {
    const node = doc.getIn(['spec', store]) as { toJSON(): unknown } | undefined;
    if (node) doc.setIn(['spec', store], doc.createNode({ default: node.toJSON() }));
  }
  doc.setIn(['spec', 'retentionPolicy'], { onDelete: 'detach' });
  doc.setIn(['spec', 'wandb'], {
    hostname: 'https://wandb.example.com',
    version: '0.81.0',
    bucketProxy: false,
    features: {},
  });
  return doc.toString();
}

/** The row of `kubectl get` with the CRD's printer columns, as a user reads it. */
async function row(p: Plane, ns: string, name: string): Promise<string> {
  const run = await kubectl(p, ['-n', ns, 'get', V2_CRD, name, '--no-headers']);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout.trim().split(/\s+/).slice(1, 8).join(' ');
}

describe('operator v2 CRD on the loopback plane', () => {
  it('the API server refuses the published sample where our validation does, and takes the fitted one', async () => {
    const p = plane();
    await installV2Crd(p);
    const ns = await namespace('op-v2-validate');
    const published = readFileSync(join(V2_REFERENCE, 'sample-v2.yaml'), 'utf8');
    // Past kubectl's own check (--validate=false), the API server prunes the unknown fields and then refuses.
    const refused = await kubectl(
      p,
      ['-n', ns, 'create', '--validate=false', '--dry-run=server', '-f', '-'],
      published,
    );
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('spec.retentionPolicy: Required value');
    const ours = buildConfig([{ path: 'sample-v2.yaml', text: published }], [], { name: 'w', namespace: ns });
    expect(ours.diagnostics.map((d) => d.message)).toContain(
      '`spec` is missing `retentionPolicy`, which the v2 CRD requires',
    );
    // kubectl's own check names the fields the CRD lacks, as ours does (spec.mysql maps instance names).
    const strict = await kubectl(p, ['-n', ns, 'create', '--dry-run=server', '-f', '-'], published);
    expect(strict.stderr).toContain('unknown field "storageSize"');

    const good = fitted('sample-v2.yaml');
    expect(
      hasErrors(buildConfig([{ path: 'cr.yaml', text: good }], [], { name: 'w', namespace: ns }).diagnostics),
    ).toBe(false);
    const taken = await kubectl(p, ['-n', ns, 'create', '--dry-run=server', '-f', '-'], good);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
  });

  it('a v2 CR applied with kubectl: the stand-in takes it through stores, migration and Ready', async () => {
    const p = plane();
    await installV2Crd(p);
    const ns = await namespace('op-v2-status');
    const applied = await kubectl(p, ['-n', ns, 'apply', '-f', '-'], fitted('sample-v2.yaml'));
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain('created');
    const operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns });
    const name = 'wandb-dev-v2';
    // Columns: Ready MySQL Redis Kafka ObjectStore ClickHouse Migration.
    // No controller yet: no status, every column blank.
    expect(await row(p, ns, name)).toBe('');
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      await operator.step();
      seen.push(await row(p, ns, name));
    }
    expect(seen).toEqual([
      'false Pending Pending Pending Pending Pending Pending',
      'false Provisioning Provisioning Provisioning Provisioning Provisioning Pending',
      'false Ready Ready Ready Ready Ready Running',
      'true Ready Ready Ready Ready Ready Succeeded',
    ]);
    const cr = JSON.parse((await kubectl(p, ['-n', ns, 'get', V2_CRD, name, '-o', 'json'])).stdout);
    // Rolled out as the facts define it: observedGeneration, Ready=True for it, migration ready for the pin.
    expect(cr.status.observedGeneration).toBe(cr.metadata.generation);
    expect(cr.status.conditions).toEqual([
      expect.objectContaining({ type: 'Ready', status: 'True', observedGeneration: cr.metadata.generation }),
    ]);
    expect(cr.status.wandb.migration).toMatchObject({
      version: '0.81.0',
      lastSuccessVersion: '0.81.0',
      ready: true,
      phase: 'Succeeded',
    });

    // A new version: a new generation, whose migration fails; the last good version stays on record.
    operator.failMigration = true;
    await kubectl(p, [
      '-n',
      ns,
      'patch',
      V2_CRD,
      name,
      '--type=merge',
      '-p',
      '{"spec":{"wandb":{"version":"0.82.1"}}}',
    ]);
    for (let i = 0; i < 4; i++) await operator.step();
    expect(await row(p, ns, name)).toBe('false Ready Ready Ready Ready Ready Failed');
    const failed = JSON.parse((await kubectl(p, ['-n', ns, 'get', V2_CRD, name, '-o', 'json'])).stdout);
    expect(failed.status.observedGeneration).toBe(failed.metadata.generation);
    expect(failed.status.conditions[0]).toMatchObject({
      type: 'Ready',
      status: 'False',
      reason: 'MigrationFailed',
    });
    expect(failed.status.wandb.migration).toMatchObject({
      version: '0.82.1',
      lastSuccessVersion: '0.81.0',
      ready: false,
      phase: 'Failed',
      jobs: { migrate: { failed: true, reason: 'BackoffLimitExceeded' } },
    });
  });

  it('a stalled store keeps the CR from Ready and is named in the condition', async () => {
    const p = plane();
    await installV2Crd(p);
    const ns = await namespace('op-v2-stall');
    await kubectl(p, ['-n', ns, 'apply', '-f', '-'], fitted('sample-v2.yaml'));
    const operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns });
    operator.stall = 'kafka';
    for (let i = 0; i < 5; i++) await operator.step();
    expect(await row(p, ns, 'wandb-dev-v2')).toBe('false Ready Ready Provisioning Ready Ready Pending');
    const cr = JSON.parse((await kubectl(p, ['-n', ns, 'get', V2_CRD, 'wandb-dev-v2', '-o', 'json'])).stdout);
    expect(cr.status.conditions[0]).toMatchObject({
      status: 'False',
      reason: 'InfrastructureNotReady',
      message: 'kafka is not ready',
    });
    expect(cr.status.kafkaStatus).toMatchObject({ ready: false, state: 'Provisioning' });
  });
});
