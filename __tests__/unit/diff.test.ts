import { unifiedDiff, diffStat } from '../../src/diff/unified.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', { fromLabel: 'live', toLabel: 'desired' })).toBe('');
  });

  it('shows a changed line with context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const after = before.replace('e', 'E');
    expect(unifiedDiff(before, after, { fromLabel: 'live', toLabel: 'desired', context: 1 })).toBe(
      ['--- live', '+++ desired', '@@ -4,3 +4,3 @@', ' d', '-e', '+E', ' f', ''].join('\n'),
    );
  });

  it('shows creation as all added lines', () => {
    const diff = unifiedDiff('', 'x: 1\ny: 2\n', { fromLabel: 'none', toLabel: 'new' });
    expect(diff).toContain('@@ -0,0 +1,2 @@');
    expect(diffStat(diff)).toEqual({ added: 2, removed: 0 });
  });
});
