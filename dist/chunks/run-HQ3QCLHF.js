import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-Z6AWWOED.js";
import "./chunk-2IBEK546.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-6F5LJFWD.js";
import "./chunk-W47JOMVU.js";
import "./chunk-AWJT6634.js";
import "./chunk-VOCPVQOE.js";
import "./chunk-3XW7LADV.js";
import "./chunk-NKHGBFG2.js";
import "./chunk-CAM54RYG.js";
import "./chunk-MB3LOVC5.js";
import "./chunk-5ZPXZYLU.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-ZCGRXSVN.js";
import "./chunk-SIWOL6LA.js";
export {
  runApplyCr
};
