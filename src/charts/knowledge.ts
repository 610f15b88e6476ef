/*
 * What one version of the operator-wandb chart reads: its values key tree, with the type and default of each
 * key, derived from the chart itself rather than written by hand, so that a new chart version needs no code.
 * Pure: the chart's files in, the tree out.
 *
 * Where each part of the tree comes from:
 * - values.yaml of the chart and of every subchart, the subchart's under its alias (operator-wandb uses
 *   wandb-base 30 times, as `app`, `console`, `weave`...), a subchart's own `global` under the one `global`;
 * - every `.Values.a.b` and `index .Values "a-b" "c"` reference in the templates (and in `tpl` strings inside
 *   values.yaml), subchart references under the subchart's alias: this is how keys that values.yaml never
 *   lists (`global.env`, `global.volumes`, `global.observability.mode` in 0.43.8) are known;
 * - "open" keys, whose children the chart passes on as they are, so any child is fine: an empty map or list
 *   in values.yaml (`extraEnv: {}`), a key the templates hand whole to `toYaml`, `toJson` or `range`, and a
 *   key the templates only reference without reading anything below it. A key name that the templates hand
 *   to `toYaml` through a variable (`toYaml $container.resources`) is open wherever it stands below the top.
 * - the map of a switch read with `dig` (an optional lookup with a default): versions add switches there;
 * - a key looked up with a key computed at render time (`get .Values.sizing $size`): any child may be it;
 * - the section of a subchart maintained outside W&B (Bitnami's redis, stakater's reloader: no W&B home or
 *   maintainer in its Chart.yaml): that project's chart reads it as that project documents.
 * Library subcharts (Bitnami's `common`) run with their caller's values, so only their `global` references count.
 */
import { parse as parseYaml } from 'yaml';

export type KeyType = 'map' | 'list' | 'string' | 'number' | 'boolean' | 'null' | 'any';

/** One key of the tree. Compact on purpose: the generated data holds thousands of them. */
export interface KeyNode {
  /** Type of the chart's default: map, list, string, number, boolean, null; `any` when only templates name it. */
  t: KeyType;
  /** Children, for a map. */
  k?: Record<string, KeyNode>;
  /** 1 when any child is fine (see the top of this file). */
  o?: 1;
  /** The chart's default for a scalar (strings over 200 characters are left out). */
  d?: string | number | boolean;
}

export interface ChartKnowledge {
  chart: string;
  version: string;
  /** Values key tree, rooted at the chart's values (what sits under `spec.values`). */
  tree: KeyNode;
}

type Files = Map<string, Uint8Array | string>;

const text = (data: Uint8Array | string): string =>
  typeof data === 'string' ? data : Buffer.from(data).toString('utf8');

interface ChartDir {
  dir: string;
  name: string;
  version: string;
  library: boolean;
  /** Maintained outside W&B (Bitnami, stakater...): its Chart.yaml names no W&B home or maintainer. */
  thirdParty: boolean;
  /** Value paths (from the top chart's values) that this chart's `.Values` stands for. */
  prefixes: string[][];
}

function readYaml(data: Uint8Array | string | undefined): unknown {
  if (data === undefined) return undefined;
  try {
    return parseYaml(text(data), { uniqueKeys: false, maxAliasCount: -1 }) as unknown;
  } catch {
    return undefined;
  }
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The charts in the archive (or directory listing), each with the value paths its `.Values` stands for. */
function chartDirs(files: Files): ChartDir[] {
  const manifests = [...files.keys()]
    .filter((path) => /(^|\/)Chart\.yaml$/.test(path))
    .sort((a, b) => a.split('/').length - b.split('/').length);
  if (manifests.length === 0) throw new Error('no Chart.yaml found: not a Helm chart');
  const byDir = new Map<string, ChartDir>();
  for (const manifest of manifests) {
    const dir = manifest.slice(0, -'Chart.yaml'.length).replace(/\/$/, '');
    const meta = readYaml(files.get(manifest));
    const chart: ChartDir = {
      dir,
      name: isMap(meta) ? String(meta.name ?? '') : '',
      version: isMap(meta) ? String(meta.version ?? '') : '',
      library: isMap(meta) && meta.type === 'library',
      thirdParty: !/wandb/i.test(text(files.get(manifest) ?? '')),
      prefixes: [],
    };
    const parentDir = dir.replace(/\/charts\/[^/]+$/, '');
    const parent = parentDir !== dir ? byDir.get(parentDir) : undefined;
    if (!parent) {
      chart.prefixes = [[]];
    } else {
      const parentMeta = readYaml(files.get(parentDir ? `${parentDir}/Chart.yaml` : 'Chart.yaml'));
      const dependencies =
        isMap(parentMeta) && Array.isArray(parentMeta.dependencies) ? parentMeta.dependencies : [];
      const aliases = dependencies
        .filter((dep): dep is Record<string, unknown> => isMap(dep) && dep.name === chart.name)
        .map((dep) => String(dep.alias ?? dep.name));
      const names = aliases.length > 0 ? [...new Set(aliases)] : [chart.name];
      chart.prefixes = parent.prefixes.flatMap((prefix) => names.map((name) => [...prefix, name]));
    }
    byDir.set(dir, chart);
  }
  return [...byDir.values()];
}

function scalarType(value: unknown): KeyType {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function child(node: KeyNode, key: string): KeyNode {
  node.k ??= {};
  if (node.t !== 'map') node.t = node.t === 'any' || node.t === 'null' ? 'map' : node.t;
  return (node.k[key] ??= { t: 'any' });
}

function nodeAt(root: KeyNode, path: readonly string[]): KeyNode {
  let node = root;
  for (const key of path) node = child(node, key);
  return node;
}

/** Adds a values.yaml (sub)tree at `path`; a value already there (the parent chart's) keeps its default. */
function addValues(root: KeyNode, path: readonly string[], value: unknown): void {
  const node = nodeAt(root, path);
  const type = scalarType(value);
  if (isMap(value)) {
    if (node.t === 'any' || node.t === 'null') node.t = 'map';
    const keys = Object.keys(value);
    if (keys.length === 0) node.o = 1;
    for (const key of keys) addValues(root, [...path, key], value[key]);
    return;
  }
  if (node.t === 'any') node.t = type;
  if (type === 'list' || type === 'null') node.o = 1;
  if (node.d === undefined && (type === 'number' || type === 'boolean' || type === 'string')) {
    if (typeof value !== 'string' || value.length <= 200) node.d = value as string | number | boolean;
  }
}

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const DOTTED_REF = new RegExp(`\\.Values((?:\\.${IDENT})+)`, 'g');
const INDEX_REF = new RegExp(
  `index\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)\\s*\\)?((?:\\s+"[^"]+")+)`,
  'g',
);
// Handed whole to a function that passes every child on: serialised, iterated, merged or copied.
const WHOLE = `(?:toYaml|toJson|toPrettyJson|toRawJson|merge|mergeOverwrite|deepCopy|range\\s+(?:\\$\\w+\\s*,\\s*)?\\$\\w+\\s*:=)`;
const WHOLE_REF = new RegExp(
  `${WHOLE}\\s*\\(?\\s*(?:\\(default \\(dict\\)\\s*)?[$\\w.]*\\.Values((?:\\.${IDENT})+)`,
  'g',
);
// Looked up with a key computed at render time (`get .Values.sizing $size`): any child may be the one.
const DYNAMIC_REF = new RegExp(
  `(?:get|index|hasKey)\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})+)\\s*\\)?\\s+[$(.]`,
  'g',
);
// `dig "a" "b" "c" <default> .Values.x`: reads x.a.b.c, an optional switch; its map (x.a.b) is open, since
// the chart adds switches there from version to version (0.43.8 reads `global.lumen.publish.envVars`, and
// W&B's own test configurations already set `global.lumen.publish.gorilla`).
const DIG_REF = new RegExp(
  `dig((?:\\s+"[^"]+")+)\\s+\\S+\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)`,
  'g',
);
const WHOLE_NAME = new RegExp(`${WHOLE}\\s*\\(?\\s*(\\$?${IDENT}|\\$)?((?:\\.${IDENT})+)`, 'g');

interface References {
  read: string[][];
  whole: string[][];
  wholeNames: Set<string>;
}

// Template comments ({{/* ... */}}) name keys in prose and examples: they read nothing.
const COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;

/** The strings of a values file (where `tpl` templates sit), not its comments. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.includes('{{')) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (isMap(value)) for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

function references(template: string): References {
  const source = template.replace(COMMENT, '');
  const read: string[][] = [];
  const whole: string[][] = [];
  const wholeNames = new Set<string>();
  for (const match of source.matchAll(DOTTED_REF)) read.push(match[1].slice(1).split('.'));
  for (const match of source.matchAll(INDEX_REF)) {
    const head = match[1] ? match[1].slice(1).split('.') : [];
    const keys = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    read.push([...head, ...keys]);
  }
  for (const match of source.matchAll(WHOLE_REF)) whole.push(match[1].slice(1).split('.'));
  for (const match of source.matchAll(DYNAMIC_REF)) whole.push(match[1].slice(1).split('.'));
  for (const match of source.matchAll(DIG_REF)) {
    const keys = [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const head = match[2] ? match[2].slice(1).split('.') : [];
    read.push([...head, ...keys]);
    whole.push([...head, ...keys.slice(0, -1)]);
  }
  for (const match of source.matchAll(WHOLE_NAME)) {
    const path = match[2].slice(1).split('.');
    if (path.includes('Values')) continue;
    const name = path[path.length - 1];
    if (name !== 'Values') wholeNames.add(name);
  }
  return { read, whole, wholeNames };
}

/** `.Values.global.x` means the one global; anything else is relative to the chart's place. */
function absolute(prefix: readonly string[], path: readonly string[]): string[] {
  return path[0] === 'global' ? [...path] : [...prefix, ...path];
}

function openNamedKeys(node: KeyNode, names: Set<string>, depth: number): void {
  for (const [key, sub] of Object.entries(node.k ?? {})) {
    if (depth >= 1 && names.has(key)) sub.o = 1;
    openNamedKeys(sub, names, depth + 1);
  }
}

/** Keys that only templates name, with nothing read below them: their shape is the templates' business. */
function openUnknownLeaves(node: KeyNode): void {
  for (const sub of Object.values(node.k ?? {})) {
    if (sub.t === 'any' && !sub.k) sub.o = 1;
    openUnknownLeaves(sub);
  }
}

export function deriveKnowledge(files: Files): ChartKnowledge {
  const charts = chartDirs(files);
  const top = charts[0];
  const tree: KeyNode = { t: 'map', k: {} };
  const whole: string[][] = [];
  const wholeNames = new Set<string>();
  const templateText = (dir: string) =>
    [...files.entries()]
      .filter(([path]) => path.startsWith(dir ? `${dir}/templates/` : 'templates/'))
      .map(([, data]) => text(data));
  // Values first, top chart first, so that the parent's defaults win over a subchart's.
  const valuesOf = new Map<string, unknown>();
  for (const chart of charts) {
    const values = readYaml(files.get(chart.dir ? `${chart.dir}/values.yaml` : 'values.yaml'));
    valuesOf.set(chart.dir, values);
    if (!isMap(values)) continue;
    for (const prefix of chart.prefixes) {
      for (const [key, value] of Object.entries(values)) {
        if (key === 'global') addValues(tree, ['global'], value);
        else addValues(tree, [...prefix, key], value);
      }
    }
  }
  // A `tpl` string in the top chart's values under a subchart's section (`app: {env: "{{ .Values.x }}"}`)
  // is rendered by that subchart: its `.Values` is the section.
  const sections = new Set(
    charts
      .slice(1)
      .map((chart) => chart.prefixes.map((p) => p[0]))
      .flat(),
  );
  const topValues = valuesOf.get(top.dir);
  const sectionStrings: Array<{ prefix: string[]; source: string }> = isMap(topValues)
    ? Object.entries(topValues).flatMap(([key, value]) =>
        stringsOf(value).map((source) => ({ prefix: sections.has(key) ? [key] : [], source })),
      )
    : [];
  for (const { prefix, source } of sectionStrings) {
    for (const path of references(source).read) nodeAt(tree, absolute(prefix, path));
  }
  for (const chart of charts) {
    const sources = templateText(chart.dir);
    if (chart !== top) sources.push(...stringsOf(valuesOf.get(chart.dir)));
    for (const source of sources) {
      const refs = references(source);
      for (const prefix of chart.prefixes) {
        for (const path of refs.read) {
          if (chart.library && path[0] !== 'global') continue;
          nodeAt(tree, absolute(prefix, path));
        }
        for (const path of refs.whole) {
          if (chart.library && path[0] !== 'global') continue;
          whole.push(absolute(prefix, path));
        }
      }
      if (!chart.library) for (const name of refs.wholeNames) wholeNames.add(name);
    }
  }
  for (const path of whole) nodeAt(tree, path).o = 1;
  // Another project's chart takes its section as that project documents it: not policed here.
  for (const chart of charts.slice(1)) {
    if (chart.thirdParty) for (const prefix of chart.prefixes) nodeAt(tree, prefix).o = 1;
  }
  openNamedKeys(tree, wholeNames, 0);
  openUnknownLeaves(tree);
  return { chart: top.name, version: top.version, tree };
}

export interface KeyLookup {
  /** The key is in the tree, or below an open key. */
  known: boolean;
  /** The deepest known node on the way (the key's own when known). */
  node?: KeyNode;
  /** Below an open key: the chart passes it on as it is. */
  open: boolean;
}

/** What the chart knows of a values path (without the `spec.values` prefix). */
export function lookupKey(knowledge: ChartKnowledge, path: readonly string[]): KeyLookup {
  let node = knowledge.tree;
  for (const key of path) {
    const next = node.k?.[key];
    if (!next && node.o) return { known: true, node, open: true };
    if (!next) return { known: false, node, open: false };
    node = next;
  }
  return { known: true, node, open: Boolean(node.o) };
}

/** The chart's default at a values path, when it is a scalar. */
export function chartDefault(
  knowledge: ChartKnowledge,
  path: readonly string[],
): string | number | boolean | undefined {
  const found = lookupKey(knowledge, path);
  return found.known && found.node && found.node !== knowledge.tree ? found.node.d : undefined;
}
