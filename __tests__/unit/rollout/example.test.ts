import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildConfig, formatDiagnostic } from '../../../src/config/index.js';
import { formatFleetProblem, parseFleet } from '../../../src/rollout/fleet.js';
import { planJson } from '../../../src/rollout/plan.js';

const FLEET = 'examples/fleet.yml';

describe(FLEET, () => {
  it('is a valid fleet whose every instance configuration is valid', () => {
    const parsed = parseFleet(FLEET, readFileSync(FLEET, 'utf8'));
    expect(parsed.problems.map(formatFleetProblem)).toEqual([]);
    const fleet = parsed.fleet!;
    expect(planJson(fleet, FLEET).matrix.include.map((e) => `${e.stage}/${e.instance}`)).toEqual([
      'dev/dev',
      'staging/staging',
      'production/prod-eu',
    ]);
    for (const instance of fleet.instances) {
      const files = instance.config.map((c) => {
        const path = join(dirname(FLEET), c.path);
        return { path, text: readFileSync(path, 'utf8') };
      });
      const built = buildConfig(files, [...instance.set, `metadata.namespace=${instance.namespace}`], {
        name: 'wandb',
        namespace: instance.namespace,
      });
      const errors = built.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      expect([instance.name, errors]).toEqual([instance.name, []]);
      expect((built.cr.metadata as { namespace: string }).namespace).toBe(instance.namespace);
    }
  });
});
