import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadFleet,
  planJson
} from "./chunk-FL5MF4RJ.js";
import "./chunk-ONPGXOBI.js";
import "./chunk-CQMOT45H.js";
import {
  str
} from "./chunk-KBDRJG5B.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";

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
