import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chartIdentity } from '../src/charts/fetch.js';
import { countObjects, parseHelmFailure, renderChart } from '../src/charts/render.js';
import { fmt, medianMs, ratio, type Row } from './util.js';

/**
 * The render check (Chart.yaml read from the archive while `helm template` renders with the values on stdin,
 * the objects counted) of W&B's real operator-wandb 0.43.8, against a raw `helm template` of the same values
 * from a file, both with helm 3.17 from scripts/cluster/tools.sh, interleaved so that a busy machine slows both
 * alike. Skips itself, saying so, when the chart (../shared/reference/charts) or helm is not there.
 */
export async function run(): Promise<Row[]> {
  const chart = resolve(process.cwd(), '..', 'shared', 'reference', 'charts', 'operator-wandb-0.43.8.tgz');
  if (!existsSync(chart)) return [{ bench: 'render-check', figure: 'skipped', value: `no ${chart}` }];
  const tools = spawnSync('bash', ['scripts/cluster/tools.sh'], { encoding: 'utf8' });
  const helm = /^helm=(.*)$/m.exec(tools.stdout)?.[1];
  if (!helm)
    return [{ bench: 'render-check', figure: 'skipped', value: 'no helm from scripts/cluster/tools.sh' }];

  const values = {
    global: { host: 'https://wandb.example.com', license: 'lic-bench' },
    app: { image: { repository: 'wandb/local', tag: '0.74.1' } },
  };
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const valuesFile = join(dir, 'values.json');
  writeFileSync(valuesFile, JSON.stringify(values));
  const render = () =>
    renderChart({
      helm,
      chartPath: chart,
      values,
      releaseName: 'wandb',
      namespace: 'wandb',
      timeoutMs: 60_000,
    });

  const rawTimes: number[] = [];
  const checkTimes: number[] = [];
  let objects = 0;
  const time = async (fn: () => unknown, into: number[]) => {
    const start = process.hrtime.bigint();
    await fn();
    into.push(Number(process.hrtime.bigint() - start) / 1e6);
  };
  for (let i = 0; i < 13; i++) {
    await time(
      () =>
        spawnSync(helm, ['template', 'wandb', chart, '--namespace', 'wandb', '-f', valuesFile], {
          stdio: 'ignore',
        }),
      rawTimes,
    );
    await time(async () => {
      const identity = chartIdentity(chart);
      const result = await render();
      await identity;
      if (!result.ok) throw new Error(parseHelmFailure(result.message).message);
      objects = countObjects(result.manifest);
    }, checkTimes);
  }
  // The first two of each are warm-up.
  const median = (times: number[]) =>
    times.slice(2).sort((a, b) => a - b)[Math.floor((times.length - 2) / 2)];
  const raw = median(rawTimes);
  const check = median(checkTimes);
  const parsed = await medianMs(
    async () => {
      const result = await render();
      if (result.ok) objects = result.objects.length;
    },
    5,
    1,
  );
  return [
    { bench: 'render-check', figure: 'raw helm template (operator-wandb 0.43.8)', value: fmt(raw) },
    {
      bench: 'render-check',
      figure: `render check (${objects} objects)`,
      value: `${fmt(check)}  ${ratio(check, raw)} of raw helm template`,
      goal: '< 1.2x',
    },
    {
      bench: 'render-check',
      figure: 'renderChart with its objects parsed (image-check)',
      value: `${fmt(parsed)}  ${ratio(parsed, raw)} of raw helm template`,
    },
  ];
}
