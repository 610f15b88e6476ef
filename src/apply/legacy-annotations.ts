/**
 * The v2 operator's `legacy.operator.wandb.com/*` annotations, as apply-cr reads, diffs and prints them.
 *
 * On a cluster with the v2 operator, its conversion webhook serves a v1 CR as v2 and keeps what it could not map
 * in annotations (operator-v2 facts): `legacy.operator.wandb.com/v1-values` holds the raw v1 values with every
 * secret inline, and `legacy.operator.wandb.com/<store>-pending` (mysql, redis, oidc, bucket, clickhouse) holds
 * JSON with literal passwords for its reconciler to turn into Secrets. They are JSON text inside a string, so
 * the secret rules (src/config/secrets.ts), which look at keys, do not see inside them: the value's key says
 * nothing and the password is a field of the text. Here each such value is parsed when it parses, its secrets
 * found by the same rules, and the text rebuilt with them masked, for the diff; the secrets themselves, and the
 * escaped forms Go's encoding/json writes them in (`<`, `>`, `&` as \u003c, \u003e, \u0026), go to the redactor
 * for everything else that might print them. Pure.
 */
import { parse as parseYaml, stringify as yamlText } from 'yaml';
import { scanSecrets } from '../config/secrets.js';
import { configDiff, secretChanges, type ConfigDiff } from '../diff/config.js';
import type { DiffOptions } from '../diff/unified.js';

export const LEGACY_PREFIX = 'legacy.operator.wandb.com/';

type Json = Record<string, unknown>;

const isMap = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function annotationsOf(cr: unknown): Json | undefined {
  const metadata = isMap(cr) ? cr.metadata : undefined;
  const annotations = isMap(metadata) ? metadata.annotations : undefined;
  return isMap(annotations) ? annotations : undefined;
}

/** The text of an annotation read as data: JSON (what the webhook writes), else a YAML map; undefined if neither. */
function asData(text: string): { data: unknown; json: boolean } | undefined {
  try {
    return { data: JSON.parse(text) as unknown, json: true };
  } catch {
    // not JSON: a YAML map is the other form a person would write values in
  }
  try {
    const data = parseYaml(text) as unknown;
    return isMap(data) || Array.isArray(data) ? { data, json: false } : undefined;
  } catch {
    return undefined;
  }
}

/** One legacy annotation's value: the secrets in it and its text with them masked. */
export function scanLegacyValue(text: string): { secrets: string[]; masked: string } {
  const parsed = asData(text);
  // Not data: the string rules still apply (the user-info of a URL in it).
  if (!parsed) {
    const { secrets, masked } = scanSecrets(text);
    return { secrets, masked };
  }
  const { secrets, masked } = scanSecrets(parsed.data);
  if (secrets.length === 0) return { secrets, masked: text };
  return { secrets, masked: parsed.json ? JSON.stringify(masked) : yamlText(masked) };
}

/** The secrets inside the legacy annotations of `cr`. */
export function legacySecrets(cr: unknown): string[] {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(annotationsOf(cr) ?? {}))
    if (key.startsWith(LEGACY_PREFIX) && typeof value === 'string')
      for (const secret of scanLegacyValue(value).secrets) found.add(secret);
  return [...found];
}

/**
 * `cr` with each legacy annotation's secrets masked in its text (the rest of the object as it is; a copy only
 * where something changed).
 */
export function maskLegacyAnnotations<T>(cr: T): T {
  const annotations = annotationsOf(cr);
  if (!annotations || !Object.keys(annotations).some((key) => key.startsWith(LEGACY_PREFIX))) return cr;
  const masked: Json = {};
  for (const [key, value] of Object.entries(annotations))
    masked[key] =
      key.startsWith(LEGACY_PREFIX) && typeof value === 'string' ? scanLegacyValue(value).masked : value;
  const object = cr as Json;
  return { ...object, metadata: { ...(object.metadata as Json), annotations: masked } } as T;
}

/**
 * The legacy annotations in which a secret differs between `before` and `after` where both sides mask it: a
 * change the masked diff cannot show, said beside it.
 */
export function legacySecretChanges(before: unknown, after: unknown): string[] {
  const a = annotationsOf(before) ?? {};
  const b = annotationsOf(after) ?? {};
  return Object.keys(b).filter((key) => {
    const before = a[key];
    const after = b[key];
    if (!key.startsWith(LEGACY_PREFIX) || typeof before !== 'string' || typeof after !== 'string')
      return false;
    if (before === after) return false;
    const [da, db] = [asData(before), asData(after)];
    // Data on both sides: a secret that changed at a path where both sides mask it, whatever else changed.
    if (da && db) return secretChanges(da.data, db.data).length > 0;
    return scanLegacyValue(before).masked === scanLegacyValue(after).masked;
  });
}

/**
 * Registers with the redactor every secret of `cr`: those the secret rules find in its fields, and those inside
 * its legacy annotations. The redactor itself adds the forms Go's JSON writes them in (src/core/redact.ts).
 */
export function registerCrSecrets(cr: unknown, redactor: { add(secret: string): boolean }): void {
  for (const secret of [...scanSecrets(cr ?? {}).secrets, ...legacySecrets(cr)]) redactor.add(secret);
}

/**
 * apply-cr's diff from the live CR (as `comparable` gives it; undefined: not in the cluster) to the desired one:
 * masked by the secret rules (src/diff/config.ts) and, inside the legacy annotations, by the rules above.
 * `secretChanges` also names the legacy annotations whose secrets changed where the masked text cannot show it.
 */
export function crDiff(
  previous: Record<string, unknown> | undefined,
  desired: Record<string, unknown>,
  options: DiffOptions,
): ConfigDiff {
  const result = configDiff(
    previous === undefined ? undefined : maskLegacyAnnotations(previous),
    maskLegacyAnnotations(desired),
    options,
  );
  const hidden = legacySecretChanges(previous, desired).map((key) => `metadata.annotations.${key}`);
  return { ...result, secretChanges: [...result.secretChanges, ...hidden] };
}
