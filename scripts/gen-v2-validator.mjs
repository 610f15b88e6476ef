// Turns the W&B operator's v2 CRD (weightsandbiases.apps.wandb.com, version v2) into what validation of v2 CRs
// needs, committed under src/config/v2/generated/ so that neither the build nor a run reads the CRD itself:
//   crd-v2.json      the v2 openAPIV3Schema as a JSON Schema, plus facts derived from it (Secret reference
//                    paths, the stores that are managed or external, the CEL rules), and where it came from;
//   v2-validator.js  that schema compiled by Ajv in standalone mode (as scripts/gen-validator.mjs does for v1).
//
// Run it when the operator's CRD changes:
//   node scripts/gen-v2-validator.mjs [path/to/crd-weightsandbiases.yaml]
// (default: ../shared/reference/operator-v2/crd-weightsandbiases.yaml beside the repository).
//
// How the OpenAPI v3 schema of a CRD becomes a JSON Schema that says what the API server and kubectl say:
// - an object with `properties` and neither `additionalProperties` nor `x-kubernetes-preserve-unknown-fields`
//   gets `additionalProperties: false`: kubectl refuses an unknown field (client-side validation) and the API
//   server drops it (pruning), so a field the CRD lacks is never what the user meant;
// - `default` stays: the validator applies defaults to a copy before it checks `required`, as the API server
//   does (`retentionPolicy: {}` is valid because `onDelete` defaults to detach);
// - `format` (int32, int64, date-time) and `description` are dropped, `x-kubernetes-*` markers too;
// - `x-kubernetes-validations` (CEL) cannot run here: each rule must be one src/config/v2/rules.ts implements
//   by hand (KNOWN_CEL below), or generation fails, so a new CEL rule in the CRD is never silently skipped.
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const source = resolve(
  process.argv[2] ?? join(root, '../shared/reference/operator-v2/crd-weightsandbiases.yaml'),
);
const text = readFileSync(source, 'utf8');
const crd = parse(text);
const version = crd.spec.versions.find((v) => v.name === 'v2');
if (!version) throw new Error(`${source}: no version v2 in the CRD`);
const group = crd.spec.group;
const apiVersion = `${group}/v2`;

const KNOWN_CEL = {
  '!has(self.minReplicas) || !has(self.maxReplicas) || self.minReplicas <= self.maxReplicas':
    'replicas-range',
};
const cel = [];
const secretRefs = [];

const KEEP = [
  'type',
  'required',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'default',
];

/** A SecretKeySelector as controller-gen writes it: {key (required), name, optional}, atomic. */
function isKeySelector(node) {
  const keys = Object.keys(node.properties ?? {}).sort();
  return (
    node['x-kubernetes-map-type'] === 'atomic' &&
    keys.join(',') === 'key,name,optional' &&
    (node.required ?? []).includes('key')
  );
}

function convert(node, path) {
  const out = {};
  for (const key of KEEP) if (node[key] !== undefined) out[key] = node[key];
  if (node.nullable === true && typeof node.type === 'string') out.type = [node.type, 'null'];
  if (node.anyOf) out.anyOf = node.anyOf.map((branch) => convert(branch, path));
  for (const rule of node['x-kubernetes-validations'] ?? []) {
    const id = KNOWN_CEL[rule.rule];
    if (!id)
      throw new Error(
        `unknown CEL rule at ${path.join('.')}: ${rule.rule} (implement it in src/config/v2/rules.ts and add it to KNOWN_CEL)`,
      );
    cel.push({ id, path: path.join('.'), rule: rule.rule, message: rule.message });
  }
  const parent = path[path.length - 1];
  if (isKeySelector(node) && path[0] === 'spec' && parent !== 'configMapKeyRef')
    secretRefs.push(path.join('.'));
  if (node.properties) {
    out.properties = {};
    for (const [key, child] of Object.entries(node.properties))
      out.properties[key] = convert(child, [...path, key]);
  }
  if (node.items) out.items = convert(node.items, [...path, '[]']);
  if (node.additionalProperties !== undefined) {
    out.additionalProperties =
      typeof node.additionalProperties === 'object'
        ? convert(node.additionalProperties, [...path, '*'])
        : node.additionalProperties;
  } else if (node.properties && node['x-kubernetes-preserve-unknown-fields'] !== true) {
    out.additionalProperties = false;
  }
  return out;
}

const converted = convert(version.schema.openAPIV3Schema, []);
// The status is written by the operator through the status subresource; in a CR the user applies it is ignored.
converted.properties.status = { type: 'object' };
converted.properties.apiVersion = { const: apiVersion };
converted.properties.kind = { const: crd.spec.names.kind };
converted.properties.metadata = {
  type: 'object',
  properties: { name: { type: 'string', minLength: 1 }, namespace: { type: 'string' } },
};
// controller-gen repeats the same types (affinity, resources, tolerations, key selectors) dozens of times;
// each repeated subtree becomes one definition, so the compiled validator holds each check once.
const definitions = {};
function dedupe(node, counts, names) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const id = JSON.stringify(node);
  if (names.has(id)) return { $ref: `#/definitions/${names.get(id)}` };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === 'definitions') {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dedupe(v, counts, names)]));
    } else if (key === 'items' || key === 'additionalProperties') out[key] = dedupe(value, counts, names);
    else if (key === 'anyOf') out[key] = value.map((v) => dedupe(v, counts, names));
    else out[key] = value;
  }
  return out;
}
function count(node, counts) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const id = JSON.stringify(node);
  counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') for (const v of Object.values(value)) count(v, counts);
    else if (key === 'items' || key === 'additionalProperties') count(value, counts);
    else if (key === 'anyOf') for (const v of value) count(v, counts);
  }
}
const counts = new Map();
count(converted, counts);
const names = new Map();
// Smallest first: a repeated subtree refers to the definitions of the repeated parts inside it.
const repeated = [...counts]
  .filter(([id, n]) => n > 1 && id.length > 200)
  .sort((a, b) => a[0].length - b[0].length);
for (const [id] of repeated) {
  const name = `d${names.size}`;
  definitions[name] = dedupe(JSON.parse(id), counts, names);
  names.set(id, name);
}
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: `${crd.spec.names.kind} ${apiVersion}, from the operator's CRD ${crd.metadata.name}`,
  ...dedupe(converted, counts, names),
  definitions,
};

// Stores that are either managed by the operator or external: instance maps (spec.mysql.<name>) or a single
// object (spec.kafka), told apart by the schema's additionalProperties.
const stores = [];
for (const [key, node] of Object.entries(version.schema.openAPIV3Schema.properties.spec.properties)) {
  const instances = typeof node.additionalProperties === 'object';
  const props = Object.keys((instances ? node.additionalProperties : node).properties ?? {});
  const managed = props.find((p) => /^managed[A-Z]/.test(p));
  const external = props.find((p) => /^external[A-Z]/.test(p));
  if (managed || external)
    stores.push({ key, instances, managed: managed ?? null, external: external ?? null });
}

const out = join(root, 'src/config/v2/generated');
mkdirSync(out, { recursive: true });
const data = {
  $comment: 'Generated by scripts/gen-v2-validator.mjs from the W&B operator v2 CRD: do not edit.',
  source: {
    crd: crd.metadata.name,
    file: 'crd-weightsandbiases.yaml (wandb/operator, main at 2026-08-21; newest release found 2.0.0-beta.6)',
    sha256: createHash('sha256').update(text).digest('hex'),
    controllerGen: crd.metadata.annotations?.['controller-gen.kubebuilder.io/version'] ?? null,
  },
  apiVersion,
  kind: crd.spec.names.kind,
  servedVersions: crd.spec.versions.filter((v) => v.served).map((v) => v.name),
  storageVersion: crd.spec.versions.find((v) => v.storage)?.name ?? null,
  stores,
  secretRefs: secretRefs.sort(),
  cel,
  schema,
};
writeFileSync(join(out, 'crd-v2.json'), `${JSON.stringify(data, null, 1)}\n`);

const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictRequired: false,
  allowUnionTypes: true,
  useDefaults: true,
  inlineRefs: false,
  logger: false,
  code: { source: true, esm: true, lines: false },
});
const runtime = new Map();
const code = standaloneCode
  .default(ajv, ajv.compile(schema))
  .replace(/require\("(ajv\/dist\/runtime\/[a-z0-9]+)"\)\.default/g, (_, path) => {
    if (!runtime.has(path)) runtime.set(path, `runtime${runtime.size}`);
    return `${runtime.get(path)}.default`;
  })
  .replace(/^"use strict";/, '');
const imports = [...runtime]
  .map(
    ([path, name]) =>
      `import * as ${name}Module from '${path}.js';\n` +
      `const ${name} = { default: typeof ${name}Module.default === 'function' ? ${name}Module.default : ${name}Module.default.default };`,
  )
  .join('\n');
writeFileSync(
  join(out, 'v2-validator.js'),
  `// Generated by scripts/gen-v2-validator.mjs from the operator's v2 CRD (sha256 ${data.source.sha256}): do not edit.\n/* eslint-disable */\n${imports}\n${code}\n`,
);
writeFileSync(
  join(out, 'v2-validator.d.ts'),
  `// Generated by scripts/gen-v2-validator.mjs: the standalone validator of the v2 CRD's schema (applies defaults to its input).\nimport type { ValidateFunction } from 'ajv';\ndeclare const validate: ValidateFunction;\nexport default validate;\n`,
);
console.log(
  `v2 CRD ${source}: ${secretRefs.length} Secret references, ${stores.length} stores, ${cel.length} CEL rules -> src/config/v2/generated`,
);
