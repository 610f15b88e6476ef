import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCommand } from '../../src/commands/registry.js';
import { migrateCommand } from '../../src/commands/migrate/spec.js';
import { parseCliArgs } from '../../src/core/inputs.js';
import { Redactor } from '../../src/core/redact.js';
import { Reporter } from '../../src/core/reporter.js';
import { UserError, errorMessage } from '../../src/core/errors.js';
import { cli, type CliRun } from '../../test-support/run-cli.js';

/**
 * `wandb-operator-actions migrate ...` as a user runs it, under GitHub Actions (summary and output files).
 * Once migrate is in src/commands/registry.ts this is exactly the CLI; until then the same steps as the
 * runner's (flags parsed from the spec, secret inputs registered first, UserError shown with its fix, the
 * summary flushed), so the tests see what a user will see.
 */
export async function migrateCli(argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  if (findCommand('migrate')) return cli(['migrate', ...argv], { github: true, env });
  const files = mkdtempSync(join(tmpdir(), 'wandb-run-'));
  const summaryFile = join(files, 'summary.md');
  const outputFile = join(files, 'output.txt');
  const fullEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...env,
    GITHUB_ACTIONS: 'true',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
  };
  let stdout = '';
  let stderr = '';
  const redactor = new Redactor();
  const out = new Reporter({
    redactor,
    env: fullEnv,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  const ctx = { out, redactor, env: fullEnv, cwd: process.cwd(), now: new Date() };
  let code: number;
  try {
    const raw = parseCliArgs(migrateCommand.inputs, argv, fullEnv).inputs;
    for (const input of migrateCommand.inputs) {
      const value = raw[input.name];
      if (input.secret && typeof value === 'string') redactor.add(value);
    }
    code = await (await migrateCommand.load()).run(raw, ctx);
  } catch (error) {
    code = 1;
    if (error instanceof UserError) {
      out.error(error.message, error.place);
      if (error.fix) out.info(`  fix: ${error.fix}`);
    } else out.error(`Unexpected failure in migrate: ${errorMessage(error)}`);
  } finally {
    out.flushSummary();
  }
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return { code, stdout, stderr, summary: read(summaryFile), outputs: read(outputFile) };
}
