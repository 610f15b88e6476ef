/*
 * Known keys, from the chart: every key under spec.values is looked up in the values key tree of the
 * operator-wandb version the configuration pins (src/charts). A key the chart does not read is a warning,
 * with the closest known key as a suggestion, or, when another known version of the chart reads it, the
 * versions that do ("`global.olap` is read by operator-wandb 0.43.8; you pin 0.40.7"). Keys below an open
 * key (one whose children the chart passes on as they are: `extraEnv`, `resources`, `global.env`...) are
 * not checked. A map the chart expects given as a scalar or a list is a warning too.
 * Pure: the merged CR and the chosen knowledge in, findings out.
 */
import { lookupKey, type KeyNode } from '../charts/knowledge.js';
import { versionsReading, type ChosenKnowledge } from '../charts/catalog.js';
import { closest } from '../core/inputs.js';
import type { Finding } from './rules.js';

/**
 * Top-level values the operator itself reads, not the chart (facts 1.2: `reconcileFrequency`, the requeue
 * period; `_releaseId`, the version pin the System Console writes).
 */
const OPERATOR_KEYS = new Set(['reconcileFrequency', '_releaseId']);

function isMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function dottedValues(path: readonly string[]): string {
  return path.join('.');
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  return 'a value';
}

export function chartKeyFindings(values: unknown, chosen: ChosenKnowledge): Finding[] {
  const { knowledge } = chosen;
  const findings: Finding[] = [];
  const walk = (node: KeyNode, value: Record<string, unknown>, path: string[]) => {
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (path.length === 0 && OPERATOR_KEYS.has(key)) continue;
      const known = node.k?.[key];
      if (!known) {
        const others = versionsReading(childPath, knowledge.version);
        const where = path.length ? `\`${dottedValues(path)}\`` : '`spec.values`';
        const siblings = Object.keys(node.k ?? {});
        const suggestion = closest(key, siblings);
        if (others.length > 0) {
          findings.push({
            severity: 'warning',
            path: ['spec', 'values', ...childPath],
            at: 'key',
            message:
              chosen.basis === 'pinned'
                ? `\`${dottedValues(childPath)}\` is read by operator-wandb ${others.join(', ')}; you pin ${knowledge.version}, which ignores it`
                : `\`${dottedValues(childPath)}\` is read by operator-wandb ${others.join(', ')}, not by ${knowledge.version} (${chosen.note})`,
            fix: `Pin a chart version that reads it (spec.chart.version: ${others[others.length - 1]}), or remove it.`,
          });
        } else {
          findings.push({
            severity: 'warning',
            path: ['spec', 'values', ...childPath],
            at: 'key',
            message: suggestion
              ? `unknown key \`${key}\` in ${where} — did you mean \`${suggestion}\`?`
              : `unknown key \`${key}\` in ${where}: operator-wandb ${knowledge.version} does not read it`,
            fix: suggestion
              ? `Rename \`${key}\` to \`${suggestion}\`.`
              : siblings.length > 0 && siblings.length <= 12
                ? `Remove it, or use one of: ${siblings.map((k) => `\`${k}\``).join(', ')}.`
                : `Remove it, or check its place and spelling against operator-wandb ${knowledge.version}'s values.yaml.`,
          });
        }
        continue;
      }
      if (known.o) continue;
      if (known.t === 'map' && known.k && child !== null && child !== undefined && !isMap(child)) {
        const keys = Object.keys(known.k);
        findings.push({
          severity: 'warning',
          path: ['spec', 'values', ...childPath],
          at: 'value',
          message: `\`${dottedValues(childPath)}\` is a map in operator-wandb ${knowledge.version} (keys such as ${keys
            .slice(0, 4)
            .map((k) => `\`${k}\``)
            .join(', ')}), not ${typeOf(child)}`,
          fix: `Write \`${key}:\` as a map of those keys.`,
        });
        continue;
      }
      if (isMap(child)) walk(known, child, childPath);
    }
  };
  if (isMap(values)) walk(knowledge.tree, values, []);
  return findings;
}

/** Whether the chart reads a values path at all (for rules that explain a key better than "unknown"). */
export function chartReads(chosen: ChosenKnowledge, path: readonly string[]): boolean {
  return lookupKey(chosen.knowledge, path).known;
}
