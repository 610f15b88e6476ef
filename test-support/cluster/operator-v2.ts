/**
 * The W&B operator v2's CRD on the loopback plane, and a stand-in for the v2 operator's controller.
 *
 * TEST-ONLY ADAPTATION of the real CRD (../shared/reference/operator-v2/crd-weightsandbiases.yaml, the CRD
 * the v2 operator installs), made by `adaptV2Crd` and nothing else:
 * 1. The 23 `default: ""` on string fields outside `additionalProperties` are removed (the `name` of Secret
 *    key selectors, `grpc.service` of probes, `imagePullSecrets[].name`). The plane's API server is 1.20,
 *    whose CRD validation refuses them ('Invalid value: "null": in body must be of type string'); newer API
 *    servers accept them. The 75 such defaults inside `additionalProperties` are kept: 1.20 accepts them.
 *    What is lost: a Secret reference written without `name` gets no "" default here. Validation of v2 CRs
 *    reports such a reference as an error anyway.
 * It is installed on the tests' second plane (`usePlane({ plane: 'v2' })`, test-support/cluster/plane.ts), under
 * its real group `apps.wandb.com`: it has the same name as the v1 CRD of the main plane and replaces it, as it
 * does on a real cluster when the v2 operator is installed. There is no conversion webhook (the operator's,
 * with cert-manager certificates; the file has no conversion stanza), so the API server converts between v1
 * and v2 by changing the apiVersion only (strategy None).
 * Everything else (versions v1 and v2, schemas, printer columns, status subresource) is the real CRD.
 *
 * `V2OperatorStandIn` replaces the v2 operator's controller (which needs a real cluster: Moco, Redis,
 * SeaweedFS, Strimzi, Altinity, migration Jobs). It writes the v2 status as the operator-v2 facts describe:
 * `observedGeneration`, a `Ready` condition for the current generation, `ready`, `wandb.migration {version,
 * lastSuccessVersion, ready, phase, reason, jobs}` and per-store states (`mysqlStatus.<instance>`,
 * `redisStatus.<instance>`, `objectStoreStatus.<instance>`, `clickhouseStatus.<instance>`, `kafkaStatus`)
 * for the stores the spec names. It advances one phase per `step()` (deterministic tests) or on a timer
 * (`start()`). Switches: `failMigration` (the migration Job fails: phase Failed, Ready False),
 * `failMigrationTo` (only the migration to that version fails, so a rollback to the previous one succeeds),
 * `stall` (that store stays Provisioning, so the CR never becomes Ready), `staleSteps` (after a spec change,
 * for that many reconciles, a stale but plausible status: see `staleStatus`).
 * The migration itself is a real batch/v1 Job object, as the operator makes one: labelled
 * `app.kubernetes.io/component=migration` and `app.kubernetes.io/instance=<cr>`, owned by the CR. The plane has
 * no kubelet, so no Job ever runs: the stand-in writes the Job's status as the Job controller would once its
 * pod ran: `active: 1` while it runs, then a `Complete` or `Failed` (BackoffLimitExceeded) condition. The
 * plane's kube-controller-manager does run the Job controller, and 1.20's replaces a Job's whole status with
 * what it counted from the Job's pods (a pending pod: `active: 1`, no condition), so it can undo a status the
 * stand-in wrote a moment before; every `step()` therefore writes again the status of each Job it made that no
 * longer shows it, as a controller keeps what it owns converged.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { execute } from '../../src/core/exec.js';
import type { Plane } from './plane.js';
import { REPO_ROOT } from './plane.js';
import type { KubeRest } from './rest.js';

export const V2_GROUP = 'apps.wandb.com';
export const V2_API_VERSION = `${V2_GROUP}/v2`;
export const V2_CRD = `weightsandbiases.${V2_GROUP}`;
export const V2_REFERENCE = join(REPO_ROOT, '..', 'shared', 'reference', 'operator-v2');

type Json = Record<string, unknown>;

/** The real CRD adapted as said at the top of this file; `removed` lists the defaults taken out. */
export function adaptV2Crd(text: string): { crd: Json; removed: string[] } {
  const crd = parse(text) as Json;
  const removed: string[] = [];
  const walk = (node: unknown, path: string[], inMap: boolean) => {
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, String(i)], inMap));
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const obj = node as Json;
    if (!inMap && obj.type === 'string' && obj.default === '') {
      delete obj.default;
      removed.push(path.join('.'));
    }
    for (const [key, child] of Object.entries(obj))
      walk(child, [...path, key], inMap || key === 'additionalProperties');
  };
  walk(crd, [], false);
  return { crd, removed };
}

/**
 * Creates or updates the adapted CRD (server-side apply: idempotent, and safe when two test files run it at
 * once) and waits until it is Established.
 */
export async function installV2Crd(p: Plane): Promise<void> {
  const { crd, removed } = adaptV2Crd(readFileSync(join(V2_REFERENCE, 'crd-weightsandbiases.yaml'), 'utf8'));
  if (removed.length !== 23) {
    throw new Error(
      `the v2 CRD adaptation expected 23 'default: ""' to remove, found ${removed.length}: re-read the CRD`,
    );
  }
  const run = await execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: [
      '--kubeconfig',
      p.kubeconfig,
      'apply',
      '--server-side',
      '--force-conflicts',
      '--field-manager=operator-v2-test',
      '-f',
      '-',
    ],
    stdin: stringify(crd),
    timeoutMs: 60_000,
  });
  if (run.code !== 0) throw new Error(`installing the adapted v2 CRD: ${run.stderr}`);
  // Polled rather than `kubectl wait`: on a CRD created a moment ago kubectl 1.31's wait fails at once
  // ("status.conditions accessor error: <nil>") instead of waiting for the conditions to appear.
  const end = Date.now() + 60_000;
  for (;;) {
    // The whole list: a filter on it fails while it is still null.
    const conditions = await p.kubectl(['get', `crd/${V2_CRD}`, '-o', 'jsonpath={.status.conditions}']);
    const list =
      (conditions.trim()
        ? (JSON.parse(conditions) as Array<{ type: string; status: string }> | null)
        : null) ?? [];
    if (list.some((c) => c.type === 'Established' && c.status === 'True')) break;
    if (Date.now() > end) throw new Error(`the adapted v2 CRD ${V2_CRD} is not Established after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // kubectl checks fields against the server's published OpenAPI, which follows a new CRD a moment later: until
  // then an unknown field is not reported. Wait until `kubectl explain` knows the v2 spec.
  for (;;) {
    const explained = await execute({
      role: 'inherit',
      command: p.tools.kubectl,
      args: [
        '--kubeconfig',
        p.kubeconfig,
        'explain',
        '--api-version',
        V2_API_VERSION,
        'weightsandbiases.spec.wandb',
      ],
      timeoutMs: 30_000,
    });
    if (explained.code === 0) return;
    if (Date.now() > end)
      throw new Error(`the adapted v2 CRD's schema is not published after 60 s: ${explained.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Whether a merge patch would leave `current` as it is, times aside: every field it names already has that value
 * (a null: is absent). Fields the API server added (the status schema's defaults) are not the patch's business.
 */
function changesNothing(patch: unknown, current: unknown): boolean {
  if (patch === null) return current === undefined || current === null;
  if (typeof patch !== 'object' || Array.isArray(patch) || current === null || typeof current !== 'object')
    return isDeepStrictEqual(timeless(patch), timeless(current));
  return Object.entries(patch).every(
    ([key, child]) => key === 'lastTransitionTime' || changesNothing(child, (current as Json)[key]),
  );
}

/** A value without its timestamps (conditions' lastTransitionTime changes with every write). */
function timeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(timeless);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'lastTransitionTime')
      .map(([key, child]) => [key, timeless(child)]),
  );
}

export type V2Store = 'mysql' | 'redis' | 'kafka' | 'objectStore' | 'clickhouse';
const STORES: V2Store[] = ['mysql', 'redis', 'kafka', 'objectStore', 'clickhouse'];

type JobState = 'Running' | 'Complete' | 'Failed';

/** Where the controller is with one CR: 0 seen, 1 stores provisioning, 2 stores ready and migration running, 3 done. */
type Phase = 0 | 1 | 2 | 3;

export interface V2StandInOptions {
  rest: KubeRest;
  namespace: string;
  /** Tick of `start()`; `step()` ignores it. */
  intervalMs?: number;
}

export class V2OperatorStandIn {
  /** The migration Job of the next rollout fails. */
  failMigration = false;
  /** The migration Job to this version fails (others succeed). */
  failMigrationTo: string | undefined;
  /** This store never becomes ready. */
  stall: V2Store | undefined;
  /** After a spec change of a CR that has a status, this many reconciles write `staleStatus` first. */
  staleSteps = 0;
  /** How many stale statuses were written (a test that relies on them checks they happened). */
  staleWrites = 0;
  private readonly phases = new Map<string, { generation: number; phase: Phase; stale: number }>();
  /** The migration Jobs this stand-in made and the state it last gave each (see the top of the file). */
  private readonly jobStates = new Map<string, JobState>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: V2StandInOptions) {}

  private get base(): string {
    return `/apis/${V2_GROUP}/v2/namespaces/${this.options.namespace}/weightsandbiases`;
  }

  /** One reconcile of every CR in the namespace: each advances one phase (a new generation starts over). */
  async step(): Promise<void> {
    const list = await this.options.rest.get<{ items?: Json[] }>(this.base);
    for (const cr of list.body?.items ?? []) await this.reconcile(cr);
    for (const [name, state] of [...this.jobStates]) await this.keepJobStatus(name, state);
  }

  /** The Job's status as this stand-in last wrote it, written again if the Job controller replaced it. */
  private async keepJobStatus(name: string, state: JobState): Promise<void> {
    const path = `/apis/batch/v1/namespaces/${this.options.namespace}/jobs/${name}`;
    const job = await this.options.rest.get<{ status?: Json }>(path);
    if (job.status === 404) {
      this.jobStates.delete(name);
      return;
    }
    const status = job.body?.status ?? {};
    const conditions = (status.conditions ?? []) as Array<{ type: string; status: string }>;
    const shows =
      state === 'Running'
        ? status.active === 1 && conditions.length === 0
        : conditions.some((c) => c.type === state && c.status === 'True');
    if (!shows) await this.writeJobStatus(name, state);
  }

  start(): this {
    const tick = () => {
      this.running = this.step().catch(() => undefined);
      void this.running.then(() => {
        if (this.timer) this.timer = setTimeout(tick, this.options.intervalMs ?? 300);
      });
    };
    this.timer = setTimeout(tick, 0);
    return this;
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async reconcile(cr: Json): Promise<void> {
    const metadata = cr.metadata as { name: string; generation: number };
    const spec = (cr.spec ?? {}) as Json;
    const wandb = (spec.wandb ?? {}) as Json;
    const version = String(wandb.version ?? '');
    const known = this.phases.get(metadata.name);
    const same = known !== undefined && known.generation === metadata.generation;
    const stale = same ? known.stale : known && cr.status ? this.staleSteps : 0;
    if (stale > 0) {
      this.phases.set(metadata.name, { generation: metadata.generation, phase: 0, stale: stale - 1 });
      await this.staleStatus(cr, version);
      return;
    }
    const phase: Phase = same ? (Math.min(known.phase + 1, 3) as Phase) : 0;
    this.phases.set(metadata.name, { generation: metadata.generation, phase, stale: 0 });
    const previous = ((cr.status as Json | undefined)?.wandb as Json | undefined)?.migration as
      Json | undefined;
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

    const storesReady = phase >= 2;
    const storeState = (store: V2Store) =>
      this.stall === store
        ? 'Provisioning'
        : phase === 0
          ? 'Pending'
          : storesReady
            ? 'Ready'
            : 'Provisioning';
    const storeStatus = (store: V2Store) => ({
      ready: storeState(store) === 'Ready',
      state: storeState(store),
      conditions: [
        {
          type: 'Ready',
          status: storeState(store) === 'Ready' ? 'True' : 'False',
          reason: storeState(store),
          message: `${store} is ${storeState(store).toLowerCase()}`,
          lastTransitionTime: now,
          observedGeneration: metadata.generation,
        },
      ],
    });
    const status: Json = { observedGeneration: metadata.generation };
    const present = STORES.filter((store) => spec[store] !== undefined);
    for (const store of present) {
      if (store === 'kafka') status.kafkaStatus = storeStatus(store);
      else {
        const instances = Object.keys((spec[store] ?? {}) as Json);
        status[`${store}Status`] = Object.fromEntries(instances.map((name) => [name, storeStatus(store)]));
      }
    }
    const stalled = this.stall !== undefined && present.includes(this.stall);
    // The migration runs once the stores are ready, for the pinned version.
    const migrating = storesReady && !stalled;
    const failing =
      this.failMigration || (this.failMigrationTo !== undefined && this.failMigrationTo === version);
    const failed = migrating && phase === 3 && failing;
    const done = migrating && phase === 3 && !failing;
    const job = `${metadata.name}-migrate-${version.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.slice(0, 63);
    if (migrating)
      await this.migrationJob(cr, job, version, failed ? 'Failed' : done ? 'Complete' : 'Running');
    status.wandb = {
      hostname: String(wandb.hostname ?? ''),
      migration: {
        version,
        // A merge patch keeps what it does not name: null removes a field this reconcile does not report.
        lastSuccessVersion: done ? version : (previous?.lastSuccessVersion ?? null),
        ready: done,
        phase: !migrating ? 'Pending' : failed ? 'Failed' : done ? 'Succeeded' : 'Running',
        reason: !migrating
          ? 'WaitingForInfrastructure'
          : failed
            ? 'MigrationJobFailed'
            : done
              ? 'Completed'
              : 'MigrationJobRunning',
        ...(migrating
          ? {
              jobs: {
                migrate: {
                  name: job,
                  phase: failed ? 'Failed' : done ? 'Succeeded' : 'Running',
                  succeeded: done,
                  failed,
                  ...(failed
                    ? {
                        reason: 'BackoffLimitExceeded',
                        message: 'Job has reached the specified backoff limit',
                      }
                    : {}),
                },
              },
            }
          : { jobs: null }),
      },
    };
    const ready = done;
    status.ready = ready;
    status.conditions = [
      {
        type: 'Ready',
        status: ready ? 'True' : 'False',
        reason: ready
          ? 'Ready'
          : failed
            ? 'MigrationFailed'
            : stalled && phase > 0
              ? 'InfrastructureNotReady'
              : 'Reconciling',
        message: ready
          ? `W&B ${version} is ready`
          : failed
            ? `the migration to ${version} failed`
            : stalled
              ? `${this.stall} is not ready`
              : 'reconciling',
        lastTransitionTime: now,
        observedGeneration: metadata.generation,
      },
    ];
    // As a controller does: no write when nothing but the times would change (a write moves resourceVersion).
    if (changesNothing(status, cr.status)) return;
    const response = await this.options.rest.mergePatch(`${this.base}/${metadata.name}/status`, { status });
    if (response.status >= 300)
      throw new Error(`status of ${metadata.name}: ${response.status} ${response.text}`);
  }

  /**
   * A status an operator can show for a moment after a spec change, written in pieces: it has taken the new
   * generation (`observedGeneration`) and recorded the version it now migrates to with phase Running, but
   * `migration.ready`, `lastSuccessVersion`, the stores and the `Ready` condition (True, with no
   * observedGeneration of its own, as metav1.Condition allows) still describe the previous rollout. No
   * migration Job for the new version exists yet. Read carelessly (ready and version == pin), it says done.
   */
  private async staleStatus(cr: Json, version: string): Promise<void> {
    const metadata = cr.metadata as { name: string; generation: number };
    const previous = (cr.status ?? {}) as Json;
    const migration = ((previous.wandb as Json | undefined)?.migration ?? {}) as Json;
    const conditions = ((previous.conditions ?? []) as Json[]).map((condition) => {
      const { observedGeneration: _dropped, ...rest } = condition;
      return rest;
    });
    const status: Json = {
      observedGeneration: metadata.generation,
      conditions,
      wandb: {
        migration: {
          version,
          lastSuccessVersion: migration.lastSuccessVersion ?? null,
          ready: migration.ready ?? null,
          phase: 'Running',
          reason: 'MigrationJobRunning',
        },
      },
    };
    if (changesNothing(status, cr.status)) return;
    const response = await this.options.rest.mergePatch(`${this.base}/${metadata.name}/status`, { status });
    if (response.status >= 300)
      throw new Error(`stale status of ${metadata.name}: ${response.status} ${response.text}`);
    this.staleWrites += 1;
  }

  /** The migration Job (created once per version) and its status, as the Job controller would write it. */
  private async migrationJob(cr: Json, name: string, version: string, state: JobState): Promise<void> {
    const metadata = cr.metadata as { name: string; uid: string };
    const jobs = `/apis/batch/v1/namespaces/${this.options.namespace}/jobs`;
    // A migration starts with a new Job: one a former attempt at this version left (failed, say) goes first.
    if (state === 'Running') {
      const gone = await this.options.rest.request('DELETE', `${jobs}/${name}`);
      if (gone.status >= 300 && gone.status !== 404)
        throw new Error(`deleting migration Job ${name}: ${gone.status} ${gone.text}`);
    }
    const created = await this.options.rest.request('POST', jobs, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: {
        name,
        labels: {
          'app.kubernetes.io/component': 'migration',
          'app.kubernetes.io/instance': metadata.name,
          'app.kubernetes.io/version': version,
        },
        ownerReferences: [
          { apiVersion: V2_API_VERSION, kind: 'WeightsAndBiases', name: metadata.name, uid: metadata.uid },
        ],
      },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            restartPolicy: 'Never',
            containers: [{ name: 'migrate', image: `wandb/megabinary:${version}`, args: ['migrate'] }],
          },
        },
      },
    });
    if (created.status >= 300 && created.status !== 409)
      throw new Error(`migration Job ${name}: ${created.status} ${created.text}`);
    await this.writeJobStatus(name, state);
  }

  /** A Job's status as the Job controller writes it for a pod that runs, then succeeded or failed. */
  private async writeJobStatus(name: string, state: JobState): Promise<void> {
    const jobs = `/apis/batch/v1/namespaces/${this.options.namespace}/jobs`;
    this.jobStates.set(name, state);
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const status =
      state === 'Running'
        ? { active: 1, startTime: now }
        : state === 'Complete'
          ? {
              active: 0,
              succeeded: 1,
              startTime: now,
              completionTime: now,
              conditions: [{ type: 'Complete', status: 'True', lastProbeTime: now, lastTransitionTime: now }],
            }
          : {
              active: 0,
              failed: 1,
              startTime: now,
              conditions: [
                {
                  type: 'Failed',
                  status: 'True',
                  reason: 'BackoffLimitExceeded',
                  message: 'Job has reached the specified backoff limit',
                  lastProbeTime: now,
                  lastTransitionTime: now,
                },
              ],
            };
    const patched = await this.options.rest.mergePatch(`${jobs}/${name}/status`, { status });
    if (patched.status >= 300) throw new Error(`status of Job ${name}: ${patched.status} ${patched.text}`);
  }
}
