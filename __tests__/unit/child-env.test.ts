import { chmod, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv, execute } from '../../src/core/exec.js';
import { KubeClient } from '../../src/kube/client.js';

const ENV = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  HTTPS_PROXY: 'http://proxy.internal:3128',
  KUBECONFIG: '/tmp/kc/config',
  KUBECONFIG_CONTENT: 'apiVersion: v1\nkind: Config\n',
  CHART_REPO_PASSWORD: 'chart-repo-secret',
  GITHUB_TOKEN: 'ghp_secret',
  REGISTRY_PASSWORD: 'registry-secret',
  WANDB_API_KEY: 'wandb-key-secret',
  INPUT_KUBECONFIG: 'apiVersion: v1',
  'INPUT_CHART-REPO-PASSWORD': 'chart-repo-secret',
  HELM_CACHE_HOME: '/tmp/helm/cache',
  AWS_PROFILE: 'eks',
  GIT_CONFIG_COUNT: '1',
};
const BASICS = ['HOME', 'HTTPS_PROXY', 'LANG', 'PATH'];
const KUBECTL = [...BASICS, 'AWS_PROFILE', 'KUBECONFIG'].sort();
const HELM = [...BASICS, 'AWS_PROFILE', 'HELM_CACHE_HOME', 'KUBECONFIG'].sort();

/** An executable at `dir/name` that prints its environment, as `env` does. */
async function envPrinter(dir: string, name: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, '#!/bin/sh\nenv\n');
  await chmod(path, 0o755);
  return path;
}

function names(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((line) => line.split('=')[0])
    .filter((name) => /^[A-Za-z_][\w-]*$/.test(name) && !['PWD', 'SHLVL', '_'].includes(name))
    .sort();
}

describe('what each program sees of the environment', () => {
  it('kubectl and helm: the basics, their own variables and cloud credential plugins; none of our secrets', () => {
    expect(Object.keys(childEnv('kubectl', ENV)).sort()).toEqual(KUBECTL);
    expect(Object.keys(childEnv('helm', ENV)).sort()).toEqual(HELM);
  });

  it('git gets GIT_*, wandb gets WANDB_* (its API key), and neither gets the kubeconfig or the tokens', () => {
    expect(Object.keys(childEnv('git', ENV)).sort()).toEqual([...BASICS, 'GIT_CONFIG_COUNT'].sort());
    expect(Object.keys(childEnv('wandb', ENV)).sort()).toEqual([...BASICS, 'WANDB_API_KEY'].sort());
  });

  it('a program with no role gets only the basics, whatever its name', () => {
    expect(Object.keys(childEnv(undefined, ENV)).sort()).toEqual([...BASICS].sort());
  });

  it('is what a real child receives: helm named helm3 and kubectl named kubectl-1.31 get their allow-lists', async () => {
    // Unusual names, as helm-path / kubectl-path (or HELM_PATH / KUBECTL_PATH) allow.
    const dir = await mkdtemp(join(tmpdir(), 'child-env-'));
    const client = new KubeClient({
      kubectlPath: await envPrinter(dir, 'kubectl-1.31'),
      helmPath: await envPrinter(dir, 'helm3'),
      kubeconfig: '/tmp/kc/config',
      env: ENV,
    });
    const kubectl = await client.kubectl(['version']);
    const helm = await client.helm(['version']);
    expect(names(kubectl.stdout)).toEqual(KUBECTL);
    expect(names(helm.stdout)).toEqual(HELM);
    for (const out of [kubectl.stdout, helm.stdout]) {
      expect(out).not.toMatch(/secret|apiVersion|INPUT_|GITHUB_TOKEN|CHART_REPO_PASSWORD/);
    }
  });

  it("a call with no role gets the basics; only test code's own calls say 'inherit' and keep what they pass", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'child-env-'));
    const printer = await envPrinter(dir, 'some-tool');
    const unnamed = await execute({ command: printer, args: [], env: ENV });
    expect(names(unnamed.stdout)).toEqual([...BASICS].sort());
    expect(unnamed.stdout).not.toMatch(/secret/);
    const test = await execute({ role: 'inherit', command: printer, args: [], env: ENV });
    expect(names(test.stdout)).toContain('CHART_REPO_PASSWORD');
  });

  it('every product call states its role, and none inherits the whole environment', async () => {
    const root = join(process.cwd(), 'src');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
    let calls = 0;
    const missing: string[] = [];
    for (const file of files) {
      const text = await readFile(join(root, file), 'utf8');
      if (file !== join('core', 'exec.ts'))
        expect(`${file}: ${/'inherit'/.test(text)}`).toBe(`${file}: false`);
      if (!/core\/exec\.js'/.test(text)) continue;
      // Each request object literal: from its `({` to its `})`.
      for (const match of text.matchAll(/\bcommand:/g)) {
        const start = text.lastIndexOf('({', match.index);
        const end = text.indexOf('})', match.index);
        calls++;
        if (!/\brole: /.test(text.slice(start, end)))
          missing.push(`${file}: ${text.slice(match.index, end)}`);
      }
    }
    expect(missing).toEqual([]);
    // kubectl/helm (client), helm (fetch, render), git (repository twice, migrate), wandb (verify twice).
    expect(calls).toBeGreaterThanOrEqual(8);
  });
});
