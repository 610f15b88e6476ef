/*
 * The v2 path of configuration: a WeightsAndBiases CR of `apps.wandb.com/v2` (the W&B operator v2, a typed
 * spec without Helm values). Pure, like the v1 path in ../index.ts, which hands over here once the layers
 * are read and the winning apiVersion is v2.
 *
 * Layering is v1's (files left to right, then --set; maps merge, lists and scalars replace; places kept),
 * with one difference: a v2 CR has no Helm values, so a values overlay (a file of bare Helm values), a spec
 * fragment (`chart:`/`values:`) and a `--set` whose path is not under apiVersion/kind/metadata/spec (which v1
 * reads as a values path) are errors at their place, and are left out of the merge.
 * Validation: the v2 CRD's own schema (./schema.ts, generated from the CRD) and the rules it cannot hold
 * (./rules.ts). Secrets are found and masked by the same module as for v1 (../secrets.ts).
 */
import {
  SET_FILE,
  mergeLayers,
  pathKey,
  toPlain,
  type Layer,
  type Place,
  type PlaceIndex,
} from '../layers.js';
import type { BuiltConfig, ConfigFile, Diagnostic } from '../index.js';
import type { Finding } from '../rules.js';
import { dotted } from '../schema.js';
import { scanSecrets } from '../secrets.js';
import { chooseKnowledge } from '../../charts/catalog.js';
import { weakSecretReason } from '../../core/redact.js';
import { schemaFindings, V2_CRD } from './schema.js';
import { secretReferences, v2RuleFindings } from './rules.js';

export const V2_API_VERSION = 'apps.wandb.com/v2';

/** The apiVersion the merge will hold: that of the last layer that sets one (a string), if any. */
export function winningApiVersion(layers: readonly Layer[]): unknown {
  let version: unknown;
  for (const layer of layers) {
    const entry = layer.root.entries.get('apiVersion');
    if (entry?.node.kind === 'scalar' && entry.node.value !== null) version = entry.node.value;
    else if (entry?.node.kind === 'scalar') version = undefined;
  }
  return version;
}

/** Whether a whole-CR file carries the v1 shape (spec.chart or spec.values). */
function v1Shaped(layer: Layer): boolean {
  if (layer.kind !== 'cr' || layer.file === SET_FILE) return false;
  const spec = layer.root.entries.get('spec')?.node;
  return spec?.kind === 'map' && (spec.entries.has('values') || spec.entries.has('chart'));
}

/**
 * Whether the layers make a v2 CR: the CR's apiVersion chooses the path. One exception: a CR file in the v1
 * shape (spec.chart, spec.values) is a v1 CR with the wrong apiVersion, and the v1 path says so at the
 * apiVersion; values overlays and --set do not count (with a v2 CR they are refused as such).
 */
export function choosesV2(layers: readonly Layer[]): boolean {
  return winningApiVersion(layers) === V2_API_VERSION && !layers.some(v1Shaped);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A layer a v2 CR cannot take, said at its place; undefined for a layer that applies. */
function refusal(layer: Layer): Diagnostic | undefined {
  const spec = layer.root.entries.get('spec');
  const values = spec?.node.kind === 'map' ? spec.node.entries.get('values') : undefined;
  if (layer.file === SET_FILE) {
    if (!values) return undefined;
    const path: string[] = ['spec', 'values'];
    for (let node = values.node; node.kind === 'map' && node.entries.size === 1;) {
      const [[key, entry]] = [...node.entries];
      path.push(key);
      node = entry.node;
    }
    const written = dotted(path.slice(2)) || 'values';
    return {
      severity: 'error',
      message: `--set ${written} addresses spec.values, the Helm values of a v1 CR; a v2 CR (${V2_API_VERSION}) has no Helm values`,
      fix: `Address the v2 spec from its top: --set spec.${written}=VALUE if that is a v2 field (e.g. --set spec.wandb.version=0.81.0).`,
      ...values.key,
      path: dotted(path),
    };
  }
  if (layer.kind === 'cr') return undefined;
  const first = [...layer.root.entries.values()][0];
  const place =
    first?.node.kind === 'map' ? ([...first.node.entries.values()][0]?.key ?? first.key) : first?.key;
  const what =
    layer.kind === 'values'
      ? 'a values overlay (bare Helm values for operator-wandb, merged under spec.values)'
      : 'a spec fragment (`chart:` and `values:`, the v1 shape the release channel serves)';
  return {
    severity: 'error',
    message: `${layer.file} is ${what}: values overlays do not apply to a v2 CR (${V2_API_VERSION}), which takes a typed spec and no Helm values`,
    fix: 'Write these settings into the v2 CR itself (spec.wandb, spec.mysql, spec.networking, ...: see the v2 CRD), in a layer that is a whole CR, and drop this file from --config.',
    ...(place ?? { file: layer.file, line: 1, column: 1 }),
    path: layer.kind === 'values' ? 'spec.values' : 'spec',
  };
}

/** Where to report a finding: the place of the path, or of its closest ancestor that has one. */
function placeOf(index: PlaceIndex, path: readonly string[], at: 'key' | 'value', fallback: Place): Place {
  for (let length = path.length; length >= 0; length--) {
    const record = index.get(pathKey(path.slice(0, length)));
    if (!record) continue;
    if (length === path.length && at === 'value') return record.value;
    return record.key ?? record.value;
  }
  return fallback;
}

/** Fills name and namespace (from --name/--namespace when no layer sets them), apiVersion and kind. */
function completeResource(
  merged: Record<string, unknown>,
  defaults: { name: string; namespace: string },
  index: PlaceIndex,
  fallback: Place,
): Record<string, unknown> {
  const set = (path: string[], value: unknown, place: Place) => {
    index.set(pathKey(path), { key: place, value: place });
    return value;
  };
  let metadata = merged.metadata;
  if (metadata === undefined) metadata = set(['metadata'], {}, fallback);
  if (isObject(metadata)) {
    const { name, namespace, ...rest } = metadata;
    metadata = {
      name: name ?? set(['metadata', 'name'], defaults.name, { file: '--name', line: 1, column: 1 }),
      namespace:
        namespace ??
        set(['metadata', 'namespace'], defaults.namespace, { file: '--namespace', line: 1, column: 1 }),
      ...rest,
    };
  }
  const { apiVersion, kind, metadata: _metadata, spec, ...others } = merged;
  return {
    apiVersion: apiVersion ?? set(['apiVersion'], V2_API_VERSION, fallback),
    kind: kind ?? set(['kind'], V2_CRD.kind, fallback),
    metadata,
    spec: spec ?? set(['spec'], {}, fallback),
    ...others,
  };
}

function fileOrder(files: ConfigFile[]): (file: string) => number {
  const order = new Map<string, number>();
  files.forEach((file, i) => {
    if (!order.has(file.path)) order.set(file.path, i);
  });
  const special: Record<string, number> = { [SET_FILE]: 1, '--name': 2, '--namespace': 3 };
  return (file) => order.get(file) ?? files.length + (special[file] ?? 4);
}

/** Schema and rule findings of a merged v2 CR; a rule that explains a key replaces the schema's finding there. */
export function validateV2(cr: Record<string, unknown>): Finding[] {
  const rules = v2RuleFindings(cr);
  // A Secret reference without `key`: the rule's finding says more than the schema's "missing `key`".
  const refs = new Set(secretReferences(cr).map((ref) => pathKey(ref.path)));
  // A rule about a value (a version YAML made a number) says more than the schema's type error there.
  const ruledValues = new Set(rules.filter((f) => f.at === 'value').map((f) => pathKey(f.path)));
  const schema = schemaFindings(cr).filter(
    (f) =>
      !(f.at === 'key' && refs.has(pathKey(f.path)) && f.message.includes('missing `key`')) &&
      !(f.at === 'value' && ruledValues.has(pathKey(f.path))),
  );
  return [...schema, ...rules];
}

export const V2_NOTE = `no chart: a v2 CR (${V2_API_VERSION}) takes no Helm chart or values; checked against the operator's v2 CRD (${V2_CRD.source.file})`;

/**
 * The v2 counterpart of buildConfig, called by it with the layers it read and the problems found so far.
 * `chart` is kept for the shape of BuiltConfig: its note says that no chart applies.
 */
export function buildV2Config(
  files: ConfigFile[],
  layers: Layer[],
  earlier: Diagnostic[],
  fatal: boolean,
  defaults: { name: string; namespace: string },
): BuiltConfig {
  const diagnostics = [...earlier];
  const applied: Layer[] = [];
  for (const layer of layers) {
    const refused = refusal(layer);
    if (refused) diagnostics.push(refused);
    else applied.push(layer);
  }
  const fallback: Place = { file: files[0]?.path ?? SET_FILE, line: 1, column: 1 };
  const index: PlaceIndex = new Map();
  const merged = mergeLayers(applied);
  const plain = merged ? (toPlain(merged, [], index) as Record<string, unknown>) : {};
  const cr = completeResource(plain, defaults, index, fallback);
  const where = (finding: Finding): Diagnostic => ({
    severity: finding.severity,
    message: finding.message,
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...placeOf(index, finding.path, finding.at, fallback),
    path: dotted(finding.path),
  });
  // After a syntax error the merge lacks part of a file; checking it would report problems that are not there.
  if (!fatal) diagnostics.push(...validateV2(cr).map(where));

  const { secrets, masked, places } = scanSecrets(cr);
  for (const { path, value } of places) {
    const reason = weakSecretReason(value);
    if (!reason) continue;
    diagnostics.push(
      where({
        severity: 'warning',
        path,
        at: 'value',
        message: `the secret at \`${dotted(path)}\` is weak (${reason}): it is masked where it stands in the resource, but not in free text, where masking it would garble the output`,
        fix: 'Use a long random value (at least 8 characters, not a word), and keep it in a Kubernetes Secret.',
      }),
    );
  }
  const order = fileOrder(files);
  diagnostics.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column);
  const locate = (path: readonly string[]) => placeOf(index, path, 'value', fallback);
  return {
    cr,
    diagnostics,
    secrets,
    masked,
    chart: { ...chooseKnowledge(undefined), note: V2_NOTE },
    locate,
  };
}
