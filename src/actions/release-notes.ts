import { runActionStep } from '../program.js';

/**
 * The `release-notes` action (release-notes/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/release-notes.js, which calls `run()`, and so does
 * `npx local-action run release-notes ../src/actions/release-notes.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('release-notes');
}
