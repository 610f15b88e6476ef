/*
 * migrate's operator path (`to: operator`): from an installation of the legacy wandb chart (or plain
 * manifests) to a WeightsAndBiases v1 CR the operator runs. The flows, with their I/O through the adapters
 * (./old-install.ts, ./steps.ts, kubectl); the decisions are pure, in ./cr.ts, ./legacy.ts, ./deployment.ts
 * and ./summary.ts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import { buildConfig, formatDiagnostic, hasErrors, maskSecrets, secretValuesIn } from '../config/index.js';
import type { KubeClient } from '../kube/index.js';
import { ClusterGateway } from '../apply/cluster.js';
import { workloadReady } from '../apply/rollout.js';
import { runApplyCr } from '../apply/apply-cr.js';
import { runInstallOperator } from '../install/install-operator.js';
import {
  describeUnmapped,
  mapLegacyValues,
  valuesForSecretScan,
  type Mapping,
  type Values,
} from './legacy.js';
import { legacyValuesFromDeployment, serverContainer } from './deployment.js';
import {
  VERIFIED_ANNOTATION,
  crFileText,
  crHost,
  crMetadata,
  currentVerifiedRecord,
  maskedPaths,
  migrationCr,
  releaseClash,
  removalDecision,
  switchOutcome,
  unmappedList,
  type VerifiedRecord,
} from './cr.js';
import {
  findOldInstall,
  findOldRelease,
  readDeployment,
  scaleBack,
  scaleDown,
  waitForNoPods,
  type OldInstall,
} from './old-install.js';
import type { MigrateOptions } from './options.js';
import { clearVerifiedRecord, kubeRaw, recordVerified, runVerifyStep, stepContext } from './steps.js';
import { planSummary, switchSummary } from './summary.js';

export interface Plan {
  old: OldInstall;
  mapping: Mapping;
  cr: Record<string, unknown>;
  crName: string;
  crNamespace: string;
  crLabel: string;
  oldLabel: string;
  source: string;
  blockers: string[];
}

export async function planMigration(
  client: KubeClient,
  options: MigrateOptions,
  ctx: Context,
): Promise<Plan> {
  const old = await findOldInstall(client, options, (message) => ctx.out.info(message));
  const deploymentName = old.deployment.metadata.name;
  const running = serverContainer(old.deployment)?.image;
  const fromDeployment = old.values === undefined ? legacyValuesFromDeployment(old.deployment) : undefined;
  const legacy: Values = old.values ?? fromDeployment?.values ?? {};
  // Before anything is printed: the old values hold the license and passwords.
  for (const secret of secretValuesIn(legacy)) ctx.redactor.add(secret);
  for (const secret of secretValuesIn(valuesForSecretScan(legacy))) ctx.redactor.add(secret);
  const mapping = mapLegacyValues(legacy, { runningImage: running });
  for (const secret of secretValuesIn(mapping.values)) ctx.redactor.add(secret);

  const source = old.release
    ? `Helm release '${old.release.name}' (${old.release.chart}) in namespace ${old.namespace}`
    : `Deployment '${deploymentName}' in namespace ${old.namespace} (no Helm release '${options.oldRelease}')`;
  const oldLabel = `deployment/${deploymentName} (namespace ${old.namespace})`;
  ctx.out.info(`Old installation: ${source}; ${oldLabel} runs ${running ?? 'no image'}.`);
  if (fromDeployment?.ignored.length) {
    ctx.out.info(
      `Variables the old chart set for itself (not carried over): ${fromDeployment.ignored.join(', ')}`,
    );
  }

  const generated = migrationCr(
    {
      name: options.name,
      namespace: options.crNamespace,
      chart: { url: options.appChartRepo, name: 'operator-wandb', version: options.appChartVersion },
    },
    mapping.values,
  );
  // With confirm, a CR file already at `output` is the reviewed one (secrets moved out, MySQL pointed at the
  // right database, ...): it is applied as it is, never overwritten with a fresh mapping.
  const reviewed = options.confirm && existsSync(options.output);
  let text: string;
  if (reviewed) {
    text = readFileSync(options.output, 'utf8');
  } else {
    const inlineGenerated = maskedPaths((maskSecrets(generated).spec as Values).values);
    text = crFileText(generated, {
      source,
      inlineSecrets: inlineGenerated,
      unmapped: mapping.unmapped.map((u) => u.path),
    });
    mkdirSync(dirname(options.output), { recursive: true });
    // 0600: the file may hold the license and passwords until they are moved into Secrets.
    writeFileSync(options.output, text, { mode: 0o600 });
    // `mode` applies only to a new file: an existing one (an earlier dry run) keeps its mode otherwise.
    chmodSync(options.output, 0o600);
  }
  ctx.out.setOutput('cr-path', options.output);
  ctx.out.setOutput('unmapped-keys', unmappedList(mapping));

  // The same checks apply-cr runs, now, so that a dry run already shows what confirm would refuse.
  const built = buildConfig([{ path: options.output, text }], [], {
    name: options.name,
    namespace: options.crNamespace,
  });
  for (const secret of built.secrets) ctx.redactor.add(secret);
  const metadata = (built.cr.metadata ?? {}) as { name?: unknown; namespace?: unknown };
  const crName = typeof metadata.name === 'string' ? metadata.name : options.name;
  const crNamespace = typeof metadata.namespace === 'string' ? metadata.namespace : options.crNamespace;
  const cr = built.cr;
  const masked = built.masked;
  const inline = maskedPaths(((masked.spec ?? {}) as Values).values ?? {});
  const crLabel = `weightsandbiases/${crName} (namespace ${crNamespace})`;
  const blockers: string[] = [];
  const clash = releaseClash(
    { name: crName, namespace: crNamespace },
    { release: old.release?.name, namespace: old.namespace },
  );
  if (clash) blockers.push(clash);
  if (hasErrors(built.diagnostics))
    blockers.push(`${options.output} has errors (listed above); fix them first.`);

  ctx.out.info(
    reviewed
      ? `Using the reviewed ${crLabel} in ${options.output} as it is (not rewritten).`
      : `Wrote ${crLabel} to ${options.output} (mode 0600) for review.`,
  );
  ctx.out.info(`Carried over ${mapping.mapped.length} value${mapping.mapped.length === 1 ? '' : 's'}:`);
  for (const m of mapping.mapped) ctx.out.info(`  ${m.from} -> spec.values.${m.to}`);
  if (mapping.unmapped.length > 0) {
    ctx.out.warning(
      `${mapping.unmapped.length} old value${mapping.unmapped.length === 1 ? ' was' : 's were'} not carried over; review each:\n${describeUnmapped(
        mapping.unmapped,
      )
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  }
  if (inline.length > 0) {
    ctx.out.warning(
      `${options.output} holds secrets from the old values inline (${inline.join(', ')}). Do not commit it: move them into Kubernetes Secrets and reference those (global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret).`,
    );
  }
  for (const warning of mapping.warnings) ctx.out.warning(warning);
  for (const diagnostic of built.diagnostics) ctx.out.info(formatDiagnostic(diagnostic));
  for (const blocker of blockers) {
    ctx.out.error(blocker, clash === blocker ? undefined : { file: options.output, line: 1, column: 1 });
  }
  if (clash)
    ctx.out.info(
      `  fix: Name the CR differently (e.g. ${crName}-operator): 'name' or 'cr-namespace', or metadata in the reviewed ${options.output}.`,
    );

  ctx.out.summary(
    planSummary({ source, crLabel, output: options.output, mapping, blockers, inline, masked }),
  );
  return { old, mapping, cr, crName, crNamespace, crLabel, oldLabel, source, blockers };
}

export async function switchOver(
  client: KubeClient,
  options: MigrateOptions,
  plan: Plan,
  deadline: number,
  ctx: Context,
): Promise<number> {
  const oldName = plan.old.deployment.metadata.name;
  const secondsLeft = () => (deadline - Date.now()) / 1000;
  const crRef = { name: plan.crName, namespace: plan.crNamespace };
  const gateway = new ClusterGateway(
    (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
    crRef,
  );
  const crExisted = (await gateway.getCr()) !== undefined;
  const steps: string[] = [];

  ctx.out.info(`== 1/4 Scale ${plan.oldLabel} to 0`);
  const replicas = await scaleDown(client, plan.old.deployment, plan.old.namespace);
  const stopped = await waitForNoPods(
    client,
    oldName,
    plan.old.namespace,
    Math.min(deadline, Date.now() + 120_000),
    options.pollSeconds * 1000,
  );
  steps.push(
    `scaled ${plan.oldLabel} from ${replicas} to 0${stopped ? '' : ' (old pods still terminating)'}`,
  );
  ctx.out.info(stopped ? 'The old pods are gone.' : 'The old pods are still terminating; going on.');

  const restore = async (why: string): Promise<number> => {
    ctx.out.error(`${why} Scaling ${plan.oldLabel} back to ${replicas}.`);
    try {
      await scaleBack(client, oldName, plan.old.namespace, replicas);
      steps.push(`scaled ${plan.oldLabel} back to ${replicas}`);
      ctx.out.info(`${plan.oldLabel} is scaled back to ${replicas}: the old installation serves again.`);
      ctx.out.setOutput('result', 'restored');
    } catch (error) {
      ctx.out.error(
        `Scaling ${plan.oldLabel} back failed too: ${errorMessage(error)}. Run: kubectl scale deployment ${oldName} -n ${plan.old.namespace} --replicas=${replicas}`,
      );
      ctx.out.setOutput('result', 'failed');
    }
    ctx.out.summary(switchSummary(steps, 'failed; the old installation was restored'));
    return 1;
  };

  let host: string | undefined;
  let passed: VerifiedRecord | undefined;
  try {
    if (options.installOperator) {
      ctx.out.info(
        `== 2/4 Install the operator (release '${options.operatorRelease}', namespace ${options.operatorNamespace})`,
      );
      const installed = await runInstallOperator(
        {
          ...kubeRaw(options, secondsLeft()),
          namespace: options.operatorNamespace,
          release: options.operatorRelease,
          'chart-repo': options.operatorChartRepo,
          'chart-version': options.operatorChartVersion,
          'min-kubernetes-version': options.minKubernetesVersion,
        },
        stepContext(ctx),
      );
      if (installed !== 0) return await restore('Installing the operator failed.');
      steps.push('installed the operator');
    } else {
      ctx.out.info('== 2/4 Install the operator: skipped (install-operator: false)');
      steps.push('operator install skipped (install-operator: false)');
    }

    ctx.out.info(`== 3/4 Apply ${plan.crLabel}`);
    const applied = await runApplyCr(
      {
        ...kubeRaw(options, secondsLeft()),
        config: [options.output],
        set: [],
        name: plan.crName,
        namespace: plan.crNamespace,
        'dry-run': false,
        'rollback-on-failure': true,
        'force-conflicts': false,
        'poll-interval': options.pollSeconds,
        'render-check': options.renderCheck,
        chart: options.chart,
      },
      stepContext(ctx),
    );
    if (applied !== 0) return await restore(`${plan.crLabel} did not roll out.`);
    steps.push(`applied ${plan.crLabel}; it rolled out`);

    ctx.out.info('== 4/4 Verify');
    host = options.host ?? crHost(plan.cr);
    if (options.apiKey && host) {
      // The generation verify checks: a change to the spec while verify runs leaves the record stale.
      const before = crMetadata((await gateway.getCr())?.object);
      const verified = await runVerifyStep(options, crRef, host, secondsLeft(), ctx);
      if (!verified.passed) {
        if (!crExisted) {
          // Two installations must not serve the same database: the new one goes before the old one comes back.
          await gateway.deleteCr();
          // Wait for the operator to remove it (its finalizer uninstalls the release): until then its pods
          // may still serve, and a rerun would apply onto the CR being deleted.
          const gone = await untilCrGone(
            gateway,
            Math.min(deadline, Date.now() + 120_000),
            options.pollSeconds * 1000,
          );
          steps.push(
            gone
              ? `deleted ${plan.crLabel} (verify failed); the operator removed it`
              : `deleted ${plan.crLabel} (verify failed); the operator had not finished removing it (kubectl get weightsandbiases -n ${plan.crNamespace})`,
          );
        } else if (before.annotations?.[VERIFIED_ANNOTATION] !== undefined) {
          // An earlier pass recorded on the CR no longer speaks for it.
          await clearVerifiedRecord(client, crRef, ctx);
        }
        ctx.out.setOutput('verify', 'failed');
        return await restore(`Verify failed.${crExisted ? '' : ` ${plan.crLabel} was deleted.`}`);
      }
      passed = {
        at: new Date().toISOString(),
        generation: before.generation ?? 0,
        serverVersion: verified.serverVersion,
      };
      steps.push(`verify passed against ${host}`);
    }
  } catch (error) {
    if (error instanceof UserError) {
      ctx.out.error(error.message);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      return await restore('The switch stopped.');
    }
    await restore(`The switch stopped on an unexpected error: ${errorMessage(error)}.`);
    throw error;
  }

  if (passed) {
    ctx.out.setOutput('verify', 'passed');
    try {
      await recordVerified(client, crRef, passed);
      steps.push(
        `recorded the passed verify on ${plan.crLabel} (annotation ${VERIFIED_ANNOTATION}, generation ${passed.generation})`,
      );
    } catch (error) {
      ctx.out.warning(
        `Verify passed, but recording it on ${plan.crLabel} failed: ${errorMessage(error)}. remove-old will be refused until a verify passes: give remove-old the api-key, and it verifies again first.`,
      );
    }
  } else {
    ctx.out.setOutput('verify', 'skipped');
  }
  // What remove-old will find: the record of a passed verify for the CR as it is now, or why there is none.
  const outcome = switchOutcome({
    crLabel: plan.crLabel,
    oldLabel: plan.oldLabel,
    release: plan.old.release?.name,
    verified: Boolean(passed),
    record: currentVerifiedRecord({ label: plan.crLabel, ...crMetadata((await gateway.getCr())?.object) }),
    apiKey: Boolean(options.apiKey),
    host,
  });
  if (outcome.skipped) {
    ctx.out.warning(outcome.skipped.warning);
    steps.push(outcome.skipped.step);
  }
  ctx.out.setOutput('result', outcome.result);
  ctx.out.print(outcome.line);
  ctx.out.summary(switchSummary(steps, outcome.summary));
  return 0;
}

/**
 * remove-old: refused unless the operator's instance is Completed, its workloads ready, the old one at 0, and a
 * verify passed for the CR as it is now: run here (with an api-key and a host), or recorded on the CR by an
 * earlier run.
 */
export async function removeOld(
  client: KubeClient,
  options: MigrateOptions,
  deadline: number,
  ctx: Context,
): Promise<number> {
  const crRef = { name: options.name, namespace: options.crNamespace };
  const crLabel = `weightsandbiases/${crRef.name} (namespace ${crRef.namespace})`;
  const gateway = new ClusterGateway(
    (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
    crRef,
  );
  const live = await gateway.getCr();
  const snapshot = live ? await gateway.snapshot() : { phase: undefined, workloads: [] };
  const release = await findOldRelease(client, options, (message) => ctx.out.info(message));
  const deploymentName = options.oldDeployment ?? (release ? undefined : 'wandb');
  let deployment = deploymentName
    ? await readDeployment(client, deploymentName, options.namespace)
    : undefined;
  if (release && !deployment) {
    const old = await findOldInstall(client, options).catch(() => undefined);
    deployment = old?.deployment;
  }
  if (!release && !deployment) {
    ctx.out.setOutput('result', 'removed');
    ctx.out.print(
      `Nothing to remove: no Helm release '${options.oldRelease}' and no Deployment '${deploymentName}' in namespace ${options.namespace}.`,
    );
    return 0;
  }
  const oldLabel = release
    ? `Helm release '${release.name}' (namespace ${options.namespace})`
    : `deployment/${deployment?.metadata.name} (namespace ${options.namespace})`;
  const refuse = (reason: string, fix: string): number => {
    ctx.out.setOutput('result', 'refused');
    ctx.out.error(`Not removing ${oldLabel}: ${reason}`);
    ctx.out.info(`  fix: ${fix}`);
    ctx.out.summary(
      `### migrate: remove-old refused\n\nNot removing ${oldLabel}: ${reason}\n\nFix: ${fix}\n`,
    );
    return 1;
  };
  const metadata = crMetadata(live?.object);
  const decision = removalDecision({
    cr: { exists: live !== undefined, phase: snapshot.phase, label: crLabel, ...metadata },
    workloads: snapshot.workloads.map((w) => ({
      name: w.name,
      ready: workloadReady(w),
      detail: `${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready`,
    })),
    old: { replicas: deployment?.spec.replicas ?? 0, label: `deployment/${deployment?.metadata.name}` },
    verifyInputs: { apiKey: Boolean(options.apiKey), host: options.host ?? crHost(live?.object) },
  });
  if (decision.action === 'refuse') {
    if (decision.unverified) ctx.out.setOutput('verify', 'skipped');
    return refuse(decision.reason, decision.fix);
  }

  let record: VerifiedRecord;
  if (decision.action === 'verify') {
    const host = decision.host;
    ctx.out.info(`== Verify ${crLabel} against ${host} before removing ${oldLabel}`);
    const verified = await runVerifyStep(options, crRef, host, (deadline - Date.now()) / 1000, ctx);
    if (!verified.passed) {
      ctx.out.setOutput('verify', 'failed');
      // An earlier pass recorded on the CR no longer speaks for it.
      if (metadata.annotations?.[VERIFIED_ANNOTATION] !== undefined)
        await clearVerifiedRecord(client, crRef, ctx);
      return refuse(
        `verify of ${crLabel} against ${host} did not pass (report: ${options.verifyReportPath}).`,
        'Fix what verify reports, then run remove-old again; the old installation stays (scaled to 0) meanwhile.',
      );
    }
    record = {
      at: new Date().toISOString(),
      generation: metadata.generation ?? 0,
      serverVersion: verified.serverVersion,
    };
    await recordVerified(client, crRef, record);
    // The record must hold for the CR as it is now: a change to its spec while verify ran makes it stale.
    const now = currentVerifiedRecord({ label: crLabel, ...crMetadata((await gateway.getCr())?.object) });
    ctx.out.setOutput('verify', 'passed');
    if (!now.ok) {
      return refuse(
        now.reason,
        'Run remove-old again once the CR is rolled out: it verifies the CR as it is then.',
      );
    }
    ctx.out.info(
      `Verify passed against ${host}; recorded on ${crLabel} (annotation ${VERIFIED_ANNOTATION}, generation ${record.generation}).`,
    );
  } else {
    record = decision.record;
    ctx.out.setOutput('verify', 'recorded');
    ctx.out.info(
      `A verify of ${crLabel} passed at ${record.at}${record.serverVersion ? ` (server ${record.serverVersion})` : ''}, recorded on it for its current generation ${record.generation}.`,
    );
  }

  if (release) {
    await client.helm(['uninstall', release.name, '-n', options.namespace]);
  } else if (deployment) {
    await client.kubectl([
      'delete',
      'deployment',
      deployment.metadata.name,
      '-n',
      options.namespace,
      '--wait=false',
    ]);
  }
  ctx.out.setOutput('result', 'removed');
  const leftovers = release
    ? 'Helm keeps nothing of it except resources marked helm.sh/resource-policy: keep (e.g. volume claims): check them.'
    : 'Only the Deployment was deleted: remove the Service, Ingress, Secrets and volume claims the old manifests made once you no longer need them.';
  const verifiedAt = `verified at ${record.at}, generation ${record.generation}${record.serverVersion ? `, server ${record.serverVersion}` : ''}`;
  ctx.out.print(`Removed ${oldLabel}: ${crLabel} is Completed, ready and ${verifiedAt}. ${leftovers}`);
  ctx.out.summary(
    `### migrate: old installation removed\n\nRemoved ${oldLabel}: ${crLabel} is Completed, ready and ${verifiedAt}. ${leftovers}\n`,
  );
  return 0;
}

/** Polls until the CR is gone (true) or `untilMs` passes (false). */
async function untilCrGone(gateway: ClusterGateway, untilMs: number, pollMs: number): Promise<boolean> {
  for (;;) {
    if ((await gateway.getCr()) === undefined) return true;
    if (Date.now() + pollMs > untilMs) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
