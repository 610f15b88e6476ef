import { chartCacheKey, describeSource, resolveChartSource } from '../../../src/charts/source.js';

const resolve = (chart: Record<string, unknown>) =>
  resolveChartSource({ specChart: chart, cwd: '/work', exists: () => false });

describe('user:password in an oci:// spec.chart.url', () => {
  it('moves them (decoded) out of the reference, so neither helm argv nor the registry host carries them', () => {
    const source = resolve({
      url: 'oci://robot:S3cret%40x@registry.example.com/wandb/charts/operator-wandb',
      version: '0.43.8',
    });
    expect(source).toEqual({
      kind: 'oci',
      ref: 'oci://registry.example.com/wandb/charts/operator-wandb',
      name: 'operator-wandb',
      version: '0.43.8',
      username: 'robot',
      password: 'S3cret@x',
      credentialsInUrl: true,
    });
    expect(describeSource(source)).toBe('oci://registry.example.com/wandb/charts/operator-wandb:0.43.8');
  });

  it('keeps a port and a tag, and caches under the same key as the URL without credentials', () => {
    const withCredentials = resolve({ url: 'oci://u:p@127.0.0.1:5000/charts/operator-wandb:0.43.8' });
    const without = resolve({ url: 'oci://127.0.0.1:5000/charts/operator-wandb:0.43.8' });
    expect(withCredentials).toMatchObject({
      ref: 'oci://127.0.0.1:5000/charts/operator-wandb',
      version: '0.43.8',
      username: 'u',
      password: 'p',
    });
    expect(chartCacheKey(withCredentials)).toEqual(chartCacheKey(without));
  });

  it('spec.chart.username/password win over the URL', () => {
    expect(
      resolve({
        url: 'oci://robot:old@registry.example.com/charts/operator-wandb',
        username: 'ci',
        password: 'new',
      }),
    ).toMatchObject({
      ref: 'oci://registry.example.com/charts/operator-wandb',
      username: 'ci',
      password: 'new',
    });
  });

  it('a URL without credentials is as before', () => {
    const source = resolve({ url: 'oci://registry.example.com/charts/operator-wandb', version: '1.0.0' });
    expect(source).toEqual({
      kind: 'oci',
      ref: 'oci://registry.example.com/charts/operator-wandb',
      name: 'operator-wandb',
      version: '1.0.0',
    });
  });
});
