/**
 * Retry for eventual consistency, the way `wandb verify` retries reading an uploaded file back (`retry_fn`):
 * keep trying until BOTH at least `minTries` tries and at least `minMs` have passed, sleeping between tries.
 * A `NotYet` error means "try again"; any other error stops at once.
 */
export interface RetryPolicy {
  minTries: number;
  minMs: number;
  sleepMs: number;
}

export class NotYet extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotYet';
  }
}

export class RetriesExhausted extends Error {
  constructor(
    readonly tries: number,
    readonly elapsedMs: number,
    readonly last: string,
  ) {
    super(`${last} (after ${tries} tries in ${(elapsedMs / 1000).toFixed(1)} s)`);
    this.name = 'RetriesExhausted';
  }
}

export function policyFromSeconds(seconds: number): RetryPolicy {
  const minMs = Math.max(0, seconds * 1000);
  // The SDK sleeps 1 s between tries; shorter windows (tests, impatient users) sleep proportionally less.
  return { minTries: 3, minMs, sleepMs: Math.min(1000, Math.max(20, Math.floor(minMs / 3))) };
}

export async function retryUntil<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  signal?: AbortSignal,
  now: () => number = Date.now,
): Promise<T> {
  const started = now();
  let tries = 0;
  for (;;) {
    tries++;
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof NotYet)) throw error;
      const elapsed = now() - started;
      if (tries >= policy.minTries && elapsed >= policy.minMs)
        throw new RetriesExhausted(tries, elapsed, error.message);
      if (signal?.aborted) throw error;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, policy.sleepMs);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
