/** `--format json` (docs/json-output.md): one document `{ command, ok, ... }` on stdout, the log on stderr. */
import { cli } from '../../test-support/run-cli.js';

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
