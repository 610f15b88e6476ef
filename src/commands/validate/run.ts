import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import {
  countBySeverity,
  diagnosticJson,
  loadConfig,
  maskedYaml,
  parseConfigOptions,
} from '../../config/load.js';
import { parseRenderCheckOptions, renderCheck } from '../../charts/render-check.js';
import { wantsJson } from '../../core/common-inputs.js';

export async function runValidate(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseConfigOptions(raw);
  const json = wantsJson(raw.format);
  const renderOptions = parseRenderCheckOptions(raw, ctx);
  const loaded = loadConfig(options, ctx);
  // The chart's own checks, reported with the configuration's: one list, one verdict.
  const rendered = await renderCheck(loaded, renderOptions, ctx);
  const built = {
    ...loaded,
    diagnostics: [...loaded.diagnostics, ...rendered.diagnostics],
    ok: loaded.ok && rendered.diagnostics.length === 0,
  };
  const { errors, warnings } = countBySeverity(built);
  ctx.out.setOutput('render-check', rendered.outcome);
  ctx.out.setOutput('valid', built.ok);
  ctx.out.setOutput('errors', errors);
  ctx.out.setOutput('warnings', warnings);
  const files =
    options.configFiles.join(' + ') + (options.sets.length ? ` + ${options.sets.length} --set` : '');
  if (json) {
    ctx.out.json('validate', built.ok, {
      files: options.configFiles,
      sets: options.sets.length,
      errors,
      warnings,
      renderCheck: rendered.outcome,
      diagnostics: built.diagnostics.map(diagnosticJson),
    });
  }
  if (built.ok) {
    if (!json)
      ctx.out.print(`valid: ${files}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
    ctx.out.summary(
      `### Configuration valid\n\n${files}${warnings ? `, ${warnings} warning(s)` : ''}\n\n${rendered.line}\n`,
    );
    return 0;
  }
  if (!json)
    ctx.out.print(
      `invalid: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files}`,
    );
  ctx.out.summary(
    `### Configuration invalid\n\n| severity | where | problem | fix |\n| --- | --- | --- | --- |\n` +
      built.diagnostics
        .map(
          (d) =>
            `| ${d.severity} | \`${d.file}:${d.line}:${d.column}\` | ${d.message.replace(/\|/g, '\\|')} | ${(d.fix ?? '').replace(/\|/g, '\\|')} |`,
        )
        .join('\n') +
      `\n\n${rendered.line}\n`,
  );
  return 1;
}

export async function runRender(raw: RawInputs, ctx: Context): Promise<number> {
  const json = wantsJson(raw.format, 'yaml');
  const built = loadConfig(parseConfigOptions(raw), ctx);
  if (!built.ok) {
    if (json) ctx.out.json('render', false, { diagnostics: built.diagnostics.map(diagnosticJson) });
    ctx.out.error('Not rendered: the configuration has errors (listed above).');
    return 1;
  }
  if (json)
    ctx.out.json('render', true, { cr: built.masked, diagnostics: built.diagnostics.map(diagnosticJson) });
  else ctx.out.print(maskedYaml(built.masked));
  return 0;
}
