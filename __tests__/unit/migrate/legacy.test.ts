import { buildConfig, secretValuesIn } from '../../../src/config/index.js';
import {
  imageTag,
  mapLegacyValues,
  parseBucketUrl,
  parseSmtpUrl,
  valuesForSecretScan,
} from '../../../src/migrate/legacy.js';
import { migrationCr } from '../../../src/migrate/cr.js';
import { stringify } from 'yaml';

/** Values as `helm get values` returns them for a typical legacy `wandb` chart release. */
const LEGACY = {
  host: 'https://wandb.example.com',
  license: 'lic-legacy-9a8b7c6d5e4f',
  bucket: 's3://wandb-files',
  bucketRegion: 'eu-west-1',
  bucketKmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/abcd',
  image: { tag: '0.74.1' },
  mysql: {
    host: 'db.example.internal',
    user: 'wandb',
    password: 'mysql-pw-1b2c3d',
    database: 'wandb_local',
  },
  smtpServer: 'smtp://mailer:smtp-pw-4e5f@smtp.example.com:587',
  sso: {
    enabled: true,
    issuer: 'https://idp.example.com',
    clientId: 'wandb',
    method: 'pkce',
    autoProvision: false,
  },
  extraEnv: [
    { name: 'GORILLA_FEATURE_X', value: 'true' },
    { name: 'FROM_SECRET', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
  ],
  ingress: {
    enabled: true,
    className: 'nginx',
    annotations: { a: 'b' },
    hosts: [{ host: 'wandb.example.com' }],
  },
  enableAdminApi: true,
  serviceAccount: { create: true, annotations: { 'eks.amazonaws.com/role-arn': 'arn:role' } },
  someTypo: 1,
};

describe('mapping legacy wandb chart values to operator-wandb values', () => {
  it('carries over the keys with the same meaning', () => {
    const { values } = mapLegacyValues(LEGACY);
    expect(values).toEqual({
      global: {
        host: 'https://wandb.example.com',
        license: 'lic-legacy-9a8b7c6d5e4f',
        bucket: {
          provider: 's3',
          name: 'wandb-files',
          region: 'eu-west-1',
          kmsKey: 'arn:aws:kms:eu-west-1:111122223333:key/abcd',
        },
        mysql: {
          host: 'db.example.internal',
          port: 3306,
          user: 'wandb',
          password: 'mysql-pw-1b2c3d',
          database: 'wandb_local',
        },
        email: { smtp: { host: 'smtp.example.com', port: 587, user: 'mailer', password: 'smtp-pw-4e5f' } },
        auth: { oidc: { issuer: 'https://idp.example.com', clientId: 'wandb', authMethod: 'pkce' } },
        extraEnv: { GORILLA_FEATURE_X: 'true', GORILLA_DISABLE_SSO_PROVISIONING: 'true' },
      },
      app: { image: { tag: '0.74.1' } },
      ingress: { class: 'nginx', annotations: { a: 'b' } },
      mysql: { install: false },
    });
  });

  it('lists every key it did not carry over, with a reason', () => {
    const { unmapped } = mapLegacyValues(LEGACY);
    expect(unmapped.map((u) => u.path)).toEqual([
      'enableAdminApi',
      'extraEnv.FROM_SECRET',
      'ingress.enabled',
      'ingress.hosts',
      'serviceAccount',
      'someTypo',
    ]);
    for (const u of unmapped) expect(u.reason.length).toBeGreaterThan(10);
    expect(unmapped.find((u) => u.path === 'someTypo')?.reason).toContain('review');
  });

  it('produces a CR the project validator accepts without errors', () => {
    const { values } = mapLegacyValues(LEGACY);
    const cr = migrationCr(
      {
        name: 'wandb-operator',
        namespace: 'default',
        chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' },
      },
      values,
    );
    const built = buildConfig([{ path: 'cr.yaml', text: stringify(cr) }], [], { name: 'x', namespace: 'y' });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The secrets the CR holds inline are found by the same scan apply-cr uses, so every one is masked.
    expect(built.secrets).toEqual(
      expect.arrayContaining(['lic-legacy-9a8b7c6d5e4f', 'mysql-pw-1b2c3d', 'smtp-pw-4e5f']),
    );
  });

  it('warns when the old release ran its own MySQL, whose data the operator would not take over', () => {
    const mapping = mapLegacyValues({
      host: 'https://w.example.com',
      license: 'x',
      image: { tag: '0.70.0' },
    });
    expect(mapping.unmapped.map((u) => u.path)).toContain('mysql.managed');
    expect(mapping.warnings.join(' ')).toContain('runs its own MySQL');
    expect(mapping.values.mysql).toBeUndefined();
  });

  it('pins the running image tag when the values do not set one, and says so when there is none', () => {
    const pinned = mapLegacyValues(
      { host: 'https://w.example.com', mysql: { host: 'db' } },
      { runningImage: 'wandb/local:0.73.2' },
    );
    expect(pinned.values.app).toEqual({ image: { tag: '0.73.2' } });
    const unpinned = mapLegacyValues(
      { host: 'https://w.example.com', mysql: { host: 'db' } },
      { runningImage: 'wandb/local' },
    );
    expect(unpinned.values.app).toBeUndefined();
    expect(unpinned.warnings.join(' ')).toContain('pin app.image.tag');
  });

  it('turns Secret references (from a Deployment) into Secret references in the CR, never values', () => {
    const mapping = mapLegacyValues({
      host: 'https://w.example.com',
      license: { secretKeyRef: { name: 'wandb-secrets', key: 'LICENSE' } },
      mysql: { host: 'db', password: { secretKeyRef: { name: 'wandb-secrets', key: 'MYSQL_PASSWORD' } } },
      image: { tag: '0.74.1' },
    });
    expect(mapping.values.global).toMatchObject({
      licenseSecret: { name: 'wandb-secrets', key: 'LICENSE' },
      mysql: { host: 'db', passwordSecret: { name: 'wandb-secrets', passwordKey: 'MYSQL_PASSWORD' } },
    });
    expect(mapping.warnings.join(' ')).toContain('references the Secret wandb-secrets');
  });
});

describe('URL forms of the legacy chart', () => {
  it('reads bucket URLs', () => {
    expect(parseBucketUrl('gs://my-bucket')).toEqual({ provider: 'gcs', name: 'my-bucket' });
    expect(parseBucketUrl('s3://files/prefix/')).toEqual({ provider: 's3', name: 'files', path: 'prefix' });
    expect(parseBucketUrl('s3://AKIA123:se%2Fcret@minio.local:9000/wandb')).toEqual({
      provider: 's3',
      name: 'minio.local:9000/wandb',
      accessKey: 'AKIA123',
      secretKey: 'se/cret',
    });
    expect(parseBucketUrl('az://account/container')).toEqual({ provider: 'az', name: 'container' });
    expect(parseBucketUrl('file:///vol')).toBeUndefined();
  });

  it('reads smtp URLs', () => {
    expect(parseSmtpUrl('smtp://u:p@mail:25')).toEqual({ host: 'mail', port: 25, user: 'u', password: 'p' });
    expect(parseSmtpUrl('https://x')).toBeUndefined();
  });

  it('reads image tags', () => {
    expect(imageTag('wandb/local:0.74.1')).toBe('0.74.1');
    expect(imageTag('registry.local:5000/wandb/local:0.74.1@sha256:abc')).toBe('0.74.1');
    expect(imageTag('registry.local:5000/wandb/local')).toBeUndefined();
  });
});

describe('secrets in the legacy values', () => {
  it('finds a secret in an extraEnv list entry, where it sits under `value`', () => {
    const legacy = { extraEnv: [{ name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI-legacy' }] };
    // The scan reads an EnvVar by its name (config/secrets.ts); the reshaped values give the same answer.
    expect(secretValuesIn(legacy)).toEqual(['wJalrXUtnFEMI-legacy']);
    expect(secretValuesIn(valuesForSecretScan(legacy))).toEqual(['wJalrXUtnFEMI-legacy']);
  });
});
