import { parse } from 'yaml';
import {
  accessRefusal,
  describeAccess,
  roleRules,
  v2AccessQuestions,
  type AccessQuestion,
} from '../../../src/apply/permissions.js';

const ref = { name: 'wandb', namespace: 'prod' };
const all = { cr: true, lease: true, lastGood: true };
const none = { cr: false, lease: false, lastGood: false };
const asked = (qs: AccessQuestion[]) =>
  qs.map((q) => `${q.verb} ${q.resource}${q.group ? `.${q.group}` : ''}${q.name ? `/${q.name}` : ''}`);

describe('v2AccessQuestions', () => {
  it('asks for an existing CR: read, watch and apply it, its Lease, its last-good Secret, and list/watch Jobs', () => {
    const { required, forRealRun } = v2AccessQuestions(ref, all, { dryRun: false, rollbackOnFailure: true });
    expect(forRealRun).toEqual([]);
    expect(asked(required)).toEqual([
      'get weightsandbiases.apps.wandb.com/wandb',
      'get secrets/wandb-last-good-spec',
      'list jobs.batch',
      'watch weightsandbiases.apps.wandb.com/wandb',
      'patch weightsandbiases.apps.wandb.com/wandb',
      'get leases.coordination.k8s.io/wandb-wandb-operator-actions',
      'update leases.coordination.k8s.io/wandb-wandb-operator-actions',
      'patch secrets/wandb-last-good-spec',
      'watch jobs.batch',
    ]);
    expect(required.every((q) => q.namespace === 'prod')).toBe(true);
  });

  it('asks to create what does not exist, a Lease without a name (a create carries none), and to delete a failed first install', () => {
    const { required } = v2AccessQuestions(ref, none, { dryRun: false, rollbackOnFailure: true });
    expect(asked(required)).toEqual(
      expect.arrayContaining([
        'create weightsandbiases.apps.wandb.com/wandb',
        'delete weightsandbiases.apps.wandb.com/wandb',
        'create leases.coordination.k8s.io',
        'create secrets/wandb-last-good-spec',
      ]),
    );
    const noRollback = v2AccessQuestions(ref, none, { dryRun: false, rollbackOnFailure: false });
    expect(asked(noRollback.required)).not.toContain('delete weightsandbiases.apps.wandb.com/wandb');
  });

  it('an object whose existence could not be read asks no create (the right to read it is what is missing)', () => {
    const { required } = v2AccessQuestions(ref, {}, { dryRun: false, rollbackOnFailure: true });
    expect(required.map((q) => q.verb)).not.toContain('create');
    expect(required.map((q) => q.verb)).not.toContain('delete');
  });

  it('a dry run requires what it reads (the CR, the last good spec, the migration Jobs); the rest is for a real run', () => {
    const { required, forRealRun } = v2AccessQuestions(ref, all, { dryRun: true, rollbackOnFailure: true });
    expect(asked(required)).toEqual([
      'get weightsandbiases.apps.wandb.com/wandb',
      'get secrets/wandb-last-good-spec',
      'list jobs.batch',
    ]);
    expect(asked(forRealRun)).toEqual(
      expect.arrayContaining(['watch jobs.batch', 'patch weightsandbiases.apps.wandb.com/wandb']),
    );
  });
});

describe('accessRefusal', () => {
  const { required } = v2AccessQuestions(ref, all, { dryRun: false, rollbackOnFailure: true });

  it('is nothing when every answer is yes', () => {
    expect(
      accessRefusal(
        ref,
        required,
        required.map(() => true),
        'state',
      ),
    ).toBeUndefined();
  });

  it('names the missing verbs with why, says nothing changed, and gives Role rules that grant exactly them', () => {
    const answers = required.map((q) => q.resource !== 'jobs');
    const refusal = accessRefusal(ref, required, answers, 'the live CR was not written.');
    expect(refusal?.message).toBe(
      "The kubeconfig's identity may not do what apply-cr needs for weightsandbiases/wandb (namespace prod): the API server (kubectl auth can-i) says no to list, watch jobs.batch (the v2 wait follows the migration Jobs). Nothing was changed: the live CR was not written.",
    );
    expect(refusal?.fix).toContain('Add these rules to a Role in namespace prod');
    expect(parse(refusal!.rules)).toEqual([
      { apiGroups: ['batch'], resources: ['jobs'], verbs: ['list', 'watch'] },
    ]);
  });

  it('an answer missing (fewer lines than questions) is a no', () => {
    const refusal = accessRefusal(ref, required, [true], 'x');
    expect(refusal?.denied).toHaveLength(required.length - 1);
  });
});

test('roleRules: one rule per resource and name, narrowed by resourceNames where RBAC can; valid YAML', () => {
  const { required } = v2AccessQuestions(ref, none, { dryRun: false, rollbackOnFailure: false });
  expect(parse(roleRules(required))).toEqual([
    {
      apiGroups: ['apps.wandb.com'],
      resources: ['weightsandbiases'],
      resourceNames: ['wandb'],
      verbs: ['get', 'watch', 'patch', 'create'],
    },
    {
      apiGroups: [''],
      resources: ['secrets'],
      resourceNames: ['wandb-last-good-spec'],
      verbs: ['get', 'patch', 'create'],
    },
    { apiGroups: ['batch'], resources: ['jobs'], verbs: ['list', 'watch'] },
    {
      apiGroups: ['coordination.k8s.io'],
      resources: ['leases'],
      resourceNames: ['wandb-wandb-operator-actions'],
      verbs: ['get', 'update'],
    },
    { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
  ]);
  expect(describeAccess(required)).toBe(
    'get, watch, patch, create weightsandbiases.apps.wandb.com/wandb; get, patch, create secrets/wandb-last-good-spec; list, watch jobs.batch; get, update leases.coordination.k8s.io/wandb-wandb-operator-actions; create leases.coordination.k8s.io',
  );
});
