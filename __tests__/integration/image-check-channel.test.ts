/**
 * image-check of a CR without spec.chart, not air-gapped: the operator takes the chart and the values the CR
 * does not set from W&B's release channel, so image-check asks it the same way and lists the images of that
 * chart rendered with the channel's values under the CR's.
 * Real parts: helm, W&B's real operator-wandb 0.43.8 (../shared/reference/charts) served by a loopback chart
 * repository (test-support/cluster/chart-repo.ts, a plain HTTP server and `helm repo index`; no cluster), and
 * a real OCI registry on loopback (Debian's docker-registry). Stand-in: the release-channel service
 * (test-support/release-channel/server.ts, for https://deploy.wandb.ai). The expected list is a `helm template`
 * done here, of the same chart with the channel's values merged under the CR's by the test's own merge.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { OPERATOR_WANDB_0438, grepImages, helmPath, helmTemplate } from '../unit/images/real-chart.js';
import { formatReference, parseReference } from '../../src/images/reference.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { startChartRepo, type ChartRepo } from '../../test-support/cluster/chart-repo.js';
import { startReleaseChannel, type ReleaseChannel } from '../../test-support/release-channel/server.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'image-check', 'fixtures', 'airgapped-cr.yaml');
const LICENSE = 'lic-not-a-real-license-0001'; // the fixture's global.license
const INPUT_LICENSE = 'lic-from-the-input-7f3a9c';

type Values = Record<string, unknown>;

let registry: TestRegistry;
let repo: ChartRepo;
let channel: ReleaseChannel;

/** What the channel serves: the real chart from the loopback repository, and the tags the CR leaves out. */
function channelValues(): Values {
  return {
    app: { image: { repository: 'wandb/local', tag: '0.62.2' } },
    weave: { image: { repository: 'wandb/weave-python', tag: '0.62.2' } },
    parquet: { image: { repository: 'wandb/megabinary', tag: '0.62.2' } },
    console: { image: { repository: 'wandb/console', tag: '2.99.0' } }, // the CR's 2.13.1 wins
    global: { repositoryPrefix: 'docker.io' }, // the CR's prefix wins
  };
}

const PUSHED: Array<[string, string]> = [
  ['wandb/controller', '1.20.0'],
  ['wandb/local', '0.62.2'],
  ['wandb/console', '2.13.1'],
  ['wandb/weave-python', '0.62.2'],
  ['wandb/megabinary', '0.62.2'],
  ['alpine/k8s', '1.31.12'],
  ['bitnamilegacy/redis', '7.2.4-debian-12-r9'],
  ['otel/opentelemetry-collector-contrib', '0.97.0'],
];

beforeAll(async () => {
  registry = await startRegistry();
  for (const [repository, tag] of PUSHED) await registry.push(repository, tag, 'docker');
  repo = await startChartRepo({ helm: helmPath(), versions: [], appVersions: ['0.43.8'] });
  channel = await startReleaseChannel({
    channel: {
      chart: { url: repo.url, name: 'operator-wandb', version: '0.43.8' },
      values: channelValues(),
    },
    releases: {
      'r-0.43.8-pinned': {
        chart: { url: repo.url, name: 'operator-wandb', version: '0.43.8' },
        values: { ...channelValues(), app: { image: { repository: 'wandb/local', tag: '0.61.0' } } },
      },
    },
    licenses: [LICENSE, INPUT_LICENSE],
  });
});

afterAll(async () => {
  await channel?.close();
  await repo?.close();
  await registry?.stop();
});

beforeEach(() => {
  channel.requests.length = 0;
  channel.down = false;
});

/** The fixture without spec.chart, the CR's own tags for app, weave and parquet left to the channel. */
function writeConfig(edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-check-channel-'));
  const file = join(dir, 'wandb.yaml');
  const text = readFileSync(FIXTURE, 'utf8')
    .replace(/ {2}chart:\n( {4}.*\n)+/, '')
    .replace(/ {4}(app|weave|parquet):\n {6}image:\n( {8}.*\n)+/g, '')
    .replace(/REGISTRY/g, registry.host);
  writeFileSync(file, edit(text));
  return file;
}

function args(config: string, extra: string[] = []): string[] {
  return [
    'image-check',
    '--config',
    config,
    '--registry',
    registry.registryArg,
    '--controller-tag',
    '1.20.0',
    '--helm-path',
    helmPath(),
    '--airgapped',
    'false',
    '--channel-url',
    channel.url,
    ...extra,
  ];
}

/** The test's own merge, as the operator documents it: the CR's maps over the channel's, key by key. */
function over(under: Values, top: Values): Values {
  const out: Values = { ...under };
  for (const [key, value] of Object.entries(top)) {
    const below = out[key];
    const isMap = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = isMap(value) && isMap(below) ? over(below as Values, value as Values) : value;
  }
  return out;
}

/** helm template of the real chart with the channel's values under the CR's: every image, at its internal place. */
function renderedHere(config: string, served: Values): string[] {
  const cr = parse(readFileSync(config, 'utf8')) as { spec: { values: Values } };
  return grepImages(helmTemplate(OPERATOR_WANDB_0438, over(served, cr.spec.values), 'wandb', 'default')).map(
    (image) => formatReference({ ...parseReference(image), registry: registry.host }),
  );
}

const everything = (run: CliRun) =>
  `${run.stdout}\n${run.stderr}\n${run.summary}\n${run.outputs}`.replace(/^::add-mask::.*$/gm, '');

/** A private chart cache per run: the chart is fetched from the loopback repository, not found cached. */
const freshCache = () => ({ RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'image-check-cache-')) });

test("no spec.chart: the channel's chart rendered with its values under the CR's, the license only as Basic auth", async () => {
  const config = writeConfig();
  const run = await cli(args(config), { github: true, env: freshCache() });
  expect(run.code).toBe(0);
  // Asked once, as the operator asks, with the CR's license as the Basic auth password.
  expect(channel.requests).toEqual([{ path: '/api/v1/operator/channel', license: LICENSE }]);
  expect(repo.requests).toEqual(expect.arrayContaining(['/index.yaml', '/operator-wandb-0.43.8.tgz']));
  const outputs = parseOutputs(run.outputs);
  expect(outputs.images.split(',').sort()).toEqual(
    [...renderedHere(config, channelValues()), `${registry.host}/wandb/controller:1.20.0`].sort(),
  );
  // The channel's tags where the CR sets none, the CR's where it does.
  expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present\\s+app`));
  expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/console:2.13.1\\s+present`));
  expect(outputs.images).not.toContain('2.99.0');
  expect(outputs['channel-release']).toBe(`current release: operator-wandb 0.43.8 from ${repo.url}`);
  // Said in the log and the summary: where the images came from, and that the channel moves them.
  expect(run.stdout + run.stderr).toContain(
    `The release channel answered: current release: operator-wandb 0.43.8 from ${repo.url}. Rendered: the channel's chart, with the CR's values over the channel's.`,
  );
  expect(everything(run)).toContain(
    "spec.chart is absent: the images listed are those of the release channel's current release",
  );
  expect(run.summary).toContain(
    `Not air-gapped: the CR's values are rendered over those of the release channel \`${channel.url}\`, current release: operator-wandb 0.43.8 from ${repo.url}, with the channel's chart (the CR has no spec.chart).`,
  );
  expect(everything(run)).not.toContain(LICENSE);
  expect(everything(run)).not.toContain(Buffer.from(`license:${LICENSE}`).toString('base64'));
});

test('the license input when the CR has none, a pinned release by values._releaseId, a refused license', async () => {
  const config = writeConfig((text) =>
    text
      .replace(
        `      license: ${LICENSE}\n`,
        '      licenseSecret:\n        name: wandb-license\n        key: license\n',
      )
      .replace(
        '    mysql:\n      install: false',
        '    _releaseId: r-0.43.8-pinned\n    mysql:\n      install: false',
      ),
  );
  const run = await cli(args(config), {
    github: true,
    env: { ...freshCache(), WANDB_LICENSE: INPUT_LICENSE },
  });
  // The pinned release's app tag is not mirrored: missing, named at its key.
  expect(run.code).toBe(1);
  expect(parseOutputs(run.outputs).missing).toBe(`${registry.host}/wandb/local:0.61.0`);
  expect(channel.requests).toEqual([
    { path: '/api/v1/operator/channel/release/r-0.43.8-pinned', license: INPUT_LICENSE },
  ]);
  expect(parseOutputs(run.outputs)['channel-release']).toMatch(
    /^pinned release r-0\.43\.8-pinned: operator-wandb 0\.43\.8/,
  );
  expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.61.0\\s+MISSING\\s+app`));
  expect(everything(run)).not.toContain(INPUT_LICENSE);

  // No license at all: the channel refuses; the CR reads its license from a Secret, which the log explains.
  channel.requests.length = 0;
  const refused = await cli(args(config), { github: true });
  expect(refused.code).toBe(1);
  expect(channel.requests).toEqual([{ path: '/api/v1/operator/channel/release/r-0.43.8-pinned' }]);
  expect(refused.stdout + refused.stderr).toContain(
    'without a license: the CR reads it from the Secret global.licenseSecret names, which is in the cluster (give the license input, WANDB_LICENSE',
  );
  expect(everything(refused)).toContain('answered HTTP 401 (no license was sent, and the channel wants one)');
});

test('the channel down: a plain finding of what it means, nothing checked, exit 1', async () => {
  channel.down = true;
  const run = await cli(args(writeConfig()), { github: true, env: freshCache() });
  expect(run.code).toBe(1);
  // The operator's five attempts.
  expect(channel.requests).toHaveLength(5);
  expect(everything(run)).toContain(
    `The release channel could not be asked: ${channel.url}/api/v1/operator/channel answered HTTP 503 (service unavailable) (5 attempts, 2 s apart). The CR has no spec.chart, so the operator takes the chart and its values from the channel: which images it will deploy cannot be known here.`,
  );
  expect(everything(run)).toContain('wandb-latest-cached-release');
  expect(everything(run)).toContain('fix: Check channel-url');
  expect(run.summary).toContain('### Images: not checked, the release channel could not be asked');
  expect(parseOutputs(run.outputs).images).toBe('');
  expect(everything(run)).not.toContain(LICENSE);
});

test('air-gapped: the channel is never asked, and the missing spec.chart is the finding', async () => {
  const run = await cli(
    [
      ...args(writeConfig()).filter((a, i, all) => a !== '--airgapped' && all[i - 1] !== '--airgapped'),
      '--chart',
      OPERATOR_WANDB_0438,
    ],
    { github: true },
  );
  expect(channel.requests).toEqual([]);
  expect(run.code).toBe(1);
  expect(run.stdout + run.stderr).toContain('Air-gapped: the release channel is not asked');
  expect(everything(run)).toContain(
    'spec.chart is missing: an air-gapped operator never asks the release channel',
  );
});

test("with spec.chart, not air-gapped: the CR's chart, the channel's values under the CR's; the channel down is a warning", async () => {
  // spec.chart names the loopback repository too (a path the test can fetch), the channel another chart.
  const config = writeConfig((text) =>
    text.replace(
      'spec:\n',
      `spec:\n  chart:\n    url: ${repo.url}\n    name: operator-wandb\n    version: 0.43.8\n`,
    ),
  );
  const saved = channel.channel;
  channel.channel = {
    ...saved,
    chart: { url: 'https://charts.example.com', name: 'operator-wandb', version: '9.9.9' },
  };
  try {
    const run = await cli(args(config), { github: true, env: freshCache() });
    expect(run.code).toBe(0);
    expect(channel.requests).toEqual([{ path: '/api/v1/operator/channel', license: LICENSE }]);
    expect(everything(run)).toContain(
      "Rendered: the chart of spec.chart, with the CR's values over the channel's.",
    );
    expect(parseOutputs(run.outputs).images.split(',').sort()).toEqual(
      [...renderedHere(config, channelValues()), `${registry.host}/wandb/controller:1.20.0`].sort(),
    );
    expect(everything(run)).not.toContain('spec.chart is absent');

    channel.down = true;
    channel.requests.length = 0;
    const down = await cli(args(config), { github: true, env: freshCache() });
    expect(channel.requests).toHaveLength(5);
    // The CR's values alone leave app, weave and parquet at the chart's `latest`: warnings, not air-gapped.
    expect(everything(down)).toContain(
      'The release channel could not be asked: ' +
        `${channel.url}/api/v1/operator/channel answered HTTP 503 (service unavailable) (5 attempts, 2 s apart). ` +
        "The operator takes the values the CR does not set from it, so images the CR does not pin may differ from those listed here (rendered with the CR's values alone).",
    );
    expect(parseOutputs(down.outputs).images.split(',').sort()).toEqual(
      [...renderedHere(config, {}), `${registry.host}/wandb/controller:1.20.0`].sort(),
    );
    expect(parseOutputs(down.outputs)['channel-release']).toBe('');
  } finally {
    channel.channel = saved;
  }
});
