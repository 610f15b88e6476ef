import { UserError } from '../../../src/core/errors.js';
import { UsageError } from '../../../src/core/inputs.js';
import {
  V2_CHART_REF,
  ociChartSource,
  operatorLine,
  refuseOverV1,
  refuseV1OverV2,
  splitChart,
  v1OperatorReleases,
  v2ValuesFromInputs,
} from '../../../src/install/v2.js';
import { checkAirgapped } from '../../../src/install/airgap.js';

describe('operatorLine', () => {
  test('v1 unless v2 is asked for or chart-repo is an oci:// reference', () => {
    expect(operatorLine(undefined, undefined)).toBe('v1');
    expect(operatorLine(undefined, 'https://charts.wandb.ai')).toBe('v1');
    expect(operatorLine('v1', undefined)).toBe('v1');
    expect(operatorLine('v2', undefined)).toBe('v2');
    expect(operatorLine('2', undefined)).toBe('v2');
    expect(operatorLine(undefined, 'oci://registry.example.com/wandb/charts/operator')).toBe('v2');
    expect(operatorLine('V2', 'oci://registry.example.com/charts')).toBe('v2');
  });

  test('contradictions and unknown versions are usage errors with the fix', () => {
    expect(() => operatorLine('v3', undefined)).toThrow(UsageError);
    expect(() => operatorLine('v3', undefined)).toThrow(/must be v1 or v2, got 'v3'/);
    expect(() => operatorLine('v1', 'oci://r.example.com/charts/operator')).toThrow(
      /v1 operator chart is served from a Helm repository/,
    );
    expect(() => operatorLine('v2', 'https://charts.wandb.ai')).toThrow(/only in an OCI registry/);
  });
});

describe('ociChartSource', () => {
  test("W&B's documented reference is kept as it is", () => {
    expect(ociChartSource({ url: V2_CHART_REF })).toEqual({
      url: V2_CHART_REF,
      host: 'us-docker.pkg.dev',
      username: undefined,
      password: undefined,
      fromUrl: false,
    });
  });

  test('a repository without the chart name gets /operator (helm pushes a chart under its name)', () => {
    expect(ociChartSource({ url: 'oci://127.0.0.1:5000/mirror/charts/' }).url).toBe(
      'oci://127.0.0.1:5000/mirror/charts/operator',
    );
  });

  test('credentials in the URL are taken out (decoded); given twice is an error that never echoes them', () => {
    const source = ociChartSource({ url: 'oci://robot:s3cr%40t@registry.example.com:8443/wandb/operator' });
    expect(source).toEqual({
      url: 'oci://registry.example.com:8443/wandb/operator',
      host: 'registry.example.com:8443',
      username: 'robot',
      password: 's3cr@t',
      fromUrl: true,
    });
    let message = '';
    try {
      ociChartSource({ url: 'oci://robot:hunter2-secret@r.example.com/x', password: 'other' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/carries credentials in its URL/);
    expect(message).not.toContain('hunter2-secret');
  });

  test('a tag in the reference or another scheme is refused', () => {
    expect(() => ociChartSource({ url: 'oci://r.example.com/charts/operator:2.0.0-beta.6' })).toThrow(
      /must not carry a tag or digest \(:2\.0\.0-beta\.6\)/,
    );
    expect(() => ociChartSource({ url: 'https://r.example.com/charts' })).toThrow(
      /not an oci:\/\/ reference/,
    );
  });
});

describe('v2ValuesFromInputs', () => {
  test("the image inputs set the wandb-operator subchart's image; nothing given sets nothing", () => {
    expect(v2ValuesFromInputs({ imagePullSecrets: [], customCaCertFiles: [] })).toEqual({});
    expect(
      v2ValuesFromInputs({
        imageRepository: 'registry.example.com/wandb/operator',
        imageTag: '2.0.0-beta.6',
        imagePullSecrets: ['mirror-pull'],
        customCaCertFiles: [],
      }),
    ).toEqual({
      'wandb-operator': {
        image: { repository: 'registry.example.com/wandb/operator', tag: '2.0.0-beta.6' },
        imagePullSecrets: [{ name: 'mirror-pull' }],
      },
    });
  });

  test("the v1 chart's CA inputs are refused for v2 instead of dropped", () => {
    expect(() => v2ValuesFromInputs({ imagePullSecrets: [], customCaCertFiles: ['/ca.pem'] })).toThrow(
      /'custom-ca-certs' sets the v1 operator chart's CA values/,
    );
    expect(() =>
      v2ValuesFromInputs({ imagePullSecrets: [], customCaCertFiles: [], caCertsConfigMap: 'cas' }),
    ).toThrow(/'ca-certs-configmap'/);
  });
});

describe('v1 operator releases', () => {
  const releases = [
    { name: 'operator', namespace: 'wandb-cr', chart: 'operator-1.4.8', status: 'deployed' },
    { name: 'wandb', namespace: 'wandb', chart: 'operator-wandb-0.43.8', status: 'deployed' },
    { name: 'wandb-operator', namespace: 'wandb-v2', chart: 'operator-2.0.0-beta.6', status: 'deployed' },
    { name: 'old', namespace: 'x', chart: 'operator-0.9.1', status: 'failed' },
  ];

  test('chart operator 0.x/1.x counts; operator-wandb and operator 2.x do not', () => {
    expect(splitChart('operator-2.0.0-beta.6')).toEqual({ name: 'operator', version: '2.0.0-beta.6' });
    expect(splitChart('operator-wandb-0.43.8')).toEqual({ name: 'operator-wandb', version: '0.43.8' });
    expect(v1OperatorReleases(releases).map((r) => r.name)).toEqual(['operator', 'old']);
  });

  test('the same release is refused as not an in-place upgrade, another as two controllers', () => {
    const v1 = v1OperatorReleases(releases).slice(0, 1);
    const same = refuseOverV1(v1, { release: 'operator', namespace: 'wandb-cr' });
    expect(same).toBeInstanceOf(UserError);
    expect(same?.message).toMatch(
      /Release 'operator' in namespace wandb-cr runs the v1 operator chart \(operator-1\.4\.8\)\. The v2 operator is another chart from an OCI registry, not an upgrade of it/,
    );
    expect(same?.message).toMatch(/Nothing was changed on the cluster\.$/);
    expect(same?.fix).toMatch(/docs\/operator-v2\.md/);
    expect(same?.fix).toMatch(/migrate --to v2/);
    const other = refuseOverV1(v1, { release: 'wandb-operator', namespace: 'wandb-v2' });
    expect(other?.message).toMatch(
      /The cluster runs the v1 operator: release 'operator' in namespace wandb-cr \(operator-1\.4\.8, deployed\)\. Installing the v2 operator beside it would leave two controllers/,
    );
    expect(refuseOverV1([], { release: 'operator', namespace: 'wandb-cr' })).toBeUndefined();
  });
});

describe('air-gapped v2', () => {
  const base = {
    chartRepo: 'oci://registry.corp.example.com/wandb/charts/operator',
    chartRepoIsDefault: false,
    imageRepository: 'registry.corp.example.com/wandb/operator',
    imageTag: '2.0.0-beta.6',
    helmPath: '/usr/bin/helm',
    kubectlPath: '/usr/bin/kubectl',
    v2: true,
  };

  test('an internal mirror passes; the public OCI registry is refused with a v2 fix', () => {
    expect(() => checkAirgapped(base)).not.toThrow();
    let fix = '';
    try {
      checkAirgapped({ ...base, chartRepo: V2_CHART_REF, chartRepoIsDefault: true });
    } catch (error) {
      expect((error as Error).message).toContain(`'chart-repo' is ${V2_CHART_REF}, a public host`);
      fix = (error as UserError).fix ?? '';
    }
    expect(fix).toMatch(/oci:\/\/ reference of the W&B operator v2 chart in your internal registry/);
  });

  test('the controller image must be internal and pinned', () => {
    expect(() => checkAirgapped({ ...base, imageRepository: undefined })).toThrow(
      /'image-repository' is required/,
    );
    expect(() => checkAirgapped({ ...base, imageTag: 'latest' })).toThrow(/must pin a controller version/);
  });
});

describe('refuseV1OverV2', () => {
  test('a v1 run over a release of the v2 chart is refused; a v1 release or none is not', () => {
    const target = { release: 'operator', namespace: 'wandb-cr' };
    const refused = refuseV1OverV2({ chart: 'operator-2.0.0-beta.6', revision: 3 }, target);
    expect(refused?.message).toBe(
      "Release 'operator' in namespace wandb-cr runs the v2 operator chart (operator-2.0.0-beta.6, revision 3); this run would put the v1 chart in its place. Nothing was changed on the cluster.",
    );
    expect(refused?.fix).toMatch(/operator-version: v2/);
    expect(refuseV1OverV2({ chart: 'operator-1.4.8', revision: 1 }, target)).toBeUndefined();
    expect(refuseV1OverV2(undefined, target)).toBeUndefined();
  });
});
