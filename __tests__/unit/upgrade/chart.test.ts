import { describe, expect, it } from '@jest/globals';
import {
  chartNeedsFor,
  chartNeedsFromNotes,
  chartSpecBeside,
  chartSummary,
  decideChart,
  describeChartRef,
  parseChartFileSpec,
  readChartPin,
  renderChartSection,
  type ChartPin,
} from '../../../src/upgrade/chart.js';
import { CHART_NEEDS, type ChartNeed } from '../../../src/releases/chart-needs.js';
import { parseFileSpec, setVersion } from '../../../src/upgrade/version-file.js';
import { commitMessage, isOwnCommit } from '../../../src/upgrade/plan.js';
import { renderBody, renderTitle } from '../../../src/upgrade/pr-body.js';
import type { Release, SupportDecision, SupportPolicy } from '../../../src/releases/types.js';

const release = (version: string, notes = ''): Release => ({
  version,
  tag: version,
  name: version,
  date: '2026-01-01',
  notes,
  url: `https://github.com/wandb/server/releases/tag/${version}`,
  prerelease: false,
  draft: false,
});

const CR = (chart: string) => `apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
spec:
${chart}  values:
    app:
      image:
        tag: "0.68.2" # pinned
`;
const chartSpec = chartSpecBeside(parseFileSpec('deploy/wandb.yaml'))!;

describe('chart needs', () => {
  it('knows that W&B Server 0.69 needs operator-wandb 0.31.4, with its source', () => {
    const row = CHART_NEEDS.find((n) => n.server === '0.69.0');
    expect(row).toMatchObject({ chart: '0.31.4' });
    expect(row?.note).toContain('v0.31.4+ of the `operator-wandb` Helm chart');
    expect(row?.source).toContain('release-notes/server-releases.mdx');
  });

  it('applies a need to its server version and every later one', () => {
    expect(chartNeedsFor('0.68.2', []).map((n) => n.chart)).toEqual([]);
    expect(chartNeedsFor('0.69.0', []).map((n) => n.chart)).toEqual(['0.31.4']);
    expect(chartNeedsFor('0.83.0', []).map((n) => n.chart)).toEqual(['0.31.4']);
  });

  it('finds needs worded like W&B words them in release notes, and only those', () => {
    const notes = [
      release(
        '0.69.0',
        '## Upgrading\nTo [upgrade](/x) to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart. Otherwise, after the upgrade, it can fail.',
      ),
      release('0.80.0', '## Upgrading\nUse operator-wandb chart 0.35.0 or newer before moving to 0.80.0.'),
      release('0.81.0', '* The operator-wandb Helm chart >= v0.36.2 is required for OLAP.'),
      release('0.82.0', '## Features\n* The operator-wandb chart 0.42.0 adds an MCP server.'),
      release('0.83.0', '## Fixes\n* Nothing about charts.'),
    ];
    const found = chartNeedsFromNotes(notes);
    expect(found.map((n) => [n.server, n.chart])).toEqual([
      ['0.69.0', '0.31.4'],
      ['0.80.0', '0.35.0'],
      ['0.81.0', '0.36.2'],
    ]);
    expect(found[0].note).toBe(
      'To [upgrade](/x) to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart.',
    );
    expect(found[1].source).toBe(
      'release notes of W&B Server 0.80.0 (https://github.com/wandb/server/releases/tag/0.80.0)',
    );
    // The table's row and the same note in the release notes count once, the table's (it names its source).
    const needs = chartNeedsFor('0.80.1', notes);
    expect(needs.map((n) => `${n.server}:${n.chart}`)).toEqual(['0.80.0:0.35.0', '0.69.0:0.31.4']);
    expect(needs[1].source).toContain('wandb/docs');
  });
});

describe('where the chart is pinned', () => {
  it('reads spec.chart.version beside the tag of a whole CR', () => {
    const pin = readChartPin(
      CR("  chart:\n    url: https://charts.wandb.ai\n    name: operator-wandb\n    version: '0.30.0'\n"),
      chartSpec,
    );
    expect(pin).toMatchObject({
      state: 'pinned',
      version: '0.30.0',
      raw: '0.30.0',
      line: 9,
      chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.30.0' },
    });
    expect(chartSpecBeside(parseFileSpec('values.yaml:app.image.tag'))).toBeUndefined();
  });

  it('never guesses: no spec.chart, no version, a local path, an OCI tag or `latest` are not pinned', () => {
    const cases: Array<[string, string, boolean]> = [
      ['', '`deploy/wandb.yaml` has no `spec.chart`', true],
      [
        '  chart: {url: https://charts.wandb.ai, name: operator-wandb}\n',
        "`deploy/wandb.yaml` sets `spec.chart` without `spec.chart.version` (the repository's newest chart is used)",
        false,
      ],
      [
        '  chart: {path: /charts/operator-wandb}\n',
        '`deploy/wandb.yaml` installs a local chart (`spec.chart.path: /charts/operator-wandb`), whose version this job cannot read',
        false,
      ],
      [
        '  chart: {url: "oci://ghcr.io/wandb/helm-charts/operator-wandb:0.43.8"}\n',
        '`deploy/wandb.yaml` names the chart version only in the OCI URL (`oci://ghcr.io/wandb/helm-charts/operator-wandb:0.43.8`), which this job does not edit; set `spec.chart.version` instead',
        false,
      ],
      [
        '  chart: {url: https://charts.wandb.ai, name: operator-wandb, version: latest}\n',
        '`deploy/wandb.yaml` has `spec.chart.version: latest`, not an exact chart version',
        false,
      ],
    ];
    for (const [chart, detail, channel] of cases) {
      expect(readChartPin(CR(chart), chartSpec)).toEqual({
        state: 'not-pinned',
        detail,
        channel,
        spec: chartSpec,
      });
    }
  });

  it('takes chart-files as path or path:keypath', () => {
    expect(parseChartFileSpec('deploy/chart.yaml')).toMatchObject({
      path: 'deploy/chart.yaml',
      keyPath: 'spec.chart.version',
    });
    const spec = parseChartFileSpec('terraform/wandb.yaml:operator.chartVersion');
    expect(spec).toMatchObject({ path: 'terraform/wandb.yaml', keyPath: 'operator.chartVersion' });
    expect(readChartPin('operator:\n  chartVersion: 0.30.1\n', spec)).toMatchObject({
      state: 'pinned',
      version: '0.30.1',
    });
  });
});

describe('the chart decision', () => {
  const need: ChartNeed = CHART_NEEDS[0];
  const pinned = (version: string, path = 'deploy/wandb.yaml'): ChartPin =>
    readChartPin(CR(`  chart: {url: https://charts.wandb.ai, name: operator-wandb, version: ${version}}\n`), {
      ...chartSpec,
      path,
    });

  it('bumps a pinned chart that is older than the target needs, to the lowest version it needs', () => {
    const d = decideChart([pinned('0.30.0')], [need], '0.70.1', '0.68.2');
    expect(d).toMatchObject({ bump: 'true', from: '0.30.0', to: '0.31.4', required: '0.31.4' });
    expect(d.unmet).toEqual([need]);
    expect(chartSummary(d)).toBe('operator-wandb 0.30.0 -> 0.31.4 (W&B Server 0.70.1 needs 0.31.4+)');
  });

  it('leaves a chart that is new enough, and says nothing is needed without a need', () => {
    expect(decideChart([pinned('0.43.8')], [need], '0.83.0', '0.73.1')).toMatchObject({
      bump: 'false',
      from: '0.43.8',
      to: '0.43.8',
    });
    expect(decideChart([pinned('0.30.0')], [], '0.68.2', '0.67.1')).toMatchObject({
      bump: 'false',
      from: '0.30.0',
      to: '0.30.0',
    });
  });

  it('reports a chart that is not pinned, and which needs the upgrade crosses', () => {
    const notPinned = readChartPin(CR(''), chartSpec);
    const crossing = decideChart([notPinned], [need], '0.70.1', '0.68.2');
    expect(crossing).toMatchObject({ bump: 'not-pinned', from: '', to: '', crossed: [need] });
    // Already past 0.69: the running deployment met that need; nothing to check for this upgrade.
    expect(decideChart([notPinned], [need], '0.83.0', '0.73.1').crossed).toEqual([]);
  });

  it('refuses files that disagree on the chart', () => {
    expect(() =>
      decideChart([pinned('0.30.0', 'a.yaml'), pinned('0.31.4', 'b.yaml')], [need], '0.70.1'),
    ).toThrow(
      'The files disagree on the operator-wandb chart version: a.yaml has 0.30.0, b.yaml has 0.31.4.',
    );
  });

  it('edits the tag and the chart version in one file, every other byte kept', () => {
    const before = CR(
      "  chart:\n    url: https://charts.wandb.ai   # W&B's repository\n    version: '0.30.0'\n",
    );
    const tag = setVersion(before, parseFileSpec('deploy/wandb.yaml'), '0.70.1');
    const both = setVersion(tag, chartSpec, '0.31.4');
    expect(both).toBe(before.replace('"0.68.2"', '"0.70.1"').replace("'0.30.0'", "'0.31.4'"));
  });

  it('says why in the pull request, quoting the note and its source', () => {
    const d = decideChart([pinned('0.30.0')], [need], '0.70.1', '0.68.2');
    const section = renderChartSection(d).join('\n');
    expect(section).toContain(
      'W&B Server 0.70.1 needs the operator-wandb chart **0.31.4** or newer, and `deploy/wandb.yaml` (`spec.chart.version`) pins **0.30.0**. This pull request moves the chart to **0.31.4**',
    );
    expect(section).toContain(
      '> To upgrade to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart.',
    );
    expect(section).toContain('Source: W&B Server v0.69.0 release notes');

    const channel = renderChartSection(
      decideChart([readChartPin(CR(''), chartSpec)], [need], '0.70.1', '0.68.2'),
      {
        source: 'channel',
        applied: { url: 'https://u:p@charts.example.com', name: 'operator-wandb', version: '0.43.8' },
      },
    ).join('\n');
    expect(channel).toContain(
      'The operator-wandb chart is **not pinned** in the files this job edits (`deploy/wandb.yaml` has no `spec.chart`)',
    );
    expect(channel).toContain("asks W&B's release channel (deploy.wandb.ai) for the chart");
    expect(channel).toContain(
      'the chart the operator last applied is operator-wandb 0.43.8 from https://charts.example.com/',
    );
    expect(channel).not.toContain('u:p@');
    expect(channel).toContain(
      "This upgrade crosses W&B's note asking for operator-wandb **0.31.4** or newer",
    );
  });

  it('puts the chart in the title, the change table and the commit', () => {
    const d = decideChart([pinned('0.30.0')], [need], '0.70.1', '0.68.2');
    const decision: SupportDecision = {
      version: '0.68.2',
      endOfSupport: '2025-10-29',
      daysLeft: 40,
      status: 'nearing',
      target: '0.70.1',
      reason: 'The 0.68 line...',
    };
    const policy: SupportPolicy = {
      name: 'release-6-months',
      warnDays: 60,
      endDates: {},
      skip: [],
      target: 'latest',
    };
    expect(renderTitle(decision, '0.70.1', d)).toBe(
      'Upgrade W&B Server 0.68.2 -> 0.70.1 and operator-wandb 0.30.0 -> 0.31.4 (support ends 2025-10-29)',
    );
    const body = renderBody(
      {
        decision,
        target: '0.70.1',
        files: [{ path: 'deploy/wandb.yaml', keyPath: 'spec.values.app.image.tag' }],
        catalog: [release('0.68.2'), release('0.69.0'), release('0.70.1')],
        policy,
        source: 'pinned in `deploy/wandb.yaml`',
        chart: d,
      },
      { deployed: '0.68.2', target: '0.70.1' },
    );
    expect(body).toContain('| `deploy/wandb.yaml` | `spec.chart.version` | `0.30.0` | `0.31.4` |');
    expect(body).toContain('### operator-wandb chart');
    const message = commitMessage('0.68.2', '0.70.1', ['deploy/wandb.yaml'], {
      from: '0.30.0',
      to: '0.31.4',
      files: ['deploy/wandb.yaml'],
    });
    expect(message.split('\n')[0]).toBe(
      'Upgrade W&B Server 0.68.2 -> 0.70.1 and operator-wandb 0.30.0 -> 0.31.4',
    );
    expect(isOwnCommit(message)).toBe(true);
    expect(describeChartRef({ path: '/charts/operator-wandb' })).toBe(
      'a local chart at /charts/operator-wandb',
    );
  });
});
