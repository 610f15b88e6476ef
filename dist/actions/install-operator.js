import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-R45FQB4M.js";
import "../chunks/chunk-GGS2J5ND.js";
import "../chunks/chunk-ENSPQJOF.js";
import "../chunks/chunk-VQC2J3C2.js";
import "../chunks/chunk-SDYARAOE.js";
import "../chunks/chunk-IIKXF6XZ.js";

// src/actions/install-operator.ts
process.exitCode = await runAction("install-operator", { env: process.env, cwd: process.cwd() });
