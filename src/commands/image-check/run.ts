import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import type { SourcePlace } from '../../core/errors.js';
import type { RawInputs } from '../../core/inputs.js';
import { chartOriginFindings } from '../../images/chart-origin.js';
import { planImages, type PlanProblem } from '../../images/plan.js';
import { findPlace, placeIndex } from '../../images/places.js';
import {
  cell,
  imageCheckJson,
  outcomeLine,
  summaryMarkdown,
  tabulate,
  textTable,
  type ImageRow,
} from '../../images/report.js';
import { diagnosticJson, loadConfig } from '../../config/load.js';
import { consultChannel } from './channel.js';
import { parseOptions, type ImageCheckOptions } from './options.js';
import { askRegistry } from './registry.js';
import { renderAll } from './render.js';

/**
 * image-check: the configuration (as apply-cr reads it), the images it needs, each one asked of the internal
 * registry; a table in the log and the job summary; exit 1 when an image is missing or the configuration
 * would pull one it must not.
 */
export async function runImageCheck(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const built = loadConfig(options, ctx);
  if (!built.ok) {
    const message = 'Nothing was checked: the configuration has errors (listed above).';
    return nothingChecked(options, ctx, message, { diagnostics: built.diagnostics.map(diagnosticJson) });
  }
  // Not air-gapped, the operator renders the CR's values over the release channel's (and its chart without
  // spec.chart): the images are those of that merge.
  const channel = await consultChannel(options, built, ctx);
  ctx.out.setOutput('channel-release', channel.release ?? '');
  if (channel.problem?.severity === 'error') {
    report([channel.problem], () => undefined, ctx);
    ctx.out.summary(
      [
        '### Images: not checked, the release channel could not be asked',
        '',
        cell(channel.problem.message),
        '',
        `Fix: ${cell(channel.problem.fix)}`,
        '',
      ].join('\n'),
    );
    const message =
      'Nothing was checked: without spec.chart, the chart and the images come from the release channel.';
    return nothingChecked(options, ctx, message, { problems: [channel.problem] });
  }
  const renders = await renderAll(options, channel.built, ctx, channel.release);
  if (!renders) {
    const message = 'Nothing was checked: no chart was rendered with these values (the log says why).';
    return nothingChecked(options, ctx, message, { channelRelease: channel.release }, false);
  }
  const plan = planImages(
    {
      cr: channel.built.cr,
      rendered: renders.images,
      chartDefaults: renders.defaults,
      controller: {
        rendered: renders.controller,
        repository: options.controllerRepository,
        tag: options.controllerTag,
      },
    },
    { registry: options.registry, airgapped: options.airgapped },
  );
  plan.problems.unshift(
    ...chartOriginFindings(built.cr, {
      airgapped: options.airgapped,
      registry: options.registry,
      internalHosts: options.internalHosts,
      channelRelease: channel.release,
    }),
    ...(channel.problem ? [channel.problem] : []),
  );
  const places = placeIndex(
    options.configFiles.map((path) => ({ path, text: readFileSync(resolve(ctx.cwd, path), 'utf8') })),
    options.sets,
  );
  const placeOf = (path: string[] | undefined) => findPlace(places, path);

  const rows = tabulate(plan.images, await askRegistry(options, plan.images, ctx));
  if (!options.json) ctx.out.print(textTable(rows));
  report(plan.problems, placeOf, ctx);
  const missing = rows.filter((row) => row.status === 'missing' && !row.testOnly);
  const failed = rows.filter((row) => row.status === 'error' && !row.testOnly);
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  ctx.out.setOutput('images', rows.map((row) => row.reference).join(','));
  ctx.out.setOutput('missing', missing.map((row) => row.reference).join(','));
  ctx.out.summary(summaryMarkdown(rows, plan.problems, options.registry, renders.chart, channel));
  reportMissing(rows, options, ctx);

  const ok = missing.length === 0 && failed.length === 0 && errors === 0;
  if (options.json) {
    const body = { chart: renders.chart, channelRelease: channel.release, rows, missing };
    printJson(options, ctx, { ...body, ok, problems: plan.problems, placeOf });
  } else ctx.out.print(outcomeLine(rows, ok, options.registry, errors));
  return ok ? 0 : 1;
}

/** Exit 1 with nothing checked: empty outputs, the reason as an error (unless already said), and the JSON. */
function nothingChecked(
  options: ImageCheckOptions,
  ctx: Context,
  message: string,
  json: Omit<Parameters<typeof imageCheckJson>[0], 'registry' | 'airgapped'>,
  sayIt = true,
): number {
  if (sayIt) ctx.out.error(message);
  ctx.out.setOutput('images', '');
  ctx.out.setOutput('missing', '');
  if (options.json) printJson(options, ctx, { ...json, message });
  return 1;
}

function printJson(
  options: ImageCheckOptions,
  ctx: Context,
  result: Omit<Parameters<typeof imageCheckJson>[0], 'registry' | 'airgapped'>,
): void {
  const body = imageCheckJson({ ...result, registry: options.registry, airgapped: options.airgapped });
  ctx.out.json('image-check', result.ok ?? false, body);
}

/** The configuration's problems at the file and line that set the key, each with its fix. */
function report(
  problems: PlanProblem[],
  placeOf: (path: string[] | undefined) => SourcePlace | undefined,
  ctx: Context,
): void {
  for (const problem of problems) {
    const place = placeOf(problem.path);
    const where = place ? `${place.file}:${place.line}:${place.column}: ` : '';
    if (problem.severity === 'error') ctx.out.error(`${where}${problem.message}`, place);
    else ctx.out.warning(`${where}${problem.message}`, place);
    ctx.out.info(`  fix: ${problem.fix}`);
  }
}

/** What is missing from the registry, and how to mirror it; images only helm tests use are a warning. */
function reportMissing(rows: ImageRow[], options: ImageCheckOptions, ctx: Context): void {
  const missing = rows.filter((row) => row.status === 'missing' && !row.testOnly);
  const missingTests = rows.filter((row) => row.status === 'missing' && row.testOnly);
  if (missingTests.length > 0) {
    ctx.out.warning(
      `Missing from ${options.registry.display}, used only by the chart's helm tests (the operator never runs them; 'helm test' would need them): ${missingTests.map((r) => r.reference).join(', ')}`,
    );
  }
  if (missing.length > 0) {
    ctx.out.error(
      `${missing.length} of ${rows.length} image${rows.length === 1 ? '' : 's'} missing from ${options.registry.display}: ${missing.map((r) => r.reference).join(', ')}`,
    );
    ctx.out.info(`  fix: mirror them into ${options.registry.display} before applying, e.g. with crane:`);
    for (const row of [...missing, ...missingTests])
      ctx.out.info(`    crane copy ${row.upstream} ${row.reference}`);
    ctx.out.info(
      "  or, on a connected machine, 'wsm download' and push the saved images (docker load, docker tag, docker push).",
    );
  }
  for (const row of rows.filter((r) => r.status === 'error' && !r.testOnly))
    ctx.out.error(`${row.reference}: ${row.detail ?? 'the check failed'}`);
}
