import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runAction } from '../src/program.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The job summary file's content ('' when nothing was written). */
  summary: string;
  /** The GITHUB_OUTPUT file's content. */
  outputs: string;
}

export interface CliRunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as under GitHub Actions: GITHUB_ACTIONS=true, a summary file and an output file. */
  github?: boolean;
  now?: Date;
}

function githubEnv(options: CliRunOptions): {
  env: NodeJS.ProcessEnv;
  summaryFile: string;
  outputFile: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'wandb-run-'));
  const summaryFile = join(dir, 'summary.md');
  const outputFile = join(dir, 'output.txt');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  if (options.github)
    Object.assign(env, {
      GITHUB_ACTIONS: 'true',
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
    });
  return { env, summaryFile, outputFile };
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

/** Runs the CLI in-process exactly as `wandb-operator-actions <argv>` would, capturing everything it prints. */
export async function cli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const { env, summaryFile, outputFile } = githubEnv(options);
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    env,
    cwd: options.cwd ?? process.cwd(),
    now: options.now,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  return { code, stdout, stderr, summary: read(summaryFile), outputs: read(outputFile) };
}

/** Runs a command as its GitHub Action would: inputs as INPUT_<NAME> variables. */
export async function action(
  command: string,
  inputs: Record<string, string>,
  options: CliRunOptions = {},
): Promise<CliRun> {
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
  );
  const { env, summaryFile, outputFile } = githubEnv({
    ...options,
    github: true,
    env: { ...options.env, ...inputEnv },
  });
  let stdout = '';
  let stderr = '';
  const code = await runAction(command, {
    env,
    cwd: options.cwd ?? process.cwd(),
    now: options.now,
    streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
  });
  return { code, stdout, stderr, summary: read(summaryFile), outputs: read(outputFile) };
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter ... delimiter) into a map. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(\S+)$/.exec(lines[i]);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]);
    outputs[match[1]] = value.join('\n');
  }
  return outputs;
}
