import type { Octokit } from '@octokit/rest';
import type { PrSnapshot } from '../upgrade/plan.js';

/**
 * The pull-request calls of upgrade-check over an Octokit instance (the project's client, with retry and
 * throttling, or a plain one): list by head branch, create, update, labels, assignees, review requests,
 * comments. Each method is one REST request, except the retries for GitHub's eventual consistency right after
 * a pull request is created.
 */

/** The part of Octokit used here: `request` alone, so tests and other clients can provide it. */
export type RequestClient = Pick<Octokit, 'request'>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullsOptions {
  /** Pause between retries (ms); tests pass 0. */
  retryDelaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
}

/** GitHub said a PR for this head already exists (a concurrent run won the race). */
export class PullRequestExistsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PullRequestExistsError';
  }
}

interface RawPull {
  number: number;
  html_url: string;
  state: string;
  merged_at?: string | null;
  title: string;
  body?: string | null;
  labels?: Array<{ name?: string } | string>;
  head: { sha: string; ref: string };
}

function snapshot(raw: RawPull): PrSnapshot {
  return {
    number: raw.number,
    url: raw.html_url,
    state: raw.state === 'open' ? 'open' : 'closed',
    merged: Boolean(raw.merged_at),
    title: raw.title,
    body: raw.body ?? '',
    labels: (raw.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    headSha: raw.head.sha,
  };
}

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown }).status;
  return typeof value === 'number' ? value : undefined;
}

function errorText(error: unknown): string {
  const response = (error as { response?: { data?: unknown } }).response;
  const data = response?.data as { message?: string; errors?: Array<{ message?: string }> } | undefined;
  return [data?.message, ...(data?.errors ?? []).map((e) => e.message), (error as Error).message]
    .filter(Boolean)
    .join(' ');
}

export class PullRequests {
  private readonly delays: number[];
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly client: RequestClient,
    private readonly repo: RepoRef,
    options: PullsOptions = {},
  ) {
    this.delays = options.retryDelaysMs ?? [1000, 2000, 4000];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * The pull requests whose head is `branch` in this repository, newest first (one request): the open one, if
   * any, and the most recent closed ones, which say whether a person already declined an upgrade.
   */
  async forBranch(branch: string): Promise<PrSnapshot[]> {
    const response = await this.client.request('GET /repos/{owner}/{repo}/pulls', {
      ...this.repo,
      head: `${this.repo.owner}:${branch}`,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 10,
    });
    return (response.data as unknown as RawPull[]).map(snapshot);
  }

  async create(request: { title: string; body: string; head: string; base: string }): Promise<PrSnapshot> {
    try {
      const response = await this.client.request('POST /repos/{owner}/{repo}/pulls', {
        ...this.repo,
        ...request,
        maintainer_can_modify: true,
      });
      return snapshot(response.data as unknown as RawPull);
    } catch (error) {
      const text = errorText(error);
      if (status(error) === 422 && /pull request already exists/i.test(text))
        throw new PullRequestExistsError(text);
      throw error;
    }
  }

  async update(
    number: number,
    fields: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<PrSnapshot> {
    const response = await this.client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      ...this.repo,
      pull_number: number,
      ...fields,
    });
    return snapshot(response.data as unknown as RawPull);
  }

  async comment(number: number, body: string): Promise<void> {
    await this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...this.repo,
      issue_number: number,
      body,
    });
  }

  /** Adds labels (GitHub creates missing ones). Retried: a PR created a moment ago may not be visible yet. */
  async addLabels(number: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.consistently(() =>
      this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...this.repo,
        issue_number: number,
        labels,
      }),
    );
  }

  async removeLabel(number: number, label: string): Promise<void> {
    try {
      await this.client.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...this.repo,
        issue_number: number,
        name: label,
      });
    } catch (error) {
      // Already gone: the wanted state.
      if (status(error) !== 404) throw error;
    }
  }

  async addAssignees(number: number, assignees: string[]): Promise<void> {
    if (assignees.length === 0) return;
    await this.consistently(() =>
      this.client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/assignees', {
        ...this.repo,
        issue_number: number,
        assignees,
      }),
    );
  }

  /** `user` or `org/team` (a team review request). */
  async requestReviewers(number: number, reviewers: string[]): Promise<void> {
    if (reviewers.length === 0) return;
    const users = reviewers.filter((r) => !r.includes('/'));
    const teams = reviewers.filter((r) => r.includes('/')).map((r) => r.slice(r.indexOf('/') + 1));
    await this.consistently(() =>
      this.client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
        ...this.repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
      }),
    );
  }

  /** Retries on 404 and 422 "not found"-like answers that GitHub gives while a new PR replicates. */
  private async consistently<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const code = status(error);
        const transient =
          code === 404 || (code === 422 && /could not resolve|not found/i.test(errorText(error)));
        if (!transient || attempt >= this.delays.length) throw error;
        await this.sleep(this.delays[attempt]);
      }
    }
  }
}

/** Counts the REST requests an Octokit instance sends (for the request budget and `npm run bench`). */
export function countRequests(octokit: Pick<Octokit, 'hook'>): { readonly count: number } {
  const counter = { count: 0 };
  octokit.hook.before('request', () => {
    counter.count++;
  });
  return counter;
}
