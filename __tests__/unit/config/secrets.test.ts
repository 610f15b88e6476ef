import { stringify } from 'yaml';
import { Redactor, weakSecretReason } from '../../../src/core/redact.js';
import { buildConfig, maskSecrets, secretValuesIn } from '../../../src/config/index.js';
import { isSecretKey, scanSecrets } from '../../../src/config/secrets.js';
import { build } from './helpers.js';

const SECRETS = [
  'robot:chart-Pa55',
  'robot',
  'chart-Pa55',
  'chart-password-1',
  'demo-license-secret-value-1',
  'AKIAEXAMPLEKEY:wJalr%2FsecretKEY',
  'AKIAEXAMPLEKEY',
  'wJalr%2FsecretKEY',
  'wJalr/secretKEY',
  'AKIAINLINEKEY',
  'inline-secret-key-1',
  '12345678',
  'redis-password-1',
  'smtp-password-1',
  'oidc-secret-1',
  'clickhouse-password-1',
  'statsig-api-key-1',
  'env-aws-secret-1',
  'env-token-1',
];

// Names of Secrets and of keys inside them, paths, and ordinary values: never secrets.
const NOT_SECRETS = [
  'license-secret',
  'license',
  '/jwks.json',
  'bucket-secret',
  'ACCESS_KEY',
  'SECRET_KEY',
  'mysql-secret',
  'MYSQL_PASSWORD',
  'redis-secret',
  'REDIS_PASSWORD',
  'oidc-secret',
  'OIDC_SECRET',
  'CLICKHOUSE_PASSWORD',
  'ch-secret',
  'regcred',
  'redis-existing',
  'api-key-secret',
  'API_KEY',
  'info',
  '/etc/db',
  'wandb',
  'mailer',
  'wandb-client',
];

describe('secret detection', () => {
  const built = build(['secrets/all-secrets.yaml']);

  it('finds every secret value: secret paths, credential-named keys, URL user-info', () => {
    expect([...built.secrets].sort()).toEqual([...SECRETS].sort());
  });

  it('leaves Secret names and key names alone', () => {
    for (const value of NOT_SECRETS) expect(built.secrets).not.toContain(value);
  });

  it('masks whole secret values and only the user-info of URLs, without touching the CR', () => {
    const masked = built.masked as {
      spec: { chart: Record<string, unknown>; values: { global: Record<string, Record<string, unknown>> } };
    };
    const g = masked.spec.values.global;
    expect(masked.spec.chart.url).toBe('https://***@charts.example.com');
    expect(masked.spec.chart.password).toBe('***');
    expect(masked.spec.chart.username).toBe('chartuser'); // a user name field is not a secret
    expect(g.license).toBe('***' as unknown);
    expect(g.bucket.name).toBe('s3://***@minio.example.com:9000/wandb');
    expect(g.bucket.secret).toEqual({
      secretName: 'bucket-secret',
      accessKeyName: 'ACCESS_KEY',
      secretKeyName: 'SECRET_KEY',
    });
    expect(g.mysql.password).toBe('***');
    expect(g.mysql.port).toBe(3306);
    expect(g.licenseSecret).toEqual({ name: 'license-secret', key: 'license' });
    expect(g.extraEnv).toEqual({
      AWS_SECRET_ACCESS_KEY: '***',
      GITHUB_TOKEN: '***',
      LOG_LEVEL: 'info',
      DB_PASSWORD_FILE_PATH: '/etc/db',
    });
    const cr = built.cr as typeof masked;
    expect(cr.spec.values.global.license).toBe('demo-license-secret-value-1');
  });

  it('no secret survives in the masked CR printed as YAML, nor in a redacted print of the CR', () => {
    const yaml = stringify(built.masked);
    const redactor = new Redactor();
    for (const secret of built.secrets) redactor.add(secret);
    for (const secret of SECRETS) expect(yaml).not.toContain(secret);
    const printed = redactor.redact(stringify(built.cr));
    // Weak ones (the URL user `robot`, the common password 12345678) are masked at their place only: see below.
    for (const secret of SECRETS.filter((s) => !weakSecretReason(s))) expect(printed).not.toContain(secret);
    expect(SECRETS.filter((s) => weakSecretReason(s))).toEqual(['robot', '12345678']);
    expect(printed).toContain('bucket-secret');
  });

  it('weak secrets (short, one short word, common) are masked at their path, never in free text, with a warning', () => {
    const weak = buildConfig(
      [
        {
          path: 'w.yaml',
          text: 'global:\n  mysql:\n    password: password\n  kafka:\n    password: kafka1\n',
        },
      ],
      [],
      { name: 'wandb', namespace: 'default' },
    );
    const yaml = stringify(weak.masked);
    // The resource keeps every key and its apiVersion; the two values are masked where they stand.
    expect(yaml).toContain('apiVersion: apps.wandb.com/v1');
    expect(yaml).toContain('password: "***"');
    expect(yaml).not.toMatch(/password: (password|kafka1)$/m);
    const redactor = new Redactor();
    for (const secret of weak.secrets) redactor.add(secret);
    expect(redactor.weak).toEqual(new Set(['password', 'kafka1']));
    expect(redactor.redact('apps.wandb.com password: ***')).toBe('apps.wandb.com password: ***');
    expect(weak.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(
      expect.arrayContaining([
        '3:15 the secret at `spec.values.global.mysql.password` is weak (it is a single short word): it is masked where it stands in the resource, but not in free text, where masking it would garble the output',
        '5:15 the secret at `spec.values.global.kafka.password` is weak (it has 6 characters, fewer than 8): it is masked where it stands in the resource, but not in free text, where masking it would garble the output',
      ]),
    );
  });

  it('detects licenseKey, *_KEY and *_TOKEN environment names, and numbers under secret keys', () => {
    const values = {
      global: {
        licenseKey: 'lic-0123456789',
        extraEnv: {
          LICENSE_KEY: 'env-license-1',
          OPENAI_API_KEY: 'sk-0123456789',
          GITHUB_TOKEN: 'ghp_0123456789',
          REGION: 'us',
        },
        mysql: { password: 987654321 },
        auth: { oidc: { secret: 13579246810 } },
      },
      app: { tokenTtlSeconds: 3600 },
    };
    expect(secretValuesIn(values).sort()).toEqual(
      [
        '13579246810',
        '987654321',
        'env-license-1',
        'ghp_0123456789',
        'lic-0123456789',
        'sk-0123456789',
      ].sort(),
    );
    expect(maskSecrets(values).app).toEqual({ tokenTtlSeconds: 3600 });
  });

  it('finds secrets given with --set', () => {
    const fromSet = build(
      ['rules/host-trailing-slash.yaml'],
      ['global.license=set-license-1', 'global.mysql.password=set-pw'],
    );
    expect(fromSet.secrets).toEqual(['set-license-1', 'set-pw']);
  });

  it('works on a live CR or a bare values object', () => {
    const live = {
      apiVersion: 'apps.wandb.com/v1',
      spec: { values: { global: { license: 'live-license', bucket: { secretKey: 'live-key' } } } },
      status: { phase: 'Completed' },
    };
    expect(secretValuesIn(live)).toEqual(['live-license', 'live-key']);
    expect(secretValuesIn({ global: { redis: { password: 'pw' } } })).toEqual(['pw']);
    expect(maskSecrets({ a: { apiKey: 'k', n: 1 } })).toEqual({ a: { apiKey: '***', n: 1 } });
    // A map of secret values under a key that sounds like a reference is still scanned by key name.
    expect(secretValuesIn({ app: { secrets: { API_TOKEN: 'tok-1', secretKey: 'NAME_OF_KEY' } } })).toEqual([
      'tok-1',
    ]);
  });

  it('the value of an env entry under a secret name is a secret: `NAME: {value: ...}` as `NAME: ...`', () => {
    const values = {
      global: {
        extraEnv: {
          AWS_SECRET_ACCESS_KEY: { value: 'env-entry-secret-1' },
          GITHUB_TOKEN: { value: 24680135 },
          DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
          LOG_LEVEL: { value: 'debug' },
        },
      },
      app: { tokenTtlSeconds: { value: 3600 } },
    };
    const { secrets, masked, places } = scanSecrets(values);
    expect(secrets.sort()).toEqual(['24680135', 'env-entry-secret-1']);
    expect(places.map((p) => p.path.join('.')).sort()).toEqual([
      'global.extraEnv.AWS_SECRET_ACCESS_KEY.value',
      'global.extraEnv.GITHUB_TOKEN.value',
    ]);
    expect(masked.global.extraEnv).toEqual({
      AWS_SECRET_ACCESS_KEY: { value: '***' },
      GITHUB_TOKEN: { value: '***' },
      DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      LOG_LEVEL: { value: 'debug' },
    });
    // A number that measures something stays, whether written plainly or as an entry.
    expect(masked.app).toEqual({ tokenTtlSeconds: { value: 3600 } });
    // A `value` key of a reference object or of an ordinary map is not promoted.
    expect(secretValuesIn({ passwordSecret: { value: 'mysql-secret' }, feature: { value: 'on' } })).toEqual(
      [],
    );
  });

  it('what `validate` and `render` build from a file: the entry is masked, and the redactor learns it', () => {
    const text = [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata: {name: wandb, namespace: default}',
      'spec:',
      '  chart: {url: https://charts.wandb.ai, name: operator-wandb, version: 0.43.8}',
      '  values:',
      '    global:',
      '      host: https://wandb.example.com',
      '      extraEnv:',
      '        AWS_SECRET_ACCESS_KEY:',
      '          value: wJalrENTRYsecretKEY-0123',
      '',
    ].join('\n');
    const built = buildConfig([{ path: 'wandb.yaml', text }], [], { name: 'wandb', namespace: 'default' });
    expect(built.secrets).toContain('wJalrENTRYsecretKEY-0123');
    expect(stringify(built.masked)).not.toContain('wJalrENTRYsecretKEY-0123');
    expect(stringify(built.masked)).toContain('value: "***"');
    const redactor = new Redactor();
    for (const secret of built.secrets) redactor.add(secret);
    expect(redactor.redact(`export AWS_SECRET_ACCESS_KEY=wJalrENTRYsecretKEY-0123`)).not.toContain(
      'wJalrENTRYsecretKEY-0123',
    );
  });

  it('an EnvVar in an env list is judged by its name: `{name: AWS_SECRET_ACCESS_KEY, value: ...}`', () => {
    const env = [
      { name: 'AWS_SECRET_ACCESS_KEY', value: 'env-list-secret-1' },
      { name: 'GITHUB_TOKEN', value: 97531864 },
      { name: 'TOKEN_TTL_SECONDS', value: 3600 },
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
    ];
    const { secrets, masked } = scanSecrets({ spec: { wandb: { legacyOverrides: { global: { env } } } } });
    expect(secrets.sort()).toEqual(['97531864', 'env-list-secret-1']);
    expect(masked.spec.wandb.legacyOverrides.global.env).toEqual([
      { name: 'AWS_SECRET_ACCESS_KEY', value: '***' },
      { name: 'GITHUB_TOKEN', value: '***' },
      { name: 'TOKEN_TTL_SECONDS', value: 3600 },
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
    ]);
    // Objects that name things without a value are left alone.
    expect(
      secretValuesIn({ imagePullSecrets: [{ name: 'regcred' }], volumes: [{ name: 'tls-secret' }] }),
    ).toEqual([]);
  });

  it('a v2 CR with an inline secret in legacyOverrides env: `validate` masks it and the redactor learns it', () => {
    const text = [
      'apiVersion: apps.wandb.com/v2',
      'kind: WeightsAndBiases',
      'metadata: {name: wandb, namespace: default}',
      'spec:',
      '  wandb:',
      '    version: 0.74.1',
      '    hostname: https://wandb.example.com',
      '    legacyOverrides:',
      '      global:',
      '        env:',
      '          - name: AWS_SECRET_ACCESS_KEY',
      '            value: wJalrLISTsecretKEY-0456',
      '',
    ].join('\n');
    const built = buildConfig([{ path: 'wandb-v2.yaml', text }], [], { name: 'wandb', namespace: 'default' });
    expect(built.cr.apiVersion).toBe('apps.wandb.com/v2');
    expect(built.secrets).toContain('wJalrLISTsecretKEY-0456');
    expect(stringify(built.masked)).not.toContain('wJalrLISTsecretKEY-0456');
    const redactor = new Redactor();
    for (const secret of built.secrets) redactor.add(secret);
    expect(redactor.redact('value: wJalrLISTsecretKEY-0456')).toBe('value: ***');
  });

  it('tells value keys from reference keys by name', () => {
    for (const key of [
      'password',
      'Password',
      'secret',
      'token',
      'license',
      'accessKey',
      'secretKey',
      'apiKey',
      'GITHUB_TOKEN',
      'DB_PASSWORD',
      'AWS_SECRET_ACCESS_KEY',
    ])
      expect([key, isSecretKey(key)]).toEqual([key, true]);
    for (const key of [
      'secretName',
      'accessKeyName',
      'secretKeyName',
      'passwordKey',
      'usernameKey',
      'licenseCertPath',
      'existingSecret',
      'tokenRef',
      'host',
    ])
      expect([key, isSecretKey(key)]).toEqual([key, false]);
  });
});

test("settings under secret-sounding names in W&B's chart are not secrets: switches, durations, file paths, sources", () => {
  const env = {
    GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS: 'true',
    ALLOW_EMPTY_PASSWORD: 'yes',
    GORILLA_SESSION_TOKEN_TTL: '720h',
    GOOGLE_APPLICATION_CREDENTIALS: '/var/secrets/google/key.json',
    GORILLA_CUSTOMER_SECRET_STORE_SOURCE: 'gcp-secretmanager://projects/p/secrets/s',
    // Real secrets under the same kind of names are still found.
    OPENAI_API_KEY: 'sk-live-7f3e9a1c5b2d',
    MYSQL_PASSWORD: 'yes-but-longer-pw-91',
  };
  const { secrets, masked } = scanSecrets({ global: { env } });
  expect(secrets.sort()).toEqual(['sk-live-7f3e9a1c5b2d', 'yes-but-longer-pw-91']);
  expect(masked.global.env).toMatchObject({
    GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS: 'true',
    GORILLA_SESSION_TOKEN_TTL: '720h',
    GOOGLE_APPLICATION_CREDENTIALS: '/var/secrets/google/key.json',
    OPENAI_API_KEY: '***',
  });
});
