import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute as defaultExecute, type Execute, type ExecResult } from '../core/exec.js';
import type { Redactor } from '../core/redact.js';
import { UserError } from '../core/errors.js';
import { gitAuthEnv } from './auth.js';

/**
 * The git adapter: the few plumbing operations upgrade-check needs, run with `execute` (argument arrays,
 * deadlines). It never touches the working tree or the index of the repository it runs in (a workflow's
 * checkout may hold other changes): commits are built from blobs in a temporary index and pushed by id.
 */

/** A git command failed: something the user can fix (the clone, the remote, the token's access). */
export class GitError extends UserError {
  constructor(
    message: string,
    readonly result?: ExecResult,
  ) {
    super(
      message,
      'Check that repository-path is a clone of the repository, that its remote is reachable from the runner, and that github-token may read and push it (contents: write).',
    );
    this.name = 'GitError';
  }
}

export interface RepositoryOptions {
  /** Directory inside the repository. */
  cwd: string;
  remote?: string;
  /** Token for HTTPS remotes (sent as a header through the environment; see auth.ts). */
  token?: string;
  env: NodeJS.ProcessEnv;
  redactor: Redactor;
  execute?: Execute;
  /** Per git call. */
  timeoutMs?: number;
}

export interface Identity {
  name: string;
  email: string;
}

export interface CommitInfo {
  sha: string;
  author: string;
  subject: string;
  /** Full message. */
  message: string;
}

export interface RemoteHeads {
  /** Branch the remote's HEAD points at (its default branch), when it says. */
  defaultBranch?: string;
  /** `refs/heads/<name>` → sha, for the refs asked for that exist. */
  heads: Map<string, string>;
}

export type PushResult = { ok: true } | { ok: false; stale: boolean; detail: string };

/** Private namespace for fetched tips, so that fetching never moves the user's branches or remote-tracking refs. */
const FETCH_NS = 'refs/wandb-operator-actions';

export class Repository {
  readonly remote: string;
  private readonly exec: Execute;
  private authEnv: Record<string, string> | undefined;
  /** Branches fetched so far (deepened together when the clone is shallow). */
  private fetched: string[] = [];

  constructor(private readonly options: RepositoryOptions) {
    this.remote = options.remote ?? 'origin';
    this.exec = options.execute ?? defaultExecute;
  }

  /** Runs git; throws a GitError (redacted) unless `allowFailure`. */
  async git(
    args: string[],
    extra: { stdin?: string; env?: Record<string, string>; allowFailure?: boolean } = {},
  ): Promise<ExecResult> {
    const env: NodeJS.ProcessEnv = {
      ...this.options.env,
      ...(await this.auth()),
      // Never wait for a password prompt in a scheduled job; fail and say so instead.
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: '',
      ...extra.env,
    };
    const result = await this.exec({
      command: 'git',
      role: 'git',
      args,
      cwd: this.options.cwd,
      env,
      stdin: extra.stdin,
      timeoutMs: this.options.timeoutMs ?? 120_000,
    });
    if (result.code !== 0 && !extra.allowFailure) {
      const redact = (text: string) => this.options.redactor.redact(text);
      const why = result.timedOut ? 'timed out' : redact(result.stderr.trim() || result.stdout.trim());
      throw new GitError(`git ${args[0]} failed: ${why}`, result);
    }
    return result;
  }

  private async auth(): Promise<Record<string, string>> {
    if (this.authEnv) return this.authEnv;
    if (!this.options.token) return (this.authEnv = {});
    // The remote URL is read without the auth environment (it is local config).
    const result = await this.exec({
      command: 'git',
      role: 'git',
      args: ['remote', 'get-url', this.remote],
      cwd: this.options.cwd,
      env: this.options.env,
      timeoutMs: this.options.timeoutMs ?? 120_000,
    });
    const env =
      result.code === 0 ? gitAuthEnv(result.stdout.trim(), this.options.token, this.options.env) : {};
    for (const value of Object.values(env))
      if (/^AUTHORIZATION:/i.test(value)) this.options.redactor.add(value);
    this.authEnv = env;
    return env;
  }

  async remoteUrl(): Promise<string> {
    return (await this.git(['remote', 'get-url', this.remote])).stdout.trim();
  }

  /** One round trip: the remote's default branch and the tips of `branches` (missing ones are absent). */
  async lsRemote(branches: string[]): Promise<RemoteHeads> {
    const refs = branches.map((b) => `refs/heads/${b}`);
    const result = await this.git(['ls-remote', '--symref', this.remote, 'HEAD', ...refs]);
    const heads = new Map<string, string>();
    let defaultBranch: string | undefined;
    for (const line of result.stdout.split('\n')) {
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
  async fetch(branches: string[]): Promise<Map<string, string>> {
    const tips = new Map<string, string>();
    if (branches.length === 0) return tips;
    const specs = branches.map((b) => `+refs/heads/${b}:${FETCH_NS}/${b}`);
    await this.git(['fetch', '--no-tags', '--no-write-fetch-head', '--quiet', this.remote, ...specs]);
    this.fetched = [...new Set([...this.fetched, ...branches])];
    for (const branch of branches) {
      tips.set(
        branch,
        (await this.git(['rev-parse', '--verify', `${FETCH_NS}/${branch}^{commit}`])).stdout.trim(),
      );
    }
    return tips;
  }

  /** A file's content at a commit, or undefined when the commit has no such file. */
  async readFile(commit: string, path: string): Promise<string | undefined> {
    const result = await this.git(['cat-file', 'blob', `${commit}:${normalisePath(path)}`], {
      allowFailure: true,
    });
    return result.code === 0 ? result.stdout : undefined;
  }

  /**
   * A shallow checkout (actions/checkout fetches one commit by default) cuts the base branch's history, so
   * `base..tip` would list old base commits as if they were on the branch. Before comparing histories the
   * fetched branches are deepened to their full history once (configuration repositories are small).
   */
  private async ensureHistory(): Promise<void> {
    if (this.fetched.length === 0) return;
    const shallow = (await this.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (!shallow) return;
    const specs = this.fetched.map((b) => `+refs/heads/${b}:${FETCH_NS}/${b}`);
    await this.git([
      'fetch',
      '--unshallow',
      '--no-tags',
      '--no-write-fetch-head',
      '--quiet',
      this.remote,
      ...specs,
    ]);
  }

  /** Commits reachable from `tip` and not from `base`, newest first. */
  async commitsBetween(base: string, tip: string): Promise<CommitInfo[]> {
    await this.ensureHistory();
    // NUL-separated records: messages may hold any other character.
    const result = await this.git(['log', '-z', '--format=%H%x1f%an <%ae>%x1f%s%x1f%B', `${base}..${tip}`]);
    return result.stdout
      .split('\0')
      .filter((record) => record.trim().length > 0)
      .map((record) => {
        const [sha, author, subject, message] = record.split('\x1f');
        return { sha: sha.trim(), author, subject, message: message ?? '' };
      });
  }

  /**
   * A commit with `files` (path → content) written over `parent`'s tree, built in a temporary index file so
   * that the repository's own index and working tree are untouched. The author and committer date are fixed
   * by the caller, so that the same inputs give the same commit id (two runs at once push the same commit).
   */
  async createCommit(request: {
    parent: string;
    files: Record<string, string>;
    message: string;
    author: Identity;
    date: string;
  }): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'woa-index-'));
    const indexEnv = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      await this.git(['read-tree', request.parent], { env: indexEnv });
      for (const [path, content] of Object.entries(request.files)) {
        const file = normalisePath(path);
        const blob = (await this.git(['hash-object', '-w', '--stdin'], { stdin: content })).stdout.trim();
        // Keep the file's mode (an executable stays executable).
        const listed = (await this.git(['ls-tree', request.parent, '--', file])).stdout.trim();
        const mode = /^(\d{6}) blob /.exec(listed)?.[1] ?? '100644';
        await this.git(['update-index', '--add', '--cacheinfo', `${mode},${blob},${file}`], {
          env: indexEnv,
        });
      }
      const tree = (await this.git(['write-tree'], { env: indexEnv })).stdout.trim();
      const identity = {
        GIT_AUTHOR_NAME: request.author.name,
        GIT_AUTHOR_EMAIL: request.author.email,
        GIT_AUTHOR_DATE: request.date,
        GIT_COMMITTER_NAME: request.author.name,
        GIT_COMMITTER_EMAIL: request.author.email,
        GIT_COMMITTER_DATE: request.date,
      };
      const commit = await this.git(['commit-tree', tree, '-p', request.parent, '-F', '-'], {
        stdin: request.message,
        env: identity,
      });
      return commit.stdout.trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The tree id of a commit (to compare what two commits hold). */
  async treeOf(commit: string): Promise<string> {
    return (await this.git(['rev-parse', `${commit}^{tree}`])).stdout.trim();
  }

  async commitDate(commit: string): Promise<string> {
    return (await this.git(['show', '-s', '--format=%cI', commit])).stdout.trim();
  }

  /**
   * Pushes `commit` to `branch` only if the remote branch is still at `expected` (undefined: must not exist):
   * `--force-with-lease` with an explicit expected value, so a concurrent push or someone else's commit is
   * never overwritten.
   */
  async push(commit: string, branch: string, expected: string | undefined): Promise<PushResult> {
    const ref = `refs/heads/${branch}`;
    const result = await this.git(
      ['push', '--porcelain', `--force-with-lease=${ref}:${expected ?? ''}`, this.remote, `${commit}:${ref}`],
      { allowFailure: true },
    );
    return pushOutcome(result, this.options.redactor);
  }

  /** Deletes the remote branch if it is still at `expected`. */
  async deleteBranch(branch: string, expected: string): Promise<PushResult> {
    const ref = `refs/heads/${branch}`;
    const result = await this.git(
      ['push', '--porcelain', `--force-with-lease=${ref}:${expected}`, this.remote, `:${ref}`],
      { allowFailure: true },
    );
    return pushOutcome(result, this.options.redactor);
  }
}

function pushOutcome(result: ExecResult, redactor: Redactor): PushResult {
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout}\n${result.stderr}`;
  // --porcelain prints `!\t<src>:<dst>\t[rejected] (stale info)` when the lease does not hold.
  const stale =
    /\[rejected\]\s*\((stale info|fetch first|non-fast-forward)\)/.test(text) || /stale info/.test(text);
  return { ok: false, stale, detail: redactor.redact(result.stderr.trim() || result.stdout.trim()) };
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
