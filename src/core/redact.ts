/**
 * One redaction module for the whole program. Every secret is registered here once; everything the program
 * prints (logs, diffs, errors, summaries, PR bodies, annotations) passes through `redact` first.
 *
 * A secret is also recognised in the forms it commonly takes on the way out: JSON-escaped, URL-encoded,
 * base64 (standard and URL-safe, with or without padding, and at each of the three byte alignments it can
 * take inside a longer base64 string, e.g. a kubeconfig or an `Authorization: Basic` header).
 */

export const MASK = '***';

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

  add(secret: string | undefined | null): void {
    if (secret === undefined || secret === null) return;
    const value = String(secret);
    if (value.trim().length === 0) return;
    let added = false;
    for (const form of derivedForms(value)) {
      if (!this.forms.has(form)) {
        this.forms.add(form);
        added = true;
        for (const listener of this.listeners) listener(form);
      }
    }
    if (added) this.pattern = undefined;
  }

  get size(): number {
    return this.forms.size;
  }

  redact(text: string): string {
    if (this.forms.size === 0 || !text) return text;
    if (!this.pattern) {
      // Longest first, so that a secret containing another is masked whole.
      const sorted = [...this.forms].sort((a, b) => b.length - a.length);
      this.pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    }
    return text.replace(this.pattern, MASK);
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
