import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  countBySeverity,
  loadConfig,
  maskedYaml,
  parseConfigOptions,
  parseRenderCheckOptions,
  renderCheck
} from "./chunk-W7FN5PJ7.js";
import "./chunk-VQ5QC2OO.js";
import "./chunk-ZREQD56G.js";
import "./chunk-ONPGXOBI.js";
import "./chunk-JOVIVYPK.js";
import "./chunk-CQMOT45H.js";
import "./chunk-LF6VXC7P.js";
import "./chunk-KBDRJG5B.js";
import "./chunk-LYP4OSA7.js";
import "./chunk-GJZUA6DH.js";

// src/commands/validate/run.ts
async function runValidate(raw, ctx) {
  const options = parseConfigOptions(raw);
  const renderOptions = parseRenderCheckOptions(raw, ctx);
  const loaded = loadConfig(options, ctx);
  const rendered = await renderCheck(loaded, renderOptions, ctx);
  const built = {
    ...loaded,
    diagnostics: [...loaded.diagnostics, ...rendered.diagnostics],
    ok: loaded.ok && rendered.diagnostics.length === 0
  };
  const { errors, warnings } = countBySeverity(built);
  ctx.out.setOutput("render-check", rendered.outcome);
  ctx.out.setOutput("valid", built.ok);
  ctx.out.setOutput("errors", errors);
  ctx.out.setOutput("warnings", warnings);
  const files = options.configFiles.join(" + ") + (options.sets.length ? ` + ${options.sets.length} --set` : "");
  if (built.ok) {
    ctx.out.print(`valid: ${files}${warnings ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""}`);
    ctx.out.summary(
      `### Configuration valid

${files}${warnings ? `, ${warnings} warning(s)` : ""}

${rendered.line}
`
    );
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
    ).join("\n") + `

${rendered.line}
`
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
