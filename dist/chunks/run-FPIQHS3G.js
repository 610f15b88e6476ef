import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-RNUHECDR.js";
import "./chunk-I6O2AA2F.js";
import "./chunk-AMC3PKU6.js";
import "./chunk-6LQGY3P2.js";
import "./chunk-GB6SASYZ.js";
import "./chunk-322KEXTE.js";
import "./chunk-PZFI2W65.js";
import "./chunk-X7PTYDSH.js";
import "./chunk-MRJSUBMB.js";
export {
  runVerify
};
