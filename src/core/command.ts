import type { InputSpec, OutputSpec, RawInputs } from './inputs.js';
import type { Redactor } from './redact.js';
import type { Reporter, Streams } from './reporter.js';

/** What every command gets: the reporter (all output), the redactor (register secrets), env and clock. */
export interface Context {
  out: Reporter;
  redactor: Redactor;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** "Today" for support decisions; commands with `as-of` override it. */
  now: Date;
  /** Where output goes, for a command that runs other commands (the demo) to send theirs to the same place. */
  streams?: Streams;
  /**
   * Runs another command line in-process exactly as `wandb-operator-actions <argv>` would (the demo's steps).
   * The runner provides it, so that no command imports the runner or the registry.
   */
  runCli?: (argv: string[], run: RunEnvironment) => Promise<number>;
}

/** Where a run happens: its environment, working directory, output streams and "now". */
export interface RunEnvironment {
  env: NodeJS.ProcessEnv;
  cwd: string;
  streams?: Streams;
  now?: Date;
}

export interface CommandModule {
  /** Returns the exit code (0 success, 1 failure the user can fix). */
  run(raw: RawInputs, ctx: Context): Promise<number>;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Longer help text for `--help` and the action's description. */
  description?: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
  /** Published as an action folder `<name>/action.yml` as well as a CLI command. */
  action: boolean;
  /** Loaded on use, so that `--help` and unrelated commands start fast. */
  load: () => Promise<CommandModule>;
}
