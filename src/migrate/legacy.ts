/*
 * From the values of the legacy, non-operator `wandb` Helm chart (wandb/helm-charts charts/wandb) to the
 * values of the `operator-wandb` chart that a WeightsAndBiases resource carries under spec.values.
 * Pure: no I/O. The caller reads `helm get values` or the old Deployment and decides what to print.
 *
 * Only keys whose meaning is the same on both sides are mapped; everything else is listed with the reason it
 * was not carried over, because guessing a translation (ingress hosts, a managed MySQL's data, service
 * accounts) could silently change how the instance behaves after the switch. Nothing found is dropped
 * without being listed.
 */

import { parseReference } from '../images/reference.js';

export type Values = Record<string, unknown>;

/** A legacy key (dotted path) that was not carried over, and what the user should do about it. */
export interface UnmappedKey {
  path: string;
  reason: string;
}

/** A carried-over value: where it came from and where it went. */
export interface MappedKey {
  from: string;
  to: string;
}

export interface Mapping {
  /** operator-wandb values (spec.values). */
  values: Values;
  mapped: MappedKey[];
  unmapped: UnmappedKey[];
  /** Things that need attention before the switch (data that lives inside the old release, ...). */
  warnings: string[];
}

/**
 * A value the old Deployment reads from a Secret (`valueFrom.secretKeyRef`). The Deployment path produces
 * these instead of values, so that the CR can reference the same Secret instead of copying the secret.
 */
export interface SecretRef {
  secretKeyRef: { name: string; key: string };
}

export function isSecretRef(value: unknown): value is SecretRef {
  if (!isObject(value) || !isObject(value.secretKeyRef)) return false;
  const ref = value.secretKeyRef;
  return typeof ref.name === 'string' && typeof ref.key === 'string';
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Empty strings, nulls and empty maps/lists are the legacy chart's "unset". */
function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}

function setPath(target: Values, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Values = target;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part] as Values;
  }
  node[parts[parts.length - 1]] = value;
}

/** Every leaf (and every non-empty list) under `value`, as dotted paths, for reporting whole subtrees. */
function leafPaths(value: unknown, prefix: string): string[] {
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, `${prefix}.${key}`));
  }
  return isUnset(value) ? [] : [prefix];
}

/** A bucket URL as the legacy chart takes it: s3://[KEY:SECRET@]bucket[/path], gs://bucket, az://account/container. */
export function parseBucketUrl(url: string): Values | undefined {
  const match = /^([a-z0-9]+):\/\/(?:([^@/]*)@)?([^/?]+)(\/[^?]*)?(\?.*)?$/i.exec(url.trim());
  if (!match) return undefined;
  const [, scheme, userinfo, host, rawPath] = match;
  const path = (rawPath ?? '').replace(/^\/+|\/+$/g, '');
  const provider = { s3: 's3', gs: 'gcs', az: 'az' }[scheme.toLowerCase()];
  if (!provider) return undefined;
  const bucket: Values = { provider };
  if (userinfo) {
    // S3-compatible storage with credentials in the URL (MinIO): the host is the endpoint, the path the bucket.
    const colon = userinfo.indexOf(':');
    bucket.accessKey = safeDecode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (colon >= 0) bucket.secretKey = safeDecode(userinfo.slice(colon + 1));
    bucket.name = path ? `${host}/${path}` : host;
    return bucket;
  }
  if (provider === 'az') {
    // az://ACCOUNT/CONTAINER: operator-wandb takes the container as the name; the account is reported.
    bucket.name = path || host;
    return bucket;
  }
  bucket.name = host;
  if (path) bucket.path = path;
  return bucket;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** smtp://user:password@host:port as the legacy `smtpServer` takes it. */
export function parseSmtpUrl(url: string): Values | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (!/^smtps?:$/.test(parsed.protocol) || !parsed.hostname) return undefined;
  const smtp: Values = { host: parsed.hostname };
  if (parsed.port) smtp.port = Number(parsed.port);
  if (parsed.username) smtp.user = safeDecode(parsed.username);
  if (parsed.password) smtp.password = safeDecode(parsed.password);
  return smtp;
}

/** Why a legacy key is not carried over (the keys with no counterpart in operator-wandb). */
const NOT_MAPPED: Record<string, string> = {
  enableAdminApi:
    'operator-wandb has no admin-API switch; set GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS in global.extraEnv only if you still need it.',
  existingClaim:
    'operator-wandb keeps files in the bucket, not in a volume claim: move the files to a bucket (global.bucket) before removing the old release.',
  subPath: 'belongs to the volume claim the operator does not use.',
  createSecrets:
    'the operator chart creates its own Secrets; reference yours with global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret.',
  hostAliases: 'no counterpart; set hostAliases per component (e.g. app.pod) after review.',
  serviceAccount: 'operator-wandb creates its service accounts; set <component>.serviceAccount after review.',
  podAnnotations: 'set global.pod.annotations (every component) or app.pod.annotations after review.',
  podSecurityContext: 'set app.pod.securityContext after review.',
  securityContext: 'set app.container.securityContext after review.',
  service: 'operator-wandb names and types its Services itself; the ingress is the way in.',
  nameOverride: 'the operator names everything after the CR.',
  fullnameOverride: 'the operator names everything after the CR.',
  affinity: 'set affinity per component (e.g. app.pod.affinity) after review.',
  ldap: 'operator-wandb has no ldap block; configure LDAP with LDAP_* variables in global.extraEnv.',
  redis:
    'the legacy chart ran its own Redis; operator-wandb does too by default (redis.install), or set global.redis for an external one.',
  bucketQueue: 'operator-wandb sets the queue itself.',
  'ingress.enabled':
    'operator-wandb creates the ingress unless ingress.install is false; it ignores `enabled`.',
  'ingress.hosts':
    'operator-wandb routes the host of global.host; add other names under ingress.additionalHosts after review.',
  'mysql.managed':
    'the old release runs its own MySQL; operator-wandb does not take it over. Point global.mysql at it (or at a database you moved the data to) before removing the old release, which deletes it.',
  'mysql.image': 'belongs to the MySQL the old release runs.',
  'mysql.resources': 'belongs to the MySQL the old release runs.',
  'mysql.service': 'belongs to the MySQL the old release runs.',
  'mysql.persistence': 'belongs to the MySQL the old release runs; its volume holds your data.',
  'mysql.command': 'belongs to the MySQL the old release runs.',
  'image.repository':
    'operator-wandb runs its own image per component; set app.image.repository only for a mirror.',
  'image.pullPolicy': 'operator-wandb sets pull policies per component.',
  'sso.enabled': 'OIDC is on in operator-wandb when global.auth.oidc.clientId is set.',
};

type Mapper = (value: unknown, out: Mapping, path: string) => void;

function to(target: string): Mapper {
  return (value, out, path) => {
    setPath(out.values, target, value);
    out.mapped.push({ from: path, to: target });
  };
}

/** A secret that may come from a Secret (Deployment path) or inline (Helm values path). */
function secretTo(inline: string, reference: (ref: SecretRef) => [string, unknown]): Mapper {
  return (value, out, path) => {
    if (isSecretRef(value)) {
      const [target, ref] = reference(value);
      setPath(out.values, target, ref);
      out.mapped.push({ from: path, to: target });
      return;
    }
    to(inline)(value, out, path);
  };
}

const mapBucket: Mapper = (value, out, path) => {
  if (isSecretRef(value)) {
    out.unmapped.push({
      path,
      reason: `the old Deployment reads the bucket URL from Secret ${value.secretKeyRef.name} (key ${value.secretKeyRef.key}); operator-wandb takes provider, name and region in global.bucket and credentials from global.bucket.secret.`,
    });
    return;
  }
  const bucket = typeof value === 'string' ? parseBucketUrl(value) : undefined;
  if (!bucket) {
    out.unmapped.push({
      path,
      reason: 'not a bucket URL this tool reads (s3://, gs://, az://); write global.bucket by hand.',
    });
    return;
  }
  for (const [key, item] of Object.entries(bucket)) setPath(out.values, `global.bucket.${key}`, item);
  out.mapped.push({ from: path, to: 'global.bucket' });
  if (bucket.provider === 'az') {
    out.warnings.push(
      'The bucket is on Azure: check global.bucket.name (the container) and add the storage account the chart expects.',
    );
  }
};

const mapSmtp: Mapper = (value, out, path) => {
  const smtp = typeof value === 'string' ? parseSmtpUrl(value) : undefined;
  if (!smtp) {
    out.unmapped.push({
      path,
      reason: isSecretRef(value)
        ? `read from Secret ${value.secretKeyRef.name}; write global.email.smtp (host, port, user, password) by hand.`
        : 'not an smtp:// URL; write global.email.smtp (host, port, user, password) by hand.',
    });
    return;
  }
  for (const [key, item] of Object.entries(smtp)) setPath(out.values, `global.email.smtp.${key}`, item);
  out.mapped.push({ from: path, to: 'global.email.smtp' });
};

/** Legacy `extraEnv` is a list of EnvVar objects; operator-wandb's global.extraEnv is a map NAME: value. */
const mapExtraEnv: Mapper = (value, out, path) => {
  const list = Array.isArray(value)
    ? value
    : isObject(value)
      ? Object.entries(value).map(([name, v]) => ({ name, value: v }))
      : [];
  list.forEach((item: unknown, i) => {
    const entry = isObject(item) ? item : {};
    const name = typeof entry.name === 'string' ? entry.name : undefined;
    if (name && entry.value !== undefined && entry.valueFrom === undefined) {
      setPath(out.values, `global.extraEnv.${name}`, String(entry.value));
      out.mapped.push({ from: `${path}.${name}`, to: `global.extraEnv.${name}` });
    } else {
      out.unmapped.push({
        path: `${path}.${name ?? i}`,
        reason:
          'reads a Secret or ConfigMap (valueFrom); global.extraEnv takes plain values: use global.extraEnvFrom or a component extraEnvFrom.',
      });
    }
  });
};

const mapMysql: Mapper = (value, out, path) => {
  const mysql = isObject(value) ? value : {};
  const fields: Record<string, string> = { host: 'host', port: 'port', user: 'user', database: 'database' };
  for (const [key, item] of Object.entries(mysql)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key in fields) {
      if (isSecretRef(item)) {
        setPath(out.values, `global.mysql.${fields[key]}`, { valueFrom: item });
      } else setPath(out.values, `global.mysql.${fields[key]}`, key === 'port' ? Number(item) : item);
      out.mapped.push({ from: here, to: `global.mysql.${fields[key]}` });
    } else if (key === 'password') {
      if (isSecretRef(item)) {
        setPath(out.values, 'global.mysql.passwordSecret', {
          name: item.secretKeyRef.name,
          passwordKey: item.secretKeyRef.key,
        });
        out.mapped.push({ from: here, to: 'global.mysql.passwordSecret' });
      } else to('global.mysql.password')(item, out, here);
    } else if (key !== 'managed') {
      // `managed` is decided below, from whether the old release used its own database at all.
      out.unmapped.push({
        path: here,
        reason: NOT_MAPPED[here] ?? 'no counterpart in operator-wandb; review it.',
      });
    }
  }
  const external = typeof mysql.host === 'string' && mysql.host !== '';
  const global = isObject(out.values.global) ? out.values.global : {};
  const target = isObject(global.mysql) ? global.mysql : undefined;
  if (external && target) {
    // The legacy chart put a port into the host (`db:3307`) or used MySQL's 3306; operator-wandb wants it apart.
    const hostPort = /^(.*):(\d+)$/.exec(String(target.host));
    if (hostPort) {
      target.host = hostPort[1];
      target.port ??= Number(hostPort[2]);
    }
    if (target.port === undefined) {
      target.port = 3306;
      out.mapped.push({ from: `${path} (MySQL's default port)`, to: 'global.mysql.port' });
    }
  }
  if (!external && mysql.managed !== false) {
    out.unmapped.push({ path: `${path}.managed`, reason: NOT_MAPPED['mysql.managed'] });
    out.warnings.push(
      'The old release runs its own MySQL (no mysql.host): the CR does not point at it yet. Set global.mysql to that database, or one you moved the data to, before confirming; removing the old release deletes its MySQL.',
    );
  }
};

const mapSso: Mapper = (value, out, path) => {
  const sso = isObject(value) ? value : {};
  const fields: Record<string, string> = { issuer: 'issuer', method: 'authMethod', clientId: 'clientId' };
  for (const [key, item] of Object.entries(sso)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key in fields) to(`global.auth.oidc.${fields[key]}`)(item, out, here);
    else if (key === 'clientSecret') {
      if (isSecretRef(item)) {
        setPath(out.values, 'global.auth.oidc.oidcSecret', {
          name: item.secretKeyRef.name,
          secretKey: item.secretKeyRef.key,
        });
        out.mapped.push({ from: here, to: 'global.auth.oidc.oidcSecret' });
      } else to('global.auth.oidc.secret')(item, out, here);
    } else if (key === 'autoProvision') {
      // The legacy chart turned `autoProvision: false` into this variable; operator-wandb has no key for it.
      if (item === false || item === 'false') {
        setPath(out.values, 'global.extraEnv.GORILLA_DISABLE_SSO_PROVISIONING', 'true');
        out.mapped.push({ from: here, to: 'global.extraEnv.GORILLA_DISABLE_SSO_PROVISIONING' });
      }
    } else if (key === 'enabled') {
      if (item !== true && item !== 'true') {
        out.warnings.push(
          'sso.enabled is false: the OIDC settings were carried over; remove them if unused.',
        );
      }
    } else out.unmapped.push({ path: here, reason: 'no counterpart in global.auth.oidc; review it.' });
  }
};

const mapIngress: Mapper = (value, out, path) => {
  const ingress = isObject(value) ? value : {};
  for (const [key, item] of Object.entries(ingress)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key === 'className') to('ingress.class')(item, out, here);
    else if (key === 'annotations' || key === 'tls' || key === 'labels')
      to(`ingress.${key}`)(item, out, here);
    else
      out.unmapped.push({
        path: here,
        reason: NOT_MAPPED[here] ?? 'no counterpart in operator-wandb ingress; review it.',
      });
  }
};

const mapImage: Mapper = (value, out, path) => {
  const image = isObject(value) ? value : {};
  for (const [key, item] of Object.entries(image)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key === 'tag') to('app.image.tag')(String(item), out, here);
    else if (key === 'repository' && item === 'wandb/local') continue;
    else out.unmapped.push({ path: here, reason: NOT_MAPPED[here] ?? 'review it.' });
  }
};

/** Every top-level legacy key this module understands, and how. */
const MAPPERS: Record<string, Mapper> = {
  host: to('global.host'),
  license: secretTo('global.license', (ref) => [
    'global.licenseSecret',
    { name: ref.secretKeyRef.name, key: ref.secretKeyRef.key },
  ]),
  bucket: mapBucket,
  bucketRegion: to('global.bucket.region'),
  bucketKmsKeyArn: to('global.bucket.kmsKey'),
  smtpServer: mapSmtp,
  extraEnv: mapExtraEnv,
  extraCors: (value, out, path) => {
    setPath(out.values, 'global.extraEnv.GORILLA_CORS_ORIGINS', String(value));
    out.mapped.push({ from: path, to: 'global.extraEnv.GORILLA_CORS_ORIGINS' });
  },
  mysql: mapMysql,
  sso: mapSso,
  ingress: mapIngress,
  image: mapImage,
  customCACerts: to('global.customCACerts'),
  imagePullSecrets: to('global.imagePullSecrets'),
  resources: to('app.resources'),
  nodeSelector: to('global.nodeSelector'),
  tolerations: to('global.tolerations'),
};

export interface MapOptions {
  /** The image the old Deployment runs (e.g. wandb/local:0.74.1): pins the same version when the values do not. */
  runningImage?: string;
}

/** The tag of an image reference (`repo/name:tag`, `host:port/name:tag@sha256:...`), if any. */
export function imageTag(image: string): string | undefined {
  return parseReference(image).tag;
}

export function mapLegacyValues(legacy: Values, options: MapOptions = {}): Mapping {
  const out: Mapping = { values: {}, mapped: [], unmapped: [], warnings: [] };
  for (const [key, value] of Object.entries(legacy)) {
    if (isUnset(value)) continue;
    const mapper = MAPPERS[key];
    if (mapper) {
      mapper(value, out, key);
      continue;
    }
    const reason = NOT_MAPPED[key] ?? 'not a key of the legacy wandb chart this tool knows; review it.';
    const paths = leafPaths(value, key);
    out.unmapped.push(
      ...(paths.length > 1 ? [{ path: key, reason }] : paths.map((path) => ({ path, reason }))),
    );
  }
  if (!legacy.mysql || isUnset(legacy.mysql)) mapMysql({}, out, 'mysql');
  // Keep the version the old Deployment runs: the operator would otherwise install whatever its channel says.
  const tag = options.runningImage ? imageTag(options.runningImage) : undefined;
  if (
    !isObject(out.values.app) ||
    !isObject((out.values.app as Values).image) ||
    !((out.values.app as Values).image as Values).tag
  ) {
    if (tag) {
      setPath(out.values, 'app.image.tag', tag);
      out.mapped.push({ from: 'image (running Deployment)', to: 'app.image.tag' });
    } else {
      out.warnings.push(
        'No image tag was found: pin app.image.tag to the version you run, or the operator installs the newest.',
      );
    }
  }
  if (!legacy.host) {
    out.warnings.push('No host was found: set global.host to the URL users reach W&B at.');
  }
  const mysql = (out.values.global as Values | undefined)?.mysql;
  if (isObject(mysql) && mysql.host) {
    // An external database: the operator chart must not start its own, empty one.
    setPath(out.values, 'mysql.install', false);
  }
  // extraEnv entries read from Secrets are not carried over (listed as unmapped), so they are not counted.
  const referenced = [...new Set(secretRefNames({ ...legacy, extraEnv: undefined }))];
  if (referenced.length > 0) {
    out.warnings.push(
      `The CR references the Secret${referenced.length > 1 ? 's' : ''} ${referenced.join(', ')} the old installation reads: keep ${referenced.length > 1 ? 'them' : 'it'} when you remove the old installation (a Helm release deletes the Secrets it made).`,
    );
  }
  out.unmapped.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}

function secretRefNames(value: unknown): string[] {
  if (isSecretRef(value)) return [value.secretKeyRef.name];
  if (Array.isArray(value)) return value.flatMap(secretRefNames);
  if (isObject(value)) return Object.values(value).flatMap(secretRefNames);
  return [];
}

/**
 * The legacy values in the shape the secret scan reads: `extraEnv` as a map NAME: value, because in the
 * list form (`{name: AWS_SECRET_ACCESS_KEY, value: ...}`) the secret sits under the key `value`.
 */
export function valuesForSecretScan(legacy: Values): Values {
  if (!Array.isArray(legacy.extraEnv)) return legacy;
  const env: Values = {};
  for (const item of legacy.extraEnv) {
    if (isObject(item) && typeof item.name === 'string' && item.value !== undefined)
      env[item.name] = item.value;
  }
  return { ...legacy, extraEnv: env };
}

/** One line per unmapped key, for logs and the summary. */
export function describeUnmapped(unmapped: UnmappedKey[]): string[] {
  return unmapped.map((u) => `${u.path}: ${u.reason}`);
}
