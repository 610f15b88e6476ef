/**
 * Test data for the GitHub stand-in: the releases of wandb/server with their real versions and dates (the
 * package's snapshot, from wandb-server-releases.csv) and fixture notes. The notes are test fixtures, not
 * W&B's text. Tag quirks are reproduced: some tags with a `v`, some without, and 0.63.0 published twice (as
 * `v0.63.0` on 2024-11-12 and as `0.63.0` on 2024-12-06: the two tag forms of one version), plus one draft and one prerelease to be left out.
 */
import { snapshotReleases } from '../../src/data/releases-snapshot.js';
import type { GitHubStandIn } from './server.js';

export const WANDB_SERVER = 'wandb/server';

/** Fixture notes in the 2025-2026 layout, with Upgrading / Known issues where the tests look for them. */
export function fixtureNotes(version: string): string {
  const parts = [
    `## Features`,
    `* Fixture feature note for ${version}.`,
    '',
    '## Fixes',
    `* Fixture fix for ${version}.`,
  ];
  if (version === '0.79.0')
    parts.push('', '## Upgrading', '* Fixture: upgrade the operator-wandb chart first.');
  if (version === '0.78.2') parts.push('', '## Known issues', '* Fixture: a known issue.');
  return parts.join('\n');
}

export interface SeedOptions {
  repository?: string;
  /** Notes of each release (default fixtureNotes). */
  notes?: (version: string) => string;
  /** Leave out releases after this date (YYYY-MM-DD). */
  until?: string;
}

/** Adds the wandb/server releases to the stand-in; returns how many release objects were added. */
export function seedWandbServer(gh: GitHubStandIn, options: SeedOptions = {}): number {
  const repository = options.repository ?? WANDB_SERVER;
  const notes = options.notes ?? fixtureNotes;
  let count = 0;
  const seen = new Set<string>();
  for (const release of snapshotReleases()) {
    if (options.until && release.date > options.until) continue;
    const minor = Number(release.version.split('.')[1]);
    // The second publication of a version gets the other tag form, as 0.63.0 did.
    const twice = seen.has(release.version);
    seen.add(release.version);
    const prefixed = twice ? minor % 2 === 0 : minor % 2 === 1;
    const tag = `${prefixed ? 'v' : ''}${release.version}`;
    gh.addRelease(repository, {
      tag_name: tag,
      name: `v${release.version}`,
      body: notes(release.version),
      published_at: `${release.date}T16:00:00Z`,
      created_at: `${release.date}T15:00:00Z`,
    });
    count++;
  }
  gh.addRelease(repository, {
    tag_name: 'v0.84.0-rc.1',
    prerelease: true,
    published_at: '2026-08-01T10:00:00Z',
  });
  gh.addRelease(repository, { tag_name: 'v0.84.0', draft: true, created_at: '2026-08-02T10:00:00Z' });
  return count + 2;
}
