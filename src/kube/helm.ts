import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeCommandError, type KubeClient } from './client.js';

/**
 * Helm's own state (repositories.yaml with any repository credentials, the index cache) kept in a private
 * temporary directory for one run, so that nothing from the user's ~/.config/helm leaks in and no credential
 * is left behind: `helmEnv` goes into the client's environment, `cleanup` removes it all.
 */
export interface HelmHome {
  dir: string;
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}

export async function createHelmHome(base?: string): Promise<HelmHome> {
  const dir = await mkdtemp(join(base || tmpdir(), 'wandb-helm-'));
  return {
    dir,
    env: {
      HELM_CONFIG_HOME: join(dir, 'config'),
      HELM_CACHE_HOME: join(dir, 'cache'),
      HELM_DATA_HOME: join(dir, 'data'),
      HELM_REPOSITORY_CONFIG: join(dir, 'config', 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: join(dir, 'cache', 'repository'),
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
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
