import { secretReferences } from '../config/v2/rules.js';
import { migrationDoneFor } from '../kube/v2-migration.js';
import type { DeploymentInfo, ObjectRef, RefProblem } from './cluster.js';
import type { CheckOutcome } from './types.js';

/**
 * Pass/fail rules of the cluster checks on a W&B operator v2 CR (`apps.wandb.com/v2`), as pure functions of
 * the CR kubectl returned. What they read follows the v2 CRD's status and the operator-v2 facts: rolled out
 * means `status.observedGeneration == metadata.generation`, the standard `Ready` condition True for that
 * generation, and `status.wandb.migration.ready` for the pinned `spec.wandb.version`; each store reports
 * `<store>Status.<instance> {ready, state, conditions}` (Kafka has one, unnamed); credentials are Secret key
 * selectors `{name, key}` at the places the CRD lists (src/config/v2/rules.ts `secretReferences`).
 * No Secret value is ever read: only Secret names and their key names are compared.
 */

type Json = Record<string, unknown>;

function obj(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * A CR served as `apps.wandb.com/v2` with the v2 shape. A v1 object read through a v2 CRD without the
 * conversion webhook keeps `spec.chart`/`spec.values` and no `spec.wandb`: that one is still read as v1.
 */
export function isV2Cr(cr: unknown): boolean {
  const o = obj(cr);
  if (!o || typeof o.apiVersion !== 'string' || !o.apiVersion.endsWith('/v2')) return false;
  const spec = obj(o.spec) ?? {};
  return !(('chart' in spec || 'values' in spec) && !('wandb' in spec));
}

export interface Condition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}

function describe(namespace: string, name: string): string {
  return `kubectl -n ${namespace} describe weightsandbiases ${name}`;
}

const OPERATOR_LOG =
  "the operator's log (kubectl logs deployment/<operator>-controller-manager in the operator's namespace)";

/** `status.observedGeneration == metadata.generation`: the operator has read the latest spec. */
export function v2GenerationDecision(namespace: string, name: string, cr: Json): CheckOutcome {
  const generation = num(obj(cr.metadata)?.generation);
  const observed = num(obj(cr.status)?.observedGeneration);
  const details = { generation, observedGeneration: observed };
  if (observed === undefined) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' has no status.observedGeneration: the v2 operator has not reconciled it.`,
      fix: `Check that the v2 operator runs and watches namespace ${namespace}: ${OPERATOR_LOG}; ${describe(namespace, name)}.`,
      details,
    };
  }
  if (generation !== undefined && observed < generation) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' is at generation ${generation}, and the operator has seen generation ${observed} only: the latest change is not reconciled yet.`,
      fix: `Wait for the operator, or read ${OPERATOR_LOG} for why it is behind.`,
      details,
    };
  }
  return {
    status: 'pass',
    message: `The operator has seen generation ${observed} of WeightsAndBiases '${name}' (the latest).`,
    details,
  };
}

/** The `Ready` condition, True for the CR's current generation. */
export function v2ReadyDecision(namespace: string, name: string, cr: Json): CheckOutcome {
  const generation = num(obj(cr.metadata)?.generation);
  const status = obj(cr.status) ?? {};
  const conditions = (Array.isArray(status.conditions) ? status.conditions : []) as Condition[];
  const ready = conditions.find((c) => c?.type === 'Ready');
  const why = ready ? `${ready.reason ?? 'no reason'}${ready.message ? `: ${ready.message}` : ''}` : '';
  const details = {
    condition: ready
      ? {
          status: ready.status,
          reason: ready.reason,
          message: ready.message,
          observedGeneration: ready.observedGeneration,
        }
      : null,
    generation,
  };
  if (!ready) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' has no Ready condition: the v2 operator has not reconciled it yet.`,
      fix: `Check that the v2 operator runs and watches namespace ${namespace}: ${OPERATOR_LOG}; ${describe(namespace, name)}.`,
      details,
    };
  }
  // The condition's own observedGeneration when it has one, else the status's (both are for the whole CR).
  const forGeneration = num(ready.observedGeneration) ?? num(status.observedGeneration);
  if (ready.status !== 'True') {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' is not Ready (Ready=${ready.status ?? 'Unknown'}, ${why}).`,
      fix: `${describe(namespace, name)} shows each store and the migration; the checks below name the store or migration Job that holds it back.`,
      details,
    };
  }
  if (generation !== undefined && forGeneration !== undefined && forGeneration < generation) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' was Ready for generation ${forGeneration}, but it is at generation ${generation}: the latest change is not rolled out yet.`,
      fix: `Wait for the operator to reconcile generation ${generation}, or read ${OPERATOR_LOG}.`,
      details,
    };
  }
  return {
    status: 'pass',
    message: `WeightsAndBiases '${name}' is Ready for generation ${forGeneration ?? generation ?? '?'} (${why}).`,
    details,
  };
}

interface MigrationJob {
  name?: string;
  phase?: string;
  reason?: string;
  message?: string;
  failed?: boolean;
  succeeded?: boolean;
}

/** `status.wandb.migration`: ready, for the version pinned in `spec.wandb.version`. */
export function v2MigrationDecision(namespace: string, name: string, cr: Json): CheckOutcome {
  const pinned = text(obj(obj(cr.spec)?.wandb)?.version);
  const migration = obj(obj(obj(cr.status)?.wandb)?.migration);
  const jobsCommand = `kubectl -n ${namespace} get jobs -l app.kubernetes.io/component=migration`;
  if (!migration) {
    return {
      status: 'fail',
      message: `WeightsAndBiases '${name}' has no status.wandb.migration: the operator has not started the database migration for ${pinned ?? 'the pinned version'}.`,
      fix: `The migration waits for the stores (see the stores check); ${describe(namespace, name)}.`,
      details: { pinned },
    };
  }
  const version = text(migration.version);
  const phase = text(migration.phase);
  const reason = text(migration.reason);
  const last = text(migration.lastSuccessVersion);
  const jobs = Object.entries(obj(migration.jobs) ?? {}).map(([key, value]) => ({
    key,
    ...(obj(value) as MigrationJob),
  }));
  const failedJobs = jobs.filter((j) => j.failed === true || j.phase === 'Failed');
  const details = {
    pinned,
    version,
    phase,
    reason,
    ready: migration.ready === true,
    lastSuccessVersion: last,
    jobs: jobs.map((j) => ({ name: j.name ?? j.key, phase: j.phase, reason: j.reason })),
  };
  const state = `phase ${phase ?? 'unknown'}${reason ? `, reason ${reason}` : ''}`;
  // The phase decides; Jobs only explain it (a Job list can still hold an earlier rollout's failed Job).
  if (phase === 'Failed' || (!phase && failedJobs.length > 0)) {
    const jobText = failedJobs
      .map((j) => ` Job ${j.name ?? j.key}: ${j.reason ?? 'failed'}${j.message ? ` (${j.message})` : ''}.`)
      .join('');
    const logs = failedJobs[0]?.name ? `kubectl -n ${namespace} logs job/${failedJobs[0].name}` : jobsCommand;
    return {
      status: 'fail',
      message: `The database migration to ${version ?? pinned ?? 'the pinned version'} failed (${state}).${jobText}${last ? ` The database was last migrated to ${last}.` : ''}`,
      fix: `Read why in ${logs}; fix the cause (database reachable, credentials, disk), then re-apply the CR to run the migration again, or pin spec.wandb.version back to ${last ?? 'the last version that worked'}.`,
      details,
    };
  }
  if (pinned && version && version !== pinned) {
    return {
      status: 'fail',
      message: `The migration status is for ${version} (${state}), but spec.wandb.version is ${pinned}: the migration for the pinned version has not started.`,
      fix: `Wait for the operator to reach ${pinned} (the stores come first), or read ${OPERATOR_LOG}.`,
      details,
    };
  }
  // The same predicate as apply-cr's rollout wait: a status verify fails is never one apply-cr called rolled out.
  const done = migrationDoneFor({
    pinned,
    version,
    lastSuccessVersion: last,
    ready: migration.ready === true,
    phase,
  });
  if (!done.done) {
    return {
      status: 'fail',
      message: `The database migration to ${version ?? pinned ?? 'the pinned version'} is not done (${state}${migration.ready === true ? `: ${done.because}` : ''}).`,
      fix: `${jobsCommand} shows the migration Jobs; wait for them, or read their logs if they do not finish.`,
      details,
    };
  }
  return {
    status: 'pass',
    message: `The database is migrated to ${version ?? pinned} (${state}).`,
    details,
  };
}

export type V2StoreKind = 'mysql' | 'redis' | 'kafka' | 'objectStore' | 'clickhouse';

const STORE_LABELS: Record<V2StoreKind, string> = {
  mysql: 'MySQL',
  redis: 'Redis',
  kafka: 'Kafka',
  objectStore: 'object store',
  clickhouse: 'ClickHouse',
};
const STORE_KINDS = Object.keys(STORE_LABELS) as V2StoreKind[];

export interface V2StoreState {
  store: V2StoreKind;
  /** The instance name (`default`...); undefined for Kafka, which has one. */
  instance?: string;
  ready: boolean;
  state: string;
  reason?: string;
  message?: string;
}

function storeName(s: Pick<V2StoreState, 'store' | 'instance'>): string {
  return `${STORE_LABELS[s.store]}${s.instance ? ` ${s.instance}` : ''}`;
}

function readStore(store: V2StoreKind, instance: string | undefined, value: unknown): V2StoreState {
  const o = obj(value);
  if (!o) return { store, instance, ready: false, state: 'no status yet' };
  const conditions = (Array.isArray(o.conditions) ? o.conditions : []) as Condition[];
  const condition = conditions.find((c) => c?.type === 'Ready');
  const state = text(o.state) ?? (o.ready === true ? 'Ready' : 'unknown');
  // `Disabled` is a store the operator was told not to run: nothing to wait for.
  const ready =
    o.ready === true || (o.ready === undefined && (state === 'Ready' || condition?.status === 'True'));
  return {
    store,
    instance,
    ready: ready || state === 'Disabled',
    state,
    reason: text(condition?.reason),
    message: text(condition?.message),
  };
}

/** Every store the spec names (and any the status reports besides), with its state. */
export function v2StoreStates(cr: Json): V2StoreState[] {
  const spec = obj(cr.spec) ?? {};
  const status = obj(cr.status) ?? {};
  const states: V2StoreState[] = [];
  for (const store of STORE_KINDS) {
    const reported = status[`${store}Status`];
    if (store === 'kafka') {
      if (spec.kafka !== undefined || reported !== undefined)
        states.push(readStore(store, undefined, reported));
      continue;
    }
    const instances = new Set([...Object.keys(obj(spec[store]) ?? {}), ...Object.keys(obj(reported) ?? {})]);
    for (const instance of instances) states.push(readStore(store, instance, obj(reported)?.[instance]));
  }
  return states;
}

export function v2StoresDecision(namespace: string, name: string, cr: Json): CheckOutcome {
  const states = v2StoreStates(cr);
  const details = {
    stores: states.map((s) => ({
      store: s.store,
      ...(s.instance ? { instance: s.instance } : {}),
      state: s.state,
      ready: s.ready,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.message ? { message: s.message } : {}),
    })),
  };
  if (states.length === 0) {
    return { status: 'pass', message: 'The CR names no stores.', details };
  }
  const list = (items: V2StoreState[]) => items.map((s) => `${storeName(s)}: ${s.state}`).join(', ');
  const notReady = states.filter((s) => !s.ready);
  if (notReady.length > 0) {
    const ready = states.filter((s) => s.ready);
    const why = notReady
      .map(
        (s) =>
          `${storeName(s)} is ${s.state}${s.message ? ` (${s.message})` : s.reason ? ` (${s.reason})` : ''}`,
      )
      .join('; ');
    return {
      status: 'fail',
      message: `Not ready: ${why}.${ready.length > 0 ? ` Ready: ${list(ready)}.` : ''}`,
      fix: `${describe(namespace, name)} shows each store's conditions. A managed store waits on its own operator (Moco for MySQL, Redis, SeaweedFS, Strimzi for Kafka, Altinity for ClickHouse) and its PersistentVolumeClaims (kubectl -n ${namespace} get pods,pvc); an external one on the Secret it references and the network path to it.`,
      details,
    };
  }
  return { status: 'pass', message: `${list(states)}.`, details };
}

/**
 * The Secrets a v2 spec references: every Secret key selector the CRD lists (name and key), the image pull
 * Secrets, and the TLS Secret when cert-manager does not make it. Incomplete selectors are problems.
 */
export function v2SecretReferences(cr: Json): { refs: ObjectRef[]; problems: RefProblem[] } {
  const refs: ObjectRef[] = [];
  const problems: RefProblem[] = [];
  for (const { path, ref } of secretReferences(cr)) {
    const where = path.slice(1).join('.');
    const name = text(ref.name);
    const key = text(ref.key);
    if (!name || !key) {
      problems.push({
        path: where,
        message: `The Secret reference ${where} ${name ? `names Secret '${name}' but no key` : 'names no Secret'}`,
      });
      if (!name) continue;
    }
    refs.push({ kind: 'Secret', name, keys: key ? [key] : [], path: where, optional: ref.optional === true });
  }
  const spec = obj(cr.spec) ?? {};
  // Selectors a newer CRD added, which the list above (from one CRD) does not know: any {name, key} map, and
  // valueFrom's configMapKeyRef as a ConfigMap.
  const known = new Set(refs.map((r) => r.path));
  const walk = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) {
      // Indexes as segments, as secretReferences writes them, so a selector it found is not counted twice.
      node.forEach((item, i) => walk(item, [...path, String(i)]));
      return;
    }
    const o = obj(node);
    if (!o) return;
    const keys = Object.keys(o);
    const name = text(o.name);
    const key = text(o.key);
    const where = path.join('.');
    if (name && key && keys.every((k) => ['name', 'key', 'optional'].includes(k))) {
      if (!known.has(where) && !problems.some((p) => p.path === where)) {
        refs.push({
          kind: path[path.length - 1] === 'configMapKeyRef' ? 'ConfigMap' : 'Secret',
          name,
          keys: [key],
          path: where,
          optional: o.optional === true,
        });
      }
      return;
    }
    for (const [k, child] of Object.entries(o)) walk(child, [...path, k]);
  };
  for (const [k, child] of Object.entries(spec)) walk(child, [k]);
  const global = obj(spec.global) ?? {};
  (Array.isArray(global.imagePullSecrets) ? global.imagePullSecrets : []).forEach((item, i) => {
    const name = text(obj(item)?.name);
    if (name) refs.push({ kind: 'Secret', name, keys: [], path: `global.imagePullSecrets[${i}]` });
  });
  const tls = obj(obj(spec.networking)?.tls);
  const tlsSecret = text(tls?.secretName);
  if (tlsSecret && !obj(tls?.certManager)) {
    refs.push({
      kind: 'Secret',
      name: tlsSecret,
      keys: ['tls.crt', 'tls.key'],
      path: 'networking.tls.secretName',
    });
  }
  return { refs, problems };
}

export function v2CaCertsConfigMap(cr: Json): string | undefined {
  return text(obj(obj(cr.spec)?.global)?.caCertsConfigMap);
}

/** The ingress class a v2 CR asks for, in the shape ingressClassDecision reads; undefined in gateway mode. */
export function v2IngressValues(cr: Json): { ingress: { class?: string } } | undefined {
  const networking = obj(obj(cr.spec)?.networking) ?? {};
  if (networking.mode === 'gateway') return undefined;
  return { ingress: { class: text(obj(networking.ingress)?.ingressClassName) } };
}

/**
 * The applications the v2 operator reports in `status.wandb.applications` (ready, and the replicas of the
 * Deployment or StatefulSet behind each), or undefined when it reports none.
 */
export function v2Applications(
  cr: Json,
): Array<DeploymentInfo & { ready: number; isReady: boolean }> | undefined {
  const apps = obj(obj(obj(cr.status)?.wandb)?.applications);
  if (!apps || Object.keys(apps).length === 0) return undefined;
  return Object.entries(apps).map(([app, value]) => {
    const o = obj(value) ?? {};
    const workload = obj(o.deploymentStatus) ?? obj(o.statefulSetStatus);
    const replicas = num(workload?.replicas) ?? 1;
    const readyReplicas = num(workload?.readyReplicas) ?? (o.ready === true ? replicas : 0);
    return {
      name: app,
      namespace: '',
      kind: obj(o.statefulSetStatus) ? 'StatefulSet' : 'application',
      replicas,
      ready: readyReplicas,
      isReady: o.ready === true,
    };
  });
}

export function v2ApplicationsDecision(
  namespace: string,
  name: string,
  apps: Array<DeploymentInfo & { isReady: boolean }>,
): CheckOutcome {
  const notReady = apps.filter((a) => !a.isReady);
  const details = {
    applications: apps.map((a) => ({
      name: a.name,
      ready: a.isReady,
      readyReplicas: a.ready,
      replicas: a.replicas,
    })),
  };
  if (notReady.length === 0) {
    return {
      status: 'pass',
      message: `All ${apps.length} applications WeightsAndBiases '${name}' reports (status.wandb.applications) are ready.`,
      details,
    };
  }
  return {
    status: 'fail',
    message: `Not ready (status.wandb.applications): ${notReady.map((a) => `${a.name} ${a.ready}/${a.replicas}`).join(', ')}.`,
    fix: `kubectl -n ${namespace} get pods and kubectl -n ${namespace} describe pod <pod>: image pulls, missing Secrets and failed init containers show there.`,
    details,
  };
}
