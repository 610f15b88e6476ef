import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { Reporter } from '../../core/reporter.js';
import { UserError, errorMessage, type SourcePlace } from '../../core/errors.js';
import type { RawInputs } from '../../core/inputs.js';
import { buildConfig, formatDiagnostic, hasErrors } from '../../config/index.js';
import { KubeClient, prepareKubeconfig, registerKubeconfigSecrets } from '../../kube/index.js';
import { ClusterGateway } from '../../apply/cluster.js';
import { applyAndWait, appVersion } from '../../apply/apply.js';
import { workloadReady } from '../../apply/rollout.js';
import { runApplyCr } from '../../apply/apply-cr.js';
import { verifyOptions } from '../../verify/options.js';
import { renderMarkdown } from '../../verify/report.js';
import { reportLine, saveReport, verifyDeployment } from '../../verify/verify.js';
import type { FleetInstance } from '../../rollout/fleet.js';
import type { InstanceReport } from '../../rollout/summary.js';

/**
 * One instance of the fleet, ready to run: its configuration already read and validated, its secrets read
 * from the variables the fleet file names (and registered with the redactor at once), its CR name known.
 * apply and verify are apply-cr's and verify's own code, each given a Context of its own so that their
 * outputs and summaries do not collide with rollout's; their log goes into rollout's log.
 */
export interface RolloutSettings {
  kubectlPath: string;
  /** apply-cr's render check: helm, a local chart, and whether to render. */
  helmPath?: string;
  chart?: string;
  renderCheck?: string;
  timeoutSeconds: number;
  pollSeconds: number;
  dryRun: boolean;
}

export interface PreparedInstance {
  spec: FleetInstance;
  /** Configuration files as apply-cr takes them: relative to the working directory when inside it. */
  configFiles: string[];
  sets: string[];
  crName: string;
  /** The app version the configuration asks for: what a failed attempt tried to roll out. */
  desiredVersion: string;
  kubeconfigContent?: string;
  apiKey?: string;
  /** verify.ca-file, resolved against the fleet file's folder. */
  verifyCaFile?: string;
}

/** A problem found before anything is applied; reported at its place in the fleet (or configuration) file. */
export interface Preflight {
  message: string;
  fix?: string;
  place?: SourcePlace;
}

export function prepareInstance(
  spec: FleetInstance,
  fleetPath: string,
  settings: RolloutSettings,
  ctx: Context,
): { instance?: PreparedInstance; problems: Preflight[] } {
  const problems: Preflight[] = [];
  const fleetDir = dirname(resolve(ctx.cwd, fleetPath));
  const files: Array<{ path: string; text: string }> = [];
  for (const ref of spec.config) {
    const absolute = resolve(fleetDir, ref.path);
    const shown = relative(ctx.cwd, absolute);
    const path = shown.startsWith('..') || isAbsolute(shown) ? absolute : shown;
    try {
      files.push({ path, text: readFileSync(absolute, 'utf8') });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        message: `Configuration file '${ref.path}' of instance '${spec.name}' cannot be read (${code === 'ENOENT' ? 'no such file' : code}; looked for ${absolute}).`,
        fix: 'Paths in the fleet file are relative to the fleet file.',
        place: ref.place,
      });
    }
  }
  // The fleet's namespace (and cr-name) win over the layers: the fleet file is where instances are told apart.
  const sets = [...spec.set, `metadata.namespace=${spec.namespace}`];
  if (spec.crName) sets.push(`metadata.name=${spec.crName}`);
  let crName = spec.crName ?? 'wandb';
  let desiredVersion = '';
  if (files.length === spec.config.length) {
    const built = buildConfig(files, sets, { name: crName, namespace: spec.namespace });
    for (const secret of built.secrets) ctx.redactor.add(secret);
    if (hasErrors(built.diagnostics)) {
      for (const d of built.diagnostics.filter((x) => x.severity === 'error')) {
        ctx.out.info(formatDiagnostic(d));
        // Under GitHub Actions each also becomes an annotation on the configuration file's line.
        if (ctx.out.github)
          ctx.out.error(`${d.message}${d.fix ? ` Fix: ${d.fix}` : ''}`, {
            file: d.file,
            line: d.line,
            column: d.column,
          });
      }
      problems.push({
        message: `The configuration of instance '${spec.name}' has errors (listed above).`,
        place: spec.place,
      });
    }
    const name = (built.cr.metadata as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name !== '') crName = name;
    desiredVersion = appVersion(built.cr);
  }

  let kubeconfigContent: string | undefined;
  if (spec.kubeconfigEnv) {
    kubeconfigContent = ctx.env[spec.kubeconfigEnv];
    if (kubeconfigContent && kubeconfigContent.trim() !== '')
      registerKubeconfigSecrets(kubeconfigContent, ctx.redactor);
    else if (!settings.dryRun)
      problems.push({
        message: `Instance '${spec.name}': the environment variable ${spec.kubeconfigEnv} (kubeconfig-env) is not set or empty.`,
        fix: `Expose the kubeconfig secret to the step as ${spec.kubeconfigEnv}, e.g. \`env: ${spec.kubeconfigEnv}: \${{ secrets.${spec.kubeconfigEnv} }}\`.`,
        place: spec.accessPlace,
      });
  }
  let apiKey: string | undefined;
  if (spec.verify?.apiKeyEnv) {
    apiKey = ctx.env[spec.verify.apiKeyEnv];
    if (apiKey && apiKey.trim() !== '') {
      // The key and the Basic credentials made from it, as verify registers them.
      ctx.redactor.add(apiKey);
      ctx.redactor.add(`api:${apiKey}`);
    } else if (!settings.dryRun) {
      problems.push({
        message: `Instance '${spec.name}': the environment variable ${spec.verify.apiKeyEnv} (verify.api-key-env) is not set or empty.`,
        fix: `Expose the W&B API key secret to the step as ${spec.verify.apiKeyEnv}.`,
        place: spec.apiKeyPlace ?? spec.verify.place,
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
      kubeconfigContent: kubeconfigContent?.trim() ? kubeconfigContent : undefined,
      apiKey: apiKey?.trim() ? apiKey : undefined,
      verifyCaFile: spec.verify?.caFile ? resolve(fleetDir, spec.verify.caFile) : undefined,
    },
    problems,
  };
}

/**
 * A Context for one apply-cr or verify call: the same redactor (every secret found stays masked everywhere),
 * its own Reporter (own outputs and summary, no GITHUB_OUTPUT / step summary writes, no annotations), and its
 * log forwarded into rollout's log. `errors` collects what it reported as errors, for the summary's detail.
 */
function childContext(ctx: Context, noAmbientKubeconfig = false): { child: Context; errors: string[] } {
  const errors: string[] = [];
  const env = { ...ctx.env };
  if (noAmbientKubeconfig) {
    // The instance names its own kubeconfig secret: falling back to the ambient one (KUBECONFIG,
    // ~/.kube/config) could show a diff against, or reach, another cluster.
    delete env.KUBECONFIG;
    env.HOME = join(tmpdir(), `wandb-no-kubeconfig-${randomBytes(6).toString('hex')}`);
  }
  delete env.GITHUB_OUTPUT;
  delete env.GITHUB_STEP_SUMMARY;
  delete env.GITHUB_ACTIONS;
  const forward = (text: string) => {
    for (const line of text.replace(/\n$/, '').split('\n')) {
      if (line.startsWith('error: ')) errors.push(line.slice('error: '.length));
      ctx.out.info(line);
    }
  };
  const out = new Reporter({ redactor: ctx.redactor, env, streams: { stdout: forward, stderr: forward } });
  return { child: { ...ctx, env, out }, errors };
}

function lastError(errors: string[], fallback: string): string {
  return (errors[errors.length - 1] ?? fallback).split('\n')[0];
}

/** Access to the instance's cluster for what apply-cr does not do: read the CR before, restore it after. */
async function withGateway<T>(
  instance: PreparedInstance,
  settings: RolloutSettings,
  ctx: Context,
  body: (gateway: ClusterGateway) => Promise<T>,
): Promise<T> {
  const kubeconfig = await prepareKubeconfig({
    content: instance.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  try {
    const client = new KubeClient({
      kubectlPath: settings.kubectlPath,
      helmPath: 'helm',
      kubeconfig: kubeconfig.path,
      context: instance.spec.context,
      deadline: Date.now() + settings.timeoutSeconds * 1000,
      timeoutMs: 30_000,
    });
    const gateway = new ClusterGateway(
      (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
      {
        name: instance.crName,
        namespace: instance.spec.namespace,
      },
    );
    return await body(gateway);
  } finally {
    await kubeconfig.cleanup();
  }
}

/** What re-applying "the CR as it was" means: its identity, labels and spec, nothing the server added. */
function restorable(live: Record<string, unknown>): Record<string, unknown> {
  const meta = (live.metadata ?? {}) as Record<string, unknown>;
  const metadata: Record<string, unknown> = { name: meta.name, namespace: meta.namespace };
  if (meta.labels) metadata.labels = meta.labels;
  return { apiVersion: live.apiVersion, kind: live.kind, metadata, spec: live.spec ?? {} };
}

export interface AppliedInstance {
  report: InstanceReport;
  /** The CR before this run (undefined: there was none), when this run changed it: what a restore re-applies. */
  before?: { cr?: Record<string, unknown> };
}

/** apply-cr for one instance: the diff, the apply, the wait and apply-cr's own rollback. */
export async function applyInstance(
  instance: PreparedInstance,
  settings: RolloutSettings,
  ctx: Context,
): Promise<AppliedInstance> {
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  const report: InstanceReport = {
    instance: instance.spec.name,
    namespace: instance.spec.namespace,
    result: 'failed',
  };
  // Read the CR before the change, so that the instance can be restored if a later step of its stage fails
  // (apply-cr's own rollback covers only its own wait). A dry run changes nothing and needs no copy.
  let before: { cr?: Record<string, unknown> } | undefined;
  if (!settings.dryRun) {
    try {
      before = await withGateway(instance, settings, ctx, async (gateway) => {
        const live = await gateway.getCr();
        return { cr: live ? restorable(live.object) : undefined };
      });
    } catch (error) {
      report.detail = `Cannot read the live CR: ${errorMessage(error).split('\n')[0]}`;
      if (error instanceof UserError && error.fix) report.detail += ` (${error.fix})`;
      report.seconds = seconds();
      return { report };
    }
  }
  const secretMissing = Boolean(instance.spec.kubeconfigEnv) && !instance.kubeconfigContent;
  if (secretMissing)
    ctx.out.info(
      `${instance.spec.kubeconfigEnv} (kubeconfig-env) is not set: the dry run diffs against an empty cluster.`,
    );
  const { child, errors } = childContext(ctx, secretMissing);
  const raw: RawInputs = {
    config: instance.configFiles,
    set: instance.sets,
    name: instance.crName,
    namespace: instance.spec.namespace,
    kubeconfig: instance.kubeconfigContent,
    context: instance.spec.context,
    'kubectl-path': settings.kubectlPath,
    'helm-path': settings.helmPath,
    chart: settings.chart,
    'render-check': settings.renderCheck,
    timeout: settings.timeoutSeconds,
    'dry-run': settings.dryRun,
    'rollback-on-failure': true,
    'force-conflicts': false,
    'poll-interval': settings.pollSeconds,
  };
  let code: number;
  try {
    code = await runApplyCr(raw, child);
  } catch (error) {
    // A UserError here may come after the apply (e.g. the API server went away during the wait): the state
    // of the instance is unknown, and the summary says so.
    const fix = error instanceof UserError && error.fix ? ` (${error.fix})` : '';
    ctx.out.info(`error: ${errorMessage(error)}${fix}`);
    report.detail = `${errorMessage(error).split('\n')[0]}${fix}`;
    report.seconds = seconds();
    return { report, before };
  }
  const outputs = child.out.outputs;
  report.previousVersion = outputs['previous-version'];
  report.version = outputs.version;
  report.applySummary = child.out.summaryText;
  report.seconds = seconds();
  if (code === 0) {
    const changed = outputs.changed === 'true';
    report.result = settings.dryRun ? 'dry-run' : changed ? 'applied' : 'no-changes';
    report.detail = settings.dryRun
      ? 'diff shown, nothing changed'
      : changed
        ? 'rolled out'
        : 'already matched the configuration';
    return { report, before: changed ? before : undefined };
  }
  // apply-cr reports the version that is live after a rollback; the summary shows what was attempted.
  report.version = instance.desiredVersion || report.version;
  const why = lastError(errors, 'apply-cr failed');
  if (outputs['rolled-back'] === 'true') report.result = 'rolled-back';
  else if (/needs attention/.test(why)) report.result = 'rollback-failed';
  else report.result = 'failed';
  report.detail = why;
  return { report, before };
}

/** verify for one instance; undefined when the fleet file configures no verify for it. */
export async function verifyInstance(
  instance: PreparedInstance,
  settings: RolloutSettings,
  ctx: Context,
): Promise<{ passed: boolean; detail: string; summary: string } | undefined> {
  const verify = instance.spec.verify;
  if (!verify) return undefined;
  const { child, errors } = childContext(ctx);
  try {
    // verify's own checks (src/verify), with the fleet file's settings and verify's defaults for the rest.
    const report = await verifyDeployment(
      verifyOptions({
        host: verify.host.replace(/\/+$/, ''),
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
        namespace: instance.spec.namespace,
      }),
      child,
    );
    const path = saveReport(report, `wandb-verify-${instance.spec.name}.json`, child.cwd, child.redactor);
    child.out.print(`${reportLine(report)}. Report: ${path}`);
    const { counts } = report;
    return {
      passed: report.result === 'passed',
      detail: `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed`,
      summary: renderMarkdown(report),
    };
  } catch (error) {
    ctx.out.info(`error: ${errorMessage(error)}`);
    return {
      passed: false,
      detail: `verify could not run: ${lastError([...errors, errorMessage(error)], '')}`,
      summary: '',
    };
  }
}

/**
 * Puts back the CR as it was before this run (or deletes it when this run created it) and waits for it, as
 * apply-cr's rollback does, for an instance whose stage failed after it had rolled out.
 */
export async function restoreInstance(
  instance: PreparedInstance,
  before: { cr?: Record<string, unknown> },
  settings: RolloutSettings,
  ctx: Context,
): Promise<{ ok: boolean; detail: string }> {
  try {
    return await withGateway(instance, settings, ctx, async (gateway) => {
      if (!before.cr) {
        await gateway.deleteCr();
        return { ok: true, detail: 'the CR this run created was deleted' };
      }
      // No `previous`: with rollback off, applyAndWait never goes back to it.
      const outcome = await applyAndWait(
        gateway,
        {
          desired: before.cr,
          timeoutSeconds: settings.timeoutSeconds,
          // This is already the way back: if it does not roll out, say so rather than go forward again.
          rollbackOnFailure: false,
          forceConflicts: true,
          pollMs: settings.pollSeconds * 1000,
        },
        ctx.out,
      );
      return outcome.result === 'applied'
        ? { ok: true, detail: 'the previous CR was re-applied and rolled out again' }
        : { ok: false, detail: `re-applying the previous CR did not roll out: ${outcome.message}` };
    });
  } catch (error) {
    return { ok: false, detail: `restoring failed: ${errorMessage(error).split('\n')[0]}` };
  }
}

/**
 * After the bake time: is the instance still rolled out? The phase is Completed and every workload of the CR
 * is ready, as apply-cr's wait requires; a crash loop that started during the bake shows here.
 */
export async function stillHealthy(
  instance: PreparedInstance,
  settings: RolloutSettings,
  ctx: Context,
): Promise<{ ok: boolean; detail: string }> {
  try {
    return await withGateway(instance, settings, ctx, async (gateway) => {
      const snapshot = await gateway.snapshot();
      const problems: string[] = [];
      if (snapshot.phase !== 'Completed') problems.push(`phase ${snapshot.phase ?? 'unset'}`);
      for (const w of snapshot.workloads)
        if (!workloadReady(w) || w.failedReason)
          problems.push(`${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready`);
      problems.push(...(problems.length > 0 ? (snapshot.podProblems ?? []) : []));
      return problems.length === 0
        ? { ok: true, detail: 'healthy after the bake' }
        : { ok: false, detail: `unhealthy after the bake: ${problems.join('; ')}` };
    });
  } catch (error) {
    return { ok: false, detail: `cannot check after the bake: ${errorMessage(error).split('\n')[0]}` };
  }
}
