import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-HKDY47RD.js";
import "./chunk-NBYPZCUZ.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-ETTFLWRG.js";
import "./chunk-IIKXF6XZ.js";
export {
  runApplyCr
};
