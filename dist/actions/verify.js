import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-D5QYLWMK.js";
import "../chunks/chunk-MWDPSTIQ.js";

// src/actions/verify.ts
process.exitCode = await runAction("verify", { env: process.env, cwd: process.cwd() });
