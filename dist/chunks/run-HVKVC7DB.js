import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-5SLCAJIR.js";
import "./chunk-EWZCCJ4E.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-AMC3PKU6.js";
import "./chunk-RPPGVIMB.js";
import "./chunk-X7PTYDSH.js";
import "./chunk-MRJSUBMB.js";
export {
  runApplyCr
};
