/*
 * A chart at hand on the runner (the `chart` input: an archive or a directory): its files, and what its
 * values are. Reading is I/O; the derivation itself is src/charts/knowledge.ts. An archive identical to one
 * this release was built with (same sha256) takes the knowledge generated from it, without deriving again.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readTgz } from './archive.js';
import { deriveKnowledge, type ChartKnowledge } from './knowledge.js';
import { knownChartByDigest } from './catalog.js';

/** Every file of the chart, by its path inside the chart (an archive's own top folder included). */
export function readChartFiles(path: string): Map<string, Uint8Array> {
  if (!statSync(path).isDirectory()) return readTgz(readFileSync(path));
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(relative(path, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(path);
  return files;
}

/** What the chart at `path` reads; undefined when it cannot be read or is not a chart. */
export function knowledgeOfChartAt(path: string): ChartKnowledge | undefined {
  try {
    if (!statSync(path).isDirectory()) {
      const bytes = readFileSync(path);
      const known = knownChartByDigest(createHash('sha256').update(bytes).digest('hex'));
      if (known) return known;
      return deriveKnowledge(readTgz(bytes));
    }
    return deriveKnowledge(readChartFiles(path));
  } catch {
    return undefined;
  }
}
