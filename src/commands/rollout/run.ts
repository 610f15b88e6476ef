import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { bool, num, str, type RawInputs } from '../../core/inputs.js';
import { selectStages, type Selection } from '../../rollout/plan.js';
import {
  instanceFailed,
  renderSummary,
  rolloutOutcome,
  type InstanceReport,
  type StageReport,
} from '../../rollout/summary.js';
import { loadFleet } from '../../rollout/fleet-input.js';
import {
  applyInstance,
  prepareInstance,
  restoreInstance,
  stillHealthy,
  verifyInstance,
  type PreparedInstance,
  type RolloutSettings,
} from './instance.js';

interface RolloutOptions extends RolloutSettings {
  fleet: string;
  onlyStage?: string;
  onlyInstance?: string;
  bakeSeconds: number;
}

function parseOptions(raw: RawInputs, ctx: Context): RolloutOptions {
  const fleet = str(raw, 'fleet');
  if (!fleet)
    throw new UserError('No fleet file given.', "Pass it with '--fleet FILE' (or the 'fleet' input).");
  const nonNegative = (name: string, fallback: number, positive = false) => {
    const value = num(raw, name) ?? fallback;
    if (!(positive ? value > 0 : value >= 0))
      throw new UserError(
        `Input '${name}' must be ${positive ? 'a positive' : '0 or a'} number of seconds, got ${value}.`,
      );
    return value;
  };
  return {
    fleet,
    onlyStage: str(raw, 'only-stage'),
    onlyInstance: str(raw, 'only-instance'),
    bakeSeconds: nonNegative('bake-seconds', 300),
    timeoutSeconds: nonNegative('timeout', 600, true),
    pollSeconds: nonNegative('poll-interval', 2, true),
    kubectlPath: str(raw, 'kubectl-path') ?? ctx.env.KUBECTL_PATH ?? 'kubectl',
    helmPath: str(raw, 'helm-path') ?? ctx.env.HELM_PATH,
    chart: str(raw, 'chart'),
    renderCheck: str(raw, 'render-check'),
    dryRun: bool(raw, 'dry-run'),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * rollout: promote a change through the fleet's stages. Every selected instance's configuration and secrets
 * are checked before any cluster is touched; then, stage by stage, each instance is applied (apply-cr, with
 * its rollback), verified, and the stage bakes before the next one starts. The first failure stops the
 * promotion: the stage's other changed instances are restored, later stages are never touched.
 */
export async function runRollout(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const fleet = loadFleet(options.fleet, ctx);
  const selection = selectStages(fleet, { stage: options.onlyStage, instance: options.onlyInstance });
  const prepared = prepareAll(selection, options, ctx);

  const reports: StageReport[] = [];
  let stopped = false;
  for (const stage of selection.stages) {
    if (stage.selected.length === 0) continue;
    if (stopped) {
      reports.push({
        name: stage.name,
        index: stage.index,
        result: 'not-reached',
        instances: stage.selected.map((i) =>
          notReached(i.name, i.namespace, 'not started: an earlier stage failed'),
        ),
      });
      continue;
    }
    const title = `stage ${stage.index}/${fleet.stages.length} ${stage.name}: ${stage.selected.map((i) => i.name).join(', ')}`;
    const report = await ctx.out.group(title, () =>
      runStage(
        { ...stage, instances: stage.selected.map((i) => prepared.get(i.name) as PreparedInstance) },
        options,
        ctx,
      ),
    );
    reports.push(report);
    stopped = report.result === 'failed';
  }

  const outcome = rolloutOutcome(reports, options.dryRun);
  const partial = [
    options.onlyStage ? `only stage ${options.onlyStage}` : '',
    options.onlyInstance ? `only instance ${options.onlyInstance}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  ctx.out.summary(
    renderSummary({
      fleet: options.fleet,
      stages: reports,
      outcome,
      bakeSeconds: options.bakeSeconds,
      partial: partial || undefined,
    }),
  );
  ctx.out.setOutput('stages-completed', outcome.stagesCompleted);
  ctx.out.setOutput('failed-stage', outcome.failedStage);
  ctx.out.setOutput('result', outcome.result);
  const covered = reports.length;
  if (outcome.result === 'failed') {
    const failed = reports.find((s) => s.result === 'failed');
    const culprit = failed?.instances.find((i) => instanceFailed(i.result));
    ctx.out.error(
      `Rollout stopped in stage ${outcome.failedStage}${culprit ? ` (instance ${culprit.instance}: ${culprit.detail ?? culprit.result})` : failed?.detail ? ` (${failed.detail})` : ''}; later stages were not touched.`,
    );
  }
  ctx.out.print(
    `rollout ${outcome.result}: ${outcome.stagesCompleted} of ${covered} stage${covered === 1 ? '' : 's'} completed${outcome.failedStage ? `; failed stage: ${outcome.failedStage}` : ''}.`,
  );
  return outcome.result === 'failed' ? 1 : 0;
}

/** Every selected instance, checked before any cluster is touched: one missing secret stops the whole run. */
function prepareAll(
  selection: Selection,
  options: RolloutOptions,
  ctx: Context,
): Map<string, PreparedInstance> {
  const prepared = new Map<string, PreparedInstance>();
  let count = 0;
  for (const stage of selection.stages) {
    for (const spec of stage.selected) {
      const { instance, problems } = prepareInstance(spec, options.fleet, options, ctx);
      for (const problem of problems) {
        count++;
        const where = problem.place
          ? `${problem.place.file}:${problem.place.line}:${problem.place.column}: `
          : '';
        ctx.out.info(`${where}error: ${problem.message}${problem.fix ? `\n  fix: ${problem.fix}` : ''}`);
        if (ctx.out.github)
          ctx.out.error(`${problem.message}${problem.fix ? ` Fix: ${problem.fix}` : ''}`, problem.place);
      }
      if (instance) prepared.set(spec.name, instance);
    }
  }
  if (count > 0)
    throw new UserError(
      `Nothing was applied: ${count} problem${count === 1 ? '' : 's'} found before the rollout (listed above).`,
    );
  return prepared;
}

function notReached(instance: string, namespace: string, detail = 'not started'): InstanceReport {
  return { instance, namespace, result: 'not-reached', detail };
}

interface StageRun {
  name: string;
  index: number;
  last: boolean;
  instances: PreparedInstance[];
}

async function runStage(stage: StageRun, options: RolloutOptions, ctx: Context): Promise<StageReport> {
  const reports: InstanceReport[] = [];
  /** Instances this run changed, with the CR to put back if the stage fails. */
  const changed: Array<{
    instance: PreparedInstance;
    report: InstanceReport;
    before: { cr?: Record<string, unknown> };
  }> = [];
  let failed = false;
  let stageDetail: string | undefined;

  for (const instance of stage.instances) {
    if (failed) {
      reports.push(
        notReached(
          instance.spec.name,
          instance.spec.namespace,
          'not started: an earlier instance of this stage failed',
        ),
      );
      continue;
    }
    ctx.out.info(
      `-- ${instance.spec.name}: weightsandbiases/${instance.crName} in namespace ${instance.spec.namespace}`,
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
      report.result = restored.ok ? 'verify-failed' : 'rollback-failed';
      report.detail = `${report.detail}; ${restored.detail}`;
      changed.pop();
    } else {
      // Nothing was changed: the instance was failing verify before this run.
      report.result = 'failed';
    }
  }

  // Bake only when something changed: an unchanged stage has nothing new to prove.
  if (!failed && !options.dryRun && !stage.last && options.bakeSeconds > 0 && changed.length > 0) {
    ctx.out.info(`Stage ${stage.name} rolled out; baking ${options.bakeSeconds} s before the next stage...`);
    await sleep(options.bakeSeconds * 1000);
    for (const entry of changed) {
      const health = await stillHealthy(entry.instance, options, ctx);
      if (health.ok) continue;
      failed = true;
      entry.report.result = 'failed';
      entry.report.detail = `${entry.report.detail}; ${health.detail}`;
      stageDetail = `failed after the bake: ${entry.instance.spec.name} ${health.detail}`;
    }
  }

  if (failed) {
    // The stage as a whole is the unit of promotion: what it changed is put back, in reverse order.
    for (const entry of [...changed].reverse()) {
      ctx.out.info(`Stage ${stage.name} failed: restoring ${entry.instance.spec.name}...`);
      const restored = await restoreInstance(entry.instance, entry.before, options, ctx);
      const wasBroken = entry.report.result === 'failed';
      entry.report.result = restored.ok ? (wasBroken ? 'rolled-back' : 'restored') : 'rollback-failed';
      entry.report.detail = `${entry.report.detail}; ${restored.detail}`;
    }
  }
  return {
    name: stage.name,
    index: stage.index,
    result: failed ? 'failed' : options.dryRun ? 'dry-run' : 'succeeded',
    bakedSeconds:
      !failed && !options.dryRun && !stage.last && options.bakeSeconds > 0 && changed.length > 0
        ? options.bakeSeconds
        : stageDetail
          ? options.bakeSeconds
          : undefined,
    detail: stageDetail,
    instances: reports,
  };
}
