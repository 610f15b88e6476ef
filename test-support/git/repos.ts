/**
 * Real git repositories for tests: a bare repository on disk (standing in for the GitHub-hosted one) and
 * clones of it (a workflow's checkout, or a person's). Everything goes through the `git` program with argument
 * arrays via `execute`; nothing touches the network.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execute } from '../../src/core/exec.js';

/** Identity and isolation for every git call a test makes itself (not the code under test). */
export const gitEnv: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'person@example.test',
  GIT_COMMITTER_NAME: 'Test Person',
  GIT_COMMITTER_EMAIL: 'person@example.test',
};

export async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const result = await execute({
    role: 'inherit',
    command: 'git',
    args,
    cwd,
    env: { ...gitEnv, ...env },
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr}`);
  return result.stdout;
}

export interface TestRemote {
  /** The bare repository (the remote). */
  bare: string;
  /** A working clone used to make commits as people do. */
  work: string;
  root: string;
  /** A new clone, as a workflow run checks the repository out. */
  clone(): Promise<string>;
  /** Commits files on top of `branch` in the working clone and pushes; returns the new sha. */
  commit(
    branch: string,
    files: Record<string, string>,
    message: string,
    env?: NodeJS.ProcessEnv,
  ): Promise<string>;
  /** The remote's tip of a branch, or undefined. */
  tip(branch: string): Promise<string | undefined>;
  /** A file's content on the remote's branch. */
  show(branch: string, path: string): Promise<string>;
  /** Moves the remote's `main` to `sha` (a merge that fast-forwards). */
  fastForwardMain(sha: string): Promise<void>;
}

export async function createRemote(files: Record<string, string>, mainBranch = 'main'): Promise<TestRemote> {
  const root = await mkdtemp(join(tmpdir(), 'woa-git-'));
  const bare = join(root, 'remote.git');
  const work = join(root, 'work');
  await git(root, ['init', '--quiet', '--bare', `--initial-branch=${mainBranch}`, bare]);
  await git(root, ['init', '--quiet', `--initial-branch=${mainBranch}`, work]);
  await git(work, ['remote', 'add', 'origin', bare]);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(work, path)), { recursive: true });
    await writeFile(join(work, path), content);
  }
  await git(work, ['add', '-A']);
  await git(work, ['commit', '--quiet', '-m', 'Initial deployment'], {
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  });
  await git(work, ['push', '--quiet', 'origin', mainBranch]);
  let clones = 0;

  const remote: TestRemote = {
    bare,
    work,
    root,
    async clone() {
      const dir = join(root, `checkout-${++clones}`);
      await git(root, ['clone', '--quiet', bare, dir]);
      return dir;
    },
    async commit(branch, changes, message, env = {}) {
      await git(work, ['fetch', '--quiet', 'origin']);
      const exists = (await remote.tip(branch)) !== undefined;
      await git(work, [
        'checkout',
        '--quiet',
        '-B',
        branch,
        exists ? `origin/${branch}` : `origin/${mainBranch}`,
      ]);
      for (const [path, content] of Object.entries(changes)) {
        await mkdir(dirname(join(work, path)), { recursive: true });
        await writeFile(join(work, path), content);
      }
      await git(work, ['add', '-A']);
      await git(work, ['commit', '--quiet', '--allow-empty', '-m', message], env);
      await git(work, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
      return (await git(work, ['rev-parse', 'HEAD'])).trim();
    },
    async tip(branch) {
      const out = await git(root, [
        '--git-dir',
        bare,
        'for-each-ref',
        '--format=%(objectname)',
        `refs/heads/${branch}`,
      ]);
      return out.trim() || undefined;
    },
    async show(branch, path) {
      return git(root, ['--git-dir', bare, 'show', `${branch}:${path}`]);
    },
    async fastForwardMain(sha) {
      await git(root, ['--git-dir', bare, 'update-ref', `refs/heads/${mainBranch}`, sha]);
    },
  };
  return remote;
}
