import type { Context } from '../../core/command.js';
import { bool, num, str, type RawInputs } from '../../core/inputs.js';
import { unifiedDiff, diffStat } from '../../diff/unified.js';
import { loadConfig, maskedYaml, parseConfigOptions, type ConfigOptions } from '../config-input.js';
import {
  parseRenderCheckOptions,
  renderCheck,
  type RenderCheckOptions,
  type RenderCheckResult,
} from '../render-check.js';
import { maskSecrets, secretValuesIn } from '../../config/index.js';
import { KubeClient, prepareKubeconfig } from '../../kube/index.js';
import { openGateway } from '../../apply/cluster.js';
import {
  applyAndWait,
  appVersion,
  assertSameTarget,
  comparable,
  pruneNulls,
  sameConfiguration,
} from '../../apply/apply.js';

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
}

function parseOptions(raw: RawInputs, ctx: Context): ApplyOptions {
  return {
    ...parseConfigOptions(raw),
    render: parseRenderCheckOptions(raw, ctx),
    dryRun: bool(raw, 'dry-run'),
    rollbackOnFailure: bool(raw, 'rollback-on-failure'),
    forceConflicts: bool(raw, 'force-conflicts'),
    timeoutSeconds: num(raw, 'timeout') ?? 600,
    pollSeconds: num(raw, 'poll-interval') ?? 1,
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path') ?? ctx.env.KUBECTL_PATH ?? 'kubectl',
  };
}

/**
 * apply-cr: validate everything first (nothing touches the cluster before the configuration is valid), read
 * the live CR, show the masked diff, apply with our own field manager, wait, and roll back on failure.
 */
export async function runApplyCr(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const built = loadConfig(options, ctx);
  ctx.out.setOutput('rolled-back', false);
  if (!built.ok) {
    // The chart's refusals are listed with the configuration's errors (no cluster needed for either).
    return notApplied(await renderCheck(built, options.render, ctx), ctx);
  }
  const desired = built.cr;
  const ref = assertSameTarget(desired);
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.setOutput('version', appVersion(desired));

  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  }).catch((error: unknown) => {
    // A dry run needs no cluster: without a kubeconfig it shows the diff against an empty cluster.
    if (options.dryRun) return undefined;
    throw error;
  });
  if (!kubeconfig) {
    const rendered = await renderCheck(built, options.render, ctx, {
      timeoutMs: Math.min(120_000, options.timeoutSeconds * 1000),
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx);
    ctx.out.setOutput('render-check', rendered.outcome);
    return offlineDryRun(built.masked, label, ctx, rendered.line);
  }
  let closeGateway = async () => undefined as void;
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath,
      helmPath: 'helm',
      kubeconfig: kubeconfig.path,
      context: options.context,
      deadline: Date.now() + options.timeoutSeconds * 1000,
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
      timeoutMs: Math.min(120_000, options.timeoutSeconds * 1000),
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx);
    ctx.out.setOutput('render-check', rendered.outcome);
    const renderLine = `${rendered.line}\n\n`;

    const opened = await openGateway(client, ref, (message) => ctx.out.info(message));
    const gateway = opened.gateway;
    closeGateway = opened.close;

    const before = await gateway.snapshot();
    const live = before.cr ? { object: before.cr } : undefined;
    // The live CR may hold secrets this run's files do not (set by someone else): mask those too.
    for (const secret of secretValuesIn(live?.object ?? {})) ctx.redactor.add(secret);
    const previous = live ? comparable(live.object, desired) : undefined;
    ctx.out.setOutput('previous-version', appVersion(previous));

    const diff = unifiedDiff(
      previous ? maskedYaml(maskSecrets(pruneNulls(previous))) : '',
      maskedYaml(pruneNulls(built.masked)),
      {
        fromLabel: `${label}: live${previous ? '' : ' (not in the cluster)'}`,
        toLabel: `${label}: desired`,
      },
    );
    ctx.out.setOutput('diff', diff);
    if (sameConfiguration(live?.object, desired)) {
      ctx.out.info(`No changes: ${label} already matches the configuration. Nothing was written.`);
      ctx.out.summary(
        `### apply-cr: no changes\n\n${label} already matches the configuration.\n\n${rendered.line}\n`,
      );
      ctx.out.setOutput('changed', false);
      return 0;
    }
    const { added, removed } = diffStat(diff);
    ctx.out.info(`${previous ? 'Changes to' : 'Creating'} ${label} (+${added} -${removed} lines):`);
    ctx.out.print(diff);
    const diffBlock = `\`\`\`diff\n${diff}\`\`\`\n`;
    if (options.dryRun) {
      ctx.out.info('Dry run: nothing was changed.');
      ctx.out.summary(
        `### apply-cr (dry run)\n\n${label}: nothing was changed.\n\n${renderLine}${diffBlock}`,
      );
      ctx.out.setOutput('changed', false);
      return 0;
    }

    const outcome = await applyAndWait(
      gateway,
      {
        desired,
        before,
        previous,
        timeoutSeconds: options.timeoutSeconds,
        rollbackOnFailure: options.rollbackOnFailure,
        forceConflicts: options.forceConflicts,
        pollMs: options.pollSeconds * 1000,
      },
      ctx.out,
    );
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
    if (outcome.result === 'applied') {
      ctx.out.info(`${label} rolled out (${versions}). ${outcome.message}`);
      return 0;
    }
    ctx.out.error(
      `${label} did not roll out. ${outcome.message}${operator ? ` ${outcome.operatorMessages.join(' | ')}` : ''}`,
    );
    if (outcome.result === 'rolled-back') ctx.out.setOutput('version', appVersion(previous));
    return 1;
  } finally {
    await closeGateway();
    await kubeconfig.cleanup();
  }
}

/** Stopped before the cluster: configuration errors and/or the chart's refusals (already listed in the log). */
function notApplied(rendered: RenderCheckResult, ctx: Context): number {
  ctx.out.setOutput('render-check', rendered.outcome);
  ctx.out.setOutput('changed', false);
  const refused = rendered.diagnostics.length > 0;
  ctx.out.error(
    `Nothing was applied: the configuration has errors${refused ? ' or the chart refuses the values' : ''} (listed above).`,
  );
  ctx.out.summary(
    `### apply-cr: nothing was applied\n\nThe configuration has errors (see the log).\n\n${rendered.line}\n`,
  );
  return 1;
}

function offlineDryRun(
  masked: Record<string, unknown>,
  label: string,
  ctx: Context,
  renderLine: string,
): number {
  const diff = unifiedDiff('', maskedYaml(masked), {
    fromLabel: `${label}: no cluster configured (empty)`,
    toLabel: `${label}: desired`,
  });
  const { added } = diffStat(diff);
  ctx.out.info(
    `Dry run without a cluster (no kubeconfig): the diff against an empty cluster, +${added} lines. Nothing was changed.`,
  );
  ctx.out.print(diff);
  ctx.out.summary(
    `### apply-cr (dry run, no cluster)\n\n${label} would be created. Nothing was changed.\n\n${renderLine}\n\n\`\`\`diff\n${diff}\`\`\`\n`,
  );
  ctx.out.setOutput('changed', false);
  ctx.out.setOutput('diff', diff);
  return 0;
}
