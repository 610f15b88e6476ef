import {
  KubeletStandIn,
  OperatorStandIn,
  TEST_HOST,
  ensureWandbCrd,
  startChartRepo,
  usePlane,
} from '../../test-support/cluster/index.js';
import { execute } from '../../src/core/exec.js';

/**
 * The loopback control plane itself and the two stand-ins the command tests build on: a real API server
 * answers, the kubelet stand-in makes a Deployment roll out through the real controller-manager, and the
 * operator stand-in takes a WeightsAndBiases CR to Completed (or Invalid Config) as v1 does, installing W&B's
 * real operator-wandb 0.43.8 from the loopback chart repository that `spec.chart` names.
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
      role: 'inherit',
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
  const repo = await startChartRepo({ helm: p.tools.helm, versions: [], appVersions: ['0.43.8'] });
  const kubelet = new KubeletStandIn(p.rest, { namespaces: [ns] }).start();
  const operator = await new OperatorStandIn({
    rest: p.rest,
    namespace: ns,
    kubeconfig: p.kubeconfig,
    helm: p.tools.helm,
  }).start();
  // This file's own CR name: the chart names cluster-wide objects (`<cr>-console` ClusterRole...) after it.
  const name = 'wandb-plane';
  try {
    const cr = {
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name, namespace: ns },
      spec: {
        chart: { url: repo.url, name: 'operator-wandb', version: '0.43.8' },
        values: { global: { host: TEST_HOST }, app: { image: { tag: '0.83.0' } } },
      },
    };
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(cr));
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Completed',
      `weightsandbiases.apps.wandb.com/${name}`,
      '--timeout=150s',
    ]);
    await p.kubectl(['-n', ns, 'rollout', 'status', `deployment/${name}-app-bc`, '--timeout=60s']);
    const release = JSON.parse(
      await p.kubectl(['-n', ns, 'get', 'deploy', `${name}-app-bc`, '-o', 'json']),
    ) as {
      metadata: { labels: Record<string, string> };
      spec: { template: { spec: { containers: Array<{ image: string }> } } };
    };
    // The chart's own app Deployment, labelled as Helm's release of the CR, with the CR's version.
    expect(release.spec.template.spec.containers[0].image).toBe('wandb/local:0.83.0');
    expect(release.metadata.labels['app.kubernetes.io/instance']).toBe(name);
    const secret = JSON.parse(
      await p.kubectl(['-n', ns, 'get', 'secret', `${name}-spec-active`, '-o', 'json']),
    );
    // What the operator applied: the CR's values over its own defaults (global.operator); the test-only 1.20
    // bridge values (real-charts.ts) never reach it.
    expect(JSON.parse(Buffer.from(secret.data.values, 'base64').toString())).toEqual({
      ...cr.spec.values,
      global: { ...cr.spec.values.global, operator: { apiVersion: 'apps.wandb.com/v1', namespace: 'wandb' } },
    });
    expect(JSON.parse(Buffer.from(secret.data.chart, 'base64').toString())).toEqual(cr.spec.chart);

    // A chart the v1 controller cannot match → Invalid Config, with an event saying why.
    await p.kubectl([
      '-n',
      ns,
      'patch',
      `weightsandbiases.apps.wandb.com/${name}`,
      '--type=json',
      '-p',
      JSON.stringify([{ op: 'replace', path: '/spec/chart', value: { foo: 1 } }]),
    ]);
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Invalid Config',
      `weightsandbiases.apps.wandb.com/${name}`,
      '--timeout=60s',
    ]);
    const events = await p.kubectl([
      '-n',
      ns,
      'get',
      'events',
      '--field-selector',
      `involvedObject.name=${name}`,
      '-o',
      'json',
    ]);
    expect(events).toContain('No release type was found in the spec');

    // A Helm failure (values the chart's own templates `fail` on) → ApplyFailed, Invalid Config; the previous
    // spec re-applied → Completed again.
    const refused = { install: true, weave: { tools: 'bogus' } };
    await p.kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        ...cr,
        spec: { ...cr.spec, values: { ...cr.spec.values, 'mcp-server': refused } },
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
      return text.includes('mcp-server.weave.tools must be one of: auto, true, false') ? text : undefined;
    });
    expect(failed).toContain('Invalid config for apply');
    expect(
      JSON.parse(await p.kubectl(['-n', ns, 'get', `weightsandbiases.apps.wandb.com/${name}`, '-o', 'json']))
        .status.phase,
    ).toBe('Invalid Config');
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(cr));
    await p.kubectl([
      '-n',
      ns,
      'wait',
      '--for=jsonpath={.status.phase}=Completed',
      `weightsandbiases.apps.wandb.com/${name}`,
      '--timeout=60s',
    ]);
  } finally {
    await operator.stop();
    await kubelet.stop();
    await repo.close();
  }
});
