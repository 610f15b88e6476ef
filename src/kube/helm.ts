import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onCancel } from '../core/cancel.js';
import { KubeCommandError, type KubeClient } from './client.js';

/**
 * Helm's own state (repositories.yaml with any repository credentials, the OCI registry config with any
 * registry credentials, the index cache) kept in a private temporary directory for one run, so that nothing
 * from the user's ~/.config/helm leaks in and no credential is left behind: `env` goes into the client's
 * environment, `cleanup` removes it all. A cancelled run removes it too (src/core/cancel.ts).
 */
export interface HelmHome {
  dir: string;
  env: Record<string, string>;
  /** HELM_REGISTRY_CONFIG: where helm reads OCI registry credentials (writeRegistryCredentials). */
  registryConfig: string;
  cleanup: () => Promise<void>;
}

export async function createHelmHome(base?: string): Promise<HelmHome> {
  const dir = await mkdtemp(join(base || tmpdir(), 'wandb-helm-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  const forget = onCancel(remove);
  const registryConfig = join(dir, 'config', 'registry', 'config.json');
  return {
    dir,
    env: {
      HELM_CONFIG_HOME: join(dir, 'config'),
      HELM_CACHE_HOME: join(dir, 'cache'),
      HELM_DATA_HOME: join(dir, 'data'),
      HELM_REPOSITORY_CONFIG: join(dir, 'config', 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: join(dir, 'cache', 'repository'),
      HELM_REGISTRY_CONFIG: registryConfig,
    },
    registryConfig,
    cleanup: async () => {
      try {
        await remove();
      } finally {
        forget();
      }
    },
  };
}

/**
 * The keys oras-go (helm's registry client) looks a registry's credentials up under: the host as written
 * (with its port), and Docker Hub's historical key for its hosts.
 */
export function registryAuthKeys(host: string): string[] {
  const hub = ['docker.io', 'registry-1.docker.io', 'index.docker.io'].includes(host.toLowerCase());
  return hub ? [host, 'https://index.docker.io/v1/'] : [host];
}

/**
 * The registry config (Docker's config.json shape) holding one registry's username and password, and the
 * `auth` value in it (base64 of `user:password`: a secret in its own right, for the redactor).
 */
export function registryAuthConfig(
  host: string,
  username: string,
  password: string,
): { text: string; auth: string } {
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  const auths = Object.fromEntries(registryAuthKeys(host).map((key) => [key, { auth }]));
  return { text: `${JSON.stringify({ auths }, null, 2)}\n`, auth };
}

/**
 * Writes the registry credentials into `path` (a helm home's registryConfig), readable by this user only,
 * instead of `helm registry login`. Why: helm >= 3.14 keeps registry credentials through oras-go's credential
 * store with DetectDefaultNativeStore, so a login on a machine with a Docker credential helper
 * (docker-credential-secretservice, -pass, -osxkeychain, -wincred on PATH) hands the password to the OS
 * keychain, where it outlives this run; and helm falls back to ~/.docker/config.json's credsStore for a
 * registry its own config has nothing for. A config whose `auths` has an entry for the registry turns the
 * detection off and answers helm's lookup itself, so no helper is asked (oras-go
 * registry/remote/credentials: NewStore, NewStoreWithFallbacks). Returns the `auth` value.
 */
export async function writeRegistryCredentials(
  path: string,
  host: string,
  username: string,
  password: string,
): Promise<string> {
  const { text, auth } = registryAuthConfig(host, username, password);
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, text, { mode: 0o600 });
  // mode applies only when the file is created.
  await chmod(path, 0o600);
  return auth;
}

export interface RepoCredentials {
  username?: string;
  /** Sent on stdin (`--password-stdin`), never argv. */
  password?: string;
  caFile?: string;
}

/** `helm repo add <name> <url>` (fetches and checks the index). */
export async function helmRepoAdd(
  client: KubeClient,
  name: string,
  url: string,
  credentials: RepoCredentials = {},
): Promise<void> {
  const args = ['repo', 'add', name, url, '--force-update'];
  if (credentials.username) args.push('--username', credentials.username);
  if (credentials.password !== undefined) args.push('--password-stdin');
  if (credentials.caFile) args.push('--ca-file', credentials.caFile);
  await client.helm(args, { stdin: credentials.password });
}

export interface ChartVersionEntry {
  name: string;
  version: string;
  app_version?: string;
}

/** Every version of `<repo>/<chart>` the repository index lists, newest first. */
export async function helmChartVersions(client: KubeClient, chartRef: string): Promise<ChartVersionEntry[]> {
  const result = await client.helm(['search', 'repo', chartRef, '--versions', '--devel', '-o', 'json']);
  const entries = JSON.parse(result.stdout || '[]') as ChartVersionEntry[];
  return entries.filter((entry) => entry.name === chartRef);
}

export interface HelmRelease {
  name: string;
  namespace: string;
  revision: number;
  status: string;
  /** e.g. operator-1.4.7 */
  chart: string;
  chartName: string;
  chartVersion: string;
  appVersion?: string;
}

/** `helm list` flags for every state that can be a release's latest revision (Helm 4 has no --all). */
export const EVERY_RELEASE_STATE = ['--deployed', '--failed', '--pending', '--uninstalling'];

/** The release as `helm list` shows it (any status), or undefined when there is none. */
export async function helmReleaseStatus(
  client: KubeClient,
  release: string,
  namespace: string,
): Promise<HelmRelease | undefined> {
  const result = await client.helm([
    'list',
    '-n',
    namespace,
    ...EVERY_RELEASE_STATE,
    '--filter',
    `^${release.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    '-o',
    'json',
  ]);
  const list = JSON.parse(result.stdout || '[]') as Array<{
    name: string;
    namespace: string;
    revision: string | number;
    status: string;
    chart: string;
    app_version?: string;
  }>;
  const found = list.find((item) => item.name === release);
  if (!found) return undefined;
  const match = /^(.*)-(\d+\.\d+\.\d+[^\s]*)$/.exec(found.chart);
  return {
    name: found.name,
    namespace: found.namespace,
    revision: Number(found.revision),
    status: found.status,
    chart: found.chart,
    chartName: match ? match[1] : found.chart,
    chartVersion: match ? match[2] : '',
    appVersion: found.app_version,
  };
}

/** The values the user supplied to the release (`helm get values`), {} when none. */
export async function helmUserValues(
  client: KubeClient,
  release: string,
  namespace: string,
): Promise<Record<string, unknown>> {
  const result = await client.helm(['get', 'values', release, '-n', namespace, '-o', 'json']);
  const parsed = JSON.parse(result.stdout.trim() || 'null') as Record<string, unknown> | null;
  return parsed ?? {};
}

export interface HelmHistoryEntry {
  revision: number;
  status: string;
  chart: string;
  description?: string;
}

/** `helm history` of a release, oldest first; [] when there is no release. */
export async function helmHistory(
  client: KubeClient,
  release: string,
  namespace: string,
): Promise<HelmHistoryEntry[]> {
  const result = await client.helm(['history', release, '-n', namespace, '--max', '20', '-o', 'json'], {
    allowFailure: true,
  });
  if (result.code !== 0) {
    if (/not found/i.test(result.stderr)) return [];
    throw new KubeCommandError('helm', ['history', release], result);
  }
  const entries = JSON.parse(result.stdout || '[]') as Array<{
    revision: number | string;
    status: string;
    chart: string;
    description?: string;
  }>;
  return entries.map((e) => ({ ...e, revision: Number(e.revision) }));
}

/** `helm rollback <release> <revision>`: a new revision with the old one's manifests and values. */
export async function helmRollback(
  client: KubeClient,
  release: string,
  namespace: string,
  revision: number,
  timeoutSeconds: number,
): Promise<void> {
  await client.helm([
    'rollback',
    release,
    String(revision),
    '-n',
    namespace,
    '--history-max',
    '10',
    '--timeout',
    `${Math.max(1, Math.floor(timeoutSeconds))}s`,
  ]);
}

/** `helm uninstall <release>` (Helm keeps the CRDs a chart's crds/ folder installed). */
export async function helmUninstall(
  client: KubeClient,
  release: string,
  namespace: string,
  timeoutSeconds: number,
): Promise<void> {
  await client.helm([
    'uninstall',
    release,
    '-n',
    namespace,
    '--timeout',
    `${Math.max(1, Math.floor(timeoutSeconds))}s`,
  ]);
}
