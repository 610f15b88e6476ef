/*
 * The job summaries of migrate's operator path: the plan (what was carried over, what was not, the CR with
 * secrets masked) and the switch (its steps and result). Pure.
 */
import { stringify } from 'yaml';
import type { Mapping } from './legacy.js';
import type { V2Conversion } from './to-v2.js';

export interface PlanSummaryInput {
  source: string;
  crLabel: string;
  output: string;
  mapping: Mapping;
  blockers: string[];
  /** Dotted paths of the CR that hold secrets inline. */
  inline: string[];
  /** The CR with its secrets masked. */
  masked: Record<string, unknown>;
}

export function planSummary(plan: PlanSummaryInput): string {
  const rows = plan.mapping.mapped.map((m) => `| \`${m.from}\` | \`spec.values.${m.to}\` |`);
  const unmapped = plan.mapping.unmapped.map((u) => `- \`${u.path}\`: ${u.reason}`);
  const inline = plan.inline;
  return [
    '### migrate to the operator',
    '',
    `From ${plan.source} to ${plan.crLabel}, written to \`${plan.output}\`.`,
    '',
    '| old value | new value |',
    '| --- | --- |',
    ...rows,
    '',
    ...(unmapped.length ? ['**Not carried over** (review each):', '', ...unmapped, ''] : []),
    ...(inline.length
      ? [
          `> The CR file holds secrets inline (${inline.map((p) => `\`${p}\``).join(', ')}): do not commit it; reference Kubernetes Secrets instead.`,
          '',
        ]
      : []),
    ...plan.mapping.warnings.map((w) => `> ${w}\n`),
    ...plan.blockers.map((b) => `> **Blocked:** ${b}\n`),
    '<details><summary>The CR (secrets masked)</summary>',
    '',
    '```yaml',
    stringify(plan.masked, { lineWidth: 0 }).trimEnd(),
    '```',
    '</details>',
    '',
  ].join('\n');
}

export function switchSummary(steps: string[], result: string): string {
  return ['#### Switch', '', ...steps.map((s, i) => `${i + 1}. ${s}`), '', `**Result:** ${result}.`, ''].join(
    '\n',
  );
}

export interface V2SummaryInput {
  source: string;
  crLabel: string;
  output: string;
  secretsFile: string;
  conversion: V2Conversion;
  blockers: string[];
}

/** The plan of `--to v2`: what went where (moved secrets by Secret key, never by value), what did not, why. */
export function v2PlanSummary(plan: V2SummaryInput): string {
  const { conversion } = plan;
  const rows = conversion.mapped.map(
    (m) =>
      `| \`${m.from}\` | \`${m.to}\` |${m.secret ? ` Secret \`${m.secret.name}\`, key \`${m.secret.key}\` |` : ' |'}`,
  );
  return [
    '### migrate to operator v2',
    '',
    `From ${plan.source} (values from ${conversion.valuesSource === 'spec-active' ? 'its `<cr>-spec-active` Secret' : 'its `spec.values`'}) to ${plan.crLabel} (\`apps.wandb.com/v2\`), written to \`${plan.output}\`. Pinned version: \`${conversion.version}\`.`,
    '',
    '| v1 value | v2 field | moved into |',
    '| --- | --- | --- |',
    ...rows,
    '',
    ...(conversion.secrets.length
      ? [
          `**Secrets to create** (manifests in \`${plan.secretsFile}\`, mode 0600: keep it out of version control):`,
          '',
          ...conversion.secrets.map(
            (s) =>
              `- \`${s.name}\`: ${Object.keys(s.data)
                .map((k) => `\`${k}\``)
                .join(', ')}`,
          ),
          '',
        ]
      : []),
    ...(conversion.unmapped.length
      ? [
          `**Not carried over** (${conversion.unmapped.length}; review each):`,
          '',
          '<details><summary>Paths and reasons</summary>',
          '',
          ...conversion.unmapped.map((u) => `- \`${u.path}\`: ${u.reason}`),
          '',
          '</details>',
          '',
        ]
      : []),
    ...conversion.notes.map((n) => `> ${n}\n`),
    ...plan.blockers.map((b) => `> **Blocked:** ${b}\n`),
  ].join('\n');
}
