import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadCatalog,
  readPolicyOptions,
  readReleaseSourceOptions
} from "./chunk-H3OAJWDT.js";
import "./chunk-EGZLJEUV.js";
import {
  decideSupport
} from "./chunk-G6UZJVOF.js";
import "./chunk-W47JOMVU.js";
import "./chunk-7NRUIF3I.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-PZFI2W65.js";
import "./chunk-2YU3Z55Y.js";
import "./chunk-4QZDXL4F.js";
import "./chunk-UV73XVDV.js";
import {
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/commands/support/run.ts
function parseOptions(raw) {
  const version = str(raw, "version");
  if (!version) throw new UserError("Missing version.", "Give --version, e.g. --version 0.74.1.");
  const format = str(raw, "format") ?? "text";
  if (format !== "text" && format !== "json")
    throw new UserError(`Unknown format '${format}'.`, "Use text or json.");
  return { version, format };
}
function statusLine(d) {
  if (d.daysLeft > 0) return `${d.status} (${d.daysLeft} day${d.daysLeft === 1 ? "" : "s"} left)`;
  if (d.daysLeft === 0) return "expired (support ended today)";
  return `expired (${-d.daysLeft} day${d.daysLeft === -1 ? "" : "s"} ago)`;
}
async function runSupport(raw, ctx) {
  const options = parseOptions(raw);
  const { policy, asOf } = readPolicyOptions(raw, ctx);
  const source = readReleaseSourceOptions(raw, ctx);
  const loaded = await loadCatalog(source, ctx);
  const decision = decideSupport(loaded.catalog, options.version, policy, asOf);
  if (options.format === "json") {
    ctx.out.json("support", true, { ...decision, source: loaded.source });
    return 0;
  }
  const lines = [
    `W&B Server ${decision.version}, policy ${decision.policy}, as of ${decision.asOf}`,
    `  end of support:  ${decision.endOfSupport}`,
    `  days left:       ${decision.daysLeft}`,
    `  status:          ${statusLine(decision)}`,
    `  recommended:     ${decision.target ?? `none: no usable release is newer than ${decision.version}`}`,
    `  why:             ${decision.reason}`,
    `  releases from:   ${loaded.source}`
  ];
  if (decision.skipReason)
    lines.push(`  warning:         ${decision.version} is on the skip-list: ${decision.skipReason}`);
  ctx.out.print(lines.join("\n"));
  if (decision.skipReason) ctx.out.warning(`${decision.version} is on the skip-list: ${decision.skipReason}`);
  return 0;
}
export {
  runSupport
};
