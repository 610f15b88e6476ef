import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { num, str, type InputSpec, type RawInputs } from '../../core/inputs.js';
import {
  DEFAULT_WARN_DAYS,
  checkDay,
  defaultPolicy,
  mergeSkip,
  parseEndDatesFile,
  parsePolicyName,
  parseSkipFile,
} from '../../releases/policy.js';
import type { SupportPolicy } from '../../releases/types.js';

/** The support-policy inputs, shared by support, release-notes and upgrade-check. */
export const policyInputs: InputSpec[] = [
  {
    name: 'policy',
    default: 'minor-12-months',
    description:
      "Support policy: minor-12-months (W&B's current policy: 12 months from the initial release of the version's 0.X.0; patches do not extend it) | release-6-months | release-12-months (from the version's own release date).",
  },
  {
    name: 'warn-days',
    type: 'number',
    default: String(DEFAULT_WARN_DAYS),
    description: 'Status is `nearing` when support ends within this many days.',
  },
  {
    name: 'end-dates-file',
    description:
      'YAML or JSON mapping of versions (0.65.1) or minors (0.65) to end-of-support dates (YYYY-MM-DD) that override the computed ones, e.g. dates W&B announced.',
  },
  {
    name: 'skip-file',
    description:
      'YAML or JSON list of versions never to recommend ({version, reason} items), added to the shipped list (0.78.0 and 0.78.1, which W&B told customers not to install: critical security issue).',
  },
  {
    name: 'target',
    default: 'latest',
    description:
      'Recommended target: latest (newest patch of the newest minor) | next-minor (newest patch of the next minor line).',
  },
  {
    name: 'as-of',
    description:
      'Evaluate as if today were this date (YYYY-MM-DD, UTC); releases published after it are ignored.',
  },
];

export interface PolicyOptions {
  policy: SupportPolicy;
  asOf: Date;
  /** True when as-of was given (releases after it are then left out of ranges as well). */
  asOfGiven: boolean;
}

function readText(ctx: Context, file: string, input: string): string {
  const path = isAbsolute(file) ? file : resolve(ctx.cwd, file);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read ${input} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
      'Check the path (relative paths are from the working directory).',
    );
  }
}

export function readPolicyOptions(raw: RawInputs, ctx: Context): PolicyOptions {
  const policy = defaultPolicy();
  policy.name = parsePolicyName(str(raw, 'policy') ?? 'minor-12-months');
  const warnDays = num(raw, 'warn-days') ?? DEFAULT_WARN_DAYS;
  if (!Number.isInteger(warnDays) || warnDays < 0) {
    throw new UserError(`warn-days must be a whole number of days (0 or more), got ${warnDays}.`);
  }
  policy.warnDays = warnDays;
  const target = str(raw, 'target') ?? 'latest';
  if (target !== 'latest' && target !== 'next-minor') {
    throw new UserError(`Unknown target '${target}'.`, 'Use latest or next-minor.');
  }
  policy.target = target;
  const endDatesFile = str(raw, 'end-dates-file');
  if (endDatesFile)
    policy.endDates = parseEndDatesFile(readText(ctx, endDatesFile, 'end-dates-file'), endDatesFile);
  const skipFile = str(raw, 'skip-file');
  if (skipFile)
    policy.skip = mergeSkip(policy.skip, parseSkipFile(readText(ctx, skipFile, 'skip-file'), skipFile));
  const asOfText = str(raw, 'as-of');
  const asOf = asOfText ? new Date(`${checkDay(asOfText, 'as-of')}T00:00:00Z`) : ctx.now;
  return { policy, asOf, asOfGiven: asOfText !== undefined };
}
