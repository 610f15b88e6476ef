import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findOnPath } from '../../src/core/exec.js';

/**
 * Recording wrappers for the programs the product runs (kubectl, helm, git, wandb): a folder put first on
 * PATH, holding one executable per program that appends what it was given (argv and the whole environment)
 * as one JSON line to a log, then runs the real program with the same argv, stdin and environment, or, when
 * there is none on this machine, prints a plausible error and exits 1 (as a program that cannot reach its
 * server would). The log's path and the real program's path are written into each wrapper, not passed in
 * the environment, since the product gives each child only the variables it reads.
 *
 * The real programs are found on the PATH the wrappers are made with, before the wrapper folder is added.
 */
export const PROGRAMS = ['kubectl', 'helm', 'git', 'wandb'] as const;
export type Program = (typeof PROGRAMS)[number];

export interface ChildCall {
  program: Program;
  argv: string[];
  env: Record<string, string>;
}

const FALLBACK_ERROR: Record<Program, string> = {
  kubectl:
    'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
  helm: 'Error: Kubernetes cluster unreachable: the server could not find the requested resource',
  git: 'fatal: not a git repository (or any of the parent directories): .git',
  wandb: 'wandb: ERROR Unable to connect: the server did not answer',
};

export interface Wrappers {
  /** The folder to put first on PATH. */
  dir: string;
  /** PATH with the wrappers first. */
  path: string;
  /** Every call recorded so far, in order. */
  calls(): ChildCall[];
  /** Forget the calls recorded so far. */
  reset(): void;
  remove(): void;
}

/**
 * Makes the wrappers. `real` overrides where a real program is (e.g. the tools the loopback plane uses, or a
 * W&B CLI stand-in); `null` makes that wrapper always fail with its plausible error.
 */
export function makeWrappers(
  options: { path?: string; real?: Partial<Record<Program, string | null>> } = {},
): Wrappers {
  const basePath = options.path ?? process.env.PATH ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'child-wrappers-'));
  const log = join(dir, 'calls.jsonl');
  for (const program of PROGRAMS) {
    const override = options.real?.[program];
    const real = override === null ? undefined : (override ?? findOnPath(program, { PATH: basePath }));
    const script = `#!${process.execPath}
// Recording wrapper for ${program} (test-support/wrappers): logs argv and environment, then runs the real one.
const { appendFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const argv = process.argv.slice(2);
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ program: ${JSON.stringify(program)}, argv, env: process.env }) + '\\n');
const real = ${JSON.stringify(real ?? null)};
if (!real) {
  process.stderr.write(${JSON.stringify(FALLBACK_ERROR[program])} + '\\n');
  process.exit(1);
}
const run = spawnSync(real, argv, { stdio: 'inherit', env: process.env });
process.exit(run.status === null ? 1 : run.status);
`;
    const file = join(dir, program);
    writeFileSync(file, script);
    chmodSync(file, 0o755);
  }
  return {
    dir,
    path: `${dir}${delimiter}${basePath}`,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as ChildCall)
        : [],
    reset: () => rmSync(log, { force: true }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
