import { renderSummary, rolloutOutcome, type StageReport } from '../../../src/rollout/summary.js';

const failedRun: StageReport[] = [
  {
    name: 'canary',
    index: 1,
    result: 'failed',
    instances: [
      {
        instance: 'dev',
        namespace: 'wandb',
        result: 'restored',
        previousVersion: '0.74.1',
        version: '0.75.0',
        detail: 'rolled out; the previous CR was re-applied',
      },
      {
        instance: 'dev-eu',
        namespace: 'wandb',
        result: 'rolled-back',
        previousVersion: '0.74.1',
        version: '0.75.0',
        detail: "The operator set phase 'Invalid Config'. | quoted",
      },
    ],
  },
  {
    name: 'production',
    index: 2,
    result: 'not-reached',
    instances: [{ instance: 'prod', namespace: 'wandb', result: 'not-reached', detail: 'not started' }],
  },
];

describe('rolloutOutcome', () => {
  it('names the failed stage and counts completed ones', () => {
    expect(rolloutOutcome(failedRun, false)).toEqual({
      result: 'failed',
      stagesCompleted: 0,
      failedStage: 'canary',
    });
    const good: StageReport[] = [
      { ...failedRun[0], result: 'succeeded' },
      { ...failedRun[1], result: 'succeeded' },
    ];
    expect(rolloutOutcome(good, false)).toEqual({ result: 'succeeded', stagesCompleted: 2, failedStage: '' });
    expect(rolloutOutcome([{ ...failedRun[0], result: 'dry-run' }], true)).toEqual({
      result: 'dry-run',
      stagesCompleted: 0,
      failedStage: '',
    });
  });
});

describe('renderSummary', () => {
  it('shows every stage and instance with its result, pipes escaped', () => {
    const text = renderSummary({
      fleet: 'fleet.yaml',
      stages: failedRun,
      outcome: rolloutOutcome(failedRun, false),
      bakeSeconds: 300,
      partial: undefined,
    });
    expect(text).toContain('### rollout: failed in stage canary');
    expect(text).toContain('Promotion stopped at stage **canary**: later stages were not touched.');
    expect(text).toContain(
      '| 1. canary | ❌ failed | dev | wandb | ↩️ restored | 0.74.1 → 0.75.0 |  | rolled out; the previous CR was re-applied |',
    );
    expect(text).toContain(
      "|  |  | dev-eu | wandb | ❌ rolled back | 0.74.1 → 0.75.0 |  | The operator set phase 'Invalid Config'. \\| quoted |",
    );
    expect(text).toContain(
      '| 2. production | ⏸️ not reached | prod | wandb | ⏸️ not reached |  |  | not started |',
    );
  });

  it('says which part of the fleet a matrix leg covered', () => {
    const stages: StageReport[] = [
      {
        name: 'production',
        index: 3,
        result: 'succeeded',
        instances: [{ instance: 'prod', namespace: 'w', result: 'no-changes', version: '0.75.0' }],
      },
    ];
    const text = renderSummary({
      fleet: 'f.yaml',
      stages,
      outcome: rolloutOutcome(stages, false),
      bakeSeconds: 60,
      partial: 'only stage production',
    });
    expect(text).toContain('Fleet `f.yaml` (only stage production); 1 stage(s) completed; bake time 60 s.');
    expect(text).toContain('| ✅ no changes | 0.75.0 |');
  });
});
