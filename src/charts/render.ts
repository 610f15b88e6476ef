/*
 * Rendering the operator-wandb chart with a CR's values (`helm template`), before anything touches the cluster,
 * and turning helm's refusal into findings that quote the chart and point at the value.
 * `renderChart` runs helm through `execute` (values on stdin, never argv); everything else here is pure.
 */
import { parseAllDocuments } from 'yaml';
import { execute as defaultExecute, type Execute } from '../core/exec.js';

export interface RenderRequest {
  /** Path of the helm binary. */
  helm: string;
  /** A chart archive (.tgz) or an unpacked chart directory. */
  chartPath: string;
  /** The chart values (the CR's spec.values). Given to helm on stdin (`-f -`), never argv. */
  values: Record<string, unknown>;
  /** The Helm release name (the operator uses the CR name). */
  releaseName: string;
  namespace: string;
  /** e.g. "1.29.3" or "v1.29.3": what `.Capabilities.KubeVersion` says (helm's default when absent). */
  kubeVersion?: string;
  timeoutMs: number;
  /** Environment of helm (HELM_* homes, PATH); default process.env. */
  env?: NodeJS.ProcessEnv;
  /** For tests; default the project's `execute`. */
  execute?: Execute;
}

export type RenderResult =
  { ok: true; manifest: string; objects: Record<string, unknown>[] } | { ok: false; message: string };

/** The parsed YAML documents of a rendered manifest (empty documents dropped). */
export function manifestObjects(manifest: string): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  for (const doc of parseAllDocuments(manifest)) {
    const value: unknown = doc.toJS({ maxAliasCount: -1 });
    if (value && typeof value === 'object' && !Array.isArray(value))
      objects.push(value as Record<string, unknown>);
  }
  return objects;
}

/**
 * `helm template RELEASE CHART -n NAMESPACE -f - [--kube-version V]`. ok with the manifest and its objects, or
 * not ok with helm's own message (its last `Error:` lines), which `renderFindings` reads.
 */
export async function renderChart(request: RenderRequest): Promise<RenderResult> {
  const args = [
    'template',
    request.releaseName,
    request.chartPath,
    '--namespace',
    request.namespace,
    '-f',
    '-',
  ];
  if (request.kubeVersion) args.push('--kube-version', request.kubeVersion);
  const run = request.execute ?? defaultExecute;
  const result = await run({
    command: request.helm,
    args,
    stdin: JSON.stringify(request.values ?? {}),
    env: request.env,
    timeoutMs: request.timeoutMs,
  });
  if (result.timedOut) {
    return {
      ok: false,
      message: `helm template did not finish within ${Math.round(request.timeoutMs / 1000)} s`,
    };
  }
  if (result.code !== 0) {
    return {
      ok: false,
      message: (result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`).trim(),
    };
  }
  return { ok: true, manifest: result.stdout, objects: manifestObjects(result.stdout) };
}
