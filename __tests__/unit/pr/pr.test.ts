import { details, fitBody, readMarker, renderMarker } from '../../../src/pr/body.js';
import {
  DEFAULT_COMMIT_AUTHOR,
  changeFor,
  hasTrailer,
  isEmptyChange,
  parseCommitAuthor,
  type PrSnapshot,
} from '../../../src/pr/plan.js';

const pr = (over: Partial<PrSnapshot> = {}): PrSnapshot => ({
  number: 7,
  url: 'https://github.com/acme/infra/pull/7',
  state: 'open',
  merged: false,
  title: 'T',
  body: 'B',
  labels: ['keep-me'],
  headSha: 'a'.repeat(40),
  ...over,
});

describe('pull-request body conventions', () => {
  it('folds a section so that GitHub renders its Markdown (blank lines) with a plain-text summary', () => {
    expect(details('Values <14> & more', '| a | b |\n')).toBe(
      '<details>\n<summary>Values &lt;14&gt; &amp; more</summary>\n\n| a | b |\n\n</details>',
    );
  });

  it('keeps the body under the limit: sections that do not fit are named, the footer and its marker stay whole', () => {
    const footer = `---\n${renderMarker('x', { cr: 'ns/wandb' })}\n`;
    const sections = [
      { title: 'Small', text: 'a'.repeat(100) },
      { title: 'Huge', text: 'b'.repeat(5_000) },
      { title: 'After', text: 'c' },
    ];
    const body = fitBody('Head', sections, footer, 2_000);
    expect(body.length).toBeLessThanOrEqual(2_000);
    expect(body).toContain('<summary>Small</summary>');
    expect(body).not.toContain('bbbb');
    // Order is kept: once one section is left out, the later ones are too (no hole in the middle).
    expect(body).toContain("left out to stay under GitHub's size limit: Huge, After");
    expect(body.endsWith(footer)).toBe(true);
    expect(readMarker(body, 'x')).toEqual({ cr: 'ns/wandb' });

    const hugeHead = fitBody('h'.repeat(10_000), [], footer, 2_000);
    expect(hugeHead.length).toBeLessThanOrEqual(2_000);
    expect(hugeHead).toContain('(cut to fit)');
    expect(readMarker(hugeHead, 'x')).toEqual({ cr: 'ns/wandb' });
  });

  it('reads the last marker of its name, and nothing from a broken or foreign one', () => {
    const body = `${renderMarker('x', { n: 1 })}\n${renderMarker('y', { n: 2 })}\n${renderMarker('x', { n: 3 })}`;
    expect(readMarker(body, 'x')).toEqual({ n: 3 });
    expect(readMarker(body, 'z')).toBeUndefined();
    expect(readMarker('<!-- wandb-operator-actions:x {broken -->', 'x')).toBeUndefined();
    expect(readMarker(undefined, 'x')).toBeUndefined();
  });
});

describe('the change to an existing pull request', () => {
  it('sets title and body when they differ (line endings aside) and only adds labels', () => {
    expect(changeFor(pr({ body: 'line\r\nnext' }), { title: 'T', body: 'line\nnext', labels: [] })).toEqual({
      addLabels: [],
      removeLabels: [],
    });
    expect(isEmptyChange(changeFor(pr(), { title: 'T', body: 'B', labels: ['KEEP-ME'] }))).toBe(true);
    expect(changeFor(pr(), { title: 'T2', body: 'B2', labels: ['wandb-migration'] })).toEqual({
      title: 'T2',
      body: 'B2',
      addLabels: ['wandb-migration'],
      removeLabels: [],
    });
  });

  it("tells the job's own commits by their trailer on a line of its own", () => {
    const trailer = 'Generated-by: wandb-operator-actions migrate';
    expect(hasTrailer(`Subject\n\nBody\n\n${trailer}\n`, trailer)).toBe(true);
    expect(hasTrailer(`Subject\r\n\r\n  ${trailer}  `, trailer)).toBe(true);
    expect(hasTrailer(`Subject mentioning ${trailer} inline`, trailer)).toBe(false);
  });
});

test('commit-author is Name <email>; the default is the Actions bot', () => {
  expect(parseCommitAuthor(' Jane Operator <jane@example.com> ')).toEqual({
    name: 'Jane Operator',
    email: 'jane@example.com',
  });
  expect(parseCommitAuthor(DEFAULT_COMMIT_AUTHOR)).toEqual({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
  });
  expect(parseCommitAuthor('jane@example.com')).toBeUndefined();
});
