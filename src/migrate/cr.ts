/*
 * The WeightsAndBiases resource a migration writes for review, and the decisions around the switch.
 * Pure: no I/O.
 */
import { stringify } from 'yaml';
import { API_VERSION, KIND } from '../config/index.js';
import type { Mapping, Values } from './legacy.js';

export interface ChartRef {
  url: string;
  name: string;
  version?: string;
}

export interface CrTarget {
  name: string;
  namespace: string;
  chart: ChartRef;
}

export function migrationCr(target: CrTarget, values: Values): Record<string, unknown> {
  return {
    apiVersion: API_VERSION,
    kind: KIND,
    metadata: {
      name: target.name,
      namespace: target.namespace,
      labels: { 'app.kubernetes.io/name': 'weightsandbiases', 'app.kubernetes.io/instance': target.name },
    },
    spec: {
      // Pinned chart source: without spec.chart the operator takes whatever its release channel serves.
      chart: {
        url: target.chart.url,
        name: target.chart.name,
        ...(target.chart.version ? { version: target.chart.version } : {}),
      },
      values,
    },
  };
}

export interface CrFileNotes {
  source: string;
  /** Dotted paths of values that hold secrets inline. */
  inlineSecrets: string[];
  unmapped: string[];
}

/** The file for review: a header that says where it came from, what holds secrets and what was left out. */
export function crFileText(cr: Record<string, unknown>, notes: CrFileNotes): string {
  const header = [
    `# WeightsAndBiases resource written by \`wandb-operator-actions migrate\` from ${notes.source}.`,
    '# Review it before running migrate again with confirm: true.',
  ];
  if (notes.inlineSecrets.length > 0) {
    header.push(
      '#',
      '# WARNING: this file holds secrets copied from the old installation, inline:',
      ...notes.inlineSecrets.map((path) => `#   ${path}`),
      '# Do not commit it. Move them into Kubernetes Secrets and reference those instead',
      '# (global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret, global.auth.oidc.oidcSecret).',
    );
  }
  if (notes.unmapped.length > 0) {
    header.push(
      '#',
      '# Not carried over (review each; see the migrate log for the reasons):',
      ...notes.unmapped.map((path) => `#   ${path}`),
    );
  }
  // YAML 1.1 quoting: `on`, `yes`, `off` stay strings for readers that follow 1.1 (kubectl, Helm).
  return `${header.join('\n')}\n${stringify(cr, { lineWidth: 0, version: '1.1' })}`;
}

/** Dotted paths (under spec.values) whose values are secrets, given the masked copy of the values. */
export function maskedPaths(masked: unknown, prefix = 'spec.values'): string[] {
  if (typeof masked === 'string') return masked.includes('***') ? [prefix] : [];
  if (Array.isArray(masked)) return masked.flatMap((item, i) => maskedPaths(item, `${prefix}.${i}`));
  if (masked && typeof masked === 'object') {
    return Object.entries(masked).flatMap(([key, item]) => maskedPaths(item, `${prefix}.${key}`));
  }
  return [];
}

/**
 * The operator installs the app chart as a Helm release named after the CR, in the CR's namespace. A CR named
 * like the old release in the same namespace would make the operator upgrade the old release in place: the
 * old installation (the way back) would be gone before the new one is verified.
 */
export function releaseClash(
  cr: { name: string; namespace: string },
  old: { release?: string; namespace: string },
): string | undefined {
  if (!old.release || cr.name !== old.release || cr.namespace !== old.namespace) return undefined;
  return `The CR would be named '${cr.name}' in namespace ${cr.namespace}, like the old Helm release: the operator installs its chart as a Helm release named after the CR and would overwrite the old release, leaving no way back.`;
}

/**
 * The operator installs the app chart as a Helm release named after the CR, in the CR's namespace. Once the CR
 * exists, a release of that name there is the new instance's, never the old installation (releaseClash refuses
 * to make a CR named like the old release): read as the old one, it would be scaled down or uninstalled.
 */
export function isNewInstanceRelease(
  release: { name: string; namespace: string },
  cr: { name: string; namespace: string; exists: boolean },
): boolean {
  return cr.exists && release.name === cr.name && release.namespace === cr.namespace;
}

export interface WorkloadSummary {
  name: string;
  ready: boolean;
  detail: string;
}

/** Whether the old installation may be removed: only once the operator-managed one is up. */
export function removalRefusal(
  cr: { exists: boolean; phase?: string; label: string },
  workloads: WorkloadSummary[],
  old: { replicas: number; label: string },
): string | undefined {
  if (!cr.exists) {
    return `${cr.label} does not exist: migrate (confirm: true) has not run, or its first install failed.`;
  }
  if (cr.phase !== 'Completed') {
    return `${cr.label} is in phase '${cr.phase ?? '(none)'}', not Completed.`;
  }
  if (workloads.length === 0) return `${cr.label} has no workloads yet.`;
  const waiting = workloads.filter((w) => !w.ready);
  if (waiting.length > 0) {
    return `${cr.label} is Completed but not every workload is ready: ${waiting.map((w) => w.detail).join(', ')}.`;
  }
  if (old.replicas > 0) {
    return `${old.label} still runs ${old.replicas} replica${old.replicas > 1 ? 's' : ''}: the switch did not finish (or was undone).`;
  }
  return undefined;
}

/**
 * The record that a verify passed for the CR as it is: an annotation on the CR, written by migrate (confirm, or
 * remove-old when given an API key) after a passed verify. remove-old trusts only a record whose generation is
 * the CR's current metadata.generation: any change to the spec (a new server version included) makes it stale.
 */
export const VERIFIED_ANNOTATION = 'wandb-operator-actions/verified';

export interface VerifiedRecord {
  /** When verify passed (ISO 8601). */
  at: string;
  /** metadata.generation of the CR that was verified: the version of its spec. */
  generation: number;
  /** The W&B Server version the instance reported to verify, when it did. */
  serverVersion?: string;
}

/** The annotation's value: compact JSON of the time, the generation and the server version; nothing secret. */
export function verifiedAnnotationValue(record: VerifiedRecord): string {
  return JSON.stringify({
    at: record.at,
    generation: record.generation,
    ...(record.serverVersion ? { serverVersion: record.serverVersion } : {}),
  });
}

/** The record in an annotation value, or undefined when there is none or it cannot be read. */
export function parseVerifiedRecord(value: string | undefined): VerifiedRecord | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const { at, generation, serverVersion } = parsed as Record<string, unknown>;
  if (typeof at !== 'string' || typeof generation !== 'number' || !Number.isInteger(generation)) {
    return undefined;
  }
  return {
    at,
    generation,
    ...(typeof serverVersion === 'string' && serverVersion ? { serverVersion } : {}),
  };
}

/**
 * The record of a passed verify for the CR as it is now (`ok`), or why there is none: no annotation, one this
 * tool did not write, or one for an earlier generation of the spec.
 */
export function currentVerifiedRecord(cr: {
  label: string;
  generation?: number;
  annotations?: Record<string, string>;
}): { ok: true; record: VerifiedRecord } | { ok: false; reason: string } {
  const value = cr.annotations?.[VERIFIED_ANNOTATION];
  if (value === undefined) {
    return {
      ok: false,
      reason: `${cr.label} has no record of a passed verify (annotation ${VERIFIED_ANNOTATION}): verify was skipped or did not pass.`,
    };
  }
  const record = parseVerifiedRecord(value);
  if (!record) {
    return {
      ok: false,
      reason: `${cr.label} has an annotation ${VERIFIED_ANNOTATION} that is not a record this tool wrote.`,
    };
  }
  if (record.generation !== cr.generation) {
    return {
      ok: false,
      reason: `${cr.label} was verified at generation ${record.generation} (${record.at}), but its spec has changed since (now generation ${cr.generation ?? '(none)'}).`,
    };
  }
  return { ok: true, record };
}

/** How to get a verify to pass after the switch: remove-old runs it itself when it has what verify needs. */
export function verifyLaterFix(has: { apiKey: boolean; host: boolean }): string {
  const missing = [
    ...(has.apiKey ? [] : ['api-key (a secret; the CLI reads WANDB_API_KEY)']),
    ...(has.host ? [] : ['host (the CR has no global.host)']),
  ];
  return `Run remove-old again with ${missing.length ? missing.join(' and ') : 'api-key and host'}: it runs verify first, records it on the CR when it passes, and only then removes the old installation.`;
}

export type RemovalDecision =
  /** `unverified`: refused for want of a passed verify (the new instance is up). */
  | { action: 'refuse'; reason: string; fix: string; unverified: boolean }
  /** Run verify now against `host`; remove only after it passed and its record is on the CR. */
  | { action: 'verify'; host: string }
  | { action: 'remove'; record: VerifiedRecord };

/**
 * remove-old: the old installation goes only once the operator-managed one is up (removalRefusal) and a verify
 * has passed for the CR as it is now. With verify inputs (api-key and a host) verify runs now, even over an
 * earlier record: the way back is removed on evidence from this moment. Without them, the record of an earlier
 * passed verify must be there for the CR's current generation.
 */
export function removalDecision(input: {
  cr: {
    exists: boolean;
    phase?: string;
    label: string;
    generation?: number;
    annotations?: Record<string, string>;
  };
  workloads: WorkloadSummary[];
  old: { replicas: number; label: string };
  /** What this run has of what verify needs: an api-key, and a host (the input, or global.host of the CR). */
  verifyInputs: { apiKey: boolean; host?: string };
}): RemovalDecision {
  const notUp = removalRefusal(input.cr, input.workloads, input.old);
  if (notUp) {
    return {
      action: 'refuse',
      unverified: false,
      reason: notUp,
      fix: 'Run migrate with confirm: true (and an api-key, so that verify runs) first; remove-old keeps the old installation until the new one is up and verified.',
    };
  }
  const { apiKey, host } = input.verifyInputs;
  if (apiKey && host) return { action: 'verify', host };
  const verified = currentVerifiedRecord(input.cr);
  if (!verified.ok) {
    return {
      action: 'refuse',
      unverified: true,
      reason: verified.reason,
      fix: verifyLaterFix({ apiKey, host: Boolean(host) }),
    };
  }
  return { action: 'remove', record: verified.record };
}

/** global.host of a CR: the URL verify checks when no host is given. */
export function crHost(cr: Record<string, unknown> | undefined): string | undefined {
  const spec = (cr?.spec ?? {}) as { values?: { global?: { host?: unknown } } };
  const host = spec.values?.global?.host;
  return typeof host === 'string' && host !== '' ? host : undefined;
}

/** metadata.generation and metadata.annotations of a CR as read from the cluster. */
export function crMetadata(cr: Record<string, unknown> | undefined): {
  generation?: number;
  annotations?: Record<string, string>;
} {
  const metadata = (cr?.metadata ?? {}) as { generation?: unknown; annotations?: unknown };
  return {
    generation: typeof metadata.generation === 'number' ? metadata.generation : undefined,
    annotations:
      metadata.annotations && typeof metadata.annotations === 'object'
        ? (metadata.annotations as Record<string, string>)
        : undefined,
  };
}

/** The outputs' `unmapped-keys`: one path a line. */
export function unmappedList(mapping: Mapping): string {
  return mapping.unmapped.map((u) => u.path).join('\n');
}

export interface SwitchOutcome {
  result: 'migrated' | 'unverified';
  /** The last line of the log. */
  line: string;
  /** The summary's result. */
  summary: string;
  /** When verify was skipped: the warning, and the step for the summary. */
  skipped?: { warning: string; step: string };
}

/**
 * How a switch that rolled out ends: `migrated` only when a passed verify is recorded for the CR as it is now
 * (this run's, or an earlier one of the same generation), else `unverified`, with why verify was skipped and
 * what remove-old will ask for. The old installation is kept (scaled to 0) either way.
 */
export function switchOutcome(input: {
  crLabel: string;
  oldLabel: string;
  /** The old Helm release, when there is one. */
  release?: string;
  /** Whether this run's verify passed. */
  verified: boolean;
  record: ReturnType<typeof currentVerifiedRecord>;
  apiKey: boolean;
  host?: string;
}): SwitchOutcome {
  const { crLabel, record } = input;
  const kept = `${input.oldLabel} scaled to 0${input.release ? `, Helm release '${input.release}' kept` : ''}`;
  let skipped: SwitchOutcome['skipped'];
  if (!input.verified) {
    const missing = [
      ...(input.apiKey ? [] : ['no api-key']),
      ...(input.host ? [] : ['no host (and the CR has no global.host)']),
    ].join(' and ');
    const then = record.ok
      ? `An earlier verify of this generation of ${crLabel} passed (${record.record.at}) and is recorded on it: remove-old may go ahead.`
      : `remove-old will be refused until a verify passes. ${verifyLaterFix({ apiKey: input.apiKey, host: Boolean(input.host) })}`;
    skipped = {
      warning: `Verify was skipped: ${missing} was given. apply-cr's cluster checks passed (CR Completed, workloads ready), but nothing checked the W&B instance itself. ${then}`,
      step: `verify skipped (${missing} was given): ${record.ok ? 'an earlier pass is recorded' : 'remove-old is refused until a verify passes'}`,
    };
  }
  if (record.ok) {
    return {
      result: 'migrated',
      line: `Migrated: ${crLabel} is rolled out and verified. The old installation is kept for rollback (${kept}). Remove it with remove-old: true once you are satisfied.`,
      summary: 'migrated and verified; the old installation is kept (scaled to 0) until remove-old',
      ...(skipped ? { skipped } : {}),
    };
  }
  return {
    result: 'unverified',
    line: `Switched, not verified: ${crLabel} is rolled out, but no verify passed. The old installation is kept for rollback (${kept}); remove-old is refused until a verify passes.`,
    summary:
      'switched but **not verified**; the old installation is kept (scaled to 0), and remove-old is refused until a verify passes (run remove-old with api-key: it verifies first)',
    ...(skipped ? { skipped } : {}),
  };
}
