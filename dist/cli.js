#!/usr/bin/env node
import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-R45FQB4M.js";
import "./chunks/chunk-GGS2J5ND.js";
import "./chunks/chunk-ENSPQJOF.js";
import "./chunks/chunk-VQC2J3C2.js";
import "./chunks/chunk-SDYARAOE.js";
import "./chunks/chunk-IIKXF6XZ.js";

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
