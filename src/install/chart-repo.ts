/**
 * The `chart-repo` input: a Helm repository URL that may carry credentials (`https://user:pass@host/path`, as
 * some teams store it in one secret). The credentials are taken out of the URL, so that helm gets them through
 * `--username` and `--password-stdin` and the URL it sees (argv, repositories.yaml, logs) holds none. Pure.
 */
import { UsageError } from '../core/inputs.js';

export interface ChartRepoSource {
  /** The URL without userinfo and without a trailing slash. */
  url: string;
  /** host:port, to tell the chart repository's errors from the API server's. */
  host: string;
  username?: string;
  password?: string;
  /** true when the credentials came from the URL. */
  fromUrl: boolean;
}

export interface ChartRepoInput {
  url: string;
  username?: string;
  password?: string;
}

/** Secrets in `url` (userinfo and its parts), to register with the redactor before anything prints. */
export function urlSecrets(url: string): string[] {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(url.trim());
  if (!match) return [];
  const userinfo = match[1];
  const colon = userinfo.indexOf(':');
  const parts = colon >= 0 ? [userinfo, userinfo.slice(colon + 1)] : [userinfo];
  return [...parts, ...parts.map(safeDecode)].filter((p) => p !== '');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function chartRepoSource(input: ChartRepoInput): ChartRepoSource {
  let parsed: URL;
  try {
    parsed = new URL(input.url.trim());
  } catch {
    // The input may hold credentials: say what is wrong with it, never echo it.
    throw new UsageError(
      "'chart-repo' is not a URL.",
      "Set 'chart-repo' to the Helm repository's base URL, e.g. https://charts.wandb.ai.",
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new UsageError(
      `'chart-repo' must be an http(s) Helm repository URL, not ${parsed.protocol.replace(/:$/, '')}://.`,
      "Set 'chart-repo' to the Helm repository's base URL (the one that serves index.yaml).",
    );
  }
  const urlUser = safeDecode(parsed.username);
  const urlPassword = safeDecode(parsed.password);
  const fromUrl = urlUser !== '' || urlPassword !== '';
  if (fromUrl && (input.username || input.password)) {
    throw new UsageError(
      "'chart-repo' carries credentials in its URL and 'chart-repo-username' or 'chart-repo-password' is set too.",
      "Give the credentials once: remove them from 'chart-repo' (preferred: 'chart-repo-password' is a secret input) or drop the other inputs.",
    );
  }
  parsed.username = '';
  parsed.password = '';
  const url = parsed.toString().replace(/\/+$/, '');
  return {
    url,
    host: parsed.host,
    username: fromUrl ? urlUser || undefined : input.username,
    password: fromUrl ? urlPassword || undefined : input.password,
    fromUrl,
  };
}
