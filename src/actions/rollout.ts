import { runActionStep } from '../program.js';

/**
 * The `rollout` action (rollout/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/rollout.js, which calls `run()`, and so does
 * `npx local-action run rollout ../src/actions/rollout.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('rollout');
}
