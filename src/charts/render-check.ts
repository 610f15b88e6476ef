import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Context } from '../core/command.js';
import { findOnPath } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import { str, type RawInputs } from '../core/inputs.js';
import { formatDiagnostic, type BuiltConfig, type Diagnostic } from '../config/index.js';
import { V2_API_VERSION } from '../config/v2/index.js';
import { chartCacheRoot, chartIdentity, fetchChart } from './fetch.js';
import { countObjects, parseHelmFailure, renderChart, renderFinding } from './render.js';
import { describeSource, maskUrl, resolveChartSource } from './source.js';

/**
 * The render check of validate and apply-cr: render the operator-wandb chart with the CR's values before
 * anything touches the cluster. Reads its inputs once (`parseRenderCheckOptions`); `renderCheck` decides the
 * chart source, fetches (cached), renders, and says in the log what it did or why it could not.
 */
export type RenderCheckMode = 'auto' | 'true' | 'false';

export interface RenderCheckOptions {
  mode: RenderCheckMode;
  chart?: string;
  helmPath?: string;
  username?: string;
  password?: string;
  caFile?: string;
  kubeVersion?: string;
}

export interface RenderCheckResult {
  outcome: 'rendered' | 'skipped' | 'failed';
  /** Errors found by the render (or the impossibility to render with render-check: true). */
  diagnostics: Diagnostic[];
  /** One line for the log and the summary. */
  line: string;
  /** The rendered manifest (renderChart's result has its objects parsed on use). */
  manifest?: string;
}

export function parseRenderCheckOptions(raw: RawInputs, ctx: Context): RenderCheckOptions {
  const mode = (str(raw, 'render-check') ?? 'auto').trim().toLowerCase();
  if (!['auto', 'true', 'false'].includes(mode)) {
    throw new UserError(
      `Input 'render-check' must be auto, true or false, got '${mode}'.`,
      "Leave it unset (auto), or set 'render-check: true' to require the render, 'false' to skip it.",
    );
  }
  const password = str(raw, 'chart-repo-password');
  if (password) ctx.redactor.add(password);
  const caFile = str(raw, 'chart-repo-ca-file');
  return {
    mode: mode as RenderCheckMode,
    chart: str(raw, 'chart'),
    helmPath: str(raw, 'helm-path') ?? ctx.env.HELM_PATH,
    username: str(raw, 'chart-repo-username'),
    password,
    caFile: caFile ? (isAbsolute(caFile) ? caFile : resolve(ctx.cwd, caFile)) : undefined,
    kubeVersion: str(raw, 'kube-version'),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Not rendered: with render-check true that is an error at spec.chart, otherwise said plainly and skipped. */
function notRendered(
  why: string,
  fix: string | undefined,
  options: RenderCheckOptions,
  built: BuiltConfig,
  ctx: Context,
): RenderCheckResult {
  if (options.mode === 'true') {
    const diagnostic: Diagnostic = {
      severity: 'error',
      message: `render check required (render-check: true) but not possible: ${why}`,
      ...(fix ? { fix } : {}),
      ...built.locate(['spec', 'chart']),
      path: 'spec.chart',
    };
    ctx.out.info(formatDiagnostic(diagnostic));
    return { outcome: 'failed', diagnostics: [diagnostic], line: `render check: not possible: ${why}` };
  }
  const line = `render check skipped: ${why}${fix ? `. ${fix}` : ''}`;
  ctx.out.info(line);
  return { outcome: 'skipped', diagnostics: [], line };
}

export async function renderCheck(
  built: BuiltConfig,
  options: RenderCheckOptions,
  ctx: Context,
  target: { kubeVersion?: string; timeoutMs: number } = { timeoutMs: 120_000 },
): Promise<RenderCheckResult> {
  if (built.cr.apiVersion === V2_API_VERSION) {
    // A v2 CR is a typed spec: the operator renders its own objects, there are no chart values to render.
    const line = `render check: not applicable to a v2 CR (${V2_API_VERSION}), which carries no Helm values`;
    ctx.out.info(line);
    return { outcome: 'skipped', diagnostics: [], line };
  }
  if (options.mode === 'false') {
    const line = 'render check skipped: render-check is false';
    ctx.out.info(line);
    return { outcome: 'skipped', diagnostics: [], line };
  }
  const spec = isObject(built.cr.spec) ? built.cr.spec : {};
  const metadata = isObject(built.cr.metadata) ? built.cr.metadata : {};
  const source = resolveChartSource({
    chartInput: options.chart,
    specChart: spec.chart,
    cwd: ctx.cwd,
    exists: existsSync,
  });
  if (source.kind === 'none') return notRendered(source.reason, source.fix, options, built, ctx);
  const helm = options.helmPath ?? findOnPath('helm', ctx.env);
  if (!helm) {
    return notRendered(
      'no helm (none on PATH and no helm-path)',
      "Put helm on PATH or give 'helm-path' (e.g. install-operator's helm-path output)",
      options,
      built,
      ctx,
    );
  }
  // Inline repository credentials are secrets: never shown.
  if (source.kind !== 'local' && source.password) ctx.redactor.add(source.password);

  let chartPath: string;
  let fetched = '';
  if (source.kind === 'local') {
    chartPath = source.path;
  } else {
    try {
      const got = await fetchChart(source, {
        cacheRoot: chartCacheRoot(ctx.env),
        timeoutMs: target.timeoutMs,
        username: options.username,
        password: options.password,
        caFile: options.caFile,
        helm,
        env: ctx.env,
        redactor: ctx.redactor,
      });
      chartPath = got.path;
      fetched = got.cached ? ', from the cache' : ', downloaded and cached';
    } catch (error) {
      return notRendered(
        `the chart ${describeSource(source)} could not be fetched: ${(error as Error).message}`,
        "Check spec.chart and the chart-repo-* inputs, or give a local copy with 'chart'",
        options,
        built,
        ctx,
      );
    }
  }
  const kubeVersion = options.kubeVersion ?? target.kubeVersion;
  const started = Date.now();
  const values = isObject(spec.values) ? spec.values : {};
  // Chart.yaml is read while helm renders: its name and version are for the log and the finding.
  const identity = chartIdentity(chartPath).catch(() => undefined);
  const result = await renderChart({
    helm,
    chartPath,
    values,
    releaseName: typeof metadata.name === 'string' ? metadata.name : 'wandb',
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : 'default',
    ...(kubeVersion ? { kubeVersion } : {}),
    timeoutMs: target.timeoutMs,
    env: ctx.env,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const chart = await identity;
  if (!chart) {
    return notRendered(
      `${chartPath} is not a chart (no readable Chart.yaml)`,
      undefined,
      options,
      built,
      ctx,
    );
  }
  const from =
    source.kind === 'local'
      ? source.path
      : `from ${maskUrl(source.kind === 'repository' ? source.url : source.ref)}`;
  const what = `${chart.name} ${chart.version} (${from}${fetched})${kubeVersion ? ` for Kubernetes ${kubeVersion}` : ''}`;
  if (result.ok) {
    const line = `render check: ${what} rendered ${countObjects(result.manifest)} objects in ${seconds} s`;
    ctx.out.info(line);
    return { outcome: 'rendered', diagnostics: [], line, manifest: result.manifest };
  }
  const diagnostic = renderFinding(parseHelmFailure(result.message, values), chart, built.locate);
  ctx.out.info(formatDiagnostic(diagnostic));
  if (ctx.out.github) {
    const place = { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
    ctx.out.error(`${diagnostic.message} Fix: ${diagnostic.fix ?? ''}`, place);
  }
  return {
    outcome: 'failed',
    diagnostics: [diagnostic],
    line: `render check: ${what} refused the values`,
  };
}
