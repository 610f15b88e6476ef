import { describe, expect, it } from '@jest/globals';
import { snapshotReleases } from '../../../src/data/releases-snapshot.js';
import { buildCatalog, knownAsOf } from '../../../src/releases/catalog.js';
import { addMonths, daysBetween, decideSupport, defaultPolicy } from '../../../src/releases/policy.js';
import {
  decideIntent,
  prUpdate,
  readMarker,
  withMarker,
  type PrSnapshot,
} from '../../../src/upgrade/plan.js';
import { renderBody, renderTitle } from '../../../src/upgrade/pr-body.js';
import type { SupportPolicy } from '../../../src/releases/types.js';

/**
 * History replay of the planner alone: W&B's real release dates (the built-in snapshot, built from
 * ../shared/reference/wandb-server-releases.csv) and a weekly run from June 2024 to July 2026, against a
 * deployment that merges each upgrade pull request at the start of the day a week after it opened (before that
 * day's run). It calls the pure functions the command uses (decideSupport, decideIntent, prUpdate, the title and
 * body) and keeps the pull requests in an in-memory store: no upgrade-check command, no git, no GitHub stand-in,
 * no `as-of` input. __tests__/integration/upgrade-replay.test.ts replays the same calendar through the real
 * command with `as-of`, real git and the GitHub stand-in; its release-6-months scenario merges in the same order
 * and gets the calendar pinned below.
 */

const catalog = buildCatalog(snapshotReleases());
const minor12: SupportPolicy = { ...defaultPolicy(), warnDays: 60 };
const WARN = 60;
const EVERY = 7;

interface StoredPr extends PrSnapshot {
  openedOn: string;
  daysLeftAtOpen: number;
  endAtOpen: string;
}

function day(d: string): Date {
  return new Date(`${d}T00:00:00Z`);
}

function nextDay(d: string, n = 1): string {
  return new Date(day(d).getTime() + n * 86_400_000).toISOString().slice(0, 10);
}

function replay(start: string, end: string, initial: string, policy: SupportPolicy) {
  let deployed = initial;
  const deployedOn = new Map<string, string>(); // day -> version, every day
  const prs: StoredPr[] = [];
  const events: string[] = [];
  let maxOpen = 0;
  let updates = 0;
  let runDay = start;
  for (let d = start; d <= end; d = nextDay(d)) {
    // The team merges an upgrade PR a week after it opened.
    for (const pr of prs) {
      if (pr.state === 'open' && daysBetween(pr.openedOn, d) >= 7) {
        pr.state = 'closed';
        pr.merged = true;
        deployed = readMarker(pr.body)?.target as string;
        events.push(`${d} merged #${pr.number} -> ${deployed}`);
      }
    }
    deployedOn.set(d, deployed);
    if (d !== runDay) continue;
    runDay = nextDay(d, EVERY);

    const decision = decideSupport(catalog, deployed, policy, day(d));
    const open = prs.find((p) => p.state === 'open');
    const lastClosed = open ? undefined : [...prs].reverse().find((p) => p.state === 'closed');
    const intent = decideIntent({ decision, warnDays: WARN, scheduleDays: EVERY, open, lastClosed });
    if (intent.kind === 'propose') {
      const known = knownAsOf(catalog, d);
      const desired = {
        title: renderTitle(decision, intent.target),
        body: renderBody(
          {
            decision,
            target: intent.target,
            files: [{ path: 'wandb.yaml', keyPath: 'spec.values.app.image.tag' }],
            catalog: known,
            policy,
            source: 'pinned',
          },
          { deployed, target: intent.target },
        ),
        labels: ['wandb-upgrade'],
        urgentLabel: 'urgent',
        urgent: intent.urgent,
      };
      if (intent.pr) {
        const update = prUpdate(intent.pr, desired);
        if (update.title !== undefined || update.body !== undefined) {
          updates++;
          Object.assign(intent.pr, { title: desired.title, body: desired.body });
          events.push(`${d} updated #${intent.pr.number}: ${desired.title}`);
        }
      } else {
        const pr: StoredPr = {
          number: prs.length + 1,
          url: '',
          state: 'open',
          merged: false,
          title: desired.title,
          body: desired.body,
          labels: desired.labels,
          headSha: '',
          openedOn: d,
          daysLeftAtOpen: decision.daysLeft,
          endAtOpen: decision.endOfSupport,
        };
        prs.push(pr);
        events.push(`${d} opened #${pr.number}: ${pr.title} (${decision.daysLeft} days left)`);
      }
    } else if (intent.kind === 'close') {
      intent.pr.state = 'closed';
      intent.pr.body = withMarker(intent.pr.body, { ...readMarker(intent.pr.body)!, closed: 'obsolete' });
    } else if (intent.kind === 'blocked') {
      throw new Error(`blocked on ${d}: ${intent.reason}`);
    }
    maxOpen = Math.max(maxOpen, prs.filter((p) => p.state === 'open').length);
  }
  return { prs, deployedOn, events, maxOpen, updates };
}

function checkInvariants(
  result: ReturnType<typeof replay>,
  policy: SupportPolicy,
  start: string,
  end: string,
) {
  const outOfSupport = [...result.deployedOn].filter(([d, version]) => {
    return decideSupport(catalog, version, policy, day(d)).status === 'expired';
  });
  expect(outOfSupport).toEqual([]);
  expect(result.deployedOn.size).toBe(daysBetween(start, end) + 1);
  for (const pr of result.prs) {
    expect(pr.daysLeftAtOpen).toBeGreaterThanOrEqual(WARN);
    // ...and not needlessly early: within one schedule interval of the warning window.
    expect(pr.daysLeftAtOpen).toBeLessThan(WARN + EVERY);
    expect(daysBetween(pr.openedOn, pr.endAtOpen)).toBe(pr.daysLeftAtOpen);
  }
  expect(result.maxOpen).toBe(1);
  const keys = result.prs.map((p) => {
    const m = readMarker(p.body)!;
    return `${m.deployed}->${m.target}`;
  });
  expect(new Set(keys).size).toBe(keys.length);
  expect(result.prs.every((p) => p.merged)).toBe(true);
}

describe('replay of two years of W&B releases with a weekly job (minor-12-months)', () => {
  const result = replay('2024-06-03', '2026-07-27', '0.54.0', minor12);

  it('keeps the deployment inside support every day; every PR in time, one at a time, never twice', () => {
    expect(result.prs.length).toBe(2);
    checkInvariants(result, minor12, '2024-06-03', '2026-07-27');
  });

  it('follows the real calendar', () => {
    expect(addMonths('2024-05-23', 12)).toBe('2025-05-23');
    expect(result.events).toEqual([
      '2025-03-24 opened #1: Upgrade W&B Server 0.54.0 -> 0.66.3 (support ends 2025-05-23) (60 days left)',
      '2025-03-31 merged #1 -> 0.66.3',
      '2025-12-22 opened #2: Upgrade W&B Server 0.66.3 -> 0.76.3 (support ends 2026-02-20) (60 days left)',
      '2025-12-29 merged #2 -> 0.76.3',
    ]);
  });
});

describe('replay with the stricter release-6-months policy (twice as many upgrades)', () => {
  const policy: SupportPolicy = { ...defaultPolicy(), name: 'release-6-months', warnDays: 60 };
  const result = replay('2024-06-03', '2026-07-27', '0.54.0', policy);

  it('keeps the deployment inside support every day; every PR in time, one at a time, never twice', () => {
    expect(result.prs.length).toBeGreaterThanOrEqual(4);
    checkInvariants(result, policy, '2024-06-03', '2026-07-27');
  });

  it('follows the real calendar (the same as the integration replay gets from the real command)', () => {
    expect(result.events).toEqual([
      '2024-09-23 opened #1: Upgrade W&B Server 0.54.0 -> 0.59.2 (support ends 2024-11-23) (61 days left)',
      '2024-09-30 merged #1 -> 0.59.2',
      '2025-01-13 opened #2: Upgrade W&B Server 0.59.2 -> 0.64.1 (support ends 2025-03-16) (62 days left)',
      '2025-01-20 merged #2 -> 0.64.1',
      '2025-04-14 opened #3: Upgrade W&B Server 0.64.1 -> 0.67.1 (support ends 2025-06-13) (60 days left)',
      '2025-04-21 merged #3 -> 0.67.1',
      '2025-07-28 opened #4: Upgrade W&B Server 0.67.1 -> 0.70.1 (support ends 2025-09-26) (60 days left)',
      '2025-08-04 merged #4 -> 0.70.1',
      '2025-11-10 opened #5: Upgrade W&B Server 0.70.1 -> 0.75.2 (support ends 2026-01-09) (60 days left)',
      '2025-11-17 merged #5 -> 0.75.2',
      '2026-03-02 opened #6: Upgrade W&B Server 0.75.2 -> 0.77.1 (support ends 2026-05-05) (64 days left)',
      '2026-03-09 merged #6 -> 0.77.1',
      '2026-05-25 opened #7: Upgrade W&B Server 0.77.1 -> 0.80.1 (support ends 2026-07-28) (64 days left)',
      '2026-06-01 merged #7 -> 0.80.1',
    ]);
  });
});
