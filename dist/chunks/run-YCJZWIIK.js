import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runApplyCr
} from "./chunk-6EAXZ2A6.js";
import "./chunk-VRKRLCOO.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-VIN3TIJU.js";
import "./chunk-STD46GLJ.js";
import "./chunk-NP7JK522.js";
export {
  runApplyCr
};
