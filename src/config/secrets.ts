/*
 * Which values in a WeightsAndBiases resource are secrets. One rule set, used for the merged configuration,
 * for a live CR read back from a cluster, and for plain Helm values:
 * - a string under a key named like a credential (password, secret, token, license, accessKey, apiKey,
 *   privateKey, credential), case-insensitive, anywhere (this covers every path of the reference: global.license,
 *   bucket accessKey/secretKey, mysql/redis/smtp/clickhouse passwords, oidc secret, spec.chart password, and env
 *   maps such as extraEnv AWS_SECRET_ACCESS_KEY);
 * - except where the key names a Secret object or a key inside one rather than holding a value: keys ending in
 *   `name`, `path`, `ref`, `enabled`, `file`, or in `key` other than accessKey/secretKey/apiKey/privateKey
 *   (`passwordKey: MYSQL_PASSWORD`), keys starting with `existing` (`existingSecret: my-secret`), and
 *   everything inside a reference object (`secret: {...}`, `passwordSecret`, `oidcSecret`, `credentialSecret`,
 *   `licenseSecret`, `valueFrom`, `secretKeyRef`): `bucket.secret.secretKeyName: SECRET_KEY` is a key name;
 * - the user-info part of any URL in any string (`s3://AKIA...:wJalr...@minio:9000/bucket`,
 *   `https://user:pass@charts.example.com`), and its user and password parts on their own.
 * Numbers count only under password-like keys (a numeric password is still a password; a numeric token TTL is not).
 * Masking replaces a whole secret value with `***`, and only the user-info inside a URL.
 */

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
  'accesskey',
  'access_key',
  'secretkey',
  'secret_key',
  'apikey',
  'api_key',
  'privatekey',
  'private_key',
];
const NOT_A_VALUE_SUFFIXES = ['name', 'names', 'path', 'ref', 'enabled', 'file', 'keys'];

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

export function isSecretKey(key: string): boolean {
  const lower = key.toLowerCase();
  if (!SECRET_WORDS.some((word) => lower.includes(word))) return false;
  if (lower.startsWith('existing')) return false;
  if (NOT_A_VALUE_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return false;
  if (lower.endsWith('key') && !VALUE_KEYS_ENDING_IN_KEY.some((k) => lower.endsWith(k))) return false;
  return true;
}

function isPasswordKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.includes('password') || lower.includes('passwd');
}

// scheme://userinfo@ — userinfo runs to the last `@` before whitespace, since unencoded secrets may hold `/`.
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^\s@'"]+)@/gi;

export function userinfoSecrets(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(URL_USERINFO)) {
    const userinfo = match[2];
    found.push(userinfo);
    const colon = userinfo.indexOf(':');
    const parts = colon >= 0 ? [userinfo.slice(0, colon), userinfo.slice(colon + 1)] : [userinfo];
    for (const part of parts) {
      if (part.length === 0) continue;
      found.push(part);
      try {
        const decoded = decodeURIComponent(part);
        if (decoded !== part) found.push(decoded);
      } catch {
        // not percent-encoded: the raw form is already recorded
      }
    }
  }
  return found;
}

function maskUserinfo(text: string): string {
  return text.replace(URL_USERINFO, (_all, scheme: string) => `${scheme}${MASK}@`);
}

type Visit = (value: unknown, secret: boolean) => unknown;

/** Walks a JSON-like value, deciding for each scalar whether it is a secret; `visit` returns its replacement. */
function walk(
  value: unknown,
  visit: Visit,
  keyIsSecret = false,
  keyIsPassword = false,
  inRef = false,
): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, visit, keyIsSecret, keyIsPassword, inRef));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const ref = inRef || (item !== null && typeof item === 'object' && isReferenceObjectKey(key));
      const secret = !ref && isSecretKey(key);
      Object.defineProperty(out, key, {
        value: walk(item, visit, secret, secret && isPasswordKey(key), ref),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'string') return visit(value, keyIsSecret && value !== '' && value !== MASK);
  if (typeof value === 'number' || typeof value === 'bigint') return visit(value, keyIsPassword);
  return visit(value, false);
}

export function secretValuesIn(values: unknown): string[] {
  const found = new Set<string>();
  walk(values, (value, secret) => {
    if (secret) found.add(String(value));
    else if (typeof value === 'string') for (const part of userinfoSecrets(value)) found.add(part);
    return value;
  });
  found.delete(MASK);
  return [...found];
}

export function maskSecrets<T>(value: T): T {
  return walk(value, (item, secret) => {
    if (secret) return MASK;
    if (typeof item === 'string') return maskUserinfo(item);
    return item;
  }) as T;
}
