/*
 * `migrate --to v2` with `pull-request`: the v2 CR, as planV2 wrote it, goes to a pull request for review,
 * through the machinery upgrade-check uses (src/pr/branch-pr.ts): one branch per CR, one commit holding the
 * CR file and nothing else (never the Secrets' file), pushed with a lease, and one pull request created or
 * brought up to date. The title, body and commit message are pure (./v2-pr-body.ts).
 */
import type { Context } from '../core/command.js';
import { UserError } from '../core/errors.js';
import { createGitHubClient, explainGitHubError } from '../github/client.js';
import { PullRequests } from '../github/pulls.js';
import { Repository } from '../git/repository.js';
import {
  branchHolds,
  createOrUpdate,
  describeCommits,
  fetchTips,
  foreignCommits,
  pushFiles,
  repositoryOf,
  type PrOperation,
  type PrRef,
  type PrSession,
} from '../pr/branch-pr.js';
import { changeFor } from '../pr/plan.js';
import type { MigrateOptions, MigratePullRequest } from './options.js';
import { isOwnMigrateCommit, readMigrateMarker, v2CommitMessage, v2PrBody, v2PrTitle } from './v2-pr-body.js';
import type { V2Plan } from './v2-flow.js';
import { prFailureState, pullRequestRefusal } from './v2-plan.js';

const NOUN = 'the migration pull request';

export async function proposeV2(plan: V2Plan, options: MigrateOptions, ctx: Context): Promise<number> {
  const pr = options.pullRequest as MigratePullRequest;
  const text = plan.text;
  const refused = pullRequestRefusal(
    { blockers: plan.blockers, inline: plan.conversion.inline },
    options.output,
    text,
    (t) => ctx.redactor.redact(t),
  );
  if (refused) {
    ctx.out.setOutput('result', 'refused');
    ctx.out.setOutput('pull-request-operation', 'none');
    ctx.out.error(`No pull request was opened or updated: ${refused}`, {
      file: options.output,
      line: 1,
      column: 1,
    });
    ctx.out.info(
      `  fix: Fix ${options.output} (the log above says how) and run again. Nothing in the cluster or on GitHub changed.`,
    );
    return 1;
  }
  // What the run did on GitHub so far, for the state an error leaves (the Secrets' file is not written here).
  const progress: PrProgress = {};
  try {
    const outcome = await openOrUpdate(plan, pr, text, ctx, progress);
    ctx.out.setOutput('result', 'planned');
    ctx.out.setOutput('pull-request-operation', outcome.operation);
    ctx.out.setOutput('pull-request-number', outcome.pullRequest ? String(outcome.pullRequest.number) : '');
    ctx.out.setOutput('pull-request-url', outcome.pullRequest?.url ?? '');
    const where = outcome.pullRequest
      ? `pull request #${outcome.pullRequest.number} (${outcome.pullRequest.url})`
      : '';
    const line =
      outcome.operation === 'created'
        ? `Opened ${where} with ${pr.path} for review.`
        : outcome.operation === 'updated'
          ? `Updated ${where} with ${pr.path}.`
          : outcome.pullRequest
            ? `${where} already holds this v2 CR; nothing changed.`
            : `The base branch already holds this v2 CR at ${pr.path}; no pull request is needed.`;
    ctx.out.print(
      `${line} Nothing in the cluster was changed. After the review, run again with confirm: true.`,
    );
    ctx.out.summary(
      `**Pull request**: ${outcome.pullRequest ? `[#${outcome.pullRequest.number}](${outcome.pullRequest.url}) (${outcome.operation})` : 'none needed'}: \`${pr.path}\` on \`${pr.branch}\`. The Secrets' file is not in it. Nothing in the cluster was changed.\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.out.setOutput('result', 'failed');
    const commit = progress.pushed && progress.tip ? await progress.tip() : undefined;
    ctx.out.error(
      `${error.message} ${prFailureState({
        written: options.output,
        branch: pr.branch,
        ...(progress.pushed ? { pushed: commit ? { commit } : {} } : {}),
        ...(progress.existing !== undefined ? { existing: progress.existing } : {}),
      })}`,
    );
    if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
    return 1;
  }
}

interface PrProgress {
  /** Set once this run pushed the branch. */
  pushed?: { commit?: string };
  /** Reads the branch's tip on the remote (after a push). */
  tip?: () => Promise<string | undefined>;
  /** The open pull request of the branch, when there was one. */
  existing?: number;
}

async function openOrUpdate(
  plan: V2Plan,
  pr: MigratePullRequest,
  text: string,
  ctx: Context,
  progress: PrProgress,
): Promise<{ operation: PrOperation; pullRequest?: PrRef }> {
  const github = createGitHubClient({
    baseUrl: pr.githubApiUrl,
    token: pr.token,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    env: ctx.env,
    onSecret: (secret) => ctx.redactor.add(secret),
  });
  const repo = new Repository({
    cwd: pr.repositoryPath,
    remote: pr.remote,
    token: pr.token,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  const explain = (error: unknown, action: string) => explainGitHubError(error, action, github);
  ctx.out.info(`Opening the v2 CR for review: ${pr.path} on the branch ${pr.branch}.`);
  const tips = await fetchTips(repo, pr.branch, pr.base, NOUN);
  const pulls = new PullRequests(github.octokit, await repositoryOf(pr.repository, repo));
  const prs = await pulls.forBranch(pr.branch).catch((error: unknown) => {
    throw explain(error, `list the pull requests of ${pr.branch}`);
  });
  const open = prs.find((p) => p.state === 'open');
  if (open) progress.existing = open.number;
  if (open && !readMigrateMarker(open.body)) {
    throw new UserError(
      `Pull request #${open.number} uses the branch ${pr.branch} but was not opened by migrate (its description has no migrate marker); it is left as it is.`,
      "Close it, or give this job another branch ('branch' input).",
    );
  }
  const files = { [pr.path]: text };
  if (!open && (await repo.readFile(tips.baseSha, pr.path)) === text) return { operation: 'none' };

  const s: PrSession = {
    ctx,
    git: repo,
    pulls,
    explain,
    branch: pr.branch,
    dryRun: false,
    noun: NOUN,
    ...tips,
  };
  const foreign = await foreignCommits(s, isOwnMigrateCommit);
  if (foreign.length > 0) {
    throw new UserError(
      `The branch ${pr.branch} has ${foreign.length} commit(s) this job did not make: ${describeCommits(foreign)}. They are not overwritten, so the v2 CR is not pushed.`,
      `Merge or close ${open ? `pull request #${open.number}` : 'the pull request'} and delete the branch, or drop those commits from it; then run again.`,
    );
  }
  const input = {
    conversion: plan.conversion,
    crLabel: plan.crLabel,
    name: plan.crName,
    namespace: plan.crNamespace,
    path: pr.path,
    secretsFile: plan.secretsName,
  };
  const holds = await branchHolds(repo, tips.branchSha, files);
  // Everything that goes to GitHub passes through the redactor, like everything printed: the commit message too.
  const pushed = holds
    ? false
    : await pushFiles(s, {
        files,
        message: ctx.redactor.redact(v2CommitMessage(input)),
        author: pr.author,
      });
  if (pushed) {
    ctx.out.info(`Pushed the commit with ${pr.path} to ${pr.branch}.`);
    // The commit is read back only if an error follows (for the state it leaves): a success needs no extra
    // call, and not knowing it is no failure.
    progress.pushed = {};
    progress.tip = () =>
      repo
        .lsRemote([pr.branch])
        .then((remote) => remote.heads.get(`refs/heads/${pr.branch}`))
        .catch(() => undefined);
  }
  const wanted = {
    title: ctx.redactor.redact(v2PrTitle(input)),
    body: ctx.redactor.redact(v2PrBody(input)),
    labels: pr.labels,
  };
  return createOrUpdate(s, {
    title: wanted.title,
    body: wanted.body,
    existing: open,
    change: (existing) => changeFor(existing, wanted),
    labels: pr.labels,
    assignees: pr.assignees,
    reviewers: pr.reviewers,
    branchMoved: pushed,
  });
}
