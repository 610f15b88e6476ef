import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-HHZGRIH5.js";
import "./chunk-FC6QEEUI.js";
import "./chunk-VQ5QC2OO.js";
import "./chunk-IAZ5F5RQ.js";
import "./chunk-Z6H5IUO4.js";
import "./chunk-PZFI2W65.js";
import "./chunk-HZQRHG5I.js";
import "./chunk-4ZDAMJ7A.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";
export {
  runVerify
};
