import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-GB6SASYZ.js";
import "../chunks/chunk-322KEXTE.js";
import "../chunks/chunk-PZFI2W65.js";
import "../chunks/chunk-X7PTYDSH.js";
import "../chunks/chunk-MRJSUBMB.js";

// src/actions/install-operator.ts
process.exitCode = await runAction("install-operator", { env: process.env, cwd: process.cwd() });
