import { isAbsolute, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { UsageError, bool, closest, num, str, type RawInputs } from '../../core/inputs.js';
import type { MigrateOptions, MigrateTarget } from '../../migrate/options.js';

const TARGETS: MigrateTarget[] = ['operator', 'v2'];

function target(raw: RawInputs): MigrateTarget {
  const to = str(raw, 'to') ?? 'operator';
  if ((TARGETS as string[]).includes(to)) return to as MigrateTarget;
  const near = closest(to, TARGETS);
  throw new UsageError(
    `'to' is '${to}': migrate moves to 'operator' (a legacy installation to operator v1) or 'v2' (a live v1 CR to operator v2).`,
    `Set 'to' to ${near ? `'${near}'` : "'operator' or 'v2'"}.`,
  );
}

export function parseOptions(raw: RawInputs, ctx: Context): MigrateOptions {
  const namespace = str(raw, 'namespace') ?? 'default';
  const output = str(raw, 'output') ?? 'wandb-cr.yaml';
  const options: MigrateOptions = {
    to: target(raw),
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path'),
    helmPath: str(raw, 'helm-path'),
    renderCheck: str(raw, 'render-check'),
    chart: str(raw, 'chart'),
    timeoutSeconds: num(raw, 'timeout') ?? 600,
    namespace,
    oldRelease: str(raw, 'old-release') ?? 'wandb',
    oldDeployment: str(raw, 'old-deployment'),
    name: str(raw, 'name') ?? 'wandb',
    crNamespace: str(raw, 'cr-namespace') ?? namespace,
    appChartRepo: str(raw, 'app-chart-repo') ?? 'https://charts.wandb.ai',
    appChartVersion: str(raw, 'app-chart-version'),
    output: isAbsolute(output) ? output : resolve(ctx.cwd, output),
    confirm: bool(raw, 'confirm'),
    removeOld: bool(raw, 'remove-old'),
    // Absent (a caller that builds RawInputs itself) means the default, true.
    installOperator: raw['install-operator'] !== false,
    operatorNamespace: str(raw, 'operator-namespace') ?? 'wandb-cr',
    operatorRelease: str(raw, 'operator-release') ?? 'operator',
    operatorChartRepo: str(raw, 'operator-chart-repo') ?? 'https://charts.wandb.ai',
    operatorChartVersion: str(raw, 'operator-chart-version'),
    minKubernetesVersion: str(raw, 'min-kubernetes-version') ?? '1.28',
    host: str(raw, 'host'),
    apiKey: str(raw, 'api-key'),
    verifyReportPath: str(raw, 'verify-report-path') ?? 'wandb-verify-report.json',
    pollSeconds: num(raw, 'poll-interval') ?? 2,
  };
  if (options.confirm && options.removeOld) {
    throw new UserError(
      "'confirm' and 'remove-old' are separate steps: the old installation is removed only after the new one is verified.",
      "Run with 'confirm: true' first, check the new instance, then run again with 'remove-old: true'.",
    );
  }
  if (options.to === 'v2' && options.removeOld) {
    throw new UserError(
      "'remove-old' belongs to the move from the legacy chart (to: operator); a migration to v2 keeps one CR, converted in place.",
      "Drop 'remove-old', or set 'to: operator'.",
    );
  }
  return options;
}
