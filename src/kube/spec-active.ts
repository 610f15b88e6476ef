import type { KubeClient } from './client.js';

/**
 * One key of the operator's `<cr>-spec-active` Secret (JSON: the chart or the values it last applied), decoded,
 * or undefined when it cannot be read. One key at a time: the `values` key can hold the license and
 * passwords, so a reader that needs only the chart never fetches it.
 */
export async function activeKey(
  kube: KubeClient,
  name: string,
  namespace: string,
  key: 'chart' | 'values',
): Promise<unknown> {
  const result = await kube.kubectl(
    ['get', 'secret', `${name}-spec-active`, '-n', namespace, '-o', `jsonpath={.data.${key}}`],
    { allowFailure: true },
  );
  const encoded = result.code === 0 ? result.stdout.trim() : '';
  if (!encoded) return undefined;
  try {
    return JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The chart the operator last applied (verify and upgrade-check read it). */
export function activeChart(kube: KubeClient, name: string, namespace: string): Promise<unknown> {
  return activeKey(kube, name, namespace, 'chart');
}
