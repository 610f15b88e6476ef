/** Defaults the input declarations share with the policy, kept apart so that `--help` loads no release logic. */
export const DEFAULT_WARN_DAYS = 60;
