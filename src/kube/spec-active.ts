import type { KubeClient } from './client.js';

/**
 * The `chart` key of the operator's `<cr>-spec-active` Secret (JSON: the chart it last applied), or undefined
 * when it cannot be read. Only that key is read: the Secret's `values` key can hold the license and passwords.
 */
export async function activeChart(kube: KubeClient, name: string, namespace: string): Promise<unknown> {
  const result = await kube.kubectl(
    ['get', 'secret', `${name}-spec-active`, '-n', namespace, '-o', 'jsonpath={.data.chart}'],
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
