/**
 * W&B's REAL operator-wandb chart in the loopback OCI registry (registry.ts: Debian's docker-registry,
 * distribution 2.8, which stores Helm charts as OCI artifacts): `helm push <archive> oci://127.0.0.1:PORT/charts`
 * with real helm, logging in first with --password-stdin when the registry has basic auth. The archive is read
 * from ../shared/reference/charts (test-support/cluster/real-charts.ts `referenceChart`), never committed.
 *
 * The registry speaks plain HTTP on loopback: helm 3 reaches 127.0.0.1 over HTTP by itself, helm 4 only with
 * --plain-http, which is given to both (helm 3's `registry login` has no such flag, so only push gets it there).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { referenceChart } from '../cluster/real-charts.js';
import type { TestRegistry } from './registry.js';

export interface PushedChart {
  /** `oci://127.0.0.1:PORT/<repository>/<chart>`, the value for spec.chart.url (without a tag). */
  url: string;
  name: string;
  version: string;
  /** The manifest digest helm reported. */
  digest: string;
}

export interface PushChartOptions {
  helm: string;
  /** Default `operator-wandb` 0.43.8. */
  name?: 'operator-wandb' | 'operator';
  version?: string;
  /** The registry path under which the chart is pushed (default `charts`). */
  repository?: string;
  /** The registry's basic-auth user, when it has one. */
  credentials?: { username: string; password: string };
  /** A chart archive to push instead of the reference chart (a test stand-in; `name` and `version` its own). */
  archive?: string;
}

/** Pushes a reference chart with real helm into `registry` and says where it is. */
export async function pushReferenceChart(
  registry: Pick<TestRegistry, 'host'>,
  options: PushChartOptions,
): Promise<PushedChart> {
  const name = options.name ?? 'operator-wandb';
  const version = options.version ?? '0.43.8';
  const archive = options.archive ?? referenceChart(name, version);
  const repository = options.repository ?? 'charts';
  // A private helm home: the login is not left in the user's ~/.config/helm.
  const home = await mkdtemp(join(tmpdir(), 'oci-chart-push-'));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_DATA_HOME: join(home, 'data'),
  };
  try {
    if (options.credentials) {
      const args = ['registry', 'login', registry.host, '--username', options.credentials.username];
      let login = await execute({
        role: 'inherit',
        command: options.helm,
        args: [...args, '--password-stdin', '--plain-http'],
        stdin: options.credentials.password,
        env,
        timeoutMs: 60_000,
      });
      if (login.code !== 0 && /unknown flag: --plain-http/.test(login.stderr)) {
        login = await execute({
          role: 'inherit',
          command: options.helm,
          args: [...args, '--password-stdin'],
          stdin: options.credentials.password,
          env,
          timeoutMs: 60_000,
        });
      }
      if (login.code !== 0) throw new Error(`helm registry login ${registry.host} failed: ${login.stderr}`);
    }
    const pushed = await execute({
      role: 'inherit',
      command: options.helm,
      args: ['push', archive, `oci://${registry.host}/${repository}`, '--plain-http'],
      env,
      timeoutMs: 120_000,
    });
    if (pushed.code !== 0) throw new Error(`helm push ${archive} failed: ${pushed.stderr}`);
    const said = `${pushed.stdout}\n${pushed.stderr}`;
    const digest = /Digest:\s*(sha256:[0-9a-f]{64})/.exec(said)?.[1];
    if (!said.includes(`${registry.host}/${repository}/${name}:${version}`) || !digest) {
      throw new Error(`helm push did not say it pushed ${name}:${version}:\n${said}`);
    }
    return { url: `oci://${registry.host}/${repository}/${name}`, name, version, digest };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/**
 * The requests the registry served for a repository's manifests and blobs, from its access log (start it with
 * `accessLog: true`): a chart pull is at least one manifest and two blob requests.
 */
export function registryRequests(registry: Pick<TestRegistry, 'log'>, repository: string): string[] {
  return registry
    .log()
    .split('\n')
    .filter(
      (line) => line.includes(`/v2/${repository}/manifests/`) || line.includes(`/v2/${repository}/blobs/`),
    )
    .filter((line) => /"(GET|HEAD) /.test(line));
}
