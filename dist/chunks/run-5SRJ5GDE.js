import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runInstallOperator
} from "./chunk-YIQVA6XV.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import "./chunk-PFUJ36V2.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-ZCGRXSVN.js";
import "./chunk-SIWOL6LA.js";
export {
  runInstallOperator
};
