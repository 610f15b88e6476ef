import { measureUpgradeCheckRequests } from '../test-support/github-stand-in/upgrade-check-requests.js';
import type { Row } from './util.js';

/** GitHub requests per upgrade-check run (real git on disk, the GitHub stand-in counting what GitHub would see). */
export async function run(): Promise<Row[]> {
  const r = await measureUpgradeCheckRequests();
  return [
    {
      bench: 'upgrade-check',
      figure: 'GitHub requests, creating the PR',
      value: `${r.create} (${r.ms.create} ms)`,
      goal: '<= 8',
    },
    {
      bench: 'upgrade-check',
      figure: 'GitHub requests, steady state (nothing to do)',
      value: `${r.steady} (${r.ms.steady} ms)`,
      goal: '<= 3',
    },
    {
      bench: 'upgrade-check',
      figure: 'GitHub requests, newer release updates the PR',
      value: `${r.update} (${r.ms.update} ms)`,
    },
  ];
}
