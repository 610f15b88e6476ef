import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-V2KKRVFE.js";
import "../chunks/chunk-RQHFNX4J.js";
import "../chunks/chunk-LF6VXC7P.js";
import "../chunks/chunk-ZDOSZ5UR.js";
import "../chunks/chunk-KBDRJG5B.js";
import "../chunks/chunk-LYP4OSA7.js";
import "../chunks/chunk-GJZUA6DH.js";

// src/actions/plan.ts
process.exitCode = await runAction("plan", { env: process.env, cwd: process.cwd() });
