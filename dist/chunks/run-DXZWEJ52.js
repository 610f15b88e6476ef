import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runVerify
} from "./chunk-QZK7VMLW.js";
import "./chunk-I6O2AA2F.js";
import "./chunk-WPTQDLGX.js";
import "./chunk-KQTJP77K.js";
import "./chunk-NRKYJ4VX.js";
import "./chunk-322KEXTE.js";
import "./chunk-PZFI2W65.js";
import "./chunk-NP7JK522.js";
export {
  runVerify
};
