/**
 * The W&B Server HTTP adapter: GraphQL at `<host>/graphql` and the run file stream, both with HTTP Basic
 * `api:<key>` as the SDK sends them (facts section 3), plus the plain requests made to signed object-store
 * URLs. Every call takes an AbortSignal so that the verify runner's per-check timeouts really stop the work.
 *
 * No check logic lives here: callers get status codes and parsed bodies and decide. Signed URLs are never put
 * into error messages with their query string, because the query string is a short-lived credential.
 */

import { USER_AGENT } from '../core/version.js';
import { httpFetch } from '../http/proxy.js';

export type Fetch = typeof fetch;

export interface WandbClientOptions {
  /** Base URL, e.g. https://wandb.example.com (a trailing slash is dropped). */
  host: string;
  apiKey: string;
  /** The fetch to use (verify's, which also trusts the ca-file); default: one through `env`'s proxy. */
  fetch?: Fetch;
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read when no fetch is given (none: no proxy). */
  env?: NodeJS.ProcessEnv;
  userAgent?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A non-2xx answer from the W&B Server or the object store. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly what: string,
    readonly bodySnippet: string,
  ) {
    super(`${what} answered HTTP ${status}${bodySnippet ? `: ${bodySnippet}` : ''}`);
    this.name = 'HttpStatusError';
  }
}

/** A 2xx GraphQL answer carrying an `errors` array (the SDK raises on these too). */
export class GraphqlError extends Error {
  constructor(
    readonly operation: string,
    readonly messages: string[],
  ) {
    super(`GraphQL ${operation} returned errors: ${messages.join('; ')}`);
    this.name = 'GraphqlError';
  }
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: string[];
}

export interface PlainResponse {
  status: number;
  headers: Headers;
  body: string;
}

/** Origin and path of a URL without its query string (signed URLs carry credentials there). */
export function withoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split('?')[0];
  }
}

/** A transport failure (refused, reset, DNS, TLS) described with its cause, which `fetch` hides one level down. */
export function describeError(error: unknown): string {
  // Duck-typed rather than `instanceof Error`: fetch's errors may come from another realm (e.g. a VM context).
  const asError = (value: unknown) =>
    value && typeof value === 'object' && 'message' in value
      ? (value as { name?: string; message: string; code?: string; cause?: unknown })
      : undefined;
  const top = asError(error);
  if (!top) return String(error);
  if (top.name === 'AbortError' || top.name === 'TimeoutError') return 'the request was cancelled (timeout)';
  const cause = asError(top.cause);
  if (cause) {
    // Node 24 appends advice about its own flags ("; if the root CA is installed locally, try running Node.js
    // with --use-system-ca"), which a step cannot act on: the fix says what to do instead (ca-file).
    const message = cause.message.replace(/; if the root CA is installed locally.*$/s, '');
    return `${top.message}: ${cause.code ? `${cause.code} ` : ''}${message}`.trim();
  }
  return top.message;
}

function snippet(text: string): string {
  const oneLine = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** `uploadHeaders` are "Key: Value" strings; split at the first colon only (values may contain colons). */
export function parseUploadHeaders(lines: readonly string[] | null | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines ?? []) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export class WandbClient {
  readonly host: string;
  private readonly authorization: string;
  private readonly fetchImpl: Fetch;
  private readonly userAgent: string;

  constructor(options: WandbClientOptions) {
    this.host = options.host.replace(/\/+$/, '');
    this.authorization = `Basic ${Buffer.from(`api:${options.apiKey}`, 'utf8').toString('base64')}`;
    // W&B Server and its object store are reached the way every HTTP client here is: src/http/proxy.ts.
    this.fetchImpl = options.fetch ?? httpFetch({ env: options.env ?? {} }).fetch;
    this.userAgent = options.userAgent ?? USER_AGENT;
  }

  /** POST a GraphQL document; returns status, data and error messages without judging them. */
  async graphqlRaw<T>(
    query: string,
    variables: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await this.fetchImpl(`${this.host}/graphql`, {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
      redirect: 'manual',
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300)
      return { status: response.status, errors: [snippet(text)] };
    let parsed: { data?: T; errors?: Array<{ message?: string }> };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      return { status: response.status, errors: [`the answer is not JSON: ${snippet(text)}`] };
    }
    const errors = parsed.errors?.map((e) => e.message ?? JSON.stringify(e));
    return {
      status: response.status,
      data: parsed.data,
      errors: errors && errors.length > 0 ? errors : undefined,
    };
  }

  /** POST a GraphQL document; throws on non-2xx and on GraphQL errors, like the SDK. */
  async graphql<T>(
    query: string,
    variables: Record<string, unknown>,
    options: RequestOptions = {},
  ): Promise<T> {
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'request';
    const result = await this.graphqlRaw<T>(query, variables, options);
    if (result.status < 200 || result.status >= 300) {
      throw new HttpStatusError(
        result.status,
        `GraphQL ${operation} at ${this.host}/graphql`,
        result.errors?.[0] ?? '',
      );
    }
    if (result.errors) throw new GraphqlError(operation, result.errors);
    if (result.data === undefined || result.data === null)
      throw new GraphqlError(operation, ['no data in the answer']);
    return result.data;
  }

  /** The run file stream, where the SDK sends history lines and the summary. */
  async fileStream(
    entity: string,
    project: string,
    run: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<void> {
    const path = [entity, project, run].map(encodeURIComponent).join('/');
    const url = `${this.host}/files/${path}/file_stream`;
    const response = await this.fetchImpl(url, {
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(body),
      signal: options.signal,
      redirect: 'manual',
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      throw new HttpStatusError(response.status, `The file stream at ${url}`, snippet(text));
    }
  }

  /** PUT bytes to a signed upload URL with the server's uploadHeaders; no W&B credentials go there. */
  async putSigned(
    url: string,
    body: Uint8Array,
    headers: Record<string, string>,
    options: RequestOptions = {},
  ): Promise<PlainResponse> {
    const response = await this.fetchImpl(url, { method: 'PUT', headers, body, signal: options.signal });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  /** GET a (signed) URL. W&B credentials are only sent when the URL is on the W&B host itself. */
  async get(url: string, options: RequestOptions = {}): Promise<PlainResponse> {
    const headers = url.startsWith(`${this.host}/`) ? this.headers({}) : {};
    const response = await this.fetchImpl(url, { method: 'GET', headers, signal: options.signal });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  /** GET without W&B credentials and without following redirects: does anything answer at `url`? */
  async probe(url: string, options: RequestOptions = {}): Promise<number> {
    const response = await this.fetchImpl(url, { method: 'GET', redirect: 'manual', signal: options.signal });
    await response.body?.cancel();
    return response.status;
  }

  /** A CORS preflight, as a browser would send it before reading a file from the bucket. */
  async preflight(
    url: string,
    origin: string,
    method: string,
    options: RequestOptions = {},
  ): Promise<PlainResponse> {
    const response = await this.fetchImpl(url, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': method },
      signal: options.signal,
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    return { Authorization: this.authorization, 'User-Agent': this.userAgent, ...extra };
  }
}
