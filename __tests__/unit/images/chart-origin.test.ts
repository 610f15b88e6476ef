import { chartHost, chartOriginFindings, isInternalHost } from '../../../src/images/chart-origin.js';
import { parseRegistry, type RegistryTarget } from '../../../src/images/reference.js';

const registry = parseRegistry('registry.corp.example:5000/mirror') as RegistryTarget;
const options = { airgapped: true, registry, internalHosts: ['charts.corp.example', '.mirror.example'] };
const cr = (chart: unknown) => ({ spec: { chart, values: {} } });

describe('spec.chart for an air-gapped install', () => {
  test('missing: an error (the operator would stay Invalid Config); not air-gapped: the release channel, said', () => {
    const [finding] = chartOriginFindings(cr(undefined), options);
    expect(finding).toMatchObject({ severity: 'error', keyPath: 'spec.chart' });
    expect(finding.message).toContain('an air-gapped operator never asks the release channel');
    const [note] = chartOriginFindings(cr(undefined), { ...options, airgapped: false });
    expect(note.severity).toBe('warning');
    expect(note.message).toContain('the release channel (deploy.wandb.ai) supplies the chart and its values');
    // The channel asked: the listed images are its current release's, which it may change at any reconcile.
    const [asked] = chartOriginFindings(cr(undefined), {
      ...options,
      airgapped: false,
      channelRelease: 'current release: operator-wandb 0.43.8 from https://charts.wandb.ai',
    });
    expect(asked.severity).toBe('warning');
    expect(asked.message).toBe(
      "spec.chart is absent: the images listed are those of the release channel's current release: operator-wandb 0.43.8 from https://charts.wandb.ai, with the CR's values over the channel's. The channel can serve another release at any reconcile (hourly by default), with other images, without a change to this configuration.",
    );
    expect(asked.fix).toContain('docs/release-channel.md');
  });

  test.each([
    'https://charts.wandb.ai',
    'oci://ghcr.io/wandb/helm-charts/operator-wandb',
    'https://registry-1.docker.io/wandb',
    'https://user:secret@charts.example.com/wandb',
  ])('a public host is an error at spec.chart.url: %s', (url) => {
    const findings = chartOriginFindings(cr({ url, name: 'operator-wandb', version: '0.43.8' }), options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      keyPath: 'spec.chart.url',
      path: ['spec', 'chart', 'url'],
    });
    expect(findings[0].message).not.toContain('secret');
    expect(
      chartOriginFindings(cr({ url, name: 'operator-wandb' }), { ...options, airgapped: false }),
    ).toEqual([]);
  });

  test.each([
    'oci://registry.corp.example:5000/mirror/charts/operator-wandb', // the internal registry, any port
    'http://registry.corp.example/charts',
    'http://127.0.0.1:8080',
    'http://10.1.2.3',
    'https://172.20.0.1',
    'http://192.168.1.10:8879',
    'http://[::1]:8080',
    'http://chartmuseum:8080', // a name without a dot: an in-cluster Service
    'http://chartmuseum.tools.svc.cluster.local:8080',
    'https://charts.example.internal',
    'https://charts.corp.example', // listed in internal-hosts
    'https://helm.mirror.example', // under a listed suffix
  ])('an internal host is fine: %s', (url) => {
    expect(chartOriginFindings(cr({ url, name: 'operator-wandb', version: '0.43.8' }), options)).toEqual([]);
  });

  test('a path (the wandb-charts ConfigMap in the pod) is never public', () => {
    expect(chartOriginFindings(cr({ path: '/charts/operator-wandb' }), options)).toEqual([]);
  });

  test('hosts are read from every URL form', () => {
    expect(chartHost('oci://ghcr.io/wandb/helm-charts/operator-wandb:0.43.8')).toBe('ghcr.io');
    expect(chartHost('https://u:p@charts.wandb.ai/')).toBe('charts.wandb.ai');
    expect(chartHost('http://[fd00::1]:80/x')).toBe('[fd00::1]:80');
    expect(chartHost('/charts/operator-wandb')).toBeUndefined();
    expect(isInternalHost('[fd00::1]:80', options)).toBe(true);
    expect(isInternalHost('8.8.8.8', options)).toBe(false);
  });
});
