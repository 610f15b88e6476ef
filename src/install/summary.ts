/**
 * What install-operator says: the plan in one line, the result line, the notices and the job summary, for a
 * change that worked and for one that failed and was undone. Pure.
 */
import type { InstallAction, InstallPlan } from './plan.js';

export const CHART_NAME = 'operator';

export const UPGRADE_NOTE =
  'Upgrading the operator does not upgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).';

export const DOWNGRADE_NOTE =
  'Downgrading the operator does not downgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).';

/** The note an operator chart upgrade or downgrade prints (the server version is the CR's). */
export function versionNote(plan: InstallPlan): string | undefined {
  if (plan.action === 'upgrade') return UPGRADE_NOTE;
  if (plan.action === 'downgrade') return DOWNGRADE_NOTE;
  return undefined;
}

export interface Where {
  release: string;
  namespace: string;
  chartRepo: string;
}

function list(paths: string[], max = 8): string {
  return paths.length <= max
    ? paths.join(', ')
    : `${paths.slice(0, max).join(', ')} and ${paths.length - max} more`;
}

function from(plan: InstallPlan): string {
  const p = plan.previous;
  return p ? `${p.chartVersion} (revision ${p.revision}, ${p.status})` : '';
}

/** The plan in one line, e.g. `upgrade operator 1.4.2 (revision 1, deployed) to 1.4.8; values unchanged`. */
export function describePlan(plan: InstallPlan, where: Where): string {
  const changed = plan.changed.length ? `values changed: ${list(plan.changed)}` : 'values unchanged';
  switch (plan.action) {
    case 'install':
      return `install ${CHART_NAME} ${plan.version} as release '${where.release}' in namespace ${where.namespace}`;
    case 'upgrade':
      return `upgrade ${CHART_NAME} ${from(plan)} to ${plan.version}; ${changed}`;
    case 'downgrade':
      return `downgrade ${CHART_NAME} ${from(plan)} to ${plan.version} (allow-downgrade); ${changed}`;
    case 'reconfigure':
      return `update release '${where.release}' (${CHART_NAME} ${from(plan)}); ${changed}`;
    case 'none':
      return `no changes: release '${where.release}' already runs ${CHART_NAME} ${plan.version} with these values (revision ${plan.previous?.revision})`;
  }
}

/** The line before helm runs, for an upgrade or downgrade: the direction and whether earlier values stay. */
export function directionLine(plan: InstallPlan): string | undefined {
  if (plan.action !== 'upgrade' && plan.action !== 'downgrade') return undefined;
  const verb = plan.action === 'upgrade' ? 'Upgrading' : 'Downgrading';
  const kept = plan.kept.length ? '; earlier values are kept.' : '.';
  return `${verb} the operator chart ${plan.previous?.chartVersion} → ${plan.version}${kept}`;
}

/** The values row of the summary: which earlier values were kept, which this run set. */
export function valuesLine(plan: InstallPlan): string {
  if (!plan.previous) return plan.changed.length ? `set: ${list(plan.changed)}` : 'chart defaults';
  const kept = plan.kept.length
    ? `earlier values kept (from revision ${plan.previous.revision}): ${list(plan.kept)}`
    : plan.hadValues
      ? 'every earlier value is given again by this run'
      : 'no earlier values';
  return plan.changed.length ? `${kept}; changed: ${list(plan.changed)}` : kept;
}

const VERB: Record<InstallAction, string> = {
  install: 'Installed',
  upgrade: 'Upgraded',
  downgrade: 'Downgraded',
  reconfigure: 'Updated',
  none: 'Unchanged:',
};

export function resultLine(
  plan: InstallPlan,
  where: Where,
  revision: number | undefined,
  image: string,
): string {
  return `${VERB[plan.action]} operator ${plan.version} (release '${where.release}', namespace ${where.namespace}, revision ${revision}); controller ${image} ready.`;
}

export interface SummaryFacts {
  plan: InstallPlan;
  where: Where;
  revision?: number;
  image: string;
  serverVersion: string;
  airgapped: boolean;
  /** v2 runs add the operator line and what the cert-manager preflight found. */
  operator?: 'v1' | 'v2';
  certManager?: string;
}

function table(rows: Array<[string, string]>): string[] {
  return [
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|').replace(/\n/g, '<br>')} |`),
  ];
}

export function successSummary(f: SummaryFacts): string {
  const changed = f.plan.action !== 'none';
  return [
    '### install-operator',
    '',
    ...table([
      ['Result', changed ? describePlan(f.plan, f.where) : 'no changes'],
      ['Chart', `${CHART_NAME} ${f.plan.version} from ${f.where.chartRepo}`],
      ['Release', `${f.where.release} in ${f.where.namespace}, revision ${f.revision}`],
      ['Values', valuesLine(f.plan)],
      ['Controller image', `\`${f.image}\``],
      ['Cluster', `Kubernetes ${f.serverVersion}`],
      ...(f.operator === 'v2'
        ? ([
            ['Operator', 'v2 (apps.wandb.com/v2), OCI chart'],
            ['cert-manager', (f.certManager ?? '').replace(/^cert-manager: /, '')],
          ] as Array<[string, string]>)
        : []),
      ['Air-gapped', f.airgapped ? 'yes' : 'no'],
    ]),
    '',
    ...(versionNote(f.plan) ? [`> ${versionNote(f.plan)}`, ''] : []),
  ].join('\n');
}

export function dryRunSummary(plan: InstallPlan, where: Where): string {
  return [
    '### install-operator (dry run)',
    '',
    `Would ${plan.action === 'none' ? 'change nothing' : describePlan(plan, where)}.`,
    '',
    ...(plan.previous ? [`Values: ${valuesLine(plan)}`, ''] : []),
  ].join('\n');
}

export interface FailureFacts {
  plan: InstallPlan;
  where: Where;
  /** Why the change failed (first line of the error). */
  why: string;
  /** The quoted reasons (pods, conditions, events). */
  reasons: string[];
  /** What was done about it and the state left, one sentence. */
  state: string;
}

export function failureSummary(f: FailureFacts): string {
  return [
    '### install-operator: failed',
    '',
    ...table([
      ['Tried', describePlan(f.plan, f.where)],
      ['Why', f.why],
      ['State left', f.state],
    ]),
    '',
    ...(f.reasons.length ? ['```', ...f.reasons, '```', ''] : []),
  ].join('\n');
}
