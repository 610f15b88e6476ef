import { parseOptions } from '../../../src/commands/migrate/options.js';
import type { Context } from '../../../src/core/command.js';
import { UsageError } from '../../../src/core/inputs.js';
import { UserError } from '../../../src/core/errors.js';
import { v2PlanSummary } from '../../../src/migrate/summary.js';
import { convertToV2 } from '../../../src/migrate/to-v2.js';
import {
  crNotPassedState,
  cutoverRefusal,
  reviewedCrDecision,
  secretsFailedState,
  secretsFileNote,
  secretsPathFor,
  secretsPlacement,
  unverifiedState,
} from '../../../src/migrate/v2-plan.js';

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

  it('keeps the Secrets out of a checkout: a private temp directory under Actions or in a work tree that does not ignore them', () => {
    const output = '/repo/deploy/wandb-v2.yaml';
    expect(secretsPlacement({ output, actions: true, git: 'ignored' })).toMatchObject({
      where: 'temp',
      name: 'wandb-v2.secrets.yaml',
      why: expect.stringContaining('under GitHub Actions'),
    });
    expect(secretsPlacement({ output, actions: false, git: 'not-ignored' })).toMatchObject({
      where: 'temp',
      why: '/repo/deploy is in a git work tree that does not ignore wandb-v2.secrets.yaml, so not beside the CR',
    });
    expect(secretsPlacement({ output, actions: false, git: 'ignored' })).toMatchObject({
      where: 'beside',
      path: '/repo/deploy/wandb-v2.secrets.yaml',
    });
    expect(secretsPlacement({ output, actions: false, git: 'outside' })).toMatchObject({
      where: 'beside',
      path: '/repo/deploy/wandb-v2.secrets.yaml',
    });
    // A path the user names is used as it is, even under Actions.
    expect(secretsPlacement({ output, given: '/secure/s.yaml', actions: true, git: 'not-ignored' })).toEqual({
      where: 'given',
      path: '/secure/s.yaml',
      name: 's.yaml',
      why: 'secrets-output names it',
    });
    // The CR's header names the file, never a temporary path: reruns write the same bytes.
    expect(secretsFileNote(output)).toBe(
      "wandb-v2.secrets.yaml, at the path migrate's secrets-path output gives",
    );
    expect(secretsFileNote(output, '/secure/s.yaml')).toBe(
      "s.yaml, at the path migrate's secrets-path output gives",
    );
  });

  it('secrets-output is resolved against the working directory', () => {
    const ctx = { cwd: '/work' } as Context;
    expect(parseOptions({ to: 'v2', 'secrets-output': 'private/s.yaml' }, ctx).secretsOutput).toBe(
      '/work/private/s.yaml',
    );
    expect(parseOptions({ to: 'v2' }, ctx).secretsOutput).toBeUndefined();
  });

  it('says what a failed Secrets apply left: which of them exist', () => {
    const names = ['w-v2-license', 'w-v2-mysql', 'w-v2-bucket'];
    expect(secretsFailedState(names, ['w-v2-license'])).toBe(
      'State: the Secret w-v2-license exists now, w-v2-mysql, w-v2-bucket not; the v2 CR was not applied (the CR in the cluster is as it was before this run). A rerun with confirm: true applies them again.',
    );
    expect(secretsFailedState(names, [])).toContain(
      'State: none of the Secrets w-v2-license, w-v2-mysql, w-v2-bucket exists;',
    );
    expect(secretsFailedState(names, undefined)).toContain(
      'State: some of the Secrets w-v2-license, w-v2-mysql, w-v2-bucket may exist now',
    );
  });

  it('says what a CR that did not pass left, from the cluster, and promises no retry', () => {
    const base = { name: 'wandb', namespace: 'prod', secrets: ['wandb-v2-mysql'] };
    const applied = crNotPassedState({ ...base, cr: 'applied' });
    expect(applied).toMatch(/^State: the v2 CR is applied and stays applied/);
    expect(applied).toContain('The Secrets wandb-v2-mysql exist.');
    expect(applied).toContain('kubectl describe weightsandbiases.apps.wandb.com wandb -n prod');
    expect(applied).toContain('kubectl logs -n prod job/<name>');
    expect(applied).toContain('does not by itself make the operator retry');
    const notApplied = crNotPassedState({ ...base, cr: 'not-applied' });
    expect(notApplied).toMatch(/^State: the v2 CR was not applied/);
    expect(notApplied).not.toContain('stays applied');
    expect(crNotPassedState({ ...base, cr: 'unknown' })).toMatch(
      /^State: unknown: the v2 CR could not be read back/,
    );
  });

  it('after a failed verify, says the legacy annotations hold values with secrets referenced or masked', () => {
    const state = unverifiedState(['wandb-v2-mysql']);
    expect(state).toContain('State: the v2 CR stays applied and the Secrets wandb-v2-mysql exist.');
    expect(state).toContain(
      'with every secret referenced (moved into the Secrets) or masked: not the original values',
    );
    expect(state).not.toMatch(/v1 chart and values are kept/);
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
