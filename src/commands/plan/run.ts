import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { str, type RawInputs } from '../../core/inputs.js';
import { planJson } from '../../rollout/plan.js';
import { loadFleet } from '../../rollout/fleet-input.js';
import { wantsJson } from '../../core/common-inputs.js';

/**
 * plan: the fleet's stages as JSON on stdout (the result; problems go to the log, so `plan > plan.json`
 * holds only the plan) and as the `plan` output, on one line, for `fromJSON` in a workflow.
 */
export async function runPlan(raw: RawInputs, ctx: Context): Promise<number> {
  const json = wantsJson(raw.format);
  const path = str(raw, 'fleet');
  if (!path) throw new UserError('No fleet file given.', "Pass it with '--fleet FILE'.");
  const plan = planJson(loadFleet(path, ctx), path);
  if (json) ctx.out.json('plan', true, plan);
  else ctx.out.print(JSON.stringify(plan, null, 2));
  ctx.out.setOutput('plan', JSON.stringify(plan));
  ctx.out.setOutput('stages', JSON.stringify(plan.stages.map((s) => s.name)));
  return 0;
}
