import { rootCertificates } from 'node:tls';
import { Agent, EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from 'undici';

/**
 * The one way this tool's HTTP clients reach the network: W&B Server, the object store behind its signed URLs,
 * container registries, chart repositories, the GitHub API and the helm/kubectl download hosts.
 *
 * Corporate and air-gapped runners reach the outside only through a proxy named in HTTPS_PROXY / HTTP_PROXY,
 * with NO_PROXY listing the hosts reached directly (as curl, helm, kubectl and the runner itself read them).
 * Node's global fetch ignores these variables (unless NODE_USE_ENV_PROXY=1), so every client is given this
 * dispatcher: undici's EnvHttpProxyAgent, fed from the command's environment (not process.env), with the
 * extra CA when one is given (verify's ca-file, a registry's CA).
 *
 * Variables: lowercase first, then uppercase, as curl and undici read them. An https URL uses https_proxy,
 * else http_proxy. NO_PROXY: comma- or space-separated hosts, `.domain` / `*.domain` suffixes, `host:port`,
 * or `*` for all.
 */

export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

function first(env: NodeJS.ProcessEnv, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

export function proxySettings(env: NodeJS.ProcessEnv): ProxySettings {
  return {
    httpProxy: first(env, 'http_proxy', 'HTTP_PROXY'),
    httpsProxy: first(env, 'https_proxy', 'HTTPS_PROXY'),
    noProxy: first(env, 'no_proxy', 'NO_PROXY'),
  };
}

export function usesProxy(settings: ProxySettings): boolean {
  return Boolean(settings.httpProxy || settings.httpsProxy);
}

/**
 * The credentials a proxy URL carries (`http://user:password@proxy:3128`), in every form they may be printed,
 * so that the caller registers them with the redactor before anything can print them.
 */
export function proxySecrets(settings: ProxySettings): string[] {
  const secrets = new Set<string>();
  for (const proxy of [settings.httpProxy, settings.httpsProxy]) {
    if (!proxy) continue;
    try {
      const url = new URL(proxy);
      for (const part of [url.password]) {
        if (!part) continue;
        secrets.add(part);
        secrets.add(decodeURIComponent(part));
      }
      if (url.username && url.password) secrets.add(`${url.username}:${url.password}`);
    } catch {
      // An unparsable proxy URL is reported by undici when a request is made.
    }
  }
  return [...secrets];
}

/**
 * Whether NO_PROXY sends requests to `url` around the proxy, with the rules undici applies: `*` for all;
 * an entry matches the host itself and, written `.domain` or `*.domain` or plain `domain`, its subdomains;
 * `host:port` only that port.
 */
export function bypassesProxy(noProxy: string | undefined, url: URL): boolean {
  if (!noProxy) return false;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  for (const raw of noProxy.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    const match = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\]$/g, ''));
    const name = (match?.[1] ?? entry).replace(/^\*?\./, '');
    if (match?.[2] && Number(match[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}

/** The proxy a request to `url` goes through under `env` (credentials hidden), or undefined: directly. */
export function proxyFor(env: NodeJS.ProcessEnv, url: string): string | undefined {
  const settings = proxySettings(env);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const proxy =
    parsed.protocol === 'https:' ? (settings.httpsProxy ?? settings.httpProxy) : settings.httpProxy;
  if (!proxy || bypassesProxy(settings.noProxy, parsed)) return undefined;
  return describeProxy(proxy);
}

/** The same URL with its user and password hidden, for messages. */
export function describeProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    return url.href.replace(/\/$/, '');
  } catch {
    return 'an unparsable proxy URL';
  }
}

export interface HttpSettings {
  /** Where the proxy variables are read: the command's environment. */
  env: NodeJS.ProcessEnv;
  /** PEM of extra CAs to trust besides the public roots (a private CA). */
  ca?: string;
  /** Whether to check certificates (false only for a registry the user marked insecure). */
  rejectUnauthorized?: boolean;
  /** Milliseconds to connect, and to wait for headers and for each part of a body (default: undici's). */
  timeoutMs?: number;
  /** Called with each secret found in the proxy URLs, to register it for redaction. */
  onSecret?: (secret: string) => void;
}

/**
 * The dispatcher for these settings, or undefined when the defaults do (no proxy, no extra CA, certificates
 * checked): then the global fetch is used as is.
 */
export function httpDispatcher(settings: HttpSettings): Dispatcher | undefined {
  const proxy = proxySettings(settings.env);
  for (const secret of proxySecrets(proxy)) settings.onSecret?.(secret);
  const tls = {
    ...(settings.ca ? { ca: [...rootCertificates, settings.ca] } : {}),
    ...(settings.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}),
  };
  const timeouts =
    settings.timeoutMs === undefined
      ? {}
      : { headersTimeout: settings.timeoutMs, bodyTimeout: settings.timeoutMs };
  const connect = { ...tls, ...(settings.timeoutMs === undefined ? {} : { timeout: settings.timeoutMs }) };
  const custom = Object.keys(connect).length > 0 || Object.keys(timeouts).length > 0;
  if (!usesProxy(proxy)) return custom ? new Agent({ connect, ...timeouts }) : undefined;
  // Empty strings, not undefined: undici would otherwise fall back to process.env.
  return new EnvHttpProxyAgent({
    httpProxy: proxy.httpProxy ?? '',
    httpsProxy: proxy.httpsProxy ?? proxy.httpProxy ?? '',
    noProxy: proxy.noProxy ?? '',
    connect,
    // Through the tunnel, the origin's certificate is checked with the same CA; the proxy's own too.
    requestTls: connect,
    proxyTls: connect,
    ...timeouts,
  } as ConstructorParameters<typeof EnvHttpProxyAgent>[0]);
}

export type Fetch = typeof fetch;

export interface HttpFetch {
  fetch: Fetch;
  /** The dispatcher in use, for clients that call undici's `request` (undefined: undici's default). */
  dispatcher?: Dispatcher;
  /** Closes the connections; for the end of a command. */
  close: () => Promise<void>;
}

/** A fetch that goes through `httpDispatcher(settings)`: the global fetch when no dispatcher is needed. */
export function httpFetch(settings: HttpSettings): HttpFetch {
  const dispatcher = httpDispatcher(settings);
  if (!dispatcher) return { fetch: globalThis.fetch, close: async () => undefined };
  const through = (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher,
    });
  return {
    fetch: through as unknown as Fetch,
    dispatcher,
    // Every request has finished (or was aborted) by then: nothing is left to wait for.
    close: () => dispatcher.destroy(),
  };
}
