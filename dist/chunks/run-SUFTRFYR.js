import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-4AR5QQ5Y.js";
import "./chunk-2X3HXNT5.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-3AOPRMTP.js";
import "./chunk-W47JOMVU.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-GJAO73OH.js";
import "./chunk-6RFABX3N.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-MB3LOVC5.js";
import "./chunk-5ZPXZYLU.js";
import "./chunk-EMG7PEUC.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-POJ3GHJN.js";
import "./chunk-SIWOL6LA.js";
export {
  runApplyCr
};
