/**
 * install-operator's steps for operator v2 that talk to the OCI registry and the cluster: give helm the
 * registry credentials (a 0600 file in the run's private helm home, no `helm registry login`), find the chart
 * version, and the two preflight reads (cert-manager, a v1 operator release). The decisions are in ./v2.ts
 * and ./cert-manager.ts.
 */
import { parse as parseYaml } from 'yaml';
import type { Context } from '../core/command.js';
import { UserError } from '../core/errors.js';
import {
  EVERY_RELEASE_STATE,
  KubeCommandError,
  registryAuthConfig,
  writeRegistryCredentials,
  type KubeClient,
} from '../kube/index.js';
import {
  CERT_MANAGER_CRDS,
  WEBHOOK_SELECTOR,
  checkCertManager,
  type CertManagerFacts,
  type Crd,
} from './cert-manager.js';
import type { ChartChoice } from './cluster.js';
import { explainFailure, tail } from './failure.js';
import type { InstallOptions } from './options.js';
import { refuseOverV1, v1OperatorReleases, type ListedRelease } from './v2.js';

const UNCHANGED = 'Nothing was changed on the cluster.';

/**
 * How helm reaches the registry, for show and upgrade alike: an internal CA (`--ca-file`), or plain
 * HTTP (`--plain-http`: helm 3 lists a registry's tags over HTTPS even on localhost, helm 4 always needs it).
 */
export function registryTls(options: InstallOptions): string[] {
  return [
    ...(options.chartRepoCaFile ? ['--ca-file', options.chartRepoCaFile] : []),
    ...(options.chartRepoPlainHttp ? ['--plain-http'] : []),
  ];
}

/** A registry failure said by cause (credentials, TLS, no such chart or version, unreachable). */
function registryError(error: unknown, options: InstallOptions, doing: string): unknown {
  if (!(error instanceof KubeCommandError) || error.result.timedOut) return error;
  const text = error.result.stderr.trim() || error.result.stdout.trim();
  const ref = options.repo.url;
  if (/server gave HTTP response to HTTPS client/i.test(text)) {
    return new UserError(
      `The OCI registry of ${ref} speaks plain HTTP, and helm spoke HTTPS to it (${doing}). ${UNCHANGED}\n${tail(text, 3)}`,
      "Set 'chart-repo-plain-http: true' (CLI: --chart-repo-plain-http) for a registry without TLS, or serve it over HTTPS (then 'chart-repo-ca-file' for an internal CA).",
    );
  }
  if (/\bnot found\b|manifest unknown|name unknown|no matching tags|could not locate a version/i.test(text)) {
    return new UserError(
      `The OCI registry has no chart ${ref}${options.chartVersion ? ` version ${options.chartVersion}` : ''} (${doing}). ${UNCHANGED}\n${tail(text, 3)}`,
      `Check 'chart-repo' (the chart's oci:// reference, e.g. oci://registry.example.com/wandb/charts/operator) and 'chart-version' against the tags your registry holds (W&B's newest v2 release we know of is 2.0.0-beta.6).`,
    );
  }
  const why = explainFailure(text, {
    stage: 'chart-repository',
    chartRepo: ref,
    repoHost: options.repo.host,
  });
  if (!why) return error;
  const what = why.what.replace(/^The chart repository/, 'The OCI registry of');
  const fix =
    why.fix.includes('index.yaml') || why.fix.includes('helm search repo')
      ? `Check 'chart-repo': it must be the oci:// reference of the W&B operator v2 chart.`
      : why.fix;
  return new UserError(`${what} ${UNCHANGED}\n${tail(text)}`, fix);
}

/**
 * The registry credentials for helm, without `helm registry login` (which, on a machine with a Docker
 * credential helper, would store the password in the OS keychain: src/kube/helm.ts writeRegistryCredentials):
 * written into the private helm home's registry config (HELM_REGISTRY_CONFIG, 0600), which `helm show chart`
 * and `helm upgrade --install oci://...` read and the run removes. Nothing to do without credentials. The
 * credentials are proved by the `helm show chart` that follows, before anything changes.
 */
export async function registryLogin(client: KubeClient, options: InstallOptions): Promise<void> {
  const { username, password, host } = options.repo;
  if (!username && !password) return;
  if (!username || !password) {
    throw new UserError(
      `The OCI registry ${host} needs both a username and a password; only the ${username ? 'username' : 'password'} is set. ${UNCHANGED}`,
      "Set both 'chart-repo-username' and 'chart-repo-password' (CLI: CHART_REPO_PASSWORD), or neither for a public registry.",
    );
  }
  if (username.includes(':')) {
    throw new UserError(
      `The username for the OCI registry ${host} contains ':', which HTTP Basic authentication cannot carry. ${UNCHANGED}`,
      "Check 'chart-repo-username'.",
    );
  }
  const path = client.options.env?.HELM_REGISTRY_CONFIG;
  // Only ever into the run's private helm home: never the user's own helm or Docker config.
  if (!path) throw new Error('internal: the helm client has no private registry config (createHelmHome)');
  await writeRegistryCredentials(path, host, username, password);
}

/** The `auth` value registryLogin writes (base64 of user:password), for the redactor; undefined without credentials. */
export function registryAuthSecret(options: InstallOptions): string | undefined {
  const { username, password, host } = options.repo;
  return username && password ? registryAuthConfig(host, username, password).auth : undefined;
}

/**
 * The chart version to run, read from the registry with `helm show chart` (which also proves the credentials
 * and the reference before anything changes): `chart-version`, or the newest tag. v2 has only pre-releases
 * (2.0.0-beta.N) so far, so "newest" includes them (`--devel`). Writes the credentials first. Prints nothing.
 */
export async function resolveOciChartVersion(
  client: KubeClient,
  options: InstallOptions,
): Promise<ChartChoice> {
  await registryLogin(client, options);
  const ref = options.repo.url;
  let text: string;
  try {
    const shown = await client.helm([
      'show',
      'chart',
      ref,
      ...(options.chartVersion ? ['--version', options.chartVersion] : ['--devel']),
      ...registryTls(options),
    ]);
    text = shown.stdout;
  } catch (error) {
    throw registryError(error, options, `helm show chart ${ref}`);
  }
  const chart = (parseYaml(text) ?? {}) as { name?: string; version?: string };
  if (chart.name !== 'operator' || !chart.version) {
    throw new UserError(
      `${ref} holds the chart '${chart.name ?? '?'}' ${chart.version ?? ''}, not W&B's operator chart. ${UNCHANGED}`,
      "Set 'chart-repo' to the oci:// reference of the W&B operator v2 chart (its chart name is operator).",
    );
  }
  if (!/^2\./.test(chart.version)) {
    throw new UserError(
      `${ref} version ${chart.version} is not an operator v2 chart (v2 charts are 2.x). ${UNCHANGED}`,
      "For operator v2, set 'chart-version' to a 2.x version (e.g. 2.0.0-beta.6); for the v1 operator, set 'operator-version: v1' and a Helm repository as 'chart-repo'.",
    );
  }
  return {
    version: chart.version,
    note: `from ${ref}${options.chartVersion ? '' : ' (newest tag, pre-releases included: v2 has no GA release yet)'}`,
  };
}

/** What the v2 preflight reads: cert-manager's CRDs and webhook, and the operator releases of the cluster. */
export async function readCertManager(client: KubeClient): Promise<CertManagerFacts> {
  const [crds, webhooks] = await Promise.all([
    client.kubectl(['get', 'crd', ...CERT_MANAGER_CRDS, '--ignore-not-found', '-o', 'json']).then((r) => {
      const parsed = r.stdout.trim() ? (JSON.parse(r.stdout) as Crd & { items?: Crd[] }) : undefined;
      if (!parsed) return [];
      return parsed.items ?? [parsed];
    }),
    client
      .getJson<{ items: CertManagerFacts['webhooks'] }>(['deployments', '-A', '-l', WEBHOOK_SELECTOR])
      .then((list) => list?.items ?? []),
  ]);
  return { crds, webhooks };
}

/** Every release of the cluster (any state), for the v1 operator check. */
export async function listAllReleases(client: KubeClient): Promise<ListedRelease[]> {
  const result = await client.helm(['list', '-A', ...EVERY_RELEASE_STATE, '--max', '10000', '-o', 'json']);
  return JSON.parse(result.stdout || '[]') as ListedRelease[];
}

/**
 * The v2 part of the preflight, after the API server and helm checks: cert-manager installed with a ready
 * webhook, and no v1 operator release. Throws the first problem; prints what it found.
 */
export async function preflightV2(
  client: KubeClient,
  options: InstallOptions,
  ctx: Context,
): Promise<string> {
  const [certManager, releases] = await Promise.all([readCertManager(client), listAllReleases(client)]);
  const check = checkCertManager(certManager);
  if (!check.ok) throw new UserError(`${check.what} ${UNCHANGED}`, check.fix);
  ctx.out.info(check.line);
  const refusal = refuseOverV1(v1OperatorReleases(releases), options);
  if (refusal) throw refusal;
  ctx.out.info('operator v1: no release of the v1 operator chart on the cluster');
  return check.line;
}
