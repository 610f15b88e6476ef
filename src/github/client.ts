import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { httpFetch, proxySettings, usesProxy } from '../http/proxy.js';
import { UserError, errorMessage } from '../core/errors.js';
import type { ResponseCache } from './cache.js';
import { USER_AGENT } from '../core/version.js';

/**
 * The GitHub REST client: Octokit with the throttling (rate limits, secondary rate limits), retry (5xx) and
 * paginate plugins, conditional requests through a small cache, and HTTPS_PROXY / NO_PROXY honoured through
 * the one proxy-aware dispatcher (src/http/proxy.ts), given to Octokit as its request fetch.
 */

export const PUBLIC_API_URL = 'https://api.github.com';

export interface ClientLog {
  warning(message: string): void;
  info(message: string): void;
}

export interface GitHubClientOptions {
  /** API base URL: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  baseUrl?: string;
  token?: string;
  cache?: ResponseCache;
  log: ClientLog;
  /** Where proxy variables are read (the command's env, not process.env). */
  env?: NodeJS.ProcessEnv;
  /** Called with any secret the client derives (a proxy password), to be registered for redaction. */
  onSecret?: (secret: string) => void;
  /** Milliseconds a retry waits per unit GitHub or the retry plugin asks for (1000 in real use; tests: 1). */
  retryBaseMs?: number;
  /** Retries of a 5xx answer (default 3). */
  retries?: number;
  /** Retries after a secondary rate limit (default 2). */
  secondaryRetries?: number;
}

export interface RateLimitState {
  limit: number;
  remaining: number;
  reset: number;
}

export interface ClientStats {
  /** Calls made through the client (one per page; retries inside are not counted again). */
  calls: number;
  /** Calls answered 304 and served from the cache. */
  notModified: number;
  rateLimit?: RateLimitState;
}

const Client = Octokit.plugin(throttling, retry);
export type OctokitClient = InstanceType<typeof Client>;

export interface GitHubClient {
  octokit: OctokitClient;
  baseUrl: string;
  authenticated: boolean;
  stats: ClientStats;
}

/** A fetch that goes through the proxy named in the environment, or undefined when none is set. */
export function proxyFetch(
  env: NodeJS.ProcessEnv,
  onSecret?: (secret: string) => void,
): typeof fetch | undefined {
  return usesProxy(proxySettings(env)) ? httpFetch({ env, onSecret }).fetch : undefined;
}

function header(headers: unknown, name: string): string | undefined {
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const baseUrl = (options.baseUrl ?? PUBLIC_API_URL).replace(/\/+$/, '');
  const base = options.retryBaseMs ?? 1000;
  const secondaryRetries = options.secondaryRetries ?? 2;
  const stats: ClientStats = { calls: 0, notModified: 0 };
  const fetchImpl = proxyFetch(options.env ?? {}, options.onSecret);
  const octokit = new Client({
    auth: options.token,
    baseUrl,
    userAgent: USER_AGENT,
    request: fetchImpl ? { fetch: fetchImpl } : {},
    // Octokit logs to the console by default; everything here goes through the reporter instead.
    log: {
      debug: () => undefined,
      info: () => undefined,
      warn: (message: string) => options.log.warning(`GitHub API: ${message}`),
      error: () => undefined,
    },
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: base },
    throttle: {
      retryAfterBaseValue: base,
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        // The hourly limit is spent: wait only when the reset is close, once; otherwise fail with the fix.
        if (retryCount < 1 && retryAfter <= 60) {
          options.log.warning(
            `GitHub API rate limit reached; retrying ${request.method} ${request.url} in ${retryAfter}s.`,
          );
          return true;
        }
        return false;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _o: unknown,
        retryCount: number,
      ) => {
        if (retryCount < secondaryRetries) {
          options.log.warning(
            `GitHub API secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s as GitHub asks (Retry-After).`,
          );
          return true;
        }
        return false;
      },
    },
  });

  const remember = (headers: unknown) => {
    const limit = header(headers, 'x-ratelimit-limit');
    const remaining = header(headers, 'x-ratelimit-remaining');
    if (limit !== undefined && remaining !== undefined) {
      stats.rateLimit = {
        limit: Number(limit),
        remaining: Number(remaining),
        reset: Number(header(headers, 'x-ratelimit-reset') ?? 0),
      };
    }
  };

  // Conditional requests. This wrap is registered after the plugins', so it is the outermost: a 304 (which
  // Octokit throws as a RequestError with status 304) is turned back into the cached answer here, and the
  // retry and throttling plugins never see it as a failure.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    stats.calls++;
    const method = String(requestOptions.method ?? 'GET').toUpperCase();
    const cache = options.cache;
    if (!cache || method !== 'GET') {
      const response = await request(requestOptions);
      remember(response.headers);
      return response;
    }
    const key = octokit.request.endpoint.parse(
      requestOptions as Parameters<typeof octokit.request.endpoint.parse>[0],
    ).url;
    const cached = cache.get(key);
    if (cached) requestOptions.headers = { ...requestOptions.headers, 'if-none-match': cached.etag };
    try {
      const response = await request(requestOptions);
      remember(response.headers);
      const etag = header(response.headers, 'etag');
      if (etag && response.status === 200) {
        const link = header(response.headers, 'link');
        cache.set(key, {
          etag,
          headers: link ? { link } : {},
          data: response.data,
          storedAt: new Date().toISOString(),
        });
      }
      return response;
    } catch (error) {
      if (statusOf(error) === 304 && cached) {
        stats.notModified++;
        const responseHeaders =
          (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
        remember(responseHeaders);
        return {
          status: 200,
          url: key,
          headers: { ...responseHeaders, ...cached.headers },
          data: cached.data,
        } as Awaited<ReturnType<typeof request>>;
      }
      throw error;
    }
  });

  return { octokit, baseUrl, authenticated: Boolean(options.token), stats };
}

/**
 * Turns a failed GitHub call into an error that says what to do. `what` names the call ("list the releases
 * of wandb/server").
 */
export function explainGitHubError(error: unknown, what: string, client: GitHubClient): UserError {
  if (error instanceof UserError) return error;
  const status = statusOf(error);
  const response = (error as { response?: { headers?: Record<string, string>; data?: { message?: string } } })
    .response;
  const message = response?.data?.message ?? errorMessage(error);
  if (status === 401) {
    return new UserError(
      `GitHub rejected the token while trying to ${what} (401 ${message}).`,
      'Check github-token (GITHUB_TOKEN on the CLI): it may be expired, revoked or for another GitHub host.',
    );
  }
  if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
    return new UserError(
      `GitHub's secondary rate limit stopped the attempt to ${what}, also after the retries it allows.`,
      'Wait a few minutes and run again; avoid running many jobs against the GitHub API at the same moment.',
    );
  }
  if ((status === 403 || status === 429) && header(response?.headers, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(response?.headers, 'x-ratelimit-reset') ?? 0);
    const when = reset ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
    return new UserError(
      `The GitHub API rate limit is used up, so the attempt to ${what} failed.${when}`,
      client.authenticated
        ? 'Wait for the reset, or use another token; a warm cache (cache-dir) makes repeat runs nearly free.'
        : 'Set github-token (GITHUB_TOKEN on the CLI): without a token GitHub allows 60 requests an hour per IP address, with one 5,000. Or use releases-file.',
    );
  }
  if (status === 404) {
    return new UserError(
      `GitHub answered 404 Not Found while trying to ${what}.`,
      client.authenticated
        ? 'Check the repository name and that the token can read it.'
        : 'Check the repository name; a private repository needs github-token.',
    );
  }
  // Octokit reports a failed fetch (refused connection, DNS, proxy) as status 500 without a response.
  const unreachable = status === undefined || (status === 500 && response === undefined);
  if (!unreachable && status !== undefined && status >= 500) {
    return new UserError(
      `The GitHub API answered ${status} while trying to ${what}, also after retrying.`,
      'GitHub may be having trouble (https://www.githubstatus.com); run again later, or use releases-file.',
    );
  }
  if (unreachable) {
    return new UserError(
      `Could not reach the GitHub API at ${client.baseUrl} to ${what}: ${message}`,
      'Check the network, HTTPS_PROXY / NO_PROXY and github-api-url; runners without access to GitHub can use releases-file.',
    );
  }
  return new UserError(`GitHub answered ${status} while trying to ${what}: ${message}`);
}
