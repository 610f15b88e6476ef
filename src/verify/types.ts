/** The vocabulary of verify: a check, its outcome, and the result the report shows. */

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** Groups are shown in this order; cluster checks plug in as one more group. */
export type CheckGroup = 'wandb' | 'wandb-cli' | 'cluster';

export interface CheckOutcome {
  status: CheckStatus;
  /** One sentence a user reads in the summary table. */
  message: string;
  /** What to change when the status is warn or fail. */
  fix?: string;
  /** Extra facts for the JSON report (never secrets; the report is redacted again anyway). */
  details?: Record<string, unknown>;
}

export interface CheckResult extends CheckOutcome {
  id: string;
  title: string;
  group: CheckGroup;
  durationMs: number;
}

export interface Check {
  id: string;
  title: string;
  group: CheckGroup;
  /**
   * What a timeout or an unexpected error becomes: `fail` for checks that `wandb verify` treats as critical,
   * `warn` for its warning-only checks (https, CORS, versions).
   */
  failStatus: 'fail' | 'warn';
  /** Ids of checks that must have passed (or only warned) for this one to run; otherwise it is skipped. */
  needs?: string[];
  /**
   * Whether the check applies at all, asked right before it would run; a check that does not apply is left
   * out of the report (not skipped), e.g. the v1 CR's phase on an `apps.wandb.com/v2` CR. An error counts as
   * "applies", so the check itself reports it.
   */
  when?: () => boolean | Promise<boolean>;
  /** Fix shown when the check runs out of time. */
  timeoutFix?: string;
  /** 'deadline': the check may use whatever is left of the overall deadline (e.g. the wandb CLI run). */
  timeout?: 'per-check' | 'deadline';
  /** `budgetMs`: the time this check has; for child processes, which an AbortSignal cannot stop. */
  run(signal: AbortSignal, budgetMs: number): Promise<CheckOutcome>;
}

/** Thrown by a check body to fail with a message and a fix (rather than an unexpected error). */
export class CheckFailure extends Error {
  constructor(
    message: string,
    readonly fix?: string,
    readonly status: 'fail' | 'warn' = 'fail',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CheckFailure';
  }
}
