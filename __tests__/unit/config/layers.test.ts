import { buildConfig, formatDiagnostic, hasErrors } from '../../../src/config/index.js';
import { brief, briefs, build } from './helpers.js';

const defaults = { name: 'wandb', namespace: 'wandb' };
const values = (cr: Record<string, unknown>) => (cr.spec as { values: Record<string, unknown> }).values;

describe('layering', () => {
  const base = {
    path: 'base.yaml',
    text: [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      '  name: prod',
      '  namespace: wandb',
      'spec:',
      '  values:',
      '    global:',
      '      host: https://wandb.example.com',
      '      extraEnv:',
      '        A: "1"',
      '        B: "2"',
      '    ingress:',
      '      class: nginx',
      '      additionalHosts: [a.example.com, b.example.com]',
      '      annotations:',
      '        nginx.ingress.kubernetes.io/proxy-body-size: "0"',
      '',
    ].join('\n'),
  };

  it('merges maps deeply, replaces lists, and removes keys set to null', () => {
    const overlay = {
      path: 'overlay.yaml',
      text: [
        'global:',
        '  extraEnv:',
        '    B: "20"',
        '    C: "3"',
        'ingress:',
        '  additionalHosts: [c.example.com]',
        '  annotations: null',
        '',
      ].join('\n'),
    };
    const built = buildConfig([base, overlay], [], defaults);
    expect(built.diagnostics).toEqual([]);
    expect(values(built.cr)).toEqual({
      global: { host: 'https://wandb.example.com', extraEnv: { A: '1', B: '20', C: '3' } },
      ingress: { class: 'nginx', additionalHosts: ['c.example.com'] },
    });
    expect(built.cr.metadata).toEqual({ name: 'prod', namespace: 'wandb' });
  });

  it('keeps a null that removes nothing, so Helm can drop the chart default', () => {
    const overlay = { path: 'o.yaml', text: 'global:\n  bucket:\n    kmsKey: null\n' };
    const built = buildConfig([base, overlay], [], defaults);
    expect((values(built.cr).global as Record<string, unknown>).bucket).toEqual({ kmsKey: null });
  });

  it('applies --set last, with YAML-typed values, CR paths and values paths', () => {
    const built = buildConfig(
      [base],
      [
        'global.extraEnv.A=null',
        'mysql.install=true',
        'global.mysql.port=3306',
        'spec.chart.version=0.43.8',
        'metadata.labels.team=ml',
        'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-body-size=64m',
        'ingress.tls=[{secretName: tls, hosts: [wandb.example.com]}]',
        'global.license=',
        'global.host=https://override.example.com',
      ],
      defaults,
    );
    const v = values(built.cr) as Record<string, Record<string, unknown>>;
    expect(v.global.extraEnv).toEqual({ B: '2' });
    expect(v.mysql).toEqual({ install: true });
    expect(v.global.mysql).toEqual({ port: 3306 });
    expect(v.global.license).toBe('');
    expect(v.global.host).toBe('https://override.example.com');
    expect(v.ingress.annotations).toEqual({ 'nginx.ingress.kubernetes.io/proxy-body-size': '64m' });
    expect(v.ingress.tls).toEqual([{ secretName: 'tls', hosts: ['wandb.example.com'] }]);
    expect((built.cr.spec as Record<string, unknown>).chart).toEqual({ version: '0.43.8' });
    expect(built.cr.metadata).toEqual({ name: 'prod', namespace: 'wandb', labels: { team: 'ml' } });
  });

  it('--set indexes lists with numeric segments, appends past the end, and removes an item with null', () => {
    const built = buildConfig(
      [base],
      [
        'ingress.additionalHosts.1=z.example.com',
        'ingress.additionalHosts.5=new.example.com',
        'ingress.additionalHosts.0=null',
        'ingress.tls.0.secretName=tls',
        'ingress.tls.0.hosts.0=wandb.example.com',
      ],
      defaults,
    );
    const ingress = values(built.cr).ingress as Record<string, unknown>;
    expect(ingress.additionalHosts).toEqual(['z.example.com', 'new.example.com']);
    expect(ingress.tls).toEqual([{ secretName: 'tls', hosts: ['wandb.example.com'] }]);
    expect(built.diagnostics).toEqual([]);
  });

  it('reports a bad --set at `--set:<index>:1`', () => {
    const built = buildConfig(
      [base],
      ['global.host=https://x.example.com', 'nonsense', 'global..host=1', 'kind.x=1'],
      defaults,
    );
    expect(built.diagnostics.map(formatDiagnostic)).toEqual([
      '--set:2:1: error: --set entry `nonsense` is not PATH=VALUE with a dotted PATH\n  fix: Write it as e.g. --set global.host=https://wandb.example.com (a values path) or --set spec.chart.version=0.43.8.',
      '--set:3:1: error: --set entry `global..host` is not PATH=VALUE with a dotted PATH\n  fix: Write it as e.g. --set global.host=https://wandb.example.com (a values path) or --set spec.chart.version=0.43.8.',
      '--set:4:1: error: `kind` is a string; --set kind.x cannot go inside it\n  fix: Use --set kind=VALUE.',
    ]);
  });

  it('reports a value set by --set at its --set entry', () => {
    const built = buildConfig(
      [base],
      ['mysql.install=true', 'global.mysql.port=99999', 'global.host=ftp://wandb.example.com'],
      defaults,
    );
    expect(built.diagnostics.map(brief)).toEqual([
      {
        at: '--set:2:1 error',
        message: '`global.mysql.port` must be a port number from 1 to 65535 (quoted or not)',
        fix: 'Write the port as a number, e.g. `port: 3306`.',
      },
      expect.objectContaining({
        at: '--set:3:1 error',
        message: expect.stringContaining('must start with https:// or http://'),
      }),
    ]);
  });

  it('recognises the three kinds of file', () => {
    const spec = {
      path: 'spec.yaml',
      text: 'chart:\n  path: /charts/operator-wandb\nvalues:\n  global:\n    host: https://a.example.com\n',
    };
    const vals = { path: 'values.yaml', text: 'global:\n  host: https://b.example.com\n' };
    const built = buildConfig([spec, vals], [], defaults);
    expect(built.cr).toEqual({
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: 'wandb', namespace: 'wandb' },
      spec: {
        chart: { path: '/charts/operator-wandb' },
        values: { global: { host: 'https://b.example.com' } },
      },
    });
  });

  it('takes name and namespace from the defaults only when no layer sets them, and reports bad ones there', () => {
    const built = buildConfig([{ path: 'v.yaml', text: 'global: {}\n' }], [], {
      name: 'Bad_Name',
      namespace: 'wandb',
    });
    expect(built.diagnostics.map(brief)).toEqual([
      expect.objectContaining({
        at: '--name:1:1 error',
        message: expect.stringContaining('`Bad_Name` is not a valid Helm release name'),
      }),
    ]);
  });

  it('reports the error in the overlay that set the bad value, not in the base (base + overlay + --set)', () => {
    const built = build(
      ['layered/base.yaml', 'layered/overlay.yaml'],
      ['ingress.class=alb', 'global.bucket.provider=minio'],
    );
    expect(built.diagnostics.map(brief)).toEqual([
      {
        at: 'layered/overlay.yaml:3:9 error',
        message: '`global.host` `https://wandb.staging.example.com/app` must have no path (found `/app`)',
        fix: 'Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).',
      },
      {
        at: 'layered/overlay.yaml:5:11 error',
        message: '`global.mysql.port` must be a port number from 1 to 65535 (quoted or not)',
        fix: 'Write the port as a number, e.g. `port: 3306`.',
      },
      {
        at: '--set:2:1 warning',
        message: expect.stringContaining('`global.bucket.provider` `minio` is not a provider'),
        fix: 'Use `provider: s3`, `gcs` or `az`.',
      },
    ]);
    const v = values(built.cr) as Record<string, Record<string, unknown>>;
    // The overlay's `region: null` removed the base's region; its TLS list replaced the base's.
    expect(v.global.bucket).toEqual({ provider: 'minio', name: 'wandb-files' });
    expect(v.ingress.tls).toEqual([{ secretName: 'staging-tls', hosts: ['wandb.staging.example.com'] }]);
    expect(v.ingress.class).toBe('alb');
    expect(v.app).toEqual({
      resources: { requests: { cpu: '1', memory: '2Gi' }, limits: { memory: '4Gi' } },
    });
  });

  it('the same base alone is valid', () => {
    expect(briefs(['layered/base.yaml'])).toEqual([]);
  });
});

describe('YAML problems', () => {
  it('duplicate keys are errors at the second key', () => {
    expect(briefs(['yaml/duplicate-key.yaml'])).toEqual([
      expect.objectContaining({ at: 'yaml/duplicate-key.yaml:4:3 warning' }),
      {
        at: 'yaml/duplicate-key.yaml:5:3 error',
        message: 'duplicate key `host`: a key may appear once in a map',
        fix: 'Keep one of the two; YAML readers disagree on which one wins.',
      },
    ]);
  });

  it('several documents in one file are an error at the second', () => {
    expect(briefs(['yaml/multi-document.yaml'])).toEqual([
      {
        at: 'yaml/multi-document.yaml:4:1 error',
        message: 'the file holds 2 YAML documents; a configuration layer is exactly one',
        fix: 'Split the documents into separate files and pass each with --config, in the order they apply.',
      },
    ]);
  });

  it('a syntax error is reported and stops validation of the merge', () => {
    const built = build(['yaml/syntax-error.yaml', 'rules/host.yaml']);
    expect(built.diagnostics.map(brief)).toEqual([
      {
        at: 'yaml/syntax-error.yaml:5:1 error',
        message: expect.stringContaining('YAML syntax error: '),
        fix: 'Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes).',
      },
    ]);
    expect(hasErrors(built.diagnostics)).toBe(true);
  });

  it('an empty file is a warning, a top-level list an error', () => {
    expect(briefs(['yaml/empty.yaml', 'yaml/top-level-list.yaml'])).toEqual([
      {
        at: 'yaml/empty.yaml:1:1 warning',
        message: 'the file is empty (comments only); it adds nothing',
        fix: 'Give the file some configuration or drop it from --config.',
      },
      {
        at: 'yaml/top-level-list.yaml:2:1 error',
        message: 'the top level of a configuration file must be a map, not a list',
        fix: 'Write either a whole WeightsAndBiases resource (apiVersion, kind, metadata, spec) or Helm values (global:, ingress:, ...).',
      },
    ]);
  });

  it('anchors and aliases are expanded', () => {
    const text = 'app:\n  resources: &res\n    requests: {cpu: "1"}\nconsole:\n  resources: *res\n';
    const built = buildConfig([{ path: 'a.yaml', text }], [], defaults);
    expect(values(built.cr).console).toEqual({ resources: { requests: { cpu: '1' } } });
  });

  it('merge keys supply the keys a map does not set itself', () => {
    const text =
      'x-defaults: &defaults\n  resources: {requests: {cpu: "1"}}\n  install: true\n' +
      'app:\n  <<: *defaults\n  install: false\n';
    const built = buildConfig([{ path: 'm.yaml', text }], [], defaults);
    expect(values(built.cr).app).toEqual({ install: false, resources: { requests: { cpu: '1' } } });
  });

  it('an alias bomb is stopped, not expanded', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const start = performance.now();
    const built = buildConfig([{ path: 'bomb.yaml', text: lines.join('\n') + '\n' }], [], defaults);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(built.diagnostics.map(brief)).toEqual([
      expect.objectContaining({
        at: expect.stringMatching(/^bomb\.yaml:\d+:\d+ error$/),
        message: expect.stringContaining('expands to more than'),
      }),
    ]);
  });

  it('a key named __proto__ stays a plain key', () => {
    const built = buildConfig([{ path: 'p.yaml', text: '__proto__:\n  polluted: true\n' }], [], defaults);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(values(built.cr))).toEqual(['__proto__']);
  });
});

describe('diagnostics', () => {
  it('are sorted by file order, line and column, and formatted FILE:LINE:COL', () => {
    const built = build(
      ['rules/host.yaml', 'rules/bucket-half.yaml'],
      ['mysql.install=true', 'global.mysql.port=0'],
    );
    expect(built.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      'rules/host.yaml:3:9',
      'rules/bucket-half.yaml:7:5',
      'rules/bucket-half.yaml:7:5',
      '--set:2:1',
    ]);
    expect(formatDiagnostic(built.diagnostics[0])).toBe(
      'rules/host.yaml:3:9: error: `global.host` `https://wandb.example.com/wandb` must have no path (found `/wandb`)\n' +
        '  fix: Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).',
    );
    expect(built.diagnostics[0].path).toBe('spec.values.global.host');
    expect(formatDiagnostic({ ...built.diagnostics[1], severity: 'warning', fix: undefined })).toBe(
      'rules/bucket-half.yaml:7:5: warning: ' + built.diagnostics[1].message,
    );
  });
});
