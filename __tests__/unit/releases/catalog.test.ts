import {
  buildCatalog,
  catalogFromGitHub,
  initialRelease,
  knownAsOf,
  lineReleases,
  parseReleasesFile,
  releasesBetween,
} from '../../../src/releases/catalog.js';
import { lineOf, normaliseVersion } from '../../../src/releases/version.js';
import { UserError } from '../../../src/core/errors.js';
import { snapshotCatalog } from './fixtures.js';

const versions = (list: { version: string }[]) => list.map((r) => r.version);

describe('catalog from GitHub release objects', () => {
  it('normalises tags with and without v, drops drafts and prereleases unless asked, ignores non-versions', () => {
    const objects = [
      {
        tag_name: 'v0.79.2',
        name: 'v0.79.2',
        body: '## Fixes',
        published_at: '2026-04-14T17:00:00Z',
        html_url: 'u1',
      },
      { tag_name: '0.79.1', name: '', body: null, published_at: '2026-04-01T23:59:59Z', html_url: 'u2' },
      { tag_name: 'v0.80.0-rc.1', published_at: '2026-04-20T00:00:00Z', prerelease: true },
      { tag_name: 'v0.80.0', draft: true, published_at: null, created_at: '2026-04-27T00:00:00Z' },
      { tag_name: 'Release 0.9.42', published_at: '2021-06-30T00:00:00Z' },
    ];
    const plain = catalogFromGitHub(objects);
    expect(versions(plain.releases)).toEqual(['0.79.1', '0.79.2']);
    expect(plain.releases[0]).toMatchObject({ tag: '0.79.1', name: '0.79.1', date: '2026-04-01', notes: '' });
    expect(plain.ignored).toEqual(['Release 0.9.42']);
    const all = catalogFromGitHub(objects, { includePrereleases: true, includeDrafts: true });
    expect(versions(all.releases)).toEqual(['0.79.1', '0.79.2', '0.80.0-rc.1', '0.80.0']);
    expect(all.releases[3].date).toBe('2026-04-27');
  });

  it('keeps one entry for a version published twice: the later one, with the first date kept', () => {
    const catalog = buildCatalog([
      {
        version: '0.63.0',
        tag: 'v0.63.0',
        name: 'second',
        date: '2024-12-06',
        notes: 'new',
        url: 'b',
        prerelease: false,
        draft: false,
      },
      {
        version: '0.63.0',
        tag: '0.63.0',
        name: 'first',
        date: '2024-11-12',
        notes: 'old',
        url: 'a',
        prerelease: false,
        draft: false,
      },
    ]);
    expect(catalog).toHaveLength(1);
    expect(catalog[0]).toMatchObject({
      name: 'second',
      notes: 'new',
      date: '2024-12-06',
      firstDate: '2024-11-12',
    });
  });
});

describe('ranges, by semver and never by date', () => {
  const catalog = snapshotCatalog();

  it('after from, up to and including to', () => {
    expect(versions(releasesBetween(catalog, '0.74.1', '0.79.2'))).toEqual([
      '0.75.0',
      '0.75.1',
      '0.75.2',
      '0.76.0',
      '0.76.1',
      '0.76.2',
      '0.76.3',
      '0.77.0',
      '0.77.1',
      '0.78.0',
      '0.78.1',
      '0.78.2',
      '0.79.0',
      '0.79.1',
      '0.79.2',
    ]);
  });

  it('includes a backport by version even though it was published after the next minor (0.51.2 after 0.52.0)', () => {
    expect(versions(releasesBetween(catalog, '0.51.1', '0.52.0'))).toEqual(['0.51.2', '0.52.0']);
    expect(versions(releasesBetween(catalog, '0.52.0', '0.53.0'))).toEqual(['0.52.1', '0.52.2', '0.53.0']);
    // 0.62.2 was released the same day as a first 0.63.0: it is still before 0.63.0.
    expect(versions(releasesBetween(catalog, '0.62.0', '0.63.0'))).toEqual(['0.62.1', '0.62.2', '0.63.0']);
  });

  it('crosses the patch-line quirks 0.55 and 0.59 in version order', () => {
    expect(versions(releasesBetween(catalog, '0.54.0', '0.56.0'))).toEqual(['0.55.0', '0.56.0']);
    expect(versions(releasesBetween(catalog, '0.58.1', '0.60.0'))).toEqual([
      '0.59.0',
      '0.59.1',
      '0.59.2',
      '0.60.0',
    ]);
  });

  it('is empty when from is not before to', () => {
    expect(releasesBetween(catalog, '0.79.2', '0.74.1')).toEqual([]);
  });

  it('forgets releases published after the as-of day', () => {
    expect(versions(knownAsOf(catalog, '2026-03-10')).slice(-3)).toEqual(['0.77.1', '0.78.0', '0.78.1']);
  });

  it('knows a version published twice from its first publication (0.63.0: 2024-11-12, again 2024-12-06)', () => {
    expect(versions(knownAsOf(catalog, '2024-11-11'))).not.toContain('0.63.0');
    expect(versions(knownAsOf(catalog, '2024-11-12'))).toContain('0.63.0');
  });
});

describe('minor lines', () => {
  const catalog = snapshotCatalog();

  it('puts 0.59.x in the 0.58 line and 0.55.0 in the 0.54 line', () => {
    expect(lineOf('0.59.2')).toBe('0.58');
    expect(lineOf('0.55.0')).toBe('0.54');
    expect(lineOf('0.60.0')).toBe('0.60');
    expect(initialRelease(catalog, '0.59.1')).toMatchObject({ version: '0.58.0', date: '2024-08-29' });
    expect(initialRelease(catalog, '0.55.0')).toMatchObject({ version: '0.54.0', date: '2024-05-23' });
    expect(versions(lineReleases(catalog, '0.58'))).toEqual([
      '0.58.0',
      '0.58.1',
      '0.59.0',
      '0.59.1',
      '0.59.2',
    ]);
  });

  it('normalises versions', () => {
    expect(normaliseVersion('v0.74.1')).toBe('0.74.1');
    expect(normaliseVersion(' 0.74.1 ')).toBe('0.74.1');
    expect(normaliseVersion('latest')).toBeUndefined();
  });
});

describe('releases file', () => {
  it('reads GitHub-shaped YAML and Release-shaped JSON', () => {
    const yaml = [
      'releases:',
      '  - tag_name: v0.79.2',
      '    published_at: 2026-04-14T10:00:00Z',
      '    body: "## Fixes"',
      '    html_url: https://example.test/r/0.79.2',
      '  - version: 0.79.1',
      '    date: 2026-04-01',
    ].join('\n');
    const fromYaml = parseReleasesFile(yaml, 'r.yaml');
    expect(fromYaml.map((r) => [r.version, r.date, r.notes])).toEqual([
      ['0.79.2', '2026-04-14', '## Fixes'],
      ['0.79.1', '2026-04-01', ''],
    ]);
    const json = JSON.stringify([{ version: '0.80.0', date: '2026-04-28', notes: 'n', url: 'u' }]);
    expect(parseReleasesFile(json, 'r.json')[0]).toMatchObject({ version: '0.80.0', url: 'u', notes: 'n' });
  });

  it('says which item is wrong, with its line', () => {
    const text = '- version: 0.79.1\n  date: 2026-04-01\n- version: banana\n  date: 2026-04-02\n';
    try {
      parseReleasesFile(text, 'r.yaml');
      throw new Error('expected a UserError');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toContain("release 2 has no valid version (got 'banana')");
      expect((error as UserError).place).toMatchObject({ file: 'r.yaml', line: 3 });
    }
    expect(() => parseReleasesFile('- version: 0.79.1\n', 'r.yaml')).toThrow('has no valid date');
    expect(() => parseReleasesFile('name: x\n', 'r.yaml')).toThrow('holds no list of releases');
  });
});
