import type { Context } from '../../../src/core/command.js';
import { Redactor } from '../../../src/core/redact.js';
import {
  DEFAULT_CHART_REPO,
  checkInputsAirgapped,
  parseOptions,
  valuesFromInputs,
} from '../../../src/install/options.js';
import { V2_CHART_REF } from '../../../src/install/v2.js';

function ctx(): Context {
  return { redactor: new Redactor(), cwd: '/tmp', env: {}, now: new Date() } as unknown as Context;
}

test('without operator-version the v1 chart repository stays the default (the v1 path is unchanged)', () => {
  const options = parseOptions({}, ctx());
  expect(options.operator).toBe('v1');
  expect(options.repo.url).toBe(DEFAULT_CHART_REPO);
});

test("operator-version v2 defaults to W&B's OCI reference; the inputs set the wandb-operator image", () => {
  const options = parseOptions(
    { 'operator-version': 'v2', 'image-tag': '2.0.0-beta.6', 'chart-version': 'v2.0.0-beta.6' },
    ctx(),
  );
  expect(options.operator).toBe('v2');
  expect(options.repo.url).toBe(V2_CHART_REF);
  expect(options.chartVersion).toBe('2.0.0-beta.6');
  expect(valuesFromInputs(options, '/tmp')).toEqual({
    files: {},
    inputs: { 'wandb-operator': { image: { tag: '2.0.0-beta.6' } } },
  });
});

test('an oci:// chart-repo means v2; its credentials become secrets before anything can print them', () => {
  const c = ctx();
  const options = parseOptions({ 'chart-repo': 'oci://robot:Hunter2-pw@127.0.0.1:5000/mirror/charts' }, c);
  expect(options.operator).toBe('v2');
  expect(options.repo).toMatchObject({
    url: 'oci://127.0.0.1:5000/mirror/charts/operator',
    username: 'robot',
    password: 'Hunter2-pw',
  });
  expect(c.redactor.redact('login with Hunter2-pw')).not.toContain('Hunter2-pw');
});

test('air-gapped v2 needs the mirror, an internal controller image and a pinned tag', () => {
  const airgapped = { airgapped: true, 'helm-path': '/bin/helm', 'kubectl-path': '/bin/kubectl' };
  const options = parseOptions({ ...airgapped, 'operator-version': 'v2' }, ctx());
  expect(() => checkInputsAirgapped(options, {})).toThrow(`'chart-repo' is ${V2_CHART_REF}, a public host`);
  const mirror = parseOptions(
    {
      ...airgapped,
      'chart-repo': 'oci://registry.corp.example/wandb/charts/operator',
      'image-repository': 'registry.corp.example/wandb/operator',
      'image-tag': '2.0.0-beta.6',
    },
    ctx(),
  );
  expect(() => checkInputsAirgapped(mirror, {})).not.toThrow();
  expect(() =>
    checkInputsAirgapped(mirror, { 'wandb-operator': { image: { repository: 'docker.io/wandb/operator' } } }),
  ).toThrow(/the values set wandb-operator\.image\.repository to docker\.io\/wandb\/operator/);
});
