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
