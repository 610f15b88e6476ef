import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../../src/config/index.js';
import { FIXTURES, build } from './helpers.js';

/*
 * The twelve real-world files of /work/shared/reference/real-world-crs (copied verbatim into
 * test-support/fixtures/config/real-world) and the CR examples of seeds 001 and 003.
 * Expected: no errors, except where a documented choice makes one (src/config/rules.ts):
 * - 02 and 03 configure an external Redis (global.redis.host) and leave redis.install at the chart default
 *   (true), so the chart would deploy a second, in-cluster Redis: error "set redis.install: false".
 * Warnings are allowed and the telling ones are asserted: 09 extraEnvs, 11 ingress.enabled, 03/09/11
 * global.mysql.name, 05 top-level keys the chart does not have, 01b (operator chart values, not a CR).
 */
const errors = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.fix}`);
const warnings = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.line}:${d.column} ${d.message}`);

const REDIS_FIX = 'set redis.install: false (under `redis:`, beside `global`).';

describe('real-world CRs', () => {
  const files = readdirSync(join(FIXTURES, 'real-world'))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('are all twelve there', () => {
    expect(files).toHaveLength(12);
  });

  const expectedErrors: Record<string, string[]> = {
    '02-docs-kubernetes-airgapped-full-cr.yaml': [
      `real-world/02-docs-kubernetes-airgapped-full-cr.yaml:44:15 ${REDIS_FIX}`,
    ],
    '03-docs-operator-gcp-complete-example-cr.yaml': [
      `real-world/03-docs-operator-gcp-complete-example-cr.yaml:31:15 ${REDIS_FIX}`,
    ],
  };

  it.each(files)('%s has only the errors our documented choices make', (file) => {
    const built = build([`real-world/${file}`]);
    expect(errors(built.diagnostics)).toEqual(expectedErrors[file] ?? []);
  });

  it('09 warns about extraEnvs (not read by the chart) and the unquoted boolean env value', () => {
    const w = warnings(build(['real-world/09-terraform-google-wandb-rendered-spec-cr.yaml']).diagnostics);
    expect(w).toEqual(
      expect.arrayContaining([
        '62:7 the chart does not read `app.extraEnvs`; it reads `app.extraEnv` (singular)',
        '91:7 the chart does not read `weave.extraEnvs`; it reads `weave.extraEnv` (singular)',
        '46:9 the chart does not read `global.mysql.name`; it reads `global.mysql.database`',
        '29:38 `global.extraEnv.GORILLA_DISABLE_CODE_SAVING` is a boolean; environment values are strings',
      ]),
    );
  });

  it('11 warns about ingress.enabled', () => {
    const w = warnings(build(['real-world/11-unverified-thirdparty-alb-cr.yaml']).diagnostics);
    expect(w).toContain(
      '34:7 the chart does not read `ingress.enabled`; it reads `ingress.install` (deploy the ingress controller) and `ingress.create` (create the Ingress)',
    );
  });

  it('05 warns about top-level keys the chart does not have', () => {
    const w = warnings(build(['real-world/05-operator-v1-local-registry.yaml']).diagnostics);
    expect(w).toEqual(
      expect.arrayContaining([
        '67:5 unknown key `controller` in `spec.values`: operator-wandb 0.40.7 does not read it',
        '73:5 unknown key `weaveTrace` in `spec.values` — did you mean `weave-trace`?',
        '82:5 unknown key `opentelemetryCollector` in `spec.values`: operator-wandb 0.40.7 does not read it',
      ]),
    );
  });

  it("01b is the operator chart's values, not a CR: read as values, it only draws warnings", () => {
    const w = warnings(build(['real-world/01b-docs-operator-chart-values-airgapped.yaml']).diagnostics);
    expect(w).toEqual([
      // 0.43.8 has a helper that reads `.Values.image` with a subchart's values (mcp-server's), so `image`
      // itself is a key the chart reads, and only what is inside it is unknown.
      '5:3 unknown key `repository` in `image`: operator-wandb 0.43.8 does not read it',
      "7:1 the chart does not read `airgapped`; `airgapped` is a value of the operator's own chart (charts/operator), not of this resource",
    ]);
  });

  it('07 (spec: {}) is complete and clean', () => {
    const built = build(['real-world/07-operator-v1-minimal-empty-spec.yaml']);
    expect(built.diagnostics).toEqual([]);
    expect(built.cr.spec).toEqual({ values: {} });
    expect(built.cr.metadata).toEqual(expect.objectContaining({ name: 'wandb', namespace: 'wandb' }));
  });
});

describe('seed CR examples', () => {
  it.each([
    'seeds/001-operator-yaml-example.yaml',
    'seeds/001-complete-example.yaml',
    'seeds/003-airgapped-cr.yaml',
  ])('%s validates clean (warnings allowed)', (file) => {
    const built = build([file]);
    expect(errors(built.diagnostics)).toEqual([]);
    // Its inline license is flagged as a warning with the Secret form as the fix.
    expect(built.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        path: 'spec.values.global.license',
        fix: 'Keep it in a Kubernetes Secret and reference it with `global.licenseSecret: {name, key}`.',
      }),
    );
  });
});
