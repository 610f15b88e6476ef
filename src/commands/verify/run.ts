import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { execute, type Execute } from '../../core/exec.js';
import { VERSION } from '../../core/runner.js';
import { WandbClient } from '../../wandb/client.js';
import { runChecks } from '../../verify/run-checks.js';
import { buildReport, renderLine, renderMarkdown } from '../../verify/report.js';
import { policyFromSeconds } from '../../verify/retry.js';
import { parseWandbVersion } from '../../verify/wandb-cli-output.js';
import type { Check } from '../../verify/types.js';
import { parseOptions } from './options.js';
import { wandbChecks, type WandbCheckState } from './wandb-checks.js';
import { cliChecks } from './cli-checks.js';

/** Where `wandb` is on the PATH given to this command (not necessarily this process's PATH). */
function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

async function wandbCliVersion(
  exec: Execute,
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  try {
    const result = await exec({ command: path, args: ['--version'], env, timeoutMs: 30000 });
    return result.code === 0 ? parseWandbVersion(result.stdout) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * verify: the checks of `wandb verify`, natively, then the CLI's artifact and sweep checks, then (when built)
 * the cluster checks; a table in the job summary, a JSON report, outputs, and the exit code `fail-on` asks for.
 */
export async function runVerify(raw: RawInputs, ctx: Context, exec: Execute = execute): Promise<number> {
  const options = parseOptions(raw);
  if (options.apiKey) {
    // The key and the Basic credentials made from it (their base64 forms are registered with them).
    ctx.redactor.add(options.apiKey);
    ctx.redactor.add(`api:${options.apiKey}`);
  }
  const startedAt = new Date();
  const started = Date.now();

  const wandbPath = options.useWandbCli === 'false' ? undefined : findOnPath('wandb', ctx.env);
  const cliVersion = wandbPath ? await wandbCliVersion(exec, wandbPath, ctx.env) : undefined;

  const state: WandbCheckState = {};
  const client = new WandbClient({
    host: options.host,
    apiKey: options.apiKey ?? '',
    userAgent: `wandb-operator-actions/${VERSION}`,
  });
  const checks: Check[] = [
    ...wandbChecks(
      {
        client,
        host: options.host,
        apiKey: options.apiKey,
        entity: options.entity,
        project: options.project,
        retry: policyFromSeconds(options.retrySeconds),
        idPrefix: randomBytes(4).toString('hex'),
        sdkVersion: () => options.sdkVersion ?? cliVersion,
      },
      state,
    ),
    ...cliChecks({
      execute: exec,
      mode: options.useWandbCli,
      wandbPath,
      version: cliVersion,
      host: options.host,
      apiKey: options.apiKey,
      entity: options.entity,
      env: ctx.env,
    }),
  ];
  const notes = [
    'Cluster checks (operator, CR phase, workloads, referenced Secrets, CA ConfigMap, ingress class) are not part of this version yet.',
  ];

  const results = await ctx.out.group(`wandb verify ${options.host}`, () =>
    runChecks(checks, {
      perCheckTimeoutMs: options.checkTimeoutMs,
      overallTimeoutMs: options.timeoutMs,
      onResult: (result) => ctx.out.info(renderLine(result)),
    }),
  );

  const report = buildReport({
    tool: `wandb-operator-actions ${VERSION} verify`,
    host: options.host,
    serverVersion: state.serverVersion,
    startedAt,
    durationMs: Date.now() - started,
    failOn: options.failOn,
    checks: results,
    notes,
  });
  const reportPath = resolve(ctx.cwd, options.reportPath);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(ctx.redactor.redactDeep(report), null, 2)}\n`);

  ctx.out.summary(renderMarkdown(report));
  ctx.out.setOutput('passed', report.counts.passed);
  ctx.out.setOutput('failed', report.counts.failed);
  ctx.out.setOutput('warnings', report.counts.warnings);
  ctx.out.setOutput('skipped', report.counts.skipped);
  ctx.out.setOutput('report-path', reportPath);
  ctx.out.setOutput('server-version', report.serverVersion ?? '');

  if (ctx.out.github) {
    for (const check of results) {
      const text = `${check.title}: ${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`;
      if (check.status === 'fail') ctx.out.error(text);
      else if (check.status === 'warn') ctx.out.warning(text);
    }
  }
  const { counts } = report;
  ctx.out.print(
    `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed, ${counts.skipped} skipped (fail-on: ${report.failOn})${
      report.serverVersion ? `; W&B Server ${report.serverVersion}` : ''
    }. Report: ${reportPath}`,
  );
  return report.result === 'passed' ? 0 : 1;
}
