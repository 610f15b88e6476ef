import { childEnv, execute } from '../../src/core/exec.js';

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
  HELM_CACHE_HOME: '/tmp/helm/cache',
  AWS_PROFILE: 'eks',
  GIT_CONFIG_COUNT: '1',
};

describe('what each program sees of the environment', () => {
  it('kubectl and helm: the basics, their own variables and cloud credential plugins; none of our secrets', () => {
    expect(Object.keys(childEnv('/opt/tools/kubectl', ENV)).sort()).toEqual(
      ['AWS_PROFILE', 'HOME', 'HTTPS_PROXY', 'KUBECONFIG', 'LANG', 'PATH'].sort(),
    );
    expect(Object.keys(childEnv('helm', ENV)).sort()).toEqual(
      ['AWS_PROFILE', 'HELM_CACHE_HOME', 'HOME', 'HTTPS_PROXY', 'KUBECONFIG', 'LANG', 'PATH'].sort(),
    );
  });

  it('git gets GIT_*, wandb gets WANDB_* (its API key), and neither gets the kubeconfig or the tokens', () => {
    expect(Object.keys(childEnv('git', ENV)).sort()).toEqual(
      ['GIT_CONFIG_COUNT', 'HOME', 'HTTPS_PROXY', 'LANG', 'PATH'].sort(),
    );
    expect(Object.keys(childEnv('C:\\tools\\wandb.exe', ENV)).sort()).toEqual(
      ['HOME', 'HTTPS_PROXY', 'LANG', 'PATH', 'WANDB_API_KEY'].sort(),
    );
  });

  it('is what a real child receives', async () => {
    // A program named like one the product runs: `env` printed through a `git`-named script.
    const { mkdtemp, writeFile, chmod } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'child-env-'));
    const git = join(dir, 'git');
    await writeFile(git, '#!/bin/sh\nenv\n');
    await chmod(git, 0o755);
    const result = await execute({ command: git, args: [], env: ENV });
    const names = result.stdout
      .split('\n')
      .map((line) => line.split('=')[0])
      .filter((name) => name && name !== 'PWD' && name !== 'SHLVL' && name !== '_');
    expect(names.sort()).toEqual(['GIT_CONFIG_COUNT', 'HOME', 'HTTPS_PROXY', 'LANG', 'PATH'].sort());
    expect(result.stdout).not.toMatch(/secret|apiVersion/);
  });
});
