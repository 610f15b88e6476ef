import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-CHZJWPJ7.js";
import "./chunk-FC6QEEUI.js";
import "./chunk-VQ5QC2OO.js";
import "./chunk-L76DZ5NC.js";
import "./chunk-FBNWRXPL.js";
import "./chunk-322KEXTE.js";
import "./chunk-PZFI2W65.js";
import "./chunk-4ZDAMJ7A.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";
export {
  runVerify
};
