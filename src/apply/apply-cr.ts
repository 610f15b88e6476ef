/**
 * apply-cr's flow, shared by the apply-cr command (src/commands/apply-cr/run.ts), rollout and migrate, which
 * all run it with their own inputs and context.
 */
import type { Context } from '../core/command.js';
import { bool, num, str, type RawInputs } from '../core/inputs.js';
import { diffStat } from '../diff/unified.js';
import { diagnosticJson, loadConfig, parseConfigOptions, type ConfigOptions } from '../config/load.js';
import { wantsJson } from '../core/common-inputs.js';
import {
  parseRenderCheckOptions,
  renderCheck,
  type RenderCheckOptions,
  type RenderCheckResult,
} from '../charts/render-check.js';
import { KubeClient, prepareKubeconfig } from '../kube/index.js';
import { UsageError } from '../core/inputs.js';
import { UserError } from '../core/errors.js';
import { onCancel } from '../core/cancel.js';
import { CrLease, LeaseHeldError, holderIdentity, leaseName } from '../kube/lease.js';
import {
  LAST_GOOD_ANNOTATION,
  canI,
  existingObjects,
  lastGoodSecretName,
  openGateway,
  type ClusterGateway,
  type Kubectl,
} from './cluster.js';
import {
  accessRefusal,
  describeAccess,
  roleRules,
  v2AccessQuestions,
  type AccessQuestion,
} from './permissions.js';
import { liveSpecSentence, timeoutProblem, splitUntil, type LiveSpec } from './rollout.js';
import {
  waitForLive,
  applyAndWait,
  appVersion,
  assertSameTarget,
  comparable,
  sameConfiguration,
} from './apply.js';
import { isV2 } from './v2-spec.js';
import { crDiff, registerCrSecrets } from './legacy-annotations.js';

interface ApplyOptions extends ConfigOptions {
  dryRun: boolean;
  rollbackOnFailure: boolean;
  forceConflicts: boolean;
  timeoutSeconds: number;
  pollSeconds: number;
  kubeconfigContent?: string;
  context?: string;
  kubectlPath: string;
  render: RenderCheckOptions;
  /** `--format json`: one document on stdout (docs/json-output.md) instead of the diff. */
  json: boolean;
}

/** How the run ended, for `--format json`: filled in on the way, printed once at the end. */
interface ApplyReport {
  target?: { name: string; namespace: string };
  result:
    | 'applied'
    | 'no-changes'
    | 'dry-run'
    | 'not-applied'
    | 'not-rolled-out'
    | 'rolled-back'
    | 'failed'
    | 'rollback-failed';
  /** Which spec is live at the end; `unknown` when no cluster was read. */
  liveSpec: LiveSpec;
  diff?: { added: number; removed: number };
  message?: string;
  waitedSeconds?: number;
  operatorMessages?: string[];
  /** The rights the preflight found missing (v2): nothing was changed; on a dry run, what a real run would lack. */
  missingPermissions?: Array<Omit<AccessQuestion, 'why'>>;
  /** For a dry run's summary: what a real run would lack, with the Role rules (not in the JSON). */
  dryRunNote?: string;
  diagnostics: ReturnType<typeof diagnosticJson>[];
}

function parseOptions(raw: RawInputs, ctx: Context): ApplyOptions {
  const timeoutSeconds = num(raw, 'timeout') ?? 600;
  const rollbackOnFailure = bool(raw, 'rollback-on-failure');
  const problem = timeoutProblem(timeoutSeconds, rollbackOnFailure);
  if (problem) throw new UsageError(problem, "Give 'timeout' in seconds, e.g. --timeout 600 (the default).");
  return {
    ...parseConfigOptions(raw),
    render: parseRenderCheckOptions(raw, ctx),
    dryRun: bool(raw, 'dry-run'),
    rollbackOnFailure,
    forceConflicts: bool(raw, 'force-conflicts'),
    timeoutSeconds,
    pollSeconds: num(raw, 'poll-interval') ?? 1,
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path') ?? ctx.env.KUBECTL_PATH ?? 'kubectl',
    json: wantsJson(raw.format),
  };
}

/**
 * apply-cr: validate everything first (nothing touches the cluster before the configuration is valid), read
 * the live CR, show the masked diff, apply with our own field manager, wait, and roll back on failure.
 */
export async function runApplyCr(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const report: ApplyReport = { result: 'not-applied', liveSpec: 'unknown', diagnostics: [] };
  const code = await applyCr(options, ctx, report);
  if (options.json) {
    ctx.out.json('apply-cr', code === 0, {
      target: report.target ?? null,
      result: report.result,
      dryRun: options.dryRun,
      liveSpec: report.liveSpec,
      renderCheck: ctx.out.outputs['render-check'] ?? null,
      diff: report.diff ?? null,
      ...(report.message ? { message: report.message } : {}),
      ...(report.waitedSeconds !== undefined
        ? { waitedSeconds: report.waitedSeconds, operatorMessages: report.operatorMessages ?? [] }
        : {}),
      ...(report.missingPermissions ? { missingPermissions: report.missingPermissions } : {}),
      diagnostics: report.diagnostics,
      outputs: { ...ctx.out.outputs },
    });
  }
  return code;
}

async function applyCr(options: ApplyOptions, ctx: Context, report: ApplyReport): Promise<number> {
  // One deadline for the whole step: every call, read, watch and the rollback come out of it.
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const built = loadConfig(options, ctx);
  report.diagnostics = built.diagnostics.map(diagnosticJson);
  ctx.out.setOutput('rolled-back', false);
  if (!built.ok) {
    // The chart's refusals are listed with the configuration's errors (no cluster needed for either).
    return notApplied(await renderCheck(built, options.render, ctx), ctx, report);
  }
  const desired = built.cr;
  // The CR's apiVersion chooses how the wait reads the cluster: v1's phase and workloads, or v2's status
  // (observedGeneration, Ready, the migration; src/apply/v2-rollout.ts). Everything else is the same path.
  const version = isV2(desired) ? 'v2' : 'v1';
  const ref = assertSameTarget(desired);
  report.target = { name: ref.name, namespace: ref.namespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.setOutput('version', appVersion(desired));

  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  }).catch((error: unknown) => {
    // A dry run needs no cluster: without a kubeconfig it shows the diff against an empty cluster. A
    // kubeconfig that was given (input, KUBECONFIG_CONTENT or KUBECONFIG) but cannot be read is an error:
    // a diff against "nothing" would claim a create where there may be a live CR.
    if (options.dryRun && !kubeconfigGiven(options, ctx.env)) return undefined;
    throw error;
  });
  // A cancellation (SIGTERM/SIGINT) removes the temporary kubeconfig like the end of the step does.
  const forgetKubeconfig = kubeconfig ? onCancel(() => kubeconfig.cleanup()) : () => undefined;
  if (!kubeconfig) {
    const rendered = await renderCheck(built, options.render, ctx, {
      timeoutMs: Math.min(120_000, options.timeoutSeconds * 1000),
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx, report);
    ctx.out.setOutput('render-check', rendered.outcome);
    return offlineDryRun(built.cr, label, ctx, rendered.line, report, options.json);
  }
  let closeGateway = async () => undefined as void;
  let lease: CrLease | undefined;
  const undo: Array<() => void> = [forgetKubeconfig];
  // Until the Lease is taken (and all along a dry run) a cancellation has written nothing: said so.
  const cancelledBefore = `Cancelled before the CR was written: ${label} is as it was.`;
  const forgetEarly = onCancel(() => {
    ctx.out.error(cancelledBefore);
    ctx.out.summary(`### apply-cr: cancelled\n\n${cancelledBefore}\n`);
  });
  undo.push(forgetEarly);
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath,
      helmPath: 'helm',
      kubeconfig: kubeconfig.path,
      context: options.context,
      deadline,
      timeoutMs: 30_000,
    });
    // Render the chart for this cluster's Kubernetes version before anything is read or written.
    const kubeVersion =
      options.render.mode === 'false' || options.render.kubeVersion
        ? undefined
        : await client.serverVersion().then(
            (version) => version.gitVersion,
            () => undefined,
          );
    const rendered = await renderCheck(built, options.render, ctx, {
      kubeVersion,
      timeoutMs: Math.min(120_000, Math.max(1, deadline - Date.now())),
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx, report);
    ctx.out.setOutput('render-check', rendered.outcome);
    const renderLine = `${rendered.line}\n\n`;

    // Before the Lease and the CR are written: every right the v2 path needs, asked of the API server.
    if (version === 'v2') {
      const refused = await checkV2Access(client, ref, options, ctx, report, deadline);
      if (refused !== undefined) return refused;
    }

    const opened = await openGateway(client, ref, (message) => ctx.out.info(message), version);
    const gateway = opened.gateway;
    closeGateway = opened.close;
    undo.push(onCancel(() => opened.close()));

    // One writer at a time: the Lease is taken before the read this run diffs against, and held to the end.
    // Its calls have bounds of their own (not the step's deadline): giving it back must work after a timeout.
    let live: LiveSpec = 'previous';
    if (!options.dryRun) {
      const leaseClient = new KubeClient({ ...client.options, deadline: undefined });
      lease = new CrLease(
        (args, call) => leaseClient.kubectl(args, { ...call, allowFailure: true }),
        ref.namespace,
        leaseName(ref.name),
        holderIdentity(ctx.env),
        label,
      );
      let how: Awaited<ReturnType<CrLease['acquire']>>;
      try {
        how = await lease.acquire(Math.max(1, Math.min(30_000, deadline - Date.now())));
      } catch (error) {
        if (!(error instanceof LeaseHeldError)) throw error;
        return leaseHeld(error, ctx, report);
      }
      const held = lease;
      ctx.out.info(
        `Lease ${held.label} taken${how === 'expired' ? ' over (its holder let it expire)' : ''}: no other apply-cr writes ${label} until this one ends.`,
      );
      held.keepRenewed((message) => ctx.out.warning(message));
      // From here on the CR may be written: the cancellation says which spec is live instead.
      forgetEarly();
      undo.push(
        onCancel(async () => {
          ctx.out.error(`Cancelled. ${liveSpecSentence(live, ref)}`);
          // The summary is written after the cleanups (src/core/cancel.ts): a cancelled step says its state there too.
          ctx.out.summary(`### apply-cr: cancelled\n\n${label}: ${liveSpecSentence(live, ref)}\n`);
          await held.release();
        }),
      );
    }

    const before = await gateway.snapshot(deadline);
    const current = before.cr ? { object: before.cr } : undefined;
    // The live CR may hold secrets this run's files do not (set by someone else, or inside the v2 conversion
    // webhook's legacy annotations): mask those too.
    registerCrSecrets(current?.object, ctx.redactor);
    const previous = current ? comparable(current.object, desired) : undefined;
    ctx.out.setOutput('previous-version', appVersion(previous));
    report.liveSpec = previous ? 'previous' : 'none';

    // Masked, yet a changed secret and a null that drops a chart default still show (src/diff/config.ts).
    // The legacy annotations' JSON is masked inside too (src/apply/legacy-annotations.ts).
    registerCrSecrets(desired, ctx.redactor);
    const { diff, secretChanges } = crDiff(previous, desired, {
      fromLabel: `${label}: live${previous ? '' : ' (not in the cluster)'}`,
      toLabel: `${label}: desired`,
    });
    ctx.out.setOutput('diff', diff);
    const recordedGood = await gateway.lastGood(before.cr, deadline);
    registerCrSecrets(recordedGood, ctx.redactor);
    // A rollback re-applies a spec of the CR's own apiVersion. A v1 spec recorded before a cutover to v2 (migrate
    // --to v2) is not one: the previous CR as the API server serves it in this version is used instead.
    const lastGood = recordedGood?.apiVersion === desired.apiVersion ? recordedGood : undefined;
    if (recordedGood && !lastGood)
      ctx.out.info(
        `The last good spec recorded (Secret ${lastGoodSecretName(ref.name)}) is ${String(recordedGood.apiVersion)}, not ${String(desired.apiVersion)}: a rollback goes back to the CR as it is now instead.`,
      );
    const { added, removed } = diffStat(diff);
    report.diff = { added, removed };
    if (sameConfiguration(current?.object, desired)) {
      return await noChanges(
        gateway,
        current!.object,
        lastGood,
        { options, deadline, label, renderLine, report, desired },
        ctx,
      );
    }
    ctx.out.info(`${previous ? 'Changes to' : 'Creating'} ${label} (+${added} -${removed} lines):`);
    if (!options.json) ctx.out.print(diff);
    const hidden = secretChanges.filter((path) => path.startsWith('metadata.annotations.'));
    if (hidden.length > 0)
      ctx.out.info(`A secret value changed inside ${hidden.join(', ')} (masked on both sides of the diff).`);
    const diffBlock = `\`\`\`diff\n${diff}\`\`\`\n`;
    if (options.dryRun) {
      ctx.out.info('Dry run: nothing was changed.');
      ctx.out.summary(
        `### apply-cr (dry run)\n\n${label}: nothing was changed.\n\n${report.dryRunNote ?? ''}${renderLine}${diffBlock}`,
      );
      ctx.out.setOutput('changed', false);
      report.result = 'dry-run';
      return 0;
    }

    let wrote = false;
    const outcome = await applyAndWait(
      gateway,
      {
        desired,
        before,
        previous,
        rollbackTo: lastGood,
        resourceVersion: resourceVersionOf(before.cr),
        deadlineMs: deadline,
        onLive: (now) => {
          live = now;
          wrote = true;
        },
        timeoutSeconds: options.timeoutSeconds,
        rollbackOnFailure: options.rollbackOnFailure,
        forceConflicts: options.forceConflicts,
        pollMs: options.pollSeconds * 1000,
      },
      ctx.out,
    ).catch((error: unknown) => {
      // The API server refused the apply (a field another manager owns, the CR changed since it was read):
      // nothing was written, a decision to report like the others. Anything later is the runner's to report.
      if (wrote || !(error instanceof UserError)) throw error;
      return refused(error, { label, renderLine, diffBlock, liveSpec: report.liveSpec }, ctx, report);
    });
    if (typeof outcome === 'number') return outcome;
    const versions = `${appVersion(previous) || '(none)'} -> ${appVersion(desired) || '(unpinned)'}`;
    const table =
      `| | |\n| --- | --- |\n| CR | ${label} |\n| version | ${versions} |\n| waited | ${outcome.waitedSeconds} s |\n` +
      `| result | ${outcome.result} |\n`;
    const operator = outcome.operatorMessages.length
      ? `\nOperator said:\n${outcome.operatorMessages.map((m) => `- ${m}`).join('\n')}\n`
      : '';
    ctx.out.summary(
      `### apply-cr: ${outcome.result}\n\n${table}\n${outcome.message}\n${operator}\n${renderLine}${diffBlock}`,
    );
    ctx.out.setOutput('changed', outcome.result === 'applied');
    ctx.out.setOutput('rolled-back', outcome.result === 'rolled-back');
    settle(report, {
      result: outcome.result,
      liveSpec: outcome.live,
      message: outcome.message,
      waitedSeconds: outcome.waitedSeconds,
      operatorMessages: outcome.operatorMessages,
    });
    if (outcome.result === 'applied') {
      await recordLastGood(gateway, desired, ctx, deadline);
      ctx.out.info(`${label} rolled out (${versions}). ${outcome.message}`);
      return 0;
    }
    ctx.out.error(
      `${label} did not roll out. ${outcome.message}${operator ? ` ${outcome.operatorMessages.join(' | ')}` : ''}`,
    );
    if (outcome.result === 'rolled-back') ctx.out.setOutput('version', appVersion(previous));
    return 1;
  } finally {
    await lease?.release();
    await closeGateway();
    await kubeconfig.cleanup();
    for (const forget of undo) forget();
  }
}

/**
 * The v2 path's rights (src/apply/permissions.ts), asked before anything changes. A missing one ends the run
 * here, naming each with the Role rule that grants it: 1 then, undefined to go on. A dry run needs only what it
 * reads; what a real run would need on top is a warning.
 */
async function checkV2Access(
  client: KubeClient,
  ref: { name: string; namespace: string },
  options: ApplyOptions,
  ctx: Context,
  report: ApplyReport,
  deadline: number,
): Promise<number | undefined> {
  const kubectl: Kubectl = (args, call) => client.kubectl(args, { ...call, allowFailure: true });
  const byMs = Math.min(deadline, Date.now() + 30_000);
  const existing = await existingObjects(kubectl, ref, leaseName(ref.name), 'v2', byMs);
  const { required, forRealRun } = v2AccessQuestions(ref, existing, options);
  const answers = await canI(kubectl, [...required, ...forRealRun], byMs).catch((error: unknown) => {
    // Before the Lease and the CR: a preflight that could not ask has changed nothing, and says so.
    throw new UserError(
      `${(error as Error).message.split('\n')[0]} Nothing was changed.`,
      (error as UserError).fix ??
        'Check that the kubeconfig reaches the API server (kubectl auth can-i works with it), then run again.',
    );
  });
  const refusal = accessRefusal(
    ref,
    required,
    answers,
    existing.cr === undefined
      ? 'the CR was not written (whether it exists could not be read).'
      : existing.cr
        ? 'the live CR was not written.'
        : 'the CR does not exist, and was not created.',
  );
  if (refusal) {
    ctx.out.error(refusal.message);
    ctx.out.info(`  fix: ${refusal.fix}`);
    ctx.out.setOutput('changed', false);
    settle(report, {
      result: 'not-applied',
      liveSpec: existing.cr === undefined ? 'unknown' : existing.cr ? 'previous' : 'none',
      message: refusal.message,
      missingPermissions: refusal.denied.map(({ why: _why, ...question }) => question),
    });
    ctx.out.summary(
      `### apply-cr: nothing was applied\n\n${refusal.message}\n\nAdd these rules to a Role in namespace ${ref.namespace} bound to the kubeconfig's identity:\n\n\`\`\`yaml\n${refusal.rules}\n\`\`\`\n`,
    );
    return 1;
  }
  const later = forRealRun.filter((_, i) => answers[required.length + i] !== true);
  if (later.length > 0) {
    ctx.out.warning(
      `Dry run: this identity may read what the dry run reads, but applying the CR also needs ${describeAccess(later)}.`,
    );
    ctx.out.info(`  Role rules to add in namespace ${ref.namespace} before a real run:\n${roleRules(later)}`);
    report.missingPermissions = later.map(({ why: _why, ...question }) => question);
    report.dryRunNote = `A real run would be refused: this identity may not ${describeAccess(later)}. Role rules to add in namespace ${ref.namespace}:\n\n\`\`\`yaml\n${roleRules(later)}\n\`\`\`\n\n`;
  } else
    ctx.out.info(
      'permissions: ok (kubectl auth can-i, for the CR, its Lease, its last-good Secret and the migration Jobs)',
    );
  return undefined;
}

/**
 * Another apply-cr holds the CR's Lease: this run stops before reading or writing the CR. A decision like any
 * other: said in the log, the summary, the outputs and the JSON document.
 */
function leaseHeld(error: LeaseHeldError, ctx: Context, report: ApplyReport): number {
  ctx.out.error(error.message);
  if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
  ctx.out.setOutput('changed', false);
  settle(report, { result: 'not-applied', message: `${error.message} ${error.fix ?? ''}`.trim() });
  ctx.out.summary(`### apply-cr: nothing was applied\n\n${error.message}\n\n${error.fix ?? ''}\n`);
  return 1;
}

/** The API server refused the apply: nothing was written. Said in the log, the summary, outputs and JSON. */
function refused(
  error: UserError,
  run: { label: string; renderLine: string; diffBlock: string; liveSpec: LiveSpec },
  ctx: Context,
  report: ApplyReport,
): number {
  const state = /nothing was written/i.test(error.message)
    ? ''
    : ` Nothing was written: ${run.label} is as it was.`;
  ctx.out.error(`${error.message}${state}`);
  if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
  ctx.out.setOutput('changed', false);
  settle(report, {
    result: 'not-applied',
    liveSpec: run.liveSpec,
    message: `${error.message}${state} ${error.fix ?? ''}`.trim(),
  });
  ctx.out.summary(
    `### apply-cr: nothing was applied\n\n${run.label}: ${error.message}${state}\n\n${error.fix ?? ''}\n\n${run.renderLine}${run.diffBlock}`,
  );
  return 1;
}

/** Records how the run ended (typed: a result or live spec that does not exist is a compile error). */
function settle(report: ApplyReport, ending: Partial<ApplyReport>): void {
  Object.assign(report, ending);
}

function kubeconfigGiven(options: ApplyOptions, env: NodeJS.ProcessEnv): boolean {
  return Boolean(options.kubeconfigContent?.trim() || env.KUBECONFIG?.trim());
}

function resourceVersionOf(cr: Record<string, unknown> | undefined): string | undefined {
  return (cr?.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;
}

/** The CR as apply-cr re-applies it: identity, labels and annotations it was given, and the spec. */
function restorable(cr: Record<string, unknown>): Record<string, unknown> {
  const meta = (cr.metadata ?? {}) as Record<string, unknown>;
  const metadata: Record<string, unknown> = { name: meta.name, namespace: meta.namespace };
  if (meta.labels) metadata.labels = meta.labels;
  return { apiVersion: cr.apiVersion, kind: cr.kind, metadata, spec: cr.spec ?? {} };
}

/** After a rollout: the spec that rolled out becomes the one a later rollback goes back to. */
async function recordLastGood(
  gateway: ClusterGateway,
  desired: Record<string, unknown>,
  ctx: Context,
  deadline: number,
): Promise<void> {
  try {
    const live = await gateway.getCr(Math.max(deadline, Date.now() + 5_000));
    const uid = (live?.object.metadata as { uid?: string } | undefined)?.uid;
    if (!uid) return;
    const pointer = JSON.stringify({
      secret: lastGoodSecretName(gateway.target.name),
      version: appVersion(desired) || '(unpinned)',
      recordedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    await gateway.recordLastGood(restorable(desired), uid, pointer, Math.max(deadline, Date.now() + 5_000));
    ctx.out.info(
      `Recorded as the last good spec (Secret ${lastGoodSecretName(gateway.target.name)}, annotation ${LAST_GOOD_ANNOTATION}).`,
    );
  } catch (error) {
    ctx.out.warning(
      `The rollout succeeded, but recording it as the last good spec failed: ${(error as Error).message.split('\n')[0]}. A later rollback goes back to the CR as it was before that run.`,
    );
  }
}

/**
 * Nothing to apply, but that is no success by itself: the live CR may be failing (Invalid Config, a workload
 * that gave up) or its rollout may never have finished. It is checked like a rollout; if it fails and
 * rollback-on-failure is on, the last good spec is re-applied.
 */
async function noChanges(
  gateway: ClusterGateway,
  liveCr: Record<string, unknown>,
  lastGood: Record<string, unknown> | undefined,
  run: {
    options: ApplyOptions;
    deadline: number;
    label: string;
    renderLine: string;
    report: ApplyReport;
    desired: Record<string, unknown>;
  },
  ctx: Context,
): Promise<number> {
  const { options, deadline, label, renderLine, report } = run;
  ctx.out.setOutput('changed', false);
  // Whatever comes next, the configured spec is the live one until a rollback replaces it.
  report.liveSpec = 'new';
  ctx.out.info(`No changes: ${label} already matches the configuration. Checking that it is rolled out...`);
  const { forwardBy } = splitUntil(Date.now(), deadline);
  const health = await waitForLive(gateway, ctx.out, forwardBy, options.pollSeconds * 1000);
  if (health.state === 'succeeded') {
    // A v2 live spec holds the CRD's defaults the configuration did not write: recorded without them.
    const configured = isV2(liveCr) ? restorable(comparable(liveCr, run.desired)) : restorable(liveCr);
    const recorded = lastGood && sameConfiguration(lastGood, configured);
    if (!options.dryRun && !recorded) await recordLastGood(gateway, configured, ctx, deadline);
    ctx.out.info(`No changes: ${label} matches the configuration and is rolled out. The CR was not written.`);
    ctx.out.summary(
      `### apply-cr: no changes\n\n${label} already matches the configuration and is rolled out.\n\n${report.dryRunNote ?? ''}${renderLine}`,
    );
    report.result = 'no-changes';
    return 0;
  }
  const why =
    health.state === 'timeout'
      ? `its rollout has not finished (stalled): still waiting for ${health.pending.join('; ')}.`
      : `${health.reason}${health.operatorMessages.length ? ` Operator said: ${health.operatorMessages.join(' | ')}` : ''}`;
  const canGoBack =
    options.rollbackOnFailure && !options.dryRun && lastGood && !sameConfiguration(liveCr, lastGood);
  if (!canGoBack) {
    const fix = options.dryRun
      ? 'Run without dry-run to roll back to the last good spec, or fix the configuration.'
      : !lastGood
        ? `No last good spec is recorded for it (annotation ${LAST_GOOD_ANNOTATION}), so there is nothing to roll back to: fix the configuration and run again.`
        : options.rollbackOnFailure
          ? 'The last good spec is this same spec: the cause is outside the CR (images, the cluster, the operator): see the operator and pod events.'
          : 'Rollback is off (rollback-on-failure: false): fix the configuration and run again.';
    ctx.out.error(
      `No changes to apply, but ${label} is not rolled out: ${why} ${liveSpecSentence('new', gateway.target)}`,
    );
    ctx.out.info(`  fix: ${fix}`);
    settle(report, { result: 'not-rolled-out', message: `${why} ${fix}` });
    ctx.out.summary(
      `### apply-cr: not rolled out\n\nNo changes to apply, but ${label} is not rolled out: ${why}\n\n${fix}\n`,
    );
    return 1;
  }
  ctx.out.info(`${label} is failing (${why}) Rolling back to the last good spec...`);
  const outcome = await applyAndWait(
    gateway,
    {
      desired: lastGood,
      previous: comparable(liveCr, lastGood),
      deadlineMs: deadline,
      timeoutSeconds: options.timeoutSeconds,
      rollbackOnFailure: false,
      forceConflicts: true,
      pollMs: options.pollSeconds * 1000,
    },
    ctx.out,
  );
  const back = outcome.result === 'applied';
  ctx.out.setOutput('changed', true);
  ctx.out.setOutput('rolled-back', back);
  if (back) ctx.out.setOutput('version', appVersion(lastGood));
  const message = back
    ? `No changes to apply, but ${label} was not rolled out: ${why} Rolled back to the last good spec (${appVersion(lastGood) || 'unpinned'}), which is rolled out again. ${liveSpecSentence('previous', gateway.target)}`
    : `No changes to apply, but ${label} was not rolled out: ${why} Re-applying the last good spec did not roll out either: ${outcome.message}`;
  ctx.out.error(message);
  settle(report, {
    result: back ? 'rolled-back' : 'rollback-failed',
    liveSpec: back ? 'previous' : outcome.live,
    message,
    waitedSeconds: outcome.waitedSeconds,
    operatorMessages: outcome.operatorMessages,
  });
  ctx.out.summary(`### apply-cr: ${back ? 'rolled-back' : 'rollback-failed'}\n\n${message}\n`);
  return 1;
}

/** Stopped before the cluster: configuration errors and/or the chart's refusals (already listed in the log). */
function notApplied(rendered: RenderCheckResult, ctx: Context, report: ApplyReport): number {
  ctx.out.setOutput('render-check', rendered.outcome);
  ctx.out.setOutput('changed', false);
  const refused = rendered.diagnostics.length > 0;
  const message = `Nothing was applied: the configuration has errors${refused ? ' or the chart refuses the values' : ''} (listed above).`;
  ctx.out.error(message);
  report.diagnostics.push(...rendered.diagnostics.map(diagnosticJson));
  settle(report, { result: 'not-applied', message: message.replace(' (listed above)', '') });
  ctx.out.summary(
    `### apply-cr: nothing was applied\n\nThe configuration has errors (see the log).\n\n${rendered.line}\n`,
  );
  return 1;
}

function offlineDryRun(
  desired: Record<string, unknown>,
  label: string,
  ctx: Context,
  renderLine: string,
  report: ApplyReport,
  json: boolean,
): number {
  registerCrSecrets(desired, ctx.redactor);
  const { diff } = crDiff(undefined, desired, {
    fromLabel: `${label}: no cluster configured (empty)`,
    toLabel: `${label}: desired`,
  });
  const { added } = diffStat(diff);
  ctx.out.info(
    `Dry run without a cluster (no kubeconfig): the diff against an empty cluster, +${added} lines. Nothing was changed.`,
  );
  if (!json) ctx.out.print(diff);
  settle(report, { result: 'dry-run', diff: diffStat(diff) });
  ctx.out.summary(
    `### apply-cr (dry run, no cluster)\n\n${label} would be created. Nothing was changed.\n\n${renderLine}\n\n\`\`\`diff\n${diff}\`\`\`\n`,
  );
  ctx.out.setOutput('changed', false);
  ctx.out.setOutput('diff', diff);
  return 0;
}
