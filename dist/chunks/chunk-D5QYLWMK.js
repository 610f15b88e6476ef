import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  NotImplementedError,
  UserError,
  errorMessage
} from "./chunk-MWDPSTIQ.js";

// src/core/inputs.ts
function defaultValue(spec) {
  if (spec.default === void 0) return spec.type === "list" ? [] : void 0;
  return convert(spec, spec.default, "default");
}
function convert(spec, text, where) {
  switch (spec.type ?? "string") {
    case "boolean": {
      const lower = text.trim().toLowerCase();
      if (["true", "yes", "1", "on"].includes(lower)) return true;
      if (["false", "no", "0", "off", ""].includes(lower)) return false;
      throw new UserError(`Input '${spec.name}' (${where}) must be true or false, got '${text}'.`);
    }
    case "number": {
      const n = Number(text.trim());
      if (!Number.isFinite(n))
        throw new UserError(`Input '${spec.name}' (${where}) must be a number, got '${text}'.`);
      return n;
    }
    case "list":
      return text.split(/\r?\n/).flatMap((line) => line.includes(",") && !line.includes("=") ? line.split(",") : [line]).map((item) => item.trim()).filter((item) => item.length > 0 && !item.startsWith("#"));
    default:
      return text;
  }
}
function readActionInputs(specs, env) {
  const raw = {};
  for (const spec of specs) {
    const key = `INPUT_${spec.name.replace(/ /g, "_").toUpperCase()}`;
    const text = env[key];
    raw[spec.name] = text !== void 0 && text.trim() !== "" ? convert(spec, text.trim(), "action input") : defaultValue(spec);
    if (spec.required && (raw[spec.name] === void 0 || raw[spec.name] === "")) {
      throw new UserError(
        `Input required and not supplied: ${spec.name}`,
        `Add '${spec.name}:' under 'with:' in the step.`
      );
    }
  }
  return raw;
}
function parseCliArgs(specs, argv, env) {
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const byAlias = new Map(specs.filter((s) => s.alias).map((spec) => [spec.alias, spec]));
  const given = {};
  const booleans = {};
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    let name;
    let value;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      value = eq >= 0 ? arg.slice(eq + 1) : void 0;
    } else if (/^-[a-zA-Z]$/.test(arg) && byAlias.has(arg.slice(1))) {
      name = byAlias.get(arg.slice(1)).name;
    } else {
      throw new UserError(
        `Unexpected argument '${arg}'.`,
        "Run with --help to see the flags this command takes."
      );
    }
    let spec = byName.get(name);
    if (!spec && name.startsWith("no-") && byName.get(name.slice(3))?.type === "boolean") {
      booleans[name.slice(3)] = false;
      continue;
    }
    if (!spec) {
      const suggestion = closest(name, [...byName.keys()]);
      throw new UserError(
        `Unknown flag '--${name}'.`,
        suggestion ? `Did you mean '--${suggestion}'? Run with --help for all flags.` : "Run with --help for all flags."
      );
    }
    spec = spec;
    if (spec.secret) {
      throw new UserError(
        `'--${spec.name}' is a secret and is not accepted on the command line, where other processes can read it.`,
        `Set it in the environment variable ${spec.env ?? envName(spec.name)} instead.`
      );
    }
    if (spec.type === "boolean" && value === void 0) {
      const next = argv[i + 1];
      if (next !== void 0 && /^(true|false)$/i.test(next)) {
        booleans[spec.name] = next.toLowerCase() === "true";
        i++;
      } else booleans[spec.name] = true;
      continue;
    }
    if (value === void 0) {
      if (i + 1 >= argv.length) throw new UserError(`Flag '--${spec.name}' needs a value.`);
      value = argv[++i];
    }
    (given[spec.name] ??= []).push(value);
  }
  const inputs = {};
  for (const spec of specs) {
    const values = given[spec.name];
    const fromEnv = spec.env ? env[spec.env] : void 0;
    if (spec.type === "boolean") {
      inputs[spec.name] = booleans[spec.name] ?? (fromEnv !== void 0 ? convert(spec, fromEnv, spec.env) : defaultValue(spec));
    } else if (values && values.length > 0) {
      inputs[spec.name] = spec.type === "list" ? values.flatMap((v) => convert(spec, v, `--${spec.name}`)) : convert(spec, values[values.length - 1], `--${spec.name}`);
    } else if (fromEnv !== void 0 && fromEnv !== "") {
      inputs[spec.name] = convert(spec, fromEnv, spec.env);
    } else {
      inputs[spec.name] = defaultValue(spec);
    }
    if (!help && spec.required && (inputs[spec.name] === void 0 || inputs[spec.name] === "")) {
      throw new UserError(
        `Missing required ${spec.secret ? `environment variable ${spec.env}` : `flag --${spec.name}`}.`,
        `Run with --help for what '${spec.name}' is.`
      );
    }
  }
  return { inputs, help };
}
function envName(name) {
  return name.replace(/-/g, "_").toUpperCase();
}
function editDistance(a, b) {
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
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/core/redact.ts
var MASK = "***";
function base64AtOffset(value, shift) {
  const bytes = Buffer.concat([Buffer.alloc(shift), Buffer.from(value, "utf8")]);
  const encoded = bytes.toString("base64");
  const head = shift === 0 ? 0 : shift === 1 ? 2 : 3;
  const usableBytes = bytes.length - bytes.length % 3;
  const tail = usableBytes / 3 * 4;
  const middle = encoded.slice(head, tail);
  return middle.length >= 4 ? middle : void 0;
}
function derivedForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  const add = (form) => {
    if (form && form.length > 0) forms.add(form);
  };
  add(JSON.stringify(secret).slice(1, -1));
  add(encodeURIComponent(secret));
  add(encodeURIComponent(secret).replace(/%20/g, "+"));
  const b64 = Buffer.from(secret, "utf8").toString("base64");
  add(b64);
  add(b64.replace(/=+$/, ""));
  add(Buffer.from(secret, "utf8").toString("base64url"));
  if (secret.length >= 6) {
    for (const shift of [0, 1, 2]) {
      const middle = base64AtOffset(secret, shift);
      add(middle);
      add(middle?.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  if (secret.includes("\n")) {
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 8) add(line.trim());
  }
  return [...forms];
}
var Redactor = class {
  forms = /* @__PURE__ */ new Set();
  pattern;
  listeners = [];
  /** Called for every newly registered secret (e.g. `core.setSecret` under GitHub Actions). */
  onSecret(listener) {
    this.listeners.push(listener);
  }
  add(secret) {
    if (secret === void 0 || secret === null) return;
    const value = String(secret);
    if (value.trim().length === 0) return;
    let added = false;
    for (const form of derivedForms(value)) {
      if (!this.forms.has(form)) {
        this.forms.add(form);
        added = true;
        for (const listener of this.listeners) listener(form);
      }
    }
    if (added) this.pattern = void 0;
  }
  get size() {
    return this.forms.size;
  }
  redact(text) {
    if (this.forms.size === 0 || !text) return text;
    if (!this.pattern) {
      const sorted = [...this.forms].sort((a, b) => b.length - a.length);
      this.pattern = new RegExp(sorted.map(escapeRegExp).join("|"), "g");
    }
    return text.replace(this.pattern, MASK);
  }
  /** Redacts every string inside a JSON-like value (for reports written as JSON). */
  redactDeep(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item));
    if (value && typeof value === "object") {
      const out = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.redactDeep(item);
      return out;
    }
    return value;
  }
};
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/reporter.ts
import { appendFileSync } from "node:fs";
var processStreams = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
};
var Reporter = class {
  github;
  outputs = {};
  summaryParts = [];
  streams;
  redactor;
  env;
  constructor(options) {
    this.redactor = options.redactor;
    this.env = options.env;
    this.streams = options.streams ?? processStreams;
    this.github = options.env.GITHUB_ACTIONS === "true";
    if (this.github) {
      this.redactor.onSecret((secret) => {
        if (!secret.includes("\n")) this.streams.stdout(`::add-mask::${escapeData(secret)}
`);
      });
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
  info(message) {
    this.log(`${message}
`);
  }
  warning(message, place) {
    this.annotate("warning", message, place);
  }
  error(message, place) {
    this.annotate("error", message, place);
  }
  notice(message) {
    if (this.github) this.streams.stdout(`::notice::${escapeData(this.redact(message))}
`);
    else this.log(`${message}
`);
  }
  async group(title, body) {
    if (this.github) this.streams.stdout(`::group::${escapeData(this.redact(title))}
`);
    else this.log(`== ${title}
`);
    try {
      return await body();
    } finally {
      if (this.github) this.streams.stdout("::endgroup::\n");
    }
  }
  setOutput(name, value) {
    const text = this.redact(String(value));
    this.outputs[name] = text;
    const file = this.env.GITHUB_OUTPUT;
    if (file) {
      const delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
      appendFileSync(file, `${name}<<${delimiter}
${text}
${delimiter}
`);
    }
  }
  /** Markdown for the job summary; written once by `flushSummary` at the end of the command. */
  summary(markdown) {
    this.summaryParts.push(this.redact(markdown));
  }
  get summaryText() {
    return this.summaryParts.join("\n");
  }
  flushSummary() {
    const file = this.env.GITHUB_STEP_SUMMARY;
    if (file && this.summaryParts.length > 0) appendFileSync(file, `${this.summaryText}
`);
  }
  log(text) {
    const redacted = this.redact(text);
    if (this.github) this.streams.stdout(redacted);
    else this.streams.stderr(redacted);
  }
  annotate(kind, message, place) {
    const text = this.redact(message);
    if (this.github) {
      const props = place ? ` file=${escapeProperty(place.file)},line=${place.line},col=${place.column}` : "";
      this.streams.stdout(`::${kind}${props}::${escapeData(text)}
`);
    } else {
      this.streams.stderr(`${kind}: ${text}
`);
    }
  }
};
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/commands/shared-inputs.ts
var configInputs = [
  {
    name: "config",
    alias: "c",
    type: "list",
    required: true,
    description: "Configuration files, in order: later files override earlier ones. Each is a whole WeightsAndBiases CR or a values-only overlay. One a line (action) or repeated (CLI)."
  },
  {
    name: "set",
    type: "list",
    description: "Overrides applied after the files, as path=value (e.g. spec.values.global.host=https://wandb.example.com). One a line or repeated."
  },
  { name: "name", description: "metadata.name of the CR when the files do not set it.", default: "wandb" },
  {
    name: "namespace",
    description: "metadata.namespace of the CR when the files do not set it.",
    default: "default"
  }
];
var kubeInputs = [
  {
    name: "kubeconfig",
    secret: true,
    env: "KUBECONFIG_CONTENT",
    description: "Kubeconfig content (a secret). The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG / ~/.kube/config when unset. Written 0600 to a temporary file and removed after."
  },
  { name: "context", description: "Kubeconfig context to use (default: the current context)." },
  { name: "kubectl-path", description: "Use this kubectl instead of installing one.", env: "KUBECTL_PATH" },
  { name: "helm-path", description: "Use this helm instead of installing one.", env: "HELM_PATH" },
  {
    name: "timeout",
    type: "number",
    default: "600",
    description: "Seconds for the whole step, rollback included."
  }
];

// src/commands/validate/spec.ts
var validateCommand = {
  name: "validate",
  summary: "Merge the configuration layers and check them against the W&B configuration reference.",
  description: "Exit 0 with one line when valid (warnings allowed), 1 with every problem as FILE:LINE:COL: error: MESSAGE and a fix line.",
  inputs: configInputs,
  outputs: [
    { name: "valid", description: "true when the merged configuration has no errors" },
    { name: "errors", description: "number of errors" },
    { name: "warnings", description: "number of warnings" }
  ],
  action: false,
  load: () => import("./run-GWHZYLLI.js").then((m) => ({ run: m.runValidate }))
};
var renderCommand = {
  name: "render",
  summary: "Print the final WeightsAndBiases CR as YAML, every secret value replaced by ***.",
  inputs: configInputs,
  outputs: [],
  action: false,
  load: () => import("./run-GWHZYLLI.js").then((m) => ({ run: m.runRender }))
};

// src/commands/apply-cr/spec.ts
var applyCrCommand = {
  name: "apply-cr",
  summary: "Build, validate, diff, apply and wait for the WeightsAndBiases CR; roll back when it does not roll out.",
  inputs: [
    ...configInputs,
    ...kubeInputs,
    {
      name: "dry-run",
      type: "boolean",
      default: "false",
      description: "Validate, render and show the diff; change nothing."
    },
    {
      name: "rollback-on-failure",
      type: "boolean",
      default: "true",
      description: "Re-apply the previous CR when the new one fails (Invalid Config, failed workloads, deadline)."
    }
  ],
  outputs: [
    { name: "changed", description: "true when the CR was written" },
    { name: "previous-version", description: "app image tag before the apply" },
    { name: "version", description: "app image tag after the apply" },
    { name: "rolled-back", description: "true when a failed apply was rolled back" },
    { name: "diff", description: "the masked diff" }
  ],
  action: true,
  load: () => import("./run-GHIYIMVM.js").then((m) => ({ run: m.runApplyCr }))
};

// src/commands/not-implemented.ts
function notImplemented(what) {
  return {
    run: async () => {
      throw new NotImplementedError(what);
    }
  };
}

// src/commands/install-operator/spec.ts
var installOperatorCommand = {
  name: "install-operator",
  summary: "Set up helm and kubectl, then install or upgrade the W&B operator chart (public or air-gapped).",
  inputs: [
    ...kubeInputs,
    { name: "namespace", default: "wandb-cr", description: "Namespace of the operator release." },
    { name: "release", default: "operator", description: "Helm release name of the operator." },
    {
      name: "chart-repo",
      default: "https://charts.wandb.ai",
      description: "Helm repository serving the operator chart."
    },
    { name: "chart-version", description: "Operator chart version (default: the newest in the repository)." },
    { name: "values", type: "list", description: "Extra values files for the operator chart." },
    {
      name: "airgapped",
      type: "boolean",
      default: "false",
      description: "Air-gapped install: no public host may be used."
    },
    { name: "image-repository", description: "Controller image repository (required when air-gapped)." },
    { name: "image-tag", description: "Controller image tag (required when air-gapped)." },
    {
      name: "image-pull-secrets",
      type: "list",
      description: "Names of image pull secrets for the controller."
    },
    {
      name: "custom-ca-certs",
      type: "list",
      description: "Files with PEM certificates to trust (one certificate each)."
    },
    { name: "ca-certs-configmap", description: "ConfigMap holding CA certificates (keys ending .crt)." },
    { name: "helm-version", default: "3.17.3", description: "helm version to install." },
    { name: "kubectl-version", default: "1.31.9", description: "kubectl version to install." },
    {
      name: "tools-mirror",
      description: "Base URL of a mirror laid out like the helm and kubectl release hosts."
    },
    { name: "min-kubernetes-version", default: "1.28", description: "Refuse clusters older than this." },
    {
      name: "dry-run",
      type: "boolean",
      default: "false",
      description: "Run the preflight and show what would change."
    }
  ],
  outputs: [
    { name: "chart-version", description: "operator chart version installed" },
    { name: "controller-image", description: "controller image running" },
    { name: "changed", description: "true when a new Helm revision was made" }
  ],
  action: true,
  load: async () => notImplemented("install-operator")
};

// src/commands/verify/spec.ts
var verifyCommand = {
  name: "verify",
  summary: "The checks of `wandb verify`, natively, plus cluster checks, as a report in the job summary.",
  inputs: [
    {
      name: "host",
      required: true,
      description: "Base URL of the W&B Server, e.g. https://wandb.example.com."
    },
    {
      name: "api-key",
      secret: true,
      env: "WANDB_API_KEY",
      description: "W&B API key (a secret; the CLI reads WANDB_API_KEY)."
    },
    { name: "entity", description: "Entity to create the verify runs in (default: the API key's own)." },
    { name: "project", default: "verify", description: "Project for the verify runs." },
    {
      name: "use-wandb-cli",
      default: "auto",
      description: "auto | true | false: fold `wandb verify` artifact and sweep checks in."
    },
    { name: "fail-on", default: "error", description: "error | warning: what fails the step." },
    {
      name: "report-path",
      default: "wandb-verify-report.json",
      description: "Where the JSON report is written."
    },
    { name: "timeout", type: "number", default: "300", description: "Seconds for all checks together." }
  ],
  outputs: [
    { name: "passed", description: "number of checks passed" },
    { name: "failed", description: "number of checks failed" },
    { name: "warnings", description: "number of checks with a warning" },
    { name: "report-path", description: "path of the JSON report" }
  ],
  action: true,
  load: async () => notImplemented("verify")
};

// src/commands/release-notes/spec.ts
var releaseNotesCommand = {
  name: "release-notes",
  summary: "The notes of wandb/server releases between two versions, posted where you ask.",
  inputs: [
    { name: "from", required: true, description: "Version you run now (releases after it are listed)." },
    { name: "to", default: "latest", description: "Last version to include, or latest." },
    {
      name: "repository",
      default: "wandb/server",
      description: "Repository whose GitHub releases hold the notes."
    },
    { name: "format", default: "markdown", description: "markdown | json." },
    {
      name: "post-to",
      default: "summary",
      description: "summary | file:PATH | pr-comment:NUMBER | issue-comment:NUMBER | slack."
    },
    {
      name: "github-token",
      secret: true,
      env: "GITHUB_TOKEN",
      description: "Token for the GitHub API (optional for public repositories)."
    },
    {
      name: "github-api-url",
      env: "GITHUB_API_URL",
      default: "https://api.github.com",
      description: "GitHub API base URL (GitHub Enterprise Server)."
    },
    { name: "releases-file", description: "Read releases from this JSON or YAML file instead of GitHub." },
    {
      name: "slack-webhook-url",
      secret: true,
      env: "SLACK_WEBHOOK_URL",
      description: "Slack incoming-webhook URL (a secret), for post-to: slack."
    },
    {
      name: "policy",
      default: "minor-12-months",
      description: "Support policy for the end-of-support column."
    }
  ],
  outputs: [
    { name: "markdown", description: "the rendered notes" },
    { name: "count", description: "number of releases in the range" },
    { name: "versions", description: "the versions in the range, comma-separated" }
  ],
  action: true,
  load: async () => notImplemented("release-notes")
};

// src/commands/support/spec.ts
var supportCommand = {
  name: "support",
  summary: "End of support, days left, status and recommended target for a W&B Server version.",
  inputs: [
    { name: "version", required: true, description: "W&B Server version, e.g. 0.74.1." },
    {
      name: "policy",
      default: "minor-12-months",
      description: "minor-12-months | release-6-months | release-12-months."
    },
    { name: "releases-file", description: "Read releases from this JSON or YAML file instead of GitHub." },
    { name: "as-of", description: "Evaluate as if today were this date (YYYY-MM-DD)." },
    { name: "format", default: "text", description: "text | json." }
  ],
  outputs: [],
  action: false,
  load: async () => notImplemented("support")
};

// src/commands/upgrade-check/spec.ts
var upgradeCheckCommand = {
  name: "upgrade-check",
  summary: "Find the deployed version, work out its end of support, and open or update one upgrade pull request.",
  inputs: [
    { name: "version-source", default: "values-file", description: "values-file | cluster | server." },
    {
      name: "files",
      type: "list",
      description: "path:keypath of each file holding the version (default keypath spec.values.app.image.tag)."
    },
    { name: "policy", default: "minor-12-months", description: "Support policy." },
    {
      name: "warn-days",
      type: "number",
      default: "60",
      description: "Open the pull request this many days before the end of support."
    },
    { name: "target", default: "latest", description: "latest | next-minor." },
    {
      name: "branch",
      default: "wandb-operator-actions/upgrade-wandb-server",
      description: "Branch of the upgrade pull request."
    },
    { name: "as-of", description: "Evaluate as if today were this date (YYYY-MM-DD)." },
    {
      name: "github-token",
      secret: true,
      env: "GITHUB_TOKEN",
      description: "Token that can push the branch and open pull requests."
    }
  ],
  outputs: [
    { name: "deployed-version", description: "version found" },
    { name: "end-of-support", description: "end-of-support date (YYYY-MM-DD)" },
    { name: "days-left", description: "days until the end of support" },
    { name: "status", description: "supported | nearing | expired" },
    { name: "target-version", description: "version the pull request moves to" },
    { name: "pull-request-number", description: "number of the upgrade pull request" },
    { name: "pull-request-url", description: "URL of the upgrade pull request" },
    { name: "pull-request-operation", description: "created | updated | closed | none" }
  ],
  action: true,
  load: async () => notImplemented("upgrade-check")
};

// src/commands/demo/spec.ts
var demoCommand = {
  name: "demo",
  summary: "Run the main job on the built-in sample configuration in examples/.",
  inputs: [
    { name: "examples", default: "examples", description: "Folder holding the sample configurations." }
  ],
  outputs: [],
  action: false,
  load: () => import("./run-7JUGW2XN.js").then((m) => ({ run: m.runDemo }))
};

// src/commands/registry.ts
var commands = [
  installOperatorCommand,
  applyCrCommand,
  verifyCommand,
  releaseNotesCommand,
  upgradeCheckCommand,
  validateCommand,
  renderCommand,
  supportCommand,
  demoCommand
];
function findCommand(name) {
  return commands.find((command) => command.name === name);
}

// src/core/help.ts
function generalHelp(commands2) {
  const width = Math.max(...commands2.map((c) => c.name.length));
  const lines = [
    "Usage: wandb-operator-actions <command> [flags]",
    "",
    "Deploy W&B Server on Kubernetes through the W&B operator, and keep it inside support.",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run 'wandb-operator-actions <command> --help' for a command's flags."
  ];
  return lines.join("\n");
}
function commandHelp(spec) {
  const lines = [`Usage: wandb-operator-actions ${spec.name} [flags]`, "", spec.summary];
  if (spec.description) lines.push("", spec.description);
  if (spec.inputs.length > 0) {
    lines.push("", "Flags:");
    for (const input of spec.inputs) {
      const flag = input.secret ? `(env ${input.env ?? envName(input.name)})` : `--${input.name}${input.type === "boolean" ? "" : " VALUE"}${input.type === "list" ? " (repeatable)" : ""}`;
      const extra = [
        input.required ? "required" : void 0,
        input.default !== void 0 && input.default !== "" ? `default: ${input.default}` : void 0,
        !input.secret && input.env ? `env: ${input.env}` : void 0
      ].filter(Boolean);
      lines.push(`  ${flag}`, `      ${input.description}${extra.length ? ` [${extra.join("; ")}]` : ""}`);
    }
  }
  if (spec.outputs.length > 0) {
    lines.push("", "Outputs (GitHub Actions step outputs):");
    for (const output of spec.outputs) lines.push(`  ${output.name}: ${output.description}`);
  }
  return lines.join("\n");
}

// src/core/runner.ts
function newContext(run) {
  const redactor = new Redactor();
  const out = new Reporter({ redactor, env: run.env, streams: run.streams ?? processStreams });
  return { out, redactor, env: run.env, cwd: run.cwd, now: run.now ?? /* @__PURE__ */ new Date() };
}
function registerSecretInputs(spec, raw, ctx) {
  for (const input of spec.inputs) {
    const value = raw[input.name];
    if (input.secret && typeof value === "string") ctx.redactor.add(value);
  }
}
async function runCommand(spec, readInputs, ctx) {
  let code;
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
      if (ctx.env.RUNNER_DEBUG === "1" && error instanceof Error && error.stack) ctx.out.info(error.stack);
    }
  } finally {
    ctx.out.flushSummary();
  }
  return code;
}
async function runCli(argv, run) {
  const ctx = newContext(run);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    ctx.out.print(generalHelp(commands));
    return name ? 0 : 1;
  }
  if (name === "--version") {
    ctx.out.print(VERSION);
    return 0;
  }
  const spec = findCommand(name);
  if (!spec) {
    ctx.out.error(`Unknown command '${name}'.`);
    ctx.out.print(generalHelp(commands));
    return 1;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    ctx.out.print(commandHelp(spec));
    return 0;
  }
  return runCommand(spec, () => parseCliArgs(spec.inputs, rest, run.env).inputs, ctx);
}
async function runAction(commandName, run) {
  const ctx = newContext(run);
  const name = commandName ?? (run.env.INPUT_COMMAND ?? "").trim();
  const spec = findCommand(name);
  if (!spec) {
    ctx.out.error(
      `Unknown command '${name}'. The 'command' input takes one of: ${commands.map((c) => c.name).join(", ")}.`
    );
    return 1;
  }
  return runCommand(spec, () => readActionInputs(spec.inputs, run.env), ctx);
}
var VERSION = "0.1.0";

export {
  runCli,
  runAction
};
