/*
 * Which values in a WeightsAndBiases resource are secrets. One rule set, used for the merged configuration,
 * for a live CR read back from a cluster, and for plain Helm values:
 * - a string under a key named like a credential (password, secret, token, license, accessKey, apiKey,
 *   privateKey, credential), case-insensitive, anywhere (this covers every path of the reference: global.license,
 *   bucket accessKey/secretKey, mysql/redis/smtp/clickhouse passwords, oidc secret, spec.chart password, and env
 *   maps such as extraEnv AWS_SECRET_ACCESS_KEY), and under a key one or two letters away from password, secret,
 *   license, accessKey, secretKey or apiKey (a misspelt `passwrd:` still holds a password);
 * - except where the key names a Secret object or a key inside one rather than holding a value: keys ending in
 *   `name`, `path`, `ref`, `enabled`, `file`, or in `key` other than accessKey/secretKey/apiKey/privateKey
 *   (`passwordKey: MYSQL_PASSWORD`), keys starting with `existing` (`existingSecret: my-secret`), and
 *   keys ending in `key` inside a reference object (`secret: {...}`, `passwordSecret`, `oidcSecret`,
 *   `credentialSecret`, `licenseSecret`, `valueFrom`, `secretKeyRef`): `redis.secret.secretKey: REDIS_PASSWORD`
 *   and `bucket.secret.secretKeyName: SECRET_KEY` are key names;
 *   `passwordSecret`, `licenseSecret`, `credentialSecret`, `oidcSecret` name a Secret even as a plain string;
 * - the user-info part of any URL in any string (`s3://AKIA...:wJalr...@minio:9000/bucket`,
 *   `https://user:pass@charts.example.com`), and its user and password parts on their own.
 * - an environment-variable name ending in `_KEY` or `_TOKEN` (`LICENSE_KEY`, `OPENAI_API_KEY`, `GITHUB_TOKEN`
 *   in an extraEnv map), and `licenseKey`;
 * - the `value` of a map under any of these keys (the env-entry form `AWS_SECRET_ACCESS_KEY: {value: ...}`),
 *   and of an EnvVar whose `name` is one (`{name: AWS_SECRET_ACCESS_KEY, value: ...}` in an env list);
 * Numbers under any of these keys count too (a numeric password or license is still a secret); a number
 * under a key that merely mentions a credential word (`tokenTtlSeconds`) is not, as it is no secret key.
 * Masking replaces a whole secret value with `***`, and only the user-info inside a URL.
 */

import { editDistance } from '../core/inputs.js';
import { maskUrlCredentials, urlCredentials } from '../core/redact.js';

export const MASK = '***';

const SECRET_WORDS = [
  'password',
  'passwd',
  'secret',
  'token',
  'license',
  'accesskey',
  'apikey',
  'api_key',
  'privatekey',
  'private_key',
  'credential',
];
const VALUE_KEYS_ENDING_IN_KEY = [
  'licensekey',
  'license_key',
  'accesskey',
  'access_key',
  'secretkey',
  'secret_key',
  'apikey',
  'api_key',
  'privatekey',
  'private_key',
];
// Keys that name a Secret object even when written as a plain string (`passwordSecret: mysql-secret`);
// `clientSecret`, by contrast, holds one.
const SECRET_OBJECT_KEYS = ['passwordsecret', 'licensesecret', 'credentialsecret', 'oidcsecret', 'tlssecret'];
// `..._SOURCE` names where a secret comes from (`GORILLA_CUSTOMER_SECRET_STORE_SOURCE: gcp-secretmanager://...`).
const NOT_A_VALUE_SUFFIXES = ['name', 'names', 'path', 'ref', 'enabled', 'file', 'keys', 'source'];

function isReferenceObjectKey(key: string): boolean {
  const lower = key.toLowerCase();
  return (
    lower === 'valuefrom' ||
    lower.endsWith('keyref') ||
    lower.endsWith('secret') ||
    lower.endsWith('secrets') ||
    lower.endsWith('secretref')
  );
}

// A misspelt key still holds the secret the user meant to write (`passwrd: hunter2`, `licence: ...`).
const TYPO_TARGETS = ['password', 'secret', 'license', 'accesskey', 'secretkey', 'apikey'];

function nearSecretWord(lower: string): boolean {
  return TYPO_TARGETS.some((word) => {
    const allowed = word.length >= 8 ? 2 : 1;
    return Math.abs(lower.length - word.length) <= allowed && editDistance(lower, word) <= allowed;
  });
}

/** A number under a key like `tokenTtlSeconds` or `passwordMinLength` is a setting, not a secret. */
const MEASURE =
  /(ttl|seconds|minutes|hours|days|timeout|expir|count|size|length|limit|max|min|port|interval)/i;

/**
 * A text under a secret-sounding name that is a setting, not a secret (W&B's chart sets such env variables):
 * a switch (`GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS: "true"`, `ALLOW_EMPTY_PASSWORD: "yes"`), a quantity
 * under a measure's name (`..._TOKEN_TTL: "720h"`), or the path of a credentials file
 * (`GOOGLE_APPLICATION_CREDENTIALS: /var/secrets/google/key.json`). No credential looks like these, and
 * masking them garbles diffs and warns about weak secrets that are not secrets.
 */
function settingText(name: string, value: string): boolean {
  if (/^(true|false|yes|no|on|off)$/i.test(value)) return true;
  if (MEASURE.test(name) && /^\d+(\.\d+)?(ms|s|m|h|d)?$/.test(value)) return true;
  return /credentials?$/i.test(name) && /^\/[\w./-]+$/.test(value);
}

/** An environment variable name for a credential: `OPENAI_API_KEY`, `STRIPE_KEY`, `GITHUB_TOKEN`. */
const ENV_CREDENTIAL = /^[A-Z][A-Z0-9_]*_(KEY|TOKEN)$/;

export function isSecretKey(key: string): boolean {
  if (ENV_CREDENTIAL.test(key)) return true;
  const lower = key.toLowerCase();
  if (!SECRET_WORDS.some((word) => lower.includes(word)) && !nearSecretWord(lower)) return false;
  if (lower.startsWith('existing') || SECRET_OBJECT_KEYS.includes(lower)) return false;
  if (NOT_A_VALUE_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return false;
  if (lower.endsWith('key') && !VALUE_KEYS_ENDING_IN_KEY.some((k) => lower.endsWith(k))) return false;
  return true;
}

/** The credentials in the URLs of a string (see core/redact: one rule for both). */
export function userinfoSecrets(text: string): string[] {
  return urlCredentials(text);
}

const keyVerdicts = new Map<string, boolean>();

/** Key names repeat across a resource and across runs; the verdict is cached (a bounded, pure memo). */
function secretKeyCached(key: string): boolean {
  let verdict = keyVerdicts.get(key);
  if (verdict === undefined) {
    verdict = isSecretKey(key);
    if (keyVerdicts.size > 10000) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}

interface Scan {
  found: Set<string>;
  /** Where each secret value sits (a path a secret key masks), for the weak-secret warning. */
  places: Array<{ path: string[]; value: string }>;
  path: string[];
}

/** The key that names a number: the entry's own name for an env-entry `{value: 3600}`. */
function settingName(path: string[]): string {
  const last = path[path.length - 1] ?? '';
  return last.toLowerCase() === 'value' && path.length > 1 ? path[path.length - 2] : last;
}

/**
 * A Kubernetes EnvVar `{name: AWS_SECRET_ACCESS_KEY, value: ...}` (the list form of env, as in a v2 CR's
 * legacyOverrides): its name says what its value holds. A number under a measuring name stays a setting.
 */
function isSecretEnvEntry(entry: Record<string, unknown>): boolean {
  const { name, value } = entry;
  if (typeof name !== 'string' || value === undefined || !secretKeyCached(name)) return false;
  return !(typeof value === 'number' && MEASURE.test(name));
}

/** One pass: collects the secrets and returns the masked copy. */
function scan(value: unknown, state: Scan, keyIsSecret: boolean, inRef: boolean): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      state.path.push(String(index));
      const scanned = scan(item, state, keyIsSecret, inRef);
      state.path.pop();
      return scanned;
    });
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const entrySecret = keyIsSecret || isSecretEnvEntry(value as Record<string, unknown>);
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      // `envFrom: {<object name>: secret | configMap}` names objects and their kinds: no values in it.
      if (
        key.toLowerCase() === 'envfrom' &&
        item !== null &&
        typeof item === 'object' &&
        !Array.isArray(item)
      ) {
        out[key] = item;
        continue;
      }
      const refHere = item !== null && typeof item === 'object' && isReferenceObjectKey(key);
      // Inside a reference, `secretKey: OIDC_SECRET` names a key of the Secret; other credential names still hold values.
      // The `value` of an env entry (`AWS_SECRET_ACCESS_KEY: {value: ...}`) holds what its name says.
      const secret =
        (entrySecret && key.toLowerCase() === 'value') ||
        (!refHere && secretKeyCached(key) && !(inRef && key.toLowerCase().endsWith('key')));
      const ref = inRef || refHere;
      state.path.push(key);
      const scanned = scan(item, state, secret, ref);
      state.path.pop();
      // Own property even for `__proto__`.
      Object.defineProperty(out, key, {
        value: scanned,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'string') {
    if (keyIsSecret && value !== '' && value !== MASK && !settingText(settingName(state.path), value)) {
      state.places.push({ path: [...state.path], value });
      state.found.add(value);
      return MASK;
    }
    if (!value.includes('://')) return value;
    const parts = userinfoSecrets(value);
    if (parts.length === 0) return value;
    for (const part of parts) state.found.add(part);
    return maskUrlCredentials(value);
  }
  if (
    (typeof value === 'number' || typeof value === 'bigint') &&
    keyIsSecret &&
    !MEASURE.test(settingName(state.path))
  ) {
    state.places.push({ path: [...state.path], value: String(value) });
    state.found.add(String(value));
    return MASK;
  }
  return value;
}

/** The secrets in a resource and its masked copy, in one walk. */
export function scanSecrets<T>(value: T): {
  secrets: string[];
  masked: T;
  places: Array<{ path: string[]; value: string }>;
} {
  const state: Scan = { found: new Set(), places: [], path: [] };
  const masked = scan(value, state, false, false) as T;
  state.found.delete(MASK);
  return { secrets: [...state.found], masked, places: state.places };
}

export function secretValuesIn(values: unknown): string[] {
  return scanSecrets(values).secrets;
}

export function maskSecrets<T>(value: T): T {
  return scanSecrets(value).masked;
}
