import {
  buildReport,
  cell,
  countResults,
  isFailure,
  renderLine,
  renderMarkdown,
} from '../../../src/verify/report.js';
import type { CheckResult } from '../../../src/verify/types.js';

const results: CheckResult[] = [
  {
    id: 'login',
    title: 'Checking if logged in',
    group: 'wandb',
    status: 'pass',
    durationMs: 12.4,
    message: 'Logged in as ada.',
  },
  {
    id: 'large-payload',
    title: 'Checking ability to send large payloads through proxy',
    group: 'wandb',
    status: 'fail',
    durationMs: 1530,
    message: 'Failed to send a large payload (HTTP 413).',
    fix: 'Set proxy-body-size to "0" | or else',
  },
  {
    id: 'cors',
    title: 'CORS',
    group: 'wandb',
    status: 'warn',
    durationMs: 5,
    message: 'no CORS\nsecond line',
    fix: 'add a rule',
  },
  {
    id: 'sweeps',
    title: 'Sweeps',
    group: 'wandb-cli',
    status: 'skipped',
    durationMs: 0,
    message: 'No wandb CLI on PATH.',
  },
];

describe('report', () => {
  test('counts and fail-on', () => {
    const counts = countResults(results);
    expect(counts).toEqual({ passed: 1, failed: 1, warnings: 1, skipped: 1 });
    expect(isFailure(counts, 'error')).toBe(true);
    expect(isFailure({ ...counts, failed: 0 }, 'error')).toBe(false);
    expect(isFailure({ ...counts, failed: 0 }, 'warning')).toBe(true);
    expect(isFailure({ passed: 3, failed: 0, warnings: 0, skipped: 4 }, 'warning')).toBe(false);
  });

  test('JSON report: result, rounded times, server version', () => {
    const report = buildReport({
      tool: 't',
      host: 'https://w',
      serverVersion: '0.83.0',
      startedAt: new Date('2026-11-23T03:00:00Z'),
      durationMs: 2000.6,
      failOn: 'error',
      checks: results,
    });
    expect(report).toMatchObject({
      host: 'https://w',
      serverVersion: '0.83.0',
      startedAt: '2026-11-23T03:00:00.000Z',
      durationMs: 2001,
      result: 'failed',
      counts: { passed: 1, failed: 1, warnings: 1, skipped: 1 },
    });
    expect(report.checks[0].durationMs).toBe(12);
    expect(report).not.toHaveProperty('notes');
  });

  test('markdown: headline, failures first, then warnings, then passes; skipped folded; cells escaped', () => {
    const report = buildReport({
      tool: 't',
      host: 'https://w',
      startedAt: new Date(0),
      durationMs: 2000,
      failOn: 'error',
      checks: results,
      notes: ['Cluster checks are not part of this version yet.'],
    });
    expect(renderMarkdown(report)).toBe(
      [
        '## W&B verify: https://w',
        '',
        '**❌ failed**: 1 passed, 1 warning, 1 failed, 1 skipped (fail-on: error) in 2.0 s.',
        '',
        '| Group | Check | Status | Time | Message | Fix |',
        '| --- | --- | --- | --- | --- | --- |',
        '| W&B Server | Checking ability to send large payloads through proxy | ❌ fail | 1.5 s | Failed to send a large payload (HTTP 413). | Set proxy-body-size to "0" \\| or else |',
        '| W&B Server | CORS | ⚠️ warn | 5 ms | no CORS<br>second line | add a rule |',
        '| W&B Server | Checking if logged in | ✅ pass | 12 ms | Logged in as ada. |  |',
        '',
        '<details>',
        '<summary>1 skipped check, and why</summary>',
        '',
        '| Group | Check | Status | Time | Message | Fix |',
        '| --- | --- | --- | --- | --- | --- |',
        '| wandb CLI (artifacts, sweeps) | Sweeps | ⏭️ skipped | 0 ms | No wandb CLI on PATH. |  |',
        '',
        '</details>',
        '',
        '> Cluster checks are not part of this version yet.',
        '',
      ].join('\n'),
    );
  });

  test('cell and log line', () => {
    expect(cell('a|b\\c\r\nd')).toBe('a\\|b\\\\c<br>d');
    expect(renderLine(results[1])).toBe(
      'FAIL Checking ability to send large payloads through proxy (1.5 s): Failed to send a large payload (HTTP 413).\n     fix: Set proxy-body-size to "0" | or else',
    );
    expect(renderLine(results[0])).toBe('PASS Checking if logged in (12 ms): Logged in as ada.');
  });
});
