#!/usr/bin/env node
import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-D5QYLWMK.js";
import "./chunks/chunk-MWDPSTIQ.js";

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
