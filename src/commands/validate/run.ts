import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { countBySeverity, loadConfig, maskedYaml, parseConfigOptions } from '../config-input.js';

export async function runValidate(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseConfigOptions(raw);
  const built = loadConfig(options, ctx);
  const { errors, warnings } = countBySeverity(built);
  ctx.out.setOutput('valid', built.ok);
  ctx.out.setOutput('errors', errors);
  ctx.out.setOutput('warnings', warnings);
  const files =
    options.configFiles.join(' + ') + (options.sets.length ? ` + ${options.sets.length} --set` : '');
  if (built.ok) {
    ctx.out.print(`valid: ${files}${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`);
    ctx.out.summary(`### Configuration valid\n\n${files}${warnings ? `, ${warnings} warning(s)` : ''}\n`);
    return 0;
  }
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
      '\n',
  );
  return 1;
}

export async function runRender(raw: RawInputs, ctx: Context): Promise<number> {
  const built = loadConfig(parseConfigOptions(raw), ctx);
  if (!built.ok) {
    ctx.out.error('Not rendered: the configuration has errors (listed above).');
    return 1;
  }
  ctx.out.print(maskedYaml(built.masked));
  return 0;
}
