import type { CheckGroup, CheckResult, CheckStatus } from './types.js';

/** The verify report: counts, the pass/fail decision, the JSON document and the job-summary markdown. Pure. */

export type FailOn = 'error' | 'warning';

export interface Counts {
  passed: number;
  failed: number;
  warnings: number;
  skipped: number;
}

export interface VerifyReport {
  tool: string;
  host: string;
  serverVersion?: string;
  startedAt: string;
  durationMs: number;
  failOn: FailOn;
  result: 'passed' | 'failed';
  counts: Counts;
  checks: CheckResult[];
  /** Groups not run at all, with why (e.g. cluster checks without a kubeconfig). */
  notes?: string[];
}

export function countResults(results: readonly CheckResult[]): Counts {
  const count = (status: CheckStatus) => results.filter((r) => r.status === status).length;
  return { passed: count('pass'), failed: count('fail'), warnings: count('warn'), skipped: count('skipped') };
}

/** `fail-on: error` fails on failed checks; `fail-on: warning` also on warnings. Skipped never fails. */
export function isFailure(counts: Counts, failOn: FailOn): boolean {
  return counts.failed > 0 || (failOn === 'warning' && counts.warnings > 0);
}

export function buildReport(input: {
  tool: string;
  host: string;
  serverVersion?: string;
  startedAt: Date;
  durationMs: number;
  failOn: FailOn;
  checks: CheckResult[];
  notes?: string[];
}): VerifyReport {
  const counts = countResults(input.checks);
  return {
    tool: input.tool,
    host: input.host,
    ...(input.serverVersion ? { serverVersion: input.serverVersion } : {}),
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    failOn: input.failOn,
    result: isFailure(counts, input.failOn) ? 'failed' : 'passed',
    counts,
    checks: input.checks.map((check) => ({ ...check, durationMs: Math.round(check.durationMs) })),
    ...(input.notes && input.notes.length > 0 ? { notes: input.notes } : {}),
  };
}

const ICONS: Record<CheckStatus, string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  skipped: '⏭️ skipped',
};
const GROUP_TITLES: Record<CheckGroup, string> = {
  wandb: 'W&B Server',
  'wandb-cli': 'wandb CLI (artifacts, sweeps)',
  cluster: 'Cluster',
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A table cell: pipes escaped, line breaks as <br> (a raw newline would end the table row). */
export function cell(text: string | undefined): string {
  if (!text) return '';
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** The order a reader needs: what failed, then what to look at, then what passed. */
const SEVERITY: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2, skipped: 3 };

const TABLE_HEAD = [
  '| Group | Check | Status | Time | Message | Fix |',
  '| --- | --- | --- | --- | --- | --- |',
];

function row(check: CheckResult): string {
  return `| ${GROUP_TITLES[check.group]} | ${cell(check.title)} | ${ICONS[check.status]} | ${formatDuration(check.durationMs)} | ${cell(check.message)} | ${cell(check.status === 'pass' ? undefined : check.fix)} |`;
}

/**
 * The job summary: the verdict, then the checks that ran, failures first and warnings next (each kept in run
 * order within its status, so a failure's cause above it stays above it), then the skipped checks folded in a
 * `<details>` block: a reader sees what to fix without scrolling past what did not run.
 */
export function renderMarkdown(report: VerifyReport): string {
  const { counts } = report;
  const verdict = report.result === 'passed' ? '✅ passed' : '❌ failed';
  const lines = [
    `## W&B verify: ${report.host}`,
    '',
    `**${verdict}**: ${counts.passed} passed, ${counts.warnings} ${counts.warnings === 1 ? 'warning' : 'warnings'}, ${counts.failed} failed, ${counts.skipped} skipped` +
      ` (fail-on: ${report.failOn}) in ${formatDuration(report.durationMs)}.` +
      (report.serverVersion ? ` W&B Server version: ${report.serverVersion}.` : ''),
    '',
  ];
  const ran = report.checks
    .map((check, index) => ({ check, index }))
    .filter(({ check }) => check.status !== 'skipped')
    .sort((a, b) => SEVERITY[a.check.status] - SEVERITY[b.check.status] || a.index - b.index)
    .map(({ check }) => check);
  const skipped = report.checks.filter((check) => check.status === 'skipped');
  if (ran.length > 0) lines.push(...TABLE_HEAD, ...ran.map(row));
  else lines.push('No check ran.');
  if (skipped.length > 0) {
    lines.push(
      '',
      '<details>',
      `<summary>${skipped.length} skipped ${skipped.length === 1 ? 'check' : 'checks'}, and why</summary>`,
      '',
      ...TABLE_HEAD,
      ...skipped.map(row),
      '',
      '</details>',
    );
  }
  if (report.notes && report.notes.length > 0) {
    lines.push('');
    for (const note of report.notes) lines.push(`> ${note}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** One log line per check, for the step log. */
export function renderLine(check: CheckResult): string {
  const label = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skipped: 'SKIP' }[check.status];
  return `${label} ${check.title} (${formatDuration(check.durationMs)}): ${check.message}${
    check.fix && check.status !== 'pass' ? `\n     fix: ${check.fix}` : ''
  }`;
}
