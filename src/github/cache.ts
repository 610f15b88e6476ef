import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A small file cache for conditional requests: per GET URL, the ETag, the headers needed to read the answer
 * again (the Link header for pagination) and the JSON body. GitHub answers a request sent with the ETag in
 * `If-None-Match` with 304 when nothing changed, and a 304 to an authorised request costs nothing against the
 * rate limit, so a repeat run of release-notes is nearly free.
 *
 * The file holds only public API answers (never the token or request headers); it is written 0600 anyway,
 * since answers from a private repository may be in it. It is a plain file so that a workflow can keep it
 * between runs with actions/cache (path: the `cache-dir` input).
 */
export interface CachedResponse {
  etag: string;
  /** Response headers worth keeping (link), lower-case names. */
  headers: Record<string, string>;
  data: unknown;
  storedAt: string;
}

export interface ResponseCache {
  get(key: string): CachedResponse | undefined;
  set(key: string, entry: CachedResponse): void;
}

interface CacheFile {
  version: 1;
  entries: Record<string, CachedResponse>;
}

/** Keeps the newest entries only, so the file cannot grow without bound. */
const MAX_ENTRIES = 200;

export class FileCache implements ResponseCache {
  private entries?: Record<string, CachedResponse>;

  constructor(readonly file: string) {}

  private load(): Record<string, CachedResponse> {
    if (this.entries) return this.entries;
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
      this.entries = parsed.version === 1 && parsed.entries ? parsed.entries : {};
    } catch {
      // Missing or unreadable (another version, a partial write): start empty; it is only a cache.
      this.entries = {};
    }
    return this.entries;
  }

  get(key: string): CachedResponse | undefined {
    return this.load()[key];
  }

  set(key: string, entry: CachedResponse): void {
    const entries = this.load();
    delete entries[key];
    entries[key] = entry;
    const keys = Object.keys(entries);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete entries[old];
    mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
    // Write then rename, so that a concurrent reader never sees half a file.
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: 1, entries } satisfies CacheFile), { mode: 0o600 });
    renameSync(temp, this.file);
  }
}

/** In memory only (cache-dir: off still de-duplicates within one run). */
export class MemoryCache implements ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  get(key: string): CachedResponse | undefined {
    return this.entries.get(key);
  }
  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
  }
}
