/** `--format json` (docs/json-output.md): one document `{ command, ok, ... }` on stdout, the log on stderr. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '../../test-support/run-cli.js';
import { OPERATOR_WANDB_0438, helmPath } from '../unit/images/real-chart.js';
import { startRegistry } from '../../test-support/registry/registry.js';
import { startWandbStandIn } from '../../test-support/wandb-stand-in/server.js';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { addPullRoutes } from '../../test-support/github-stand-in/pulls.js';
import { createRemote } from '../../test-support/git/repos.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));

const good = ['--config', 'examples/base.yaml', '--config', 'examples/overlays/production.yaml'];
const broken = ['--config', 'examples/broken/base.yaml', '--config', 'examples/broken/overlay.yaml'];

test('validate: the verdict, counts and every problem with its place; the log stays on stderr', async () => {
  const ok = await cli(['validate', ...good, '--render-check=false', '--format', 'json']);
  expect(ok.code).toBe(0);
  const doc = JSON.parse(ok.stdout);
  expect(doc).toMatchObject({ command: 'validate', ok: true, errors: 0, warnings: 1 });
  expect(doc.files).toEqual(['examples/base.yaml', 'examples/overlays/production.yaml']);
  expect(doc.diagnostics[0]).toMatchObject({ severity: 'warning', file: 'examples/base.yaml', line: 25 });
  expect(ok.stderr).toContain('warning:');

  const bad = await cli(['validate', ...broken, '--format', 'json']);
  expect(bad.code).toBe(1);
  const problems = JSON.parse(bad.stdout);
  expect(problems).toMatchObject({ command: 'validate', ok: false, errors: 9, warnings: 4 });
  expect(problems.diagnostics).toContainEqual(
    expect.objectContaining({ severity: 'error', file: 'examples/broken/overlay.yaml', line: 5, column: 9 }),
  );
});

test('render: the CR as JSON, secrets masked', async () => {
  const run = await cli(['render', ...good, '--format', 'json']);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout);
  expect(doc).toMatchObject({ command: 'render', ok: true, cr: { kind: 'WeightsAndBiases' } });
  expect(doc.cr.spec.values.global.license).toBe('***');
});

test('plan: the plan inside the envelope', async () => {
  const run = await cli(['plan', '--fleet', 'examples/fleet.yml', '--format', 'json']);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout);
  expect(doc).toMatchObject({ command: 'plan', ok: true, fleet: 'examples/fleet.yml' });
  expect(doc.stages.map((s: { name: string }) => s.name)).toEqual(['dev', 'staging', 'production']);
});

test('a failure is a JSON document too, with the message, the fix and the place', async () => {
  const run = await cli(['plan', '--fleet', 'examples/no-such-fleet.yml', '--format', 'json']);
  expect(run.code).toBe(1);
  const doc = JSON.parse(run.stdout);
  expect(doc).toMatchObject({ command: 'plan', ok: false, error: { message: expect.any(String) } });
  expect(run.stderr).toContain('error:');
});

test('an unknown format is refused with the fix', async () => {
  const run = await cli(['validate', ...good, '--format', 'xml']);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("Unknown format 'xml'.");
  expect(run.stderr).toContain('Use text or json.');
});

test('apply-cr --dry-run without any kubeconfig: the diff against an empty cluster, secrets masked', async () => {
  // No KUBECONFIG and a HOME with no ~/.kube: nothing to connect to.
  const home = mkdtempSync(join(tmpdir(), 'json-apply-home-'));
  const run = await cli(['apply-cr', ...good, '--dry-run', '--render-check=false', '--format', 'json'], {
    env: { HOME: home },
  });
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout);
  expect(doc).toMatchObject({
    command: 'apply-cr',
    ok: true,
    result: 'dry-run',
    dryRun: true,
    target: { name: 'wandb', namespace: 'wandb' },
    liveSpec: 'unknown',
    renderCheck: 'skipped',
    diff: { removed: 0 },
    outputs: { changed: 'false', 'rolled-back': 'false' },
  });
  expect(doc.diff.added).toBeGreaterThan(10);
  expect(doc.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', line: 25 }));
  // The diff is in the outputs (masked), not printed beside the document.
  expect(doc.outputs.diff).toContain('kind: WeightsAndBiases');
  expect(doc.outputs.diff).toMatch(/license: .*\*\*\*/);
  expect(run.stdout).not.toContain('demo-license-3f9c2a7e5b1d4c8a');
  expect(run.stderr).toContain('Dry run without a cluster');
});

test('image-check: every image with its status, keys and users; the missing ones; no table on stdout', async () => {
  const password = 'Js0n-Pa55:word/odd+chars';
  const registry = await startRegistry({ auth: 'basic', users: { mirror: password } });
  try {
    await registry.push('wandb/local', '0.62.2', 'index');
    const fixture = join(here, 'image-check', 'fixtures', 'airgapped-cr.yaml');
    const config = join(mkdtempSync(join(tmpdir(), 'json-images-')), 'wandb.yaml');
    writeFileSync(config, readFileSync(fixture, 'utf8').replace(/REGISTRY/g, registry.host));
    const run = await cli(
      [
        'image-check',
        ...['--config', config, '--registry', registry.registryArg, '--registry-username', 'mirror'],
        ...['--controller-tag', '1.20.0', '--chart', OPERATOR_WANDB_0438, '--helm-path', helmPath()],
        ...['--format', 'json'],
      ],
      { env: { REGISTRY_PASSWORD: password } },
    );
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      command: 'image-check',
      ok: false,
      registry: registry.host,
      airgapped: true,
      chart: 'operator-wandb 0.43.8',
      channelRelease: null,
    });
    const image = (ref: string) => doc.images.find((i: { reference: string }) => i.reference === ref);
    expect(image(`${registry.host}/wandb/local:0.62.2`)).toMatchObject({
      status: 'present',
      testOnly: false,
      keys: ['spec.values.app.image'],
    });
    expect(image(`${registry.host}/wandb/local:0.62.2`).usedBy.length).toBeGreaterThan(0);
    expect(image(`${registry.host}/wandb/console:2.13.1`)).toMatchObject({
      status: 'missing',
      keys: ['spec.values.console.image'],
      upstream: 'docker.io/wandb/console:2.13.1',
    });
    expect(doc.missing).toContain(`${registry.host}/wandb/console:2.13.1`);
    expect(doc.missing).toContain(`${registry.host}/wandb/controller:1.20.0`);
    expect(doc.missing).not.toContain(`${registry.host}/wandb/local:0.62.2`);
    expect(run.stdout).not.toContain(password);
    expect(run.stderr).toContain('crane copy');
  } finally {
    await registry.stop();
  }
});

test('verify: the report it writes to report-path, printed with the envelope; the API key nowhere', async () => {
  const apiKey = 'local-0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d';
  const standIn = await startWandbStandIn({ apiKey, entity: 'ml-team' });
  const work = mkdtempSync(join(tmpdir(), 'json-verify-'));
  try {
    const run = await cli(
      [
        'verify',
        ...['--host', standIn.url, '--retry-seconds', '0.3', '--check-timeout', '20'],
        ...['--use-wandb-cli', 'false', '--cluster-checks', 'false', '--format', 'json'],
      ],
      { cwd: work, env: { WANDB_API_KEY: apiKey } },
    );
    expect(run.code).toBe(0);
    const { command, ok, reportPath, ...report } = JSON.parse(run.stdout);
    expect({ command, ok, reportPath }).toEqual({
      command: 'verify',
      ok: true,
      reportPath: join(work, 'wandb-verify-report.json'),
    });
    expect(report).toEqual(JSON.parse(readFileSync(reportPath, 'utf8')));
    expect(report).toMatchObject({ result: 'passed', counts: { failed: 0 } });
    expect(report.checks.find((c: { id: string }) => c.id === 'login')).toMatchObject({ status: 'pass' });
    expect(run.stdout).not.toContain(apiKey);
    expect(run.stderr).toContain('PASS');
  } finally {
    await standIn.close();
  }
});

test('upgrade-check (dry run): the support decision, the chart and the pull request', async () => {
  const token = 'ghs_jsonOutputTestToken0123456789abcdef';
  const gh = new GitHubStandIn({ tokens: [token] });
  for (const release of snapshotReleases())
    gh.addRelease('wandb/server', {
      tag_name: release.version,
      published_at: `${release.date}T12:00:00Z`,
      body: `## Fixes\n* Fixes of ${release.version}`,
    });
  const url = await gh.start();
  try {
    const cr = [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata: {name: wandb, namespace: wandb}',
      'spec:',
      '  values:',
      '    global: {host: https://wandb.example.com}',
      '    app: {image: {repository: wandb/local, tag: "0.73.1"}}',
      '',
    ].join('\n');
    const remote = await createRemote({ 'deploy/wandb.yaml': cr });
    addPullRoutes(gh, { owner: 'acme', repo: 'infra', branchSha: (b) => remote.tip(b), users: [] });
    const run = await cli(
      [
        'upgrade-check',
        ...['--files', 'deploy/wandb.yaml', '--as-of', '2026-07-05', '--repository', 'acme/infra'],
        ...['--github-api-url', url, '--dry-run', '--format', 'json'],
      ],
      { cwd: await remote.clone(), env: { GITHUB_TOKEN: token } },
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      command: 'upgrade-check',
      ok: true,
      // The 0.73 line came out on 2025-09-03: supported for a year, 60 days left on 2026-07-05.
      deployedVersion: '0.73.1',
      status: 'nearing',
      endOfSupport: '2026-09-03',
      daysLeft: 60,
      target: '0.82.1',
      chart: { bump: 'not-pinned', from: null, to: null },
      pullRequest: { operation: 'none', number: null, url: null },
      dryRun: true,
    });
    expect(run.stdout).not.toContain(token);
    expect(run.stderr).toContain('GitHub API requests');
  } finally {
    await gh.stop();
  }
});
