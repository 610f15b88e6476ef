/**
 * STAND-IN for the pull-request, label, assignee and review-request parts of the GitHub REST API
 * (https://docs.github.com/rest/pulls and /rest/issues), the shapes upgrade-check uses; comments come from the
 * core routes of server.ts. `addPullRoutes(gh, options)` adds the routes to a GitHubStandIn (auth, rate limits,
 * failure switches and the request log apply as to every route) and returns the state, for assertions.
 *
 * Behaviours of the real API it keeps, because the job depends on them:
 * - a second open pull request for the same head and base is refused with 422 "A pull request already
 *   exists for owner:branch." (what makes two concurrent runs leave one PR);
 * - a head branch that does not exist is refused with 422 (field `head`, code `invalid`);
 * - `GET /pulls` filters by `head=owner:branch` and `state`, newest first;
 * - adding labels creates missing ones; labels, assignees and review requests on a PR created a moment ago
 *   can fail for a short while (`eventualConsistencyFailures`), as GitHub's replicas catch up.
 */

import type { GitHubStandIn, StandInRequest } from './server.js';

export interface StandInResponse {
  status: number;
  body: unknown;
}

export interface PullsOptions {
  owner: string;
  repo: string;
  /** Base URL for html_url fields. */
  htmlBase?: string;
  /** Current sha of a branch, or undefined when it does not exist (e.g. read from a bare repository). */
  branchSha?: (branch: string) => string | undefined | Promise<string | undefined>;
  /** Label/assignee/reviewer requests on a new PR answered 404 this many times (GitHub's replication lag). */
  eventualConsistencyFailures?: number;
  /** Users that exist (assignees and reviewers must); default: anyone. */
  users?: string[];
  now?: () => Date;
}

interface Label {
  id: number;
  name: string;
  color: string;
}

interface Pull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  merged_at: string | null;
  head: string;
  base: string;
  labels: Label[];
  assignees: string[];
  requested_reviewers: string[];
  requested_teams: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Failures still owed to label/assignee/reviewer requests. */
  lag: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export class PullsStandIn {
  readonly pulls: Pull[] = [];
  readonly labels = new Map<string, Label>();
  /** Every request this part answered, in order. */
  readonly log: LoggedRequest[] = [];
  private nextNumber = 1;
  private nextId = 1000;

  constructor(readonly options: PullsOptions) {}

  private get prefix(): string {
    return `/repos/${this.options.owner}/${this.options.repo}`;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  /** Answers a request, or returns undefined when the path is not one of these routes. */
  async handle(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
  ): Promise<StandInResponse | undefined> {
    if (!path.startsWith(`${this.prefix}/`)) return undefined;
    const rest = path.slice(this.prefix.length);
    const response = await this.route(
      method.toUpperCase(),
      rest,
      query,
      (body ?? {}) as Record<string, unknown>,
    );
    if (response) this.log.push({ method: method.toUpperCase(), path, status: response.status });
    return response;
  }

  private async route(
    method: string,
    rest: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
  ): Promise<StandInResponse | undefined> {
    let m: RegExpExecArray | null;
    if (rest === '/pulls' && method === 'GET') return this.list(query);
    if (rest === '/pulls' && method === 'POST') return this.create(body);
    if ((m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = this.find(Number(m[1]));
      if (!pull) return notFound();
      if (method === 'GET') return ok(await this.render(pull));
      if (method === 'PATCH') return this.update(pull, body);
    }
    if ((m = /^\/pulls\/(\d+)\/requested_reviewers$/.exec(rest)) && method === 'POST') {
      const pull = this.find(Number(m[1]));
      if (!pull) return notFound();
      if (this.lagging(pull)) return notFound();
      const reviewers = strings(body.reviewers);
      const unknown = this.unknownUsers(reviewers);
      if (unknown.length > 0) {
        return unprocessable(
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ' +
            `${this.options.owner}/${this.options.repo} repository.`,
        );
      }
      for (const r of reviewers) if (!pull.requested_reviewers.includes(r)) pull.requested_reviewers.push(r);
      for (const t of strings(body.team_reviewers))
        if (!pull.requested_teams.includes(t)) pull.requested_teams.push(t);
      return { status: 201, body: await this.render(pull) };
    }
    if ((m = /^\/issues\/(\d+)\/labels$/.exec(rest)) && method === 'POST') {
      const pull = this.find(Number(m[1]));
      if (!pull) return notFound();
      if (this.lagging(pull)) return notFound();
      for (const name of strings(body.labels)) {
        const label = this.label(name);
        if (!pull.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) pull.labels.push(label);
      }
      pull.updated_at = this.now();
      return ok(pull.labels.map(renderLabel));
    }
    if ((m = /^\/issues\/(\d+)\/labels\/([^/]+)$/.exec(rest)) && method === 'DELETE') {
      const pull = this.find(Number(m[1]));
      if (!pull) return notFound();
      const name = decodeURIComponent(m[2]);
      const index = pull.labels.findIndex((l) => l.name.toLowerCase() === name.toLowerCase());
      if (index < 0)
        return { status: 404, body: { message: 'Label does not exist', documentation_url: DOCS } };
      pull.labels.splice(index, 1);
      return ok(pull.labels.map(renderLabel));
    }
    if ((m = /^\/issues\/(\d+)\/assignees$/.exec(rest)) && method === 'POST') {
      const pull = this.find(Number(m[1]));
      if (!pull) return notFound();
      if (this.lagging(pull)) return notFound();
      // GitHub silently ignores assignees who cannot be assigned.
      const assignable = strings(body.assignees).filter((a) => this.unknownUsers([a]).length === 0);
      for (const a of assignable) if (!pull.assignees.includes(a)) pull.assignees.push(a);
      return { status: 201, body: await this.renderIssue(pull) };
    }
    return undefined;
  }

  private find(number: number): Pull | undefined {
    return this.pulls.find((p) => p.number === number);
  }

  private lagging(pull: Pull): boolean {
    if (pull.lag > 0) {
      pull.lag--;
      return true;
    }
    return false;
  }

  private unknownUsers(users: string[]): string[] {
    const known = this.options.users;
    return known ? users.filter((u) => !known.includes(u)) : [];
  }

  private label(name: string): Label {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.nextId++, name, color: 'ededed' };
      this.labels.set(key, label);
    }
    return label;
  }

  private async list(query: URLSearchParams): Promise<StandInResponse> {
    const state = query.get('state') ?? 'open';
    const head = query.get('head');
    const base = query.get('base');
    const direction = query.get('direction') ?? 'desc';
    const perPage = Math.min(100, Number(query.get('per_page') ?? '30'));
    const page = Math.max(1, Number(query.get('page') ?? '1'));
    let pulls = this.pulls.filter((p) => state === 'all' || p.state === state);
    if (head) {
      // `user:ref`; GitHub also accepts a bare ref? No: without the owner it returns every PR. Keep that.
      const [owner, ref] = head.includes(':') ? head.split(/:(.*)/s) : [undefined, undefined];
      if (owner !== undefined) pulls = pulls.filter((p) => owner === this.options.owner && p.head === ref);
    }
    if (base) pulls = pulls.filter((p) => p.base === base);
    pulls = [...pulls].sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    const slice = pulls.slice((page - 1) * perPage, page * perPage);
    return ok(await Promise.all(slice.map((p) => this.render(p))));
  }

  private async create(body: Record<string, unknown>): Promise<StandInResponse> {
    const title = typeof body.title === 'string' ? body.title : '';
    const headText = typeof body.head === 'string' ? body.head : '';
    const base = typeof body.base === 'string' ? body.base : '';
    const head = headText.includes(':') ? headText.split(/:(.*)/s)[1] : headText;
    if (!title) return unprocessable('Validation Failed', 'title', 'missing_field');
    if (!head) return unprocessable('Validation Failed', 'head', 'missing_field');
    if (!base) return unprocessable('Validation Failed', 'base', 'missing_field');
    if (this.options.branchSha) {
      if ((await this.options.branchSha(head)) === undefined)
        return unprocessable('Validation Failed', 'head', 'invalid');
      if ((await this.options.branchSha(base)) === undefined)
        return unprocessable('Validation Failed', 'base', 'invalid');
    }
    if (this.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${this.options.owner}:${head}.`,
            },
          ],
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '422',
        },
      };
    }
    const now = this.now();
    const pull: Pull = {
      number: this.nextNumber++,
      title,
      body: typeof body.body === 'string' ? body.body : '',
      state: 'open',
      merged_at: null,
      head,
      base,
      labels: [],
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      created_at: now,
      updated_at: now,
      closed_at: null,
      lag: this.options.eventualConsistencyFailures ?? 0,
    };
    if (pull.body.length > 65_536) {
      return unprocessable(
        'Validation Failed',
        'body',
        'custom',
        'body is too long (maximum is 65536 characters)',
      );
    }
    this.pulls.push(pull);
    return { status: 201, body: await this.render(pull) };
  }

  private async update(pull: Pull, body: Record<string, unknown>): Promise<StandInResponse> {
    if (typeof body.body === 'string' && body.body.length > 65_536) {
      return unprocessable(
        'Validation Failed',
        'body',
        'custom',
        'body is too long (maximum is 65536 characters)',
      );
    }
    if (typeof body.title === 'string') pull.title = body.title;
    if (typeof body.body === 'string') pull.body = body.body;
    if (body.state === 'closed' && pull.state === 'open') {
      pull.state = 'closed';
      pull.closed_at = this.now();
    } else if (body.state === 'open' && pull.state === 'closed' && !pull.merged_at) {
      if (
        this.pulls.some(
          (p) => p !== pull && p.state === 'open' && p.head === pull.head && p.base === pull.base,
        )
      ) {
        return unprocessable(`A pull request already exists for ${this.options.owner}:${pull.head}.`);
      }
      pull.state = 'open';
      pull.closed_at = null;
    }
    pull.updated_at = this.now();
    return ok(await this.render(pull));
  }

  /** Test helper: what a merge on GitHub leaves (the test moves the base branch itself). */
  merge(number: number): void {
    const pull = this.find(number);
    if (!pull || pull.state !== 'open') throw new Error(`pull request #${number} is not open`);
    pull.state = 'closed';
    pull.merged_at = this.now();
    pull.closed_at = pull.merged_at;
  }

  /** Test helper: a person closes a PR. */
  close(number: number): void {
    const pull = this.find(number);
    if (!pull) throw new Error(`no pull request #${number}`);
    pull.state = 'closed';
    pull.closed_at = this.now();
  }

  open(): Pull[] {
    return this.pulls.filter((p) => p.state === 'open');
  }

  /** Write requests answered so far (everything but GET). */
  get writes(): LoggedRequest[] {
    return this.log.filter((r) => r.method !== 'GET');
  }

  private async render(pull: Pull): Promise<Record<string, unknown>> {
    const html = `${this.options.htmlBase ?? 'https://github.com'}/${this.options.owner}/${this.options.repo}/pull/${pull.number}`;
    const sha = (await this.options.branchSha?.(pull.head)) ?? '0'.repeat(40);
    const baseSha = (await this.options.branchSha?.(pull.base)) ?? '0'.repeat(40);
    const repo = { full_name: `${this.options.owner}/${this.options.repo}`, name: this.options.repo };
    return {
      id: 500000 + pull.number,
      number: pull.number,
      html_url: html,
      url: `https://api.github.com${this.prefix}/pulls/${pull.number}`,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      labels: pull.labels.map(renderLabel),
      assignees: pull.assignees.map(user),
      requested_reviewers: pull.requested_reviewers.map(user),
      requested_teams: pull.requested_teams.map((slug) => ({ slug, name: slug })),
      head: { ref: pull.head, sha, label: `${this.options.owner}:${pull.head}`, repo },
      base: { ref: pull.base, sha: baseSha, label: `${this.options.owner}:${pull.base}`, repo },
      created_at: pull.created_at,
      updated_at: pull.updated_at,
      closed_at: pull.closed_at,
      merged_at: pull.merged_at,
      draft: false,
      user: user('github-actions[bot]'),
    };
  }

  private async renderIssue(pull: Pull): Promise<Record<string, unknown>> {
    const rendered = await this.render(pull);
    return { ...rendered, pull_request: { url: rendered.url } };
  }
}

const DOCS = 'https://docs.github.com/rest';

function ok(body: unknown): StandInResponse {
  return { status: 200, body };
}

function notFound(): StandInResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

function unprocessable(message: string, field?: string, code = 'custom', detail?: string): StandInResponse {
  return {
    status: 422,
    body: {
      message,
      errors: field ? [{ resource: 'PullRequest', field, code, ...(detail ? { message: detail } : {}) }] : [],
      documentation_url: DOCS,
      status: '422',
    },
  };
}

function renderLabel(label: Label): Record<string, unknown> {
  return { id: label.id, name: label.name, color: label.color, default: false };
}

function user(login: string): Record<string, unknown> {
  return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Adds the pull-request routes to the GitHub stand-in; writes need a token, as on GitHub. */
export function addPullRoutes(gh: GitHubStandIn, options: PullsOptions): PullsStandIn {
  const pulls = new PullsStandIn(options);
  const handler = (write: boolean) => async (request: StandInRequest) => {
    if (write) gh.requireToken(request);
    const answer = await pulls.handle(request.method, request.path, request.query, request.body);
    if (!answer) throw gh.error(404, 'Not Found');
    const body = answer.body as { message?: string } & Record<string, unknown>;
    if (answer.status >= 400) {
      const { message, ...extra } = body;
      delete extra.documentation_url;
      delete extra.status;
      throw gh.error(answer.status, message ?? 'Error', extra);
    }
    return { status: answer.status, body: answer.body };
  };
  gh.route('GET', '/repos/:owner/:repo/pulls', handler(false));
  gh.route('POST', '/repos/:owner/:repo/pulls', handler(true));
  gh.route('GET', '/repos/:owner/:repo/pulls/:number', handler(false));
  gh.route('PATCH', '/repos/:owner/:repo/pulls/:number', handler(true));
  gh.route('POST', '/repos/:owner/:repo/pulls/:number/requested_reviewers', handler(true));
  gh.route('POST', '/repos/:owner/:repo/issues/:number/labels', handler(true));
  gh.route('DELETE', '/repos/:owner/:repo/issues/:number/labels/:name', handler(true));
  gh.route('POST', '/repos/:owner/:repo/issues/:number/assignees', handler(true));
  return pulls;
}
