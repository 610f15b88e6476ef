import { UserError } from '../core/errors.js';
import { parseTagValue } from './version-file.js';
import type { ChartRef, ClusterChart } from './chart.js';

/**
 * The deployed W&B Server version from what the cluster holds (pure: the objects are read by the caller).
 * In order (facts section 8): the CR's `spec.values.app.image.tag`; else `app.image.tag` in the values the
 * operator last applied (Secret `<cr>-spec-active`, key `values`, JSON); else the tag of the `wandb/local`
 * image of the app workload labelled `app.kubernetes.io/instance=<cr>` (`<cr>-app`, then `<cr>-app-bc`).
 */

export interface ClusterObjects {
  crName: string;
  namespace: string;
  /** The WeightsAndBiases object, or undefined when it does not exist. */
  cr?: { spec?: { values?: unknown; chart?: unknown } };
  /** Decoded `values` of `<cr>-spec-active`, when readable. */
  activeValues?: unknown;
  /** Decoded `chart` of `<cr>-spec-active` (what the operator last installed), when readable. */
  activeChart?: unknown;
  /** Deployments (and StatefulSets) labelled with the CR's instance. */
  workloads: Array<{
    metadata?: { name?: string };
    spec?: { template?: { spec?: { containers?: Array<{ name?: string; image?: string }> } } };
  }>;
}

export interface ClusterVersion {
  version: string;
  where: string;
  /** Whether the live CR pins the chart, or leaves it to the release channel. */
  chart?: ClusterChart;
}

function chartRef(value: unknown): ChartRef | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const pick = (key: string) =>
    typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : undefined;
  const ref: ChartRef = {
    url: pick('url'),
    name: pick('name'),
    path: pick('path'),
    version: pick('version'),
  };
  return ref.url || ref.name || ref.path || ref.version ? ref : undefined;
}

/**
 * Where the live CR's chart comes from: `spec.chart` (facts 1.3), or, without one, the release channel
 * (facts 1.4; the chart the operator last applied is in `<cr>-spec-active`). Undefined without a CR.
 */
export function chartFromCluster(
  objects: Pick<ClusterObjects, 'cr' | 'activeChart'>,
): ClusterChart | undefined {
  if (!objects.cr) return undefined;
  const own = chartRef(objects.cr.spec?.chart);
  if (own) return { source: 'cr', applied: own };
  return { source: 'channel', applied: chartRef(objects.activeChart) };
}

/** `app.image.tag` of a values object, as a string; undefined when unset. */
export function tagAt(values: unknown): string | undefined {
  const app = (values as { app?: { image?: { tag?: unknown } } } | undefined)?.app;
  const tag = app?.image?.tag;
  return tag === undefined || tag === null ? undefined : String(tag);
}

const PIN_FIX =
  'Pin an exact version in the CR (spec.values.app.image.tag, e.g. 0.74.1): an unpinned image changes on every restart, outside any review.';

function pinned(raw: string, where: string): ClusterVersion {
  const parsed = parseTagValue(raw);
  if (!parsed) {
    throw new UserError(`The W&B Server version ${where} is '${raw}', not a pinned version.`, PIN_FIX);
  }
  return { version: parsed.version, where };
}

export function versionFromCluster(objects: ClusterObjects): ClusterVersion {
  const found = findVersion(objects);
  const chart = chartFromCluster(objects);
  return chart ? { ...found, chart } : found;
}

function findVersion(objects: ClusterObjects): ClusterVersion {
  const id = `${objects.namespace}/${objects.crName}`;
  if (!objects.cr) {
    throw new UserError(
      `There is no WeightsAndBiases '${objects.crName}' in namespace '${objects.namespace}'.`,
      'Set cr-name and cr-namespace to the CR of the deployment (kubectl get weightsandbiases -A lists them).',
    );
  }
  const fromCr = tagAt(objects.cr.spec?.values);
  if (fromCr !== undefined && fromCr !== '')
    return pinned(fromCr, `in the CR ${id} (spec.values.app.image.tag)`);

  const fromActive = tagAt(objects.activeValues);
  if (fromActive !== undefined && fromActive !== '') {
    return pinned(
      fromActive,
      `in the values the operator applied for ${id} (Secret ${objects.crName}-spec-active)`,
    );
  }

  const preferred = [`${objects.crName}-app`, `${objects.crName}-app-bc`];
  const ordered = [...objects.workloads].sort((a, b) => {
    const rank = (name?: string) => {
      const i = preferred.indexOf(name ?? '');
      return i < 0 ? preferred.length : i;
    };
    return rank(a.metadata?.name) - rank(b.metadata?.name);
  });
  for (const workload of ordered) {
    for (const container of workload.spec?.template?.spec?.containers ?? []) {
      const image = container.image ?? '';
      if (!/(^|\/)wandb\/local(:|@|$)/.test(image)) continue;
      return pinned(
        image,
        `in the image of ${workload.metadata?.name ?? 'the app workload'} (namespace ${objects.namespace})`,
      );
    }
  }
  throw new UserError(
    `No W&B Server version found for ${id}: the CR sets no spec.values.app.image.tag, the operator's applied values say none, and no workload labelled app.kubernetes.io/instance=${objects.crName} runs a wandb/local image.`,
    PIN_FIX,
  );
}
