import {
  WandbClient,
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
}

export interface WandbCheckState {
  entity?: string;
  signedUrl?: string;
  serverVersion?: string;
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
): Promise<void> {
  const ticket = await createRunFiles(client, run, [fileName], { signal });
  const target = ticket.files.find((file) => file.name === fileName)?.uploadUrl;
  if (!target) {
    throw new CheckFailure(
      `The server issued no upload URL for '${fileName}'.`,
      'Check the bucket settings of the CR (global.bucket / bucket.provider, name, region) and the app logs.',
    );
  }
  let put;
  try {
    put = await client.putSigned(
      target,
      Buffer.from(content, 'utf8'),
      parseUploadHeaders(ticket.uploadHeaders),
      {
        signal,
      },
    );
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
        await uploadThroughSignedUrl(client, run, UPLOAD_FILE, UPLOAD_CONTENT, signal);
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
