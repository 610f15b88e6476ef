import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-QMW5SUSL.js";
import "../chunks/chunk-322KEXTE.js";
import "../chunks/chunk-PZFI2W65.js";
import "../chunks/chunk-NP7JK522.js";

// src/actions/migrate.ts
process.exitCode = await runAction("migrate", { env: process.env, cwd: process.cwd() });
