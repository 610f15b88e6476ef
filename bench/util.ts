import { spawnSync } from 'node:child_process';

export interface Row {
  bench: string;
  figure: string;
  value: string;
  goal?: string;
}

/** Median wall time (ms) of `fn` over `runs` runs after `warmup` runs. */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Median wall time (ms) of a process started with argv. */
export async function processMs(argv: string[], runs = 15): Promise<number> {
  return medianMs(() => spawnSync(argv[0], argv.slice(1), { stdio: 'ignore' }), runs, 2);
}

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
