// `npm run demo`: the main job on the built-in sample input. First the offline half (validate, render, the
// dry-run diff and a broken configuration, from dist/ exactly as users run it), then the whole flow on the
// loopback control plane (install the operator, apply, wait, change, roll back), which is brought up when it
// is not running. `npm run demo -- --offline` stops after the first half.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const offline = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'demo'], {
  stdio: 'inherit',
  cwd: root,
});
if (offline.status !== 0 || process.argv.includes('--offline')) process.exit(offline.status ?? 1);

const outdir = join(root, '.cache/demo');
mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: ['demo/cluster.ts'],
  outfile: join(outdir, 'cluster.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  // The bundle sits two folders below the root, as test-support/cluster does: the stand-ins find their charts.
});
const { run } = await import(join(outdir, 'cluster.mjs'));
const failures = await run();
console.log(
  failures === 0
    ? '\nDemo finished: every step behaved as expected.'
    : `\nDemo finished with ${failures} unexpected result(s).`,
);
process.exit(failures === 0 ? 0 : 1);
