import { runAction } from '../core/runner.js';

process.exitCode = await runAction('migrate', { env: process.env, cwd: process.cwd() });
