import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runActionStep
} from "../chunks/chunk-JCHTQSSR.js";
import "../chunks/chunk-PZFI2W65.js";
import "../chunks/chunk-UGOVBG4S.js";
import "../chunks/chunk-FUTQYGYO.js";
import "../chunks/chunk-2YU3Z55Y.js";
import "../chunks/chunk-4QZDXL4F.js";
import "../chunks/chunk-4C7HI6MF.js";
import "../chunks/chunk-UV73XVDV.js";
import "../chunks/chunk-ZDPISML2.js";
import "../chunks/chunk-CRJNI5SM.js";
import "../chunks/chunk-ZCGRXSVN.js";
import "../chunks/chunk-SIWOL6LA.js";

// src/actions/rollout.ts
async function run() {
  await runActionStep("rollout");
}

// action-index:action-index:rollout
await run();
