/*
 * The published JSON Schema (schema/wandb-cr.schema.json) checked with Ajv, its errors turned into findings
 * at the path they concern. The schema is the one place for structure, types and known key sets; it carries
 * its own wording in `x-message` / `x-fix` / `x-severity`, looked up by instance path so that the wording
 * sits beside the property it explains (siblings of `$ref` included).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import compiledValidator from './generated/cr-validator.js';
import { closest } from '../core/inputs.js';
import schemaJson from '../../schema/wandb-cr.schema.json' with { type: 'json' };
import { hasPlaceholder, type Finding } from './rules.js';

type Schema = Record<string, unknown>;
const root = schemaJson as unknown as Schema;

/**
 * The schema compiled at build time (scripts/gen-validator.mjs, Ajv standalone, allErrors): loading Ajv and
 * compiling the schema at run time cost about 200 ms of every command that reads a configuration.
 */
const validate = compiledValidator as ValidateFunction;

function resolveRef(node: Schema): Schema | undefined {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = (target as Schema | undefined)?.[part];
  return target as Schema | undefined;
}

/** The chain of schema objects that describe one instance node: the node itself, then what its $refs point to. */
function expand(node: Schema | undefined): Schema[] {
  const chain: Schema[] = [];
  let current = node;
  while (current && chain.length < 10) {
    chain.push(current);
    current = resolveRef(current);
  }
  return chain;
}

function childSchema(chain: Schema[], segment: string): Schema | undefined {
  for (const node of chain) {
    const properties = node.properties as Record<string, Schema> | undefined;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) return properties[segment];
  }
  for (const node of chain) {
    if (/^\d+$/.test(segment) && node.items && typeof node.items === 'object') return node.items as Schema;
    if (node.additionalProperties && typeof node.additionalProperties === 'object')
      return node.additionalProperties as Schema;
  }
  return undefined;
}

/** The schema chain for an instance path, or [] where the schema says nothing. */
export function schemaAt(path: readonly string[]): Schema[] {
  let chain = expand(root);
  for (const segment of path) {
    const child = childSchema(chain, segment);
    if (!child) return [];
    chain = expand(child);
  }
  return chain;
}

function annotation(chain: Schema[], name: string): string | undefined {
  for (const node of chain) if (typeof node[name] === 'string') return node[name] as string;
  return undefined;
}

/** The keys the schema knows at `path`, when it knows all of them (additionalProperties: false). */
export function knownKeys(path: readonly string[]): string[] | undefined {
  const chain = schemaAt(path);
  if (!chain.some((node) => node.additionalProperties === false)) return undefined;
  const keys = new Set<string>();
  for (const node of chain)
    for (const key of Object.keys((node.properties as Schema | undefined) ?? {})) keys.add(key);
  return [...keys];
}

export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function dotted(path: readonly string[]): string {
  let text = '';
  for (const segment of path) {
    if (/^\d+$/.test(segment) && text) text += `[${segment}]`;
    else text += text ? `.${segment}` : segment;
  }
  return text;
}

/** Path as the user writes it in a values file: without the `spec.values.` prefix. */
export function shortPath(path: readonly string[]): string {
  const inValues = path[0] === 'spec' && path[1] === 'values' && path.length > 2;
  return dotted(inValues ? path.slice(2) : path);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}

function typeWords(type: unknown): string {
  const types = (Array.isArray(type) ? type : [type]).filter((t) => t !== 'null');
  const words: Record<string, string> = {
    object: 'a map',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
  };
  return types.map((t) => words[String(t)] ?? String(t)).join(' or ');
}

function valueAt(data: unknown, path: readonly string[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function fill(template: string, path: readonly string[], value: unknown): string {
  const shown =
    typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  return template.replace(/\{path\}/g, shortPath(path)).replace(/\{value\}/g, shown ?? '');
}

function translate(error: ErrorObject, data: unknown): Finding | undefined {
  const path = pointerToPath(error.instancePath);
  const chain = schemaAt(path);
  const value = valueAt(data, path);
  const severity = annotation(chain, 'x-severity') === 'warning' ? 'warning' : 'error';
  const message = annotation(chain, 'x-message');
  const fix = annotation(chain, 'x-fix');
  const where = shortPath(path) || 'the resource';
  // A `${VAR}` or `{{ }}` placeholder is filled in before apply (envsubst, templating): its format, type and
  // range are unknown until then. Keys (missing, unknown) are still checked.
  const aboutKeys = error.keyword === 'required' || error.keyword === 'additionalProperties';
  if (!aboutKeys && typeof value === 'string' && hasPlaceholder(value)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = knownKeys(path) ?? [];
      const suggestion = closest(key, known);
      return {
        severity: 'warning',
        path: [...path, key],
        at: 'key',
        message: suggestion
          ? `unknown key \`${key}\` in \`${where}\` — did you mean \`${suggestion}\`?`
          : `unknown key \`${key}\` in \`${where}\`: the chart does not read it`,
        fix: suggestion
          ? `Rename \`${key}\` to \`${suggestion}\`.`
          : known.length <= 12
            ? `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(', ')}.`
            : "Remove it, or check its place and spelling against operator-wandb's values.yaml.",
      };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return {
        severity,
        path,
        at: 'key',
        message: `\`${where}\` is missing \`${missing}\``,
        fix: fix ?? `Add \`${missing}:\` under \`${where}\`.`,
      };
    }
    case 'minLength':
    case 'minItems':
      if (!message) {
        const parentFix = annotation(schemaAt(path.slice(0, -1)), 'x-fix');
        return {
          severity,
          path,
          at: 'value',
          message: `\`${where}\` must not be empty`,
          fix: fix ?? parentFix ?? `Give \`${where}\` a value.`,
        };
      }
      break;
    case 'type':
      if (!message) {
        return {
          severity,
          path,
          at: 'value',
          message: `\`${where}\` must be ${typeWords((error.params as { type: unknown }).type)}, not ${describeType(value)}`,
          fix: fix ?? `Change \`${where}\` to ${typeWords((error.params as { type: unknown }).type)}.`,
        };
      }
      break;
    default:
      break;
  }
  return {
    severity,
    path,
    at: 'value',
    message: message ? fill(message, path, value) : `\`${where}\` ${error.message ?? 'is not valid'}`,
    fix: fix ? fill(fix, path, value) : undefined,
  };
}

export function schemaFindings(cr: unknown): Finding[] {
  if (validate(cr)) return [];
  // Branch errors inside anyOf say why each alternative failed; the anyOf error itself says it once, better.
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
