import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
} from "./chunk-Z2TWBAST.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-VIN3TIJU.js";
import "./chunk-STD46GLJ.js";
import "./chunk-KQTJP77K.js";
import "./chunk-NP7JK522.js";
export {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
};
