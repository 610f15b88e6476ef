/**
 * STAND-IN for a W&B Server (wandb/local), because a real W&B Server cannot run on this machine (no container
 * runtime, licensed image). It serves only what `wandb verify` touches, built to the documented shapes in
 * ../shared/reference/wandb-operator-facts.md section 3 (SDK `core/api/graphql/*.graphql`, the public API's
 * RunFiles/run queries, `core/internal/filestream`):
 *   POST /graphql             HTTP Basic `api:<key>`; Viewer, ServerInfo, UpsertBucket, CreateRunFiles, RunFiles,
 *                             Run, Project (the 10 MB probe);
 *   POST /files/<entity>/<project>/<run>/file_stream   history and summary lines.
 * Signed URLs it issues point at a REAL S3-compatible server: s3rver on 127.0.0.1 (a free port), presigned with
 * S3 signature v2, which s3rver verifies. Everything listens on loopback only.
 *
 * The bucket with CORS carries the rule W&B's guides ask for: AllowedOrigin the W&B host (this server's own
 * origin), AllowedMethod GET, PUT and HEAD, AllowedHeader *; s3rver answers preflights by it (a preflight from
 * another origin is refused, as S3 refuses it). RunFiles hands out `url` and `directUrl` (the one W&B's web
 * app downloads from, with no W&B credentials) as real presigned GET URLs.
 *
 * Switches (mutable while running) reproduce the failures the checks must catch: a 413 proxy body limit, a
 * bucket without CORS, a bucket whose CORS allows GET only, a `directUrl` that is wrongly signed or points at an
 * object store nobody listens on, changed content on read-back, slow answers, files that show up late
 * (eventual consistency). A wrong API key gets the 401 a real server answers.
 *
 * TLS mode (`tls`): both the W&B endpoint and s3rver serve https with the given certificate (e.g. one signed by
 * a test CA from test-support/cluster/pki.ts), so `url`, `s3Endpoint` and every signed URL are https:// - the
 * shape of an instance behind an ingress with a private CA. Clients must be given that CA to trust them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { Agent, fetch as undiciFetch } from 'undici';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { presignV2 } from './presign.js';

export interface StandInSwitches {
  /** Like nginx's client_max_body_size: bodies larger than this get 413 before reaching W&B. */
  proxyBodyLimitBytes?: number;
  /** false: signed URLs point at a bucket without a CORS configuration. */
  cors: boolean;
  /** true (with cors): the bucket's CORS rule allows GET and HEAD only, not PUT. */
  corsGetOnly: boolean;
  /** The `directUrl` RunFiles hands out: a good presigned URL, one signed with the wrong key, or one on a port nobody listens on. */
  directUrl: 'good' | 'bad-signature' | 'unreachable';
  /** true: the object is overwritten with other bytes before it is read back. */
  changedContent: boolean;
  /** Delay in ms before answering the named operations (GraphQL operation names or 'file_stream'). */
  slowMs: number;
  slowOperations: string[];
  /** RunFiles hides each file for its first N queries (objects appear late in some stores). */
  filesVisibleAfterQueries: number;
  serverVersion: string;
  latestVersion: string;
  minCliVersion: string;
  maxCliVersion: string;
}

export interface StandIn {
  url: string;
  s3Endpoint: string;
  switches: StandInSwitches;
  /** Every request the stand-in saw (method, path, operation, authorization header), for assertions. */
  requests: Array<{
    method: string;
    path: string;
    operation?: string;
    authorization?: string;
    bytes: number;
  }>;
  close(): Promise<void>;
}

interface RunState {
  entity: string;
  project: string;
  name: string;
  config: string | null;
  history: Array<Record<string, unknown>>;
  summary: Record<string, unknown>;
  files: Map<string, { key: string; queries: number }>;
}

const ACCESS_KEY = 'S3RVER'; // s3rver's built-in account
const CORS_BUCKET = 'wandb-files';
const NO_CORS_BUCKET = 'wandb-files-nocors';
const GET_ONLY_BUCKET = 'wandb-files-getonly';
/** W&B's documented bucket CORS rule (docs: self-managed object storage, BYOB), for the given origin. */
function corsXml(origin: string, methods: string[]): string {
  return `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin>${methods
    .map((m) => `<AllowedMethod>${m}</AllowedMethod>`)
    .join(
      '',
    )}<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;
}
const UPLOAD_CONTENT_TYPE = 'text/plain';

/** PEM contents: the server certificate and key both endpoints serve, and the CA that signed it. */
export interface StandInTls {
  cert: string;
  key: string;
  ca: string;
}

export async function startWandbStandIn(options: {
  apiKey: string;
  entity?: string;
  switches?: Partial<StandInSwitches>;
  tls?: StandInTls;
}): Promise<StandIn> {
  const tls = options.tls;
  const scheme = tls ? 'https' : 'http';
  const entity = options.entity ?? 'verify-user';
  const switches: StandInSwitches = {
    cors: true,
    corsGetOnly: false,
    directUrl: 'good',
    changedContent: false,
    slowMs: 0,
    slowOperations: [],
    filesVisibleAfterQueries: 0,
    serverVersion: '0.83.0',
    latestVersion: '0.83.0',
    minCliVersion: '0.16.0',
    maxCliVersion: '0.28.2',
    ...options.switches,
  };
  // The W&B endpoint listens first: its origin goes into the bucket's CORS rule.
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { errors: [{ message: String(error) }] });
    });
  };
  const server: Server = tls
    ? createTlsServer({ cert: tls.cert, key: tls.key }, listener)
    : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `${scheme}://127.0.0.1:${port}`;
  // A port nobody listens on, for a directUrl that cannot be reached.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));

  const directory = mkdtempSync(join(tmpdir(), 'wandb-stand-in-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    ...(tls ? { cert: tls.cert, key: tls.key } : {}),
    configureBuckets: [
      { name: CORS_BUCKET, configs: [corsXml(origin, ['GET', 'PUT', 'HEAD'])] },
      { name: GET_ONLY_BUCKET, configs: [corsXml(origin, ['GET', 'HEAD'])] },
      { name: NO_CORS_BUCKET, configs: [] },
    ],
  });
  // S3 answers a CORS preflight from the bucket's CORS rules alone and does not authenticate it (a browser's
  // OPTIONS carries the presigned query but not the headers signed into it); s3rver 3.7.1 checks the query
  // signature of an OPTIONS as if it were the request it announces. Drop the signature of preflights before
  // s3rver's own middleware sees them, so its preflight answers are S3's.
  s3.middleware.unshift(async (ctx, next) => {
    if (ctx.method === 'OPTIONS') {
      const query = new URLSearchParams(ctx.querystring);
      for (const name of ['AWSAccessKeyId', 'Signature', 'Expires']) query.delete(name);
      ctx.querystring = query.toString();
    }
    await next();
  });
  const s3Address = await s3.run();
  const s3Endpoint = `${scheme}://127.0.0.1:${s3Address.port}`;
  // The stand-in's own requests to s3rver (tampering) trust the test CA; nothing else in the process does.
  const selfAgent = tls ? new Agent({ connect: { ca: tls.ca } }) : undefined;
  const selfFetch = (url: string, init: Parameters<typeof undiciFetch>[1]) =>
    undiciFetch(url, { ...init, dispatcher: selfAgent });
  const runs = new Map<string, RunState>();
  const requests: StandIn['requests'] = [];
  const expectedAuth = `Basic ${Buffer.from(`api:${options.apiKey}`).toString('base64')}`;

  const bucket = () =>
    !switches.cors ? NO_CORS_BUCKET : switches.corsGetOnly ? GET_ONLY_BUCKET : CORS_BUCKET;
  const sign = (
    method: 'GET' | 'PUT',
    key: string,
    headers?: Record<string, string>,
    how: StandInSwitches['directUrl'] = 'good',
  ) =>
    presignV2({
      method,
      endpoint: how === 'unreachable' ? `${scheme}://127.0.0.1:${closedPort}` : s3Endpoint,
      bucket: bucket(),
      key,
      accessKeyId: ACCESS_KEY,
      secretAccessKey: how === 'bad-signature' ? 'not-the-bucket-secret' : ACCESS_KEY,
      headers,
    });
  const uploadHeaders = (run: RunState) => ({
    'Content-Type': UPLOAD_CONTENT_TYPE,
    'x-amz-meta-wandb-run': run.name,
  });

  const runKey = (e: string, p: string, n: string) => `${e}/${p}/${n}`;

  async function graphql(body: { query?: string; variables?: Record<string, unknown> }): Promise<unknown> {
    const query = body.query ?? '';
    const vars = body.variables ?? {};
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    const str = (name: string) => (typeof vars[name] === 'string' ? (vars[name] as string) : '');
    switch (operation) {
      case 'Viewer':
        return {
          data: {
            viewer: {
              id: 'VXNlcjox',
              entity,
              username: entity,
              flags: '{}',
              teams: { edges: [{ node: { name: entity } }] },
            },
          },
        };
      case 'ServerInfo':
        return {
          data: {
            serverInfo: {
              cliVersionInfo: {
                max_cli_version: switches.maxCliVersion,
                min_cli_version: switches.minCliVersion,
              },
              latestLocalVersionInfo: {
                outOfDate: switches.latestVersion !== switches.serverVersion,
                latestVersionString: switches.latestVersion,
                versionOnThisInstanceString: switches.serverVersion,
              },
            },
          },
        };
      case 'UpsertBucket': {
        const e = str('entity') || entity;
        const p = str('project') || 'uncategorized';
        const n = str('name') || Math.random().toString(36).slice(2, 10);
        const key = runKey(e, p, n);
        const existing = runs.get(key);
        const run: RunState = existing ?? {
          entity: e,
          project: p,
          name: n,
          config: null,
          history: [],
          summary: {},
          files: new Map(),
        };
        if (typeof vars.config === 'string') run.config = vars.config;
        runs.set(key, run);
        return {
          data: {
            upsertBucket: {
              bucket: {
                id: `run-${n}`,
                name: n,
                project: { id: `p-${p}`, name: p, entity: { id: `e-${e}`, name: e } },
              },
              inserted: !existing,
            },
          },
        };
      }
      case 'CreateRunFiles': {
        const run = runs.get(runKey(str('entity'), str('project'), str('run')));
        if (!run)
          return {
            errors: [{ message: `run ${str('run')} not found`, path: ['createRunFiles'] }],
            data: null,
          };
        const names = Array.isArray(vars.files) ? (vars.files as string[]) : [];
        const headers = uploadHeaders(run);
        const files = names.map((name) => {
          const key = `${runKey(run.entity, run.project, run.name)}/${name}`;
          run.files.set(name, { key, queries: 0 });
          return { name, uploadUrl: sign('PUT', key, headers) };
        });
        return {
          data: {
            createRunFiles: {
              runID: `run-${run.name}`,
              uploadHeaders: Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
              files,
            },
          },
        };
      }
      case 'RunFiles': {
        const run = runs.get(runKey(str('entity'), str('project'), str('name')));
        if (!run) return { data: { project: { run: null } } };
        const names = Array.isArray(vars.fileNames) ? (vars.fileNames as string[]) : [...run.files.keys()];
        const edges = [];
        for (const name of names) {
          const file = run.files.get(name);
          if (!file) continue;
          file.queries++;
          if (file.queries <= switches.filesVisibleAfterQueries) continue;
          if (switches.changedContent) await tamper(file.key);
          const url = sign('GET', file.key);
          edges.push({
            node: {
              id: `f-${name}`,
              name,
              url,
              directUrl:
                switches.directUrl === 'good' ? url : sign('GET', file.key, undefined, switches.directUrl),
              sizeBytes: null,
              mimetype: UPLOAD_CONTENT_TYPE,
              updatedAt: new Date().toISOString(),
              md5: null,
            },
          });
        }
        return { data: { project: { run: { files: { edges } } } } };
      }
      case 'Run': {
        const run = runs.get(runKey(str('entity'), str('project'), str('name')));
        if (!run) return { data: { project: { run: null } } };
        return {
          data: {
            project: {
              run: {
                id: `run-${run.name}`,
                name: run.name,
                config: run.config,
                summaryMetrics: JSON.stringify(run.summary),
                historyKeys: historyKeys(run.history),
              },
            },
          },
        };
      }
      case 'Project':
        // The 10 MB probe asks for a run named "" in a project that normally does not exist: null, no error.
        return { data: { project: null } };
      default:
        return { errors: [{ message: `Cannot query operation '${operation ?? '?'}' on this stand-in` }] };
    }
  }

  async function tamper(key: string): Promise<void> {
    const url = sign('PUT', key, { 'Content-Type': UPLOAD_CONTENT_TYPE });
    await selfFetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': UPLOAD_CONTENT_TYPE },
      body: 'changed by a proxy',
    });
  }

  function fileStream(
    run: RunState,
    body: { files?: Record<string, { offset?: number; content?: string[] }> },
  ): void {
    const files = body.files ?? {};
    for (const line of files['wandb-history.jsonl']?.content ?? []) run.history.push(JSON.parse(line));
    const summaryLines = files['wandb-summary.json']?.content ?? [];
    if (summaryLines.length > 0) run.summary = JSON.parse(summaryLines[summaryLines.length - 1]);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const declared = Number(req.headers['content-length'] ?? 0);
    const entry = {
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      bytes: declared,
    };
    requests.push(entry);
    // The proxy in front of W&B (ingress-nginx) refuses large bodies before W&B sees them.
    if (switches.proxyBodyLimitBytes !== undefined && declared > switches.proxyBodyLimitBytes) {
      req.resume();
      await new Promise((resolve) => req.on('end', resolve));
      res.writeHead(413, { 'Content-Type': 'text/html' });
      res.end(
        '<html><head><title>413 Request Entity Too Large</title></head><body><center><h1>413 Request Entity Too Large</h1></center><hr><center>nginx</center></body></html>',
      );
      return;
    }
    const raw = await readBody(req);
    if (req.headers.authorization !== expectedAuth) {
      send(res, 401, { errors: [{ message: 'user is not logged in' }] });
      return;
    }
    if (req.method === 'POST' && path === '/graphql') {
      const body = JSON.parse(raw) as { query?: string; variables?: Record<string, unknown> };
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(body.query ?? '')?.[1];
      Object.assign(entry, { operation });
      await slow(operation ?? '');
      send(res, 200, await graphql(body));
      return;
    }
    const stream = /^\/files\/([^/]+)\/([^/]+)\/([^/]+)\/file_stream$/.exec(path);
    if (req.method === 'POST' && stream) {
      Object.assign(entry, { operation: 'file_stream' });
      await slow('file_stream');
      const [, e, p, n] = stream.map(decodeURIComponent);
      const run = runs.get(runKey(e, p, n));
      if (!run) {
        send(res, 404, { error: 'run not found' });
        return;
      }
      fileStream(run, JSON.parse(raw));
      send(res, 200, { exitcode: null, limits: {} });
      return;
    }
    send(res, 404, { error: `no route ${req.method} ${path}` });
  }

  async function slow(operation: string): Promise<void> {
    if (
      switches.slowMs > 0 &&
      (switches.slowOperations.length === 0 || switches.slowOperations.includes(operation))
    ) {
      await new Promise((resolve) => setTimeout(resolve, switches.slowMs));
    }
  }

  return {
    url: origin,
    s3Endpoint,
    switches,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await s3.close();
      await selfAgent?.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** historyKeys as the public API returns it: flattened keys with their last value, and the last step. */
function historyKeys(rows: Array<Record<string, unknown>>): unknown {
  const keys: Record<string, { typeCounts: Array<{ type: string; count: number }>; previousValue: unknown }> =
    {};
  let lastStep = -1;
  const visit = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(prefix ? `${prefix}.${k}` : k, v);
      return;
    }
    const entry = (keys[prefix] ??= { typeCounts: [{ type: typeof value, count: 0 }], previousValue: value });
    entry.typeCounts[0].count++;
    entry.previousValue = value;
  };
  for (const row of rows) {
    if (typeof row._step === 'number') lastStep = Math.max(lastStep, row._step);
    for (const [k, v] of Object.entries(row)) if (!k.startsWith('_')) visit(k, v);
  }
  return { lastStep, keys };
}
