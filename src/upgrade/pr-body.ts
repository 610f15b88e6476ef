import type { Release, SupportDecision, SupportPolicy } from '../releases/types.js';
import { releasesBetween } from '../releases/catalog.js';
import { skipReason } from '../releases/policy.js';
import { GITHUB_BODY_LIMIT, renderReleaseNotes } from '../releases/render.js';
import { issuesUrlOf, neutraliseReferences } from '../releases/mentions.js';
import { renderMarker, type UpgradeMarker } from './plan.js';
import { renderChartSection, type ChartDecision, type ClusterChart } from './chart.js';

/**
 * Title and body of the upgrade pull request (pure). Both must be the same on every run with the same
 * inputs: nothing here depends on today (no "N days left"), so a run with nothing new changes nothing.
 */

export interface VersionFileRef {
  path: string;
  keyPath: string;
}

export interface BodyInput {
  decision: SupportDecision;
  target: string;
  files: VersionFileRef[];
  /** Releases known on the as-of day. */
  catalog: Release[];
  policy: SupportPolicy;
  /** Where the version was read from, for the first sentence. */
  source: string;
  /** The operator-wandb chart decision; its section is left out when absent. */
  chart?: ChartDecision;
  /** What the live cluster says about the chart (version-source cluster). */
  clusterChart?: ClusterChart;
  maxLength?: number;
}

export function renderTitle(decision: SupportDecision, target: string, chart?: ChartDecision): string {
  const when = decision.status === 'expired' ? 'support ended' : 'support ends';
  const alsoChart = chart?.bump === 'true' ? ` and operator-wandb ${chart.from} -> ${chart.to}` : '';
  return `Upgrade W&B Server ${decision.version} -> ${target}${alsoChart} (${when} ${decision.endOfSupport})`;
}

const UPGRADE_SECTION = /^(#{1,6})\s+(upgrading|known issues)\b/i;
const CALLOUT_LIMIT = 1_500;

/**
 * The text of a release's "Upgrading" and "Known issues" sections (W&B's notes format, facts 4.2), each cut
 * to a readable length: these are what an operator must do or know before moving past that version.
 */
export function upgradeNotes(notes: string): Array<{ section: string; text: string }> {
  const lines = notes.split(/\r?\n/);
  const found: Array<{ section: string; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const match = UPGRADE_SECTION.exec(lines[i].trim());
    if (!match) continue;
    const level = match[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const heading = /^(#{1,6})\s/.exec(lines[j].trim());
      if (heading && heading[1].length <= level) break;
      body.push(lines[j]);
    }
    let text = body.join('\n').trim();
    if (text.length > CALLOUT_LIMIT) text = `${text.slice(0, CALLOUT_LIMIT).trimEnd()} …`;
    if (text)
      found.push({ section: match[2].toLowerCase() === 'upgrading' ? 'Upgrading' : 'Known issues', text });
    i = j - 1;
  }
  return found;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

export function renderBody(input: BodyInput, marker: UpgradeMarker): string {
  const { decision, target, policy } = input;
  const maxLength = input.maxLength ?? GITHUB_BODY_LIMIT;
  const between = releasesBetween(input.catalog, decision.version, target);
  const head: string[] = [];

  const ended = decision.status === 'expired';
  head.push(
    ended
      ? `W&B Server **${decision.version}** (${input.source}) has been **out of support since ${decision.endOfSupport}**.`
      : `W&B Server **${decision.version}** (${input.source}) reaches the **end of support on ${decision.endOfSupport}**.`,
    '',
    `Why this date: ${decision.reason} Support policy: \`${policy.name}\`.`,
    '',
    `This pull request moves it to **${target}**, the recommended release (target \`${policy.target}\`).`,
  );
  if (ended) {
    head.push(
      '',
      '> [!WARNING]',
      '> This deployment runs a version W&B no longer supports: security fixes and support requests need a supported version.',
    );
  }
  const ownSkip = skipReason(policy, decision.version);
  if (ownSkip)
    head.push(
      '',
      '> [!CAUTION]',
      `> The deployed version ${decision.version} is on the skip-list: ${ownSkip}`,
    );

  head.push('', '### What changes', '', '| File | Key | From | To |', '| --- | --- | --- | --- |');
  for (const file of input.files) {
    head.push(`| \`${file.path}\` | \`${file.keyPath}\` | \`${decision.version}\` | \`${target}\` |`);
  }
  const chart = input.chart;
  if (chart?.bump === 'true') {
    for (const pin of chart.pins) {
      head.push(`| \`${pin.spec.path}\` | \`${pin.spec.keyPath}\` | \`${chart.from}\` | \`${chart.to}\` |`);
    }
  }
  // The chart section quotes W&B's notes: their references and mentions are made safe as the notes are.
  if (chart) head.push('', neutraliseReferences(renderChartSection(chart, input.clusterChart).join('\n')));

  const notes = between.flatMap((r) =>
    upgradeNotes(r.notes).map((n) => ({
      version: r.version,
      section: n.section,
      text: neutraliseReferences(n.text, issuesUrlOf(r.url)),
    })),
  );
  if (notes.length > 0) {
    head.push(
      '',
      '### Upgrade notes',
      '',
      'From the release notes of the versions this upgrade crosses:',
      '',
    );
    for (const n of notes) head.push(`**${n.version}: ${n.section}**`, '', quote(n.text), '');
    head.pop();
  }

  head.push(
    '',
    '### Before merging',
    '',
    '- [ ] Read the upgrade notes above and the skip-list warnings below the release table.',
    ...(chart?.bump === 'not-pinned' && chart.crossed.length > 0
      ? [
          `- [ ] Make sure the deployment's operator-wandb chart is ${chart.crossed[0].chart} or newer (it is not pinned in these files).`,
        ]
      : []),
    '- [ ] Apply this change to a staging deployment first and wait for the operator to finish the rollout.',
    '- [ ] Run `wandb-operator-actions verify` (or the `verify` action) against staging.',
    '- [ ] Merge, roll out to production, and run `verify` there.',
  );

  const footer = [
    '',
    '---',
    '<sub>Opened by wandb-operator-actions `upgrade-check`. Later runs update this pull request in place (title, description, the one commit on its branch). Commits pushed to the branch by anyone else stop those updates until the branch holds only this job’s commit again.</sub>',
    '',
    renderMarker(marker),
    '',
  ].join('\n');

  const top = head.join('\n');
  // The notes get whatever room is left under GitHub's limit; the renderer cuts them at a version boundary.
  // Each release is folded: the reader acts on what is above, and opens the notes of a version when needed.
  const room = maxLength - top.length - footer.length - 4;
  const rendered = renderReleaseNotes(between, policy, {
    catalog: input.catalog,
    from: decision.version,
    to: target,
    headingLevel: 3,
    fold: true,
    maxLength: Math.max(0, room),
  });
  let body = `${top}\n\n${rendered.markdown}\n${footer}`;
  if (body.length > maxLength) {
    // Only when the head alone is huge (hundreds of upgrade notes): keep the marker whatever happens.
    body = `${top.slice(0, Math.max(0, maxLength - footer.length - 40))}\n\n… (cut to fit)\n${footer}`;
  }
  return body;
}
