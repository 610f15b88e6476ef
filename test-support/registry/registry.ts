/**
 * A REAL OCI registry on loopback for tests: Debian's `docker-registry` package (github.com/distribution/
 * distribution 2.8) started by hand with its own config file on 127.0.0.1 and a free port, storage in a temp
 * directory, stopped by PID. Optional: HTTP Basic auth (an htpasswd file made with apache2-utils `htpasswd`),
 * bearer-token auth (distribution's `auth.token`, with the token service below as its realm), and TLS with a
 * test CA made with openssl. Test images are pushed with plain HTTP calls of the distribution API (upload a
 * blob, put a manifest); nothing reaches a public host and nothing is installed here.
 *
 * The token service stands in for a registry's authorization server (docker_auth, Harbor's core, GitLab):
 * `GET /token?service=...&scope=repository:<name>:pull` with Basic credentials answers `{"token": "<JWT>"}`,
 * the JWT signed RS256 with a key whose certificate is in the registry's `rootcertbundle` (header `x5c`), as
 * the distribution token specification (docs/spec/auth/jwt.md) describes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { execute } from '../../src/core/exec.js';

export const REGISTRY_BINARY = process.env.DOCKER_REGISTRY_BIN ?? '/usr/bin/docker-registry';
export const HTPASSWD_BINARY = '/usr/bin/htpasswd';

/** Fails (never skips) when the programs the tests need are not installed. */
export function requireRegistryPrograms(needHtpasswd = false, binary = REGISTRY_BINARY): void {
  if (!existsSync(binary)) {
    throw new Error(
      `The OCI registry binary ${binary} is missing: run 'apt-get install -y docker-registry' (Debian's package of distribution 2.8).`,
    );
  }
  if (needHtpasswd && !existsSync(HTPASSWD_BINARY)) {
    throw new Error(`${HTPASSWD_BINARY} is missing: run 'apt-get install -y apache2-utils'.`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function run(command: string, args: string[], stdin?: string, cwd?: string): Promise<void> {
  const result = await execute({ role: 'inherit', command, args, stdin, cwd, timeoutMs: 60000 });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}

export interface TestCa {
  caFile: string;
  certFile: string;
  keyFile: string;
}

/** A test CA and a server certificate for 127.0.0.1 / localhost signed by it. */
export async function makeTestCa(dir: string): Promise<TestCa> {
  const p = (name: string) => join(dir, name);
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.crt'),
    '-days',
    '2',
    '-subj',
    '/CN=wandb-operator-actions test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  writeFileSync(
    p('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' +
      'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.crt'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('server.crt'),
    '-days',
    '2',
    '-extfile',
    p('server.ext'),
  ]);
  return { caFile: p('ca.crt'), certFile: p('server.crt'), keyFile: p('server.key') };
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The token service: a stand-in for a registry's authorization server (see the module comment). */
export class TokenService {
  readonly requests: Array<{ scope: string[]; service: string; user?: string }> = [];
  private server?: Server;
  private port = 0;
  private scheme = 'http';
  readonly issuer = 'test-token-issuer';
  readonly service = 'test-registry';

  private constructor(
    private readonly keyPem: string,
    private readonly certPem: string,
    readonly certFile: string,
    private readonly users: Record<string, string>,
  ) {}

  static async create(dir: string, users: Record<string, string>): Promise<TokenService> {
    const key = join(dir, 'token.key');
    const cert = join(dir, 'token.crt');
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=test token signer',
    ]);
    return new TokenService(readFileSync(key, 'utf8'), readFileSync(cert, 'utf8'), cert, users);
  }

  get realm(): string {
    return `${this.scheme}://127.0.0.1:${this.port}/token`;
  }

  /** A signed token granting `actions` on `repository`s (for the push helper; the client asks over HTTP). */
  issue(scopes: string[], subject = 'test'): string {
    const access = scopes.map((scope) => {
      const [type, name, actions] = scope.split(':');
      return { type, name, actions: (actions ?? '').split(',').filter(Boolean) };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = {
      typ: 'JWT',
      alg: 'RS256',
      x5c: [new X509Certificate(this.certPem).raw.toString('base64')],
    };
    const claims = {
      iss: this.issuer,
      sub: subject,
      aud: this.service,
      exp: now + 300,
      nbf: now - 60,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const signature = sign('sha256', Buffer.from(input), createPrivateKey(this.keyPem));
    return `${input}.${b64url(signature)}`;
  }

  /** Serves HTTP, or HTTPS with `tls` (the registry's certificate, so the same test CA applies). */
  async start(tls?: { certFile: string; keyFile: string }): Promise<void> {
    const handler: RequestListener = (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/token') {
        res.writeHead(404).end();
        return;
      }
      const user = this.authenticate(req);
      const scope = url.searchParams
        .getAll('scope')
        .flatMap((s) => s.split(' '))
        .filter(Boolean);
      this.requests.push({ scope, service: url.searchParams.get('service') ?? '', user: user ?? undefined });
      if (user === null || user === undefined) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
        return;
      }
      // Clients of the command only ever get pull: grant that, whatever else they ask for.
      const granted = scope.map((s) => {
        const [type, name, actions = ''] = s.split(':');
        return `${type}:${name}:${actions
          .split(',')
          .filter((a) => a === 'pull')
          .join(',')}`;
      });
      const token = this.issue(granted, user);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token, expires_in: 300, issued_at: new Date().toISOString() }));
    };
    this.scheme = tls ? 'https' : 'http';
    this.server = tls
      ? createHttpsServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) }, handler)
      : createHttpServer(handler);
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** The user name when the Basic credentials match; null when absent or wrong (anonymous is refused). */
  private authenticate(req: IncomingMessage): string | null {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return null;
    const [user, ...rest] = Buffer.from(header.slice(6), 'base64').toString('utf8').split(':');
    return this.users[user] !== undefined && this.users[user] === rest.join(':') ? user : null;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface RegistryOptions {
  tls?: boolean;
  /** `basic`: htpasswd file; `token`: distribution's token auth with a TokenService realm. */
  auth?: 'basic' | 'token';
  users?: Record<string, string>;
  /** Log every request (distribution's access log, one line each, in `log()`), e.g. to count pulls. */
  accessLog?: boolean;
}

export interface TestRegistry {
  /** host:port */
  host: string;
  /** The value for --registry: `http://127.0.0.1:PORT` or `127.0.0.1:PORT` with TLS. */
  registryArg: string;
  url: string;
  caFile?: string;
  pid: number;
  dir: string;
  tokens?: TokenService;
  /** Pushes a small image (OCI manifest, Docker v2 manifest, or an OCI index over one manifest). */
  push(repository: string, tag: string, kind?: 'oci' | 'docker' | 'index'): Promise<string>;
  log(): string;
  stop(): Promise<void>;
}

/** Starts `docker-registry serve <config>` and waits until /v2/ answers. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  requireRegistryPrograms(options.auth === 'basic');
  const dir = mkdtempSync(join(tmpdir(), 'oci-registry-'));
  const users = options.users ?? {};
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const ca = options.tls ? await makeTestCa(dir) : undefined;
  let tokens: TokenService | undefined;

  const lines = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    `    disabled: ${options.accessLog ? 'false' : 'true'}`,
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    `  secret: ${randomBytes(16).toString('hex')}`,
  ];
  if (ca) lines.push('  tls:', `    certificate: ${ca.certFile}`, `    key: ${ca.keyFile}`);
  if (options.auth === 'basic') {
    const file = join(dir, 'htpasswd');
    for (const [user, password] of Object.entries(users)) {
      // -i: the password from stdin, not argv; -B: bcrypt (the only scheme distribution accepts).
      await run(HTPASSWD_BINARY, existsSync(file) ? ['-iB', file, user] : ['-iBc', file, user], password);
    }
    lines.push('auth:', '  htpasswd:', '    realm: test-registry', `    path: ${file}`);
  }
  if (options.auth === 'token') {
    tokens = await TokenService.create(dir, users);
    await tokens.start(ca);
    lines.push(
      'auth:',
      '  token:',
      `    realm: ${tokens.realm}`,
      `    service: ${tokens.service}`,
      `    issuer: ${tokens.issuer}`,
      `    rootcertbundle: ${tokens.certFile}`,
    );
  }
  const configFile = join(dir, 'config.yml');
  writeFileSync(configFile, `${lines.join('\n')}\n`);
  const logFile = join(dir, 'registry.log');
  const logFd = openSync(logFile, 'a');
  const child: ChildProcess = spawn(REGISTRY_BINARY, ['serve', configFile], {
    stdio: ['ignore', logFd, logFd],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${REGISTRY_BINARY}`);
  let exited = false;
  child.once('exit', () => (exited = true));

  const scheme = ca ? 'https' : 'http';
  const url = `${scheme}://${host}`;
  const dispatcher = new Agent({ connect: { ca: ca ? readFileSync(ca.caFile, 'utf8') : undefined } });
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  const stop = async () => {
    if (!exited) {
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (!exited) process.kill(pid, 'SIGKILL');
      }, 5000);
      await gone;
      clearTimeout(timer);
    }
    await tokens?.stop();
    await dispatcher.close();
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 20000;
  for (;;) {
    if (exited) {
      const log = readLog();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`${REGISTRY_BINARY} exited at start:\n${log}`);
    }
    try {
      const response = await request(`${url}/v2/`, { dispatcher });
      await response.body.dump();
      if (response.statusCode === 200 || response.statusCode === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${REGISTRY_BINARY} did not answer on ${url} within 20 s:\n${readLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const authorization = (repository: string): string | undefined => {
    if (options.auth === 'basic') {
      const [user, password] = Object.entries(users)[0];
      return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    if (tokens) return `Bearer ${tokens.issue([`repository:${repository}:push,pull`])}`;
    return undefined;
  };

  const call = async (
    method: 'POST' | 'PUT',
    target: string,
    repository: string,
    body: Buffer | string | undefined,
    contentType: string,
  ) => {
    const headers: Record<string, string> = { 'content-type': contentType };
    const auth = authorization(repository);
    if (auth) headers.authorization = auth;
    const response = await request(target.startsWith('http') ? target : `${url}${target}`, {
      method,
      headers,
      body,
      dispatcher,
    });
    const text = await response.body.text();
    if (response.statusCode >= 300)
      throw new Error(`${method} ${target} answered ${response.statusCode}: ${text}`);
    return response;
  };

  const uploadBlob = async (repository: string, data: Buffer): Promise<string> => {
    const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`;
    const started = await call(
      'POST',
      `/v2/${repository}/blobs/uploads/`,
      repository,
      undefined,
      'application/octet-stream',
    );
    const location = String(started.headers.location);
    const target = `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
    await call('PUT', target, repository, data, 'application/octet-stream');
    return digest;
  };

  const putManifest = async (repository: string, reference: string, manifest: object, mediaType: string) => {
    const text = JSON.stringify(manifest);
    await call('PUT', `/v2/${repository}/manifests/${reference}`, repository, text, mediaType);
    return `sha256:${createHash('sha256').update(text).digest('hex')}`;
  };

  const push = async (repository: string, tag: string, kind: 'oci' | 'docker' | 'index' = 'oci') => {
    const config = Buffer.from(
      JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, tag }),
    );
    const layer = randomBytes(64);
    const configDigest = await uploadBlob(repository, config);
    const layerDigest = await uploadBlob(repository, layer);
    const docker = kind === 'docker';
    const manifestType = docker
      ? 'application/vnd.docker.distribution.manifest.v2+json'
      : 'application/vnd.oci.image.manifest.v1+json';
    const manifest = {
      schemaVersion: 2,
      mediaType: manifestType,
      config: {
        mediaType: docker
          ? 'application/vnd.docker.container.image.v1+json'
          : 'application/vnd.oci.image.config.v1+json',
        size: config.length,
        digest: configDigest,
      },
      layers: [
        {
          mediaType: docker
            ? 'application/vnd.docker.image.rootfs.diff.tar.gzip'
            : 'application/vnd.oci.image.layer.v1.tar+gzip',
          size: layer.length,
          digest: layerDigest,
        },
      ],
    };
    if (kind !== 'index') return putManifest(repository, tag, manifest, manifestType);
    const text = JSON.stringify(manifest);
    const digest = await putManifest(
      repository,
      `sha256:${createHash('sha256').update(text).digest('hex')}`,
      manifest,
      manifestType,
    );
    const index = {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: manifestType,
          size: Buffer.byteLength(text),
          digest,
          platform: { architecture: 'amd64', os: 'linux' },
        },
      ],
    };
    return putManifest(repository, tag, index, 'application/vnd.oci.image.index.v1+json');
  };

  return {
    host,
    registryArg: ca ? host : `http://${host}`,
    url,
    caFile: ca?.caFile,
    pid,
    dir,
    tokens,
    push,
    log: readLog,
    stop,
  };
}
