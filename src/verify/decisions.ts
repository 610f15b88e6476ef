import semver from 'semver';
import type { CheckOutcome } from './types.js';

/**
 * The pass/fail rules of `wandb verify` (facts section 3), as pure functions of what the server answered.
 * Messages keep the SDK's wording where it has one, so users can search for them; fixes are ours.
 */

export const PUBLIC_CLOUD_HOSTS = ['api.wandb.ai', 'http://api.wandb.ai', 'https://api.wandb.ai'];

/** The SDK compares the literal string; we also catch a trailing slash and upper case. */
export function hostDecision(host: string): CheckOutcome {
  const normalized = host.trim().replace(/\/+$/, '').toLowerCase();
  if (PUBLIC_CLOUD_HOSTS.includes(normalized)) {
    return {
      status: 'fail',
      message: 'Cannot run wandb verify against api.wandb.ai (W&B public cloud).',
      fix: 'Set host to your own W&B Server, e.g. https://wandb.example.com (the value of global.host in the CR).',
    };
  }
  return { status: 'pass', message: `${host} is not W&B public cloud.` };
}

export interface LoginAnswer {
  status: number;
  viewer?: { entity?: string | null; username?: string | null } | null;
  errors?: string[];
}

export function loginDecision(host: string, answer: LoginAnswer): CheckOutcome {
  if (answer.status === 401 || answer.status === 403) {
    return {
      status: 'fail',
      message: `The server refused the API key (HTTP ${answer.status}).`,
      fix: `Create an API key on ${host}/authorize (keys from W&B public cloud do not work on your server) and store it in the secret you pass as api-key / WANDB_API_KEY.`,
    };
  }
  if (answer.status < 200 || answer.status >= 300) {
    return {
      status: 'fail',
      message: `The GraphQL endpoint ${host}/graphql answered HTTP ${answer.status}${answer.errors?.[0] ? `: ${answer.errors[0]}` : ''}.`,
      fix: 'Check that host is the W&B Server base URL and that the ingress routes /graphql to the app service.',
    };
  }
  if (!answer.viewer || !answer.viewer.entity) {
    return {
      status: 'fail',
      message: `Could not get viewer with the API key${answer.errors ? ` (${answer.errors.join('; ')})` : ''}.`,
      fix: `Check that the key belongs to a user of ${host}; relogin with \`WANDB_BASE_URL=${host} wandb login --relogin\` to get a valid one.`,
    };
  }
  return {
    status: 'pass',
    message: `Logged in as ${answer.viewer.username ?? answer.viewer.entity} (entity ${answer.viewer.entity}).`,
  };
}

// Node's codes (OpenSSL's) for a certificate chain that does not end at a CA this process trusts.
const UNTRUSTED_CERT =
  /\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|CERT_UNTRUSTED)\b/;

/**
 * The fix for a TLS failure, from the transport error's description (describeError: "fetch failed: CODE
 * message"); undefined when it is not a certificate problem.
 */
export function tlsFailureFix(detail: string, what: 'the W&B host' | 'the object store'): string | undefined {
  if (UNTRUSTED_CERT.test(detail)) {
    return `The TLS certificate of ${what} is not signed by a CA this runner trusts (a private or self-signed CA): pass that CA's certificate, and any intermediate the server does not send, as a PEM file in the ca-file input (--ca-file on the CLI).`;
  }
  if (/\bERR_TLS_CERT_ALTNAME_INVALID\b/.test(detail)) {
    return `The TLS certificate of ${what} does not name the host in the URL: issue it for that name (subjectAltName), or use the name it was issued for.`;
  }
  if (/\b(?:CERT_HAS_EXPIRED|CERT_NOT_YET_VALID)\b/.test(detail)) {
    return `The TLS certificate of ${what} is expired or not yet valid: renew it (the ingress TLS secret, or its cert-manager Certificate) and check the clocks.`;
  }
  return undefined;
}

export function httpsDecision(url: string, what: 'base' | 'signed'): CheckOutcome {
  if (url.toLowerCase().startsWith('https')) {
    return {
      status: 'pass',
      message: what === 'base' ? 'The base URL uses https.' : 'Signed URLs use https.',
    };
  }
  return what === 'base'
    ? {
        status: 'warn',
        message: 'Connections are not made over https. SSL required for secure communications.',
        fix: 'Serve W&B over TLS: an https:// global.host and a TLS secret on the ingress (ingress.tls), or TLS at your load balancer.',
      }
    : {
        status: 'warn',
        message: 'Signed URL requests not made over https. SSL required for secure communications.',
        fix: 'Serve the object store over https (for MinIO: TLS on its endpoint; bucket URLs in the CR should start with s3://, gs:// or https://).',
      };
}

export function corsDecision(origin: string, status: number, allowOrigin: string | null): CheckOutcome {
  if (allowOrigin) {
    return { status: 'pass', message: `The bucket answers a CORS preflight for GET from ${origin}.` };
  }
  return {
    status: 'warn',
    message: `Your object store does not have a valid CORs configuration, you must allow GET and PUT to Origin: ${origin} (the preflight answered HTTP ${status} without Access-Control-Allow-Origin).`,
    fix: `Add a CORS rule on the bucket: AllowedOrigins [${origin}], AllowedMethods [GET, PUT, HEAD], AllowedHeaders [*], ExposeHeaders [ETag].`,
  };
}

export interface LargePayloadAnswer {
  status?: number;
  errors?: string[];
  transportError?: string;
}

export function largePayloadDecision(answer: LargePayloadAnswer): CheckOutcome {
  if (answer.status === 413) {
    return {
      status: 'fail',
      message: 'Failed to send a large payload (HTTP 413 Request Entity Too Large from the proxy).',
      fix: 'Check nginx.ingress.kubernetes.io/proxy-body-size is "0" on the W&B ingress (ingress.annotations in the CR values), or raise the body limit of your load balancer.',
    };
  }
  if (answer.transportError) {
    return {
      status: 'fail',
      message: `Failed to send a large payload with error: ${answer.transportError}.`,
      fix: 'A proxy between you and W&B closed the connection: allow request bodies of at least 10 MB and 60 s reads.',
    };
  }
  if (answer.status !== undefined && (answer.status < 200 || answer.status >= 300)) {
    return {
      status: 'fail',
      message: `Failed to send a large payload with error: HTTP ${answer.status}${answer.errors?.[0] ? ` ${answer.errors[0]}` : ''}.`,
      fix: 'Check the ingress and any proxy in front of W&B: they must pass 10 MB GraphQL requests to the app.',
    };
  }
  if (answer.errors && answer.errors.length > 0) {
    return {
      status: 'fail',
      message: `Failed to send a large payload with error: ${answer.errors.join('; ')}.`,
      fix: 'The request reached W&B but it returned GraphQL errors; check the app pod logs.',
    };
  }
  return { status: 'pass', message: 'A 10 MB request went through the proxy.' };
}

export interface VersionInfo {
  minCliVersion?: string;
  maxCliVersion?: string;
  serverVersion?: string;
  latestVersion?: string;
  outOfDate?: boolean;
}

/** Reads the JSON scalar `cliVersionInfo` (snake_case keys; the SDK defaults the minimum to 0.0.1). */
export function readVersionInfo(
  info: {
    cliVersionInfo?: Record<string, unknown> | null;
    latestLocalVersionInfo?: {
      outOfDate?: boolean | null;
      latestVersionString?: string | null;
      versionOnThisInstanceString?: string | null;
    } | null;
  } | null,
): VersionInfo {
  const cli = info?.cliVersionInfo ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  return {
    minCliVersion: text(cli.min_cli_version) ?? '0.0.1',
    maxCliVersion: text(cli.max_cli_version),
    serverVersion: text(info?.latestLocalVersionInfo?.versionOnThisInstanceString),
    latestVersion: text(info?.latestLocalVersionInfo?.latestVersionString),
    outOfDate: info?.latestLocalVersionInfo?.outOfDate ?? undefined,
  };
}

/**
 * SDK version bounds. `wandb verify` compares its own version; a native run has none, so it compares the
 * version given (sdk-version input, or the wandb CLI on PATH) and otherwise only informs. Never critical.
 */
export function sdkVersionDecision(info: VersionInfo, sdkVersion: string | undefined): CheckOutcome {
  const bounds = `${info.minCliVersion ?? '0.0.1'} to ${info.maxCliVersion ?? 'any newer'}`;
  const server = info.serverVersion
    ? ` W&B Server ${info.serverVersion}${info.outOfDate && info.latestVersion ? ` (${info.latestVersion} is available)` : ''}.`
    : '';
  const details = { ...info, sdkVersion };
  if (!sdkVersion) {
    return {
      status: 'pass',
      message: `The server accepts wandb SDK versions ${bounds}.${server}`,
      details,
    };
  }
  const sdk = semver.coerce(sdkVersion, { loose: true });
  const min = semver.coerce(info.minCliVersion ?? '0.0.1', { loose: true });
  const max = info.maxCliVersion ? semver.coerce(info.maxCliVersion, { loose: true }) : null;
  if (!sdk) {
    return {
      status: 'warn',
      message: `Could not read the wandb SDK version '${sdkVersion}'.${server}`,
      details,
    };
  }
  if (min && semver.lt(sdk, min)) {
    return {
      status: 'warn',
      message: `wandb ${sdkVersion} is older than the oldest version this server accepts (${info.minCliVersion}).${server}`,
      fix: `pip install --upgrade wandb==${info.maxCliVersion ?? info.minCliVersion}`,
      details,
    };
  }
  if (max && semver.gt(sdk, max)) {
    return {
      status: 'warn',
      message: `wandb ${sdkVersion} is newer than this server supports (${info.maxCliVersion}); this could cause some issues.${server}`,
      fix: `If you have problems, pip install wandb==${info.maxCliVersion}, or upgrade W&B Server.`,
      details,
    };
  }
  return {
    status: 'pass',
    message: `wandb ${sdkVersion} is within the versions this server accepts (${bounds}).${server}`,
    details,
  };
}

/** Printable form of a short file content for a mismatch message. */
export function preview(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(shown);
}

export function uploadReadbackDecision(expected: string, actual: string): CheckOutcome {
  if (actual === expected) {
    return { status: 'pass', message: 'A file uploaded through a signed URL was read back unchanged.' };
  }
  return {
    status: 'fail',
    message: `Read file contents do not match saved file contents: wrote ${preview(expected)}, read ${preview(actual)}.`,
    fix: 'Something between W&B and the bucket changes objects (a proxy, an object-store gateway, or two deployments sharing a bucket path); check the bucket and the W&B app logs, or contact W&B support.',
  };
}

/** What the `check_run` step wrote, so the read-back can be compared to it. */
export const RUN_CONFIG = {
  epochs: 4,
  stringTest: 'A test config',
  dictTest: { config_val: 2, config_string: 'config string' },
  listTest: [0, 'one', '2'],
};
export const RUN_FILE_NAME = 'test with_special-characters.txt';
export const RUN_FILE_CONTENT = 'test';

/** History rows of `check_run`: loss = 1/i at steps 1..10 and a nested dict at step 11. */
export function runHistoryRows(): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 1; i <= 10; i++) rows.push({ _step: i, loss: 1 / i });
  rows.push({ _step: 11, dict: { val1: 1.0, val2: 2 } });
  return rows;
}

/** The summary the SDK would hold at the end of those rows. */
export function runSummary(): Record<string, unknown> {
  return { loss: 0.1, dict: { val1: 1.0, val2: 2 }, _step: 11 };
}

/** W&B stores config values as `{ key: { value, desc } }`; the public API reads `.value`. */
export function wireConfig(config: Record<string, unknown>): Record<string, { value: unknown; desc: null }> {
  return Object.fromEntries(Object.entries(config).map(([key, value]) => [key, { value, desc: null }]));
}

function parseJsonString(value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface RunReadback {
  config: unknown;
  summaryMetrics: unknown;
  historyKeys: unknown;
  /** Content of the saved file, or undefined when it could not be downloaded. */
  fileContent?: string;
  fileError?: string;
}

/** The `check_run` comparisons: config, history keys, summary, file. One message per mismatch, SDK wording. */
export function runReadbackDecision(readback: RunReadback): CheckOutcome {
  const failures: string[] = [];
  const fixes: string[] = [];
  const config = parseJsonString(readback.config) ?? {};
  const mismatched = Object.entries(RUN_CONFIG).find(([key, value]) => {
    const stored = config[key];
    const read =
      stored && typeof stored === 'object' && 'value' in stored
        ? (stored as { value: unknown }).value
        : stored;
    return !deepEqual(read, value);
  });
  if (mismatched) {
    failures.push(`Read config values don't match run config (key '${mismatched[0]}').`);
    fixes.push('Check the MySQL character set and encoding (utf8mb4) of the W&B database.');
  }
  const history = parseJsonString(readback.historyKeys) as
    { lastStep?: unknown; keys?: Record<string, { previousValue?: unknown }> } | undefined;
  const keys = history?.keys ?? {};
  if (
    keys.loss?.previousValue !== 0.1 ||
    history?.lastStep !== 11 ||
    keys['dict.val1']?.previousValue !== 1.0 ||
    keys['dict.val2']?.previousValue !== 2
  ) {
    failures.push("History metrics don't match logged values. Check database encoding.");
    fixes.push(
      'Check the file stream route (/files/…/file_stream) reaches the app and the MySQL encoding is utf8mb4.',
    );
  }
  const summary = parseJsonString(readback.summaryMetrics) ?? {};
  if (summary.loss !== 0.1) {
    failures.push(
      "Read summary values don't match expected value. Check database encoding, or contact W&B for support.",
    );
  }
  if (readback.fileContent === undefined) {
    failures.push(
      `Unable to download file '${RUN_FILE_NAME}'${readback.fileError ? ` (${readback.fileError})` : ''}. Check SQS configuration, topic configuration and bucket permissions.`,
    );
    fixes.push(
      'File names with spaces and special characters need W&B Server 0.73.1 or later; otherwise check the bucket permissions and the bucket notification queue.',
    );
  } else if (readback.fileContent !== RUN_FILE_CONTENT) {
    failures.push(
      `Contents of downloaded file do not match uploaded contents: wrote ${preview(RUN_FILE_CONTENT)}, read ${preview(readback.fileContent)}.`,
    );
  }
  if (failures.length === 0) {
    return {
      status: 'pass',
      message: `A run's config, 11 history steps, summary and the file '${RUN_FILE_NAME}' were written and read back.`,
    };
  }
  return {
    status: 'fail',
    message: failures.join(' '),
    fix: fixes.length > 0 ? fixes.join(' ') : 'Contact W&B support with the JSON report.',
  };
}

/**
 * The bucket CORS rule W&B's guides ask for (self-managed object storage: AllowedOrigin the W&B host,
 * AllowedMethod GET, PUT, HEAD, AllowedHeader *; BYOB adds ExposeHeaders ETag and MaxAgeSeconds 3000), in the
 * JSON that `aws s3api put-bucket-cors --cors-configuration` takes.
 */
export function bucketCorsConfiguration(origin: string): { CORSRules: Array<Record<string, unknown>> } {
  return {
    CORSRules: [
      {
        AllowedOrigins: [origin],
        AllowedMethods: ['GET', 'HEAD', 'PUT'],
        AllowedHeaders: ['*'],
        ExposeHeaders: ['ETag'],
        MaxAgeSeconds: 3000,
      },
    ],
  };
}

/** What one CORS preflight (OPTIONS with Origin and Access-Control-Request-Method) got back. */
export interface PreflightAnswer {
  method: 'GET' | 'PUT';
  /** The URL without its query string (a presigned URL's query is a credential). */
  url: string;
  /** Headers the browser asks to send (Access-Control-Request-Headers), lower case. */
  requestHeaders: string[];
  status?: number;
  /** The object store's error code (S3 `<Code>`), when it refused. */
  code?: string;
  error?: string;
  allowOrigin?: string | null;
  allowMethods?: string | null;
  allowHeaders?: string | null;
}

function listed(header: string | null | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

/** Why a browser on `origin` would be refused after this preflight, or undefined when it would be let through. */
export function preflightProblem(origin: string, answer: PreflightAnswer): string | undefined {
  const what = `${answer.method} (${answer.method === 'GET' ? 'download' : 'upload'})`;
  if (answer.error) return `the ${what} preflight to ${answer.url} failed: ${answer.error}`;
  const status = answer.status ?? 0;
  if (status < 200 || status >= 300 || !answer.allowOrigin) {
    return `${what}: HTTP ${status}${answer.code ? ` ${answer.code}` : ''} without Access-Control-Allow-Origin`;
  }
  if (answer.allowOrigin !== '*' && answer.allowOrigin !== origin) {
    return `${what}: Access-Control-Allow-Origin is '${answer.allowOrigin}', not ${origin}`;
  }
  // GET is a CORS-safelisted method: browsers need it listed only for the others.
  const methods = listed(answer.allowMethods);
  if (answer.method !== 'GET' && !methods.includes(answer.method.toLowerCase())) {
    return `${what}: ${answer.method} is not among the allowed methods (${answer.allowMethods || 'none'})`;
  }
  const headers = listed(answer.allowHeaders);
  const refused = answer.requestHeaders.filter((h) => !headers.includes('*') && !headers.includes(h));
  if (refused.length > 0) {
    return `${what}: the headers ${refused.join(', ')} are not allowed (Access-Control-Allow-Headers: ${answer.allowHeaders || 'none'})`;
  }
  return undefined;
}

/** W&B's web app reads and writes the bucket from the browser: both preflights must let its origin through. */
export function browserCorsDecision(origin: string, answers: PreflightAnswer[]): CheckOutcome {
  const configuration = bucketCorsConfiguration(origin);
  const details = {
    origin,
    preflights: answers.map((a) => ({
      method: a.method,
      url: a.url,
      status: a.status,
      allowOrigin: a.allowOrigin ?? null,
      allowMethods: a.allowMethods ?? null,
      ...(a.code ? { code: a.code } : {}),
      ...(a.error ? { error: a.error } : {}),
    })),
    corsConfiguration: configuration,
  };
  const problems = answers
    .map((answer) => preflightProblem(origin, answer))
    .filter((p): p is string => Boolean(p));
  if (problems.length === 0) {
    return {
      status: 'pass',
      message: `The bucket lets a browser on ${origin} download (GET) and upload (PUT): both CORS preflights were answered with its origin.`,
      details,
    };
  }
  // A preflight that got no answer needs the store reachable; one that was refused needs the CORS rule.
  const unanswered = answers.find((a) => a.error);
  const refused = answers.some((a) => !a.error && preflightProblem(origin, a));
  const fixes = [
    ...(unanswered
      ? [
          tlsFailureFix(unanswered.error ?? '', 'the object store') ??
            "Browsers talk to the object store directly, at the address W&B signs URLs for: it must be reachable from users' machines and answer OPTIONS.",
        ]
      : []),
    ...(refused
      ? [
          `Set this CORS configuration on the bucket (W&B's rule, for your W&B origin): ${JSON.stringify(configuration)}. S3 and S3-compatible stores: aws s3api put-bucket-cors --bucket <bucket> --cors-configuration '<that JSON>'; MinIO: mc admin config set <alias> api cors_allow_origin=${origin}; GCS and Azure Blob take the same origin, methods and headers in their own CORS settings.`,
        ]
      : []),
  ];
  return {
    status: 'fail',
    message: `A browser on ${origin} would be refused by the bucket, so W&B's web app could not show or upload files: ${problems.join('; ')}.`,
    fix: fixes.join(' '),
    details,
  };
}

/** What a browser-style GET of the presigned download URL got back. */
export interface BrowserDownload {
  /** Without the query string. */
  url: string;
  /** The URL is on the W&B host itself (W&B proxies the bucket), not on the object store. */
  onWandbHost: boolean;
  status?: number;
  code?: string;
  error?: string;
  body?: string;
  expected: string;
}

export function browserDownloadDecision(download: BrowserDownload): CheckOutcome {
  const { url } = download;
  if (download.error) {
    return {
      status: 'fail',
      message: `A browser could not download the file from ${url}: ${download.error}.`,
      fix:
        tlsFailureFix(download.error, 'the object store') ??
        "Browsers download run files and media straight from the object store, at the address W&B signs URLs for: it must be reachable from users' machines, not only from inside the cluster (a MinIO or SeaweedFS behind a cluster-internal Service needs an address users reach, and W&B must sign for that address).",
    };
  }
  const status = download.status ?? 0;
  if ((status === 401 || status === 403) && download.onWandbHost) {
    return {
      status: 'skipped',
      message: `The download URL is on the W&B host (W&B proxies the bucket), which answered HTTP ${status} without W&B credentials: a browser sends its session there, which verify does not have.`,
    };
  }
  if (status < 200 || status >= 300) {
    const code = download.code ? ` ${download.code}` : '';
    return {
      status: 'fail',
      message: `The object store refused the presigned download of ${url}: HTTP ${status}${code}. The SDK's own download may still work; a browser's does not.`,
      fix:
        download.code === 'SignatureDoesNotMatch'
          ? "The signature W&B made does not match what the store computes: the bucket credentials W&B signs with (the bucket Secret the CR names) are not the store's, or a proxy between browsers and the store rewrites the Host or path."
          : download.code === 'AccessDenied'
            ? "The store denied the URL: check the bucket policy (W&B recommends limiting presigned URLs to your networks: users' browsers and this runner must be inside them), and the clocks of W&B and the store (an expired signature is also AccessDenied)."
            : "Check the bucket policy and the credentials W&B signs with (the bucket Secret the CR names), and the store's logs for this request.",
      details: { status, ...(download.code ? { code: download.code } : {}) },
    };
  }
  if (download.body !== download.expected) {
    return {
      status: 'fail',
      message: `The presigned download returned other bytes than were uploaded: wrote ${preview(download.expected)}, read ${preview(download.body ?? '')}.`,
      fix: 'Something between browsers and the bucket changes objects (a proxy or gateway, or two deployments sharing a bucket path); check the bucket and the W&B app logs.',
    };
  }
  return {
    status: 'pass',
    message: `A browser-style GET (no W&B credentials) of the presigned URL W&B hands out returned the uploaded bytes.`,
  };
}
