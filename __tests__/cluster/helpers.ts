import { runCli } from '../../src/program.js';
import type { Plane } from '../../test-support/cluster/index.js';

/** Runs the CLI in-process as a user would, capturing what they see. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr */
  all: string;
}

export async function cli(args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  let all = '';
  const code = await runCli(args, {
    env,
    cwd,
    streams: {
      stdout: (text) => {
        stdout += text;
        all += text;
      },
      stderr: (text) => {
        stderr += text;
        all += text;
      },
    },
  });
  return { code, stdout, stderr, all };
}

/** A CLI environment for the plane: the kubeconfig as the secret KUBECONFIG_CONTENT, no GitHub Actions. */
export function planeEnv(plane: Plane, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KUBECONFIG_CONTENT: plane.kubeconfigContent };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GITHUB_') || key.startsWith('INPUT_') || key === 'KUBECONFIG') delete env[key];
  }
  return { ...env, ...extra };
}

export async function helmReleases(
  plane: Plane,
  helm: string,
  namespace: string,
): Promise<Array<{ name: string; revision: string; chart: string; status: string }>> {
  const { execute } = await import('../../src/core/exec.js');
  const { EVERY_RELEASE_STATE } = await import('../../src/kube/helm.js');
  const result = await execute({
    role: 'inherit',
    command: helm,
    args: ['list', '-n', namespace, ...EVERY_RELEASE_STATE, '-o', 'json', '--kubeconfig', plane.kubeconfig],
    timeoutMs: 60_000,
  });
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout || '[]');
}

/**
 * install-operator arguments that give W&B's operator chart a `nameOverride` unique to the namespace: the chart
 * names its ClusterRole and ClusterRoleBinding after it, cluster-wide, and test files share the plane.
 */
export async function ownOperatorName(namespace: string, extraValues = ''): Promise<string[]> {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { operatorNameFor } = await import('../../test-support/cluster/index.js');
  const dir = await mkdtemp(join(tmpdir(), 'operator-values-'));
  const file = join(dir, 'values.yaml');
  await writeFile(file, `nameOverride: ${operatorNameFor(namespace)}\n${extraValues}`);
  return ['--values', file];
}
