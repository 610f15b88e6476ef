import {
  crFileText,
  maskedPaths,
  migrationCr,
  releaseClash,
  removalRefusal,
} from '../../../src/migrate/cr.js';
import { maskSecrets } from '../../../src/config/index.js';

const target = {
  name: 'wandb-operator',
  namespace: 'default',
  chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' },
};

describe('the migration CR', () => {
  it('pins the chart source and carries the values', () => {
    const cr = migrationCr(target, { global: { host: 'https://w' } });
    expect(cr).toMatchObject({
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: 'wandb-operator', namespace: 'default' },
      spec: {
        chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' },
        values: { global: { host: 'https://w' } },
      },
    });
    expect((cr.spec as { chart: object }).chart).not.toHaveProperty('version');
  });

  it('warns in the file about inline secrets and lists what was left out', () => {
    const cr = migrationCr(target, { global: { license: 'lic-123456', mysql: { password: 'pw-123456' } } });
    const inline = maskedPaths((maskSecrets(cr).spec as { values: unknown }).values);
    expect(inline).toEqual(['spec.values.global.license', 'spec.values.global.mysql.password']);
    const text = crFileText(cr, {
      source: 'release wandb',
      inlineSecrets: inline,
      unmapped: ['ingress.hosts'],
    });
    expect(text).toContain('# WARNING: this file holds secrets copied from the old installation, inline:');
    expect(text).toContain('#   spec.values.global.license');
    expect(text).toContain('#   ingress.hosts');
    expect(text).toContain('kind: WeightsAndBiases');
  });
});

describe('decisions', () => {
  it('refuses a CR named like the old release in the same namespace', () => {
    expect(releaseClash({ name: 'wandb', namespace: 'a' }, { release: 'wandb', namespace: 'a' })).toContain(
      'would overwrite the old release',
    );
    expect(
      releaseClash({ name: 'wandb', namespace: 'b' }, { release: 'wandb', namespace: 'a' }),
    ).toBeUndefined();
    expect(releaseClash({ name: 'wandb', namespace: 'a' }, { namespace: 'a' })).toBeUndefined();
  });

  it('removes the old installation only when the new one is Completed and ready and the old one is at 0', () => {
    const cr = { exists: true, phase: 'Completed', label: 'cr' };
    const ready = [{ name: 'a', ready: true, detail: 'a 1/1' }];
    const old = { replicas: 0, label: 'deployment/wandb' };
    expect(removalRefusal(cr, ready, old)).toBeUndefined();
    expect(removalRefusal({ ...cr, exists: false }, ready, old)).toContain('does not exist');
    expect(removalRefusal({ ...cr, phase: 'Loading' }, ready, old)).toContain(
      "phase 'Loading', not Completed",
    );
    expect(removalRefusal(cr, [], old)).toContain('no workloads');
    expect(
      removalRefusal(cr, [{ name: 'a', ready: false, detail: 'deployment/a 0/1 ready' }], old),
    ).toContain('not every workload is ready: deployment/a 0/1 ready');
    expect(removalRefusal(cr, ready, { ...old, replicas: 1 })).toContain('still runs 1 replica');
  });
});
