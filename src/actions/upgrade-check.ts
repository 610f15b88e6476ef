import { runActionStep } from '../program.js';

/**
 * The `upgrade-check` action (upgrade-check/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/upgrade-check.js, which calls `run()`, and so does
 * `npx local-action run upgrade-check ../src/actions/upgrade-check.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('upgrade-check');
}
