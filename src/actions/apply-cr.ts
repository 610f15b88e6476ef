import { runAction } from '../core/runner.js';

process.exitCode = await runAction('apply-cr', { env: process.env, cwd: process.cwd() });
