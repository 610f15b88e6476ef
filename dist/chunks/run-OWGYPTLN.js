import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
} from "./chunk-K6BDNHJ2.js";
import "./chunk-VEPZQA4X.js";
import "./chunk-AMC3PKU6.js";
import "./chunk-RPPGVIMB.js";
import "./chunk-X7PTYDSH.js";
import "./chunk-MRJSUBMB.js";
export {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
};
