import { ChangeSignal } from '../../../src/apply/apply.js';
import { ClusterGateway } from '../../../src/apply/cluster.js';
import type { KubeReader } from '../../../src/kube/api-proxy.js';

/** A reader answering from a map of API paths, shaped as the API answers (list items carry no `kind`). */
function reader(answers: Record<string, unknown>) {
  const gets: Array<{ path: string; metadataOnly?: boolean }> = [];
  const watched: string[] = [];
  const fake: KubeReader = {
    async get<T>(path: string, options: { metadataOnly?: boolean } = {}) {
      gets.push({ path, metadataOnly: options.metadataOnly });
      return answers[path.split('?')[0]] as T | undefined;
    },
    watch(path: string) {
      watched.push(path);
      return () => undefined;
    },
  };
  return { fake, gets, watched };
}

const noKubectl = async () => {
  throw new Error('kubectl must not run for reads when a reader is given');
};

test('a snapshot through the API: CR phase, spec-active metadata only, workloads and pods by label', async () => {
  const { fake, gets } = reader({
    '/apis/apps.wandb.com/v1/namespaces/ns/weightsandbiases/wandb': {
      kind: 'WeightsAndBiases',
      status: { phase: 'Completed' },
    },
    '/api/v1/namespaces/ns/secrets/wandb-spec-active': { metadata: { resourceVersion: '42' } },
    '/apis/apps/v1/namespaces/ns/deployments': {
      items: [
        {
          metadata: { name: 'wandb-app', generation: 3 },
          spec: { replicas: 1 },
          status: {
            observedGeneration: 3,
            replicas: 1,
            updatedReplicas: 1,
            readyReplicas: 1,
            availableReplicas: 1,
          },
        },
      ],
    },
    '/apis/apps/v1/namespaces/ns/statefulsets': { items: [] },
    '/api/v1/namespaces/ns/pods': {
      items: [
        {
          metadata: { name: 'wandb-app-1' },
          status: { containerStatuses: [{ state: { waiting: { reason: 'ImagePullBackOff' } } }] },
        },
      ],
    },
  });
  const gateway = new ClusterGateway(noKubectl, { name: 'wandb', namespace: 'ns' }, fake);
  const snapshot = await gateway.snapshot();
  expect(snapshot.phase).toBe('Completed');
  expect(snapshot.specActiveVersion).toBe('42');
  expect(snapshot.workloads).toEqual([
    expect.objectContaining({ kind: 'Deployment', name: 'wandb-app', readyReplicas: 1, generation: 3 }),
  ]);
  expect(snapshot.podProblems).toEqual(['pod/wandb-app-1: ImagePullBackOff']);
  expect(snapshot.events).toEqual([]);
  // Events explain failures only: with nothing failed they are not read.
  expect(gets.some((g) => g.path.includes('/events'))).toBe(false);
  expect(gets.find((g) => g.path.includes('/secrets/'))?.metadataOnly).toBe(true);
  expect(gets.find((g) => g.path.includes('/deployments'))?.path).toContain(
    'labelSelector=app.kubernetes.io%2Finstance%3Dwandb',
  );
});

test('events are read only when the operator says Invalid Config, with their field selector', async () => {
  const { fake, gets } = reader({
    '/apis/apps.wandb.com/v1/namespaces/ns/weightsandbiases/wandb': { status: { phase: 'Invalid Config' } },
    '/api/v1/namespaces/ns/events': {
      items: [
        {
          reason: 'InvalidConfig',
          message: 'bad chart',
          type: 'Warning',
          lastTimestamp: '2026-11-23T10:00:01Z',
        },
      ],
    },
  });
  const snapshot = await new ClusterGateway(noKubectl, { name: 'wandb', namespace: 'ns' }, fake).snapshot();
  expect(snapshot.events).toEqual([
    { reason: 'InvalidConfig', message: 'bad chart', type: 'Warning', time: '2026-11-23T10:00:01Z' },
  ]);
  expect(gets.find((g) => g.path.includes('/events'))?.path).toContain(
    encodeURIComponent('involvedObject.name=wandb,involvedObject.kind=WeightsAndBiases'),
  );
});

test('watchChanges watches the CR by name and the workloads by label; without a reader it watches nothing', () => {
  const { fake, watched } = reader({});
  const stop = new ClusterGateway(noKubectl, { name: 'wandb', namespace: 'ns' }, fake).watchChanges(
    () => undefined,
  );
  expect(watched).toEqual([
    '/apis/apps.wandb.com/v1/namespaces/ns/weightsandbiases?fieldSelector=metadata.name%3Dwandb',
    '/apis/apps/v1/namespaces/ns/deployments?labelSelector=app.kubernetes.io%2Finstance%3Dwandb',
    '/apis/apps/v1/namespaces/ns/statefulsets?labelSelector=app.kubernetes.io%2Finstance%3Dwandb',
  ]);
  stop();
  expect(new ClusterGateway(noKubectl, { name: 'wandb', namespace: 'ns' }, fake).watches).toBe(true);
  expect(new ClusterGateway(noKubectl, { name: 'w', namespace: 'n' }).watches).toBe(false);
});

describe('ChangeSignal', () => {
  it('waits the full time when nothing changes', async () => {
    const signal = new ChangeSignal();
    const start = Date.now();
    await signal.wait(120);
    expect(Date.now() - start).toBeGreaterThanOrEqual(110);
  });

  it('ends a wait early on a change, and a change between waits ends the next one at once', async () => {
    const signal = new ChangeSignal();
    const start = Date.now();
    setTimeout(signal.notify, 30);
    await signal.wait(5000);
    expect(Date.now() - start).toBeLessThan(1000);
    signal.notify();
    const second = Date.now();
    await signal.wait(5000);
    expect(Date.now() - second).toBeLessThan(1000);
    // Consumed: the next wait is a full one again.
    const third = Date.now();
    await signal.wait(150);
    expect(Date.now() - third).toBeGreaterThanOrEqual(140);
  });
});

describe('applyAndWait at the deadline', () => {
  it("quotes the operator's warnings since the apply, and a first install is deleted and waited for", async () => {
    const { applyAndWait } = await import('../../../src/apply/apply.js');
    const { Reporter } = await import('../../../src/core/reporter.js');
    const { Redactor } = await import('../../../src/core/redact.js');
    const lines: string[] = [];
    const out = new Reporter({
      redactor: new Redactor(),
      env: {},
      streams: { stdout: (text: string) => lines.push(text), stderr: (text: string) => lines.push(text) },
    });
    let deleted = false;
    const stalled = {
      kind: 'Deployment' as const,
      name: 'wandb-app',
      generation: 1,
      observedGeneration: 1,
      replicas: 1,
      currentReplicas: 1,
      updatedReplicas: 1,
      readyReplicas: 0,
      availableReplicas: 0,
    };
    const later = new Date(Date.now() + 60_000).toISOString();
    const gateway = {
      watches: true,
      watchChanges: () => () => undefined,
      apply: async () => undefined,
      deleteCr: async () => {
        deleted = true;
      },
      snapshot: async () =>
        deleted
          ? { workloads: [], events: [] }
          : { cr: {}, phase: 'Completed', specActiveVersion: '2', workloads: [stalled], events: [] },
      events: async () => [
        { type: 'Warning', reason: 'HelmApplyWarning', message: 'pods not ready', time: later },
        { type: 'Warning', reason: 'Old', message: 'before the apply', time: '2020-01-01T00:00:00Z' },
      ],
    } as unknown as ClusterGateway;
    const outcome = await applyAndWait(
      gateway,
      {
        desired: {},
        before: { phase: 'Completed', specActiveVersion: '1', workloads: [], events: [] },
        timeoutSeconds: 1,
        rollbackOnFailure: true,
        forceConflicts: false,
        pollMs: 50,
      },
      out,
    );
    expect(outcome.result).toBe('rolled-back');
    expect(outcome.operatorMessages).toEqual(['HelmApplyWarning: pods not ready']);
    expect(outcome.message).toContain('still waiting for: deployment/wandb-app 0/1 ready, 1 updated.');
    expect(outcome.message).toContain('the operator has removed what it had installed');
    expect(deleted).toBe(true);
  });
});
