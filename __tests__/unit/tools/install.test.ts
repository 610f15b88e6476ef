import { join } from 'node:path';
import {
  OFFICIAL_HOSTS,
  prepareToolCacheEnv,
  programName,
  toolArch,
  toolOs,
  toolUrls,
} from '../../../src/tools/install.js';

test('official release hosts and their checksum files', () => {
  expect(toolUrls('helm', '3.17.3', undefined, 'amd64', 'linux')).toEqual({
    url: 'https://get.helm.sh/helm-v3.17.3-linux-amd64.tar.gz',
    sumUrl: 'https://get.helm.sh/helm-v3.17.3-linux-amd64.tar.gz.sha256sum',
  });
  expect(toolUrls('kubectl', 'v1.31.9', undefined, 'amd64', 'linux')).toEqual({
    url: 'https://dl.k8s.io/release/v1.31.9/bin/linux/amd64/kubectl',
    sumUrl: 'https://dl.k8s.io/release/v1.31.9/bin/linux/amd64/kubectl.sha256',
  });
  expect(OFFICIAL_HOSTS).toEqual({ helm: 'https://get.helm.sh', kubectl: 'https://dl.k8s.io' });
});

test('a mirror keeps the same layout', () => {
  expect(toolUrls('kubectl', '1.31.9', 'http://127.0.0.1:9/tools/', 'arm64', 'linux').url).toBe(
    'http://127.0.0.1:9/tools/release/v1.31.9/bin/linux/arm64/kubectl',
  );
});

test('macOS and Windows builds, as get.helm.sh and dl.k8s.io name them', () => {
  expect(toolUrls('helm', '3.17.3', undefined, 'arm64', 'darwin')).toEqual({
    url: 'https://get.helm.sh/helm-v3.17.3-darwin-arm64.tar.gz',
    sumUrl: 'https://get.helm.sh/helm-v3.17.3-darwin-arm64.tar.gz.sha256sum',
  });
  expect(toolUrls('helm', '3.17.3', undefined, 'amd64', 'windows')).toEqual({
    url: 'https://get.helm.sh/helm-v3.17.3-windows-amd64.zip',
    sumUrl: 'https://get.helm.sh/helm-v3.17.3-windows-amd64.zip.sha256sum',
  });
  expect(toolUrls('kubectl', '1.31.9', undefined, 'arm64', 'windows')).toEqual({
    url: 'https://dl.k8s.io/release/v1.31.9/bin/windows/arm64/kubectl.exe',
    sumUrl: 'https://dl.k8s.io/release/v1.31.9/bin/windows/arm64/kubectl.exe.sha256',
  });
  expect(toolUrls('kubectl', '1.31.9', undefined, 'amd64', 'darwin').url).toBe(
    'https://dl.k8s.io/release/v1.31.9/bin/darwin/amd64/kubectl',
  );
  expect(programName('helm', 'windows')).toBe('helm.exe');
  expect(programName('helm', 'darwin')).toBe('helm');
});

test('platforms and architectures', () => {
  expect(toolArch('x64')).toBe('amd64');
  expect(toolArch('arm64')).toBe('arm64');
  expect(() => toolArch('ia32')).toThrow('ia32');
  expect(toolOs('linux')).toBe('linux');
  expect(toolOs('darwin')).toBe('darwin');
  expect(toolOs('win32')).toBe('windows');
  expect(() => toolOs('freebsd')).toThrow("'freebsd'");
});

test('RUNNER_TOOL_CACHE and RUNNER_TEMP default to the user cache on the CLI', () => {
  const saved = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };
  try {
    const dirs = prepareToolCacheEnv({ HOME: '/home/u' });
    expect(dirs).toEqual({
      toolCache: join('/home/u/.cache/wandb-operator-actions/tool-cache'),
      temp: join('/home/u/.cache/wandb-operator-actions/tmp'),
    });
    expect(process.env.RUNNER_TOOL_CACHE).toBe(dirs.toolCache);
    expect(prepareToolCacheEnv({ RUNNER_TOOL_CACHE: '/rt', RUNNER_TEMP: '/tt' })).toEqual({
      toolCache: '/rt',
      temp: '/tt',
    });
  } finally {
    process.env.RUNNER_TOOL_CACHE = saved.cache;
    process.env.RUNNER_TEMP = saved.temp;
    if (saved.cache === undefined) delete process.env.RUNNER_TOOL_CACHE;
    if (saved.temp === undefined) delete process.env.RUNNER_TEMP;
  }
});
