import type { RunEnvironment } from './core/command.js';
import { runAction as runActionWith, runCli as runCliWith } from './core/runner.js';
import { commands } from './commands/registry.js';

/**
 * The program: the runner with every command. The CLI, the action entries and the tests start here; core/runner
 * takes the registry as an argument, so that the import graph has no circle
 * (entries -> program -> registry -> commands -> core, and program -> core/runner -> core).
 */

/** `wandb-operator-actions <argv>`; returns the exit code (0 ok, 1 failed, 2 usage error). */
export function runCli(argv: string[], run: RunEnvironment): Promise<number> {
  return runCliWith(argv, run, commands);
}

/** A command as its GitHub Action runs it: inputs from INPUT_* variables. `undefined`: the `command` input picks. */
export function runAction(command: string | undefined, run: RunEnvironment): Promise<number> {
  return runActionWith(command, run, commands);
}

/**
 * The body of every action entry's `run()` (as GitHub's typescript-action template has it): run the command in
 * this process and set the exit code. It never throws; failures are already reported (annotations, summary).
 */
export async function runActionStep(command: string | undefined): Promise<void> {
  const code = await runAction(command, { env: process.env, cwd: process.cwd() });
  if (code !== 0) process.exitCode = code;
}
