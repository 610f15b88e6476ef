/**
 * STAND-IN for a forward HTTP proxy (as in HTTPS_PROXY / HTTP_PROXY), for tests only, on loopback: it serves
 * `CONNECT host:port` tunnels (RFC 9110 section 9.3.6), which undici's ProxyAgent uses, and records each
 * tunnel's target and Proxy-Authorization so tests can tell that traffic went through it.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Tunnel {
  target: string;
  proxyAuthorization?: string;
}

export class ProxyStandIn {
  readonly tunnels: Tunnel[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  url = '';

  async start(): Promise<string> {
    this.server = createServer((_req, res) => {
      res.writeHead(405);
      res.end('this proxy stand-in only tunnels (CONNECT)');
    });
    this.server.on('connect', (req, client: Socket) => {
      this.tunnels.push({ target: req.url ?? '', proxyAuthorization: req.headers['proxy-authorization'] });
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
