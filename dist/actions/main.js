import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-D5QYLWMK.js";
import "../chunks/chunk-MWDPSTIQ.js";

// src/actions/main.ts
process.exitCode = await runAction(void 0, { env: process.env, cwd: process.cwd() });
