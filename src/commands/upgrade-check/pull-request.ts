import type { Context } from '../../core/command.js';
import type { Release, SupportDecision, SupportPolicy } from '../../releases/types.js';
import { explainGitHubError, type GitHubClient } from '../../github/client.js';
import type { PullRequests } from '../../github/pulls.js';
import type { Repository } from '../../git/repository.js';
import { setVersion } from '../../upgrade/version-file.js';
import type { ChartDecision, ClusterChart } from '../../upgrade/chart.js';
import {
  commitMessage,
  isOwnCommit,
  prUpdate,
  readMarker,
  withMarker,
  desiredLabels,
  type DesiredPr,
  type Intent,
  type PrSnapshot,
} from '../../upgrade/plan.js';
import { renderBody, renderTitle } from '../../upgrade/pr-body.js';
import {
  branchHolds,
  createOrUpdate,
  deleteOwnBranch,
  describeCommits,
  foreignCommits,
  pushFiles,
  type PrSession,
} from '../../pr/branch-pr.js';
import type { UpgradeCheckOptions } from './options.js';
import type { UpgradeCheckResult } from './report.js';
import type { FileText } from './sources.js';

/**
 * The two writing steps of upgrade-check, each applying one planner intent: closing an obsolete pull
 * request, and making sure the one upgrade pull request is right. What goes in the files, the title and the
 * body is upgrade-check's (src/upgrade); the branch, the commit, the push and the pull request are the shared
 * machinery of src/pr/branch-pr.ts.
 */

export interface Workspace {
  options: UpgradeCheckOptions;
  ctx: Context;
  repo: Repository;
  pulls: PullRequests;
  github: GitHubClient;
  base: string;
  baseSha: string;
  /** Tip of the upgrade branch on the remote, when it exists. */
  branchSha?: string;
  result: UpgradeCheckResult;
}

/** Rethrows a GitHub failure as an error that says what was attempted and what to do. */
function failed(ws: Workspace, action: string): (error: unknown) => never {
  return (error: unknown) => {
    throw explainGitHubError(error, action, ws.github);
  };
}

/** Everything that goes to GitHub passes through the redactor, like everything printed. */
function clean(ws: Workspace, text: string): string {
  return ws.ctx.redactor.redact(text);
}

/** The shared pull-request machinery's view of this run. */
function session(ws: Workspace): PrSession {
  return {
    ctx: ws.ctx,
    git: ws.repo,
    pulls: ws.pulls,
    explain: (error, action) => explainGitHubError(error, action, ws.github),
    branch: ws.options.branch,
    base: ws.base,
    baseSha: ws.baseSha,
    branchSha: ws.branchSha,
    dryRun: ws.options.dryRun,
    noun: 'the upgrade pull request',
  };
}

export async function closeObsolete(ws: Workspace, pr: PrSnapshot, reason: string): Promise<void> {
  if (ws.options.dryRun) {
    ws.ctx.out.info(`Dry run: would close pull request #${pr.number}.`);
    return;
  }
  // The marker records that this job closed it, so that a later run does not read it as a person's "no".
  const marker = readMarker(pr.body);
  const body = marker ? withMarker(pr.body, { ...marker, closed: 'obsolete' }) : pr.body;
  await ws.pulls.update(pr.number, { state: 'closed', body }).catch(failed(ws, `close #${pr.number}`));
  await ws.pulls
    .comment(pr.number, clean(ws, `Closed by wandb-operator-actions upgrade-check: ${reason}`))
    .catch(failed(ws, `comment on #${pr.number}`));
  ws.result.operation = 'closed';
  await deleteOwnBranch(session(ws), isOwnCommit);
}

export interface Proposal {
  intent: Extract<Intent, { kind: 'propose' }>;
  decision: SupportDecision;
  /** Where the version was found, for the description. */
  where: string;
  files: FileText[];
  /** Releases known on the evaluation day. */
  known: Release[];
  policy: SupportPolicy;
  /** The chart decision; with bump `true` the chart files are edited in the same commit. */
  chart?: ChartDecision;
  /** The files that pin the chart (their text on the base branch). */
  chartFiles?: FileText[];
  clusterChart?: ClusterChart;
}

export async function proposeUpgrade(ws: Workspace, proposal: Proposal): Promise<void> {
  const { options, ctx, repo } = ws;
  const { intent, decision } = proposal;
  const target = intent.target;
  const edited: Record<string, string> = {};
  for (const file of proposal.files) edited[file.spec.path] = setVersion(file.text, file.spec, target);
  const chart = proposal.chart;
  const chartMove =
    chart?.bump === 'true'
      ? { from: chart.from, to: chart.to, files: chart.pins.map((p) => p.spec.path) }
      : undefined;
  if (chart?.bump === 'true') {
    // In the text already edited for the tag when it is the same file: each edit touches only its own bytes.
    for (const pin of chart.pins) {
      const text =
        edited[pin.spec.path] ?? proposal.chartFiles?.find((f) => f.spec.path === pin.spec.path)?.text;
      if (text === undefined) throw new Error(`no text for the chart file ${pin.spec.path}`);
      edited[pin.spec.path] = setVersion(text, pin.spec, chart.to);
    }
  }
  if (
    Object.keys(edited).length === 0 &&
    proposal.clusterChart?.source === 'channel' &&
    !/\(spec\.values\.app\.image\.tag\)/.test(proposal.where)
  ) {
    // Nothing pinned anywhere: the release channel moves the version while the license is valid.
    ctx.out.notice(
      `An upgrade to ${target} is due by the support policy, but the CR pins neither spec.chart nor the tag: the operator follows W&B's release channel and upgrades W&B Server itself. To have upgrades reviewed in pull requests, pin both in a file and name it in 'files' (docs/release-channel.md).`,
    );
    return;
  }
  if (Object.keys(edited).length === 0) {
    ctx.out.warning(
      `An upgrade to ${target} is due, but no file to edit was given: set 'files' to the path:keypath that pins the version, so that this job can open the pull request.`,
    );
    return;
  }

  const pr = session(ws);
  const foreign = await foreignCommits(pr, isOwnCommit);
  if (foreign.length > 0) {
    ctx.out.warning(
      `The branch ${options.branch} has ${foreign.length} commit(s) this job did not make: ${describeCommits(foreign)}. They are not overwritten, so the upgrade to ${target} is not pushed. To go on: merge or close ${intent.pr ? `pull request #${intent.pr.number}` : 'the pull request'} and delete the branch, or drop those commits from it; the next run then brings the pull request up to date.`,
    );
    return;
  }

  const holds = await branchHolds(repo, ws.branchSha, edited);
  const pushed = holds
    ? false
    : await pushFiles(pr, {
        files: edited,
        message: commitMessage(
          intent.deployed,
          target,
          [...new Set(options.files.map((f) => f.path))],
          chartMove,
        ),
        author: options.author,
      });

  const desired: DesiredPr = {
    title: clean(ws, renderTitle(decision, target, chart)),
    body: clean(
      ws,
      renderBody(
        {
          decision,
          target,
          files: proposal.files.map((f) => ({ path: f.spec.path, keyPath: f.spec.keyPath })),
          catalog: proposal.known,
          policy: proposal.policy,
          source: proposal.where,
          chart,
          clusterChart: proposal.clusterChart,
        },
        { deployed: intent.deployed, target },
      ),
    ),
    labels: options.labels,
    urgentLabel: options.urgentLabel,
    urgent: intent.urgent,
  };

  const outcome = await createOrUpdate(pr, {
    title: desired.title,
    body: desired.body,
    existing: intent.pr,
    change: (existing) => prUpdate(existing, desired),
    labels: desiredLabels(desired),
    assignees: options.assignees,
    reviewers: options.reviewers,
    branchMoved: options.dryRun ? !holds : pushed,
  });
  if (options.dryRun) return;
  ws.result.operation = outcome.operation;
  if (outcome.pullRequest) ws.result.pullRequest = outcome.pullRequest;
}
