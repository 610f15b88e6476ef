import { appendFileSync } from 'node:fs';
import * as core from '@actions/core';
import { weakSecretReason, type Redactor } from './redact.js';
import type { SourcePlace } from './errors.js';

/**
 * Everything a command says goes through a Reporter, which redacts first. The same reporter serves the CLI
 * and the GitHub Actions entry: under GitHub Actions (GITHUB_ACTIONS=true) it speaks through @actions/core:
 * problems become annotations (with title, file, line), groups fold the log, outputs go to GITHUB_OUTPUT
 * (core's delimiter, checked against the value), the summary to GITHUB_STEP_SUMMARY (`core.summary`, cut to
 * GitHub's 1 MiB limit), secrets are registered with `core.setSecret`. On the CLI it writes plain lines.
 *
 * Streams: `print` is the command's result (stdout); `info`/`warning`/`error` are the log (stderr on the CLI,
 * stdout under GitHub Actions, where the runner reads workflow commands from stdout).
 */
export interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processStreams: Streams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export interface ReporterOptions {
  redactor: Redactor;
  env: NodeJS.ProcessEnv;
  streams?: Streams;
}

/** GitHub refuses a step summary over 1 MiB; the summary is cut below it, with a note. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Markdown folded under a title: for long parts of a summary (notes, a rendered CR, a full report). */
export function details(title: string, markdown: string): string {
  return `<details><summary>${escapeHtml(title)}</summary>\n\n${markdown.replace(/\n+$/, '')}\n\n</details>\n`;
}

/**
 * `markdown` cut to at most `limit` bytes (UTF-8): whole parts are kept while they fit, then whole lines; an
 * open code fence or `<details>` is closed, and a note says what was cut and where the rest is.
 */
export function fitSummary(parts: string[], limit = SUMMARY_LIMIT_BYTES): string {
  const whole = parts.join('\n');
  if (Buffer.byteLength(whole) + 1 <= limit) return whole;
  const total = Buffer.byteLength(whole);
  const note = `\n\n> [!WARNING]\n> This summary was cut: it was ${Math.ceil(total / 1024)} KiB, over GitHub's 1 MiB limit for a step summary. The step's log and outputs are complete.\n`;
  // Room for the note and for closing what the cut may leave open.
  const budget = limit - Buffer.byteLength(note) - 64;
  const kept: string[] = [];
  let used = 0;
  for (const line of whole.split('\n')) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  let text = kept.join('\n');
  if ((text.match(/^\s*```/gm) ?? []).length % 2 === 1) text += '\n```';
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) text += '\n\n</details>';
  return text + note;
}

export class Reporter {
  readonly github: boolean;
  readonly outputs: Record<string, string> = {};
  private readonly summaryParts: string[] = [];
  private readonly streams: Streams;
  private readonly redactor: Redactor;
  private readonly env: NodeJS.ProcessEnv;
  /**
   * The heading of an annotation given no title of its own: the runner sets it to the command's name, so that
   * the run's page, which lists the annotations of every step together, says which step each came from.
   */
  defaultTitle?: string;

  constructor(options: ReporterOptions) {
    this.redactor = options.redactor;
    this.env = options.env;
    this.streams = options.streams ?? processStreams;
    this.github = options.env.GITHUB_ACTIONS === 'true';
    if (this.github) {
      // The runner masks registered values in its own log too; we still redact before writing. The runner
      // masks line by line, so a multi-line secret (a PEM key) is registered one line at a time.
      // The runner masks every registered value in its own log, in any text: a multi-line secret (a kubeconfig,
      // a PEM key) is registered only through its forms that cannot garble that log, the redactor's single-line
      // forms (the key-material lines among them), never line by line (`kind: Config` would be masked everywhere).
      this.redactor.onSecret((secret) => {
        if (!secret.includes('\n') && !weakSecretReason(secret)) this.viaCore(() => core.setSecret(secret));
      });
    }
  }

  /**
   * Calls @actions/core, which reads GITHUB_OUTPUT / GITHUB_STEP_SUMMARY from process.env and writes workflow
   * commands to process.stdout. When this Reporter was given its own environment or streams (tests and nested
   * runs in one process), both are pointed at them for the duration of the call. The call is synchronous, so no
   * other code runs in between; for the summary's asynchronous write, core reads the path before its first await.
   */
  private viaCore<T>(call: () => T): T {
    const ownStdout = this.streams !== processStreams;
    const ownEnv = this.env !== process.env;
    if (!ownStdout && !ownEnv) return call();
    const saved = {
      GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
      GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
    };
    const write = process.stdout.write;
    if (ownEnv) for (const key of Object.keys(saved) as Array<keyof typeof saved>) setEnv(key, this.env[key]);
    if (ownStdout) {
      const streams = this.streams;
      process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => {
        streams.stdout(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
        const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }) as typeof process.stdout.write;
    }
    try {
      return call();
    } finally {
      process.stdout.write = write;
      if (ownEnv) for (const key of Object.keys(saved) as Array<keyof typeof saved>) setEnv(key, saved[key]);
    }
  }

  redact(text: string): string {
    return this.redactor.redact(text);
  }

  /** The command's result, to stdout. */
  print(text: string): void {
    this.streams.stdout(this.redact(text.endsWith('\n') ? text : `${text}\n`));
  }

  /**
   * The result of `--format json` (docs/json-output.md): `{ command, ok, ... }` on stdout, one document, redacted
   * like everything else; the log stays on stderr.
   */
  json(command: string, ok: boolean, body: object): void {
    this.print(JSON.stringify({ command, ok, ...body }, null, 2));
  }

  info(message: string): void {
    this.log(`${message}\n`);
  }

  /** A warning; under Actions an annotation on `place` (file, line, column) with `title` as its heading. */
  warning(message: string, place?: SourcePlace, title?: string): void {
    this.annotate('warning', message, place, title);
  }

  /** An error; under Actions an annotation on `place` (file, line, column) with `title` as its heading. */
  error(message: string, place?: SourcePlace, title?: string): void {
    this.annotate('error', message, place, title);
  }

  notice(message: string, title?: string): void {
    if (this.github) this.annotate('notice', message, undefined, title);
    else this.log(`${message}\n`);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    const name = this.redact(title);
    if (this.github) this.viaCore(() => core.startGroup(name));
    else this.log(`== ${title}\n`);
    try {
      return await body();
    } finally {
      if (this.github) this.viaCore(() => core.endGroup());
    }
  }

  /**
   * A step output. Under Actions, @actions/core writes it to GITHUB_OUTPUT with a random delimiter that it checks
   * against the value. A Reporter without GITHUB_OUTPUT (a step run inside another command) only records it.
   */
  setOutput(name: string, value: string | number | boolean): void {
    const text = this.redact(String(value));
    this.outputs[name] = text;
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      // The runner creates the file; a run outside it (a test, a nested run) may not have.
      appendFileSync(file, '');
      this.viaCore(() => core.setOutput(name, text));
    }
  }

  /** Markdown for the job summary; written once by `flushSummary` at the end of the command. */
  summary(markdown: string): void {
    this.summaryParts.push(this.redact(markdown));
  }

  /** A long part of the summary, folded under `title` (`<details>`). */
  summaryDetails(title: string, markdown: string): void {
    this.summary(details(this.redact(title), markdown));
  }

  get summaryText(): string {
    return this.summaryParts.join('\n');
  }

  /** Writes the summary through `core.summary`, cut to GitHub's 1 MiB limit (fitSummary). */
  async flushSummary(): Promise<void> {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file || this.summaryParts.length === 0) return;
    const text = `${fitSummary(this.summaryParts)}\n`;
    this.summaryParts.length = 0;
    appendFileSync(file, '');
    // A fresh Summary per write: core.summary caches the file path of its first write.
    const Summary = core.summary.constructor as new () => typeof core.summary;
    const summary = new Summary();
    await this.viaCore(() => summary.addRaw(text).write());
  }

  private log(text: string): void {
    const redacted = this.redact(text);
    if (this.github) this.viaCore(() => core.info(redacted.replace(/\n$/, '')));
    else this.streams.stderr(redacted);
  }

  private annotate(
    kind: 'warning' | 'error' | 'notice',
    message: string,
    place?: SourcePlace,
    title?: string,
  ): void {
    const text = this.redact(message);
    if (this.github) {
      // Only the properties given: core writes `::error ::` (a stray space) for a set of empty ones.
      const properties: core.AnnotationProperties = {};
      const heading = title ?? this.defaultTitle;
      if (heading !== undefined) properties.title = this.redact(heading);
      if (place)
        Object.assign(properties, { file: place.file, startLine: place.line, startColumn: place.column });
      this.viaCore(() => core[kind](text, properties));
    } else {
      this.streams.stderr(`${kind}: ${text}\n`);
    }
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
