/*
 * Rules for a v2 CR that the CRD's schema cannot hold (../shared/reference/operator-v2 facts, 2026-12-05):
 * - `spec.wandb.version` is required and pinned: absent, empty or `latest` makes the operator fail (error);
 *   anything else that is not an exact version (X.Y.Z with an optional pre-release) is a warning, since
 *   upgrade-check and support cannot place it.
 * - Each store instance (`spec.mysql.<name>`, redis, objectStore, clickhouse) is managed by the operator or
 *   external, not both (error at the second of the two keys).
 * - Every Secret reference (a SecretKeySelector in the CRD: `{name, key}`) names its Secret and the key in
 *   it. The CRD defaults a missing `name` to "", which the API server accepts and no Secret can match.
 * - `spec.wandb.hostname` is an http(s) URL with a host, an optional port and no path, query or user-info,
 *   as v1's `global.host` (the v1 -> v2 conversion copies one into the other; the operator's samples use
 *   `http://localhost:8080`).
 * - The one CEL rule of the CRD (minReplicas <= maxReplicas per application), which runs in the API server.
 * A value holding a `${VAR}` or `{{ }}` placeholder is not checked for format.
 */
import { hasPlaceholder, isMap, type Finding } from '../rules.js';
import { dotted } from '../schema.js';
import { V2_CRD } from './schema.js';

type Json = Record<string, unknown>;

const EXACT_VERSION = /^[vV]?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;

function get(doc: unknown, path: readonly string[]): unknown {
  let current = doc;
  for (const segment of path) {
    if (!isMap(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

function shown(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

export function versionFindings(cr: Json): Finding[] {
  const wandb = get(cr, ['spec', 'wandb']);
  const path = ['spec', 'wandb', 'version'];
  const fix =
    'Pin the W&B Server version the operator deploys, e.g. `version: "0.81.0"` under spec.wandb (quoted, so YAML keeps it a string).';
  if (!isMap(wandb)) {
    return [
      {
        severity: 'error',
        path: isMap(get(cr, ['spec'])) ? ['spec'] : [],
        at: 'key',
        message: '`spec.wandb.version` is not set: the v2 operator requires a pinned W&B Server version',
        fix,
      },
    ];
  }
  // Absent under an existing spec.wandb: the schema's `required` reports it.
  if (!Object.prototype.hasOwnProperty.call(wandb, 'version')) return [];
  const version = wandb.version;
  if (typeof version === 'number') {
    return [
      {
        severity: 'error',
        path,
        at: 'value',
        message: `\`spec.wandb.version\` is the number ${version}, which YAML made of an unquoted version`,
        fix,
      },
    ];
  }
  if (typeof version !== 'string' || hasPlaceholder(version)) return [];
  const text = version.trim();
  if (text === '' || text.toLowerCase() === 'latest') {
    return [
      {
        severity: 'error',
        path,
        at: 'value',
        message: `\`spec.wandb.version\` is ${text === '' ? 'empty' : '`latest`'}: the v2 operator requires a pinned version and refuses this one`,
        fix,
      },
    ];
  }
  if (!EXACT_VERSION.test(text)) {
    return [
      {
        severity: 'warning',
        path,
        at: 'value',
        message: `\`spec.wandb.version\` \`${shown(text)}\` is not an exact version (X.Y.Z): upgrade-check and the support policy cannot place it`,
        fix,
      },
    ];
  }
  return [];
}

export function storeFindings(cr: Json): Finding[] {
  const findings: Finding[] = [];
  for (const store of V2_CRD.stores) {
    if (!store.managed || !store.external) continue;
    const section = get(cr, ['spec', store.key]);
    if (!isMap(section)) continue;
    const instances: Array<[string[], Json]> = store.instances
      ? Object.entries(section)
          .filter((entry): entry is [string, Json] => isMap(entry[1]))
          .map(([name, value]) => [['spec', store.key, name], value])
      : [[['spec', store.key], section]];
    for (const [path, instance] of instances) {
      const managed = instance[store.managed];
      const external = instance[store.external];
      if (managed === undefined || managed === null || external === undefined || external === null) continue;
      // At the key written second: the one to remove, most likely.
      const keys = Object.keys(instance);
      const second =
        keys.indexOf(store.managed) > keys.indexOf(store.external) ? store.managed : store.external;
      findings.push({
        severity: 'error',
        path: [...path, second],
        at: 'key',
        message: `\`${dotted(path)}\` sets both \`${store.managed}\` and \`${store.external}\`: an instance is managed by the operator or external, not both`,
        fix: `Keep \`${store.managed}\` for a ${store.key} the operator runs, or \`${store.external}\` to connect to your own; remove the other.`,
      });
    }
  }
  return findings;
}

function matches(pattern: string[], path: readonly string[]): boolean {
  return (
    pattern.length === path.length &&
    pattern.every(
      (segment, i) => segment === '*' || (segment === '[]' ? /^\d+$/.test(path[i]) : segment === path[i]),
    )
  );
}

const SECRET_REF_PATTERNS = V2_CRD.secretRefs.map((pattern) => pattern.split('.'));

/** Every Secret reference in the CR, with its path: found by walking the CR against the CRD's list. */
export function secretReferences(cr: Json): Array<{ path: string[]; ref: Json }> {
  const found: Array<{ path: string[]; ref: Json }> = [];
  const walk = (value: unknown, path: string[]) => {
    const candidates = SECRET_REF_PATTERNS.filter(
      (pattern) => pattern.length >= path.length && matches(pattern.slice(0, path.length), path),
    );
    if (candidates.length === 0) return;
    if (candidates.some((pattern) => pattern.length === path.length)) {
      if (isMap(value)) found.push({ path, ref: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isMap(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(cr, []);
  return found;
}

export function secretRefFindings(cr: Json): Finding[] {
  const findings: Finding[] = [];
  for (const { path, ref } of secretReferences(cr)) {
    const where = dotted(path);
    const name = ref.name;
    const key = ref.key;
    if (typeof name !== 'string' || name.trim() === '') {
      findings.push({
        severity: 'error',
        path: name === undefined ? path : [...path, 'name'],
        at: name === undefined ? 'key' : 'value',
        message: `the Secret reference \`${where}\` names no Secret${typeof key === 'string' && key ? ` (it gives only the key \`${key}\`)` : ''}: the API server defaults the name to "", which no Secret has`,
        fix: `Add \`name: <secret>\` under \`${where}\`: the Secret, in the CR's namespace, that holds the value.`,
      });
    }
    if (key === undefined || (typeof key === 'string' && key.trim() === '')) {
      findings.push({
        severity: 'error',
        path: key === undefined ? path : [...path, 'key'],
        at: key === undefined ? 'key' : 'value',
        message: `the Secret reference \`${where}\`${typeof name === 'string' && name ? ` names the Secret \`${name}\` but` : ''} gives no key: which entry of the Secret holds the value is not said`,
        fix: `Add \`key: <KEY>\` under \`${where}\`: the entry of the Secret's data that holds the value.`,
      });
    }
  }
  return findings;
}

export function hostnameFindings(cr: Json): Finding[] {
  const path = ['spec', 'wandb', 'hostname'];
  const host = get(cr, path);
  if (typeof host !== 'string' || hasPlaceholder(host)) return [];
  const fix =
    'Set `spec.wandb.hostname` to the address users open, scheme and host name only, e.g. `https://wandb.example.com`.';
  let url: URL | undefined;
  try {
    url = new URL(host.trim());
  } catch {
    url = undefined;
  }
  let problem: string | undefined;
  if (host.trim() === '') problem = 'is empty';
  else if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(host.trim()))
    problem = 'is not a URL (it needs the scheme, https:// or http://)';
  else if (!['http:', 'https:'].includes(url.protocol))
    problem = `must start with https:// or http://, not ${url.protocol}//`;
  else if (!url.hostname) problem = 'has no host name';
  else if (url.username || url.password) problem = 'must not carry a user name or password';
  else if (url.pathname !== '/' || url.search || url.hash)
    problem = `must have no path (found \`${url.pathname}${url.search}${url.hash}\`)`;
  return problem
    ? [
        {
          severity: 'error',
          path,
          at: 'value',
          message: `\`spec.wandb.hostname\` \`${shown(host)}\` ${problem}`,
          fix,
        },
      ]
    : [];
}

export function replicasFindings(cr: Json): Finding[] {
  const applications = get(cr, ['spec', 'wandb', 'applications']);
  if (!isMap(applications)) return [];
  const findings: Finding[] = [];
  for (const [name, app] of Object.entries(applications)) {
    const scaling = isMap(app) ? app.autoscaling : undefined;
    if (!isMap(scaling)) continue;
    const { minReplicas: min, maxReplicas: max } = scaling;
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      findings.push({
        severity: 'error',
        path: ['spec', 'wandb', 'applications', name, 'autoscaling', 'minReplicas'],
        at: 'value',
        message: `\`spec.wandb.applications.${name}.autoscaling\`: minReplicas ${min} is more than maxReplicas ${max} (the CRD's rule: minReplicas must be <= maxReplicas)`,
        fix: 'Make minReplicas at most maxReplicas.',
      });
    }
  }
  return findings;
}

export function v2RuleFindings(cr: Json): Finding[] {
  return [
    ...versionFindings(cr),
    ...storeFindings(cr),
    ...secretRefFindings(cr),
    ...hostnameFindings(cr),
    ...replicasFindings(cr),
  ];
}
