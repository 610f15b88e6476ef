import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-HTZGZWRH.js";
import "./chunk-GJZUA6DH.js";
export default require_undici();
