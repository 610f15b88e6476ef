import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { REPO_ROOT } from './plane.js';
import { serveDir, type StaticServer } from './static-server.js';
import type { TestPki } from './pki.js';

/**
 * A loopback Helm chart repository: the test `operator` chart (test-support/charts/operator, the interface of
 * W&B's real operator chart) packaged with `helm package` at several versions and indexed with
 * `helm repo index`, served by a node HTTP server on 127.0.0.1 (plain, or TLS with a test CA and basic auth).
 * It stands for https://charts.wandb.ai or a customer's internal chart repository.
 */
export interface ChartRepoOptions {
  helm: string;
  versions?: string[];
  tls?: TestPki;
  basicAuth?: { username: string; password: string };
}

export interface ChartRepo extends StaticServer {
  dir: string;
  versions: string[];
}

async function run(command: string, args: string[], cwd?: string): Promise<void> {
  const result = await execute({ command, args, cwd, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
}

export async function buildChartRepoDir(helm: string, versions: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wandb-chart-repo-'));
  const work = await mkdtemp(join(tmpdir(), 'wandb-chart-src-'));
  try {
    for (const version of versions) {
      const src = join(work, version, 'operator');
      await mkdir(join(work, version), { recursive: true });
      await cp(join(REPO_ROOT, 'test-support/charts/operator'), src, { recursive: true });
      const chartYaml = join(src, 'Chart.yaml');
      const text = await readFile(chartYaml, 'utf8');
      await writeFile(chartYaml, text.replace(/^version: .*$/m, `version: ${version}`));
      await run(helm, ['package', src, '-d', dir]);
    }
    await run(helm, ['repo', 'index', dir]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return dir;
}

export async function startChartRepo(options: ChartRepoOptions): Promise<ChartRepo> {
  const versions = options.versions ?? ['1.4.7', '1.4.8'];
  const dir = await buildChartRepoDir(options.helm, versions);
  const server = await serveDir({
    dir,
    tls: options.tls ? { cert: options.tls.serverCert, key: options.tls.serverKey } : undefined,
    basicAuth: options.basicAuth,
  });
  return {
    ...server,
    dir,
    versions,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
