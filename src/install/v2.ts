/**
 * Operator v2 for install-operator: which operator line a run installs (v1 from a Helm repository, v2 from an
 * OCI registry), the OCI chart reference with its credentials taken out, the values the inputs set on the v2
 * chart, and the refusal when a v1 operator release is on the cluster. Pure: no I/O.
 *
 * Facts (W&B's operator repository, deploy/operator and docs/migrating-v1-to-v2.md): v2 is published only as
 * the OCI chart `operator` at us-docker.pkg.dev/wandb-production/public/wandb/charts/operator (2.0.0-beta.N, no
 * GA yet); the chart `operator` at charts.wandb.ai is v1 and "is not an Operator v2 upgrade source". The v2
 * chart runs the controller through the `wandb-base` subchart aliased `wandb-operator` (Deployment
 * `<release>-wandb-operator`, image `wandb-operator.image.repository`/`.tag`).
 */
import { UserError } from '../core/errors.js';
import { UsageError } from '../core/inputs.js';
import type { ChartRepoInput, ChartRepoSource } from './chart-repo.js';
import type { Values } from './values.js';

export const V2_CHART_REF = 'oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator';
export const V1_CHART_REPO = 'https://charts.wandb.ai';

export type OperatorLine = 'v1' | 'v2';

/**
 * The operator line from `operator-version` and `chart-repo`: v2 when asked for, or when `chart-repo` is an
 * oci:// reference and no version is given (only v2 is published as an OCI chart); v1 otherwise.
 */
export function operatorLine(
  operatorVersion: string | undefined,
  chartRepo: string | undefined,
): OperatorLine {
  const asked = operatorVersion?.trim().toLowerCase().replace(/^v/, '');
  const oci = chartRepo !== undefined && /^oci:\/\//i.test(chartRepo.trim());
  if (asked !== undefined && asked !== '' && asked !== '1' && asked !== '2') {
    throw new UsageError(
      `'operator-version' must be v1 or v2, got '${operatorVersion}'.`,
      "Set 'operator-version' to v1 (the Helm-values operator from charts.wandb.ai, the default) or v2 (the typed apps.wandb.com/v2 operator from W&B's OCI registry); pick the chart version with 'chart-version'.",
    );
  }
  if (asked === '1' && oci) {
    throw new UsageError(
      "'operator-version' is v1 but 'chart-repo' is an oci:// reference: the v1 operator chart is served from a Helm repository (charts.wandb.ai or your mirror of it).",
      "For v1, set 'chart-repo' to the Helm repository (https://...); for the OCI chart, set 'operator-version: v2'.",
    );
  }
  if (asked === '2' && chartRepo !== undefined && chartRepo.trim() !== '' && !oci) {
    throw new UsageError(
      "'operator-version' is v2 but 'chart-repo' is not an oci:// reference: W&B publishes the v2 operator chart only in an OCI registry.",
      `Leave 'chart-repo' unset for ${V2_CHART_REF}, or set it to your mirror's oci:// reference (e.g. oci://registry.example.com/wandb/charts/operator).`,
    );
  }
  return asked === '2' || (asked !== '1' && oci) ? 'v2' : 'v1';
}

/**
 * The v2 chart's OCI reference (`oci://host[:port]/path/operator`, no tag, no credentials) from `chart-repo`.
 * Credentials in the URL are taken out (and must be registered as secrets by the caller: `urlSecrets`). The
 * reference may name the chart (`.../operator`, as W&B documents it) or the repository `helm push` was given
 * (`.../charts`), to which `/operator` is added: helm pushes a chart under its own name.
 */
export function ociChartSource(input: ChartRepoInput): ChartRepoSource {
  const text = input.url.trim();
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    // May hold credentials: say what is wrong, never echo it.
    throw new UsageError(
      "'chart-repo' is not an oci:// reference.",
      `Set 'chart-repo' like ${V2_CHART_REF}.`,
    );
  }
  if (parsed.protocol !== 'oci:' || !parsed.host) {
    throw new UsageError(
      "'chart-repo' is not an oci:// reference.",
      `Set 'chart-repo' like ${V2_CHART_REF}.`,
    );
  }
  const username = decode(parsed.username);
  const password = decode(parsed.password);
  const fromUrl = username !== '' || password !== '';
  if (fromUrl && (input.username || input.password)) {
    throw new UsageError(
      "'chart-repo' carries credentials in its URL and 'chart-repo-username' or 'chart-repo-password' is set too.",
      "Give the credentials once: remove them from 'chart-repo' (preferred: 'chart-repo-password' is a secret input) or drop the other inputs.",
    );
  }
  const path = parsed.pathname.replace(/\/+$/, '');
  const last = path.split('/').pop() ?? '';
  if (/[:@]/.test(last) || parsed.search || parsed.hash) {
    throw new UsageError(
      `'chart-repo' must not carry a tag or digest (${last.replace(/^[^:@]*/, '')}): the version is its own input.`,
      "Remove the tag from 'chart-repo' and set 'chart-version' (e.g. 2.0.0-beta.6).",
    );
  }
  const chartPath = last === 'operator' ? path : `${path}/operator`;
  return {
    url: `oci://${parsed.host}${chartPath}`,
    host: parsed.host,
    username: fromUrl ? username || undefined : input.username,
    password: fromUrl ? password || undefined : input.password,
    fromUrl,
  };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The values the inputs set on the v2 chart. The controller image is the `wandb-operator` subchart's
 * (`wandb-operator.image.repository`/`.tag`); pull secrets are its `imagePullSecrets` (which the chart's CRD
 * installer Job uses too). The v1 chart's `airgapped` and CA settings have no counterpart in the v2 chart, so
 * they are refused rather than silently dropped.
 */
export function v2ValuesFromInputs(inputs: {
  imageRepository?: string;
  imageTag?: string;
  imagePullSecrets: string[];
  customCaCertFiles: string[];
  caCertsConfigMap?: string;
}): Values {
  if (inputs.customCaCertFiles.length > 0 || inputs.caCertsConfigMap) {
    throw new UsageError(
      `'${inputs.customCaCertFiles.length > 0 ? 'custom-ca-certs' : 'ca-certs-configmap'}' sets the v1 operator chart's CA values; the v2 chart has no such values.`,
      "For v2, remove it and give the CA settings the v2 chart documents in a 'values' file (and spec.global.customCACerts / caCertsConfigMap in the apps.wandb.com/v2 CR for W&B itself).",
    );
  }
  const image: Values = {};
  if (inputs.imageRepository) image.repository = inputs.imageRepository;
  if (inputs.imageTag) image.tag = inputs.imageTag;
  const operator: Values = {};
  if (Object.keys(image).length > 0) operator.image = image;
  if (inputs.imagePullSecrets.length > 0)
    operator.imagePullSecrets = inputs.imagePullSecrets.map((name) => ({ name }));
  return Object.keys(operator).length > 0 ? { 'wandb-operator': operator } : {};
}

/** A release as `helm list -A -o json` gives it. */
export interface ListedRelease {
  name: string;
  namespace: string;
  chart: string;
  status: string;
}

/** The chart name and version of a `helm list` chart column (`operator-1.4.8`, `operator-2.0.0-beta.6`). */
export function splitChart(chart: string): { name: string; version: string } {
  const match = /^(.*)-(v?\d+\.\d+\.\d+\S*)$/.exec(chart);
  return match ? { name: match[1], version: match[2].replace(/^v/, '') } : { name: chart, version: '' };
}

/** The releases of W&B's v1 operator chart: chart `operator`, version 1.x (v2 starts at 2.0.0). */
export function v1OperatorReleases(releases: ListedRelease[]): ListedRelease[] {
  return releases.filter((r) => {
    const { name, version } = splitChart(r.chart);
    return name === 'operator' && /^[01]\./.test(version);
  });
}

/**
 * Refuses a v2 install while a v1 operator release exists. The same release would be a helm upgrade from the
 * v1 chart to the v2 chart, which W&B does not support ("not an Operator v2 upgrade source"); another release
 * would leave two controllers reconciling the same WeightsAndBiases resources (v2 serves them as v1 too).
 * Either way the move is a migration: convert the CR, stop the v1 controller, then install v2.
 */
export function refuseOverV1(
  found: ListedRelease[],
  target: { release: string; namespace: string },
): UserError | undefined {
  if (found.length === 0) return undefined;
  const same = found.find((r) => r.name === target.release && r.namespace === target.namespace);
  const named = found
    .map((r) => `'${r.name}' in namespace ${r.namespace} (${r.chart}, ${r.status})`)
    .join(', ');
  const why = same
    ? `Release '${same.name}' in namespace ${same.namespace} runs the v1 operator chart (${same.chart}). The v2 operator is another chart from an OCI registry, not an upgrade of it: a helm upgrade in place would replace the v1 controller while the WeightsAndBiases resources still carry v1 specs.`
    : `The cluster runs the v1 operator: release ${named}. Installing the v2 operator beside it would leave two controllers reconciling the same WeightsAndBiases resources.`;
  return new UserError(
    `${why} Nothing was changed on the cluster.`,
    "Moving from operator v1 to v2 is a migration, not an install: follow docs/operator-v2.md (`migrate --to v2` converts the live CR to apps.wandb.com/v2 and waits through the cutover gates). When migrating by hand along W&B's guide, uninstall the v1 operator release first (helm keeps its CRD and your WeightsAndBiases resources), then run install-operator again.",
  );
}

/**
 * Refuses a v1 install over a release that runs the v2 chart: helm would "downgrade" the v2 operator to the v1
 * chart in place (even with allow-downgrade), while the cluster's CRD and CRs are v2.
 */
export function refuseV1OverV2(
  previous: { chart: string; revision: number } | undefined,
  target: { release: string; namespace: string },
): UserError | undefined {
  if (!previous) return undefined;
  const { name, version } = splitChart(previous.chart);
  if (name !== 'operator' || !/^2\./.test(version)) return undefined;
  return new UserError(
    `Release '${target.release}' in namespace ${target.namespace} runs the v2 operator chart (${previous.chart}, revision ${previous.revision}); this run would put the v1 chart in its place. Nothing was changed on the cluster.`,
    "Set 'operator-version: v2' (with the v2 chart's oci:// 'chart-repo' if you use a mirror) to manage this release. Going back from v2 to v1 is not a chart downgrade.",
  );
}
