/**
 * GitHub requests per upgrade-check run, for `npm run bench` (a bench file calls `measureUpgradeCheckRequests`
 * and prints the rows): the same scenario as the integration test, real git on disk and the GitHub stand-in on
 * loopback, counted by the stand-in (what GitHub would see), three runs: creating the PR, steady state with
 * nothing to do, and a newer release updating the PR.
 */
import { action, parseOutputs } from '../run-cli.js';
import { createRemote } from '../git/repos.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';
import { GitHubStandIn } from './server.js';
import { addPullRoutes } from './pulls.js';

export interface RequestsPerRun {
  create: number;
  steady: number;
  update: number;
  /** Wall-clock milliseconds of each run. */
  ms: { create: number; steady: number; update: number };
}

const CR = (tag: string) =>
  `apiVersion: apps.wandb.com/v1\nkind: WeightsAndBiases\nmetadata:\n  name: wandb\nspec:\n  values:\n    app:\n      image:\n        tag: "${tag}" # pinned\n`;

export async function measureUpgradeCheckRequests(): Promise<RequestsPerRun> {
  const token = 'ghs_benchToken000000000000000000000000';
  const gh = new GitHubStandIn({ tokens: [token] });
  for (const r of snapshotReleases()) {
    gh.addRelease('wandb/server', {
      tag_name: r.version,
      published_at: `${r.date}T12:00:00Z`,
      body: `Notes of ${r.version}`,
    });
  }
  const url = await gh.start();
  try {
    const remote = await createRemote({ 'deploy/wandb.yaml': CR('0.73.1') });
    addPullRoutes(gh, { owner: 'acme', repo: 'infra', branchSha: (b) => remote.tip(b) });
    const once = async (asOf: string, expected: string) => {
      gh.resetLog();
      const started = Date.now();
      const run = await action(
        'upgrade-check',
        {
          files: 'deploy/wandb.yaml',
          'as-of': asOf,
          repository: 'acme/infra',
          'github-api-url': url,
          'github-token': token,
        },
        { cwd: await remote.clone(), env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      );
      const operation = parseOutputs(run.outputs)['pull-request-operation'];
      if (run.code !== 0 || operation !== expected) {
        throw new Error(
          `upgrade-check as of ${asOf}: exit ${run.code}, operation ${operation} (expected ${expected})`,
        );
      }
      return { requests: gh.requests.length, ms: Date.now() - started };
    };
    const create = await once('2026-07-05', 'created');
    const steady = await once('2026-07-05', 'none');
    const update = await once('2026-07-10', 'updated');
    return {
      create: create.requests,
      steady: steady.requests,
      update: update.requests,
      ms: { create: create.ms, steady: steady.ms, update: update.ms },
    };
  } finally {
    await gh.stop();
  }
}
