import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-P4ZWKXMQ.js";
import "./chunk-W7FN5PJ7.js";
import "./chunk-VQ5QC2OO.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-XLC4ITTQ.js";
import "./chunk-ZREQD56G.js";
import "./chunk-ONPGXOBI.js";
import "./chunk-JOVIVYPK.js";
import "./chunk-CQMOT45H.js";
import "./chunk-LF6VXC7P.js";
import "./chunk-ZDOSZ5UR.js";
import "./chunk-KBDRJG5B.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";
export {
  runApplyCr
};
