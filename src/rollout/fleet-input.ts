import { readInputFile } from '../core/files.js';
import type { Context } from '../core/command.js';
import { UserError } from '../core/errors.js';
import { fleetHasErrors, formatFleetProblem, parseFleet, type Fleet } from './fleet.js';

/**
 * Reads and validates the fleet file for `rollout` and `plan`: every problem is reported as
 * FILE:LINE:COL (and as an annotation under GitHub Actions) before anything else happens.
 */
export function loadFleet(path: string, ctx: Context): Fleet {
  const text = readInputFile(ctx.cwd, path, 'the fleet file');
  const parsed = parseFleet(path, text);
  for (const problem of parsed.problems) {
    ctx.out.info(formatFleetProblem(problem));
    if (ctx.out.github) {
      const message = problem.fix ? `${problem.message} Fix: ${problem.fix}` : problem.message;
      if (problem.severity === 'error') ctx.out.error(message, problem.place);
      else ctx.out.warning(message, problem.place);
    }
  }
  if (!parsed.fleet || fleetHasErrors(parsed.problems)) {
    const count = parsed.problems.filter((p) => p.severity === 'error').length;
    throw new UserError(
      `The fleet file ${path} has ${count} error${count === 1 ? '' : 's'} (listed above); nothing was done.`,
    );
  }
  return parsed.fleet;
}
