import { join, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { knownAsOf } from '../../releases/catalog.js';
import { decideSupport } from '../../releases/policy.js';
import { createGitHubClient, explainGitHubError } from '../../github/client.js';
import { FileCache } from '../../github/cache.js';
import { PullRequests } from '../../github/pulls.js';
import { Repository } from '../../git/repository.js';
import { fetchTips as fetchBranchTips } from '../../pr/branch-pr.js';
import { decideIntent } from '../../upgrade/plan.js';
import { chartNeedsFor, decideChart } from '../../upgrade/chart.js';
import { parseOptions, type UpgradeCheckOptions } from './options.js';
import { wantsJson } from '../../core/common-inputs.js';
import { closeObsolete, proposeUpgrade, type Workspace } from './pull-request.js';
import {
  chartNotice,
  describeIntent,
  reportChart,
  reportDecision,
  resultJson,
  resultLine,
  summaryMarkdown,
  type UpgradeCheckResult,
} from './report.js';
import {
  findDeployedVersion,
  loadCatalog,
  loadPolicy,
  readChartPins,
  readVersionFiles,
  repositoryName,
} from './sources.js';

/**
 * upgrade-check: read the deployed version, decide with the support policy, and keep one upgrade pull
 * request. The decisions are pure (src/upgrade, src/releases); this is the story of calls around them.
 */

export async function run(raw: RawInputs, ctx: Context): Promise<number> {
  const json = wantsJson(raw.format);
  const options = parseOptions(raw, ctx);
  const result = await upgradeCheck(options, ctx);
  if (json) ctx.out.json('upgrade-check', true, resultJson(result, options.dryRun));
  else ctx.out.print(resultLine(result.decision, result, options.dryRun));
  return 0;
}

/** The UTC day the run evaluates: `as-of`, or today. */
function evaluationDay(options: UpgradeCheckOptions, ctx: Context): Date {
  return options.asOf ? new Date(`${options.asOf}T00:00:00Z`) : ctx.now;
}

/** One run; the result (with the GitHub request count) is returned for the bench and tests. */
export async function upgradeCheck(options: UpgradeCheckOptions, ctx: Context): Promise<UpgradeCheckResult> {
  const when = evaluationDay(options, ctx);
  const github = createGitHubClient({
    baseUrl: options.githubApiUrl,
    token: options.token,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    env: ctx.env,
    onSecret: (secret) => ctx.redactor.add(secret),
    // `off` turns the cache off, as release-notes' cache-dir does; it is not a folder name.
    cache:
      options.cacheDir && options.cacheDir !== 'off'
        ? new FileCache(join(resolve(ctx.cwd, options.cacheDir), 'github-cache.json'))
        : undefined,
  });
  const policy = await loadPolicy(options, ctx);

  // Without a token this is a report: the version from the working tree, no git, no pull request.
  const repo = options.token
    ? new Repository({
        cwd: options.repositoryPath,
        remote: options.remote,
        token: options.token,
        env: ctx.env,
        redactor: ctx.redactor,
      })
    : undefined;
  const tips = repo ? await fetchTips(repo, options) : undefined;

  const files = await readVersionFiles(options, repo, tips?.baseSha);
  const deployed = await findDeployedVersion(options, files, ctx);
  const catalog = await loadCatalog(options, github, ctx);
  const decision = decideSupport(catalog, deployed.version, policy, when);
  reportDecision(decision, deployed.where, ctx);
  const known = knownAsOf(catalog, when.toISOString().slice(0, 10));

  // The chart goes with the target: what it needs, where the files pin the chart, whether the PR moves it.
  const chartPins = await readChartPins(options, files, repo, tips?.baseSha);
  const chart = decideChart(
    chartPins.map((p) => p.pin),
    decision.target ? chartNeedsFor(decision.target, known) : [],
    decision.target ?? decision.version,
    decision.version,
  );
  reportChart(chart, ctx);

  const result: UpgradeCheckResult = { decision, chart, operation: 'none', githubRequests: 0 };
  const finish = () => {
    result.githubRequests = github.stats.calls;
    ctx.out.setOutput('pull-request-number', result.pullRequest ? String(result.pullRequest.number) : '');
    ctx.out.setOutput('pull-request-url', result.pullRequest?.url ?? '');
    ctx.out.setOutput('pull-request-operation', result.operation);
    ctx.out.summary(summaryMarkdown(decision, deployed.where, result, options, deployed.chart));
    ctx.out.info(`GitHub API requests: ${result.githubRequests}`);
    return result;
  };
  if (!repo || !tips) {
    ctx.out.notice('No github-token: reporting only (no branch is pushed and no pull request is opened).');
    return finish();
  }

  const pulls = new PullRequests(github.octokit, await repositoryName(options, repo));
  const prs = await pulls.forBranch(options.branch).catch((error: unknown) => {
    throw explainGitHubError(error, `list the pull requests of ${options.branch}`, github);
  });
  const open = prs.find((p) => p.state === 'open');
  const lastClosed = open ? undefined : prs.find((p) => p.state === 'closed');
  if (open) result.pullRequest = { number: open.number, url: open.url };
  const intent = decideIntent({
    decision,
    warnDays: options.warnDays,
    scheduleDays: options.scheduleDays,
    open,
    lastClosed,
  });
  ctx.out.info(describeIntent(intent, decision, options.warnDays));

  const ws: Workspace = { options, ctx, repo, pulls, github, result, ...tips };
  switch (intent.kind) {
    case 'none':
      if (intent.warning) ctx.out.warning(intent.warning);
      break;
    case 'blocked':
      ctx.out.warning(
        `${intent.reason} This job will not change it. Close it, or give this job another branch ('branch' input).`,
      );
      break;
    case 'close':
      await closeObsolete(ws, intent.pr, intent.reason);
      break;
    case 'propose': {
      const notice = chartNotice(chart, deployed.chart);
      if (notice) ctx.out.notice(notice);
      await proposeUpgrade(ws, {
        intent,
        decision,
        where: deployed.where,
        files,
        known,
        policy,
        chart,
        chartFiles: chartPins.flatMap((p) => (p.file ? [p.file] : [])),
        clusterChart: deployed.chart,
      });
      break;
    }
  }
  return finish();
}

/** The base branch (given, or the remote's default) and the tips of it and the upgrade branch, fetched. */
function fetchTips(
  repo: Repository,
  options: UpgradeCheckOptions,
): Promise<{ base: string; baseSha: string; branchSha?: string }> {
  return fetchBranchTips(repo, options.branch, options.base, 'the upgrade pull request');
}
