import { existsSync } from 'node:fs';
import { KubeApiError, KubeApiProxy } from '../../src/kube/api-proxy.js';
import { startApiRelay, usePlane } from '../../test-support/cluster/index.js';

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
  // The API server going away after the proxy has started.
  const relay = await startApiRelay(p);
  const proxy = await start(relay.kubeconfig);
  try {
    expect(await proxy.get('/api/v1/namespaces/default')).toBeDefined();
    relay.cut();
    const error = await proxy.get('/api/v1/namespaces/default').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KubeApiError);
    expect((error as Error).message).toContain('cannot be reached');
  } finally {
    relay.cut();
    await proxy.stop();
  }
});

test('a kubectl that cannot start a proxy fails start with its reason', async () => {
  await expect(
    KubeApiProxy.start({ kubectlPath: plane().tools.kubectl, kubeconfig: '/nonexistent/kubeconfig' }),
  ).rejects.toThrow(/kubectl proxy exited/);
});

test('a kubectl that is a shim (it runs the real one as its child) is stopped whole: no proxy is left running', async () => {
  const { mkdtempSync, writeFileSync, chmodSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { execFileSync } = await import('node:child_process');
  // Like gcloud's or asdf's kubectl: a program that starts the real kubectl and waits for it.
  const dir = mkdtempSync(join(tmpdir(), 'kubectl-shim-'));
  const shim = join(dir, 'kubectl');
  writeFileSync(
    shim,
    `#!${process.execPath}\nconst r = require('node:child_process').spawnSync(${JSON.stringify(plane().tools.kubectl)}, process.argv.slice(2), { stdio: 'inherit' });\nprocess.exit(r.status ?? 1);\n`,
  );
  chmodSync(shim, 0o755);
  const proxy = await KubeApiProxy.start({ kubectlPath: shim, kubeconfig: plane().kubeconfig });
  const socketPath = (proxy as unknown as { socketPath: string }).socketPath;
  expect(await proxy.get('/api/v1/namespaces/default')).toBeDefined();
  await proxy.stop();
  const running = () =>
    execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes(socketPath));
  const end = Date.now() + 5_000;
  while (running().length > 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  expect(running()).toEqual([]);
});
