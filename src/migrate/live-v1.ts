/*
 * Reads what `migrate --to v2` converts: the live CR as apps.wandb.com/v1 and its `<cr>-spec-active` Secret
 * (the chart and values the v1 operator last applied). Every secret in them is registered with the redactor
 * as soon as it is read, before anything can print it.
 */
import { UserError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { secretValuesIn } from '../config/index.js';
import type { KubeClient } from '../kube/index.js';
import { activeKey } from '../kube/spec-active.js';
import type { V1Source } from './to-v2.js';

/** The CR read as v1 explicitly: on a cluster with the v2 operator the same object is served as both. */
export const V1_RESOURCE = 'weightsandbiases.v1.apps.wandb.com';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function readLiveV1(
  client: KubeClient,
  ref: { name: string; namespace: string },
  redactor: Redactor,
): Promise<V1Source & { generation?: number }> {
  const live = await client.getJson<Json>([V1_RESOURCE, ref.name, '-n', ref.namespace]);
  if (!live) {
    throw new UserError(
      `There is no WeightsAndBiases CR '${ref.name}' in namespace ${ref.namespace} to migrate to v2.`,
      "Set 'name' and 'cr-namespace' to the live v1 CR (kubectl get weightsandbiases -A).",
    );
  }
  const spec = isObject(live.spec) ? live.spec : {};
  const values = isObject(spec.values) ? spec.values : {};
  const chart = spec.chart;
  for (const secret of [...secretValuesIn(values), ...secretValuesIn(chart)]) redactor.add(secret);
  const activeValues = await activeKey(client, ref.name, ref.namespace, 'values');
  const activeChart = await activeKey(client, ref.name, ref.namespace, 'chart');
  for (const secret of [...secretValuesIn(activeValues), ...secretValuesIn(activeChart)])
    redactor.add(secret);
  const metadata = isObject(live.metadata) ? live.metadata : {};
  return {
    name: ref.name,
    namespace: ref.namespace,
    chart,
    values,
    ...(activeValues !== undefined || activeChart !== undefined
      ? {
          active: {
            ...(activeChart !== undefined ? { chart: activeChart } : {}),
            ...(isObject(activeValues) ? { values: activeValues } : {}),
          },
        }
      : {}),
    ...(typeof metadata.generation === 'number' ? { generation: metadata.generation } : {}),
  };
}
