/*
 * Rendering the operator-wandb chart with a CR's values (`helm template`), before anything touches the cluster,
 * and turning helm's refusal into findings that quote the chart and point at the value.
 * `renderChart` runs helm through `execute` (values on stdin, never argv); everything else here is pure.
 */
import { parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../config/index.js';
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
    role: 'helm',
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
  return rendered(result.stdout);
}

/** The manifest with its objects parsed on first use (the render check itself only needs the count). */
function rendered(manifest: string): { ok: true; manifest: string; objects: Record<string, unknown>[] } {
  let objects: Record<string, unknown>[] | undefined;
  return {
    ok: true,
    manifest,
    get objects() {
      return (objects ??= manifestObjects(manifest));
    },
  };
}

/** How many objects a manifest holds (documents with a top-level kind), without parsing it. */
export function countObjects(manifest: string): number {
  return manifest.split(/^---[ \t]*$/m).filter((doc) => /^kind:/m.test(doc)).length;
}

/** What helm said when a render failed, read from its stderr. */
export interface HelmFailure {
  /** The chart's own words (a `fail` message, or Go's template error). */
  message: string;
  kind: 'fail' | 'template' | 'other';
  /** The template helm names, e.g. operator-wandb/templates/mcp-validation.yaml, with its line and column. */
  template?: string;
  line?: number;
  column?: number;
  /** The values path the failure is about (top chart's values), when helm's words name one. */
  valuesPath?: string[];
}

const TEMPLATE_AT = /template: ([^\s:]+):(\d+):(\d+): executing "[^"]*" at <((?:[^<>]|<[^<>]*>)*)>: /g;
const EXECUTION_ERROR = /execution error at \(([^\s:()]+):(\d+):(\d+)\): /g;

/** The subchart aliases a template lives in: operator-wandb/charts/otel/charts/daemonset/templates/x -> [otel, daemonset]. */
export function subchartChain(template: string): string[] {
  const parts = template.split('/');
  const chain: string[] = [];
  for (let i = 1; i < parts.length - 1; i++) if (parts[i] === 'charts') chain.push(parts[++i]);
  return chain;
}

function has(values: unknown, path: readonly string[]): boolean {
  let node = values;
  for (const key of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node) || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** A path as the top chart sees it: a subchart's own keys sit under its alias; `global` is shared. */
function fromChart(path: string[], chain: string[], values: unknown): string[] {
  if (path[0] === 'global' || chain.length === 0) return path;
  const prefixed = [...chain, ...path];
  if (has(values, prefixed) || !has(values, path)) return prefixed;
  return path;
}

/** Dotted names in a chart's message (`mcp-server.weave.tools`), most likely the value it refuses first. */
function namedPaths(message: string): string[][] {
  const found: string[][] = [];
  for (const match of message.matchAll(/(?<![\w.-])([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)/g)) {
    found.push(match[1].split('.'));
  }
  return found;
}

/**
 * Reads helm's stderr after a failed `helm template`: the chart's `fail` message ("execution error at
 * (FILE:L:C): MESSAGE") or a template error ("template: FILE:L:C: executing ... at <EXPR>: MESSAGE", nested
 * through includes; the innermost is the cause), and the values path it is about: `.Values.a.b` in the failing
 * expression, or the first dotted name in a `fail` message (one the values set, when several). Pure.
 */
export function parseHelmFailure(stderr: string, values: unknown = {}): HelmFailure {
  const lines = stderr
    .split('\n')
    .filter((line) => !/^(coalesce\.go|walk\.go|engine\.go):\d+: warning:/.test(line));
  let text = lines.join('\n');
  const errorAt = text.lastIndexOf('Error: ');
  if (errorAt >= 0) text = text.slice(errorAt + 'Error: '.length);
  text = text.replace(/\n+Use --debug flag to render out invalid YAML\s*$/, '').trim();

  const executions = [...text.matchAll(EXECUTION_ERROR)];
  const templates = [...text.matchAll(TEMPLATE_AT)];
  const outer = templates[0]?.[1] ?? executions[0]?.[1];
  const chain = outer ? subchartChain(outer) : [];
  const failAt = text.lastIndexOf('error calling fail: ');
  if (executions.length > 0 || failAt >= 0) {
    const last = executions[executions.length - 1];
    const message =
      failAt >= 0
        ? text.slice(failAt + 'error calling fail: '.length).trim()
        : text.slice(last.index + last[0].length).trim();
    const where = last ?? templates[templates.length - 1];
    const candidates = namedPaths(message).map((path) => fromChart(path, chain, values));
    // A message that names no value (a subchart's own check) points at that subchart's values.
    const valuesPath =
      candidates.find((path) => has(values, path)) ?? candidates[0] ?? (chain.length ? chain : undefined);
    return {
      message,
      kind: 'fail',
      ...(where ? { template: where[1], line: Number(where[2]), column: Number(where[3]) } : {}),
      ...(valuesPath ? { valuesPath } : {}),
    };
  }
  if (templates.length > 0) {
    const last = templates[templates.length - 1];
    const message = text.slice(last.index + last[0].length).trim();
    // The innermost expression that reads .Values names the value; a define from the parent chart runs in the
    // calling (sub)chart's scope, so the outermost template says whose values these are.
    let valuesPath: string[] | undefined;
    for (let i = templates.length - 1; i >= 0 && !valuesPath; i--) {
      const read = /\$?\.Values((?:\.[A-Za-z_][\w]*)+)/.exec(templates[i][4]);
      if (read) valuesPath = fromChart(read[1].slice(1).split('.'), chain, values);
    }
    return {
      message,
      kind: 'template',
      template: last[1],
      line: Number(last[2]),
      column: Number(last[3]),
      ...(valuesPath ? { valuesPath } : {}),
    };
  }
  return { message: text || 'helm template failed with no message', kind: 'other' };
}

export interface ChartIdentity {
  name: string;
  version: string;
}

/**
 * The failure as one error Diagnostic: it quotes the chart, names the chart and version, and sits at the place
 * the refused value was set (`locate`, the config layer's place index), or at spec.values when no value is named.
 */
export function renderFinding(
  failure: HelmFailure,
  chart: ChartIdentity,
  locate: (path: readonly string[]) => { file: string; line: number; column: number },
): Diagnostic {
  const path = ['spec', 'values', ...(failure.valuesPath ?? [])];
  const where = failure.template
    ? ` (${failure.template.replace(/^[^/]+\//, '')}${failure.line ? `:${failure.line}` : ''})`
    : '';
  const said = failure.kind === 'fail' ? 'refuses these values' : 'cannot render these values';
  const value = failure.valuesPath ? `\`${path.join('.')}\`` : 'the values';
  return {
    severity: 'error',
    message: `chart ${chart.name} ${chart.version} ${said}: "${failure.message}"${where}`,
    fix: `Change ${value} to what the chart accepts; the operator would otherwise stop this CR in phase \`Invalid Config\` after the apply.`,
    ...locate(path),
    path: path.join('.'),
  };
}
