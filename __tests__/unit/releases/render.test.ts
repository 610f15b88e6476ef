import {
  attentionSections,
  renderReleaseNotes,
  renderReleaseNotesJson,
  renderSlackText,
  shiftHeadings,
} from '../../../src/releases/render.js';
import { defaultPolicy } from '../../../src/releases/policy.js';
import { releasesBetween } from '../../../src/releases/catalog.js';
import { release, snapshotCatalog } from './fixtures.js';

const notes79 = [
  '# v0.79.0',
  '## Features',
  '* Registry: a new view',
  '```yaml',
  '# not a heading',
  '```',
  '## Known issues',
  '* Weave needs Clickhouse v0.25.8+',
  '## Upgrading',
  '* Use operator-wandb chart 0.31.4+',
].join('\n');

describe('release notes markdown', () => {
  const catalog = [
    release('0.77.0', '2026-01-21', '## Features\n* one'),
    release('0.78.0', '2026-03-03', '## Fixes\n* two'),
    release('0.78.2', '2026-03-11', ''),
    release('0.79.0', '2026-03-24', notes79),
  ];

  it('has a table with date and end of support, then each version under its own heading', () => {
    const { markdown, truncated } = renderReleaseNotes(catalog.slice(1), defaultPolicy(), {
      catalog,
      from: '0.77.0',
      to: '0.79.0',
    });
    expect(truncated).toBe(false);
    expect(markdown).toContain('## W&B Server releases after 0.77.0, up to 0.79.0');
    expect(markdown).toContain(
      '| [0.78.0](https://github.com/wandb/server/releases/tag/v0.78.0) | 2026-03-03 | 2027-03-03 | ⛔ do not install |',
    );
    expect(markdown).toContain('| 2026-03-24 | 2027-03-24 | Known issues, Upgrading |');
    expect(markdown.indexOf('### 0.78.0 (2026-03-03)')).toBeLessThan(
      markdown.indexOf('### 0.79.0 (2026-03-24)'),
    );
    // Headings pushed below the version heading; code blocks untouched.
    expect(markdown).toContain('\n#### v0.79.0\n##### Features\n');
    expect(markdown).toContain('```yaml\n# not a heading\n```');
    expect(markdown).toContain('> **Do not install 0.78.0**: W&B: critical security issue');
    expect(markdown).toContain('> Read before upgrading: 0.79.0 (Known issues, Upgrading).');
    expect(markdown).toContain('_No notes were published with this release._');
  });

  it('cuts at a version boundary with a note and a link when over the limit', () => {
    const big = (v: string, d: string) => release(v, d, `## Fixes\n${'* a fix\n'.repeat(2000)}`);
    const many = [big('0.80.0', '2026-04-28'), big('0.80.1', '2026-05-06'), big('0.81.0', '2026-06-01')];
    const whole = renderReleaseNotes(many, defaultPolicy(), { maxLength: 1_000_000 });
    const cut = renderReleaseNotes(many, defaultPolicy(), { maxLength: 40_000 });
    expect(whole.truncated).toBe(false);
    expect(cut.truncated).toBe(true);
    expect(cut.markdown.length).toBeLessThanOrEqual(40_000);
    expect(cut.shown).toEqual(['0.80.0', '0.80.1']);
    expect(cut.omitted).toEqual(['0.81.0']);
    // The table still lists every version; the cut falls after a whole section.
    expect(cut.markdown).toContain('| [0.81.0]');
    expect(cut.markdown).not.toContain('### 0.81.0');
    expect(cut.markdown).toMatch(/\* a fix\n\n\[The release on GitHub\]\([^)]*v0\.80\.1\)\n\n> \[!NOTE\]/);
    expect(cut.markdown).toContain(
      'the notes of 1 more release (0.81.0) are not shown. Read them on GitHub: https://github.com/wandb/server/releases/tag/v0.81.0 (all releases: https://github.com/wandb/server/releases)',
    );
  });

  it('stays within 65,536 characters by default over a long real range', () => {
    const catalog = snapshotCatalog().map((r) => ({
      ...r,
      notes: `## Features\n${'* something new\n'.repeat(300)}`,
    }));
    const range = releasesBetween(catalog, '0.60.0', '0.83.0');
    const out = renderReleaseNotes(range, defaultPolicy(), { catalog });
    expect(out.truncated).toBe(true);
    expect(out.markdown.length).toBeLessThanOrEqual(65_536);
    expect(out.shown.length + out.omitted.length).toBe(range.length);
    expect(out.shown[0]).toBe('0.61.0');
  });
});

describe('references and mentions in notes posted to GitHub', () => {
  it('links #NNN to the release repository, neutralises @mentions, and leaves code and other repos alone', () => {
    const notes = [
      '## Fixes',
      '* Run tables page past 1000 rows (#4012), thanks @octo-cat',
      '* Same fix as wandb/core#77; mail ops@example.com',
      '* `@not-a-mention` in code, and #5 at the start of nothing',
      '```',
      '@keep #9',
      '```',
    ].join('\n');
    const { markdown } = renderReleaseNotes([release('0.80.0', '2026-05-01', notes)], defaultPolicy());
    expect(markdown).toContain(
      '* Run tables page past 1000 rows ([#4012](https://github.com/wandb/server/issues/4012)), thanks @&#8203;octo-cat',
    );
    expect(markdown).toContain('* Same fix as wandb/core#77; mail ops@example.com');
    expect(markdown).toContain(
      '* `@not-a-mention` in code, and [#5](https://github.com/wandb/server/issues/5) at the start of nothing',
    );
    expect(markdown).toContain('```\n@keep #9\n```');
    // A release of another repository (a mirror) links its own issues.
    const mirrored = renderReleaseNotes(
      [
        release('0.80.0', '2026-05-01', 'Fixed (#3)', {
          url: 'https://ghe.example.com/mirror/server/releases/tag/v0.80.0',
        }),
      ],
      defaultPolicy(),
    );
    expect(mirrored.markdown).toContain('Fixed ([#3](https://ghe.example.com/mirror/server/issues/3))');
  });

  it('folds each release in <details> when asked, with what to watch in its summary', () => {
    const { markdown } = renderReleaseNotes(
      [release('0.78.0', '2026-03-03', '## Fixes\n* two'), release('0.79.0', '2026-03-24', notes79)],
      defaultPolicy(),
      { fold: true, headingLevel: 3 },
    );
    expect(markdown).toContain('<details>\n<summary><b>0.78.0</b> (2026-03-03): ⛔ do not install</summary>');
    expect(markdown).toContain('<summary><b>0.79.0</b> (2026-03-24): Known issues, Upgrading</summary>');
    expect(markdown.match(/<\/details>/g)).toHaveLength(2);
  });
});

describe('helpers and other forms', () => {
  it('finds the attention sections and shifts headings', () => {
    expect(attentionSections(notes79)).toEqual(['Known issues', 'Upgrading']);
    expect(attentionSections('```\n## Upgrading\n```')).toEqual([]);
    expect(shiftHeadings('## A\n###### B', 4)).toBe('#### A\n###### B');
  });

  it('renders JSON and a short Slack digest', () => {
    const list = [release('0.78.1', '2026-03-05', ''), release('0.79.0', '2026-03-24', notes79)];
    const json = renderReleaseNotesJson(list, defaultPolicy(), { from: '0.78.0', to: '0.79.0' });
    expect(json.versions).toEqual(['0.78.1', '0.79.0']);
    expect(json.releases[0].skip).toContain('critical security issue');
    expect(json.releases[1]).toMatchObject({
      endOfSupport: '2027-03-24',
      attention: ['Known issues', 'Upgrading'],
    });
    const slack = renderSlackText(list, defaultPolicy(), { from: '0.78.0', to: '0.79.0' });
    expect(slack).toContain('*W&amp;B Server releases after 0.78.0, up to 0.79.0*: 2');
    expect(slack).toContain(
      '• <https://github.com/wandb/server/releases/tag/v0.78.1|0.78.1> (2026-03-05), end of support 2027-03-05 — :no_entry: do not install',
    );
  });
});
