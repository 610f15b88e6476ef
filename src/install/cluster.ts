/**
 * install-operator's steps that talk to the cluster and the chart repository (through helm and kubectl): each
 * reads or changes one thing and prints its own progress. The decisions are in src/install/.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import {
  KubeClient,
  KubeCommandError,
  compareVersions,
  helmChartVersions,
  helmHistory,
  helmReleaseStatus,
  helmRepoAdd,
  helmRollback,
  helmUninstall,
  helmUserValues,
  isNotFound,
  type HelmRelease,
} from '../kube/index.js';
import {
  controllerImage,
  notReadyReasons,
  pickController,
  podSelector,
  progressLine,
  rolledOut,
  type Deployment,
  type KubeEvent,
  type Pod,
} from './controller.js';
import { explainFailure, tail, type FailureStage } from './failure.js';
import { undoFor, type InstallPlan, type Undo } from './plan.js';
import { CHART_NAME } from './summary.js';
import type { Values } from './values.js';
import type { InstallOptions } from './options.js';
import { preflightV2, registryLogin, registryTls, resolveOciChartVersion } from './cluster-v2.js';

const REPO_NAME = 'wandb-operator-actions';

/**
 * A failure of helm or kubectl said in terms of its cause (chart repository, API server, permissions), with
 * `state` (what the cluster was left as) added; anything that cannot be classified is returned as it is.
 */
export function explained(
  error: unknown,
  options: InstallOptions,
  stage: FailureStage,
  state: string,
): unknown {
  if (!(error instanceof KubeCommandError) || error.result.timedOut) return error;
  const text = error.result.stderr.trim() || error.result.stdout.trim();
  const why = explainFailure(text, { stage, chartRepo: options.repo.url, repoHost: options.repo.host });
  if (!why) return error;
  return new UserError(`${why.what}${state ? ` ${state}` : ''}\n${tail(text)}`, why.fix);
}

export async function resolveTools(
  options: InstallOptions,
  ctx: Context,
): Promise<{ helm: string; kubectl: string }> {
  return ctx.out.group('Tools', async () => {
    const log = (message: string) => ctx.out.info(message);
    const get = async (tool: 'helm' | 'kubectl', given: string | undefined, version: string) => {
      if (given) {
        log(`${tool}: using ${given}`);
        return given;
      }
      // Loaded only when a tool is to be installed: the installer and its HTTP client are most of this
      // command's code, and a runner that has helm and kubectl (helm-path, kubectl-path) never needs them.
      const { installTool } = await import('../tools/install.js');
      return (await installTool({ tool, version, mirror: options.toolsMirror, env: ctx.env, log })).path;
    };
    return {
      helm: await get('helm', options.helmPath, options.helmVersion),
      kubectl: await get('kubectl', options.kubectlPath, options.kubectlVersion),
    };
  });
}

export interface PreflightResult {
  serverVersion: string;
  /** v2: what was found of cert-manager, for the summary. */
  certManager?: string;
}

/**
 * Cluster reachable and new enough, helm 3 or newer, the CA ConfigMap well formed; for v2 also cert-manager
 * ready and no v1 operator release (./cluster-v2.ts).
 */
export async function preflight(
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<PreflightResult> {
  return ctx.out.group('Preflight', async () => {
    const [server, helmVersion] = await Promise.all([
      client.serverVersion().catch((error: unknown) => {
        // Said by cause: unreachable, TLS or credentials are the API server's, with their own fix.
        const why = explainFailure(errorMessage(error), {
          stage: 'cluster',
          chartRepo: options.repo.url,
          repoHost: options.repo.host,
        });
        if (why?.cause !== 'api-server') throw error;
        const detail = errorMessage(error).replace(/^The cluster is not reachable: /, '');
        throw new UserError(`${why.what} Nothing was changed on the cluster.\n${tail(detail)}`, why.fix);
      }),
      client.helmVersion(),
    ]);
    if (
      compareVersions(`${server.major}.${server.minor}.${server.patch}`, options.minKubernetesVersion) < 0
    ) {
      throw new UserError(
        `The cluster runs Kubernetes ${server.gitVersion}, older than the minimum ${options.minKubernetesVersion}. Nothing was installed.`,
        "Upgrade the cluster, or set 'min-kubernetes-version' lower if you accept running outside W&B's support.",
      );
    }
    ctx.out.info(`API server: Kubernetes ${server.gitVersion} (minimum ${options.minKubernetesVersion})`);
    if (compareVersions(helmVersion, '3.0.0') < 0) {
      throw new UserError(
        `helm ${helmVersion} is too old: Helm 3 or newer is required. Nothing was installed.`,
        "Set 'helm-version' (or 'helm-path') to Helm 3 or 4.",
      );
    }
    ctx.out.info(`helm: ${helmVersion}`);
    if (options.caCertsConfigMap) await checkCaConfigMap(client, options);
    const certManager = options.operator === 'v2' ? await preflightV2(client, options, ctx) : undefined;
    return { serverVersion: server.gitVersion, certManager };
  });
}

async function checkCaConfigMap(client: KubeClient, options: InstallOptions): Promise<void> {
  const name = options.caCertsConfigMap as string;
  const cm = await client.getJson<{ data?: Record<string, string> }>([
    'configmap',
    name,
    '-n',
    options.namespace,
  ]);
  if (!cm) {
    throw new UserError(
      `The ConfigMap '${name}' ('ca-certs-configmap') does not exist in namespace ${options.namespace}. Nothing was installed.`,
      'Create it in the operator namespace first, with one key per certificate ending in .crt.',
    );
  }
  const keys = Object.keys(cm.data ?? {});
  const bad = keys.filter((key) => !key.endsWith('.crt'));
  if (bad.length > 0 || keys.length === 0) {
    throw new UserError(
      `The ConfigMap '${name}' ('ca-certs-configmap') must hold certificates under keys ending in .crt${bad.length ? `; these do not: ${bad.join(', ')}` : ''}.`,
      'Rename the keys to end in .crt (the operator mounts them as files in /certs).',
    );
  }
}

/**
 * `kubectl auth can-i` for what the chart creates; checked before any change (not needed when none), so the
 * namespace is looked up here too: creating it is one more permission when it does not exist.
 */
export async function checkPermissions(
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<void> {
  const ns = options.namespace;
  const createNamespace = { verb: 'create', resource: 'namespaces' };
  const checks: Array<{ verb: string; resource: string; group?: string; namespace?: string }> = [
    { verb: 'create', resource: 'deployments', group: 'apps', namespace: ns },
    { verb: 'list', resource: 'secrets', namespace: ns },
    { verb: 'create', resource: 'secrets', namespace: ns },
    { verb: 'create', resource: 'serviceaccounts', namespace: ns },
    { verb: 'create', resource: 'configmaps', namespace: ns },
    { verb: 'create', resource: 'customresourcedefinitions', group: 'apiextensions.k8s.io' },
  ];
  // The v2 chart creates cert-manager objects for its webhooks' serving certificate.
  if (options.operator === 'v2') {
    checks.push(
      { verb: 'create', resource: 'certificates', group: 'cert-manager.io', namespace: ns },
      { verb: 'create', resource: 'issuers', group: 'cert-manager.io', namespace: ns },
    );
  }
  // Asked at once; the answer about creating the namespace counts only when it does not exist.
  const [lookup, answers] = await Promise.all([
    client.kubectl(['get', 'namespace', ns, '-o', 'name'], { allowFailure: true }),
    client.canIAll([...checks, createNamespace]),
  ]);
  // A namespace the identity may not read counts as existing (helm then says what is missing).
  const namespaceExists = lookup.code === 0 || !isNotFound(lookup);
  if (!namespaceExists) checks.push(createNamespace);
  const denied = checks
    .filter((_, i) => !answers[i])
    .map(
      (c) =>
        `${c.verb} ${c.resource}${c.group ? `.${c.group}` : ''}${c.namespace ? ` in ${c.namespace}` : ''}`,
    );
  if (denied.length > 0) {
    throw new UserError(
      `The kubeconfig's identity may not install the operator: the API server (kubectl auth can-i) says no to ${denied.join(', ')}. Nothing was installed.`,
      'Use credentials with cluster-admin rights for the operator install (it creates a CRD and RBAC).',
    );
  }
  ctx.out.info(`permissions: ok (namespace ${ns} ${namespaceExists ? 'exists' : 'will be created'})`);
}

/**
 * `helm repo add` with the credentials on stdin; its failures are the chart repository's. For v2 (an OCI
 * chart, no repository to add) the registry credentials written into the private helm home (./cluster-v2.ts).
 */
export async function addChartRepo(client: KubeClient, options: InstallOptions): Promise<void> {
  if (options.operator === 'v2') return registryLogin(client, options);
  try {
    await helmRepoAdd(client, REPO_NAME, options.repo.url, {
      username: options.repo.username,
      password: options.repo.password,
      caFile: options.chartRepoCaFile,
    });
  } catch (error) {
    throw explained(error, options, 'chart-repository', 'Nothing was changed on the cluster.');
  }
}

export interface ChartChoice {
  version: string;
  /** How the version was chosen, for the log. */
  note: string;
}

/**
 * The chart version to run: `chart-version`, or the newest in the repository (which is added first). Prints
 * nothing, so that it can run while the preflight prints.
 */
export async function resolveChartVersion(client: KubeClient, options: InstallOptions): Promise<ChartChoice> {
  if (options.operator === 'v2') return resolveOciChartVersion(client, options);
  await addChartRepo(client, options);
  const versions = await helmChartVersions(client, `${REPO_NAME}/${CHART_NAME}`);
  const repo = options.repo.url;
  if (versions.length === 0) {
    throw new UserError(
      `The chart repository ${repo} has no '${CHART_NAME}' chart. Nothing was changed on the cluster.`,
      "Check 'chart-repo': it must serve the W&B operator chart.",
    );
  }
  const version = options.chartVersion ?? versions[0].version;
  if (!versions.some((v) => v.version === version)) {
    throw new UserError(
      `The chart repository ${repo} has no '${CHART_NAME}' chart version ${version} (it has ${versions
        .slice(0, 8)
        .map((v) => v.version)
        .join(', ')}). Nothing was changed on the cluster.`,
      "Check 'chart-version'.",
    );
  }
  return { version, note: `from ${repo}${options.chartVersion ? '' : ' (newest)'}` };
}

export interface ReleaseState {
  previous?: HelmRelease;
  previousValues: Values;
}

/** The release (any status) and the values its user set, read at once. */
export async function readRelease(client: KubeClient, options: InstallOptions): Promise<ReleaseState> {
  const [previous, values] = await Promise.all([
    helmReleaseStatus(client, options.release, options.namespace),
    // Before a first install there is no release to read values from: helm says "not found".
    helmUserValues(client, options.release, options.namespace).catch((error: unknown) => {
      if (error instanceof KubeCommandError && /not found/i.test(error.message)) return {};
      throw error;
    }),
  ]);
  return { previous, previousValues: previous ? values : {} };
}

export async function findController(
  client: KubeClient,
  options: InstallOptions,
): Promise<Deployment | undefined> {
  return pickController(
    await client.listJson<Deployment>('deployments', { namespace: options.namespace }),
    options.release,
  );
}

/** The controller did not roll out in time; `reasons` quotes why (pods, conditions, events). */
export class ControllerNotReady extends UserError {
  constructor(
    message: string,
    readonly reasons: string[],
  ) {
    super(
      message,
      "Check that the controller image can be pulled (image-repository, image-tag, image-pull-secrets) and the pods' events; raise 'timeout' for slow clusters.",
    );
    this.name = 'ControllerNotReady';
  }
}

export function reportReady(deployment: Deployment, ctx: Context): Deployment {
  ctx.out.info(`deployment/${deployment.metadata.name}: ready (${controllerImage(deployment)})`);
  return deployment;
}

/** Waits until the controller has rolled out, or `until` (epoch ms), then throws ControllerNotReady. */
export async function waitForController(
  client: KubeClient,
  options: InstallOptions,
  until: number,
  ctx: Context,
  title = 'Waiting for the controller',
): Promise<Deployment> {
  return ctx.out.group(title, async () => {
    const started = Date.now();
    let lastLine = '';
    let lastPrinted = 0;
    for (;;) {
      const deployment = await findController(client, options);
      if (deployment && rolledOut(deployment)) return reportReady(deployment, ctx);
      const line = progressLine(deployment);
      if (line !== lastLine || Date.now() - lastPrinted > 15_000) {
        ctx.out.info(`waiting: ${line}`);
        lastLine = line;
        lastPrinted = Date.now();
      }
      // Stop early enough to read why (pods, events) before `until`.
      if (Date.now() + 1500 > until) {
        const reasons = await whyNotReady(client, options, deployment).catch(() => []);
        const waited = Math.round((Date.now() - started) / 1000);
        throw new ControllerNotReady(
          `The operator controller was not ready within the ${options.timeoutSeconds} s timeout (waited ${waited} s for the rollout; the rest is kept for the rollback): ${line}.${reasons.length ? `\nWhy:\n  ${reasons.join('\n  ')}` : ''}`,
          reasons,
        );
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  });
}

async function whyNotReady(
  client: KubeClient,
  options: InstallOptions,
  deployment: Deployment | undefined,
): Promise<string[]> {
  const selector = podSelector(deployment);
  const [pods, events] = await Promise.all([
    selector ? client.listJson<Pod>('pods', { namespace: options.namespace, selector }) : [],
    client.listJson<KubeEvent>('events', { namespace: options.namespace }).catch(() => []),
  ]);
  return notReadyReasons(deployment, pods, events);
}

/** `helm upgrade --install` with the values in a 0600 file; returns the new revision. */
export async function applyChart(
  client: KubeClient,
  options: InstallOptions,
  plan: InstallPlan,
  until: number,
  ctx: Context,
  describe: string,
): Promise<number | undefined> {
  return ctx.out.group(`helm upgrade --install ${options.release}`, async () => {
    ctx.out.info(describe);
    const dir = await mkdtemp(join(ctx.env.RUNNER_TEMP || tmpdir(), 'wandb-operator-values-'));
    try {
      const valuesFile = join(dir, 'values.json');
      await writeFile(valuesFile, JSON.stringify(plan.values, null, 2), { mode: 0o600 });
      const seconds = Math.max(1, Math.floor((until - Date.now()) / 1000));
      const result = await client.helm(
        [
          'upgrade',
          '--install',
          options.release,
          // v2: the OCI reference itself (the login is in the run's helm home).
          ...(options.operator === 'v2'
            ? [options.repo.url, ...registryTls(options)]
            : [`${REPO_NAME}/${CHART_NAME}`]),
          '--version',
          plan.version,
          '--namespace',
          options.namespace,
          '--create-namespace',
          '--values',
          valuesFile,
          '--history-max',
          '10',
          '--timeout',
          `${seconds}s`,
          '--output',
          'json',
        ],
        { timeoutMs: Math.max(1000, until - Date.now()) },
      );
      return (JSON.parse(result.stdout) as { version?: number }).version;
    } catch (error) {
      throw explained(error, options, 'cluster', '');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

/**
 * Undoes a change that failed, inside what is left of `timeout`: a first install is uninstalled, anything
 * else is rolled back to the revision that ran before. Returns the sentence that says the state left.
 */
export async function undoChange(
  client: KubeClient,
  options: InstallOptions,
  plan: InstallPlan,
  deadline: number,
  ctx: Context,
  made: { revision?: number; otherOperation?: boolean },
): Promise<{ state: string; undone: boolean; kind: Undo['kind'] | 'unknown' }> {
  const { release, namespace } = options;
  const seconds = () => Math.max(1, (deadline - Date.now()) / 1000);
  return ctx.out.group('Undoing the failed change', async () => {
    let history;
    try {
      history = await helmHistory(client, release, namespace);
    } catch (error) {
      return {
        kind: 'unknown',
        undone: false,
        state: `The release history could not be read to undo the change (${errorMessage(error)}): release '${release}' may be left at the failed revision. See 'helm history ${release} -n ${namespace}'.`,
      };
    }
    const undo = undoFor(plan.previous, history, made);
    const latest = history[history.length - 1];
    try {
      switch (undo.kind) {
        case 'none':
          ctx.out.info(`nothing to undo: ${undo.reason}`);
          return { kind: undo.kind, undone: true, state: `Nothing was changed: ${undo.reason}.` };
        case 'stuck':
          return {
            kind: undo.kind,
            undone: false,
            state: `The change could not be undone: ${undo.reason}. Release '${release}' is left at revision ${latest?.revision} (${latest?.status}).`,
          };
        case 'uninstall':
          ctx.out.info(`helm uninstall ${release} (the first install failed)`);
          await helmUninstall(client, release, namespace, seconds());
          return {
            kind: undo.kind,
            undone: true,
            state: `The failed first install was removed (helm uninstall): no release '${release}' is left in namespace ${namespace}. The namespace and the operator CRD (Helm never deletes CRDs) are kept.`,
          };
        case 'rollback': {
          ctx.out.info(`helm rollback ${release} ${undo.revision} (${undo.chart})`);
          await helmRollback(client, release, namespace, undo.revision, seconds());
          const now = await helmReleaseStatus(client, release, namespace);
          const ready = await waitForController(
            client,
            options,
            deadline,
            ctx,
            'Waiting for the previous controller',
          )
            .then(() => 'its controller is ready again')
            .catch(() => 'its controller was not ready again before the timeout');
          return {
            kind: undo.kind,
            undone: true,
            state: `Rolled back: release '${release}' runs revision ${undo.revision}'s chart and values again (${undo.chart}; now revision ${now?.revision}, ${now?.status}), and ${ready}.`,
          };
        }
      }
    } catch (error) {
      return {
        kind: undo.kind,
        undone: false,
        state: `Undoing the change failed too (${errorMessage(error).split('\n')[0]}): release '${release}' is left as helm recorded it (revision ${latest?.revision}, ${latest?.status}). See 'helm history ${release} -n ${namespace}'.`,
      };
    }
  });
}
