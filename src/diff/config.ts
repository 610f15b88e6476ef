import { isDeepStrictEqual } from 'node:util';
import { Document, isScalar } from 'yaml';
import { maskSecrets } from '../config/secrets.js';
import { unifiedDiff, type DiffOptions } from './unified.js';

/**
 * The diff of two WeightsAndBiases resources as a person reads it: both sides masked (config/secrets), so no
 * secret value is in it, and yet every change is in it:
 * - a secret that changed is `***` on both sides, which would make the change invisible (or an empty diff),
 *   so its line in the new side carries `# secret value changed at PATH`;
 * - a `null` is kept (it is how a CR removes a chart default, e.g. `kmsKey: null`) and its line says so, where
 *   the old side did not hold it already.
 * Pure: resources in, text out.
 */

export type Path = Array<string | number>;

/** `spec.values.global.mysql.password`, `spec.values.extraEnv[2].value`. */
export function dottedPath(path: Path): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Where a secret changed between `before` and `after` in a way the masked texts cannot show: the values differ
 * but mask to the same text (a password replaced by another, the password inside a URL's user-info).
 * Added or removed secrets are not listed: their lines already show in the diff.
 */
export function secretChanges(before: unknown, after: unknown): Path[] {
  const found: Path[] = [];
  const walk = (a: unknown, b: unknown, ma: unknown, mb: unknown, path: Path) => {
    if (Array.isArray(a) && Array.isArray(b) && Array.isArray(ma) && Array.isArray(mb)) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], ma[i], mb[i], [...path, i]);
      return;
    }
    if (isMap(a) && isMap(b) && isMap(ma) && isMap(mb)) {
      for (const key of Object.keys(b))
        if (Object.prototype.hasOwnProperty.call(a, key))
          walk(a[key], b[key], ma[key], mb[key], [...path, key]);
      return;
    }
    if (!isDeepStrictEqual(a, b) && isDeepStrictEqual(ma, mb)) found.push(path);
  };
  walk(before, after, maskSecrets(before), maskSecrets(after), []);
  return found;
}

/** Paths holding `null` in `after` that `before` does not hold as `null`. */
export function addedNulls(before: unknown, after: unknown): Path[] {
  const found: Path[] = [];
  const walk = (a: unknown, b: unknown, path: Path) => {
    if (b === null) {
      if (a !== null) found.push(path);
      return;
    }
    if (Array.isArray(b)) {
      b.forEach((item, i) => walk(Array.isArray(a) ? a[i] : undefined, item, [...path, i]));
      return;
    }
    if (isMap(b))
      for (const [key, item] of Object.entries(b)) walk(isMap(a) ? a[key] : undefined, item, [...path, key]);
  };
  walk(before, after, []);
  return found;
}

function yamlText(value: unknown, notes: Array<{ path: Path; note: string }> = []): string {
  if (value === undefined) return '';
  const doc = new Document(value);
  for (const { path, note } of notes) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (isScalar(node)) node.comment = ` ${note}`;
  }
  return doc.toString({ lineWidth: 0 });
}

export interface ConfigDiff {
  /** A unified diff ('' when nothing changed), masked. */
  diff: string;
  /** Where a secret changed that the masked sides cannot show, dotted. */
  secretChanges: string[];
}

/**
 * The masked diff from `before` (undefined: nothing there yet) to `after`, both unmasked resources. The texts
 * are YAML in the key order of the resources.
 */
export function configDiff(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  options: DiffOptions,
): ConfigDiff {
  const changed = before === undefined ? [] : secretChanges(before, after);
  const notes = [
    ...changed.map((path) => ({ path, note: `secret value changed at ${dottedPath(path)}` })),
    ...addedNulls(before, after).map((path) => ({
      path,
      note: "null: removes this key's chart default",
    })),
  ];
  const diff = unifiedDiff(
    yamlText(before === undefined ? undefined : maskSecrets(before)),
    yamlText(maskSecrets(after), notes),
    options,
  );
  return { diff, secretChanges: changed.map(dottedPath) };
}
