import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadFleet,
  selectStages
} from "./chunk-LBK72ILR.js";
import {
  ClusterGateway,
  appVersion,
  applyAndWait,
  runApplyCr,
  workloadReady
} from "./chunk-DDV2XPRA.js";
import {
  buildConfig,
  formatDiagnostic,
  hasErrors
} from "./chunk-HNQZCHQR.js";
import "./chunk-SFUWLBPD.js";
import "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import {
  renderMarkdown,
  reportLine,
  saveReport,
  verifyDeployment,
  verifyOptions
} from "./chunk-CBX34D3F.js";
import "./chunk-ROUWXDMR.js";
import "./chunk-VTKGBLKJ.js";
import "./chunk-OU746ASQ.js";
import "./chunk-7NRUIF3I.js";
import {
  KubeClient
} from "./chunk-PFUJ36V2.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import {
  Reporter
} from "./chunk-UGOVBG4S.js";
import "./chunk-FUTQYGYO.js";
import "./chunk-2YU3Z55Y.js";
import "./chunk-4QZDXL4F.js";
import "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import {
  prepareKubeconfig,
  registerKubeconfigSecrets
} from "./chunk-CRJNI5SM.js";
import {
  bool,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/rollout/summary.ts
var FAILED = ["rolled-back", "failed", "rollback-failed", "verify-failed"];
function instanceFailed(result) {
  return FAILED.includes(result);
}
function rolloutOutcome(stages, dryRun) {
  const failed = stages.find((s) => s.result === "failed");
  return {
    result: failed ? "failed" : dryRun ? "dry-run" : "succeeded",
    stagesCompleted: stages.filter((s) => s.result === "succeeded").length,
    failedStage: failed?.name ?? ""
  };
}
var ICON = {
  applied: "\u2705 applied",
  "no-changes": "\u2705 no changes",
  "rolled-back": "\u274C rolled back",
  failed: "\u274C failed",
  "rollback-failed": "\u{1F525} rollback failed",
  "verify-failed": "\u274C verify failed, restored",
  restored: "\u21A9\uFE0F restored",
  "not-reached": "\u23F8\uFE0F not reached",
  "not-selected": "\u2014 not in this run",
  "dry-run": "\u{1F50E} dry run"
};
var STAGE_ICON = {
  succeeded: "\u2705 succeeded",
  failed: "\u274C failed",
  "not-reached": "\u23F8\uFE0F not reached",
  "not-selected": "\u2014 not in this run",
  "dry-run": "\u{1F50E} dry run"
};
function cell(text) {
  return (text ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}
function versions(i) {
  if (i.previousVersion === void 0 && i.version === void 0) return "";
  if (i.result === "no-changes") return i.version || "";
  return `${i.previousVersion || "(none)"} \u2192 ${i.version || "(unpinned)"}`;
}
function renderSummary(input) {
  const { outcome } = input;
  const head = outcome.result === "failed" ? `### rollout: failed in stage ${outcome.failedStage}` : outcome.result === "dry-run" ? "### rollout (dry run)" : "### rollout: succeeded";
  const lines = [head, ""];
  lines.push(
    `Fleet \`${input.fleet}\`${input.partial ? ` (${input.partial})` : ""}; ${outcome.stagesCompleted} stage(s) completed; bake time ${input.bakeSeconds} s.`
  );
  if (outcome.result === "failed")
    lines.push("", `Promotion stopped at stage **${outcome.failedStage}**: later stages were not touched.`);
  lines.push("", "| stage | result | instance | namespace | result | version | seconds | detail |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const stage of input.stages) {
    const bake = stage.bakedSeconds !== void 0 ? ` (baked ${stage.bakedSeconds} s)` : "";
    stage.instances.forEach((i, n) => {
      const stageCells = n === 0 ? `${stage.index}. ${cell(stage.name)} | ${STAGE_ICON[stage.result]}${bake}` : " | ";
      lines.push(
        `| ${stageCells} | ${cell(i.instance)} | ${cell(i.namespace)} | ${ICON[i.result]} | ${cell(versions(i))} | ${i.seconds ?? ""} | ${cell(i.detail)} |`
      );
    });
    if (stage.detail) lines.push(`| | | | | | | | ${cell(stage.detail)} |`);
  }
  const details = input.stages.flatMap(
    (s) => s.instances.filter((i) => i.applySummary || i.verifySummary).map(
      (i) => `<details><summary>${s.name} / ${i.instance}</summary>

${i.applySummary ?? ""}
${i.verifySummary ?? ""}
</details>`
    )
  );
  if (details.length > 0) lines.push("", ...details);
  return `${lines.join("\n")}
`;
}

// src/commands/rollout/instance.ts
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
function prepareInstance(spec, fleetPath, settings, ctx) {
  const problems = [];
  const fleetDir = dirname(resolve(ctx.cwd, fleetPath));
  const files = [];
  for (const ref of spec.config) {
    const absolute = resolve(fleetDir, ref.path);
    const shown = relative(ctx.cwd, absolute);
    const path = shown.startsWith("..") || isAbsolute(shown) ? absolute : shown;
    try {
      files.push({ path, text: readFileSync(absolute, "utf8") });
    } catch (error) {
      const code = error.code;
      problems.push({
        message: `Configuration file '${ref.path}' of instance '${spec.name}' cannot be read (${code === "ENOENT" ? "no such file" : code}; looked for ${absolute}).`,
        fix: "Paths in the fleet file are relative to the fleet file.",
        place: ref.place
      });
    }
  }
  const sets = [...spec.set, `metadata.namespace=${spec.namespace}`];
  if (spec.crName) sets.push(`metadata.name=${spec.crName}`);
  let crName = spec.crName ?? "wandb";
  let desiredVersion = "";
  if (files.length === spec.config.length) {
    const built = buildConfig(files, sets, { name: crName, namespace: spec.namespace });
    for (const secret of built.secrets) ctx.redactor.add(secret);
    if (hasErrors(built.diagnostics)) {
      for (const d of built.diagnostics.filter((x) => x.severity === "error")) {
        ctx.out.info(formatDiagnostic(d));
        if (ctx.out.github)
          ctx.out.error(`${d.message}${d.fix ? ` Fix: ${d.fix}` : ""}`, {
            file: d.file,
            line: d.line,
            column: d.column
          });
      }
      problems.push({
        message: `The configuration of instance '${spec.name}' has errors (listed above).`,
        place: spec.place
      });
    }
    const name = built.cr.metadata?.name;
    if (typeof name === "string" && name !== "") crName = name;
    desiredVersion = appVersion(built.cr);
  }
  let kubeconfigContent;
  if (spec.kubeconfigEnv) {
    kubeconfigContent = ctx.env[spec.kubeconfigEnv];
    if (kubeconfigContent && kubeconfigContent.trim() !== "")
      registerKubeconfigSecrets(kubeconfigContent, ctx.redactor);
    else if (!settings.dryRun)
      problems.push({
        message: `Instance '${spec.name}': the environment variable ${spec.kubeconfigEnv} (kubeconfig-env) is not set or empty.`,
        fix: `Expose the kubeconfig secret to the step as ${spec.kubeconfigEnv}, e.g. \`env: ${spec.kubeconfigEnv}: \${{ secrets.${spec.kubeconfigEnv} }}\`.`,
        place: spec.accessPlace
      });
  }
  let apiKey;
  if (spec.verify?.apiKeyEnv) {
    apiKey = ctx.env[spec.verify.apiKeyEnv];
    if (apiKey && apiKey.trim() !== "") {
      ctx.redactor.add(apiKey);
      ctx.redactor.add(`api:${apiKey}`);
    } else if (!settings.dryRun) {
      problems.push({
        message: `Instance '${spec.name}': the environment variable ${spec.verify.apiKeyEnv} (verify.api-key-env) is not set or empty.`,
        fix: `Expose the W&B API key secret to the step as ${spec.verify.apiKeyEnv}.`,
        place: spec.apiKeyPlace ?? spec.verify.place
      });
    }
  }
  if (problems.length > 0) return { problems };
  return {
    instance: {
      spec,
      configFiles: files.map((f) => f.path),
      sets,
      crName,
      desiredVersion,
      kubeconfigContent: kubeconfigContent?.trim() ? kubeconfigContent : void 0,
      apiKey: apiKey?.trim() ? apiKey : void 0,
      verifyCaFile: spec.verify?.caFile ? resolve(fleetDir, spec.verify.caFile) : void 0
    },
    problems
  };
}
function childContext(ctx, noAmbientKubeconfig = false) {
  const errors = [];
  const env = { ...ctx.env };
  if (noAmbientKubeconfig) {
    delete env.KUBECONFIG;
    env.HOME = join(tmpdir(), `wandb-no-kubeconfig-${randomBytes(6).toString("hex")}`);
  }
  delete env.GITHUB_OUTPUT;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.GITHUB_ACTIONS;
  const forward = (text) => {
    for (const line of text.replace(/\n$/, "").split("\n")) {
      if (line.startsWith("error: ")) errors.push(line.slice("error: ".length));
      ctx.out.info(line);
    }
  };
  const out = new Reporter({ redactor: ctx.redactor, env, streams: { stdout: forward, stderr: forward } });
  return { child: { ...ctx, env, out }, errors };
}
function lastError(errors, fallback) {
  return (errors[errors.length - 1] ?? fallback).split("\n")[0];
}
async function withGateway(instance, settings, ctx, body) {
  const kubeconfig = await prepareKubeconfig({
    content: instance.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor
  });
  try {
    const client = new KubeClient({
      kubectlPath: settings.kubectlPath,
      helmPath: "helm",
      kubeconfig: kubeconfig.path,
      context: instance.spec.context,
      deadline: Date.now() + settings.timeoutSeconds * 1e3,
      timeoutMs: 3e4
    });
    const gateway = new ClusterGateway(
      (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
      {
        name: instance.crName,
        namespace: instance.spec.namespace
      }
    );
    return await body(gateway);
  } finally {
    await kubeconfig.cleanup();
  }
}
function restorable(live) {
  const meta = live.metadata ?? {};
  const metadata = { name: meta.name, namespace: meta.namespace };
  if (meta.labels) metadata.labels = meta.labels;
  return { apiVersion: live.apiVersion, kind: live.kind, metadata, spec: live.spec ?? {} };
}
async function applyInstance(instance, settings, ctx) {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1e3);
  const report = {
    instance: instance.spec.name,
    namespace: instance.spec.namespace,
    result: "failed"
  };
  let before;
  if (!settings.dryRun) {
    try {
      before = await withGateway(instance, settings, ctx, async (gateway) => {
        const live = await gateway.getCr();
        return { cr: live ? restorable(live.object) : void 0 };
      });
    } catch (error) {
      report.detail = `Cannot read the live CR: ${errorMessage(error).split("\n")[0]}`;
      if (error instanceof UserError && error.fix) report.detail += ` (${error.fix})`;
      report.seconds = seconds();
      return { report };
    }
  }
  const secretMissing = Boolean(instance.spec.kubeconfigEnv) && !instance.kubeconfigContent;
  if (secretMissing)
    ctx.out.info(
      `${instance.spec.kubeconfigEnv} (kubeconfig-env) is not set: the dry run diffs against an empty cluster.`
    );
  const { child, errors } = childContext(ctx, secretMissing);
  const raw = {
    config: instance.configFiles,
    set: instance.sets,
    name: instance.crName,
    namespace: instance.spec.namespace,
    kubeconfig: instance.kubeconfigContent,
    context: instance.spec.context,
    "kubectl-path": settings.kubectlPath,
    "helm-path": settings.helmPath,
    chart: settings.chart,
    "render-check": settings.renderCheck,
    timeout: settings.timeoutSeconds,
    "dry-run": settings.dryRun,
    "rollback-on-failure": true,
    "force-conflicts": false,
    "poll-interval": settings.pollSeconds
  };
  let code;
  try {
    code = await runApplyCr(raw, child);
  } catch (error) {
    const fix = error instanceof UserError && error.fix ? ` (${error.fix})` : "";
    ctx.out.info(`error: ${errorMessage(error)}${fix}`);
    report.detail = `${errorMessage(error).split("\n")[0]}${fix}`;
    report.seconds = seconds();
    return { report, before };
  }
  const outputs = child.out.outputs;
  report.previousVersion = outputs["previous-version"];
  report.version = outputs.version;
  report.applySummary = child.out.summaryText;
  report.seconds = seconds();
  if (code === 0) {
    const changed = outputs.changed === "true";
    report.result = settings.dryRun ? "dry-run" : changed ? "applied" : "no-changes";
    report.detail = settings.dryRun ? "diff shown, nothing changed" : changed ? "rolled out" : "already matched the configuration";
    return { report, before: changed ? before : void 0 };
  }
  report.version = instance.desiredVersion || report.version;
  const why = lastError(errors, "apply-cr failed");
  if (outputs["rolled-back"] === "true") report.result = "rolled-back";
  else if (/needs attention/.test(why)) report.result = "rollback-failed";
  else report.result = "failed";
  report.detail = why;
  return { report, before };
}
async function verifyInstance(instance, settings, ctx) {
  const verify = instance.spec.verify;
  if (!verify) return void 0;
  const { child, errors } = childContext(ctx);
  try {
    const report = await verifyDeployment(
      verifyOptions({
        host: verify.host.replace(/\/+$/, ""),
        apiKey: instance.apiKey,
        entity: verify.entity,
        project: verify.project,
        failOn: verify.failOn,
        reportPath: `wandb-verify-${instance.spec.name}.json`,
        clusterChecks: verify.clusterChecks,
        caFile: instance.verifyCaFile,
        kubeconfig: instance.kubeconfigContent,
        context: instance.spec.context,
        kubectlPath: settings.kubectlPath,
        name: instance.crName,
        namespace: instance.spec.namespace
      }),
      child
    );
    const path = saveReport(report, `wandb-verify-${instance.spec.name}.json`, child.cwd, child.redactor);
    child.out.print(`${reportLine(report)}. Report: ${path}`);
    const { counts } = report;
    return {
      passed: report.result === "passed",
      detail: `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed`,
      summary: renderMarkdown(report)
    };
  } catch (error) {
    ctx.out.info(`error: ${errorMessage(error)}`);
    return {
      passed: false,
      detail: `verify could not run: ${lastError([...errors, errorMessage(error)], "")}`,
      summary: ""
    };
  }
}
async function restoreInstance(instance, before, settings, ctx) {
  try {
    return await withGateway(instance, settings, ctx, async (gateway) => {
      if (!before.cr) {
        await gateway.deleteCr();
        return { ok: true, detail: "the CR this run created was deleted" };
      }
      const outcome = await applyAndWait(
        gateway,
        {
          desired: before.cr,
          timeoutSeconds: settings.timeoutSeconds,
          // This is already the way back: if it does not roll out, say so rather than go forward again.
          rollbackOnFailure: false,
          forceConflicts: true,
          pollMs: settings.pollSeconds * 1e3
        },
        ctx.out
      );
      return outcome.result === "applied" ? { ok: true, detail: "the previous CR was re-applied and rolled out again" } : { ok: false, detail: `re-applying the previous CR did not roll out: ${outcome.message}` };
    });
  } catch (error) {
    return { ok: false, detail: `restoring failed: ${errorMessage(error).split("\n")[0]}` };
  }
}
async function stillHealthy(instance, settings, ctx) {
  try {
    return await withGateway(instance, settings, ctx, async (gateway) => {
      const snapshot = await gateway.snapshot();
      const problems = [];
      if (snapshot.phase !== "Completed") problems.push(`phase ${snapshot.phase ?? "unset"}`);
      for (const w of snapshot.workloads)
        if (!workloadReady(w) || w.failedReason)
          problems.push(`${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready`);
      problems.push(...problems.length > 0 ? snapshot.podProblems ?? [] : []);
      return problems.length === 0 ? { ok: true, detail: "healthy after the bake" } : { ok: false, detail: `unhealthy after the bake: ${problems.join("; ")}` };
    });
  } catch (error) {
    return { ok: false, detail: `cannot check after the bake: ${errorMessage(error).split("\n")[0]}` };
  }
}

// src/commands/rollout/run.ts
function parseOptions(raw, ctx) {
  const fleet = str(raw, "fleet");
  if (!fleet)
    throw new UserError("No fleet file given.", "Pass it with '--fleet FILE' (or the 'fleet' input).");
  const nonNegative = (name, fallback, positive = false) => {
    const value = num(raw, name) ?? fallback;
    if (!(positive ? value > 0 : value >= 0))
      throw new UserError(
        `Input '${name}' must be ${positive ? "a positive" : "0 or a"} number of seconds, got ${value}.`
      );
    return value;
  };
  return {
    fleet,
    onlyStage: str(raw, "only-stage"),
    onlyInstance: str(raw, "only-instance"),
    bakeSeconds: nonNegative("bake-seconds", 300),
    timeoutSeconds: nonNegative("timeout", 600, true),
    pollSeconds: nonNegative("poll-interval", 2, true),
    kubectlPath: str(raw, "kubectl-path") ?? ctx.env.KUBECTL_PATH ?? "kubectl",
    helmPath: str(raw, "helm-path") ?? ctx.env.HELM_PATH,
    chart: str(raw, "chart"),
    renderCheck: str(raw, "render-check"),
    dryRun: bool(raw, "dry-run")
  };
}
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
async function runRollout(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const fleet = loadFleet(options.fleet, ctx);
  const selection = selectStages(fleet, { stage: options.onlyStage, instance: options.onlyInstance });
  const prepared = prepareAll(selection, options, ctx);
  const reports = [];
  let stopped = false;
  for (const stage of selection.stages) {
    if (stage.selected.length === 0) continue;
    if (stopped) {
      reports.push({
        name: stage.name,
        index: stage.index,
        result: "not-reached",
        instances: stage.selected.map(
          (i) => notReached(i.name, i.namespace, "not started: an earlier stage failed")
        )
      });
      continue;
    }
    const title = `stage ${stage.index}/${fleet.stages.length} ${stage.name}: ${stage.selected.map((i) => i.name).join(", ")}`;
    const report = await ctx.out.group(
      title,
      () => runStage(
        { ...stage, instances: stage.selected.map((i) => prepared.get(i.name)) },
        options,
        ctx
      )
    );
    reports.push(report);
    stopped = report.result === "failed";
  }
  const outcome = rolloutOutcome(reports, options.dryRun);
  const partial = [
    options.onlyStage ? `only stage ${options.onlyStage}` : "",
    options.onlyInstance ? `only instance ${options.onlyInstance}` : ""
  ].filter(Boolean).join(", ");
  ctx.out.summary(
    renderSummary({
      fleet: options.fleet,
      stages: reports,
      outcome,
      bakeSeconds: options.bakeSeconds,
      partial: partial || void 0
    })
  );
  ctx.out.setOutput("stages-completed", outcome.stagesCompleted);
  ctx.out.setOutput("failed-stage", outcome.failedStage);
  ctx.out.setOutput("result", outcome.result);
  const covered = reports.length;
  if (outcome.result === "failed") {
    const failed = reports.find((s) => s.result === "failed");
    const culprit = failed?.instances.find((i) => instanceFailed(i.result));
    ctx.out.error(
      `Rollout stopped in stage ${outcome.failedStage}${culprit ? ` (instance ${culprit.instance}: ${culprit.detail ?? culprit.result})` : failed?.detail ? ` (${failed.detail})` : ""}; later stages were not touched.`
    );
  }
  ctx.out.print(
    `rollout ${outcome.result}: ${outcome.stagesCompleted} of ${covered} stage${covered === 1 ? "" : "s"} completed${outcome.failedStage ? `; failed stage: ${outcome.failedStage}` : ""}.`
  );
  return outcome.result === "failed" ? 1 : 0;
}
function prepareAll(selection, options, ctx) {
  const prepared = /* @__PURE__ */ new Map();
  let count = 0;
  for (const stage of selection.stages) {
    for (const spec of stage.selected) {
      const { instance, problems } = prepareInstance(spec, options.fleet, options, ctx);
      for (const problem of problems) {
        count++;
        const where = problem.place ? `${problem.place.file}:${problem.place.line}:${problem.place.column}: ` : "";
        ctx.out.info(`${where}error: ${problem.message}${problem.fix ? `
  fix: ${problem.fix}` : ""}`);
        if (ctx.out.github)
          ctx.out.error(`${problem.message}${problem.fix ? ` Fix: ${problem.fix}` : ""}`, problem.place);
      }
      if (instance) prepared.set(spec.name, instance);
    }
  }
  if (count > 0)
    throw new UserError(
      `Nothing was applied: ${count} problem${count === 1 ? "" : "s"} found before the rollout (listed above).`
    );
  return prepared;
}
function notReached(instance, namespace, detail = "not started") {
  return { instance, namespace, result: "not-reached", detail };
}
async function runStage(stage, options, ctx) {
  const reports = [];
  const changed = [];
  let failed = false;
  let stageDetail;
  for (const instance of stage.instances) {
    if (failed) {
      reports.push(
        notReached(
          instance.spec.name,
          instance.spec.namespace,
          "not started: an earlier instance of this stage failed"
        )
      );
      continue;
    }
    ctx.out.info(
      `-- ${instance.spec.name}: weightsandbiases/${instance.crName} in namespace ${instance.spec.namespace}`
    );
    const applied = await applyInstance(instance, options, ctx);
    const report = applied.report;
    reports.push(report);
    if (instanceFailed(report.result)) {
      failed = true;
      continue;
    }
    if (applied.before) changed.push({ instance, report, before: applied.before });
    if (options.dryRun) continue;
    const verified = await verifyInstance(instance, options, ctx);
    if (!verified) continue;
    report.verifySummary = verified.summary;
    report.detail = `${report.detail}; ${verified.detail}`;
    if (verified.passed) continue;
    failed = true;
    if (applied.before) {
      ctx.out.info(`Verify failed on ${instance.spec.name}: restoring the previous CR...`);
      const restored = await restoreInstance(instance, applied.before, options, ctx);
      report.result = restored.ok ? "verify-failed" : "rollback-failed";
      report.detail = `${report.detail}; ${restored.detail}`;
      changed.pop();
    } else {
      report.result = "failed";
    }
  }
  if (!failed && !options.dryRun && !stage.last && options.bakeSeconds > 0 && changed.length > 0) {
    ctx.out.info(`Stage ${stage.name} rolled out; baking ${options.bakeSeconds} s before the next stage...`);
    await sleep(options.bakeSeconds * 1e3);
    for (const entry of changed) {
      const health = await stillHealthy(entry.instance, options, ctx);
      if (health.ok) continue;
      failed = true;
      entry.report.result = "failed";
      entry.report.detail = `${entry.report.detail}; ${health.detail}`;
      stageDetail = `failed after the bake: ${entry.instance.spec.name} ${health.detail}`;
    }
  }
  if (failed) {
    for (const entry of [...changed].reverse()) {
      ctx.out.info(`Stage ${stage.name} failed: restoring ${entry.instance.spec.name}...`);
      const restored = await restoreInstance(entry.instance, entry.before, options, ctx);
      const wasBroken = entry.report.result === "failed";
      entry.report.result = restored.ok ? wasBroken ? "rolled-back" : "restored" : "rollback-failed";
      entry.report.detail = `${entry.report.detail}; ${restored.detail}`;
    }
  }
  return {
    name: stage.name,
    index: stage.index,
    result: failed ? "failed" : options.dryRun ? "dry-run" : "succeeded",
    bakedSeconds: !failed && !options.dryRun && !stage.last && options.bakeSeconds > 0 && changed.length > 0 ? options.bakeSeconds : stageDetail ? options.bakeSeconds : void 0,
    detail: stageDetail,
    instances: reports
  };
}
export {
  runRollout
};
