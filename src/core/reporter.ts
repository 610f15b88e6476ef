import { appendFileSync } from 'node:fs';
import type { Redactor } from './redact.js';
import type { SourcePlace } from './errors.js';

/**
 * Everything a command says goes through a Reporter, which redacts first. The same reporter serves the CLI
 * and the GitHub Actions entry: under GitHub Actions (GITHUB_ACTIONS=true) problems become workflow-command
 * annotations, outputs go to GITHUB_OUTPUT and the summary to GITHUB_STEP_SUMMARY.
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

export class Reporter {
  readonly github: boolean;
  readonly outputs: Record<string, string> = {};
  private readonly summaryParts: string[] = [];
  private readonly streams: Streams;
  private readonly redactor: Redactor;
  private readonly env: NodeJS.ProcessEnv;

  constructor(options: ReporterOptions) {
    this.redactor = options.redactor;
    this.env = options.env;
    this.streams = options.streams ?? processStreams;
    this.github = options.env.GITHUB_ACTIONS === 'true';
    if (this.github) {
      // The runner masks registered values in its own log too; we still redact before writing.
      this.redactor.onSecret((secret) => {
        if (!secret.includes('\n')) this.streams.stdout(`::add-mask::${escapeData(secret)}\n`);
      });
    }
  }

  redact(text: string): string {
    return this.redactor.redact(text);
  }

  /** The command's result, to stdout. */
  print(text: string): void {
    this.streams.stdout(this.redact(text.endsWith('\n') ? text : `${text}\n`));
  }

  info(message: string): void {
    this.log(`${message}\n`);
  }

  warning(message: string, place?: SourcePlace): void {
    this.annotate('warning', message, place);
  }

  error(message: string, place?: SourcePlace): void {
    this.annotate('error', message, place);
  }

  notice(message: string): void {
    if (this.github) this.streams.stdout(`::notice::${escapeData(this.redact(message))}\n`);
    else this.log(`${message}\n`);
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    if (this.github) this.streams.stdout(`::group::${escapeData(this.redact(title))}\n`);
    else this.log(`== ${title}\n`);
    try {
      return await body();
    } finally {
      if (this.github) this.streams.stdout('::endgroup::\n');
    }
  }

  setOutput(name: string, value: string | number | boolean): void {
    const text = this.redact(String(value));
    this.outputs[name] = text;
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
      appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
    }
  }

  /** Markdown for the job summary; written once by `flushSummary` at the end of the command. */
  summary(markdown: string): void {
    this.summaryParts.push(this.redact(markdown));
  }

  get summaryText(): string {
    return this.summaryParts.join('\n');
  }

  flushSummary(): void {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file && this.summaryParts.length > 0) appendFileSync(file, `${this.summaryText}\n`);
  }

  private log(text: string): void {
    const redacted = this.redact(text);
    if (this.github) this.streams.stdout(redacted);
    else this.streams.stderr(redacted);
  }

  private annotate(kind: 'warning' | 'error', message: string, place?: SourcePlace): void {
    const text = this.redact(message);
    if (this.github) {
      const props = place ? ` file=${escapeProperty(place.file)},line=${place.line},col=${place.column}` : '';
      this.streams.stdout(`::${kind}${props}::${escapeData(text)}\n`);
    } else {
      this.streams.stderr(`${kind}: ${text}\n`);
    }
  }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
