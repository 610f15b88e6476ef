import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
} from "./chunk-AXFMHCOO.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-ETTFLWRG.js";
import "./chunk-SDYARAOE.js";
import "./chunk-IIKXF6XZ.js";
export {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
};
