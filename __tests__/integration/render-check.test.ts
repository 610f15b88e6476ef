import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { ensureTools } from '../../test-support/cluster/plane.js';
import { serveDir, type StaticServer } from '../../test-support/cluster/static-server.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * validate's render check with real helm 3.17 and W&B's real operator-wandb charts (../shared/reference/charts,
 * never committed): a local archive (--chart), a loopback HTTP chart repository with basic auth (the stand-in for
 * charts.wandb.ai or an internal mirror, test-support/cluster/static-server.ts), the chart cache, and what
 * render-check auto/true say when no chart or no helm can be had.
 */
const CHARTS = resolve(process.cwd(), '..', 'shared', 'reference', 'charts');
const CHART = join(CHARTS, 'operator-wandb-0.43.8.tgz');
const PASSWORD = 'repo-pw-4d2c9e1f7a';

let helm: string;
let dir: string;
let repo: StaticServer;
let env: NodeJS.ProcessEnv;

function cr(values: string, chart = ''): string {
  return (
    'apiVersion: apps.wandb.com/v1\nkind: WeightsAndBiases\nmetadata:\n  name: wandb\n  namespace: wandb\nspec:\n' +
    chart +
    '  values:\n    global:\n      host: https://wandb.example.com\n' +
    values
  );
}
const REFUSED = '    mcp-server:\n      install: true\n      weave:\n        tools: maybe\n';

beforeAll(async () => {
  helm = (await ensureTools()).helm;
  dir = mkdtempSync(join(tmpdir(), 'render-check-'));
  const served = join(dir, 'repo');
  await execute({ role: 'inherit', command: 'mkdir', args: ['-p', served] });
  for (const version of ['0.40.7', '0.43.8']) {
    copyFileSync(
      join(CHARTS, `operator-wandb-${version}.tgz`),
      join(served, `operator-wandb-${version}.tgz`),
    );
  }
  const indexed = await execute({
    role: 'inherit',
    command: helm,
    args: ['repo', 'index', served],
    timeoutMs: 60_000,
  });
  expect(indexed.code).toBe(0);
  repo = await serveDir({ dir: served, basicAuth: { username: 'ci', password: PASSWORD } });
  // A private chart cache (next to the tool cache) and no helm on PATH: only what each test gives.
  env = { RUNNER_TOOL_CACHE: join(dir, 'tool-cache'), PATH: '/usr/bin:/bin' };
});

afterAll(async () => {
  await repo?.close();
});

/** Everything the user reads in the job log (stdout under Actions, stderr on the CLI). */
const log = (run: CliRun) => `${run.stdout}${run.stderr}`;

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

test('validate --chart: a value the chart refuses is an error with the chart message, at the line that set it', async () => {
  const file = write('refused.yaml', cr(REFUSED));
  const run = await cli(['validate', '-c', file, '--chart', CHART, '--helm-path', helm], {
    env,
    github: true,
  });
  expect(run.code).toBe(1);
  expect(log(run)).toContain(
    `${file}:13:16: error: chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false" (templates/mcp-validation.yaml:19)`,
  );
  expect(run.stdout).toContain('invalid: 1 error');
  expect(parseOutputs(run.outputs)).toMatchObject({ valid: 'false', errors: '1', 'render-check': 'failed' });
  expect(run.summary).toContain('mcp-server.weave.tools must be one of');
  expect(run.summary).toContain('render check: operator-wandb 0.43.8');
});

test('validation errors and render errors come in one report', async () => {
  // global.host with a path is the configuration's error; the mcp value is the chart's.
  const file = write(
    'both.yaml',
    cr(REFUSED).replace('https://wandb.example.com', 'https://wandb.example.com/app'),
  );
  const run = await cli(['validate', '-c', file, '--chart', CHART, '--helm-path', helm], {
    env,
    github: true,
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('invalid: 2 errors');
  expect(run.summary).toMatch(/global\.host[\s\S]*mcp-server\.weave\.tools must be one of/);
});

test('values the chart accepts render, and the log says how many objects', async () => {
  const file = write('ok.yaml', cr(''));
  const run = await cli(['validate', '-c', file, '--chart', CHART, '--helm-path', helm], {
    env,
    github: true,
  });
  expect(run.code).toBe(0);
  expect(log(run)).toMatch(/render check: operator-wandb 0\.43\.8 \(.*\) rendered \d+ objects in/);
  expect(parseOutputs(run.outputs)['render-check']).toBe('rendered');
});

test('render-check auto without a chart or without helm says so in the log and the summary; true makes it an error', async () => {
  const file = write('nochart.yaml', cr(''));
  const noChart = await cli(['validate', '-c', file, '--helm-path', helm], { env, github: true });
  expect(noChart.code).toBe(0);
  expect(log(noChart)).toContain('render check skipped: the CR has no spec.chart');
  expect(noChart.summary).toContain('render check skipped: the CR has no spec.chart');
  expect(parseOutputs(noChart.outputs)['render-check']).toBe('skipped');

  const noHelm = await cli(['validate', '-c', file, '--chart', CHART], { env, github: true });
  expect(noHelm.code).toBe(0);
  expect(log(noHelm)).toContain('render check skipped: no helm (none on PATH and no helm-path)');
  expect(noHelm.summary).toContain('render check skipped: no helm');

  const required = await cli(['validate', '-c', file, '--render-check', 'true', '--helm-path', helm], {
    env,
    github: true,
  });
  expect(required.code).toBe(1);
  expect(log(required)).toContain('error: render check required (render-check: true) but not possible');
  expect(parseOutputs(required.outputs)['render-check']).toBe('failed');

  const off = await cli(
    ['validate', '-c', file, '--render-check', 'false', '--chart', CHART, '--helm-path', helm],
    {
      env,
    },
  );
  expect(off.code).toBe(0);
  expect(log(off)).toContain('render check skipped: render-check is false');
});

test('spec.chart in an HTTP repository with basic auth: fetched once, the password never shown, then from the cache', async () => {
  const chart = `  chart:\n    url: ${repo.url}\n    name: operator-wandb\n    version: 0.40.7\n`;
  const file = write('repo.yaml', cr(REFUSED, chart));
  const withPassword = { ...env, CHART_REPO_PASSWORD: PASSWORD };
  const args = ['validate', '-c', file, '--helm-path', helm, '--chart-repo-username', 'ci'];

  const denied = await cli(['validate', '-c', file, '--helm-path', helm], { env, github: true });
  expect(denied.code).toBe(0);
  expect(log(denied)).toContain('render check skipped: the chart operator-wandb 0.40.7 from');
  expect(log(denied)).toContain('HTTP 401 (check the repository credentials)');

  repo.requests.length = 0;
  const first = await cli(args, { env: withPassword, github: true });
  // 0.40.7 has no mcp-validation template: it renders these values.
  expect(first.code).toBe(0);
  expect(log(first)).toContain('render check: operator-wandb 0.40.7');
  expect(log(first)).toContain('downloaded and cached');
  expect(repo.requests).toEqual(['/index.yaml', '/operator-wandb-0.40.7.tgz']);
  // Only GitHub's own mask commands carry it (they are what hides it in the job log).
  const shown = `${log(first)}${first.summary}${first.outputs}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'));
  expect(shown.join('\n')).not.toContain(PASSWORD);
  const cached = readdirSync(join(dir, 'tool-cache', 'wandb-charts', 'operator-wandb', '0.40.7'), {
    recursive: true,
  }) as string[];
  expect(cached.some((name) => /operator-wandb-0\.40\.7-[0-9a-f]{64}\.tgz$/.test(name))).toBe(true);

  repo.requests.length = 0;
  const second = await cli(args, { env: withPassword, github: true });
  expect(second.code).toBe(0);
  expect(log(second)).toContain('from the cache');
  expect(repo.requests).toEqual([]);

  // The newer chart version from the same repository refuses the value.
  const newer = write('repo-new.yaml', cr(REFUSED, chart.replace('0.40.7', '0.43.8')));
  const refused = await cli(['validate', '-c', newer, '--helm-path', helm, '--chart-repo-username', 'ci'], {
    env: withPassword,
    github: true,
  });
  expect(refused.code).toBe(1);
  expect(log(refused)).toContain('chart operator-wandb 0.43.8 refuses these values');
});
