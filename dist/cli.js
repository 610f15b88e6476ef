#!/usr/bin/env node
import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-JCHTQSSR.js";
import "./chunks/chunk-PZFI2W65.js";
import "./chunks/chunk-UGOVBG4S.js";
import "./chunks/chunk-FUTQYGYO.js";
import "./chunks/chunk-2YU3Z55Y.js";
import "./chunks/chunk-4QZDXL4F.js";
import "./chunks/chunk-4C7HI6MF.js";
import "./chunks/chunk-UV73XVDV.js";
import "./chunks/chunk-ZDPISML2.js";
import "./chunks/chunk-CRJNI5SM.js";
import "./chunks/chunk-ZCGRXSVN.js";
import "./chunks/chunk-SIWOL6LA.js";

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
