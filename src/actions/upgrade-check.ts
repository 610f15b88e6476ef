import { runAction } from '../core/runner.js';

process.exitCode = await runAction('upgrade-check', { env: process.env, cwd: process.cwd() });
