import { runActionStep } from '../program.js';

/**
 * The `migrate` action (migrate/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/migrate.js, which calls `run()`, and so does
 * `npx local-action run migrate ../src/actions/migrate.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('migrate');
}
