import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  core_exports,
  endGroup,
  info,
  setOutput,
  setSecret,
  startGroup,
  summary
} from "./chunk-FUTQYGYO.js";
import {
  weakSecretReason
} from "./chunk-4QZDXL4F.js";

// src/core/reporter.ts
import { appendFileSync } from "node:fs";
var processStreams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
};
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function details(title, markdown) {
  return `<details><summary>${escapeHtml(title)}</summary>

${markdown.replace(/\n+$/, "")}

</details>
`;
}
function fitSummary(parts, limit = SUMMARY_LIMIT_BYTES) {
  const whole = parts.join("\n");
  if (Buffer.byteLength(whole) + 1 <= limit) return whole;
  const total = Buffer.byteLength(whole);
  const note = `

> [!WARNING]
> This summary was cut: it was ${Math.ceil(total / 1024)} KiB, over GitHub's 1 MiB limit for a step summary. The step's log and outputs are complete.
`;
  const budget = limit - Buffer.byteLength(note) - 64;
  const kept = [];
  let used = 0;
  for (const line of whole.split("\n")) {
    const size = Buffer.byteLength(line) + 1;
    if (used + size > budget) break;
    kept.push(line);
    used += size;
  }
  let text = kept.join("\n");
  if ((text.match(/^\s*```/gm) ?? []).length % 2 === 1) text += "\n```";
  const open = (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) text += "\n\n</details>";
  return text + note;
}
var Reporter = class {
  github;
  outputs = {};
  summaryParts = [];
  streams;
  redactor;
  env;
  /**
   * The heading of an annotation given no title of its own: the runner sets it to the command's name, so that
   * the run's page, which lists the annotations of every step together, says which step each came from.
   */
  defaultTitle;
  constructor(options) {
    this.redactor = options.redactor;
    this.env = options.env;
    this.streams = options.streams ?? processStreams;
    this.github = options.env.GITHUB_ACTIONS === "true";
    if (this.github) {
      this.redactor.onSecret((secret) => {
        if (!secret.includes("\n") && !weakSecretReason(secret)) this.viaCore(() => setSecret(secret));
      });
    }
  }
  /**
   * Calls @actions/core, which reads GITHUB_OUTPUT / GITHUB_STEP_SUMMARY from process.env and writes workflow
   * commands to process.stdout. When this Reporter was given its own environment or streams (tests and nested
   * runs in one process), both are pointed at them for the duration of the call. The call is synchronous, so no
   * other code runs in between; for the summary's asynchronous write, core reads the path before its first await.
   */
  viaCore(call) {
    const ownStdout = this.streams !== processStreams;
    const ownEnv = this.env !== process.env;
    if (!ownStdout && !ownEnv) return call();
    const saved = {
      GITHUB_OUTPUT: process.env.GITHUB_OUTPUT,
      GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY
    };
    const write = process.stdout.write;
    if (ownEnv) for (const key of Object.keys(saved)) setEnv(key, this.env[key]);
    if (ownStdout) {
      const streams = this.streams;
      process.stdout.write = ((chunk, ...rest) => {
        streams.stdout(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        const callback = rest.find((item) => typeof item === "function");
        callback?.();
        return true;
      });
    }
    try {
      return call();
    } finally {
      process.stdout.write = write;
      if (ownEnv) for (const key of Object.keys(saved)) setEnv(key, saved[key]);
    }
  }
  redact(text) {
    return this.redactor.redact(text);
  }
  /** The command's result, to stdout. */
  print(text) {
    this.streams.stdout(this.redact(text.endsWith("\n") ? text : `${text}
`));
  }
  /**
   * The result of `--format json` (docs/json-output.md): `{ command, ok, ... }` on stdout, one document, redacted
   * like everything else; the log stays on stderr.
   */
  json(command, ok, body) {
    this.print(JSON.stringify({ command, ok, ...body }, null, 2));
  }
  info(message) {
    this.log(`${message}
`);
  }
  /** A warning; under Actions an annotation on `place` (file, line, column) with `title` as its heading. */
  warning(message, place, title) {
    this.annotate("warning", message, place, title);
  }
  /** An error; under Actions an annotation on `place` (file, line, column) with `title` as its heading. */
  error(message, place, title) {
    this.annotate("error", message, place, title);
  }
  notice(message, title) {
    if (this.github) this.annotate("notice", message, void 0, title);
    else this.log(`${message}
`);
  }
  async group(title, body) {
    const name = this.redact(title);
    if (this.github) this.viaCore(() => startGroup(name));
    else this.log(`== ${title}
`);
    try {
      return await body();
    } finally {
      if (this.github) this.viaCore(() => endGroup());
    }
  }
  /**
   * A step output. Under Actions, @actions/core writes it to GITHUB_OUTPUT with a random delimiter that it checks
   * against the value. A Reporter without GITHUB_OUTPUT (a step run inside another command) only records it.
   */
  setOutput(name, value) {
    const text = this.redact(String(value));
    this.outputs[name] = text;
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      appendFileSync(file, "");
      this.viaCore(() => setOutput(name, text));
    }
  }
  /** Markdown for the job summary; written once by `flushSummary` at the end of the command. */
  summary(markdown) {
    this.summaryParts.push(this.redact(markdown));
  }
  /** A long part of the summary, folded under `title` (`<details>`). */
  summaryDetails(title, markdown) {
    this.summary(details(this.redact(title), markdown));
  }
  get summaryText() {
    return this.summaryParts.join("\n");
  }
  /** Writes the summary through `core.summary`, cut to GitHub's 1 MiB limit (fitSummary). */
  async flushSummary() {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (!file || this.summaryParts.length === 0) return;
    const text = `${fitSummary(this.summaryParts)}
`;
    this.summaryParts.length = 0;
    appendFileSync(file, "");
    const Summary = summary.constructor;
    const summary2 = new Summary();
    await this.viaCore(() => summary2.addRaw(text).write());
  }
  log(text) {
    const redacted = this.redact(text);
    if (this.github) this.viaCore(() => info(redacted.replace(/\n$/, "")));
    else this.streams.stderr(redacted);
  }
  annotate(kind, message, place, title) {
    const text = this.redact(message);
    if (this.github) {
      const properties = {};
      const heading = title ?? this.defaultTitle;
      if (heading !== void 0) properties.title = this.redact(heading);
      if (place)
        Object.assign(properties, { file: place.file, startLine: place.line, startColumn: place.column });
      this.viaCore(() => core_exports[kind](text, properties));
    } else {
      this.streams.stderr(`${kind}: ${text}
`);
    }
  }
};
function setEnv(key, value) {
  if (value === void 0) delete process.env[key];
  else process.env[key] = value;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export {
  processStreams,
  Reporter
};
