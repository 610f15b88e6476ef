import { parseOptions } from '../../../src/commands/migrate/options.js';
import type { Context } from '../../../src/core/command.js';
import { UsageError } from '../../../src/core/inputs.js';
import { UserError } from '../../../src/core/errors.js';
import { v2PlanSummary } from '../../../src/migrate/summary.js';
import { convertToV2 } from '../../../src/migrate/to-v2.js';
import { cutoverRefusal, reviewedCrDecision, secretsPathFor } from '../../../src/migrate/v2-plan.js';

const PASSWORD = 'mysql-pw-plan-7d6c5b4a3f';
const conversion = () =>
  convertToV2({
    name: 'wandb',
    namespace: 'prod',
    chart: {},
    values: {
      global: {
        host: 'https://w.example.com',
        mysql: { host: 'db', password: PASSWORD },
        repositoryPrefix: 'x',
      },
      app: { image: { tag: '0.74.1' } },
    },
  });

describe('migrate --to v2: decisions around the conversion', () => {
  it('writes the Secrets beside the CR file', () => {
    expect(secretsPathFor('/work/deploy/wandb-v2.yaml')).toBe('/work/deploy/wandb-v2.secrets.yaml');
    expect(secretsPathFor('/work/cr')).toBe('/work/cr.secrets.yaml');
  });

  it('applies only a valid v2 CR that is the same object as the v1 CR migrated', () => {
    const migrated = { name: 'wandb', namespace: 'prod' };
    const { cr } = conversion();
    expect(reviewedCrDecision({ output: 'f.yaml', migrated, cr, hasErrors: false })).toEqual({
      crName: 'wandb',
      crNamespace: 'prod',
      crLabel: 'weightsandbiases/wandb (namespace prod)',
      hostname: 'https://w.example.com',
      blockers: [],
    });
    const renamed = { ...cr, metadata: { name: 'other', namespace: 'prod' } };
    expect(
      reviewedCrDecision({ output: 'f.yaml', migrated, cr: renamed, hasErrors: false }).blockers,
    ).toEqual([
      'f.yaml names weightsandbiases/other (namespace prod), but the v1 CR migrated is weightsandbiases/wandb (namespace prod): the v2 CR must be the same object.',
    ]);
    const v1 = { ...cr, apiVersion: 'apps.wandb.com/v1' };
    expect(reviewedCrDecision({ output: 'f.yaml', migrated, cr: v1, hasErrors: true }).blockers).toEqual([
      'f.yaml is not an apps.wandb.com/v2 CR (apiVersion apps.wandb.com/v1).',
      'f.yaml has errors (listed above); fix them first.',
    ]);
  });

  it('confirm is refused before the cluster without what verify needs, or with a blocked plan', () => {
    const given = { output: 'f.yaml', apiKey: true };
    expect(cutoverRefusal({ blockers: [], hostname: 'https://w' }, given)).toBeUndefined();
    expect(cutoverRefusal({ blockers: [] }, { ...given, host: 'https://w' })).toBeUndefined();
    expect(cutoverRefusal({ blockers: [], hostname: 'https://w' }, { ...given, apiKey: false })?.reason).toBe(
      'verify must pass before the migration to v2 counts as done, and it cannot run: no api-key was given.',
    );
    expect(cutoverRefusal({ blockers: [] }, { ...given, apiKey: false })?.reason).toContain(
      'no api-key and no host was given',
    );
    expect(cutoverRefusal({ blockers: ['f.yaml has errors.'] }, given)).toEqual({
      reason: 'f.yaml has errors.',
      fix: 'Fix f.yaml (or remove it to have it written afresh) and run again.',
    });
  });

  it('the summary names where each value went and which Secret key holds a moved one, never its value', () => {
    const text = v2PlanSummary({
      source: 'weightsandbiases/wandb (namespace prod)',
      crLabel: 'weightsandbiases/wandb (namespace prod)',
      output: 'wandb-v2.yaml',
      secretsFile: 'wandb-v2.secrets.yaml',
      conversion: conversion(),
      blockers: ['wandb-v2.yaml has errors (listed above); fix them first.'],
    });
    expect(text).toContain('### migrate to operator v2');
    expect(text).toContain('Pinned version: `0.74.1`.');
    expect(text).toContain(
      '| `global.mysql.password` | `spec.mysql.default.externalMysql.password` | Secret `wandb-v2-mysql`, key `Password` |',
    );
    expect(text).toContain('| `app.image.tag` | `spec.wandb.version` | |');
    expect(text).toContain('- `wandb-v2-mysql`: `Host`, `Password`');
    expect(text).toContain('**Not carried over** (1; review each):');
    expect(text).toContain('- `global.repositoryPrefix`: v2 has no repository prefix');
    expect(text).toContain('> **Blocked:** wandb-v2.yaml has errors');
    expect(text).not.toContain(PASSWORD);
  });
});

describe('migrate options: to', () => {
  const ctx = { cwd: '/work' } as Context;
  it('defaults to operator, takes v2, and says what it takes otherwise (a usage error)', () => {
    expect(parseOptions({}, ctx).to).toBe('operator');
    expect(parseOptions({ to: 'v2' }, ctx).to).toBe('v2');
    expect(() => parseOptions({ to: 'v3' }, ctx)).toThrow(UsageError);
    expect(() => parseOptions({ to: 'v3' }, ctx)).toThrow("'to' is 'v3': migrate moves to 'operator'");
    let caught: unknown;
    try {
      parseOptions({ to: 'operater' }, ctx);
    } catch (error) {
      caught = error;
    }
    expect((caught as UserError).fix).toBe("Set 'to' to 'operator'.");
  });

  it('remove-old belongs to the operator path', () => {
    expect(() => parseOptions({ to: 'v2', 'remove-old': true }, ctx)).toThrow(
      "'remove-old' belongs to the move from the legacy chart",
    );
  });
});
