/**
 * The fleet file: which W&B instances exist, how to reach each one, which configuration layers make it, and
 * in which stage it is promoted. Pure: the caller reads the file; this module parses and validates it and
 * reports every problem at its FILE:LINE:COL, as the configuration module does for configuration layers.
 *
 *   stages: [dev, staging, production]     # the order of named stages (not needed when stages are numbers)
 *   instances:
 *     - name: staging
 *       stage: staging
 *       kubeconfig-env: KUBECONFIG_STAGING  # the NAME of the variable holding the kubeconfig (a secret)
 *       namespace: wandb
 *       config: [base.yaml, overlays/staging.yaml]   # relative to the fleet file
 *       verify: { host: https://wandb.staging.example.com, api-key-env: WANDB_API_KEY_STAGING }
 *
 * The file holds references to secrets (variable names, kubeconfig contexts), never secrets: a fleet file is
 * committed next to the configuration and printed in errors.
 */
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import { closest } from '../core/inputs.js';
import type { SourcePlace } from '../core/errors.js';

export interface FleetProblem {
  severity: 'error' | 'warning';
  place: SourcePlace;
  message: string;
  fix?: string;
}

export interface ConfigRef {
  /** As written in the fleet file: relative to the fleet file's directory (or absolute). */
  path: string;
  place: SourcePlace;
}

export interface VerifySettings {
  host: string;
  /** Name of the environment variable holding the W&B API key. */
  apiKeyEnv?: string;
  entity?: string;
  project?: string;
  failOn?: 'error' | 'warning';
  clusterChecks?: 'auto' | 'true' | 'false';
  /** PEM file of a private CA for the W&B host, as written (relative to the fleet file). */
  caFile?: string;
  place: SourcePlace;
}

export interface FleetInstance {
  name: string;
  /** The stage as a string: numbers are written in decimal ("1"). */
  stage: string;
  namespace: string;
  /** metadata.name of the CR when the layers do not set it. */
  crName?: string;
  kubeconfigEnv?: string;
  context?: string;
  config: ConfigRef[];
  set: string[];
  verify?: VerifySettings;
  place: SourcePlace;
  /** Where `kubeconfig-env` (or `context`) is written: errors about reaching the cluster point there. */
  accessPlace: SourcePlace;
  /** Where `verify.api-key-env` is written. */
  apiKeyPlace?: SourcePlace;
}

export interface Stage {
  name: string;
  /** 1-based position in promotion order. */
  index: number;
  instances: FleetInstance[];
}

export interface Fleet {
  file: string;
  stages: Stage[];
  instances: FleetInstance[];
}

export interface ParsedFleet {
  fleet?: Fleet;
  problems: FleetProblem[];
}

const TOP_KEYS = ['stages', 'instances'];
const INSTANCE_KEYS = [
  'name',
  'stage',
  'namespace',
  'cr-name',
  'kubeconfig-env',
  'context',
  'config',
  'set',
  'verify',
];
const VERIFY_KEYS = ['host', 'api-key-env', 'entity', 'project', 'fail-on', 'cluster-checks', 'ca-file'];

/** Instance names end up in file names and job names: a DNS label keeps them safe everywhere. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function formatFleetProblem(p: FleetProblem): string {
  const head = `${p.place.file}:${p.place.line}:${p.place.column}: ${p.severity}: ${p.message}`;
  return p.fix ? `${head}\n  fix: ${p.fix}` : head;
}

export function fleetHasErrors(problems: FleetProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

class Reader {
  readonly problems: FleetProblem[] = [];
  private readonly lines = new LineCounter();

  constructor(readonly file: string) {}

  get lineCounter(): LineCounter {
    return this.lines;
  }

  at(node: unknown, fallback?: SourcePlace): SourcePlace {
    const offset = (node as YamlNode | null | undefined)?.range?.[0];
    if (offset === undefined) return fallback ?? { file: this.file, line: 1, column: 1 };
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
  }

  error(place: SourcePlace, message: string, fix?: string): void {
    this.problems.push({ severity: 'error', place, message, fix });
  }

  warning(place: SourcePlace, message: string, fix?: string): void {
    this.problems.push({ severity: 'warning', place, message, fix });
  }

  /** The map's entries by key, reporting unknown keys (by name only: a value could be a pasted secret). */
  entries(map: YAMLMap, allowed: string[], where: string): Map<string, { key: unknown; value: unknown }> {
    const out = new Map<string, { key: unknown; value: unknown }>();
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const place = this.at(pair.key, this.at(map));
      if (out.has(key)) {
        this.error(place, `duplicate key \`${key}\` in ${where}`, 'Keep one of the two.');
        continue;
      }
      if (!allowed.includes(key)) {
        this.error(place, `unknown key \`${key}\` in ${where}`, unknownKeyFix(key, allowed));
        continue;
      }
      out.set(key, { key: pair.key, value: pair.value });
    }
    return out;
  }

  /** A non-empty string scalar (numbers are accepted and written in decimal where `numbers` is true). */
  string(
    entry: { key: unknown; value: unknown } | undefined,
    what: string,
    numbers = false,
  ): string | undefined {
    if (!entry) return undefined;
    const node = entry.value;
    const place = this.at(node, this.at(entry.key));
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
      return node.value.trim();
    if (isScalar(node) && numbers && typeof node.value === 'number') return String(node.value);
    this.error(place, `${what} must be ${numbers ? 'a name or a number' : 'a non-empty string'}`);
    return undefined;
  }

  stringList(
    entry: { key: unknown; value: unknown } | undefined,
    what: string,
  ): Array<{
    value: string;
    place: SourcePlace;
  }> {
    if (!entry) return [];
    const node = entry.value;
    // A single string is a list of one, as on the command line.
    const items = isSeq(node) ? node.items : [node];
    const out: Array<{ value: string; place: SourcePlace }> = [];
    for (const item of items) {
      const place = this.at(item, this.at(entry.key));
      if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '')
        out.push({ value: item.value.trim(), place });
      else this.error(place, `each entry of ${what} must be a non-empty string`);
    }
    return out;
  }
}

function unknownKeyFix(key: string, allowed: string[]): string {
  if (key === 'kubeconfig')
    return 'Never put a kubeconfig in the fleet file: store it as a secret and name its environment variable in `kubeconfig-env`, or name a context of the ambient kubeconfig in `context`.';
  if (key === 'api-key')
    return 'Never put an API key in the fleet file: store it as a secret and name its environment variable in `api-key-env`.';
  const suggestion = closest(key, allowed);
  return suggestion
    ? `Did you mean \`${suggestion}\`? Allowed here: ${allowed.join(', ')}.`
    : `Allowed here: ${allowed.join(', ')}.`;
}

function envReference(reader: Reader, entry: { key: unknown; value: unknown } | undefined, what: string) {
  const name = reader.string(entry, what);
  if (name === undefined || !entry) return undefined;
  if (!ENV_NAME.test(name)) {
    // The value is not repeated: someone may have pasted the secret itself here.
    reader.error(
      reader.at(entry.value),
      `${what} must name an environment variable (letters, digits and _), not hold the secret itself`,
      'Store the secret in your CI (e.g. a GitHub secret), expose it as an environment variable of the step, and put that variable name here.',
    );
    return undefined;
  }
  return name;
}

function parseVerify(reader: Reader, entry: { key: unknown; value: unknown }): VerifySettings | undefined {
  const place = reader.at(entry.value, reader.at(entry.key));
  if (!isMap(entry.value)) {
    reader.error(place, '`verify` must be a map with at least `host`');
    return undefined;
  }
  const keys = reader.entries(entry.value, VERIFY_KEYS, '`verify`');
  const host = reader.string(keys.get('host'), '`verify.host`');
  if (!keys.has('host')) reader.error(place, '`verify` needs `host`, the base URL of the W&B Server');
  if (host !== undefined && !/^https?:\/\/[^\s/]+/.test(host))
    reader.error(
      reader.at(keys.get('host')?.value),
      '`verify.host` must be an http(s) URL',
      'Write it as https://wandb.example.com.',
    );
  const failOn = reader.string(keys.get('fail-on'), '`verify.fail-on`');
  if (failOn !== undefined && failOn !== 'error' && failOn !== 'warning')
    reader.error(reader.at(keys.get('fail-on')?.value), '`verify.fail-on` is `error` or `warning`');
  // `cluster-checks: false` is a YAML boolean; `auto` is a string: both are accepted.
  const clusterNode = keys.get('cluster-checks')?.value;
  const clusterValue =
    isScalar(clusterNode) && typeof clusterNode.value === 'boolean'
      ? String(clusterNode.value)
      : reader.string(keys.get('cluster-checks'), '`verify.cluster-checks`');
  if (clusterValue !== undefined && !['auto', 'true', 'false'].includes(clusterValue))
    reader.error(reader.at(clusterNode), '`verify.cluster-checks` is `auto`, `true` or `false`');
  if (host === undefined) return undefined;
  return {
    host,
    apiKeyEnv: envReference(reader, keys.get('api-key-env'), '`verify.api-key-env`'),
    entity: reader.string(keys.get('entity'), '`verify.entity`'),
    project: reader.string(keys.get('project'), '`verify.project`'),
    failOn: failOn === 'warning' ? 'warning' : failOn === 'error' ? 'error' : undefined,
    clusterChecks: clusterValue as VerifySettings['clusterChecks'],
    caFile: reader.string(keys.get('ca-file'), '`verify.ca-file`'),
    place,
  };
}

function parseInstance(reader: Reader, node: unknown, index: number): FleetInstance | undefined {
  const place = reader.at(node);
  if (!isMap(node)) {
    reader.error(place, `instances[${index}] must be a map (name, stage, namespace, config, ...)`);
    return undefined;
  }
  // Keys are checked even when `name` is missing, so that one run reports every problem.
  const keys = reader.entries(node, INSTANCE_KEYS, `instances[${index}]`);
  const name = reader.string(keys.get('name'), '`name`');
  const label = name ? `instance \`${name}\`` : `instances[${index}]`;
  if (!keys.has('name')) reader.error(place, `${label} has no \`name\``);
  else if (name !== undefined && !DNS_LABEL.test(name))
    reader.error(
      reader.at(keys.get('name')?.value),
      `instance name \`${name}\` must be lower-case letters, digits and -, starting and ending with a letter or digit`,
      'Instance names become file and job names; e.g. `staging-eu`.',
    );
  const stage = reader.string(keys.get('stage'), '`stage`', true);
  if (!keys.has('stage'))
    reader.error(
      place,
      `${label} has no \`stage\``,
      'Give it a stage: a number, or a name listed in `stages`.',
    );
  const namespace = reader.string(keys.get('namespace'), '`namespace`');
  if (!keys.has('namespace'))
    reader.error(
      place,
      `${label} has no \`namespace\``,
      'Name the namespace of its WeightsAndBiases resource: the fleet file is where instances are told apart.',
    );
  else if (namespace !== undefined && !DNS_LABEL.test(namespace))
    reader.error(
      reader.at(keys.get('namespace')?.value),
      `namespace \`${namespace}\` is not a valid namespace name`,
    );
  const crName = reader.string(keys.get('cr-name'), '`cr-name`');
  const kubeconfigEnv = envReference(reader, keys.get('kubeconfig-env'), '`kubeconfig-env`');
  const context = reader.string(keys.get('context'), '`context`');
  if (!keys.has('kubeconfig-env') && !keys.has('context'))
    reader.error(
      place,
      `${label} says neither \`kubeconfig-env\` nor \`context\`: which cluster is it in?`,
      'Add `kubeconfig-env: VARIABLE` (a variable holding the kubeconfig, a secret) or `context: NAME` (a context of the kubeconfig in KUBECONFIG). Falling back to the current context could deploy to the wrong cluster.',
    );
  const accessPlace = reader.at(keys.get('kubeconfig-env')?.value ?? keys.get('context')?.value, place);
  const config = reader
    .stringList(keys.get('config'), '`config`')
    .map((c) => ({ path: c.value, place: c.place }));
  if (!keys.has('config'))
    reader.error(
      place,
      `${label} has no \`config\``,
      'List its configuration layers, e.g. `config: [base.yaml, overlays/staging.yaml]`.',
    );
  else if (config.length === 0 && isSeq(keys.get('config')?.value))
    reader.error(reader.at(keys.get('config')?.value), `\`config\` of ${label} is empty`);
  const set = reader.stringList(keys.get('set'), '`set`').map((s) => s.value);
  const verifyEntry = keys.get('verify');
  const verify = verifyEntry ? parseVerify(reader, verifyEntry) : undefined;
  const apiKeyNode = isMap(verifyEntry?.value) ? verifyEntry?.value.get('api-key-env', true) : undefined;
  if (name === undefined || stage === undefined || namespace === undefined) return undefined;
  return {
    name,
    stage,
    namespace,
    crName,
    kubeconfigEnv,
    context,
    config,
    set,
    verify,
    place,
    accessPlace,
    apiKeyPlace: apiKeyNode ? reader.at(apiKeyNode) : undefined,
  };
}

/** Orders the stages: the `stages` list when given, else numerically (names then need the list). */
function orderStages(
  reader: Reader,
  instances: FleetInstance[],
  declared: Array<{ value: string; place: SourcePlace }> | undefined,
  stageNodes: Map<FleetInstance, SourcePlace>,
): Stage[] {
  let order: string[];
  if (declared) {
    order = [];
    for (const stage of declared) {
      if (order.includes(stage.value))
        reader.error(stage.place, `stage \`${stage.value}\` is listed twice in \`stages\``);
      else order.push(stage.value);
    }
    for (const instance of instances) {
      if (!order.includes(instance.stage)) {
        const suggestion = closest(instance.stage, order);
        reader.error(
          stageNodes.get(instance) ?? instance.place,
          `stage \`${instance.stage}\` of instance \`${instance.name}\` is not in \`stages\``,
          suggestion
            ? `Did you mean \`${suggestion}\`?`
            : `Add it to \`stages\` (${order.join(', ')}) where it belongs in the order.`,
        );
      }
    }
    for (const stage of declared) {
      if (!instances.some((i) => i.stage === stage.value))
        reader.warning(stage.place, `stage \`${stage.value}\` has no instances; it is skipped`);
    }
  } else {
    const named = instances.filter((i) => !/^\d+$/.test(i.stage));
    for (const instance of named) {
      reader.error(
        stageNodes.get(instance) ?? instance.place,
        `stage \`${instance.stage}\` is a name, and the fleet file has no \`stages\` list to order it`,
        'Add a top-level `stages: [dev, staging, production]` in promotion order, or number the stages (1, 2, 3).',
      );
    }
    order = [...new Set(instances.map((i) => i.stage))].sort((a, b) => Number(a) - Number(b));
  }
  return order
    .map((name) => ({ name, instances: instances.filter((i) => i.stage === name) }))
    .filter((s) => s.instances.length > 0)
    .map((s, i) => ({ ...s, index: i + 1 }));
}

function checkTargets(reader: Reader, instances: FleetInstance[]): void {
  const seenNames = new Map<string, FleetInstance>();
  const seenTargets = new Map<string, FleetInstance>();
  for (const instance of instances) {
    const first = seenNames.get(instance.name);
    if (first)
      reader.error(
        instance.place,
        `instance name \`${instance.name}\` is used twice (first at line ${first.place.line})`,
        'Give every instance its own name.',
      );
    else seenNames.set(instance.name, instance);
    // Only the same reference is caught: two variables may hold the same cluster, which no file can tell.
    const cluster = instance.kubeconfigEnv ? `env:${instance.kubeconfigEnv}` : '';
    const target = `${cluster}|ctx:${instance.context ?? ''}|${instance.namespace}|${instance.crName ?? ''}`;
    const other = seenTargets.get(target);
    if (other)
      reader.error(
        instance.place,
        `instances \`${other.name}\` and \`${instance.name}\` deploy to the same namespace \`${instance.namespace}\` of the same cluster`,
        'One W&B instance per namespace: give each its own namespace (or cr-name), or drop one.',
      );
    else seenTargets.set(target, instance);
  }
}

export function parseFleet(file: string, text: string): ParsedFleet {
  const reader = new Reader(file);
  const docs = parseAllDocuments(text, { lineCounter: reader.lineCounter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const origin = { file, line: 1, column: 1 };
  if (list.length !== 1) {
    reader.error(
      list.length > 1 ? reader.at({ range: list[1].range }) : origin,
      list.length > 1 ? 'a fleet file is one YAML document' : 'the fleet file is empty',
      'Write one map with `instances:` (and `stages:` when stages have names).',
    );
    return { problems: reader.problems };
  }
  const doc = list[0];
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      reader.error(
        reader.at({ range: [error.pos[0]] }),
        `YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        'Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes).',
      );
    return { problems: reader.problems };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    reader.error(reader.at(root, origin), 'the top level of a fleet file must be a map with `instances:`');
    return { problems: reader.problems };
  }
  const top = reader.entries(root, TOP_KEYS, 'the fleet file');
  const declaredEntry = top.get('stages');
  let declared: Array<{ value: string; place: SourcePlace }> | undefined;
  if (declaredEntry) {
    declared = [];
    const items = isSeq(declaredEntry.value) ? declaredEntry.value.items : undefined;
    if (!items)
      reader.error(
        reader.at(declaredEntry.value, reader.at(declaredEntry.key)),
        '`stages` must be a list of stage names, in promotion order',
      );
    for (const item of items ?? []) {
      const ok =
        isScalar(item) &&
        (typeof item.value === 'string' || typeof item.value === 'number') &&
        String(item.value).trim() !== '';
      if (ok) declared.push({ value: String(item.value).trim(), place: reader.at(item) });
      else reader.error(reader.at(item), 'each entry of `stages` must be a stage name or number');
    }
  }
  const instancesEntry = top.get('instances');
  if (!instancesEntry) {
    reader.error(
      reader.at(root),
      'the fleet file has no `instances` list',
      'Add `instances:` with one entry per W&B instance.',
    );
    return { problems: reader.problems };
  }
  if (!isSeq(instancesEntry.value) || instancesEntry.value.items.length === 0) {
    reader.error(
      reader.at(instancesEntry.value, reader.at(instancesEntry.key)),
      '`instances` must be a non-empty list',
    );
    return { problems: reader.problems };
  }
  const instances: FleetInstance[] = [];
  const stageNodes = new Map<FleetInstance, SourcePlace>();
  instancesEntry.value.items.forEach((node, i) => {
    const instance = parseInstance(reader, node, i);
    if (!instance) return;
    instances.push(instance);
    const stageNode = isMap(node) ? node.get('stage', true) : undefined;
    stageNodes.set(instance, reader.at(stageNode, instance.place));
  });
  checkTargets(reader, instances);
  const stages = orderStages(reader, instances, declared, stageNodes);
  if (fleetHasErrors(reader.problems)) return { problems: reader.problems };
  // Instances in promotion order, then file order inside a stage.
  return {
    fleet: { file, stages, instances: stages.flatMap((s) => s.instances) },
    problems: reader.problems,
  };
}
