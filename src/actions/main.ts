import { runAction } from '../core/runner.js';

// The root action.yml: the command comes from the `command` input.
process.exitCode = await runAction(undefined, { env: process.env, cwd: process.cwd() });
