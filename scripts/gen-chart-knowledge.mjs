// Regenerates src/charts/generated/operator-wandb.json: the values key tree of each operator-wandb version
// this project knows, derived from the chart archives themselves (src/charts/knowledge.ts). Not part of
// `npm run build`, which must not need the archives: run it when a chart version is added, and commit the result.
//
//   node scripts/gen-chart-knowledge.mjs [operator-wandb-X.Y.Z.tgz ...]
//
// With no arguments it reads every operator-wandb-*.tgz in ../shared/reference/charts (beside the clone).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const defaultDir = join(root, '../shared/reference/charts');
const archives = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(defaultDir)
      .filter((name) => /^operator-wandb-\d+\.\d+\.\d+\.tgz$/.test(name))
      .map((name) => join(defaultDir, name));
if (archives.length === 0) {
  console.error('No operator-wandb-*.tgz given or found in ../shared/reference/charts.');
  process.exit(2);
}

// The derivation is TypeScript: bundle it once into a temporary module and load that.
const work = mkdtempSync(join(tmpdir(), 'chart-knowledge-'));
try {
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `export { readTgz } from ${JSON.stringify(join(root, 'src/charts/archive.ts'))};\n` +
      `export { deriveKnowledge } from ${JSON.stringify(join(root, 'src/charts/knowledge.ts'))};\n`,
  );
  const out = join(root, 'node_modules/.chart-knowledge.mjs');
  // yaml stays external: it is loaded from node_modules as it is (bundled into ESM it would require() node built-ins).
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    external: ['yaml'],
    logLevel: 'error',
  });
  const { readTgz, deriveKnowledge } = await import(pathToFileURL(out).href);
  const versions = {};
  const digests = {};
  for (const archive of archives) {
    const bytes = readFileSync(archive);
    const knowledge = deriveKnowledge(readTgz(bytes));
    if (knowledge.chart !== 'operator-wandb')
      throw new Error(`${archive} is ${knowledge.chart}, not operator-wandb`);
    versions[knowledge.version] = knowledge.tree;
    digests[knowledge.version] = createHash('sha256').update(bytes).digest('hex');
    console.log(`operator-wandb ${knowledge.version}: from ${archive}`);
  }
  const sorted = Object.fromEntries(
    Object.entries(versions).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
  );
  const target = join(root, 'src/charts/generated/operator-wandb.json');
  // The archives' digests: an archive at hand with the same digest needs no derivation (src/charts/local.ts).
  writeFileSync(target, JSON.stringify({ chart: 'operator-wandb', digests, versions: sorted }) + '\n');
  console.log(`wrote ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(root, 'node_modules/.chart-knowledge.mjs'), { force: true });
}
