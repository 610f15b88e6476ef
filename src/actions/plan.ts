import { runActionStep } from '../program.js';

/**
 * The `plan` action (plan/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/plan.js, which calls `run()`, and so does
 * `npx local-action run plan ../src/actions/plan.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('plan');
}
