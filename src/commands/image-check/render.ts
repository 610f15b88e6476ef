import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { findOnPath } from '../../core/exec.js';
import { knownChart } from '../../charts/catalog.js';
import { knowledgeOfChartAt, readChartFiles } from '../../charts/local.js';
import { renderChart } from '../../charts/render.js';
import { resolveChartSource } from '../../charts/source.js';
import type { BuiltConfig } from '../../config/index.js';
import { chartOriginFindings } from '../../images/chart-origin.js';
import type { DefaultsNode } from '../../images/plan.js';
import { imagesOfManifest, type RenderedImage } from '../../images/rendered.js';
import { renderCheck } from '../../charts/render-check.js';
import type { ImageCheckOptions } from './options.js';

export interface Renders {
  /** What was rendered, for the log and the summary. */
  chart: string;
  images: RenderedImage[];
  defaults?: DefaultsNode;
  controller?: RenderedImage[];
}

function helmOf(options: ImageCheckOptions, ctx: Context): string {
  const helm = options.render.helmPath ?? findOnPath('helm', ctx.env);
  if (!helm) {
    throw new UserError(
      'image-check renders the charts with helm, and there is no helm on the PATH.',
      "Install helm 3 (or give its path with --helm-path / HELM_PATH); install-operator's helm-path output names the one it used.",
    );
  }
  return resolve(ctx.cwd, helm);
}

/**
 * Renders the operator-wandb chart with the CR's values, as the render check does (the chart input, or what
 * spec.chart names, fetched and cached), and, when given, the operator chart; the images of each. Undefined
 * after saying why, when the chart cannot be had or does not render.
 */
export async function renderAll(
  options: ImageCheckOptions,
  built: BuiltConfig,
  ctx: Context,
  channelRelease?: string,
): Promise<Renders | undefined> {
  const cr = built.cr;
  const spec = (cr.spec ?? {}) as Record<string, unknown>;
  const helm = helmOf(options, ctx);
  const check = await renderCheck(built, { ...options.render, helmPath: helm }, ctx, {
    timeoutMs: options.renderTimeoutMs,
  });
  if (check.outcome !== 'rendered' || check.manifest === undefined) {
    for (const finding of chartOriginFindings(cr, options)) {
      if (finding.severity === 'error') ctx.out.error(finding.message);
      else ctx.out.warning(finding.message);
      ctx.out.info(`  fix: ${finding.fix}`);
    }
    ctx.out.error(
      `Nothing was checked: the images come from a render of the chart with these values, and ${check.outcome === 'failed' && check.diagnostics.some((d) => !d.message.startsWith('render check required')) ? 'the chart refuses them' : 'no chart could be rendered'} (${check.diagnostics.map((d) => d.message).join('; ') || check.line}).`,
    );
    ctx.out.info(
      "  fix: Give image-check the operator-wandb chart the operator will install with --chart PATH (a .tgz from 'helm pull', or a chart directory), or correct the values the chart refuses (validate names them).",
    );
    return undefined;
  }
  const images = imagesOfManifest(check.manifest);
  // The chart at hand gives the defaults to trace images to keys; a fetched one, the committed knowledge of its version.
  const local = resolveChartSource({
    chartInput: options.render.chart,
    specChart: spec.chart,
    cwd: ctx.cwd,
    exists: (path) => existsSync(path),
  });
  const pinned = (spec.chart as { version?: unknown } | undefined)?.version;
  const defaults =
    local.kind === 'local'
      ? chartDefaults(local.path)
      : typeof pinned === 'string'
        ? knownChart(pinned)?.tree
        : undefined;
  const label =
    local.kind === 'local'
      ? chartLabel(local.path)
      : `operator-wandb ${typeof pinned === 'string' ? pinned : ''}`.trim();
  ctx.out.info(
    `Rendered ${label}${channelRelease ? ` (the CR's values over the release channel's ${channelRelease})` : ''}: ${images.length} images.`,
  );

  let controller: RenderedImage[] | undefined;
  if (options.operatorChart) {
    const operatorPath = resolve(ctx.cwd, options.operatorChart);
    if (!existsSync(operatorPath)) {
      throw new UserError(
        `The operator chart '${options.operatorChart}' does not exist.`,
        'Give --operator-chart the path of the operator chart archive (.tgz) or directory, or leave it out to take the controller image from --controller-repository and --controller-tag.',
      );
    }
    const operatorRender = await renderChart({
      helm,
      chartPath: operatorPath,
      // What install-operator sets: the image and, when air-gapped, the operator's airgapped switch.
      values: {
        image: {
          repository: options.controllerRepository,
          ...(options.controllerTag ? { tag: options.controllerTag } : {}),
        },
        ...(options.airgapped ? { airgapped: true } : {}),
      },
      releaseName: 'operator',
      namespace: 'wandb',
      timeoutMs: options.renderTimeoutMs,
      env: ctx.env,
    });
    if (!operatorRender.ok) {
      ctx.out.error(
        `The operator chart ${chartLabel(operatorPath)} does not render: ${operatorRender.message}`,
      );
      return undefined;
    }
    controller = imagesOfManifest(operatorRender.manifest);
    ctx.out.info(
      `Rendered the operator chart ${chartLabel(operatorPath)}: ${controller.map((i) => i.image).join(', ')}.`,
    );
  }
  return { chart: label, images, defaults, controller };
}

/** `operator-wandb 0.43.8` from the chart's Chart.yaml, else the path. */
function chartLabel(path: string): string {
  const files = chartFiles(path);
  const chartYaml =
    files && [...files.entries()].find(([name]) => /^[^/]+\/Chart\.yaml$|^Chart\.yaml$/.test(name));
  if (chartYaml) {
    const text = Buffer.from(chartYaml[1]).toString('utf8');
    const name = /^name:\s*['"]?([^'"\s]+)/m.exec(text)?.[1];
    const version = /^version:\s*['"]?([^'"\s]+)/m.exec(text)?.[1];
    if (name) return `${name} ${version ?? ''}`.trim();
  }
  return path;
}

const filesCache = new Map<string, Map<string, Uint8Array> | undefined>();

/** The chart's files, from the archive or the directory (undefined when they cannot be read). */
function chartFiles(path: string): Map<string, Uint8Array> | undefined {
  if (filesCache.has(path)) return filesCache.get(path);
  let files: Map<string, Uint8Array> | undefined;
  try {
    files = readChartFiles(path);
  } catch {
    files = undefined;
  }
  filesCache.set(path, files);
  return files;
}

/** The chart's values tree with defaults, subcharts under their alias (to trace images to keys). */
function chartDefaults(path: string): DefaultsNode | undefined {
  return knowledgeOfChartAt(path)?.tree;
}
