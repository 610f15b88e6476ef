import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  NotImplementedError
} from "./chunk-MWDPSTIQ.js";

// src/commands/apply-cr/run.ts
async function runApplyCr(_raw, _ctx) {
  throw new NotImplementedError("runApplyCr");
}
export {
  runApplyCr
};
