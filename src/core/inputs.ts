import { UserError } from './errors.js';

/**
 * Inputs are declared once per command (name, type, default, description) and read once at the edge:
 * from action inputs (INPUT_<NAME> variables, as @actions/core reads them) or from CLI flags named the same.
 * The declarations also generate every action.yml and the README's input tables, so docs match the code.
 */
export type InputType = 'string' | 'boolean' | 'list' | 'number';

export interface InputSpec {
  name: string;
  description: string;
  type?: InputType;
  default?: string;
  /**
   * The default in the action.yml only, where GitHub fills it in (`${{ github.token }}`); the CLI does not
   * see it (there the value comes from `env`).
   */
  actionDefault?: string;
  required?: boolean;
  /**
   * A secret is never read from argv on the CLI (argv is visible to every process on the machine):
   * the CLI reads it from the environment variable named in `env`.
   */
  secret?: boolean;
  /** A value of a secret input that is not itself secret (a kubeconfig's path, as opposed to its content). */
  notSecretWhen?: (value: string) => boolean;
  /** Environment variable the CLI reads (for secrets, the only CLI source). */
  env?: string;
  /** Single-letter CLI alias, e.g. `-c`. */
  alias?: string;
}

export interface OutputSpec {
  name: string;
  description: string;
}

/**
 * A usage error: the command line (or a step's `with:`) asks for something the command does not take: an
 * unknown command or flag, a missing required input, a flag value of the wrong type. The CLI exits 2 for it
 * (1 is a command that ran and failed) and prints how to get the usage.
 */
export class UsageError extends UserError {
  constructor(message: string, fix?: string) {
    super(message, fix);
    this.name = 'UsageError';
  }
}

export type InputValue = string | string[] | boolean | number | undefined;
export type RawInputs = Record<string, InputValue>;

function isMissing(value: InputValue): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function defaultValue(spec: InputSpec): InputValue {
  if (spec.default === undefined) return spec.type === 'list' ? [] : undefined;
  return convert(spec, spec.default, 'default');
}

function convert(spec: InputSpec, text: string, where: string): InputValue {
  switch (spec.type ?? 'string') {
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (['true', 'yes', '1', 'on'].includes(lower)) return true;
      if (['false', 'no', '0', 'off', ''].includes(lower)) return false;
      throw new UsageError(`Input '${spec.name}' (${where}) must be true or false, got '${text}'.`);
    }
    case 'number': {
      const n = Number(text.trim());
      if (!Number.isFinite(n))
        throw new UsageError(`Input '${spec.name}' (${where}) must be a number, got '${text}'.`);
      return n;
    }
    case 'list':
      // Action inputs are strings: one item a line (commas also separate items on a single line).
      return text
        .split(/\r?\n/)
        .flatMap((line) => (line.includes(',') && !line.includes('=') ? line.split(',') : [line]))
        .map((item) => item.trim())
        .filter((item) => item.length > 0 && !item.startsWith('#'));
    default:
      return text;
  }
}

/** Reads one action input's text by its name ('' when not given), as @actions/core's `getInput` does. */
export type InputReader = (name: string) => string;

/**
 * Action inputs from an environment other than this process's (tests, and in-process runs that must not share
 * process.env): INPUT_<NAME upper-cased, spaces to underscores>, trimmed, which is what `core.getInput` reads
 * from process.env. The actions' entry uses `core.getInput` itself (src/core/runner.ts).
 */
export function inputsFromEnv(env: NodeJS.ProcessEnv): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * GitHub Actions: each declared input through `read` (core.getInput under Actions), converted to its type, with
 * its default when not given. `read` may also be an environment, read as `inputsFromEnv` does.
 */
export function readActionInputs(specs: InputSpec[], read: InputReader | NodeJS.ProcessEnv): RawInputs {
  const get = typeof read === 'function' ? read : inputsFromEnv(read);
  const raw: RawInputs = {};
  for (const spec of specs) {
    const text = get(spec.name);
    raw[spec.name] =
      text !== undefined && text.trim() !== ''
        ? convert(spec, text.trim(), 'action input')
        : defaultValue(spec);
    if (spec.required && isMissing(raw[spec.name])) {
      throw new UsageError(
        `Input required and not supplied: ${spec.name}`,
        `Add '${spec.name}:' under 'with:' in the step.`,
      );
    }
  }
  return raw;
}

export interface ParsedArgs {
  inputs: RawInputs;
  help: boolean;
}

/** CLI flags: `--name value`, `--name=value`, `--flag` / `--no-flag` for booleans, repeatable for lists. */
export function parseCliArgs(specs: InputSpec[], argv: string[], env: NodeJS.ProcessEnv): ParsedArgs {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((spec) => [spec.alias as string, spec]));
  const given: Record<string, string[]> = {};
  const booleans: Record<string, boolean> = {};
  let help = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    let name: string;
    let value: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      value = eq >= 0 ? arg.slice(eq + 1) : undefined;
    } else if (/^-[a-zA-Z]$/.test(arg) && byAlias.has(arg.slice(1))) {
      name = (byAlias.get(arg.slice(1)) as InputSpec).name;
    } else {
      throw new UsageError(
        `Unexpected argument '${arg}'.`,
        'Run with --help to see the flags this command takes.',
      );
    }
    let spec = byName.get(name);
    if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.type === 'boolean') {
      booleans[name.slice(3)] = false;
      continue;
    }
    if (!spec) {
      const suggestion = closest(name, [...byName.keys()]);
      throw new UsageError(
        `Unknown flag '--${name}'.`,
        suggestion
          ? `Did you mean '--${suggestion}'? Run with --help for all flags.`
          : 'Run with --help for all flags.',
      );
    }
    spec = spec as InputSpec;
    if (spec.secret) {
      throw new UsageError(
        `'--${spec.name}' is a secret and is not accepted on the command line, where other processes can read it.`,
        `Set it in the environment variable ${spec.env ?? envName(spec.name)} instead.`,
      );
    }
    if (spec.type === 'boolean' && value !== undefined) {
      booleans[spec.name] = convert(spec, value, `--${spec.name}`) as boolean;
      continue;
    }
    if (spec.type === 'boolean') {
      const next = argv[i + 1];
      if (next !== undefined && /^(true|false)$/i.test(next)) {
        booleans[spec.name] = next.toLowerCase() === 'true';
        i++;
      } else booleans[spec.name] = true;
      continue;
    }
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`Flag '--${spec.name}' needs a value.`);
      value = argv[++i];
    }
    (given[spec.name] ??= []).push(value);
  }

  const inputs: RawInputs = {};
  for (const spec of specs) {
    const values = given[spec.name];
    const fromEnv = spec.env ? env[spec.env] : undefined;
    if (spec.type === 'boolean') {
      inputs[spec.name] =
        booleans[spec.name] ??
        (fromEnv !== undefined ? convert(spec, fromEnv, spec.env as string) : defaultValue(spec));
    } else if (values && values.length > 0) {
      inputs[spec.name] =
        spec.type === 'list'
          ? values.flatMap((v) => convert(spec, v, `--${spec.name}`) as string[])
          : convert(spec, values[values.length - 1], `--${spec.name}`);
    } else if (fromEnv !== undefined && fromEnv !== '') {
      inputs[spec.name] = convert(spec, fromEnv, spec.env as string);
    } else {
      inputs[spec.name] = defaultValue(spec);
    }
    if (!help && spec.required && isMissing(inputs[spec.name])) {
      throw new UsageError(
        `Missing required ${spec.secret ? `environment variable ${spec.env}` : `flag --${spec.name}`}.`,
        `Run with --help for what '${spec.name}' is.`,
      );
    }
  }
  return { inputs, help };
}

export function envName(name: string): string {
  return name.replace(/-/g, '_').toUpperCase();
}

/** Damerau-free Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length];
}

export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Typed getters used by each command's `parseOptions`. */
export function str(raw: RawInputs, name: string): string | undefined {
  const value = raw[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
export function list(raw: RawInputs, name: string): string[] {
  const value = raw[name];
  return Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
}
export function bool(raw: RawInputs, name: string): boolean {
  return raw[name] === true;
}
export function num(raw: RawInputs, name: string): number | undefined {
  const value = raw[name];
  return typeof value === 'number' ? value : undefined;
}
