/**
 * scripts/release.mjs, the release workflow's logic, on a temporary git repository (real git, real npm run
 * build): the dry run prints the changelog section, the tags it would create or move, and refuses a stale
 * dist/, a tag that is not package.json's version, a changelog without the section, a dirty tree, a tag at
 * another commit and a major tag that would move back. The real run pushes to a local bare remote and calls
 * a `gh` stand-in (a script on PATH that records its arguments and the notes, as the GitHub CLI would get
 * them).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(process.cwd(), 'scripts/release.mjs');
let work: string;
let repo: string;
let remote: string;
let bin: string;

function env(): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|GIT_)/i.test(key) && key !== 'NODE_OPTIONS') clean[key] = value;
  }
  return {
    ...clean,
    PATH: `${bin}:${process.env.PATH}`,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GH_RECORD: join(work, 'gh.log'),
  };
}

function sh(command: string, args: string[], cwd = repo) {
  const result = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function release(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: repo, env: env(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const CHANGELOG = `# Changelog

## [Unreleased]

- Nothing yet.

## [0.2.0] - 2026-12-01

### Added

- The thing that 0.2.0 adds.

## [0.1.0] - 2026-11-23

- The first one.

[0.2.0]: https://example.com/compare/v0.1.0...v0.2.0
`;

function write(file: string, text: string) {
  writeFileSync(join(repo, file), text);
}

/** package.json at VERSION; `npm run build` writes dist/out.js from src.txt, as the real build writes dist/. */
function setUp(version = '0.2.0') {
  write(
    'package.json',
    JSON.stringify({ name: 'demo-action', version, scripts: { build: 'node build.mjs' } }, null, 2),
  );
  write(
    'build.mjs',
    "import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';\nmkdirSync('dist', { recursive: true });\nwriteFileSync('dist/out.js', `export default ${JSON.stringify(readFileSync('src.txt', 'utf8'))};\\n`);\n",
  );
  write('src.txt', 'one');
  write('CHANGELOG.md', CHANGELOG);
  sh('npm', ['run', 'build', '--silent']);
  sh('git', ['add', '-A']);
  sh('git', ['commit', '-q', '-m', 'release commit']);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'wandb-release-'));
  repo = join(work, 'repo');
  remote = join(work, 'remote.git');
  bin = join(work, 'bin');
  mkdirSync(repo);
  mkdirSync(bin);
  // The GitHub CLI stand-in: `gh release view` says there is no release; create/edit record their arguments
  // and the notes file's content.
  writeFileSync(
    join(bin, 'gh'),
    `#!/bin/sh
if [ "$1 $2" = "release view" ]; then echo "release not found" >&2; exit 1; fi
echo "gh $*" >> "$GH_RECORD"
while [ $# -gt 0 ]; do if [ "$1" = "--notes-file" ]; then cat "$2" >> "$GH_RECORD"; fi; shift; done
`,
  );
  chmodSync(join(bin, 'gh'), 0o755);
  sh('git', ['init', '-q', '--bare', remote], work);
  sh('git', ['init', '-q', '-b', 'main']);
  sh('git', ['remote', 'add', 'origin', remote]);
  setUp();
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

test('dry run: the changelog section, the tags it would create, and nothing changed', () => {
  const head = sh('git', ['rev-parse', 'HEAD']);
  const run = release('v0.2.0', '--dry-run');
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`release v0.2.0 of demo-action at ${head} (dry run: nothing is changed)`);
  expect(run.stdout).toContain(`tag v0.2.0: would create at ${head} and push it to origin`);
  expect(run.stdout).toContain(`tag v0: would create at ${head} and push it to origin`);
  const notes = run.stdout.split('--- release notes (CHANGELOG.md, 0.2.0) ---\n')[1].split('\n--- end')[0];
  expect(notes).toBe('### Added\n\n- The thing that 0.2.0 adds.');
  expect(sh('git', ['tag', '--list'])).toBe('');
  expect(sh('git', ['ls-remote', '--tags', remote])).toBe('');
});

test('dry run: an existing major tag would move; a tag already at this commit is used', () => {
  const first = sh('git', ['rev-parse', 'HEAD']);
  sh('git', ['tag', 'v0']);
  write('src.txt', 'two');
  sh('npm', ['run', 'build', '--silent']);
  sh('git', ['commit', '-q', '-am', 'next']);
  const head = sh('git', ['rev-parse', 'HEAD']);
  sh('git', ['tag', '-a', 'v0.2.0', '-m', 'v0.2.0']);
  const run = release('v0.2.0', '--dry-run');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`tag v0.2.0: exists at ${head}; would push it to origin`);
  expect(run.stdout).toContain(`tag v0: would move from ${first} to ${head} and force-push it to origin`);
});

test.each([
  [
    'a stale dist/',
    () => {
      write('src.txt', 'changed without a rebuild');
      sh('git', ['commit', '-q', '-am', 'forgot to build']);
    },
    'v0.2.0',
    'dist/ or a generated file is stale: npm run build changed',
  ],
  [
    'a tag that is not package.json version',
    () => undefined,
    'v0.3.0',
    "the tag v0.3.0 does not match package.json's version 0.2.0",
  ],
  [
    'a changelog without the section',
    () => {
      write(
        'package.json',
        JSON.stringify({ name: 'demo-action', version: '0.3.0', scripts: { build: 'node build.mjs' } }),
      );
      sh('git', ['commit', '-q', '-am', 'bump']);
    },
    'v0.3.0',
    'CHANGELOG.md has no section for 0.3.0',
  ],
  ['a dirty work tree', () => write('notes.txt', 'x'), 'v0.2.0', 'the work tree has uncommitted changes'],
  [
    'a tag at another commit',
    () => {
      sh('git', ['tag', 'v0.2.0']);
      sh('git', ['commit', '-q', '--allow-empty', '-m', 'after the tag']);
    },
    'v0.2.0',
    'the tag v0.2.0 already exists at',
  ],
  [
    'a later release of the same major',
    () => sh('git', ['tag', 'v0.10.0']),
    'v0.2.0',
    'v0.10.0 already released: moving v0 back to v0.2.0',
  ],
])('refuses %s (exit 1)', (_what, arrange, tag, message) => {
  arrange();
  const run = release(tag, '--dry-run');
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`error: refusing to release ${tag}: ${message}`);
});

test.each([['0.2.0'], ['v1.2'], ['v1.2.3-rc.1'], ['v01.2.3']])(
  'a tag %s is a usage error (exit 2)',
  (tag) => {
    const run = release(tag, '--dry-run');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a release tag vX.Y.Z');
  },
);

test('the real run pushes the tag, creates the GitHub release with the section, then moves the major tag', () => {
  const head = sh('git', ['rev-parse', 'HEAD']);
  const old = sh('git', ['commit-tree', 'HEAD^{tree}', '-m', 'an older release']);
  sh('git', ['tag', 'v0', old]);
  sh('git', ['push', '-q', 'origin', 'refs/tags/v0']);
  const run = release('v0.2.0');
  expect(run.stderr).not.toContain('error');
  expect(run.code).toBe(0);
  const remoteTags = sh('git', ['ls-remote', '--tags', remote]);
  expect(remoteTags).toContain('refs/tags/v0.2.0');
  expect(sh('git', ['rev-parse', 'refs/tags/v0.2.0^{commit}'], remote)).toBe(head);
  expect(sh('git', ['rev-parse', 'refs/tags/v0^{commit}'], remote)).toBe(head);
  const gh = readFileSync(join(work, 'gh.log'), 'utf8');
  expect(gh).toMatch(/^gh release create v0\.2\.0 --verify-tag --title v0\.2\.0 --notes-file \S+\n/);
  expect(gh).toContain('### Added\n\n- The thing that 0.2.0 adds.\n');
  expect(gh).not.toContain('The first one.');
});
