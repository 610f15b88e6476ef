import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import type { SourcePlace } from '../../core/errors.js';
import { UserError } from '../../core/errors.js';
import { findOnPath } from '../../core/exec.js';
import { bool, list, num, str, type RawInputs } from '../../core/inputs.js';
import { knowledgeOfChartAt, readChartFiles } from '../../charts/local.js';
import { diagnosticJson, loadConfig, parseConfigOptions, type ConfigOptions } from '../config-input.js';
import { wantsJson } from '../shared-inputs.js';
import { renderChart } from '../../charts/render.js';
import { resolveChartSource } from '../../charts/source.js';
import { knownChart } from '../../charts/catalog.js';
import type { BuiltConfig } from '../../config/index.js';
import { parseRenderCheckOptions, renderCheck, type RenderCheckOptions } from '../render-check.js';
import { planImages, type DefaultsNode, type NeededImage, type PlanProblem } from '../../images/plan.js';
import { imagesOfManifest, type RenderedImage } from '../../images/rendered.js';
import { chartOriginFindings } from '../../images/chart-origin.js';
import { formatReference, parseRegistry, type RegistryTarget } from '../../images/reference.js';
import { RegistryClient, RegistryError, type ManifestStatus } from '../../images/registry-client.js';
import { findPlace, placeIndex } from '../../images/places.js';
import { secretValuesIn } from '../../config/index.js';
import {
  ChannelError,
  askChannel,
  channelBase,
  describeRelease,
  releaseIdOf,
  specWithChannel,
} from '../../charts/channel.js';

interface ImageCheckOptions extends ConfigOptions {
  registry: RegistryTarget;
  username?: string;
  password?: string;
  caFile?: string;
  airgapped: boolean;
  controllerRepository: string;
  controllerTag?: string;
  timeoutMs: number;
  /** How to get and render the operator-wandb chart (the render check's inputs, always required here). */
  render: RenderCheckOptions;
  /** The `operator-chart` input: a local operator chart archive or directory. */
  operatorChart?: string;
  internalHosts: string[];
  renderTimeoutMs: number;
  /** The release channel's base URL (asked only when not air-gapped). */
  channelUrl: string;
  /** The `license` input (WANDB_LICENSE), used when the CR has no global.license. */
  license?: string;
  /** `--format json`: the result as one document on stdout, instead of the table and the line. */
  json: boolean;
}

function parseOptions(raw: RawInputs, ctx: Context): ImageCheckOptions {
  const password = str(raw, 'registry-password');
  ctx.redactor.add(password);
  const registryText = str(raw, 'registry') ?? '';
  const registry = parseRegistry(registryText);
  if (!registry) {
    throw new UserError(
      `'${registryText}' is not a registry address.`,
      'Give --registry as HOST[:PORT][/PREFIX] (https), or http://HOST:PORT for a plain-HTTP registry.',
    );
  }
  const username = str(raw, 'registry-username');
  if (password && !username) {
    throw new UserError(
      'A registry password is set (REGISTRY_PASSWORD) but no user name.',
      'Give --registry-username too (for a token, the user name the registry expects with it).',
    );
  }
  const license = str(raw, 'license');
  if (license) {
    ctx.redactor.add(license);
    ctx.redactor.add(`license:${license}`);
  }
  const channelText = str(raw, 'channel-url') ?? 'https://deploy.wandb.ai';
  const channelUrl = channelBase(channelText);
  if (!channelUrl) {
    throw new UserError(
      `'${channelText}' is not a release channel URL.`,
      "Give --channel-url as http(s)://HOST[:PORT][/PATH] with no credentials, e.g. https://deploy.wandb.ai (the default), as the operator's DEPLOYER_CHANNEL_URL.",
    );
  }
  const timeout = num(raw, 'request-timeout') ?? 30;
  if (!(timeout > 0)) throw new UserError(`--request-timeout must be a positive number of seconds.`);
  return {
    ...parseConfigOptions(raw),
    registry,
    username,
    password,
    caFile: str(raw, 'registry-ca-file'),
    airgapped: raw.airgapped === undefined ? true : bool(raw, 'airgapped'),
    // The operator installed air-gapped runs from the internal registry (install-operator --image-repository).
    controllerRepository: str(raw, 'controller-repository') ?? `${registry.display}/wandb/controller`,
    controllerTag: str(raw, 'controller-tag'),
    timeoutMs: timeout * 1000,
    render: { ...parseRenderCheckOptions(raw, ctx), mode: 'true' },
    operatorChart: str(raw, 'operator-chart'),
    internalHosts: list(raw, 'internal-hosts').flatMap((entry) => entry.split(/[\s,]+/).filter(Boolean)),
    renderTimeoutMs: 120_000,
    channelUrl,
    license,
    json: wantsJson(raw.format),
  };
}

type Status = 'present' | 'missing' | 'error' | 'unchecked';

interface Row {
  reference: string;
  keys: string[];
  components: string[];
  usedBy: string[];
  /** Only helm test hooks pull it: never a failure. */
  testOnly: boolean;
  status: Status;
  detail?: string;
  upstream: string;
}

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
    ctx.out.error(message);
    noImages(ctx);
    if (options.json)
      printJson(ctx, { options, message, diagnostics: built.diagnostics.map(diagnosticJson) });
    return 1;
  }
  // Not air-gapped, the operator renders the CR's values over the release channel's (and its chart without
  // spec.chart): the images are those of that merge.
  const channel = await consultChannel(options, built, ctx);
  ctx.out.setOutput('channel-release', channel.release ?? '');
  if (channel.problem?.severity === 'error') {
    report([channel.problem], () => undefined, ctx);
    const message =
      'Nothing was checked: without spec.chart, the chart and the images come from the release channel.';
    ctx.out.error(message);
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
    noImages(ctx);
    if (options.json) printJson(ctx, { options, message, problems: [channel.problem] });
    return 1;
  }
  const renders = await renderAll(options, channel.built, ctx, channel.release);
  if (!renders) {
    noImages(ctx);
    if (options.json)
      printJson(ctx, {
        options,
        channelRelease: channel.release,
        message: 'Nothing was checked: no chart was rendered with these values (the log says why).',
      });
    return 1;
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

  if (options.registry.scheme === 'http' && options.password) {
    ctx.out.warning(
      `The registry password goes to ${options.registry.host} over plain HTTP, readable on the network: use HTTPS where you can.`,
    );
  }
  const ca = options.caFile ? readCa(options.caFile, ctx.cwd) : undefined;
  const client = new RegistryClient({
    scheme: options.registry.scheme,
    host: options.registry.host,
    username: options.username,
    password: options.password,
    ca,
    timeoutMs: options.timeoutMs,
    onSecret: (secret) => ctx.redactor.add(secret),
    env: ctx.env,
  });
  let statuses: Map<string, ManifestStatus>;
  try {
    await ctx.out.group(`Registry ${client.url}`, async () => {
      try {
        await client.ping();
      } catch (error) {
        if (error instanceof RegistryError)
          throw new UserError(`Registry ${client.url}: ${error.message}`, error.fix);
        throw error;
      }
      ctx.out.info(
        `${client.url} answers the distribution API${options.username ? ` as ${options.username}` : ''}.`,
      );
    });
    statuses = await checkAll(client, plan.images);
  } finally {
    await client.close();
  }

  const rows = tabulate(plan.images, statuses);
  if (!options.json) ctx.out.print(textTable(rows));
  report(plan.problems, placeOf, ctx);

  const missing = rows.filter((row) => row.status === 'missing' && !row.testOnly);
  const missingTests = rows.filter((row) => row.status === 'missing' && row.testOnly);
  const failed = rows.filter((row) => row.status === 'error' && !row.testOnly);
  const errors = plan.problems.filter((p) => p.severity === 'error');
  ctx.out.setOutput('images', rows.map((row) => row.reference).join(','));
  ctx.out.setOutput('missing', missing.map((row) => row.reference).join(','));
  ctx.out.summary(summaryMarkdown(rows, plan.problems, options.registry, renders.chart, channel));
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
  for (const row of failed) ctx.out.error(`${row.reference}: ${row.detail ?? 'the check failed'}`);
  const ok = missing.length === 0 && failed.length === 0 && errors.length === 0;
  const present = rows.filter((row) => row.status === 'present').length;
  if (options.json)
    printJson(ctx, {
      options,
      ok,
      chart: renders.chart,
      channelRelease: channel.release,
      rows,
      missing,
      problems: plan.problems,
      placeOf,
    });
  else
    ctx.out.print(
      ok && present === rows.length
        ? `All ${rows.length} images are in ${options.registry.display}.`
        : ok
          ? `${present} of ${rows.length} images present in ${options.registry.display}; the others are used only by helm tests.`
          : `${present} of ${rows.length} images present in ${options.registry.display}; ${missing.length} missing, ${failed.length + rows.filter((r) => r.status === 'unchecked').length} not checked, ${errors.length} configuration error${errors.length === 1 ? '' : 's'}.`,
    );
  return ok ? 0 : 1;
}

function noImages(ctx: Context): void {
  ctx.out.setOutput('images', '');
  ctx.out.setOutput('missing', '');
}

/**
 * The result under `--format json` (docs/json-output.md). Every document has every field: with nothing
 * checked, `images` and `missing` are empty and `message` says why.
 */
function printJson(
  ctx: Context,
  result: {
    options: ImageCheckOptions;
    ok?: boolean;
    message?: string;
    chart?: string;
    channelRelease?: string;
    rows?: Row[];
    missing?: Row[];
    problems?: PlanProblem[];
    placeOf?: (path: string[] | undefined) => SourcePlace | undefined;
    diagnostics?: ReturnType<typeof diagnosticJson>[];
  },
): void {
  const { options } = result;
  ctx.out.json('image-check', result.ok ?? false, {
    registry: options.registry.display,
    airgapped: options.airgapped,
    chart: result.chart ?? null,
    channelRelease: result.channelRelease ?? null,
    ...(result.message ? { message: result.message } : {}),
    images: (result.rows ?? []).map((row) => ({
      reference: row.reference,
      status: row.status,
      testOnly: row.testOnly,
      keys: row.keys,
      components: row.components,
      usedBy: row.usedBy,
      upstream: row.upstream,
      ...(row.detail ? { detail: row.detail } : {}),
    })),
    missing: (result.missing ?? []).map((row) => row.reference),
    problems: (result.problems ?? []).map((problem) => ({
      severity: problem.severity,
      key: problem.keyPath,
      ...result.placeOf?.(problem.path),
      message: problem.message,
      fix: problem.fix,
    })),
    ...(result.diagnostics ? { diagnostics: result.diagnostics } : {}),
  });
}

interface ChannelUse {
  /** The configuration to render: the CR's own, or with the channel's chart and values merged in. */
  built: BuiltConfig;
  /** The release rendered, for the log, the summary and the channel-release output. */
  release?: string;
  base?: string;
  /** The CR has no spec.chart and the channel gave the chart. */
  chartFromChannel?: boolean;
  /** The channel could not be asked: an error without spec.chart (nothing to render), else a warning. */
  problem?: PlanProblem;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the operator's release channel adds, asked as the operator asks it (facts 1.2 steps 3-5, 1.4): never
 * when air-gapped; the license of the CR's global.license, else the license input; the CR's values over the
 * channel's, the CR's chart over the channel's.
 */
async function consultChannel(
  options: ImageCheckOptions,
  built: BuiltConfig,
  ctx: Context,
): Promise<ChannelUse> {
  if (options.airgapped) {
    ctx.out.info('Air-gapped: the release channel is not asked (the operator never asks it).');
    return { built };
  }
  const spec = isMap(built.cr.spec) ? built.cr.spec : {};
  const values = isMap(spec.values) ? spec.values : {};
  const global = isMap(values.global) ? values.global : {};
  const crLicense = typeof global.license === 'string' && global.license !== '' ? global.license : undefined;
  const license = crLicense ?? options.license;
  if (license) ctx.redactor.add(`license:${license}`);
  const releaseId = typeof values._releaseId === 'string' ? releaseIdOf(values) : undefined;
  const base = options.channelUrl;
  const hasChart = spec.chart !== undefined && spec.chart !== null;
  return ctx.out.group(`Release channel ${base}`, async () => {
    const how = crLicense
      ? 'with the license of spec.values.global.license'
      : license
        ? 'with the license input'
        : isMap(global.licenseSecret)
          ? `without a license: the CR reads it from the Secret global.licenseSecret names, which is in the cluster (give the license input, WANDB_LICENSE, to ask as the operator does)`
          : 'without a license (none in the CR or the license input)';
    ctx.out.info(
      `Not air-gapped: the operator takes ${hasChart ? 'the values the CR does not set' : 'the chart and the values the CR does not set'} from the release channel; asking ${base} for ${releaseId ? `the pinned release ${releaseId} (values._releaseId)` : 'its current release'} ${how}.`,
    );
    if (license && base.startsWith('http:') && !/^http:\/\/(127\.|localhost[:/]|\[::1\])/.test(`${base}/`)) {
      ctx.out.warning(`The license goes to ${base} over plain HTTP, readable on the network: use HTTPS.`);
    }
    try {
      const answer = await askChannel({ base, license, releaseId });
      // Whatever the channel serves may hold secrets (a chart repository password, values): never shown.
      for (const secret of secretValuesIn({ chart: answer.chart, values: answer.values }))
        ctx.redactor.add(secret);
      const merged = specWithChannel(spec, answer);
      const release = describeRelease(answer, releaseId);
      ctx.out.info(
        `The release channel answered: ${release}. Rendered: ${merged.chartFrom === 'channel' ? "the channel's chart" : 'the chart of spec.chart'}${options.render.chart ? ` (the chart input '${options.render.chart}' in its place)` : ''}, with the CR's values over the channel's.`,
      );
      return {
        built: {
          ...built,
          cr: { ...built.cr, spec: { ...spec, chart: merged.chart, values: merged.values } },
        },
        release,
        base,
        chartFromChannel: merged.chartFrom === 'channel',
      };
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      const fix = `Check channel-url (${base}, the operator's DEPLOYER_CHANNEL_URL) and that this runner reaches it${license ? '' : ', and give the license (license input, WANDB_LICENSE) if the channel wants one'}; or pin spec.chart and the image tags in the CR (docs/release-channel.md); or, if the operator runs air-gapped, say airgapped: true.`;
      const problem: PlanProblem = hasChart
        ? {
            severity: 'warning',
            keyPath: 'spec.values',
            message: `The release channel could not be asked: ${error.message}. The operator takes the values the CR does not set from it, so images the CR does not pin may differ from those listed here (rendered with the CR's values alone).`,
            fix,
          }
        : {
            severity: 'error',
            keyPath: 'spec.chart',
            message: `The release channel could not be asked: ${error.message}. The CR has no spec.chart, so the operator takes the chart and its values from the channel: which images it will deploy cannot be known here. (An operator failing the same way uses the release it cached last, in the Secret ${String((built.cr.metadata as { name?: unknown } | undefined)?.name ?? 'wandb')}-latest-cached-release, or, with none, leaves the CR in 'Invalid Config'.)`,
            fix,
          };
      return { built, base, problem };
    }
  });
}

function readCa(file: string, cwd: string): string {
  try {
    const text = readFileSync(resolve(cwd, file), 'utf8');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
      throw new UserError(
        `'${file}' holds no PEM certificate.`,
        'Give --registry-ca-file a PEM file (BEGIN CERTIFICATE).',
      );
    }
    return text;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot read the registry CA file '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      'Check the path: it is relative to the working directory.',
    );
  }
}

/** Asks for each distinct reference once, a few at a time. */
async function checkAll(client: RegistryClient, images: NeededImage[]): Promise<Map<string, ManifestStatus>> {
  const wanted = new Map<string, NeededImage>();
  for (const image of images) if (image.checkable) wanted.set(formatReference(image.internal), image);
  const statuses = new Map<string, ManifestStatus>();
  const queue = [...wanted.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [reference, image] = next;
      const tagOrDigest = image.internal.digest ?? image.internal.tag ?? 'latest';
      statuses.set(reference, await client.manifest(image.internal.repository, tagOrDigest));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  return statuses;
}

function tabulate(images: NeededImage[], statuses: Map<string, ManifestStatus>): Row[] {
  const rows = new Map<string, Row>();
  for (const image of images) {
    const reference = formatReference(image.internal);
    let row = rows.get(reference);
    if (!row) {
      const result = statuses.get(reference);
      row = {
        reference,
        keys: [],
        components: [],
        usedBy: [],
        testOnly: true,
        upstream: image.upstream,
        status: !image.checkable || !result ? 'unchecked' : result.status,
        detail:
          result?.status === 'error'
            ? `${result.message}${result.fix ? ` (${result.fix})` : ''}`
            : result?.status === 'present'
              ? result.digest
              : undefined,
      };
      rows.set(reference, row);
    }
    if (!row.keys.includes(image.keyPath)) row.keys.push(image.keyPath);
    if (!row.components.includes(image.component)) row.components.push(image.component);
    for (const use of image.usedBy) if (!row.usedBy.includes(use)) row.usedBy.push(use);
    row.testOnly &&= image.testOnly;
  }
  return [...rows.values()];
}

const STATUS_TEXT: Record<Status, string> = {
  present: 'present',
  missing: 'MISSING',
  error: 'ERROR',
  unchecked: 'not checked',
};

function textTable(rows: Row[]): string {
  const header = ['IMAGE', 'STATUS', 'COMPONENT', 'KEY'];
  const lines = rows.map((row) => [
    row.reference,
    `${STATUS_TEXT[row.status]}${row.testOnly ? ' (test)' : ''}`,
    row.components.join(', '),
    row.keys.join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, i) => (i === line.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

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

const cell = (text: string) => text.replace(/\|/g, '\\|');

function summaryMarkdown(
  rows: Row[],
  problems: PlanProblem[],
  registry: RegistryTarget,
  chart: string,
  channel: ChannelUse,
): string {
  const missing = rows.filter((row) => row.status === 'missing');
  const bad = rows.filter((row) => row.status !== 'present' && !row.testOnly);
  const title =
    bad.length === 0 && !problems.some((p) => p.severity === 'error')
      ? `### Images: all ${rows.filter((row) => !row.testOnly).length} in \`${registry.display}\`${rows.some((row) => row.testOnly) ? ' (helm test images apart)' : ''}`
      : `### Images: ${missing.filter((row) => !row.testOnly).length} missing from \`${registry.display}\`, ${problems.filter((p) => p.severity === 'error').length} configuration error(s)`;
  const table = [
    '| image | status | component | key | used by |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${cell(row.reference)}\` | ${row.status === 'present' ? 'present' : `**${STATUS_TEXT[row.status]}**`}${row.status === 'error' && row.detail ? `: ${cell(row.detail)}` : ''}${row.testOnly ? ' (helm test only)' : ''} | ${cell(row.components.join(', '))} | ${row.keys.map((k) => `\`${cell(k)}\``).join(', ')} | ${cell(row.usedBy.join('; '))} |`,
    ),
  ];
  const parts = [
    title,
    '',
    `Images of ${cell(chart)}, rendered with these values, and the operator's.`,
    '',
    ...(channel.release
      ? [
          `Not air-gapped: the CR's values are rendered over those of the release channel \`${cell(channel.base ?? '')}\`, ${cell(channel.release)}${channel.chartFromChannel ? ", with the channel's chart (the CR has no spec.chart)" : ''}.`,
          '',
        ]
      : []),
    ...table,
    '',
  ];
  if (problems.length > 0) {
    parts.push('| severity | key | problem | fix |', '| --- | --- | --- | --- |');
    for (const p of problems)
      parts.push(`| ${p.severity} | \`${cell(p.keyPath)}\` | ${cell(p.message)} | ${cell(p.fix)} |`);
    parts.push('');
  }
  if (missing.length > 0) {
    parts.push(
      `Mirror the missing images into \`${registry.display}\` before applying, e.g.:`,
      '',
      '```sh',
      ...missing.map((row) => `crane copy ${row.upstream} ${row.reference}`),
      '```',
      '',
    );
  }
  return parts.join('\n');
}

interface Renders {
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
async function renderAll(
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
