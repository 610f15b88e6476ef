import { runActionStep } from '../program.js';

/**
 * The root action (action.yml): the command comes from the `command` input. Importing this module runs nothing:
 * GitHub runs the bundled dist/actions/main.js, which calls `run()`; `npx local-action run . src/actions/main.ts
 * .env` calls it too.
 */
export async function run(): Promise<void> {
  await runActionStep(undefined);
}
