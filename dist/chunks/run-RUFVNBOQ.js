import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

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
    const env = { ...ctx.env };
    for (const key of ["KUBECONFIG", "KUBECONFIG_CONTENT", "INPUT_KUBECONFIG"]) delete env[key];
    if (!ctx.runCli)
      throw new Error("the demo runs other commands: its context needs runCli (the runner gives it)");
    const code = await ctx.runCli(step.argv, { env, cwd: ctx.cwd, now: ctx.now, streams: ctx.streams });
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
