#!/usr/bin/env node
// Cuts a release of this repository for a tag vX.Y.Z (docs/releasing.md). Run from the repository, at the
// commit to release; the release workflow (.github/workflows/release.yml) runs it on a pushed tag.
//
//   node scripts/release.mjs vX.Y.Z [--dry-run] [--remote NAME]
//
// It refuses (exit 1, changing nothing) unless:
//   - the tag is vX.Y.Z and X.Y.Z is package.json's version;
//   - CHANGELOG.md has a non-empty `## [X.Y.Z]` section;
//   - the work tree is clean, and `npm run build` leaves it clean (dist/, action.yml files and README tables
//     fresh);
//   - the tag vX.Y.Z, when it exists, points at this commit, and no later vX.* release exists.
// Then it creates and pushes the tag vX.Y.Z (when it does not exist yet), creates the GitHub release
// vX.Y.Z with that changelog section as its notes (`gh release create`, or `gh release edit` when it
// exists), and moves the major tag vX to this commit (force-pushed), last, so that `@vX` only ever points at
// a released commit. --dry-run prints all of that and does none of it. Exit 2 for a usage error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const USAGE = 'Usage: node scripts/release.mjs vX.Y.Z [--dry-run] [--remote NAME]';

class Refusal extends Error {}

function parseArgs(argv) {
  const options = { tag: undefined, dryRun: false, remote: 'origin' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--remote' && argv[i + 1]) options.remote = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (!arg.startsWith('-') && options.tag === undefined) options.tag = arg;
    else usage(`unexpected argument '${arg}'`);
  }
  if (!options.tag) usage('the tag to release is missing');
  const match = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(options.tag);
  if (!match) usage(`'${options.tag}' is not a release tag vX.Y.Z (e.g. v0.2.0)`);
  options.version = options.tag.slice(1);
  options.major = `v${match[1]}`;
  options.parts = match.slice(1, 4).map(Number);
  return options;
}

function usage(message) {
  console.error(`error: ${message}\n${USAGE}`);
  process.exit(2);
}

function run(command, args, { cwd, allowFail = false, input } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', input });
  if (result.error) throw new Refusal(`cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0 && !allowFail) {
    throw new Refusal(`${command} ${args.join(' ')} failed:\n${(result.stderr || result.stdout).trim()}`);
  }
  return result;
}

const git = (args, options) => run('git', args, options);

/** The `## [X.Y.Z]` section of a Keep a Changelog file, without its heading; undefined when absent. */
function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const escaped = version.replace(/\./g, '\\.');
  const start = lines.findIndex((line) => new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`).test(line));
  if (start < 0) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  // Link reference definitions at the end of the file belong to no section.
  const body = lines.slice(start + 1, end).filter((line) => !/^\[[^\]]+\]:\s/.test(line));
  return body.join('\n').trim();
}

function tagCommit(tag, cwd) {
  const result = git(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`], {
    cwd,
    allowFail: true,
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function release(options) {
  const say = (line) => console.log(line);
  const root = git(['rev-parse', '--show-toplevel']).stdout.trim();
  const head = git(['rev-parse', 'HEAD'], { cwd: root }).stdout.trim();

  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.version !== options.version) {
    throw new Refusal(
      `the tag ${options.tag} does not match package.json's version ${pkg.version}: set "version": "${options.version}" in package.json (and commit), or tag v${pkg.version}.`,
    );
  }

  let changelog;
  try {
    changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  } catch {
    throw new Refusal('CHANGELOG.md is missing.');
  }
  const notes = changelogSection(changelog, options.version);
  if (notes === undefined) {
    throw new Refusal(
      `CHANGELOG.md has no section for ${options.version}: rename '## [Unreleased]' to '## [${options.version}] - YYYY-MM-DD' (and start a new Unreleased section).`,
    );
  }
  if (notes === '') throw new Refusal(`CHANGELOG.md's section for ${options.version} is empty.`);

  const dirty = git(['status', '--porcelain'], { cwd: root }).stdout.trim();
  if (dirty)
    throw new Refusal(`the work tree has uncommitted changes; commit or stash them first:\n${dirty}`);
  say(`running npm run build to check that dist/ and the generated files are fresh...`);
  run('npm', ['run', 'build', '--silent'], { cwd: root });
  const stale = git(['status', '--porcelain'], { cwd: root }).stdout.trim();
  if (stale) {
    throw new Refusal(
      `dist/ or a generated file is stale: npm run build changed\n${stale}\nCommit the rebuilt files and tag that commit.`,
    );
  }

  const existing = tagCommit(options.tag, root);
  if (existing && existing !== head) {
    throw new Refusal(`the tag ${options.tag} already exists at ${existing}, not at this commit ${head}.`);
  }
  const later = git(['tag', '--list', `${options.major}.*`], { cwd: root })
    .stdout.split('\n')
    .map((t) => t.trim())
    .filter((t) => /^v\d+\.\d+\.\d+$/.test(t))
    .filter((t) => compare(t.slice(1).split('.').map(Number), options.parts) > 0);
  if (later.length > 0) {
    throw new Refusal(
      `${later.join(', ')} already released: moving ${options.major} back to ${options.tag} would downgrade everyone on @${options.major}.`,
    );
  }
  const majorAt = tagCommit(options.major, root);

  const prefix = options.dryRun ? 'would ' : '';
  say(
    `release ${options.tag} of ${pkg.name} at ${head}${options.dryRun ? ' (dry run: nothing is changed)' : ''}`,
  );
  say(`package.json version: ${pkg.version}`);
  say('dist/ and generated files: fresh');
  say(
    existing
      ? `tag ${options.tag}: exists at ${head}; ${prefix}push it to ${options.remote}`
      : `tag ${options.tag}: ${prefix}create at ${head} and push it to ${options.remote}`,
  );
  say(`GitHub release ${options.tag}: ${prefix}create (or update) with the notes below`);
  say(
    majorAt === head
      ? `tag ${options.major}: already at ${head}`
      : majorAt
        ? `tag ${options.major}: ${prefix}move from ${majorAt} to ${head} and force-push it to ${options.remote}`
        : `tag ${options.major}: ${prefix}create at ${head} and push it to ${options.remote}`,
  );
  say(`--- release notes (CHANGELOG.md, ${options.version}) ---\n${notes}\n--- end of release notes ---`);
  if (options.dryRun) return;

  if (!existing) git(['tag', '-a', options.tag, '-m', `${pkg.name} ${options.tag}`], { cwd: root });
  git(['push', options.remote, `refs/tags/${options.tag}`], { cwd: root });

  const dir = mkdtempSync(join(tmpdir(), 'release-notes-'));
  try {
    const notesFile = join(dir, 'notes.md');
    writeFileSync(notesFile, `${notes}\n`);
    const view = run('gh', ['release', 'view', options.tag, '--json', 'tagName'], {
      cwd: root,
      allowFail: true,
    });
    if (view.status === 0) {
      run('gh', ['release', 'edit', options.tag, '--title', options.tag, '--notes-file', notesFile], {
        cwd: root,
      });
    } else {
      run(
        'gh',
        ['release', 'create', options.tag, '--verify-tag', '--title', options.tag, '--notes-file', notesFile],
        { cwd: root },
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (majorAt !== head) {
    git(['tag', '--force', options.major, head], { cwd: root });
    git(['push', '--force', options.remote, `refs/tags/${options.major}`], { cwd: root });
  }
  say(`released ${options.tag}; ${options.major} points at ${head}`);
}

const options = parseArgs(process.argv.slice(2));
try {
  release(options);
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`error: refusing to release ${options.tag}: ${error.message}`);
  process.exit(1);
}
