import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plane } from './plane.js';

/**
 * A TCP relay on loopback in front of the plane's API server. Cutting it is, to kubectl and to a kubectl
 * proxy, the API server going away (connections dropped, then refused), without stopping the plane that
 * other tests share.
 */
export interface ApiRelay {
  /** The plane's kubeconfig, pointed at the relay. */
  kubeconfigContent: string;
  /** The same, as a file. */
  kubeconfig: string;
  /** Stops listening, drops every open connection and removes the kubeconfig file (it holds the admin key). */
  cut: () => void;
  /**
   * A hung API server: connections stay open and new ones are accepted, but nothing is answered (no byte is
   * forwarded either way), as when the API server or etcd freezes. Only this relay's users see it.
   */
  freeze: () => void;
}

export async function startApiRelay(p: Plane): Promise<ApiRelay> {
  const target = new URL(p.apiServer);
  const sockets = new Set<Socket>();
  const pairs: Array<[Socket, Socket]> = [];
  let frozen = false;
  const relay = createServer((client) => {
    if (frozen) {
      // Accepted and never answered.
      sockets.add(client);
      client.on('error', () => undefined);
      client.pause();
      return;
    }
    const upstream = connect(Number(target.port), target.hostname);
    pairs.push([client, upstream]);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const port = (relay.address() as { port: number }).port;
  const kubeconfigContent = p.kubeconfigContent.replace(
    /server: https:\/\/127\.0\.0\.1:\d+/,
    `server: https://127.0.0.1:${port}`,
  );
  if (kubeconfigContent === p.kubeconfigContent) throw new Error('the kubeconfig names no loopback server');
  const dir = mkdtempSync(join(tmpdir(), 'api-relay-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigContent, { mode: 0o600 });
  return {
    kubeconfigContent,
    kubeconfig,
    freeze: () => {
      frozen = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    cut: () => {
      relay.close();
      for (const socket of sockets) socket.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
