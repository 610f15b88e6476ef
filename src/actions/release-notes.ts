import { runAction } from '../core/runner.js';

process.exitCode = await runAction('release-notes', { env: process.env, cwd: process.cwd() });
