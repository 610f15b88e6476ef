/*
 * The operator-wandb versions this release knows the values of (src/charts/generated/operator-wandb.json,
 * made from the chart archives by scripts/gen-chart-knowledge.mjs), and which one to check a configuration
 * against: the version `spec.chart.version` pins, else the closest one known, saying so.
 */
import semver from 'semver';
import data from './generated/operator-wandb.json' with { type: 'json' };
import { lookupKey, type ChartKnowledge, type KeyNode } from './knowledge.js';

const trees = (data as { versions: Record<string, KeyNode> }).versions;
const digests = (data as { digests: Record<string, string> }).digests;

/** The known version whose chart archive has this sha256, if any. */
export function knownChartByDigest(sha256: string): ChartKnowledge | undefined {
  const version = Object.keys(digests).find((v) => digests[v] === sha256);
  return version ? knownChart(version) : undefined;
}

/** Known versions, oldest first. */
export const KNOWN_CHART_VERSIONS: readonly string[] = Object.keys(trees).sort(semver.compare);

export function knownChart(version: string): ChartKnowledge | undefined {
  const tree = trees[version];
  return tree ? { chart: 'operator-wandb', version, tree } : undefined;
}

export type KnowledgeBasis =
  /** The pinned version is one this release knows. */
  | 'pinned'
  /** The pinned version is not known: the closest known one is used. */
  | 'closest'
  /** No version pinned: the newest known one is used. */
  | 'newest'
  /** Derived from the chart archive or directory at hand (the `chart` input). */
  | 'chart';

export interface ChosenKnowledge {
  knowledge: ChartKnowledge;
  basis: KnowledgeBasis;
  /** What spec.chart.version says, when anything. */
  pinned?: string;
  /** One sentence for the log: which version's keys were used, and why. */
  note: string;
}

/** The newest known version not newer than `version`; the oldest known when all are newer. */
function closestKnown(version: string): string {
  const older = KNOWN_CHART_VERSIONS.filter((known) => semver.lte(known, version));
  return older.length > 0 ? older[older.length - 1] : KNOWN_CHART_VERSIONS[0];
}

export function chooseKnowledge(pinned: unknown, atHand?: ChartKnowledge): ChosenKnowledge {
  const version = typeof pinned === 'string' || typeof pinned === 'number' ? String(pinned).trim() : '';
  const pin = version ? { pinned: version } : {};
  if (atHand) {
    return {
      knowledge: atHand,
      basis: 'chart',
      ...pin,
      note: `keys checked against ${atHand.chart} ${atHand.version}, read from the chart given`,
    };
  }
  const newest = KNOWN_CHART_VERSIONS[KNOWN_CHART_VERSIONS.length - 1];
  if (!version) {
    return {
      knowledge: knownChart(newest)!,
      basis: 'newest',
      note: `spec.chart.version is not pinned: keys checked against operator-wandb ${newest}, the newest this release knows`,
    };
  }
  const exact = knownChart(version);
  if (exact)
    return {
      knowledge: exact,
      basis: 'pinned',
      ...pin,
      note: `keys checked against operator-wandb ${version}`,
    };
  const valid = semver.valid(semver.coerce(version));
  const closest = valid ? closestKnown(valid) : newest;
  return {
    knowledge: knownChart(closest)!,
    basis: 'closest',
    ...pin,
    note: `operator-wandb ${version} is not a version this release knows (${KNOWN_CHART_VERSIONS.join(', ')}): keys checked against ${closest}, the closest`,
  };
}

/** The other known versions that read a values path the chosen one does not. */
export function versionsReading(path: readonly string[], except: string): string[] {
  return KNOWN_CHART_VERSIONS.filter(
    (version) => version !== except && lookupKey(knownChart(version)!, path).known,
  );
}
