import type { CheckOutcome } from './types.js';

/**
 * Pass/fail rules of the cluster checks, as pure functions of the objects kubectl returned. What the CR
 * references and what each reference needs follows the operator and the operator-wandb chart (facts sections
 * 1.2, 2.1, 2.2): `global.licenseSecret {name,key}` (the operator needs both), `global.mysql.passwordSecret`,
 * `global.bucket.secret`, `global.redis.secret`, `global.auth.oidc.oidcSecret`, `global.clickhouse.passwordSecret`,
 * `ingress.tls[].secretName`, any `valueFrom.secretKeyRef` / `configMapKeyRef`, `global.caCertsConfigMap`
 * (keys must end in `.crt`), `ingress.class`.
 */

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function at(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) node = obj(node)?.[part];
  return node;
}

export interface ObjectRef {
  kind: 'Secret' | 'ConfigMap';
  name: string;
  keys: string[];
  /** Where in spec.values the reference is, e.g. global.redis.secret. */
  path: string;
  /** A reference marked optional (secretKeyRef.optional) is reported but never fails. */
  optional?: boolean;
}

export interface RefProblem {
  path: string;
  message: string;
}

/** Every Secret/ConfigMap (and key) the CR's values name, plus references that are incomplete. */
export function objectReferences(values: unknown): { refs: ObjectRef[]; problems: RefProblem[] } {
  const refs: ObjectRef[] = [];
  const problems: RefProblem[] = [];
  const add = (
    path: string,
    name: unknown,
    keys: Array<string | undefined>,
    kind: ObjectRef['kind'] = 'Secret',
  ) => {
    const n = text(name);
    if (n) refs.push({ kind, name: n, keys: keys.filter((k): k is string => Boolean(k)), path });
  };

  const license = obj(at(values, 'global.licenseSecret'));
  if (text(license?.name) && !text(license?.key)) {
    problems.push({
      path: 'global.licenseSecret.key',
      message: `global.licenseSecret names Secret '${text(license?.name)}' but no key; the operator needs both name and key`,
    });
  }
  add('global.licenseSecret', license?.name, [text(license?.key)]);

  const mysql = obj(at(values, 'global.mysql.passwordSecret'));
  add('global.mysql.passwordSecret', mysql?.name, [
    text(mysql?.passwordKey) ?? 'MYSQL_PASSWORD',
    text(mysql?.rootPasswordKey),
  ]);

  const bucket = obj(at(values, 'global.bucket.secret'));
  add('global.bucket.secret', bucket?.secretName, [
    text(bucket?.accessKeyName) ?? 'ACCESS_KEY',
    text(bucket?.secretKeyName) ?? 'SECRET_KEY',
  ]);

  const redis = obj(at(values, 'global.redis.secret'));
  add('global.redis.secret', redis?.secretName, [text(redis?.secretKey) ?? 'REDIS_PASSWORD']);

  const oidc = obj(at(values, 'global.auth.oidc.oidcSecret'));
  add('global.auth.oidc.oidcSecret', oidc?.name, [text(oidc?.secretKey) ?? 'OIDC_SECRET']);

  const clickhouse = obj(at(values, 'global.clickhouse.passwordSecret'));
  add('global.clickhouse.passwordSecret', clickhouse?.name, [
    text(clickhouse?.passwordKey) ?? 'CLICKHOUSE_PASSWORD',
  ]);

  const tls = at(values, 'ingress.tls');
  if (Array.isArray(tls)) {
    tls.forEach((entry, i) =>
      add(`ingress.tls[${i}].secretName`, obj(entry)?.secretName, ['tls.crt', 'tls.key']),
    );
  }

  // valueFrom.secretKeyRef / configMapKeyRef anywhere (mysql, clickhouse, smtp, olap, extraEnv fields).
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`));
      return;
    }
    const o = obj(node);
    if (!o) return;
    for (const [key, child] of Object.entries(o)) {
      const here = path ? `${path}.${key}` : key;
      const ref = obj(child);
      if ((key === 'secretKeyRef' || key === 'configMapKeyRef') && ref && text(ref.name)) {
        refs.push({
          kind: key === 'secretKeyRef' ? 'Secret' : 'ConfigMap',
          name: text(ref.name) as string,
          keys: text(ref.key) ? [text(ref.key) as string] : [],
          path: here,
          optional: ref.optional === true,
        });
        continue;
      }
      walk(child, here);
    }
  };
  walk(values, '');
  return { refs, problems };
}

/** What kubectl found for each referenced object: its keys, or undefined when it does not exist. */
export type ObjectLookup = (ref: ObjectRef) => string[] | undefined;

export function referencesDecision(namespace: string, values: unknown, lookup: ObjectLookup): CheckOutcome {
  return foundReferencesDecision(namespace, objectReferences(values), lookup, 'spec.values');
}

/**
 * The references check on references already found (a v1 CR's values, or a v2 CR's Secret key selectors):
 * `where` names what to correct in the fix. Only names and keys are compared, never values.
 */
export function foundReferencesDecision(
  namespace: string,
  found: { refs: ObjectRef[]; problems: RefProblem[] },
  lookup: ObjectLookup,
  where: string,
): CheckOutcome {
  const { refs, problems } = found;
  const failures = problems.map((p) => `${p.message}.`);
  const notes: string[] = [];
  for (const ref of refs) {
    const keys = lookup(ref);
    if (keys === undefined) {
      const line = `${ref.kind} '${ref.name}' (${ref.path}) does not exist in namespace ${namespace}.`;
      if (ref.optional) notes.push(line);
      else failures.push(line);
      continue;
    }
    const missing = ref.keys.filter((k) => !keys.includes(k));
    if (missing.length > 0) {
      const line = `${ref.kind} '${ref.name}' (${ref.path}) has no key ${missing.map((k) => `'${k}'`).join(', ')} (it has: ${keys.length > 0 ? keys.join(', ') : 'no keys'}).`;
      if (ref.optional) notes.push(line);
      else failures.push(line);
    }
  }
  const details = {
    references: refs.map((r) => ({ kind: r.kind, name: r.name, keys: r.keys, path: r.path })),
  };
  if (failures.length > 0) {
    return {
      status: 'fail',
      message: failures.join(' '),
      fix: `Create the missing objects in namespace ${namespace} before the operator applies the CR, e.g. \`kubectl -n ${namespace} create secret generic <name> --from-literal=<key>=...\`, or correct the names and keys in ${where}.`,
      details,
    };
  }
  if (refs.length === 0)
    return { status: 'pass', message: 'The CR references no Secrets or ConfigMaps.', details };
  return {
    status: 'pass',
    message: `All ${refs.length} referenced ${refs.length === 1 ? 'object exists' : 'objects exist'} with the named keys${
      notes.length > 0 ? ` (optional ones missing: ${notes.join(' ')})` : ''
    }.`,
    details,
  };
}

export function caCertsConfigMapName(values: unknown): string | undefined {
  return text(at(values, 'global.caCertsConfigMap'));
}

export function caCertsDecision(namespace: string, name: string, keys: string[] | undefined): CheckOutcome {
  if (keys === undefined) {
    return {
      status: 'fail',
      message: `ConfigMap '${name}' (global.caCertsConfigMap) does not exist in namespace ${namespace}.`,
      fix: `kubectl -n ${namespace} create configmap ${name} --from-file=my-ca.crt=<path to PEM>`,
    };
  }
  const bad = keys.filter((k) => !k.endsWith('.crt'));
  if (keys.length === 0) {
    return {
      status: 'fail',
      message: `ConfigMap '${name}' (global.caCertsConfigMap) has no keys, so no CA certificate is added.`,
      fix: 'Add each CA certificate as a key ending in .crt.',
    };
  }
  if (bad.length > 0) {
    return {
      status: 'fail',
      message: `ConfigMap '${name}' has ${bad.length === 1 ? 'a key' : 'keys'} not ending in .crt: ${bad.map((k) => `'${k}'`).join(', ')}; update-ca-certificates ignores ${bad.length === 1 ? 'it' : 'them'}.`,
      fix: `Rename the key${bad.length === 1 ? '' : 's'} to end in .crt (e.g. ${bad[0].replace(/\.[^.]*$/, '')}.crt).`,
    };
  }
  return {
    status: 'pass',
    message: `ConfigMap '${name}' has ${keys.length} CA certificate key(s), all ending in .crt.`,
  };
}

export interface IngressClassInfo {
  name: string;
  isDefault: boolean;
}

/** `field`: where the class is set, for the messages (a v2 CR sets spec.networking.ingress.ingressClassName). */
export function ingressClassDecision(
  values: unknown,
  classes: IngressClassInfo[],
  field = 'ingress.class',
): CheckOutcome {
  const ingress = obj(at(values, 'ingress'));
  const names = classes.map((c) => c.name);
  const available = names.length > 0 ? names.join(', ') : 'none';
  if (ingress?.install === false || ingress?.create === false) {
    return {
      status: 'skipped',
      message: 'The CR does not create an ingress (ingress.install / ingress.create is false).',
    };
  }
  const named = text(ingress?.class);
  const legacy = text(obj(ingress?.annotations)?.['kubernetes.io/ingress.class']);
  if (named) {
    if (names.includes(named))
      return { status: 'pass', message: `IngressClass '${named}' (${field}) exists.` };
    return {
      status: 'fail',
      message: `IngressClass '${named}' (${field}) does not exist (existing IngressClasses: ${available}).`,
      fix: `Install the ingress controller that provides '${named}', or set ${field} to one of: ${available}.`,
    };
  }
  if (legacy) {
    if (names.includes(legacy))
      return { status: 'pass', message: `IngressClass '${legacy}' (legacy annotation) exists.` };
    return {
      status: 'warn',
      message: `The legacy annotation kubernetes.io/ingress.class names '${legacy}', which has no IngressClass object (classes: ${available}).`,
      fix: `Controllers such as GKE's gce work without one; otherwise set ingress.class to one of: ${available}.`,
    };
  }
  const fallback = classes.find((c) => c.isDefault);
  if (fallback)
    return {
      status: 'pass',
      message: `No class named; the default IngressClass '${fallback.name}' applies.`,
    };
  return {
    status: 'warn',
    message: `The CR names no ingress class and the cluster has no default IngressClass (classes: ${available}); the ingress may never get an address.`,
    fix: `Set ${field === 'ingress.class' ? 'ingress.class in spec.values' : field} (e.g. nginx), or mark one IngressClass as the default.`,
  };
}

export interface DeploymentInfo {
  name: string;
  namespace: string;
  kind?: string;
  replicas: number;
  ready: number;
}

export function operatorDecision(namespace: string, deployments: DeploymentInfo[]): CheckOutcome {
  if (deployments.length === 0) {
    return {
      status: 'fail',
      message: `No W&B operator controller (a Deployment labelled control-plane=controller-manager) in namespace ${namespace}.`,
      fix: 'Install the operator (the install-operator step, or helm upgrade --install operator wandb/operator), or set operator-namespace to where it runs.',
    };
  }
  const notReady = deployments.filter((d) => d.ready < Math.max(1, d.replicas));
  if (notReady.length > 0) {
    const d = notReady[0];
    return {
      status: 'fail',
      message: `The operator controller ${d.name} has ${d.ready}/${d.replicas} ready replicas.`,
      fix: `kubectl -n ${d.namespace} describe deployment ${d.name} and kubectl -n ${d.namespace} logs deployment/${d.name}: an image pull or RBAC problem is the usual cause.`,
    };
  }
  return { status: 'pass', message: `The operator controller ${deployments[0].name} is ready.` };
}

export interface CrInfo {
  phase?: string;
  /** Messages of recent warning events about the CR (ApplyFailed, InvalidConfig), newest last. */
  events: string[];
  /** The CR sets no spec.chart (the release channel supplies it). */
  chartless?: boolean;
}

export function crPhaseDecision(namespace: string, name: string, cr: CrInfo | undefined): CheckOutcome {
  const describe = `kubectl -n ${namespace} describe weightsandbiases ${name}`;
  if (!cr) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' does not exist in namespace ${namespace}.`,
      fix: 'Apply the CR (the apply-cr step), or set the name and namespace inputs to those of the CR you deployed (kubectl get weightsandbiases -A lists them).',
    };
  }
  const lastEvent = cr.events.length > 0 ? ` Last event: ${cr.events[cr.events.length - 1]}` : '';
  switch (cr.phase) {
    case 'Completed':
      return { status: 'pass', message: `WeightsAndBiases '${name}' is in phase Completed.` };
    case 'Loading':
      return {
        status: 'fail',
        message: `WeightsAndBiases '${name}' is stuck in phase Loading: the operator has not finished applying it.${lastEvent}`,
        fix: `Look at the operator's log (kubectl logs deployment/wandb-controller-manager in its namespace) and ${describe}; a missing Secret or an unreachable chart repository are common causes.`,
      };
    case 'Invalid Config':
      return {
        status: 'fail',
        message: `WeightsAndBiases '${name}' is in phase Invalid Config.${lastEvent}`,
        fix: cr.chartless
          ? `The CR sets no spec.chart, so the operator needs W&B's release channel (deploy.wandb.ai) for the chart: an air-gapped operator, or one that cannot reach it and has no cached release, has none ("No release type was found in the spec"). Pin spec.chart (url, name, version) to a repository the operator can reach (docs/release-channel.md) and re-apply; ${describe} shows the operator's reason.`
          : `Fix spec.chart / spec.values (run the validate command) and re-apply; ${describe} shows the operator's reason.`,
      };
    default:
      return {
        status: 'fail',
        message: `WeightsAndBiases '${name}' has ${cr.phase ? `phase '${cr.phase}'` : 'no phase yet'}: the operator has not reconciled it.${lastEvent}`,
        fix: 'Check that the operator controller runs and watches this namespace (namespaceIsolation in the operator chart).',
      };
  }
}

export interface PodIssue {
  pod: string;
  reason: string;
  message?: string;
}

export function workloadsDecision(
  namespace: string,
  instance: string,
  workloads: DeploymentInfo[],
  pods: PodIssue[],
): CheckOutcome {
  if (workloads.length === 0) {
    return {
      status: 'fail',
      message: `No Deployments or StatefulSets labelled app.kubernetes.io/instance=${instance} in namespace ${namespace}.`,
      fix: 'The operator has not installed the W&B chart yet: see the CR phase check above and the operator log.',
    };
  }
  const notReady = workloads.filter((w) => w.ready < w.replicas);
  if (notReady.length === 0) {
    return {
      status: 'pass',
      message: `All ${workloads.length} workloads labelled app.kubernetes.io/instance=${instance} are ready.`,
    };
  }
  const list = notReady.map((w) => `${w.kind ?? 'Deployment'} ${w.name} ${w.ready}/${w.replicas}`).join(', ');
  const why =
    pods.length > 0
      ? ` Pods: ${pods.map((p) => `${p.pod} ${p.reason}${p.message ? ` (${p.message})` : ''}`).join('; ')}.`
      : '';
  return {
    status: 'fail',
    message: `Not ready: ${list}.${why}`,
    fix: `kubectl -n ${namespace} describe pods -l app.kubernetes.io/instance=${instance}: image pulls, missing Secrets and failed init containers (init-db waits for MySQL) show there.`,
  };
}

export function consoleDecision(namespace: string, values: unknown, services: string[]): CheckOutcome {
  if (obj(at(values, 'console'))?.install === false) {
    return { status: 'skipped', message: 'console.install is false in the CR.' };
  }
  const found = services.find((s) => s.includes('console'));
  if (found) return { status: 'pass', message: `The console Service ${found} exists.` };
  return {
    status: 'fail',
    message: `No console Service among the ${services.length} Services of the release in namespace ${namespace}.`,
    fix: 'The W&B console (System Console) is part of operator-wandb; check the operator applied the chart and that console.install is not false.',
  };
}

export function hostAnswersDecision(host: string, answer: { status?: number; error?: string }): CheckOutcome {
  if (answer.error) {
    return {
      status: 'fail',
      message: `${host} does not answer: ${answer.error}.`,
      fix: 'Check DNS for the host, the ingress address (kubectl get ingress) and the load balancer.',
    };
  }
  if (answer.status !== undefined && answer.status >= 500) {
    return {
      status: 'fail',
      message: `${host} answers HTTP ${answer.status}.`,
      fix: 'The ingress answers but the backend does not: check the app Service endpoints and pod readiness.',
    };
  }
  return { status: 'pass', message: `${host} answers (HTTP ${answer.status}).` };
}

export interface ChartInfo {
  /** `spec.chart` of the CR as read (any shape). */
  chart?: unknown;
  /** `chart` of the `<cr>-spec-active` Secret (what the operator last installed), when readable. */
  applied?: unknown;
}

function chartWords(chart: Json): string {
  const url = text(chart.url);
  const safe = url ? url.replace(/\/\/[^/@]*@/, '//') : undefined;
  if (text(chart.path)) return `a local chart at ${text(chart.path)}`;
  const name = text(chart.name) ?? (safe?.startsWith('oci://') ? safe : 'operator-wandb');
  const version =
    text(chart.version) ?? (typeof chart.version === 'number' ? String(chart.version) : undefined);
  return `${name}${version ? ` ${version}` : ''}${safe && !safe.startsWith('oci://') ? ` from ${safe}` : ''}`;
}

/**
 * Where the operator gets the chart (facts 1.3, 1.4). A CR without `spec.chart` is the release channel's
 * default (seed 001), not a failure: the operator asks deploy.wandb.ai for chart and values unless it runs
 * air-gapped (then the CR phase check fails with the operator's own "No release type" reason). A `spec.chart`
 * that matches none of the operator's shapes is a warning; the phase check reports what the operator did.
 */
export function chartDecision(info: ChartInfo): CheckOutcome {
  const chart = obj(info.chart);
  const applied = obj(info.applied);
  if (!chart || Object.keys(chart).length === 0) {
    return {
      status: 'pass',
      message: `chart: release channel (the CR sets no spec.chart; the operator asks W&B's release channel for the chart and values${applied ? `, and last installed ${chartWords(applied)}` : ''}).`,
      details: { chart: 'release channel', ...(applied ? { applied: chartWords(applied) } : {}) },
    };
  }
  if (!text(chart.path) && !text(chart.url)) {
    return {
      status: 'warn',
      message:
        'chart: spec.chart names neither a url nor a path, which matches none of the shapes the operator reads.',
      fix: 'Set spec.chart to {url, name, version} (a Helm repository), {url: oci://..., version} or {path}, or remove it to use the release channel (docs/release-channel.md).',
    };
  }
  const pinned = Boolean(text(chart.path) || text(chart.version) || /:[^/:@]+$/.test(text(chart.url) ?? ''));
  return {
    status: 'pass',
    message: `chart: ${chartWords(chart)} (spec.chart)${pinned ? '' : "; no version, so the repository's newest chart is used"}.`,
    details: { chart: chartWords(chart) },
  };
}
