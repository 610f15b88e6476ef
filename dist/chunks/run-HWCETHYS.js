import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-LDWF4UAC.js";
import "./chunk-I6O2AA2F.js";
import "./chunk-ETTFLWRG.js";
import "./chunk-R45FQB4M.js";
import "./chunk-GGS2J5ND.js";
import "./chunk-ENSPQJOF.js";
import "./chunk-VQC2J3C2.js";
import "./chunk-SDYARAOE.js";
import "./chunk-IIKXF6XZ.js";
export {
  runVerify
};
