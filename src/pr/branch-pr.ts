import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import { splitRepository } from '../github/releases.js';
import { PullRequestExistsError, type PullRequests } from '../github/pulls.js';
import type { Identity, Repository } from '../git/repository.js';
import { isEmptyChange, type PrChange, type PrSnapshot } from './plan.js';

/**
 * One pull request on a branch the job owns, kept right with real git and the GitHub API: the tips of the
 * base and the branch, one commit of given files over the base (built outside the working tree, with a date
 * that makes its id depend on its content only), a push with a lease on the tip this run saw, and the pull
 * request created or brought up to date, never a second one. Shared by upgrade-check and migrate; each
 * decides what goes in the files and the body (pure, elsewhere). The git adapter (src/git/repository.ts) and
 * the GitHub adapter (src/github/pulls.ts) are reached only through the narrow shapes below.
 */

/** What the algorithm needs of git. */
export type PrGit = Pick<
  Repository,
  | 'remote'
  | 'remoteUrl'
  | 'lsRemote'
  | 'fetch'
  | 'readFile'
  | 'commitsBetween'
  | 'createCommit'
  | 'commitDate'
  | 'push'
  | 'deleteBranch'
>;

/** What the algorithm needs of GitHub's pull-request API. */
export type PrApi = Pick<
  PullRequests,
  | 'forBranch'
  | 'create'
  | 'update'
  | 'comment'
  | 'addLabels'
  | 'removeLabel'
  | 'addAssignees'
  | 'requestReviewers'
>;

export interface Tips {
  /** The base branch: given, or the remote's default. */
  base: string;
  baseSha: string;
  /** Tip of the job's branch on the remote, when it exists. */
  branchSha?: string;
}

export interface PrSession extends Tips {
  ctx: Context;
  git: PrGit;
  pulls: PrApi;
  /** A GitHub failure as an error that says what was attempted and what to do (explainGitHubError). */
  explain: (error: unknown, action: string) => Error;
  branch: string;
  dryRun: boolean;
  /** How messages name the pull request, e.g. "the upgrade pull request". */
  noun: string;
}

export interface PrRef {
  number: number;
  url: string;
}

export type PrOperation = 'created' | 'updated' | 'none';

/** owner/name: given, or read from the remote's URL. */
export async function repositoryOf(
  repository: string | undefined,
  git: Pick<PrGit, 'remoteUrl'>,
): Promise<{ owner: string; repo: string }> {
  if (repository) return splitRepository(repository);
  const url = await git.remoteUrl();
  const match = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) {
    throw new UserError(
      `Cannot tell the GitHub repository from the remote URL '${url}'.`,
      "Set 'repository' to owner/name.",
    );
  }
  return { owner: match[1], repo: match[2] };
}

/** The base branch (given, or the remote's default) and the tips of it and of `branch`, fetched. */
export async function fetchTips(
  git: PrGit,
  branch: string,
  base: string | undefined,
  noun: string,
): Promise<Tips> {
  const heads = await git.lsRemote([...(base ? [base] : []), branch]);
  const chosen = base ?? heads.defaultBranch;
  if (!chosen) {
    throw new UserError(
      `The remote '${git.remote}' does not say which branch is its default.`,
      `Set 'base' to the branch ${noun} should target.`,
    );
  }
  const exists = heads.heads.has(`refs/heads/${branch}`);
  const tips = await git.fetch([chosen, ...(exists ? [branch] : [])]);
  const baseSha = tips.get(chosen);
  if (!baseSha) throw new UserError(`The base branch '${chosen}' does not exist on '${git.remote}'.`);
  return { base: chosen, baseSha, branchSha: tips.get(branch) };
}

/** Commits on the branch the job did not make (their message lacks its trailer). */
export async function foreignCommits(
  s: PrSession,
  isOwn: (message: string) => boolean,
): Promise<Array<{ sha: string; subject: string; author: string }>> {
  if (!s.branchSha) return [];
  return (await s.git.commitsBetween(s.baseSha, s.branchSha)).filter((c) => !isOwn(c.message));
}

/** How a list of foreign commits reads in a warning. */
export function describeCommits(commits: Array<{ sha: string; subject: string; author: string }>): string {
  return commits.map((c) => `${c.sha.slice(0, 12)} "${c.subject}" by ${c.author}`).join('; ');
}

/** Whether the branch's tip already holds every file with this content. */
export async function branchHolds(
  git: PrGit,
  sha: string | undefined,
  files: Record<string, string>,
): Promise<boolean> {
  if (!sha) return false;
  for (const [path, content] of Object.entries(files)) {
    if ((await git.readFile(sha, path)) !== content) return false;
  }
  return true;
}

/**
 * Builds the one commit (base + files) and pushes it with a lease on the tip this run saw. Returns whether
 * this run moved the branch. The commit's date is the base commit's, so its id depends only on its content:
 * two runs at once build the same commit, and the second finds it already pushed.
 */
export async function pushFiles(
  s: PrSession,
  commit: { files: Record<string, string>; message: string; author: Identity },
): Promise<boolean> {
  const sha = await s.git.createCommit({
    parent: s.baseSha,
    files: commit.files,
    message: commit.message,
    author: commit.author,
    date: await s.git.commitDate(s.baseSha),
  });
  if (s.dryRun) {
    s.ctx.out.info(`Dry run: would push ${sha.slice(0, 12)} to ${s.branch}.`);
    return false;
  }
  const push = await s.git.push(sha, s.branch, s.branchSha);
  if (push.ok) return true;
  const now = (await s.git.lsRemote([s.branch])).heads.get(`refs/heads/${s.branch}`);
  if (now === sha) return false;
  throw new UserError(
    `Could not push ${s.branch}: ${push.detail}`,
    push.stale
      ? 'The branch changed on the remote while this run worked (another run, or a person). Run the job again; it does not overwrite commits it did not make.'
      : 'Check that the token may push to the repository (contents: write).',
  );
}

export interface PrRequest {
  /** Title and body, already redacted. */
  title: string;
  body: string;
  /** The open pull request of the branch, when there is one. */
  existing?: PrSnapshot;
  /** What to change on an existing pull request (pure). */
  change: (existing: PrSnapshot) => PrChange;
  /** Labels, assignees and reviewers of a new pull request. */
  labels: string[];
  assignees: string[];
  reviewers: string[];
  /** Whether the branch moved (dry run: would move), which makes an existing pull request 'updated'. */
  branchMoved: boolean;
}

/**
 * Opens the pull request of the branch, or brings the open one up to date; a pull request another run opened
 * a moment ago is updated, not doubled. In a dry run says what it would do and changes nothing.
 */
export async function createOrUpdate(
  s: PrSession,
  request: PrRequest,
): Promise<{ operation: PrOperation; pullRequest?: PrRef }> {
  const { ctx } = s;
  if (s.dryRun) {
    const pr = request.existing;
    if (!pr) ctx.out.info(`Dry run: would open the pull request "${request.title}".`);
    else if (request.branchMoved || !isEmptyChange(request.change(pr)))
      ctx.out.info(`Dry run: would update pull request #${pr.number} to "${request.title}".`);
    else ctx.out.info(`Dry run: pull request #${pr.number} is up to date; nothing would change.`);
    return { operation: 'none', ...(pr ? { pullRequest: { number: pr.number, url: pr.url } } : {}) };
  }
  const update = async (pr: PrSnapshot) => {
    const changed = await applyChange(s, pr, request.change(pr));
    return {
      operation: (request.branchMoved || changed ? 'updated' : 'none') as PrOperation,
      pullRequest: { number: pr.number, url: pr.url },
    };
  };
  if (request.existing) return update(request.existing);
  try {
    const created = await s.pulls.create({
      title: request.title,
      body: request.body,
      head: s.branch,
      base: s.base,
    });
    await bestEffort(s, () => s.pulls.addLabels(created.number, request.labels), 'add labels');
    await bestEffort(s, () => s.pulls.addAssignees(created.number, request.assignees), 'add assignees');
    await bestEffort(
      s,
      () => s.pulls.requestReviewers(created.number, request.reviewers),
      'request reviewers',
    );
    return { operation: 'created', pullRequest: { number: created.number, url: created.url } };
  } catch (error) {
    if (!(error instanceof PullRequestExistsError))
      throw s.explain(error, `open the pull request for ${s.branch}`);
    // A run at the same moment opened it first: make that one right instead of opening a second.
    const prs = await s.pulls.forBranch(s.branch).catch((e: unknown) => {
      throw s.explain(e, 'list the pull requests again');
    });
    const open = prs.find((p) => p.state === 'open');
    if (!open) {
      throw new UserError(
        `GitHub says a pull request for ${s.branch} exists, but none is open.`,
        'Run the job again.',
      );
    }
    return update(open);
  }
}

/** Applies a change to an existing pull request; returns whether anything changed. */
async function applyChange(s: PrSession, pr: PrSnapshot, change: PrChange): Promise<boolean> {
  if (change.title !== undefined || change.body !== undefined) {
    await s.pulls.update(pr.number, { title: change.title, body: change.body }).catch((error: unknown) => {
      throw s.explain(error, `update #${pr.number}`);
    });
  }
  await bestEffort(s, () => s.pulls.addLabels(pr.number, change.addLabels), 'add labels');
  for (const label of change.removeLabels) {
    await bestEffort(s, () => s.pulls.removeLabel(pr.number, label), `remove the ${label} label`);
  }
  return !isEmptyChange(change);
}

async function bestEffort(s: PrSession, call: () => Promise<void>, what: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    // The pull request exists and is right; a missing label or reviewer must not fail the job.
    s.ctx.out.warning(`Could not ${what} on ${s.noun}: ${errorMessage(error)}`);
  }
}

/** Deletes the branch when it holds only the job's own commits and is still where this run saw it. */
export async function deleteOwnBranch(s: PrSession, isOwn: (message: string) => boolean): Promise<void> {
  if (!s.branchSha) return;
  if ((await foreignCommits(s, isOwn)).length > 0) {
    s.ctx.out.info(`The branch ${s.branch} holds commits this job did not make; it is left in place.`);
    return;
  }
  const outcome = await s.git.deleteBranch(s.branch, s.branchSha);
  if (!outcome.ok) s.ctx.out.info(`The branch ${s.branch} was not deleted: ${outcome.detail}`);
}
