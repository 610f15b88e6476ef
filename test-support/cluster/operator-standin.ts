/**
 * STAND-IN for the W&B operator's controller (wandb/operator v1, the `wandb-controller-manager` Deployment).
 * The real controller image cannot run here (no container runtime). This loop follows the v1 controller's
 * documented behaviour (/work/shared/reference/wandb-operator-facts.md section 1.2) against the real
 * kube-apiserver:
 *  - watches `WeightsAndBiases` (apps.wandb.com/v1) objects in one namespace, acting on generation changes;
 *  - desired spec = { chart: spec.chart, values: spec.values }; equal to the `<cr>-spec-active` Secret →
 *    phase `Completed` ("No changes found");
 *  - no valid `spec.chart` shape (LocalRelease {path} / OCIRelease {url: oci://…} / RepoRelease {url, name},
 *    section 1.3) → phase `Invalid Config` ("No release type was found in the spec");
 *  - otherwise phase `Loading`, finalizer `finalizer.app.wandb.com`, then a real `helm upgrade --install` of
 *    the small local chart test-support/charts/operator-wandb-test as the release named after the CR, with
 *    spec.values as values (Deployment `<cr>-app` labelled app.kubernetes.io/instance=<cr>, image
 *    `wandb/local:<spec.values.app.image.tag>`); success → `<cr>-spec-active` Secret (keys chart, values,
 *    metadata, JSON; ownerReference = CR), event `Completed`, phase `Completed`; a Helm failure → event
 *    `ApplyFailed` ("Invalid config for apply: …"), phase `Invalid Config`;
 *  - deletion → helm uninstall, finalizer removed.
 * Differences from the real controller: the chart named in spec.chart is never fetched (the local test chart
 * stands for it), there is no deployer/license handling, and "No release type" is also emitted as a Warning
 * event `InvalidConfig` (the real v1 only logs it) so tests can quote it.
 * Switches: `mode = 'fail'` (every apply fails with ApplyFailed), `mode = 'stall'` (stays `Loading`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import type { KubeRest } from './rest.js';
import { REPO_ROOT } from './plane.js';

export type OperatorMode = 'normal' | 'fail' | 'stall';

export interface WandbCR {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    generation: number;
    resourceVersion: string;
    finalizers?: string[];
    deletionTimestamp?: string;
  };
  spec?: { chart?: unknown; values?: Record<string, unknown> };
  status?: { phase?: string };
}

export interface OperatorStandInOptions {
  rest: KubeRest;
  namespace: string;
  kubeconfig: string;
  helm: string;
  intervalMs?: number;
  chartDir?: string;
}

const GROUP_PATH = '/apis/apps.wandb.com/v1';
const FINALIZER = 'finalizer.app.wandb.com';

/** The chart shapes the v1 controller accepts (facts 1.3), in its matching order. */
export function chartShape(chart: unknown): 'local' | 'oci' | 'repo' | undefined {
  if (!chart || typeof chart !== 'object' || Array.isArray(chart)) return undefined;
  const c = chart as Record<string, unknown>;
  if (typeof c.path === 'string' && c.path !== '') return 'local';
  if (typeof c.url === 'string' && c.url.startsWith('oci://')) return 'oci';
  if (typeof c.url === 'string' && c.url !== '' && typeof c.name === 'string' && c.name !== '') {
    try {
      new URL(c.url);
      return 'repo';
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export class OperatorStandIn {
  mode: OperatorMode = 'normal';
  /** Log of what the stand-in did, for debugging failed tests. */
  readonly log: string[] = [];
  private readonly handled = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private busy: Promise<void> = Promise.resolve();
  private helmHome: string | undefined;
  private readonly options: Required<Omit<OperatorStandInOptions, 'chartDir'>> & { chartDir: string };

  constructor(options: OperatorStandInOptions) {
    this.options = {
      intervalMs: 300,
      chartDir: join(REPO_ROOT, 'test-support/charts/operator-wandb-test'),
      ...options,
    };
  }

  private get crPath(): string {
    return `${GROUP_PATH}/namespaces/${this.options.namespace}/weightsandbiases`;
  }

  async start(): Promise<this> {
    if (this.running) return this;
    this.helmHome ??= await mkdtemp(join(tmpdir(), 'operator-standin-helm-'));
    this.running = true;
    const loop = () => {
      if (!this.running) return;
      this.busy = this.tick()
        .catch((error: unknown) => {
          this.log.push(`tick failed: ${String(error)}`);
        })
        .finally(() => {
          if (this.running) this.timer = setTimeout(loop, this.options.intervalMs);
        });
    };
    loop();
    return this;
  }

  /** Stops the loop; with `releaseFinalizers` (default) strips its finalizer so namespaces can be deleted. */
  async stop(releaseFinalizers = true): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.busy;
    if (releaseFinalizers) {
      const list = await this.options.rest.get<{ items?: WandbCR[] }>(this.crPath);
      for (const cr of list.body?.items ?? []) {
        if (cr.metadata.finalizers?.includes(FINALIZER)) await this.setFinalizers(cr, false);
      }
    }
    if (this.helmHome) await rm(this.helmHome, { recursive: true, force: true });
    this.helmHome = undefined;
  }

  /** Forget what was handled, so the next tick reconciles every CR again (like the 1h requeue). */
  requeue(): void {
    this.handled.clear();
  }

  async tick(): Promise<void> {
    const list = await this.options.rest.get<{ items?: WandbCR[] }>(this.crPath);
    for (const cr of list.body?.items ?? []) {
      if (cr.metadata.deletionTimestamp) {
        await this.remove(cr);
        continue;
      }
      const key = cr.metadata.uid;
      if (this.handled.get(key) === cr.metadata.generation) continue;
      this.handled.set(key, cr.metadata.generation);
      await this.reconcile(cr);
    }
  }

  private async reconcile(cr: WandbCR): Promise<void> {
    const name = cr.metadata.name;
    this.log.push(`reconcile ${name} generation ${cr.metadata.generation}`);
    await this.event(cr, 'Normal', 'Reconciling', 'Reconciling Weights & Biases instance...');
    const desired = { chart: cr.spec?.chart ?? null, values: cr.spec?.values ?? {} };
    const active = await this.readActive(name);
    if (
      active &&
      canonical(active.chart) === canonical(desired.chart) &&
      canonical(active.values) === canonical(desired.values)
    ) {
      this.log.push(`${name}: No changes found`);
      await this.setPhase(cr, 'Completed');
      return;
    }
    if (!chartShape(desired.chart)) {
      await this.event(cr, 'Warning', 'InvalidConfig', 'No release type was found in the spec');
      await this.setPhase(cr, 'Invalid Config');
      return;
    }
    await this.setPhase(cr, 'Loading');
    await this.setFinalizers(cr, true);
    if (this.mode === 'stall') {
      this.log.push(`${name}: stalled in Loading`);
      return;
    }
    const failure =
      this.mode === 'fail' ? 'the stand-in is switched to fail' : await this.helmApply(name, desired.values);
    if (failure !== undefined) {
      await this.event(cr, 'Warning', 'ApplyFailed', `Invalid config for apply: ${failure}`);
      await this.setPhase(cr, 'Invalid Config');
      return;
    }
    await this.writeActive(cr, desired);
    await this.event(cr, 'Normal', 'Completed', 'Completed reconcile successfully');
    await this.setPhase(cr, 'Completed');
  }

  private helmEnv(): NodeJS.ProcessEnv {
    const home = this.helmHome as string;
    return {
      ...process.env,
      HELM_CONFIG_HOME: join(home, 'config'),
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_DATA_HOME: join(home, 'data'),
    };
  }

  /** Returns the failure message, or undefined on success. */
  private async helmApply(release: string, values: Record<string, unknown>): Promise<string | undefined> {
    const dir = await mkdtemp(join(tmpdir(), 'operator-standin-values-'));
    try {
      const file = join(dir, 'values.json');
      await writeFile(file, JSON.stringify(values), { mode: 0o600 });
      const result = await execute({
        command: this.options.helm,
        args: [
          'upgrade',
          '--install',
          release,
          this.options.chartDir,
          '-n',
          this.options.namespace,
          '-f',
          file,
          '--history-max',
          '10',
          '--kubeconfig',
          this.options.kubeconfig,
        ],
        env: this.helmEnv(),
        timeoutMs: 120_000,
      });
      this.log.push(`${release}: helm upgrade --install exit ${result.code}`);
      if (result.code !== 0) return (result.stderr.trim() || result.stdout.trim()).split('\n').pop();
      return undefined;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async remove(cr: WandbCR): Promise<void> {
    if (!cr.metadata.finalizers?.includes(FINALIZER)) return;
    await execute({
      command: this.options.helm,
      args: [
        'uninstall',
        cr.metadata.name,
        '-n',
        this.options.namespace,
        '--kubeconfig',
        this.options.kubeconfig,
      ],
      env: this.helmEnv(),
      timeoutMs: 120_000,
    });
    await this.setFinalizers(cr, false);
    this.handled.delete(cr.metadata.uid);
  }

  private async readActive(name: string): Promise<{ chart: unknown; values: unknown } | undefined> {
    const res = await this.options.rest.get<{ data?: Record<string, string> }>(
      `/api/v1/namespaces/${this.options.namespace}/secrets/${name}-spec-active`,
    );
    if (res.status !== 200 || !res.body?.data) return undefined;
    const decode = (key: string) => {
      const raw = res.body.data?.[key];
      return raw ? (JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as unknown) : null;
    };
    return { chart: decode('chart'), values: decode('values') ?? {} };
  }

  private async writeActive(cr: WandbCR, desired: { chart: unknown; values: unknown }): Promise<void> {
    const name = `${cr.metadata.name}-spec-active`;
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const body = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name,
        namespace: this.options.namespace,
        ownerReferences: [
          { apiVersion: cr.apiVersion, kind: cr.kind, name: cr.metadata.name, uid: cr.metadata.uid },
        ],
      },
      type: 'Opaque',
      data: {
        chart: b64(desired.chart),
        values: b64(desired.values),
        metadata: b64({ generation: cr.metadata.generation, appliedAt: new Date().toISOString() }),
      },
    };
    const base = `/api/v1/namespaces/${this.options.namespace}/secrets`;
    const put = await this.options.rest.request('PUT', `${base}/${name}`, body);
    if (put.status === 404) await this.options.rest.request('POST', base, body);
  }

  private async setPhase(cr: WandbCR, phase: string): Promise<void> {
    this.log.push(`${cr.metadata.name}: phase ${phase}`);
    await this.options.rest.mergePatch(`${this.crPath}/${cr.metadata.name}/status`, { status: { phase } });
  }

  private async setFinalizers(cr: WandbCR, present: boolean): Promise<void> {
    const current = cr.metadata.finalizers ?? [];
    const next = present ? [...new Set([...current, FINALIZER])] : current.filter((f) => f !== FINALIZER);
    if (next.length === current.length && next.every((f, i) => f === current[i])) return;
    await this.options.rest.mergePatch(`${this.crPath}/${cr.metadata.name}`, {
      metadata: { finalizers: next },
    });
  }

  private async event(
    cr: WandbCR,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
  ): Promise<void> {
    const now = new Date().toISOString();
    await this.options.rest.request('POST', `/api/v1/namespaces/${this.options.namespace}/events`, {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { generateName: `${cr.metadata.name}.`, namespace: this.options.namespace },
      involvedObject: {
        apiVersion: cr.apiVersion,
        kind: cr.kind,
        name: cr.metadata.name,
        namespace: this.options.namespace,
        uid: cr.metadata.uid,
        resourceVersion: cr.metadata.resourceVersion,
      },
      reason,
      message,
      type,
      source: { component: 'weightsandbiases-controller' },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    });
  }
}
