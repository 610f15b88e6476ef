/**
 * How git authenticates to an HTTPS remote without the token ever reaching argv or a URL: an
 * `http.<origin>/.extraheader` passed through git's GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n
 * environment variables (git 2.31+), which only processes of the same user can read.
 *
 * actions/checkout persists its own token the same way, as `http.https://github.com/.extraheader` in the
 * repository's config. extraheader is multi-valued, so adding ours would send two Authorization headers and
 * GitHub would refuse both. An empty value resets the list (git-config(1), http.extraHeader); git only applies
 * URL-specific entries at least as specific as the best one seen, so the reset and ours use the same
 * `<scheme>://<host>/` key checkout uses.
 */

/** `https://github.com/o/r.git` → `https://github.com/`; undefined for ssh, file and local remotes. */
export function httpOrigin(remoteUrl: string): string | undefined {
  try {
    const url = new URL(remoteUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return `${url.protocol}//${url.host}/`;
  } catch {
    return undefined;
  }
}

/** The header value git sends: GitHub accepts a token as the password of HTTP Basic with any user name. */
export function authorizationHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
}

/**
 * Environment variables that make git send the token to `remoteUrl`'s host, appended after any
 * GIT_CONFIG_* entries already in `env`. Empty when there is no token or the remote is not HTTP(S).
 */
export function gitAuthEnv(
  remoteUrl: string,
  token: string | undefined,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const origin = httpOrigin(remoteUrl);
  if (!token || !origin) return {};
  const start = Number(env.GIT_CONFIG_COUNT ?? '0');
  const base = Number.isInteger(start) && start > 0 ? start : 0;
  const key = `http.${origin}.extraheader`;
  const entries: Array<[string, string]> = [
    [key, ''],
    [key, authorizationHeader(token)],
  ];
  const out: Record<string, string> = { GIT_CONFIG_COUNT: String(base + entries.length) };
  entries.forEach(([k, v], i) => {
    out[`GIT_CONFIG_KEY_${base + i}`] = k;
    out[`GIT_CONFIG_VALUE_${base + i}`] = v;
  });
  return out;
}
