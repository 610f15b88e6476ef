import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildConfig, type BuiltConfig, type Diagnostic } from '../../../src/config/index.js';

export const FIXTURES = join(process.cwd(), 'test-support', 'fixtures', 'config');

/** Builds from fixture files named relative to test-support/fixtures/config (the name is what diagnostics show). */
export function build(files: string[], sets: string[] = []): BuiltConfig {
  return buildConfig(
    files.map((path) => ({ path, text: readFileSync(join(FIXTURES, path), 'utf8') })),
    sets,
    { name: 'wandb', namespace: 'wandb' },
  );
}

/** `FILE:LINE:COL severity`, the fix, and the message: what a user reads, in a form easy to compare. */
export function brief(d: Diagnostic): { at: string; fix: string | undefined; message: string } {
  return { at: `${d.file}:${d.line}:${d.column} ${d.severity}`, fix: d.fix, message: d.message };
}

export function briefs(files: string[], sets: string[] = []): Array<ReturnType<typeof brief>> {
  return build(files, sets).diagnostics.map(brief);
}
