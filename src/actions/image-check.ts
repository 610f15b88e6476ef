import { runAction } from '../core/runner.js';

process.exitCode = await runAction('image-check', { env: process.env, cwd: process.cwd() });
