import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layout rules of docs/DEVELOPING.md, checked on every import in src/: a command never imports another
 * command; core imports no command; domain folders (everything but the entries) import no command, so that a
 * flow one command shares with another (apply-cr's, run by rollout and migrate) lives outside src/commands.
 */
const SRC = resolve('src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file, as a path under src/ (`commands/apply-cr/run.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  return found.map((spec) => relative(SRC, resolve(dirname(file), spec)).replace(/\.js$/, '.ts'));
}

const files = sources(SRC).map((file) => ({ path: relative(SRC, file), imports: importsOf(file) }));
/** The entries: the CLI, the actions and the registry of commands may import commands. */
const isEntry = (path: string) =>
  path === 'cli.ts' ||
  path === 'program.ts' ||
  path.startsWith('actions/') ||
  path === 'commands/registry.ts';
const commandOf = (path: string) => /^commands\/([^/]+)\//.exec(path)?.[1];

test('the scan sees the source tree', () => {
  expect(files.length).toBeGreaterThan(100);
  expect(files.find((f) => f.path === 'commands/registry.ts')?.imports).toContain(
    'commands/apply-cr/spec.ts',
  );
});

test('no command imports another command', () => {
  const crossings = files.flatMap((file) => {
    const own = commandOf(file.path);
    if (!own) return [];
    return file.imports
      .filter((target) => commandOf(target) !== undefined && commandOf(target) !== own)
      .map((target) => `${file.path} -> ${target}`);
  });
  expect(crossings).toEqual([]);
});

test('nothing outside src/commands and the entries imports src/commands', () => {
  const crossings = files.flatMap((file) =>
    file.path.startsWith('commands/') || isEntry(file.path)
      ? []
      : file.imports.filter((target) => target.startsWith('commands/')).map((t) => `${file.path} -> ${t}`),
  );
  expect(crossings).toEqual([]);
});
