/**
 * helm and kubectl downloads for every platform a runner may have (linux, darwin, windows; amd64, arm64),
 * from a loopback mirror laid out like get.helm.sh and dl.k8s.io (test-support/cluster/tool-mirror.ts, fake
 * programs for the platforms other than this machine's): the right names, each checked against its sha256,
 * a wrong one refused with nothing cached, the cache reused, and the download going through HTTPS_PROXY.
 * (linux/amd64 with the real programs is __tests__/cluster/install-operator-tools.test.ts.)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installTool, type ToolPlatform } from '../../src/tools/install.js';
import {
  OTHER_PLATFORMS,
  fakeProgram,
  startPlatformMirror,
  type ToolMirror,
} from '../../test-support/cluster/tool-mirror.js';
import { startForwardProxy, type ForwardProxy } from '../../test-support/proxy/forward-proxy.js';

const HELM = '3.17.3';
const KUBECTL = '1.31.9';

let mirror: ToolMirror;
let proxy: ForwardProxy;
let root: string;
const savedEnv = { cache: process.env.RUNNER_TOOL_CACHE, temp: process.env.RUNNER_TEMP };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tools-install-'));
  mirror = await startPlatformMirror(join(root, 'mirror'), { helm: [HELM], kubectl: [KUBECTL] });
  proxy = await startForwardProxy();
}, 120_000);
afterAll(async () => {
  await mirror?.close();
  await proxy?.close();
  rmSync(root, { recursive: true, force: true });
  for (const [name, value] of [
    ['RUNNER_TOOL_CACHE', savedEnv.cache],
    ['RUNNER_TEMP', savedEnv.temp],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});
beforeEach(() => {
  mirror.requests.length = 0;
  proxy.requests.length = 0;
  mirror.tamper.clear();
});

/** A fresh tool cache for each install, as on a new runner. */
function freshEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(root, 'cache-'));
  return { RUNNER_TOOL_CACHE: join(dir, 'cache'), RUNNER_TEMP: join(dir, 'temp'), ...extra };
}

const label = (p: ToolPlatform) => `${p.os}/${p.arch}`;

describe.each(OTHER_PLATFORMS)('%o', (platform) => {
  test(`helm and kubectl for ${label(platform)}: the host's names, sha256-checked, then from the cache`, async () => {
    const env = freshEnv();
    const exe = platform.os === 'windows' ? '.exe' : '';
    const helm = await installTool({ tool: 'helm', version: HELM, mirror: mirror.url, env, platform });
    const helmArchive = `/helm-v${HELM}-${platform.os}-${platform.arch}.${platform.os === 'windows' ? 'zip' : 'tar.gz'}`;
    expect(helm.url).toBe(`${mirror.url}${helmArchive}`);
    expect(mirror.requests).toEqual([`${helmArchive}.sha256sum`, helmArchive]);
    expect(helm.path.endsWith(`helm${exe}`)).toBe(true);
    expect(readFileSync(helm.path, 'utf8')).toBe(fakeProgram('helm', HELM, platform.os, platform.arch));
    expect(helm.cached).toBe(false);

    const kubectl = await installTool({
      tool: 'kubectl',
      version: `v${KUBECTL}`,
      mirror: mirror.url,
      env,
      platform,
    });
    const kubectlPath = `/release/v${KUBECTL}/bin/${platform.os}/${platform.arch}/kubectl${exe}`;
    expect(kubectl.url).toBe(`${mirror.url}${kubectlPath}`);
    expect(mirror.requests.slice(2)).toEqual([`${kubectlPath}.sha256`, kubectlPath]);
    expect(kubectl.path.endsWith(`kubectl${exe}`)).toBe(true);
    expect(readFileSync(kubectl.path, 'utf8')).toBe(
      fakeProgram('kubectl', KUBECTL, platform.os, platform.arch),
    );

    // The next run on the same runner downloads nothing.
    mirror.requests.length = 0;
    const again = await installTool({ tool: 'kubectl', version: KUBECTL, mirror: mirror.url, env, platform });
    expect(again).toMatchObject({ cached: true, path: kubectl.path });
    expect(mirror.requests).toEqual([]);
  });
});

test('a download that does not match its published sha256 is refused, and nothing is cached', async () => {
  const env = freshEnv();
  const platform: ToolPlatform = { os: 'windows', arch: 'arm64' };
  const path = `/release/v${KUBECTL}/bin/windows/arm64/kubectl.exe`;
  mirror.tamper.add(path);
  await expect(
    installTool({ tool: 'kubectl', version: KUBECTL, mirror: mirror.url, env, platform }),
  ).rejects.toThrow(`kubectl ${KUBECTL} from ${mirror.url}${path} does not match its published sha256`);
  expect(existsSync(join(env.RUNNER_TOOL_CACHE as string, 'kubectl'))).toBe(false);

  const archive = `/helm-v${HELM}-darwin-arm64.tar.gz`;
  mirror.tamper.add(archive);
  await expect(
    installTool({
      tool: 'helm',
      version: HELM,
      mirror: mirror.url,
      env,
      platform: { os: 'darwin', arch: 'arm64' },
    }),
  ).rejects.toThrow('does not match its published sha256');
  expect(existsSync(join(env.RUNNER_TOOL_CACHE as string, 'helm'))).toBe(false);
});

test('downloads go through HTTPS_PROXY / HTTP_PROXY, and around it for NO_PROXY', async () => {
  const platform: ToolPlatform = { os: 'darwin', arch: 'amd64' };
  await installTool({
    tool: 'kubectl',
    version: KUBECTL,
    mirror: mirror.url,
    env: freshEnv({ HTTP_PROXY: proxy.url }),
    platform,
  });
  expect(proxy.hosts()).toEqual([new URL(mirror.url).host]);
  expect(proxy.requests).toHaveLength(2);

  proxy.requests.length = 0;
  await installTool({
    tool: 'kubectl',
    version: KUBECTL,
    mirror: mirror.url,
    env: freshEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }),
    platform,
  });
  expect(proxy.requests).toEqual([]);

  // A proxy that is down: the error says which proxy was tried and what to do.
  const down = await startForwardProxy();
  await down.close();
  await expect(
    installTool({
      tool: 'kubectl',
      version: KUBECTL,
      mirror: mirror.url,
      env: freshEnv({ HTTP_PROXY: down.url }),
      platform,
    }),
  ).rejects.toThrow(`through the proxy ${down.url}`);
});
