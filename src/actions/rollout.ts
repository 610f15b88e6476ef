import { runAction } from '../core/runner.js';

process.exitCode = await runAction('rollout', { env: process.env, cwd: process.cwd() });
