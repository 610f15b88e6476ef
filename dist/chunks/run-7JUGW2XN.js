import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  NotImplementedError
} from "./chunk-MWDPSTIQ.js";

// src/commands/demo/run.ts
async function runDemo(_raw, _ctx) {
  throw new NotImplementedError("runDemo");
}
export {
  runDemo
};
