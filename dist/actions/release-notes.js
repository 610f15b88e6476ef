import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-D5QYLWMK.js";
import "../chunks/chunk-MWDPSTIQ.js";

// src/actions/release-notes.ts
process.exitCode = await runAction("release-notes", { env: process.env, cwd: process.cwd() });
