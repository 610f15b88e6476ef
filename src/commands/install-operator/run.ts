import { readInputFile } from '../../core/files.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Context } from '../../core/command.js';
import { UserError, errorMessage } from '../../core/errors.js';
import { bool, list, num, str, type RawInputs } from '../../core/inputs.js';
import {
  KubeClient,
  KubeCommandError,
  compareVersions,
  createHelmHome,
  helmChartVersions,
  helmReleaseStatus,
  helmRepoAdd,
  helmUserValues,
  isNotFound,
  prepareKubeconfig,
  type HelmRelease,
} from '../../kube/index.js';
import { checkAirgapped, imageRegistryHost, imageRepositoriesIn, isPublicHost } from './airgap.js';
import { canonicalJson, changedPaths, isPlainObject, mergeValues, type Values } from './values.js';

export const DEFAULT_CHART_REPO = 'https://charts.wandb.ai';
const CHART_NAME = 'operator';
const REPO_NAME = 'wandb-operator-actions';

export interface InstallOptions {
  kubeconfigContent?: string;
  context?: string;
  kubectlPath?: string;
  helmPath?: string;
  timeoutSeconds: number;
  namespace: string;
  release: string;
  chartRepo: string;
  chartRepoUsername?: string;
  chartRepoPassword?: string;
  chartRepoCaFile?: string;
  chartVersion?: string;
  valuesFiles: string[];
  airgapped: boolean;
  imageRepository?: string;
  imageTag?: string;
  imagePullSecrets: string[];
  customCaCertFiles: string[];
  caCertsConfigMap?: string;
  helmVersion: string;
  kubectlVersion: string;
  toolsMirror?: string;
  minKubernetesVersion: string;
  dryRun: boolean;
}

export function parseOptions(raw: RawInputs, ctx: Context): InstallOptions {
  const path = (p: string) => (isAbsolute(p) ? p : resolve(ctx.cwd, p));
  const optionalPath = (name: string) => {
    const value = str(raw, name);
    return value ? path(value) : undefined;
  };
  const min = str(raw, 'min-kubernetes-version') ?? '1.28';
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(min)) {
    throw new UserError(`'min-kubernetes-version' must look like 1.28, got '${min}'.`);
  }
  return {
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: optionalPath('kubectl-path'),
    helmPath: optionalPath('helm-path'),
    timeoutSeconds: num(raw, 'timeout') ?? 600,
    namespace: str(raw, 'namespace') ?? 'wandb-cr',
    release: str(raw, 'release') ?? 'operator',
    chartRepo: (str(raw, 'chart-repo') ?? DEFAULT_CHART_REPO).replace(/\/+$/, ''),
    chartRepoUsername: str(raw, 'chart-repo-username'),
    chartRepoPassword: str(raw, 'chart-repo-password'),
    chartRepoCaFile: optionalPath('chart-repo-ca-file'),
    chartVersion: str(raw, 'chart-version')?.replace(/^v/, ''),
    valuesFiles: list(raw, 'values').map(path),
    airgapped: bool(raw, 'airgapped'),
    imageRepository: str(raw, 'image-repository'),
    imageTag: str(raw, 'image-tag'),
    imagePullSecrets: list(raw, 'image-pull-secrets'),
    customCaCertFiles: list(raw, 'custom-ca-certs').map(path),
    caCertsConfigMap: str(raw, 'ca-certs-configmap'),
    helmVersion: str(raw, 'helm-version') ?? '3.17.3',
    kubectlVersion: str(raw, 'kubectl-version') ?? '1.31.9',
    toolsMirror: str(raw, 'tools-mirror'),
    minKubernetesVersion: min.replace(/^v/, ''),
    dryRun: bool(raw, 'dry-run'),
  };
}

/** Values from the files, in order, then the values the inputs set. Reads the files (and CA files). */
async function valuesFromInputs(options: InstallOptions): Promise<{ files: Values; inputs: Values }> {
  let files: Values = {};
  for (const file of options.valuesFiles) {
    let parsed: unknown;
    const text = readInputFile(process.cwd(), file, 'the values file');
    try {
      parsed = parseYaml(text);
    } catch (error) {
      throw new UserError(
        `The values file ${file} is not valid YAML: ${errorMessage(error)}`,
        "Check 'values'.",
      );
    }
    if (parsed !== null && parsed !== undefined && !isPlainObject(parsed)) {
      throw new UserError(`The values file ${file} is not a YAML mapping.`, "Check 'values'.");
    }
    files = mergeValues(files, (parsed as Values | null) ?? {});
  }
  const inputs: Values = {};
  const image: Values = {};
  if (options.imageRepository) image.repository = options.imageRepository;
  if (options.imageTag) image.tag = options.imageTag;
  if (options.imagePullSecrets.length > 0) image.pullSecrets = options.imagePullSecrets;
  if (Object.keys(image).length > 0) inputs.image = image;
  if (options.airgapped) inputs.airgapped = true;
  if (options.customCaCertFiles.length > 0) {
    const certs: string[] = [];
    for (const file of options.customCaCertFiles) {
      let text: string;
      try {
        text = readInputFile(process.cwd(), file, 'the CA certificate file');
      } catch (error) {
        throw new UserError(
          `Cannot read the CA certificate file ${file}: ${errorMessage(error)}`,
          "Check 'custom-ca-certs'.",
        );
      }
      const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
      if (blocks.length === 0) {
        throw new UserError(
          `${file} holds no PEM certificate.`,
          "Each 'custom-ca-certs' file holds one PEM certificate.",
        );
      }
      certs.push(...blocks);
    }
    inputs.customCACerts = certs;
  }
  if (options.caCertsConfigMap) inputs.caCertsConfigMap = options.caCertsConfigMap;
  return { files, inputs };
}

/** Air-gapped: no public image repository in the values files either. */
function checkValuesAirgapped(values: Values): void {
  for (const { path, repository } of imageRepositoriesIn(values)) {
    const host = imageRegistryHost(repository);
    if (isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: the values set ${path} to ${repository}, which pulls from the public host ${host}.`,
        "Point every image repository in 'values' (and 'image-repository') at your internal registry.",
      );
    }
  }
}

async function resolveTools(
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
      const { installTool } = await import('../../tools/install.js');
      return (await installTool({ tool, version, mirror: options.toolsMirror, env: ctx.env, log })).path;
    };
    return {
      helm: await get('helm', options.helmPath, options.helmVersion),
      kubectl: await get('kubectl', options.kubectlPath, options.kubectlVersion),
    };
  });
}

interface PreflightResult {
  serverVersion: string;
}

/** Cluster reachable and new enough, helm 3 or newer; the three probes run at once. */
async function preflight(
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<PreflightResult> {
  return ctx.out.group('Preflight', async () => {
    const [server, helmVersion] = await Promise.all([client.serverVersion(), client.helmVersion()]);
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
    if (options.caCertsConfigMap) {
      const cm = await client.getJson<{ data?: Record<string, string> }>([
        'configmap',
        options.caCertsConfigMap,
        '-n',
        options.namespace,
      ]);
      if (!cm) {
        throw new UserError(
          `The ConfigMap '${options.caCertsConfigMap}' ('ca-certs-configmap') does not exist in namespace ${options.namespace}. Nothing was installed.`,
          'Create it in the operator namespace first, with one key per certificate ending in .crt.',
        );
      }
      const bad = Object.keys(cm.data ?? {}).filter((key) => !key.endsWith('.crt'));
      if (bad.length > 0 || Object.keys(cm.data ?? {}).length === 0) {
        throw new UserError(
          `The ConfigMap '${options.caCertsConfigMap}' ('ca-certs-configmap') must hold certificates under keys ending in .crt${bad.length ? `; these do not: ${bad.join(', ')}` : ''}.`,
          'Rename the keys to end in .crt (the operator mounts them as files in /certs).',
        );
      }
    }
    return { serverVersion: server.gitVersion };
  });
}

/**
 * `kubectl auth can-i` for what the chart creates; checked before any change (not needed when none), so the
 * namespace is looked up here too: creating it is one more permission when it does not exist.
 */
async function checkPermissions(client: KubeClient, options: InstallOptions, ctx: Context): Promise<void> {
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
  ctx.out.info(
    `permissions: ok (namespace ${options.namespace} ${namespaceExists ? 'exists' : 'will be created'})`,
  );
}

async function addChartRepo(client: KubeClient, options: InstallOptions): Promise<void> {
  await helmRepoAdd(client, REPO_NAME, options.chartRepo, {
    username: options.chartRepoUsername,
    password: options.chartRepoPassword,
    caFile: options.chartRepoCaFile,
  });
}

interface ChartChoice {
  version: string;
  /** How the version was chosen, for the log. */
  note: string;
}

/**
 * The chart version to run: `chart-version`, or the newest in the repository (which is added first). Prints
 * nothing, so that it can run while the preflight prints.
 */
async function resolveChartVersion(client: KubeClient, options: InstallOptions): Promise<ChartChoice> {
  await addChartRepo(client, options);
  const versions = await helmChartVersions(client, `${REPO_NAME}/${CHART_NAME}`);
  if (versions.length === 0) {
    throw new UserError(
      `The chart repository ${options.chartRepo} has no '${CHART_NAME}' chart.`,
      "Check 'chart-repo': it must serve the W&B operator chart.",
    );
  }
  const version = options.chartVersion ?? versions[0].version;
  if (!versions.some((v) => v.version === version)) {
    throw new UserError(
      `The chart repository ${options.chartRepo} has no '${CHART_NAME}' chart version ${version} (it has ${versions
        .slice(0, 8)
        .map((v) => v.version)
        .join(', ')}).`,
      "Check 'chart-version'.",
    );
  }
  return { version, note: `from ${options.chartRepo}${options.chartVersion ? '' : ' (newest)'}` };
}

interface ReleaseState {
  previous?: HelmRelease;
  previousValues: Values;
}

/** The release (any status) and the values its user set, read at once. */
async function readRelease(client: KubeClient, options: InstallOptions): Promise<ReleaseState> {
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

/** The value of a settled read, or its error thrown: lets reads run together and fail in a set order. */
function settled<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

interface Deployment {
  metadata: {
    name: string;
    generation?: number;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  };
  spec: {
    replicas?: number;
    selector?: { matchLabels?: Record<string, string> };
    template: { spec: { containers: Array<{ name: string; image: string }> } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
    unavailableReplicas?: number;
  };
}

async function findController(client: KubeClient, options: InstallOptions): Promise<Deployment | undefined> {
  const items = await client.listJson<Deployment>('deployments', { namespace: options.namespace });
  const ours = items.filter((d) => d.metadata.annotations?.['meta.helm.sh/release-name'] === options.release);
  return (
    ours.find((d) => d.metadata.name === 'wandb-controller-manager') ??
    ours.find((d) => d.metadata.name.endsWith('controller-manager')) ??
    ours.find((d) => d.metadata.labels?.['control-plane'] === 'controller-manager')
  );
}

function controllerImage(deployment: Deployment): string {
  const containers = deployment.spec.template.spec.containers;
  return (containers.find((c) => c.name === 'manager') ?? containers[0])?.image ?? '';
}

function rolledOut(d: Deployment): boolean {
  const want = d.spec.replicas ?? 1;
  const s = d.status ?? {};
  return (
    (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
    (s.updatedReplicas ?? 0) >= want &&
    (s.availableReplicas ?? 0) >= want &&
    (s.replicas ?? 0) <= want &&
    !(s.unavailableReplicas ?? 0)
  );
}

/**
 * The controller's pods, found by its Deployment's own selector: W&B's operator chart labels them only
 * `control-plane: controller-manager`, not with the release.
 */
async function podProblems(
  client: KubeClient,
  namespace: string,
  deployment: Deployment | undefined,
): Promise<string[]> {
  interface Pod {
    metadata: { name: string };
    status?: {
      phase?: string;
      containerStatuses?: Array<{
        name: string;
        state?: { waiting?: { reason?: string; message?: string } };
      }>;
    };
  }
  const labels = Object.entries(deployment?.spec.selector?.matchLabels ?? {});
  if (labels.length === 0) return [];
  const pods = await client.listJson<Pod>('pods', {
    namespace,
    selector: labels.map(([k, v]) => `${k}=${v}`).join(','),
  });
  return pods.map((pod) => {
    const waiting = pod.status?.containerStatuses?.find((c) => c.state?.waiting)?.state?.waiting;
    return `${pod.metadata.name}: ${waiting ? `${waiting.reason}${waiting.message ? ` (${waiting.message})` : ''}` : (pod.status?.phase ?? 'Unknown')}`;
  });
}

function reportReady(deployment: Deployment, ctx: Context): Deployment {
  ctx.out.info(`deployment/${deployment.metadata.name}: ready (${controllerImage(deployment)})`);
  return deployment;
}

async function waitForController(
  client: KubeClient,
  options: InstallOptions,
  deadline: number,
  ctx: Context,
): Promise<Deployment> {
  return ctx.out.group('Waiting for the controller', async () => {
    let lastLine = '';
    let lastPrinted = 0;
    for (;;) {
      const deployment = await findController(client, options);
      if (deployment && rolledOut(deployment)) return reportReady(deployment, ctx);
      const s = deployment?.status ?? {};
      const line = deployment
        ? `deployment/${deployment.metadata.name}: ${s.updatedReplicas ?? 0} updated, ${s.availableReplicas ?? 0} available of ${deployment.spec.replicas ?? 1}`
        : 'the controller Deployment does not exist yet';
      if (line !== lastLine || Date.now() - lastPrinted > 15_000) {
        ctx.out.info(`waiting: ${line}`);
        lastLine = line;
        lastPrinted = Date.now();
      }
      if (Date.now() + 3000 > deadline) {
        const problems = await podProblems(client, options.namespace, deployment).catch(() => []);
        throw new UserError(
          `The operator controller was not ready within the ${options.timeoutSeconds} s timeout: ${line}.${problems.length ? `\nPods:\n  ${problems.join('\n  ')}` : ''}`,
          "Check that the controller image can be pulled (image-repository, image-tag, image-pull-secrets) and the pods' events; raise 'timeout' for slow clusters.",
        );
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  });
}

interface Plan {
  action: 'install' | 'upgrade' | 'reconfigure' | 'none';
  values: Values;
  changed: string[];
  previous?: HelmRelease;
}

function plan(
  previous: HelmRelease | undefined,
  previousValues: Values,
  desired: Values,
  version: string,
): Plan {
  if (!previous) return { action: 'install', values: desired, changed: changedPaths({}, desired) };
  const changed = changedPaths(previousValues, desired);
  if (previous.chartVersion !== version) return { action: 'upgrade', values: desired, changed, previous };
  if (previous.status !== 'deployed' || canonicalJson(previousValues) !== canonicalJson(desired)) {
    return { action: 'reconfigure', values: desired, changed, previous };
  }
  return { action: 'none', values: desired, changed: [], previous };
}

const UPGRADE_NOTE =
  'Upgrading the operator does not upgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).';

/**
 * install-operator: check the inputs (air-gapped rules), set up helm and kubectl, preflight the cluster, then
 * install or upgrade the operator chart only when its version or values change, and wait for the controller.
 */
export async function run(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const deadline = Date.now() + options.timeoutSeconds * 1000;
  if (options.airgapped) {
    checkAirgapped({
      chartRepo: options.chartRepo,
      chartRepoIsDefault: options.chartRepo === DEFAULT_CHART_REPO,
      imageRepository: options.imageRepository,
      imageTag: options.imageTag,
      toolsMirror: options.toolsMirror,
      helmPath: options.helmPath,
      kubectlPath: options.kubectlPath,
    });
  }
  const given = await valuesFromInputs(options);
  if (options.airgapped) checkValuesAirgapped(given.files);

  const tools = await resolveTools(options, ctx);
  ctx.out.setOutput('kubectl-path', tools.kubectl);
  ctx.out.setOutput('helm-path', tools.helm);
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  const helmHome = await createHelmHome(ctx.env.RUNNER_TEMP || undefined);
  try {
    const client = new KubeClient({
      kubectlPath: tools.kubectl,
      helmPath: tools.helm,
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: { ...ctx.env, ...helmHome.env },
      deadline,
      timeoutMs: 120_000,
    });
    // Everything this run reads is read at once (a rerun with nothing to change is these reads and no more):
    // the preflight, the release with its values, the chart repository (unless a version is pinned) and the
    // controller. Only the preflight prints meanwhile; failures are reported in that order.
    const reads = await Promise.allSettled([
      preflight(client, options, ctx),
      readRelease(client, options),
      options.chartVersion === undefined ? resolveChartVersion(client, options) : undefined,
      findController(client, options),
    ]);
    const { serverVersion } = settled(reads[0]);
    let release: ReleaseState;
    try {
      release = settled(reads[1]);
    } catch (error) {
      // Helm reads its release records from Secrets: a forbidden read is a permission problem, said plainly.
      if (error instanceof KubeCommandError && /forbidden/i.test(error.message)) {
        await checkPermissions(client, options, ctx);
      }
      throw error;
    }
    const { previous, previousValues } = release;
    // A pinned version the release already runs needs no repository round trip unless something changes.
    const pinnedAndDeployed =
      options.chartVersion !== undefined && previous?.chartVersion === options.chartVersion;
    const version = await ctx.out.group('Chart', async () => {
      if (pinnedAndDeployed) {
        ctx.out.info(`chart: ${CHART_NAME} ${options.chartVersion} (pinned; the release runs it)`);
        return options.chartVersion as string;
      }
      const chart = settled(reads[2]) ?? (await resolveChartVersion(client, options));
      ctx.out.info(`chart: ${CHART_NAME} ${chart.version} ${chart.note}`);
      return chart.version;
    });
    const controllerBefore = reads[3].status === 'fulfilled' ? reads[3].value : undefined;
    // Earlier values are kept: the files and inputs of this run are laid over what the release already has.
    const desired = mergeValues(previousValues, given.files, given.inputs);
    const p = plan(previous, previousValues, desired, version);
    const from = previous
      ? `${previous.chartVersion} (revision ${previous.revision}, ${previous.status})`
      : '';
    const changedText = p.changed.length ? `values changed: ${p.changed.join(', ')}` : 'values unchanged';

    const describe = {
      install: `install ${CHART_NAME} ${version} as release '${options.release}' in namespace ${options.namespace}`,
      upgrade: `upgrade ${CHART_NAME} ${from} to ${version}; ${changedText}`,
      reconfigure: `update release '${options.release}' (${CHART_NAME} ${from}); ${changedText}`,
      none: `no changes: release '${options.release}' already runs ${CHART_NAME} ${version} with these values (revision ${previous?.revision})`,
    }[p.action];

    if (p.action !== 'none') await checkPermissions(client, options, ctx);
    if (p.action !== 'none' && pinnedAndDeployed) await addChartRepo(client, options);

    if (options.dryRun) {
      ctx.out.print(`Dry run: would ${p.action === 'none' ? 'change nothing' : describe}.`);
      if (p.action === 'upgrade') ctx.out.info(UPGRADE_NOTE);
      ctx.out.setOutput('chart-version', version);
      ctx.out.setOutput('changed', false);
      ctx.out.setOutput(
        'controller-image',
        previous && controllerBefore ? controllerImage(controllerBefore) : '',
      );
      ctx.out.summary(
        `### install-operator (dry run)\n\nWould ${p.action === 'none' ? 'change nothing' : describe}.\n`,
      );
      return 0;
    }

    let revision = previous?.revision;
    if (p.action === 'none') {
      ctx.out.info(describe[0].toUpperCase() + describe.slice(1) + '.');
    } else {
      if (p.action === 'upgrade') {
        ctx.out.info(
          `Upgrading the operator chart ${previous?.chartVersion} → ${version}; earlier values are kept.`,
        );
        ctx.out.notice(UPGRADE_NOTE);
      }
      await ctx.out.group(`helm upgrade --install ${options.release}`, async () => {
        ctx.out.info(describe);
        const dir = await mkdtemp(join(ctx.env.RUNNER_TEMP || tmpdir(), 'wandb-operator-values-'));
        try {
          const valuesFile = join(dir, 'values.json');
          await writeFile(valuesFile, JSON.stringify(p.values, null, 2), { mode: 0o600 });
          const seconds = Math.max(1, Math.floor((deadline - Date.now()) / 1000));
          const result = await client.helm([
            'upgrade',
            '--install',
            options.release,
            `${REPO_NAME}/${CHART_NAME}`,
            '--version',
            version,
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
          ]);
          revision = (JSON.parse(result.stdout) as { version?: number }).version;
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    }

    // Nothing changed and the controller was ready when read: no second look needed.
    const deployment =
      p.action === 'none' && controllerBefore && rolledOut(controllerBefore)
        ? reportReady(controllerBefore, ctx)
        : await waitForController(client, options, deadline, ctx);
    const image = controllerImage(deployment);
    const changed = p.action !== 'none';
    ctx.out.setOutput('chart-version', version);
    ctx.out.setOutput('controller-image', image);
    ctx.out.setOutput('changed', changed);

    const verb = { install: 'Installed', upgrade: 'Upgraded', reconfigure: 'Updated', none: 'Unchanged:' }[
      p.action
    ];
    ctx.out.print(
      `${verb} operator ${version} (release '${options.release}', namespace ${options.namespace}, revision ${revision}); controller ${image} ready.`,
    );
    if (p.action === 'upgrade') ctx.out.print(UPGRADE_NOTE);
    ctx.out.summary(
      [
        '### install-operator',
        '',
        '| | |',
        '|---|---|',
        `| Result | ${changed ? describe : 'no changes'} |`,
        `| Chart | ${CHART_NAME} ${version} from ${options.chartRepo} |`,
        `| Release | ${options.release} in ${options.namespace}, revision ${revision} |`,
        `| Controller image | \`${image}\` |`,
        `| Cluster | Kubernetes ${serverVersion} |`,
        `| Air-gapped | ${options.airgapped ? 'yes' : 'no'} |`,
        '',
        ...(p.action === 'upgrade' ? [`> ${UPGRADE_NOTE}`, ''] : []),
      ].join('\n'),
    );
    return 0;
  } finally {
    await helmHome.cleanup();
    await kubeconfig.cleanup();
  }
}
