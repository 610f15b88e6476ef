import { runActionStep } from '../program.js';

/**
 * The `install-operator` action (install-operator/action.yml). Importing this module runs nothing: GitHub runs the
 * bundled dist/actions/install-operator.js, which calls `run()`, and so does
 * `npx local-action run install-operator ../src/actions/install-operator.ts .env`.
 */
export async function run(): Promise<void> {
  await runActionStep('install-operator');
}
