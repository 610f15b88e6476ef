import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  PUBLIC_CLOUD_HOSTS,
  VERIFY_DEFAULTS,
  renderMarkdown,
  reportLine,
  saveReport,
  verifyDeployment
} from "./chunk-CBX34D3F.js";
import "./chunk-ROUWXDMR.js";
import "./chunk-VTKGBLKJ.js";
import "./chunk-OU746ASQ.js";
import "./chunk-7NRUIF3I.js";
import {
  execute
} from "./chunk-PFUJ36V2.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-2YU3Z55Y.js";
import {
  hasUrlCredentials,
  withoutUrlCredentials
} from "./chunk-4QZDXL4F.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import {
  bool,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/commands/verify/options.ts
function oneOf(raw, name, allowed, fallback) {
  const value = (str(raw, name) ?? fallback).trim().toLowerCase();
  if (!allowed.includes(value)) {
    throw new UserError(`Input '${name}' must be one of ${allowed.join(", ")}, got '${value}'.`);
  }
  return value;
}
function seconds(raw, name, fallback) {
  const value = num(raw, name) ?? fallback;
  if (!(value > 0))
    throw new UserError(`Input '${name}' must be a positive number of seconds, got ${value}.`);
  return value;
}
function parseOptions(raw) {
  const host = (str(raw, "host") ?? "").trim();
  if (hasUrlCredentials(host)) {
    throw new UserError(
      `Input 'host' holds credentials in its URL (before '@'): ${withoutUrlCredentials(host)} with a user and password, which W&B Server does not take.`,
      `Give the base URL alone (${withoutUrlCredentials(host)}) and the API key in 'api-key' (WANDB_API_KEY on the CLI).`
    );
  }
  const isPublicCloud = PUBLIC_CLOUD_HOSTS.includes(host.replace(/\/+$/, "").toLowerCase());
  if (!isPublicCloud) {
    let parsed;
    try {
      parsed = new URL(host);
    } catch {
      parsed = void 0;
    }
    if (!parsed || !["http:", "https:"].includes(parsed.protocol)) {
      throw new UserError(
        `Input 'host' must be the W&B Server base URL with its scheme, got '${host}'.`,
        "Use the value of global.host in the CR, e.g. https://wandb.example.com."
      );
    }
  }
  const retrySeconds = num(raw, "retry-seconds") ?? VERIFY_DEFAULTS.retrySeconds;
  if (!(retrySeconds >= 0))
    throw new UserError(`Input 'retry-seconds' must be 0 or more, got ${retrySeconds}.`);
  const d = VERIFY_DEFAULTS;
  const options = {
    clusterChecks: oneOf(raw, "cluster-checks", ["auto", "true", "false"], d.clusterChecks),
    kubeconfig: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: str(raw, "kubectl-path"),
    name: str(raw, "name") ?? d.name,
    namespace: str(raw, "namespace") ?? d.namespace,
    operatorNamespace: str(raw, "operator-namespace"),
    host: host.replace(/\/+$/, ""),
    apiKey: str(raw, "api-key"),
    caFile: str(raw, "ca-file"),
    entity: str(raw, "entity"),
    project: str(raw, "project") ?? d.project,
    useWandbCli: oneOf(raw, "use-wandb-cli", ["auto", "true", "false"], d.useWandbCli),
    failOn: oneOf(raw, "fail-on", ["error", "warning"], d.failOn),
    reportPath: str(raw, "report-path") ?? d.reportPath,
    timeoutMs: seconds(raw, "timeout", d.timeoutMs / 1e3) * 1e3,
    checkTimeoutMs: seconds(raw, "check-timeout", d.checkTimeoutMs / 1e3) * 1e3,
    retrySeconds,
    sdkVersion: str(raw, "sdk-version"),
    browserChecks: raw["browser-checks"] === void 0 ? d.browserChecks : bool(raw, "browser-checks")
  };
  return options;
}

// src/commands/verify/run.ts
async function runVerify(raw, ctx, exec = execute) {
  const options = parseOptions(raw);
  const json = wantsJson(raw.format);
  const report = await verifyDeployment(options, ctx, exec);
  const reportPath = saveReport(report, options.reportPath, ctx.cwd, ctx.redactor);
  ctx.out.summary(renderMarkdown(report));
  ctx.out.setOutput("passed", report.counts.passed);
  ctx.out.setOutput("failed", report.counts.failed);
  ctx.out.setOutput("warnings", report.counts.warnings);
  ctx.out.setOutput("skipped", report.counts.skipped);
  ctx.out.setOutput("report-path", reportPath);
  ctx.out.setOutput("server-version", report.serverVersion ?? "");
  if (ctx.out.github) {
    for (const check of report.checks) {
      const text = `${check.title}: ${check.message}${check.fix ? ` Fix: ${check.fix}` : ""}`;
      if (check.status === "fail") ctx.out.error(text);
      else if (check.status === "warn") ctx.out.warning(text);
    }
  }
  const ok = report.result === "passed";
  if (json) ctx.out.json("verify", ok, { ...report, reportPath });
  else ctx.out.print(`${reportLine(report)}. Report: ${reportPath}`);
  return ok ? 0 : 1;
}
export {
  runVerify
};
