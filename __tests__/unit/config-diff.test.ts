import { addedNulls, configDiff, secretChanges } from '../../src/diff/config.js';
import { diffStat } from '../../src/diff/unified.js';

const cr = (mysqlPassword: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps.wandb.com/v1',
  kind: 'WeightsAndBiases',
  metadata: { name: 'wandb', namespace: 'default' },
  spec: {
    values: {
      global: {
        host: 'https://wandb.example.com',
        mysql: { host: 'db', password: mysqlPassword },
        bucket: { name: 's3://AKIAEXAMPLE:Old-Secret-Key-0001@minio:9000/bucket' },
        ...extra,
      },
    },
  },
});
const labels = { fromLabel: 'live', toLabel: 'desired' };

describe('a change only to a secret', () => {
  it('is a one-line change that names the path, with neither value', () => {
    const { diff, secretChanges: paths } = configDiff(
      cr('Old-Passw0rd-1234'),
      cr('New-Passw0rd-5678'),
      labels,
    );
    expect(paths).toEqual(['spec.values.global.mysql.password']);
    expect(diff).toContain('-        password: "***"\n');
    expect(diff).toContain(
      '+        password: "***" # secret value changed at spec.values.global.mysql.password\n',
    );
    expect(diffStat(diff)).toEqual({ added: 1, removed: 1 });
    expect(diff).not.toMatch(/Passw0rd/);
  });

  it('inside a URL user-info too', () => {
    const before = cr('same-Passw0rd-1234');
    const after = cr('same-Passw0rd-1234');
    (after.spec.values.global.bucket as { name: string }).name =
      's3://AKIAEXAMPLE:New-Secret-Key-0002@minio:9000/bucket';
    const { diff } = configDiff(before, after, labels);
    expect(diff).toContain(
      '+        name: s3://***@minio:9000/bucket # secret value changed at spec.values.global.bucket.name\n',
    );
    expect(diff).not.toContain('Secret-Key');
    expect(diff).not.toContain('AKIAEXAMPLE');
  });

  it('a weak secret and a numeric one as well (masked at their paths)', () => {
    expect(secretChanges(cr('password'), cr('wandb'))).toEqual([
      ['spec', 'values', 'global', 'mysql', 'password'],
    ]);
    const { diff } = configDiff(
      { spec: { values: { global: { license: 123456 } } } },
      { spec: { values: { global: { license: 654321 } } } },
      labels,
    );
    expect(diff).toContain('# secret value changed at spec.values.global.license');
    expect(diff).not.toMatch(/123456|654321/);
  });

  it('nothing changed: no diff; an added or removed secret shows as its line, not as a change', () => {
    expect(configDiff(cr('Same-Passw0rd-1234'), cr('Same-Passw0rd-1234'), labels)).toEqual({
      diff: '',
      secretChanges: [],
    });
    const before = cr('x-Passw0rd-1234');
    const after = cr('x-Passw0rd-1234', { redis: { password: 'Redis-Passw0rd-99' } });
    const { diff, secretChanges: paths } = configDiff(before, after, labels);
    expect(paths).toEqual([]);
    expect(diff).toContain('+        password: "***"\n');
  });
});

describe('a null that removes a chart default', () => {
  it('shows in the diff and says what it does', () => {
    const before = cr('Same-Passw0rd-1234');
    const after = cr('Same-Passw0rd-1234', { bucket: { name: 'bucket', kmsKey: null } });
    (before.spec.values.global as Record<string, unknown>).bucket = { name: 'bucket' };
    const { diff } = configDiff(before, after, labels);
    expect(diff).toContain("+        kmsKey: null # null: removes this key's chart default\n");
    expect(diffStat(diff)).toEqual({ added: 1, removed: 0 });
  });

  it('already in the live CR: no change', () => {
    const both = cr('Same-Passw0rd-1234', { bucket: { name: 'bucket', kmsKey: null } });
    expect(configDiff(both, structuredClone(both), labels).diff).toBe('');
    expect(addedNulls(both, both)).toEqual([]);
  });

  it('in a new CR', () => {
    const { diff } = configDiff(undefined, cr('Same-Passw0rd-1234', { kmsKey: null }), labels);
    expect(diff).toContain("+      kmsKey: null # null: removes this key's chart default\n");
    expect(diff).toContain('+        password: "***"\n');
  });
});
