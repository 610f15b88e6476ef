/** Chart values: merging (objects merge, everything else replaces) and comparison. Pure. */
export type Values = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function mergeValues(...layers: Values[]): Values {
  const out: Values = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      out[key] =
        isPlainObject(value) && isPlainObject(out[key]) ? mergeValues(out[key] as Values, value) : value;
    }
  }
  return out;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Leaf paths whose values differ between `a` and `b` (e.g. `image.tag`), sorted. */
export function changedPaths(a: unknown, b: unknown, path = ''): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => changedPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return canonicalJson(a) === canonicalJson(b) ? [] : [path || '(all)'];
}

/** Every leaf path of `values` (e.g. `image.tag`), sorted; an empty object or a list counts as a leaf. */
export function leafPaths(values: unknown, path = ''): string[] {
  if (isPlainObject(values) && Object.keys(values).length > 0) {
    return Object.keys(values)
      .sort()
      .flatMap((k) => leafPaths(values[k], path ? `${path}.${k}` : k));
  }
  return path ? [path] : [];
}

/** true when `path` (dotted) or one of its parents is set in `values`. */
export function isSetAt(values: Values, path: string): boolean {
  let here: unknown = values;
  for (const key of path.split('.')) {
    if (!isPlainObject(here) || !(key in here)) return false;
    here = here[key];
    if (!isPlainObject(here)) return true;
  }
  return true;
}
