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

/** The outputs' `unmapped-keys`: one path a line. */
export function unmappedList(mapping: Mapping): string {
  return mapping.unmapped.map((u) => u.path).join('\n');
}
