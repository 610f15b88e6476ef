import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadFleet,
  planJson
} from "./chunk-LBK72ILR.js";
import "./chunk-W47JOMVU.js";
import "./chunk-OZMMEVWY.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import "./chunk-CRJNI5SM.js";
import {
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/commands/plan/run.ts
async function runPlan(raw, ctx) {
  const json = wantsJson(raw.format);
  const path = str(raw, "fleet");
  if (!path) throw new UserError("No fleet file given.", "Pass it with '--fleet FILE'.");
  const plan = planJson(loadFleet(path, ctx), path);
  if (json) ctx.out.json("plan", true, plan);
  else ctx.out.print(JSON.stringify(plan, null, 2));
  ctx.out.setOutput("plan", JSON.stringify(plan));
  ctx.out.setOutput("stages", JSON.stringify(plan.stages.map((s) => s.name)));
  return 0;
}
export {
  runPlan
};
