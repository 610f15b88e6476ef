import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * A static file server on 127.0.0.1 (plain HTTP, or TLS with a test certificate, optionally with HTTP basic
 * auth): the loopback stand-in for a Helm chart repository host (charts.wandb.ai or an internal repository)
 * and for the helm/kubectl release hosts (get.helm.sh, dl.k8s.io). Records every request path.
 */
export interface StaticServerOptions {
  dir: string;
  tls?: { cert: string; key: string };
  basicAuth?: { username: string; password: string };
  /** Replace a file's bytes (e.g. a tampered download): return a Buffer to serve instead. */
  override?: (path: string) => Buffer | undefined;
}

export interface StaticServer {
  url: string;
  port: number;
  requests: string[];
  close: () => Promise<void>;
}

export async function serveDir(options: StaticServerOptions): Promise<StaticServer> {
  const requests: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      requests.push(path);
      if (options.basicAuth) {
        const expected = `Basic ${Buffer.from(`${options.basicAuth.username}:${options.basicAuth.password}`).toString('base64')}`;
        if (req.headers.authorization !== expected) {
          res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end('unauthorized\n');
          return;
        }
      }
      const override = options.override?.(path);
      if (override) {
        res.writeHead(200, { 'Content-Length': override.length }).end(override);
        return;
      }
      const file = join(options.dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
      try {
        const info = await stat(file);
        if (!info.isFile()) throw new Error('not a file');
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Length': body.length }).end(body);
      } catch {
        res.writeHead(404).end('not found\n');
      }
    })();
  };
  const server = options.tls
    ? createHttpsServer(
        { cert: await readFile(options.tls.cert), key: await readFile(options.tls.key) },
        handler,
      )
    : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
