import { runAction } from '../core/runner.js';

process.exitCode = await runAction('plan', { env: process.env, cwd: process.cwd() });
