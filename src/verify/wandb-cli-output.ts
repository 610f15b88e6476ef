import type { CheckOutcome } from './types.js';

/**
 * Reads the output of `wandb verify` (wandb/sdk/verify/verify.py): each check prints its label padded with
 * dots to 72 characters, then ✅ or ❌ on the same line; after ❌ the failure strings follow on their own lines,
 * styled yellow (warning) or red (failure) with ANSI codes. We take the checks that have no native version here
 * (artifacts, sweeps) from it as checks of their own; its lines for the others (cliComparisonLines) go into the
 * JSON report only, as details of the artifact check, to compare with the native results.
 */

const CHECKMARK = '\u2705';
const RED_X = '\u274c';
// ANSI colour codes (click.style) are control characters by nature.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const YELLOW = /\u001b\[(?:[0-9;]*;)?33(?:;[0-9;]*)?m/;

export interface CliCheckLine {
  label: string;
  ok: boolean;
  warning: boolean;
  messages: string[];
}

export const ARTIFACT_LABEL = 'Checking artifact save and download workflows';
export const SWEEP_LABEL = 'Checking sweep creation and agent execution';

export function parseWandbVerifyOutput(output: string): CliCheckLine[] {
  const checks: CliCheckLine[] = [];
  let current: CliCheckLine | undefined;
  for (const rawLine of output.split(/\r?\n/)) {
    const line = rawLine.replace(ANSI, '').trimEnd();
    const match = /^(.*?[^.\s])\s*\.{2,}\s*(\u2705|\u274c)\s*$/u.exec(line);
    if (match) {
      current = { label: match[1].trim(), ok: match[2] === CHECKMARK, warning: false, messages: [] };
      checks.push(current);
      continue;
    }
    // "check_host" prints ❌ and its message without a dotted label.
    if (line.trim() === RED_X && !current) {
      current = { label: 'Checking host', ok: false, warning: false, messages: [] };
      checks.push(current);
      continue;
    }
    if (current && !current.ok && line.trim().length > 0) {
      current.messages.push(line.trim());
      if (YELLOW.test(rawLine)) current.warning = true;
    }
  }
  return checks;
}

/** The version `wandb --version` prints: "wandb, version 0.19.1". */
export function parseWandbVersion(output: string): string | undefined {
  return /version\s+v?(\d+\.\d+\.\d+\S*)/i.exec(output)?.[1];
}

/** One of the CLI's results for a check also run natively, as the JSON report keeps it. */
export interface CliComparisonLine {
  label: string;
  status: 'pass' | 'warn' | 'fail';
  messages: string[];
}

/** The CLI's lines other than the folded-in artifact and sweep checks, in its order. */
export function cliComparisonLines(lines: readonly CliCheckLine[]): CliComparisonLine[] {
  return lines
    .filter((line) => line.label !== ARTIFACT_LABEL && line.label !== SWEEP_LABEL)
    .map((line) => ({
      label: line.label,
      status: line.ok ? 'pass' : line.warning ? 'warn' : 'fail',
      messages: line.messages,
    }));
}

function tail(text: string, lines: number): string {
  return text
    .replace(ANSI, '')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .slice(-lines)
    .join(' / ');
}

/**
 * The outcome of one folded-in CLI check. A missing line means the CLI stopped earlier (or is too old for
 * that check): sweeps missing from a successful run is "skipped", anything else missing is a failure.
 */
export function cliCheckOutcome(
  label: string,
  lines: readonly CliCheckLine[],
  run: { code: number; output: string; version?: string },
): CheckOutcome {
  const line = lines.find((l) => l.label === label);
  const cli = `wandb${run.version ? ` ${run.version}` : ''} verify`;
  if (!line) {
    if (label === SWEEP_LABEL && run.code === 0) {
      return {
        status: 'skipped',
        message: `${cli} has no sweep check (it was added in newer wandb versions).`,
        fix: 'pip install --upgrade wandb to include the sweep check.',
      };
    }
    return {
      status: 'fail',
      message: `${cli} stopped (exit ${run.code}) before '${label}'. Its last lines: ${tail(run.output, 3) || '(none)'}`,
      fix: 'Run `wandb verify --host <host>` by hand to see the full output; the native checks above usually show the cause.',
    };
  }
  if (line.ok) return { status: 'pass', message: `${cli}: ${label} ✅` };
  return {
    status: line.warning ? 'warn' : 'fail',
    message: `${cli}: ${line.messages.join(' ') || 'failed'}`,
    fix:
      label === ARTIFACT_LABEL
        ? 'Check the bucket permissions (artifact files use the same signed URLs) and the W&B app logs.'
        : 'Check the W&B app logs for the sweep controller; sweeps need the app and its queue healthy.',
  };
}
