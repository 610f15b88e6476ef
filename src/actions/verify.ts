import { runAction } from '../core/runner.js';

process.exitCode = await runAction('verify', { env: process.env, cwd: process.cwd() });
