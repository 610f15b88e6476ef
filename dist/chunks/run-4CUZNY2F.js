import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-6IOJYJUA.js";
import "./chunk-JHUZUGEI.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-TX63OA4Q.js";
import "./chunk-W47JOMVU.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-GJAO73OH.js";
import "./chunk-3XW7LADV.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-MB3LOVC5.js";
import "./chunk-5ZPXZYLU.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-POJ3GHJN.js";
import "./chunk-SIWOL6LA.js";
export {
  runApplyCr
};
