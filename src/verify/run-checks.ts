import { CheckFailure, type Check, type CheckOutcome, type CheckResult } from './types.js';

/**
 * Runs checks one after another (they share one W&B Server and one bucket, and later checks reuse what
 * earlier ones learned, e.g. the signed URL), each under its own timeout, all under one overall deadline.
 * No I/O of its own: the checks bring their adapters; this only times, orders and catches.
 */
export interface RunChecksOptions {
  /** Milliseconds for one check. */
  perCheckTimeoutMs: number;
  /** Milliseconds for all checks together. */
  overallTimeoutMs: number;
  now?: () => number;
  /** Called after each check (progress lines in the log). */
  onResult?: (result: CheckResult) => void;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 10000 ? 1 : 0))} s`;
}

export async function runChecks(checks: Check[], options: RunChecksOptions): Promise<CheckResult[]> {
  const now = options.now ?? Date.now;
  const deadline = now() + options.overallTimeoutMs;
  const results: CheckResult[] = [];
  const byId = new Map<string, CheckResult>();

  for (const check of checks) {
    if (check.when && !(await applies(check))) continue;
    const started = now();
    let outcome: CheckOutcome;
    const blocker = (check.needs ?? []).map((id) => byId.get(id)).find((r) => !r || !ok(r.status));
    const remaining = deadline - started;
    if (blocker) {
      outcome = {
        status: 'skipped',
        message: `Not run: it needs '${blocker.title}', which ${blocker.status === 'skipped' ? 'was skipped' : 'failed'}.`,
      };
    } else if (remaining <= 0) {
      outcome = {
        status: 'skipped',
        message: `Not run: the overall timeout (${seconds(options.overallTimeoutMs)}) was used up before this check started.`,
        fix: 'Raise the timeout input, or find which check was slow in the table above.',
      };
    } else {
      const limit = check.timeout === 'deadline' ? remaining : Math.min(options.perCheckTimeoutMs, remaining);
      const cappedByDeadline = check.timeout !== 'deadline' && remaining < options.perCheckTimeoutMs;
      outcome = await runOne(check, limit, cappedByDeadline, options);
    }
    const result: CheckResult = {
      id: check.id,
      title: check.title,
      group: check.group,
      ...outcome,
      durationMs: Math.max(0, now() - started),
    };
    results.push(result);
    byId.set(check.id, result);
    options.onResult?.(result);
  }
  return results;
}

async function applies(check: Check): Promise<boolean> {
  try {
    return await (check.when as NonNullable<Check['when']>)();
  } catch {
    return true;
  }
}

function ok(status: CheckResult['status']): boolean {
  return status === 'pass' || status === 'warn';
}

async function runOne(
  check: Check,
  limitMs: number,
  cappedByDeadline: boolean,
  options: RunChecksOptions,
): Promise<CheckOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<CheckOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('timeout'));
      resolve({
        status: check.failStatus,
        message: `Did not finish within ${seconds(limitMs)}${
          cappedByDeadline
            ? ` (what was left of the overall timeout of ${seconds(options.overallTimeoutMs)})`
            : ''
        }: the server answered too slowly or not at all.`,
        fix:
          check.timeoutFix ??
          'Check that the W&B Server pods are ready and not overloaded (kubectl get pods), then raise check-timeout if the server is just slow.',
      });
    }, limitMs);
  });
  try {
    // The check's own promise may settle after the timeout; its late result is ignored.
    const work = check
      .run(controller.signal, limitMs)
      .catch((error: unknown) => failureOutcome(check, error));
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort(new Error('finished'));
  }
}

function failureOutcome(check: Check, error: unknown): CheckOutcome {
  if (error instanceof CheckFailure) {
    return { status: error.status, message: error.message, fix: error.fix, details: error.details };
  }
  const message =
    error && typeof error === 'object' && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error);
  return { status: check.failStatus, message: `Could not complete: ${message}` };
}
