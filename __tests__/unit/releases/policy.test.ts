import {
  addMonths,
  daysBetween,
  decideSupport,
  defaultPolicy,
  mergeSkip,
  parseEndDatesFile,
  parseSkipFile,
  DEFAULT_SKIP,
} from '../../../src/releases/policy.js';
import type { SupportPolicy } from '../../../src/releases/types.js';
import { snapshotCatalog } from './fixtures.js';

const catalog = snapshotCatalog();
const on = (day: string) => new Date(`${day}T12:00:00Z`);
const policy = (changes: Partial<SupportPolicy> = {}): SupportPolicy => ({ ...defaultPolicy(), ...changes });
const decide = (version: string, day: string, changes: Partial<SupportPolicy> = {}) =>
  decideSupport(catalog, version, policy(changes), on(day));
const brief = (version: string, day: string, changes: Partial<SupportPolicy> = {}) => {
  const d = decide(version, day, changes);
  return [d.endOfSupport, d.daysLeft, d.status];
};

describe('calendar arithmetic in whole UTC days', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2025-10-02', 12)).toBe('2026-10-02');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(daysBetween('2026-10-01', '2026-10-02')).toBe(1);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('uses the UTC day of the as-of instant', () => {
    const late = decideSupport(catalog, '0.74.1', defaultPolicy(), new Date('2026-10-01T23:59:59Z'));
    const next = decideSupport(catalog, '0.74.1', defaultPolicy(), new Date('2026-10-02T00:00:00Z'));
    expect([late.daysLeft, late.status, next.daysLeft, next.status]).toEqual([1, 'nearing', 0, 'expired']);
  });
});

describe('minor-12-months (default)', () => {
  it('counts 12 months from the 0.X.0 release; the end date itself is no longer supported', () => {
    expect(brief('0.74.1', '2026-08-02')).toEqual(['2026-10-02', 61, 'supported']);
    expect(brief('0.74.1', '2026-08-03')).toEqual(['2026-10-02', 60, 'nearing']);
    expect(brief('0.74.1', '2026-10-01')).toEqual(['2026-10-02', 1, 'nearing']);
    expect(brief('0.74.1', '2026-10-02')).toEqual(['2026-10-02', 0, 'expired']);
    expect(brief('0.74.1', '2026-10-03')).toEqual(['2026-10-02', -1, 'expired']);
  });

  it('does not let patches extend support, and says why', () => {
    const d = decide('0.76.3', '2026-01-01');
    expect(d.endOfSupport).toBe('2026-11-20');
    expect(d.reason).toContain('0.76.0, the initial release of the 0.76 line, on 2025-11-20');
  });

  it('counts 0.59.x from 0.58.0 and 0.55.0 from 0.54.0', () => {
    expect(decide('0.59.2', '2025-01-01').endOfSupport).toBe('2025-08-29');
    expect(decide('0.59.2', '2025-01-01').reason).toContain('0.59.x releases are patches of the 0.58 line');
    expect(decide('0.55.0', '2025-01-01').endOfSupport).toBe('2025-05-23');
  });

  it('honours the warn-days setting', () => {
    expect(brief('0.74.1', '2026-08-03', { warnDays: 30 })).toEqual(['2026-10-02', 60, 'supported']);
  });
});

describe('release-6-months and release-12-months', () => {
  it('count from the version itself, at the boundaries', () => {
    const six = { name: 'release-6-months' as const };
    expect(brief('0.74.1', '2026-04-07', six)).toEqual(['2026-04-08', 1, 'nearing']);
    expect(brief('0.74.1', '2026-04-08', six)).toEqual(['2026-04-08', 0, 'expired']);
    expect(brief('0.74.1', '2026-04-09', six)).toEqual(['2026-04-08', -1, 'expired']);
    const twelve = { name: 'release-12-months' as const };
    expect(brief('0.74.1', '2026-10-07', twelve)).toEqual(['2026-10-08', 1, 'nearing']);
    expect(brief('0.74.1', '2026-10-08', twelve)).toEqual(['2026-10-08', 0, 'expired']);
    expect(brief('0.74.1', '2026-10-09', twelve)).toEqual(['2026-10-08', -1, 'expired']);
    expect(brief('0.74.1', '2025-10-09', twelve)).toEqual(['2026-10-08', 364, 'supported']);
  });

  it('counts a version released twice from its first release (0.63.0: 2024-11-12, again 2024-12-06)', () => {
    expect(decide('0.63.0', '2025-01-01', { name: 'release-6-months' }).endOfSupport).toBe('2025-05-12');
  });
});

describe('end-date overrides', () => {
  const endDates = { '0.65': '2026-01-30', '0.65.4': '2026-02-15' };

  it('apply per minor at the boundaries, per version before per minor, under every policy', () => {
    for (const name of ['minor-12-months', 'release-6-months', 'release-12-months'] as const) {
      expect(brief('0.65.1', '2026-01-29', { name, endDates })).toEqual(['2026-01-30', 1, 'nearing']);
      expect(brief('0.65.1', '2026-01-30', { name, endDates })).toEqual(['2026-01-30', 0, 'expired']);
      expect(brief('0.65.1', '2026-01-31', { name, endDates })).toEqual(['2026-01-30', -1, 'expired']);
      expect(decide('0.65.4', '2026-01-31', { name, endDates })).toMatchObject({
        endOfSupport: '2026-02-15',
        daysLeft: 15,
        reason: 'End date 2026-02-15 set for 0.65.4 by override.',
      });
    }
  });

  it('are read from YAML without turning 0.70 into 0.7', () => {
    expect(parseEndDatesFile('0.70: 2026-07-07\nv0.65.1: "2026-02-01"\n', 'e.yaml')).toEqual({
      '0.70': '2026-07-07',
      '0.65.1': '2026-02-01',
    });
    expect(() => parseEndDatesFile('0.70: next year\n', 'e.yaml')).toThrow('not a date');
    expect(decide('0.70.1', '2026-07-06', { endDates: { '0.70': '2026-07-07' } }).daysLeft).toBe(1);
  });
});

describe('recommended target and the skip-list', () => {
  it('ships 0.78.0 and 0.78.1 on the skip-list with W&B reason', () => {
    expect(DEFAULT_SKIP.map((e) => e.version)).toEqual(['0.78.0', '0.78.1']);
    expect(DEFAULT_SKIP[0].reason).toContain('critical security issue');
  });

  it('never recommends a skip-listed version: before 0.78.2 existed the target was 0.77.1', () => {
    expect(decide('0.74.1', '2026-03-04').target).toBe('0.77.1');
    expect(decide('0.74.1', '2026-03-10').target).toBe('0.77.1');
    expect(decide('0.74.1', '2026-03-11').target).toBe('0.78.2');
    expect(decide('0.74.1', '2026-11-23').target).toBe('0.83.0');
    // Without a skip-list the newest is recommended as it is.
    expect(decide('0.74.1', '2026-03-06', { skip: [] }).target).toBe('0.78.1');
  });

  it('reports a skip-listed deployed version', () => {
    const d = decide('0.78.1', '2026-03-20');
    expect(d.skipReason).toContain('install 0.78.2 instead');
    expect(d.target).toBe('0.78.2');
  });

  it('with next-minor, recommends the newest patch of the next line', () => {
    expect(decide('0.74.1', '2026-11-23', { target: 'next-minor' }).target).toBe('0.75.2');
    // 0.59.x belong to 0.58: the line after 0.58 is 0.60.
    expect(decide('0.58.1', '2025-01-01', { target: 'next-minor' }).target).toBe('0.60.0');
    // The next line only has skip-listed releases so far: stay on the newest usable patch.
    expect(decide('0.77.0', '2026-03-06', { target: 'next-minor' }).target).toBe('0.77.1');
    expect(decide('0.77.1', '2026-03-06', { target: 'next-minor' }).target).toBeUndefined();
    expect(decide('0.77.1', '2026-04-20', { target: 'next-minor' }).target).toBe('0.78.2');
  });

  it('has no target when the version is the recommendation', () => {
    expect(decide('0.83.0', '2026-11-23').target).toBeUndefined();
  });

  it('reads skip files in three shapes and adds them to the default', () => {
    const entries = parseSkipFile('- version: v0.80.1\n  reason: breaks SSO\n- 0.81.0\n', 's.yaml');
    expect(entries).toEqual([
      { version: '0.80.1', reason: 'breaks SSO' },
      { version: '0.81.0', reason: 'Listed in s.yaml.' },
    ]);
    expect(parseSkipFile('0.80.1: breaks SSO\n', 's.yaml')).toEqual([
      { version: '0.80.1', reason: 'breaks SSO' },
    ]);
    const merged = mergeSkip(DEFAULT_SKIP, entries);
    expect(merged.map((e) => e.version)).toEqual(['0.78.0', '0.78.1', '0.80.1', '0.81.0']);
    expect(decide('0.79.2', '2026-05-07', { skip: merged }).target).toBe('0.80.0');
  });
});

describe('what is not known yet', () => {
  it('does not know releases published after the as-of day', () => {
    expect(() => decide('0.80.0', '2026-04-01')).toThrow('No release of the 0.80 line is known');
    expect(() => decide('0.80.0', '2026-04-01', { name: 'release-6-months' })).toThrow('not a known release');
    expect(() => decide('banana', '2026-04-01')).toThrow("'banana' is not a W&B Server version");
  });
});
