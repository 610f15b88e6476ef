import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { buildConfig, formatDiagnostic, hasErrors, type ConfigFile } from '../../../src/config/index.js';

const ROOT = process.cwd();
const read = (path: string): ConfigFile => ({ path, text: readFileSync(join(ROOT, path), 'utf8') });
const defaults = { name: 'wandb', namespace: 'wandb' };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return name.endsWith('.yaml') ? [path] : [];
  });
}

describe('examples/', () => {
  const files = yamlFiles(join(ROOT, 'examples')).map((p) => relative(ROOT, p));

  it('every example names the published schema for editors, and the schema file exists', () => {
    expect(files.sort()).toEqual([
      'examples/base.yaml',
      'examples/broken/base.yaml',
      'examples/broken/overlay.yaml',
      'examples/overlays/production.yaml',
    ]);
    for (const file of files) {
      const first = readFileSync(join(ROOT, file), 'utf8').split('\n')[0];
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect([file, match !== null]).toEqual([file, true]);
      const schema = resolve(dirname(join(ROOT, file)), (match as RegExpExecArray)[1]);
      expect(existsSync(schema)).toBe(true);
      // Whole resources point at the CR schema, overlays at the values schema.
      const whole = 'apiVersion' in (parse(readFileSync(join(ROOT, file), 'utf8')) as object);
      expect(schema.endsWith(whole ? 'wandb-cr.schema.json' : 'wandb-values.schema.json')).toBe(true);
    }
  });

  it('base + production overlay: no errors; the one inline demo secret is found and masked', () => {
    const built = buildConfig(
      [read('examples/base.yaml'), read('examples/overlays/production.yaml')],
      [],
      defaults,
    );
    expect(built.diagnostics.map(formatDiagnostic)).toEqual([
      'examples/base.yaml:25:7: warning: `global.license` is written inline: the resource, and everyone who can read it, holds the secret\n' +
        '  fix: Keep it in a Kubernetes Secret and reference it with `global.licenseSecret: {name, key}`.',
    ]);
    expect(built.secrets).toEqual(['demo-license-3f9c2a7e5b1d4c8a']);
    const values = (built.masked.spec as { values: { global: Record<string, unknown> } }).values;
    expect(values.global.license).toBe('***');
    expect(values.global.host).toBe('https://wandb.prod.example.com');
  });

  it('broken: each problem at its FILE:LINE:COL with a fix, overlay problems in the overlay', () => {
    const built = buildConfig(
      [read('examples/broken/base.yaml'), read('examples/broken/overlay.yaml')],
      [],
      defaults,
    );
    expect(hasErrors(built.diagnostics)).toBe(true);
    expect(
      built.diagnostics.map(
        (d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.path}\n  fix: ${d.fix}`,
      ),
    ).toEqual([
      "examples/broken/base.yaml:11:3: error: spec.chart\n  fix: Add `name: operator-wandb` (the chart's name in the repository) under spec.chart.",
      'examples/broken/base.yaml:17:7: error: spec.values.global.licenseSecret\n  fix: Set both, e.g. `licenseSecret: {name: license-secret, key: license}`.',
      'examples/broken/base.yaml:23:17: error: spec.values.global.bucket.kmsKey\n  fix: Set `kmsKey: null` under global.bucket (the reference requires null for S3-compatible storage outside AWS).',
      'examples/broken/base.yaml:24:9: error: spec.values.global.bucket.accessKey\n  fix: Set both accessKey and secretKey, or neither and reference a Secret: `secret: {secretName: bucket-secret, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}`.',
      'examples/broken/base.yaml:24:9: warning: spec.values.global.bucket.accessKey\n  fix: Keep it in a Kubernetes Secret and reference it with `global.bucket.secret: {secretName, accessKeyName, secretKeyName}`.',
      'examples/broken/base.yaml:32:7: error: spec.values.global.ingress\n  fix: move `ingress` to the top level of values (beside `global`, not under it).',
      'examples/broken/overlay.yaml:5:9: error: spec.values.global.host\n  fix: Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).',
      'examples/broken/overlay.yaml:7:11: error: spec.values.global.mysql.port\n  fix: Write the port as a number, e.g. `port: 3306`.',
      'examples/broken/overlay.yaml:8:5: warning: spec.values.global.mysql.passwrd\n  fix: Rename `passwrd` to `password`.',
      'examples/broken/overlay.yaml:8:14: warning: spec.values.global.mysql.passwrd\n  fix: Use a long random value (at least 8 characters, not a word), and keep it in a Kubernetes Secret.',
      'examples/broken/overlay.yaml:10:11: error: spec.values.global.redis.host\n  fix: set redis.install: false (under `redis:`, beside `global`).',
      'examples/broken/overlay.yaml:12:3: warning: spec.values.ingress.enabled\n  fix: Replace `enabled:` with `create:` (and `install:` for the controller).',
      'examples/broken/overlay.yaml:16:19: error: spec.values.app.pod.securityContext.runAsGroup\n  fix: Set `runAsGroup: 0` or remove it.',
    ]);
    // The misspelt password and the inline access key are still secrets.
    expect(built.secrets.sort()).toEqual(['AKIADEMOEXAMPLE0001', 'hunter2']);
  });

  it('the published schemas work on their own, as an editor uses them', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const crSchema = JSON.parse(readFileSync(join(ROOT, 'schema/wandb-cr.schema.json'), 'utf8'));
    const valuesSchema = JSON.parse(readFileSync(join(ROOT, 'schema/wandb-values.schema.json'), 'utf8'));
    ajv.addSchema(crSchema, 'wandb-cr.schema.json');
    const cr = ajv.getSchema('wandb-cr.schema.json');
    const values = ajv.compile(valuesSchema);
    const doc = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));
    expect(cr?.(doc('examples/base.yaml'))).toBe(true);
    expect(values(doc('examples/overlays/production.yaml'))).toBe(true);
    expect(values(doc('examples/broken/overlay.yaml'))).toBe(false);
    expect(values.errors?.map((e) => e.instancePath)).toContain('/global/mysql/port');
  });
});

describe('a large configuration', () => {
  // Its speed is measured by `npm run bench` (bench/config.bench.ts); this test asserts behaviour only.
  it('merges and validates a 2,000-line configuration in 3 layers without errors', () => {
    const components = ['app', 'console', 'weave', 'parquet', 'api', 'glue', 'executor', 'filestream'];
    const layer = (n: number) => {
      const lines = [`global:\n  host: https://wandb${n}.example.com\n  extraEnv:`];
      for (let i = 0; i < 300; i++) lines.push(`    VAR_${n}_${i}: "value-${i}"`);
      for (const component of components) {
        lines.push(`${component}:\n  extraEnv:`);
        for (let i = 0; i < 80; i++) lines.push(`    ${component.toUpperCase()}_${i}: "x${n}"`);
        lines.push('  resources:\n    requests:\n      cpu: "1"\n      memory: 2Gi');
      }
      return lines.join('\n') + '\n';
    };
    const files = [
      read('examples/base.yaml'),
      { path: 'big-1.yaml', text: layer(1) },
      { path: 'big-2.yaml', text: layer(2) },
    ];
    expect(files.reduce((sum, f) => sum + f.text.split('\n').length, 0)).toBeGreaterThan(2000);
    const built = buildConfig(files, ['global.size=small'], defaults);
    expect(hasErrors(built.diagnostics)).toBe(false);
    const values = (built.cr.spec as { values: Record<string, { extraEnv?: Record<string, string> }> })
      .values;
    expect(values.global.extraEnv?.VAR_2_299).toBe('value-299');
    expect(values.weave.extraEnv?.WEAVE_79).toBe('x2');
  });
});
