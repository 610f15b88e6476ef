import type { Context } from '../../core/command.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Release, SupportDecision, SupportPolicy } from '../../releases/types.js';
import { explainGitHubError, type GitHubClient } from '../../github/client.js';
import { PullRequestExistsError, type PullRequests } from '../../github/pulls.js';
import type { Repository } from '../../git/repository.js';
import { setVersion } from '../../upgrade/version-file.js';
import type { ChartDecision, ClusterChart } from '../../upgrade/chart.js';
import {
  commitMessage,
  desiredLabels,
  isEmptyUpdate,
  isOwnCommit,
  prUpdate,
  readMarker,
  withMarker,
  type DesiredPr,
  type Intent,
  type ChartMove,
  type PrSnapshot,
} from '../../upgrade/plan.js';
import { renderBody, renderTitle } from '../../upgrade/pr-body.js';
import type { UpgradeCheckOptions } from './options.js';
import type { UpgradeCheckResult } from './report.js';
import type { FileText } from './sources.js';

/**
 * The two writing steps of upgrade-check, each applying one planner intent with git and the GitHub API:
 * closing an obsolete pull request, and making sure the one upgrade pull request is right.
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
  if (ws.branchSha) await deleteOwnBranch(ws, ws.branchSha);
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

  if (ws.branchSha) {
    const foreign = (await repo.commitsBetween(ws.baseSha, ws.branchSha)).filter(
      (c) => !isOwnCommit(c.message),
    );
    if (foreign.length > 0) {
      const list = foreign.map((c) => `${c.sha.slice(0, 12)} "${c.subject}" by ${c.author}`).join('; ');
      ctx.out.warning(
        `The branch ${options.branch} has ${foreign.length} commit(s) this job did not make: ${list}. They are not overwritten, so the upgrade to ${target} is not pushed. To go on: merge or close ${intent.pr ? `pull request #${intent.pr.number}` : 'the pull request'} and delete the branch, or drop those commits from it; the next run then brings the pull request up to date.`,
      );
      return;
    }
  }

  const holds = ws.branchSha !== undefined && (await branchHolds(repo, ws.branchSha, edited));
  const pushed = holds ? false : await pushCommit(ws, intent.deployed, target, edited, chartMove);

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

  if (options.dryRun) {
    if (!intent.pr) {
      ctx.out.info(`Dry run: would open the pull request "${desired.title}".`);
    } else if (!holds || !isEmptyUpdate(prUpdate(intent.pr, desired))) {
      ctx.out.info(`Dry run: would update pull request #${intent.pr.number} to "${desired.title}".`);
    } else {
      ctx.out.info(`Dry run: pull request #${intent.pr.number} is up to date; nothing would change.`);
    }
    return;
  }

  if (intent.pr) {
    const changed = await updatePr(ws, intent.pr, desired);
    ws.result.operation = pushed || changed ? 'updated' : 'none';
    return;
  }
  try {
    const created = await ws.pulls.create({
      title: desired.title,
      body: desired.body,
      head: options.branch,
      base: ws.base,
    });
    ws.result.operation = 'created';
    ws.result.pullRequest = { number: created.number, url: created.url };
    await bestEffort(() => ws.pulls.addLabels(created.number, desiredLabels(desired)), ctx, 'add labels');
    await bestEffort(() => ws.pulls.addAssignees(created.number, options.assignees), ctx, 'add assignees');
    await bestEffort(
      () => ws.pulls.requestReviewers(created.number, options.reviewers),
      ctx,
      'request reviewers',
    );
  } catch (error) {
    if (!(error instanceof PullRequestExistsError))
      failed(ws, `open the pull request for ${options.branch}`)(error);
    // A run at the same moment opened it first: make that one right instead of opening a second.
    const prs = await ws.pulls.forBranch(options.branch).catch(failed(ws, 'list the pull requests again'));
    const open = prs.find((p) => p.state === 'open');
    if (!open) {
      throw new UserError(
        `GitHub says a pull request for ${options.branch} exists, but none is open.`,
        'Run the job again.',
      );
    }
    const changed = await updatePr(ws, open, desired);
    ws.result.operation = pushed || changed ? 'updated' : 'none';
  }
}

/**
 * Builds the one commit (base + edited files) and pushes it with a lease on the tip this run saw. Returns
 * whether this run moved the branch. The commit's date is the base commit's, so its id depends only on
 * its content: two runs at once build the same commit, and the second finds it already pushed.
 */
async function pushCommit(
  ws: Workspace,
  deployed: string,
  target: string,
  edited: Record<string, string>,
  chart?: ChartMove,
): Promise<boolean> {
  const { repo, options } = ws;
  const commit = await repo.createCommit({
    parent: ws.baseSha,
    files: edited,
    message: commitMessage(deployed, target, [...new Set(ws.options.files.map((f) => f.path))], chart),
    author: options.author,
    date: await repo.commitDate(ws.baseSha),
  });
  if (options.dryRun) {
    ws.ctx.out.info(`Dry run: would push ${commit.slice(0, 12)} to ${options.branch}.`);
    return false;
  }
  const push = await repo.push(commit, options.branch, ws.branchSha);
  if (push.ok) return true;
  const now = (await repo.lsRemote([options.branch])).heads.get(`refs/heads/${options.branch}`);
  if (now === commit) return false;
  throw new UserError(
    `Could not push ${options.branch}: ${push.detail}`,
    push.stale
      ? 'The branch changed on the remote while this run worked (another run, or a person). Run the job again; it does not overwrite commits it did not make.'
      : 'Check that the token may push to the repository (contents: write).',
  );
}

async function updatePr(ws: Workspace, pr: PrSnapshot, desired: DesiredPr): Promise<boolean> {
  const update = prUpdate(pr, desired);
  if (update.title !== undefined || update.body !== undefined) {
    await ws.pulls
      .update(pr.number, { title: update.title, body: update.body })
      .catch(failed(ws, `update #${pr.number}`));
  }
  await bestEffort(() => ws.pulls.addLabels(pr.number, update.addLabels), ws.ctx, 'add labels');
  for (const label of update.removeLabels) {
    await bestEffort(() => ws.pulls.removeLabel(pr.number, label), ws.ctx, `remove the ${label} label`);
  }
  ws.result.pullRequest = { number: pr.number, url: pr.url };
  return !isEmptyUpdate(update);
}

async function bestEffort(call: () => Promise<void>, ctx: Context, what: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    // The pull request exists and is right; a missing label or reviewer must not fail the job.
    ctx.out.warning(`Could not ${what} on the upgrade pull request: ${errorMessage(error)}`);
  }
}

async function branchHolds(repo: Repository, sha: string, edited: Record<string, string>): Promise<boolean> {
  for (const [path, content] of Object.entries(edited)) {
    if ((await repo.readFile(sha, path)) !== content) return false;
  }
  return true;
}

async function deleteOwnBranch(ws: Workspace, branchSha: string): Promise<void> {
  const { repo, ctx } = ws;
  const branch = ws.options.branch;
  const baseSha = ws.baseSha;
  const commits = await repo.commitsBetween(baseSha, branchSha);
  if (commits.some((c) => !isOwnCommit(c.message))) {
    ctx.out.info(`The branch ${branch} holds commits this job did not make; it is left in place.`);
    return;
  }
  const outcome = await repo.deleteBranch(branch, branchSha);
  if (!outcome.ok) ctx.out.info(`The branch ${branch} was not deleted: ${outcome.detail}`);
}
