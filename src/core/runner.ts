import { readActionInputs, parseCliArgs, type RawInputs } from './inputs.js';
import { Redactor } from './redact.js';
import { Reporter, processStreams, type Streams } from './reporter.js';
import { UserError, errorMessage } from './errors.js';
import type { CommandSpec, Context } from './command.js';
import { commands, findCommand } from '../commands/registry.js';
import { commandHelp, generalHelp } from './help.js';

export interface RunEnvironment {
  env: NodeJS.ProcessEnv;
  cwd: string;
  streams?: Streams;
  now?: Date;
}

function newContext(run: RunEnvironment): Context {
  const redactor = new Redactor();
  const streams = run.streams ?? processStreams;
  const out = new Reporter({ redactor, env: run.env, streams });
  return { out, redactor, env: run.env, cwd: run.cwd, now: run.now ?? new Date(), streams };
}

/** Registers every secret input with the redactor before anything can print it. */
function registerSecretInputs(spec: CommandSpec, raw: RawInputs, ctx: Context): void {
  for (const input of spec.inputs) {
    const value = raw[input.name];
    if (input.secret && typeof value === 'string' && !input.notSecretWhen?.(value)) ctx.redactor.add(value);
  }
}

async function runCommand(
  spec: CommandSpec,
  readInputs: (ctx: Context) => RawInputs,
  ctx: Context,
): Promise<number> {
  let code: number;
  try {
    const raw = readInputs(ctx);
    registerSecretInputs(spec, raw, ctx);
    const module = await spec.load();
    code = await module.run(raw, ctx);
  } catch (error) {
    code = 1;
    if (error instanceof UserError) {
      ctx.out.error(error.message, error.place);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
    } else {
      ctx.out.error(`Unexpected failure in ${spec.name}: ${errorMessage(error)}`);
      if (ctx.env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack) ctx.out.info(error.stack);
    }
  } finally {
    ctx.out.flushSummary();
  }
  return code;
}

/** The CLI: `wandb-operator-actions <command> [flags]`. Returns the exit code. */
export async function runCli(argv: string[], run: RunEnvironment): Promise<number> {
  const ctx = newContext(run);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out.print(generalHelp(commands));
    return name ? 0 : 1;
  }
  if (name === '--version') {
    ctx.out.print(VERSION);
    return 0;
  }
  const spec = findCommand(name);
  if (!spec) {
    ctx.out.error(`Unknown command '${name}'.`);
    ctx.out.print(generalHelp(commands));
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.out.print(commandHelp(spec));
    return 0;
  }
  return runCommand(spec, () => parseCliArgs(spec.inputs, rest, run.env).inputs, ctx);
}

/**
 * A GitHub Action: inputs from INPUT_* variables. `commandName` is fixed for the per-action folders; the root
 * action.yml reads it from its `command` input.
 */
export async function runAction(commandName: string | undefined, run: RunEnvironment): Promise<number> {
  const ctx = newContext(run);
  const name = commandName ?? (run.env.INPUT_COMMAND ?? '').trim();
  const spec = findCommand(name);
  if (!spec) {
    ctx.out.error(
      `Unknown command '${name}'. The 'command' input takes one of: ${commands.map((c) => c.name).join(', ')}.`,
    );
    return 1;
  }
  return runCommand(spec, () => readActionInputs(spec.inputs, run.env), ctx);
}

export { commandHelp };
export const VERSION = '0.1.0';
