import { notReadyReasons, type Deployment } from '../../../src/install/controller.js';
import { planInstall } from '../../../src/install/plan.js';
import {
  describePlan,
  directionLine,
  failureSummary,
  successSummary,
  valuesLine,
} from '../../../src/install/summary.js';

const where = { release: 'operator', namespace: 'wandb-cr', chartRepo: 'https://charts.wandb.ai' };
const upgrade = planInstall({
  previous: { revision: 1, status: 'deployed', chartVersion: '1.4.2' },
  previousValues: { nameOverride: 'x', image: { tag: '1.20.0' } },
  files: {},
  inputs: {},
  version: '1.4.8',
  allowDowngrade: false,
});

test('an upgrade says the earlier values were kept, in the log and the summary', () => {
  expect(directionLine(upgrade)).toBe('Upgrading the operator chart 1.4.2 → 1.4.8; earlier values are kept.');
  expect(valuesLine(upgrade)).toBe('earlier values kept (from revision 1): image.tag, nameOverride');
  const summary = successSummary({
    plan: upgrade,
    where,
    revision: 2,
    image: 'wandb/controller:1.20.0',
    serverVersion: 'v1.20.2',
    airgapped: false,
  });
  expect(summary).toContain('| Values | earlier values kept (from revision 1): image.tag, nameOverride |');
  expect(summary).toContain(
    '| Result | upgrade operator 1.4.2 (revision 1, deployed) to 1.4.8; values unchanged |',
  );
  expect(summary).toContain('> Upgrading the operator does not upgrade W&B Server');
});

test('a downgrade is called a downgrade', () => {
  const down = planInstall({
    previous: { revision: 2, status: 'deployed', chartVersion: '1.4.8' },
    previousValues: {},
    files: {},
    inputs: {},
    version: '1.4.2',
    allowDowngrade: true,
  });
  expect(describePlan(down, where)).toBe(
    'downgrade operator 1.4.8 (revision 2, deployed) to 1.4.2 (allow-downgrade); values unchanged',
  );
  expect(directionLine(down)).toBe('Downgrading the operator chart 1.4.8 → 1.4.2.');
});

test('the failure summary says what was tried, why and the state left, quoting the reasons', () => {
  const text = failureSummary({
    plan: upgrade,
    where,
    why: 'The operator controller was not ready within the 20 s timeout',
    reasons: ['pod x-1: ImagePullBackOff (Back-off pulling image "wandb/controller:0.0.0")'],
    state: "Rolled back: release 'operator' runs revision 1's chart and values again",
  });
  expect(text).toContain('### install-operator: failed');
  expect(text).toContain('| State left | Rolled back: release');
  expect(text).toContain('pod x-1: ImagePullBackOff');
});

test('notReadyReasons: waiting pods first, false conditions, Warning events about the Deployment only', () => {
  const deployment = {
    metadata: { name: 'wandb-controller-manager' },
    spec: { template: { spec: { containers: [] } } },
    status: { conditions: [{ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' }] },
  } as Deployment;
  const reasons = notReadyReasons(
    deployment,
    [
      { metadata: { name: 'old' }, status: { phase: 'Running', containerStatuses: [] } },
      {
        metadata: { name: 'new' },
        status: {
          phase: 'Pending',
          containerStatuses: [{ name: 'manager', state: { waiting: { reason: 'ErrImagePull' } } }],
        },
      },
    ],
    [
      {
        type: 'Warning',
        reason: 'Failed',
        message: 'pull denied',
        involvedObject: { kind: 'Pod', name: 'wandb-controller-manager-abc' },
      },
      {
        type: 'Warning',
        reason: 'Other',
        message: 'x',
        involvedObject: { kind: 'Pod', name: 'someone-else' },
      },
      {
        type: 'Normal',
        reason: 'Scheduled',
        involvedObject: { kind: 'Pod', name: 'wandb-controller-manager-abc' },
      },
    ],
  );
  expect(reasons).toEqual([
    'pod new: ErrImagePull',
    'pod old: Running',
    'deployment condition Available=False: MinimumReplicasUnavailable',
    'event Pod/wandb-controller-manager-abc: Failed: pull denied',
  ]);
});

test('valuesLine tells kept values apart from values given again and from none at all', () => {
  const previous = { revision: 4, status: 'deployed', chartVersion: '1.4.8' };
  const base = { previous, files: {}, inputs: {}, version: '1.4.8', allowDowngrade: false };
  expect(valuesLine(planInstall({ ...base, previousValues: {} }))).toBe('no earlier values');
  expect(valuesLine(planInstall({ ...base, previousValues: { a: 1 }, files: { a: 2 } }))).toBe(
    'every earlier value is given again by this run; changed: a',
  );
  expect(valuesLine(planInstall({ ...base, previousValues: { a: 1, b: 2 }, files: { a: 1 } }))).toBe(
    'earlier values kept (from revision 4): b',
  );
});
