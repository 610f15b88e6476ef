import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/github/cache.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
var MAX_ENTRIES = 200;
var FileCache = class {
  constructor(file) {
    this.file = file;
  }
  file;
  entries;
  load() {
    if (this.entries) return this.entries;
    try {
      const parsed = JSON.parse(readFileSync(this.file, "utf8"));
      this.entries = parsed.version === 1 && parsed.entries ? parsed.entries : {};
    } catch {
      this.entries = {};
    }
    return this.entries;
  }
  get(key) {
    return this.load()[key];
  }
  set(key, entry) {
    const entries = this.load();
    delete entries[key];
    entries[key] = entry;
    const keys = Object.keys(entries);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete entries[old];
    mkdirSync(dirname(this.file), { recursive: true, mode: 448 });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: 1, entries }), { mode: 384 });
    renameSync(temp, this.file);
  }
};
var MemoryCache = class {
  entries = /* @__PURE__ */ new Map();
  get(key) {
    return this.entries.get(key);
  }
  set(key, entry) {
    this.entries.set(key, entry);
  }
};

export {
  FileCache,
  MemoryCache
};
