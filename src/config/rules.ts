/*
 * Cross-field rules of the configuration reference (seed 001 "W&B Server 구성 참조", facts sections 1.3, 2.2
 * and 8): what a JSON Schema cannot say, or says badly. One table; each rule names itself, says what it
 * checks, and returns hits at the path of the offending value (or key). Structure, types and known keys
 * are in schema/wandb-cr.schema.json.
 *
 * Documented choices:
 * - External Redis (`global.redis.host` set) while `redis.install` is not false is an ERROR: the chart
 *   would deploy its own Redis beside the external one (redis.install defaults to true). Real-world CRs 02 and
 *   03 (from the W&B docs) do exactly this and are reported.
 * - MySQL counts as external unless `mysql.install: true` (the chart default is false); its connection keys
 *   are checked only when the configuration has a non-empty `global.mysql` (a CR without it takes MySQL
 *   from the release channel or the console).
 * - S3 storage is "outside AWS" when `name` carries an endpoint (`host:port`, `host/bucket` or a URL) on a
 *   host other than *.amazonaws.com, or `region` is set to something that is not an AWS region name. There,
 *   a non-empty `kmsKey` is an error; absent, `null` and "" are fine (the chart treats them alike).
 * - `global.host` is an http(s) URL with a host name, optional port and no path, query or user-info;
 *   a single trailing slash is accepted (it is the empty path).
 * - A value holding a `${VAR}` or `{{ ... }}` placeholder (substituted by envsubst/templating before apply)
 *   is not checked for format.
 * - `spec.chart` may be absent (the chart then comes from the release channel). An air-gapped operator
 *   needs it, but whether the operator runs air-gapped is its own Helm value, not part of this resource,
 *   so that case is not detected here.
 * - An empty string counts as unset (the chart's defaults are empty strings).
 * - Inline secrets, keys the chart ignores, unquoted env values, an unknown bucket provider and a bucket
 *   without a name are warnings; everything the operator or the chart would reject or silently misuse is an
 *   error.
 */
import { X509Certificate } from 'node:crypto';
import { chartDefault, type ChartKnowledge } from '../charts/knowledge.js';

export interface Finding {
  severity: 'error' | 'warning';
  path: string[];
  /** Point at the key (a missing or misplaced key) or at the value (a bad value). */
  at: 'key' | 'value';
  message: string;
  fix?: string;
}

export interface Hit {
  /** Overrides the rule's severity for this hit. */
  severity?: 'error' | 'warning';
  path: string[];
  at?: 'key' | 'value';
  message: string;
  fix?: string;
}

export interface Rule {
  id: string;
  severity: 'error' | 'warning';
  /** What the rule checks and why (the reference it comes from). */
  description: string;
  check(cr: Cr): Hit[];
}

type Json = Record<string, unknown>;

/** Read access to the merged resource, by path. */
export class Cr {
  constructor(
    readonly doc: Json,
    /** The chart version the configuration is checked against: its defaults count as set. */
    readonly chart?: ChartKnowledge,
  ) {}
  /** The chart's default at a CR path under spec.values, when it is a non-empty scalar. */
  chartDefault(path: readonly string[]): string | number | boolean | undefined {
    if (!this.chart || path[0] !== 'spec' || path[1] !== 'values') return undefined;
    const value = chartDefault(this.chart, path.slice(2));
    return value === '' ? undefined : value;
  }
  get(path: readonly string[]): unknown {
    let current: unknown = this.doc;
    for (const segment of path) {
      if (current === null || typeof current !== 'object') return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = (current as Json)[segment];
    }
    return current;
  }
  has(path: readonly string[]): boolean {
    return this.get(path) !== undefined;
  }
  map(path: readonly string[]): Json | undefined {
    const value = this.get(path);
    return isMap(value) ? value : undefined;
  }
}

export function isMap(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function filled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (isMap(value)) return Object.keys(value).length > 0;
  return true;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function hasPlaceholder(value: string): boolean {
  return /\$\{[^}]*\}|\{\{[\s\S]*\}\}/.test(value);
}

/** For messages: never show the user-info of a URL (it is a credential). */
function shown(value: string): string {
  return value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s@]+@/gi, '$1***@');
}

const V = ['spec', 'values'];
const G = [...V, 'global'];

function tryUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

const CHART_FIX =
  'Use one of the three shapes the operator accepts: `path: /charts/operator-wandb` (local chart), ' +
  '`url: oci://REGISTRY/PATH/operator-wandb` with `version` (OCI, operator >= v1.22.0), or ' +
  '`url: https://charts.wandb.ai` with `name: operator-wandb` and `version` (Helm repository); ' +
  'or remove `spec.chart` to take the chart from the release channel.';
const INVALID_CONFIG =
  'the operator would match no chart source and stop in phase `Invalid Config` ("No release type was found in the spec")';

function credentialPair(chart: Json, base: string[]): Hit[] {
  const user = filled(chart.username);
  const pass = filled(chart.password);
  if (user === pass) return [];
  const present = user ? 'username' : 'password';
  const absent = user ? 'password' : 'username';
  return [
    {
      path: [...base, present],
      at: 'key',
      message: `\`spec.chart.${present}\` is set without \`${absent}\`: the operator takes both or neither`,
      fix: `Set \`${absent}\` too, or drop both and name a Secret in \`credentialSecret: {name: ...}\` (keys HELM_USERNAME/HELM_PASSWORD).`,
    },
  ];
}

function checkChart(cr: Cr): Hit[] {
  const base = ['spec', 'chart'];
  const chart = cr.map(base);
  if (!chart) return [];
  if (text(chart.path)) return [];
  const url = text(chart.url);
  if (!url) {
    return [
      {
        path: base,
        at: 'key',
        message: `\`spec.chart\` has neither \`path\` nor \`url\`: ${INVALID_CONFIG}`,
        fix: CHART_FIX,
      },
    ];
  }
  if (hasPlaceholder(url)) return credentialPair(chart, base);
  if (/^oci:\/\//i.test(url)) {
    const hits: Hit[] = [];
    const rest = url.slice('oci://'.length);
    const slash = rest.indexOf('/');
    if (slash <= 0 || slash === rest.length - 1) {
      hits.push({
        path: [...base, 'url'],
        message: `\`spec.chart.url\` \`${shown(url)}\` is not an OCI chart reference (oci://REGISTRY/PATH/CHART): ${INVALID_CONFIG}`,
        fix: 'Write it as `url: oci://registry.example.com/wandb/operator-wandb`.',
      });
    } else {
      const lastSegment = rest.slice(rest.lastIndexOf('/') + 1);
      if (!lastSegment.includes(':') && !filled(chart.version)) {
        hits.push({
          path: [...base, 'url'],
          message:
            '`spec.chart` is an OCI chart without `version` and its URL carries no tag: the operator needs one of the two',
          fix: 'Add `version: "0.43.8"` (the operator-wandb chart version to install) under spec.chart, or end the URL with `:VERSION`.',
        });
      }
    }
    return [...hits, ...credentialPair(chart, base)];
  }
  const parsed = tryUrl(url);
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || !parsed.hostname) {
    return [
      {
        path: [...base, 'url'],
        message: `\`spec.chart.url\` \`${shown(url)}\` is neither an oci:// reference nor an http(s) Helm repository URL: ${INVALID_CONFIG}`,
        fix: CHART_FIX,
      },
    ];
  }
  const hits: Hit[] = [];
  if (!text(chart.name)) {
    hits.push({
      path: base,
      at: 'key',
      message: `\`spec.chart\` points at a Helm repository (\`url: ${shown(url)}\`) but has no \`name\`: ${INVALID_CONFIG}`,
      fix: "Add `name: operator-wandb` (the chart's name in the repository) under spec.chart.",
    });
  }
  return [...hits, ...credentialPair(chart, base)];
}

function checkHost(cr: Cr): Hit[] {
  const path = [...G, 'host'];
  const host = cr.get(path);
  if (typeof host !== 'string' || hasPlaceholder(host)) return [];
  const fix =
    'Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).';
  const url = tryUrl(host.trim());
  let problem: string | undefined;
  if (!url) problem = 'is not a URL';
  else if (!['http:', 'https:'].includes(url.protocol))
    problem = `must start with https:// or http://, not ${url.protocol}//`;
  else if (!url.hostname) problem = 'has no host name';
  else if (url.username || url.password) problem = 'must not carry a user name or password';
  else if (url.pathname !== '/' || url.search || url.hash)
    problem = `must have no path (found \`${url.pathname}${url.search}${url.hash}\`)`;
  return problem ? [{ path, message: `\`global.host\` \`${shown(host)}\` ${problem}`, fix }] : [];
}

const AWS_REGION = /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob)-[a-z]+-\d+$/;

/** Why this S3 bucket is outside AWS, or undefined when it may be AWS. */
function outsideAws(bucket: Json): string | undefined {
  const name = text(bucket.name);
  if (name && !hasPlaceholder(name)) {
    let host: string | undefined;
    if (name.includes('://')) host = tryUrl(name)?.hostname;
    else if (/[:/]/.test(name)) host = name.split('/')[0].split(':')[0];
    if (host && !/(^|\.)amazonaws\.com(\.cn)?$/i.test(host)) return `its endpoint \`${host}\` in \`name\``;
  }
  const region = text(bucket.region);
  if (region && !hasPlaceholder(region) && !AWS_REGION.test(region)) return `its region \`${region}\``;
  return undefined;
}

const BUCKETS = ['bucket', 'defaultBucket'];

function checkBucketKms(cr: Cr): Hit[] {
  const hits: Hit[] = [];
  for (const which of BUCKETS) {
    const bucket = cr.map([...G, which]);
    if (!bucket) continue;
    const provider = text(bucket.provider) ?? 's3';
    if (provider !== 's3' || !text(bucket.kmsKey)) continue;
    const why = outsideAws(bucket);
    if (!why) continue;
    hits.push({
      path: [...G, which, 'kmsKey'],
      message: `\`global.${which}.kmsKey\` is set, but this is S3-compatible storage outside AWS (${why}): KMS keys exist only on AWS S3`,
      fix: `Set \`kmsKey: null\` under global.${which} (the reference requires null for S3-compatible storage outside AWS).`,
    });
  }
  return hits;
}

function checkBucketKeys(cr: Cr): Hit[] {
  const hits: Hit[] = [];
  for (const which of BUCKETS) {
    const base = [...G, which];
    const bucket = cr.map(base);
    if (!bucket) continue;
    const access = filled(bucket.accessKey);
    const secretKey = filled(bucket.secretKey);
    const ref = isMap(bucket.secret) ? bucket.secret : undefined;
    const secretName = text(ref?.secretName);
    const provider = text(bucket.provider) ?? 's3';
    if (secretName && (access || secretKey)) {
      const inline = access ? 'accessKey' : 'secretKey';
      hits.push({
        path: [...base, inline],
        at: 'key',
        message: `\`global.${which}\` takes its keys both inline (\`${inline}\`) and from Secret \`${secretName}\` (\`secret.secretName\`): use one or the other`,
        fix: `Remove the inline accessKey/secretKey and keep \`secret\`, or remove \`secret\`.`,
      });
    } else if (provider !== 'az' && access !== secretKey) {
      const present = access ? 'accessKey' : 'secretKey';
      const absent = access ? 'secretKey' : 'accessKey';
      hits.push({
        path: [...base, present],
        at: 'key',
        message: `\`global.${which}.${present}\` is set without \`${absent}\`: inline keys come in pairs`,
        fix: `Set both accessKey and secretKey, or neither and reference a Secret: \`secret: {secretName: bucket-secret, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}\`.`,
      });
    }
    // The chart's own default is such a block (key names, no secretName): only names changed from the
    // default say the user meant a Secret and forgot its name.
    const renamed = ['accessKeyName', 'secretKeyName'].filter(
      (key) => filled(ref?.[key]) && ref?.[key] !== cr.chartDefault([...base, 'secret', key]),
    );
    if (ref && !secretName && renamed.length > 0) {
      hits.push({
        path: [...base, 'secret'],
        at: 'key',
        message: `\`global.${which}.secret\` names keys but no \`secretName\`: the chart ignores it`,
        fix: 'Add `secretName:` (the Secret that holds the access and secret keys) under `secret`.',
      });
    }
  }
  return hits;
}

function checkBucketName(cr: Cr): Hit[] {
  const bucket = cr.map([...G, 'bucket']);
  if (!bucket || text(bucket.name)) return [];
  const meaningful = Object.keys(bucket).filter((key) => key !== 'secret' && filled(bucket[key]));
  if (meaningful.length === 0) return [];
  return [
    {
      path: [...G, 'bucket'],
      at: 'key',
      message:
        '`global.bucket` has no `name`, so the chart ignores it and uses `global.defaultBucket` instead',
      fix: 'Add `name:` (the bucket name, or an s3:// URL for S3-compatible storage), or move these keys to `global.defaultBucket`.',
    },
  ];
}

function checkMysql(cr: Cr): Hit[] {
  const base = [...G, 'mysql'];
  const mysql = cr.map(base);
  if (!mysql || Object.keys(mysql).length === 0) return [];
  if (cr.get([...V, 'mysql', 'install']) === true) return [];
  const hits: Hit[] = [];
  const examples: Record<string, string> = {
    host: 'mysql.example.com',
    port: '3306',
    database: 'wandb_local',
    user: 'wandb',
  };
  for (const key of ['host', 'port', 'database', 'user']) {
    // The chart defaults port, database and user (3306, wandb_local, wandb): unset, those are used.
    if (!filled(mysql[key]) && cr.chartDefault([...base, key]) === undefined) {
      hits.push({
        path: base,
        at: 'key',
        message: `external MySQL (\`mysql.install\` is not true) needs \`global.mysql.${key}\``,
        fix: `Add \`${key}: ${examples[key]}\` under global.mysql, or set \`mysql.install: true\` to let the chart run MySQL.`,
      });
    }
  }
  const ref = isMap(mysql.passwordSecret) ? mysql.passwordSecret : undefined;
  if (!filled(mysql.password) && !text(ref?.name)) {
    hits.push({
      path: ref ? [...base, 'passwordSecret'] : base,
      at: 'key',
      message: ref
        ? '`global.mysql.passwordSecret` has no `name`, and there is no `password`: external MySQL needs one of them'
        : 'external MySQL (`mysql.install` is not true) needs `global.mysql.password` or `global.mysql.passwordSecret`',
      fix: 'Reference the password in a Secret: `passwordSecret: {name: mysql-secret, passwordKey: MYSQL_PASSWORD}`.',
    });
  }
  return hits;
}

function checkLicenseSecret(cr: Cr): Hit[] {
  const base = [...G, 'licenseSecret'];
  const ref = cr.map(base);
  if (!ref) return [];
  const name = text(ref.name);
  const key = text(ref.key);
  const hits: Hit[] = [];
  if (Boolean(name) !== Boolean(key)) {
    const absent = name ? 'key' : 'name';
    hits.push({
      path: base,
      at: 'key',
      message: `\`global.licenseSecret\` needs both \`name\` and \`key\`: the operator reads the license from the Secret only when both are set (\`${absent}\` is missing)`,
      fix: 'Set both, e.g. `licenseSecret: {name: license-secret, key: license}`.',
    });
  }
  if (name && key && text(cr.get([...G, 'license']))) {
    hits.push({
      severity: 'warning',
      path: [...G, 'license'],
      at: 'key',
      message:
        '`global.license` and `global.licenseSecret` are both set: the operator uses the inline license and ignores the Secret',
      fix: 'Remove `global.license` and keep `licenseSecret`.',
    });
  }
  return hits;
}

function checkIngressPlacement(cr: Cr): Hit[] {
  if (!cr.has([...G, 'ingress'])) return [];
  return [
    {
      path: [...G, 'ingress'],
      at: 'key',
      message:
        '`ingress` is under `global`, where the chart never reads it (the reference: ingress sits beside global, not under it)',
      fix: 'move `ingress` to the top level of values (beside `global`, not under it).',
    },
  ];
}

function checkExternalRedis(cr: Cr): Hit[] {
  const host = text(cr.get([...G, 'redis', 'host']));
  if (!host) return [];
  const install = cr.get([...V, 'redis', 'install']);
  if (install === false) return [];
  return [
    {
      path: install === undefined ? [...G, 'redis', 'host'] : [...V, 'redis', 'install'],
      message: `external Redis is configured (\`global.redis.host: ${shown(host)}\`) but \`redis.install\` is ${install === undefined ? 'not set (the chart default is true)' : String(install)}: the chart would also deploy its own Redis`,
      fix: 'set redis.install: false (under `redis:`, beside `global`).',
    },
  ];
}

const PEM_BEGIN = /-----BEGIN CERTIFICATE-----/g;

function checkCaCerts(cr: Cr): Hit[] {
  const path = [...G, 'customCACerts'];
  const certs = cr.get(path);
  if (!Array.isArray(certs)) return [];
  const hits: Hit[] = [];
  certs.forEach((item, index) => {
    if (typeof item !== 'string') return;
    const itemPath = [...path, String(index)];
    const where = `\`global.customCACerts[${index}]\``;
    const count = (item.match(PEM_BEGIN) ?? []).length;
    if (/PRIVATE KEY-----/.test(item)) {
      hits.push({
        path: itemPath,
        message: `${where} holds a private key; only CA certificates belong here`,
        fix: 'Remove the private key block and keep the `-----BEGIN CERTIFICATE-----` block of the CA.',
      });
    } else if (count === 0) {
      hits.push({
        path: itemPath,
        message: `${where} is not a PEM certificate (no \`-----BEGIN CERTIFICATE-----\` line)`,
        fix: 'Paste the CA certificate in PEM form, from `-----BEGIN CERTIFICATE-----` to `-----END CERTIFICATE-----`, as a block string (`- |`).',
      });
    } else if (count > 1) {
      hits.push({
        path: itemPath,
        message: `${where} is a bundle of ${count} certificates; each list item must hold exactly one`,
        fix: 'split into separate list items, one `- |` item per `-----BEGIN CERTIFICATE-----` block.',
      });
    } else {
      try {
        new X509Certificate(item);
      } catch {
        hits.push({
          path: itemPath,
          message: `${where} cannot be parsed as an X.509 certificate (damaged or truncated PEM)`,
          fix: 'Paste the certificate again from its .crt file, keeping every line; check with `openssl x509 -noout -text -in ca.crt`.',
        });
      }
    }
  });
  return hits;
}

function checkOidc(cr: Cr): Hit[] {
  const base = [...G, 'auth', 'oidc'];
  const oidc = cr.map(base);
  if (!oidc || !['clientId', 'issuer', 'secret', 'authMethod'].some((key) => filled(oidc[key]))) return [];
  const hits: Hit[] = [];
  if (!text(oidc.clientId)) {
    hits.push({
      path: base,
      at: 'key',
      message: 'OIDC is configured but `global.auth.oidc.clientId` is empty',
      fix: 'Set `clientId:` to the client (application) ID registered at your identity provider.',
    });
  }
  const issuer = text(oidc.issuer);
  if (!issuer) {
    hits.push({
      path: base,
      at: 'key',
      message: 'OIDC is configured but `global.auth.oidc.issuer` is empty',
      fix: "Set `issuer:` to the identity provider's issuer URL, e.g. `https://login.example.com/realms/wandb`.",
    });
  } else if (!hasPlaceholder(issuer)) {
    const url = tryUrl(issuer);
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
      hits.push({
        path: [...base, 'issuer'],
        message: `\`global.auth.oidc.issuer\` \`${shown(issuer)}\` is not an http(s) URL`,
        fix: 'Use the issuer URL your identity provider publishes (its /.well-known/openid-configuration lives under it).',
      });
    }
  }
  return hits;
}

function extraEnvMaps(cr: Cr): string[][] {
  const paths: string[][] = [[...G, 'extraEnv']];
  const values = cr.map(V);
  for (const key of Object.keys(values ?? {})) if (key !== 'global') paths.push([...V, key, 'extraEnv']);
  return paths;
}

function checkExtraEnvValues(cr: Cr, severity: 'error' | 'warning'): Hit[] {
  const hits: Hit[] = [];
  for (const path of extraEnvMaps(cr)) {
    const env = cr.map(path);
    if (!env) continue;
    for (const [name, value] of Object.entries(env)) {
      if (value === null || typeof value === 'string') continue;
      if (isMap(value) && isMap(value.valueFrom)) continue;
      const where = `\`${[...path.slice(2), name].join('.')}\``;
      const scalar = typeof value === 'number' || typeof value === 'boolean';
      if (scalar && severity === 'warning') {
        hits.push({
          path: [...path, name],
          message: `${where} is ${typeof value === 'number' ? 'a number' : 'a boolean'}; environment values are strings`,
          fix: `Quote it: \`${name}: "${String(value)}"\`.`,
        });
      } else if (!scalar && severity === 'error') {
        hits.push({
          path: [...path, name],
          message: `${where} must be a string (or \`{valueFrom: ...}\`), not ${Array.isArray(value) ? 'a list' : 'a map'}`,
          fix: `Write \`${name}: "value"\`.`,
        });
      }
    }
  }
  return hits;
}

/** Keys the chart is known to ignore, with what it reads instead (facts 2.2 "Doc-vs-chart mismatches"). */
const IGNORED_KEYS: Array<{ path: string[]; instead: string; fix: string }> = [
  {
    path: [...V, 'ingress', 'enabled'],
    instead:
      'it reads `ingress.install` (deploy the ingress controller) and `ingress.create` (create the Ingress)',
    fix: 'Replace `enabled:` with `create:` (and `install:` for the controller).',
  },
  {
    path: [...G, 'redis', 'auth'],
    instead:
      'it reads `global.redis.secret.secretName` / `global.redis.secret.secretKey` (or `global.redis.password`)',
    fix: 'Replace `auth: {enabled, secret, key}` with `secret: {secretName: <Secret>, secretKey: <key>}`.',
  },
  {
    path: [...G, 'mysql', 'name'],
    instead: 'it reads `global.mysql.database`',
    fix: 'Put the database name in `database:` and remove `name:`.',
  },
  {
    path: [...V, 'imagePullSecrets'],
    instead: 'it reads `global.imagePullSecrets`',
    fix: 'Move `imagePullSecrets` under `global`.',
  },
  {
    path: [...V, 'airgapped'],
    instead: "`airgapped` is a value of the operator's own chart (charts/operator), not of this resource",
    fix: 'Set it when installing the operator (`helm upgrade --install operator wandb/operator --set airgapped=true`) and remove it here.',
  },
  {
    path: [...V, 'customCACerts'],
    instead:
      "it reads `global.customCACerts` (top-level `customCACerts` belongs to the operator's own chart)",
    fix: 'Move `customCACerts` under `global` for W&B Server, or into the operator chart values for the operator.',
  },
  {
    path: [...V, 'caCertsConfigMap'],
    instead:
      "it reads `global.caCertsConfigMap` (top-level `caCertsConfigMap` belongs to the operator's own chart)",
    fix: 'Move `caCertsConfigMap` under `global`.',
  },
  {
    path: [...G, 'ldap'],
    instead:
      'it reads LDAP settings from `global.extraEnv` (`LDAP_*` variables) in current operator-wandb charts',
    fix: 'Configure LDAP through `global.extraEnv` as the current W&B docs describe.',
  },
];

function checkIgnoredKeys(cr: Cr): Hit[] {
  const hits: Hit[] = [];
  for (const entry of IGNORED_KEYS) {
    if (!cr.has(entry.path)) continue;
    hits.push({
      path: entry.path,
      at: 'key',
      message: `the chart does not read \`${entry.path.slice(2).join('.')}\`; ${entry.instead}`,
      fix: entry.fix,
    });
  }
  const values = cr.map(V) ?? {};
  for (const [key, value] of Object.entries(values)) {
    if (isMap(value) && Object.prototype.hasOwnProperty.call(value, 'extraEnvs')) {
      hits.push({
        path: [...V, key, 'extraEnvs'],
        at: 'key',
        message: `the chart does not read \`${key}.extraEnvs\`; it reads \`${key}.extraEnv\` (singular)`,
        fix: `Rename \`extraEnvs\` to \`extraEnv\` (a map NAME: value).`,
      });
    }
  }
  return hits;
}

/** Inline secrets and the Secret-reference form the chart offers instead. */
const INLINE_SECRETS: Array<{ path: string[]; instead: string }> = [
  { path: [...G, 'license'], instead: '`global.licenseSecret: {name, key}`' },
  ...BUCKETS.flatMap((which) =>
    ['accessKey', 'secretKey'].map((key) => ({
      path: [...G, which, key],
      instead: `\`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\``,
    })),
  ),
  { path: [...G, 'mysql', 'password'], instead: '`global.mysql.passwordSecret: {name, passwordKey}`' },
  { path: [...G, 'redis', 'password'], instead: '`global.redis.secret: {secretName, secretKey}`' },
  {
    path: [...G, 'email', 'smtp', 'password'],
    instead: '`password: {valueFrom: {secretKeyRef: {name, key}}}`',
  },
  { path: [...G, 'auth', 'oidc', 'secret'], instead: '`global.auth.oidc.oidcSecret: {name, secretKey}`' },
  {
    path: [...G, 'clickhouse', 'password'],
    instead: '`global.clickhouse.passwordSecret: {name, passwordKey}`',
  },
  { path: ['spec', 'chart', 'password'], instead: '`spec.chart.credentialSecret: {name}`' },
];

function checkInlineSecrets(cr: Cr): Hit[] {
  const hits: Hit[] = [];
  for (const entry of INLINE_SECRETS) {
    if (!text(cr.get(entry.path))) continue;
    const where = entry.path[0] === 'spec' && entry.path[1] === 'values' ? entry.path.slice(2) : entry.path;
    hits.push({
      path: entry.path,
      at: 'key',
      message: `\`${where.join('.')}\` is written inline: the resource, and everyone who can read it, holds the secret`,
      fix: `Keep it in a Kubernetes Secret and reference it with ${entry.instead}.`,
    });
  }
  for (const which of BUCKETS) {
    const name = text(cr.get([...G, which, 'name']));
    if (name && /:\/\/[^\s/@]+@/.test(name)) {
      hits.push({
        path: [...G, which, 'name'],
        at: 'key',
        message: `\`global.${which}.name\` carries credentials in its URL`,
        fix: `Drop the user-info from the URL and reference the keys with \`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\`.`,
      });
    }
  }
  return hits;
}

export const RULES: Rule[] = [
  {
    id: 'chart-shape',
    severity: 'error',
    description:
      'spec.chart is a local {path}, an OCI {url: oci://…, version} or a repository {url, name, version} (facts 1.3).',
    check: checkChart,
  },
  {
    id: 'host-url',
    severity: 'error',
    description: 'global.host is an http(s) URL with a host and no path (reference: "FQDN with protocol").',
    check: checkHost,
  },
  {
    id: 'bucket-kms-outside-aws',
    severity: 'error',
    description: 'S3-compatible storage outside AWS has kmsKey null (reference, object storage).',
    check: checkBucketKms,
  },
  {
    id: 'bucket-keys',
    severity: 'error',
    description: 'Bucket keys inline (accessKey+secretKey) or through bucket.secret, not half of each.',
    check: checkBucketKeys,
  },
  {
    id: 'bucket-name',
    severity: 'warning',
    description:
      'global.bucket without name is ignored in favour of global.defaultBucket (templates/_bucket.tpl).',
    check: checkBucketName,
  },
  {
    id: 'mysql-external',
    severity: 'error',
    description:
      'External MySQL has a host and a password or passwordSecret (reference, MySQL); port, database and user only where the chart has no default for them (operator-wandb: 3306, wandb_local, wandb).',
    check: checkMysql,
  },
  {
    id: 'license-secret',
    severity: 'error',
    description: 'licenseSecret names both the Secret and the key (the operator needs both, facts 1.2).',
    check: checkLicenseSecret,
  },
  {
    id: 'ingress-placement',
    severity: 'error',
    description: "ingress sits beside global, not under it (the reference's bold warning).",
    check: checkIngressPlacement,
  },
  {
    id: 'redis-external-install',
    severity: 'error',
    description:
      'External Redis (global.redis.host) requires redis.install: false (reference, external Redis).',
    check: checkExternalRedis,
  },
  {
    id: 'custom-ca-certs',
    severity: 'error',
    description: 'Each customCACerts item is exactly one parseable PEM certificate (seed 003 FAQ).',
    check: checkCaCerts,
  },
  {
    id: 'oidc',
    severity: 'error',
    description: 'OIDC needs a clientId and an http(s) issuer URL (reference, OIDC SSO).',
    check: checkOidc,
  },
  {
    id: 'extra-env-values',
    severity: 'error',
    description:
      'extraEnv values are strings or {valueFrom} (operator-wandb reads extraEnv as a map NAME: value).',
    check: (cr) => checkExtraEnvValues(cr, 'error'),
  },
  {
    id: 'extra-env-unquoted',
    severity: 'warning',
    description: 'extraEnv numbers and booleans work but are meant as strings.',
    check: (cr) => checkExtraEnvValues(cr, 'warning'),
  },
  {
    id: 'ignored-keys',
    severity: 'warning',
    description: 'Keys the docs use but the chart does not read (facts 2.2, 8).',
    check: checkIgnoredKeys,
  },
  {
    id: 'inline-secrets',
    severity: 'warning',
    description: 'Secrets written inline rather than referenced from a Secret.',
    check: checkInlineSecrets,
  },
];

export function ruleFindings(cr: Json, chart?: ChartKnowledge): Finding[] {
  const view = new Cr(cr, chart);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const hit of rule.check(view)) {
      findings.push({ ...hit, severity: hit.severity ?? rule.severity, at: hit.at ?? 'value' });
    }
  }
  return findings;
}
