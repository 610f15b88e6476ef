import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { KubeApiError, KubeApiProxy } from '../../src/kube/api-proxy.js';
import { usePlane } from '../../test-support/cluster/index.js';

/**
 * The read path apply-cr's wait uses: a real `kubectl proxy` on a private unix socket in front of the real
 * loopback kube-apiserver.
 */
const { plane, namespace } = usePlane();

function start(kubeconfig = plane().kubeconfig): Promise<KubeApiProxy> {
  return KubeApiProxy.start({ kubectlPath: plane().tools.kubectl, kubeconfig });
}

test('reads objects and lists; missing objects and unknown resource types are undefined; writes are refused', async () => {
  const p = plane();
  const ns = await namespace('proxy');
  const proxy = await start();
  try {
    const namespaceObject = await proxy.get<{ metadata: { name: string } }>(`/api/v1/namespaces/${ns}`);
    expect(namespaceObject?.metadata.name).toBe(ns);
    expect(await proxy.get(`/api/v1/namespaces/${ns}/configmaps/nope`)).toBeUndefined();
    expect(await proxy.get(`/apis/nothing.example.com/v1/namespaces/${ns}/things/x`)).toBeUndefined();

    await p.kubectl(['-n', ns, 'create', 'secret', 'generic', 's1', '--from-literal=token=sekrit-value-1']);
    const secret = await proxy.get<{ kind: string; data?: unknown; metadata: { resourceVersion: string } }>(
      `/api/v1/namespaces/${ns}/secrets/s1`,
      { metadataOnly: true },
    );
    expect(secret?.kind).toBe('PartialObjectMetadata');
    expect(secret?.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(JSON.stringify(secret)).not.toContain(Buffer.from('sekrit-value-1').toString('base64'));

    // Read-only: kubectl proxy itself refuses anything but GET.
    const { request } = await import('node:http');
    const socketPath = (proxy as unknown as { socketPath: string }).socketPath;
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ socketPath, path: `/api/v1/namespaces/${ns}`, method: 'DELETE' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect(await proxy.get(`/api/v1/namespaces/${ns}`)).toBeDefined();
  } finally {
    await proxy.stop();
  }
});

test('a watch reports a change as it happens; stop ends the proxy and removes its socket', async () => {
  const p = plane();
  const ns = await namespace('proxy-watch');
  const proxy = await start();
  const socketPath = (proxy as unknown as { socketPath: string }).socketPath;
  let events = 0;
  const stop = proxy.watch(`/api/v1/namespaces/${ns}/configmaps`, () => events++);
  try {
    await new Promise((r) => setTimeout(r, 500));
    const before = events;
    await p.kubectl(['-n', ns, 'create', 'configmap', 'c1', '--from-literal=a=b']);
    const end = Date.now() + 10_000;
    while (events === before && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(events).toBeGreaterThan(before);
  } finally {
    stop();
    await proxy.stop();
  }
  expect(existsSync(socketPath)).toBe(false);
});

test('an API server that stops answering is a KubeApiError that says it cannot be reached', async () => {
  const p = plane();
  // A TCP relay to the API server, closed after the proxy has started: the API server going away.
  const target = new URL(p.apiServer);
  const { connect } = await import('node:net');
  const sockets = new Set<Socket>();
  const relay: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const port = (relay.address() as { port: number }).port;
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'proxy-relay-')), 'kubeconfig');
  writeFileSync(
    kubeconfig,
    p.kubeconfigContent.replace(/server: https:\/\/127\.0\.0\.1:\d+/, `server: https://127.0.0.1:${port}`),
  );
  const proxy = await start(kubeconfig);
  try {
    expect(await proxy.get('/api/v1/namespaces/default')).toBeDefined();
    relay.close();
    for (const socket of sockets) socket.destroy();
    const error = await proxy.get('/api/v1/namespaces/default').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    expect((error as Error).message).toContain('cannot be reached');
  } finally {
    relay.close();
    await proxy.stop();
  }
});

test('a kubectl that cannot start a proxy fails start with its reason', async () => {
  await expect(
    KubeApiProxy.start({ kubectlPath: plane().tools.kubectl, kubeconfig: '/nonexistent/kubeconfig' }),
  ).rejects.toThrow(/kubectl proxy exited/);
});
