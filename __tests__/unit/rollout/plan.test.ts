import { parseFleet } from '../../../src/rollout/fleet.js';
import { planJson, selectStages } from '../../../src/rollout/plan.js';

const fleet = parseFleet(
  'deploy/fleet.yaml',
  `stages: [dev, staging, production]
instances:
  - {name: dev, stage: dev, context: dev, namespace: wandb, config: [base.yaml]}
  - {name: staging, stage: staging, kubeconfig-env: KUBE_STAGING, namespace: wandb, config: [base.yaml]}
  - {name: prod-eu, stage: production, kubeconfig-env: KUBE_EU, namespace: wandb, config: [base.yaml]}
  - {name: prod-us, stage: production, kubeconfig-env: KUBE_US, namespace: wandb, config: [base.yaml]}
`,
).fleet!;

describe('planJson', () => {
  it('lists stages in order with a matrix each, and one matrix for the whole fleet', () => {
    const plan = planJson(fleet, 'deploy/fleet.yaml');
    expect(plan.stages.map((s) => [s.name, s.index, s.last, s.instances])).toEqual([
      ['dev', 1, false, ['dev']],
      ['staging', 2, false, ['staging']],
      ['production', 3, true, ['prod-eu', 'prod-us']],
    ]);
    expect(plan.stages[2].matrix).toEqual({
      include: [
        { stage: 'production', instance: 'prod-eu', index: 3, namespace: 'wandb' },
        { stage: 'production', instance: 'prod-us', index: 3, namespace: 'wandb' },
      ],
    });
    expect(plan.matrix.include.map((e) => `${e.index}:${e.instance}`)).toEqual([
      '1:dev',
      '2:staging',
      '3:prod-eu',
      '3:prod-us',
    ]);
    // Only names: nothing that references a secret's content, and variable names are not needed by a matrix.
    expect(JSON.stringify(plan)).not.toContain('KUBE_');
  });
});

describe('selectStages', () => {
  it('selects everything by default', () => {
    const selection = selectStages(fleet, {});
    expect(selection.partial).toBe(false);
    expect(selection.stages.map((s) => s.selected.length)).toEqual([1, 1, 2]);
    expect(selection.stages.map((s) => s.last)).toEqual([false, false, true]);
  });

  it('narrows to one stage or one instance of it', () => {
    expect(
      selectStages(fleet, { stage: 'production' }).stages.map((s) => s.selected.map((i) => i.name)),
    ).toEqual([[], [], ['prod-eu', 'prod-us']]);
    expect(
      selectStages(fleet, { stage: 'production', instance: 'prod-us' }).stages[2].selected.map((i) => i.name),
    ).toEqual(['prod-us']);
    expect(selectStages(fleet, { instance: 'dev' }).stages[0].selected.map((i) => i.name)).toEqual(['dev']);
  });

  it('names what exists when asked for something else', () => {
    expect(() => selectStages(fleet, { stage: 'prod' })).toThrow(
      "only-stage 'prod' is not a stage of deploy/fleet.yaml.",
    );
    expect(() => selectStages(fleet, { stage: 'stagng' })).toThrow(
      expect.objectContaining({
        fix: "Did you mean 'staging'? The stages, in order: dev, staging, production.",
      }),
    );
    expect(() => selectStages(fleet, { instance: 'prod-ap' })).toThrow(
      "only-instance 'prod-ap' is not an instance",
    );
    expect(() => selectStages(fleet, { stage: 'dev', instance: 'prod-eu' })).toThrow(
      "Instance 'prod-eu' is in stage 'production', not 'dev'.",
    );
  });
});
