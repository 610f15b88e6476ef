import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadFleet,
  planJson
} from "./chunk-2WHDG4AT.js";
import "./chunk-RPPGVIMB.js";
import {
  str
} from "./chunk-X7PTYDSH.js";
import {
  UserError
} from "./chunk-MRJSUBMB.js";

// src/commands/plan/run.ts
async function runPlan(raw, ctx) {
  const path = str(raw, "fleet");
  if (!path) throw new UserError("No fleet file given.", "Pass it with '--fleet FILE'.");
  const plan = planJson(loadFleet(path, ctx), path);
  ctx.out.print(JSON.stringify(plan, null, 2));
  ctx.out.setOutput("plan", JSON.stringify(plan));
  ctx.out.setOutput("stages", JSON.stringify(plan.stages.map((s) => s.name)));
  return 0;
}
export {
  runPlan
};
