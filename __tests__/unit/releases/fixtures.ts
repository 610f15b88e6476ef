import { buildCatalog } from '../../../src/releases/catalog.js';
import { snapshotReleases } from '../../../src/data/releases-snapshot.js';
import type { Release } from '../../../src/releases/types.js';

/** The built-in snapshot (wandb/server release dates 2020-2026) as a catalog: real dates and quirks. */
export function snapshotCatalog(): Release[] {
  return buildCatalog(snapshotReleases());
}

export function release(version: string, date: string, notes = '', extra: Partial<Release> = {}): Release {
  return {
    version,
    tag: `v${version}`,
    name: `v${version}`,
    date,
    notes,
    url: `https://github.com/wandb/server/releases/tag/v${version}`,
    prerelease: false,
    draft: false,
    ...extra,
  };
}
