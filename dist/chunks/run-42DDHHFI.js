import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-GKPZAT3X.js";
import "./chunk-QWNQNWOO.js";
import "./chunk-74QAXJZZ.js";
import "./chunk-IAZ5F5RQ.js";
import "./chunk-CQMOT45H.js";
import "./chunk-HZQRHG5I.js";
import "./chunk-4ZDAMJ7A.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";
export {
  runApplyCr
};
