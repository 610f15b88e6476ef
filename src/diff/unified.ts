/**
 * A unified diff of two texts (line based, LCS), for showing what apply-cr will change. Pure: the caller
 * passes texts that are already masked.
 */
export interface DiffOptions {
  fromLabel: string;
  toLabel: string;
  context?: number;
}

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]; configurations are a few thousand lines at most.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i], a: i++, b: j++ });
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removals before additions, as diff(1) shows a changed line.
      ops.push({ kind: '-', line: a[i], a: i++, b: j });
    } else {
      ops.push({ kind: '+', line: b[j], a: i, b: j++ });
    }
  }
  return ops;
}

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Returns '' when the texts are equal. */
export function unifiedDiff(before: string, after: string, options: DiffOptions): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const out = [`--- ${options.fromLabel}`, `+++ ${options.toLabel}`];
  let index = 0;
  while (index < ops.length) {
    if (ops[index].kind === ' ') {
      index++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last nearby change.
    let start = Math.max(0, index - context);
    while (start < index && ops[start].kind !== ' ') start++;
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= context * 2) {
      if (ops[end].kind !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, end);
    const aStart = hunk[0].a;
    const bStart = hunk[0].b;
    const aCount = hunk.filter((op) => op.kind !== '+').length;
    const bCount = hunk.filter((op) => op.kind !== '-').length;
    out.push(
      `@@ -${aCount === 0 ? aStart : aStart + 1},${aCount} +${bCount === 0 ? bStart : bStart + 1},${bCount} @@`,
    );
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    index = end;
  }
  return out.join('\n') + '\n';
}

/** Counts of added and removed lines in a unified diff, for one-line summaries. */
export function diffStat(diff: string): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+') && !line.startsWith('+++')) added++;
    else if (line.startsWith('-') && !line.startsWith('---')) removed++;
  }
  return { added, removed };
}
