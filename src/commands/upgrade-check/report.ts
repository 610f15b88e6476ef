import type { Context } from '../../core/command.js';
import type { SupportDecision } from '../../releases/types.js';
import type { Intent } from '../../upgrade/plan.js';
import {
  chartSummary,
  describeChartRef,
  type ChartDecision,
  type ClusterChart,
} from '../../upgrade/chart.js';
import type { Operation, UpgradeCheckOptions } from './options.js';

/** What upgrade-check tells the user: outputs, log lines, the result line and the job summary. */

export interface UpgradeCheckResult {
  decision: SupportDecision;
  /** The operator-wandb chart: where it is pinned and whether the upgrade moves it. */
  chart?: ChartDecision;
  operation: Operation;
  pullRequest?: { number: number; url: string };
  /** REST requests sent to GitHub by this run (releases and pull requests). */
  githubRequests: number;
}

/** One log line saying what this run is about to do, and why. */
export function describeIntent(intent: Intent, decision: SupportDecision, warnDays: number): string {
  switch (intent.kind) {
    case 'propose':
      return `Upgrade due: ${intent.deployed} -> ${intent.target} (support ends ${decision.endOfSupport}; the pull request opens ${warnDays} days ahead).`;
    case 'none':
      return `Nothing to do: ${intent.reason}`;
    case 'close':
      return `Closing pull request #${intent.pr.number}: ${intent.reason}`;
    default:
      return intent.reason;
  }
}

function daysLeftText(decision: SupportDecision): string {
  return decision.daysLeft > 0 ? `${decision.daysLeft} days left` : `ended ${-decision.daysLeft} days ago`;
}

export function reportDecision(decision: SupportDecision, where: string, ctx: Context): void {
  ctx.out.setOutput('deployed-version', decision.version);
  ctx.out.setOutput('end-of-support', decision.endOfSupport);
  ctx.out.setOutput('days-left', String(decision.daysLeft));
  ctx.out.setOutput('status', decision.status);
  ctx.out.setOutput('target-version', decision.target ?? '');
  const left = daysLeftText(decision);
  ctx.out.info(
    `W&B Server ${decision.version} (${where.replace(/`/g, '')}): support ends ${decision.endOfSupport} (${left}), status ${decision.status}${decision.target ? `, recommended ${decision.target}` : ''}.`,
  );
  if (decision.status === 'expired') {
    ctx.out.warning(`W&B Server ${decision.version} has been out of support since ${decision.endOfSupport}.`);
  }
}

/** The chart outputs and one log line. */
export function reportChart(chart: ChartDecision, ctx: Context): void {
  ctx.out.setOutput('chart-version-from', chart.from);
  ctx.out.setOutput('chart-version-to', chart.to);
  ctx.out.setOutput('chart-bump', chart.bump);
  ctx.out.info(`operator-wandb chart: ${chartSummary(chart)}.`);
}

/**
 * When an upgrade is proposed that crosses a chart need and the files do not pin the chart: a notice (the pull
 * request says it too, with a checklist item). Not a warning: with the release channel this is the normal case.
 */
export function chartNotice(chart: ChartDecision, cluster: ClusterChart | undefined): string | undefined {
  if (chart.bump !== 'not-pinned' || chart.crossed.length === 0) return undefined;
  const channel = cluster?.source === 'channel' || chart.notPinned.some((p) => p.channel);
  const why = chart.notPinned.map((p) => p.detail.replace(/`/g, '')).join('; ') || 'no file names it';
  return `W&B Server ${chart.crossed[0].server} and later need the operator-wandb chart ${chart.crossed[0].chart} or newer, and the files do not pin the chart (${why})${channel ? '; without spec.chart the release channel chooses it' : ''}. Check the chart before merging the upgrade.`;
}

function chartRow(result: UpgradeCheckResult, cluster?: ClusterChart): string[] {
  if (!result.chart) return [];
  const channel =
    result.chart.bump === 'not-pinned' && cluster?.source === 'channel'
      ? `; the live CR has no spec.chart (release channel${cluster.applied ? `, last applied ${describeChartRef(cluster.applied)}` : ''})`
      : '';
  return [
    `| Chart (operator-wandb) | ${chartSummary(result.chart)}${channel} |`,
    `| Chart bump | ${result.chart.bump} |`,
  ];
}

/** The command's result on stdout: one line a person or a script can read. */
export function resultLine(decision: SupportDecision, result: UpgradeCheckResult, dryRun: boolean): string {
  const pr = result.pullRequest ? ` #${result.pullRequest.number} ${result.pullRequest.url}` : '';
  const what =
    result.operation === 'none'
      ? result.pullRequest
        ? `pull request${pr} unchanged`
        : 'no pull request'
      : `pull request${pr} ${result.operation}`;
  return `${decision.version} ${decision.status} until ${decision.endOfSupport}${decision.target ? `, target ${decision.target}` : ''}: ${what}${dryRun ? ' (dry run)' : ''}`;
}

/**
 * The result under `--format json` (docs/json-output.md): the outputs' values, typed; a value the run does not
 * have (no target, no pull request) is null, so that every document has every field.
 */
export function resultJson(result: UpgradeCheckResult, dryRun: boolean) {
  const { decision, chart } = result;
  return {
    deployedVersion: decision.version,
    status: decision.status,
    endOfSupport: decision.endOfSupport,
    daysLeft: decision.daysLeft,
    target: decision.target ?? null,
    reason: decision.reason,
    chart: {
      bump: chart?.bump ?? null,
      from: chart?.from || null,
      to: chart?.to || null,
      required: chart?.required ?? null,
    },
    pullRequest: {
      operation: result.operation,
      number: result.pullRequest?.number ?? null,
      url: result.pullRequest?.url ?? null,
    },
    dryRun,
    githubRequests: result.githubRequests,
  };
}

export function summaryMarkdown(
  decision: SupportDecision,
  where: string,
  result: UpgradeCheckResult,
  options: UpgradeCheckOptions,
  cluster?: ClusterChart,
): string {
  const pr = result.pullRequest ? `[#${result.pullRequest.number}](${result.pullRequest.url})` : '-';
  const left = daysLeftText(decision);
  return [
    '## W&B Server upgrade check',
    '',
    '| | |',
    '| --- | --- |',
    `| Deployed version | ${decision.version} (${where}) |`,
    `| End of support | ${decision.endOfSupport} (${left}) |`,
    `| Status | ${decision.status} |`,
    `| Target version | ${decision.target ?? '-'} |`,
    ...chartRow(result, cluster),
    `| Pull request | ${pr} |`,
    `| Operation | ${result.operation}${options.dryRun ? ' (dry run)' : ''} |`,
    '',
    `Policy \`${options.policy.name}\`, warn ${options.warnDays} days ahead${options.asOf ? `, as of ${options.asOf}` : ''}. ${decision.reason}`,
  ].join('\n');
}
