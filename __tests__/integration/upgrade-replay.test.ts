import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { GitHubStandIn } from '../../test-support/github-stand-in/server.js';
import { addPullRoutes, type PullsStandIn } from '../../test-support/github-stand-in/pulls.js';
import { action, parseOutputs } from '../../test-support/run-cli.js';
import { createRemote, git, type TestRemote } from '../../test-support/git/repos.js';
import { snapshotReleases } from '../../src/data/releases-snapshot.js';

/**
 * History replay, end to end: W&B's real release dates (../shared/reference/wandb-server-releases.csv, served
 * as wandb/server's GitHub releases by the GitHub stand-in) and the real upgrade-check command, run in-process
 * through the same entry as the Action (`runAction`, via test-support/run-cli.ts `action`) every Monday from
 * 2024-06-03 to 2026-07-27 with `as-of` set to that Monday: 113 runs per scenario, each from a fresh shallow
 * clone of a bare repository on disk (real git, as actions/checkout does). The deployment merges each upgrade
 * pull request one week after it opened: a real `git merge --no-ff` of the PR's head into main, pushed to the
 * bare repository, and the PR marked merged in the stand-in, so the next run reads the new version from the
 * values file on main. People also push unrelated commits to main, so main moves under an open PR.
 *
 * Two scenarios, run side by side: minor-12-months (the default policy), merged after that Monday's run (so
 * a second run sees the PR open and moves it to a newer release), head branch kept; and release-6-months
 * (seven upgrades), merged before that Monday's run, head branch deleted on merge, the same calendar as the
 * planner's replay in __tests__/unit/upgrade/replay.test.ts.
 *
 * Checked: zero days out of support (every day, each version on main against an end date worked out here from
 * the CSV, not by src/releases), every PR opened at least warn-days (and less than warn-days plus one schedule
 * interval) before the end date, never more than one open upgrade PR, no duplicate PR, and every run's outputs:
 * deployed version, end of support, days left, status and target agree with the CSV, pull-request-number/-url
 * name the open PR, and `pull-request-operation` matches what changed on GitHub and in git (created: one new PR
 * and a branch whose diff from main is the version line; updated: the same PR moved to a newer target and the
 * branch moved; none: no GitHub write, no push, at most 3 requests; closed: never here, nothing makes a PR
 * obsolete). No run prints a warning or an error.
 */

const TOKEN = 'ghs_upgradeReplayTestToken0123456789abcdef';
const BRANCH = 'wandb-operator-actions/upgrade-wandb-server';
const FILE = 'deploy/wandb.yaml';
const WARN = 60;
const EVERY = 7;
const START = '2024-06-03'; // a Monday
const END = '2026-07-27'; // the last Monday of July 2026
const SKIPPED = new Set(['0.78.0', '0.78.1']); // the default skip-list (W&B: do not install)

const CR = (tag: string) => `# Production W&B -- reviewed changes only
apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb   # must match the helm release
spec:
  values:
    app:
      image:
        repository: wandb/local
        tag: "${tag}" # pinned; upgrade-check opens a PR before support ends
`;

// ---------------------------------------------------------------------------------------------------------
// The release dates. Read from the CSV when this checkout sits next to ../shared (it does in this project's
// workspace); elsewhere from the built-in snapshot, which is built from the same CSV (checked below when both
// are there).

const CSV = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/reference/wandb-server-releases.csv',
);

interface Row {
  version: string;
  date: string;
}

function readRows(): { rows: Row[]; from: string } {
  if (!existsSync(CSV)) {
    return { rows: snapshotReleases().map((r) => ({ version: r.version, date: r.date })), from: 'snapshot' };
  }
  const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split('\n');
  if (!header.startsWith('version,release_commit_date,'))
    throw new Error(`${CSV}: unexpected header ${header}`);
  // One row names the commit rather than the version ('"Release 0.9.42"', a second commit of 0.9.42 on the
  // same day); like the snapshot, keep only rows whose first field is a version.
  const rows = lines
    .map((line) => line.split(','))
    .filter(([version]) => semver.valid(version) === version)
    .map(([version, date]) => ({ version, date }));
  return { rows, from: 'csv' };
}

const { rows: ROWS, from: ROWS_FROM } = readRows();

// An oracle for support, written from W&B's rules (facts 4.1, 4.3) rather than taken from src/releases.
const PATCH_LINES: Record<string, string> = { '0.55': '0.54', '0.59': '0.58' };
const lineOf = (v: string) => {
  const minor = `${semver.major(v)}.${semver.minor(v)}`;
  return PATCH_LINES[minor] ?? minor;
};
const firstDate = (v: string) =>
  ROWS.filter((r) => r.version === v)
    .map((r) => r.date)
    .sort()[0];

function plusMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

type Policy = 'minor-12-months' | 'release-6-months';

function endOfSupport(version: string, policy: Policy): string {
  if (policy === 'release-6-months') return plusMonths(firstDate(version), 6);
  const line = lineOf(version);
  const initial =
    firstDate(`${line}.0`) ??
    ROWS.filter((r) => lineOf(r.version) === line)
      .map((r) => r.date)
      .sort()[0];
  return plusMonths(initial, 12);
}

/**
 * The newest release out on `day` that is not skip-listed (what target `latest` recommends). A version
 * published twice (0.63.0: 2024-11-12 and 2024-12-06) is out from its first publication.
 */
function newestOut(day: string): string[] {
  const newest = ROWS.filter((r) => firstDate(r.version) <= day && !SKIPPED.has(r.version))
    .map((r) => r.version)
    .sort(semver.rcompare)[0];
  return [newest];
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

const MARKER = /<!-- wandb-operator-actions:upgrade-check (\{.*?\}) -->/;
const markerOf = (body: string) =>
  JSON.parse(MARKER.exec(body)?.[1] ?? '{}') as { deployed?: string; target?: string };

// ---------------------------------------------------------------------------------------------------------

interface Scenario {
  policy: Policy;
  initial: string;
  /** The deployment merges on the seventh day after the PR opened: before that day's run, or after it. */
  merge: 'before-run' | 'after-run';
  /** GitHub's "Automatically delete head branches" setting. */
  deleteBranchOnMerge: boolean;
  /**
   * A person commits something else to main on the Wednesday of every n-th week, and of every week an
   * upgrade PR is open (so that main moves under it before it is updated and merged).
   */
  otherCommitsEvery: number;
}

interface RunRecord {
  day: string;
  out: Record<string, string>;
  code: number;
}

interface PrRecord {
  number: number;
  openedOn: string;
  deployed: string;
  daysLeftAtOpen: number;
  targets: string[];
  mergedVersion?: string;
}

interface ReplayResult {
  runs: RunRecord[];
  prs: PrRecord[];
  /** Every version that ran on each day (two on a merge day). */
  deployedOn: Map<string, Set<string>>;
  events: string[];
  problems: string[];
  maxOpen: number;
  finalFile: string;
  finalVersion: string;
}

/** A GitHub stand-in serving the releases of the CSV as wandb/server's GitHub releases. */
async function releasesStandIn(): Promise<{ gh: GitHubStandIn; url: string }> {
  const gh = new GitHubStandIn({ tokens: [TOKEN] });
  for (const row of ROWS) {
    gh.addRelease('wandb/server', {
      tag_name: row.version,
      published_at: `${row.date}T12:00:00Z`,
      body: `## Fixes\n* Fixes of ${row.version}`,
    });
  }
  return { gh, url: await gh.start() };
}

async function replay(scenario: Scenario): Promise<ReplayResult> {
  let today = START;
  // Its own stand-in and repository: replays can run side by side, each counting its own requests.
  const { gh, url } = await releasesStandIn();
  const remote: TestRemote = await createRemote({ [FILE]: CR(scenario.initial), 'README.md': '# infra\n' });
  const pulls: PullsStandIn = addPullRoutes(gh, {
    owner: 'acme',
    repo: 'infra',
    branchSha: (branch) => remote.tip(branch),
    users: ['alice', 'bob'],
    now: () => new Date(`${today}T12:00:00Z`),
  });
  const dated = (day: string) => ({
    GIT_AUTHOR_DATE: `${day}T15:00:00Z`,
    GIT_COMMITTER_DATE: `${day}T15:00:00Z`,
  });

  const result: ReplayResult = {
    runs: [],
    prs: [],
    deployedOn: new Map(),
    events: [],
    problems: [],
    maxOpen: 0,
    finalFile: '',
    finalVersion: '',
  };
  const problem = (message: string) => result.problems.push(`${today}: ${message}`);
  let deployed = scenario.initial;
  const ran = (version: string) => {
    const set = result.deployedOn.get(today) ?? new Set<string>();
    set.add(version);
    result.deployedOn.set(today, set);
  };
  const countOpen = () => {
    const open = pulls.open().length;
    result.maxOpen = Math.max(result.maxOpen, open);
    if (open > 1) problem(`${open} upgrade pull requests are open`);
  };

  /** What the deployment does a week after a PR opened: merge its head into main, as GitHub's merge button. */
  const mergeDue = async () => {
    for (const pr of pulls.open()) {
      const record = result.prs.find((p) => p.number === pr.number) as PrRecord;
      if (addDays(record.openedOn, 7) !== today) continue;
      const head = (await remote.tip(BRANCH)) as string;
      await git(remote.work, ['fetch', '--quiet', 'origin']);
      await git(remote.work, ['checkout', '--quiet', '-B', 'main', 'origin/main']);
      await git(
        remote.work,
        ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr.number} from acme/${BRANCH}`, head],
        dated(today),
      );
      await git(remote.work, ['push', '--quiet', 'origin', 'main']);
      pulls.merge(pr.number);
      if (scenario.deleteBranchOnMerge) {
        await git(remote.root, ['--git-dir', remote.bare, 'update-ref', '-d', `refs/heads/${BRANCH}`]);
      }
      const onMain = /tag: "([^"]+)"/.exec(await remote.show('main', FILE))?.[1] as string;
      const target = markerOf(pr.body).target;
      if (onMain !== target)
        problem(`merging #${pr.number} left ${onMain} on main, its marker says ${target}`);
      deployed = onMain;
      record.mergedVersion = onMain;
      result.events.push(`${today} merged #${pr.number} -> ${onMain}`);
      ran(deployed);
    }
    countOpen();
  };

  const snapshot = () =>
    pulls.pulls.map((p) => ({ number: p.number, state: p.state, title: p.title, body: p.body }));

  const runOnce = async (): Promise<void> => {
    const before = snapshot();
    const openBefore = pulls.open().map((p) => ({ number: p.number, body: p.body }))[0];
    const branchBefore = await remote.tip(BRANCH);
    const checkout = join(remote.root, `checkout-${today}`);
    await git(remote.root, ['clone', '--quiet', '--depth', '1', `file://${remote.bare}`, checkout]);
    gh.resetLog();
    const run = await action(
      'upgrade-check',
      {
        files: FILE,
        'as-of': today,
        policy: scenario.policy,
        'warn-days': String(WARN),
        'schedule-days': String(EVERY),
        repository: 'acme/infra',
        'github-api-url': url,
        'github-token': TOKEN,
        labels: 'wandb-upgrade',
        assignees: 'alice',
        reviewers: 'bob',
      },
      { cwd: checkout, env: { PATH: process.env.PATH, HOME: process.env.HOME } },
    );
    await rm(checkout, { recursive: true, force: true });
    const out = parseOutputs(run.outputs);
    const writes = gh.requests
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path} ${r.status}`);
    result.runs.push({ day: today, out, code: run.code });
    if (run.code !== 0) {
      problem(
        `exit code ${run.code}: ${run.stdout
          .split('\n')
          .filter((l) => l.startsWith('::error'))
          .join(' ')}`,
      );
      return;
    }
    for (const line of run.stdout.split('\n')) {
      if (/^::(warning|error)/.test(line)) problem(`printed ${line}`);
    }

    // What the job read and decided, against the CSV.
    const end = endOfSupport(deployed, scenario.policy);
    const daysLeft = daysBetween(today, end);
    const targets = newestOut(today).map((v) => (semver.gt(v, deployed) ? v : ''));
    const target = targets.includes(out['target-version']) ? out['target-version'] : targets[0];
    const status = daysLeft <= 0 ? 'expired' : daysLeft <= WARN ? 'nearing' : 'supported';
    const expected = {
      'deployed-version': deployed,
      'end-of-support': end,
      'days-left': String(daysLeft),
      status,
      'target-version': target,
    };
    for (const [key, value] of Object.entries(expected)) {
      if (out[key] !== value) problem(`output ${key} is '${out[key]}', expected '${value}'`);
    }
    const due = status !== 'supported' || daysLeft - EVERY < WARN;

    // What it did, against what changed on GitHub and in git.
    const after = snapshot();
    const branchAfter = await remote.tip(BRANCH);
    const openAfter = pulls.open();
    const operation = out['pull-request-operation'];
    const wantNumber = openAfter[0] ? String(openAfter[0].number) : '';
    if (out['pull-request-number'] !== wantNumber)
      problem(`output pull-request-number '${out['pull-request-number']}', open PR '${wantNumber}'`);
    if (out['pull-request-url'] !== (wantNumber ? `https://github.com/acme/infra/pull/${wantNumber}` : ''))
      problem(`output pull-request-url '${out['pull-request-url']}'`);
    const pr = openAfter[0];
    const checkPr = async () => {
      if (!pr) {
        problem(`${operation} but no open pull request`);
        return;
      }
      const marker = markerOf(pr.body);
      if (marker.deployed !== deployed || marker.target !== target)
        problem(`PR #${pr.number} marker ${JSON.stringify(marker)}, expected ${deployed} -> ${target}`);
      const title = `Upgrade W&B Server ${deployed} -> ${target} (support ${status === 'expired' ? 'ended' : 'ends'} ${end})`;
      if (pr.title !== title) problem(`PR #${pr.number} title '${pr.title}', expected '${title}'`);
      if (pr.head !== BRANCH || pr.base !== 'main') problem(`PR #${pr.number} is ${pr.head} -> ${pr.base}`);
      const onBranch = await remote.show(BRANCH, FILE);
      const base = (await git(remote.root, ['--git-dir', remote.bare, 'merge-base', 'main', BRANCH])).trim();
      const onBase = await git(remote.root, ['--git-dir', remote.bare, 'show', `${base}:${FILE}`]);
      if (onBranch !== onBase.replace(`tag: "${deployed}"`, `tag: "${target}"`))
        problem(`the branch's ${FILE} is not its base's with the version line changed`);
    };
    switch (operation) {
      case 'created': {
        if (openBefore) problem(`created while #${openBefore.number} was open`);
        if (after.length !== before.length + 1)
          problem(`created, but ${after.length - before.length} new PRs`);
        if (!due) problem(`created with ${daysLeft} days left`);
        if (gh.requests.length > 8) problem(`created with ${gh.requests.length} GitHub requests (goal 8)`);
        await checkPr();
        if (pr) {
          if (
            pr.labels.map((l) => l.name).join() !==
            (status === 'expired' ? 'wandb-upgrade,urgent' : 'wandb-upgrade')
          )
            problem(`PR #${pr.number} labels ${pr.labels.map((l) => l.name).join()}`);
          if (pr.assignees.join() !== 'alice' || pr.requested_reviewers.join() !== 'bob')
            problem(
              `PR #${pr.number} assignees/reviewers ${pr.assignees.join()}/${pr.requested_reviewers.join()}`,
            );
          if (result.prs.some((p) => p.deployed === deployed && p.targets.includes(target)))
            problem(`PR #${pr.number} duplicates an earlier PR for ${deployed} -> ${target}`);
          result.prs.push({
            number: pr.number,
            openedOn: today,
            deployed,
            daysLeftAtOpen: daysLeft,
            targets: [target],
          });
          result.events.push(`${today} opened #${pr.number}: ${pr.title} (${daysLeft} days left)`);
        }
        break;
      }
      case 'updated': {
        if (!openBefore || !pr || openBefore.number !== pr.number)
          problem(`updated, but the open PR went from #${openBefore?.number} to #${pr?.number}`);
        if (after.length !== before.length) problem('updated, but the number of PRs changed');
        const previous = openBefore ? markerOf(openBefore.body).target : undefined;
        if (previous === target) problem(`updated, but the target stayed ${target}`);
        if (branchAfter === branchBefore) problem('updated, but the branch did not move');
        await checkPr();
        if (pr) {
          result.prs.find((p) => p.number === pr.number)?.targets.push(target);
          result.events.push(`${today} updated #${pr.number}: ${pr.title}`);
        }
        break;
      }
      case 'none': {
        if (writes.length > 0) problem(`none, but GitHub got writes: ${writes.join(', ')}`);
        if (gh.requests.length > 3) problem(`none with ${gh.requests.length} GitHub requests (goal 3)`);
        if (branchAfter !== branchBefore) problem('none, but the branch moved');
        if (JSON.stringify(after) !== JSON.stringify(before)) problem('none, but a pull request changed');
        if (due && target && !pr) problem(`none while an upgrade to ${target} is due and no PR is open`);
        if (pr && markerOf(pr.body).target !== target)
          problem(`none, but PR #${pr.number} is not for ${target}`);
        break;
      }
      case 'closed':
        // The deployment only ever moves by merging the PR, so an open PR is never obsolete here.
        problem(`closed #${openBefore?.number}, which nothing in this replay makes obsolete`);
        break;
      default:
        problem(`unknown pull-request-operation '${operation}'`);
    }
    countOpen();
  };

  for (let week = 0; today <= END; today = addDays(today, 1)) {
    ran(deployed);
    const runDay = daysBetween(START, today) % EVERY === 0;
    if (scenario.merge === 'before-run') await mergeDue();
    if (runDay) {
      await runOnce();
      week++;
    }
    if (scenario.merge === 'after-run') await mergeDue();
    // Wednesdays: someone changes something else on main.
    const wednesday = daysBetween(START, today) % EVERY === 2;
    if (wednesday && (week % scenario.otherCommitsEvery === 0 || pulls.open().length > 0)) {
      await remote.commit('main', { 'README.md': `# infra\n\nUpdated ${today}.\n` }, 'Docs', dated(today));
    }
  }
  today = END;
  result.finalFile = await remote.show('main', FILE);
  result.finalVersion = deployed;
  await rm(remote.root, { recursive: true, force: true });
  await gh.stop();
  return result;
}

function checkInvariants(result: ReplayResult, scenario: Scenario): void {
  // The outputs of every run made sense (see runOnce), and every run succeeded.
  expect(result.problems).toEqual([]);
  expect(result.runs).toHaveLength(daysBetween(START, END) / EVERY + 1);

  // Zero days out of support: every version that ran on each day, against the CSV's end date.
  expect(result.deployedOn.size).toBe(daysBetween(START, END) + 1);
  const outOfSupport = [...result.deployedOn].flatMap(([day, versions]) =>
    [...versions]
      .filter((v) => endOfSupport(v, scenario.policy) <= day)
      .map((v) => `${day} ${v} (ended ${endOfSupport(v, scenario.policy)})`),
  );
  expect(outOfSupport).toEqual([]);

  // Every PR opened at least warn-days before the end date, and not needlessly earlier (the last weekly run
  // that still leaves warn-days).
  for (const pr of result.prs) {
    expect(daysBetween(pr.openedOn, endOfSupport(pr.deployed, scenario.policy))).toBe(pr.daysLeftAtOpen);
    expect(pr.daysLeftAtOpen).toBeGreaterThanOrEqual(WARN);
    expect(pr.daysLeftAtOpen).toBeLessThan(WARN + EVERY);
  }

  // Never more than one open upgrade PR.
  expect(result.maxOpen).toBe(1);

  // No duplicate: one PR per upgrade (each deployed version gets one), numbered in order, each merged.
  const deployedVersions = result.prs.map((p) => p.deployed);
  expect(new Set(deployedVersions).size).toBe(deployedVersions.length);
  expect(result.prs.map((p) => p.number)).toEqual(result.prs.map((_, i) => i + 1));
  for (const pr of result.prs) {
    if (addDays(pr.openedOn, 7) <= END) expect(pr.mergedVersion).toBe(pr.targets[pr.targets.length - 1]);
  }

  // The values file on main kept every byte but the version line through all the merges.
  expect(result.finalFile).toBe(CR(result.finalVersion));
}

function operations(result: ReplayResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const run of result.runs) {
    const op = run.out['pull-request-operation'] ?? `exit ${run.code}`;
    counts[op] = (counts[op] ?? 0) + 1;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------------------

const MINOR_12: Scenario = {
  policy: 'minor-12-months',
  initial: '0.54.0',
  merge: 'after-run',
  deleteBranchOnMerge: false,
  otherCommitsEvery: 3,
};
const RELEASE_6: Scenario = {
  policy: 'release-6-months',
  initial: '0.54.0',
  merge: 'before-run',
  deleteBranchOnMerge: true,
  otherCommitsEvery: 2,
};
const results: Partial<Record<Policy, ReplayResult>> = {};

// Both replays at once: most of a run's time is spent waiting on git processes and on the GitHub client's
// one-second pause between writes, which overlap well.
beforeAll(async () => {
  const [a, b] = await Promise.all([replay(MINOR_12), replay(RELEASE_6)]);
  results[MINOR_12.policy] = a;
  results[RELEASE_6.policy] = b;
}, 600_000);

// Only meaningful when the rows came from the CSV: otherwise they are the snapshot itself.
(ROWS_FROM === 'csv' ? it : it.skip)('the built-in snapshot holds the dates of the CSV', () => {
  const snapshot = snapshotReleases().map((r) => `${r.version} ${r.date}`);
  expect(ROWS.map((r) => `${r.version} ${r.date}`)).toEqual(snapshot);
});

describe('weekly upgrade-check from 2024-06 to 2026-07 (minor-12-months, PR merged after the run a week later)', () => {
  const scenario = MINOR_12;
  const result = () => results[scenario.policy] as ReplayResult;

  it('keeps the deployment inside support every day; every PR in time, one at a time, never twice', () => {
    checkInvariants(result(), scenario);
  });

  it('follows the real calendar, and reports sensible operations', () => {
    expect(result().events).toEqual([
      '2025-03-24 opened #1: Upgrade W&B Server 0.54.0 -> 0.66.3 (support ends 2025-05-23) (60 days left)',
      // 0.67.0 and 0.67.1 came out on 2025-03-26: the Monday run moves the same PR before the team merges it.
      '2025-03-31 updated #1: Upgrade W&B Server 0.54.0 -> 0.67.1 (support ends 2025-05-23)',
      '2025-03-31 merged #1 -> 0.67.1',
      // 0.67 ends on a Thursday: the Monday after leaves 59 days, so the PR opens with 66.
      '2026-01-19 opened #2: Upgrade W&B Server 0.67.1 -> 0.76.3 (support ends 2026-03-26) (66 days left)',
      '2026-01-26 updated #2: Upgrade W&B Server 0.67.1 -> 0.77.0 (support ends 2026-03-26)',
      '2026-01-26 merged #2 -> 0.77.0',
    ]);
    expect(operations(result())).toEqual({ created: 2, updated: 2, none: 109 });
  });
});

describe('weekly upgrade-check from 2024-06 to 2026-07 (release-6-months, PR merged before the run, branch deleted)', () => {
  const scenario = RELEASE_6;
  const result = () => results[scenario.policy] as ReplayResult;

  it('keeps the deployment inside support every day; every PR in time, one at a time, never twice', () => {
    checkInvariants(result(), scenario);
  });

  it('follows the real calendar, and reports sensible operations', () => {
    expect(result().events).toEqual([
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
    expect(operations(result())).toEqual({ created: 7, none: 106 });
  });
});
