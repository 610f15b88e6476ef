// `npm run bench`: prints figures and ratios against the raw commands this project replaces. Each bench file
// in bench/*.bench.ts exports `run(): Promise<Row[]>`; they are bundled with esbuild (already a dev
// dependency) into .cache/bench and run in turn. Benches that need the loopback control plane skip
// themselves, saying so, when it is not up.
import { build } from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv[2];
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
const outdir = join(root, '.cache/bench');
mkdirSync(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: files.map((f) => join('bench', f)),
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

const rows = [];
for (const file of files) {
  const mod = await import(join(outdir, file.replace(/\.ts$/, '.mjs')));
  process.stderr.write(`running ${file}...\n`);
  try {
    rows.push(...(await mod.run()));
  } catch (error) {
    rows.push({ bench: file, figure: 'error', value: String(error?.message ?? error).split('\n')[0] });
  }
}
const width = Math.max(...rows.map((r) => `${r.bench}: ${r.figure}`.length));
console.log('\nbenchmark results');
for (const r of rows) {
  console.log(`${`${r.bench}: ${r.figure}`.padEnd(width)}  ${r.value}${r.goal ? `   (goal ${r.goal})` : ''}`);
}
