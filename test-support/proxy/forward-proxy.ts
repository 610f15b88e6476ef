/**
 * Stand-in for a corporate forward proxy (Squid, a cloud egress proxy): what a runner names in
 * HTTPS_PROXY / HTTP_PROXY when it cannot reach the network directly. It is a real proxy on loopback, not a
 * fake: `CONNECT host:port` opens a TCP tunnel (how https URLs and, with undici, every proxied request
 * travels), and an absolute-URI request (`GET http://host/path`) is forwarded, as RFC 9110 section 9.3.6 and
 * RFC 9112 section 3.2.2 describe. It records every request it carries, so a test can tell what went through
 * it and what went around it (NO_PROXY), and can ask for Proxy-Authorization (Basic) as many proxies do.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxiedRequest {
  /** 'CONNECT' for a tunnel, else the forwarded method. */
  method: string;
  /** host:port of a tunnel, or the absolute URL forwarded. */
  target: string;
  /** The Proxy-Authorization header as received (tests check credentials reach the proxy only). */
  proxyAuthorization?: string;
}

export interface ForwardProxy {
  /** http://127.0.0.1:PORT */
  url: string;
  requests: ProxiedRequest[];
  /** host:port targets seen (tunnels and forwarded requests), for assertions. */
  hosts(): string[];
  close(): Promise<void>;
}

export interface ForwardProxyOptions {
  /** When set, requests without `Proxy-Authorization: Basic base64(user:password)` get 407. */
  credentials?: { user: string; password: string };
}

export async function startForwardProxy(options: ForwardProxyOptions = {}): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const expected = options.credentials
    ? `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}`
    : undefined;
  const authorized = (req: IncomingMessage) => !expected || req.headers['proxy-authorization'] === expected;

  const server: Server = createServer((req, res) => {
    const target = req.url ?? '';
    requests.push({
      method: req.method ?? 'GET',
      target,
      proxyAuthorization: req.headers['proxy-authorization'],
    });
    if (!authorized(req)) {
      res.writeHead(407, { 'Proxy-Authenticate': 'Basic realm="proxy"' }).end();
      return;
    }
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      res.writeHead(400).end('a proxy takes absolute URLs');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    delete headers['proxy-connection'];
    const upstream = httpRequest(url, { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });

  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    requests.push({ method: 'CONNECT', target, proxyAuthorization: req.headers['proxy-authorization'] });
    if (!authorized(req)) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="proxy"\r\n\r\n',
      );
      return;
    }
    const [host, port] = [
      target.slice(0, target.lastIndexOf(':')),
      Number(target.slice(target.lastIndexOf(':') + 1)),
    ];
    const upstream = connect(port, host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hosts: () => [
      ...new Set(
        requests.map((r) =>
          r.method === 'CONNECT'
            ? r.target
            : (() => {
                try {
                  return new URL(r.target).host;
                } catch {
                  return r.target;
                }
              })(),
        ),
      ),
    ],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
