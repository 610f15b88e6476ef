import type { Plane } from '../../test-support/cluster/plane.js';

/**
 * A live v1 CR for `migrate --to v2` on the v2 plane, set up as __tests__/cluster/migrate-v2.test.ts explains
 * at its top: the plane has no conversion webhook, so the v1 body is pruned on the way into etcd, and what
 * migrate reads (as the webhook would) is the `<cr>-spec-active` Secret the v1 operator writes after a
 * reconcile (chart, values and metadata as JSON, owned by the CR).
 */
export interface V1Source {
  name: string;
  namespace: string;
  chart: Record<string, unknown>;
  /** The CR's spec.values. */
  values: Record<string, unknown>;
  /** What the v1 operator last applied (spec-active's values). */
  active: Record<string, unknown>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');

function activeSecret(source: V1Source, uid: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: `${source.name}-spec-active`,
      namespace: source.namespace,
      ownerReferences: [
        { apiVersion: 'apps.wandb.com/v1', kind: 'WeightsAndBiases', name: source.name, uid },
      ],
    },
    type: 'Opaque',
    data: {
      chart: b64(source.chart),
      values: b64(source.active),
      metadata: b64({ generation: 1, appliedAt: '2026-12-01T10:00:00Z' }),
    },
  });
}

/** Creates the v1 CR and its spec-active Secret; returns the CR's uid. */
export async function createV1Source(p: Plane, source: V1Source): Promise<string> {
  await p.kubectl(
    ['create', '-f', '-'],
    JSON.stringify({
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: source.name, namespace: source.namespace },
      spec: { chart: source.chart, values: source.values },
    }),
  );
  const uid = (
    await p.kubectl([
      'get',
      'weightsandbiases.v1.apps.wandb.com',
      source.name,
      '-n',
      source.namespace,
      '-o',
      'jsonpath={.metadata.uid}',
    ])
  ).trim();
  await p.kubectl(['create', '-f', '-'], activeSecret(source, uid));
  return uid;
}

/** What a later reconcile of the v1 operator leaves in spec-active (e.g. after a version change). */
export async function replaceActive(p: Plane, source: V1Source, uid: string): Promise<void> {
  await p.kubectl(['replace', '-f', '-'], activeSecret(source, uid));
}
