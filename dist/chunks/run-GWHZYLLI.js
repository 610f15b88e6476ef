import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  NotImplementedError
} from "./chunk-MWDPSTIQ.js";

// src/commands/validate/run.ts
async function runValidate(_raw, _ctx) {
  throw new NotImplementedError("runValidate");
}
async function runRender(_raw, _ctx) {
  throw new NotImplementedError("runRender");
}
export {
  runRender,
  runValidate
};
