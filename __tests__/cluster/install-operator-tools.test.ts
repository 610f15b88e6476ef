import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KubeletStandIn,
  startChartRepo,
  startToolMirror,
  usePlane,
  type ChartRepo,
  type ToolMirror,
} from '../../test-support/cluster/index.js';
import { cli, planeEnv, ownOperatorName } from './helpers.js';

/**
 * install-operator installing helm and kubectl itself with @actions/tool-cache, from a loopback mirror laid out
 * like get.helm.sh and dl.k8s.io (built from the npm binaries): sha256 verified, mismatch refused with nothing
 * cached, and the cache reused on the next run.
 */
const { plane, namespace } = usePlane();
let repo: ChartRepo;
let mirror: ToolMirror;
let kubelet: KubeletStandIn;
const namespaces: string[] = [];

beforeAll(async () => {
  const p = plane();
  repo = await startChartRepo({ helm: p.tools.helm, versions: ['1.4.8'] });
  mirror = await startToolMirror(p.tools);
  kubelet = new KubeletStandIn(p.rest, { namespaces }).start();
}, 300_000);

afterAll(async () => {
  await kubelet?.stop();
  await repo?.close();
  await mirror?.close();
});

async function freshCache(): Promise<NodeJS.ProcessEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'tool-cache-test-'));
  return { RUNNER_TOOL_CACHE: join(dir, 'cache'), RUNNER_TEMP: join(dir, 'temp') };
}

function args(n: string): string[] {
  return [
    'install-operator',
    '--namespace',
    n,
    '--chart-repo',
    repo.url,
    '--tools-mirror',
    mirror.url,
    '--helm-version',
    mirror.versions.helm,
    '--kubectl-version',
    mirror.versions.kubectl,
    '--min-kubernetes-version',
    '1.20',
    '--timeout',
    '120',
  ];
}

test('a kubectl whose bytes do not match the published sha256 is refused and not cached', async () => {
  const p = plane();
  const cache = await freshCache();
  const path = `/release/v${mirror.versions.kubectl}/bin/linux/amd64/kubectl`;
  mirror.tamper.add(path);
  try {
    const run = await cli(args('never-installed'), planeEnv(p, cache));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error: kubectl ${mirror.versions.kubectl} from ${mirror.url}${path} does not match its published sha256`,
    );
    expect(run.stderr).toContain('it was not installed or cached');
    expect(await readdir(cache.RUNNER_TOOL_CACHE as string)).not.toContain('kubectl');
    expect(run.stderr).not.toContain('== Preflight');
  } finally {
    mirror.tamper.delete(path);
  }
});

test('tools are downloaded and verified once, then taken from the tool cache', async () => {
  const p = plane();
  const cache = await freshCache();
  const n = await namespace('tools');
  namespaces.push(n);
  const own = await ownOperatorName(n);
  const first = await cli([...args(n), ...own], planeEnv(p, cache));
  expect(first.code).toBe(0);
  expect(first.stderr).toContain(
    `helm ${mirror.versions.helm}: downloading ${mirror.url}/helm-v${mirror.versions.helm}-linux-amd64.tar.gz`,
  );
  expect(first.stderr).toMatch(
    new RegExp(`kubectl ${mirror.versions.kubectl.replace(/\./g, '\\.')}: verified sha256 [0-9a-f]{12}`),
  );
  expect(first.stdout).toContain('Installed operator 1.4.8');

  const downloads = mirror.requests.length;
  const second = await cli([...args(n), ...own], planeEnv(p, cache));
  expect(second.code).toBe(0);
  expect(second.stderr).toContain(`helm ${mirror.versions.helm}: from the tool cache`);
  expect(second.stderr).toContain(`kubectl ${mirror.versions.kubectl}: from the tool cache`);
  expect(mirror.requests.length).toBe(downloads);
  expect(second.stdout).toContain('Unchanged: operator 1.4.8');
});
