import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/core/redact.ts
var MASK = "***";
var COMMON_SECRETS = /* @__PURE__ */ new Set([
  "password",
  "password1",
  "passw0rd",
  "changeme",
  "changeit",
  "letmein1",
  "welcome1",
  "admin123",
  "qwerty123",
  "iloveyou",
  "12345678",
  "123456789",
  "1234567890",
  "00000000",
  "wandbwandb",
  "kubernetes"
]);
function weakSecretReason(secret) {
  const value = secret.trim();
  if (value.length < 8)
    return `it has ${value.length} character${value.length === 1 ? "" : "s"}, fewer than 8`;
  if (/^[A-Za-z]+$/.test(value) && value.length < 12) return "it is a single short word";
  if (COMMON_SECRETS.has(value.toLowerCase())) return "it is a common password";
  return void 0;
}
var URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^\s@/:'"]*(?::[^\s@'"]*)?)@/gi;
function urlCredentials(text) {
  const found = [];
  for (const match of text.matchAll(URL_USERINFO)) {
    const userinfo = match[2];
    if (userinfo === "" || userinfo === MASK) continue;
    found.push(userinfo);
    const colon = userinfo.indexOf(":");
    const parts = colon >= 0 ? [userinfo.slice(0, colon), userinfo.slice(colon + 1)] : [userinfo];
    for (const part of parts) {
      if (part.length === 0 || part === MASK) continue;
      found.push(part);
      try {
        const decoded = decodeURIComponent(part);
        if (decoded !== part) found.push(decoded);
      } catch {
      }
    }
  }
  return found;
}
function maskUrlCredentials(text) {
  return text.includes("://") ? text.replace(URL_USERINFO, (_all, scheme) => `${scheme}${MASK}@`) : text;
}
function hasUrlCredentials(text) {
  return text.includes("://") && urlCredentials(text).length > 0;
}
function withoutUrlCredentials(url) {
  return url.replace(URL_USERINFO, (_all, scheme) => scheme);
}
function base64AtOffset(value, shift) {
  const bytes = Buffer.concat([Buffer.alloc(shift), Buffer.from(value, "utf8")]);
  const encoded = bytes.toString("base64");
  const head = shift === 0 ? 0 : shift === 1 ? 2 : 3;
  const usableBytes = bytes.length - bytes.length % 3;
  const tail = usableBytes / 3 * 4;
  const middle = encoded.slice(head, tail);
  return middle.length >= 4 ? middle : void 0;
}
function derivedForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  const add = (form) => {
    if (form && form.length > 0) forms.add(form);
  };
  add(JSON.stringify(secret).slice(1, -1));
  add(
    JSON.stringify(secret).slice(1, -1).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  );
  add(encodeURIComponent(secret));
  add(encodeURIComponent(secret).replace(/%20/g, "+"));
  const b64 = Buffer.from(secret, "utf8").toString("base64");
  add(b64);
  add(b64.replace(/=+$/, ""));
  add(Buffer.from(secret, "utf8").toString("base64url"));
  if (secret.length >= 6) {
    for (const shift of [0, 1, 2]) {
      const middle = base64AtOffset(secret, shift);
      add(middle);
      add(middle?.replace(/\+/g, "-").replace(/\//g, "_"));
    }
  }
  if (secret.includes("\n")) {
    for (const line of secret.split(/\r?\n/)) {
      const trimmed = line.trim();
      if (trimmed.length >= 16 && /^[A-Za-z0-9+/=_-]+$/.test(trimmed)) add(trimmed);
    }
  }
  return [...forms];
}
var Redactor = class {
  forms = /* @__PURE__ */ new Set();
  pattern;
  listeners = [];
  /** Called for every newly registered secret (e.g. `core.setSecret` under GitHub Actions). */
  onSecret(listener) {
    this.listeners.push(listener);
  }
  /** Weak secrets seen (see weakSecretReason): not masked in free text; callers warn about them. */
  weak = /* @__PURE__ */ new Set();
  /** Registers a secret and its encoded forms; a weak one is only recorded (returns false then). */
  add(secret) {
    if (secret === void 0 || secret === null) return false;
    const value = String(secret);
    if (value.trim().length === 0) return false;
    if (weakSecretReason(value) && !value.includes("\n")) {
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
    if (added) this.pattern = void 0;
    return true;
  }
  get size() {
    return this.forms.size;
  }
  /**
   * Registers the credentials in the URLs of every string in `value` (an input's text or list): as soon as
   * inputs are read, so that `--host https://u:p@...` is masked before anything prints it.
   */
  addUrlCredentials(value) {
    const texts = Array.isArray(value) ? value : [value];
    for (const text of texts)
      if (typeof text === "string" && text.includes("://"))
        for (const part of urlCredentials(text)) this.add(part);
  }
  redact(text) {
    if (!text) return text;
    if (this.forms.size > 0) {
      if (!this.pattern) {
        const sorted = [...this.forms].sort((a, b) => b.length - a.length);
        this.pattern = new RegExp(sorted.map(escapeRegExp).join("|"), "g");
      }
      text = text.replace(this.pattern, MASK);
    }
    return maskUrlCredentials(text);
  }
  /** Redacts every string inside a JSON-like value (for reports written as JSON). */
  redactDeep(value) {
    if (typeof value === "string") return this.redact(value);
    if (Array.isArray(value)) return value.map((item) => this.redactDeep(item));
    if (value && typeof value === "object") {
      const out = {};
      for (const [key, item] of Object.entries(value)) out[key] = this.redactDeep(item);
      return out;
    }
    return value;
  }
};
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  weakSecretReason,
  urlCredentials,
  maskUrlCredentials,
  hasUrlCredentials,
  withoutUrlCredentials,
  Redactor
};
