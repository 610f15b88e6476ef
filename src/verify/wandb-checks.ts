import {
  WandbClient,
  type Fetch,
  HttpStatusError,
  GraphqlError,
  describeError,
  parseUploadHeaders,
  withoutQuery,
} from '../wandb/client.js';
import { createRunFiles, readRun, runFiles, serverInfo, upsertRun } from '../wandb/api.js';
import { LARGE_PROJECT, VIEWER } from '../wandb/queries.js';
import {
  RUN_CONFIG,
  RUN_FILE_CONTENT,
  RUN_FILE_NAME,
  browserCorsDecision,
  browserDownloadDecision,
  corsDecision,
  hostDecision,
  httpsDecision,
  largePayloadDecision,
  loginDecision,
  readVersionInfo,
  runHistoryRows,
  runReadbackDecision,
  runSummary,
  sdkVersionDecision,
  tlsFailureFix,
  uploadReadbackDecision,
  wireConfig,
} from './decisions.js';
import { NotYet, RetriesExhausted, retryUntil, type RetryPolicy } from './retry.js';
import { CheckFailure, type Check, type CheckOutcome } from './types.js';

/**
 * The native `wandb verify` checks (facts section 3), in the SDK's order. Each check makes its calls through
 * the W&B client and hands what came back to a pure decision in src/verify/decisions.ts. Later checks reuse
 * what earlier ones learned (the viewer's entity, the signed download URL) through `state`.
 */
export interface WandbCheckSettings {
  client: WandbClient;
  host: string;
  apiKey?: string;
  entity?: string;
  project: string;
  retry: RetryPolicy;
  /** Random prefix for run names, so repeated runs never clash (the SDK's ID_PREFIX). */
  idPrefix: string;
  /** The SDK version to compare with the server's bounds, when one is known. */
  sdkVersion: () => string | undefined;
  /** The proxy the W&B host is reached through (credentials hidden), when the environment names one. */
  proxy?: string;
  /**
   * The browser-style checks W&B's migration guide asks for besides the SDK's (a presigned download with no
   * W&B credentials, CORS preflights from the W&B origin). Default true.
   */
  browserChecks?: boolean;
  /** The fetch for those plain requests (verify's: proxy-aware, trusting the ca-file); default: global fetch. */
  fetch?: Fetch;
}

export interface WandbCheckState {
  entity?: string;
  signedUrl?: string;
  serverVersion?: string;
  /** The run, presigned upload URL and upload headers of the signed-URL upload, for the browser checks. */
  uploadRun?: { entity: string; project: string; name: string };
  uploadUrl?: string;
  uploadHeaders?: Record<string, string>;
  /** The presigned URL a browser downloads the uploaded file from (its directUrl). */
  downloadUrl?: string;
}

const UPLOAD_FILE = 'gql_test_file.txt';
const UPLOAD_CONTENT = 'test2';
const LARGE_PAYLOAD_BYTES = 10_000_000;

/** What a failed call means for the user: unreachable host, refused key, or the server's own error. */
function explain(error: unknown, host: string, proxy?: string): CheckFailure {
  if (error instanceof CheckFailure) return error;
  if (error instanceof HttpStatusError && (error.status === 401 || error.status === 403)) {
    return new CheckFailure(
      `${error.what.split(' at ')[0]} was refused with HTTP ${error.status}.`,
      `Check the API key belongs to a user of ${host}.`,
    );
  }
  if (error instanceof HttpStatusError || error instanceof GraphqlError) {
    return new CheckFailure(
      `${error.message}.`,
      'Check the W&B app pod logs (kubectl logs deploy/<cr>-app).',
    );
  }
  const detail = describeError(error);
  return new CheckFailure(
    `Could not reach ${host}: ${detail}.`,
    tlsFailureFix(detail, 'the W&B host') ??
      (proxy
        ? `The request went through the proxy ${proxy} (HTTPS_PROXY / HTTP_PROXY): check that it accepts this runner (its credentials in the proxy URL) and can reach ${host}, or list the host in NO_PROXY to reach it directly.`
        : 'Check that host resolves and the ingress / load balancer in front of W&B accepts connections from this runner.'),
  );
}

function guard(
  where: { host: string; proxy?: string },
  body: (signal: AbortSignal) => Promise<CheckOutcome>,
) {
  return async (signal: AbortSignal): Promise<CheckOutcome> => {
    try {
      return await body(signal);
    } catch (error) {
      throw explain(error, where.host, where.proxy);
    }
  };
}

/** PUT `content` through a freshly issued signed URL for `fileName` of `run`. */
async function uploadThroughSignedUrl(
  client: WandbClient,
  run: { entity: string; project: string; name: string },
  fileName: string,
  content: string,
  signal: AbortSignal,
): Promise<{ url: string; headers: Record<string, string> }> {
  const ticket = await createRunFiles(client, run, [fileName], { signal });
  const target = ticket.files.find((file) => file.name === fileName)?.uploadUrl;
  if (!target) {
    throw new CheckFailure(
      `The server issued no upload URL for '${fileName}'.`,
      'Check the bucket settings of the CR (global.bucket / bucket.provider, name, region) and the app logs.',
    );
  }
  const headers = parseUploadHeaders(ticket.uploadHeaders);
  let put;
  try {
    put = await client.putSigned(target, Buffer.from(content, 'utf8'), headers, { signal });
  } catch (error) {
    const detail = describeError(error);
    throw new CheckFailure(
      `Could not reach the object store at ${withoutQuery(target)}: ${detail}.`,
      tlsFailureFix(detail, 'the object store') ??
        'The signed URL must be reachable from where the SDK runs: check the bucket endpoint W&B signs for (a private MinIO/S3 endpoint is not reachable from outside the cluster).',
    );
  }
  if (put.status < 200 || put.status >= 300) {
    const code = /<Code>([^<]+)<\/Code>/.exec(put.body)?.[1];
    throw new CheckFailure(
      `The object store refused the upload to ${withoutQuery(target)}: HTTP ${put.status}${code ? ` ${code}` : ''}.`,
      code === 'SignatureDoesNotMatch'
        ? 'The signature did not match: a proxy that rewrites the Host or path breaks signed URLs, as do wrong bucket credentials in the bucket secret.'
        : 'Check the bucket policy and the credentials W&B signs with (the bucket secret named in the CR), and the object store clock.',
      'fail',
      { status: put.status, code },
    );
  }
  return { url: target, headers };
}

/** Reads a run file back through RunFiles and its `url`, retrying while the file or object is not there yet. */
async function readBack(
  settings: WandbCheckSettings,
  run: { entity: string; project: string; name: string },
  fileName: string,
  signal: AbortSignal,
): Promise<{ url: string; content: string }> {
  return retryUntil(
    async () => {
      const files = await runFiles(settings.client, run, [fileName], { signal });
      if (files === null) {
        throw new CheckFailure(
          'Unable to access previous run through public API.',
          'The run was created but cannot be read: check the W&B app and MySQL (kubectl logs deploy/<cr>-app).',
        );
      }
      const file = files.find((f) => f.name === fileName);
      if (!file?.url) throw new NotYet(`'${fileName}' is not listed on the run yet`);
      let got;
      try {
        got = await settings.client.get(file.url, { signal });
      } catch (error) {
        throw new NotYet(`downloading ${withoutQuery(file.url)} failed: ${describeError(error)}`);
      }
      if (got.status < 200 || got.status >= 300) {
        throw new NotYet(`downloading ${withoutQuery(file.url)} answered HTTP ${got.status}`);
      }
      return { url: file.url, content: got.body };
    },
    settings.retry,
    signal,
  );
}

export function wandbChecks(settings: WandbCheckSettings, state: WandbCheckState): Check[] {
  const { client, host } = settings;
  const where = { host, proxy: settings.proxy };
  const entity = () => settings.entity ?? state.entity ?? '';
  return [
    {
      id: 'host',
      title: 'Host is not W&B public cloud',
      group: 'wandb',
      failStatus: 'fail',
      run: async () => hostDecision(host),
    },
    {
      id: 'login',
      title: 'Checking if logged in',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['host'],
      run: guard(where, async (signal) => {
        if (!settings.apiKey) {
          return {
            status: 'fail',
            message: 'Not logged in: no API key was given.',
            fix: 'Pass the key as the api-key input from a secret (`api-key: ${{ secrets.WANDB_API_KEY }}`), or set WANDB_API_KEY for the CLI.',
          };
        }
        const answer = await client.graphqlRaw<{ viewer: { entity?: string; username?: string } | null }>(
          VIEWER,
          {},
          { signal },
        );
        const outcome = loginDecision(host, {
          status: answer.status,
          viewer: answer.data?.viewer,
          errors: answer.errors,
        });
        if (outcome.status === 'pass') state.entity = answer.data?.viewer?.entity ?? undefined;
        return outcome;
      }),
    },
    {
      id: 'sdk-version',
      title: 'Checking wandb package version is up to date',
      group: 'wandb',
      failStatus: 'warn',
      needs: ['login'],
      run: guard(where, async (signal) => {
        const info = readVersionInfo(await serverInfo(client, { signal }));
        state.serverVersion = info.serverVersion;
        return sdkVersionDecision(info, settings.sdkVersion());
      }),
    },
    {
      id: 'signed-url-upload',
      title: 'Checking signed URL upload',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['login'],
      run: guard(where, async (signal) => {
        const run = { entity: entity(), project: settings.project, name: `${settings.idPrefix}-graphql_put` };
        await upsertRun(client, { ...run, config: wireConfig({ test: 'put to graphql' }) }, { signal });
        const upload = await uploadThroughSignedUrl(client, run, UPLOAD_FILE, UPLOAD_CONTENT, signal);
        Object.assign(state, { uploadRun: run, uploadUrl: upload.url, uploadHeaders: upload.headers });
        let read;
        try {
          read = await readBack(settings, run, UPLOAD_FILE, signal);
        } catch (error) {
          if (!(error instanceof RetriesExhausted)) throw error;
          throw new CheckFailure(
            `Unable to read file successfully saved through a put request: ${error.message}.`,
            'Check SQS configurations, bucket permissions and topic configs (the bucket notification queue W&B reads), and that the object store is reachable from here.',
          );
        }
        state.signedUrl = read.url;
        return uploadReadbackDecision(UPLOAD_CONTENT, read.content);
      }),
    },
    {
      id: 'large-payload',
      title: 'Checking ability to send large payloads through proxy',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['login'],
      timeoutFix:
        'Something between you and W&B holds large requests: allow 10 MB bodies and 60 s reads on the ingress (nginx.ingress.kubernetes.io/proxy-body-size: "0", proxy-read-timeout).',
      run: async (signal) => {
        try {
          const answer = await client.graphqlRaw(
            LARGE_PROJECT,
            { entity: entity(), name: settings.project, runName: '', desc: 'a'.repeat(LARGE_PAYLOAD_BYTES) },
            { signal },
          );
          return largePayloadDecision({ status: answer.status, errors: answer.errors });
        } catch (error) {
          return largePayloadDecision({ transportError: describeError(error) });
        }
      },
    },
    {
      id: 'base-url-https',
      title: 'Checking requests to base url',
      group: 'wandb',
      failStatus: 'warn',
      needs: ['host'],
      run: async () => httpsDecision(host, 'base'),
    },
    {
      id: 'signed-url-https',
      title: 'Checking requests made over signed URLs',
      group: 'wandb',
      failStatus: 'warn',
      needs: ['signed-url-upload'],
      run: async () => httpsDecision(state.signedUrl ?? '', 'signed'),
    },
    {
      id: 'bucket-cors',
      title: 'Checking CORs configuration of the bucket',
      group: 'wandb',
      failStatus: 'warn',
      needs: ['signed-url-upload'],
      run: async (signal) => {
        const url = state.signedUrl ?? '';
        try {
          const answer = await client.preflight(url, host, 'GET', { signal });
          return corsDecision(host, answer.status, answer.headers.get('access-control-allow-origin'));
        } catch (error) {
          const detail = describeError(error);
          throw new CheckFailure(
            `The CORS preflight to ${withoutQuery(url)} failed: ${detail}.`,
            tlsFailureFix(detail, 'the object store') ??
              'Browsers read files straight from the bucket: it must be reachable and answer OPTIONS.',
            'warn',
          );
        }
      },
    },
    ...browserChecks(settings, state),
    {
      id: 'run',
      title: 'Checking logged metrics, saving and downloading a file',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['login'],
      run: guard(where, async (signal) => {
        const run = { entity: entity(), project: settings.project, name: `${settings.idPrefix}-check_run` };
        await upsertRun(client, { ...run, config: wireConfig(RUN_CONFIG) }, { signal });
        await client.fileStream(
          run.entity,
          run.project,
          run.name,
          {
            files: {
              'wandb-history.jsonl': {
                offset: 0,
                content: runHistoryRows().map((row) => JSON.stringify(row)),
              },
              'wandb-summary.json': { offset: 0, content: [JSON.stringify(runSummary())] },
            },
            complete: true,
            exitcode: 0,
          },
          { signal },
        );
        await uploadThroughSignedUrl(client, run, RUN_FILE_NAME, RUN_FILE_CONTENT, signal);
        const record = await readRun(client, run, { signal });
        if (!record) {
          throw new CheckFailure(
            'Failed to access run through API.',
            'The run was written but cannot be read back: check the W&B app and MySQL (kubectl logs deploy/<cr>-app).',
          );
        }
        let fileContent: string | undefined;
        let fileError: string | undefined;
        try {
          fileContent = (await readBack(settings, run, RUN_FILE_NAME, signal)).content;
        } catch (error) {
          if (!(error instanceof RetriesExhausted)) throw error;
          fileError = error.message;
        }
        return runReadbackDecision({
          config: record.config,
          summaryMetrics: record.summaryMetrics,
          historyKeys: record.historyKeys,
          fileContent,
          fileError,
        });
      }),
    },
  ];
}

const S3_CODE = /<Code>([^<]+)<\/Code>/;

/**
 * The smoke test W&B's migration guide adds to the SDK's ("an SDK upload alone is not sufficient"): W&B's web
 * app downloads run files and media straight from the bucket through the presigned URL the server hands out
 * (the file's `directUrl`), with no W&B credentials, from the W&B origin; and it uploads with PUT the same way.
 * So: ask the server for the uploaded file's URL and GET it as a browser would, and send the CORS preflights
 * a browser sends before a GET and a PUT.
 */
function browserChecks(settings: WandbCheckSettings, state: WandbCheckState): Check[] {
  const plain: Fetch = settings.fetch ?? fetch;
  const origin = (() => {
    try {
      return new URL(settings.host).origin;
    } catch {
      return settings.host;
    }
  })();
  const off = async (): Promise<CheckOutcome | undefined> =>
    settings.browserChecks === false
      ? {
          status: 'skipped',
          message: 'browser-checks is false.',
          fix: "Turn them back on once the bucket's CORS is set: W&B's web app needs both.",
        }
      : undefined;
  return [
    {
      id: 'browser-download',
      title: 'Browser-style download through a presigned URL',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['signed-url-upload'],
      run: guard({ host: settings.host, proxy: settings.proxy }, async (signal) => {
        const skip = await off();
        if (skip) return skip;
        const run = state.uploadRun;
        const files = run ? await runFiles(settings.client, run, [UPLOAD_FILE], { signal }) : null;
        const file = files?.find((f) => f.name === UPLOAD_FILE);
        const url = file?.directUrl || file?.url;
        if (!url) {
          throw new CheckFailure(
            `The server handed out no download URL for '${UPLOAD_FILE}' (RunFiles gave neither directUrl nor url).`,
            'Check the bucket settings of the CR and the W&B app logs.',
          );
        }
        state.downloadUrl = url;
        const shown = withoutQuery(url);
        const onWandbHost = url.startsWith(`${settings.client.host}/`);
        try {
          // As a browser's fetch: the page's Origin, no Authorization header, no cookies; redirects followed.
          const response = await plain(url, { method: 'GET', headers: { Origin: origin }, signal });
          const body = await response.text();
          return browserDownloadDecision({
            url: shown,
            onWandbHost,
            status: response.status,
            code: S3_CODE.exec(body)?.[1],
            body,
            expected: UPLOAD_CONTENT,
          });
        } catch (error) {
          return browserDownloadDecision({
            url: shown,
            onWandbHost,
            error: describeError(error),
            expected: UPLOAD_CONTENT,
          });
        }
      }),
    },
    {
      id: 'browser-cors',
      title: 'CORS preflights from the W&B origin (GET and PUT)',
      group: 'wandb',
      failStatus: 'fail',
      needs: ['signed-url-upload'],
      run: async (signal) => {
        const skip = await off();
        if (skip) return skip;
        const targets = [
          // The URL the browser downloads from, where its preflight goes.
          {
            method: 'GET' as const,
            url: state.downloadUrl ?? state.signedUrl ?? '',
            headers: [] as string[],
          },
          {
            method: 'PUT' as const,
            url: state.uploadUrl ?? '',
            headers: Object.keys(state.uploadHeaders ?? {}).map((h) => h.toLowerCase()),
          },
        ];
        const answers = [];
        for (const target of targets) {
          const shown = withoutQuery(target.url);
          try {
            const response = await plain(target.url, {
              method: 'OPTIONS',
              headers: {
                Origin: origin,
                'Access-Control-Request-Method': target.method,
                ...(target.headers.length > 0
                  ? { 'Access-Control-Request-Headers': target.headers.join(',') }
                  : {}),
              },
              signal,
            });
            const body = await response.text();
            answers.push({
              method: target.method,
              url: shown,
              requestHeaders: target.headers,
              status: response.status,
              code: S3_CODE.exec(body)?.[1],
              allowOrigin: response.headers.get('access-control-allow-origin'),
              allowMethods: response.headers.get('access-control-allow-methods'),
              allowHeaders: response.headers.get('access-control-allow-headers'),
            });
          } catch (error) {
            answers.push({
              method: target.method,
              url: shown,
              requestHeaders: target.headers,
              error: describeError(error),
            });
          }
        }
        return browserCorsDecision(origin, answers);
      },
    },
  ];
}
