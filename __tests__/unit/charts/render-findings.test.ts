import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelmFailure, renderFinding, subchartChain } from '../../../src/charts/render.js';
import { chartCacheKey, describeSource, resolveChartSource } from '../../../src/charts/source.js';

/**
 * helm's stderr after a failed `helm template` of W&B's real operator-wandb 0.43.8, captured with helm 3.17.3
 * (test-support/fixtures/helm-errors/<case>.stderr, with the values that caused it in <case>.values.json),
 * read into the finding a user sees.
 */
const FIXTURES = join(process.cwd(), 'test-support/fixtures/helm-errors');
const fixture = (name: string) => ({
  stderr: readFileSync(join(FIXTURES, `${name}.stderr`), 'utf8'),
  values: JSON.parse(readFileSync(join(FIXTURES, `${name}.values.json`), 'utf8')) as Record<string, unknown>,
});

describe('helm template failures of the real chart', () => {
  test.each([
    [
      'mcp-tools',
      'fail',
      'mcp-server.weave.tools must be one of: auto, true, false',
      'operator-wandb/templates/mcp-validation.yaml',
      19,
      ['mcp-server', 'weave', 'tools'],
    ],
    [
      'mcp-trace',
      'fail',
      'mcp-server.weave.tools=true requires weave-trace.install=true, global.weave-trace.enabled=true, or mcp-server.env.WF_TRACE_SERVER_URL',
      'operator-wandb/templates/mcp-validation.yaml',
      28,
      ['mcp-server', 'weave', 'tools'],
    ],
    [
      'mysql-cacert',
      'template',
      'error calling ne: incompatible types for comparison',
      'operator-wandb/templates/_env.tpl',
      191,
      ['global', 'mysql', 'caCert'],
    ],
    [
      'host-number',
      'template',
      'wrong type for value; expected string; got float64',
      'operator-wandb/templates/_ingress.tpl',
      39,
      ['global', 'host'],
    ],
    [
      'subchart-pdb',
      'fail',
      'Cannot set both minAvailable and maxUnavailable in PodDisruptionBudget',
      'operator-wandb/charts/weave/templates/pdb.yaml',
      23,
      ['weave'],
    ],
    [
      'env-string',
      'template',
      'error calling dig: interface conversion: interface {} is string, not map[string]interface {}',
      'operator-wandb/templates/tests/test-connection.yaml',
      17,
      ['global'],
    ],
  ])('%s', (name, kind, message, template, line, valuesPath) => {
    const { stderr, values } = fixture(name);
    const failure = parseHelmFailure(stderr, values);
    expect(failure).toMatchObject({ kind, message, template, line, valuesPath });
  });

  test('the finding quotes the chart, names it and its version, and sits where the value was set', () => {
    const { stderr, values } = fixture('mcp-tools');
    const asked: string[] = [];
    const finding = renderFinding(
      parseHelmFailure(stderr, values),
      { name: 'operator-wandb', version: '0.43.8' },
      (path) => {
        asked.push(path.join('.'));
        return { file: 'values.yaml', line: 7, column: 14 };
      },
    );
    expect(asked).toEqual(['spec.values.mcp-server.weave.tools']);
    expect(finding).toMatchObject({
      severity: 'error',
      file: 'values.yaml',
      line: 7,
      column: 14,
      path: 'spec.values.mcp-server.weave.tools',
    });
    expect(finding.message).toBe(
      'chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false" (templates/mcp-validation.yaml:19)',
    );
    expect(finding.fix).toContain('`spec.values.mcp-server.weave.tools`');
  });

  test('a subchart template names its alias chain; a message helm did not shape is kept whole', () => {
    expect(subchartChain('operator-wandb/charts/otel/charts/daemonset/templates/deamonset.yaml')).toEqual([
      'otel',
      'daemonset',
    ]);
    expect(parseHelmFailure('Error: chart requires kubeVersion: >= 1.99 which is incompatible\n')).toEqual({
      kind: 'other',
      message: 'chart requires kubeVersion: >= 1.99 which is incompatible',
    });
  });
});

describe('which chart a render uses', () => {
  const exists = (path: string) => path === '/charts/ow.tgz' || path === '/work/ow';
  test('the chart input comes first, relative to the working directory', () => {
    expect(
      resolveChartSource({
        chartInput: '../ow.tgz',
        specChart: { url: 'https://x' },
        cwd: '/charts/sub',
        exists,
      }),
    ).toEqual({ kind: 'local', path: '/charts/ow.tgz', origin: 'chart input' });
    expect(resolveChartSource({ chartInput: 'missing.tgz', cwd: '/', exists }).kind).toBe('none');
  });

  test('spec.chart: a path only when it exists here, a repository, an OCI reference with its tag', () => {
    expect(resolveChartSource({ specChart: { path: '/work/ow' }, cwd: '/', exists })).toMatchObject({
      kind: 'local',
      origin: 'spec.chart.path',
    });
    expect(
      resolveChartSource({ specChart: { path: '/charts/operator-wandb' }, cwd: '/', exists }),
    ).toMatchObject({
      kind: 'none',
      reason: expect.stringContaining("operator's pod"),
    });
    expect(
      resolveChartSource({
        specChart: {
          url: 'https://charts.example.com/',
          name: 'operator-wandb',
          version: '0.43.8',
          password: 'p',
        },
        cwd: '/',
        exists,
      }),
    ).toEqual({
      kind: 'repository',
      url: 'https://charts.example.com',
      name: 'operator-wandb',
      version: '0.43.8',
      password: 'p',
    });
    expect(
      resolveChartSource({
        specChart: { url: 'oci://ghcr.io/wandb/helm-charts/operator-wandb:0.43.8' },
        cwd: '/',
        exists,
      }),
    ).toEqual({
      kind: 'oci',
      ref: 'oci://ghcr.io/wandb/helm-charts/operator-wandb',
      name: 'operator-wandb',
      version: '0.43.8',
    });
    // The operator's OCIRelease plainHTTP: helm pull gets --plain-http (src/charts/fetch.ts).
    expect(
      resolveChartSource({
        specChart: {
          url: 'oci://registry.internal:5000/charts/operator-wandb',
          version: '0.43.8',
          plainHTTP: true,
        },
        cwd: '/',
        exists,
      }),
    ).toMatchObject({
      kind: 'oci',
      ref: 'oci://registry.internal:5000/charts/operator-wandb',
      plainHTTP: true,
    });
  });

  test('no chart, and why: no spec.chart (release channel), a placeholder', () => {
    expect(resolveChartSource({ cwd: '/', exists }).kind).toBe('none');
    expect(
      resolveChartSource({ specChart: { url: '${CHART_URL}', name: 'operator-wandb' }, cwd: '/', exists }),
    ).toMatchObject({ kind: 'none', reason: expect.stringContaining('placeholder') });
  });

  test('the cache key: name, version and a hash of the location without credentials; none when unpinned', () => {
    const a = chartCacheKey({
      kind: 'repository',
      url: 'https://u:p@charts.example.com',
      name: 'ow',
      version: '1.0.0',
    });
    const b = chartCacheKey({
      kind: 'repository',
      url: 'https://charts.example.com',
      name: 'ow',
      version: '1.0.0',
    });
    expect(a).toEqual(b);
    expect(a?.dir.slice(0, 2)).toEqual(['ow', '1.0.0']);
    expect(
      chartCacheKey({ kind: 'repository', url: 'https://charts.example.com', name: 'ow' }),
    ).toBeUndefined();
    expect(
      describeSource({ kind: 'repository', url: 'https://u:secret@h.example.com', name: 'ow', version: '1' }),
    ).toBe('ow 1 from https://***@h.example.com');
  });
});
