import { describe, expect, it } from '@jest/globals';
import {
  chartFromCluster,
  versionFromCluster,
  type ClusterObjects,
} from '../../../src/upgrade/cluster-version.js';

const base: ClusterObjects = {
  crName: 'wandb',
  namespace: 'prod',
  cr: { spec: { values: {} } },
  workloads: [],
};
const deployment = (name: string, image: string) => ({
  metadata: { name },
  spec: { template: { spec: { containers: [{ name: 'c', image }] } } },
});

describe('versionFromCluster', () => {
  it('prefers the CR, then the applied values, then the app image', () => {
    expect(
      versionFromCluster({ ...base, cr: { spec: { values: { app: { image: { tag: 'v0.74.1' } } } } } }),
    ).toEqual({
      version: '0.74.1',
      where: 'in the CR prod/wandb (spec.values.app.image.tag)',
      chart: { source: 'channel', applied: undefined },
    });
    expect(versionFromCluster({ ...base, activeValues: { app: { image: { tag: '0.75.0' } } } }).version).toBe(
      '0.75.0',
    );
    const workloads = [
      deployment('wandb-console', 'wandb/console:2.1.0'),
      deployment('wandb-app-bc', 'wandb/local:0.70.0'),
      deployment('wandb-app', 'registry.local:5000/wandb/local:0.76.1'),
    ];
    expect(versionFromCluster({ ...base, workloads })).toMatchObject({
      version: '0.76.1',
      where: 'in the image of wandb-app (namespace prod)',
    });
  });

  it('refuses unpinned versions and says what is missing', () => {
    expect(() =>
      versionFromCluster({ ...base, cr: { spec: { values: { app: { image: { tag: 'latest' } } } } } }),
    ).toThrow(/is 'latest', not a pinned version/);
    expect(() =>
      versionFromCluster({ ...base, workloads: [deployment('wandb-app', 'wandb/local:latest')] }),
    ).toThrow(/'wandb\/local:latest', not a pinned version/);
    expect(() => versionFromCluster(base)).toThrow(/No W&B Server version found for prod\/wandb/);
    expect(() => versionFromCluster({ ...base, cr: undefined })).toThrow(
      /There is no WeightsAndBiases 'wandb' in namespace 'prod'/,
    );
  });

  it('says whether the live CR pins the chart or leaves it to the release channel', () => {
    const tagged = { values: { app: { image: { tag: '0.74.1' } } } };
    expect(
      versionFromCluster({
        ...base,
        cr: {
          spec: {
            ...tagged,
            chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' },
          },
        },
      }).chart,
    ).toEqual({
      source: 'cr',
      applied: { url: 'https://charts.wandb.ai', name: 'operator-wandb', path: undefined, version: '0.43.8' },
    });
    // No spec.chart (seed 001's default): the operator asked the release channel; spec-active says for what.
    expect(
      versionFromCluster({
        ...base,
        cr: { spec: tagged },
        activeChart: {
          url: 'https://charts.wandb.ai',
          name: 'operator-wandb',
          version: '0.43.8',
          password: 'x',
        },
      }).chart,
    ).toEqual({
      source: 'channel',
      applied: { url: 'https://charts.wandb.ai', name: 'operator-wandb', path: undefined, version: '0.43.8' },
    });
    // An empty spec.chart ({}) is no chart either.
    expect(versionFromCluster({ ...base, cr: { spec: { ...tagged, chart: {} } } }).chart?.source).toBe(
      'channel',
    );
    expect(chartFromCluster({ cr: undefined })).toBeUndefined();
  });
});
