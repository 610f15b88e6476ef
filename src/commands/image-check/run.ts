import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import type { SourcePlace } from '../../core/errors.js';
import { UserError } from '../../core/errors.js';
import { bool, num, str, type RawInputs } from '../../core/inputs.js';
import { loadConfig, parseConfigOptions, type ConfigOptions } from '../config-input.js';
import { planImages, type NeededImage, type PlanProblem } from '../../images/plan.js';
import { formatReference, parseRegistry, type RegistryTarget } from '../../images/reference.js';
import { RegistryClient, RegistryError, type ManifestStatus } from '../../images/registry-client.js';
import { findPlace, placeIndex } from '../../images/places.js';

interface ImageCheckOptions extends ConfigOptions {
  registry: RegistryTarget;
  username?: string;
  password?: string;
  caFile?: string;
  airgapped: boolean;
  controllerRepository: string;
  controllerTag?: string;
  timeoutMs: number;
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
  };
}

type Status = 'present' | 'missing' | 'error' | 'unchecked';

interface Row {
  reference: string;
  keys: string[];
  components: string[];
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
    ctx.out.error('Nothing was checked: the configuration has errors (listed above).');
    ctx.out.setOutput('images', '');
    ctx.out.setOutput('missing', '');
    return 1;
  }
  const plan = planImages(built.cr, {
    registry: options.registry,
    airgapped: options.airgapped,
    controller: { repository: options.controllerRepository, tag: options.controllerTag },
  });
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
  ctx.out.print(textTable(rows));
  report(plan.problems, placeOf, ctx);

  const missing = rows.filter((row) => row.status === 'missing');
  const failed = rows.filter((row) => row.status === 'error');
  const errors = plan.problems.filter((p) => p.severity === 'error');
  ctx.out.setOutput('images', rows.map((row) => row.reference).join(','));
  ctx.out.setOutput('missing', missing.map((row) => row.reference).join(','));
  ctx.out.summary(summaryMarkdown(rows, plan.problems, options.registry));

  if (missing.length > 0) {
    ctx.out.error(
      `${missing.length} of ${rows.length} image${rows.length === 1 ? '' : 's'} missing from ${options.registry.display}: ${missing.map((r) => r.reference).join(', ')}`,
    );
    ctx.out.info(`  fix: mirror them into ${options.registry.display} before applying, e.g. with crane:`);
    for (const row of missing) ctx.out.info(`    crane copy ${row.upstream} ${row.reference}`);
    ctx.out.info(
      "  or, on a connected machine, 'wsm download' and push the saved images (docker load, docker tag, docker push).",
    );
  }
  for (const row of failed) ctx.out.error(`${row.reference}: ${row.detail ?? 'the check failed'}`);
  const ok = missing.length === 0 && failed.length === 0 && errors.length === 0;
  const present = rows.filter((row) => row.status === 'present').length;
  ctx.out.print(
    ok
      ? `All ${rows.length} images are in ${options.registry.display}.`
      : `${present} of ${rows.length} images present in ${options.registry.display}; ${missing.length} missing, ${failed.length + rows.filter((r) => r.status === 'unchecked').length} not checked, ${errors.length} configuration error${errors.length === 1 ? '' : 's'}.`,
  );
  return ok ? 0 : 1;
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
    row.keys.push(image.keyPath);
    row.components.push(image.component);
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
    STATUS_TEXT[row.status],
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

function summaryMarkdown(rows: Row[], problems: PlanProblem[], registry: RegistryTarget): string {
  const missing = rows.filter((row) => row.status === 'missing');
  const bad = rows.filter((row) => row.status !== 'present');
  const title =
    bad.length === 0 && !problems.some((p) => p.severity === 'error')
      ? `### Images: all ${rows.length} in \`${registry.display}\``
      : `### Images: ${missing.length} missing from \`${registry.display}\`, ${problems.filter((p) => p.severity === 'error').length} configuration error(s)`;
  const table = [
    '| image | status | component | key |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${cell(row.reference)}\` | ${row.status === 'present' ? 'present' : `**${STATUS_TEXT[row.status]}**`}${row.status === 'error' && row.detail ? `: ${cell(row.detail)}` : ''} | ${cell(row.components.join(', '))} | ${row.keys.map((k) => `\`${cell(k)}\``).join(', ')} |`,
    ),
  ];
  const parts = [title, '', ...table, ''];
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
