import { decideLease, holderIdentity, leaseName } from '../../../src/kube/lease.js';
import { sameConfiguration } from '../../../src/apply/apply.js';
import {
  MIN_TIMEOUT_SECONDS,
  assessLive,
  liveSpecSentence,
  splitUntil,
  timeoutProblem,
  type ClusterSnapshot,
} from '../../../src/apply/rollout.js';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const ready = {
  kind: 'Deployment' as const,
  name: 'wandb-app',
  generation: 2,
  observedGeneration: 2,
  replicas: 1,
  currentReplicas: 1,
  updatedReplicas: 1,
  readyReplicas: 1,
  availableReplicas: 1,
};

describe('decideLease', () => {
  test('no Lease, a released one, or our own: taken', () => {
    expect(decideLease(undefined, 'me', NOW)).toEqual({ take: true, how: 'new' });
    expect(decideLease({ holder: undefined }, 'me', NOW)).toEqual({ take: true, how: 'free' });
    expect(decideLease({ holder: 'me', renewTime: '2026-12-05T11:59:59Z' }, 'me', NOW)).toEqual({
      take: true,
      how: 'ours',
    });
  });

  test('held and renewed within its duration: refused, with who holds it, since when and for how long', () => {
    const verdict = decideLease(
      {
        holder: 'github run 42/1, runner-1 pid 7',
        acquireTime: '2026-12-05T11:58:00.000000Z',
        renewTime: '2026-12-05T11:59:50.000000Z',
        durationSeconds: 30,
      },
      'me',
      NOW,
    );
    expect(verdict).toEqual({
      take: false,
      holder: 'github run 42/1, runner-1 pid 7',
      since: '2026-12-05T11:58:00.000000Z',
      renewed: '2026-12-05T11:59:50.000000Z',
      expiresInSeconds: 20,
    });
  });

  test('not renewed within its duration: taken over', () => {
    expect(
      decideLease({ holder: 'gone', renewTime: '2026-12-05T11:59:29Z', durationSeconds: 30 }, 'me', NOW),
    ).toEqual({ take: true, how: 'expired' });
  });
});

test('holderIdentity names the GitHub run when there is one, and always host and pid', () => {
  expect(
    holderIdentity(
      { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2', GITHUB_REPOSITORY: 'o/r' },
      7,
      'h',
      'ab12',
    ),
  ).toBe('github run 42/2 (o/r), h pid 7 run ab12');
  expect(holderIdentity({}, 7, 'h', 'ab12')).toBe('h pid 7 run ab12');
  expect(holderIdentity({})).not.toBe(holderIdentity({}));
  expect(leaseName('wandb')).toBe('wandb-wandb-operator-actions');
});

describe('timeoutProblem', () => {
  test.each([0, -1, Number.NaN])('%s is refused', (value) => {
    expect(timeoutProblem(value, false)).toMatch(/must be a positive number/);
  });
  test('below the minimum with rollback: refused, saying the minimum; without rollback: taken', () => {
    expect(timeoutProblem(0.4, true)).toContain(`at least ${MIN_TIMEOUT_SECONDS} s`);
    expect(timeoutProblem(0.4, false)).toBeUndefined();
    expect(timeoutProblem(20, true)).toBeUndefined();
  });
});

test('splitUntil: what was spent before the apply comes out of the same deadline', () => {
  expect(splitUntil(5_000, 15_000)).toEqual({ forwardBy: 11_000, rollbackBy: 15_000 });
  expect(splitUntil(20_000, 15_000)).toEqual({ forwardBy: 20_000, rollbackBy: 20_000 });
});

describe('assessLive (the "no changes" check)', () => {
  const snapshot = (over: Partial<ClusterSnapshot>): ClusterSnapshot => ({
    phase: 'Completed',
    workloads: [ready],
    events: [],
    ...over,
  });
  test('Completed with every workload ready: rolled out', () => {
    expect(assessLive(snapshot({}))).toEqual({ state: 'succeeded' });
  });
  test('Invalid Config fails at once, quoting the operator', () => {
    const verdict = assessLive(
      snapshot({
        phase: 'Invalid Config',
        events: [{ type: 'Warning', reason: 'ApplyFailed', message: 'Invalid config for apply', time: '' }],
      }),
    );
    expect(verdict).toEqual({
      state: 'failed',
      reason: "The operator has phase 'Invalid Config' for it.",
      operatorMessages: ['ApplyFailed: Invalid config for apply'],
    });
  });
  test('a workload that gave up fails; one still rolling is waited for', () => {
    expect(
      assessLive(snapshot({ workloads: [{ ...ready, failedReason: 'ProgressDeadlineExceeded' }] })).state,
    ).toBe('failed');
    expect(assessLive(snapshot({ phase: 'Loading', workloads: [{ ...ready, readyReplicas: 0 }] }))).toEqual({
      state: 'waiting',
      pending: ['phase Completed (now Loading)', 'deployment/wandb-app 0/1 ready, 1 updated'],
    });
  });
});

test('liveSpecSentence names the live spec and the next step', () => {
  const ref = { name: 'wandb', namespace: 'prod' };
  expect(liveSpecSentence('new', ref)).toMatch(/^Live spec: the NEW one/);
  expect(liveSpecSentence('previous', ref)).toMatch(/^Live spec: the PREVIOUS one/);
  expect(liveSpecSentence('none', ref)).toMatch(/^Live spec: none/);
  expect(liveSpecSentence('unknown', ref)).toContain("'kubectl get weightsandbiases wandb -n prod -o yaml'");
});

describe('sameConfiguration and nulls', () => {
  const cr = (values: Record<string, unknown>) => ({
    apiVersion: 'apps.wandb.com/v1',
    kind: 'WeightsAndBiases',
    metadata: { name: 'wandb', namespace: 'wandb' },
    spec: { values },
  });
  it('a null the live CR lacks is a change (it removes a chart default), one it has is not', () => {
    const desired = cr({ global: { bucket: { kmsKey: null, name: 'b' } } });
    expect(sameConfiguration(cr({ global: { bucket: { name: 'b' } } }), desired)).toBe(false);
    expect(sameConfiguration(cr({ global: { bucket: { kmsKey: null, name: 'b' } } }), desired)).toBe(true);
  });
});
