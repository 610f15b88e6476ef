import { runActionStep } from '../program.js';

/**
 * The `verify` action (verify/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/verify.js, which calls `run()`, and so does
 * `npx local-action run verify ../src/actions/verify.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('verify');
}
