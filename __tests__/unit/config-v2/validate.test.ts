import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import {
  buildConfig,
  formatDiagnostic,
  hasErrors,
  type BuiltConfig,
  type Diagnostic,
} from '../../../src/config/index.js';

/**
 * v2 CRs (apps.wandb.com/v2) through the same entry as v1 (buildConfig), with the operator's own samples
 * read from ../shared/reference/operator-v2 at test time.
 *
 * The samples as published do not fit the CRD published with them (both from wandb/operator main,
 * 2026-08-21): the CRD's `spec.mysql` (redis, objectStore, clickhouse) maps instance names to settings, and
 * it requires `spec.retentionPolicy` and `spec.wandb.bucketProxy`. The loopback API server with that CRD
 * refuses both samples with exactly these problems (kubectl: unknown fields under spec.mysql.managedMysql...,
 * then "spec.retentionPolicy: Required value" / "spec.wandb.bucketProxy: Required value"; see
 * __tests__/cluster/operator-v2.test.ts). So the published samples fail here, each problem at its line, and
 * the samples corrected in the least way (`fit`) validate.
 */
const SHARED = join(process.cwd(), '..', 'shared', 'reference', 'operator-v2');
const sample = (name: string) => readFileSync(join(SHARED, name), 'utf8');
const defaults = { name: 'wandb', namespace: 'wandb' };

function build(files: Array<{ path: string; text: string }>, sets: string[] = []): BuiltConfig {
  return buildConfig(files, sets, defaults);
}
const at = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity}`;
const errors = (built: BuiltConfig) => built.diagnostics.filter((d) => d.severity === 'error');

/** 1-based line of the first line of `text` containing `needle` (after line `after`). */
function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  throw new Error(`${needle} not in text`);
}
function columnOf(text: string, needle: string, after = 0): number {
  return text.split('\n')[lineOf(text, needle, after) - 1].indexOf(needle) + 1;
}

/**
 * The least change that makes a published sample fit the CRD: each store's settings nested under the
 * instance `default`, `retentionPolicy.onDelete: detach`, and spec.wandb with a pinned version, a hostname
 * and bucketProxy where the sample lacks them.
 */
function fit(text: string): string {
  const doc = parseDocument(text);
  for (const store of ['mysql', 'redis', 'objectStore', 'clickhouse']) {
    const node = doc.getIn(['spec', store]);
    if (node)
      doc.setIn(['spec', store], doc.createNode({ default: (node as { toJSON(): unknown }).toJSON() }));
  }
  if (!doc.hasIn(['spec', 'retentionPolicy'])) doc.setIn(['spec', 'retentionPolicy'], { onDelete: 'detach' });
  if (!doc.hasIn(['spec', 'wandb', 'version'])) doc.setIn(['spec', 'wandb', 'version'], '0.81.0');
  if (!doc.hasIn(['spec', 'wandb', 'hostname']))
    doc.setIn(['spec', 'wandb', 'hostname'], 'https://wandb.example.com');
  if (!doc.hasIn(['spec', 'wandb', 'bucketProxy'])) doc.setIn(['spec', 'wandb', 'bucketProxy'], false);
  if (!doc.hasIn(['spec', 'wandb', 'features'])) doc.setIn(['spec', 'wandb', 'features'], {});
  return doc.toString();
}

describe('the operator samples (read from ../shared/reference/operator-v2)', () => {
  it('sample-v2.yaml as published fails where the API server does, each problem at its line', () => {
    const text = sample('sample-v2.yaml');
    const built = build([{ path: 'sample-v2.yaml', text }]);
    const shown = errors(built).map((d) => `${at(d)} ${d.path}: ${d.message}`);
    expect(shown).toEqual([
      `sample-v2.yaml:${lineOf(text, 'spec:')}:1 error spec: \`spec\` is missing \`retentionPolicy\`, which the v2 CRD requires`,
      `sample-v2.yaml:${lineOf(text, 'spec:')}:1 error spec: \`spec.wandb.version\` is not set: the v2 operator requires a pinned W&B Server version`,
      expect.stringMatching(
        new RegExp(
          `^sample-v2.yaml:${lineOf(text, 'managedMysql:')}:5 error spec.mysql.managedMysql: \`spec.mysql\` maps instance names to their settings`,
        ),
      ),
      expect.stringContaining(
        `sample-v2.yaml:${lineOf(text, 'managedRedis:')}:5 error spec.redis.managedRedis`,
      ),
      expect.stringContaining(
        `sample-v2.yaml:${lineOf(text, 'managedObjectStore:')}:5 error spec.objectStore.managedObjectStore`,
      ),
      expect.stringContaining(
        `sample-v2.yaml:${lineOf(text, 'managedClickhouse:')}:5 error spec.clickhouse.managedClickhouse`,
      ),
    ]);
    const mysql = errors(built).find((d) => d.path === 'spec.mysql.managedMysql')!;
    expect(mysql.fix).toBe(
      "Nest it under an instance name: `spec.mysql.default.managedMysql` (the CRD's status columns read the instance `default`).",
    );
    // spec.kafka is one object (not a map of instances): the sample's managedKafka fits as it is.
    expect(built.diagnostics.some((d) => d.path.startsWith('spec.kafka'))).toBe(false);
  });

  it('sample-v2-external.yaml as published fails at the same places the API server names', () => {
    const text = sample('sample-v2-external.yaml');
    const built = build([{ path: 'sample-v2-external.yaml', text }]);
    expect(errors(built).map((d) => `${at(d)} ${d.path}`)).toEqual([
      `sample-v2-external.yaml:${lineOf(text, '  wandb:')}:3 error spec.wandb`,
      `sample-v2-external.yaml:${lineOf(text, 'externalMysql:')}:5 error spec.mysql.externalMysql`,
      `sample-v2-external.yaml:${lineOf(text, 'externalRedis:')}:5 error spec.redis.externalRedis`,
      `sample-v2-external.yaml:${lineOf(text, 'externalObjectStore:')}:5 error spec.objectStore.externalObjectStore`,
      `sample-v2-external.yaml:${lineOf(text, 'managedClickhouse:')}:5 error spec.clickhouse.managedClickhouse`,
    ]);
    expect(errors(built)[0].message).toBe('`spec.wandb` is missing `bucketProxy`, which the v2 CRD requires');
    expect(errors(built)[0].fix).toBe('Add `bucketProxy:` (true or false) under `spec.wandb`.');
  });

  it.each(['sample-v2.yaml', 'sample-v2-external.yaml'])(
    '%s, fitted to the CRD in the least way, validates with no finding',
    (name) => {
      const built = build([{ path: name, text: fit(sample(name)) }]);
      expect(built.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(built.cr.apiVersion).toBe('apps.wandb.com/v2');
      // Name from the sample, namespace from the sample or --namespace; no spec.values is invented.
      expect((built.cr.spec as Record<string, unknown>).values).toBeUndefined();
      expect(built.chart.note).toMatch(
        /^no chart: a v2 CR \(apps.wandb.com\/v2\) takes no Helm chart or values/,
      );
    },
  );
});

describe('broken variants of the fitted external sample fail at file:line', () => {
  const good = fit(sample('sample-v2-external.yaml'));
  const variant = (edit: (text: string) => string) => {
    const text = edit(good);
    return { text, built: build([{ path: 'cr.yaml', text }]) };
  };

  it.each([
    ['latest', 'version: latest', '`latest`'],
    ['empty', 'version: ""', 'empty'],
  ])('an unpinned version (%s) is an error at the version', (_, line, word) => {
    const { text, built } = variant((t) => t.replace(/version: .*$/m, line));
    const [error] = errors(built);
    expect(errors(built)).toHaveLength(1);
    expect(at(error)).toBe(
      `cr.yaml:${lineOf(text, line)}:${columnOf(text, line) + 'version: '.length} error`,
    );
    expect(error.message).toBe(
      `\`spec.wandb.version\` is ${word}: the v2 operator requires a pinned version and refuses this one`,
    );
    expect(error.fix).toContain('version: "0.81.0"');
  });

  it('a version YAML reads as a number, and one that is not X.Y.Z, are said', () => {
    const number = variant((t) => t.replace(/version: .*$/m, 'version: 0.81'));
    expect(errors(number.built).map((d) => d.message)).toEqual([
      '`spec.wandb.version` is the number 0.81, which YAML made of an unquoted version',
    ]);
    const loose = variant((t) => t.replace(/version: .*$/m, 'version: "0.81"'));
    expect(errors(loose.built)).toEqual([]);
    expect(loose.built.diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual([
      'warning: `spec.wandb.version` `0.81` is not an exact version (X.Y.Z): upgrade-check and the support policy cannot place it',
    ]);
  });

  it('managed and external for one store is an error at the second of the two keys', () => {
    const { text, built } = variant((t) =>
      t.replace(
        '      externalMysql:\n',
        '      managedMysql:\n        storageSize: 5Gi\n      externalMysql:\n',
      ),
    );
    expect(errors(built).map((d) => `${at(d)} ${d.path}`)).toEqual([
      `cr.yaml:${lineOf(text, 'externalMysql:')}:7 error spec.mysql.default.externalMysql`,
    ]);
    expect(errors(built)[0].message).toBe(
      '`spec.mysql.default` sets both `managedMysql` and `externalMysql`: an instance is managed by the operator or external, not both',
    );
  });

  it('a Secret reference without its key is an error at the reference, said once', () => {
    const { text, built } = variant((t) =>
      t.replace(/(password:\n\s+name: external-mysql-connection)\n\s+key: Password/, '$1'),
    );
    expect(errors(built).map((d) => `${at(d)} ${d.path}`)).toEqual([
      `cr.yaml:${lineOf(text, 'password:', lineOf(text, 'externalMysql:'))}:9 error spec.mysql.default.externalMysql.password`,
    ]);
    expect(errors(built)[0].message).toBe(
      'the Secret reference `spec.mysql.default.externalMysql.password` names the Secret `external-mysql-connection` but gives no key: which entry of the Secret holds the value is not said',
    );
  });

  it('a Secret reference without a name (which the API server would default to "") is an error', () => {
    const { text, built } = variant((t) =>
      t.replace(/(accessKey:\n)\s+name: external-objectstore-connection\n/, '$1'),
    );
    const [error] = errors(built);
    expect(at(error)).toBe(`cr.yaml:${lineOf(text, 'accessKey:')}:9 error`);
    expect(error.message).toContain('names no Secret (it gives only the key `AccessKey`)');
  });

  it.each([
    ['wandb.example.com', 'is not a URL (it needs the scheme, https:// or http://)'],
    ['https://wandb.example.com/wandb', 'must have no path (found `/wandb`)'],
    ['ftp://wandb.example.com', 'must start with https:// or http://, not ftp://'],
  ])('hostname %s is an error at the hostname', (host, problem) => {
    const { text, built } = variant((t) => t.replace(/hostname: .*$/m, `hostname: ${host}`));
    expect(errors(built).map((d) => `${at(d)} ${d.message}`)).toEqual([
      `cr.yaml:${lineOf(text, 'hostname:')}:15 error \`spec.wandb.hostname\` \`${host}\` ${problem}`,
    ]);
  });

  it('an unknown field is an error with the closest field as its fix; a wrong enum names the allowed values', () => {
    const { text, built } = variant((t) => t.replace('  size: dev', '  size: huge\n  retentionPolcy: {}'));
    expect(errors(built).map((d) => `${at(d)} ${d.message} / ${d.fix}`)).toEqual([
      `cr.yaml:${lineOf(text, 'size: huge')}:9 error \`spec.size\` is the string \`huge\`; the v2 CRD allows one of \`dev\`, \`micro\`, \`small\`, \`medium\`, \`large\`, \`xlarge\`, \`xxlarge\` / Set \`spec.size\` to one of \`dev\`, \`micro\`, \`small\`, \`medium\`, \`large\`, \`xlarge\`, \`xxlarge\`.`,
      `cr.yaml:${lineOf(text, 'retentionPolcy')}:3 error \`retentionPolcy\` is not a field of \`spec\` in the v2 CRD: kubectl refuses it and the API server would drop it / Rename \`retentionPolcy\` to \`retentionPolicy\`.`,
    ]);
  });

  it("the CRD's defaults count before `required`, as in the API server (retentionPolicy: {})", () => {
    const { built } = variant((t) => t.replace(/retentionPolicy:\n\s+onDelete: \w+/, 'retentionPolicy: {}'));
    expect(built.diagnostics).toEqual([]);
    // The default is applied to a copy only: the CR renders as written.
    expect((built.cr.spec as Record<string, unknown>).retentionPolicy).toEqual({});
  });

  it("the CRD's CEL rule (minReplicas <= maxReplicas) is checked", () => {
    const { built } = variant((t) =>
      t.replace(
        '  wandb:\n',
        '  wandb:\n    applications:\n      api:\n        autoscaling: {minReplicas: 3, maxReplicas: 2}\n',
      ),
    );
    expect(errors(built).map((d) => d.message)).toEqual([
      "`spec.wandb.applications.api.autoscaling`: minReplicas 3 is more than maxReplicas 2 (the CRD's rule: minReplicas must be <= maxReplicas)",
    ]);
  });
});

describe('layering for v2', () => {
  const base = fit(sample('sample-v2-external.yaml'));

  it('whole-CR layers merge as for v1, and a problem is placed where the winning layer set it', () => {
    const overlay = 'spec:\n  wandb:\n    version: latest\n  size: small\n';
    const built = build([
      { path: 'base.yaml', text: base },
      { path: 'prod.yaml', text: overlay },
    ]);
    expect((built.cr.spec as { size: string }).size).toBe('small');
    expect(errors(built).map((d) => `${at(d)} ${d.path}`)).toEqual([
      'prod.yaml:3:14 error spec.wandb.version',
    ]);
  });

  it('the apiVersion of the last layer that sets one chooses the path; a v1-shaped CR file stays v1', () => {
    const v1 =
      'apiVersion: apps.wandb.com/v1\nkind: WeightsAndBiases\nspec:\n  values:\n    global:\n      host: https://wandb.example.com\n';
    const back = build([
      { path: 'new.yaml', text: base },
      { path: 'old.yaml', text: v1 },
    ]);
    expect(back.cr.apiVersion).toBe('apps.wandb.com/v1');
    expect(back.chart.note).not.toMatch(/v2/);
    // A CR file with spec.values under a v2 apiVersion is a v1 CR with the wrong apiVersion: the v1 path says so.
    const mislabelled = build([{ path: 'old.yaml', text: v1.replace('/v1', '/v2') }]);
    expect(errors(mislabelled).map((d) => `${at(d)} ${d.message}`)).toEqual([
      'old.yaml:1:13 error apiVersion must be `apps.wandb.com/v1` (the version the v1 operator serves)',
    ]);
  });

  it('a values overlay with a v2 CR is an error at the overlay, and is left out', () => {
    const built = build([
      { path: 'cr.yaml', text: base },
      { path: 'values.yaml', text: '# Helm values\nglobal:\n  host: https://other.example.com\n' },
    ]);
    expect(errors(built).map((d) => `${at(d)} ${d.message}`)).toEqual([
      'values.yaml:2:1 error values.yaml is a values overlay (bare Helm values for operator-wandb, merged under spec.values): values overlays do not apply to a v2 CR (apps.wandb.com/v2), which takes a typed spec and no Helm values',
    ]);
    expect((built.cr.spec as Record<string, unknown>).values).toBeUndefined();
  });

  it('a --set without a CR path (a v1 values path) is an error; --set spec.* applies', () => {
    const built = build(
      [{ path: 'cr.yaml', text: base }],
      ['global.host=https://x.example.com', 'spec.wandb.version=0.82.1'],
    );
    expect(errors(built).map((d) => `${at(d)} ${d.message} / ${d.fix}`)).toEqual([
      '--set:1:1 error --set global.host addresses spec.values, the Helm values of a v1 CR; a v2 CR (apps.wandb.com/v2) has no Helm values / Address the v2 spec from its top: --set spec.global.host=VALUE if that is a v2 field (e.g. --set spec.wandb.version=0.81.0).',
    ]);
    expect((built.cr.spec as { wandb: { version: string } }).wandb.version).toBe('0.82.1');
  });

  it('name and namespace come from --name/--namespace only when no layer sets them', () => {
    const built = build([{ path: 'cr.yaml', text: base.replace('  namespace: test-infra\n', '') }]);
    expect(built.cr.metadata).toEqual({ name: 'wandb-external-v2', namespace: 'wandb' });
    expect(hasErrors(built.diagnostics)).toBe(false);
  });
});

describe('render masking for v2', () => {
  it('an inline license is masked and registered as a secret; Secret references stay readable', () => {
    const base = fit(sample('sample-v2-external.yaml'));
    const license = 'eyJhbGciOiJSUzI1NiJ9.wandbLicenseBody0123456789';
    const built = build([{ path: 'cr.yaml', text: base }], [`spec.wandb.license=${license}`]);
    expect(built.diagnostics).toEqual([]);
    expect(built.secrets).toEqual([license]);
    const masked = built.masked.spec as {
      wandb: { license: string };
      mysql: { default: { externalMysql: { password: { name: string; key: string } } } };
    };
    expect(masked.wandb.license).toBe('***');
    expect(masked.mysql.default.externalMysql.password).toEqual({
      name: 'external-mysql-connection',
      key: 'Password',
    });
    expect(JSON.stringify(built.masked)).not.toContain(license);
  });
});
