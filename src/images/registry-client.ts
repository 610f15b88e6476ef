/**
 * A small client for the OCI distribution API (https://github.com/opencontainers/distribution-spec), just
 * enough to ask "is this manifest there?": `HEAD /v2/<name>/manifests/<reference>` with the Accept headers of
 * OCI index/manifest and Docker v2 manifest list/manifest, and the registry's authentication:
 * - no authentication;
 * - HTTP Basic (`WWW-Authenticate: Basic realm=...`), e.g. distribution with htpasswd;
 * - the token flow of the distribution spec (`WWW-Authenticate: Bearer realm=...,service=...,scope=...`):
 *   a token is fetched from the realm, with the user and password as Basic credentials when given
 *   (anonymously otherwise), then the request is retried with `Authorization: Bearer <token>`.
 * TLS uses the system roots plus an optional CA (the internal registry's). The password and every token are
 * handed to `onSecret` (the redactor) before use, and never appear in an error message.
 */
import { request, type Dispatcher } from 'undici';
import { httpDispatcher } from '../http/proxy.js';

export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface RegistryClientOptions {
  scheme: 'https' | 'http';
  /** host[:port] */
  host: string;
  username?: string;
  password?: string;
  /** PEM of a CA to trust besides the system roots. */
  ca?: string;
  timeoutMs?: number;
  /** Called with every secret (password, tokens) before it is used, to register it with the redactor. */
  onSecret?: (secret: string) => void;
  userAgent?: string;
  /** Where HTTPS_PROXY / HTTP_PROXY / NO_PROXY are read (the command's environment); none: no proxy. */
  env?: NodeJS.ProcessEnv;
}

export type ManifestStatus =
  | { status: 'present'; digest?: string; mediaType?: string }
  | { status: 'missing'; detail?: string }
  | { status: 'error'; message: string; fix?: string };

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate` (RFC 7235): `Bearer realm="...",service="...",scope="..."`, `Basic realm="..."`. */
export function parseChallenges(header: string | undefined): Challenge[] {
  if (!header) return [];
  const challenges: Challenge[] = [];
  let current: Challenge | undefined;
  let i = 0;
  const isTokenChar = (c: string) => /[\w!#$%&'*+.^`|~-]/.test(c);
  while (i < header.length) {
    while (i < header.length && /[\s,]/.test(header[i])) i++;
    const start = i;
    while (i < header.length && isTokenChar(header[i])) i++;
    if (i === start) break;
    const token = header.slice(start, i);
    let j = i;
    while (j < header.length && header[j] === ' ') j++;
    if (header[j] === '=' && current) {
      j++;
      while (j < header.length && header[j] === ' ') j++;
      let value = '';
      if (header[j] === '"') {
        j++;
        while (j < header.length && header[j] !== '"') {
          if (header[j] === '\\' && j + 1 < header.length) j++;
          value += header[j++];
        }
        j++;
      } else {
        while (j < header.length && header[j] !== ',' && !/\s/.test(header[j])) value += header[j++];
      }
      current.params[token.toLowerCase()] = value;
      i = j;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly fix?: string,
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}

interface Response {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

type AuthState = { kind: 'none' } | { kind: 'basic' } | { kind: 'bearer'; challenge: Challenge };

export class RegistryClient {
  private readonly dispatcher: Dispatcher;
  private readonly base: string;
  private auth: AuthState = { kind: 'none' };
  private readonly tokens = new Map<string, string>();
  private readonly timeoutMs: number;

  constructor(private readonly options: RegistryClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 30000;
    this.base = `${options.scheme}://${options.host}`;
    // The proxy-aware dispatcher (src/http): the proxy the environment names, the CA, the timeouts.
    this.dispatcher = httpDispatcher({
      env: options.env ?? {},
      ca: options.ca,
      timeoutMs: this.timeoutMs,
      onSecret: options.onSecret,
    }) as Dispatcher;
    if (options.password) options.onSecret?.(options.password);
    if (options.username && options.password) options.onSecret?.(this.basicHeader());
  }

  get url(): string {
    return this.base;
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }

  /**
   * `GET /v2/`: the registry answers, speaks the API, and accepts the credentials. Throws RegistryError with
   * the fix otherwise (unreachable, TLS not trusted, authentication refused).
   */
  async ping(): Promise<void> {
    const response = await this.send('GET', '/v2/', undefined);
    if (response.status === 200) return;
    if (response.status === 401) throw this.refused(response);
    if (response.status === 404)
      throw new RegistryError(
        `${this.base}/v2/ answered 404: this is not an OCI distribution (Docker v2) registry API.`,
        'Give --registry the registry host (and port), not a web UI or a repository URL.',
      );
    throw new RegistryError(`${this.base}/v2/ answered HTTP ${response.status}.`, undefined);
  }

  /** Is `<repository>:<reference>` (tag or digest) there? */
  async manifest(repository: string, reference: string): Promise<ManifestStatus> {
    const path = `/v2/${repository}/manifests/${encodeURIComponent(reference).replace(/%3A/gi, ':')}`;
    const scope = `repository:${repository}:pull`;
    try {
      let response = await this.send('HEAD', path, scope);
      if (response.status === 405) response = await this.send('GET', path, scope);
      switch (response.status) {
        case 200:
          return {
            status: 'present',
            digest: response.headers['docker-content-digest'],
            mediaType: response.headers['content-type']?.split(';')[0],
          };
        case 404:
          return { status: 'missing' };
        case 401:
          return this.asStatus(this.refused(response));
        case 403:
          return {
            status: 'error',
            message: `access to ${repository} is denied (HTTP 403).`,
            fix: 'Give the registry user pull rights on this repository.',
          };
        default:
          return { status: 'error', message: `the registry answered HTTP ${response.status}.` };
      }
    } catch (error) {
      if (error instanceof RegistryError) return this.asStatus(error);
      throw error;
    }
  }

  private asStatus(error: RegistryError): ManifestStatus {
    return { status: 'error', message: error.message, fix: error.fix };
  }

  private refused(response: Response): RegistryError {
    const challenge = parseChallenges(response.headers['www-authenticate'])[0];
    if (!this.options.username || !this.options.password) {
      return new RegistryError(
        `${this.options.host} requires authentication${challenge ? ` (${challenge.scheme})` : ''}.`,
        'Give --registry-username and the password or token in REGISTRY_PASSWORD (action input registry-password).',
      );
    }
    return new RegistryError(
      `${this.options.host} refused the credentials of user '${this.options.username}' (HTTP 401).`,
      'Check --registry-username and REGISTRY_PASSWORD.',
    );
  }

  private basicHeader(): string {
    const pair = `${this.options.username ?? ''}:${this.options.password ?? ''}`;
    return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }

  /** One request with the current authentication; on 401 follows the challenge once and retries. */
  private async send(method: 'GET' | 'HEAD', path: string, scope: string | undefined): Promise<Response> {
    const url = `${this.base}${path}`;
    const response = await this.raw(method, url, await this.authorization(scope));
    if (response.status !== 401) return response;
    const challenges = parseChallenges(response.headers['www-authenticate']);
    const bearer = challenges.find((c) => c.scheme === 'bearer' && c.params.realm);
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer) {
      const wanted = bearer.params.scope ?? scope;
      this.auth = { kind: 'bearer', challenge: bearer };
      // A token we already held was refused (expired, or too narrow): fetch a fresh one, once.
      this.tokens.delete(this.tokenKey(bearer, wanted));
      const token = await this.fetchToken(bearer, wanted);
      return this.raw(method, url, `Bearer ${token}`);
    }
    if (basic && this.auth.kind !== 'basic' && this.options.username && this.options.password) {
      this.auth = { kind: 'basic' };
      return this.raw(method, url, this.basicHeader());
    }
    return response;
  }

  private tokenKey(challenge: Challenge, scope: string | undefined): string {
    return `${challenge.params.realm} ${challenge.params.service ?? ''} ${scope ?? ''}`;
  }

  /** The Authorization header for a request, fetching a token for a new scope ahead of the 401. */
  private async authorization(scope: string | undefined): Promise<string | undefined> {
    if (this.auth.kind === 'basic') return this.basicHeader();
    if (this.auth.kind === 'bearer') {
      const key = this.tokenKey(this.auth.challenge, scope);
      const token = this.tokens.get(key) ?? (await this.fetchToken(this.auth.challenge, scope));
      return `Bearer ${token}`;
    }
    return undefined;
  }

  /** The distribution token flow: GET <realm>?service=<service>&scope=<scope>, Basic credentials if any. */
  private async fetchToken(challenge: Challenge, scope: string | undefined): Promise<string> {
    const key = this.tokenKey(challenge, scope);
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw new RegistryError(`the registry's token realm '${challenge.params.realm}' is not a URL.`);
    }
    if (realm.protocol !== 'https:' && realm.protocol !== 'http:')
      throw new RegistryError(`the registry's token realm '${realm.href}' is not http(s).`);
    if (realm.protocol === 'http:' && this.options.scheme === 'https' && this.options.username)
      throw new RegistryError(
        `the registry's token realm ${realm.origin} is plain HTTP; the credentials are not sent there.`,
        'Serve the token service over HTTPS.',
      );
    if (challenge.params.service) realm.searchParams.set('service', challenge.params.service);
    if (scope) realm.searchParams.set('scope', scope);
    if (this.options.username) realm.searchParams.set('account', this.options.username);
    const withCredentials = Boolean(this.options.username && this.options.password);
    const response = await this.raw('GET', realm.href, withCredentials ? this.basicHeader() : undefined);
    if (response.status === 401 || response.status === 403) {
      throw withCredentials
        ? new RegistryError(
            `the token service ${realm.origin} refused the credentials of user '${this.options.username}' (HTTP ${response.status}).`,
            'Check --registry-username and REGISTRY_PASSWORD.',
          )
        : new RegistryError(
            `${this.options.host} requires authentication (bearer token from ${realm.origin}).`,
            'Give --registry-username and the password or token in REGISTRY_PASSWORD (action input registry-password).',
          );
    }
    if (response.status !== 200)
      throw new RegistryError(`the token service ${realm.origin} answered HTTP ${response.status}.`);
    let token: string | undefined;
    try {
      const body = JSON.parse(response.body) as { token?: unknown; access_token?: unknown };
      const value = body.token ?? body.access_token;
      token = typeof value === 'string' && value ? value : undefined;
    } catch {
      token = undefined;
    }
    if (!token) throw new RegistryError(`the token service ${realm.origin} returned no token.`);
    this.options.onSecret?.(token);
    this.tokens.set(key, token);
    return token;
  }

  private async raw(
    method: 'GET' | 'HEAD',
    url: string,
    authorization: string | undefined,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      accept: MANIFEST_MEDIA_TYPES.join(', '),
      'user-agent': this.options.userAgent ?? 'wandb-operator-actions',
    };
    if (authorization) headers.authorization = authorization;
    let result: Dispatcher.ResponseData;
    try {
      result = await request(url, { method, headers, dispatcher: this.dispatcher });
    } catch (error) {
      throw this.connectionError(error, url);
    }
    const body = method === 'HEAD' ? '' : await result.body.text();
    if (method === 'HEAD') await result.body.dump();
    const flat: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(result.headers))
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    return { status: result.statusCode, headers: flat, body };
  }

  private connectionError(error: unknown, url: string): RegistryError {
    const origin = new URL(url).origin;
    const err = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
    const code = err.code ?? err.cause?.code ?? '';
    const message = err.message ?? String(error);
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code) || /certificate/i.test(message)) {
      return new RegistryError(
        `the TLS certificate of ${origin} is not trusted (${code || message}).`,
        "Pass the registry's CA certificate with --registry-ca-file (action input registry-ca-file).",
      );
    }
    if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || /wrong version number/i.test(message)) {
      return new RegistryError(
        `${origin} does not speak TLS.`,
        'For a plain-HTTP registry, write --registry http://HOST:PORT.',
      );
    }
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNRESET') {
      return new RegistryError(
        `cannot reach ${origin} (${code}).`,
        'Check the --registry host and port, and that this runner can reach the registry.',
      );
    }
    if (/timeout/i.test(code) || /timeout/i.test(message)) {
      return new RegistryError(`${origin} did not answer in ${Math.round(this.timeoutMs / 1000)} s.`);
    }
    return new RegistryError(`request to ${origin} failed: ${code || message}.`);
  }
}
