/**
 * Chart knowledge against files nobody here wrote: W&B's real operator-wandb charts (0.40.7 and 0.43.8) and
 * W&B's own chart test configurations, from ../shared/reference (beside the clone, as CI has it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTgz } from '../../../src/charts/archive.js';
import { deriveKnowledge, lookupKey, type ChartKnowledge } from '../../../src/charts/knowledge.js';
import { KNOWN_CHART_VERSIONS, chooseKnowledge, knownChart } from '../../../src/charts/catalog.js';
import { buildConfig, type Diagnostic } from '../../../src/config/index.js';
import { parse } from 'yaml';
import generated from '../../../src/charts/generated/operator-wandb.json' with { type: 'json' };

// Jest runs from the repository root; ../shared sits beside the clone.
const REFERENCE = resolve(process.cwd(), '../shared/reference');
const CHARTS = join(REFERENCE, 'charts');
const CHART_TESTS = join(REFERENCE, 'wandb-chart-tests');

function archive(name: string): Map<string, Uint8Array> {
  const path = join(CHARTS, name);
  if (!existsSync(path))
    throw new Error(`${path} is missing: these tests need ../shared/reference/charts beside the clone`);
  return readTgz(readFileSync(path));
}

const derived: Record<string, ChartKnowledge> = {};
function chart(version: string): ChartKnowledge {
  return (derived[version] ??= deriveKnowledge(archive(`operator-wandb-${version}.tgz`)));
}

/** The file inside the 0.43.8 archive, as text. */
function chartFile(path: string): string {
  return Buffer.from(archive('operator-wandb-0.43.8.tgz').get(`operator-wandb/${path}`)!).toString('utf8');
}

function validate(path: string, text: string, sets: string[] = []): Diagnostic[] {
  return buildConfig([{ path, text }], sets, { name: 'wandb', namespace: 'default' }).diagnostics;
}

/** A whole spec.chart pinned to a version, as a user's layer sets it. */
const pinned = (version: string) => [
  'spec.chart.url=https://charts.wandb.ai',
  'spec.chart.name=operator-wandb',
  `spec.chart.version=${version}`,
];

const brief = (d: Diagnostic) => `${d.line}:${d.column} ${d.severity}: ${d.message}`;
const unknownKey = (d: Diagnostic) => /unknown key|is read by operator-wandb/.test(d.message);

describe('the generated key trees', () => {
  it('are what scripts/gen-chart-knowledge.mjs derives from the chart archives (regenerate and commit when not)', () => {
    expect(KNOWN_CHART_VERSIONS).toEqual(['0.40.7', '0.43.8']);
    for (const version of KNOWN_CHART_VERSIONS) {
      expect((generated as { versions: Record<string, unknown> }).versions[version]).toEqual(
        chart(version).tree,
      );
    }
  });

  it('know the keys the 0.43.8 templates read although values.yaml does not list them', () => {
    const global = (parse(chartFile('values.yaml')) as { global: Record<string, unknown> }).global;
    for (const path of ['global.env', 'global.volumes', 'global.volumeMounts', 'global.observability.mode']) {
      expect(lookupKey(chart('0.43.8'), path.split('.')).known).toBe(true);
      // Not from values.yaml: a template reads it.
      expect(global[path.split('.')[1]]).toBeUndefined();
    }
  });

  it('do not take a key named only in a template comment for one the chart reads (global.ingress)', () => {
    expect(chartFile('templates/_ingress.tpl')).toContain('.Values.global.ingress');
    expect(lookupKey(chart('0.43.8'), ['global', 'ingress']).known).toBe(false);
  });

  it('differ between versions as the charts do', () => {
    expect(lookupKey(chart('0.43.8'), ['global', 'olap']).known).toBe(true);
    expect(lookupKey(chart('0.40.7'), ['global', 'olap']).known).toBe(false);
    expect(lookupKey(chart('0.40.7'), ['filestream', 'pubsub']).known).toBe(true);
    expect(lookupKey(chart('0.43.8'), ['filestream', 'pubsub']).known).toBe(false);
    expect(lookupKey(chart('0.43.8'), ['filestream', 'pubSub']).known).toBe(true);
  });

  it('carry the chart defaults (MySQL port, database, user)', () => {
    const tree = knownChart('0.43.8')!;
    expect(lookupKey(tree, ['global', 'mysql', 'port']).node?.d).toBe(3306);
    expect(lookupKey(tree, ['global', 'mysql', 'database']).node?.d).toBe('wandb_local');
    expect(lookupKey(tree, ['global', 'mysql', 'user']).node?.d).toBe('wandb');
  });
});

describe("W&B's own files validate", () => {
  const files = existsSync(CHART_TESTS)
    ? readdirSync(CHART_TESTS).filter((name) => name.endsWith('.yaml'))
    : [];
  // Render-only placeholders (authMethod `oidc`, issuer `myissuer`), as the folder's README says.
  const placeholders = ['snap-oidc-settings-default.yaml', 'snap-oidc-settings-extra-cors.yaml'];

  it('the folder of chart test configurations is there', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('chart test configuration %s: no error, no unknown key (operator-wandb 0.43.8)', (name) => {
    const diagnostics = validate(name, readFileSync(join(CHART_TESTS, name), 'utf8'), pinned('0.43.8'));
    expect(diagnostics.filter(unknownKey).map(brief)).toEqual([]);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (placeholders.includes(name)) {
      expect(errors.map((d) => d.path).sort()).toEqual([
        'spec.values.global.auth.oidc.authMethod',
        'spec.values.global.auth.oidc.issuer',
      ]);
    } else {
      expect(errors.map(brief)).toEqual([]);
    }
  });

  it.each(['examples/database/external.yaml', 'examples/redis/external.yaml', 'examples/value-labels.yaml'])(
    "the chart's example %s has no error",
    (path) => {
      expect(
        validate(path, chartFile(path))
          .filter((d) => d.severity === 'error')
          .map(brief),
      ).toEqual([]);
    },
  );

  it('examples/aws/ingress.yaml: `global.ingress`, which the chart does not read, is the finding', () => {
    const errors = validate('ingress.yaml', chartFile('examples/aws/ingress.yaml')).filter(
      (d) => d.severity === 'error',
    );
    expect(errors.map((d) => d.path)).toEqual(['spec.values.global.ingress']);
  });

  it('values.yaml taken as a user file: only the empty external MySQL host and password', () => {
    const diagnostics = validate('values.yaml', chartFile('values.yaml'));
    expect(diagnostics.map(brief)).toEqual([
      '111:3 error: external MySQL (`mysql.install` is not true) needs `global.mysql.host`',
      '118:5 error: `global.mysql.passwordSecret` has no `name`, and there is no `password`: external MySQL needs one of them',
    ]);
  });

  it('values.yaml of 0.40.7 pinned to 0.40.7: the same two, nothing else', () => {
    const text = Buffer.from(
      archive('operator-wandb-0.40.7.tgz').get('operator-wandb/values.yaml')!,
    ).toString('utf8');
    const diagnostics = validate('values.yaml', text, pinned('0.40.7'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      'external MySQL (`mysql.install` is not true) needs `global.mysql.host`',
      '`global.mysql.passwordSecret` has no `name`, and there is no `password`: external MySQL needs one of them',
    ]);
  });
});

describe('the version the configuration pins', () => {
  it('a key another version reads is a warning that names both versions', () => {
    const diagnostics = validate('v.yaml', 'global:\n  olap:\n    default: clickhouse\n', pinned('0.40.7'));
    expect(diagnostics.map(brief)).toEqual([
      '2:3 warning: `global.olap` is read by operator-wandb 0.43.8; you pin 0.40.7, which ignores it',
    ]);
    expect(diagnostics[0].fix).toBe(
      'Pin a chart version that reads it (spec.chart.version: 0.43.8), or remove it.',
    );
    expect(validate('v.yaml', 'global:\n  olap:\n    default: clickhouse\n', pinned('0.43.8'))).toEqual([]);
  });

  it('with no version pinned, the newest known is used and said', () => {
    const chosen = chooseKnowledge(undefined);
    expect(chosen.knowledge.version).toBe('0.43.8');
    expect(chosen.note).toBe(
      'spec.chart.version is not pinned: keys checked against operator-wandb 0.43.8, the newest this release knows',
    );
    const built = buildConfig([{ path: 'v.yaml', text: 'filestream:\n  pubsub: {}\n' }], [], {
      name: 'wandb',
      namespace: 'default',
    });
    expect(built.diagnostics.map(brief)).toEqual([
      '2:3 warning: `filestream.pubsub` is read by operator-wandb 0.40.7, not by 0.43.8 (spec.chart.version is not pinned: keys checked against operator-wandb 0.43.8, the newest this release knows)',
    ]);
  });

  it('an unknown version uses the closest known one and says so', () => {
    expect(chooseKnowledge('0.42.1').knowledge.version).toBe('0.40.7');
    expect(chooseKnowledge('0.42.1').note).toBe(
      'operator-wandb 0.42.1 is not a version this release knows (0.40.7, 0.43.8): keys checked against 0.40.7, the closest',
    );
    expect(chooseKnowledge('0.50.0').knowledge.version).toBe('0.43.8');
    expect(chooseKnowledge('0.30.0').knowledge.version).toBe('0.40.7');
  });

  it('a chart at hand wins over the catalog', () => {
    const atHand = chart('0.40.7');
    expect(chooseKnowledge('0.43.8', atHand)).toMatchObject({
      basis: 'chart',
      knowledge: { version: '0.40.7' },
    });
  });
});

describe('the operator sample with `spec:` left empty', () => {
  it('is a warning, not an error', () => {
    const text = 'apiVersion: apps.wandb.com/v1\nkind: WeightsAndBiases\nmetadata:\n  name: wandb\nspec:\n';
    expect(validate('sample.yaml', text).map(brief)).toEqual([
      '5:1 warning: `spec` is empty (null): the operator takes the chart and every value from the release channel (deploy.wandb.ai)',
    ]);
  });
});
