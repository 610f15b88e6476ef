import { parse, parseAllDocuments } from 'yaml';
import { buildConfig, hasErrors } from '../../../src/config/index.js';
import { validateV2 } from '../../../src/config/v2/index.js';
import { UserError } from '../../../src/core/errors.js';
import {
  V1_CHART_ANNOTATION,
  V1_VALUES_ANNOTATION,
  convertToV2,
  secretsFileText,
  unmappedLines,
  v2CrFileText,
  type V1Source,
} from '../../../src/migrate/to-v2.js';

const LICENSE = 'lic-to-v2-5d1e9c3b7a2f4e6d';
const MYSQL_PASSWORD = 'mysql-pw-to-v2-8e7d6c5b4a';
const ACCESS_KEY = 'AKIAEXAMPLE12345678';
const SECRET_KEY = 'wJalrXUtnFEMI-K7MDENG-bPxRfiCY';
const OIDC_SECRET = 'oidc-secret-9f8e7d6c5b4a';
const TOKEN = 'tok-3c2b1a0f9e8d7c6b';
const SECRETS = [LICENSE, MYSQL_PASSWORD, ACCESS_KEY, SECRET_KEY, OIDC_SECRET, TOKEN];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A v1 CR as W&B's docs write one: inline license, MySQL, bucket keys, OIDC, ingress, env. */
function source(values: Json, active?: Json): V1Source {
  return {
    name: 'wandb',
    namespace: 'prod',
    chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' },
    values,
    ...(active ? { active: { chart: { name: 'operator-wandb', version: '0.43.8' }, values: active } } : {}),
  };
}

function fullValues(): Json {
  return {
    global: {
      host: 'https://wandb.example.com',
      license: LICENSE,
      size: 'small',
      customCACerts: ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'],
      caCertsConfigMap: 'corp-cas',
      imageRegistry: 'registry.example.com',
      repositoryPrefix: 'mirror',
      extraEnv: { GORILLA_FEATURE: 'on', SLACK_TOKEN: TOKEN, TEMPLATED: '{{ .Values.x }}' },
      env: { GORILLA_FEATURE: 'off' },
      mysql: {
        host: 'mysql.example.internal',
        port: 3306,
        database: 'wandb_local',
        user: 'wandb',
        password: MYSQL_PASSWORD,
      },
      redis: {
        host: { valueFrom: { secretKeyRef: { name: 'redis-conn', key: 'Host' } } },
        port: 6379,
        secret: { secretName: 'redis-pw' },
      },
      bucket: {
        provider: 's3',
        name: 'wandb-files',
        region: 'eu-west-1',
        kmsKey: 'arn:aws:kms:eu-west-1:1:key/abc',
        accessKey: ACCESS_KEY,
        secretKey: SECRET_KEY,
      },
      defaultBucket: { region: 'us-east-1' },
      auth: {
        oidc: {
          clientId: 'wandb-client',
          secret: OIDC_SECRET,
          issuer: 'https://idp.example.com',
          authMethod: '',
        },
      },
    },
    app: {
      image: { repository: 'wandb/local', tag: '0.74.1' },
      serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/wandb' } },
      extraEnv: { APP_ONLY: 'x' },
    },
    ingress: {
      class: 'nginx',
      annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '0' },
      additionalHosts: ['wandb.internal.example.com'],
      tls: [{ secretName: 'wandb-tls', hosts: ['wandb.example.com'] }, { secretName: 'other-tls' }],
    },
  };
}

function allText(conversion: ReturnType<typeof convertToV2>): string {
  return JSON.stringify({
    cr: conversion.cr,
    mapped: conversion.mapped,
    unmapped: conversion.unmapped,
    notes: conversion.notes,
  });
}

describe('migrate --to v2: the conversion of a v1 CR', () => {
  it('maps what the webhook maps, nests stores under `default`, pins the version and detaches', () => {
    const { cr, version, valuesSource } = convertToV2(source(fullValues()));
    expect(version).toBe('0.74.1');
    expect(valuesSource).toBe('spec.values');
    expect(cr).toMatchObject({
      apiVersion: 'apps.wandb.com/v2',
      kind: 'WeightsAndBiases',
      metadata: { name: 'wandb', namespace: 'prod' },
      spec: {
        size: 'small',
        wandb: {
          version: '0.74.1',
          hostname: 'https://wandb.example.com',
          additionalHostnames: ['wandb.internal.example.com'],
          bucketProxy: false,
          features: {},
          internalServiceAuth: { enabled: false },
          serviceAccount: { annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/wandb' } },
        },
        global: {
          customCACerts: [expect.stringContaining('BEGIN CERTIFICATE')],
          caCertsConfigMap: 'corp-cas',
          imageRegistry: 'registry.example.com',
        },
        networking: {
          mode: 'ingress',
          ingress: { ingressClassName: 'nginx' },
          annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '0' },
          tls: { secretName: 'wandb-tls' },
        },
        retentionPolicy: { onDelete: 'detach' },
      },
    });
    expect(cr.spec).not.toHaveProperty('values');
    expect(cr.spec).not.toHaveProperty('chart');
    expect((cr.spec as Json).wandb).not.toHaveProperty('license');
  });

  it('moves every inline secret into a Secret beside the CR and references it; a valueFrom stays as it is', () => {
    const conversion = convertToV2(source(fullValues()));
    const spec = conversion.cr.spec as Json;
    expect(spec.mysql).toEqual({
      default: {
        externalMysql: {
          host: { name: 'wandb-v2-mysql', key: 'Host' },
          port: { name: 'wandb-v2-mysql', key: 'Port' },
          database: { name: 'wandb-v2-mysql', key: 'Database' },
          username: { name: 'wandb-v2-mysql', key: 'Username' },
          password: { name: 'wandb-v2-mysql', key: 'Password' },
        },
      },
    });
    expect(spec.redis).toEqual({
      default: {
        externalRedis: {
          host: { name: 'redis-conn', key: 'Host' },
          port: { name: 'wandb-v2-redis', key: 'Port' },
          password: { name: 'redis-pw', key: 'REDIS_PASSWORD' },
        },
      },
    });
    expect(spec.objectStore.default.externalObjectStore).toEqual({
      provider: { name: 'wandb-v2-bucket', key: 'Provider' },
      bucket: { name: 'wandb-v2-bucket', key: 'Bucket' },
      region: { name: 'wandb-v2-bucket', key: 'Region' },
      accessKey: { name: 'wandb-v2-bucket', key: 'AccessKey' },
      secretKey: { name: 'wandb-v2-bucket', key: 'SecretKey' },
    });
    expect(spec.wandb.oidc).toEqual({
      clientId: { name: 'wandb-v2-oidc', key: 'clientId' },
      clientSecret: { name: 'wandb-v2-oidc', key: 'clientSecret' },
      issuerUrl: { name: 'wandb-v2-oidc', key: 'issuerUrl' },
    });
    // The license and a secret-named variable reach every application from Secrets, through global env.
    expect(spec.wandb.legacyOverrides.global.env).toEqual([
      { name: 'GORILLA_FEATURE', value: 'off' },
      { name: 'GORILLA_LICENSE', valueFrom: { secretKeyRef: { name: 'wandb-v2-license', key: 'license' } } },
      { name: 'LICENSE', valueFrom: { secretKeyRef: { name: 'wandb-v2-license', key: 'license' } } },
      { name: 'SLACK_TOKEN', valueFrom: { secretKeyRef: { name: 'wandb-v2-env', key: 'SLACK_TOKEN' } } },
    ]);

    // The Secrets hold the values (a bucket's region from `bucket` over `defaultBucket`, a port as a string).
    const byName = Object.fromEntries(conversion.secrets.map((s) => [s.name, s]));
    expect(Object.keys(byName).sort()).toEqual([
      'wandb-v2-bucket',
      'wandb-v2-env',
      'wandb-v2-license',
      'wandb-v2-mysql',
      'wandb-v2-oidc',
      'wandb-v2-redis',
    ]);
    expect(byName['wandb-v2-mysql']).toEqual({
      name: 'wandb-v2-mysql',
      namespace: 'prod',
      data: {
        Host: 'mysql.example.internal',
        Port: '3306',
        Database: 'wandb_local',
        Username: 'wandb',
        Password: MYSQL_PASSWORD,
      },
    });
    expect(byName['wandb-v2-bucket'].data).toMatchObject({ Region: 'eu-west-1', AccessKey: ACCESS_KEY });
    expect(byName['wandb-v2-license'].data).toEqual({ license: LICENSE });
    expect(byName['wandb-v2-oidc'].data.clientSecret).toBe(OIDC_SECRET);
    expect(byName['wandb-v2-env'].data).toEqual({ SLACK_TOKEN: TOKEN });

    // No secret anywhere in the CR, its annotations, or the report.
    for (const secret of SECRETS) expect(allText(conversion)).not.toContain(secret);
    expect(conversion.inline).toEqual([]);
  });

  it('keeps the original chart and values in the annotations, with secrets referenced or masked', () => {
    const values = fullValues();
    // A secret the mappings know no place for: masked.
    values.global.smtpPassword = 'smtp-pw-1a2b3c4d5e';
    const chart = {
      url: 'oci://registry.example.com/charts',
      name: 'operator-wandb',
      password: 'oci-pw-9z8y7x6w',
    };
    const conversion = convertToV2({ ...source(values), chart });
    const annotations = (conversion.cr.metadata as Json).annotations;
    const kept = JSON.parse(annotations[V1_VALUES_ANNOTATION]);
    expect(kept.global.mysql.password).toEqual({
      valueFrom: { secretKeyRef: { name: 'wandb-v2-mysql', key: 'Password' } },
    });
    expect(kept.global.license).toEqual({
      valueFrom: { secretKeyRef: { name: 'wandb-v2-license', key: 'license' } },
    });
    expect(kept.global.smtpPassword).toBe('***');
    expect(kept.global.mysql.host).toBe('mysql.example.internal');
    expect(kept.app.extraEnv).toEqual({ APP_ONLY: 'x' });
    expect(JSON.parse(annotations[V1_CHART_ANNOTATION])).toEqual({ ...chart, password: '***' });
    for (const secret of [...SECRETS, 'smtp-pw-1a2b3c4d5e', 'oci-pw-9z8y7x6w']) {
      expect(JSON.stringify(conversion.cr)).not.toContain(secret);
    }
  });

  it('reports what it did not carry over, with the reason, and nothing it did', () => {
    const conversion = convertToV2(source(fullValues()));
    const reasons = Object.fromEntries(conversion.unmapped.map((u) => [u.path, u.reason]));
    expect(Object.keys(reasons)).toEqual([
      'app.extraEnv.APP_ONLY',
      'app.image.repository',
      'global.bucket.kmsKey',
      'global.extraEnv.TEMPLATED',
      'global.repositoryPrefix',
      'ingress.tls.0.hosts.0',
      'ingress.tls.1.secretName',
    ]);
    expect(reasons['app.extraEnv.APP_ONLY']).toContain('per-application overrides');
    expect(reasons['global.extraEnv.TEMPLATED']).toContain('Helm template');
    expect(reasons['global.repositoryPrefix']).toContain('spec.global.imageRegistry');
    expect(reasons['ingress.tls.1.secretName']).toContain('one TLS Secret');
    expect(unmappedLines(conversion).split('\n')).toHaveLength(7);
    // Mapped values say where they went; a moved one names its Secret key, never its value.
    expect(conversion.mapped).toContainEqual({
      from: 'global.mysql.password',
      to: 'spec.mysql.default.externalMysql.password',
      secret: { name: 'wandb-v2-mysql', key: 'Password' },
    });
    expect(conversion.mapped).toContainEqual({ from: 'app.image.tag', to: 'spec.wandb.version' });
  });

  it('reads the spec-active values first, as the webhook does', () => {
    const active = fullValues();
    active.app.image.tag = '0.75.2';
    const conversion = convertToV2(
      source({ global: { host: 'https://stale.example.com' }, app: { image: { tag: '0.70.0' } } }, active),
    );
    expect(conversion.valuesSource).toBe('spec-active');
    expect(conversion.version).toBe('0.75.2');
    expect((conversion.cr.spec as Json).wandb.hostname).toBe('https://wandb.example.com');
  });

  it('a live CR with no values (its body lost): the spec-active values and chart stand in, and it says so', () => {
    const conversion = convertToV2({ ...source({}, fullValues()), chart: {} });
    expect(conversion.valuesSource).toBe('spec-active');
    const annotations = (conversion.cr.metadata as Json).annotations;
    expect(JSON.parse(annotations[V1_CHART_ANNOTATION])).toEqual({
      name: 'operator-wandb',
      version: '0.43.8',
    });
    expect(JSON.parse(annotations[V1_VALUES_ANNOTATION]).global.host).toBe('https://wandb.example.com');
    expect(conversion.notes.join('\n')).toContain('returned no spec.values');
  });

  it('takes api.image.tag when app has none; refuses a missing, non-string or `latest` tag as the webhook would', () => {
    expect(
      convertToV2(source({ global: { host: 'https://w.example.com' }, api: { image: { tag: '0.80.0' } } }))
        .version,
    ).toBe('0.80.0');
    const refused = (values: Json) => {
      try {
        convertToV2(source(values));
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        return error as UserError;
      }
      throw new Error('not refused');
    };
    const missing = refused({ global: { host: 'https://w.example.com' } });
    expect(missing.message).toContain('neither app.image.tag nor api.image.tag');
    expect(missing.fix).toContain('spec.values.app.image.tag');
    const number = refused({ global: { host: 'https://w.example.com' }, app: { image: { tag: 0.74 } } });
    expect(number.message).toContain('spec.values.app.image.tag is the number 0.74, not a string');
    expect(number.fix).toContain('Quote the tag');
    expect(
      refused({ global: { host: 'https://w.example.com' }, app: { image: { tag: 'latest' } } }).message,
    ).toContain('`latest`');
    expect(refused({ app: { image: { tag: '0.74.1' } } }).message).toContain('no global.host');
    expect(
      refused({ global: { host: 'https://w.example.com', size: 'huge' }, app: { image: { tag: '0.74.1' } } })
        .message,
    ).toContain('not a v2 size');
    expect(
      refused({
        global: { host: 'https://w.example.com', mysql: { password: { secretKeyRef: { name: 'x' } } } },
        app: { image: { tag: '0.74.1' } },
      }).message,
    ).toContain('spec.values.global.mysql.password is a map, but not {valueFrom');
  });

  it('v1 Secret blocks become selectors with the webhook default keys; ingress off means no networking', () => {
    const conversion = convertToV2(
      source({
        global: {
          host: 'https://w.example.com',
          licenseSecret: { name: 'wandb-license', key: 'LIC' },
          mysql: { host: 'db', passwordSecret: { name: 'mysql-pw' } },
          bucket: { name: 'files', secret: { secretName: 'bucket-keys' } },
          auth: { oidc: { clientId: 'c', oidcSecret: { name: 'oidc' } } },
          clickhouse: { host: 'ch', passwordSecret: { name: 'ch-pw' }, replicated: true },
          internalJWTMap: [{ issuer: 'https://kubernetes.default.svc', subject: 'x' }],
        },
        app: { image: { tag: '0.74.1' } },
        ingress: { install: false },
      }),
    );
    const spec = conversion.cr.spec as Json;
    expect(spec.mysql.default.externalMysql.password).toEqual({ name: 'mysql-pw', key: 'MYSQL_PASSWORD' });
    expect(spec.objectStore.default.externalObjectStore).toMatchObject({
      accessKey: { name: 'bucket-keys', key: 'ACCESS_KEY' },
      secretKey: { name: 'bucket-keys', key: 'SECRET_KEY' },
    });
    expect(spec.wandb.oidc.clientSecret).toEqual({ name: 'oidc', key: 'OIDC_SECRET' });
    expect(spec.clickhouse.default.externalClickhouse).toEqual({
      host: { name: 'wandb-v2-clickhouse', key: 'Host' },
      password: { name: 'ch-pw', key: 'CLICKHOUSE_PASSWORD' },
      replicated: { name: 'wandb-v2-clickhouse', key: 'Replicated' },
    });
    expect(spec.wandb.internalServiceAuth).toEqual({ oidcIssuer: 'https://kubernetes.default.svc' });
    expect(spec.wandb.legacyOverrides.global.env).toEqual([
      { name: 'GORILLA_LICENSE', valueFrom: { secretKeyRef: { name: 'wandb-license', key: 'LIC' } } },
      { name: 'LICENSE', valueFrom: { secretKeyRef: { name: 'wandb-license', key: 'LIC' } } },
    ]);
    expect(spec).not.toHaveProperty('networking');
    expect(conversion.secrets.map((s) => s.name).sort()).toEqual([
      'wandb-v2-bucket',
      'wandb-v2-clickhouse',
      'wandb-v2-mysql',
      'wandb-v2-oidc',
    ]);
  });

  it('without an external MySQL, says the v2 operator provisions its own and the data is not moved', () => {
    const conversion = convertToV2(
      source({
        global: { host: 'https://w.example.com' },
        app: { image: { tag: '0.74.1' } },
        mysql: { install: true },
      }),
    );
    expect(conversion.cr.spec).not.toHaveProperty('mysql');
    expect(conversion.notes.join('\n')).toContain('the data of the old MySQL is not moved');
    expect(conversion.unmapped).toEqual([
      { path: 'mysql.install', reason: expect.stringContaining('in-cluster store') },
    ]);
  });

  it('what the v1 operator adds to spec-active, and an in-cluster store turned off, are no loss to report', () => {
    const conversion = convertToV2(
      source(
        {},
        {
          global: {
            host: 'https://w.example.com',
            mysql: { host: 'db' },
            operator: { namespace: 'wandb-cr', apiVersion: 'apps.wandb.com/v1' },
          },
          app: { image: { tag: '0.74.1' } },
          mysql: { install: false },
        },
      ),
    );
    expect(conversion.unmapped).toEqual([
      {
        path: 'global.operator.apiVersion',
        reason: expect.stringContaining('set by the v1 operator itself'),
      },
      { path: 'global.operator.namespace', reason: expect.stringContaining('set by the v1 operator itself') },
    ]);
  });
});

describe('migrate --to v2: the produced CR passes our own v2 validation', () => {
  it('validates the converted CR with no error, through buildConfig from the file text as `validate` reads it', () => {
    const conversion = convertToV2(source(fullValues()));
    expect(validateV2(conversion.cr).filter((f) => f.severity === 'error')).toEqual([]);
    const text = v2CrFileText(conversion, {
      source: 'weightsandbiases/wandb (namespace prod)',
      secretsFile: 's.yaml',
    });
    const built = buildConfig([{ path: 'wandb-v2.yaml', text }], [], { name: 'wandb', namespace: 'prod' });
    expect(built.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(hasErrors(built.diagnostics)).toBe(false);
    expect(built.cr.apiVersion).toBe('apps.wandb.com/v2');
    expect(built.secrets).toEqual([]);
    // The file names the Secrets and what was left out; no value.
    expect(text).toContain('#   wandb-v2-mysql: Host, Port, Database, Username, Password');
    expect(text).toContain('#   global.repositoryPrefix');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(parse(text).spec.wandb.version).toBe('0.74.1');
  });

  it('a minimal v1 CR (host and tag only) converts to a valid v2 CR', () => {
    const conversion = convertToV2(
      source({
        global: { host: 'https://w.example.com', license: LICENSE },
        app: { image: { tag: '0.74.1' } },
      }),
    );
    expect(validateV2(conversion.cr).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the Secrets file holds one manifest per Secret, readable for review', () => {
    const conversion = convertToV2(source(fullValues()));
    const docs = parseAllDocuments(secretsFileText(conversion)).map((d) => d.toJSON());
    expect(docs).toHaveLength(6);
    const mysql = docs.find((d) => d.metadata.name === 'wandb-v2-mysql');
    expect(mysql).toMatchObject({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { namespace: 'prod' },
      type: 'Opaque',
      stringData: { Port: '3306', Password: MYSQL_PASSWORD },
    });
  });
});

/** A v1 CR with host and tag, plus `global` additions. */
function minimal(global: Json, rest: Json = {}): V1Source {
  return source({
    global: { host: 'https://w.example.com', ...global },
    app: { image: { tag: '0.74.1' } },
    ...rest,
  });
}

function validOrFindings(conversion: ReturnType<typeof convertToV2>): unknown[] {
  return validateV2(conversion.cr).filter((f) => f.severity === 'error');
}

function annotationValues(conversion: ReturnType<typeof convertToV2>): Json {
  return JSON.parse((conversion.cr.metadata as Json).annotations[V1_VALUES_ANNOTATION]);
}

describe('migrate --to v2: env entries of the form {value: ...}', () => {
  const AWS_SECRET = 'wJalrENTRYsecretKEY-to-v2-77';
  const OVERRIDDEN = 'overridden-token-to-v2-55';

  it('moves a secret-named entry into the env Secret, references it in the CR and in the annotation', () => {
    const conversion = convertToV2(
      minimal({
        extraEnv: {
          AWS_SECRET_ACCESS_KEY: { value: AWS_SECRET },
          LOG_LEVEL: { value: 'debug' },
          WORKERS: { value: 4 },
          GITHUB_TOKEN: { value: OVERRIDDEN },
        },
        // global.env wins over global.extraEnv, as in the chart.
        env: { GITHUB_TOKEN: { valueFrom: { secretKeyRef: { name: 'gh', key: 'token' } } } },
      }),
    );
    const spec = conversion.cr.spec as Json;
    expect(spec.wandb.legacyOverrides.global.env).toEqual([
      {
        name: 'AWS_SECRET_ACCESS_KEY',
        valueFrom: { secretKeyRef: { name: 'wandb-v2-env', key: 'AWS_SECRET_ACCESS_KEY' } },
      },
      { name: 'GITHUB_TOKEN', valueFrom: { secretKeyRef: { name: 'gh', key: 'token' } } },
      { name: 'LOG_LEVEL', value: 'debug' },
      { name: 'WORKERS', value: '4' },
    ]);
    expect(conversion.secrets).toEqual([
      { name: 'wandb-v2-env', namespace: 'prod', data: { AWS_SECRET_ACCESS_KEY: AWS_SECRET } },
    ]);
    expect(conversion.mapped).toContainEqual({
      from: 'global.extraEnv.AWS_SECRET_ACCESS_KEY',
      to: 'spec.wandb.legacyOverrides.global.env[AWS_SECRET_ACCESS_KEY]',
      secret: { name: 'wandb-v2-env', key: 'AWS_SECRET_ACCESS_KEY' },
    });
    // The annotation shows the entry as v2 has it; the overridden lower layer is masked.
    expect(annotationValues(conversion).global.extraEnv).toEqual({
      AWS_SECRET_ACCESS_KEY: {
        valueFrom: { secretKeyRef: { name: 'wandb-v2-env', key: 'AWS_SECRET_ACCESS_KEY' } },
      },
      LOG_LEVEL: { value: 'debug' },
      WORKERS: { value: 4 },
      GITHUB_TOKEN: { value: '***' },
    });
    const crText = v2CrFileText(conversion, { source: 'x', secretsFile: 's.yaml' });
    for (const secret of [AWS_SECRET, OVERRIDDEN]) {
      expect(allText(conversion)).not.toContain(secret);
      expect(crText).not.toContain(secret);
    }
    expect(conversion.inline).toEqual([]);
    expect(validOrFindings(conversion)).toEqual([]);
  });
});

describe('migrate --to v2: a Redis port with parameters', () => {
  const redisTo = (conversion: ReturnType<typeof convertToV2>) =>
    (conversion.cr.spec as Json).redis.default.externalRedis;
  const redisData = (conversion: ReturnType<typeof convertToV2>) =>
    conversion.secrets.find((s) => s.name === 'wandb-v2-redis')?.data;
  const reasons = (conversion: ReturnType<typeof convertToV2>) =>
    Object.fromEntries(conversion.unmapped.map((u) => [u.path, u.reason]));

  it('splits `6379?tls=true&...`: the number to Port, tls to the tls field, every other parameter reported', () => {
    const conversion = convertToV2(
      minimal({
        redis: { host: 'redis.example.com', port: '6379?tls=true&ttlInSeconds=604800&poolSize=20' },
      }),
    );
    expect(redisTo(conversion)).toEqual({
      host: { name: 'wandb-v2-redis', key: 'Host' },
      port: { name: 'wandb-v2-redis', key: 'Port' },
      tls: { name: 'wandb-v2-redis', key: 'Tls' },
    });
    expect(redisData(conversion)).toEqual({ Host: 'redis.example.com', Port: '6379', Tls: 'true' });
    const why = reasons(conversion);
    expect(Object.keys(why).sort()).toEqual(['global.redis.port?poolSize', 'global.redis.port?ttlInSeconds']);
    expect(why['global.redis.port?poolSize']).toContain('the v2 external Redis has no field for it');
    expect(why['global.redis.port?ttlInSeconds']).toContain('its own default ttlInSeconds=604800 wins');
    expect(conversion.mapped).toContainEqual({
      from: 'global.redis.port?tls',
      to: 'spec.redis.default.externalRedis.tls',
      secret: { name: 'wandb-v2-redis', key: 'Tls' },
    });
    expect(validOrFindings(conversion)).toEqual([]);
  });

  it('takes tls from the source the chart lets win, and reports the one it overrode', () => {
    // A CA certificate makes the chart set tls=true whatever the port says.
    const withCa = convertToV2(
      minimal({ redis: { host: 'r', port: '6380?tls=false', caCert: '-----BEGIN CERTIFICATE-----\nMIIB' } }),
    );
    expect(redisData(withCa)).toMatchObject({ Port: '6380', Tls: 'true' });
    expect(reasons(withCa)['global.redis.port?tls']).toContain('took tls from global.redis.caCert');
    expect(withCa.mapped).toContainEqual(
      expect.objectContaining({
        from: 'global.redis.caCert',
        to: expect.stringContaining('with a CA certificate'),
      }),
    );
    // The port's parameters come before params.
    const portFirst = convertToV2(
      minimal({ redis: { host: 'r', port: '6379?tls=true', params: { tls: 'false' } } }),
    );
    expect(redisData(portFirst)).toMatchObject({ Tls: 'true' });
    expect(reasons(portFirst)['global.redis.params.tls']).toContain('took tls from global.redis.port?tls');
    // A boolean false is "empty" to Helm's merge: parameters.tls fills it.
    const falseIsEmpty = convertToV2(
      minimal({ redis: { host: 'r', params: { tls: false }, parameters: { tls: true } } }),
    );
    expect(redisData(falseIsEmpty)).toMatchObject({ Tls: 'true' });
    expect(Object.keys(reasons(falseIsEmpty))).toEqual(['global.redis.params.tls']);
    // Agreeing sources are no loss; a plain port is moved as it is.
    const plain = convertToV2(
      minimal({ redis: { host: 'r', port: 6379, params: { tls: 'true' }, parameters: { tls: 'true' } } }),
    );
    expect(plain.unmapped).toEqual([]);
    expect(redisData(plain)).toEqual({ Host: 'r', Port: '6379', Tls: 'true' });
    for (const c of [withCa, portFirst, falseIsEmpty, plain]) expect(validOrFindings(c)).toEqual([]);
  });

  it('a credential in the port names no value anywhere: reported by name, masked in the annotation', () => {
    const conversion = convertToV2(
      minimal({ redis: { host: 'r', port: '6379?password=redis-port-pw-1234' } }),
    );
    expect(redisData(conversion)).toEqual({ Host: 'r', Port: '6379' });
    expect(reasons(conversion)['global.redis.port?password']).toContain('no field for it');
    expect(annotationValues(conversion).global.redis.port).toBe('6379?password=***');
    expect(JSON.stringify(conversion.cr)).not.toContain('redis-port-pw-1234');
    expect(allText(conversion)).not.toContain('redis-port-pw-1234');
  });
});

describe('migrate --to v2: the chart defaults of an external MySQL', () => {
  it("fills port, database and user the values leave unset with the chart's 3306 / wandb_local / wandb", () => {
    const conversion = convertToV2(minimal({ mysql: { host: 'db.example.com', password: MYSQL_PASSWORD } }));
    expect((conversion.cr.spec as Json).mysql.default.externalMysql).toEqual({
      host: { name: 'wandb-v2-mysql', key: 'Host' },
      port: { name: 'wandb-v2-mysql', key: 'Port' },
      database: { name: 'wandb-v2-mysql', key: 'Database' },
      username: { name: 'wandb-v2-mysql', key: 'Username' },
      password: { name: 'wandb-v2-mysql', key: 'Password' },
    });
    expect(conversion.secrets.find((s) => s.name === 'wandb-v2-mysql')?.data).toEqual({
      Host: 'db.example.com',
      Password: MYSQL_PASSWORD,
      Port: '3306',
      Database: 'wandb_local',
      Username: 'wandb',
    });
    const note = conversion.notes.find((n) => n.includes('the v1 chart connected with its defaults'));
    expect(note).toContain('without port, database and user, so');
    expect(note).toContain('port 3306, database wandb_local, user wandb');
    expect(note).toContain('Secret wandb-v2-mysql');
    expect(conversion.mapped).toContainEqual({
      from: 'global.mysql.database',
      to: "spec.mysql.default.externalMysql.database (unset in v1: the chart's default, wandb_local)",
      secret: { name: 'wandb-v2-mysql', key: 'Database' },
    });
    expect(conversion.unmapped).toEqual([]);
    expect(validOrFindings(conversion)).toEqual([]);
  });

  it('keeps what the values give, fills only the rest, and fills nothing without an external host', () => {
    const given = convertToV2(
      minimal({
        mysql: {
          host: 'db',
          port: '3307',
          user: { valueFrom: { secretKeyRef: { name: 'u', key: 'user' } } },
        },
      }),
    );
    expect((given.cr.spec as Json).mysql.default.externalMysql.username).toEqual({ name: 'u', key: 'user' });
    expect(given.secrets.find((s) => s.name === 'wandb-v2-mysql')?.data).toEqual({
      Host: 'db',
      Port: '3307',
      Database: 'wandb_local',
    });
    expect(given.notes.join('\n')).toContain(
      'without database, so the v1 chart connected with its defaults (database wandb_local)',
    );
    const noHost = convertToV2(minimal({ mysql: { passwordSecret: { name: 'mysql-pw' } } }));
    expect((noHost.cr.spec as Json).mysql.default.externalMysql).toEqual({
      password: { name: 'mysql-pw', key: 'MYSQL_PASSWORD' },
    });
    expect(noHost.notes.join('\n')).not.toContain('connected with its defaults');
  });
});

describe('migrate --to v2: nothing dropped without a word', () => {
  it('reports env values that are neither scalars nor {value}/{valueFrom}, and non-string annotation values', () => {
    const conversion = convertToV2(
      minimal(
        {
          extraEnv: { LIST: ['a', 'b'], ODD: { other: 1 }, GONE: null, KEPT: 'yes' },
        },
        {
          ingress: {
            annotations: {
              'nginx.ingress.kubernetes.io/proxy-body-size': '0',
              'example.com/rules': { paths: ['/a'] },
              'example.com/removed': null,
            },
          },
        },
      ),
    );
    const reasons = Object.fromEntries(conversion.unmapped.map((u) => [u.path, u.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'global.extraEnv.LIST.0',
      'global.extraEnv.LIST.1',
      'global.extraEnv.ODD.other',
      'ingress.annotations[example.com/rules].paths.0',
    ]);
    expect(reasons['global.extraEnv.LIST.0']).toContain('an environment variable holds one string');
    expect(reasons['global.extraEnv.ODD.other']).toContain('neither a value (a string) nor a valueFrom');
    expect(reasons['ingress.annotations[example.com/rules].paths.0']).toContain(
      'an annotation value must be a string',
    );
    const spec = conversion.cr.spec as Json;
    expect(spec.wandb.legacyOverrides.global.env).toEqual([{ name: 'KEPT', value: 'yes' }]);
    expect(spec.networking.annotations).toEqual({ 'nginx.ingress.kubernetes.io/proxy-body-size': '0' });
    expect(unmappedLines(conversion).split('\n')).toHaveLength(4);
  });
});

describe('migrate --to v2: a masked value (***) is never moved into a Secret', () => {
  it('reports each masked literal as not carried over, and writes nothing for it', () => {
    const conversion = convertToV2(
      minimal(
        {
          mysql: { host: 'db', password: '***' },
          extraEnv: { SLACK_TOKEN: '***', AWS_SECRET_ACCESS_KEY: { value: '***' }, PLAIN: '***' },
          bucket: { name: 'files', accessKey: '***', secretKey: '***' },
        },
        { ingress: { annotations: { 'example.com/auth-token': '***' } } },
      ),
    );
    const reasons = Object.fromEntries(conversion.unmapped.map((u) => [u.path, u.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      'global.bucket.accessKey',
      'global.bucket.secretKey',
      'global.extraEnv.AWS_SECRET_ACCESS_KEY.value',
      'global.extraEnv.PLAIN',
      'global.extraEnv.SLACK_TOKEN',
      'global.mysql.password',
      'ingress.annotations[example.com/auth-token]',
    ]);
    for (const reason of Object.values(reasons))
      expect(reason).toContain('the value was masked (***) where it was read');
    for (const secret of conversion.secrets) expect(Object.values(secret.data)).not.toContain('***');
    expect(conversion.secrets.map((s) => s.name).sort()).toEqual(['wandb-v2-bucket', 'wandb-v2-mysql']);
    const spec = conversion.cr.spec as Json;
    expect(spec.mysql.default.externalMysql).not.toHaveProperty('password');
    expect(spec.objectStore.default.externalObjectStore).toEqual({
      bucket: { name: 'wandb-v2-bucket', key: 'Bucket' },
    });
    expect(spec.wandb).not.toHaveProperty('legacyOverrides');
    expect(JSON.stringify(spec)).not.toContain('***');
    expect(conversion.mapped.map((m) => m.from)).not.toContain('global.mysql.password');
    expect(validOrFindings(conversion)).toEqual([]);
  });
});

describe('migrate --to v2: Redis tls that the chart would not print', () => {
  it('an empty tls is no tls; a lone false is tls=false', () => {
    const empty = convertToV2(minimal({ redis: { host: 'r', port: '6379?tls=', params: { tls: '' } } }));
    expect((empty.cr.spec as Json).redis.default.externalRedis).not.toHaveProperty('tls');
    expect(empty.unmapped).toEqual([]);
    const off = convertToV2(minimal({ redis: { host: 'r', params: { tls: false } } }));
    expect(off.secrets.find((s) => s.name === 'wandb-v2-redis')?.data).toEqual({ Host: 'r', Tls: 'false' });
  });
});

describe('migrate --to v2: global.extraEnv written as a list', () => {
  it('is reported as not carried over, and a secret in it is masked in the annotation', () => {
    const conversion = convertToV2(
      minimal({ extraEnv: [{ name: 'AWS_SECRET_ACCESS_KEY', value: 'list-env-secret-to-v2-31' }] }),
    );
    expect(conversion.unmapped.map((u) => u.path)).toEqual([
      'global.extraEnv.0.name',
      'global.extraEnv.0.value',
    ]);
    expect(conversion.unmapped[0].reason).toContain('not a map of variable names to values');
    expect(annotationValues(conversion).global.extraEnv).toEqual([
      { name: 'AWS_SECRET_ACCESS_KEY', value: '***' },
    ]);
    expect(allText(conversion)).not.toContain('list-env-secret-to-v2-31');
  });
});
