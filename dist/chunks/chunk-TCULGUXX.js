import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  splitRepository
} from "./chunk-G6UZJVOF.js";
import {
  execute
} from "./chunk-PFUJ36V2.js";
import {
  UserError,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/github/pulls.ts
var PullRequestExistsError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PullRequestExistsError";
  }
};
function snapshot(raw) {
  return {
    number: raw.number,
    url: raw.html_url,
    state: raw.state === "open" ? "open" : "closed",
    merged: Boolean(raw.merged_at),
    title: raw.title,
    body: raw.body ?? "",
    labels: (raw.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean),
    headSha: raw.head.sha
  };
}
function status(error) {
  const value = error.status;
  return typeof value === "number" ? value : void 0;
}
function errorText(error) {
  const response = error.response;
  const data = response?.data;
  return [data?.message, ...(data?.errors ?? []).map((e) => e.message), error.message].filter(Boolean).join(" ");
}
var PullRequests = class {
  constructor(client, repo, options = {}) {
    this.client = client;
    this.repo = repo;
    this.delays = options.retryDelaysMs ?? [1e3, 2e3, 4e3];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }
  client;
  repo;
  delays;
  sleep;
  /**
   * The pull requests whose head is `branch` in this repository, newest first (one request): the open one, if
   * any, and the most recent closed ones, which say whether a person already declined an upgrade.
   */
  async forBranch(branch) {
    const response = await this.client.request("GET /repos/{owner}/{repo}/pulls", {
      ...this.repo,
      head: `${this.repo.owner}:${branch}`,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 10
    });
    return response.data.map(snapshot);
  }
  async create(request) {
    try {
      const response = await this.client.request("POST /repos/{owner}/{repo}/pulls", {
        ...this.repo,
        ...request,
        maintainer_can_modify: true
      });
      return snapshot(response.data);
    } catch (error) {
      const text = errorText(error);
      if (status(error) === 422 && /pull request already exists/i.test(text))
        throw new PullRequestExistsError(text);
      throw error;
    }
  }
  async update(number, fields) {
    const response = await this.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...this.repo,
      pull_number: number,
      ...fields
    });
    return snapshot(response.data);
  }
  async comment(number, body) {
    await this.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...this.repo,
      issue_number: number,
      body
    });
  }
  /** Adds labels (GitHub creates missing ones). Retried: a PR created a moment ago may not be visible yet. */
  async addLabels(number, labels) {
    if (labels.length === 0) return;
    await this.consistently(
      () => this.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        ...this.repo,
        issue_number: number,
        labels
      })
    );
  }
  async removeLabel(number, label) {
    try {
      await this.client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        ...this.repo,
        issue_number: number,
        name: label
      });
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
  }
  async addAssignees(number, assignees) {
    if (assignees.length === 0) return;
    await this.consistently(
      () => this.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        ...this.repo,
        issue_number: number,
        assignees
      })
    );
  }
  /** `user` or `org/team` (a team review request). */
  async requestReviewers(number, reviewers) {
    if (reviewers.length === 0) return;
    const users = reviewers.filter((r) => !r.includes("/"));
    const teams = reviewers.filter((r) => r.includes("/")).map((r) => r.slice(r.indexOf("/") + 1));
    await this.consistently(
      () => this.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        ...this.repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams
      })
    );
  }
  /** Retries on 404 and 422 "not found"-like answers that GitHub gives while a new PR replicates. */
  async consistently(call) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const code = status(error);
        const transient = code === 404 || code === 422 && /could not resolve|not found/i.test(errorText(error));
        if (!transient || attempt >= this.delays.length) throw error;
        await this.sleep(this.delays[attempt]);
      }
    }
  }
};

// src/git/repository.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/git/auth.ts
function httpOrigin(remoteUrl) {
  try {
    const url = new URL(remoteUrl);
    if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
    return `${url.protocol}//${url.host}/`;
  } catch {
    return void 0;
  }
}
function authorizationHeader(token) {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, "utf8").toString("base64")}`;
}
function gitAuthEnv(remoteUrl, token, env) {
  const origin = httpOrigin(remoteUrl);
  if (!token || !origin) return {};
  const start = Number(env.GIT_CONFIG_COUNT ?? "0");
  const base = Number.isInteger(start) && start > 0 ? start : 0;
  const key = `http.${origin}.extraheader`;
  const entries = [
    [key, ""],
    [key, authorizationHeader(token)]
  ];
  const out = { GIT_CONFIG_COUNT: String(base + entries.length) };
  entries.forEach(([k, v], i) => {
    out[`GIT_CONFIG_KEY_${base + i}`] = k;
    out[`GIT_CONFIG_VALUE_${base + i}`] = v;
  });
  return out;
}

// src/git/repository.ts
var GitError = class extends UserError {
  constructor(message, result) {
    super(
      message,
      "Check that repository-path is a clone of the repository, that its remote is reachable from the runner, and that github-token may read and push it (contents: write)."
    );
    this.result = result;
    this.name = "GitError";
  }
  result;
};
var FETCH_NS = "refs/wandb-operator-actions";
var Repository = class {
  constructor(options) {
    this.options = options;
    this.remote = options.remote ?? "origin";
    this.exec = options.execute ?? execute;
  }
  options;
  remote;
  exec;
  authEnv;
  /** Branches fetched so far (deepened together when the clone is shallow). */
  fetched = [];
  /** Runs git; throws a GitError (redacted) unless `allowFailure`. */
  async git(args, extra = {}) {
    const env = {
      ...this.options.env,
      ...await this.auth(),
      // Never wait for a password prompt in a scheduled job; fail and say so instead.
      GIT_TERMINAL_PROMPT: "0",
      GIT_ASKPASS: "",
      ...extra.env
    };
    const result = await this.exec({
      command: "git",
      role: "git",
      args,
      cwd: this.options.cwd,
      env,
      stdin: extra.stdin,
      timeoutMs: this.options.timeoutMs ?? 12e4
    });
    if (result.code !== 0 && !extra.allowFailure) {
      const redact = (text) => this.options.redactor.redact(text);
      const why = result.timedOut ? "timed out" : redact(result.stderr.trim() || result.stdout.trim());
      throw new GitError(`git ${args[0]} failed: ${why}`, result);
    }
    return result;
  }
  async auth() {
    if (this.authEnv) return this.authEnv;
    if (!this.options.token) return this.authEnv = {};
    const result = await this.exec({
      command: "git",
      role: "git",
      args: ["remote", "get-url", this.remote],
      cwd: this.options.cwd,
      env: this.options.env,
      timeoutMs: this.options.timeoutMs ?? 12e4
    });
    const env = result.code === 0 ? gitAuthEnv(result.stdout.trim(), this.options.token, this.options.env) : {};
    for (const value of Object.values(env))
      if (/^AUTHORIZATION:/i.test(value)) this.options.redactor.add(value);
    this.authEnv = env;
    return env;
  }
  async remoteUrl() {
    return (await this.git(["remote", "get-url", this.remote])).stdout.trim();
  }
  /** One round trip: the remote's default branch and the tips of `branches` (missing ones are absent). */
  async lsRemote(branches) {
    const refs = branches.map((b) => `refs/heads/${b}`);
    const result = await this.git(["ls-remote", "--symref", this.remote, "HEAD", ...refs]);
    const heads = /* @__PURE__ */ new Map();
    let defaultBranch;
    for (const line of result.stdout.split("\n")) {
      const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
      if (symref) {
        defaultBranch = symref[1];
        continue;
      }
      const match = /^([0-9a-f]{40,64})\t(refs\/heads\/\S+)$/.exec(line);
      if (match) heads.set(match[2], match[1]);
    }
    return { defaultBranch, heads };
  }
  /** Fetches remote branches into the private namespace; returns each one's fetched tip. */
  async fetch(branches) {
    const tips = /* @__PURE__ */ new Map();
    if (branches.length === 0) return tips;
    const specs = branches.map((b) => `+refs/heads/${b}:${FETCH_NS}/${b}`);
    await this.git(["fetch", "--no-tags", "--no-write-fetch-head", "--quiet", this.remote, ...specs]);
    this.fetched = [.../* @__PURE__ */ new Set([...this.fetched, ...branches])];
    for (const branch of branches) {
      tips.set(
        branch,
        (await this.git(["rev-parse", "--verify", `${FETCH_NS}/${branch}^{commit}`])).stdout.trim()
      );
    }
    return tips;
  }
  /** A file's content at a commit, or undefined when the commit has no such file. */
  async readFile(commit, path) {
    const result = await this.git(["cat-file", "blob", `${commit}:${normalisePath(path)}`], {
      allowFailure: true
    });
    return result.code === 0 ? result.stdout : void 0;
  }
  /**
   * A shallow checkout (actions/checkout fetches one commit by default) cuts the base branch's history, so
   * `base..tip` would list old base commits as if they were on the branch. Before comparing histories the
   * fetched branches are deepened to their full history once (configuration repositories are small).
   */
  async ensureHistory() {
    if (this.fetched.length === 0) return;
    const shallow = (await this.git(["rev-parse", "--is-shallow-repository"])).stdout.trim() === "true";
    if (!shallow) return;
    const specs = this.fetched.map((b) => `+refs/heads/${b}:${FETCH_NS}/${b}`);
    await this.git([
      "fetch",
      "--unshallow",
      "--no-tags",
      "--no-write-fetch-head",
      "--quiet",
      this.remote,
      ...specs
    ]);
  }
  /** Commits reachable from `tip` and not from `base`, newest first. */
  async commitsBetween(base, tip) {
    await this.ensureHistory();
    const result = await this.git(["log", "-z", "--format=%H%x1f%an <%ae>%x1f%s%x1f%B", `${base}..${tip}`]);
    return result.stdout.split("\0").filter((record) => record.trim().length > 0).map((record) => {
      const [sha, author, subject, message] = record.split("");
      return { sha: sha.trim(), author, subject, message: message ?? "" };
    });
  }
  /**
   * A commit with `files` (path → content) written over `parent`'s tree, built in a temporary index file so
   * that the repository's own index and working tree are untouched. The author and committer date are fixed
   * by the caller, so that the same inputs give the same commit id (two runs at once push the same commit).
   */
  async createCommit(request) {
    const dir = await mkdtemp(join(tmpdir(), "woa-index-"));
    const indexEnv = { GIT_INDEX_FILE: join(dir, "index") };
    try {
      await this.git(["read-tree", request.parent], { env: indexEnv });
      for (const [path, content] of Object.entries(request.files)) {
        const file = normalisePath(path);
        const blob = (await this.git(["hash-object", "-w", "--stdin"], { stdin: content })).stdout.trim();
        const listed = (await this.git(["ls-tree", request.parent, "--", file])).stdout.trim();
        const mode = /^(\d{6}) blob /.exec(listed)?.[1] ?? "100644";
        await this.git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${file}`], {
          env: indexEnv
        });
      }
      const tree = (await this.git(["write-tree"], { env: indexEnv })).stdout.trim();
      const identity = {
        GIT_AUTHOR_NAME: request.author.name,
        GIT_AUTHOR_EMAIL: request.author.email,
        GIT_AUTHOR_DATE: request.date,
        GIT_COMMITTER_NAME: request.author.name,
        GIT_COMMITTER_EMAIL: request.author.email,
        GIT_COMMITTER_DATE: request.date
      };
      const commit = await this.git(["commit-tree", tree, "-p", request.parent, "-F", "-"], {
        stdin: request.message,
        env: identity
      });
      return commit.stdout.trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  /** The tree id of a commit (to compare what two commits hold). */
  async treeOf(commit) {
    return (await this.git(["rev-parse", `${commit}^{tree}`])).stdout.trim();
  }
  async commitDate(commit) {
    return (await this.git(["show", "-s", "--format=%cI", commit])).stdout.trim();
  }
  /**
   * Pushes `commit` to `branch` only if the remote branch is still at `expected` (undefined: must not exist):
   * `--force-with-lease` with an explicit expected value, so a concurrent push or someone else's commit is
   * never overwritten.
   */
  async push(commit, branch, expected) {
    const ref = `refs/heads/${branch}`;
    const result = await this.git(
      ["push", "--porcelain", `--force-with-lease=${ref}:${expected ?? ""}`, this.remote, `${commit}:${ref}`],
      { allowFailure: true }
    );
    return pushOutcome(result, this.options.redactor);
  }
  /** Deletes the remote branch if it is still at `expected`. */
  async deleteBranch(branch, expected) {
    const ref = `refs/heads/${branch}`;
    const result = await this.git(
      ["push", "--porcelain", `--force-with-lease=${ref}:${expected}`, this.remote, `:${ref}`],
      { allowFailure: true }
    );
    return pushOutcome(result, this.options.redactor);
  }
};
function pushOutcome(result, redactor) {
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout}
${result.stderr}`;
  const stale = /\[rejected\]\s*\((stale info|fetch first|non-fast-forward)\)/.test(text) || /stale info/.test(text);
  return { ok: false, stale, detail: redactor.redact(result.stderr.trim() || result.stdout.trim()) };
}
function normalisePath(path) {
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}

// src/pr/plan.ts
function sameText(a, b) {
  const norm = (text) => text.replace(/\r\n/g, "\n").trim();
  return norm(a) === norm(b);
}
function changeFor(existing, wanted) {
  const have = new Set(existing.labels.map((l) => l.toLowerCase()));
  return {
    ...existing.title !== wanted.title ? { title: wanted.title } : {},
    ...!sameText(existing.body, wanted.body) ? { body: wanted.body } : {},
    addLabels: wanted.labels.filter((label) => !have.has(label.toLowerCase())),
    removeLabels: []
  };
}
function isEmptyChange(change) {
  return change.title === void 0 && change.body === void 0 && change.addLabels.length === 0 && change.removeLabels.length === 0;
}
function hasTrailer(message, trailer) {
  return message.split(/\r?\n/).some((line) => line.trim() === trailer);
}
var DEFAULT_COMMIT_AUTHOR = "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>";
function parseCommitAuthor(text) {
  const match = /^\s*(.+?)\s*<([^>]+)>\s*$/.exec(text);
  return match ? { name: match[1], email: match[2] } : void 0;
}

// src/pr/branch-pr.ts
async function repositoryOf(repository, git) {
  if (repository) return splitRepository(repository);
  const url = await git.remoteUrl();
  const match = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) {
    throw new UserError(
      `Cannot tell the GitHub repository from the remote URL '${url}'.`,
      "Set 'repository' to owner/name."
    );
  }
  return { owner: match[1], repo: match[2] };
}
async function fetchTips(git, branch, base, noun) {
  const heads = await git.lsRemote([...base ? [base] : [], branch]);
  const chosen = base ?? heads.defaultBranch;
  if (!chosen) {
    throw new UserError(
      `The remote '${git.remote}' does not say which branch is its default.`,
      `Set 'base' to the branch ${noun} should target.`
    );
  }
  const exists = heads.heads.has(`refs/heads/${branch}`);
  const tips = await git.fetch([chosen, ...exists ? [branch] : []]);
  const baseSha = tips.get(chosen);
  if (!baseSha) throw new UserError(`The base branch '${chosen}' does not exist on '${git.remote}'.`);
  return { base: chosen, baseSha, branchSha: tips.get(branch) };
}
async function foreignCommits(s, isOwn) {
  if (!s.branchSha) return [];
  return (await s.git.commitsBetween(s.baseSha, s.branchSha)).filter((c) => !isOwn(c.message));
}
function describeCommits(commits) {
  return commits.map((c) => `${c.sha.slice(0, 12)} "${c.subject}" by ${c.author}`).join("; ");
}
async function branchHolds(git, sha, files) {
  if (!sha) return false;
  for (const [path, content] of Object.entries(files)) {
    if (await git.readFile(sha, path) !== content) return false;
  }
  return true;
}
async function pushFiles(s, commit) {
  const sha = await s.git.createCommit({
    parent: s.baseSha,
    files: commit.files,
    message: commit.message,
    author: commit.author,
    date: await s.git.commitDate(s.baseSha)
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
    push.stale ? "The branch changed on the remote while this run worked (another run, or a person). Run the job again; it does not overwrite commits it did not make." : "Check that the token may push to the repository (contents: write)."
  );
}
async function createOrUpdate(s, request) {
  const { ctx } = s;
  if (s.dryRun) {
    const pr = request.existing;
    if (!pr) ctx.out.info(`Dry run: would open the pull request "${request.title}".`);
    else if (request.branchMoved || !isEmptyChange(request.change(pr)))
      ctx.out.info(`Dry run: would update pull request #${pr.number} to "${request.title}".`);
    else ctx.out.info(`Dry run: pull request #${pr.number} is up to date; nothing would change.`);
    return { operation: "none", ...pr ? { pullRequest: { number: pr.number, url: pr.url } } : {} };
  }
  const update = async (pr) => {
    const changed = await applyChange(s, pr, request.change(pr));
    return {
      operation: request.branchMoved || changed ? "updated" : "none",
      pullRequest: { number: pr.number, url: pr.url }
    };
  };
  if (request.existing) return update(request.existing);
  try {
    const created = await s.pulls.create({
      title: request.title,
      body: request.body,
      head: s.branch,
      base: s.base
    });
    await bestEffort(s, () => s.pulls.addLabels(created.number, request.labels), "add labels");
    await bestEffort(s, () => s.pulls.addAssignees(created.number, request.assignees), "add assignees");
    await bestEffort(
      s,
      () => s.pulls.requestReviewers(created.number, request.reviewers),
      "request reviewers"
    );
    return { operation: "created", pullRequest: { number: created.number, url: created.url } };
  } catch (error) {
    if (!(error instanceof PullRequestExistsError))
      throw s.explain(error, `open the pull request for ${s.branch}`);
    const prs = await s.pulls.forBranch(s.branch).catch((e) => {
      throw s.explain(e, "list the pull requests again");
    });
    const open = prs.find((p) => p.state === "open");
    if (!open) {
      throw new UserError(
        `GitHub says a pull request for ${s.branch} exists, but none is open.`,
        "Run the job again."
      );
    }
    return update(open);
  }
}
async function applyChange(s, pr, change) {
  if (change.title !== void 0 || change.body !== void 0) {
    await s.pulls.update(pr.number, { title: change.title, body: change.body }).catch((error) => {
      throw s.explain(error, `update #${pr.number}`);
    });
  }
  await bestEffort(s, () => s.pulls.addLabels(pr.number, change.addLabels), "add labels");
  for (const label of change.removeLabels) {
    await bestEffort(s, () => s.pulls.removeLabel(pr.number, label), `remove the ${label} label`);
  }
  return !isEmptyChange(change);
}
async function bestEffort(s, call, what) {
  try {
    await call();
  } catch (error) {
    s.ctx.out.warning(`Could not ${what} on ${s.noun}: ${errorMessage(error)}`);
  }
}
async function deleteOwnBranch(s, isOwn) {
  if (!s.branchSha) return;
  if ((await foreignCommits(s, isOwn)).length > 0) {
    s.ctx.out.info(`The branch ${s.branch} holds commits this job did not make; it is left in place.`);
    return;
  }
  const outcome = await s.git.deleteBranch(s.branch, s.branchSha);
  if (!outcome.ok) s.ctx.out.info(`The branch ${s.branch} was not deleted: ${outcome.detail}`);
}

export {
  PullRequests,
  Repository,
  changeFor,
  hasTrailer,
  DEFAULT_COMMIT_AUTHOR,
  parseCommitAuthor,
  repositoryOf,
  fetchTips,
  foreignCommits,
  describeCommits,
  branchHolds,
  pushFiles,
  createOrUpdate,
  deleteOwnBranch
};
