/*
 * How configuration layers combine (README text; keep the two in step):
 *
 *   `--config` takes an ordered list of YAML files, applied left to right, then every `--set`, in order.
 *   Each file holds exactly one YAML document, whose top level is a map. Its kind is decided by its top-level keys:
 *   - a whole custom resource when it has any of `apiVersion`, `kind`, `metadata` or `spec`;
 *   - a spec fragment when its only keys are `chart` and/or `values` (the shape the release channel serves):
 *     merged under `spec`;
 *   - otherwise a values overlay: the file is Helm values for operator-wandb, merged under `spec.values`.
 *   Later layers override earlier ones: maps merge key by key, at any depth; lists and scalars replace what
 *   was there whole. A `null` removes the key that earlier layers set; when no earlier layer set it, the
 *   `null` is kept in the CR, so that Helm drops the chart's default for it (the reference's `kmsKey: null`).
 *   `--set PATH=VALUE`: PATH is dotted; it addresses the CR when its first segment is `apiVersion`, `kind`,
 *   `metadata` or `spec` (`spec.chart.version=0.43.8`), and `spec.values` otherwise (`global.host=https://x`).
 *   Write a literal dot in a key as `\.`; a numeric segment indexes a list (`ingress.tls.0.secretName=x`,
 *   an index past the end appends). VALUE is read as YAML: `true`, `3306` and `null` are typed (so
 *   `--set global.license=null` removes the key), `[a, b]` and `{k: v}` give a list or a map; `--set k=`
 *   sets an empty string. Name and namespace come from `--name`/`--namespace` only when no layer sets them.
 *
 * Every merged value remembers the file, line and column where the layer that won set it, so a problem is
 * reported where the user can fix it, not where the key was first introduced.
 */
import {
  LineCounter,
  parseAllDocuments,
  parseDocument,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { fastParse } from './fast-yaml.js';

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** A problem found while reading layers, before validation (the caller turns it into a Diagnostic). */
export interface LayerProblem {
  /** Errors unless said otherwise. */
  severity?: 'error' | 'warning';
  place: Place;
  path: string[];
  message: string;
  fix?: string;
}

export interface MapNode {
  kind: 'map';
  place: Place;
  entries: Map<string, Entry>;
  /** From a numeric --set segment (`tls.0.hosts`): indexes into a list rather than replacing it. */
  indexed?: boolean;
}
export interface ListNode {
  kind: 'list';
  place: Place;
  items: TreeNode[];
}
export interface ScalarNode {
  kind: 'scalar';
  place: Place;
  value: unknown;
}
export type TreeNode = MapNode | ListNode | ScalarNode;
export interface Entry {
  key: Place;
  node: TreeNode;
}

export type LayerKind = 'cr' | 'spec' | 'values';

export interface Layer {
  file: string;
  kind: LayerKind;
  /** The layer already mounted at the CR root, so all layers merge the same way. */
  root: MapNode;
}

const CR_KEYS = ['apiVersion', 'kind', 'metadata', 'spec'];
const SPEC_KEYS = ['chart', 'values'];

export function classify(root: MapNode): LayerKind {
  const keys = [...root.entries.keys()];
  if (keys.some((key) => CR_KEYS.includes(key))) return 'cr';
  if (keys.length > 0 && keys.every((key) => SPEC_KEYS.includes(key))) return 'spec';
  return 'values';
}

function wrap(key: string, node: TreeNode): MapNode {
  return { kind: 'map', place: node.place, entries: new Map([[key, { key: node.place, node }]]) };
}

export function mount(root: MapNode, kind: LayerKind): MapNode {
  if (kind === 'cr') return root;
  if (kind === 'spec') return wrap('spec', root);
  return wrap('spec', wrap('values', root));
}

/** A path kept as links to its parent, turned into segments only when a problem needs it. */
interface PathLink {
  parent?: PathLink;
  segment: string;
}

function segments(link: PathLink | undefined): string[] {
  const out: string[] = [];
  for (let at = link; at; at = at.parent) out.push(at.segment);
  return out.reverse();
}

interface TreeContext {
  doc: Document;
  at: (offset: number) => Place;
  problems: LayerProblem[];
  /** Nodes still allowed: aliases can make a small file expand exponentially ("billion laughs"). */
  budget: number;
}

const NODE_BUDGET = 200_000;

/** Turns a parsed YAML node into a tree that keeps places; aliases and `<<` merge keys are expanded. */
function toTree(node: unknown, ctx: TreeContext, link: PathLink | undefined, depth = 0): TreeNode {
  const yamlNode = node as YamlNode | null | undefined;
  const place = ctx.at(yamlNode?.range?.[0] ?? 0);
  if (--ctx.budget < 0 || depth > 200) {
    if (ctx.budget === -1 || depth === 201) {
      ctx.problems.push({
        place,
        path: segments(link),
        message:
          depth > 200
            ? 'the YAML nests deeper than 200 levels'
            : `the YAML expands to more than ${NODE_BUDGET} values (aliases of aliases?)`,
        fix: 'Write the configuration out without deeply nested aliases.',
      });
    }
    return { kind: 'scalar', place, value: null };
  }
  if (isAlias(yamlNode)) {
    const resolved = toTree(yamlNode.resolve(ctx.doc), ctx, link, depth + 1);
    return { ...resolved, place };
  }
  if (isMap(yamlNode)) {
    const entries = new Map<string, Entry>();
    const merged: MapNode[] = [];
    for (const pair of yamlNode.items) {
      const keyNode = pair.key as YamlNode | null;
      const keyPlace = ctx.at(keyNode?.range?.[0] ?? yamlNode.range?.[0] ?? 0);
      let key: string;
      if (isScalar(keyNode)) key = String(keyNode.value);
      else if (keyNode === null || keyNode === undefined) key = '';
      else {
        ctx.problems.push({
          place: keyPlace,
          path: segments(link),
          message: 'a map key must be a plain string, not a list or a map',
          fix: 'Quote the key or restructure the map.',
        });
        continue;
      }
      if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
        // YAML merge key: `<<: *defaults` (or a list of them) supplies keys the map does not set itself.
        const value = toTree(pair.value, ctx, link, depth + 1);
        const sources = value.kind === 'list' ? value.items : [value];
        for (const source of sources) if (source.kind === 'map') merged.push(source);
        continue;
      }
      if (entries.has(key)) {
        // Checked here rather than by the parser, whose check is quadratic in the size of a map.
        ctx.problems.push({
          place: keyPlace,
          path: [...segments(link), key],
          message: `duplicate key \`${key}\`: a key may appear once in a map`,
          fix: 'Keep one of the two; YAML readers disagree on which one wins.',
        });
      }
      // The last one wins, as in most YAML readers.
      entries.set(key, {
        key: keyPlace,
        node: toTree(pair.value, ctx, { parent: link, segment: key }, depth + 1),
      });
    }
    for (const source of merged) {
      for (const [key, entry] of source.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: 'map', place, entries };
  }
  if (isSeq(yamlNode)) {
    return {
      kind: 'list',
      place,
      items: yamlNode.items.map((item, index) =>
        toTree(item, ctx, { parent: link, segment: String(index) }, depth + 1),
      ),
    };
  }
  if (isScalar(yamlNode)) return { kind: 'scalar', place, value: yamlNode.value };
  // `key:` with nothing after it is a null.
  return { kind: 'scalar', place, value: null };
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

export interface ParsedLayer {
  layer?: Layer;
  problems: LayerProblem[];
  /** A syntax error: the file's content cannot be trusted, so validation of the merge is skipped. */
  fatal: boolean;
}

export function parseLayer(file: string, text: string, options: { fast?: boolean } = {}): ParsedLayer {
  // Plain files (nearly all) are read by the fast reader, which builds the same tree; the rest by the library.
  const fast = options.fast === false ? undefined : fastParse(file, text);
  if (fast && fast.kind === 'map') {
    const kind = classify(fast);
    return { layer: { file, kind, root: mount(fast, kind) }, problems: [], fatal: false };
  }
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
  };
  const problems: LayerProblem[] = [];
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    problems.push({
      place: at(0),
      path: [],
      severity: 'warning',
      message: 'the file is empty (comments only); it adds nothing',
      fix: 'Give the file some configuration or drop it from --config.',
    });
    return { problems, fatal: false };
  }
  if (list.length > 1) {
    problems.push({
      place: at(list[1].range[0]),
      path: [],
      message: `the file holds ${list.length} YAML documents; a configuration layer is exactly one`,
      fix: 'Split the documents into separate files and pass each with --config, in the order they apply.',
    });
    return { problems, fatal: true };
  }
  const doc = list[0];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        place: at(error.pos[0]),
        path: [],
        message: `YAML syntax error: ${firstLine(error.message)}`,
        fix: 'Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes).',
      });
    }
    return { problems, fatal: true };
  }
  const ctx: TreeContext = { doc, at, problems, budget: NODE_BUDGET };
  const tree = toTree(doc.contents, ctx, undefined);
  if (ctx.budget < 0) return { problems, fatal: true };
  if (tree.kind === 'scalar' && tree.value === null) {
    problems.push({
      place: at(0),
      path: [],
      severity: 'warning',
      message: 'the file is empty (comments only); it adds nothing',
      fix: 'Give the file some configuration or drop it from --config.',
    });
    return { problems, fatal: false };
  }
  if (tree.kind !== 'map') {
    problems.push({
      place: tree.place,
      path: [],
      message: `the top level of a configuration file must be a map, not ${tree.kind === 'list' ? 'a list' : 'a scalar'}`,
      fix: 'Write either a whole WeightsAndBiases resource (apiVersion, kind, metadata, spec) or Helm values (global:, ingress:, ...).',
    });
    return { problems, fatal: true };
  }
  const kind = classify(tree);
  return { layer: { file, kind, root: mount(tree, kind) }, problems, fatal: false };
}

/** `a.b\.c.d` → ['a', 'b.c', 'd']. */
export function splitPath(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && text[i + 1] === '.') {
      current += '.';
      i++;
    } else if (char === '.') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

export const SET_FILE = '--set';

/** How deep a --set path may go: far more than any key of the chart, far less than what crashes a merge. */
const MAX_SET_DEPTH = 64;

/**
 * A --set value is read as YAML for its type (`true`, `3306`, `null`, `[a, b]`), but a value that starts
 * as a YAML alias, anchor or tag (`*x`, `&x`, `!x`) is the literal string it reads as: there is nothing for
 * an alias to point at, and `--set global.license=*x` would otherwise become null and remove the key. Inside
 * a flow list or map such an item is refused ('yaml-reference') with the fix to quote it.
 */
function parseSetValue(text: string, place: Place): TreeNode | 'yaml-reference' | undefined {
  if (text === '') return { kind: 'scalar', place, value: '' };
  if (/^\s*[*&!]/.test(text)) return { kind: 'scalar', place, value: text };
  const doc = parseDocument(text, { prettyErrors: false });
  const flow = /^\s*[[{]/.test(text);
  if (doc.errors.length > 0) return flow ? undefined : { kind: 'scalar', place, value: text };
  const contents = doc.contents as YamlNode | null;
  // `a=x: y` is meant as the string "x: y", not a map; only flow collections make lists and maps.
  if (!flow && (isMap(contents) || isSeq(contents))) return { kind: 'scalar', place, value: text };
  if (flow && hasReference(contents)) return 'yaml-reference';
  return toTree(contents, { doc, at: () => place, problems: [], budget: NODE_BUDGET }, undefined);
}

function hasReference(node: unknown): boolean {
  const yamlNode = node as (YamlNode & { anchor?: string; tag?: string }) | null | undefined;
  if (!yamlNode) return false;
  if (
    isAlias(yamlNode) ||
    yamlNode.anchor ||
    (yamlNode.tag && !yamlNode.tag.startsWith('tag:yaml.org,2002:'))
  )
    return true;
  if (isMap(yamlNode))
    return yamlNode.items.some((pair) => hasReference(pair.key) || hasReference(pair.value));
  if (isSeq(yamlNode)) return yamlNode.items.some((item) => hasReference(item));
  return false;
}

/** Each `--set` becomes a one-value layer; its place is `--set:<index>:1`. */
export function parseSets(sets: string[]): { layers: Layer[]; problems: LayerProblem[] } {
  const layers: Layer[] = [];
  const problems: LayerProblem[] = [];
  sets.forEach((entry, index) => {
    const place: Place = { file: SET_FILE, line: index + 1, column: 1 };
    const eq = entry.indexOf('=');
    const pathText = eq >= 0 ? entry.slice(0, eq).trim() : '';
    const segments = pathText ? splitPath(pathText) : [];
    if (eq < 0 || segments.length === 0 || segments.some((s) => s === '')) {
      problems.push({
        place,
        path: [],
        message: `--set entry \`${eq < 0 ? entry : pathText}\` is not PATH=VALUE with a dotted PATH`,
        fix: 'Write it as e.g. --set global.host=https://wandb.example.com (a values path) or --set spec.chart.version=0.43.8.',
      });
      return;
    }
    if (segments.length > MAX_SET_DEPTH) {
      problems.push({
        place,
        path: [],
        message: `--set path has ${segments.length} segments; at most ${MAX_SET_DEPTH} are read`,
        fix: 'Check the path: the deepest key of a W&B configuration is about ten levels down.',
      });
      return;
    }
    const value = parseSetValue(entry.slice(eq + 1), place);
    if (value === 'yaml-reference') {
      problems.push({
        place,
        path: segments,
        message: `the value of --set ${pathText} holds a YAML alias, anchor or tag (\`*\`, \`&\` or \`!\`), which --set does not resolve`,
        fix: `Quote that item inside the list or map, e.g. --set '${pathText}=["*x"]'.`,
      });
      return;
    }
    if (!value) {
      problems.push({
        place,
        path: segments,
        message: `the value of --set ${pathText} is not valid YAML`,
        fix: 'Quote the whole entry for the shell and write lists as [a, b] and maps as {key: value}.',
      });
      return;
    }
    const full = CR_KEYS.includes(segments[0]) ? segments : ['spec', 'values', ...segments];
    if (['apiVersion', 'kind'].includes(full[0]) && full.length > 1) {
      problems.push({
        place,
        path: full,
        message: `\`${full[0]}\` is a string; --set ${pathText} cannot go inside it`,
        fix: `Use --set ${full[0]}=VALUE.`,
      });
      return;
    }
    let node: TreeNode = value;
    for (let i = full.length - 1; i >= 0; i--) {
      const indexed = /^\d+$/.test(full[i]);
      node = { kind: 'map', place, entries: new Map([[full[i], { key: place, node }]]), indexed };
    }
    layers.push({ file: SET_FILE, kind: 'cr', root: node as MapNode });
  });
  return { layers, problems };
}

function isNullScalar(node: TreeNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** Merges `over` onto `base`; `undefined` means the key is removed. Never mutates either tree. */
function mergeIntoList(base: ListNode | undefined, over: MapNode): ListNode {
  const items: Array<TreeNode | undefined> = [...(base?.items ?? [])];
  for (const [key, entry] of over.entries) {
    const index = Number(key);
    // An index past the end appends, so `--set tls.0...` works on an empty or missing list.
    if (index >= items.length) items.push(mergeNodes(undefined, entry.node));
    else items[index] = mergeNodes(items[index], entry.node);
  }
  return { kind: 'list', place: over.place, items: items.filter((item) => item !== undefined) };
}

export function mergeNodes(base: TreeNode | undefined, over: TreeNode): TreeNode | undefined {
  if (isNullScalar(over)) return base === undefined ? over : undefined;
  if (over.kind === 'map' && over.indexed && (base === undefined || base.kind === 'list')) {
    return mergeIntoList(base, over);
  }
  if (base?.kind === 'map' && over.kind === 'map') {
    const entries = new Map(base.entries);
    for (const [key, entry] of over.entries) {
      const merged = mergeNodes(base.entries.get(key)?.node, entry.node);
      if (merged === undefined) entries.delete(key);
      else entries.set(key, { key: entry.key, node: merged });
    }
    return { kind: 'map', place: over.place, entries };
  }
  return over;
}

export function mergeLayers(layers: Layer[]): MapNode | undefined {
  let result: TreeNode | undefined;
  for (const layer of layers) result = mergeNodes(result, layer.root);
  return result?.kind === 'map' ? result : undefined;
}

export interface PlaceRecord {
  key?: Place;
  value: Place;
}

/** Index of places by path (segments joined with NUL, since keys may hold dots and slashes). */
export type PlaceIndex = Map<string, PlaceRecord>;

export function pathKey(path: readonly string[]): string {
  return path.join('\u0000');
}

export function toPlain(node: TreeNode, path: string[], index: PlaceIndex, key?: Place): unknown {
  return plainAt(node, pathKey(path), path.length === 0, index, key);
}

/** toPlain with the path carried as its index key, built up as it goes (the hot loop of every validation). */
function plainAt(node: TreeNode, at: string, root: boolean, index: PlaceIndex, key?: Place): unknown {
  index.set(at, { key, value: node.place });
  const prefix = root ? '' : `${at}\u0000`;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map((item, i) => plainAt(item, `${prefix}${i}`, false, index));
  const out: Record<string, unknown> = {};
  for (const [name, entry] of node.entries) {
    const value = plainAt(entry.node, `${prefix}${name}`, false, index, entry.key);
    // An own property even for `__proto__`, so that no key can reach Object.prototype.
    if (name === '__proto__') {
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    } else out[name] = value;
  }
  return out;
}
