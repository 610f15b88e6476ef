import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  countBySeverity,
  diagnosticJson,
  loadConfig,
  maskedYaml,
  parseConfigOptions,
  parseRenderCheckOptions,
  renderCheck
} from "./chunk-HNQZCHQR.js";
import "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import "./chunk-OU746ASQ.js";
import "./chunk-7NRUIF3I.js";
import "./chunk-PFUJ36V2.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-4QZDXL4F.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import "./chunk-ZCGRXSVN.js";
import "./chunk-SIWOL6LA.js";

// src/commands/validate/run.ts
async function runValidate(raw, ctx) {
  const options = parseConfigOptions(raw);
  const json = wantsJson(raw.format);
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
  if (json) {
    ctx.out.json("validate", built.ok, {
      files: options.configFiles,
      sets: options.sets.length,
      errors,
      warnings,
      renderCheck: rendered.outcome,
      diagnostics: built.diagnostics.map(diagnosticJson)
    });
  }
  if (built.ok) {
    if (!json)
      ctx.out.print(`valid: ${files}${warnings ? ` (${warnings} warning${warnings === 1 ? "" : "s"})` : ""}`);
    ctx.out.summary(
      `### Configuration valid

${files}${warnings ? `, ${warnings} warning(s)` : ""}

${rendered.line}
`
    );
    return 0;
  }
  if (!json)
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
  const json = wantsJson(raw.format, "yaml");
  const built = loadConfig(parseConfigOptions(raw), ctx);
  if (!built.ok) {
    if (json) ctx.out.json("render", false, { diagnostics: built.diagnostics.map(diagnosticJson) });
    ctx.out.error("Not rendered: the configuration has errors (listed above).");
    return 1;
  }
  if (json)
    ctx.out.json("render", true, { cr: built.masked, diagnostics: built.diagnostics.map(diagnosticJson) });
  else ctx.out.print(maskedYaml(built.masked));
  return 0;
}
export {
  runRender,
  runValidate
};
