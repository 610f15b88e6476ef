/**
 * The fast reader against the YAML library: on every YAML file the project and W&B ship, and on cases made
 * to sit at its edges, it either gives up or builds exactly the tree (values and places) the library does.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fastParse } from '../../../src/config/fast-yaml.js';
import { parseLayer, type TreeNode } from '../../../src/config/layers.js';

function plain(node: TreeNode): unknown {
  if (node.kind === 'map')
    return { place: node.place, entries: [...node.entries].map(([k, e]) => [k, e.key, plain(e.node)]) };
  if (node.kind === 'list') return { place: node.place, items: node.items.map(plain) };
  return { place: node.place, value: node.value };
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const ROOT = process.cwd();
const files = [
  ...yamlFiles(join(ROOT, 'examples')),
  ...yamlFiles(join(ROOT, 'test-support/fixtures')),
  ...yamlFiles(resolve(ROOT, '../shared/reference/wandb-chart-tests')),
  ...yamlFiles(resolve(ROOT, '../shared/reference/real-world-crs')),
  ...yamlFiles(resolve(ROOT, '../shared/reference/operator-v2')),
];

function same(file: string, text: string): boolean {
  const fast = fastParse(file, text);
  if (!fast) return false;
  const library = parseLayer(file, text, { fast: false });
  expect(library.problems).toEqual([]);
  expect(library.layer).toBeDefined();
  const viaFast = parseLayer(file, text);
  expect(plain(viaFast.layer!.root)).toEqual(plain(library.layer!.root));
  return true;
}

test('on every YAML file here and in W&B references: the same tree, or the library', () => {
  expect(files.length).toBeGreaterThan(50);
  let taken = 0;
  for (const file of files) if (same(file, readFileSync(file, 'utf8'))) taken++;
  // Most plain files are read fast (otherwise this test would prove nothing).
  expect(taken).toBeGreaterThan(files.length / 3);
});

test.each([
  [
    'scalars of every type',
    'a: 1\nb: -2\nc: true\nd: False\ne: null\nf: ~\ng: text with spaces\nh: "q # not a comment"\ni: \'it\'\'s\'\nj: x # comment\nk: ""\nl: "esc \\" \\\\ \\n \\u00e9"\n',
  ],
  [
    'nested maps and lists',
    'global:\n  host: https://x\n  extraEnv:\n    A: "1"\nlist:\n  - a\n  - b: 1\n    c: 2\n  -\n    d: 3\nkey:\n- at the key indentation\n',
  ],
  ['keys that read as themselves only', 'app.kubernetes.io/name: x\n"quoted: key": y\ntrue: z\n'],
  ['comments and blank lines', '# head\n\nglobal: # trailing\n  # inside\n  host: x\n\n'],
])('%s: same tree as the library', (_name, text) => {
  expect(same('case.yaml', text)).toBe(true);
});

test.each([
  ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
  ['a block scalar', 'a: |\n  text\n'],
  ['a flow map', 'a: {b: 1}\n'],
  ['a multi-line plain scalar', 'a: one\n  two\n'],
  ['a duplicate key', 'a: 1\na: 2\n'],
  ['a merge key', 'a: 1\n<<: {b: 2}\n'],
  ['a float', 'a: 1.5\n'],
  ['a key that is not itself', '1.0: x\n'],
  ['a tab in the indentation', 'a:\n\tb: 1\n'],
  ['two documents', 'a: 1\n---\nb: 2\n'],
  ['an empty value', 'a:\nb: 1\n'],
  ['a syntax error', 'a: b: c\n'],
])('gives up on %s (the library reads it)', (_name, text) => {
  expect(fastParse('case.yaml', text)).toBeUndefined();
});
