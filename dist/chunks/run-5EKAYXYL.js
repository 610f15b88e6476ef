import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-WMTE4QPT.js";
import "./chunk-2LGBWDJP.js";
import "./chunk-VQ5QC2OO.js";
import "./chunk-XLC4ITTQ.js";
import "./chunk-JOVIVYPK.js";
import "./chunk-V2KKRVFE.js";
import "./chunk-RQHFNX4J.js";
import "./chunk-LF6VXC7P.js";
import "./chunk-ZDOSZ5UR.js";
import "./chunk-KBDRJG5B.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";
export {
  runVerify
};
