/**
 * STAND-IN for the W&B operator's controller (wandb/operator v1, the `wandb-controller-manager` Deployment).
 * The real controller image cannot run here (no container runtime). This loop follows the v1 controller's
 * documented behaviour (/work/shared/reference/wandb-operator-facts.md sections 1.2-1.5) against the real
 * kube-apiserver, and installs W&B's REAL charts with real Helm:
 *  - watches `WeightsAndBiases` (apps.wandb.com/v1) objects in one namespace, acting on generation changes;
 *  - license (1.2 step 3): `spec.values.global.license`, else the Secret `global.licenseSecret.{name,key}`;
 *  - base spec (1.2 step 4, 1.4): unless `airgapped`, `GET <channelUrl>/api/v1/operator/channel` of the
 *    release channel (test-support/release-channel/server.ts stands for https://deploy.wandb.ai), with Basic
 *    auth `license:<license>` when a license is known; a success is cached in the Secret
 *    `<cr>-latest-cached-release`, a failure falls back to that cache. Without `channelUrl` the public
 *    deployer is taken as unreachable (nothing here reaches a public host);
 *  - desired spec (1.2 step 5): values = operator defaults (`global.operator.{apiVersion,namespace}`) <
 *    channel values < `spec.values` (the CR wins key by key); chart = `spec.chart`, else the channel's chart;
 *  - desired equal to the `<cr>-spec-active` Secret -> phase `Completed` ("No changes found");
 *  - no valid chart shape (LocalRelease {path}, OCIRelease {url: oci://...}, RepoRelease {url, name}, 1.3) ->
 *    phase `Invalid Config` ("No release type was found in the spec"), e.g. air-gapped with no `spec.chart`;
 *  - otherwise phase `Loading`, finalizer `finalizer.app.wandb.com`, then a real Helm 3 `helm upgrade
 *    --install <cr name> <chart> -n <cr namespace>` of exactly the chart `spec.chart` names: a repository
 *    (`--repo url`, name, version, username/password or credentialSecret), an `oci://` reference
 *    (`plainHTTP` -> `--plain-http`; username/password or credentialSecret), or a local path (chart dir,
 *    .tgz, or a base64-encoded .tgz as in the air-gap ConfigMap); success -> `<cr>-spec-active` Secret
 *    (keys chart, values, metadata, JSON; ownerReference = CR), event `Completed`, phase `Completed`; a
 *    Helm failure (the chart's own `fail`, an object the API server refuses, a chart that cannot be fetched,
 *    a registry login refused) -> event `ApplyFailed` ("Invalid config for apply: <helm's message>"), phase
 *    `Invalid Config`;
 *  - deletion -> helm uninstall, finalizer removed.
 * TEST-ONLY: every install gets the 1.20 bridge of real-charts.ts (post-renderer, two HPA values,
 * --disable-openapi-validation); it is not part of the desired spec and never reaches the CR or its Secrets.
 * Differences from the real controller: the deployer is asked once (not 5 times 2 s apart), no System
 * Console user spec (`<cr>-spec-user`), no ownerReferences on the Helm-managed objects, OCI credentials go
 * through `helm registry login` (the real one logs in through Helm's registry client), and "No release type"
 * is also emitted as a Warning event `InvalidConfig` (the real v1 only logs it) so tests can quote it.
 * Switches: `mode = 'fail'` (every apply fails with ApplyFailed), `mode = 'stall'` (stays `Loading`).
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import type { KubeRest } from './rest.js';
import { BRIDGE_HELM_ARGS, BRIDGE_VALUES } from './real-charts.js';

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
  /** Helm 3 (the v1 controller links Helm 3 up to v1.21). */
  helm: string;
  intervalMs?: number;
  /** The release channel's base URL (the operator's DEPLOYER_CHANNEL_URL); absent: the public one, unreachable. */
  channelUrl?: string;
  /** The operator's `--airgapped` (chart value `airgapped`): the release channel is never asked. */
  airgapped?: boolean;
  /** Where the operator runs (`OPERATOR_NAMESPACE`, default `wandb`), for `global.operator.namespace`. */
  operatorNamespace?: string;
  /** CA certificates the operator trusts for https chart repositories (the chart's customCACerts). */
  caFile?: string;
}

const GROUP_PATH = '/apis/apps.wandb.com/v1';
const FINALIZER = 'finalizer.app.wandb.com';

type Values = Record<string, unknown>;

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

function isMap(value: unknown): value is Values {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** `over` merged over `under`: maps key by key, anything else replaced (the operator's "first wins" merge). */
export function mergeValues(under: Values, over: Values): Values {
  const out: Values = { ...under };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isMap(value) && isMap(out[key]) ? mergeValues(out[key] as Values, value) : value;
  }
  return out;
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
  private readonly options: OperatorStandInOptions & { intervalMs: number };

  constructor(options: OperatorStandInOptions) {
    this.options = { intervalMs: 300, ...options };
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
    await this.event(cr, 'Normal', 'LoadingConfig', 'Loading desired configuration');
    const crValues = cr.spec?.values ?? {};
    const base = this.options.airgapped ? undefined : await this.baseSpec(cr, await this.license(cr));
    const defaults: Values = {
      global: {
        operator: {
          apiVersion: 'apps.wandb.com/v1',
          namespace: this.options.operatorNamespace ?? 'wandb',
        },
      },
    };
    const desired = {
      chart: cr.spec?.chart ?? base?.chart ?? null,
      values: mergeValues(mergeValues(defaults, base?.values ?? {}), crValues),
    };
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
      this.mode === 'fail'
        ? 'the stand-in is switched to fail'
        : await this.helmApply(name, desired.chart as Values, desired.values);
    if (failure !== undefined) {
      await this.event(cr, 'Warning', 'ApplyFailed', `Invalid config for apply: ${failure}`);
      await this.setPhase(cr, 'Invalid Config');
      return;
    }
    await this.writeActive(cr, desired);
    await this.event(cr, 'Normal', 'Completed', 'Completed reconcile successfully');
    await this.setPhase(cr, 'Completed');
  }

  private async secretData(name: string): Promise<Record<string, string> | undefined> {
    const res = await this.options.rest.get<{ data?: Record<string, string> }>(
      `/api/v1/namespaces/${this.options.namespace}/secrets/${name}`,
    );
    if (res.status !== 200 || !res.body?.data) return undefined;
    return Object.fromEntries(
      Object.entries(res.body.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]),
    );
  }

  /** facts 1.2 step 3: `global.license` of the CR, else the Secret that `global.licenseSecret` names. */
  private async license(cr: WandbCR): Promise<string | undefined> {
    const global = (cr.spec?.values?.global ?? {}) as Values;
    if (typeof global.license === 'string' && global.license !== '') return global.license;
    const ref = (global.licenseSecret ?? {}) as { name?: string; key?: string };
    if (!ref.name || !ref.key) return undefined;
    return (await this.secretData(ref.name))?.[ref.key];
  }

  /** facts 1.2 step 4 / 1.4: the release channel's spec, cached in `<cr>-latest-cached-release`. */
  private async baseSpec(
    cr: WandbCR,
    license: string | undefined,
  ): Promise<{ chart?: unknown; values?: Values } | undefined> {
    const cacheName = `${cr.metadata.name}-latest-cached-release`;
    const url = this.options.channelUrl;
    let failure = 'https://deploy.wandb.ai cannot be reached from the test machine';
    if (url) {
      try {
        const res = await fetch(`${url}/api/v1/operator/channel`, {
          headers: {
            'Content-Type': 'application/json',
            ...(license
              ? { Authorization: `Basic ${Buffer.from(`license:${license}`).toString('base64')}` }
              : {}),
          },
          signal: AbortSignal.timeout(5000),
        });
        if (res.ok) {
          const spec = (await res.json()) as { metadata?: unknown; chart?: unknown; values?: Values };
          await this.writeSecret(cr, cacheName, {
            chart: spec.chart ?? null,
            values: spec.values ?? {},
            metadata: spec.metadata ?? {},
          });
          this.log.push(`${cr.metadata.name}: release channel answered`);
          return { chart: spec.chart, values: spec.values };
        }
        failure = `${url} answered ${res.status}`;
      } catch (error) {
        failure = String(error);
      }
    }
    this.log.push(
      `${cr.metadata.name}: Failed to get spec from deployer (${failure}); using the cached release`,
    );
    const cached = await this.secretData(cacheName);
    if (!cached) return undefined;
    return { chart: JSON.parse(cached.chart ?? 'null'), values: JSON.parse(cached.values ?? '{}') as Values };
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

  /** The `helm upgrade --install` arguments naming the chart, per spec.chart's shape (facts 1.3). */
  private async chartArgs(chart: Values, work: string): Promise<string[]> {
    const version =
      typeof chart.version === 'string' && chart.version !== '' ? ['--version', chart.version] : [];
    switch (chartShape(chart)) {
      case 'local': {
        const path = chart.path as string;
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile()) {
          const bytes = await readFile(path);
          // Not gzip: the air-gap ConfigMap's base64-encoded archive.
          if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
            const decoded = join(work, 'chart.tgz');
            await writeFile(decoded, Buffer.from(bytes.toString('utf8'), 'base64'));
            return [decoded];
          }
        }
        return [path];
      }
      case 'oci':
        return [chart.url as string, ...version, ...(chart.plainHTTP === true ? ['--plain-http'] : [])];
      default: {
        const creds = await this.repoCredentials(chart);
        const url = chart.url as string;
        return [
          chart.name as string,
          '--repo',
          url,
          ...version,
          ...(creds ? ['--username', creds.username, '--password', creds.password] : []),
          ...(url.startsWith('http://') ? ['--insecure-skip-tls-verify'] : []),
          ...(this.options.caFile && url.startsWith('https://') ? ['--ca-file', this.options.caFile] : []),
        ];
      }
    }
  }

  private async repoCredentials(chart: Values): Promise<{ username: string; password: string } | undefined> {
    if (typeof chart.username === 'string' && typeof chart.password === 'string') {
      return { username: chart.username, password: chart.password };
    }
    const ref = chart.credentialSecret as
      { name?: string; usernameKey?: string; passwordKey?: string } | undefined;
    if (!ref?.name) return undefined;
    const data = await this.secretData(ref.name);
    const username = data?.[ref.usernameKey ?? 'HELM_USERNAME'];
    const password = data?.[ref.passwordKey ?? 'HELM_PASSWORD'];
    return username !== undefined && password !== undefined ? { username, password } : undefined;
  }

  /**
   * OCIRelease credentials (username/password or credentialSecret, facts 1.3): `helm registry login` in the
   * stand-in's helm home, the password on stdin. Returns the failure message, or undefined.
   */
  private async registryLogin(chart: Values): Promise<string | undefined> {
    const creds = await this.repoCredentials(chart);
    if (!creds) return undefined;
    const host = (chart.url as string).slice('oci://'.length).split('/')[0];
    // Helm 3's login has no --plain-http; it reaches a loopback registry over HTTP by itself.
    const login = await execute({
      role: 'inherit',
      command: this.options.helm,
      args: ['registry', 'login', host, '--username', creds.username, '--password-stdin'],
      stdin: creds.password,
      env: this.helmEnv(),
      timeoutMs: 60_000,
    });
    this.log.push(`helm registry login ${host} exit ${login.code}`);
    if (login.code === 0) return undefined;
    return login.stderr.trim().replace(/^Error:\s*/, '') || `helm registry login ${host} failed`;
  }

  /** Returns the failure message, or undefined on success. */
  private async helmApply(release: string, chart: Values, values: Values): Promise<string | undefined> {
    const dir = await mkdtemp(join(tmpdir(), 'operator-standin-values-'));
    try {
      const remote = typeof chart.url === 'string' ? chart.url : '';
      if (remote && !/^(oci|https?):\/\/(127\.0\.0\.1|localhost)(:|\/|$)/.test(remote)) {
        // Tests reach nothing but loopback: a chart on any other host is not fetched (as if unreachable).
        return `the chart repository ${remote} cannot be reached (the test operator fetches charts from loopback only)`;
      }
      if (chartShape(chart) === 'oci') {
        const failed = await this.registryLogin(chart);
        if (failed !== undefined) return failed;
      }
      const file = join(dir, 'values.json');
      await writeFile(file, JSON.stringify(values), { mode: 0o600 });
      // TEST-ONLY (real-charts.ts): the 1.20 bridge's values, given last so that they hold.
      const bridge = join(dir, 'bridge-1.20.json');
      await writeFile(bridge, JSON.stringify(BRIDGE_VALUES));
      const result = await execute({
        role: 'inherit',
        command: this.options.helm,
        args: [
          'upgrade',
          '--install',
          release,
          ...(await this.chartArgs(chart, dir)),
          '-n',
          this.options.namespace,
          '-f',
          file,
          '-f',
          bridge,
          ...BRIDGE_HELM_ARGS,
          '--history-max',
          '10',
          '--timeout',
          '100s',
          '--kubeconfig',
          this.options.kubeconfig,
        ],
        env: this.helmEnv(),
        timeoutMs: 120_000,
      });
      this.log.push(`${release}: helm upgrade --install exit ${result.code}`);
      if (result.code !== 0) {
        const said = (result.stderr.trim() || result.stdout.trim()).split('\n').filter((l) => l.trim());
        this.log.push(`${release}: ${said.join(' | ')}`);
        return said.find((l) => l.startsWith('Error:'))?.replace(/^Error:\s*/, '') ?? said.pop();
      }
      return undefined;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async remove(cr: WandbCR): Promise<void> {
    if (!cr.metadata.finalizers?.includes(FINALIZER)) return;
    // The listed object may be stale by now: uninstall only while this very object (its uid) is still the one
    // being deleted, never the release of a CR created again under the same name.
    const live = await this.options.rest.get<WandbCR>(`${this.crPath}/${cr.metadata.name}`);
    if (live.status !== 200 || live.body?.metadata.uid !== cr.metadata.uid) return;
    await execute({
      role: 'inherit',
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
    await this.writeSecret(cr, `${cr.metadata.name}-spec-active`, {
      chart: desired.chart,
      values: desired.values,
      metadata: { generation: cr.metadata.generation, appliedAt: new Date().toISOString() },
    });
  }

  /** A spec Secret as the operator writes them: keys chart, values, metadata (JSON); ownerReference = CR. */
  private async writeSecret(cr: WandbCR, name: string, data: Record<string, unknown>): Promise<void> {
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
      data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)])),
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
