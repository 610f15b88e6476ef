import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import type { RawInputs } from '../core/inputs.js';
import { controllerImage, rolledOut, type Deployment } from './controller.js';
import { refuseV1OverV2 } from './v2.js';
import { registryAuthSecret } from './cluster-v2.js';
import { planInstall, rollbackReserveMs, type InstallPlan } from './plan.js';
import {
  CHART_NAME,
  describePlan,
  directionLine,
  dryRunSummary,
  failureSummary,
  resultLine,
  successSummary,
  valuesLine,
  versionNote,
  type Where,
} from './summary.js';
import { KubeClient, createHelmHome, prepareKubeconfig } from '../kube/index.js';
import {
  ControllerNotReady,
  addChartRepo,
  applyChart,
  checkPermissions,
  explained,
  findController,
  preflight,
  readRelease,
  reportReady,
  resolveChartVersion,
  resolveTools,
  undoChange,
  waitForController,
  type ChartChoice,
  type ReleaseState,
} from './cluster.js';
import { checkInputsAirgapped, parseOptions, valuesFromInputs, type InstallOptions } from './options.js';

export { DEFAULT_CHART_REPO, parseOptions, type InstallOptions } from './options.js';

const UNCHANGED = 'Nothing was changed on the cluster.';

/**
 * install-operator's flow (here rather than in src/commands/install-operator because migrate runs it too, and
 * commands do not import each other): check the inputs (air-gapped rules), set up helm and kubectl, read the
 * cluster (for v2 also cert-manager and any v1 operator release), the release and the chart source at once,
 * plan (install, upgrade, downgrade, reconfigure or nothing), change the release only when needed, and wait
 * for the controller. A change that fails is undone inside `timeout`. v1 charts come from a Helm repository,
 * v2 charts from an OCI registry (./cluster-v2.ts).
 */
export async function runInstallOperator(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  // The registry config helm is given holds base64 of user:password: a secret of its own.
  ctx.redactor.add(registryAuthSecret(options));
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const given = valuesFromInputs(options, ctx.cwd);
  checkInputsAirgapped(options, given.files);

  const tools = await resolveTools(options, ctx);
  ctx.out.setOutput('kubectl-path', tools.kubectl);
  ctx.out.setOutput('helm-path', tools.helm);
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  const helmHome = await createHelmHome(ctx.env.RUNNER_TEMP || undefined);
  try {
    const client = new KubeClient({
      kubectlPath: tools.kubectl,
      helmPath: tools.helm,
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: { ...ctx.env, ...helmHome.env },
      deadline,
      timeoutMs: 120_000,
    });
    // Everything this run reads is read at once (a rerun with nothing to change is these reads and no more):
    // the preflight, the release with its values, the chart repository (unless a version is pinned) and the
    // controller. Only the preflight prints meanwhile; failures are reported in that order.
    const reads = await Promise.allSettled([
      preflight(client, options, ctx),
      readRelease(client, options),
      options.chartVersion === undefined ? resolveChartVersion(client, options) : undefined,
      findController(client, options),
    ]);
    const { serverVersion, certManager } = settled(reads[0], options);
    const { previous, previousValues } = await releaseRead(reads[1], client, options, ctx);
    const wrongLine = options.operator === 'v1' ? refuseV1OverV2(previous, options) : undefined;
    if (wrongLine) throw wrongLine;
    // A pinned version the release already runs needs no repository round trip unless something changes.
    const pinnedAndDeployed =
      options.chartVersion !== undefined && previous?.chartVersion === options.chartVersion;
    const version = await chartVersion(reads[2], pinnedAndDeployed, client, options, ctx);
    const controllerBefore = reads[3].status === 'fulfilled' ? reads[3].value : undefined;

    const plan = planInstall({
      previous,
      previousValues,
      files: given.files,
      inputs: given.inputs,
      version,
      allowDowngrade: options.allowDowngrade,
    });
    const where: Where = {
      release: options.release,
      namespace: options.namespace,
      chartRepo: options.repo.url,
    };
    const describe = describePlan(plan, where);
    ctx.out.setOutput('action', plan.action);
    if (plan.action !== 'none') {
      await checkPermissions(client, options, ctx);
      if (pinnedAndDeployed) await addChartRepo(client, options);
    }
    if (options.dryRun) return dryRun(plan, where, controllerBefore, ctx);

    let revision = previous?.revision;
    let deployment: Deployment;
    if (plan.action === 'none') {
      ctx.out.info(describe[0].toUpperCase() + describe.slice(1) + '.');
      // Nothing changed and the controller was ready when read: no second look needed.
      deployment =
        controllerBefore && rolledOut(controllerBefore)
          ? reportReady(controllerBefore, ctx)
          : await waitForController(client, options, deadline, ctx);
    } else {
      announce(plan, ctx);
      // The rollout gets `timeout` less what undoing a failure needs ("rollback included").
      const until = deadline - rollbackReserveMs(options.timeoutSeconds);
      let made: number | undefined;
      try {
        made = await applyChart(client, options, plan, until, ctx, describe);
        revision = made ?? revision;
        deployment = await waitForController(client, options, until, ctx);
      } catch (error) {
        throw await undone(error, client, options, plan, where, deadline, ctx, made);
      }
    }

    const image = controllerImage(deployment);
    ctx.out.setOutput('chart-version', version);
    ctx.out.setOutput('controller-image', image);
    ctx.out.setOutput('changed', plan.action !== 'none');
    ctx.out.setOutput('rolled-back', false);
    ctx.out.print(resultLine(plan, where, revision, image));
    const note = versionNote(plan);
    if (note) ctx.out.print(note);
    ctx.out.summary(
      successSummary({
        plan,
        where,
        revision,
        image,
        serverVersion,
        airgapped: options.airgapped,
        operator: options.operator,
        certManager,
      }),
    );
    return 0;
  } finally {
    await helmHome.cleanup();
    await kubeconfig.cleanup();
  }
}

/** The value of a settled read, or its error (said by cause) thrown: reads run together, fail in a set order. */
function settled<T>(result: PromiseSettledResult<T>, options: InstallOptions): T {
  if (result.status === 'rejected') throw explained(result.reason, options, 'cluster', UNCHANGED);
  return result.value;
}

/** The release read; a forbidden read of helm's release Secrets is a permission problem, said plainly. */
async function releaseRead(
  result: PromiseSettledResult<ReleaseState>,
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<ReleaseState> {
  if (result.status === 'rejected' && /forbidden/i.test(errorMessage(result.reason))) {
    await checkPermissions(client, options, ctx);
  }
  return settled(result, options);
}

async function chartVersion(
  read: PromiseSettledResult<ChartChoice | undefined>,
  pinnedAndDeployed: boolean,
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<string> {
  return ctx.out.group('Chart', async () => {
    if (pinnedAndDeployed) {
      ctx.out.info(`chart: ${CHART_NAME} ${options.chartVersion} (pinned; the release runs it)`);
      return options.chartVersion as string;
    }
    const chart = settled(read, options) ?? (await resolveChartVersion(client, options));
    ctx.out.info(`chart: ${CHART_NAME} ${chart.version} ${chart.note}`);
    if (options.operator === 'v2' && options.chartVersion === undefined) {
      // A rerun would follow every new beta (and its CRD changes): say how to hold still.
      ctx.out.notice(
        `Operator v2 is in beta and its CRD can change between betas: set 'chart-version: ${chart.version}' to stay on this version.`,
      );
    }
    return chart.version;
  });
}

function announce(plan: InstallPlan, ctx: Context): void {
  const direction = directionLine(plan);
  const note = versionNote(plan);
  if (direction) ctx.out.info(direction);
  if (note) ctx.out.notice(note);
  if (plan.previous) ctx.out.info(`values: ${valuesLine(plan)}`);
}

function dryRun(plan: InstallPlan, where: Where, controller: Deployment | undefined, ctx: Context): number {
  ctx.out.print(`Dry run: would ${plan.action === 'none' ? 'change nothing' : describePlan(plan, where)}.`);
  if (plan.previous) ctx.out.info(`values: ${valuesLine(plan)}`);
  const note = versionNote(plan);
  if (note) ctx.out.info(note);
  ctx.out.setOutput('chart-version', plan.version);
  ctx.out.setOutput('changed', false);
  ctx.out.setOutput('rolled-back', false);
  ctx.out.setOutput('controller-image', plan.previous && controller ? controllerImage(controller) : '');
  ctx.out.summary(dryRunSummary(plan, where));
  return 0;
}

/** Undoes the failed change, then returns the error to throw: why it failed, then the state it left. */
async function undone(
  error: unknown,
  client: KubeClient,
  options: InstallOptions,
  plan: InstallPlan,
  where: Where,
  deadline: number,
  ctx: Context,
  revision: number | undefined,
): Promise<UserError> {
  const message = errorMessage(error);
  ctx.out.warning(`${describePlan(plan, where)} failed: ${message.split('\n')[0]}`);
  const { state, kind, undone } = await undoChange(client, options, plan, deadline, ctx, {
    revision,
    otherOperation: /another operation \(install\/upgrade\/rollback\) is in progress/i.test(message),
  });
  ctx.out.setOutput('changed', !undone);
  ctx.out.setOutput('rolled-back', undone && (kind === 'rollback' || kind === 'uninstall'));
  ctx.out.summary(
    failureSummary({
      plan,
      where,
      why: message.split('\n')[0],
      reasons: error instanceof ControllerNotReady ? error.reasons : message.split('\n').slice(1, 8),
      state,
    }),
  );
  return new UserError(`${message}\n${state}`, error instanceof UserError ? error.fix : undefined);
}
