import { runChecks } from '../../../src/verify/run-checks.js';
import { CheckFailure, type Check, type CheckOutcome } from '../../../src/verify/types.js';

function check(id: string, run: Check['run'], extra: Partial<Check> = {}): Check {
  return { id, title: `Check ${id}`, group: 'wandb', failStatus: 'fail', run, ...extra };
}
const pass = async (): Promise<CheckOutcome> => ({ status: 'pass', message: 'ok' });
const never = (signal: AbortSignal) =>
  new Promise<CheckOutcome>((_resolve, reject) =>
    signal.addEventListener('abort', () => reject(new Error('aborted'))),
  );

describe('runChecks', () => {
  test('runs in order and times each check', async () => {
    const order: string[] = [];
    const results = await runChecks(
      ['a', 'b'].map((id) =>
        check(id, async () => {
          order.push(id);
          return { status: 'pass', message: id };
        }),
      ),
      { perCheckTimeoutMs: 1000, overallTimeoutMs: 5000 },
    );
    expect(order).toEqual(['a', 'b']);
    expect(results.map((r) => [r.id, r.status, r.group])).toEqual([
      ['a', 'pass', 'wandb'],
      ['b', 'pass', 'wandb'],
    ]);
    expect(results[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  test('a check that hangs fails at its own timeout, its signal aborted; warning-only checks warn', async () => {
    let aborted = false;
    const results = await runChecks(
      [
        check('slow', (signal) => {
          signal.addEventListener('abort', () => (aborted = true));
          return never(signal);
        }),
        check('slow-warning', never, { failStatus: 'warn', timeoutFix: 'raise it' }),
        check('next', pass),
      ],
      { perCheckTimeoutMs: 50, overallTimeoutMs: 5000 },
    );
    expect(results[0]).toMatchObject({
      status: 'fail',
      message: 'Did not finish within 0.1 s: the server answered too slowly or not at all.',
    });
    expect(aborted).toBe(true);
    expect(results[1]).toMatchObject({ status: 'warn', fix: 'raise it' });
    expect(results[2].status).toBe('pass');
  });

  test('the overall deadline caps a check and skips what is left', async () => {
    let clock = 0;
    const results = await runChecks(
      [
        check('a', async () => {
          clock += 900;
          return { status: 'pass', message: 'ok' };
        }),
        check('b', never),
        check('c', pass),
      ],
      { perCheckTimeoutMs: 10_000, overallTimeoutMs: 1000, now: () => clock },
    );
    // b gets the remaining 100 ms (fake clock does not move during it) and says the overall limit capped it.
    expect(results[1].message).toContain('(what was left of the overall timeout of 1 s)');
    clock += 1000;
    const after = await runChecks([check('late', pass)], {
      perCheckTimeoutMs: 10,
      overallTimeoutMs: 0,
      now: () => clock,
    });
    expect(after[0]).toMatchObject({
      status: 'skipped',
      message: 'Not run: the overall timeout (0 s) was used up before this check started.',
    });
  });

  test('needs: a check whose prerequisite failed or was skipped is skipped, saying which', async () => {
    const results = await runChecks(
      [
        check('login', async () => ({ status: 'fail', message: 'no' })),
        check('upload', pass, { needs: ['login'] }),
        check('cors', pass, { needs: ['upload'] }),
        check('https', async () => ({ status: 'warn', message: 'http' })),
        check('after-warn', pass, { needs: ['https'] }),
      ],
      { perCheckTimeoutMs: 1000, overallTimeoutMs: 5000 },
    );
    expect(results[1]).toMatchObject({
      status: 'skipped',
      message: "Not run: it needs 'Check login', which failed.",
    });
    expect(results[2]).toMatchObject({
      status: 'skipped',
      message: "Not run: it needs 'Check upload', which was skipped.",
    });
    expect(results[4].status).toBe('pass');
  });

  test('CheckFailure carries message, fix and status; other errors become failStatus', async () => {
    const results = await runChecks(
      [
        check('a', async () => {
          throw new CheckFailure('broken', 'mend it', 'warn');
        }),
        check('b', async () => {
          throw new Error('socket hang up');
        }),
      ],
      { perCheckTimeoutMs: 1000, overallTimeoutMs: 5000 },
    );
    expect(results[0]).toMatchObject({ status: 'warn', message: 'broken', fix: 'mend it' });
    expect(results[1]).toMatchObject({ status: 'fail', message: 'Could not complete: socket hang up' });
  });

  test('onResult sees every result as it comes', async () => {
    const seen: string[] = [];
    await runChecks([check('a', pass), check('b', pass)], {
      perCheckTimeoutMs: 1000,
      overallTimeoutMs: 5000,
      onResult: (r) => seen.push(r.id),
    });
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('checks that do not apply', () => {
  test('a check whose `when` is false is left out of the report; one whose `when` throws still runs', async () => {
    const ran: string[] = [];
    const body = (id: string) => async (): Promise<CheckOutcome> => {
      ran.push(id);
      return { status: 'pass', message: id };
    };
    const results = await runChecks(
      [
        check('v1-only', body('v1-only'), { when: async () => false }),
        check('v2-only', body('v2-only'), { when: async () => true }),
        check('unknown', body('unknown'), {
          when: async () => {
            throw new Error('cannot tell');
          },
        }),
        check('after', body('after'), { needs: ['v2-only'] }),
      ],
      { perCheckTimeoutMs: 1000, overallTimeoutMs: 5000 },
    );
    expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(['v2-only:pass', 'unknown:pass', 'after:pass']);
    expect(ran).toEqual(['v2-only', 'unknown', 'after']);
  });
});
