import {
  KubeletStandIn,
  OperatorStandIn,
  ensureWandbCrd,
  usePlane,
} from '../../test-support/cluster/index.js';
import { execute } from '../../src/core/exec.js';

/**
 * The loopback control plane itself and the two stand-ins the command tests build on: a real API server
 * answers, the kubelet stand-in makes a Deployment roll out through the real controller-manager, and the
 * operator stand-in takes a WeightsAndBiases CR to Completed (or Invalid Config) as v1 does.
 */
const { plane, namespace } = usePlane();

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

test('the API server is a real kube-apiserver 1.20 answering on loopback', async () => {
  const p = plane();
  expect(p.apiServer).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const version = JSON.parse(await p.kubectl(['version', '-o', 'json']));
  expect(version.serverVersion.gitVersion).toBe('v1.20.2');
  const sa = await until('the default ServiceAccount', async () => {
    const ns = await namespace('sa');
    return until(
      'sa',
      async () => (await p.kubectl(['-n', ns, 'get', 'sa', 'default', '-o', 'name'])).trim() || undefined,
    );
  });
  expect(sa).toBe('serviceaccount/default');
});

test('the kubelet stand-in makes a Deployment roll out, or keeps it waiting', async () => {
  const p = plane();
  const ns = await namespace('kubelet');
  const kubelet = new KubeletStandIn(p.rest, { namespaces: [ns] }).start();
  try {
    await p.kubectl(['-n', ns, 'create', 'deployment', 'web', '--image=nginx:1.27']);
    await p.kubectl(['-n', ns, 'rollout', 'status', 'deployment/web', '--timeout=60s']);
    kubelet.decide = (pod) =>
      pod.spec.containers[0].image.endsWith(':bad') ? { waiting: 'ImagePullBackOff' } : 'ready';
    await p.kubectl(['-n', ns, 'set', 'image', 'deployment/web', 'nginx=nginx:bad']);
    const reason = await until('ImagePullBackOff', async () => {
      const pods = JSON.parse(await p.kubectl(['-n', ns, 'get', 'pods', '-o', 'json']));
      const waiting = pods.items
        .map(
          (pod: { status?: { containerStatuses?: Array<{ state?: { waiting?: { reason?: string } } }> } }) =>
            pod.status?.containerStatuses?.[0]?.state?.waiting?.reason,
        )
        .find(Boolean);
      return waiting as string | undefined;
    });
    expect(reason).toBe('ImagePullBackOff');
    const stalled = await execute({
      command: p.tools.kubectl,
      args: ['--kubeconfig', p.kubeconfig, '-n', ns, 'rollout', 'status', 'deployment/web', '--timeout=3s'],
    });
    expect(stalled.code).not.toBe(0);
  } finally {
    await kubelet.stop();
  }
});

test('the operator stand-in takes a CR to Completed with its release, workloads and spec-active Secret', async () => {
  const p = plane();
  await ensureWandbCrd(p);
  const ns = await namespace('operator');
  const kubelet = new KubeletStandIn(p.rest, { namespaces: [ns] }).start();
  const operator = await new OperatorStandIn({
    rest: p.rest,
    namespace: ns,
    kubeconfig: p.kubeconfig,
    helm: p.tools.helm,
  }).start();
  try {
    const cr = {
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: 'wandb', namespace: ns },
      spec: {
        chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' },
        values: { global: { host: 'https://wandb.example.com' }, app: { image: { tag: '0.83.0' } } },
      },
    };
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(cr));
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Completed',
      'wandb/wandb',
      '--timeout=90s',
    ]);
    await p.kubectl(['-n', ns, 'rollout', 'status', 'deployment/wandb-app', '--timeout=60s']);
    const deploy = JSON.parse(
      await p.kubectl(['-n', ns, 'get', 'deploy', '-l', 'app.kubernetes.io/instance=wandb', '-o', 'json']),
    );
    expect(
      deploy.items.map(
        (d: { spec: { template: { spec: { containers: Array<{ image: string }> } } } }) =>
          d.spec.template.spec.containers[0].image,
      ),
    ).toEqual(['wandb/local:0.83.0']);
    const secret = JSON.parse(
      await p.kubectl(['-n', ns, 'get', 'secret', 'wandb-spec-active', '-o', 'json']),
    );
    expect(JSON.parse(Buffer.from(secret.data.values, 'base64').toString())).toEqual(cr.spec.values);
    expect(JSON.parse(Buffer.from(secret.data.chart, 'base64').toString())).toEqual(cr.spec.chart);

    // A chart the v1 controller cannot match → Invalid Config, with an event saying why.
    await p.kubectl([
      '-n',
      ns,
      'patch',
      'wandb/wandb',
      '--type=json',
      '-p',
      JSON.stringify([{ op: 'replace', path: '/spec/chart', value: { foo: 1 } }]),
    ]);
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Invalid Config',
      'wandb/wandb',
      '--timeout=60s',
    ]);
    const events = await p.kubectl([
      '-n',
      ns,
      'get',
      'events',
      '--field-selector',
      'involvedObject.name=wandb',
      '-o',
      'json',
    ]);
    expect(events).toContain('No release type was found in the spec');

    // A Helm failure → ApplyFailed, Invalid Config; the previous spec re-applied → Completed again.
    await p.kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        ...cr,
        spec: { ...cr.spec, values: { ...cr.spec.values, failRender: 'broken on purpose' } },
      }),
    );
    // The phase was already Invalid Config: wait for the ApplyFailed event of this generation instead.
    const failed = await until('the ApplyFailed event', async () => {
      const text = await p.kubectl([
        '-n',
        ns,
        'get',
        'events',
        '--field-selector',
        'reason=ApplyFailed',
        '-o',
        'json',
      ]);
      return text.includes('broken on purpose') ? text : undefined;
    });
    expect(failed).toContain('Invalid config for apply');
    expect(JSON.parse(await p.kubectl(['-n', ns, 'get', 'wandb/wandb', '-o', 'json'])).status.phase).toBe(
      'Invalid Config',
    );
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(cr));
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Completed',
      'wandb/wandb',
      '--timeout=60s',
    ]);
  } finally {
    await operator.stop();
    await kubelet.stop();
  }
});
