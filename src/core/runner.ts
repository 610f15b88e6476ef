import * as core from '@actions/core';
import { readActionInputs, parseCliArgs, UsageError, closest, type RawInputs } from './inputs.js';
import { Redactor } from './redact.js';
import { Reporter, processStreams } from './reporter.js';
import { UserError, errorMessage } from './errors.js';
import type { CommandSpec, Context, RunEnvironment } from './command.js';
import { commandHelp, generalHelp } from './help.js';
import { VERSION } from './version.js';
import { handleCancellation } from './cancel.js';

/** Exit codes, the same for the CLI and the actions (documented in the README and in `--help`). */
export const EXIT_OK = 0;
/** The command ran and failed (a check failed, the apply was rolled back, ...). */
export const EXIT_FAILED = 1;
/** The command line is wrong: unknown command or flag, missing required input, a flag value of the wrong type. */
export const EXIT_USAGE = 2;

export type { RunEnvironment };

/**
 * The runner knows no command: the entries (src/cli.ts, src/actions/*) pass the registry in, so that core never
 * imports commands and no command imports the runner (a command that runs other command lines, the demo,
 * gets `ctx.runCli`).
 */
function newContext(run: RunEnvironment, commands: CommandSpec[]): Context {
  const redactor = new Redactor();
  const streams = run.streams ?? processStreams;
  const out = new Reporter({ redactor, env: run.env, streams });
  const nested = (argv: string[], inner: RunEnvironment) => runCli(argv, inner, commands);
  return { out, redactor, env: run.env, cwd: run.cwd, now: run.now ?? new Date(), streams, runCli: nested };
}

function findCommand(commands: CommandSpec[], name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name);
}

/** Registers every secret input with the redactor before anything can print it. */
function registerSecretInputs(spec: CommandSpec, raw: RawInputs, ctx: Context): void {
  for (const input of spec.inputs) {
    const value = raw[input.name];
    if (input.secret && typeof value === 'string' && !input.notSecretWhen?.(value)) ctx.redactor.add(value);
    // Any input may be a URL with credentials in it (`--host https://u:p@...`, `--chart-repo`, `--registry`).
    ctx.redactor.addUrlCredentials(value);
  }
}

async function runCommand(
  spec: CommandSpec,
  readInputs: (ctx: Context) => RawInputs,
  ctx: Context,
  usageHint: string,
): Promise<number> {
  let code: number;
  let raw: RawInputs | undefined;
  // SIGTERM/SIGINT run the command's registered cleanups, then write what the summary holds (src/core/cancel.ts).
  const cancellable = handleCancellation(() => ctx.out.flushSummary());
  ctx.out.defaultTitle = `wandb-operator-actions ${spec.name}`;
  try {
    raw = readInputs(ctx);
    registerSecretInputs(spec, raw, ctx);
    const module = await spec.load();
    code = await module.run(raw, ctx);
  } catch (error) {
    code = error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
    // Under --format json a failure is a JSON document too, so that a script reading stdout always gets one.
    if (raw?.format === 'json') ctx.out.json(spec.name, false, { error: failureJson(error) });
    if (error instanceof UserError) {
      ctx.out.error(error.message, error.place);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      if (error instanceof UsageError) ctx.out.info(usageHint);
    } else {
      ctx.out.error(`Unexpected failure in ${spec.name}: ${errorMessage(error)}`);
      // Never the bare message alone: say what to do, and what the failure may have left behind.
      ctx.out.info(`  fix: ${UNEXPECTED_FIX}`);
      if (ctx.env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack) ctx.out.info(error.stack);
    }
  } finally {
    cancellable();
    await ctx.out.flushSummary();
  }
  return code;
}

/** The fix of a failure this program did not foresee (a bug, or a case it does not know yet). */
const UNEXPECTED_FIX =
  'This is a failure wandb-operator-actions does not explain yet. Run again with RUNNER_DEBUG=1 (GitHub: enable debug logging) for the stack, check what the step printed before it for the state it left, and report it with that log.';

function failureJson(error: unknown): Record<string, unknown> {
  if (!(error instanceof UserError))
    return { message: `Unexpected failure: ${errorMessage(error)}`, fix: UNEXPECTED_FIX };
  return { message: error.message, fix: error.fix, ...error.place };
}

/**
 * The CLI: `wandb-operator-actions <command> [flags]`. Returns the exit code: 0 ok, 1 the command failed,
 * 2 a usage error (unknown command or flag, missing required input, bad flag value).
 */
export async function runCli(argv: string[], run: RunEnvironment, commands: CommandSpec[]): Promise<number> {
  const ctx = newContext(run, commands);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    ctx.out.print(generalHelp(commands));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-V') {
    ctx.out.print(VERSION);
    return EXIT_OK;
  }
  if (name === undefined) {
    ctx.out.error('No command given.');
    ctx.out.info(generalHelp(commands));
    return EXIT_USAGE;
  }
  const helpFor = name === 'help' ? rest[0] : undefined;
  const spec = findCommand(commands, helpFor ?? name);
  if (!spec) {
    const unknown = helpFor ?? name;
    const suggestion = unknown.startsWith('-')
      ? undefined
      : closest(
          unknown,
          commands.map((c) => c.name),
        );
    ctx.out.error(
      unknown.startsWith('-')
        ? `Unknown option '${unknown}' before the command.`
        : `Unknown command '${unknown}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    );
    ctx.out.info("Run 'wandb-operator-actions --help' for the commands.");
    return EXIT_USAGE;
  }
  if (helpFor !== undefined || rest.includes('--help') || rest.includes('-h')) {
    ctx.out.print(commandHelp(spec));
    return EXIT_OK;
  }
  return runCommand(
    spec,
    () => parseCliArgs(spec.inputs, rest, run.env).inputs,
    ctx,
    `Run 'wandb-operator-actions ${spec.name} --help' for its flags.`,
  );
}

/**
 * A GitHub Action: inputs from INPUT_* variables. `commandName` is fixed for the per-action folders; the root
 * action.yml reads it from its `command` input.
 */
export async function runAction(
  commandName: string | undefined,
  run: RunEnvironment,
  commands: CommandSpec[],
): Promise<number> {
  const ctx = newContext(run, commands);
  const name = commandName ?? (run.env.INPUT_COMMAND ?? '').trim();
  const spec = findCommand(commands, name);
  if (!spec) {
    ctx.out.error(
      `Unknown command '${name}'. The 'command' input takes one of: ${commands.map((c) => c.name).join(', ')}.`,
    );
    return EXIT_USAGE;
  }
  return runCommand(
    spec,
    // @actions/core's getInput reads process.env; a run given an environment of its own (tests, nested runs in
    // one process) reads that one the same way.
    () => readActionInputs(spec.inputs, run.env === process.env ? (name) => core.getInput(name) : run.env),
    ctx,
    `The inputs of '${spec.name}' are listed in its action.yml and in the README.`,
  );
}

export { commandHelp, VERSION };
