import { runActionStep } from '../program.js';

/**
 * The `apply-cr` action (apply-cr/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/apply-cr.js, which calls `run()`, and so does
 * `npx local-action run apply-cr ../src/actions/apply-cr.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('apply-cr');
}
