import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  GraphqlError,
  HttpStatusError,
  LARGE_PROJECT,
  VIEWER,
  WandbClient,
  activeChart,
  createRunFiles,
  describeError,
  parseUploadHeaders,
  readRun,
  runFiles,
  serverInfo,
  upsertRun,
  withoutQuery
} from "./chunk-ROUWXDMR.js";
import {
  migrationDoneFor
} from "./chunk-VTKGBLKJ.js";
import {
  secretReferences
} from "./chunk-OU746ASQ.js";
import {
  httpFetch,
  proxyFor
} from "./chunk-7NRUIF3I.js";
import {
  KubeClient,
  execute,
  findOnPath
} from "./chunk-PFUJ36V2.js";
import {
  require_semver
} from "./chunk-6RDCTTMH.js";
import {
  VERSION
} from "./chunk-2YU3Z55Y.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  UserError,
  __toESM
} from "./chunk-SIWOL6LA.js";

// src/verify/report.ts
function countResults(results) {
  const count = (status) => results.filter((r) => r.status === status).length;
  return { passed: count("pass"), failed: count("fail"), warnings: count("warn"), skipped: count("skipped") };
}
function isFailure(counts, failOn) {
  return counts.failed > 0 || failOn === "warning" && counts.warnings > 0;
}
function buildReport(input) {
  const counts = countResults(input.checks);
  return {
    tool: input.tool,
    host: input.host,
    ...input.serverVersion ? { serverVersion: input.serverVersion } : {},
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    failOn: input.failOn,
    result: isFailure(counts, input.failOn) ? "failed" : "passed",
    counts,
    checks: input.checks.map((check) => ({ ...check, durationMs: Math.round(check.durationMs) })),
    ...input.notes && input.notes.length > 0 ? { notes: input.notes } : {}
  };
}
var ICONS = {
  pass: "\u2705 pass",
  warn: "\u26A0\uFE0F warn",
  fail: "\u274C fail",
  skipped: "\u23ED\uFE0F skipped"
};
var GROUP_TITLES = {
  wandb: "W&B Server",
  "wandb-cli": "wandb CLI (artifacts, sweeps)",
  cluster: "Cluster"
};
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  return `${(ms / 1e3).toFixed(1)} s`;
}
function cell(text3) {
  if (!text3) return "";
  return text3.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
var SEVERITY = { fail: 0, warn: 1, pass: 2, skipped: 3 };
var TABLE_HEAD = [
  "| Group | Check | Status | Time | Message | Fix |",
  "| --- | --- | --- | --- | --- | --- |"
];
function row(check) {
  return `| ${GROUP_TITLES[check.group]} | ${cell(check.title)} | ${ICONS[check.status]} | ${formatDuration(check.durationMs)} | ${cell(check.message)} | ${cell(check.status === "pass" ? void 0 : check.fix)} |`;
}
function renderMarkdown(report) {
  const { counts } = report;
  const verdict = report.result === "passed" ? "\u2705 passed" : "\u274C failed";
  const lines = [
    `## W&B verify: ${report.host}`,
    "",
    `**${verdict}**: ${counts.passed} passed, ${counts.warnings} ${counts.warnings === 1 ? "warning" : "warnings"}, ${counts.failed} failed, ${counts.skipped} skipped (fail-on: ${report.failOn}) in ${formatDuration(report.durationMs)}.` + (report.serverVersion ? ` W&B Server version: ${report.serverVersion}.` : ""),
    ""
  ];
  const ran = report.checks.map((check, index) => ({ check, index })).filter(({ check }) => check.status !== "skipped").sort((a, b) => SEVERITY[a.check.status] - SEVERITY[b.check.status] || a.index - b.index).map(({ check }) => check);
  const skipped = report.checks.filter((check) => check.status === "skipped");
  if (ran.length > 0) lines.push(...TABLE_HEAD, ...ran.map(row));
  else lines.push("No check ran.");
  if (skipped.length > 0) {
    lines.push(
      "",
      "<details>",
      `<summary>${skipped.length} skipped ${skipped.length === 1 ? "check" : "checks"}, and why</summary>`,
      "",
      ...TABLE_HEAD,
      ...skipped.map(row),
      "",
      "</details>"
    );
  }
  if (report.notes && report.notes.length > 0) {
    lines.push("");
    for (const note of report.notes) lines.push(`> ${note}`);
  }
  lines.push("");
  return lines.join("\n");
}
function renderLine(check) {
  const label = { pass: "PASS", warn: "WARN", fail: "FAIL", skipped: "SKIP" }[check.status];
  return `${label} ${check.title} (${formatDuration(check.durationMs)}): ${check.message}${check.fix && check.status !== "pass" ? `
     fix: ${check.fix}` : ""}`;
}

// src/verify/verify.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { rootCertificates } from "node:tls";

// src/verify/cli-checks.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/verify/wandb-cli-output.ts
var CHECKMARK = "\u2705";
var RED_X = "\u274C";
var ANSI = /\u001b\[[0-9;]*m/g;
var YELLOW = /\u001b\[(?:[0-9;]*;)?33(?:;[0-9;]*)?m/;
var ARTIFACT_LABEL = "Checking artifact save and download workflows";
var SWEEP_LABEL = "Checking sweep creation and agent execution";
function parseWandbVerifyOutput(output) {
  const checks = [];
  let current;
  for (const rawLine of output.split(/\r?\n/)) {
    const line = rawLine.replace(ANSI, "").trimEnd();
    const match = /^(.*?[^.\s])\s*\.{2,}\s*(\u2705|\u274c)\s*$/u.exec(line);
    if (match) {
      current = { label: match[1].trim(), ok: match[2] === CHECKMARK, warning: false, messages: [] };
      checks.push(current);
      continue;
    }
    if (line.trim() === RED_X && !current) {
      current = { label: "Checking host", ok: false, warning: false, messages: [] };
      checks.push(current);
      continue;
    }
    if (current && !current.ok && line.trim().length > 0) {
      current.messages.push(line.trim());
      if (YELLOW.test(rawLine)) current.warning = true;
    }
  }
  return checks;
}
function parseWandbVersion(output) {
  return /version\s+v?(\d+\.\d+\.\d+\S*)/i.exec(output)?.[1];
}
function cliComparisonLines(lines) {
  return lines.filter((line) => line.label !== ARTIFACT_LABEL && line.label !== SWEEP_LABEL).map((line) => ({
    label: line.label,
    status: line.ok ? "pass" : line.warning ? "warn" : "fail",
    messages: line.messages
  }));
}
function tail(text3, lines) {
  return text3.replace(ANSI, "").split(/\r?\n/).filter((line) => line.trim().length > 0).slice(-lines).join(" / ");
}
function cliCheckOutcome(label, lines, run) {
  const line = lines.find((l) => l.label === label);
  const cli = `wandb${run.version ? ` ${run.version}` : ""} verify`;
  if (!line) {
    if (label === SWEEP_LABEL && run.code === 0) {
      return {
        status: "skipped",
        message: `${cli} has no sweep check (it was added in newer wandb versions).`,
        fix: "pip install --upgrade wandb to include the sweep check."
      };
    }
    return {
      status: "fail",
      message: `${cli} stopped (exit ${run.code}) before '${label}'. Its last lines: ${tail(run.output, 3) || "(none)"}`,
      fix: "Run `wandb verify --host <host>` by hand to see the full output; the native checks above usually show the cause."
    };
  }
  if (line.ok) return { status: "pass", message: `${cli}: ${label} \u2705` };
  return {
    status: line.warning ? "warn" : "fail",
    message: `${cli}: ${line.messages.join(" ") || "failed"}`,
    fix: label === ARTIFACT_LABEL ? "Check the bucket permissions (artifact files use the same signed URLs) and the W&B app logs." : "Check the W&B app logs for the sweep controller; sweeps need the app and its queue healthy."
  };
}

// src/verify/cli-checks.ts
var NOT_FOUND_FIX = "pip install wandb on the runner (e.g. actions/setup-python then pip install wandb) before this step, or set use-wandb-cli: false to skip these checks.";
function cliChecks(settings) {
  let run;
  const unavailable = () => {
    if (settings.mode === "false") {
      return { status: "skipped", message: "use-wandb-cli is false, so the wandb CLI was not run." };
    }
    if (!settings.wandbPath) {
      return settings.mode === "true" ? {
        status: "fail",
        message: "use-wandb-cli is true but no wandb CLI was found on PATH.",
        fix: NOT_FOUND_FIX
      } : {
        status: "skipped",
        message: "No wandb CLI on PATH (use-wandb-cli: auto); these checks need the Python SDK.",
        fix: NOT_FOUND_FIX
      };
    }
    return void 0;
  };
  const runCli = async (budgetMs) => {
    const cwd = await mkdtemp(join(tmpdir(), "wandb-verify-"));
    try {
      const env = {
        ...settings.env,
        WANDB_API_KEY: settings.apiKey ?? "",
        WANDB_SILENT: "true"
      };
      if (settings.entity) env.WANDB_ENTITY = settings.entity;
      if (settings.caBundle) {
        const bundle = join(cwd, "ca-bundle.pem");
        await writeFile(bundle, settings.caBundle);
        env.REQUESTS_CA_BUNDLE = bundle;
        env.SSL_CERT_FILE = bundle;
      }
      const result = await settings.execute({
        command: settings.wandbPath,
        role: "wandb",
        args: ["verify", "--host", settings.host],
        env,
        cwd,
        timeoutMs: Math.max(1, budgetMs - 250)
      });
      const output = `${result.stdout}
${result.stderr}`;
      return {
        code: result.code,
        output,
        lines: parseWandbVerifyOutput(result.stdout),
        timedOut: result.timedOut
      };
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  };
  return [
    {
      id: "wandb-cli-artifacts",
      title: ARTIFACT_LABEL,
      group: "wandb-cli",
      failStatus: "fail",
      needs: ["login"],
      timeout: "deadline",
      timeoutFix: "wandb verify did not finish in the time left; raise the timeout input.",
      run: async (_signal, budgetMs) => {
        const off = unavailable();
        if (off) return off;
        run = await runCli(budgetMs);
        if (run.timedOut) {
          return {
            status: "fail",
            message: `wandb verify did not finish within ${Math.round(budgetMs / 1e3)} s and was stopped.`,
            fix: "Raise the timeout input; wandb verify takes a few minutes against a busy server."
          };
        }
        const outcome = cliCheckOutcome(ARTIFACT_LABEL, run.lines, {
          code: run.code,
          output: run.output,
          version: settings.version
        });
        const others = cliComparisonLines(run.lines);
        return others.length > 0 ? {
          ...outcome,
          details: {
            wandbVerify: { version: settings.version, exitCode: run.code, otherChecks: others }
          }
        } : outcome;
      }
    },
    {
      id: "wandb-cli-sweeps",
      title: SWEEP_LABEL,
      group: "wandb-cli",
      failStatus: "fail",
      needs: ["login"],
      run: async () => {
        const off = unavailable();
        if (off) return off;
        if (!run)
          return { status: "skipped", message: "wandb verify did not finish, so there is no sweep result." };
        return cliCheckOutcome(SWEEP_LABEL, run.lines, {
          code: run.code,
          output: run.output,
          version: settings.version
        });
      }
    }
  ];
}

// src/verify/cluster.ts
function obj(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function at(root, path) {
  let node = root;
  for (const part of path.split(".")) node = obj(node)?.[part];
  return node;
}
function objectReferences(values) {
  const refs = [];
  const problems = [];
  const add = (path, name, keys, kind = "Secret") => {
    const n = text(name);
    if (n) refs.push({ kind, name: n, keys: keys.filter((k) => Boolean(k)), path });
  };
  const license = obj(at(values, "global.licenseSecret"));
  if (text(license?.name) && !text(license?.key)) {
    problems.push({
      path: "global.licenseSecret.key",
      message: `global.licenseSecret names Secret '${text(license?.name)}' but no key; the operator needs both name and key`
    });
  }
  add("global.licenseSecret", license?.name, [text(license?.key)]);
  const mysql = obj(at(values, "global.mysql.passwordSecret"));
  add("global.mysql.passwordSecret", mysql?.name, [
    text(mysql?.passwordKey) ?? "MYSQL_PASSWORD",
    text(mysql?.rootPasswordKey)
  ]);
  const bucket = obj(at(values, "global.bucket.secret"));
  add("global.bucket.secret", bucket?.secretName, [
    text(bucket?.accessKeyName) ?? "ACCESS_KEY",
    text(bucket?.secretKeyName) ?? "SECRET_KEY"
  ]);
  const redis = obj(at(values, "global.redis.secret"));
  add("global.redis.secret", redis?.secretName, [text(redis?.secretKey) ?? "REDIS_PASSWORD"]);
  const oidc = obj(at(values, "global.auth.oidc.oidcSecret"));
  add("global.auth.oidc.oidcSecret", oidc?.name, [text(oidc?.secretKey) ?? "OIDC_SECRET"]);
  const clickhouse = obj(at(values, "global.clickhouse.passwordSecret"));
  add("global.clickhouse.passwordSecret", clickhouse?.name, [
    text(clickhouse?.passwordKey) ?? "CLICKHOUSE_PASSWORD"
  ]);
  const tls = at(values, "ingress.tls");
  if (Array.isArray(tls)) {
    tls.forEach(
      (entry, i) => add(`ingress.tls[${i}].secretName`, obj(entry)?.secretName, ["tls.crt", "tls.key"])
    );
  }
  const walk = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    const o = obj(node);
    if (!o) return;
    for (const [key, child] of Object.entries(o)) {
      const here = path ? `${path}.${key}` : key;
      const ref = obj(child);
      if ((key === "secretKeyRef" || key === "configMapKeyRef") && ref && text(ref.name)) {
        refs.push({
          kind: key === "secretKeyRef" ? "Secret" : "ConfigMap",
          name: text(ref.name),
          keys: text(ref.key) ? [text(ref.key)] : [],
          path: here,
          optional: ref.optional === true
        });
        continue;
      }
      walk(child, here);
    }
  };
  walk(values, "");
  return { refs, problems };
}
function referencesDecision(namespace, values, lookup) {
  return foundReferencesDecision(namespace, objectReferences(values), lookup, "spec.values");
}
function foundReferencesDecision(namespace, found, lookup, where) {
  const { refs, problems } = found;
  const failures = problems.map((p) => `${p.message}.`);
  const notes = [];
  for (const ref of refs) {
    const keys = lookup(ref);
    if (keys === void 0) {
      const line = `${ref.kind} '${ref.name}' (${ref.path}) does not exist in namespace ${namespace}.`;
      if (ref.optional) notes.push(line);
      else failures.push(line);
      continue;
    }
    const missing = ref.keys.filter((k) => !keys.includes(k));
    if (missing.length > 0) {
      const line = `${ref.kind} '${ref.name}' (${ref.path}) has no key ${missing.map((k) => `'${k}'`).join(", ")} (it has: ${keys.length > 0 ? keys.join(", ") : "no keys"}).`;
      if (ref.optional) notes.push(line);
      else failures.push(line);
    }
  }
  const details = {
    references: refs.map((r) => ({ kind: r.kind, name: r.name, keys: r.keys, path: r.path }))
  };
  if (failures.length > 0) {
    return {
      status: "fail",
      message: failures.join(" "),
      fix: `Create the missing objects in namespace ${namespace} before the operator applies the CR, e.g. \`kubectl -n ${namespace} create secret generic <name> --from-literal=<key>=...\`, or correct the names and keys in ${where}.`,
      details
    };
  }
  if (refs.length === 0)
    return { status: "pass", message: "The CR references no Secrets or ConfigMaps.", details };
  return {
    status: "pass",
    message: `All ${refs.length} referenced ${refs.length === 1 ? "object exists" : "objects exist"} with the named keys${notes.length > 0 ? ` (optional ones missing: ${notes.join(" ")})` : ""}.`,
    details
  };
}
function caCertsConfigMapName(values) {
  return text(at(values, "global.caCertsConfigMap"));
}
function caCertsDecision(namespace, name, keys) {
  if (keys === void 0) {
    return {
      status: "fail",
      message: `ConfigMap '${name}' (global.caCertsConfigMap) does not exist in namespace ${namespace}.`,
      fix: `kubectl -n ${namespace} create configmap ${name} --from-file=my-ca.crt=<path to PEM>`
    };
  }
  const bad = keys.filter((k) => !k.endsWith(".crt"));
  if (keys.length === 0) {
    return {
      status: "fail",
      message: `ConfigMap '${name}' (global.caCertsConfigMap) has no keys, so no CA certificate is added.`,
      fix: "Add each CA certificate as a key ending in .crt."
    };
  }
  if (bad.length > 0) {
    return {
      status: "fail",
      message: `ConfigMap '${name}' has ${bad.length === 1 ? "a key" : "keys"} not ending in .crt: ${bad.map((k) => `'${k}'`).join(", ")}; update-ca-certificates ignores ${bad.length === 1 ? "it" : "them"}.`,
      fix: `Rename the key${bad.length === 1 ? "" : "s"} to end in .crt (e.g. ${bad[0].replace(/\.[^.]*$/, "")}.crt).`
    };
  }
  return {
    status: "pass",
    message: `ConfigMap '${name}' has ${keys.length} CA certificate key(s), all ending in .crt.`
  };
}
function ingressClassDecision(values, classes, field = "ingress.class") {
  const ingress = obj(at(values, "ingress"));
  const names = classes.map((c) => c.name);
  const available = names.length > 0 ? names.join(", ") : "none";
  if (ingress?.install === false || ingress?.create === false) {
    return {
      status: "skipped",
      message: "The CR does not create an ingress (ingress.install / ingress.create is false)."
    };
  }
  const named = text(ingress?.class);
  const legacy = text(obj(ingress?.annotations)?.["kubernetes.io/ingress.class"]);
  if (named) {
    if (names.includes(named))
      return { status: "pass", message: `IngressClass '${named}' (${field}) exists.` };
    return {
      status: "fail",
      message: `IngressClass '${named}' (${field}) does not exist (existing IngressClasses: ${available}).`,
      fix: `Install the ingress controller that provides '${named}', or set ${field} to one of: ${available}.`
    };
  }
  if (legacy) {
    if (names.includes(legacy))
      return { status: "pass", message: `IngressClass '${legacy}' (legacy annotation) exists.` };
    return {
      status: "warn",
      message: `The legacy annotation kubernetes.io/ingress.class names '${legacy}', which has no IngressClass object (classes: ${available}).`,
      fix: `Controllers such as GKE's gce work without one; otherwise set ingress.class to one of: ${available}.`
    };
  }
  const fallback = classes.find((c) => c.isDefault);
  if (fallback)
    return {
      status: "pass",
      message: `No class named; the default IngressClass '${fallback.name}' applies.`
    };
  return {
    status: "warn",
    message: `The CR names no ingress class and the cluster has no default IngressClass (classes: ${available}); the ingress may never get an address.`,
    fix: `Set ${field === "ingress.class" ? "ingress.class in spec.values" : field} (e.g. nginx), or mark one IngressClass as the default.`
  };
}
function operatorDecision(namespace, deployments) {
  if (deployments.length === 0) {
    return {
      status: "fail",
      message: `No W&B operator controller (a Deployment labelled control-plane=controller-manager) in namespace ${namespace}.`,
      fix: "Install the operator (the install-operator step, or helm upgrade --install operator wandb/operator), or set operator-namespace to where it runs."
    };
  }
  const notReady = deployments.filter((d) => d.ready < Math.max(1, d.replicas));
  if (notReady.length > 0) {
    const d = notReady[0];
    return {
      status: "fail",
      message: `The operator controller ${d.name} has ${d.ready}/${d.replicas} ready replicas.`,
      fix: `kubectl -n ${d.namespace} describe deployment ${d.name} and kubectl -n ${d.namespace} logs deployment/${d.name}: an image pull or RBAC problem is the usual cause.`
    };
  }
  return { status: "pass", message: `The operator controller ${deployments[0].name} is ready.` };
}
function crPhaseDecision(namespace, name, cr) {
  const describe2 = `kubectl -n ${namespace} describe weightsandbiases ${name}`;
  if (!cr) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' does not exist in namespace ${namespace}.`,
      fix: "Apply the CR (the apply-cr step), or set the name and namespace inputs to those of the CR you deployed (kubectl get weightsandbiases -A lists them)."
    };
  }
  const lastEvent = cr.events.length > 0 ? ` Last event: ${cr.events[cr.events.length - 1]}` : "";
  switch (cr.phase) {
    case "Completed":
      return { status: "pass", message: `WeightsAndBiases '${name}' is in phase Completed.` };
    case "Loading":
      return {
        status: "fail",
        message: `WeightsAndBiases '${name}' is stuck in phase Loading: the operator has not finished applying it.${lastEvent}`,
        fix: `Look at the operator's log (kubectl logs deployment/wandb-controller-manager in its namespace) and ${describe2}; a missing Secret or an unreachable chart repository are common causes.`
      };
    case "Invalid Config":
      return {
        status: "fail",
        message: `WeightsAndBiases '${name}' is in phase Invalid Config.${lastEvent}`,
        fix: cr.chartless ? `The CR sets no spec.chart, so the operator needs W&B's release channel (deploy.wandb.ai) for the chart: an air-gapped operator, or one that cannot reach it and has no cached release, has none ("No release type was found in the spec"). Pin spec.chart (url, name, version) to a repository the operator can reach (docs/release-channel.md) and re-apply; ${describe2} shows the operator's reason.` : `Fix spec.chart / spec.values (run the validate command) and re-apply; ${describe2} shows the operator's reason.`
      };
    default:
      return {
        status: "fail",
        message: `WeightsAndBiases '${name}' has ${cr.phase ? `phase '${cr.phase}'` : "no phase yet"}: the operator has not reconciled it.${lastEvent}`,
        fix: "Check that the operator controller runs and watches this namespace (namespaceIsolation in the operator chart)."
      };
  }
}
function workloadsDecision(namespace, instance, workloads, pods) {
  if (workloads.length === 0) {
    return {
      status: "fail",
      message: `No Deployments or StatefulSets labelled app.kubernetes.io/instance=${instance} in namespace ${namespace}.`,
      fix: "The operator has not installed the W&B chart yet: see the CR phase check above and the operator log."
    };
  }
  const notReady = workloads.filter((w) => w.ready < w.replicas);
  if (notReady.length === 0) {
    return {
      status: "pass",
      message: `All ${workloads.length} workloads labelled app.kubernetes.io/instance=${instance} are ready.`
    };
  }
  const list = notReady.map((w) => `${w.kind ?? "Deployment"} ${w.name} ${w.ready}/${w.replicas}`).join(", ");
  const why = pods.length > 0 ? ` Pods: ${pods.map((p) => `${p.pod} ${p.reason}${p.message ? ` (${p.message})` : ""}`).join("; ")}.` : "";
  return {
    status: "fail",
    message: `Not ready: ${list}.${why}`,
    fix: `kubectl -n ${namespace} describe pods -l app.kubernetes.io/instance=${instance}: image pulls, missing Secrets and failed init containers (init-db waits for MySQL) show there.`
  };
}
function consoleDecision(namespace, values, services) {
  if (obj(at(values, "console"))?.install === false) {
    return { status: "skipped", message: "console.install is false in the CR." };
  }
  const found = services.find((s) => s.includes("console"));
  if (found) return { status: "pass", message: `The console Service ${found} exists.` };
  return {
    status: "fail",
    message: `No console Service among the ${services.length} Services of the release in namespace ${namespace}.`,
    fix: "The W&B console (System Console) is part of operator-wandb; check the operator applied the chart and that console.install is not false."
  };
}
function hostAnswersDecision(host, answer) {
  if (answer.error) {
    return {
      status: "fail",
      message: `${host} does not answer: ${answer.error}.`,
      fix: "Check DNS for the host, the ingress address (kubectl get ingress) and the load balancer."
    };
  }
  if (answer.status !== void 0 && answer.status >= 500) {
    return {
      status: "fail",
      message: `${host} answers HTTP ${answer.status}.`,
      fix: "The ingress answers but the backend does not: check the app Service endpoints and pod readiness."
    };
  }
  return { status: "pass", message: `${host} answers (HTTP ${answer.status}).` };
}
function chartWords(chart) {
  const url = text(chart.url);
  const safe = url ? url.replace(/\/\/[^/@]*@/, "//") : void 0;
  if (text(chart.path)) return `a local chart at ${text(chart.path)}`;
  const name = text(chart.name) ?? (safe?.startsWith("oci://") ? safe : "operator-wandb");
  const version = text(chart.version) ?? (typeof chart.version === "number" ? String(chart.version) : void 0);
  return `${name}${version ? ` ${version}` : ""}${safe && !safe.startsWith("oci://") ? ` from ${safe}` : ""}`;
}
function chartDecision(info) {
  const chart = obj(info.chart);
  const applied = obj(info.applied);
  if (!chart || Object.keys(chart).length === 0) {
    return {
      status: "pass",
      message: `chart: release channel (the CR sets no spec.chart; the operator asks W&B's release channel for the chart and values${applied ? `, and last installed ${chartWords(applied)}` : ""}).`,
      details: { chart: "release channel", ...applied ? { applied: chartWords(applied) } : {} }
    };
  }
  if (!text(chart.path) && !text(chart.url)) {
    return {
      status: "warn",
      message: "chart: spec.chart names neither a url nor a path, which matches none of the shapes the operator reads.",
      fix: "Set spec.chart to {url, name, version} (a Helm repository), {url: oci://..., version} or {path}, or remove it to use the release channel (docs/release-channel.md)."
    };
  }
  const pinned = Boolean(text(chart.path) || text(chart.version) || /:[^/:@]+$/.test(text(chart.url) ?? ""));
  return {
    status: "pass",
    message: `chart: ${chartWords(chart)} (spec.chart)${pinned ? "" : "; no version, so the repository's newest chart is used"}.`,
    details: { chart: chartWords(chart) }
  };
}

// src/verify/cluster-v2.ts
function obj2(value) {
  return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
}
function text2(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function isV2Cr(cr) {
  const o = obj2(cr);
  if (!o || typeof o.apiVersion !== "string" || !o.apiVersion.endsWith("/v2")) return false;
  const spec = obj2(o.spec) ?? {};
  return !(("chart" in spec || "values" in spec) && !("wandb" in spec));
}
function describe(namespace, name) {
  return `kubectl -n ${namespace} describe weightsandbiases ${name}`;
}
var OPERATOR_LOG = "the operator's log (kubectl logs deployment/<operator>-controller-manager in the operator's namespace)";
function v2GenerationDecision(namespace, name, cr) {
  const generation = num(obj2(cr.metadata)?.generation);
  const observed = num(obj2(cr.status)?.observedGeneration);
  const details = { generation, observedGeneration: observed };
  if (observed === void 0) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' has no status.observedGeneration: the v2 operator has not reconciled it.`,
      fix: `Check that the v2 operator runs and watches namespace ${namespace}: ${OPERATOR_LOG}; ${describe(namespace, name)}.`,
      details
    };
  }
  if (generation !== void 0 && observed < generation) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' is at generation ${generation}, and the operator has seen generation ${observed} only: the latest change is not reconciled yet.`,
      fix: `Wait for the operator, or read ${OPERATOR_LOG} for why it is behind.`,
      details
    };
  }
  return {
    status: "pass",
    message: `The operator has seen generation ${observed} of WeightsAndBiases '${name}' (the latest).`,
    details
  };
}
function v2ReadyDecision(namespace, name, cr) {
  const generation = num(obj2(cr.metadata)?.generation);
  const status = obj2(cr.status) ?? {};
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.find((c) => c?.type === "Ready");
  const why = ready ? `${ready.reason ?? "no reason"}${ready.message ? `: ${ready.message}` : ""}` : "";
  const details = {
    condition: ready ? {
      status: ready.status,
      reason: ready.reason,
      message: ready.message,
      observedGeneration: ready.observedGeneration
    } : null,
    generation
  };
  if (!ready) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' has no Ready condition: the v2 operator has not reconciled it yet.`,
      fix: `Check that the v2 operator runs and watches namespace ${namespace}: ${OPERATOR_LOG}; ${describe(namespace, name)}.`,
      details
    };
  }
  const forGeneration = num(ready.observedGeneration) ?? num(status.observedGeneration);
  if (ready.status !== "True") {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' is not Ready (Ready=${ready.status ?? "Unknown"}, ${why}).`,
      fix: `${describe(namespace, name)} shows each store and the migration; the checks below name the store or migration Job that holds it back.`,
      details
    };
  }
  if (generation !== void 0 && forGeneration !== void 0 && forGeneration < generation) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' was Ready for generation ${forGeneration}, but it is at generation ${generation}: the latest change is not rolled out yet.`,
      fix: `Wait for the operator to reconcile generation ${generation}, or read ${OPERATOR_LOG}.`,
      details
    };
  }
  return {
    status: "pass",
    message: `WeightsAndBiases '${name}' is Ready for generation ${forGeneration ?? generation ?? "?"} (${why}).`,
    details
  };
}
function v2MigrationDecision(namespace, name, cr) {
  const pinned = text2(obj2(obj2(cr.spec)?.wandb)?.version);
  const migration = obj2(obj2(obj2(cr.status)?.wandb)?.migration);
  const jobsCommand = `kubectl -n ${namespace} get jobs -l app.kubernetes.io/component=migration`;
  if (!migration) {
    return {
      status: "fail",
      message: `WeightsAndBiases '${name}' has no status.wandb.migration: the operator has not started the database migration for ${pinned ?? "the pinned version"}.`,
      fix: `The migration waits for the stores (see the stores check); ${describe(namespace, name)}.`,
      details: { pinned }
    };
  }
  const version = text2(migration.version);
  const phase = text2(migration.phase);
  const reason = text2(migration.reason);
  const last = text2(migration.lastSuccessVersion);
  const jobs = Object.entries(obj2(migration.jobs) ?? {}).map(([key, value]) => ({
    key,
    ...obj2(value)
  }));
  const failedJobs = jobs.filter((j) => j.failed === true || j.phase === "Failed");
  const details = {
    pinned,
    version,
    phase,
    reason,
    ready: migration.ready === true,
    lastSuccessVersion: last,
    jobs: jobs.map((j) => ({ name: j.name ?? j.key, phase: j.phase, reason: j.reason }))
  };
  const state = `phase ${phase ?? "unknown"}${reason ? `, reason ${reason}` : ""}`;
  if (phase === "Failed" || !phase && failedJobs.length > 0) {
    const jobText = failedJobs.map((j) => ` Job ${j.name ?? j.key}: ${j.reason ?? "failed"}${j.message ? ` (${j.message})` : ""}.`).join("");
    const logs = failedJobs[0]?.name ? `kubectl -n ${namespace} logs job/${failedJobs[0].name}` : jobsCommand;
    return {
      status: "fail",
      message: `The database migration to ${version ?? pinned ?? "the pinned version"} failed (${state}).${jobText}${last ? ` The database was last migrated to ${last}.` : ""}`,
      fix: `Read why in ${logs}; fix the cause (database reachable, credentials, disk), then re-apply the CR to run the migration again, or pin spec.wandb.version back to ${last ?? "the last version that worked"}.`,
      details
    };
  }
  if (pinned && version && version !== pinned) {
    return {
      status: "fail",
      message: `The migration status is for ${version} (${state}), but spec.wandb.version is ${pinned}: the migration for the pinned version has not started.`,
      fix: `Wait for the operator to reach ${pinned} (the stores come first), or read ${OPERATOR_LOG}.`,
      details
    };
  }
  const done = migrationDoneFor({
    pinned,
    version,
    lastSuccessVersion: last,
    ready: migration.ready === true,
    phase
  });
  if (!done.done) {
    return {
      status: "fail",
      message: `The database migration to ${version ?? pinned ?? "the pinned version"} is not done (${state}${migration.ready === true ? `: ${done.because}` : ""}).`,
      fix: `${jobsCommand} shows the migration Jobs; wait for them, or read their logs if they do not finish.`,
      details
    };
  }
  return {
    status: "pass",
    message: `The database is migrated to ${version ?? pinned} (${state}).`,
    details
  };
}
var STORE_LABELS = {
  mysql: "MySQL",
  redis: "Redis",
  kafka: "Kafka",
  objectStore: "object store",
  clickhouse: "ClickHouse"
};
var STORE_KINDS = Object.keys(STORE_LABELS);
function storeName(s) {
  return `${STORE_LABELS[s.store]}${s.instance ? ` ${s.instance}` : ""}`;
}
function readStore(store, instance, value) {
  const o = obj2(value);
  if (!o) return { store, instance, ready: false, state: "no status yet" };
  const conditions = Array.isArray(o.conditions) ? o.conditions : [];
  const condition = conditions.find((c) => c?.type === "Ready");
  const state = text2(o.state) ?? (o.ready === true ? "Ready" : "unknown");
  const ready = o.ready === true || o.ready === void 0 && (state === "Ready" || condition?.status === "True");
  return {
    store,
    instance,
    ready: ready || state === "Disabled",
    state,
    reason: text2(condition?.reason),
    message: text2(condition?.message)
  };
}
function v2StoreStates(cr) {
  const spec = obj2(cr.spec) ?? {};
  const status = obj2(cr.status) ?? {};
  const states = [];
  for (const store of STORE_KINDS) {
    const reported = status[`${store}Status`];
    if (store === "kafka") {
      if (spec.kafka !== void 0 || reported !== void 0)
        states.push(readStore(store, void 0, reported));
      continue;
    }
    const instances = /* @__PURE__ */ new Set([...Object.keys(obj2(spec[store]) ?? {}), ...Object.keys(obj2(reported) ?? {})]);
    for (const instance of instances) states.push(readStore(store, instance, obj2(reported)?.[instance]));
  }
  return states;
}
function v2StoresDecision(namespace, name, cr) {
  const states = v2StoreStates(cr);
  const details = {
    stores: states.map((s) => ({
      store: s.store,
      ...s.instance ? { instance: s.instance } : {},
      state: s.state,
      ready: s.ready,
      ...s.reason ? { reason: s.reason } : {},
      ...s.message ? { message: s.message } : {}
    }))
  };
  if (states.length === 0) {
    return { status: "pass", message: "The CR names no stores.", details };
  }
  const list = (items) => items.map((s) => `${storeName(s)}: ${s.state}`).join(", ");
  const notReady = states.filter((s) => !s.ready);
  if (notReady.length > 0) {
    const ready = states.filter((s) => s.ready);
    const why = notReady.map(
      (s) => `${storeName(s)} is ${s.state}${s.message ? ` (${s.message})` : s.reason ? ` (${s.reason})` : ""}`
    ).join("; ");
    return {
      status: "fail",
      message: `Not ready: ${why}.${ready.length > 0 ? ` Ready: ${list(ready)}.` : ""}`,
      fix: `${describe(namespace, name)} shows each store's conditions. A managed store waits on its own operator (Moco for MySQL, Redis, SeaweedFS, Strimzi for Kafka, Altinity for ClickHouse) and its PersistentVolumeClaims (kubectl -n ${namespace} get pods,pvc); an external one on the Secret it references and the network path to it.`,
      details
    };
  }
  return { status: "pass", message: `${list(states)}.`, details };
}
function v2SecretReferences(cr) {
  const refs = [];
  const problems = [];
  for (const { path, ref } of secretReferences(cr)) {
    const where = path.slice(1).join(".");
    const name = text2(ref.name);
    const key = text2(ref.key);
    if (!name || !key) {
      problems.push({
        path: where,
        message: `The Secret reference ${where} ${name ? `names Secret '${name}' but no key` : "names no Secret"}`
      });
      if (!name) continue;
    }
    refs.push({ kind: "Secret", name, keys: key ? [key] : [], path: where, optional: ref.optional === true });
  }
  const spec = obj2(cr.spec) ?? {};
  const known = new Set(refs.map((r) => r.path));
  const walk = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, String(i)]));
      return;
    }
    const o = obj2(node);
    if (!o) return;
    const keys = Object.keys(o);
    const name = text2(o.name);
    const key = text2(o.key);
    const where = path.join(".");
    if (name && key && keys.every((k) => ["name", "key", "optional"].includes(k))) {
      if (!known.has(where) && !problems.some((p) => p.path === where)) {
        refs.push({
          kind: path[path.length - 1] === "configMapKeyRef" ? "ConfigMap" : "Secret",
          name,
          keys: [key],
          path: where,
          optional: o.optional === true
        });
      }
      return;
    }
    for (const [k, child] of Object.entries(o)) walk(child, [...path, k]);
  };
  for (const [k, child] of Object.entries(spec)) walk(child, [k]);
  const global = obj2(spec.global) ?? {};
  (Array.isArray(global.imagePullSecrets) ? global.imagePullSecrets : []).forEach((item, i) => {
    const name = text2(obj2(item)?.name);
    if (name) refs.push({ kind: "Secret", name, keys: [], path: `global.imagePullSecrets[${i}]` });
  });
  const tls = obj2(obj2(spec.networking)?.tls);
  const tlsSecret = text2(tls?.secretName);
  if (tlsSecret && !obj2(tls?.certManager)) {
    refs.push({
      kind: "Secret",
      name: tlsSecret,
      keys: ["tls.crt", "tls.key"],
      path: "networking.tls.secretName"
    });
  }
  return { refs, problems };
}
function v2CaCertsConfigMap(cr) {
  return text2(obj2(obj2(cr.spec)?.global)?.caCertsConfigMap);
}
function v2IngressValues(cr) {
  const networking = obj2(obj2(cr.spec)?.networking) ?? {};
  if (networking.mode === "gateway") return void 0;
  return { ingress: { class: text2(obj2(networking.ingress)?.ingressClassName) } };
}
function v2Applications(cr) {
  const apps = obj2(obj2(obj2(cr.status)?.wandb)?.applications);
  if (!apps || Object.keys(apps).length === 0) return void 0;
  return Object.entries(apps).map(([app, value]) => {
    const o = obj2(value) ?? {};
    const workload = obj2(o.deploymentStatus) ?? obj2(o.statefulSetStatus);
    const replicas = num(workload?.replicas) ?? 1;
    const readyReplicas = num(workload?.readyReplicas) ?? (o.ready === true ? replicas : 0);
    return {
      name: app,
      namespace: "",
      kind: obj2(o.statefulSetStatus) ? "StatefulSet" : "application",
      replicas,
      ready: readyReplicas,
      isReady: o.ready === true
    };
  });
}
function v2ApplicationsDecision(namespace, name, apps) {
  const notReady = apps.filter((a) => !a.isReady);
  const details = {
    applications: apps.map((a) => ({
      name: a.name,
      ready: a.isReady,
      readyReplicas: a.ready,
      replicas: a.replicas
    }))
  };
  if (notReady.length === 0) {
    return {
      status: "pass",
      message: `All ${apps.length} applications WeightsAndBiases '${name}' reports (status.wandb.applications) are ready.`,
      details
    };
  }
  return {
    status: "fail",
    message: `Not ready (status.wandb.applications): ${notReady.map((a) => `${a.name} ${a.ready}/${a.replicas}`).join(", ")}.`,
    fix: `kubectl -n ${namespace} get pods and kubectl -n ${namespace} describe pod <pod>: image pulls, missing Secrets and failed init containers show there.`,
    details
  };
}

// src/verify/types.ts
var CheckFailure = class extends Error {
  constructor(message, fix, status = "fail", details) {
    super(message);
    this.fix = fix;
    this.status = status;
    this.details = details;
    this.name = "CheckFailure";
  }
  fix;
  status;
  details;
};

// src/verify/cluster-checks.ts
function deploymentInfo(item, kind) {
  return {
    name: item.metadata.name,
    namespace: item.metadata.namespace ?? "",
    kind,
    replicas: typeof item.spec?.replicas === "number" ? item.spec.replicas : 1,
    ready: typeof item.status?.readyReplicas === "number" ? item.status.readyReplicas : 0
  };
}
function podIssue(pod) {
  const status = pod.status ?? {};
  if ((status.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True")) return void 0;
  for (const c of [...status.initContainerStatuses ?? [], ...status.containerStatuses ?? []]) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && waiting.reason !== "PodInitializing") {
      return { pod: pod.metadata.name, reason: waiting.reason, message: waiting.message };
    }
  }
  const unscheduled = (status.conditions ?? []).find(
    (c) => c.type === "PodScheduled" && c.status === "False"
  );
  if (unscheduled)
    return {
      pod: pod.metadata.name,
      reason: unscheduled.reason ?? "Unschedulable",
      message: unscheduled.message
    };
  return { pod: pod.metadata.name, reason: status.phase ?? "Pending" };
}
function clusterChecks(settings) {
  const { name, namespace } = settings;
  const unavailable = settings.unavailable;
  if (unavailable) {
    return [
      {
        id: "cluster",
        title: "Cluster checks",
        group: "cluster",
        failStatus: "fail",
        run: async () => unavailable
      }
    ];
  }
  let cr;
  let crFetched = false;
  let reachable = false;
  let reading;
  const readCr = () => reading ??= (async () => {
    cr = await kube().getJson(["weightsandbiases.apps.wandb.com", name, "-n", namespace]);
    crFetched = true;
  })();
  const v2 = async () => {
    if (!reachable) return false;
    try {
      await readCr();
    } catch {
      return false;
    }
    return isV2Cr(cr);
  };
  const onlyV1 = async () => !await v2();
  const crJson = () => cr;
  const kube = () => {
    if (!settings.kube) throw new CheckFailure("No cluster access.", void 0, "fail");
    return settings.kube;
  };
  const values = () => cr?.spec?.values ?? {};
  const needsCr = (body) => async (signal) => {
    if (settings.unavailable) return settings.unavailable;
    if (!cr) {
      return {
        status: "skipped",
        message: crFetched ? `Not run: WeightsAndBiases '${name}' was not found in namespace ${namespace}.` : "Not run: the CR could not be read."
      };
    }
    return body(signal);
  };
  const guarded = (body) => async () => {
    if (settings.unavailable) return settings.unavailable;
    try {
      return await body();
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      throw new CheckFailure(
        describeError(error),
        "Check that the kubeconfig grants get/list on these objects (kubectl auth can-i)."
      );
    }
  };
  const keysOf = (object) => object ? [
    ...Object.keys(object.data ?? {}),
    ...Object.keys(object.binaryData ?? {}),
    ...Object.keys(object.stringData ?? {})
  ] : void 0;
  return [
    {
      id: "cluster-reachable",
      title: "Cluster is reachable",
      group: "cluster",
      failStatus: "fail",
      run: guarded(async () => {
        const version = await kube().serverVersion();
        reachable = true;
        return { status: "pass", message: `Kubernetes ${version.gitVersion} answers.` };
      })
    },
    {
      id: "operator-ready",
      title: "W&B operator controller is ready",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      run: guarded(async () => {
        const scope = settings.operatorNamespace ? ["-n", settings.operatorNamespace] : ["-A"];
        const list = await kube().getJson([
          "deployments",
          ...scope,
          "-l",
          "control-plane=controller-manager"
        ]);
        return operatorDecision(
          settings.operatorNamespace ?? "any namespace",
          (list?.items ?? []).map((item) => deploymentInfo(item, "Deployment"))
        );
      })
    },
    {
      id: "cr-phase",
      title: "WeightsAndBiases CR is Completed",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: onlyV1,
      run: guarded(async () => {
        await readCr();
        let info;
        if (cr) {
          const events = await kube().getJson(["events", "-n", namespace, "--field-selector", `involvedObject.name=${name}`]);
          const warnings = (events?.items ?? []).filter(
            (e) => e.type === "Warning" && (e.involvedObject?.kind ?? "WeightsAndBiases") === "WeightsAndBiases"
          ).sort(
            (a, b) => String(a.lastTimestamp ?? a.eventTime ?? "").localeCompare(
              String(b.lastTimestamp ?? b.eventTime ?? "")
            )
          ).map((e) => `${e.reason ?? "Warning"}: ${e.message ?? ""}`.trim());
          const chart = cr.spec?.chart;
          info = {
            phase: typeof cr.status?.phase === "string" ? cr.status.phase : void 0,
            events: warnings,
            chartless: !chart || typeof chart === "object" && Object.keys(chart).length === 0
          };
        }
        return crPhaseDecision(namespace, name, info);
      })
    },
    {
      id: "cr-generation",
      title: "The v2 operator has seen the latest generation",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: v2,
      run: needsCr(guarded(async () => v2GenerationDecision(namespace, name, crJson())))
    },
    {
      id: "cr-ready",
      title: "WeightsAndBiases v2 CR is Ready",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: v2,
      run: needsCr(guarded(async () => v2ReadyDecision(namespace, name, crJson())))
    },
    {
      id: "migration",
      title: "Database migration for spec.wandb.version is done",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: v2,
      run: needsCr(guarded(async () => v2MigrationDecision(namespace, name, crJson())))
    },
    {
      id: "stores",
      title: "Stores are ready (MySQL, Redis, Kafka, object store, ClickHouse)",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: v2,
      run: needsCr(guarded(async () => v2StoresDecision(namespace, name, crJson())))
    },
    {
      id: "cr-chart",
      title: "Chart the operator installs",
      group: "cluster",
      failStatus: "warn",
      needs: ["cluster-reachable"],
      when: onlyV1,
      run: needsCr(
        guarded(async () => {
          const chart = cr?.spec?.chart;
          const empty = !chart || typeof chart === "object" && Object.keys(chart).length === 0;
          const applied = empty ? await activeChart(kube(), name, namespace) : void 0;
          return chartDecision({ chart, applied });
        })
      )
    },
    {
      id: "workloads-ready",
      title: "W&B workloads are ready",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      run: guarded(async () => {
        const apps = cr && isV2Cr(cr) ? v2Applications(crJson()) : void 0;
        if (apps) return v2ApplicationsDecision(namespace, name, apps);
        const selector = `app.kubernetes.io/instance=${name}`;
        const deployments = await kube().listJson("deployments", { namespace, selector });
        const statefulsets = await kube().listJson("statefulsets", { namespace, selector });
        const workloads = [
          ...deployments.map((d) => deploymentInfo(d, "Deployment")),
          ...statefulsets.map((s) => deploymentInfo(s, "StatefulSet"))
        ];
        let issues = [];
        if (workloads.some((w) => w.ready < w.replicas)) {
          const pods = await kube().listJson("pods", { namespace, selector });
          issues = pods.map(podIssue).filter((p) => Boolean(p)).slice(0, 5);
        }
        const outcome = workloadsDecision(namespace, name, workloads, issues);
        if (workloads.length === 0 && cr && isV2Cr(cr)) {
          return {
            ...outcome,
            fix: "The v2 operator reports no applications (status.wandb.applications) and no workload carries the label yet: the Ready, migration and stores checks above say what it waits for."
          };
        }
        return outcome;
      })
    },
    {
      id: "referenced-secrets",
      title: "Secrets and ConfigMaps the CR references exist",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      run: needsCr(
        guarded(async () => {
          const isV2 = isV2Cr(cr);
          const references = isV2 ? v2SecretReferences(crJson()) : objectReferences(values());
          const found = /* @__PURE__ */ new Map();
          for (const ref of references.refs) {
            const key = `${ref.kind}/${ref.name}`;
            if (found.has(key)) continue;
            found.set(
              key,
              keysOf(await kube().getJson([ref.kind.toLowerCase(), ref.name, "-n", namespace]))
            );
          }
          const lookup = (ref) => found.get(`${ref.kind}/${ref.name}`);
          return isV2 ? foundReferencesDecision(namespace, references, lookup, "the CR spec") : referencesDecision(namespace, values(), lookup);
        })
      )
    },
    {
      id: "ca-certs-configmap",
      title: "CA certificates ConfigMap has .crt keys",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      run: needsCr(
        guarded(async () => {
          const configMap = isV2Cr(cr) ? v2CaCertsConfigMap(crJson()) : caCertsConfigMapName(values());
          if (!configMap)
            return { status: "skipped", message: "global.caCertsConfigMap is not set in the CR." };
          return caCertsDecision(
            namespace,
            configMap,
            keysOf(await kube().getJson(["configmap", configMap, "-n", namespace]))
          );
        })
      )
    },
    {
      id: "ingress-class",
      title: "Ingress class exists",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      run: needsCr(
        guarded(async () => {
          const isV2 = isV2Cr(cr);
          const v2Values = isV2 ? v2IngressValues(crJson()) : void 0;
          if (isV2 && !v2Values)
            return {
              status: "skipped",
              message: "spec.networking.mode is gateway: the CR makes no Ingress."
            };
          const classes = await kube().listJson("ingressclasses.networking.k8s.io");
          return ingressClassDecision(
            isV2 ? v2Values : values(),
            classes.map((c) => ({
              name: c.metadata.name,
              isDefault: c.metadata.annotations?.["ingressclass.kubernetes.io/is-default-class"] === "true"
            })),
            isV2 ? "spec.networking.ingress.ingressClassName" : void 0
          );
        })
      )
    },
    {
      id: "console-service",
      title: "Console service exists",
      group: "cluster",
      failStatus: "fail",
      needs: ["cluster-reachable"],
      when: onlyV1,
      run: needsCr(
        guarded(async () => {
          const services = await kube().listJson("services", {
            namespace,
            selector: `app.kubernetes.io/instance=${name}`
          });
          return consoleDecision(
            namespace,
            values(),
            services.map((s) => s.metadata.name)
          );
        })
      )
    },
    {
      id: "host-answers",
      title: "Host answers",
      group: "cluster",
      failStatus: "fail",
      run: async (signal) => {
        if (settings.unavailable) return settings.unavailable;
        try {
          return hostAnswersDecision(settings.host, {
            status: await settings.wandb.probe(`${settings.host}/`, { signal })
          });
        } catch (error) {
          return hostAnswersDecision(settings.host, { error: describeError(error) });
        }
      }
    }
  ];
}

// src/verify/retry.ts
var NotYet = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NotYet";
  }
};
var RetriesExhausted = class extends Error {
  constructor(tries, elapsedMs, last) {
    super(`${last} (after ${tries} tries in ${(elapsedMs / 1e3).toFixed(1)} s)`);
    this.tries = tries;
    this.elapsedMs = elapsedMs;
    this.last = last;
    this.name = "RetriesExhausted";
  }
  tries;
  elapsedMs;
  last;
};
function policyFromSeconds(seconds2) {
  const minMs = Math.max(0, seconds2 * 1e3);
  return { minTries: 3, minMs, sleepMs: Math.min(1e3, Math.max(20, Math.floor(minMs / 3))) };
}
async function retryUntil(attempt, policy, signal, now = Date.now) {
  const started = now();
  let tries = 0;
  for (; ; ) {
    tries++;
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof NotYet)) throw error;
      const elapsed = now() - started;
      if (tries >= policy.minTries && elapsed >= policy.minMs)
        throw new RetriesExhausted(tries, elapsed, error.message);
      if (signal?.aborted) throw error;
      await new Promise((resolve2) => {
        const timer = setTimeout(resolve2, policy.sleepMs);
        signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve2();
        });
      });
    }
  }
}

// src/verify/run-checks.ts
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(ms < 1e4 ? 1 : 0))} s`;
}
async function runChecks(checks, options) {
  const now = options.now ?? Date.now;
  const deadline = now() + options.overallTimeoutMs;
  const results = [];
  const byId = /* @__PURE__ */ new Map();
  for (const check of checks) {
    if (check.when && !await applies(check)) continue;
    const started = now();
    let outcome;
    const blocker = (check.needs ?? []).map((id) => byId.get(id)).find((r) => !r || !ok(r.status));
    const remaining = deadline - started;
    if (blocker) {
      outcome = {
        status: "skipped",
        message: `Not run: it needs '${blocker.title}', which ${blocker.status === "skipped" ? "was skipped" : "failed"}.`
      };
    } else if (remaining <= 0) {
      outcome = {
        status: "skipped",
        message: `Not run: the overall timeout (${seconds(options.overallTimeoutMs)}) was used up before this check started.`,
        fix: "Raise the timeout input, or find which check was slow in the table above."
      };
    } else {
      const limit = check.timeout === "deadline" ? remaining : Math.min(options.perCheckTimeoutMs, remaining);
      const cappedByDeadline = check.timeout !== "deadline" && remaining < options.perCheckTimeoutMs;
      outcome = await runOne(check, limit, cappedByDeadline, options);
    }
    const result = {
      id: check.id,
      title: check.title,
      group: check.group,
      ...outcome,
      durationMs: Math.max(0, now() - started)
    };
    results.push(result);
    byId.set(check.id, result);
    options.onResult?.(result);
  }
  return results;
}
async function applies(check) {
  try {
    return await check.when();
  } catch {
    return true;
  }
}
function ok(status) {
  return status === "pass" || status === "warn";
}
async function runOne(check, limitMs, cappedByDeadline, options) {
  const controller = new AbortController();
  let timer;
  const timedOut = new Promise((resolve2) => {
    timer = setTimeout(() => {
      controller.abort(new Error("timeout"));
      resolve2({
        status: check.failStatus,
        message: `Did not finish within ${seconds(limitMs)}${cappedByDeadline ? ` (what was left of the overall timeout of ${seconds(options.overallTimeoutMs)})` : ""}: the server answered too slowly or not at all.`,
        fix: check.timeoutFix ?? "Check that the W&B Server pods are ready and not overloaded (kubectl get pods), then raise check-timeout if the server is just slow."
      });
    }, limitMs);
  });
  try {
    const work = check.run(controller.signal, limitMs).catch((error) => failureOutcome(check, error));
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort(new Error("finished"));
  }
}
function failureOutcome(check, error) {
  if (error instanceof CheckFailure) {
    return { status: error.status, message: error.message, fix: error.fix, details: error.details };
  }
  const message = error && typeof error === "object" && "message" in error ? String(error.message) : String(error);
  return { status: check.failStatus, message: `Could not complete: ${message}` };
}

// src/verify/decisions.ts
var import_semver = __toESM(require_semver(), 1);
var PUBLIC_CLOUD_HOSTS = ["api.wandb.ai", "http://api.wandb.ai", "https://api.wandb.ai"];
function hostDecision(host) {
  const normalized = host.trim().replace(/\/+$/, "").toLowerCase();
  if (PUBLIC_CLOUD_HOSTS.includes(normalized)) {
    return {
      status: "fail",
      message: "Cannot run wandb verify against api.wandb.ai (W&B public cloud).",
      fix: "Set host to your own W&B Server, e.g. https://wandb.example.com (the value of global.host in the CR)."
    };
  }
  return { status: "pass", message: `${host} is not W&B public cloud.` };
}
function loginDecision(host, answer) {
  if (answer.status === 401 || answer.status === 403) {
    return {
      status: "fail",
      message: `The server refused the API key (HTTP ${answer.status}).`,
      fix: `Create an API key on ${host}/authorize (keys from W&B public cloud do not work on your server) and store it in the secret you pass as api-key / WANDB_API_KEY.`
    };
  }
  if (answer.status < 200 || answer.status >= 300) {
    return {
      status: "fail",
      message: `The GraphQL endpoint ${host}/graphql answered HTTP ${answer.status}${answer.errors?.[0] ? `: ${answer.errors[0]}` : ""}.`,
      fix: "Check that host is the W&B Server base URL and that the ingress routes /graphql to the app service."
    };
  }
  if (!answer.viewer || !answer.viewer.entity) {
    return {
      status: "fail",
      message: `Could not get viewer with the API key${answer.errors ? ` (${answer.errors.join("; ")})` : ""}.`,
      fix: `Check that the key belongs to a user of ${host}; relogin with \`WANDB_BASE_URL=${host} wandb login --relogin\` to get a valid one.`
    };
  }
  return {
    status: "pass",
    message: `Logged in as ${answer.viewer.username ?? answer.viewer.entity} (entity ${answer.viewer.entity}).`
  };
}
var UNTRUSTED_CERT = /\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_UNTRUSTED)\b/;
function tlsFailureFix(detail, what) {
  if (UNTRUSTED_CERT.test(detail)) {
    return `The TLS certificate of ${what} is not signed by a CA this runner trusts (a private or self-signed CA): pass that CA's certificate, and any intermediate the server does not send, as a PEM file in the ca-file input (--ca-file on the CLI).`;
  }
  if (/\bERR_TLS_CERT_ALTNAME_INVALID\b/.test(detail)) {
    return `The TLS certificate of ${what} does not name the host in the URL: issue it for that name (subjectAltName), or use the name it was issued for.`;
  }
  if (/\b(?:CERT_HAS_EXPIRED|CERT_NOT_YET_VALID)\b/.test(detail)) {
    return `The TLS certificate of ${what} is expired or not yet valid: renew it (the ingress TLS secret, or its cert-manager Certificate) and check the clocks.`;
  }
  return void 0;
}
function httpsDecision(url, what) {
  if (url.toLowerCase().startsWith("https")) {
    return {
      status: "pass",
      message: what === "base" ? "The base URL uses https." : "Signed URLs use https."
    };
  }
  return what === "base" ? {
    status: "warn",
    message: "Connections are not made over https. SSL required for secure communications.",
    fix: "Serve W&B over TLS: an https:// global.host and a TLS secret on the ingress (ingress.tls), or TLS at your load balancer."
  } : {
    status: "warn",
    message: "Signed URL requests not made over https. SSL required for secure communications.",
    fix: "Serve the object store over https (for MinIO: TLS on its endpoint; bucket URLs in the CR should start with s3://, gs:// or https://)."
  };
}
function corsDecision(origin, status, allowOrigin) {
  if (allowOrigin) {
    return { status: "pass", message: `The bucket answers a CORS preflight for GET from ${origin}.` };
  }
  return {
    status: "warn",
    message: `Your object store does not have a valid CORs configuration, you must allow GET and PUT to Origin: ${origin} (the preflight answered HTTP ${status} without Access-Control-Allow-Origin).`,
    fix: `Add a CORS rule on the bucket: AllowedOrigins [${origin}], AllowedMethods [GET, PUT, HEAD], AllowedHeaders [*], ExposeHeaders [ETag].`
  };
}
function largePayloadDecision(answer) {
  if (answer.status === 413) {
    return {
      status: "fail",
      message: "Failed to send a large payload (HTTP 413 Request Entity Too Large from the proxy).",
      fix: 'Check nginx.ingress.kubernetes.io/proxy-body-size is "0" on the W&B ingress (ingress.annotations in the CR values), or raise the body limit of your load balancer.'
    };
  }
  if (answer.transportError) {
    return {
      status: "fail",
      message: `Failed to send a large payload with error: ${answer.transportError}.`,
      fix: "A proxy between you and W&B closed the connection: allow request bodies of at least 10 MB and 60 s reads."
    };
  }
  if (answer.status !== void 0 && (answer.status < 200 || answer.status >= 300)) {
    return {
      status: "fail",
      message: `Failed to send a large payload with error: HTTP ${answer.status}${answer.errors?.[0] ? ` ${answer.errors[0]}` : ""}.`,
      fix: "Check the ingress and any proxy in front of W&B: they must pass 10 MB GraphQL requests to the app."
    };
  }
  if (answer.errors && answer.errors.length > 0) {
    return {
      status: "fail",
      message: `Failed to send a large payload with error: ${answer.errors.join("; ")}.`,
      fix: "The request reached W&B but it returned GraphQL errors; check the app pod logs."
    };
  }
  return { status: "pass", message: "A 10 MB request went through the proxy." };
}
function readVersionInfo(info) {
  const cli = info?.cliVersionInfo ?? {};
  const text3 = (value) => typeof value === "string" && value ? value : void 0;
  return {
    minCliVersion: text3(cli.min_cli_version) ?? "0.0.1",
    maxCliVersion: text3(cli.max_cli_version),
    serverVersion: text3(info?.latestLocalVersionInfo?.versionOnThisInstanceString),
    latestVersion: text3(info?.latestLocalVersionInfo?.latestVersionString),
    outOfDate: info?.latestLocalVersionInfo?.outOfDate ?? void 0
  };
}
function sdkVersionDecision(info, sdkVersion) {
  const bounds = `${info.minCliVersion ?? "0.0.1"} to ${info.maxCliVersion ?? "any newer"}`;
  const server = info.serverVersion ? ` W&B Server ${info.serverVersion}${info.outOfDate && info.latestVersion ? ` (${info.latestVersion} is available)` : ""}.` : "";
  const details = { ...info, sdkVersion };
  if (!sdkVersion) {
    return {
      status: "pass",
      message: `The server accepts wandb SDK versions ${bounds}.${server}`,
      details
    };
  }
  const sdk = import_semver.default.coerce(sdkVersion, { loose: true });
  const min = import_semver.default.coerce(info.minCliVersion ?? "0.0.1", { loose: true });
  const max = info.maxCliVersion ? import_semver.default.coerce(info.maxCliVersion, { loose: true }) : null;
  if (!sdk) {
    return {
      status: "warn",
      message: `Could not read the wandb SDK version '${sdkVersion}'.${server}`,
      details
    };
  }
  if (min && import_semver.default.lt(sdk, min)) {
    return {
      status: "warn",
      message: `wandb ${sdkVersion} is older than the oldest version this server accepts (${info.minCliVersion}).${server}`,
      fix: `pip install --upgrade wandb==${info.maxCliVersion ?? info.minCliVersion}`,
      details
    };
  }
  if (max && import_semver.default.gt(sdk, max)) {
    return {
      status: "warn",
      message: `wandb ${sdkVersion} is newer than this server supports (${info.maxCliVersion}); this could cause some issues.${server}`,
      fix: `If you have problems, pip install wandb==${info.maxCliVersion}, or upgrade W&B Server.`,
      details
    };
  }
  return {
    status: "pass",
    message: `wandb ${sdkVersion} is within the versions this server accepts (${bounds}).${server}`,
    details
  };
}
function preview(text3) {
  const shown = text3.length > 40 ? `${text3.slice(0, 40)}\u2026` : text3;
  return JSON.stringify(shown);
}
function uploadReadbackDecision(expected, actual) {
  if (actual === expected) {
    return { status: "pass", message: "A file uploaded through a signed URL was read back unchanged." };
  }
  return {
    status: "fail",
    message: `Read file contents do not match saved file contents: wrote ${preview(expected)}, read ${preview(actual)}.`,
    fix: "Something between W&B and the bucket changes objects (a proxy, an object-store gateway, or two deployments sharing a bucket path); check the bucket and the W&B app logs, or contact W&B support."
  };
}
var RUN_CONFIG = {
  epochs: 4,
  stringTest: "A test config",
  dictTest: { config_val: 2, config_string: "config string" },
  listTest: [0, "one", "2"]
};
var RUN_FILE_NAME = "test with_special-characters.txt";
var RUN_FILE_CONTENT = "test";
function runHistoryRows() {
  const rows = [];
  for (let i = 1; i <= 10; i++) rows.push({ _step: i, loss: 1 / i });
  rows.push({ _step: 11, dict: { val1: 1, val2: 2 } });
  return rows;
}
function runSummary() {
  return { loss: 0.1, dict: { val1: 1, val2: 2 }, _step: 11 };
}
function wireConfig(config) {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, { value, desc: null }]));
}
function parseJsonString(value) {
  if (value && typeof value === "object") return value;
  if (typeof value !== "string") return void 0;
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === "object" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function runReadbackDecision(readback) {
  const failures = [];
  const fixes = [];
  const config = parseJsonString(readback.config) ?? {};
  const mismatched = Object.entries(RUN_CONFIG).find(([key, value]) => {
    const stored = config[key];
    const read = stored && typeof stored === "object" && "value" in stored ? stored.value : stored;
    return !deepEqual(read, value);
  });
  if (mismatched) {
    failures.push(`Read config values don't match run config (key '${mismatched[0]}').`);
    fixes.push("Check the MySQL character set and encoding (utf8mb4) of the W&B database.");
  }
  const history = parseJsonString(readback.historyKeys);
  const keys = history?.keys ?? {};
  if (keys.loss?.previousValue !== 0.1 || history?.lastStep !== 11 || keys["dict.val1"]?.previousValue !== 1 || keys["dict.val2"]?.previousValue !== 2) {
    failures.push("History metrics don't match logged values. Check database encoding.");
    fixes.push(
      "Check the file stream route (/files/\u2026/file_stream) reaches the app and the MySQL encoding is utf8mb4."
    );
  }
  const summary = parseJsonString(readback.summaryMetrics) ?? {};
  if (summary.loss !== 0.1) {
    failures.push(
      "Read summary values don't match expected value. Check database encoding, or contact W&B for support."
    );
  }
  if (readback.fileContent === void 0) {
    failures.push(
      `Unable to download file '${RUN_FILE_NAME}'${readback.fileError ? ` (${readback.fileError})` : ""}. Check SQS configuration, topic configuration and bucket permissions.`
    );
    fixes.push(
      "File names with spaces and special characters need W&B Server 0.73.1 or later; otherwise check the bucket permissions and the bucket notification queue."
    );
  } else if (readback.fileContent !== RUN_FILE_CONTENT) {
    failures.push(
      `Contents of downloaded file do not match uploaded contents: wrote ${preview(RUN_FILE_CONTENT)}, read ${preview(readback.fileContent)}.`
    );
  }
  if (failures.length === 0) {
    return {
      status: "pass",
      message: `A run's config, 11 history steps, summary and the file '${RUN_FILE_NAME}' were written and read back.`
    };
  }
  return {
    status: "fail",
    message: failures.join(" "),
    fix: fixes.length > 0 ? fixes.join(" ") : "Contact W&B support with the JSON report."
  };
}
function bucketCorsConfiguration(origin) {
  return {
    CORSRules: [
      {
        AllowedOrigins: [origin],
        AllowedMethods: ["GET", "HEAD", "PUT"],
        AllowedHeaders: ["*"],
        ExposeHeaders: ["ETag"],
        MaxAgeSeconds: 3e3
      }
    ]
  };
}
function listed(header) {
  return (header ?? "").split(",").map((part) => part.trim().toLowerCase()).filter(Boolean);
}
function preflightProblem(origin, answer) {
  const what = `${answer.method} (${answer.method === "GET" ? "download" : "upload"})`;
  if (answer.error) return `the ${what} preflight to ${answer.url} failed: ${answer.error}`;
  const status = answer.status ?? 0;
  if (status < 200 || status >= 300 || !answer.allowOrigin) {
    return `${what}: HTTP ${status}${answer.code ? ` ${answer.code}` : ""} without Access-Control-Allow-Origin`;
  }
  if (answer.allowOrigin !== "*" && answer.allowOrigin !== origin) {
    return `${what}: Access-Control-Allow-Origin is '${answer.allowOrigin}', not ${origin}`;
  }
  const methods = listed(answer.allowMethods);
  if (answer.method !== "GET" && !methods.includes(answer.method.toLowerCase())) {
    return `${what}: ${answer.method} is not among the allowed methods (${answer.allowMethods || "none"})`;
  }
  const headers = listed(answer.allowHeaders);
  const refused = answer.requestHeaders.filter((h) => !headers.includes("*") && !headers.includes(h));
  if (refused.length > 0) {
    return `${what}: the headers ${refused.join(", ")} are not allowed (Access-Control-Allow-Headers: ${answer.allowHeaders || "none"})`;
  }
  return void 0;
}
function browserCorsDecision(origin, answers) {
  const configuration = bucketCorsConfiguration(origin);
  const details = {
    origin,
    preflights: answers.map((a) => ({
      method: a.method,
      url: a.url,
      status: a.status,
      allowOrigin: a.allowOrigin ?? null,
      allowMethods: a.allowMethods ?? null,
      ...a.code ? { code: a.code } : {},
      ...a.error ? { error: a.error } : {}
    })),
    corsConfiguration: configuration
  };
  const problems = answers.map((answer) => preflightProblem(origin, answer)).filter((p) => Boolean(p));
  if (problems.length === 0) {
    return {
      status: "pass",
      message: `The bucket lets a browser on ${origin} download (GET) and upload (PUT): both CORS preflights were answered with its origin.`,
      details
    };
  }
  const unanswered = answers.find((a) => a.error);
  const refused = answers.some((a) => !a.error && preflightProblem(origin, a));
  const fixes = [
    ...unanswered ? [
      tlsFailureFix(unanswered.error ?? "", "the object store") ?? "Browsers talk to the object store directly, at the address W&B signs URLs for: it must be reachable from users' machines and answer OPTIONS."
    ] : [],
    ...refused ? [
      `Set this CORS configuration on the bucket (W&B's rule, for your W&B origin): ${JSON.stringify(configuration)}. S3 and S3-compatible stores: aws s3api put-bucket-cors --bucket <bucket> --cors-configuration '<that JSON>'; MinIO: mc admin config set <alias> api cors_allow_origin=${origin}; GCS and Azure Blob take the same origin, methods and headers in their own CORS settings.`
    ] : []
  ];
  return {
    status: "fail",
    message: `A browser on ${origin} would be refused by the bucket, so W&B's web app could not show or upload files: ${problems.join("; ")}.`,
    fix: fixes.join(" "),
    details
  };
}
function browserDownloadDecision(download) {
  const { url } = download;
  if (download.error) {
    return {
      status: "fail",
      message: `A browser could not download the file from ${url}: ${download.error}.`,
      fix: tlsFailureFix(download.error, "the object store") ?? "Browsers download run files and media straight from the object store, at the address W&B signs URLs for: it must be reachable from users' machines, not only from inside the cluster (a MinIO or SeaweedFS behind a cluster-internal Service needs an address users reach, and W&B must sign for that address)."
    };
  }
  const status = download.status ?? 0;
  if ((status === 401 || status === 403) && download.onWandbHost) {
    return {
      status: "skipped",
      message: `The download URL is on the W&B host (W&B proxies the bucket), which answered HTTP ${status} without W&B credentials: a browser sends its session there, which verify does not have.`
    };
  }
  if (status < 200 || status >= 300) {
    const code = download.code ? ` ${download.code}` : "";
    return {
      status: "fail",
      message: `The object store refused the presigned download of ${url}: HTTP ${status}${code}. The SDK's own download may still work; a browser's does not.`,
      fix: download.code === "SignatureDoesNotMatch" ? "The signature W&B made does not match what the store computes: the bucket credentials W&B signs with (the bucket Secret the CR names) are not the store's, or a proxy between browsers and the store rewrites the Host or path." : download.code === "AccessDenied" ? "The store denied the URL: check the bucket policy (W&B recommends limiting presigned URLs to your networks: users' browsers and this runner must be inside them), and the clocks of W&B and the store (an expired signature is also AccessDenied)." : "Check the bucket policy and the credentials W&B signs with (the bucket Secret the CR names), and the store's logs for this request.",
      details: { status, ...download.code ? { code: download.code } : {} }
    };
  }
  if (download.body !== download.expected) {
    return {
      status: "fail",
      message: `The presigned download returned other bytes than were uploaded: wrote ${preview(download.expected)}, read ${preview(download.body ?? "")}.`,
      fix: "Something between browsers and the bucket changes objects (a proxy or gateway, or two deployments sharing a bucket path); check the bucket and the W&B app logs."
    };
  }
  return {
    status: "pass",
    message: `A browser-style GET (no W&B credentials) of the presigned URL W&B hands out returned the uploaded bytes.`
  };
}

// src/verify/wandb-checks.ts
var UPLOAD_FILE = "gql_test_file.txt";
var UPLOAD_CONTENT = "test2";
var LARGE_PAYLOAD_BYTES = 1e7;
function explain(error, host, proxy) {
  if (error instanceof CheckFailure) return error;
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return new CheckFailure(
      `${error.what.split(" at ")[0]} was refused with HTTP ${error.status}.`,
      `Check the API key belongs to a user of ${host}.`
    );
  }
  if (error instanceof HttpStatusError || error instanceof GraphqlError) {
    return new CheckFailure(
      `${error.message}.`,
      "Check the W&B app pod logs (kubectl logs deploy/<cr>-app)."
    );
  }
  const detail = describeError(error);
  return new CheckFailure(
    `Could not reach ${host}: ${detail}.`,
    tlsFailureFix(detail, "the W&B host") ?? (proxy ? `The request went through the proxy ${proxy} (HTTPS_PROXY / HTTP_PROXY): check that it accepts this runner (its credentials in the proxy URL) and can reach ${host}, or list the host in NO_PROXY to reach it directly.` : "Check that host resolves and the ingress / load balancer in front of W&B accepts connections from this runner.")
  );
}
function guard(where, body) {
  return async (signal) => {
    try {
      return await body(signal);
    } catch (error) {
      throw explain(error, where.host, where.proxy);
    }
  };
}
async function uploadThroughSignedUrl(client, run, fileName, content, signal) {
  const ticket = await createRunFiles(client, run, [fileName], { signal });
  const target = ticket.files.find((file) => file.name === fileName)?.uploadUrl;
  if (!target) {
    throw new CheckFailure(
      `The server issued no upload URL for '${fileName}'.`,
      "Check the bucket settings of the CR (global.bucket / bucket.provider, name, region) and the app logs."
    );
  }
  const headers = parseUploadHeaders(ticket.uploadHeaders);
  let put;
  try {
    put = await client.putSigned(target, Buffer.from(content, "utf8"), headers, { signal });
  } catch (error) {
    const detail = describeError(error);
    throw new CheckFailure(
      `Could not reach the object store at ${withoutQuery(target)}: ${detail}.`,
      tlsFailureFix(detail, "the object store") ?? "The signed URL must be reachable from where the SDK runs: check the bucket endpoint W&B signs for (a private MinIO/S3 endpoint is not reachable from outside the cluster)."
    );
  }
  if (put.status < 200 || put.status >= 300) {
    const code = /<Code>([^<]+)<\/Code>/.exec(put.body)?.[1];
    throw new CheckFailure(
      `The object store refused the upload to ${withoutQuery(target)}: HTTP ${put.status}${code ? ` ${code}` : ""}.`,
      code === "SignatureDoesNotMatch" ? "The signature did not match: a proxy that rewrites the Host or path breaks signed URLs, as do wrong bucket credentials in the bucket secret." : "Check the bucket policy and the credentials W&B signs with (the bucket secret named in the CR), and the object store clock.",
      "fail",
      { status: put.status, code }
    );
  }
  return { url: target, headers };
}
async function readBack(settings, run, fileName, signal) {
  return retryUntil(
    async () => {
      const files = await runFiles(settings.client, run, [fileName], { signal });
      if (files === null) {
        throw new CheckFailure(
          "Unable to access previous run through public API.",
          "The run was created but cannot be read: check the W&B app and MySQL (kubectl logs deploy/<cr>-app)."
        );
      }
      const file = files.find((f) => f.name === fileName);
      if (!file?.url) throw new NotYet(`'${fileName}' is not listed on the run yet`);
      let got;
      try {
        got = await settings.client.get(file.url, { signal });
      } catch (error) {
        throw new NotYet(`downloading ${withoutQuery(file.url)} failed: ${describeError(error)}`);
      }
      if (got.status < 200 || got.status >= 300) {
        throw new NotYet(`downloading ${withoutQuery(file.url)} answered HTTP ${got.status}`);
      }
      return { url: file.url, content: got.body };
    },
    settings.retry,
    signal
  );
}
function wandbChecks(settings, state) {
  const { client, host } = settings;
  const where = { host, proxy: settings.proxy };
  const entity = () => settings.entity ?? state.entity ?? "";
  return [
    {
      id: "host",
      title: "Host is not W&B public cloud",
      group: "wandb",
      failStatus: "fail",
      run: async () => hostDecision(host)
    },
    {
      id: "login",
      title: "Checking if logged in",
      group: "wandb",
      failStatus: "fail",
      needs: ["host"],
      run: guard(where, async (signal) => {
        if (!settings.apiKey) {
          return {
            status: "fail",
            message: "Not logged in: no API key was given.",
            fix: "Pass the key as the api-key input from a secret (`api-key: ${{ secrets.WANDB_API_KEY }}`), or set WANDB_API_KEY for the CLI."
          };
        }
        const answer = await client.graphqlRaw(
          VIEWER,
          {},
          { signal }
        );
        const outcome = loginDecision(host, {
          status: answer.status,
          viewer: answer.data?.viewer,
          errors: answer.errors
        });
        if (outcome.status === "pass") state.entity = answer.data?.viewer?.entity ?? void 0;
        return outcome;
      })
    },
    {
      id: "sdk-version",
      title: "Checking wandb package version is up to date",
      group: "wandb",
      failStatus: "warn",
      needs: ["login"],
      run: guard(where, async (signal) => {
        const info = readVersionInfo(await serverInfo(client, { signal }));
        state.serverVersion = info.serverVersion;
        return sdkVersionDecision(info, settings.sdkVersion());
      })
    },
    {
      id: "signed-url-upload",
      title: "Checking signed URL upload",
      group: "wandb",
      failStatus: "fail",
      needs: ["login"],
      run: guard(where, async (signal) => {
        const run = { entity: entity(), project: settings.project, name: `${settings.idPrefix}-graphql_put` };
        await upsertRun(client, { ...run, config: wireConfig({ test: "put to graphql" }) }, { signal });
        const upload = await uploadThroughSignedUrl(client, run, UPLOAD_FILE, UPLOAD_CONTENT, signal);
        Object.assign(state, { uploadRun: run, uploadUrl: upload.url, uploadHeaders: upload.headers });
        let read;
        try {
          read = await readBack(settings, run, UPLOAD_FILE, signal);
        } catch (error) {
          if (!(error instanceof RetriesExhausted)) throw error;
          throw new CheckFailure(
            `Unable to read file successfully saved through a put request: ${error.message}.`,
            "Check SQS configurations, bucket permissions and topic configs (the bucket notification queue W&B reads), and that the object store is reachable from here."
          );
        }
        state.signedUrl = read.url;
        return uploadReadbackDecision(UPLOAD_CONTENT, read.content);
      })
    },
    {
      id: "large-payload",
      title: "Checking ability to send large payloads through proxy",
      group: "wandb",
      failStatus: "fail",
      needs: ["login"],
      timeoutFix: 'Something between you and W&B holds large requests: allow 10 MB bodies and 60 s reads on the ingress (nginx.ingress.kubernetes.io/proxy-body-size: "0", proxy-read-timeout).',
      run: async (signal) => {
        try {
          const answer = await client.graphqlRaw(
            LARGE_PROJECT,
            { entity: entity(), name: settings.project, runName: "", desc: "a".repeat(LARGE_PAYLOAD_BYTES) },
            { signal }
          );
          return largePayloadDecision({ status: answer.status, errors: answer.errors });
        } catch (error) {
          return largePayloadDecision({ transportError: describeError(error) });
        }
      }
    },
    {
      id: "base-url-https",
      title: "Checking requests to base url",
      group: "wandb",
      failStatus: "warn",
      needs: ["host"],
      run: async () => httpsDecision(host, "base")
    },
    {
      id: "signed-url-https",
      title: "Checking requests made over signed URLs",
      group: "wandb",
      failStatus: "warn",
      needs: ["signed-url-upload"],
      run: async () => httpsDecision(state.signedUrl ?? "", "signed")
    },
    {
      id: "bucket-cors",
      title: "Checking CORs configuration of the bucket",
      group: "wandb",
      failStatus: "warn",
      needs: ["signed-url-upload"],
      run: async (signal) => {
        const url = state.signedUrl ?? "";
        try {
          const answer = await client.preflight(url, host, "GET", { signal });
          return corsDecision(host, answer.status, answer.headers.get("access-control-allow-origin"));
        } catch (error) {
          const detail = describeError(error);
          throw new CheckFailure(
            `The CORS preflight to ${withoutQuery(url)} failed: ${detail}.`,
            tlsFailureFix(detail, "the object store") ?? "Browsers read files straight from the bucket: it must be reachable and answer OPTIONS.",
            "warn"
          );
        }
      }
    },
    ...browserChecks(settings, state),
    {
      id: "run",
      title: "Checking logged metrics, saving and downloading a file",
      group: "wandb",
      failStatus: "fail",
      needs: ["login"],
      run: guard(where, async (signal) => {
        const run = { entity: entity(), project: settings.project, name: `${settings.idPrefix}-check_run` };
        await upsertRun(client, { ...run, config: wireConfig(RUN_CONFIG) }, { signal });
        await client.fileStream(
          run.entity,
          run.project,
          run.name,
          {
            files: {
              "wandb-history.jsonl": {
                offset: 0,
                content: runHistoryRows().map((row2) => JSON.stringify(row2))
              },
              "wandb-summary.json": { offset: 0, content: [JSON.stringify(runSummary())] }
            },
            complete: true,
            exitcode: 0
          },
          { signal }
        );
        await uploadThroughSignedUrl(client, run, RUN_FILE_NAME, RUN_FILE_CONTENT, signal);
        const record = await readRun(client, run, { signal });
        if (!record) {
          throw new CheckFailure(
            "Failed to access run through API.",
            "The run was written but cannot be read back: check the W&B app and MySQL (kubectl logs deploy/<cr>-app)."
          );
        }
        let fileContent;
        let fileError;
        try {
          fileContent = (await readBack(settings, run, RUN_FILE_NAME, signal)).content;
        } catch (error) {
          if (!(error instanceof RetriesExhausted)) throw error;
          fileError = error.message;
        }
        return runReadbackDecision({
          config: record.config,
          summaryMetrics: record.summaryMetrics,
          historyKeys: record.historyKeys,
          fileContent,
          fileError
        });
      })
    }
  ];
}
var S3_CODE = /<Code>([^<]+)<\/Code>/;
function browserChecks(settings, state) {
  const plain = settings.fetch ?? fetch;
  const origin = (() => {
    try {
      return new URL(settings.host).origin;
    } catch {
      return settings.host;
    }
  })();
  const off = async () => settings.browserChecks === false ? {
    status: "skipped",
    message: "browser-checks is false.",
    fix: "Turn them back on once the bucket's CORS is set: W&B's web app needs both."
  } : void 0;
  return [
    {
      id: "browser-download",
      title: "Browser-style download through a presigned URL",
      group: "wandb",
      failStatus: "fail",
      needs: ["signed-url-upload"],
      run: guard({ host: settings.host, proxy: settings.proxy }, async (signal) => {
        const skip = await off();
        if (skip) return skip;
        const run = state.uploadRun;
        const files = run ? await runFiles(settings.client, run, [UPLOAD_FILE], { signal }) : null;
        const file = files?.find((f) => f.name === UPLOAD_FILE);
        const url = file?.directUrl || file?.url;
        if (!url) {
          throw new CheckFailure(
            `The server handed out no download URL for '${UPLOAD_FILE}' (RunFiles gave neither directUrl nor url).`,
            "Check the bucket settings of the CR and the W&B app logs."
          );
        }
        state.downloadUrl = url;
        const shown = withoutQuery(url);
        const onWandbHost = url.startsWith(`${settings.client.host}/`);
        try {
          const response = await plain(url, { method: "GET", headers: { Origin: origin }, signal });
          const body = await response.text();
          return browserDownloadDecision({
            url: shown,
            onWandbHost,
            status: response.status,
            code: S3_CODE.exec(body)?.[1],
            body,
            expected: UPLOAD_CONTENT
          });
        } catch (error) {
          return browserDownloadDecision({
            url: shown,
            onWandbHost,
            error: describeError(error),
            expected: UPLOAD_CONTENT
          });
        }
      })
    },
    {
      id: "browser-cors",
      title: "CORS preflights from the W&B origin (GET and PUT)",
      group: "wandb",
      failStatus: "fail",
      needs: ["signed-url-upload"],
      run: async (signal) => {
        const skip = await off();
        if (skip) return skip;
        const targets = [
          // The URL the browser downloads from, where its preflight goes.
          {
            method: "GET",
            url: state.downloadUrl ?? state.signedUrl ?? "",
            headers: []
          },
          {
            method: "PUT",
            url: state.uploadUrl ?? "",
            headers: Object.keys(state.uploadHeaders ?? {}).map((h) => h.toLowerCase())
          }
        ];
        const answers = [];
        for (const target of targets) {
          const shown = withoutQuery(target.url);
          try {
            const response = await plain(target.url, {
              method: "OPTIONS",
              headers: {
                Origin: origin,
                "Access-Control-Request-Method": target.method,
                ...target.headers.length > 0 ? { "Access-Control-Request-Headers": target.headers.join(",") } : {}
              },
              signal
            });
            const body = await response.text();
            answers.push({
              method: target.method,
              url: shown,
              requestHeaders: target.headers,
              status: response.status,
              code: S3_CODE.exec(body)?.[1],
              allowOrigin: response.headers.get("access-control-allow-origin"),
              allowMethods: response.headers.get("access-control-allow-methods"),
              allowHeaders: response.headers.get("access-control-allow-headers")
            });
          } catch (error) {
            answers.push({
              method: target.method,
              url: shown,
              requestHeaders: target.headers,
              error: describeError(error)
            });
          }
        }
        return browserCorsDecision(origin, answers);
      }
    }
  ];
}

// src/verify/verify.ts
async function verifyDeployment(options, ctx, exec = execute) {
  if (options.apiKey) {
    ctx.redactor.add(options.apiKey);
    ctx.redactor.add(`api:${options.apiKey}`);
  }
  const ca = options.caFile ? readCaFile(options.caFile, ctx.cwd) : void 0;
  const startedAt = /* @__PURE__ */ new Date();
  const started = Date.now();
  const wandbPath = options.useWandbCli === "false" ? void 0 : findOnPath("wandb", ctx.env);
  const cliVersion = wandbPath ? await wandbCliVersion(exec, wandbPath, ctx.env) : void 0;
  const http = httpFetch({ env: ctx.env, ca, onSecret: (secret) => ctx.redactor.add(secret) });
  const proxy = proxyFor(ctx.env, options.host);
  if (proxy)
    ctx.out.info(`${options.host} is reached through the proxy ${proxy} (HTTPS_PROXY / HTTP_PROXY).`);
  const state = {};
  const client = new WandbClient({
    host: options.host,
    apiKey: options.apiKey ?? "",
    userAgent: `wandb-operator-actions/${VERSION}`,
    fetch: http.fetch
  });
  let cluster;
  try {
    cluster = await clusterAccess(options, ctx, exec);
    const checks = [
      ...wandbChecks(
        {
          client,
          host: options.host,
          apiKey: options.apiKey,
          entity: options.entity,
          project: options.project,
          retry: policyFromSeconds(options.retrySeconds),
          idPrefix: randomBytes(4).toString("hex"),
          sdkVersion: () => options.sdkVersion ?? cliVersion,
          proxy,
          browserChecks: options.browserChecks,
          fetch: http.fetch
        },
        state
      ),
      // The cluster checks come before the wandb CLI run, which may use all the time that is left.
      ...clusterChecks({
        kube: cluster.kube,
        unavailable: cluster.unavailable,
        wandb: client,
        host: options.host,
        name: options.name,
        namespace: options.namespace,
        operatorNamespace: options.operatorNamespace
      }),
      ...cliChecks({
        execute: exec,
        mode: options.useWandbCli,
        wandbPath,
        version: cliVersion,
        host: options.host,
        apiKey: options.apiKey,
        entity: options.entity,
        caBundle: ca ? caBundle(ca) : void 0,
        env: ctx.env
      })
    ];
    const results = await ctx.out.group(
      `wandb verify ${options.host}`,
      () => runChecks(checks, {
        perCheckTimeoutMs: options.checkTimeoutMs,
        overallTimeoutMs: options.timeoutMs,
        onResult: (result) => ctx.out.info(renderLine(result))
      })
    );
    return buildReport({
      tool: `wandb-operator-actions ${VERSION} verify`,
      host: options.host,
      serverVersion: state.serverVersion,
      startedAt,
      durationMs: Date.now() - started,
      failOn: options.failOn,
      checks: results
    });
  } finally {
    await cluster?.kubeconfig?.cleanup();
    await http.close();
  }
}
function saveReport(report, path, cwd, redactor) {
  const reportPath = resolve(cwd, path);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(redactor.redactDeep(report), null, 2)}
`);
  return reportPath;
}
function reportLine(report) {
  const { counts } = report;
  return `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed, ${counts.skipped} skipped (fail-on: ${report.failOn})${report.serverVersion ? `; W&B Server ${report.serverVersion}` : ""}`;
}
async function wandbCliVersion(exec, path, env) {
  try {
    const result = await exec({ command: path, role: "wandb", args: ["--version"], env, timeoutMs: 3e4 });
    return result.code === 0 ? parseWandbVersion(result.stdout) : void 0;
  } catch {
    return void 0;
  }
}
function readCaFile(file, cwd) {
  let text3;
  try {
    text3 = readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new UserError(
      `Cannot read the CA file '${file}' (input 'ca-file'): ${error.code ?? "error"}.`,
      "Check the path: it is relative to the working directory."
    );
  }
  if (!text3.includes("-----BEGIN CERTIFICATE-----")) {
    throw new UserError(
      `The CA file '${file}' (input 'ca-file') holds no PEM certificate.`,
      "Give a PEM file (-----BEGIN CERTIFICATE-----), e.g. the ca.crt of the CA that issued the ingress certificate."
    );
  }
  return text3;
}
function caBundle(ca) {
  const roots = [...rootCertificates, ca];
  return `${roots.map((pem) => pem.trim()).join("\n")}
`;
}
async function clusterAccess(options, ctx, exec) {
  if (options.clusterChecks === "false") {
    return { unavailable: { status: "skipped", message: "cluster-checks is false." } };
  }
  const wanted = options.clusterChecks === "true" || Boolean(options.kubeconfig) || Boolean(ctx.env.KUBECONFIG);
  if (!wanted) {
    return {
      unavailable: {
        status: "skipped",
        message: "No kubeconfig was given (cluster-checks: auto), so the cluster was not checked.",
        fix: "Pass the kubeconfig input (a secret; KUBECONFIG_CONTENT on the CLI) to check the operator, the CR and what it references."
      }
    };
  }
  const kubectl = options.kubectlPath ?? findOnPath("kubectl", ctx.env);
  if (!kubectl) {
    return {
      unavailable: {
        status: "fail",
        message: "The cluster checks need kubectl, and none was found on PATH.",
        fix: "Run the install-operator step first (it installs kubectl), or set kubectl-path."
      }
    };
  }
  let kubeconfig;
  try {
    kubeconfig = await prepareKubeconfig({
      content: options.kubeconfig,
      env: ctx.env,
      redactor: ctx.redactor
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { unavailable: { status: "fail", message: error.message, fix: error.fix } };
  }
  const kube = new KubeClient({
    kubectlPath: kubectl,
    helmPath: "helm",
    kubeconfig: kubeconfig.path,
    context: options.context,
    env: ctx.env,
    timeoutMs: options.checkTimeoutMs,
    exec
  });
  return { kube, kubeconfig };
}

// src/verify/options.ts
var VERIFY_DEFAULTS = {
  clusterChecks: "auto",
  name: "wandb",
  namespace: "default",
  project: "verify",
  useWandbCli: "auto",
  failOn: "error",
  reportPath: "wandb-verify-report.json",
  timeoutMs: 3e5,
  checkTimeoutMs: 6e4,
  retrySeconds: 10,
  browserChecks: true
};
function verifyOptions(given) {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== void 0));
  return { ...VERIFY_DEFAULTS, ...defined };
}

export {
  renderMarkdown,
  PUBLIC_CLOUD_HOSTS,
  verifyDeployment,
  saveReport,
  reportLine,
  VERIFY_DEFAULTS,
  verifyOptions
};
