/**
 * One redaction module for the whole program. Every secret is registered here once; everything the program
 * prints (logs, diffs, errors, summaries, PR bodies, annotations) passes through `redact` first.
 *
 * A weak secret (too short or too common to mask in free text without garbling the output: see
 * weakSecretReason) is masked only at the places the program knows, and the user is warned.
 *
 * A secret is also recognised in the forms it commonly takes on the way out: JSON-escaped, URL-encoded,
 * base64 (standard and URL-safe, with or without padding, and at each of the three byte alignments it can
 * take inside a longer base64 string, e.g. a kubeconfig or an `Authorization: Basic` header).
 *
 * The user-info of a URL (`https://user:password@host`) is masked by its place, whatever its strength:
 * every `scheme://...@` in the output becomes `scheme://***@`, so even a one-letter password in a URL is
 * hidden without touching other text.
 */

export const MASK = '***';

/**
 * Passwords so common that they are also ordinary words of this program's output. Lower case.
 * (The weak-secret rule below; the README's security section states it.)
 */
const COMMON_SECRETS = new Set([
  'password',
  'password1',
  'passw0rd',
  'changeme',
  'changeit',
  'letmein1',
  'welcome1',
  'admin123',
  'qwerty123',
  'iloveyou',
  '12345678',
  '123456789',
  '1234567890',
  '00000000',
  'wandbwandb',
  'kubernetes',
]);

/**
 * The weak-secret rule. A secret is masked in free text (every log line, error, summary and report) only
 * when doing so cannot garble the rest of the output; otherwise it is "weak": masked only where this
 * program places it itself (its path in the CR, the diff, the summary, a header it builds), and the user is
 * warned. Weak means: fewer than 8 characters; one word of letters only, shorter than 12 (`password`,
 * `wandb`, which are also words of ordinary output such as `apps.wandb.com`); or a common password.
 * Returns why, or undefined for a secret strong enough to mask everywhere.
 */
export function weakSecretReason(secret: string): string | undefined {
  const value = secret.trim();
  if (value.length < 8)
    return `it has ${value.length} character${value.length === 1 ? '' : 's'}, fewer than 8`;
  if (/^[A-Za-z]+$/.test(value) && value.length < 12) return 'it is a single short word';
  if (COMMON_SECRETS.has(value.toLowerCase())) return 'it is a common password';
  return undefined;
}

/**
 * `scheme://userinfo@`. The user part holds no `/` (so `oci://ghcr.io/wandb/chart@sha256:...` is a path and a
 * digest, not credentials); the password part may, since unencoded secrets (AWS secret keys) often do.
 */
export const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^\s@/:'"]*(?::[^\s@'"]*)?)@/gi;

/** The credentials in the URLs of `text`: each user-info whole, its user and password, and their decoded forms. */
export function urlCredentials(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(URL_USERINFO)) {
    const userinfo = match[2];
    if (userinfo === '' || userinfo === MASK) continue;
    found.push(userinfo);
    const colon = userinfo.indexOf(':');
    const parts = colon >= 0 ? [userinfo.slice(0, colon), userinfo.slice(colon + 1)] : [userinfo];
    for (const part of parts) {
      if (part.length === 0 || part === MASK) continue;
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

/** `text` with the user-info of every URL replaced by `***`. */
export function maskUrlCredentials(text: string): string {
  return text.includes('://')
    ? text.replace(URL_USERINFO, (_all, scheme: string) => `${scheme}${MASK}@`)
    : text;
}

/** Whether `text` holds a URL with user-info (`https://u:p@host`). */
export function hasUrlCredentials(text: string): boolean {
  return text.includes('://') && urlCredentials(text).length > 0;
}

/** A URL without its user-info (`https://u:p@host/x` -> `https://host/x`), for messages and for programs. */
export function withoutUrlCredentials(url: string): string {
  return url.replace(URL_USERINFO, (_all, scheme: string) => scheme);
}

/** base64 of `value` when it sits at byte offset `shift` (0..2) inside a longer buffer: the stable middle part. */
function base64AtOffset(value: string, shift: number): string | undefined {
  const bytes = Buffer.concat([Buffer.alloc(shift), Buffer.from(value, 'utf8')]);
  const encoded = bytes.toString('base64');
  // Characters that depend on neighbouring bytes are dropped: the first ceil(shift*4/3) and the tail group.
  const head = shift === 0 ? 0 : shift === 1 ? 2 : 3;
  const usableBytes = bytes.length - (bytes.length % 3);
  const tail = (usableBytes / 3) * 4;
  const middle = encoded.slice(head, tail);
  return middle.length >= 4 ? middle : undefined;
}

export function derivedForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const add = (form: string | undefined) => {
    if (form && form.length > 0) forms.add(form);
  };
  add(JSON.stringify(secret).slice(1, -1));
  // Go's encoding/json (the operator's and kubectl's JSON: annotations, last-applied configurations) also
  // escapes <, > and &, and U+2028/U+2029, as \u003c and so on.
  add(
    JSON.stringify(secret)
      .slice(1, -1)
      .replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  add(encodeURIComponent(secret));
  add(encodeURIComponent(secret).replace(/%20/g, '+'));
  const b64 = Buffer.from(secret, 'utf8').toString('base64');
  add(b64);
  add(b64.replace(/=+$/, ''));
  add(Buffer.from(secret, 'utf8').toString('base64url'));
  if (secret.length >= 6) {
    for (const shift of [0, 1, 2]) {
      const middle = base64AtOffset(secret, shift);
      add(middle);
      add(middle?.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  // A multi-line secret (a PEM key, a kubeconfig) is also masked line by line, but only lines that look like
  // key material (long, no spaces): masking "kind: Config" everywhere would hide ordinary output.
  if (secret.includes('\n')) {
    for (const line of secret.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= 16 && /^[A-Za-z0-9+/=_-]+$/.test(trimmed)) add(trimmed);
    }
  }
  return [...forms];
}

export class Redactor {
  private readonly forms = new Set<string>();
  private pattern: RegExp | undefined;
  private readonly listeners: Array<(secret: string) => void> = [];

  /** Called for every newly registered secret (e.g. `core.setSecret` under GitHub Actions). */
  onSecret(listener: (secret: string) => void): void {
    this.listeners.push(listener);
  }

  /** Weak secrets seen (see weakSecretReason): not masked in free text; callers warn about them. */
  readonly weak = new Set<string>();

  /** Registers a secret and its encoded forms; a weak one is only recorded (returns false then). */
  add(secret: string | undefined | null): boolean {
    if (secret === undefined || secret === null) return false;
    const value = String(secret);
    if (value.trim().length === 0) return false;
    if (weakSecretReason(value) && !value.includes('\n')) {
      this.weak.add(value);
      return false;
    }
    let added = false;
    for (const form of derivedForms(value)) {
      if (!this.forms.has(form)) {
        this.forms.add(form);
        added = true;
        for (const listener of this.listeners) listener(form);
      }
    }
    if (added) this.pattern = undefined;
    return true;
  }

  get size(): number {
    return this.forms.size;
  }

  /**
   * Registers the credentials in the URLs of every string in `value` (an input's text or list): as soon as
   * inputs are read, so that `--host https://u:p@...` is masked before anything prints it.
   */
  addUrlCredentials(value: unknown): void {
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts)
      if (typeof text === 'string' && text.includes('://'))
        for (const part of urlCredentials(text)) this.add(part);
  }

  redact(text: string): string {
    if (!text) return text;
    if (this.forms.size > 0) {
      if (!this.pattern) {
        // Longest first, so that a secret containing another is masked whole.
        const sorted = [...this.forms].sort((a, b) => b.length - a.length);
        this.pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
      }
      text = text.replace(this.pattern, MASK);
    }
    return maskUrlCredentials(text);
  }

  /** Redacts every string inside a JSON-like value (for reports written as JSON). */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item)) as T;
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.redactDeep(item);
      return out as T;
    }
    return value;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
