/*
 * From a live v1 WeightsAndBiases CR (apps.wandb.com/v1: a chart and its Helm values) to the v2 CR
 * (apps.wandb.com/v2: a typed spec), the way the v2 operator's conversion webhook converts one, with the
 * differences a reviewed, committed file needs. Pure: no I/O; the caller reads the CR and its
 * `<cr>-spec-active` Secret, writes the files and decides what to print.
 *
 * What the webhook does (operator-v2 facts, and W&B's operator source, 2026-08): it reads the values of the
 * `<cr>-spec-active` Secret first (what the v1 operator last applied: the CR's values coalesced with the
 * release channel's), else `spec.values`; `app.image.tag` (else `api.image.tag`) becomes `spec.wandb.version`;
 * it maps host, license, size, custom CA certificates, image registry, OIDC, MySQL, Redis, the bucket,
 * ClickHouse, ingress, the ServiceAccount annotations, the internal JWT issuer and global env; a
 * `{valueFrom: {secretKeyRef}}` becomes a Secret key selector, the v1 `passwordSecret`/`secret`/`oidcSecret`
 * blocks too; store instances go under the instance name `default`; the original chart and values (secrets
 * included) are kept in the annotations `legacy.operator.wandb.com/v1-chart` and `.../v1-values`. A
 * non-string at a mapped path (an unquoted `app.image.tag`), or a size v2 does not know, makes it refuse the
 * object.
 *
 * Where this differs, and why:
 * - Literals the webhook parks in `legacy.operator.wandb.com/<store>-pending` annotations (for its reconciler
 *   to turn into Secrets later) go into Secrets here, now: the store connections of the v2 CRD take Secret key
 *   selectors only, and an annotation is no place for a password. The Secrets are returned as data for the
 *   caller to write beside the CR (never into it); the CR references them.
 * - The license: the v2 CRD has it only as a plain string (`spec.wandb.license`), which the webhook copies
 *   inline. Here it goes into a Secret, and every application gets it from there through
 *   `spec.wandb.legacyOverrides.global.env` (`LICENSE` and `GORILLA_LICENSE`, the variables the v1 chart set
 *   from `global.licenseSecret`): a file with the license inline must not be committed.
 * - The annotations keep the original values with every secret replaced by a reference to where it now is
 *   (`{valueFrom: {secretKeyRef}}`), or masked (`***`) where it went nowhere: never inline.
 * - Where the v1 chart read more than the value (a Redis port `6379?tls=true&...`, the chart's defaults for
 *   an external MySQL's port, database and user), v2 gets what the chart connected with: the port's number
 *   and tls, the defaults written out. A value read masked (`***`) is never written anywhere: it is reported.
 * - Per-application env and resources (`<app>.env`, `<app>.resources`, ...) need the server manifest of the
 *   version, which the webhook downloads; they are reported as not carried over instead.
 * - A missing version, `latest`, or a missing `global.host` is an error here (the v2 operator refuses the
 *   result), and the required fields the webhook leaves to the operator's defaulting are set:
 *   `retentionPolicy.onDelete: detach` (W&B's migration guide), `wandb.bucketProxy: false` (v1 had no bucket
 *   proxy) and `wandb.features: {}`.
 */
import { UserError } from '../core/errors.js';
import { stringify } from 'yaml';
import { MASK, isSecretKey, scanSecrets } from '../config/secrets.js';
import { V2_API_VERSION } from '../config/v2/index.js';

type Json = Record<string, unknown>;

export { V2_API_VERSION };
export const V1_CHART_ANNOTATION = 'legacy.operator.wandb.com/v1-chart';
export const V1_VALUES_ANNOTATION = 'legacy.operator.wandb.com/v1-values';
/** The store instance name the webhook (and the CRD's status columns) use. */
export const DEFAULT_INSTANCE = 'default';
const SIZES = ['dev', 'micro', 'small', 'medium', 'large', 'xlarge', 'xxlarge'];

/** What was read from the cluster. */
export interface V1Source {
  name: string;
  namespace: string;
  /** The live CR's spec.chart and spec.values (empty when the API server returned none). */
  chart: unknown;
  values: Json;
  /** The `<cr>-spec-active` Secret's `chart` and `values`, when it exists and has them. */
  active?: { chart?: unknown; values?: Json };
}

export interface SecretKeySelector {
  name: string;
  key: string;
}

/** A Secret to create beside the CR: its data holds the values moved out of the CR (never printed). */
export interface MovedSecret {
  name: string;
  namespace: string;
  data: Record<string, string>;
}

/** Where a value went: `from` a v1 values path, `to` a v2 spec path (or a Secret, for a moved literal). */
export interface MappedValue {
  from: string;
  to: string;
  /** The literal was moved into this Secret key (its value is never shown). */
  secret?: SecretKeySelector;
}

export interface UnmappedValue {
  path: string;
  reason: string;
}

export interface V2Conversion {
  cr: Json;
  secrets: MovedSecret[];
  mapped: MappedValue[];
  unmapped: UnmappedValue[];
  /** Choices made where v1 and v2 differ, one sentence each, for the log and the summary. */
  notes: string[];
  /** Where the converted values came from. */
  valuesSource: 'spec-active' | 'spec.values';
  version: string;
  /**
   * Paths in the CR whose value the secret scanner takes for a secret although no mapping put one there (an
   * ingress annotation named like a credential, ...): the caller warns about each.
   */
  inline: string[];
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function at(values: unknown, path: readonly string[]): unknown {
  let node = values;
  for (const part of path) {
    if (!isObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

function put(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Json;
  }
  node[path[path.length - 1]] = value;
}

/** The legacy chart's "unset": absent, null, empty string, empty list or map. */
function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

/** A scalar as the webhook stringifies it (helm's toString); undefined for maps, lists and null. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function leafPaths(value: unknown, prefix: string): string[] {
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, join(String(i))));
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, prefix ? `${prefix}.${key}` : key));
  }
  return isUnset(value) ? [] : [prefix];
}

/** A `{valueFrom: {secretKeyRef: {name, key}}}` as a selector; a map of another shape is refused, as by the webhook. */
function valueFromRef(raw: Json, path: string): SecretKeySelector {
  const ref = at(raw, ['valueFrom', 'secretKeyRef']);
  const name = at(ref, ['name']);
  const key = at(ref, ['key']);
  if (typeof name !== 'string' || !name || typeof key !== 'string' || !key) {
    throw new UserError(
      `spec.values.${path} is a map, but not {valueFrom: {secretKeyRef: {name, key}}}: the conversion webhook refuses it, and so does this conversion.`,
      `Write spec.values.${path} as a plain value, or as valueFrom.secretKeyRef with both name and key, and apply the v1 CR again before migrating.`,
    );
  }
  return { name, key };
}

/**
 * The conversion's working state: the v2 spec being built, the Secrets literals are moved into, and which
 * source paths were read (everything else is reported as not carried over).
 */
class Converter {
  readonly spec: Json = {};
  readonly annotations: Record<string, string> = {};
  readonly secrets = new Map<string, MovedSecret>();
  readonly mapped: MappedValue[] = [];
  readonly unmapped: UnmappedValue[] = [];
  readonly notes: string[] = [];
  /** v1 values path -> where its secret literal went: for the annotation's references. */
  readonly moved = new Map<string, { value: string; ref: SecretKeySelector }>();
  private readonly used = new Set<string>();

  constructor(
    readonly values: Json,
    readonly target: { name: string; namespace: string },
  ) {}

  use(path: string): void {
    this.used.add(path);
  }

  isUsed(path: string): boolean {
    const parts = path.split('.');
    return parts.some((_, i) => this.used.has(parts.slice(0, i + 1).join('.')));
  }

  get(path: string): unknown {
    return at(this.values, path.split('.'));
  }

  /** The Secret `<cr>-v2-<part>` that literals of `part` move into. */
  secretName(part: string): string {
    return `${this.target.name}-v2-${part}`;
  }

  /**
   * Puts a literal into the Secret of `part` under `key`; returns the selector the CR uses. A masked value
   * (`***`, from values read through a masking path) is no value: it is reported instead, and undefined returned.
   */
  moveLiteral(part: string, key: string, value: string, from: string): SecretKeySelector | undefined {
    if (value === MASK) {
      this.unmapped.push({ path: from, reason: MASKED_REASON });
      return undefined;
    }
    const name = this.secretName(part);
    let secret = this.secrets.get(name);
    if (!secret) {
      secret = { name, namespace: this.target.namespace, data: {} };
      this.secrets.set(name, secret);
    }
    secret.data[key] = value;
    const ref = { name, key };
    this.moved.set(from, { value, ref });
    return ref;
  }

  /**
   * One connection field: a `valueFrom` reference is taken as it is; a literal moves into the Secret of
   * `part`. Returns the selector, or undefined when the field is unset.
   */
  field(part: string, from: string, to: string, secretKey: string): SecretKeySelector | undefined {
    const raw = this.get(from);
    if (raw === undefined) return undefined;
    this.use(from);
    if (isObject(raw)) {
      const ref = valueFromRef(raw, from);
      this.mapped.push({ from, to });
      return ref;
    }
    const text = scalarText(raw);
    if (text === undefined || text === '') return undefined;
    const ref = this.moveLiteral(part, secretKey, text, from);
    if (ref) this.mapped.push({ from, to, secret: ref });
    return ref;
  }

  /** A v1 `{name, <keyField>}` block naming an existing Secret (passwordSecret, oidcSecret, ...). */
  secretBlock(
    from: string,
    nameField: string,
    keyField: string,
    defaultKey: string,
  ): SecretKeySelector | undefined {
    const block = this.get(from);
    if (!isObject(block)) return undefined;
    this.use(from);
    const name = block[nameField];
    if (typeof name !== 'string' || !name) return undefined;
    const key = block[keyField];
    return { name, key: typeof key === 'string' && key ? key : defaultKey };
  }

  unmap(path: string, reason: string): void {
    this.use(path);
    for (const leaf of leafPaths(this.get(path), path)) this.unmapped.push({ path: leaf, reason });
  }
}

const MASKED_REASON =
  'the value was masked (***) where it was read, so the real one is unknown here and nothing was written for it: set it on the v2 CR (or in its Secret) by hand.';

/** Reasons for values that have no place in v2, by path (a prefix applies to everything under it). */
const REASONS: Array<[RegExp, string]> = [
  [
    /^global\.operator\./,
    'set by the v1 operator itself when it applied the chart (where it runs); the v2 operator does not read it.',
  ],
  [
    /^global\.repositoryPrefix$/,
    'v2 has no repository prefix: set spec.global.imageRegistry if images must come from a mirror.',
  ],
  [
    /^global\.bucket\.kmsKey$|^global\.defaultBucket\.kmsKey$/,
    'v2 has no KMS key field for the object store: configure the key on the bucket itself.',
  ],
  [
    /^ingress\.tls\.(?!0\.secretName$)/,
    'v2 takes one TLS Secret (spec.networking.tls.secretName, from the first ingress.tls entry); hosts and further certificates are not carried over.',
  ],
  [
    /(^|\.)image\.(repository|pullPolicy)$|\.image\.tag$/,
    'the v2 operator takes its images from the server manifest of spec.wandb.version (and spec.global.imageRegistry).',
  ],
  [
    /^(mysql|redis|clickhouse|kafka|minio|bucket)\./,
    'an in-cluster store of the v1 chart: v2 runs its own stores (spec.mysql, spec.redis, ...), and the data is not moved by the conversion; see the notes.',
  ],
  [
    /^[^.]+\.(env|extraEnv|resources|sizing|containers)(\.|$)/,
    'per-application overrides: the webhook maps them with the server manifest of the version, which this conversion does not download; set spec.wandb.legacyOverrides.<application> by hand if they are still needed (they are in the v1-values annotation).',
  ],
];

function reasonFor(path: string): string {
  for (const [pattern, reason] of REASONS) if (pattern.test(path)) return reason;
  return 'no field in the v2 CRD for it: kept only in the legacy.operator.wandb.com/v1-values annotation.';
}

function mapVersion(c: Converter): string {
  for (const path of ['app.image.tag', 'api.image.tag']) {
    const tag = c.get(path);
    if (tag === undefined || tag === null || tag === '') continue;
    if (typeof tag !== 'string') {
      throw new UserError(
        `spec.values.${path} is the ${typeof tag} ${JSON.stringify(tag)}, not a string: the conversion webhook refuses such a v1 CR, and spec.wandb.version must be a pinned version string.`,
        `Quote the tag in the v1 CR (${path}: "${String(tag)}"), apply it, and run migrate again.`,
      );
    }
    if (tag.trim().toLowerCase() === 'latest') {
      throw new UserError(
        `spec.values.${path} is \`latest\`: the v2 operator requires a pinned spec.wandb.version and refuses \`latest\`.`,
        `Pin the running version in the v1 CR (${path}: "0.74.1", the version it runs), apply it, and run migrate again.`,
      );
    }
    c.use('app.image.tag');
    c.use('api.image.tag');
    c.mapped.push({ from: path, to: 'spec.wandb.version' });
    return tag.trim();
  }
  throw new UserError(
    'The v1 values set neither app.image.tag nor api.image.tag: the version to pin in spec.wandb.version is unknown, and the v2 operator requires a pinned version.',
    'Pin the version the instance runs in the v1 CR (spec.values.app.image.tag: "0.74.1"), apply it with apply-cr, and run migrate again.',
  );
}

function mapGlobal(c: Converter, wandb: Json): void {
  const host = c.get('global.host');
  if (typeof host !== 'string' || host === '') {
    throw new UserError(
      'The v1 values have no global.host: the v2 CRD requires spec.wandb.hostname.',
      'Set global.host (the URL users open, e.g. https://wandb.example.com) in the v1 CR, apply it, and run migrate again.',
    );
  }
  c.use('global.host');
  wandb.hostname = host;
  c.mapped.push({ from: 'global.host', to: 'spec.wandb.hostname' });

  const size = c.get('global.size');
  if (size !== undefined && size !== '') {
    if (typeof size !== 'string' || !SIZES.includes(size)) {
      throw new UserError(
        `spec.values.global.size is ${JSON.stringify(size)}, which is not a v2 size (${SIZES.join(', ')}): the conversion webhook refuses it.`,
        'Set global.size to one of those in the v1 CR, apply it, and run migrate again.',
      );
    }
    c.use('global.size');
    c.spec.size = size;
    c.mapped.push({ from: 'global.size', to: 'spec.size' });
  }

  const certs = c.get('global.customCACerts');
  if (Array.isArray(certs) && certs.length > 0) {
    if (!certs.every((cert) => typeof cert === 'string')) {
      throw new UserError(
        'spec.values.global.customCACerts is not a list of strings (PEM certificates): the conversion webhook refuses it.',
        'Write each certificate as one PEM string in the v1 CR, apply it, and run migrate again.',
      );
    }
    c.use('global.customCACerts');
    put(c.spec, ['global', 'customCACerts'], certs);
    c.mapped.push({ from: 'global.customCACerts', to: 'spec.global.customCACerts' });
  }
  for (const [from, to] of [
    ['global.caCertsConfigMap', 'caCertsConfigMap'],
    ['global.imageRegistry', 'imageRegistry'],
  ]) {
    const value = c.get(from);
    if (typeof value === 'string' && value !== '') {
      c.use(from);
      put(c.spec, ['global', to], value);
      c.mapped.push({ from, to: `spec.global.${to}` });
    }
  }
}

function mapLicense(c: Converter): SecretKeySelector | undefined {
  const literal = c.get('global.license');
  const fromSecret = c.secretBlock('global.licenseSecret', 'name', 'key', 'license');
  let ref: SecretKeySelector | undefined;
  if (fromSecret) {
    ref = fromSecret;
    c.use('global.license');
    c.mapped.push({ from: 'global.licenseSecret', to: 'spec.wandb.legacyOverrides.global.env (LICENSE)' });
  } else {
    ref = c.field('license', 'global.license', 'spec.wandb.legacyOverrides.global.env (LICENSE)', 'license');
  }
  if (ref) {
    c.notes.push(
      `The license is read from Secret ${ref.name} (key ${ref.key}) through spec.wandb.legacyOverrides.global.env (LICENSE, GORILLA_LICENSE): the v2 CRD takes spec.wandb.license only as a plain string, which would put it inline in the CR.`,
    );
  } else if (literal !== undefined) c.use('global.license');
  return ref;
}

/** global.env over global.extraEnv (the chart's precedence), as a name-sorted EnvVar list; secret literals move. */
function mapGlobalEnv(c: Converter, license: SecretKeySelector | undefined): Json[] {
  const merged = new Map<string, { raw: unknown; from: string }>();
  for (const section of ['global.extraEnv', 'global.env']) {
    const map = c.get(section);
    if (map === undefined) continue;
    if (!isObject(map)) {
      c.unmap(section, 'not a map of variable names to values, which is what the chart and v2 take.');
      continue;
    }
    c.use(section);
    for (const [name, raw] of Object.entries(map)) merged.set(name, { raw, from: `${section}.${name}` });
  }
  const env: Json[] = [];
  const to = (name: string) => `spec.wandb.legacyOverrides.global.env[${name}]`;
  // From the value itself (a variable's name may hold a dot, which a dotted lookup would split).
  const drop = (raw: unknown, from: string, reason: string) => {
    for (const path of leafPaths(raw, from)) c.unmapped.push({ path, reason });
  };
  for (const [name, { raw, from }] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    // Helm's null deletes the key: nothing was set.
    if (raw === null || raw === undefined) continue;
    let text: string | undefined;
    let path = from;
    if (isObject(raw)) {
      const { value, valueFrom } = raw;
      if (valueFrom !== undefined) {
        env.push({ name, valueFrom });
        c.mapped.push({ from, to: to(name) });
        continue;
      }
      text = scalarText(value);
      path = `${from}.value`;
      if (text === undefined) {
        drop(raw, from, 'neither a value (a string) nor a valueFrom: no environment variable to carry over.');
        continue;
      }
    } else {
      text = scalarText(raw);
      if (text === undefined) {
        drop(raw, from, 'not a string, number or boolean: an environment variable holds one string.');
        continue;
      }
    }
    if (text.includes('{{')) {
      c.unmapped.push({ path: from, reason: 'a Helm template, which v2 cannot evaluate.' });
      continue;
    }
    if (text === MASK) {
      c.unmapped.push({ path, reason: MASKED_REASON });
      continue;
    }
    // The same rule for `NAME: x` and `NAME: {value: x}`: the variable's name says whether it holds a secret.
    if (scanSecrets({ [name]: text }).places.length > 0) {
      const ref = c.moveLiteral('env', name, text, path);
      if (!ref) continue;
      env.push({ name, valueFrom: { secretKeyRef: ref } });
      c.mapped.push({ from, to: to(name), secret: ref });
    } else {
      env.push({ name, value: text });
      c.mapped.push({ from, to: to(name) });
    }
  }
  if (license) {
    for (const name of ['LICENSE', 'GORILLA_LICENSE']) {
      // A variable the user set themselves wins, as in the chart.
      if (!env.some((e) => e.name === name)) env.push({ name, valueFrom: { secretKeyRef: license } });
    }
    env.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  }
  return env;
}

type FieldMap = Array<[v1: string, v2: string, secretKey: string]>;

/**
 * An external store from `global.<store>`: each field a selector (a valueFrom as it is, a literal moved into
 * the Secret `<cr>-v2-<part>`), the v1 Secret block for the password where no password was given otherwise.
 * Returns the connection, or undefined when nothing was set.
 */
function connection(
  c: Converter,
  part: string,
  base: string,
  to: string,
  fields: FieldMap,
  block?: { path: string; nameField: string; keyField: string; defaultKey: string; target: string },
): Json | undefined {
  const conn: Json = {};
  for (const [v1, v2, key] of fields) {
    const ref = c.field(part, `${base}.${v1}`, `${to}.${v2}`, key);
    if (ref) conn[v2] = ref;
  }
  if (block) {
    const ref = c.secretBlock(`${base}.${block.path}`, block.nameField, block.keyField, block.defaultKey);
    if (ref && conn[block.target] === undefined) {
      conn[block.target] = ref;
      c.mapped.push({ from: `${base}.${block.path}`, to: `${to}.${block.target}` });
    }
  }
  return Object.keys(conn).length > 0 ? conn : undefined;
}

function mapStores(c: Converter): void {
  const mysql = connection(
    c,
    'mysql',
    'global.mysql',
    `spec.mysql.${DEFAULT_INSTANCE}.externalMysql`,
    [
      ['host', 'host', 'Host'],
      ['port', 'port', 'Port'],
      ['database', 'database', 'Database'],
      ['user', 'username', 'Username'],
      ['password', 'password', 'Password'],
      ['caCert', 'sslCa', 'SslCa'],
    ],
    {
      path: 'passwordSecret',
      nameField: 'name',
      keyField: 'passwordKey',
      defaultKey: 'MYSQL_PASSWORD',
      target: 'password',
    },
  );
  if (mysql) {
    mysqlChartDefaults(c, mysql);
    c.spec.mysql = { [DEFAULT_INSTANCE]: { externalMysql: inOrder(mysql, MYSQL_FIELDS) } };
  } else {
    c.notes.push(
      "The v1 values name no external MySQL (global.mysql): v1 ran the chart's in-cluster MySQL. The v2 CR names none either, so the v2 operator provisions its own; the data of the old MySQL is not moved. Move it first, or point spec.mysql.default.externalMysql at the database before applying.",
    );
  }

  const redisTo = `spec.redis.${DEFAULT_INSTANCE}.externalRedis`;
  const redis =
    connection(
      c,
      'redis',
      'global.redis',
      redisTo,
      [
        ['host', 'host', 'Host'],
        ['password', 'password', 'Password'],
        ['caCert', 'sslCa', 'SslCa'],
      ],
      {
        path: 'secret',
        nameField: 'secretName',
        keyField: 'secretKey',
        defaultKey: 'REDIS_PASSWORD',
        target: 'password',
      },
    ) ?? {};
  const portParams = mapRedisPort(c, redis, redisTo);
  mapRedisTls(c, redis, redisTo, portParams);
  if (Object.keys(redis).length > 0)
    c.spec.redis = { [DEFAULT_INSTANCE]: { externalRedis: inOrder(redis, REDIS_FIELDS) } };

  mapBucket(c);

  // ClickHouse is external only when a connection field is set (a managed one derives its own topology).
  const clickhouse = connection(
    c,
    'clickhouse',
    'global.clickhouse',
    `spec.clickhouse.${DEFAULT_INSTANCE}.externalClickhouse`,
    [
      ['host', 'host', 'Host'],
      ['port', 'httpPort', 'HttpPort'],
      ['database', 'database', 'Database'],
      ['user', 'username', 'Username'],
      ['password', 'password', 'Password'],
    ],
    {
      path: 'passwordSecret',
      nameField: 'name',
      keyField: 'passwordKey',
      defaultKey: 'CLICKHOUSE_PASSWORD',
      target: 'password',
    },
  );
  if (clickhouse) {
    const replicated = c.get('global.clickhouse.replicated');
    const text = scalarText(replicated)?.toLowerCase();
    if (text === 'true' || text === 'false') {
      c.use('global.clickhouse.replicated');
      const ref = c.moveLiteral('clickhouse', 'Replicated', text, 'global.clickhouse.replicated');
      if (ref) {
        clickhouse.replicated = ref;
        c.mapped.push({
          from: 'global.clickhouse.replicated',
          to: `spec.clickhouse.${DEFAULT_INSTANCE}.externalClickhouse.replicated`,
          secret: ref,
        });
      }
    }
    c.spec.clickhouse = { [DEFAULT_INSTANCE]: { externalClickhouse: clickhouse } };
  }
}

/** The v2 CRD's order of the connection fields, which is the order a reviewer reads. */
const MYSQL_FIELDS = ['host', 'port', 'database', 'username', 'password', 'sslCa'];
const REDIS_FIELDS = ['host', 'port', 'password', 'sslCa', 'tls'];

function inOrder(conn: Json, order: readonly string[]): Json {
  const sorted: Json = {};
  for (const key of order) if (conn[key] !== undefined) sorted[key] = conn[key];
  for (const [key, value] of Object.entries(conn)) if (!(key in sorted)) sorted[key] = value;
  return sorted;
}

/**
 * The chart's defaults for an external MySQL (operator-wandb values.yaml: port 3306, database wandb_local,
 * user wandb): v1 connected with them where the values leave a field unset, so v2 gets them written out, or
 * it would connect elsewhere (or not at all). Only for an external MySQL: without a host v1 ran its own.
 */
const MYSQL_CHART_DEFAULTS: Array<[v1: string, v2: string, secretKey: string, value: string]> = [
  ['port', 'port', 'Port', '3306'],
  ['database', 'database', 'Database', 'wandb_local'],
  ['user', 'username', 'Username', 'wandb'],
];

/** `a`, `a and b`, `a, b and c`. */
function words(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function mysqlChartDefaults(c: Converter, mysql: Json): void {
  if (mysql.host === undefined) return;
  const filled: string[] = [];
  let secret: string | undefined;
  for (const [v1, v2, key, value] of MYSQL_CHART_DEFAULTS) {
    const from = `global.mysql.${v1}`;
    if (mysql[v2] !== undefined || !isUnset(c.get(from))) continue;
    const ref = c.moveLiteral('mysql', key, value, from);
    if (!ref) continue;
    c.use(from);
    mysql[v2] = ref;
    secret = ref.name;
    c.mapped.push({
      from,
      to: `spec.mysql.${DEFAULT_INSTANCE}.externalMysql.${v2} (unset in v1: the chart's default, ${value})`,
      secret: ref,
    });
    filled.push(`${v1} ${value}`);
  }
  if (filled.length > 0) {
    c.notes.push(
      `The v1 values give an external MySQL without ${words(filled.map((f) => f.split(' ')[0]))}, so the v1 chart connected with its defaults (${filled.join(', ')}); they are written into Secret ${secret} for spec.mysql.${DEFAULT_INSTANCE}.externalMysql, so that the v2 operator connects to the same database as the same user.`,
    );
  }
}

/**
 * The query of a `global.redis.port` such as `6379?tls=true&ttlInSeconds=604800`, read as the chart reads
 * it (_redis.tpl): the part after the last `?`, pairs split at `&`, each at `=`; the first value of a key
 * wins (sprig's merge keeps what is already there).
 */
function portQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const [key, value = ''] = pair.split('=');
    if (!params.get(key)) params.set(key, value);
  }
  return params;
}

/**
 * `global.redis.port`: the chart takes the part before `?` as the port and the rest as parameters of the
 * connection string. v2's port is a port only: the number goes to Port, `tls` is returned for
 * mapRedisTls, and any other parameter is reported (its name only: a parameter may hold a credential).
 */
function mapRedisPort(c: Converter, redis: Json, to: string): Map<string, string> {
  const from = 'global.redis.port';
  const text = scalarText(c.get(from));
  if (text === undefined || !text.includes('?')) {
    const ref = c.field('redis', from, `${to}.port`, 'Port');
    if (ref) redis.port = ref;
    return new Map();
  }
  c.use(from);
  const parts = text.split('?');
  const port = parts[0].trim();
  const params = portQuery(parts[parts.length - 1]);
  if (port) {
    const ref = c.moveLiteral('redis', 'Port', port, from);
    if (ref) {
      redis.port = ref;
      c.mapped.push({ from, to: `${to}.port (the part before ?)`, secret: ref });
    }
  } else {
    c.unmapped.push({
      path: from,
      reason: 'no port before the `?`: set spec.redis.default.externalRedis.port by hand.',
    });
  }
  for (const key of params.keys()) {
    if (key === 'tls') continue;
    c.unmapped.push({
      path: `${from}?${key}`,
      reason:
        key === 'ttlInSeconds'
          ? 'a parameter of the v1 Redis connection string; the v2 external Redis has no field for it (host, port, password, sslCa, tls only). The v1 chart did not apply it either: its own default ttlInSeconds=604800 wins over the one in the port.'
          : 'a parameter of the v1 Redis connection string; the v2 external Redis has no field for it (host, port, password, sslCa, tls only), so it is not carried over: check whether the instance still needs it.',
    });
  }
  return params;
}

/** Helm's (mergo's) "empty", which a later source may fill: absent, null, false, 0 and "". */
function mergoEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === false || value === 0 || value === '';
}

/**
 * `tls` of the Redis connection, from the source the chart lets win (_redis.tpl merges its dictionaries with
 * sprig's merge, where the first non-empty value stays): a caCert (the chart then sets tls=true), the port's
 * `?tls=`, `params.tls`, `parameters.tls`. The winner goes to spec...externalRedis.tls; a source that says
 * otherwise is reported as overridden.
 */
function mapRedisTls(c: Converter, redis: Json, to: string, portParams: Map<string, string>): void {
  type Source = { from: string; raw: unknown; path?: string };
  const sources: Source[] = [];
  if (!isUnset(c.get('global.redis.caCert')))
    sources.push({ from: 'global.redis.caCert', raw: 'true', path: 'global.redis.caCert?tls' });
  if (portParams.has('tls'))
    sources.push({
      from: 'global.redis.port?tls',
      raw: portParams.get('tls'),
      path: 'global.redis.port?tls',
    });
  for (const from of ['global.redis.params.tls', 'global.redis.parameters.tls']) {
    const raw = c.get(from);
    if (raw !== undefined && raw !== null) sources.push({ from, raw });
  }
  if (sources.length === 0) return;
  // All empty: a false (or 0) still prints (`tls=false`); an empty string prints nothing.
  const winner = sources.find((s) => !mergoEmpty(s.raw)) ?? sources.find((s) => Boolean(scalarText(s.raw)));
  if (!winner) return;
  let ref: SecretKeySelector | undefined;
  if (isObject(winner.raw)) {
    ref = c.field('redis', winner.from, `${to}.tls`, 'Tls');
  } else {
    const text = scalarText(winner.raw) ?? '';
    ref = c.moveLiteral('redis', 'Tls', text, winner.path ?? winner.from);
    if (winner.path === undefined) c.use(winner.from);
    const why =
      winner.from === 'global.redis.caCert' ? ' (the v1 chart turns TLS on with a CA certificate)' : '';
    if (ref) c.mapped.push({ from: winner.from, to: `${to}.tls${why}`, secret: ref });
  }
  if (ref) redis.tls = ref;
  const winnerText = isObject(winner.raw) ? undefined : scalarText(winner.raw);
  for (const source of sources) {
    if (source === winner || source.from === 'global.redis.caCert') continue;
    if (source.path === undefined) c.use(source.from);
    if (winnerText !== undefined && scalarText(source.raw) === winnerText) continue;
    for (const path of source.path ? [source.path] : leafPaths(source.raw, source.from)) {
      c.unmapped.push({
        path,
        reason: `overridden in v1: the chart took tls from ${winner.from} (its order: a caCert, the port's ?tls=, params.tls, parameters.tls), which is what spec.redis.default.externalRedis.tls now holds.`,
      });
    }
  }
}

/** global.bucket over global.defaultBucket (bucket wins), and the v1 `bucket.secret` block for the keys. */
function mapBucket(c: Converter): void {
  const to = `spec.objectStore.${DEFAULT_INSTANCE}.externalObjectStore`;
  const fields: Array<[string, string, string]> = [
    ['provider', 'provider', 'Provider'],
    ['name', 'bucket', 'Bucket'],
    ['region', 'region', 'Region'],
    ['path', 'path', 'Path'],
    ['accessKey', 'accessKey', 'AccessKey'],
    ['secretKey', 'secretKey', 'SecretKey'],
  ];
  const conn: Json = {};
  for (const [v1, v2, key] of fields) {
    for (const base of ['global.bucket', 'global.defaultBucket']) {
      if (isUnset(c.get(`${base}.${v1}`))) continue;
      const ref = c.field('bucket', `${base}.${v1}`, `${to}.${v2}`, key);
      if (ref) {
        conn[v2] = ref;
        // The lower layer's value is overridden: read, not carried.
        if (base === 'global.bucket') c.use(`global.defaultBucket.${v1}`);
        break;
      }
    }
  }
  const secret = c.get('global.bucket.secret');
  if (isObject(secret)) {
    c.use('global.bucket.secret');
    const name = secret.secretName;
    if (typeof name === 'string' && name) {
      const keyOf = (field: string, fallback: string) =>
        typeof secret[field] === 'string' && secret[field] ? (secret[field] as string) : fallback;
      conn.accessKey = { name, key: keyOf('accessKeyName', 'ACCESS_KEY') };
      conn.secretKey = { name, key: keyOf('secretKeyName', 'SECRET_KEY') };
      c.mapped.push({ from: 'global.bucket.secret', to: `${to}.accessKey, ${to}.secretKey` });
    }
  }
  if (Object.keys(conn).length > 0)
    c.spec.objectStore = { [DEFAULT_INSTANCE]: { externalObjectStore: conn } };
}

function mapOidc(c: Converter, wandb: Json): void {
  const oidc = connection(
    c,
    'oidc',
    'global.auth.oidc',
    'spec.wandb.oidc',
    [
      ['clientId', 'clientId', 'clientId'],
      ['secret', 'clientSecret', 'clientSecret'],
      ['authMethod', 'authMethod', 'authMethod'],
      ['issuer', 'issuerUrl', 'issuerUrl'],
    ],
    {
      path: 'oidcSecret',
      nameField: 'name',
      keyField: 'secretKey',
      defaultKey: 'OIDC_SECRET',
      target: 'clientSecret',
    },
  );
  if (oidc) wandb.oidc = oidc;
}

/**
 * Annotation values as strings (a number or boolean as Helm prints it). A map or list has no string form an
 * annotation could take: reported, not dropped; null is Helm's "delete" and is skipped.
 */
function annotationStrings(c: Converter, annotations: Json, from: string): Record<string, string> {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations)) {
    const text = scalarText(value);
    if (text === MASK) c.unmapped.push({ path: `${from}[${key}]`, reason: MASKED_REASON });
    else if (text !== undefined) strings[key] = text;
    else if (value !== null) {
      // The annotation's name may hold dots: the path names it in brackets.
      for (const path of leafPaths(value, `${from}[${key}]`))
        c.unmapped.push({
          path,
          reason: 'an annotation value must be a string; a map or list has none to carry over.',
        });
    }
  }
  return strings;
}

/** ingress.install and ingress.create default to true in the chart: an absent block still means ingress. */
function mapIngress(c: Converter, wandb: Json): void {
  const ingress = c.get('ingress');
  const map: Json = isObject(ingress) ? ingress : {};
  c.use('ingress.install');
  c.use('ingress.create');
  if (map.install === false || map.create === false) return;
  const networking: Json = { mode: 'ingress' };
  const text = (key: string) =>
    typeof map[key] === 'string' && map[key] !== '' ? (map[key] as string) : undefined;
  if (text('class')) {
    networking.ingress = { ingressClassName: text('class') };
    c.use('ingress.class');
    c.mapped.push({ from: 'ingress.class', to: 'spec.networking.ingress.ingressClassName' });
  }
  if (text('nameOverride')) {
    networking.ingress = { ...((networking.ingress as Json) ?? {}), name: text('nameOverride') };
    c.use('ingress.nameOverride');
    c.mapped.push({ from: 'ingress.nameOverride', to: 'spec.networking.ingress.name' });
  }
  const annotations = map.annotations;
  if (isObject(annotations) && Object.keys(annotations).length > 0) {
    c.use('ingress.annotations');
    const strings = annotationStrings(c, annotations, 'ingress.annotations');
    if (Object.keys(strings).length > 0) {
      networking.annotations = strings;
      c.mapped.push({ from: 'ingress.annotations', to: 'spec.networking.annotations' });
    }
  }
  const hosts = map.additionalHosts;
  if (Array.isArray(hosts) && hosts.length > 0) {
    wandb.additionalHostnames = hosts.map(String);
    c.use('ingress.additionalHosts');
    c.mapped.push({ from: 'ingress.additionalHosts', to: 'spec.wandb.additionalHostnames' });
  }
  const tls = map.tls;
  const first = Array.isArray(tls) && isObject(tls[0]) ? tls[0].secretName : undefined;
  if (typeof first === 'string' && first) {
    networking.tls = { secretName: first };
    c.use('ingress.tls.0.secretName');
    c.mapped.push({ from: 'ingress.tls.0.secretName', to: 'spec.networking.tls.secretName' });
  }
  c.spec.networking = networking;
}

/** The ServiceAccount annotations of `app`, else `api` (v2 has one ServiceAccount for W&B). */
function mapServiceAccount(c: Converter, wandb: Json): void {
  for (const app of ['app', 'api']) {
    const annotations = c.get(`${app}.serviceAccount.annotations`);
    if (!isObject(annotations) || Object.keys(annotations).length === 0) continue;
    c.use(`${app}.serviceAccount.annotations`);
    const strings = annotationStrings(c, annotations, `${app}.serviceAccount.annotations`);
    if (Object.keys(strings).length === 0) continue;
    wandb.serviceAccount = { annotations: strings };
    c.mapped.push({ from: `${app}.serviceAccount.annotations`, to: 'spec.wandb.serviceAccount.annotations' });
    return;
  }
}

/** The first internalJWTMap issuer (global, else app) is v2's internal service auth issuer; none turns it off. */
function mapInternalAuth(c: Converter, wandb: Json): void {
  for (const base of ['global', 'app']) {
    const list = c.get(`${base}.internalJWTMap`);
    const issuer = Array.isArray(list) && isObject(list[0]) ? list[0].issuer : undefined;
    if (typeof issuer === 'string' && issuer) {
      c.use(`${base}.internalJWTMap.0.issuer`);
      wandb.internalServiceAuth = { oidcIssuer: issuer };
      c.mapped.push({
        from: `${base}.internalJWTMap.0.issuer`,
        to: 'spec.wandb.internalServiceAuth.oidcIssuer',
      });
      return;
    }
  }
  wandb.internalServiceAuth = { enabled: false };
}

/**
 * The original values for the v1-values annotation: each secret replaced by a reference to the Secret it moved
 * into (when it is the same value at the same path), or masked. Never a secret inline.
 */
export function referencedValues(values: unknown, moved: Converter['moved']): unknown {
  // Only secrets are replaced: a MySQL host that moved into a Secret (v2 takes selectors only) stays readable.
  const secret = new Set(scanSecrets(values).places.map((p) => p.path.join('.')));
  const walk = (node: unknown, path: string[]): unknown => {
    const dotted = path.join('.');
    const move = secret.has(dotted) ? moved.get(dotted) : undefined;
    if (move && scalarText(node) === move.value) return { valueFrom: { secretKeyRef: move.ref } };
    // An env entry `{value: x}` whose value moved reads as the entry the v2 CR has: `{valueFrom: ...}`.
    const entry = isObject(node) && secret.has(`${dotted}.value`) ? moved.get(`${dotted}.value`) : undefined;
    if (entry && isObject(node) && scalarText(node.value) === entry.value) {
      const rest: Json = { ...node };
      delete rest.value;
      return { ...rest, valueFrom: { secretKeyRef: entry.ref } };
    }
    if (dotted === 'global.redis.port' && typeof node === 'string') return maskPortQuery(node);
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, String(i)]));
    if (isObject(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  return scanSecrets(walk(values, [])).masked;
}

/** A Redis port's `?password=...` (any parameter named like a credential) masked; the rest as it was. */
function maskPortQuery(text: string): string {
  const q = text.indexOf('?');
  if (q < 0) return text;
  const pairs = text
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq > 0 && isSecretKey(pair.slice(0, eq)) ? `${pair.slice(0, eq)}=${MASK}` : pair;
    });
  return `${text.slice(0, q + 1)}${pairs.join('&')}`;
}

/** The v2 CR for a live v1 CR; throws a UserError where the webhook would refuse the object. */
export function convertToV2(source: V1Source): V2Conversion {
  const activeValues = source.active?.values;
  const useActive = isObject(activeValues) && Object.keys(activeValues).length > 0;
  const values = useActive ? activeValues : source.values;
  const c = new Converter(values, { name: source.name, namespace: source.namespace });

  const wandb: Json = {};
  const version = mapVersion(c);
  wandb.version = version;
  mapGlobal(c, wandb);
  const license = mapLicense(c);
  const env = mapGlobalEnv(c, license);
  if (env.length > 0) wandb.legacyOverrides = { global: { env } };
  mapServiceAccount(c, wandb);
  mapInternalAuth(c, wandb);
  mapOidc(c, wandb);
  mapIngress(c, wandb);
  mapStores(c);
  wandb.bucketProxy = false;
  wandb.features = {};
  c.notes.push(
    'spec.wandb.bucketProxy is false (clients reach the bucket with presigned URLs, as on v1) and spec.wandb.features is empty: the v2 CRD requires both and v1 has neither.',
    "spec.retentionPolicy.onDelete is detach, as W&B's migration guide asks: deleting the v2 CR leaves the stores and their data.",
  );

  const chart = source.chart !== undefined && !isUnset(source.chart) ? source.chart : source.active?.chart;
  const originalValues = Object.keys(source.values).length > 0 ? source.values : values;
  const annotations: Record<string, string> = {
    [V1_CHART_ANNOTATION]: JSON.stringify(scanSecrets(chart ?? {}).masked),
    [V1_VALUES_ANNOTATION]: JSON.stringify(referencedValues(originalValues, c.moved)),
  };

  // The order of the CRD, which is the order a reviewer reads.
  const spec: Json = {
    ...(c.spec.size !== undefined ? { size: c.spec.size } : {}),
    wandb: orderWandb(wandb),
    ...(c.spec.global !== undefined ? { global: c.spec.global } : {}),
    ...(c.spec.networking !== undefined ? { networking: c.spec.networking } : {}),
    ...(c.spec.mysql !== undefined ? { mysql: c.spec.mysql } : {}),
    ...(c.spec.redis !== undefined ? { redis: c.spec.redis } : {}),
    ...(c.spec.objectStore !== undefined ? { objectStore: c.spec.objectStore } : {}),
    ...(c.spec.clickhouse !== undefined ? { clickhouse: c.spec.clickhouse } : {}),
    retentionPolicy: { onDelete: 'detach' },
  };
  const cr: Json = {
    apiVersion: V2_API_VERSION,
    kind: 'WeightsAndBiases',
    metadata: { name: source.name, namespace: source.namespace, annotations },
    spec,
  };

  for (const path of leafPaths(values, '')) {
    // `<store>.install: false` turned the chart's in-cluster store off: there is nothing to carry over.
    if (/^[^.]+\.install$/.test(path) && c.get(path) === false) continue;
    if (!c.isUsed(path)) c.unmapped.push({ path, reason: reasonFor(path) });
  }
  c.unmapped.sort((a, b) => a.path.localeCompare(b.path));

  if (Object.keys(source.values).length === 0 && useActive) {
    c.notes.push(
      `The live CR returned no spec.values; the values came from Secret ${source.name}-spec-active (what the v1 operator last applied), and the v1-values annotation keeps those.`,
    );
  }
  return {
    cr,
    secrets: [...c.secrets.values()],
    mapped: c.mapped,
    unmapped: c.unmapped,
    notes: c.notes,
    valuesSource: useActive ? 'spec-active' : 'spec.values',
    version,
    // The mappings above move every secret they know of; a scan of the result finds what they would miss.
    inline: scanSecrets(cr).places.map((p) => p.path.join('.')),
  };
}

function orderWandb(wandb: Json): Json {
  const order = [
    'version',
    'hostname',
    'additionalHostnames',
    'bucketProxy',
    'features',
    'oidc',
    'internalServiceAuth',
    'serviceAccount',
    'legacyOverrides',
  ];
  const sorted: Json = {};
  for (const key of order) if (wandb[key] !== undefined) sorted[key] = wandb[key];
  for (const [key, value] of Object.entries(wandb)) if (!(key in sorted)) sorted[key] = value;
  return sorted;
}

/** The Secrets as Kubernetes manifests (stringData: readable for review), for the 0600 file beside the CR. */
export function secretManifests(secrets: MovedSecret[], labels: Record<string, string> = {}): Json[] {
  return secrets.map((secret) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: secret.name,
      namespace: secret.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'wandb-operator-actions', ...labels },
    },
    type: 'Opaque',
    stringData: secret.data,
  }));
}

/** The outputs' `unmapped-keys`: one path a line. */
export function unmappedLines(conversion: Pick<V2Conversion, 'unmapped'>): string {
  return conversion.unmapped.map((u) => u.path).join('\n');
}

/** The CR file for review: where it came from, what moved into Secrets (names only) and what was left out. */
export function v2CrFileText(
  conversion: V2Conversion,
  notes: { source: string; secretsFile: string },
): string {
  const header = [
    `# WeightsAndBiases v2 resource written by \`wandb-operator-actions migrate --to v2\` from ${notes.source}`,
    `# (values from ${conversion.valuesSource === 'spec-active' ? 'its <cr>-spec-active Secret' : 'its spec.values'}).`,
    '# Review it before running migrate again with confirm: true. It holds no secret: it references them.',
  ];
  if (conversion.secrets.length > 0) {
    header.push(
      '#',
      `# Secrets it references that migrate creates (manifests in ${notes.secretsFile}, mode 0600; do not commit that file):`,
      ...conversion.secrets.map((s) => `#   ${s.name}: ${Object.keys(s.data).join(', ')}`),
    );
  }
  if (conversion.unmapped.length > 0) {
    header.push(
      '#',
      '# Not carried over (review each; the migrate log and summary give the reasons):',
      ...conversion.unmapped.map((u) => `#   ${u.path}`),
    );
  }
  return `${header.join('\n')}\n${stringify(conversion.cr, { lineWidth: 0 })}`;
}

/** The Secrets' manifests, one YAML document each, for the 0600 file beside the CR. */
export function secretsFileText(conversion: V2Conversion): string {
  const header = [
    '# Secrets written by `wandb-operator-actions migrate --to v2`: the values moved out of the v1 CR.',
    '# They hold passwords and the license: keep this file out of version control (mode 0600).',
  ].join('\n');
  const docs = secretManifests(conversion.secrets).map((doc) => stringify(doc, { lineWidth: 0 }));
  return `${header}\n${docs.map((doc) => `---\n${doc}`).join('')}`;
}
