import { describe, expect, it } from '@jest/globals';
import type { Release, SupportDecision } from '../../../src/releases/types.js';
import { defaultPolicy } from '../../../src/releases/policy.js';
import { releasesBetween } from '../../../src/releases/catalog.js';
import { readMarker } from '../../../src/upgrade/plan.js';
import { renderBody } from '../../../src/upgrade/pr-body.js';
import { snapshotCatalog } from '../releases/fixtures.js';

/**
 * The upgrade PR body on a real range: 0.76.0 -> 0.82.1 crosses 19 releases of W&B's snapshot (real versions
 * and dates, two of them skip-listed). The notes are written the way W&B's are: sections, PR numbers, thanks
 * to people, a code block.
 */

const decision: SupportDecision = {
  version: '0.76.0',
  endOfSupport: '2026-11-20',
  daysLeft: 40,
  status: 'nearing',
  target: '0.82.1',
  reason: '12 months from 0.76.0.',
};

function notesFor(version: string, filler: number): string {
  const fixes = Array.from(
    { length: 12 },
    (_, i) =>
      `* Fixed run table paging when a project holds more than ${1000 + i} runs (#${4000 + i}) by @dev-${i}`,
  );
  return [
    '## Features',
    `* Faster artifact listing in ${version} (#3${version.replace(/\./g, '')}), thanks @octo-cat and @wandb/sdk-team`,
    '* Reports render math blocks; see wandb/core#812 for the design',
    ...(version === '0.80.0'
      ? ['', '## Upgrading', 'Use operator-wandb chart 0.35.0 or newer (#4421), ask @alice if unsure.']
      : []),
    '',
    '## Fixes',
    ...fixes,
    '',
    '```yaml',
    '# keep @literal and #1 in code',
    'annotations: {owner: "@platform"}',
    '```',
    'y'.repeat(filler),
  ].join('\n');
}

function catalog(filler: number): Release[] {
  return snapshotCatalog().map((r) => ({
    ...r,
    notes: notesFor(r.version, filler),
    url: `https://github.com/wandb/server/releases/tag/v${r.version}`,
  }));
}

const input = (filler: number) => ({
  decision,
  target: '0.82.1',
  files: [{ path: 'deploy/wandb.yaml', keyPath: 'spec.values.app.image.tag' }],
  catalog: catalog(filler),
  policy: defaultPolicy(),
  source: 'pinned in `deploy/wandb.yaml`',
});

/** The body with code blocks and inline code removed: what GitHub reads for links and mentions. */
function prose(body: string): string {
  return body.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
}

describe('upgrade PR body', () => {
  it('keeps the why, the file table and the checklist on top and folds each of the 19 releases', () => {
    const body = renderBody(input(0), { deployed: '0.76.0', target: '0.82.1' });
    expect(releasesBetween(input(0).catalog, '0.76.0', '0.82.1')).toHaveLength(19);
    expect(body.length).toBeLessThan(65_536);

    const at = (text: string) => {
      const index = body.indexOf(text);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    const why = at('reaches the **end of support on 2026-11-20**');
    const table = at('| `deploy/wandb.yaml` | `spec.values.app.image.tag` | `0.76.0` | `0.82.1` |');
    const checklist = at('### Before merging');
    const releases = at('### W&B Server releases after 0.76.0, up to 0.82.1');
    const firstFold = at('<details>');
    expect(why).toBeLessThan(table);
    expect(table).toBeLessThan(checklist);
    expect(checklist).toBeLessThan(releases);
    expect(releases).toBeLessThan(firstFold);

    // One fold per release, each closed, each naming its version (and what to watch) in its summary.
    expect(body.match(/<details>/g)).toHaveLength(19);
    expect(body.match(/<\/details>/g)).toHaveLength(19);
    expect(body).toContain('<summary><b>0.76.1</b> (');
    expect(body).toContain('<summary><b>0.78.0</b> (2026-03-03): ⛔ do not install</summary>');
    expect(body).toMatch(/<summary><b>0\.80\.0<\/b> \([\d-]+\): Upgrading<\/summary>/);
    // Nothing of a release's notes stands outside its fold: the notes' own headings are all inside.
    const outside = body.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(outside).not.toContain('Fixed run table paging');
    expect(outside).not.toMatch(/^#### /m);
    expect(readMarker(body)).toEqual({ deployed: '0.76.0', target: '0.82.1' });
  });

  it('links #NNN to wandb/server and neutralises @mentions outside code, as Renovate does', () => {
    const body = renderBody(input(0), { deployed: '0.76.0', target: '0.82.1' });
    const text = prose(body);
    // Every bare issue reference is now an explicit link to wandb/server's issue.
    expect(body).toContain('[#4003](https://github.com/wandb/server/issues/4003)');
    expect(text).not.toMatch(/(^|[^\w/&[#])#\d+(?!\])/m);
    // In the call-out quoted from 0.80.0's Upgrading section too.
    expect(body).toContain(
      '> Use operator-wandb chart 0.35.0 or newer ([#4421](https://github.com/wandb/server/issues/4421)), ask @&#8203;alice if unsure.',
    );
    // No one is mentioned: every @ before a login carries a zero-width space.
    expect(body).toContain('thanks @&#8203;octo-cat and @&#8203;wandb/sdk-team');
    expect(text).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/m);
    // Cross-repository references (GitHub links them right) and code are left as written.
    expect(body).toContain('see wandb/core#812 for the design');
    expect(body).toContain('# keep @literal and #1 in code\nannotations: {owner: "@platform"}');
  });

  it('stays under 65,536 characters by cutting at a release boundary, with a note and a link', () => {
    const body = renderBody(input(6_000), { deployed: '0.76.0', target: '0.82.1' });
    expect(body.length).toBeLessThanOrEqual(65_536);
    const folds = body.match(/<details>/g) ?? [];
    expect(folds.length).toBeGreaterThan(3);
    expect(folds.length).toBeLessThan(19);
    // Every fold that was started is closed: the cut never falls inside a release.
    expect(body.match(/<\/details>/g)).toHaveLength(folds.length);
    const cut =
      /Cut here to stay within GitHub's 65,536-character limit: the notes of (\d+) more releases \((0\.\d+\.\d+) to 0\.82\.1\) are not shown\. Read them on GitHub: (\S+)/.exec(
        body,
      );
    expect(cut).not.toBeNull();
    expect(Number(cut?.[1]) + folds.length).toBe(19);
    expect(cut?.[3]).toBe(`https://github.com/wandb/server/releases/tag/v${cut?.[2]}`);
    expect(body).not.toContain(`<summary><b>${cut?.[2]}</b>`);
    // The cut releases are still in the table.
    expect(body).toContain('| [0.82.1](https://github.com/wandb/server/releases/tag/v0.82.1) |');
    expect(readMarker(body)).toEqual({ deployed: '0.76.0', target: '0.82.1' });
  });
});
