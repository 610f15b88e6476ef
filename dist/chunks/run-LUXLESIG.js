import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-MFVO63JV.js";
import "./chunk-I6O2AA2F.js";
import "./chunk-VIN3TIJU.js";
import "./chunk-KQTJP77K.js";
import "./chunk-QMW5SUSL.js";
import "./chunk-322KEXTE.js";
import "./chunk-PZFI2W65.js";
import "./chunk-NP7JK522.js";
export {
  runVerify
};
