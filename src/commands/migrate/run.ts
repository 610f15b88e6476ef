import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { KubeClient, prepareKubeconfig } from '../../kube/index.js';
import type { MigrateOptions } from '../../migrate/options.js';
import { planMigration, removeOld, switchOver } from '../../migrate/to-operator.js';
import { cutoverV2, planV2 } from '../../migrate/v2-flow.js';
import { proposeV2 } from '../../migrate/v2-pr.js';
import { parseOptions } from './options.js';

/**
 * migrate, two paths:
 * - `to: operator` (the default): read the old installation of the legacy chart, map its values, write the v1
 *   CR for review (nothing in the cluster changes); with confirm, switch over and come back to the old
 *   Deployment on any failure; with remove-old, a later run removes the old installation once the operator's
 *   instance is up and verified.
 * - `to: v2`: read the live v1 CR and its spec-active Secret, convert them as the v2 operator's webhook does,
 *   write the v2 CR and the Secrets it references for review (with pull-request, the CR, never the Secrets,
 *   also goes to a pull request); with confirm, apply them, wait through the cutover gates and verify.
 */
export async function runMigrate(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath ?? ctx.env.KUBECTL_PATH ?? 'kubectl',
      helmPath: options.helmPath ?? ctx.env.HELM_PATH ?? 'helm',
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: ctx.env,
      deadline,
      timeoutMs: 60_000,
    });
    if (options.to === 'v2') {
      const plan = await planV2(client, options, ctx);
      // The files go to a pull request for review; confirm is a later run on the merged file.
      if (options.pullRequest) return await proposeV2(plan, options, ctx);
      if (!options.confirm) return planned(options, plan.blockers, 'the v1 CR still runs', ctx);
      return await cutoverV2(client, options, plan, deadline, ctx);
    }
    if (options.removeOld) return await removeOld(client, options, deadline, ctx);
    const plan = await planMigration(client, options, ctx);
    if (!options.confirm) return planned(options, plan.blockers, `${plan.oldLabel} still runs`, ctx);
    if (plan.blockers.length > 0) {
      ctx.out.setOutput('result', 'refused');
      ctx.out.error(`Nothing was changed: ${plan.blockers.join(' ')}`);
      return 1;
    }
    return await switchOver(client, options, plan, deadline, ctx);
  } finally {
    await kubeconfig.cleanup();
  }
}

/** A dry run: the files are written for review and nothing in the cluster changed. */
function planned(options: MigrateOptions, blockers: string[], running: string, ctx: Context): number {
  ctx.out.setOutput('result', 'planned');
  ctx.out.print(
    `Dry run: wrote ${options.output} for review; nothing in the cluster was changed (${running}). Run again with confirm: true to switch.`,
  );
  ctx.out.summary(
    `**Dry run**: nothing in the cluster was changed. Review \`${options.output}\`, then run again with \`confirm: true\`.\n`,
  );
  return blockers.length > 0 ? 1 : 0;
}
