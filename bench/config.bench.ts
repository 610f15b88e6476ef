import { readFileSync } from 'node:fs';
import { buildConfig } from '../src/config/index.js';
import { KNOWN_CHART_VERSIONS } from '../src/charts/catalog.js';
import { fmt, medianMs, type Row } from './util.js';

/** A realistic large configuration: the sample base plus two generated overlays, over 2,000 lines in all. */
function layers() {
  const components = ['app', 'console', 'weave', 'parquet', 'api', 'glue', 'executor', 'filestream'];
  const overlay = (n: number) => {
    const lines = [`global:\n  host: https://wandb${n}.example.com\n  extraEnv:`];
    for (let i = 0; i < 300; i++) lines.push(`    VAR_${n}_${i}: "value-${i}"`);
    for (const component of components) {
      lines.push(`${component}:\n  extraEnv:`);
      for (let i = 0; i < 80; i++) lines.push(`    ${component.toUpperCase()}_${i}: "x${n}"`);
      lines.push('  resources:\n    requests:\n      cpu: "1"\n      memory: 2Gi');
    }
    return lines.join('\n') + '\n';
  };
  return [
    { path: 'examples/base.yaml', text: readFileSync('examples/base.yaml', 'utf8') },
    { path: 'overlay-1.yaml', text: overlay(1) },
    { path: 'overlay-2.yaml', text: overlay(2) },
  ];
}

export async function run(): Promise<Row[]> {
  const files = layers();
  const lines = files.reduce((sum, f) => sum + f.text.split('\n').length, 0);
  const defaults = { name: 'wandb', namespace: 'wandb' };
  const first = await medianMs(() => buildConfig(files, [], defaults), 1, 0);
  const warm = await medianMs(() => buildConfig(files, ['global.size=small'], defaults), 25, 3);
  return [
    {
      bench: 'config',
      figure: `validate ${lines} lines in 3 layers, first call in a process`,
      value: fmt(first),
    },
    {
      bench: 'config',
      figure: `validate ${lines} lines in 3 layers, version-aware key tree (operator-wandb ${KNOWN_CHART_VERSIONS.at(-1)})`,
      value: fmt(warm),
      goal: '< 30 ms',
    },
  ];
}
