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
