/** Runs the CLI in-process with captured streams (for tests against the stand-ins). */
import { runAction, runCli } from '../../src/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const TEST_NOW = new Date('2026-11-23T10:00:00Z');

export async function cli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  now = TEST_NOW,
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    env,
    cwd,
    now,
    streams: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export async function action(
  name: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
  now = TEST_NOW,
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAction(name, {
    env,
    cwd,
    now,
    streams: { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
