#!/usr/bin/env node
import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunks/chunk-V2KKRVFE.js";
import "./chunks/chunk-RQHFNX4J.js";
import "./chunks/chunk-LF6VXC7P.js";
import "./chunks/chunk-ZDOSZ5UR.js";
import "./chunks/chunk-KBDRJG5B.js";
import "./chunks/chunk-LYP4OSA7.js";
import "./chunks/chunk-GJZUA6DH.js";

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await runCli(process.argv.slice(2), { env: process.env, cwd: process.cwd() });
