import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redactor } from '../../../src/core/redact.js';
import { Reporter, SUMMARY_LIMIT_BYTES, details, fitSummary } from '../../../src/core/reporter.js';

/** A Reporter as under GitHub Actions, with its own output and summary files and captured stdout. */
function actionsReporter() {
  const dir = mkdtempSync(join(tmpdir(), 'reporter-'));
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
  };
  let stdout = '';
  const redactor = new Redactor();
  const out = new Reporter({
    redactor,
    env,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t) },
  });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { out, redactor, stdout: () => stdout, read };
}

test('outputs go through @actions/core: a fresh delimiter per value, never one the value holds', () => {
  const { out, read } = actionsReporter();
  out.setOutput('notes', 'line 1\nghadelimiter_looks-like-one\nline 3');
  out.setOutput('count', 3);
  const text = read('output');
  const first = /^notes<<(ghadelimiter_[0-9a-f-]{36})\n/.exec(text);
  expect(first).not.toBeNull();
  expect(text).toContain(`notes<<${first![1]}\nline 1\nghadelimiter_looks-like-one\nline 3\n${first![1]}\n`);
  expect(text).toMatch(/count<<(ghadelimiter_[0-9a-f-]{36})\n3\n\1\n/);
});

test('annotations carry title, file, line and column; redaction comes first', () => {
  const { out, redactor, stdout } = actionsReporter();
  redactor.add('s3cr3t-value-123');
  out.error('bad value s3cr3t-value-123', { file: 'a, b.yaml', line: 4, column: 7 }, 'Invalid configuration');
  out.warning('plain');
  expect(stdout()).toContain(
    '::error title=Invalid configuration,file=a%2C b.yaml,line=4,col=7::bad value ***\n',
  );
  expect(stdout()).toContain('::warning::plain\n');
});

test('an annotation given no title is headed by the default title, which the runner sets to the command', () => {
  const { out, stdout } = actionsReporter();
  out.defaultTitle = 'wandb-operator-actions apply-cr';
  out.error('the CR did not roll out');
  out.warning('a note', undefined, 'Its own title');
  expect(stdout()).toContain('::error title=wandb-operator-actions apply-cr::the CR did not roll out\n');
  expect(stdout()).toContain('::warning title=Its own title::a note\n');
});

test('a multi-line secret reaches the runner only through forms that cannot garble its log', () => {
  const { redactor, stdout } = actionsReporter();
  redactor.add('-----BEGIN KEY-----\nQUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n-----END KEY-----');
  // The key material line is masked wherever the runner prints it...
  expect(stdout()).toContain('::add-mask::QUJDREVGR0hJSktMTU5PUFFSU1RVVldY\n');
  // ...but not the frame lines (nor, in a kubeconfig, `kind: Config`), which would be masked in the whole log.
  expect(stdout()).not.toContain('::add-mask::-----BEGIN KEY-----\n');
  expect(stdout()).not.toMatch(/::add-mask::[^\n]*%0A/);
});

test('groups fold the log', async () => {
  const { out, stdout } = actionsReporter();
  await out.group('Checking', async () => out.info('inside'));
  expect(stdout()).toBe('::group::Checking\ninside\n::endgroup::\n');
});

test('the summary is written through core.summary; long parts fold under <details>', async () => {
  const { out, read } = actionsReporter();
  out.summary('### Result');
  out.summaryDetails('Notes of 0.75.0 <beta>', 'a\nb');
  await out.flushSummary();
  expect(read('summary')).toBe(
    '### Result\n<details><summary>Notes of 0.75.0 &lt;beta&gt;</summary>\n\na\nb\n\n</details>\n\n',
  );
});

test('a summary over 1 MiB is cut below the limit, with open blocks closed and a note', async () => {
  const big = details(
    'All releases',
    '```\n' + 'x'.repeat(100) + '\n'.repeat(1) + ('line\n'.repeat(300_000) + '```'),
  );
  const cut = fitSummary(['### Head', big]);
  expect(Buffer.byteLength(cut)).toBeLessThan(SUMMARY_LIMIT_BYTES);
  expect(cut.startsWith('### Head\n<details><summary>All releases</summary>')).toBe(true);
  expect(cut).toContain("over GitHub's 1 MiB limit for a step summary");
  expect((cut.match(/```/g) ?? []).length % 2).toBe(0);
  expect(cut).toContain('</details>');
  // Under the limit nothing changes.
  expect(fitSummary(['a', 'b'])).toBe('a\nb');
  const { out, read } = actionsReporter();
  out.summary(big);
  await out.flushSummary();
  expect(Buffer.byteLength(read('summary'))).toBeLessThan(SUMMARY_LIMIT_BYTES);
});

test('on the CLI nothing reaches the workflow files and the log is plain on stderr', () => {
  let stderr = '';
  const out = new Reporter({
    redactor: new Redactor(),
    env: {},
    streams: { stdout: () => undefined, stderr: (t) => void (stderr += t) },
  });
  out.error('broken', { file: 'f.yaml', line: 1, column: 2 }, 'Title');
  out.setOutput('x', 1);
  expect(stderr).toBe('error: broken\n');
  expect(out.outputs).toEqual({ x: '1' });
});
