/**
 * A live v2 CR as the configuration wrote it. The API server fills in the v2 CRD's defaults (`size`,
 * `retentionPolicy.onDelete`, probes, ports...) when it stores the CR, so the live spec holds fields the
 * configuration never set. Compared as it is, the live CR would never match its configuration: every rerun
 * would re-apply (no "no changes"), and the diff would show the defaults as removed lines.
 *
 * Pure: the defaults are computed by the same generated validator that checks v2 CRs (it applies the CRD's
 * defaults to its input), on a copy.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ValidateFunction } from 'ajv';
import compiledValidator from '../config/v2/generated/v2-validator.js';
import { V2_API_VERSION } from '../config/v2/index.js';

type Json = Record<string, unknown>;
const withDefaults = compiledValidator as ValidateFunction;

export function isV2(cr: Json | undefined): boolean {
  return cr?.apiVersion === V2_API_VERSION;
}

/** `cr` with the v2 CRD's defaults filled in, as the API server stores it (a copy; `cr` is not changed). */
export function defaulted(cr: Json): Json {
  const copy = structuredClone(cr);
  withDefaults(copy);
  return copy;
}

const isMap = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `live` without what the API server added by default: a key the configuration (`desired`) does not set whose
 * live value is the CRD's default there (`filled`: `desired` with defaults). A key set to anything else, by
 * anyone, stays: that is a real difference the diff must show.
 */
function prune(live: unknown, desired: unknown, filled: unknown): unknown {
  // List items get defaults too (ports, env...): item by item while the lists are as long as each other.
  if (Array.isArray(live) && Array.isArray(filled) && live.length === filled.length)
    return live.map((item, i) => prune(item, Array.isArray(desired) ? desired[i] : undefined, filled[i]));
  if (!isMap(live) || !isMap(filled)) return live;
  const want = isMap(desired) ? desired : {};
  const out: Json = {};
  for (const [key, value] of Object.entries(live)) {
    if (!(key in want) && key in filled && isDeepStrictEqual(value, filled[key])) continue;
    out[key] = prune(value, want[key], filled[key]);
  }
  return out;
}

/** The live spec as the configuration would have written it: the CRD's defaults it did not set left out. */
export function configuredSpec(liveSpec: unknown, desired: Json): unknown {
  return prune(liveSpec, desired.spec, defaulted(desired).spec);
}
