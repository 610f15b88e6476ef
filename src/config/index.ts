/*
 * From layered configuration files and --set entries to one validated, masked WeightsAndBiases resource.
 * Pure: the caller reads the files; this module only parses, merges, validates and masks.
 * Layering rules: see the comment at the top of layers.ts. Validation: schema/wandb-cr.schema.json
 * (structure, types, known keys) and rules.ts (cross-field rules and documented choices).
 */
import {
  SET_FILE,
  mergeLayers,
  parseLayer,
  parseSets,
  pathKey,
  toPlain,
  type Layer,
  type LayerProblem,
  type Place,
  type PlaceIndex,
} from './layers.js';
import { ruleFindings, type Finding } from './rules.js';
import { chartKeyFindings } from './chart-keys.js';
import { chooseKnowledge, type ChosenKnowledge } from '../charts/catalog.js';
import { chartDefault, type ChartKnowledge } from '../charts/knowledge.js';
import { dotted, schemaFindings } from './schema.js';
import { scanSecrets } from './secrets.js';
import { weakSecretReason } from '../core/redact.js';
import { buildV2Config, choosesV2 } from './v2/index.js';

export { secretValuesIn, maskSecrets } from './secrets.js';
export type { Place } from './layers.js';

export interface ConfigFile {
  /** As the user gave it: diagnostics name the file this way. */
  path: string;
  text: string;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  fix?: string;
  /** 1-based place where the offending value (or key) was set. */
  file: string;
  line: number;
  column: number;
  /** Dotted path in the CR, e.g. spec.values.global.host. */
  path: string;
}

export interface BuiltConfig {
  cr: Record<string, unknown>;
  diagnostics: Diagnostic[];
  secrets: string[];
  masked: Record<string, unknown>;
  /** The operator-wandb version whose keys and defaults the configuration was checked against, and why. */
  chart: ChosenKnowledge;
  /**
   * Where the value (or, failing that, the closest ancestor) at a CR path was set, e.g.
   * ['spec', 'values', 'global', 'host']: for findings made after the merge (the chart's render check).
   */
  locate(path: readonly string[]): Place;
}

export const API_VERSION = 'apps.wandb.com/v1';
export const KIND = 'WeightsAndBiases';

export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
  return d.fix ? `${head}\n  fix: ${d.fix}` : head;
}

export function hasErrors(diagnostics: Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function fromProblem(problem: LayerProblem): Diagnostic {
  return {
    severity: problem.severity ?? 'error',
    message: problem.message,
    ...(problem.fix ? { fix: problem.fix } : {}),
    ...problem.place,
    path: dotted(problem.path),
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

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Fills what no layer set from the defaults, and orders the top level as kubectl prints it. */
function completeResource(
  merged: Record<string, unknown>,
  defaults: { name: string; namespace: string },
  index: PlaceIndex,
  fallback: Place,
): Record<string, unknown> {
  const setDefault = (path: string[], value: unknown, place: Place) => {
    index.set(pathKey(path), { key: place, value: place });
    return value;
  };
  const metadata = isObject(merged.metadata)
    ? merged.metadata
    : merged.metadata === undefined
      ? (setDefault(['metadata'], {}, fallback) as Record<string, unknown>)
      : merged.metadata;
  if (isObject(metadata)) {
    const { name, namespace, ...rest } = metadata;
    const filled: Record<string, unknown> = {
      name: name ?? setDefault(['metadata', 'name'], defaults.name, { file: '--name', line: 1, column: 1 }),
      namespace:
        namespace ??
        setDefault(['metadata', 'namespace'], defaults.namespace, {
          file: '--namespace',
          line: 1,
          column: 1,
        }),
      ...rest,
    };
    merged = { ...merged, metadata: filled };
  }
  let spec = merged.spec;
  if (spec === undefined) spec = setDefault(['spec'], {}, fallback);
  if (isObject(spec) && spec.values === undefined) {
    spec = { ...spec, values: setDefault(['spec', 'values'], {}, fallback) };
  }
  const { apiVersion, kind, metadata: meta, ...others } = merged;
  delete others.spec;
  return {
    apiVersion: apiVersion ?? setDefault(['apiVersion'], API_VERSION, fallback),
    kind: kind ?? setDefault(['kind'], KIND, fallback),
    metadata: meta,
    spec,
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

function toDiagnostics(findings: Finding[], index: PlaceIndex, fallback: Place): Diagnostic[] {
  return findings.map((finding) => ({
    severity: finding.severity,
    message: finding.message,
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...placeOf(index, finding.path, finding.at, fallback),
    path: dotted(finding.path),
  }));
}

/** The version spec.chart.version pins, if any. */
function pinnedChartVersion(cr: Record<string, unknown>): unknown {
  const spec = cr.spec;
  const chart = isObject(spec) ? spec.chart : undefined;
  return isObject(chart) ? chart.version : undefined;
}

export function validateResource(
  cr: Record<string, unknown>,
  index: PlaceIndex,
  fallback: Place,
  chart: ChosenKnowledge = chooseKnowledge(pinnedChartVersion(cr)),
): Diagnostic[] {
  const rules = ruleFindings(cr, chart.knowledge);
  const ruled = new Set(rules.map((finding) => pathKey(finding.path)));
  // A rule that explains a key says more than "unknown key" for the same key.
  const explained = (finding: Finding) =>
    !(finding.severity === 'warning' && ruled.has(pathKey(finding.path)));
  const spec = cr.spec;
  const keys = chartKeyFindings(isObject(spec) ? spec.values : undefined, chart).filter(explained);
  const schema = schemaFindings(cr).filter(explained);
  return toDiagnostics([...schema, ...keys, ...rules], index, fallback);
}

export function buildConfig(
  files: ConfigFile[],
  sets: string[],
  defaults: { name: string; namespace: string },
  options: {
    /** Knowledge read from the chart at hand (the `chart` input): used instead of the version pinned. */
    chart?: ChartKnowledge;
  } = {},
): BuiltConfig {
  const diagnostics: Diagnostic[] = [];
  const layers: Layer[] = [];
  let fatal = false;
  for (const file of files) {
    const parsed = parseLayer(file.path, file.text);
    diagnostics.push(...parsed.problems.map(fromProblem));
    fatal ||= parsed.fatal;
    if (parsed.layer) layers.push(parsed.layer);
  }
  const setLayers = parseSets(sets);
  diagnostics.push(...setLayers.problems.map(fromProblem));
  layers.push(...setLayers.layers);
  // The CR's apiVersion chooses the path: a v2 CR is a typed spec without Helm values (src/config/v2).
  if (choosesV2(layers)) return buildV2Config(files, layers, diagnostics, fatal, defaults);

  const fallback: Place = { file: files[0]?.path ?? SET_FILE, line: 1, column: 1 };
  const index: PlaceIndex = new Map();
  const merged = mergeLayers(layers);
  const plain = merged ? (toPlain(merged, [], index) as Record<string, unknown>) : {};
  if (plain.spec === null) {
    // The operator's own sample leaves `spec:` empty; the operator then runs on the release channel alone.
    diagnostics.push({
      severity: 'warning',
      message:
        '`spec` is empty (null): the operator takes the chart and every value from the release channel (deploy.wandb.ai)',
      fix: 'Write `spec: {}` to mean that, or give `spec.chart` and `spec.values`.',
      ...placeOf(index, ['spec'], 'key', fallback),
      path: 'spec',
    });
    delete plain.spec;
  }
  const cr = completeResource(plain, defaults, index, fallback);

  const chart = chooseKnowledge(pinnedChartVersion(cr), options.chart);
  // After a syntax error the merge lacks part of a file; checking it would report problems that are not there.
  if (!fatal) diagnostics.push(...validateResource(cr, index, fallback, chart));

  const { secrets, masked, places } = scanSecrets(cr);
  // A weak secret is masked at its path (render, diff, summary) but not in free text, which it would garble.
  for (const { path, value } of places) {
    const reason = weakSecretReason(value);
    // The chart's own default (the bundled Kafka's `wandb`) is the chart's choice, not the user's.
    const isDefault =
      path[0] === 'spec' &&
      path[1] === 'values' &&
      String(chartDefault(chart.knowledge, path.slice(2))) === value;
    if (!reason || isDefault) continue;
    diagnostics.push({
      severity: 'warning',
      message: `the secret at \`${dotted(path)}\` is weak (${reason}): it is masked where it stands in the resource, but not in free text, where masking it would garble the output`,
      fix: 'Use a long random value (at least 8 characters, not a word), and keep it in a Kubernetes Secret.',
      ...placeOf(index, path, 'value', fallback),
      path: dotted(path),
    });
  }
  const order = fileOrder(files);
  diagnostics.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column);
  const locate = (path: readonly string[]) => placeOf(index, path, 'value', fallback);
  return { cr, diagnostics, secrets, masked, chart, locate };
}
