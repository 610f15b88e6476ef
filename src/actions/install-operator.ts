import { runAction } from '../core/runner.js';

process.exitCode = await runAction('install-operator', { env: process.env, cwd: process.cwd() });
