import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { execute, type Execute } from '../../core/exec.js';
import { renderMarkdown } from '../../verify/report.js';
import { reportLine, saveReport, verifyDeployment } from '../../verify/verify.js';
import { parseOptions } from './options.js';
import { wantsJson } from '../../core/common-inputs.js';

/**
 * verify: the checks of `wandb verify`, natively, then the cluster checks, then the wandb CLI's artifact and
 * sweep checks (src/verify/verify.ts); a table in the job summary, a JSON report, outputs, and the exit code
 * `fail-on` asks for.
 */
export async function runVerify(raw: RawInputs, ctx: Context, exec: Execute = execute): Promise<number> {
  const options = parseOptions(raw);
  const json = wantsJson(raw.format);
  const report = await verifyDeployment(options, ctx, exec);
  const reportPath = saveReport(report, options.reportPath, ctx.cwd, ctx.redactor);

  ctx.out.summary(renderMarkdown(report));
  ctx.out.setOutput('passed', report.counts.passed);
  ctx.out.setOutput('failed', report.counts.failed);
  ctx.out.setOutput('warnings', report.counts.warnings);
  ctx.out.setOutput('skipped', report.counts.skipped);
  ctx.out.setOutput('report-path', reportPath);
  ctx.out.setOutput('server-version', report.serverVersion ?? '');

  if (ctx.out.github) {
    for (const check of report.checks) {
      const text = `${check.title}: ${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`;
      if (check.status === 'fail') ctx.out.error(text);
      else if (check.status === 'warn') ctx.out.warning(text);
    }
  }
  const ok = report.result === 'passed';
  // The same report as the file, and where the file is (docs/json-output.md).
  if (json) ctx.out.json('verify', ok, { ...report, reportPath });
  else ctx.out.print(`${reportLine(report)}. Report: ${reportPath}`);
  return ok ? 0 : 1;
}
