import type { SourcePlace } from '../core/errors.js';
import type { NeededImage, PlanProblem } from './plan.js';
import { formatReference, type RegistryTarget } from './reference.js';
import type { ManifestStatus } from './registry-client.js';

/**
 * image-check's report, with no I/O: the rows of the table (one per internal reference), the text table, the
 * job summary, the JSON document and the last line.
 */

/** How the release channel was used, as the summary tells it. */
export interface ChannelNote {
  release?: string;
  base?: string;
  chartFromChannel?: boolean;
}

export type ImageStatus = 'present' | 'missing' | 'error' | 'unchecked';

export interface ImageRow {
  reference: string;
  keys: string[];
  components: string[];
  usedBy: string[];
  /** Only helm test hooks pull it: never a failure. */
  testOnly: boolean;
  status: ImageStatus;
  detail?: string;
  upstream: string;
}

/** One row per distinct internal reference, with every key, component and user of it. */
export function tabulate(images: NeededImage[], statuses: Map<string, ManifestStatus>): ImageRow[] {
  const rows = new Map<string, ImageRow>();
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

const STATUS_TEXT: Record<ImageStatus, string> = {
  present: 'present',
  missing: 'MISSING',
  error: 'ERROR',
  unchecked: 'not checked',
};

/** The table printed to stdout. */
export function textTable(rows: ImageRow[]): string {
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

export const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The job summary: the verdict, the table, the problems and how to mirror what is missing. */
export function summaryMarkdown(
  rows: ImageRow[],
  problems: PlanProblem[],
  registry: RegistryTarget,
  chart: string,
  channel: ChannelNote,
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

/**
 * The body of the result under `--format json` (docs/json-output.md). Every document has every field: with
 * nothing checked, `images` and `missing` are empty and `message` says why.
 */
export function imageCheckJson(result: {
  registry: RegistryTarget;
  airgapped: boolean;
  ok?: boolean;
  message?: string;
  chart?: string;
  channelRelease?: string;
  rows?: ImageRow[];
  missing?: ImageRow[];
  problems?: PlanProblem[];
  placeOf?: (path: string[] | undefined) => SourcePlace | undefined;
  diagnostics?: unknown[];
}): object {
  return {
    registry: result.registry.display,
    airgapped: result.airgapped,
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
  };
}

/** The last line printed: how many images are there, and what is wrong. */
export function outcomeLine(rows: ImageRow[], ok: boolean, registry: RegistryTarget, errors: number): string {
  const present = rows.filter((row) => row.status === 'present').length;
  const missing = rows.filter((row) => row.status === 'missing' && !row.testOnly).length;
  const notChecked = rows.filter(
    (row) => (row.status === 'error' && !row.testOnly) || row.status === 'unchecked',
  ).length;
  if (ok && present === rows.length) return `All ${rows.length} images are in ${registry.display}.`;
  if (ok)
    return `${present} of ${rows.length} images present in ${registry.display}; the others are used only by helm tests.`;
  return `${present} of ${rows.length} images present in ${registry.display}; ${missing} missing, ${notChecked} not checked, ${errors} configuration error${errors === 1 ? '' : 's'}.`;
}
