import { runActionStep } from '../program.js';

/**
 * The `image-check` action (image-check/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/image-check.js, which calls `run()`, and so does
 * `npx local-action run image-check ../src/actions/image-check.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('image-check');
}
