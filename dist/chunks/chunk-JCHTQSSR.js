import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_WARN_DAYS
} from "./chunk-PZFI2W65.js";
import {
  Reporter,
  processStreams
} from "./chunk-UGOVBG4S.js";
import {
  getInput
} from "./chunk-FUTQYGYO.js";
import {
  VERSION
} from "./chunk-2YU3Z55Y.js";
import {
  Redactor
} from "./chunk-4QZDXL4F.js";
import {
  configInputs,
  formatInput,
  kubeInputs,
  renderCheckInputs
} from "./chunk-4C7HI6MF.js";
import {
  handleCancellation
} from "./chunk-ZDPISML2.js";
import {
  looksLikePath
} from "./chunk-CRJNI5SM.js";
import {
  UsageError,
  closest,
  envName,
  parseCliArgs,
  readActionInputs
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  errorMessage
} from "./chunk-SIWOL6LA.js";

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
    "Run 'wandb-operator-actions <command> --help' for a command's flags.",
    "",
    "Options:",
    "  -h, --help     this help",
    "  -V, --version  the version",
    "",
    EXIT_CODES
  ];
  return lines.join("\n");
}
var EXIT_CODES = [
  "Exit codes:",
  "  0  success",
  "  1  the command ran and failed (invalid configuration, a failed check, a rolled-back apply, ...)",
  "  2  usage error: unknown command or flag, missing required flag, a flag value of the wrong type"
].join("\n");
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
  lines.push("", EXIT_CODES);
  return lines.join("\n");
}

// src/core/runner.ts
var EXIT_OK = 0;
var EXIT_FAILED = 1;
var EXIT_USAGE = 2;
function newContext(run, commands2) {
  const redactor = new Redactor();
  const streams = run.streams ?? processStreams;
  const out = new Reporter({ redactor, env: run.env, streams });
  const nested = (argv, inner) => runCli(argv, inner, commands2);
  return { out, redactor, env: run.env, cwd: run.cwd, now: run.now ?? /* @__PURE__ */ new Date(), streams, runCli: nested };
}
function findCommand(commands2, name) {
  return commands2.find((command) => command.name === name);
}
function registerSecretInputs(spec, raw, ctx) {
  for (const input of spec.inputs) {
    const value = raw[input.name];
    if (input.secret && typeof value === "string" && !input.notSecretWhen?.(value)) ctx.redactor.add(value);
    ctx.redactor.addUrlCredentials(value);
  }
}
async function runCommand(spec, readInputs, ctx, usageHint) {
  let code;
  let raw;
  const cancellable = handleCancellation(() => ctx.out.flushSummary());
  ctx.out.defaultTitle = `wandb-operator-actions ${spec.name}`;
  try {
    raw = readInputs(ctx);
    registerSecretInputs(spec, raw, ctx);
    const module = await spec.load();
    code = await module.run(raw, ctx);
  } catch (error) {
    code = error instanceof UsageError ? EXIT_USAGE : EXIT_FAILED;
    if (raw?.format === "json") ctx.out.json(spec.name, false, { error: failureJson(error) });
    if (error instanceof UserError) {
      ctx.out.error(error.message, error.place);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      if (error instanceof UsageError) ctx.out.info(usageHint);
    } else {
      ctx.out.error(`Unexpected failure in ${spec.name}: ${errorMessage(error)}`);
      ctx.out.info(`  fix: ${UNEXPECTED_FIX}`);
      if (ctx.env.RUNNER_DEBUG === "1" && error instanceof Error && error.stack) ctx.out.info(error.stack);
    }
  } finally {
    cancellable();
    await ctx.out.flushSummary();
  }
  return code;
}
var UNEXPECTED_FIX = "This is a failure wandb-operator-actions does not explain yet. Run again with RUNNER_DEBUG=1 (GitHub: enable debug logging) for the stack, check what the step printed before it for the state it left, and report it with that log.";
function failureJson(error) {
  if (!(error instanceof UserError))
    return { message: `Unexpected failure: ${errorMessage(error)}`, fix: UNEXPECTED_FIX };
  return { message: error.message, fix: error.fix, ...error.place };
}
async function runCli(argv, run, commands2) {
  const ctx = newContext(run, commands2);
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help" && rest.length === 0) {
    ctx.out.print(generalHelp(commands2));
    return EXIT_OK;
  }
  if (name === "--version" || name === "-V") {
    ctx.out.print(VERSION);
    return EXIT_OK;
  }
  if (name === void 0) {
    ctx.out.error("No command given.");
    ctx.out.info(generalHelp(commands2));
    return EXIT_USAGE;
  }
  const helpFor = name === "help" ? rest[0] : void 0;
  const spec = findCommand(commands2, helpFor ?? name);
  if (!spec) {
    const unknown = helpFor ?? name;
    const suggestion = unknown.startsWith("-") ? void 0 : closest(
      unknown,
      commands2.map((c) => c.name)
    );
    ctx.out.error(
      unknown.startsWith("-") ? `Unknown option '${unknown}' before the command.` : `Unknown command '${unknown}'.${suggestion ? ` Did you mean '${suggestion}'?` : ""}`
    );
    ctx.out.info("Run 'wandb-operator-actions --help' for the commands.");
    return EXIT_USAGE;
  }
  if (helpFor !== void 0 || rest.includes("--help") || rest.includes("-h")) {
    ctx.out.print(commandHelp(spec));
    return EXIT_OK;
  }
  return runCommand(
    spec,
    () => parseCliArgs(spec.inputs, rest, run.env).inputs,
    ctx,
    `Run 'wandb-operator-actions ${spec.name} --help' for its flags.`
  );
}
async function runAction(commandName, run, commands2) {
  const ctx = newContext(run, commands2);
  const name = commandName ?? (run.env.INPUT_COMMAND ?? "").trim();
  const spec = findCommand(commands2, name);
  if (!spec) {
    ctx.out.error(
      `Unknown command '${name}'. The 'command' input takes one of: ${commands2.map((c) => c.name).join(", ")}.`
    );
    return EXIT_USAGE;
  }
  return runCommand(
    spec,
    // @actions/core's getInput reads process.env; a run given an environment of its own (tests, nested runs in
    // one process) reads that one the same way.
    () => readActionInputs(spec.inputs, run.env === process.env ? (name2) => getInput(name2) : run.env),
    ctx,
    `The inputs of '${spec.name}' are listed in its action.yml and in the README.`
  );
}

// src/commands/validate/spec.ts
var validateCommand = {
  name: "validate",
  summary: "Merge the configuration layers and check them against the W&B configuration reference.",
  description: "Also renders the pinned operator-wandb chart with the values (render-check). Exit 0 with one line when valid (warnings allowed), 1 with every problem as FILE:LINE:COL: error: MESSAGE and a fix line.",
  inputs: [...configInputs, ...renderCheckInputs, formatInput()],
  outputs: [
    { name: "valid", description: "true when the merged configuration has no errors" },
    { name: "errors", description: "number of errors" },
    { name: "warnings", description: "number of warnings" },
    {
      name: "render-check",
      description: "rendered, skipped (the log says why) or failed (the chart refused the values)"
    }
  ],
  action: false,
  load: () => import("./run-BG7N45OO.js").then((m) => ({ run: m.runValidate }))
};
var renderCommand = {
  name: "render",
  summary: "Print the final WeightsAndBiases CR as YAML, every secret value replaced by ***.",
  inputs: [...configInputs, formatInput("yaml")],
  outputs: [],
  action: false,
  load: () => import("./run-BG7N45OO.js").then((m) => ({ run: m.runRender }))
};

// src/commands/apply-cr/spec.ts
var applyCrCommand = {
  name: "apply-cr",
  summary: "Build, validate, diff, apply and wait for the WeightsAndBiases CR; roll back when it does not roll out.",
  inputs: [
    ...configInputs,
    // apply-cr installs no tools: it runs the kubectl it is given (GitHub's runners have one), and helm (for the
    // render check) when there is one.
    ...kubeInputs.filter((input) => input.name !== "kubectl-path" && input.name !== "helm-path"),
    ...renderCheckInputs,
    {
      name: "kubectl-path",
      env: "KUBECTL_PATH",
      description: "The kubectl to run (default: `kubectl` on PATH); e.g. the `kubectl-path` output of install-operator."
    },
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
      description: "Re-apply the previous CR when the new one fails (v1: Invalid Config, failed workloads; v2: a failed migration or Ready=False with a failure reason; the deadline)."
    },
    {
      name: "force-conflicts",
      type: "boolean",
      default: "false",
      description: "Take ownership of fields another field manager (e.g. kubectl edit) set; otherwise such a conflict stops the step."
    },
    {
      name: "poll-interval",
      type: "number",
      default: "1",
      description: "Seconds between status checks while waiting, after the first 10 s (checked every 0.25 s); a watch on the CR and its workloads also triggers a check as soon as something changes."
    },
    formatInput()
  ],
  outputs: [
    { name: "changed", description: "true when the CR was written" },
    { name: "previous-version", description: "app image tag before the apply" },
    { name: "version", description: "app image tag after the apply" },
    { name: "rolled-back", description: "true when a failed apply was rolled back" },
    { name: "diff", description: "the masked diff" },
    {
      name: "render-check",
      description: "rendered, skipped (the log and summary say why) or failed (the chart refused the values)"
    }
  ],
  action: true,
  load: () => import("./run-ECZTTZTG.js").then((m) => ({ run: m.runApplyCr }))
};

// src/commands/install-operator/spec.ts
var installOperatorCommand = {
  name: "install-operator",
  summary: "Set up helm and kubectl, then install or upgrade the W&B operator chart (public or air-gapped); a change that fails is rolled back (or, for a first install, uninstalled).",
  inputs: [
    ...kubeInputs,
    { name: "namespace", default: "wandb-cr", description: "Namespace of the operator release." },
    { name: "release", default: "operator", description: "Helm release name of the operator." },
    {
      name: "operator-version",
      description: "v1 (default): the Helm-values operator chart from a Helm repository (charts.wandb.ai). v2: the apps.wandb.com/v2 operator, installed from its OCI chart after a preflight that cert-manager (CRDs and a ready webhook) is on the cluster; refused while a v1 operator release exists (that is a migration: docs/operator-v2.md). An oci:// chart-repo means v2."
    },
    {
      name: "chart-repo",
      description: "Where the operator chart comes from. v1: a Helm repository (default https://charts.wandb.ai). v2: the chart's oci:// reference (default oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator; a mirror's oci://host/path or oci://host/path/operator). Credentials in the URL (https://user:pass@host) are taken out of it, masked, and given to helm as chart-repo-username and chart-repo-password are."
    },
    {
      name: "chart-repo-username",
      description: "Username for the chart repository or OCI registry."
    },
    {
      name: "chart-repo-password",
      secret: true,
      env: "CHART_REPO_PASSWORD",
      description: "Password for the chart repository or OCI registry (a secret; the CLI reads CHART_REPO_PASSWORD). Never on a command line: v1 gives it to helm on stdin; v2 writes it into a 0600 registry config in the run's private helm home, removed when the run ends (no helm registry login, so no Docker credential helper or OS keychain is given it)."
    },
    {
      name: "chart-repo-ca-file",
      description: "PEM file with the CA that signed the chart repository's TLS certificate (internal repositories)."
    },
    {
      name: "chart-repo-plain-http",
      type: "boolean",
      default: "false",
      description: "v2: the OCI registry speaks plain HTTP (helm --plain-http); for an internal registry without TLS."
    },
    {
      name: "chart-version",
      description: "Operator chart version (default: the newest in the repository; for v2 the newest tag, betas included, so pin it)."
    },
    {
      name: "allow-downgrade",
      type: "boolean",
      default: "false",
      description: "Allow going to an older chart version than the release runs (refused otherwise, with exit code 2)."
    },
    { name: "values", type: "list", description: "Extra values files for the operator chart." },
    {
      name: "airgapped",
      type: "boolean",
      default: "false",
      description: "Air-gapped install: no public host may be used."
    },
    {
      name: "image-repository",
      description: "Controller image repository (required when air-gapped). v2: sets the chart value wandb-operator.image.repository."
    },
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
    {
      name: "min-kubernetes-version",
      default: "1.28",
      description: "Refuse clusters older than this (major.minor)."
    },
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
    { name: "changed", description: "true when a new Helm revision was made and kept" },
    {
      name: "action",
      description: "what the run decided: install, upgrade, downgrade, reconfigure or none"
    },
    {
      name: "rolled-back",
      description: "true when the change failed and was undone (rolled back, or the first install uninstalled)"
    },
    { name: "kubectl-path", description: "the kubectl this step used, for the kubectl-path of later steps" },
    { name: "helm-path", description: "the helm this step used" }
  ],
  action: true,
  load: () => import("./run-5SRJ5GDE.js").then((m) => ({ run: m.runInstallOperator }))
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
    {
      name: "ca-file",
      description: "PEM file with the CA that signed the TLS certificate of the W&B host (and of the object store, if a private CA signed that too), for a private or self-signed CA. Trusted in addition to the public roots, by verify and by the wandb CLI it runs (REQUESTS_CA_BUNDLE, SSL_CERT_FILE)."
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
    { name: "timeout", type: "number", default: "300", description: "Seconds for all checks together." },
    {
      name: "check-timeout",
      type: "number",
      default: "60",
      description: "Seconds for one check (the wandb CLI run may use what is left of timeout)."
    },
    {
      name: "retry-seconds",
      type: "number",
      default: "10",
      description: "Keep retrying to read an uploaded file back for at least this long (and 3 tries), as wandb verify does: object stores are eventually consistent."
    },
    {
      name: "browser-checks",
      type: "boolean",
      default: "true",
      description: "W&B's browser smoke test besides the SDK's checks: download the uploaded file through the presigned URL the server hands out, as a browser does (no W&B credentials), and send the CORS preflights (GET and PUT) a browser on the W&B host sends to the bucket. false skips both, e.g. until the bucket's CORS is set."
    },
    {
      name: "cluster-checks",
      default: "auto",
      description: "auto | true | false: check the cluster too (operator, CR phase, workloads, referenced Secrets, CA ConfigMap, ingress class, console; on an apps.wandb.com/v2 CR: its generation, Ready condition, migration, stores and the Secrets its key selectors name instead of phase, chart and console). auto: when a kubeconfig is given or KUBECONFIG is set."
    },
    {
      name: "kubeconfig",
      secret: true,
      notSecretWhen: looksLikePath,
      env: "KUBECONFIG_CONTENT",
      description: "Kubeconfig content for the cluster checks (a secret), written 0600 to a temporary file and removed after; or, on one line, the path of a kubeconfig file. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG."
    },
    { name: "context", description: "Kubeconfig context to use (default: the current context)." },
    {
      name: "kubectl-path",
      env: "KUBECTL_PATH",
      description: "kubectl to use for the cluster checks (default: kubectl on PATH)."
    },
    { name: "name", default: "wandb", description: "metadata.name of the WeightsAndBiases CR." },
    { name: "namespace", default: "default", description: "Namespace of the WeightsAndBiases CR." },
    {
      name: "operator-namespace",
      description: "Namespace of the operator controller (default: look in every namespace)."
    },
    {
      name: "sdk-version",
      description: "wandb SDK version your jobs use, compared with the server's supported range (default: the wandb CLI's on PATH)."
    },
    formatInput()
  ],
  outputs: [
    { name: "passed", description: "number of checks passed" },
    { name: "failed", description: "number of checks failed" },
    { name: "warnings", description: "number of checks with a warning" },
    { name: "skipped", description: "number of checks skipped" },
    { name: "report-path", description: "path of the JSON report" },
    { name: "server-version", description: "W&B Server version the instance reports (empty if unknown)" }
  ],
  action: true,
  load: () => import("./run-75ALTRUN.js").then((m) => ({ run: (raw, ctx) => m.runVerify(raw, ctx) }))
};

// src/github/source-inputs.ts
var releaseSourceInputs = [
  {
    name: "repository",
    default: "wandb/server",
    description: "Repository whose GitHub releases are the catalog (owner/name)."
  },
  {
    name: "releases-file",
    description: "Read releases from this JSON or YAML file instead of GitHub (a list of GitHub release objects, or of version/date/notes/url), for runners that cannot reach GitHub. `builtin` uses the snapshot shipped in the package (dates only, no notes; for demos and offline use)."
  },
  {
    name: "include-prereleases",
    type: "boolean",
    default: "false",
    description: "Count prereleases as releases (drafts are always left out)."
  },
  {
    name: "github-token",
    secret: true,
    env: "GITHUB_TOKEN",
    actionDefault: "${{ github.token }}",
    description: "Token for the GitHub API (a secret; the CLI reads GITHUB_TOKEN). Optional for public repositories, where GitHub then allows 60 requests an hour per IP address; needed to post comments."
  },
  {
    name: "github-api-url",
    env: "GITHUB_API_URL",
    description: "GitHub API base URL (GitHub Enterprise Server: https://HOST/api/v3). Default: GITHUB_API_URL, else https://api.github.com."
  },
  {
    name: "cache-dir",
    env: "WANDB_OPERATOR_ACTIONS_CACHE_DIR",
    description: "Directory of the cache of GitHub answers used for conditional requests (repeat runs cost no rate limit; keep it with actions/cache), or `off`. Default: ~/.cache/wandb-operator-actions."
  }
];

// src/releases/policy-input-specs.ts
var policyInputs = [
  {
    name: "policy",
    default: "minor-12-months",
    description: "Support policy: minor-12-months (W&B's current policy: 12 months from the initial release of the version's 0.X.0; patches do not extend it) | release-6-months | release-12-months (from the version's own release date)."
  },
  {
    name: "warn-days",
    type: "number",
    default: String(DEFAULT_WARN_DAYS),
    description: "Status is `nearing` when support ends within this many days."
  },
  {
    name: "end-dates-file",
    description: "YAML or JSON mapping of versions (0.65.1) or minors (0.65) to end-of-support dates (YYYY-MM-DD) that override the computed ones, e.g. dates W&B announced."
  },
  {
    name: "skip-file",
    description: "YAML or JSON list of versions never to recommend ({version, reason} items), added to the shipped list (0.78.0 and 0.78.1, which W&B told customers not to install: critical security issue)."
  },
  {
    name: "target",
    default: "latest",
    description: "Recommended target: latest (newest patch of the newest minor) | next-minor (newest patch of the next minor line)."
  },
  {
    name: "as-of",
    description: "Evaluate as if today were this date (YYYY-MM-DD, UTC); releases published after it are ignored."
  }
];

// src/commands/release-notes/spec.ts
var releaseNotesCommand = {
  name: "release-notes",
  summary: "The notes of wandb/server releases between two versions, posted where you ask.",
  description: 'Lists the releases after `from` up to and including `to` (by version, never by date), with a table of dates and end of support, then each release\'s notes. Skip-listed versions and "Upgrading" / "Known issues" sections are called out. A comment is edited in place on later runs, never posted twice.',
  inputs: [
    { name: "from", required: true, description: "Version you run now (releases after it are listed)." },
    { name: "to", default: "latest", description: "Last version to include, or latest." },
    {
      name: "format",
      default: "markdown",
      description: "markdown | json (for what is printed or written to a file; summaries and comments are Markdown)."
    },
    {
      name: "post-to",
      default: "summary",
      description: "summary (job summary; the CLI prints) | file:PATH | pr-comment:NUMBER | issue-comment:NUMBER | slack."
    },
    {
      name: "comment-repository",
      env: "GITHUB_REPOSITORY",
      description: "Repository (owner/name) of the pull request or issue to comment on. Default: the workflow's repository."
    },
    {
      name: "slack-webhook-url",
      secret: true,
      env: "SLACK_WEBHOOK_URL",
      description: "Slack incoming-webhook URL (a secret; the CLI reads SLACK_WEBHOOK_URL), for post-to: slack."
    },
    ...releaseSourceInputs,
    // The target and warn-days only matter to support and upgrade-check.
    ...policyInputs.filter((input) => input.name !== "target" && input.name !== "warn-days")
  ],
  outputs: [
    { name: "markdown", description: "the rendered notes" },
    { name: "count", description: "number of releases in the range" },
    { name: "versions", description: "the versions in the range, comma-separated" }
  ],
  action: true,
  load: async () => ({ run: (await import("./run-YRJMB7PB.js")).runReleaseNotes })
};

// src/commands/support/spec.ts
var supportCommand = {
  name: "support",
  summary: "End of support, days left, status and recommended target for a W&B Server version.",
  description: "Computes when support for a W&B Server version ends under a support policy (default minor-12-months), how many days are left, whether that is supported, nearing (within warn-days) or expired, and which version to move to (never a skip-listed one).",
  inputs: [
    { name: "version", required: true, description: "W&B Server version, e.g. 0.74.1." },
    ...policyInputs,
    ...releaseSourceInputs,
    { name: "format", default: "text", description: "text | json." }
  ],
  outputs: [],
  action: false,
  load: async () => ({ run: (await import("./run-JOPR7FQQ.js")).runSupport })
};

// src/commands/upgrade-check/spec.ts
var upgradeCheckCommand = {
  name: "upgrade-check",
  summary: "Find the deployed version, work out its end of support, and open or update one upgrade pull request.",
  description: "Meant for a scheduled workflow. Reads the pinned W&B Server version (from files in the repository, the server or the cluster), decides with the support policy whether an upgrade is due, and keeps exactly one pull request on a fixed branch that moves the pin to the recommended release, with the release notes in its description. A run with nothing new changes nothing; an obsolete upgrade pull request is closed.",
  inputs: [
    {
      name: "version-source",
      default: "values-file",
      description: "Where the deployed version is read: values-file (the files below, on the base branch), server (GraphQL at host), cluster (the CR, its spec-active Secret, or the app image)."
    },
    {
      name: "files",
      type: "list",
      description: "path:keypath of each file holding the version, relative to the repository root (keypath default spec.values.app.image.tag). Several files must agree; all are edited."
    },
    {
      name: "chart-files",
      type: "list",
      description: `path:keypath of each file pinning the operator-wandb chart version (keypath default spec.chart.version). Default: spec.chart.version in each file of files that holds a whole CR. When the target W&B Server needs a newer chart (W&B's "upgrade the chart first" notes), the same pull request moves it; a chart not pinned there is reported, never guessed.`
    },
    {
      name: "policy",
      default: "minor-12-months",
      description: "Support policy: minor-12-months | release-6-months | release-12-months."
    },
    {
      name: "warn-days",
      type: "number",
      default: "60",
      description: "The pull request is opened at least this many days before the end of support."
    },
    {
      name: "schedule-days",
      type: "number",
      default: "7",
      description: "Days between scheduled runs (7 for a weekly cron, 0 when not scheduled): the pull request opens on the last run that still leaves warn-days."
    },
    { name: "target", default: "latest", description: "Version to move to: latest | next-minor." },
    {
      name: "end-dates-file",
      description: "YAML/JSON mapping of versions or minors to end dates (overrides)."
    },
    {
      name: "skip-file",
      description: "YAML/JSON list of versions never to recommend, added to the built-in one."
    },
    {
      name: "branch",
      default: "wandb-operator-actions/upgrade-wandb-server",
      description: "Branch of the upgrade pull request (this job owns it)."
    },
    { name: "base", description: "Base branch of the pull request (default: the remote's default branch)." },
    {
      name: "labels",
      type: "list",
      default: "wandb-upgrade",
      description: "Labels of the pull request (created when missing)."
    },
    {
      name: "urgent-label",
      default: "urgent",
      description: "Label added when the version is out of support."
    },
    { name: "assignees", type: "list", description: "Users assigned to a new pull request." },
    {
      name: "reviewers",
      type: "list",
      description: "Reviewers requested on a new pull request: user or org/team."
    },
    {
      name: "as-of",
      description: "Evaluate as if today were this date (YYYY-MM-DD): releases published after it are not known."
    },
    {
      name: "dry-run",
      type: "boolean",
      default: "false",
      description: "Say what would change; push nothing and write nothing to GitHub."
    },
    formatInput(),
    {
      name: "repository",
      env: "GITHUB_REPOSITORY",
      description: "owner/name of the repository for the pull request (default: the workflow's repository, else the git remote)."
    },
    {
      name: "repository-path",
      default: ".",
      description: "Local clone of that repository (its working tree is not touched)."
    },
    { name: "remote", default: "origin", description: "Git remote to fetch from and push to." },
    {
      name: "github-token",
      secret: true,
      env: "GITHUB_TOKEN",
      actionDefault: "${{ github.token }}",
      description: "Token that can push the branch and open pull requests. Pull requests opened with the workflow GITHUB_TOKEN start no workflows: use a GitHub App token to have CI run on them."
    },
    {
      name: "github-api-url",
      env: "GITHUB_API_URL",
      description: "GitHub API base URL (default: the runner's GITHUB_API_URL, which is right on GitHub Enterprise Server, else https://api.github.com)."
    },
    {
      name: "releases-repository",
      default: "wandb/server",
      description: "Repository whose GitHub releases are the W&B Server releases."
    },
    { name: "releases-file", description: "Read releases from this JSON or YAML file instead of GitHub." },
    {
      name: "cache-dir",
      description: "Directory for a GitHub response cache: repeat runs ask with ETags and get free 304 answers. `off` (or unset) keeps no cache."
    },
    { name: "host", description: "W&B Server URL, for version-source: server." },
    {
      name: "api-key",
      secret: true,
      env: "WANDB_API_KEY",
      description: "W&B API key (a secret), for version-source: server."
    },
    {
      name: "cr-name",
      default: "wandb",
      description: "WeightsAndBiases CR name, for version-source: cluster."
    },
    {
      name: "cr-namespace",
      default: "default",
      description: "WeightsAndBiases CR namespace, for version-source: cluster."
    },
    {
      name: "kubeconfig",
      secret: true,
      notSecretWhen: looksLikePath,
      env: "KUBECONFIG_CONTENT",
      description: "Kubeconfig content (a secret), or on one line the path of a kubeconfig file, for version-source: cluster. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG / ~/.kube/config when unset. Read-only access to the CR, its Secrets and Deployments is enough."
    },
    { name: "context", description: "Kubeconfig context, for version-source: cluster." },
    { name: "kubectl-path", env: "KUBECTL_PATH", description: "Use this kubectl (version-source: cluster)." },
    {
      name: "commit-author",
      default: "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
      description: "Author and committer of the upgrade commit, as `Name <email>`."
    }
  ],
  outputs: [
    { name: "deployed-version", description: "version found" },
    { name: "end-of-support", description: "end-of-support date (YYYY-MM-DD)" },
    { name: "days-left", description: "days until the end of support" },
    { name: "status", description: "supported | nearing | expired" },
    { name: "target-version", description: "version the pull request moves to" },
    {
      name: "chart-version-from",
      description: "operator-wandb chart version pinned in the files ('' when not pinned)"
    },
    {
      name: "chart-version-to",
      description: "operator-wandb chart version after the pull request ('' when not pinned)"
    },
    {
      name: "chart-bump",
      description: "true (the target needs a newer chart; the pull request moves it) | false | not-pinned (the files do not pin the chart)"
    },
    { name: "pull-request-number", description: "number of the upgrade pull request" },
    { name: "pull-request-url", description: "URL of the upgrade pull request" },
    { name: "pull-request-operation", description: "created | updated | closed | none" }
  ],
  action: true,
  load: async () => import("./run-Q6W6FKRO.js")
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
  load: () => import("./run-RUFVNBOQ.js").then((m) => ({ run: m.runDemo }))
};

// src/commands/image-check/spec.ts
var imageCheckCommand = {
  name: "image-check",
  summary: "Air-gapped: list every image the deployment needs and check each one is in the internal registry.",
  description: "Reads the configuration as apply-cr does, renders the pinned operator-wandb chart with its values (helm template) and lists every image the render pulls (containers, initContainers and ephemeralContainers of every workload), plus the operator's controller image, then asks the internal registry for each manifest through the OCI distribution API, before anything is applied. In air-gapped mode a `latest` or missing tag, an image pulled from another registry, or a spec.chart that is missing or on a public host is an error naming the key to change. Not air-gapped, the operator takes the values the CR does not set (and, without spec.chart, the chart) from W&B's release channel: image-check asks it the same way (channel-url, with the license) and renders its chart and values under the CR's; a channel that cannot be asked is a finding. Exit 1 when any image is missing or wrong.",
  inputs: [
    ...configInputs,
    {
      name: "registry",
      required: true,
      description: "Internal registry: HOST[:PORT][/PREFIX], e.g. registry.example.internal:5000. HTTPS unless written http://HOST:PORT (a plain-HTTP registry)."
    },
    { name: "registry-username", description: "Registry user name.", env: "REGISTRY_USERNAME" },
    {
      name: "registry-password",
      secret: true,
      env: "REGISTRY_PASSWORD",
      description: "Registry password or token (a secret). The CLI reads REGISTRY_PASSWORD."
    },
    { name: "registry-ca-file", description: "CA certificate file (PEM) for the registry's TLS." },
    {
      name: "airgapped",
      type: "boolean",
      default: "true",
      description: "The operator runs with airgapped: true: a latest or missing tag, or an image from another registry, is an error (with false, a warning)."
    },
    {
      name: "controller-repository",
      description: "Operator image repository, as the operator chart value image.repository (default: REGISTRY/wandb/controller)."
    },
    {
      name: "controller-tag",
      description: "Operator image tag, as the operator chart value image.tag (required when air-gapped)."
    },
    // How the chart is had and rendered: as the render check (always on here: the images come from it).
    ...renderCheckInputs.filter((input) => input.name !== "render-check"),
    {
      name: "operator-chart",
      description: "The operator chart (.tgz or directory) to render for the controller image, with controller-repository and controller-tag as its image values. Without it the controller image is taken from those inputs."
    },
    {
      name: "internal-hosts",
      type: "list",
      description: "Chart hosts to treat as internal besides the registry, localhost, private addresses and names without a dot or under .svc, .cluster.local, .internal, .local, .lan, .home.arpa: a host, or .suffix for every name under it. One a line or repeated."
    },
    {
      name: "channel-url",
      default: "https://deploy.wandb.ai",
      env: "DEPLOYER_CHANNEL_URL",
      description: "The release channel the operator asks when it is not air-gapped (its DEPLOYER_CHANNEL_URL): its chart and values are rendered under the CR's, as the operator merges them. Never asked with airgapped: true."
    },
    {
      name: "license",
      secret: true,
      env: "WANDB_LICENSE",
      description: "The W&B license the release channel is asked with (HTTP Basic, as the operator does), when the CR has no spec.values.global.license (e.g. it reads global.licenseSecret). A secret; the CLI reads WANDB_LICENSE."
    },
    {
      name: "request-timeout",
      type: "number",
      default: "30",
      description: "Seconds to wait for each answer of the registry."
    },
    formatInput()
  ],
  outputs: [
    { name: "images", description: "every image checked, as it must be in the registry, comma-separated" },
    { name: "missing", description: "images missing from the registry, comma-separated" },
    {
      name: "channel-release",
      description: "the release channel's release whose values (and, without spec.chart, chart) were rendered; empty when the channel was not asked or did not answer"
    }
  ],
  action: true,
  load: () => import("./run-UPVYNQU2.js").then((m) => ({ run: m.runImageCheck }))
};

// src/commands/migrate/spec.ts
var migrateCommand = {
  name: "migrate",
  summary: "Move an installation of the legacy wandb Helm chart (or plain manifests) to the operator, or (to: v2) a live v1 CR to operator v2: write the CR for review, then switch with confirm.",
  description: "Reads the old installation (helm get values of the old release, or the old Deployment), maps it to WeightsAndBiases values and writes the CR for review; nothing changes. With confirm: true it scales the old Deployment to 0, installs the operator, applies the CR, verifies (and records a passed verify on the CR), and scales the old Deployment back up if any of that fails. remove-old: true (a later run) removes the old installation once the CR is Completed, its workloads are ready and a verify has passed for the CR as it is now. With to: v2 it reads the live v1 CR and its <cr>-spec-active Secret instead, converts them as the v2 operator's conversion webhook does (version pinned from the running tag, inline secrets moved into Secrets whose manifests go to a 0600 file kept out of the checkout (see secrets-output), retentionPolicy detach, a report of what could not be mapped), and with confirm checks both with the API server and apply-cr's dry run before anything is written, applies the Secrets (server-side) and the v2 CR, waits through the cutover gates and verifies.",
  inputs: [
    ...kubeInputs,
    // The render check of the CR's apply step (apply-cr's): whether, and with which local chart.
    ...renderCheckInputs.filter((input) => input.name === "render-check" || input.name === "chart"),
    {
      name: "to",
      default: "operator",
      description: "operator: a legacy installation -> operator v1 (a v1 CR). v2: the live v1 CR `name` in `cr-namespace` -> an apps.wandb.com/v2 CR (operator v2 is in beta; see docs/operator-v2.md)."
    },
    { name: "namespace", default: "default", description: "Namespace of the old installation." },
    {
      name: "old-release",
      default: "wandb",
      description: "Helm release of the legacy wandb chart. When there is no such release, the old Deployment is read instead."
    },
    {
      name: "old-deployment",
      description: "The old W&B Deployment (default: the release's Deployment running wandb/local, or `wandb` without a release)."
    },
    {
      name: "name",
      default: "wandb",
      description: "metadata.name of the new CR. It must differ from old-release when both are in the same namespace. With to: v2, the live v1 CR to convert (the v2 CR is the same object)."
    },
    { name: "cr-namespace", description: "Namespace of the new CR (default: namespace)." },
    {
      name: "app-chart-repo",
      default: "https://charts.wandb.ai",
      description: "spec.chart.url: the Helm repository the operator takes operator-wandb from."
    },
    {
      name: "app-chart-version",
      description: "spec.chart.version: the operator-wandb chart version (default: none, the newest)."
    },
    {
      name: "output",
      default: "wandb-cr.yaml",
      description: "Where the CR is written for review (mode 0600: it may hold secrets from the old values). With to: v2 it holds no secret; the Secrets it references go to a separate file (see secrets-output). With confirm, an existing file is the reviewed one and is applied as it is."
    },
    {
      name: "secrets-output",
      description: "to: v2: where the Secrets' manifests are written (mode 0600; they hold the values moved out of the CR: never commit the file). Default: beside the CR as <output>.secrets.yaml, except under GitHub Actions or when that path is in a git work tree and not ignored (git check-ignore): then in a private directory of the CR (mode 0700, wandb-migrate-v2-<namespace>-<name>) under RUNNER_TEMP or the system temp directory, which a rerun reuses and a successful confirm deletes; after a dry run it stays until you delete it. With pull-request it is not written at all. The secrets-path output says where it is. With confirm, a file named here that exists is the reviewed one: it is checked (no YAML error, every value a single scalar) and applied as it is."
    },
    {
      name: "confirm",
      type: "boolean",
      default: "false",
      description: "Switch: scale the old Deployment to 0, install the operator, apply the CR, verify (needs api-key). With to: v2: apply the Secrets and the v2 CR, wait through the cutover gates, verify (api-key required: success only after verify passes). Without it nothing in the cluster changes."
    },
    {
      name: "pull-request",
      type: "boolean",
      default: "false",
      description: "to: v2: open a pull request that adds the v2 CR at pull-request-path, or bring the open one up to date (a rerun with the same CR changes nothing). Its description says what was converted, what was not carried over, the pinned version, the Secrets to create (names only) and the confirm step. The Secrets file is never committed. Not with confirm: merge the pull request, then run with confirm."
    },
    {
      name: "pull-request-path",
      description: "to: v2 with pull-request: path of the v2 CR in the repository, from its root (default: output, relative to repository-path)."
    },
    {
      name: "branch",
      description: "Branch of the migration pull request (this job owns it). Default: wandb-operator-actions/migrate-v2-<cr-namespace>-<name>."
    },
    { name: "base", description: "Base branch of the pull request (default: the remote's default branch)." },
    { name: "labels", type: "list", description: "Labels of the pull request (created when missing)." },
    { name: "assignees", type: "list", description: "Users assigned to a new pull request." },
    {
      name: "reviewers",
      type: "list",
      description: "Reviewers requested on a new pull request: user or org/team."
    },
    {
      name: "repository",
      description: "owner/name of the repository for the pull request (default: the workflow's repository, else the git remote)."
    },
    {
      name: "repository-path",
      default: ".",
      description: "Local clone of that repository (its working tree and index are not touched)."
    },
    { name: "remote", default: "origin", description: "Git remote to fetch from and push to." },
    {
      name: "github-token",
      secret: true,
      env: "GITHUB_TOKEN",
      actionDefault: "${{ github.token }}",
      description: "With pull-request: a token that can push the branch and open pull requests (contents: write, pull-requests: write). Pull requests opened with the workflow GITHUB_TOKEN start no workflows: use a GitHub App token to have CI run on them."
    },
    {
      name: "github-api-url",
      env: "GITHUB_API_URL",
      description: "GitHub API base URL (default: the runner's GITHUB_API_URL, which is right on GitHub Enterprise Server, else https://api.github.com)."
    },
    {
      name: "commit-author",
      default: "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
      description: "Author and committer of the commit with the v2 CR, as `Name <email>`."
    },
    {
      name: "remove-old",
      type: "boolean",
      default: "false",
      description: "Remove the old installation (helm uninstall, or delete the old Deployment). Refused unless the CR is Completed, its workloads are ready and a verify passed for its current generation: run now when api-key is given, else recorded on the CR by an earlier run."
    },
    {
      name: "install-operator",
      type: "boolean",
      default: "true",
      description: "Install or upgrade the operator during the switch. false: it is installed already (e.g. by an install-operator step with credentials or air-gapped options)."
    },
    { name: "operator-namespace", default: "wandb-cr", description: "Namespace of the operator release." },
    { name: "operator-release", default: "operator", description: "Helm release name of the operator." },
    {
      name: "operator-chart-repo",
      default: "https://charts.wandb.ai",
      description: "Helm repository serving the operator chart."
    },
    {
      name: "operator-chart-version",
      description: "Operator chart version (default: the newest in the repository)."
    },
    {
      name: "min-kubernetes-version",
      default: "1.28",
      description: "Passed to install-operator: refuse clusters older than this (major.minor)."
    },
    {
      name: "host",
      description: "W&B base URL to verify, after the switch and before remove-old (default: global.host of the CR). Verify runs only with an api-key."
    },
    {
      name: "api-key",
      secret: true,
      env: "WANDB_API_KEY",
      description: "W&B API key for the verify step (a secret; the CLI reads WANDB_API_KEY). Without it verify is skipped, and remove-old is refused until a verify has passed."
    },
    {
      name: "verify-report-path",
      default: "wandb-verify-report.json",
      description: "Where the verify step's JSON report is written."
    },
    {
      name: "poll-interval",
      type: "number",
      default: "2",
      description: "Seconds between status checks while waiting."
    }
  ],
  outputs: [
    { name: "cr-path", description: "path of the CR file written for review" },
    {
      name: "secrets-path",
      description: "to: v2: path of the Secrets' manifests (mode 0600; see secrets-output), empty when none and with pull-request (not written then); after a successful confirm a file in a temporary directory is deleted"
    },
    {
      name: "moved-secrets",
      description: "to: v2: values moved out of the CR, one `v1 path -> Secret/key` a line (never a value)"
    },
    { name: "wandb-version", description: "to: v2: the version pinned in spec.wandb.version" },
    {
      name: "values-source",
      description: "to: v2: where the converted values came from: spec-active (the Secret, as the webhook reads first) | spec.values"
    },
    { name: "unmapped-keys", description: "old values not carried over, one dotted path a line" },
    {
      name: "pull-request-number",
      description: "to: v2 with pull-request: number of the migration pull request"
    },
    { name: "pull-request-url", description: "to: v2 with pull-request: URL of the migration pull request" },
    {
      name: "pull-request-operation",
      description: "to: v2 with pull-request: created | updated | none"
    },
    {
      name: "result",
      description: "planned | migrated (switched and verified) | unverified (switched, verify skipped: remove-old is refused until a verify passes; to: v2: applied and rolled out, verify failed) | restored (failed, old Deployment scaled back up) | failed (scaling back failed too) | removed | refused"
    },
    {
      name: "verify",
      description: "passed | failed | skipped (no api-key or host) | recorded (remove-old went on an earlier pass recorded on the CR)"
    }
  ],
  action: true,
  load: () => import("./run-VQNROXVR.js").then((m) => ({ run: m.runMigrate }))
};

// src/commands/rollout/spec.ts
var rolloutCommand = {
  name: "rollout",
  summary: "Promote a change through the stages of a fleet file: apply, wait, verify and bake each stage before the next; stop and restore at the first failure.",
  description: "Staged rollout across W&B instances (canary across instances: dev, then staging, then production). See docs/deployment-strategies.md for the fleet file and for why there is no blue-green inside one instance.",
  inputs: [
    // Each instance's apply runs apply-cr's render check: whether, with which helm and which local chart.
    ...renderCheckInputs.filter((input) => ["render-check", "chart", "helm-path"].includes(input.name)),
    {
      name: "fleet",
      required: true,
      description: "The fleet file (YAML): instances with name, stage, namespace, configuration layers, kubeconfig-env or context, and optional verify. Paths inside it are relative to it."
    },
    {
      name: "only-stage",
      description: "Run only this stage (a name or number from the fleet file), e.g. one job per stage with `plan`'s matrix."
    },
    {
      name: "only-instance",
      description: "Run only this instance (one matrix entry of `plan`)."
    },
    {
      name: "bake-seconds",
      type: "number",
      default: "300",
      description: "Seconds to wait after a stage has rolled out (and verified) before the next stage starts; the stage must still be healthy after it. Not after the last stage, nor after a stage that changed nothing."
    },
    {
      name: "timeout",
      type: "number",
      default: "600",
      description: "Seconds for each instance's apply, wait and rollback (apply-cr's timeout)."
    },
    {
      name: "poll-interval",
      type: "number",
      default: "2",
      description: "Seconds between status checks while waiting."
    },
    {
      name: "kubectl-path",
      description: "Use this kubectl (default: kubectl on PATH).",
      env: "KUBECTL_PATH"
    },
    {
      name: "dry-run",
      type: "boolean",
      default: "false",
      description: "Validate every instance and show each diff; change nothing, verify nothing, no bake."
    }
  ],
  outputs: [
    { name: "stages-completed", description: "number of stages of this run that succeeded" },
    { name: "failed-stage", description: "name of the stage that failed (empty when none did)" },
    { name: "result", description: "succeeded | failed | dry-run" }
  ],
  action: true,
  load: () => import("./run-APUWAFMS.js").then((m) => ({ run: m.runRollout }))
};

// src/commands/plan/spec.ts
var planCommand = {
  name: "plan",
  summary: "Print a fleet file's stages in promotion order as JSON, with a GitHub Actions matrix per stage and for the whole fleet.",
  description: 'Output shape: {"fleet", "stages": [{"name", "index", "last", "instances", "matrix": {"include": [...]}}], "matrix": {"include": [{"stage", "instance", "index", "namespace"}]}}. See docs/deployment-strategies.md for a workflow with one job per stage.',
  inputs: [
    {
      name: "fleet",
      required: true,
      description: "The fleet file (YAML), as for rollout."
    },
    {
      name: "format",
      default: "text",
      description: "text (the plan JSON as above) | json (the same plan inside `{ command, ok }`, as docs/json-output.md describes)."
    }
  ],
  outputs: [
    { name: "plan", description: "the plan JSON on one line, for fromJSON()" },
    { name: "stages", description: "the stage names in order, as a JSON array" }
  ],
  action: true,
  load: () => import("./run-GUQBJLMA.js").then((m) => ({ run: m.runPlan }))
};

// src/commands/registry.ts
var commands = [
  installOperatorCommand,
  applyCrCommand,
  rolloutCommand,
  planCommand,
  verifyCommand,
  releaseNotesCommand,
  upgradeCheckCommand,
  migrateCommand,
  validateCommand,
  renderCommand,
  supportCommand,
  imageCheckCommand,
  demoCommand
];

// src/program.ts
function runCli2(argv, run) {
  return runCli(argv, run, commands);
}
function runAction2(command, run) {
  return runAction(command, run, commands);
}
async function runActionStep(command) {
  const code = await runAction2(command, { env: process.env, cwd: process.cwd() });
  if (code !== 0) process.exitCode = code;
}

export {
  runCli2 as runCli,
  runActionStep
};
