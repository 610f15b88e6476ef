/**
 * Each action run through GitHub's own local runner for JavaScript actions, `@github/local-action`: it reads the
 * action folder's action.yml, loads the inputs from a .env file, replaces @actions/core with its stand-in and
 * calls the `run()` the entry exports (src/actions/<name>.ts, as GitHub's typescript-action template has it).
 * What it prints is what a user of `npx local-action` sees: the outputs the action set, its annotations, and the
 * exit code (0 only when the action passed). The job summary goes to the GITHUB_STEP_SUMMARY of the .env.
 *
 * No cluster is given to the cluster actions here: each must fail cleanly (exit 1, an error annotation that says
 * what to fix, no "Unexpected failure"), before anything touches a cluster.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'node_modules/.bin/local-action');

interface LocalRun {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `local-action run <action folder> <entry relative to it> <.env>` with the given inputs. */
function localAction(folder: string, inputs: Record<string, string>): LocalRun {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'));
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(summaryFile, '');
  const env = {
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summaryFile,
    // As the runner gives every step; local-action's core keeps the outputs itself and prints them.
    GITHUB_OUTPUT: join(dir, 'output.txt'),
    GITHUB_REPOSITORY: 'acme/deploy',
    // No cluster: nothing may fall back to ~/.kube/config.
    KUBECONFIG: join(dir, 'no-kubeconfig'),
    HOME: dir,
  };
  const dotenv = join(dir, '.env');
  writeFileSync(
    dotenv,
    Object.entries(env)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join('\n') + '\n',
  );
  const entry = folder === '.' ? 'src/actions/main.ts' : `../src/actions/${folder}.ts`;
  const run = spawnSync(bin, ['run', folder, entry, dotenv], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 150_000,
  });
  const log = `${run.stdout}${run.stderr}`;
  // The stand-in of core.setOutput prints `::set-output name=NAME::VALUE` (one line for the values used here).
  const outputs: Record<string, string> = {};
  for (const match of log.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[match[1]] = match[2];
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '';
  return { code: run.status ?? -1, log, outputs, summary };
}

const examples = 'examples/base.yaml\nexamples/overlays/production.yaml';

test('the root action runs validate (command: validate): outputs, summary, exit 0', () => {
  const run = localAction('.', { command: 'validate', config: examples, 'render-check': 'false' });
  expect(run.log).not.toContain('does not export a run() function');
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ valid: 'true', errors: '0' });
  expect(run.summary).toContain('examples/base.yaml');
  expect(run.log).not.toContain('Unexpected failure');
});

test('a broken configuration fails the root action with annotations on file and line, exit 1', () => {
  const run = localAction('.', {
    command: 'validate',
    config: 'examples/broken/base.yaml\nexamples/broken/overlay.yaml',
  });
  expect(run.code).toBe(1);
  expect(run.outputs).toMatchObject({ valid: 'false', errors: '9' });
  // local-action prints an annotation as `::error title=...,file=...,line=...::message`; the title names the key.
  expect(run.log).toMatch(
    /::error title=Invalid configuration at spec\.values\.global\.host,file=examples\/broken\/overlay\.yaml,line=5[^:]*::`global\.host`/,
  );
});

test('release-notes on the built-in snapshot: count, versions and the notes in the summary', () => {
  const run = localAction('release-notes', { from: '0.74.1', to: '0.76.0', 'releases-file': 'builtin' });
  expect(run.code).toBe(0);
  expect(run.outputs).toMatchObject({ count: '4', versions: '0.75.0,0.75.1,0.75.2,0.76.0' });
  expect(run.summary).toContain('## W&B Server releases after 0.74.1, up to 0.76.0');
});

test('support through the root action (command: support), exit 0', () => {
  const run = localAction('.', {
    command: 'support',
    version: '0.74.1',
    'releases-file': 'builtin',
    'as-of': '2026-01-01',
  });
  expect(run.code).toBe(0);
  expect(run.log).toContain('0.74.1');
});

test('plan: the stages and the plan JSON as outputs', () => {
  const run = localAction('plan', { fleet: 'examples/fleet.yml' });
  expect(run.code).toBe(0);
  expect(run.outputs.stages).toBe('["dev","staging","production"]');
  expect(JSON.parse(run.outputs.plan).stages.map((s: { name: string }) => s.name)).toEqual([
    'dev',
    'staging',
    'production',
  ]);
});

test('verify without a host fails as a usage error, not a crash', () => {
  const run = localAction('verify', {});
  expect(run.code).not.toBe(0);
  expect(run.log).toContain('Input required and not supplied: host');
  expect(run.log).not.toContain('Unexpected failure');
});

// The cluster actions, with no cluster: a clean failure that says what to give, before anything else happens.
test.each([
  ['apply-cr', { config: examples }],
  ['install-operator', {}],
  ['upgrade-check', { 'version-source': 'cluster', 'releases-file': 'builtin' }],
  ['migrate', { config: examples }],
  ['rollout', { fleet: 'examples/fleet.yml' }],
  ['image-check', { config: examples, registry: 'registry.invalid' }],
])(
  '%s without a cluster or registry fails cleanly (exit non-zero, an error annotation)',
  (folder, inputs) => {
    const run = localAction(folder, inputs);
    expect(run.log).not.toContain('does not export a run() function');
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/::error/);
    expect(run.log).not.toContain('Unexpected failure');
  },
);
