import {
  RolloutTracker,
  splitDeadline,
  type ClusterSnapshot,
  type WorkloadState,
} from '../../../src/apply/rollout.js';

const appliedAt = '2026-11-23T10:00:00Z';
const ready = (name: string, over: Partial<WorkloadState> = {}): WorkloadState => ({
  kind: 'Deployment',
  name,
  generation: 2,
  observedGeneration: 2,
  replicas: 1,
  currentReplicas: 1,
  updatedReplicas: 1,
  readyReplicas: 1,
  availableReplicas: 1,
  ...over,
});
const snap = (over: Partial<ClusterSnapshot>): ClusterSnapshot => ({ workloads: [], events: [], ...over });

describe('RolloutTracker', () => {
  it('waits for the operator to take the change even when the old state looks Completed and ready', () => {
    const tracker = new RolloutTracker({ phase: 'Completed', specActiveVersion: '10', appliedAt });
    const verdict = tracker.observe(
      snap({ phase: 'Completed', specActiveVersion: '10', workloads: [ready('wandb-app')] }),
    );
    expect(verdict).toEqual({
      state: 'waiting',
      pending: ['the operator to take the change (spec-active Secret or phase Loading)'],
    });
  });

  it('does not call Completed ready while a workload is still rolling', () => {
    const tracker = new RolloutTracker({ phase: 'Completed', specActiveVersion: '10', appliedAt });
    const verdict = tracker.observe(
      snap({
        phase: 'Completed',
        specActiveVersion: '11',
        workloads: [ready('wandb-app', { updatedReplicas: 0, readyReplicas: 0 })],
      }),
    );
    expect(verdict).toEqual({
      state: 'waiting',
      pending: ['deployment/wandb-app 0/1 ready, 0 updated, 1 old'],
    });
  });

  it('does not count an old ready pod as the new version being ready', () => {
    const tracker = new RolloutTracker({ phase: 'Completed', specActiveVersion: '10', appliedAt });
    const verdict = tracker.observe(
      snap({
        phase: 'Completed',
        specActiveVersion: '11',
        workloads: [
          ready('wandb-app', {
            currentReplicas: 2,
            updatedReplicas: 1,
            readyReplicas: 1,
            availableReplicas: 1,
          }),
        ],
        podProblems: ['pod/wandb-app-7d9f: ImagePullBackOff'],
      }),
    );
    expect(verdict).toEqual({
      state: 'waiting',
      pending: ['deployment/wandb-app 1/1 ready, 1 updated, 1 old', 'pod/wandb-app-7d9f: ImagePullBackOff'],
    });
  });

  it('succeeds once the change is taken, the phase is Completed and every workload is rolled out', () => {
    const tracker = new RolloutTracker({ phase: undefined, specActiveVersion: undefined, appliedAt });
    expect(tracker.observe(snap({ phase: 'Loading' })).state).toBe('waiting');
    expect(
      tracker.observe(
        snap({ phase: 'Completed', specActiveVersion: '5', workloads: [ready('a'), ready('b')] }),
      ),
    ).toEqual({
      state: 'succeeded',
    });
  });

  it('fails on a fresh Invalid Config and quotes the operator', () => {
    const tracker = new RolloutTracker({ phase: 'Completed', specActiveVersion: '10', appliedAt });
    const verdict = tracker.observe(
      snap({
        phase: 'Invalid Config',
        events: [
          {
            reason: 'ApplyFailed',
            message: 'Invalid config for apply',
            type: 'Warning',
            time: '2026-11-23T10:00:03Z',
          },
          {
            reason: 'ApplyFailed',
            message: 'an older failure',
            type: 'Warning',
            time: '2026-11-23T09:00:00Z',
          },
        ],
      }),
    );
    expect(verdict).toEqual({
      state: 'failed',
      reason: "The operator set phase 'Invalid Config'.",
      operatorMessages: ['ApplyFailed: Invalid config for apply'],
    });
  });

  it('does not blame this change for an Invalid Config that was there before, until the operator reacts', () => {
    const tracker = new RolloutTracker({ phase: 'Invalid Config', specActiveVersion: '10', appliedAt });
    expect(tracker.observe(snap({ phase: 'Invalid Config' })).state).toBe('waiting');
    expect(tracker.observe(snap({ phase: 'Loading' })).state).toBe('waiting');
    expect(tracker.observe(snap({ phase: 'Invalid Config' })).state).toBe('failed');
  });

  it('does not take the failure event of the change before for this one, even in the same second', () => {
    // A rollback applied within a second of the failed change: the old Warning has the same whole-second time.
    const old = { type: 'Warning', reason: 'InvalidConfig', message: 'render failed', time: appliedAt };
    const tracker = new RolloutTracker({
      phase: 'Invalid Config',
      specActiveVersion: '10',
      appliedAt,
      eventsBefore: [old],
    });
    expect(tracker.observe(snap({ phase: 'Invalid Config', events: [old] })).state).toBe('waiting');
    // The same failure again (a new occurrence, a later time) is this change's.
    const again = { ...old, time: '2026-11-23T10:00:03Z' };
    expect(tracker.observe(snap({ phase: 'Invalid Config', events: [again] })).state).toBe('failed');
  });

  it('accepts a rollback the operator answers with "No changes found": Invalid Config straight to Completed', () => {
    const tracker = new RolloutTracker({ phase: 'Invalid Config', specActiveVersion: '10', appliedAt });
    expect(
      tracker.observe(snap({ phase: 'Invalid Config', specActiveVersion: '10', workloads: [ready('a')] }))
        .state,
    ).toBe('waiting');
    expect(
      tracker.observe(snap({ phase: 'Completed', specActiveVersion: '10', workloads: [ready('a')] })),
    ).toEqual({
      state: 'succeeded',
    });
  });

  it('fails when Kubernetes gives up on a workload', () => {
    const tracker = new RolloutTracker({ phase: 'Completed', specActiveVersion: '1', appliedAt });
    const verdict = tracker.observe(
      snap({
        phase: 'Completed',
        specActiveVersion: '2',
        workloads: [ready('wandb-app', { failedReason: 'ProgressDeadlineExceeded' })],
      }),
    );
    expect(verdict).toMatchObject({
      state: 'failed',
      reason: 'Workloads failed to roll out: deployment/wandb-app (ProgressDeadlineExceeded).',
    });
  });
});

test('the deadline is shared: 60% for the rollout, the rest for a rollback', () => {
  expect(splitDeadline(1000, 100)).toEqual({ forwardBy: 61000, rollbackBy: 101000 });
});
