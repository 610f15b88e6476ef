#!/usr/bin/env node
import { runCli } from './core/runner.js';

process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
