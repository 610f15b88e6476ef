import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureTools } from '../../test-support/cluster/plane.js';
import {
  pushReferenceChart,
  registryRequests,
  type PushedChart,
} from '../../test-support/registry/oci-chart.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { makeWrappers, type Wrappers } from '../../test-support/wrappers/index.js';

/**
 * validate's render check on an `oci://` spec.chart: W&B's real operator-wandb 0.43.8 pushed with real helm
 * into a real OCI registry on loopback (Debian's docker-registry, plain HTTP, basic auth), pulled by the
 * product with `helm pull` (the credentials in a 0600 registry config of a private helm home, no `helm registry
 * login`: __tests__/integration/registry-credentials.test.ts), rendered, and cached. helm runs
 * behind the recording wrapper (test-support/wrappers), so each call's argv and environment are checked.
 */
const USER = 'ci';
const PASSWORD = 'oci-pw-8f3a61d2c4';
const REPOSITORY = 'charts/operator-wandb';
const REFUSED = '    mcp-server:\n      install: true\n      weave:\n        tools: maybe\n';

let tools: { helm: string; helm4: string };
let registry: TestRegistry;
let chart: PushedChart;
let dir: string;
let wrappers: Wrappers;

beforeAll(async () => {
  tools = await ensureTools();
  dir = mkdtempSync(join(tmpdir(), 'oci-chart-'));
  registry = await startRegistry({ auth: 'basic', users: { [USER]: PASSWORD }, accessLog: true });
  chart = await pushReferenceChart(registry, {
    helm: tools.helm,
    credentials: { username: USER, password: PASSWORD },
  });
  wrappers = makeWrappers({ path: '/usr/bin:/bin', real: { helm: tools.helm } });
}, 120_000);

afterAll(async () => {
  wrappers?.remove();
  await registry?.stop();
});

function cr(spec: string, values = ''): string {
  return (
    'apiVersion: apps.wandb.com/v1\nkind: WeightsAndBiases\nmetadata:\n  name: wandb\n  namespace: wandb\nspec:\n' +
    spec +
    '  values:\n    global:\n      host: https://wandb.example.com\n' +
    values
  );
}

function ociChart(extra = '    plainHTTP: true\n'): string {
  return `  chart:\n    url: ${chart.url}\n    version: 0.43.8\n${extra}`;
}

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Everything the user reads: the log (stdout under Actions, stderr on the CLI), the summary, the outputs. */
function shown(run: CliRun): string {
  // GitHub's own mask commands carry the secret: they are what hides it in the job log.
  return `${run.stdout}${run.stderr}${run.summary}${run.outputs}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** A private chart cache, PATH without helm: only what each run is given. */
function envWith(cache: string, password?: string): NodeJS.ProcessEnv {
  return {
    RUNNER_TOOL_CACHE: join(dir, cache),
    PATH: '/usr/bin:/bin',
    ...(password ? { CHART_REPO_PASSWORD: password } : {}),
  };
}

test('oci:// with basic auth: pulled once (password in a private file), rendered, then from the cache with no request to the registry', async () => {
  const file = write('oci.yaml', cr(ociChart()));
  const helm = join(wrappers.dir, 'helm');
  const args = ['validate', '-c', file, '--helm-path', helm, '--chart-repo-username', USER];

  // Without the password the registry refuses the pull; auto says so and goes on.
  const denied = await cli(['validate', '-c', file, '--helm-path', helm], {
    env: envWith('cache-a'),
    github: true,
  });
  expect(denied.code).toBe(0);
  expect(shown(denied)).toContain(
    `render check skipped: the chart oci://${registry.host}/charts/operator-wandb:0.43.8 could not be fetched: helm pull`,
  );
  expect(parseOutputs(denied.outputs)['render-check']).toBe('skipped');

  wrappers.reset();
  const pullsBefore = registryRequests(registry, REPOSITORY).length;
  const first = await cli(args, { env: envWith('cache-a', PASSWORD), github: true });
  expect(first.code).toBe(0);
  expect(shown(first)).toMatch(
    new RegExp(
      `render check: operator-wandb 0\\.43\\.8 \\(from oci://127\\.0\\.0\\.1:\\d+/charts/operator-wandb, downloaded and cached\\) rendered \\d+ objects`,
    ),
  );
  expect(parseOutputs(first.outputs)).toMatchObject({ valid: 'true', 'render-check': 'rendered' });
  expect(shown(first)).not.toContain(PASSWORD);
  // The registry served the chart (manifest and blobs)...
  expect(registryRequests(registry, REPOSITORY).length).toBeGreaterThan(pullsBefore);
  // ...to helm, which read the password from its private registry config: in no argv, in no environment, and
  // no `helm registry login` (which could hand it to a credential helper).
  const calls = wrappers.calls();
  expect(calls.map((c) => c.argv)).toEqual([
    expect.arrayContaining(['pull', chart.url, '--version', '0.43.8', '--plain-http']),
    expect.arrayContaining(['template']),
  ]);
  for (const call of calls) {
    expect(JSON.stringify(call.argv)).not.toContain(PASSWORD);
    expect(JSON.stringify(call.env)).not.toContain(PASSWORD);
  }
  const cached = readdirSync(join(dir, 'cache-a', 'wandb-charts', 'operator-wandb', '0.43.8'), {
    recursive: true,
  }) as string[];
  expect(cached.some((name) => /operator-wandb-0\.43\.8-[0-9a-f]{64}\.tgz$/.test(name))).toBe(true);

  // Pinned and cached: no helm pull, no login, not one request to the registry.
  wrappers.reset();
  const served = registryRequests(registry, REPOSITORY).length;
  const second = await cli(args, { env: envWith('cache-a', PASSWORD), github: true });
  expect(second.code).toBe(0);
  expect(shown(second)).toContain(`(from oci://${registry.host}/charts/operator-wandb, from the cache)`);
  expect(parseOutputs(second.outputs)['render-check']).toBe('rendered');
  expect(wrappers.calls().map((c) => c.argv[0])).toEqual(['template']);
  expect(registryRequests(registry, REPOSITORY).length).toBe(served);
});

test("oci:// values the chart refuses: the chart's message at the file and line that set them", async () => {
  const text = cr(ociChart(), REFUSED);
  const file = write('oci-refused.yaml', text);
  const line = text.split('\n').findIndex((l) => l.includes('tools: maybe')) + 1;
  const run = await cli(['validate', '-c', file, '--helm-path', tools.helm, '--chart-repo-username', USER], {
    env: envWith('cache-refused', PASSWORD),
    github: true,
  });
  expect(run.code).toBe(1);
  expect(shown(run)).toContain(
    `${file}:${line}:16: error: chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false" (templates/mcp-validation.yaml:19)`,
  );
  expect(shown(run)).toContain('downloaded and cached');
  expect(parseOutputs(run.outputs)).toMatchObject({ valid: 'false', 'render-check': 'failed' });
  expect(shown(run)).not.toContain(PASSWORD);
});

test('helm 4 reaches a plain-HTTP registry only with spec.chart.plainHTTP: true, which the product passes on', async () => {
  const args = (file: string) => [
    'validate',
    '-c',
    file,
    '--helm-path',
    tools.helm4,
    '--chart-repo-username',
    USER,
  ];
  const without = await cli(args(write('oci-https.yaml', cr(ociChart('')))), {
    env: envWith('cache-h4', PASSWORD),
    github: true,
  });
  expect(without.code).toBe(0);
  expect(shown(without)).toContain('could not be fetched: helm pull');
  expect(shown(without)).toContain(
    'server gave HTTP response to HTTPS client (the registry speaks plain HTTP: set spec.chart.plainHTTP: true, as the operator needs too)',
  );
  expect(parseOutputs(without.outputs)['render-check']).toBe('skipped');

  const plain = await cli(args(write('oci-plain.yaml', cr(ociChart()))), {
    env: envWith('cache-h4', PASSWORD),
    github: true,
  });
  expect(plain.code).toBe(0);
  expect(shown(plain)).toContain('downloaded and cached');
  expect(parseOutputs(plain.outputs)['render-check']).toBe('rendered');
  expect(shown(plain)).not.toContain(PASSWORD);
});

test('oci:// with user:password in spec.chart.url: helm pulls with them from its registry config, never in argv', async () => {
  // The password percent-encoded in part ('-' as %2D), as a URL may carry it: helm must get it decoded.
  const written = PASSWORD.replace(/-/g, '%2D');
  const url = chart.url.replace('oci://', `oci://${USER}:${written}@`);
  const file = write(
    'oci-url-credentials.yaml',
    cr(`  chart:\n    url: ${url}\n    version: 0.43.8\n    plainHTTP: true\n`),
  );
  wrappers.reset();
  const pullsBefore = registryRequests(registry, REPOSITORY).length;
  const run = await cli(['validate', '-c', file, '--helm-path', join(wrappers.dir, 'helm')], {
    env: envWith('cache-url'),
    github: true,
  });
  expect(run.code).toBe(0);
  // Pulled (the registry refuses anyone without the credentials), from the registry host without the userinfo.
  expect(shown(run)).toContain(`(from oci://${registry.host}/charts/operator-wandb, downloaded and cached)`);
  expect(parseOutputs(run.outputs)['render-check']).toBe('rendered');
  expect(registryRequests(registry, REPOSITORY).length).toBeGreaterThan(pullsBefore);
  const calls = wrappers.calls();
  expect(calls.map((c) => c.argv)).toEqual([
    expect.arrayContaining(['pull', chart.url, '--version', '0.43.8', '--plain-http']),
    expect.arrayContaining(['template']),
  ]);
  for (const call of calls) {
    for (const secret of [PASSWORD, written, `//${USER}:`, `@${registry.host}`]) {
      expect(JSON.stringify(call.argv)).not.toContain(secret);
      expect(JSON.stringify(call.env)).not.toContain(secret);
    }
  }
  expect(shown(run)).not.toContain(PASSWORD);
  expect(shown(run)).not.toContain(written);
});
