import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  runCli
} from "./chunk-V2KKRVFE.js";
import "./chunk-RQHFNX4J.js";
import "./chunk-LF6VXC7P.js";
import "./chunk-ZDOSZ5UR.js";
import {
  str
} from "./chunk-KBDRJG5B.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";

// src/commands/demo/run.ts
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
function examplesDir(raw, ctx) {
  const given = str(raw, "examples") ?? "examples";
  const candidates = [resolve(ctx.cwd, given), resolve(dirname(process.argv[1] ?? "."), "..", given)];
  const found = candidates.find((dir) => existsSync(join(dir, "base.yaml")));
  if (!found)
    throw new UserError(
      `No sample configuration found in '${given}'.`,
      "Run the demo from the project root."
    );
  return found;
}
async function runDemo(raw, ctx) {
  const dir = examplesDir(raw, ctx);
  const rel = (path) => relative(ctx.cwd, join(dir, path)) || ".";
  const good = ["--config", rel("base.yaml"), "--config", rel("overlays/production.yaml")];
  const broken = ["--config", rel("broken/base.yaml"), "--config", rel("broken/overlay.yaml")];
  const steps = [
    {
      title: "Validate the layered sample configuration (base + production overlay)",
      argv: ["validate", ...good],
      expect: 0
    },
    { title: "Render the final WeightsAndBiases CR, secrets masked", argv: ["render", ...good], expect: 0 },
    {
      title: "Dry-run apply: the masked diff against an empty cluster",
      argv: ["apply-cr", "--dry-run", ...good],
      expect: 0
    },
    {
      title: "Validate a broken configuration: every problem with FILE:LINE:COL and its fix",
      argv: ["validate", ...broken],
      expect: 1
    }
  ];
  let failures = 0;
  for (const [index, step] of steps.entries()) {
    ctx.out.print(
      `
=== ${index + 1}/${steps.length} ${step.title}
$ wandb-operator-actions ${step.argv.join(" ")}
`
    );
    const env = { ...ctx.env, KUBECONFIG: join(dir, "no-cluster-in-the-offline-demo") };
    const code = await runCli(step.argv, { env, cwd: ctx.cwd, now: ctx.now, streams: ctx.streams });
    const as = code === step.expect ? "as expected" : `expected ${step.expect}`;
    ctx.out.print(`(exit code ${code}, ${as})`);
    if (code !== step.expect) failures++;
  }
  ctx.out.print(
    failures === 0 ? "\nOffline half finished: every step behaved as expected." : `
Offline half finished with ${failures} unexpected result(s).`
  );
  return failures === 0 ? 0 : 1;
}
export {
  runDemo
};
