import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { serveDir, type StaticServer } from './static-server.js';
import type { TestPki } from './pki.js';
import { APP_CHART_VERSIONS, OPERATOR_CHART_VERSIONS, referenceChart } from './real-charts.js';

/**
 * A loopback Helm chart repository serving W&B's REAL charts (see real-charts.ts): `operator` (default 1.4.2
 * and 1.4.8, the controller's chart with its CRD and RBAC) and `operator-wandb` (default 0.40.7 and 0.43.8, the
 * app chart), the archives copied from ../shared/reference/charts and indexed with `helm repo index`, served
 * by a node HTTP server on 127.0.0.1 (plain, or TLS with a test CA and basic auth). It stands for
 * https://charts.wandb.ai or a customer's internal chart repository (the air-gapped mirror).
 */
export interface ChartRepoOptions {
  helm: string;
  /** `operator` chart versions to serve (of OPERATOR_CHART_VERSIONS). */
  versions?: string[];
  /** `operator-wandb` chart versions to serve (of APP_CHART_VERSIONS). */
  appVersions?: string[];
  tls?: TestPki;
  basicAuth?: { username: string; password: string };
}

export interface ChartRepo extends StaticServer {
  dir: string;
  versions: string[];
  appVersions: string[];
}

export async function buildChartRepoDir(
  helm: string,
  versions: string[],
  appVersions: string[] = [...APP_CHART_VERSIONS],
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wandb-chart-repo-'));
  try {
    for (const version of versions) {
      await copyFile(referenceChart('operator', version), join(dir, `operator-${version}.tgz`));
    }
    for (const version of appVersions) {
      await copyFile(referenceChart('operator-wandb', version), join(dir, `operator-wandb-${version}.tgz`));
    }
    const result = await execute({
      role: 'inherit',
      command: helm,
      args: ['repo', 'index', dir],
      timeoutMs: 120_000,
    });
    if (result.code !== 0) throw new Error(`helm repo index ${dir}: ${result.stderr}`);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

export async function startChartRepo(options: ChartRepoOptions): Promise<ChartRepo> {
  const versions = options.versions ?? [...OPERATOR_CHART_VERSIONS];
  const appVersions = options.appVersions ?? [...APP_CHART_VERSIONS];
  const dir = await buildChartRepoDir(options.helm, versions, appVersions);
  const server = await serveDir({
    dir,
    tls: options.tls ? { cert: options.tls.serverCert, key: options.tls.serverKey } : undefined,
    basicAuth: options.basicAuth,
  });
  return {
    ...server,
    dir,
    versions,
    appVersions,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
