import { UsageError } from '../../../src/core/inputs.js';
import {
  isDowngrade,
  planInstall,
  rollbackReserveMs,
  undoFor,
  type PlanInput,
} from '../../../src/install/plan.js';

const deployed = (chartVersion: string, revision = 3) => ({ revision, status: 'deployed', chartVersion });

function input(over: Partial<PlanInput>): PlanInput {
  return {
    previousValues: {},
    files: {},
    inputs: {},
    version: '1.4.8',
    allowDowngrade: false,
    ...over,
  };
}

describe('planInstall', () => {
  test('no release: install, every given value is a change, nothing kept', () => {
    const plan = planInstall(input({ files: { nameOverride: 'x' }, inputs: { image: { tag: '1.21.3' } } }));
    expect(plan).toMatchObject({
      action: 'install',
      changed: ['image.tag', 'nameOverride'],
      kept: [],
      values: { nameOverride: 'x', image: { tag: '1.21.3' } },
    });
  });

  test('newer chart: upgrade, earlier values the run does not set are kept and listed', () => {
    const plan = planInstall(
      input({
        previous: deployed('1.4.2'),
        previousValues: {
          nameOverride: 'x',
          image: { tag: '1.20.0' },
          extraEnv: [{ name: 'A', value: '1' }],
        },
        inputs: { image: { tag: '1.21.3' } },
      }),
    );
    expect(plan.action).toBe('upgrade');
    expect(plan.kept).toEqual(['extraEnv', 'nameOverride']);
    expect(plan.changed).toEqual(['image.tag']);
    expect(plan.values).toEqual({
      nameOverride: 'x',
      image: { tag: '1.21.3' },
      extraEnv: [{ name: 'A', value: '1' }],
    });
  });

  test('older chart: refused as a downgrade (a usage error naming allow-downgrade), allowed with it', () => {
    const asked = input({ previous: deployed('1.4.8'), version: '1.4.2' });
    let error: unknown;
    try {
      planInstall(asked);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(
      'This is a downgrade: release at operator chart 1.4.8 (revision 3), and 1.4.2 was asked for. Nothing was changed.',
    );
    expect((error as UsageError).fix).toContain("Set 'allow-downgrade: true'");
    expect(planInstall({ ...asked, allowDowngrade: true }).action).toBe('downgrade');
  });

  test('same chart: reconfigure when values differ or the release is not deployed, else nothing', () => {
    const previous = deployed('1.4.8');
    expect(planInstall(input({ previous, previousValues: { a: 1 }, files: { a: 1 } })).action).toBe('none');
    expect(planInstall(input({ previous, previousValues: { a: 1 }, files: { a: 2 } }))).toMatchObject({
      action: 'reconfigure',
      changed: ['a'],
    });
    expect(planInstall(input({ previous: { ...previous, status: 'failed' } })).action).toBe('reconfigure');
  });

  test('isDowngrade follows semver, pre-releases included', () => {
    expect(isDowngrade('1.4.8', '1.4.2')).toBe(true);
    expect(isDowngrade('1.4.2', '1.4.8')).toBe(false);
    expect(isDowngrade('1.10.0', '1.9.9')).toBe(true);
    expect(isDowngrade('1.4.8', '1.4.8-rc.1')).toBe(true);
    expect(isDowngrade('1.4.8', '1.4.8')).toBe(false);
  });
});

describe('undoFor', () => {
  const h = (revision: number, status: string, chart = 'operator-1.4.8') => ({ revision, status, chart });

  test('a first install that recorded a revision is uninstalled', () => {
    expect(undoFor(undefined, [h(1, 'deployed')])).toEqual({ kind: 'uninstall' });
    expect(undoFor(undefined, [h(1, 'failed')])).toEqual({ kind: 'uninstall' });
  });

  test('nothing recorded: nothing to undo', () => {
    expect(undoFor(undefined, [])).toMatchObject({ kind: 'none' });
    expect(undoFor(deployed('1.4.2', 2), [h(1, 'superseded'), h(2, 'deployed')])).toMatchObject({
      kind: 'none',
      reason: 'helm recorded no new revision (the release is still at revision 2)',
    });
  });

  test('an upgrade goes back to the revision that ran before', () => {
    expect(
      undoFor(deployed('1.4.2', 2), [
        h(1, 'superseded'),
        h(2, 'superseded', 'operator-1.4.2'),
        h(3, 'deployed'),
      ]),
    ).toEqual({ kind: 'rollback', revision: 2, chart: 'operator-1.4.2' });
  });

  test('when the release before had failed, to the newest revision that was ever deployed', () => {
    const before = { revision: 3, status: 'failed', chartVersion: '1.4.8' };
    expect(
      undoFor(before, [
        h(1, 'superseded', 'operator-1.4.2'),
        h(2, 'superseded', 'operator-1.4.7'),
        h(3, 'failed'),
        h(4, 'deployed'),
      ]),
    ).toEqual({ kind: 'rollback', revision: 2, chart: 'operator-1.4.7' });
    expect(undoFor(before, [h(3, 'failed'), h(4, 'failed')])).toMatchObject({ kind: 'stuck' });
  });
});

test('rollbackReserveMs: a quarter of the timeout, between 4 s and 60 s', () => {
  expect(rollbackReserveMs(10)).toBe(4000);
  expect(rollbackReserveMs(120)).toBe(30_000);
  expect(rollbackReserveMs(600)).toBe(60_000);
});

test("undoFor never undoes another run's change", () => {
  const before = { revision: 2, status: 'deployed', chartVersion: '1.4.2' };
  const history = [
    { revision: 2, status: 'superseded', chart: 'operator-1.4.2' },
    { revision: 3, status: 'superseded', chart: 'operator-1.4.8' },
    { revision: 4, status: 'pending-upgrade', chart: 'operator-1.4.8' },
  ];
  expect(undoFor(before, history, { otherOperation: true })).toMatchObject({ kind: 'none' });
  expect(undoFor(before, history, { revision: 3 })).toMatchObject({
    kind: 'stuck',
    reason: "the release changed after this run's revision 3 (now revision 4): another run is at work",
  });
  expect(undoFor(before, history.slice(0, 2), { revision: 3 })).toEqual({
    kind: 'rollback',
    revision: 2,
    chart: 'operator-1.4.2',
  });
});
