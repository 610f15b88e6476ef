import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  countBySeverity,
  loadConfig,
  maskedYaml,
  parseConfigOptions
} from "./chunk-QWNQNWOO.js";
import "./chunk-CQMOT45H.js";
import "./chunk-4ZDAMJ7A.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";

// src/commands/validate/run.ts
async function runValidate(raw, ctx) {
  const options = parseConfigOptions(raw);
  const built = loadConfig(options, ctx);
  const { errors, warnings } = countBySeverity(built);
  ctx.out.setOutput("valid", built.ok);
  ctx.out.setOutput("errors", errors);
  ctx.out.setOutput("warnings", warnings);
  const files = options.configFiles.join(" + ") + (options.sets.length ? ` + ${options.sets.length} --set` : "");
  if (built.ok) {
    ctx.out.print(`valid: ${files}${warnings ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""}`);
    ctx.out.summary(`### Configuration valid

${files}${warnings ? `, ${warnings} warning(s)` : ""}
`);
    return 0;
  }
  ctx.out.print(
    `invalid: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${files}`
  );
  ctx.out.summary(
    `### Configuration invalid

| severity | where | problem | fix |
| --- | --- | --- | --- |
` + built.diagnostics.map(
      (d) => `| ${d.severity} | \`${d.file}:${d.line}:${d.column}\` | ${d.message.replace(/\|/g, "\\|")} | ${(d.fix ?? "").replace(/\|/g, "\\|")} |`
    ).join("\n") + "\n"
  );
  return 1;
}
async function runRender(raw, ctx) {
  const built = loadConfig(parseConfigOptions(raw), ctx);
  if (!built.ok) {
    ctx.out.error("Not rendered: the configuration has errors (listed above).");
    return 1;
  }
  ctx.out.print(maskedYaml(built.masked));
  return 0;
}
export {
  runRender,
  runValidate
};
