import { describe, expect, it } from '@jest/globals';
import type { Release, SupportDecision } from '../../../src/releases/types.js';
import { defaultPolicy } from '../../../src/releases/policy.js';
import {
  decideIntent,
  isOwnCommit,
  commitMessage,
  prUpdate,
  readMarker,
  renderMarker,
  upgradeDue,
  withMarker,
  type PrSnapshot,
} from '../../../src/upgrade/plan.js';
import { renderBody, renderTitle, upgradeNotes } from '../../../src/upgrade/pr-body.js';
import { authorizationHeader, gitAuthEnv, httpOrigin } from '../../../src/git/auth.js';

const decision = (over: Partial<SupportDecision> = {}): SupportDecision => ({
  version: '0.74.1',
  endOfSupport: '2026-10-02',
  daysLeft: 50,
  status: 'nearing',
  target: '0.79.2',
  reason: '12 months from 0.74.0.',
  ...over,
});

const pr = (over: Partial<PrSnapshot> = {}): PrSnapshot => ({
  number: 7,
  url: 'https://github.com/acme/infra/pull/7',
  state: 'open',
  merged: false,
  title: 'Upgrade W&B Server 0.74.1 -> 0.79.2 (support ends 2026-10-02)',
  body: `text\n\n${renderMarker({ deployed: '0.74.1', target: '0.79.2' })}\n`,
  labels: ['wandb-upgrade'],
  headSha: 'abc',
  ...over,
});

describe('upgradeDue', () => {
  it('opens on the last scheduled run that still leaves warn-days', () => {
    const supported = (daysLeft: number) => decision({ status: 'supported', daysLeft });
    expect(upgradeDue(supported(67), 60, 7)).toBe(false);
    expect(upgradeDue(supported(66), 60, 7)).toBe(true);
    expect(upgradeDue(supported(61), 60, 0)).toBe(false);
    expect(upgradeDue(decision({ status: 'nearing', daysLeft: 60 }), 60, 0)).toBe(true);
    expect(upgradeDue(decision({ status: 'expired', daysLeft: -3 }), 60, 7)).toBe(true);
  });
});

describe('decideIntent', () => {
  it('proposes the target, urgent when expired, reusing the open PR', () => {
    expect(decideIntent({ decision: decision(), warnDays: 60, scheduleDays: 7 })).toEqual({
      kind: 'propose',
      deployed: '0.74.1',
      target: '0.79.2',
      urgent: false,
    });
    const open = pr();
    expect(
      decideIntent({
        decision: decision({ status: 'expired', daysLeft: -1 }),
        warnDays: 60,
        scheduleDays: 7,
        open,
      }),
    ).toMatchObject({
      kind: 'propose',
      urgent: true,
      pr: open,
    });
  });

  it('closes an open PR only when the deployed version moved and no upgrade is due', () => {
    const open = pr();
    const upgraded = decision({
      version: '0.79.2',
      status: 'supported',
      daysLeft: 300,
      endOfSupport: '2027-03-24',
      target: undefined,
    });
    expect(decideIntent({ decision: upgraded, warnDays: 60, scheduleDays: 7, open })).toMatchObject({
      kind: 'close',
      pr: open,
      reason: expect.stringContaining('W&B Server is now 0.79.2, supported until 2027-03-24'),
    });
    const sameVersionFarAway = decision({ status: 'supported', daysLeft: 300 });
    expect(decideIntent({ decision: sameVersionFarAway, warnDays: 60, scheduleDays: 7, open }).kind).toBe(
      'none',
    );
  });

  it('does not reopen an upgrade a person closed, but warns; a newer target opens a new PR', () => {
    const closed = pr({ state: 'closed' });
    const result = decideIntent({ decision: decision(), warnDays: 60, scheduleDays: 7, lastClosed: closed });
    expect(result).toMatchObject({
      kind: 'none',
      warning: expect.stringContaining('was closed without merging'),
    });
    expect(
      decideIntent({
        decision: decision({ target: '0.80.0' }),
        warnDays: 60,
        scheduleDays: 7,
        lastClosed: closed,
      }).kind,
    ).toBe('propose');
    // One this job closed itself as obsolete does not count as a "no".
    const obsolete = pr({
      state: 'closed',
      body: withMarker(closed.body, { deployed: '0.74.1', target: '0.79.2', closed: 'obsolete' }),
    });
    expect(
      decideIntent({ decision: decision(), warnDays: 60, scheduleDays: 7, lastClosed: obsolete }).kind,
    ).toBe('propose');
  });

  it('is blocked by a PR on the branch that this job did not open', () => {
    const foreign = pr({ body: 'my own PR' });
    expect(decideIntent({ decision: decision(), warnDays: 60, scheduleDays: 7, open: foreign }).kind).toBe(
      'blocked',
    );
  });

  it('warns when an upgrade is due and nothing newer exists', () => {
    expect(
      decideIntent({ decision: decision({ target: undefined }), warnDays: 60, scheduleDays: 7 }),
    ).toMatchObject({
      kind: 'none',
      warning: expect.stringContaining('no newer release can be recommended yet'),
    });
  });
});

describe('prUpdate and markers', () => {
  const desired = {
    title: pr().title,
    body: pr().body,
    labels: ['wandb-upgrade'],
    urgentLabel: 'urgent',
    urgent: false,
  };
  it('changes nothing when the PR already says it (CRLF from GitHub included)', () => {
    expect(prUpdate(pr({ body: pr().body.replace(/\n/g, '\r\n') }), desired)).toEqual({
      addLabels: [],
      removeLabels: [],
    });
  });
  it('adds the urgent label, removes it when no longer urgent, and keeps labels people added', () => {
    expect(
      prUpdate(pr({ labels: ['wandb-upgrade', 'team-x'] }), { ...desired, urgent: true }).addLabels,
    ).toEqual(['urgent']);
    expect(prUpdate(pr({ labels: ['wandb-upgrade', 'Urgent', 'team-x'] }), desired)).toEqual({
      addLabels: [],
      removeLabels: ['urgent'],
    });
  });
  it('round-trips the marker', () => {
    const body = withMarker('Body', { deployed: '0.1.0', target: '0.2.0' });
    expect(readMarker(body)).toEqual({ deployed: '0.1.0', target: '0.2.0' });
    expect(readMarker(withMarker(body, { deployed: '0.1.0', target: '0.3.0' }))).toEqual({
      deployed: '0.1.0',
      target: '0.3.0',
    });
    expect(readMarker('<!-- wandb-operator-actions:upgrade-check {broken -->')).toBeUndefined();
  });
  it('recognises its own commits by the trailer', () => {
    expect(isOwnCommit(commitMessage('0.1.0', '0.2.0', ['a.yaml']))).toBe(true);
    expect(isOwnCommit('Fix values\n\nSigned-off-by: Jane')).toBe(false);
  });
});

describe('PR body', () => {
  const release = (version: string, date: string, notes: string): Release => ({
    version,
    tag: `v${version}`,
    name: `v${version}`,
    date,
    notes,
    url: `https://github.com/wandb/server/releases/tag/v${version}`,
    prerelease: false,
    draft: false,
  });
  const big = 'x'.repeat(20_000);
  const catalog = [
    release('0.74.0', '2025-10-02', ''),
    release('0.74.1', '2025-10-08', ''),
    release('0.75.0', '2025-10-28', `## Features\n${big}`),
    release('0.76.0', '2025-11-20', `## Upgrading\nRun the migration job first.\n\n## Fixes\n${big}`),
    release('0.77.0', '2026-01-21', `## Fixes\n${big}`),
    release('0.78.0', '2026-03-03', `## Fixes\n${big}`),
    release('0.79.2', '2026-04-14', `## Known issues\nSlow exports.\n## Fixes\n${big}`),
  ];
  const input = {
    decision: decision(),
    target: '0.79.2',
    files: [{ path: 'deploy/wandb.yaml', keyPath: 'spec.values.app.image.tag' }],
    catalog,
    policy: defaultPolicy(),
    source: 'pinned in `deploy/wandb.yaml`',
  };

  it('fits GitHub’s 65,536 characters, keeps the marker, and calls out upgrade notes and skipped releases', () => {
    const body = renderBody(input, { deployed: '0.74.1', target: '0.79.2' });
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(40_000);
    expect(readMarker(body)).toEqual({ deployed: '0.74.1', target: '0.79.2' });
    expect(body).toContain('**0.76.0: Upgrading**\n\n> Run the migration job first.');
    expect(body).toContain('**0.79.2: Known issues**\n\n> Slow exports.');
    expect(body).toContain('**Do not install 0.78.0**');
    expect(body).toContain('Cut here to stay within GitHub');
    expect(body).toContain('| `deploy/wandb.yaml` | `spec.values.app.image.tag` | `0.74.1` | `0.79.2` |');
  });

  it('is the same whatever the day, so unchanged runs change nothing', () => {
    const a = renderBody(input, { deployed: '0.74.1', target: '0.79.2' });
    const b = renderBody(
      { ...input, decision: decision({ daysLeft: 43 }) },
      { deployed: '0.74.1', target: '0.79.2' },
    );
    expect(b).toBe(a);
    expect(renderTitle(decision(), '0.79.2')).toBe(
      'Upgrade W&B Server 0.74.1 -> 0.79.2 (support ends 2026-10-02)',
    );
    expect(renderTitle(decision({ status: 'expired', daysLeft: 0 }), '0.79.2')).toBe(
      'Upgrade W&B Server 0.74.1 -> 0.79.2 (support ended 2026-10-02)',
    );
  });

  it('extracts Upgrading and Known issues sections up to the next heading of the same level', () => {
    expect(upgradeNotes('## Features\n* a\n## Upgrading\nStep 1\n### Detail\nmore\n## Fixes\n* b')).toEqual([
      { section: 'Upgrading', text: 'Step 1\n### Detail\nmore' },
    ]);
  });
});

describe('git authentication through the environment', () => {
  it('resets then sets the extraheader for the remote origin, after existing GIT_CONFIG entries', () => {
    const env = gitAuthEnv('https://github.com/acme/infra.git', 'tok', { GIT_CONFIG_COUNT: '1' });
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_1: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_1: '',
      GIT_CONFIG_KEY_2: 'http.https://github.com/.extraheader',
      GIT_CONFIG_VALUE_2: authorizationHeader('tok'),
    });
    expect(authorizationHeader('tok')).toBe(
      `AUTHORIZATION: basic ${Buffer.from('x-access-token:tok').toString('base64')}`,
    );
    expect(gitAuthEnv('/srv/git/infra.git', 'tok', {})).toEqual({});
    expect(gitAuthEnv('git@github.com:acme/infra.git', 'tok', {})).toEqual({});
    expect(httpOrigin('https://ghe.example.com:8443/a/b.git')).toBe('https://ghe.example.com:8443/');
  });
});
