/*
 * A v2 CR checked against the operator's own v2 CRD schema (compiled from the CRD by
 * scripts/gen-v2-validator.mjs), its errors turned into findings at the path they concern. The validator
 * applies the CRD's defaults to a copy first, as the API server does before it checks `required`.
 *
 * Unknown fields are errors here, unlike v1's unknown Helm values: kubectl refuses them (client-side
 * validation) and the API server would drop them (pruning), so a field the CRD lacks never takes effect.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import compiledValidator from './generated/v2-validator.js';
import crd from './generated/crd-v2.json' with { type: 'json' };
import { closest } from '../../core/inputs.js';
import { dotted, pointerToPath } from '../schema.js';
import { hasPlaceholder, type Finding } from '../rules.js';

type Schema = Record<string, unknown>;
const validate = compiledValidator as ValidateFunction;
const root = crd.schema as unknown as Schema;

export interface StoreShape {
  key: string;
  /** A map of instance names (`spec.mysql.<name>`) rather than one object (`spec.kafka`). */
  instances: boolean;
  managed: string | null;
  external: string | null;
}

export const V2_CRD = crd as unknown as {
  source: { crd: string; file: string; sha256: string };
  apiVersion: string;
  kind: string;
  stores: StoreShape[];
  secretRefs: string[];
};

function resolved(node: Schema | undefined): Schema | undefined {
  const ref = node?.$ref;
  if (typeof ref !== 'string') return node;
  return (root.definitions as Record<string, Schema>)[ref.replace('#/definitions/', '')];
}

/** The schema node for an instance path, or undefined where the schema says nothing. */
export function schemaAt(path: readonly string[]): Schema | undefined {
  let node = resolved(root);
  for (const segment of path) {
    if (!node) return undefined;
    const properties = node.properties as Record<string, Schema> | undefined;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment))
      node = resolved(properties[segment]);
    else if (/^\d+$/.test(segment) && node.items) node = resolved(node.items as Schema);
    else if (node.additionalProperties && typeof node.additionalProperties === 'object')
      node = resolved(node.additionalProperties as Schema);
    else return undefined;
  }
  return node;
}

function keysAt(path: readonly string[]): string[] {
  return Object.keys((schemaAt(path)?.properties as Schema | undefined) ?? {});
}

function typeWords(node: Schema | undefined): string {
  if (!node) return 'a value';
  if (node.enum) return `one of ${(node.enum as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.anyOf) return 'an integer or a string';
  const words: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
  };
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types
    .filter((t) => t !== 'null')
    .map((t) => words[String(t)] ?? String(t))
    .join(' or ');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the string \`${value}\``;
  return `\`${String(value)}\``;
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * `spec.mysql.managedMysql: {...}` reads as an instance named `managedMysql` (spec.mysql maps instance names to
 * their settings), so every field under it is unknown: one finding that says how to nest it.
 */
function misplacedInstance(path: readonly string[]): Finding | undefined {
  if (path.length !== 3 || path[0] !== 'spec') return undefined;
  const store = V2_CRD.stores.find((s) => s.key === path[1] && s.instances);
  if (!store || ![store.managed, store.external].includes(path[2])) return undefined;
  return {
    severity: 'error',
    path: [...path],
    at: 'key',
    message: `\`spec.${store.key}\` maps instance names to their settings, so \`${path[2]}\` here is read as an instance name and nothing under it is a field of the v2 CRD`,
    fix: `Nest it under an instance name: \`spec.${store.key}.default.${path[2]}\` (the CRD's status columns read the instance \`default\`).`,
  };
}

function translate(error: ErrorObject, data: unknown): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  const where = dotted(path) || 'the resource';
  const value = valueAt(data, path);
  const node = schemaAt(path);
  const aboutKeys = error.keyword === 'required' || error.keyword === 'additionalProperties';
  // `${VAR}` and `{{ }}` are filled in before apply: their type and format are unknown until then.
  if (!aboutKeys && typeof value === 'string' && hasPlaceholder(value)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const misplaced = misplacedInstance(path);
      if (misplaced) return misplaced;
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = keysAt(path);
      const suggestion = closest(key, known);
      return {
        severity: 'error',
        path: [...path, key],
        at: 'key',
        message: `\`${key}\` is not a field of \`${where}\` in the v2 CRD: kubectl refuses it and the API server would drop it`,
        fix: suggestion
          ? `Rename \`${key}\` to \`${suggestion}\`.`
          : known.length > 0 && known.length <= 14
            ? `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(', ')}.`
            : 'Remove it, or check its place and spelling against the v2 CRD.',
      };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const child = schemaAt([...path, missing]);
      return {
        severity: 'error',
        path,
        at: 'key',
        message: `\`${where}\` is missing \`${missing}\`, which the v2 CRD requires`,
        fix: `Add \`${missing}:\` (${typeWords(child)}) under \`${where}\`.`,
      };
    }
    case 'type':
      return {
        severity: 'error',
        path,
        at: 'value',
        message: `\`${where}\` must be ${typeWords(node)}, not ${describe(value)}`,
        fix: `Change \`${where}\` to ${typeWords(node)}.`,
      };
    case 'enum':
      return {
        severity: 'error',
        path,
        at: 'value',
        message: `\`${where}\` is ${describe(value)}; the v2 CRD allows ${typeWords(node)}`,
        fix: `Set \`${where}\` to ${typeWords(node)}.`,
      };
    case 'const':
      return {
        severity: 'error',
        path,
        at: 'value',
        message: `\`${where}\` must be \`${String((error.params as { allowedValue: unknown }).allowedValue)}\`, not ${describe(value)}`,
        fix: `Set \`${where}: ${String((error.params as { allowedValue: unknown }).allowedValue)}\`.`,
      };
    default:
      return {
        severity: 'error',
        path,
        at: 'value',
        message: `\`${where}\` ${error.message ?? 'is not valid'} (v2 CRD)`,
      };
  }
}

/** Findings of the v2 CRD schema; the CR itself is not changed (defaults go to a copy). */
export function schemaFindings(cr: unknown): Finding[] {
  const copy = structuredClone(cr);
  if (validate(copy)) return [];
  // Branch errors inside anyOf (int-or-string) say why each alternative failed; the anyOf error says it once.
  const errors = (validate.errors ?? []).filter((error) => !error.schemaPath.includes('/anyOf/'));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const finding = translate(error, cr);
    if (!finding) continue;
    const id = `${finding.path.join('\u0000')}\u0001${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}
