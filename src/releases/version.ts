import semver from 'semver';

/**
 * Versions of W&B Server as the catalog sees them: normalised semver (tags come as `v0.74.1` and `0.74.1`)
 * and the "minor line" a version belongs to.
 *
 * W&B calls each `0.X.0` a "major" (monthly) release and `0.X.Y` its patches. Two minor numbers were spent on
 * patch releases of the previous line (facts 4.1, W&B's release notes): 0.55.0 is a patch of 0.54, and
 * 0.59.x are patches of 0.58 (0.60.0 is the next line after 0.58). They are kept here as data, so that a
 * future quirk is one line in this table rather than a new rule.
 */
export const PATCH_LINE_ALIASES: Readonly<Record<string, string>> = {
  '0.55': '0.54',
  '0.59': '0.58',
};

/** `v0.74.1` / `0.74.1` / ` V0.74.1 ` → `0.74.1`; undefined when it is not a semver version. */
export function normaliseVersion(text: string): string | undefined {
  const trimmed = text.trim().replace(/^[vV]/, '');
  const parsed = semver.valid(trimmed);
  return parsed ?? undefined;
}

/** `0.74.1` → `0.74` (the literal major.minor, before aliases). */
export function minorOf(version: string): string {
  const parsed = semver.parse(version);
  if (!parsed) throw new Error(`not a version: ${version}`);
  return `${parsed.major}.${parsed.minor}`;
}

/** The minor line a version belongs to: `0.59.1` → `0.58`, `0.55.0` → `0.54`, `0.74.1` → `0.74`. */
export function lineOf(
  version: string,
  aliases: Readonly<Record<string, string>> = PATCH_LINE_ALIASES,
): string {
  const minor = minorOf(version);
  return aliases[minor] ?? minor;
}

/** Semver order of two `major.minor` line names. */
export function compareLines(a: string, b: string): number {
  return semver.compare(`${a}.0`, `${b}.0`);
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}
