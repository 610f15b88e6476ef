#!/usr/bin/env node
import { runCli } from './program.js';

// `wandb-operator-actions render | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
