/*
 * A fast reader for the plain YAML that configuration layers almost always are: block maps and block lists,
 * plain, single- and double-quoted one-line scalars, comments. It builds the same tree, with the same places,
 * as the full YAML library does (layers.ts toTree), in a fraction of the time: the library spends most of a
 * validation of 2,000 lines building a syntax tree this never needs.
 *
 * It gives up (returns undefined) at the first thing outside that subset: anchors, aliases, tags, flow
 * collections, block scalars, multi-line scalars, documents markers and directives, tabs in indentation,
 * duplicate or merge keys, anything unusual. The caller then uses the YAML library, which also reports every
 * error. So this reader never has to judge an invalid file, only to recognise a plain one.
 * A test compares both readers on every YAML file the project and W&B ship.
 */
import type { MapNode, Place, TreeNode, ListNode } from './layers.js';

interface Line {
  /** 1-based line number. */
  number: number;
  indent: number;
  /** The line without its indentation and without a trailing comment. */
  text: string;
}

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** Values that read as YAML 1.2 core schema types (as the YAML library resolves plain scalars). */
function plainValue(text: string): unknown {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (/^[-+]?[0-9]+$/.test(text)) {
    const value = Number(text);
    // The library turns big integers into numbers too, but rounding rules may differ: leave those to it.
    return Number.isSafeInteger(value) ? value : giveUp();
  }
  if (/^0o[0-7]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text)) return giveUp();
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return giveUp();
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text) || /^\.(nan|NaN|NAN)$/.test(text)) return giveUp();
  return text;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A quoted scalar that is the whole of `text` (after it only a comment); undefined when `text` is not one. */
function quoted(text: string): { value: string; rest: string } | undefined {
  const quote = text[0];
  if (quote !== '"' && quote !== "'") return undefined;
  let value = '';
  let i = 1;
  for (; i < text.length; i++) {
    const char = text[i];
    if (quote === "'") {
      if (char === "'") {
        if (text[i + 1] === "'") {
          value += "'";
          i++;
          continue;
        }
        break;
      }
      value += char;
    } else {
      if (char === '"') break;
      if (char === '\\') {
        const next = text[i + 1];
        if (next === undefined) return giveUp();
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        if (!(next in ESCAPES)) return giveUp();
        value += ESCAPES[next];
        i++;
        continue;
      }
      value += char;
    }
  }
  // An unclosed quote goes on to the next line: a multi-line scalar, left to the library.
  if (i >= text.length) return giveUp();
  return { value, rest: text.slice(i + 1) };
}

/** Splits `line` (indentation already removed) at a trailing comment: ` #` outside quotes. */
function withoutComment(text: string): string {
  if (text.startsWith('#')) return '';
  const hash = text.search(/\s#/);
  return (hash === -1 ? text : text.slice(0, hash)).trimEnd();
}

function readLines(source: string): Line[] {
  const lines: Line[] = [];
  const raw = source.split('\n');
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const indent = line.length - line.trimStart().length;
    if (/^ *\t/.test(line) && line.trim() !== '') giveUp();
    const body = line.slice(indent);
    if (body === '' || body.startsWith('#')) continue;
    // Quotes may hold ` #`: keep the raw text for them, and cut comments only outside quotes (below).
    lines.push({ number: i + 1, indent, text: body });
  }
  return lines;
}

const KEY = /^([A-Za-z0-9_$][^:#\s'"]*(?: [^:#\s'"]+)*?|"[^"\\]*"|'[^']*'):( |$)/;

export function fastParse(file: string, source: string): TreeNode | undefined {
  if (source.includes('\t') && /^\s*\t/m.test(source)) return undefined;
  try {
    const lines = readLines(source);
    if (lines.length === 0) return undefined;
    let index = 0;
    const place = (line: Line, column: number): Place => ({ file, line: line.number, column: column + 1 });

    /** The value after `key:` or `- ` on the same line (column `at` of `line`), or the block below it. */
    const value = (line: Line, at: number, rest: string, parentIndent: number, depth: number): TreeNode => {
      if (depth > 100) giveUp();
      const text = rest.trimStart();
      const start = at + (rest.length - text.length);
      if (text === '' || text.startsWith('#')) {
        // A block below, or nothing (null).
        const next = lines[index];
        if (next && next.indent > parentIndent) return block(next.indent, depth + 1);
        if (next && next.indent === parentIndent && next.text.startsWith('- ')) {
          // `key:` followed by a list at the key's own indentation.
          return list(next.indent, depth + 1);
        }
        return giveUp();
      }
      if (/^[[{&*!|>%@`?:,]/.test(text)) return giveUp();
      const q = quoted(text);
      if (q) {
        // After the closing quote: nothing, or a comment after a space.
        if (q.rest !== '' && !/^\s+(#.*)?$/.test(q.rest)) return giveUp();
        return { kind: 'scalar', place: place(line, start), value: q.value };
      }
      const scalar = withoutComment(text);
      // `a: b: c`, a value starting like a list item, or a continuation on the next line: the library's.
      if (/: |:$/.test(scalar) || scalar.startsWith('- ') || scalar === '-') return giveUp();
      const next = lines[index];
      if (next && next.indent > parentIndent && !next.text.startsWith('#')) return giveUp();
      return { kind: 'scalar', place: place(line, start), value: plainValue(scalar) };
    };

    const map = (
      indent: number,
      depth: number,
      first?: { line: Line; at: number; text: string },
    ): MapNode => {
      const entries = new Map<string, { key: Place; node: TreeNode }>();
      let mapPlace: Place | undefined;
      for (;;) {
        let line: Line;
        let at: number;
        let text: string;
        if (first) {
          ({ line, at, text } = first);
          first = undefined;
        } else {
          const next = lines[index];
          if (!next || next.indent < indent) break;
          if (next.indent > indent) giveUp();
          if (next.text.startsWith('- ')) break;
          line = next;
          at = next.indent;
          text = next.text;
          index++;
        }
        const match = KEY.exec(text);
        if (!match) return giveUp();
        let key = match[1];
        if (key.startsWith('"') || key.startsWith("'")) key = key.slice(1, -1);
        // A plain key is typed like any plain scalar and then used as a string (`1.0:` is "1"): only keys that
        // read as themselves are taken here.
        else if (String(plainValue(key)) !== key) giveUp();
        if (entries.has(key)) giveUp();
        const keyPlace = place(line, at);
        mapPlace ??= keyPlace;
        entries.set(key, {
          key: keyPlace,
          node: value(line, at + match[0].length, text.slice(match[0].length), indent, depth),
        });
      }
      if (!mapPlace) return giveUp();
      return { kind: 'map', place: mapPlace, entries };
    };

    const list = (indent: number, depth: number): ListNode => {
      const items: TreeNode[] = [];
      let listPlace: Place | undefined;
      for (;;) {
        const next = lines[index];
        if (!next || next.indent < indent) break;
        if (next.indent > indent) giveUp();
        if (!(next.text.startsWith('- ') || next.text === '-')) break;
        index++;
        listPlace ??= place(next, next.indent);
        const after = next.text.slice(1);
        const body = after.trimStart();
        const at = next.indent + 1 + (after.length - body.length);
        if (body === '' || body.startsWith('#')) {
          const below = lines[index];
          if (below && below.indent > indent) items.push(block(below.indent, depth + 1));
          else giveUp();
        } else if (KEY.test(body)) {
          // `- key: value` opens a map whose other keys sit under `key`.
          items.push(map(at, depth + 1, { line: next, at, text: body }));
        } else {
          if (body.startsWith('- ')) giveUp();
          items.push(value(next, next.indent + 1, after, indent, depth + 1));
        }
      }
      if (!listPlace) return giveUp();
      return { kind: 'list', place: listPlace, items };
    };

    const block = (indent: number, depth: number): TreeNode => {
      const next = lines[index];
      if (next.text.startsWith('- ') || next.text === '-') return list(indent, depth);
      return map(indent, depth);
    };

    const first = lines[0];
    if (first.indent !== 0 || first.text.startsWith('---') || first.text.startsWith('%')) return undefined;
    const root = block(0, 0);
    if (index !== lines.length || root.kind !== 'map') return undefined;
    return root;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
