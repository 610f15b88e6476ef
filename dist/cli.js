#!/usr/bin/env node
import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-Z6H5IUO4.js";
import "./chunks/chunk-PZFI2W65.js";
import "./chunks/chunk-HZQRHG5I.js";
import "./chunks/chunk-4ZDAMJ7A.js";
import "./chunks/chunk-LYP4OSA7.js";
import "./chunks/chunk-GJZUA6DH.js";

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
