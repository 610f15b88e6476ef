import { isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import { readInputFile } from '../core/files.js';
import { UsageError, bool, list, num, str, type RawInputs } from '../core/inputs.js';
import { chartRepoSource, urlSecrets, type ChartRepoSource } from './chart-repo.js';
import { MIN_TIMEOUT_SECONDS } from './plan.js';
import { isPlainObject, mergeValues, type Values } from './values.js';
import { checkAirgapped, imageRegistryHost, imageRepositoriesIn, isPublicHost } from './airgap.js';
import { V2_CHART_REF, ociChartSource, operatorLine, v2ValuesFromInputs, type OperatorLine } from './v2.js';

export const DEFAULT_CHART_REPO = 'https://charts.wandb.ai';

export interface InstallOptions {
  /** v1: the Helm-values operator from a Helm repository; v2: the apps.wandb.com/v2 operator's OCI chart. */
  operator: OperatorLine;
  kubeconfigContent?: string;
  context?: string;
  kubectlPath?: string;
  helmPath?: string;
  timeoutSeconds: number;
  namespace: string;
  release: string;
  /**
   * The repository without credentials, and the credentials (from the inputs or the URL). For v2, `url` is the
   * chart's OCI reference (oci://host/path/operator).
   */
  repo: ChartRepoSource;
  chartRepoCaFile?: string;
  /** v2: the OCI registry speaks plain HTTP. */
  chartRepoPlainHttp: boolean;
  chartVersion?: string;
  allowDowngrade: boolean;
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
  // Credentials in the chart-repo URL are secrets from the first moment, before anything can print them.
  const givenRepo = str(raw, 'chart-repo');
  for (const secret of urlSecrets(givenRepo ?? '')) ctx.redactor.add(secret);
  const operator = operatorLine(str(raw, 'operator-version'), givenRepo);
  const chartRepoInput = givenRepo ?? (operator === 'v2' ? V2_CHART_REF : DEFAULT_CHART_REPO);
  const path = (p: string) => (isAbsolute(p) ? p : resolve(ctx.cwd, p));
  const optionalPath = (name: string) => {
    const value = str(raw, name);
    return value ? path(value) : undefined;
  };
  const min = str(raw, 'min-kubernetes-version') ?? '1.28';
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(min)) {
    throw new UserError(`'min-kubernetes-version' must look like 1.28, got '${min}'.`);
  }
  const timeoutSeconds = num(raw, 'timeout') ?? 600;
  if (!(timeoutSeconds >= MIN_TIMEOUT_SECONDS)) {
    throw new UsageError(
      `'timeout' must be at least ${MIN_TIMEOUT_SECONDS} seconds, got ${timeoutSeconds}: it covers the rollout and, when that fails, the rollback.`,
      `Set 'timeout' to ${MIN_TIMEOUT_SECONDS} or more (default 600).`,
    );
  }
  const repoInput = {
    url: chartRepoInput,
    username: str(raw, 'chart-repo-username'),
    password: str(raw, 'chart-repo-password'),
  };
  const repo = operator === 'v2' ? ociChartSource(repoInput) : chartRepoSource(repoInput);
  return {
    operator,
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: optionalPath('kubectl-path'),
    helmPath: optionalPath('helm-path'),
    timeoutSeconds,
    namespace: str(raw, 'namespace') ?? 'wandb-cr',
    release: str(raw, 'release') ?? 'operator',
    repo,
    chartRepoCaFile: optionalPath('chart-repo-ca-file'),
    chartRepoPlainHttp: bool(raw, 'chart-repo-plain-http'),
    chartVersion: str(raw, 'chart-version')?.replace(/^v/, ''),
    allowDowngrade: bool(raw, 'allow-downgrade'),
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

/** Air-gapped rules on the inputs, then on the values files (no public image repository there either). */
export function checkInputsAirgapped(options: InstallOptions, files: Values): void {
  if (!options.airgapped) return;
  const v2 = options.operator === 'v2';
  checkAirgapped({
    chartRepo: options.repo.url,
    chartRepoIsDefault: options.repo.url === (v2 ? V2_CHART_REF : DEFAULT_CHART_REPO),
    v2,
    imageRepository: options.imageRepository,
    imageTag: options.imageTag,
    toolsMirror: options.toolsMirror,
    helmPath: options.helmPath,
    kubectlPath: options.kubectlPath,
  });
  for (const { path, repository } of imageRepositoriesIn(files)) {
    const host = imageRegistryHost(repository);
    if (isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: the values set ${path} to ${repository}, which pulls from the public host ${host}.`,
        "Point every image repository in 'values' (and 'image-repository') at your internal registry.",
      );
    }
  }
}

/** Values from the files, in order, then the values the inputs set. Reads the files (and CA files). */
export function valuesFromInputs(options: InstallOptions, cwd: string): { files: Values; inputs: Values } {
  let files: Values = {};
  for (const file of options.valuesFiles) {
    let parsed: unknown;
    const text = readInputFile(cwd, file, 'the values file');
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
  if (options.operator === 'v2') return { files, inputs: v2ValuesFromInputs(options) };
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
        text = readInputFile(cwd, file, 'the CA certificate file');
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
