import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, type Row } from './util.js';

/**
 * The npm package: `npm pack` once, then the tarball installed offline into a fresh empty prefix (it has no
 * dependencies, so no registry is asked), the median of 5 installs; against `npx --yes github:...` from git
 * (about 22 s and 45 MB of dependencies before, as issue 13 measured it).
 */
export async function run(): Promise<Row[]> {
  const root = process.cwd();
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  const work = mkdtempSync(join(tmpdir(), 'wandb-package-bench-'));
  try {
    const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    const packed = (JSON.parse(pack.stdout) as { filename: string; size: number; unpackedSize: number }[])[0];
    const tarball = join(work, packed.filename);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const prefix = join(work, `prefix-${i}`);
      const start = process.hrtime.bigint();
      const install = spawnSync(
        'npm',
        ['install', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball],
        { cwd: work, env, encoding: 'utf8' },
      );
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (install.status !== 0) throw new Error(`offline install failed: ${install.stderr}`);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const version = spawnSync(
      join(work, 'prefix-0/node_modules/.bin/wandb-operator-actions'),
      ['--version'],
      {
        encoding: 'utf8',
      },
    );
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    if (version.stdout.trim() !== pkg.version)
      throw new Error(`the installed CLI said '${version.stdout.trim()}'`);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
    return [
      {
        bench: 'package',
        figure: 'npm install --offline <tarball> (median of 5)',
        value: fmt(median),
        goal: '< 3 s',
      },
      {
        bench: 'package',
        figure: 'tarball / unpacked',
        value: `${mb(packed.size)} / ${mb(packed.unpackedSize)}`,
        goal: '< 5 MB unpacked',
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
