import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError } from '../core/errors.js';
import { num, str, type RawInputs } from '../core/inputs.js';
import {
  DEFAULT_WARN_DAYS,
  checkDay,
  defaultPolicy,
  mergeSkip,
  parseEndDatesFile,
  parsePolicyName,
  parseSkipFile,
} from './policy.js';
import type { SupportPolicy } from './types.js';

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
