import { expect, test } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWandbCrd, usePlane } from '../../test-support/cluster/index.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';
import { cli, planeEnv } from './helpers.js';

/**
 * upgrade-check with version-source cluster against the loopback control plane: the version comes from the
 * CR, else the operator's `<cr>-spec-active` Secret, else the app Deployment's wandb/local image; an
 * unpinned tag fails clearly. Report-only runs (no token): the PR flow is the same as for values-file.
 * The CRD is W&B's own (operator chart 1.4.8); no operator runs: the CRs, the Secret and the Deployment are
 * written as the operator and W&B's chart leave them (the app Deployment as operator-wandb 0.43.8 names it).
 */
const { plane, namespace } = usePlane();

function cr(ns: string, tag?: string): string {
  return JSON.stringify({
    apiVersion: 'apps.wandb.com/v1',
    kind: 'WeightsAndBiases',
    metadata: { name: 'wandb', namespace: ns },
    spec: {
      chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' },
      values: {
        global: { host: 'https://wandb.example.com' },
        app: { image: tag ? { repository: 'wandb/local', tag } : { repository: 'wandb/local' } },
      },
    },
  });
}

async function releasesFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'upgrade-cluster-'));
  const file = join(dir, 'releases.json');
  await writeFile(
    file,
    JSON.stringify(snapshotReleases().map((r) => ({ version: r.version, date: r.date }))),
  );
  return file;
}

async function check(ns: string) {
  const p = plane();
  return cli(
    [
      'upgrade-check',
      '--version-source',
      'cluster',
      '--cr-name',
      'wandb',
      '--cr-namespace',
      ns,
      '--kubectl-path',
      p.tools.kubectl,
      '--releases-file',
      await releasesFile(),
      '--as-of',
      '2026-07-05',
    ],
    planeEnv(p),
  );
}

test('reads the version from the CR, then the spec-active Secret, then the app image', async () => {
  await ensureWandbCrd(plane());
  const p = plane();

  const fromCr = await namespace('upgrade-cr');
  await p.kubectl(['apply', '-f', '-'], cr(fromCr, '0.73.1'));
  const a = await check(fromCr);
  expect(a.code).toBe(0);
  expect(a.stderr).toContain(
    `W&B Server 0.73.1 (deployed in the CR ${fromCr}/wandb (spec.values.app.image.tag)): support ends 2026-09-03 (60 days left), status nearing, recommended 0.82.1.`,
  );

  const fromSecret = await namespace('upgrade-secret');
  await p.kubectl(['apply', '-f', '-'], cr(fromSecret));
  await p.kubectl([
    '-n',
    fromSecret,
    'create',
    'secret',
    'generic',
    'wandb-spec-active',
    '--from-literal=values={"app":{"image":{"tag":"0.76.3"}},"global":{"license":"do-not-print-me"}}',
    '--from-literal=chart={}',
  ]);
  const b = await check(fromSecret);
  expect(b.code).toBe(0);
  expect(b.stderr).toContain('W&B Server 0.76.3 (deployed in the values the operator applied');
  expect(b.all).not.toContain('do-not-print-me');

  const fromImage = await namespace('upgrade-image');
  await p.kubectl(['apply', '-f', '-'], cr(fromImage));
  await p.kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'wandb-app-bc',
        namespace: fromImage,
        labels: { 'app.kubernetes.io/instance': 'wandb' },
      },
      spec: {
        selector: { matchLabels: { app: 'wandb-app' } },
        template: {
          metadata: { labels: { app: 'wandb-app' } },
          spec: { containers: [{ name: 'app', image: 'wandb/local:0.74.1' }] },
        },
      },
    }),
  );
  const c = await check(fromImage);
  expect(c.code).toBe(0);
  expect(c.stderr).toContain(
    `W&B Server 0.74.1 (deployed in the image of wandb-app-bc (namespace ${fromImage}))`,
  );
});

test('an unpinned tag in the CR, or no CR, fails clearly', async () => {
  await ensureWandbCrd(plane());
  const p = plane();
  const ns = await namespace('upgrade-latest');
  await p.kubectl(['apply', '-f', '-'], cr(ns, 'latest'));
  const run = await check(ns);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(
    `error: The W&B Server version in the CR ${ns}/wandb (spec.values.app.image.tag) is 'latest', not a pinned version.`,
  );
  expect(run.stderr).toContain('fix: Pin an exact version in the CR');

  const missing = await check(await namespace('upgrade-none'));
  expect(missing.code).toBe(1);
  expect(missing.stderr).toContain("There is no WeightsAndBiases 'wandb' in namespace");
});
