/**
 * STAND-IN for the GitHub REST API (api.github.com, or GitHub Enterprise Server under `/api/v3`), for tests
 * only. It listens on loopback (127.0.0.1) and implements only the shapes this project uses, following
 * GitHub's documented REST behaviour (docs.github.com/rest, API version 2022-11-28):
 * - `GET /repos/{owner}/{repo}/releases`: release objects, newest first; `per_page` (default 30, max 100) and
 *   `page`, with a `Link` header (`rel="next"`, `"last"`, `"first"`, `"prev"`) of absolute URLs.
 * - `GET/POST /repos/{owner}/{repo}/issues/{number}/comments`, `PATCH /repos/{owner}/{repo}/issues/comments/{id}`
 *   (writes need a token; bodies over 65,536 characters are refused with 422, as GitHub does).
 * - Conditional requests: every 200 to a GET carries an `ETag`; `If-None-Match` with the same value gets a
 *   `304 Not Modified` without a body. A 304 to an authorised request (Authorization header) does not count
 *   against the primary rate limit; GitHub documents that only for authorised requests, so an unauthenticated
 *   304 still counts here (switch `freeUnauthenticated304` to change that).
 * - Primary rate limit headers `x-ratelimit-limit` / `-remaining` / `-used` / `-reset` / `-resource` (60 an
 *   hour unauthenticated, 5,000 with a token); when exhausted, 403 "API rate limit exceeded".
 * - `DELETE /repos/{owner}/{repo}/issues/comments/{id}` (204).
 * - Switches: `failNext(n, 502)` (bad gateway), `secondaryRateLimitNext(n, retryAfter)` (403 "You have
 *   exceeded a secondary rate limit" with `Retry-After`), an unknown token gets 401 "Bad credentials",
 *   `loseAnswerNext(method, n, 502)` (the request takes effect, then the answer is a 502, as when GitHub's
 *   front end times out on a write that went through), `holdUntil(method, pathRegex, n)` (matching requests
 *   wait until n of them have arrived: two runs that both read before either writes).
 * - `requests`: a log of every request (method, path, status, conditional, authorised) for assertions and
 *   the bench; `resetLog()` empties it.
 *
 * HOW TO EXTEND (e.g. pulls, refs, labels for upgrade-check): in another file of this folder, export a function
 * that takes the stand-in and adds routes, then call it in your test after `new GitHubStandIn()`:
 *
 *     export function addPullRoutes(gh: GitHubStandIn): void {
 *       const pulls = gh.collection<Pull>('pulls');             // in-memory state, keyed by name
 *       gh.route('GET', '/repos/:owner/:repo/pulls', (req) => gh.paginate(req, pulls.filter(...)));
 *       gh.route('POST', '/repos/:owner/:repo/pulls', (req) => { gh.requireToken(req); ...; return { status: 201, body: pull }; });
 *     }
 *
 * Handlers get `{ method, path, params, query, headers, body, token }` and return `{ status?, body?, headers? }`
 * (or throw `gh.error(status, message)`). Auth, switches, rate limits and ETags apply to every route alike.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInRequest {
  method: string;
  /** Path below the base path, e.g. `/repos/wandb/server/releases`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The token sent, when a valid one was sent. */
  token?: string;
}

export interface StandInResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: StandInRequest) => StandInResponse | Promise<StandInResponse>;

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  conditional: boolean;
  authorised: boolean;
}

export class StandInError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A GitHub release object, with the fields the REST API returns that this project reads (and a few more). */
export interface ReleaseObject {
  id: number;
  tag_name: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  created_at: string;
  published_at: string | null;
  html_url: string;
  url: string;
}

export interface CommentObject {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export interface GitHubStandInOptions {
  /** `''` for api.github.com, `'/api/v3'` for GitHub Enterprise Server. */
  basePath?: string;
  /** Tokens accepted; any other token gets 401 Bad credentials. */
  tokens?: string[];
}

const DOCS = 'https://docs.github.com/rest';

export class GitHubStandIn {
  readonly basePath: string;
  readonly tokens: Set<string>;
  readonly requests: LoggedRequest[] = [];
  /** In-memory state by collection name; other route files add their own collections. */
  private readonly collections = new Map<string, unknown[]>();
  private readonly routes: Route[] = [];
  private server?: Server;
  private origin = '';
  private nextId = 1000;
  private failures: number[] = [];
  private lostAnswers: Array<{ method: string; status: number }> = [];
  private holds: Array<{ method: string; path: RegExp; count: number; waiting: Array<() => void> }> = [];
  private secondaryLimits: number[] = [];
  /** Remaining primary rate limit per identity ('anonymous' or the token). */
  private readonly remaining = new Map<string, number>();
  readonly resetAt = Math.floor(Date.now() / 1000) + 3600;
  freeUnauthenticated304 = false;
  anonymousLimit = 60;
  tokenLimit = 5000;

  constructor(options: GitHubStandInOptions = {}) {
    this.basePath = options.basePath ?? '';
    this.tokens = new Set(options.tokens ?? []);
    this.addCoreRoutes();
  }

  // ---- lifecycle --------------------------------------------------------------------------------------

  /** Starts on a free loopback port; returns the API base URL (e.g. `http://127.0.0.1:43123/api/v3`). */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    return this.url;
  }

  get url(): string {
    return `${this.origin}${this.basePath}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  // ---- extension API ----------------------------------------------------------------------------------

  /** Adds a route; `:name` segments become `params.name`. Later routes with the same shape win. */
  route(method: string, pathPattern: string, handler: Handler): void {
    const names: string[] = [];
    const source = pathPattern
      .split('/')
      .map((part) => {
        if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part.slice(1));
        return '([^/]+)';
      })
      .join('/');
    this.routes.unshift({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, handler });
  }

  /** An in-memory collection by name (created empty on first use); shared by all route files. */
  collection<T>(name: string): T[] {
    if (!this.collections.has(name)) this.collections.set(name, []);
    return this.collections.get(name) as T[];
  }

  newId(): number {
    return this.nextId++;
  }

  error(status: number, message: string, extra: Record<string, unknown> = {}): StandInError {
    return new StandInError(status, message, extra);
  }

  /** Writes need a token, as on GitHub ("Requires authentication"). */
  requireToken(request: StandInRequest): string {
    if (!request.token) throw this.error(401, 'Requires authentication');
    return request.token;
  }

  /** One page of `items` as GitHub pages lists: `per_page` (default 30, max 100), `page`, and a Link header. */
  paginate(request: StandInRequest, items: unknown[]): StandInResponse {
    const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string) => {
      const query = new URLSearchParams(request.query);
      query.set('per_page', String(perPage));
      query.set('page', String(n));
      return `<${this.url}${request.path}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  }

  // ---- switches ---------------------------------------------------------------------------------------

  /** The next `count` requests get `status` (default 502 Bad Gateway) before reaching a route. */
  failNext(count: number, status = 502): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  /** The next `count` requests of `method` reach their route (and take effect), then get `status`. */
  loseAnswerNext(method: string, count: number, status = 502): void {
    for (let i = 0; i < count; i++) this.lostAnswers.push({ method: method.toUpperCase(), status });
  }

  /** Requests of `method` whose path matches wait until `count` of them have arrived, then all go on. */
  holdUntil(method: string, path: RegExp, count: number): void {
    this.holds.push({ method: method.toUpperCase(), path, count, waiting: [] });
  }

  /** The next `count` requests get GitHub's secondary rate limit answer with `Retry-After: retryAfter`. */
  secondaryRateLimitNext(count: number, retryAfter = 1): void {
    for (let i = 0; i < count; i++) this.secondaryLimits.push(retryAfter);
  }

  /** Sets the remaining primary rate limit of an identity (a token, or undefined for anonymous). */
  setRemaining(remaining: number, token?: string): void {
    this.remaining.set(token ?? 'anonymous', remaining);
  }

  resetLog(): void {
    this.requests.length = 0;
  }

  /** Requests that matched, e.g. `count({ status: 304 })`. */
  count(filter: Partial<LoggedRequest> = {}): number {
    return this.requests.filter((r) =>
      Object.entries(filter).every(([key, value]) => r[key as keyof LoggedRequest] === value),
    ).length;
  }

  /** Requests that counted against the primary rate limit (everything but a free 304). */
  get rateLimitUsed(): number {
    return this.requests.filter((r) => !(r.status === 304 && (r.authorised || this.freeUnauthenticated304)))
      .length;
  }

  // ---- state helpers for releases and comments --------------------------------------------------------

  /** Adds a release to `owner/repo` (listed newest first by creation, as GitHub does). */
  addRelease(
    repository: string,
    release: {
      tag_name: string;
      body?: string | null;
      name?: string | null;
      published_at?: string | null;
    } & Partial<ReleaseObject>,
  ): ReleaseObject {
    const id = this.newId();
    const created = release.created_at ?? release.published_at ?? new Date().toISOString();
    const object: ReleaseObject = {
      id,
      tag_name: release.tag_name,
      name: release.name ?? release.tag_name,
      body: release.body ?? '',
      draft: release.draft ?? false,
      prerelease: release.prerelease ?? false,
      created_at: created,
      published_at: release.draft ? null : (release.published_at ?? created),
      html_url: release.html_url ?? `https://github.com/${repository}/releases/tag/${release.tag_name}`,
      url: `${this.url}/repos/${repository}/releases/${id}`,
    };
    const list = this.releases(repository);
    list.push(object);
    list.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
    return object;
  }

  releases(repository: string): ReleaseObject[] {
    return this.collection<ReleaseObject>(`releases:${repository.toLowerCase()}`);
  }

  comments(repository: string, issue: number): CommentObject[] {
    return this.collection<CommentObject>(`comments:${repository.toLowerCase()}#${issue}`);
  }

  private addCoreRoutes(): void {
    const repoOf = (p: Record<string, string>) => `${p.owner}/${p.repo}`;
    this.route('GET', '/repos/:owner/:repo/releases', (req) => {
      if (!this.collections.has(`releases:${repoOf(req.params).toLowerCase()}`))
        throw this.error(404, 'Not Found');
      return this.paginate(req, this.releases(repoOf(req.params)));
    });
    this.route('GET', '/repos/:owner/:repo/issues/:number/comments', (req) =>
      this.paginate(req, this.comments(repoOf(req.params), Number(req.params.number))),
    );
    this.route('POST', '/repos/:owner/:repo/issues/:number/comments', (req) => {
      this.requireToken(req);
      const body = this.commentBody(req);
      const id = this.newId();
      const repo = repoOf(req.params);
      const now = new Date().toISOString();
      const comment: CommentObject = {
        id,
        node_id: `IC_${id}`,
        url: `${this.url}/repos/${repo}/issues/comments/${id}`,
        html_url: `https://github.com/${repo}/issues/${req.params.number}#issuecomment-${id}`,
        body,
        user: { login: 'github-actions[bot]', type: 'Bot' },
        created_at: now,
        updated_at: now,
      };
      this.comments(repo, Number(req.params.number)).push(comment);
      return { status: 201, body: comment };
    });
    this.route('DELETE', '/repos/:owner/:repo/issues/comments/:id', (req) => {
      this.requireToken(req);
      const prefix = `comments:${repoOf(req.params).toLowerCase()}#`;
      for (const [name, list] of this.collections) {
        if (!name.startsWith(prefix)) continue;
        const comments = list as CommentObject[];
        const index = comments.findIndex((c) => c.id === Number(req.params.id));
        if (index >= 0) {
          comments.splice(index, 1);
          return { status: 204 };
        }
      }
      throw this.error(404, 'Not Found');
    });
    this.route('PATCH', '/repos/:owner/:repo/issues/comments/:id', (req) => {
      this.requireToken(req);
      const prefix = `comments:${repoOf(req.params).toLowerCase()}#`;
      for (const [name, list] of this.collections) {
        if (!name.startsWith(prefix)) continue;
        const comment = (list as CommentObject[]).find((c) => c.id === Number(req.params.id));
        if (comment) {
          comment.body = this.commentBody(req);
          comment.updated_at = new Date().toISOString();
          return { body: comment };
        }
      }
      throw this.error(404, 'Not Found');
    });
  }

  private commentBody(req: StandInRequest): string {
    const body = (req.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== 'string') throw this.error(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
    if (body.length > 65_536) {
      throw this.error(422, 'Validation Failed', {
        errors: [
          {
            resource: 'IssueComment',
            code: 'custom',
            field: 'body',
            message: 'body is too long (maximum is 65536 characters)',
          },
        ],
      });
    }
    return body;
  }

  // ---- the HTTP side ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const method = (req.method ?? 'GET').toUpperCase();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const conditional = typeof req.headers['if-none-match'] === 'string';
    const auth = /^(?:token|bearer)\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const log: LoggedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      conditional,
      authorised: auth !== undefined,
    };
    this.requests.push(log);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        ...(body !== undefined && typeof body !== 'string'
          ? { 'content-type': 'application/json; charset=utf-8' }
          : {}),
        'x-github-api-version-selected': '2022-11-28',
        ...headers,
      });
      res.end(status === 304 ? undefined : text);
    };

    const failure = this.failures.shift();
    if (failure !== undefined) {
      // GitHub's front end answers a 502 with an HTML page, not JSON.
      send(failure, `<html><body><h1>${failure} Server Error</h1></body></html>`, {
        'content-type': 'text/html',
      });
      return;
    }
    if (auth !== undefined && !this.tokens.has(auth)) {
      send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      return;
    }
    const identity = auth ?? 'anonymous';
    const limit = auth ? this.tokenLimit : this.anonymousLimit;
    const left = this.remaining.get(identity) ?? limit;
    const rateHeaders = (remaining: number): Record<string, string> => ({
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(limit - remaining),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-resource': 'core',
    });
    const retryAfter = this.secondaryLimits.shift();
    if (retryAfter !== undefined) {
      send(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(retryAfter), ...rateHeaders(left) },
      );
      return;
    }
    if (left <= 0) {
      send(
        403,
        {
          message: `API rate limit exceeded for ${auth ? 'user' : '127.0.0.1'}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`,
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        rateHeaders(0),
      );
      return;
    }

    const path = url.pathname.startsWith(this.basePath) ? url.pathname.slice(this.basePath.length) : '';
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    const charge = () => {
      this.remaining.set(identity, left - 1);
      return rateHeaders(left - 1);
    };
    if (!route) {
      send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' }, charge());
      return;
    }
    const hold = this.holds.find((h) => h.method === method && h.path.test(path) && h.count > 0);
    if (hold) {
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve);
        if (hold.waiting.length >= hold.count) {
          hold.count = 0;
          for (const go of hold.waiting) go();
        }
      });
    }
    const match = route.pattern.exec(path) as RegExpExecArray;
    const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      send(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' }, charge());
      return;
    }
    try {
      const answer = await route.handler({
        method,
        path,
        params,
        query: url.searchParams,
        headers: req.headers,
        body,
        token: auth,
      });
      const status = answer.status ?? 200;
      const lost = this.lostAnswers.findIndex((l) => l.method === method);
      if (lost >= 0) {
        const { status: lostStatus } = this.lostAnswers.splice(lost, 1)[0];
        send(lostStatus, `<html><body><h1>${lostStatus} Server Error</h1></body></html>`, {
          'content-type': 'text/html',
        });
        return;
      }
      if (method === 'GET' && status === 200) {
        const etag = `W/"${createHash('sha256')
          .update(JSON.stringify(answer.body ?? null))
          .digest('hex')
          .slice(0, 40)}"`;
        if (req.headers['if-none-match'] === etag) {
          const free = auth !== undefined || this.freeUnauthenticated304;
          // A 304 repeats the validators, not the Link header: the client must keep the links it cached.
          send(304, undefined, { etag, ...(free ? rateHeaders(left) : charge()) });
          return;
        }
        send(200, answer.body, { etag, ...(answer.headers ?? {}), ...charge() });
        return;
      }
      send(status, answer.body, { ...(answer.headers ?? {}), ...charge() });
    } catch (error) {
      if (error instanceof StandInError) {
        send(
          error.status,
          { message: error.message, documentation_url: DOCS, status: String(error.status), ...error.extra },
          charge(),
        );
      } else {
        send(500, { message: `stand-in handler failed: ${String(error)}` }, charge());
      }
    }
  }
}
