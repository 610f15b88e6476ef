import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { CHART_DEFAULT_APP_TAGS, CHART_NEEDS } from '../../../src/releases/chart-needs.js';
import { normaliseVersion } from '../../../src/releases/version.js';

/**
 * The chart-need data: every row is a well-formed fact with a source. Where the real charts are at hand
 * (../shared/reference/charts), the default app tags recorded here are checked against their values.yaml.
 */

const CHARTS = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/reference/charts');

describe('chart-need data', () => {
  it('has versions, a quoted note and a source on every row', () => {
    expect(CHART_NEEDS.length).toBeGreaterThan(0);
    for (const row of CHART_NEEDS) {
      expect(normaliseVersion(row.server)).toBe(row.server);
      expect(normaliseVersion(row.chart)).toBe(row.chart);
      expect(row.note).toMatch(/operator-wandb/);
      expect(row.source.length).toBeGreaterThan(20);
    }
    for (const row of CHART_DEFAULT_APP_TAGS) {
      expect(normaliseVersion(row.chart)).toBe(row.chart);
      expect(row.source).toContain(`operator-wandb-${row.chart}`);
    }
  });

  const haveCharts = existsSync(CHARTS);
  (haveCharts ? it : it.skip)('records the app tag and appVersion each real chart pins by default', () => {
    for (const row of CHART_DEFAULT_APP_TAGS) {
      const archive = join(CHARTS, `operator-wandb-${row.chart}.tgz`);
      if (!existsSync(archive)) continue;
      const dir = mkdtempSync(join(tmpdir(), 'chart-defaults-'));
      execFileSync('tar', [
        'xzf',
        archive,
        '-C',
        dir,
        'operator-wandb/values.yaml',
        'operator-wandb/Chart.yaml',
      ]);
      const values = parse(readFileSync(join(dir, 'operator-wandb/values.yaml'), 'utf8')) as {
        app: { image: { repository: string; tag: unknown } };
      };
      const chart = parse(readFileSync(join(dir, 'operator-wandb/Chart.yaml'), 'utf8')) as {
        version: string;
        appVersion: unknown;
      };
      expect(chart.version).toBe(row.chart);
      expect(String(chart.appVersion)).toBe(row.appVersion);
      expect(values.app.image.repository).toBe('wandb/local');
      expect(String(values.app.image.tag)).toBe(row.appTag);
    }
  });
});
