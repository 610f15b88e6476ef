import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-CQMOT45H.js";
import {
  closest,
  editDistance,
  list,
  str
} from "./chunk-4ZDAMJ7A.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GJZUA6DH.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/secrets.ts
var MASK = "***";
var SECRET_WORDS = [
  "password",
  "passwd",
  "secret",
  "token",
  "license",
  "accesskey",
  "apikey",
  "api_key",
  "privatekey",
  "private_key",
  "credential"
];
var VALUE_KEYS_ENDING_IN_KEY = [
  "accesskey",
  "access_key",
  "secretkey",
  "secret_key",
  "apikey",
  "api_key",
  "privatekey",
  "private_key"
];
var SECRET_OBJECT_KEYS = ["passwordsecret", "licensesecret", "credentialsecret", "oidcsecret", "tlssecret"];
var NOT_A_VALUE_SUFFIXES = ["name", "names", "path", "ref", "enabled", "file", "keys"];
function isReferenceObjectKey(key) {
  const lower = key.toLowerCase();
  return lower === "valuefrom" || lower.endsWith("keyref") || lower.endsWith("secret") || lower.endsWith("secrets") || lower.endsWith("secretref");
}
var TYPO_TARGETS = ["password", "secret", "license", "accesskey", "secretkey", "apikey"];
function nearSecretWord(lower) {
  return TYPO_TARGETS.some((word) => {
    const allowed = word.length >= 8 ? 2 : 1;
    return Math.abs(lower.length - word.length) <= allowed && editDistance(lower, word) <= allowed;
  });
}
function isSecretKey(key) {
  const lower = key.toLowerCase();
  if (!SECRET_WORDS.some((word) => lower.includes(word)) && !nearSecretWord(lower)) return false;
  if (lower.startsWith("existing") || SECRET_OBJECT_KEYS.includes(lower)) return false;
  if (NOT_A_VALUE_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return false;
  if (lower.endsWith("key") && !VALUE_KEYS_ENDING_IN_KEY.some((k) => lower.endsWith(k))) return false;
  return true;
}
function isPasswordKey(key) {
  const lower = key.toLowerCase();
  return lower.includes("password") || lower.includes("passwd") || editDistance(lower, "password") <= 2;
}
var URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^\s@'"]+)@/gi;
function userinfoSecrets(text2) {
  const found = [];
  for (const match of text2.matchAll(URL_USERINFO)) {
    const userinfo = match[2];
    found.push(userinfo);
    const colon = userinfo.indexOf(":");
    const parts = colon >= 0 ? [userinfo.slice(0, colon), userinfo.slice(colon + 1)] : [userinfo];
    for (const part of parts) {
      if (part.length === 0) continue;
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
function maskUserinfo(text2) {
  return text2.replace(URL_USERINFO, (_all, scheme) => `${scheme}${MASK}@`);
}
var keyVerdicts = /* @__PURE__ */ new Map();
function secretKeyCached(key) {
  let verdict = keyVerdicts.get(key);
  if (verdict === void 0) {
    verdict = isSecretKey(key);
    if (keyVerdicts.size > 1e4) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}
function scan(value, state, keyIsSecret, keyIsPassword, inRef) {
  if (Array.isArray(value)) return value.map((item) => scan(item, state, keyIsSecret, keyIsPassword, inRef));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value)) {
      const item = value[key];
      const refHere = item !== null && typeof item === "object" && isReferenceObjectKey(key);
      const secret = !refHere && secretKeyCached(key) && !(inRef && key.toLowerCase().endsWith("key"));
      const ref = inRef || refHere;
      Object.defineProperty(out, key, {
        value: scan(item, state, secret, secret && isPasswordKey(key), ref),
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  }
  if (typeof value === "string") {
    if (keyIsSecret && value !== "" && value !== MASK) {
      state.found.add(value);
      return MASK;
    }
    if (!value.includes("://")) return value;
    const parts = userinfoSecrets(value);
    if (parts.length === 0) return value;
    for (const part of parts) state.found.add(part);
    return maskUserinfo(value);
  }
  if ((typeof value === "number" || typeof value === "bigint") && keyIsPassword) {
    state.found.add(String(value));
    return MASK;
  }
  return value;
}
function scanSecrets(value) {
  const state = { found: /* @__PURE__ */ new Set() };
  const masked = scan(value, state, false, false, false);
  state.found.delete(MASK);
  return { secrets: [...state.found], masked };
}
function secretValuesIn(values) {
  return scanSecrets(values).secrets;
}
function maskSecrets(value) {
  return scanSecrets(value).masked;
}

// src/config/layers.ts
var import_yaml = __toESM(require_dist(), 1);
var CR_KEYS = ["apiVersion", "kind", "metadata", "spec"];
var SPEC_KEYS = ["chart", "values"];
function classify(root2) {
  const keys = [...root2.entries.keys()];
  if (keys.some((key) => CR_KEYS.includes(key))) return "cr";
  if (keys.length > 0 && keys.every((key) => SPEC_KEYS.includes(key))) return "spec";
  return "values";
}
function wrap(key, node) {
  return { kind: "map", place: node.place, entries: /* @__PURE__ */ new Map([[key, { key: node.place, node }]]) };
}
function mount(root2, kind) {
  if (kind === "cr") return root2;
  if (kind === "spec") return wrap("spec", root2);
  return wrap("spec", wrap("values", root2));
}
function segments(link) {
  const out = [];
  for (let at = link; at; at = at.parent) out.push(at.segment);
  return out.reverse();
}
var NODE_BUDGET = 2e5;
function toTree(node, ctx, link, depth = 0) {
  const yamlNode = node;
  const place = ctx.at(yamlNode?.range?.[0] ?? 0);
  if (--ctx.budget < 0 || depth > 200) {
    if (ctx.budget === -1 || depth === 201) {
      ctx.problems.push({
        place,
        path: segments(link),
        message: depth > 200 ? "the YAML nests deeper than 200 levels" : `the YAML expands to more than ${NODE_BUDGET} values (aliases of aliases?)`,
        fix: "Write the configuration out without deeply nested aliases."
      });
    }
    return { kind: "scalar", place, value: null };
  }
  if ((0, import_yaml.isAlias)(yamlNode)) {
    const resolved = toTree(yamlNode.resolve(ctx.doc), ctx, link, depth + 1);
    return { ...resolved, place };
  }
  if ((0, import_yaml.isMap)(yamlNode)) {
    const entries = /* @__PURE__ */ new Map();
    const merged = [];
    for (const pair of yamlNode.items) {
      const keyNode = pair.key;
      const keyPlace = ctx.at(keyNode?.range?.[0] ?? yamlNode.range?.[0] ?? 0);
      let key;
      if ((0, import_yaml.isScalar)(keyNode)) key = String(keyNode.value);
      else if (keyNode === null || keyNode === void 0) key = "";
      else {
        ctx.problems.push({
          place: keyPlace,
          path: segments(link),
          message: "a map key must be a plain string, not a list or a map",
          fix: "Quote the key or restructure the map."
        });
        continue;
      }
      if (key === "<<" && (0, import_yaml.isScalar)(keyNode) && keyNode.type === "PLAIN") {
        const value = toTree(pair.value, ctx, link, depth + 1);
        const sources = value.kind === "list" ? value.items : [value];
        for (const source of sources) if (source.kind === "map") merged.push(source);
        continue;
      }
      if (entries.has(key)) {
        ctx.problems.push({
          place: keyPlace,
          path: [...segments(link), key],
          message: `duplicate key \`${key}\`: a key may appear once in a map`,
          fix: "Keep one of the two; YAML readers disagree on which one wins."
        });
      }
      entries.set(key, {
        key: keyPlace,
        node: toTree(pair.value, ctx, { parent: link, segment: key }, depth + 1)
      });
    }
    for (const source of merged) {
      for (const [key, entry] of source.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: "map", place, entries };
  }
  if ((0, import_yaml.isSeq)(yamlNode)) {
    return {
      kind: "list",
      place,
      items: yamlNode.items.map(
        (item, index) => toTree(item, ctx, { parent: link, segment: String(index) }, depth + 1)
      )
    };
  }
  if ((0, import_yaml.isScalar)(yamlNode)) return { kind: "scalar", place, value: yamlNode.value };
  return { kind: "scalar", place, value: null };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseLayer(file, text2) {
  const lineCounter = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text2, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
  };
  const problems = [];
  const list2 = Array.isArray(docs) ? docs : [];
  if (list2.length === 0) {
    problems.push({
      place: at(0),
      path: [],
      severity: "warning",
      message: "the file is empty (comments only); it adds nothing",
      fix: "Give the file some configuration or drop it from --config."
    });
    return { problems, fatal: false };
  }
  if (list2.length > 1) {
    problems.push({
      place: at(list2[1].range[0]),
      path: [],
      message: `the file holds ${list2.length} YAML documents; a configuration layer is exactly one`,
      fix: "Split the documents into separate files and pass each with --config, in the order they apply."
    });
    return { problems, fatal: true };
  }
  const doc = list2[0];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        place: at(error.pos[0]),
        path: [],
        message: `YAML syntax error: ${firstLine(error.message)}`,
        fix: "Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes)."
      });
    }
    return { problems, fatal: true };
  }
  const ctx = { doc, at, problems, budget: NODE_BUDGET };
  const tree = toTree(doc.contents, ctx, void 0);
  if (ctx.budget < 0) return { problems, fatal: true };
  if (tree.kind === "scalar" && tree.value === null) {
    problems.push({
      place: at(0),
      path: [],
      severity: "warning",
      message: "the file is empty (comments only); it adds nothing",
      fix: "Give the file some configuration or drop it from --config."
    });
    return { problems, fatal: false };
  }
  if (tree.kind !== "map") {
    problems.push({
      place: tree.place,
      path: [],
      message: `the top level of a configuration file must be a map, not ${tree.kind === "list" ? "a list" : "a scalar"}`,
      fix: "Write either a whole WeightsAndBiases resource (apiVersion, kind, metadata, spec) or Helm values (global:, ingress:, ...)."
    });
    return { problems, fatal: true };
  }
  const kind = classify(tree);
  return { layer: { file, kind, root: mount(tree, kind) }, problems, fatal: false };
}
function splitPath(text2) {
  const parts = [];
  let current = "";
  for (let i = 0; i < text2.length; i++) {
    const char = text2[i];
    if (char === "\\" && text2[i + 1] === ".") {
      current += ".";
      i++;
    } else if (char === ".") {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}
var SET_FILE = "--set";
function parseSetValue(text2, place) {
  if (text2 === "") return { kind: "scalar", place, value: "" };
  const doc = (0, import_yaml.parseDocument)(text2, { prettyErrors: false });
  const flow = /^\s*[[{]/.test(text2);
  if (doc.errors.length > 0) return flow ? void 0 : { kind: "scalar", place, value: text2 };
  const contents = doc.contents;
  if (!flow && ((0, import_yaml.isMap)(contents) || (0, import_yaml.isSeq)(contents))) return { kind: "scalar", place, value: text2 };
  return toTree(contents, { doc, at: () => place, problems: [], budget: NODE_BUDGET }, void 0);
}
function parseSets(sets) {
  const layers = [];
  const problems = [];
  sets.forEach((entry, index) => {
    const place = { file: SET_FILE, line: index + 1, column: 1 };
    const eq = entry.indexOf("=");
    const pathText = eq >= 0 ? entry.slice(0, eq).trim() : "";
    const segments2 = pathText ? splitPath(pathText) : [];
    if (eq < 0 || segments2.length === 0 || segments2.some((s) => s === "")) {
      problems.push({
        place,
        path: [],
        message: `--set entry \`${eq < 0 ? entry : pathText}\` is not PATH=VALUE with a dotted PATH`,
        fix: "Write it as e.g. --set global.host=https://wandb.example.com (a values path) or --set spec.chart.version=0.43.8."
      });
      return;
    }
    const value = parseSetValue(entry.slice(eq + 1), place);
    if (!value) {
      problems.push({
        place,
        path: segments2,
        message: `the value of --set ${pathText} is not valid YAML`,
        fix: "Quote the whole entry for the shell and write lists as [a, b] and maps as {key: value}."
      });
      return;
    }
    const full = CR_KEYS.includes(segments2[0]) ? segments2 : ["spec", "values", ...segments2];
    if (["apiVersion", "kind"].includes(full[0]) && full.length > 1) {
      problems.push({
        place,
        path: full,
        message: `\`${full[0]}\` is a string; --set ${pathText} cannot go inside it`,
        fix: `Use --set ${full[0]}=VALUE.`
      });
      return;
    }
    let node = value;
    for (let i = full.length - 1; i >= 0; i--) {
      const indexed = /^\d+$/.test(full[i]);
      node = { kind: "map", place, entries: /* @__PURE__ */ new Map([[full[i], { key: place, node }]]), indexed };
    }
    layers.push({ file: SET_FILE, kind: "cr", root: node });
  });
  return { layers, problems };
}
function isNullScalar(node) {
  return node.kind === "scalar" && node.value === null;
}
function mergeIntoList(base, over) {
  const items = [...base?.items ?? []];
  for (const [key, entry] of over.entries) {
    const index = Number(key);
    if (index >= items.length) items.push(mergeNodes(void 0, entry.node));
    else items[index] = mergeNodes(items[index], entry.node);
  }
  return { kind: "list", place: over.place, items: items.filter((item) => item !== void 0) };
}
function mergeNodes(base, over) {
  if (isNullScalar(over)) return base === void 0 ? over : void 0;
  if (over.kind === "map" && over.indexed && (base === void 0 || base.kind === "list")) {
    return mergeIntoList(base, over);
  }
  if (base?.kind === "map" && over.kind === "map") {
    const entries = new Map(base.entries);
    for (const [key, entry] of over.entries) {
      const merged = mergeNodes(base.entries.get(key)?.node, entry.node);
      if (merged === void 0) entries.delete(key);
      else entries.set(key, { key: entry.key, node: merged });
    }
    return { kind: "map", place: over.place, entries };
  }
  return over;
}
function mergeLayers(layers) {
  let result;
  for (const layer of layers) result = mergeNodes(result, layer.root);
  return result?.kind === "map" ? result : void 0;
}
function pathKey(path) {
  return path.join("\0");
}
function toPlain(node, path, index, key) {
  return plainAt(node, pathKey(path), path.length === 0, index, key);
}
function plainAt(node, at, root2, index, key) {
  index.set(at, { key, value: node.place });
  const prefix = root2 ? "" : `${at}\0`;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "list") return node.items.map((item, i) => plainAt(item, `${prefix}${i}`, false, index));
  const out = {};
  for (const [name, entry] of node.entries) {
    const value = plainAt(entry.node, `${prefix}${name}`, false, index, entry.key);
    if (name === "__proto__") {
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    } else out[name] = value;
  }
  return out;
}

// src/config/rules.ts
import { X509Certificate } from "node:crypto";
var Cr = class {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  get(path) {
    let current = this.doc;
    for (const segment of path) {
      if (current === null || typeof current !== "object") return void 0;
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
      current = current[segment];
    }
    return current;
  }
  has(path) {
    return this.get(path) !== void 0;
  }
  map(path) {
    const value = this.get(path);
    return isMap2(value) ? value : void 0;
  }
};
function isMap2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function filled(value) {
  if (value === void 0 || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (isMap2(value)) return Object.keys(value).length > 0;
  return true;
}
function text(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function hasPlaceholder(value) {
  return /\$\{[^}]*\}|\{\{[\s\S]*\}\}/.test(value);
}
function shown(value) {
  return value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s@]+@/gi, "$1***@");
}
var V = ["spec", "values"];
var G = [...V, "global"];
function tryUrl(value) {
  try {
    return new URL(value);
  } catch {
    return void 0;
  }
}
var CHART_FIX = "Use one of the three shapes the operator accepts: `path: /charts/operator-wandb` (local chart), `url: oci://REGISTRY/PATH/operator-wandb` with `version` (OCI, operator >= v1.22.0), or `url: https://charts.wandb.ai` with `name: operator-wandb` and `version` (Helm repository); or remove `spec.chart` to take the chart from the release channel.";
var INVALID_CONFIG = 'the operator would match no chart source and stop in phase `Invalid Config` ("No release type was found in the spec")';
function credentialPair(chart, base) {
  const user = filled(chart.username);
  const pass = filled(chart.password);
  if (user === pass) return [];
  const present = user ? "username" : "password";
  const absent = user ? "password" : "username";
  return [
    {
      path: [...base, present],
      at: "key",
      message: `\`spec.chart.${present}\` is set without \`${absent}\`: the operator takes both or neither`,
      fix: `Set \`${absent}\` too, or drop both and name a Secret in \`credentialSecret: {name: ...}\` (keys HELM_USERNAME/HELM_PASSWORD).`
    }
  ];
}
function checkChart(cr) {
  const base = ["spec", "chart"];
  const chart = cr.map(base);
  if (!chart) return [];
  if (text(chart.path)) return [];
  const url = text(chart.url);
  if (!url) {
    return [
      {
        path: base,
        at: "key",
        message: `\`spec.chart\` has neither \`path\` nor \`url\`: ${INVALID_CONFIG}`,
        fix: CHART_FIX
      }
    ];
  }
  if (hasPlaceholder(url)) return credentialPair(chart, base);
  if (/^oci:\/\//i.test(url)) {
    const hits2 = [];
    const rest = url.slice("oci://".length);
    const slash = rest.indexOf("/");
    if (slash <= 0 || slash === rest.length - 1) {
      hits2.push({
        path: [...base, "url"],
        message: `\`spec.chart.url\` \`${shown(url)}\` is not an OCI chart reference (oci://REGISTRY/PATH/CHART): ${INVALID_CONFIG}`,
        fix: "Write it as `url: oci://registry.example.com/wandb/operator-wandb`."
      });
    } else {
      const lastSegment = rest.slice(rest.lastIndexOf("/") + 1);
      if (!lastSegment.includes(":") && !filled(chart.version)) {
        hits2.push({
          path: [...base, "url"],
          message: "`spec.chart` is an OCI chart without `version` and its URL carries no tag: the operator needs one of the two",
          fix: 'Add `version: "0.43.8"` (the operator-wandb chart version to install) under spec.chart, or end the URL with `:VERSION`.'
        });
      }
    }
    return [...hits2, ...credentialPair(chart, base)];
  }
  const parsed = tryUrl(url);
  if (!parsed || !["http:", "https:"].includes(parsed.protocol) || !parsed.hostname) {
    return [
      {
        path: [...base, "url"],
        message: `\`spec.chart.url\` \`${shown(url)}\` is neither an oci:// reference nor an http(s) Helm repository URL: ${INVALID_CONFIG}`,
        fix: CHART_FIX
      }
    ];
  }
  const hits = [];
  if (!text(chart.name)) {
    hits.push({
      path: base,
      at: "key",
      message: `\`spec.chart\` points at a Helm repository (\`url: ${shown(url)}\`) but has no \`name\`: ${INVALID_CONFIG}`,
      fix: "Add `name: operator-wandb` (the chart's name in the repository) under spec.chart."
    });
  }
  return [...hits, ...credentialPair(chart, base)];
}
function checkHost(cr) {
  const path = [...G, "host"];
  const host = cr.get(path);
  if (typeof host !== "string" || hasPlaceholder(host)) return [];
  const fix = "Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).";
  const url = tryUrl(host.trim());
  let problem;
  if (!url) problem = "is not a URL";
  else if (!["http:", "https:"].includes(url.protocol))
    problem = `must start with https:// or http://, not ${url.protocol}//`;
  else if (!url.hostname) problem = "has no host name";
  else if (url.username || url.password) problem = "must not carry a user name or password";
  else if (url.pathname !== "/" || url.search || url.hash)
    problem = `must have no path (found \`${url.pathname}${url.search}${url.hash}\`)`;
  return problem ? [{ path, message: `\`global.host\` \`${shown(host)}\` ${problem}`, fix }] : [];
}
var AWS_REGION = /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob)-[a-z]+-\d+$/;
function outsideAws(bucket) {
  const name = text(bucket.name);
  if (name && !hasPlaceholder(name)) {
    let host;
    if (name.includes("://")) host = tryUrl(name)?.hostname;
    else if (/[:/]/.test(name)) host = name.split("/")[0].split(":")[0];
    if (host && !/(^|\.)amazonaws\.com(\.cn)?$/i.test(host)) return `its endpoint \`${host}\` in \`name\``;
  }
  const region = text(bucket.region);
  if (region && !hasPlaceholder(region) && !AWS_REGION.test(region)) return `its region \`${region}\``;
  return void 0;
}
var BUCKETS = ["bucket", "defaultBucket"];
function checkBucketKms(cr) {
  const hits = [];
  for (const which of BUCKETS) {
    const bucket = cr.map([...G, which]);
    if (!bucket) continue;
    const provider = text(bucket.provider) ?? "s3";
    if (provider !== "s3" || !text(bucket.kmsKey)) continue;
    const why = outsideAws(bucket);
    if (!why) continue;
    hits.push({
      path: [...G, which, "kmsKey"],
      message: `\`global.${which}.kmsKey\` is set, but this is S3-compatible storage outside AWS (${why}): KMS keys exist only on AWS S3`,
      fix: `Set \`kmsKey: null\` under global.${which} (the reference requires null for S3-compatible storage outside AWS).`
    });
  }
  return hits;
}
function checkBucketKeys(cr) {
  const hits = [];
  for (const which of BUCKETS) {
    const base = [...G, which];
    const bucket = cr.map(base);
    if (!bucket) continue;
    const access = filled(bucket.accessKey);
    const secretKey = filled(bucket.secretKey);
    const ref = isMap2(bucket.secret) ? bucket.secret : void 0;
    const secretName = text(ref?.secretName);
    const provider = text(bucket.provider) ?? "s3";
    if (secretName && (access || secretKey)) {
      const inline = access ? "accessKey" : "secretKey";
      hits.push({
        path: [...base, inline],
        at: "key",
        message: `\`global.${which}\` takes its keys both inline (\`${inline}\`) and from Secret \`${secretName}\` (\`secret.secretName\`): use one or the other`,
        fix: `Remove the inline accessKey/secretKey and keep \`secret\`, or remove \`secret\`.`
      });
    } else if (provider !== "az" && access !== secretKey) {
      const present = access ? "accessKey" : "secretKey";
      const absent = access ? "secretKey" : "accessKey";
      hits.push({
        path: [...base, present],
        at: "key",
        message: `\`global.${which}.${present}\` is set without \`${absent}\`: inline keys come in pairs`,
        fix: `Set both accessKey and secretKey, or neither and reference a Secret: \`secret: {secretName: bucket-secret, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}\`.`
      });
    }
    if (ref && !secretName && (filled(ref.accessKeyName) || filled(ref.secretKeyName))) {
      hits.push({
        path: [...base, "secret"],
        at: "key",
        message: `\`global.${which}.secret\` names keys but no \`secretName\`: the chart ignores it`,
        fix: "Add `secretName:` (the Secret that holds the access and secret keys) under `secret`."
      });
    }
  }
  return hits;
}
function checkBucketName(cr) {
  const bucket = cr.map([...G, "bucket"]);
  if (!bucket || text(bucket.name)) return [];
  const meaningful = Object.keys(bucket).filter((key) => key !== "secret" && filled(bucket[key]));
  if (meaningful.length === 0) return [];
  return [
    {
      path: [...G, "bucket"],
      at: "key",
      message: "`global.bucket` has no `name`, so the chart ignores it and uses `global.defaultBucket` instead",
      fix: "Add `name:` (the bucket name, or an s3:// URL for S3-compatible storage), or move these keys to `global.defaultBucket`."
    }
  ];
}
function checkMysql(cr) {
  const base = [...G, "mysql"];
  const mysql = cr.map(base);
  if (!mysql || Object.keys(mysql).length === 0) return [];
  if (cr.get([...V, "mysql", "install"]) === true) return [];
  const hits = [];
  const examples = {
    host: "mysql.example.com",
    port: "3306",
    database: "wandb_local",
    user: "wandb"
  };
  for (const key of ["host", "port", "database", "user"]) {
    if (!filled(mysql[key])) {
      hits.push({
        path: base,
        at: "key",
        message: `external MySQL (\`mysql.install\` is not true) needs \`global.mysql.${key}\``,
        fix: `Add \`${key}: ${examples[key]}\` under global.mysql, or set \`mysql.install: true\` to let the chart run MySQL.`
      });
    }
  }
  const ref = isMap2(mysql.passwordSecret) ? mysql.passwordSecret : void 0;
  if (!filled(mysql.password) && !text(ref?.name)) {
    hits.push({
      path: ref ? [...base, "passwordSecret"] : base,
      at: "key",
      message: ref ? "`global.mysql.passwordSecret` has no `name`, and there is no `password`: external MySQL needs one of them" : "external MySQL (`mysql.install` is not true) needs `global.mysql.password` or `global.mysql.passwordSecret`",
      fix: "Reference the password in a Secret: `passwordSecret: {name: mysql-secret, passwordKey: MYSQL_PASSWORD}`."
    });
  }
  return hits;
}
function checkLicenseSecret(cr) {
  const base = [...G, "licenseSecret"];
  const ref = cr.map(base);
  if (!ref) return [];
  const name = text(ref.name);
  const key = text(ref.key);
  const hits = [];
  if (Boolean(name) !== Boolean(key)) {
    const absent = name ? "key" : "name";
    hits.push({
      path: base,
      at: "key",
      message: `\`global.licenseSecret\` needs both \`name\` and \`key\`: the operator reads the license from the Secret only when both are set (\`${absent}\` is missing)`,
      fix: "Set both, e.g. `licenseSecret: {name: license-secret, key: license}`."
    });
  }
  if (name && key && text(cr.get([...G, "license"]))) {
    hits.push({
      severity: "warning",
      path: [...G, "license"],
      at: "key",
      message: "`global.license` and `global.licenseSecret` are both set: the operator uses the inline license and ignores the Secret",
      fix: "Remove `global.license` and keep `licenseSecret`."
    });
  }
  return hits;
}
function checkIngressPlacement(cr) {
  if (!cr.has([...G, "ingress"])) return [];
  return [
    {
      path: [...G, "ingress"],
      at: "key",
      message: "`ingress` is under `global`, where the chart never reads it (the reference: ingress sits beside global, not under it)",
      fix: "move `ingress` to the top level of values (beside `global`, not under it)."
    }
  ];
}
function checkExternalRedis(cr) {
  const host = text(cr.get([...G, "redis", "host"]));
  if (!host) return [];
  const install = cr.get([...V, "redis", "install"]);
  if (install === false) return [];
  return [
    {
      path: install === void 0 ? [...G, "redis", "host"] : [...V, "redis", "install"],
      message: `external Redis is configured (\`global.redis.host: ${shown(host)}\`) but \`redis.install\` is ${install === void 0 ? "not set (the chart default is true)" : String(install)}: the chart would also deploy its own Redis`,
      fix: "set redis.install: false (under `redis:`, beside `global`)."
    }
  ];
}
var PEM_BEGIN = /-----BEGIN CERTIFICATE-----/g;
function checkCaCerts(cr) {
  const path = [...G, "customCACerts"];
  const certs = cr.get(path);
  if (!Array.isArray(certs)) return [];
  const hits = [];
  certs.forEach((item, index) => {
    if (typeof item !== "string") return;
    const itemPath = [...path, String(index)];
    const where = `\`global.customCACerts[${index}]\``;
    const count = (item.match(PEM_BEGIN) ?? []).length;
    if (/PRIVATE KEY-----/.test(item)) {
      hits.push({
        path: itemPath,
        message: `${where} holds a private key; only CA certificates belong here`,
        fix: "Remove the private key block and keep the `-----BEGIN CERTIFICATE-----` block of the CA."
      });
    } else if (count === 0) {
      hits.push({
        path: itemPath,
        message: `${where} is not a PEM certificate (no \`-----BEGIN CERTIFICATE-----\` line)`,
        fix: "Paste the CA certificate in PEM form, from `-----BEGIN CERTIFICATE-----` to `-----END CERTIFICATE-----`, as a block string (`- |`)."
      });
    } else if (count > 1) {
      hits.push({
        path: itemPath,
        message: `${where} is a bundle of ${count} certificates; each list item must hold exactly one`,
        fix: "split into separate list items, one `- |` item per `-----BEGIN CERTIFICATE-----` block."
      });
    } else {
      try {
        new X509Certificate(item);
      } catch {
        hits.push({
          path: itemPath,
          message: `${where} cannot be parsed as an X.509 certificate (damaged or truncated PEM)`,
          fix: "Paste the certificate again from its .crt file, keeping every line; check with `openssl x509 -noout -text -in ca.crt`."
        });
      }
    }
  });
  return hits;
}
function checkOidc(cr) {
  const base = [...G, "auth", "oidc"];
  const oidc = cr.map(base);
  if (!oidc || !["clientId", "issuer", "secret", "authMethod"].some((key) => filled(oidc[key]))) return [];
  const hits = [];
  if (!text(oidc.clientId)) {
    hits.push({
      path: base,
      at: "key",
      message: "OIDC is configured but `global.auth.oidc.clientId` is empty",
      fix: "Set `clientId:` to the client (application) ID registered at your identity provider."
    });
  }
  const issuer = text(oidc.issuer);
  if (!issuer) {
    hits.push({
      path: base,
      at: "key",
      message: "OIDC is configured but `global.auth.oidc.issuer` is empty",
      fix: "Set `issuer:` to the identity provider's issuer URL, e.g. `https://login.example.com/realms/wandb`."
    });
  } else if (!hasPlaceholder(issuer)) {
    const url = tryUrl(issuer);
    if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname) {
      hits.push({
        path: [...base, "issuer"],
        message: `\`global.auth.oidc.issuer\` \`${shown(issuer)}\` is not an http(s) URL`,
        fix: "Use the issuer URL your identity provider publishes (its /.well-known/openid-configuration lives under it)."
      });
    }
  }
  return hits;
}
function extraEnvMaps(cr) {
  const paths = [[...G, "extraEnv"]];
  const values = cr.map(V);
  for (const key of Object.keys(values ?? {})) if (key !== "global") paths.push([...V, key, "extraEnv"]);
  return paths;
}
function checkExtraEnvValues(cr, severity) {
  const hits = [];
  for (const path of extraEnvMaps(cr)) {
    const env = cr.map(path);
    if (!env) continue;
    for (const [name, value] of Object.entries(env)) {
      if (value === null || typeof value === "string") continue;
      if (isMap2(value) && isMap2(value.valueFrom)) continue;
      const where = `\`${[...path.slice(2), name].join(".")}\``;
      const scalar = typeof value === "number" || typeof value === "boolean";
      if (scalar && severity === "warning") {
        hits.push({
          path: [...path, name],
          message: `${where} is ${typeof value === "number" ? "a number" : "a boolean"}; environment values are strings`,
          fix: `Quote it: \`${name}: "${String(value)}"\`.`
        });
      } else if (!scalar && severity === "error") {
        hits.push({
          path: [...path, name],
          message: `${where} must be a string (or \`{valueFrom: ...}\`), not ${Array.isArray(value) ? "a list" : "a map"}`,
          fix: `Write \`${name}: "value"\`.`
        });
      }
    }
  }
  return hits;
}
var IGNORED_KEYS = [
  {
    path: [...V, "ingress", "enabled"],
    instead: "it reads `ingress.install` (deploy the ingress controller) and `ingress.create` (create the Ingress)",
    fix: "Replace `enabled:` with `create:` (and `install:` for the controller)."
  },
  {
    path: [...G, "redis", "auth"],
    instead: "it reads `global.redis.secret.secretName` / `global.redis.secret.secretKey` (or `global.redis.password`)",
    fix: "Replace `auth: {enabled, secret, key}` with `secret: {secretName: <Secret>, secretKey: <key>}`."
  },
  {
    path: [...G, "mysql", "name"],
    instead: "it reads `global.mysql.database`",
    fix: "Put the database name in `database:` and remove `name:`."
  },
  {
    path: [...V, "imagePullSecrets"],
    instead: "it reads `global.imagePullSecrets`",
    fix: "Move `imagePullSecrets` under `global`."
  },
  {
    path: [...V, "airgapped"],
    instead: "`airgapped` is a value of the operator's own chart (charts/operator), not of this resource",
    fix: "Set it when installing the operator (`helm upgrade --install operator wandb/operator --set airgapped=true`) and remove it here."
  },
  {
    path: [...V, "customCACerts"],
    instead: "it reads `global.customCACerts` (top-level `customCACerts` belongs to the operator's own chart)",
    fix: "Move `customCACerts` under `global` for W&B Server, or into the operator chart values for the operator."
  },
  {
    path: [...V, "caCertsConfigMap"],
    instead: "it reads `global.caCertsConfigMap` (top-level `caCertsConfigMap` belongs to the operator's own chart)",
    fix: "Move `caCertsConfigMap` under `global`."
  },
  {
    path: [...G, "ldap"],
    instead: "it reads LDAP settings from `global.extraEnv` (`LDAP_*` variables) in current operator-wandb charts",
    fix: "Configure LDAP through `global.extraEnv` as the current W&B docs describe."
  }
];
function checkIgnoredKeys(cr) {
  const hits = [];
  for (const entry of IGNORED_KEYS) {
    if (!cr.has(entry.path)) continue;
    hits.push({
      path: entry.path,
      at: "key",
      message: `the chart does not read \`${entry.path.slice(2).join(".")}\`; ${entry.instead}`,
      fix: entry.fix
    });
  }
  const values = cr.map(V) ?? {};
  for (const [key, value] of Object.entries(values)) {
    if (isMap2(value) && Object.prototype.hasOwnProperty.call(value, "extraEnvs")) {
      hits.push({
        path: [...V, key, "extraEnvs"],
        at: "key",
        message: `the chart does not read \`${key}.extraEnvs\`; it reads \`${key}.extraEnv\` (singular)`,
        fix: `Rename \`extraEnvs\` to \`extraEnv\` (a map NAME: value).`
      });
    }
  }
  return hits;
}
var INLINE_SECRETS = [
  { path: [...G, "license"], instead: "`global.licenseSecret: {name, key}`" },
  ...BUCKETS.flatMap(
    (which) => ["accessKey", "secretKey"].map((key) => ({
      path: [...G, which, key],
      instead: `\`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\``
    }))
  ),
  { path: [...G, "mysql", "password"], instead: "`global.mysql.passwordSecret: {name, passwordKey}`" },
  { path: [...G, "redis", "password"], instead: "`global.redis.secret: {secretName, secretKey}`" },
  {
    path: [...G, "email", "smtp", "password"],
    instead: "`password: {valueFrom: {secretKeyRef: {name, key}}}`"
  },
  { path: [...G, "auth", "oidc", "secret"], instead: "`global.auth.oidc.oidcSecret: {name, secretKey}`" },
  {
    path: [...G, "clickhouse", "password"],
    instead: "`global.clickhouse.passwordSecret: {name, passwordKey}`"
  },
  { path: ["spec", "chart", "password"], instead: "`spec.chart.credentialSecret: {name}`" }
];
function checkInlineSecrets(cr) {
  const hits = [];
  for (const entry of INLINE_SECRETS) {
    if (!text(cr.get(entry.path))) continue;
    const where = entry.path[0] === "spec" && entry.path[1] === "values" ? entry.path.slice(2) : entry.path;
    hits.push({
      path: entry.path,
      at: "key",
      message: `\`${where.join(".")}\` is written inline: the resource, and everyone who can read it, holds the secret`,
      fix: `Keep it in a Kubernetes Secret and reference it with ${entry.instead}.`
    });
  }
  for (const which of BUCKETS) {
    const name = text(cr.get([...G, which, "name"]));
    if (name && /:\/\/[^\s/@]+@/.test(name)) {
      hits.push({
        path: [...G, which, "name"],
        at: "key",
        message: `\`global.${which}.name\` carries credentials in its URL`,
        fix: `Drop the user-info from the URL and reference the keys with \`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\`.`
      });
    }
  }
  return hits;
}
var RULES = [
  {
    id: "chart-shape",
    severity: "error",
    description: "spec.chart is a local {path}, an OCI {url: oci://\u2026, version} or a repository {url, name, version} (facts 1.3).",
    check: checkChart
  },
  {
    id: "host-url",
    severity: "error",
    description: 'global.host is an http(s) URL with a host and no path (reference: "FQDN with protocol").',
    check: checkHost
  },
  {
    id: "bucket-kms-outside-aws",
    severity: "error",
    description: "S3-compatible storage outside AWS has kmsKey null (reference, object storage).",
    check: checkBucketKms
  },
  {
    id: "bucket-keys",
    severity: "error",
    description: "Bucket keys inline (accessKey+secretKey) or through bucket.secret, not half of each.",
    check: checkBucketKeys
  },
  {
    id: "bucket-name",
    severity: "warning",
    description: "global.bucket without name is ignored in favour of global.defaultBucket (templates/_bucket.tpl).",
    check: checkBucketName
  },
  {
    id: "mysql-external",
    severity: "error",
    description: "External MySQL has host, port, database, user and password or passwordSecret (reference, MySQL).",
    check: checkMysql
  },
  {
    id: "license-secret",
    severity: "error",
    description: "licenseSecret names both the Secret and the key (the operator needs both, facts 1.2).",
    check: checkLicenseSecret
  },
  {
    id: "ingress-placement",
    severity: "error",
    description: "ingress sits beside global, not under it (the reference's bold warning).",
    check: checkIngressPlacement
  },
  {
    id: "redis-external-install",
    severity: "error",
    description: "External Redis (global.redis.host) requires redis.install: false (reference, external Redis).",
    check: checkExternalRedis
  },
  {
    id: "custom-ca-certs",
    severity: "error",
    description: "Each customCACerts item is exactly one parseable PEM certificate (seed 003 FAQ).",
    check: checkCaCerts
  },
  {
    id: "oidc",
    severity: "error",
    description: "OIDC needs a clientId and an http(s) issuer URL (reference, OIDC SSO).",
    check: checkOidc
  },
  {
    id: "extra-env-values",
    severity: "error",
    description: "extraEnv values are strings or {valueFrom} (operator-wandb reads extraEnv as a map NAME: value).",
    check: (cr) => checkExtraEnvValues(cr, "error")
  },
  {
    id: "extra-env-unquoted",
    severity: "warning",
    description: "extraEnv numbers and booleans work but are meant as strings.",
    check: (cr) => checkExtraEnvValues(cr, "warning")
  },
  {
    id: "ignored-keys",
    severity: "warning",
    description: "Keys the docs use but the chart does not read (facts 2.2, 8).",
    check: checkIgnoredKeys
  },
  {
    id: "inline-secrets",
    severity: "warning",
    description: "Secrets written inline rather than referenced from a Secret.",
    check: checkInlineSecrets
  }
];
function ruleFindings(cr) {
  const view = new Cr(cr);
  const findings = [];
  for (const rule of RULES) {
    for (const hit of rule.check(view)) {
      findings.push({ ...hit, severity: hit.severity ?? rule.severity, at: hit.at ?? "value" });
    }
  }
  return findings;
}

// src/config/generated/cr-validator.js
var runtime0Module = __toESM(require_ucs2length(), 1);
var runtime0 = { default: typeof runtime0Module.default === "function" ? runtime0Module.default : runtime0Module.default.default };
var cr_validator_default = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "allOf": [{ "$ref": "#/definitions/dns1123Label" }, { "maxLength": 53 }], "x-message": "metadata.name `{value}` is not a valid Helm release name (the operator installs the chart under this name): lowercase letters, digits and '-', starting and ending with a letter or digit, at most 53 characters", "x-fix": "Use a name like `wandb`.", "description": "The Helm release name the operator installs under: a DNS-1123 label of at most 53 characters." }, "namespace": { "$ref": "#/definitions/dns1123Label", "x-message": "metadata.namespace `{value}` is not a valid namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters", "x-fix": "Use a namespace like `wandb`." }, "labels": { "$ref": "#/definitions/stringMap" }, "annotations": { "$ref": "#/definitions/stringMap" }, "generateName": { "type": "string" }, "uid": { "type": "string" }, "resourceVersion": { "type": "string" }, "generation": { "type": "integer" }, "creationTimestamp": {}, "deletionTimestamp": {}, "deletionGracePeriodSeconds": {}, "finalizers": { "type": "array" }, "ownerReferences": { "type": "array" }, "managedFields": { "type": "array" }, "selfLink": { "type": "string" } } };
var schema15 = { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] }, "x-message": "`{path}` must be a map of strings", "x-fix": 'Quote the values, e.g. `key: "value"`.' };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) > 63) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func3(data0) > 53) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/allOf/1/maxLength", keyword: "maxLength", params: { limit: 53 }, message: "must NOT have more than 53 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.namespace !== void 0) {
      let data1 = data.namespace;
      if (typeof data1 === "string") {
        if (func3(data1) > 63) {
          const err6 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err7 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data2 = data.labels;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err10 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.annotations !== void 0) {
      let data4 = data.annotations;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err11 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (typeof data5 !== "string" && data5 !== null) {
            const err12 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.generateName !== void 0) {
      if (typeof data.generateName !== "string") {
        const err13 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err14 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err15 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data9 = data.generation;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err16 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.finalizers !== void 0) {
      if (!Array.isArray(data.finalizers)) {
        const err17 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      if (!Array.isArray(data.ownerReferences)) {
        const err18 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.managedFields !== void 0) {
      if (!Array.isArray(data.managedFields)) {
        const err19 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      if (typeof data.selfLink !== "string") {
        const err20 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "additionalProperties": false, "description": "One of: {path} (local chart), {url: oci://..., version} (OCI, operator >= v1.22.0), {url: https://..., name, version} (Helm repository).", "properties": { "path": { "type": "string" }, "url": { "type": "string" }, "name": { "type": "string" }, "version": { "type": ["string", "null"], "x-message": "`{path}` must be a string", "x-fix": 'Quote the version, e.g. `version: "0.43.8"`.' }, "repoName": { "type": "string" }, "username": { "type": "string" }, "password": { "type": "string" }, "credentialSecret": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "usernameKey": { "type": "string" }, "passwordKey": { "type": "string" } }, "x-fix": "Name the Secret holding the registry credentials: `credentialSecret: {name: helm-creds}` (keys HELM_USERNAME/HELM_PASSWORD by default)." }, "plainHTTP": { "type": "boolean" }, "debug": { "type": "boolean" } } };
var schema19 = { "type": "object", "additionalProperties": false, "properties": { "global": { "$ref": "#/definitions/global", "description": "Settings shared by all W&B components." }, "ingress": { "$ref": "#/definitions/ingress", "description": "The Ingress. Beside global, not under it." }, "nameOverride": {}, "fullnameOverride": {}, "reconcileFrequency": { "type": "string" }, "_releaseId": { "type": "string" }, "imagePullSecrets": {}, "artifactsGc": {}, "api": { "$ref": "#/definitions/component" }, "app": { "$ref": "#/definitions/component" }, "appRenamePreHook": { "$ref": "#/definitions/component" }, "appRenamePostHook": { "$ref": "#/definitions/component" }, "console": { "$ref": "#/definitions/component" }, "executor": { "$ref": "#/definitions/component" }, "filemeta": { "$ref": "#/definitions/component" }, "anaconda2": { "$ref": "#/definitions/component" }, "filestream": { "$ref": "#/definitions/component" }, "flat-run-fields-updater": { "$ref": "#/definitions/component" }, "history-updater": { "$ref": "#/definitions/component" }, "history-reader": { "$ref": "#/definitions/component" }, "frontend": { "$ref": "#/definitions/component" }, "glue": { "$ref": "#/definitions/component" }, "internalSignerPreHook": { "$ref": "#/definitions/component" }, "metric-observer": { "$ref": "#/definitions/component" }, "parquet": { "$ref": "#/definitions/component" }, "parquet-metadata-cache": { "$ref": "#/definitions/component" }, "settingsMigrationJob": { "$ref": "#/definitions/component" }, "clickhouseMigrationJob": { "$ref": "#/definitions/component" }, "weave": { "$ref": "#/definitions/component" }, "mcp-server": { "$ref": "#/definitions/component" }, "weave-trace": { "$ref": "#/definitions/component" }, "weave-trace-worker": { "$ref": "#/definitions/component" }, "weave-evaluate-model-worker": { "$ref": "#/definitions/component" }, "weave-trace-agent-scoring-worker": { "$ref": "#/definitions/component" }, "nginx": { "$ref": "#/definitions/component" }, "mysql": { "$ref": "#/definitions/component" }, "yace": { "$ref": "#/definitions/component" }, "redis": { "$ref": "#/definitions/component" }, "prometheus": { "$ref": "#/definitions/component" }, "stackdriver": { "$ref": "#/definitions/component" }, "otel": { "$ref": "#/definitions/component" }, "kafka": { "$ref": "#/definitions/component" }, "etcd": { "$ref": "#/definitions/component" }, "bufstream": { "$ref": "#/definitions/component" }, "lumen-agent": { "$ref": "#/definitions/component" }, "reloader": { "$ref": "#/definitions/component" }, "clickhouse": { "$ref": "#/definitions/component" } } };
var schema20 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "host": { "type": "string", "x-message": "`{path}` must be a URL string like https://wandb.example.com", "x-fix": "Set `host: https://wandb.example.com` (scheme and host name, no path).", "description": "The address users open: scheme and host name (and port), no path. Example: https://wandb.example.com" }, "repositoryPrefix": {}, "imageRegistry": {}, "license": { "type": ["string", "null"], "description": "The W&B license, inline. Prefer licenseSecret." }, "licenseCertPath": {}, "licenseSecret": { "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "key": { "type": ["string", "null"] } }, "x-fix": "Give both the Secret's name and the key holding the license: `licenseSecret: {name: license-secret, key: license}` (the operator needs both).", "description": "The Secret (name) and key holding the license; the operator needs both." }, "signerKeyPath": {}, "cloudProvider": {}, "storageClass": {}, "lumen": {}, "banners": {}, "common": {}, "pod": {}, "deployment": {}, "daemonset": {}, "statefulset": {}, "service": {}, "nodeSelector": {}, "tolerations": {}, "priorityClassName": {}, "extraEnvFrom": {}, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.', "description": "Extra environment variables for every W&B component, as a map NAME: value." }, "volumesTpls": {}, "volumeMountsTpls": {}, "operator": {}, "imagePullSecrets": { "type": ["array", "null"] }, "mysql": { "type": ["object", "null"], "additionalProperties": false, "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "database": { "$ref": "#/definitions/stringOrValueFrom" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "caCert": { "$ref": "#/definitions/stringOrValueFrom" }, "passwordSecret": { "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "rootPasswordKey": { "type": ["string", "null"] }, "passwordKey": { "type": ["string", "null"] } } } }, "description": "External MySQL (used unless mysql.install: true)." }, "size": {}, "slack": {}, "otel": {}, "clickhouse": {}, "olap": {}, "activityStore": {}, "email": { "type": ["object", "null"], "properties": { "smtp": { "type": ["object", "null"], "additionalProperties": false, "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "mailFrom": { "$ref": "#/definitions/stringOrValueFrom" } } } }, "description": "SMTP server for e-mail." }, "auth": { "type": ["object", "null"], "additionalProperties": false, "properties": { "sessionLengthHours": { "type": ["integer", "null"], "minimum": 1, "x-message": "`{path}` must be a whole number of hours", "x-fix": "E.g. `sessionLengthHours: 720`." }, "jwkUrl": { "type": ["string", "null"] }, "oidc": { "type": ["object", "null"], "additionalProperties": false, "properties": { "clientId": { "type": ["string", "null"] }, "secret": { "type": ["string", "null"] }, "authMethod": { "enum": ["", "implicit", "pkce", null], "x-message": "`{path}` `{value}` is not an OIDC auth method W&B supports (implicit, pkce; empty for the default)", "x-fix": "Use `authMethod: implicit` or `authMethod: pkce`, or leave it out." }, "issuer": { "type": ["string", "null"] }, "oidcSecret": { "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } } } }, "description": "Session length and OIDC single sign-on." }, "azureStorageIdentity": {}, "defaultBucket": { "$ref": "#/definitions/bucket", "description": "Object storage used by default; the console can override it." }, "bucket": { "$ref": "#/definitions/bucket", "description": "Object storage used for all files; not overridable in the console. Without name, the chart uses defaultBucket." }, "redis": { "type": ["object", "null"], "additionalProperties": false, "properties": { "host": { "type": ["string", "null"] }, "port": { "$ref": "#/definitions/port" }, "password": { "type": ["string", "null"] }, "external": { "type": ["boolean", "null"] }, "parameters": {}, "params": {}, "caCert": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "additionalProperties": false, "properties": { "secretName": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } }, "description": "External Redis; set redis.install: false beside global when you use it." }, "bigtable": {}, "historyStore": {}, "pubSub": {}, "kafka": {}, "customCACerts": { "type": ["array", "null"], "items": { "type": "string", "x-message": "`{path}` must be a PEM certificate as a string", "x-fix": "Write the certificate as a block string: `- |` followed by the PEM lines." }, "x-message": "`{path}` must be a list of PEM certificates (the map form `{name.crt: PEM}` from some docs is not read by the chart)", "x-fix": "Write each certificate as its own list item: `customCACerts: [ |-PEM ]`, or put them in a ConfigMap and set caCertsConfigMap.", "description": "CA certificates in PEM form, one certificate per list item." }, "caCertsConfigMap": { "anyOf": [{ "$ref": "#/definitions/dns1123Subdomain" }, { "const": "" }, { "type": "null" }], "x-message": "`{path}` `{value}` is not a valid ConfigMap name: lowercase letters, digits, '-' and '.', at most 253 characters", "x-fix": "Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.", "description": "Name of a ConfigMap holding CA certificates; each key must end in .crt." }, "weave-trace": {}, "localService": {}, "api": {}, "glue": {}, "bufstream": {}, "executor": {}, "settingsMigrationJob": {}, "gcpSecurityPolicy": {}, "statsig": {}, "ingress": {}, "ldap": {}, "extraEnvs": {} } };
var schema25 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "provider": { "enum": ["s3", "gcs", "az", "", null], "x-severity": "warning", "x-message": "`{path}` `{value}` is not a provider the reference documents (s3, gcs, az; S3-compatible stores such as MinIO or Ceph use s3)", "x-fix": "Use `provider: s3`, `gcs` or `az`." }, "name": { "type": ["string", "null"] }, "path": { "type": ["string", "null"] }, "region": { "type": ["string", "null"] }, "kmsKey": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] }, "azureTenantId": { "type": ["string", "null"] }, "azureClientId": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "additionalProperties": false, "properties": { "secretName": { "type": ["string", "null"] }, "accessKeyName": { "type": ["string", "null"] }, "secretKeyName": { "type": ["string", "null"] } } } } };
var schema21 = { "anyOf": [{ "type": ["string", "null"] }, { "$ref": "#/definitions/valueFrom" }], "x-message": "`{path}` must be a string or `{valueFrom: {secretKeyRef: {name, key}}}`", "x-fix": "Write a plain string, or point at a Secret with valueFrom.secretKeyRef." };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: schema21.anyOf[0].type }, message: "must be string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.valueFrom === void 0) {
        const err1 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.valueFrom !== void 0) {
        let data0 = data.valueFrom;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err2 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.valueFrom === void 0) {
        const err3 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.valueFrom !== void 0) {
        let data0 = data.valueFrom;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err4 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema20.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema20.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err2 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data1 = data.license;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: schema20.properties.license.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.licenseSecret !== void 0) {
      let data2 = data.licenseSecret;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/licenseSecret", schemaPath: "#/properties/licenseSecret/type", keyword: "type", params: { type: schema20.properties.licenseSecret.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "key")) {
            const err5 = { instancePath: instancePath + "/licenseSecret", schemaPath: "#/properties/licenseSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string" && data3 !== null) {
            const err6 = { instancePath: instancePath + "/licenseSecret/name", schemaPath: "#/properties/licenseSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.key !== void 0) {
          let data4 = data2.key;
          if (typeof data4 !== "string" && data4 !== null) {
            const err7 = { instancePath: instancePath + "/licenseSecret/key", schemaPath: "#/properties/licenseSecret/properties/key/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.key.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.extraEnv !== void 0) {
      let data5 = data.extraEnv;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err8 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema20.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data6 = data.imagePullSecrets;
      if (!Array.isArray(data6) && data6 !== null) {
        const err9 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: schema20.properties.imagePullSecrets.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.mysql !== void 0) {
      let data7 = data.mysql;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err10 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/type", keyword: "type", params: { type: schema20.properties.mysql.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "host" || key2 === "port" || key2 === "database" || key2 === "user" || key2 === "password" || key2 === "caCert" || key2 === "passwordSecret")) {
            const err11 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data7.host !== void 0) {
          if (!validate16(data7.host, { instancePath: instancePath + "/mysql/host", parentData: data7, parentDataProperty: "host", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.port !== void 0) {
          if (!validate18(data7.port, { instancePath: instancePath + "/mysql/port", parentData: data7, parentDataProperty: "port", rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
        if (data7.database !== void 0) {
          if (!validate16(data7.database, { instancePath: instancePath + "/mysql/database", parentData: data7, parentDataProperty: "database", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.user !== void 0) {
          if (!validate16(data7.user, { instancePath: instancePath + "/mysql/user", parentData: data7, parentDataProperty: "user", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.password !== void 0) {
          if (!validate16(data7.password, { instancePath: instancePath + "/mysql/password", parentData: data7, parentDataProperty: "password", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.caCert !== void 0) {
          if (!validate16(data7.caCert, { instancePath: instancePath + "/mysql/caCert", parentData: data7, parentDataProperty: "caCert", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.passwordSecret !== void 0) {
          let data14 = data7.passwordSecret;
          if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
            const err12 = { instancePath: instancePath + "/mysql/passwordSecret", schemaPath: "#/properties/mysql/properties/passwordSecret/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key3 in data14) {
              if (!(key3 === "name" || key3 === "rootPasswordKey" || key3 === "passwordKey")) {
                const err13 = { instancePath: instancePath + "/mysql/passwordSecret", schemaPath: "#/properties/mysql/properties/passwordSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 !== "string" && data15 !== null) {
                const err14 = { instancePath: instancePath + "/mysql/passwordSecret/name", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data14.rootPasswordKey !== void 0) {
              let data16 = data14.rootPasswordKey;
              if (typeof data16 !== "string" && data16 !== null) {
                const err15 = { instancePath: instancePath + "/mysql/passwordSecret/rootPasswordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/rootPasswordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.rootPasswordKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data14.passwordKey !== void 0) {
              let data17 = data14.passwordKey;
              if (typeof data17 !== "string" && data17 !== null) {
                const err16 = { instancePath: instancePath + "/mysql/passwordSecret/passwordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/passwordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.passwordKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.email !== void 0) {
      let data18 = data.email;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err17 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: schema20.properties.email.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.smtp !== void 0) {
          let data19 = data18.smtp;
          if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
            const err18 = { instancePath: instancePath + "/email/smtp", schemaPath: "#/properties/email/properties/smtp/type", keyword: "type", params: { type: schema20.properties.email.properties.smtp.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key4 in data19) {
              if (!(key4 === "host" || key4 === "port" || key4 === "user" || key4 === "password" || key4 === "mailFrom")) {
                const err19 = { instancePath: instancePath + "/email/smtp", schemaPath: "#/properties/email/properties/smtp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data19.host !== void 0) {
              if (!validate16(data19.host, { instancePath: instancePath + "/email/smtp/host", parentData: data19, parentDataProperty: "host", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.port !== void 0) {
              if (!validate18(data19.port, { instancePath: instancePath + "/email/smtp/port", parentData: data19, parentDataProperty: "port", rootData })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
              }
            }
            if (data19.user !== void 0) {
              if (!validate16(data19.user, { instancePath: instancePath + "/email/smtp/user", parentData: data19, parentDataProperty: "user", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.password !== void 0) {
              if (!validate16(data19.password, { instancePath: instancePath + "/email/smtp/password", parentData: data19, parentDataProperty: "password", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.mailFrom !== void 0) {
              if (!validate16(data19.mailFrom, { instancePath: instancePath + "/email/smtp/mailFrom", parentData: data19, parentDataProperty: "mailFrom", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
          }
        }
      }
    }
    if (data.auth !== void 0) {
      let data25 = data.auth;
      if (!(data25 && typeof data25 == "object" && !Array.isArray(data25)) && data25 !== null) {
        const err20 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: schema20.properties.auth.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key5 in data25) {
          if (!(key5 === "sessionLengthHours" || key5 === "jwkUrl" || key5 === "oidc")) {
            const err21 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data25.sessionLengthHours !== void 0) {
          let data26 = data25.sessionLengthHours;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26)) && data26 !== null) {
            const err22 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/type", keyword: "type", params: { type: schema20.properties.auth.properties.sessionLengthHours.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err23 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data25.jwkUrl !== void 0) {
          let data27 = data25.jwkUrl;
          if (typeof data27 !== "string" && data27 !== null) {
            const err24 = { instancePath: instancePath + "/auth/jwkUrl", schemaPath: "#/properties/auth/properties/jwkUrl/type", keyword: "type", params: { type: schema20.properties.auth.properties.jwkUrl.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data25.oidc !== void 0) {
          let data28 = data25.oidc;
          if (!(data28 && typeof data28 == "object" && !Array.isArray(data28)) && data28 !== null) {
            const err25 = { instancePath: instancePath + "/auth/oidc", schemaPath: "#/properties/auth/properties/oidc/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (const key6 in data28) {
              if (!(key6 === "clientId" || key6 === "secret" || key6 === "authMethod" || key6 === "issuer" || key6 === "oidcSecret")) {
                const err26 = { instancePath: instancePath + "/auth/oidc", schemaPath: "#/properties/auth/properties/oidc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data28.clientId !== void 0) {
              let data29 = data28.clientId;
              if (typeof data29 !== "string" && data29 !== null) {
                const err27 = { instancePath: instancePath + "/auth/oidc/clientId", schemaPath: "#/properties/auth/properties/oidc/properties/clientId/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.clientId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data28.secret !== void 0) {
              let data30 = data28.secret;
              if (typeof data30 !== "string" && data30 !== null) {
                const err28 = { instancePath: instancePath + "/auth/oidc/secret", schemaPath: "#/properties/auth/properties/oidc/properties/secret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.secret.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data28.authMethod !== void 0) {
              let data31 = data28.authMethod;
              if (!(data31 === "" || data31 === "implicit" || data31 === "pkce" || data31 === null)) {
                const err29 = { instancePath: instancePath + "/auth/oidc/authMethod", schemaPath: "#/properties/auth/properties/oidc/properties/authMethod/enum", keyword: "enum", params: { allowedValues: schema20.properties.auth.properties.oidc.properties.authMethod.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data28.issuer !== void 0) {
              let data32 = data28.issuer;
              if (typeof data32 !== "string" && data32 !== null) {
                const err30 = { instancePath: instancePath + "/auth/oidc/issuer", schemaPath: "#/properties/auth/properties/oidc/properties/issuer/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.issuer.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data28.oidcSecret !== void 0) {
              let data33 = data28.oidcSecret;
              if (!(data33 && typeof data33 == "object" && !Array.isArray(data33)) && data33 !== null) {
                const err31 = { instancePath: instancePath + "/auth/oidc/oidcSecret", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key7 in data33) {
                  if (!(key7 === "name" || key7 === "secretKey")) {
                    const err32 = { instancePath: instancePath + "/auth/oidc/oidcSecret", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data33.name !== void 0) {
                  let data34 = data33.name;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err33 = { instancePath: instancePath + "/auth/oidc/oidcSecret/name", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.name.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data33.secretKey !== void 0) {
                  let data35 = data33.secretKey;
                  if (typeof data35 !== "string" && data35 !== null) {
                    const err34 = { instancePath: instancePath + "/auth/oidc/oidcSecret/secretKey", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.secretKey.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        }
      }
    }
    if (data.defaultBucket !== void 0) {
      let data36 = data.defaultBucket;
      if (!(data36 && typeof data36 == "object" && !Array.isArray(data36)) && data36 !== null) {
        const err35 = { instancePath: instancePath + "/defaultBucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        for (const key8 in data36) {
          if (!func2.call(schema25.properties, key8)) {
            const err36 = { instancePath: instancePath + "/defaultBucket", schemaPath: "#/definitions/bucket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data36.provider !== void 0) {
          let data37 = data36.provider;
          if (!(data37 === "s3" || data37 === "gcs" || data37 === "az" || data37 === "" || data37 === null)) {
            const err37 = { instancePath: instancePath + "/defaultBucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data36.name !== void 0) {
          let data38 = data36.name;
          if (typeof data38 !== "string" && data38 !== null) {
            const err38 = { instancePath: instancePath + "/defaultBucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data36.path !== void 0) {
          let data39 = data36.path;
          if (typeof data39 !== "string" && data39 !== null) {
            const err39 = { instancePath: instancePath + "/defaultBucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data36.region !== void 0) {
          let data40 = data36.region;
          if (typeof data40 !== "string" && data40 !== null) {
            const err40 = { instancePath: instancePath + "/defaultBucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data36.kmsKey !== void 0) {
          let data41 = data36.kmsKey;
          if (typeof data41 !== "string" && data41 !== null) {
            const err41 = { instancePath: instancePath + "/defaultBucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data36.accessKey !== void 0) {
          let data42 = data36.accessKey;
          if (typeof data42 !== "string" && data42 !== null) {
            const err42 = { instancePath: instancePath + "/defaultBucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data36.secretKey !== void 0) {
          let data43 = data36.secretKey;
          if (typeof data43 !== "string" && data43 !== null) {
            const err43 = { instancePath: instancePath + "/defaultBucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data36.azureTenantId !== void 0) {
          let data44 = data36.azureTenantId;
          if (typeof data44 !== "string" && data44 !== null) {
            const err44 = { instancePath: instancePath + "/defaultBucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data36.azureClientId !== void 0) {
          let data45 = data36.azureClientId;
          if (typeof data45 !== "string" && data45 !== null) {
            const err45 = { instancePath: instancePath + "/defaultBucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data36.secret !== void 0) {
          let data46 = data36.secret;
          if (!(data46 && typeof data46 == "object" && !Array.isArray(data46)) && data46 !== null) {
            const err46 = { instancePath: instancePath + "/defaultBucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            for (const key9 in data46) {
              if (!(key9 === "secretName" || key9 === "accessKeyName" || key9 === "secretKeyName")) {
                const err47 = { instancePath: instancePath + "/defaultBucket/secret", schemaPath: "#/definitions/bucket/properties/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data46.secretName !== void 0) {
              let data47 = data46.secretName;
              if (typeof data47 !== "string" && data47 !== null) {
                const err48 = { instancePath: instancePath + "/defaultBucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data46.accessKeyName !== void 0) {
              let data48 = data46.accessKeyName;
              if (typeof data48 !== "string" && data48 !== null) {
                const err49 = { instancePath: instancePath + "/defaultBucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data46.secretKeyName !== void 0) {
              let data49 = data46.secretKeyName;
              if (typeof data49 !== "string" && data49 !== null) {
                const err50 = { instancePath: instancePath + "/defaultBucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.bucket !== void 0) {
      let data50 = data.bucket;
      if (!(data50 && typeof data50 == "object" && !Array.isArray(data50)) && data50 !== null) {
        const err51 = { instancePath: instancePath + "/bucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        for (const key10 in data50) {
          if (!func2.call(schema25.properties, key10)) {
            const err52 = { instancePath: instancePath + "/bucket", schemaPath: "#/definitions/bucket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data50.provider !== void 0) {
          let data51 = data50.provider;
          if (!(data51 === "s3" || data51 === "gcs" || data51 === "az" || data51 === "" || data51 === null)) {
            const err53 = { instancePath: instancePath + "/bucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data50.name !== void 0) {
          let data52 = data50.name;
          if (typeof data52 !== "string" && data52 !== null) {
            const err54 = { instancePath: instancePath + "/bucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data50.path !== void 0) {
          let data53 = data50.path;
          if (typeof data53 !== "string" && data53 !== null) {
            const err55 = { instancePath: instancePath + "/bucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data50.region !== void 0) {
          let data54 = data50.region;
          if (typeof data54 !== "string" && data54 !== null) {
            const err56 = { instancePath: instancePath + "/bucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data50.kmsKey !== void 0) {
          let data55 = data50.kmsKey;
          if (typeof data55 !== "string" && data55 !== null) {
            const err57 = { instancePath: instancePath + "/bucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data50.accessKey !== void 0) {
          let data56 = data50.accessKey;
          if (typeof data56 !== "string" && data56 !== null) {
            const err58 = { instancePath: instancePath + "/bucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data50.secretKey !== void 0) {
          let data57 = data50.secretKey;
          if (typeof data57 !== "string" && data57 !== null) {
            const err59 = { instancePath: instancePath + "/bucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data50.azureTenantId !== void 0) {
          let data58 = data50.azureTenantId;
          if (typeof data58 !== "string" && data58 !== null) {
            const err60 = { instancePath: instancePath + "/bucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data50.azureClientId !== void 0) {
          let data59 = data50.azureClientId;
          if (typeof data59 !== "string" && data59 !== null) {
            const err61 = { instancePath: instancePath + "/bucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data50.secret !== void 0) {
          let data60 = data50.secret;
          if (!(data60 && typeof data60 == "object" && !Array.isArray(data60)) && data60 !== null) {
            const err62 = { instancePath: instancePath + "/bucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            for (const key11 in data60) {
              if (!(key11 === "secretName" || key11 === "accessKeyName" || key11 === "secretKeyName")) {
                const err63 = { instancePath: instancePath + "/bucket/secret", schemaPath: "#/definitions/bucket/properties/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data60.secretName !== void 0) {
              let data61 = data60.secretName;
              if (typeof data61 !== "string" && data61 !== null) {
                const err64 = { instancePath: instancePath + "/bucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data60.accessKeyName !== void 0) {
              let data62 = data60.accessKeyName;
              if (typeof data62 !== "string" && data62 !== null) {
                const err65 = { instancePath: instancePath + "/bucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data60.secretKeyName !== void 0) {
              let data63 = data60.secretKeyName;
              if (typeof data63 !== "string" && data63 !== null) {
                const err66 = { instancePath: instancePath + "/bucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.redis !== void 0) {
      let data64 = data.redis;
      if (!(data64 && typeof data64 == "object" && !Array.isArray(data64)) && data64 !== null) {
        const err67 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/type", keyword: "type", params: { type: schema20.properties.redis.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (const key12 in data64) {
          if (!(key12 === "host" || key12 === "port" || key12 === "password" || key12 === "external" || key12 === "parameters" || key12 === "params" || key12 === "caCert" || key12 === "secret")) {
            const err68 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data64.host !== void 0) {
          let data65 = data64.host;
          if (typeof data65 !== "string" && data65 !== null) {
            const err69 = { instancePath: instancePath + "/redis/host", schemaPath: "#/properties/redis/properties/host/type", keyword: "type", params: { type: schema20.properties.redis.properties.host.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data64.port !== void 0) {
          if (!validate18(data64.port, { instancePath: instancePath + "/redis/port", parentData: data64, parentDataProperty: "port", rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
        if (data64.password !== void 0) {
          let data67 = data64.password;
          if (typeof data67 !== "string" && data67 !== null) {
            const err70 = { instancePath: instancePath + "/redis/password", schemaPath: "#/properties/redis/properties/password/type", keyword: "type", params: { type: schema20.properties.redis.properties.password.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data64.external !== void 0) {
          let data68 = data64.external;
          if (typeof data68 !== "boolean" && data68 !== null) {
            const err71 = { instancePath: instancePath + "/redis/external", schemaPath: "#/properties/redis/properties/external/type", keyword: "type", params: { type: schema20.properties.redis.properties.external.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data64.caCert !== void 0) {
          let data69 = data64.caCert;
          if (typeof data69 !== "string" && data69 !== null) {
            const err72 = { instancePath: instancePath + "/redis/caCert", schemaPath: "#/properties/redis/properties/caCert/type", keyword: "type", params: { type: schema20.properties.redis.properties.caCert.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data64.secret !== void 0) {
          let data70 = data64.secret;
          if (!(data70 && typeof data70 == "object" && !Array.isArray(data70)) && data70 !== null) {
            const err73 = { instancePath: instancePath + "/redis/secret", schemaPath: "#/properties/redis/properties/secret/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            for (const key13 in data70) {
              if (!(key13 === "secretName" || key13 === "secretKey")) {
                const err74 = { instancePath: instancePath + "/redis/secret", schemaPath: "#/properties/redis/properties/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data70.secretName !== void 0) {
              let data71 = data70.secretName;
              if (typeof data71 !== "string" && data71 !== null) {
                const err75 = { instancePath: instancePath + "/redis/secret/secretName", schemaPath: "#/properties/redis/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data70.secretKey !== void 0) {
              let data72 = data70.secretKey;
              if (typeof data72 !== "string" && data72 !== null) {
                const err76 = { instancePath: instancePath + "/redis/secret/secretKey", schemaPath: "#/properties/redis/properties/secret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.customCACerts !== void 0) {
      let data73 = data.customCACerts;
      if (!Array.isArray(data73) && data73 !== null) {
        const err77 = { instancePath: instancePath + "/customCACerts", schemaPath: "#/properties/customCACerts/type", keyword: "type", params: { type: schema20.properties.customCACerts.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (Array.isArray(data73)) {
        const len0 = data73.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data73[i0] !== "string") {
            const err78 = { instancePath: instancePath + "/customCACerts/" + i0, schemaPath: "#/properties/customCACerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
      }
    }
    if (data.caCertsConfigMap !== void 0) {
      let data75 = data.caCertsConfigMap;
      const _errs153 = errors;
      let valid19 = false;
      const _errs154 = errors;
      if (typeof data75 === "string") {
        if (func3(data75) > 253) {
          const err79 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        if (!pattern2.test(data75)) {
          const err80 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      } else {
        const err81 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
      var _valid0 = _errs154 === errors;
      valid19 = valid19 || _valid0;
      if (!valid19) {
        const _errs157 = errors;
        if ("" !== data75) {
          const err82 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/1/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        var _valid0 = _errs157 === errors;
        valid19 = valid19 || _valid0;
        if (!valid19) {
          const _errs158 = errors;
          if (data75 !== null) {
            const err83 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
          var _valid0 = _errs158 === errors;
          valid19 = valid19 || _valid0;
        }
      }
      if (!valid19) {
        const err84 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      } else {
        errors = _errs153;
        if (vErrors !== null) {
          if (_errs153) {
            vErrors.length = _errs153;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema28 = { "type": ["object", "null"], "additionalProperties": false, "properties": { "install": { "type": ["boolean", "null"] }, "create": { "type": ["boolean", "null"] }, "nameOverride": {}, "defaultBackend": {}, "annotations": { "$ref": "#/definitions/stringMap" }, "labels": { "$ref": "#/definitions/stringMap" }, "tls": { "$ref": "#/definitions/ingressTls" }, "additionalHosts": {}, "class": { "type": ["string", "null"] }, "issuer": {}, "secondary": { "type": ["object", "null"], "properties": { "tls": { "$ref": "#/definitions/ingressTls" } } }, "enabled": {} } };
var schema31 = { "type": ["array", "null"], "items": { "type": "object", "required": ["secretName", "hosts"], "properties": { "secretName": { "type": "string", "minLength": 1 }, "hosts": { "type": "array", "minItems": 1, "items": { "type": "string" } } }, "x-fix": "Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`." } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema28.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema28.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.install !== void 0) {
      let data0 = data.install;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err2 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema28.properties.install.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.create !== void 0) {
      let data1 = data.create;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/create", schemaPath: "#/properties/create/type", keyword: "type", params: { type: schema28.properties.create.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err4 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err5 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err6 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (typeof data5 !== "string" && data5 !== null) {
            const err7 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
    if (data.tls !== void 0) {
      let data6 = data.tls;
      if (!Array.isArray(data6) && data6 !== null) {
        const err8 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema31.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.secretName === void 0) {
              const err9 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data7.hosts === void 0) {
              const err10 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data7.secretName !== void 0) {
              let data8 = data7.secretName;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err11 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data7.hosts !== void 0) {
              let data9 = data7.hosts;
              if (Array.isArray(data9)) {
                if (data9.length < 1) {
                  const err13 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data9[i1] !== "string") {
                    const err14 = { instancePath: instancePath + "/tls/" + i0 + "/hosts/" + i1, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
              } else {
                const err15 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    }
    if (data.class !== void 0) {
      let data11 = data.class;
      if (typeof data11 !== "string" && data11 !== null) {
        const err17 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/type", keyword: "type", params: { type: schema28.properties.class.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.secondary !== void 0) {
      let data12 = data.secondary;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err18 = { instancePath: instancePath + "/secondary", schemaPath: "#/properties/secondary/type", keyword: "type", params: { type: schema28.properties.secondary.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.tls !== void 0) {
          let data13 = data12.tls;
          if (!Array.isArray(data13) && data13 !== null) {
            const err19 = { instancePath: instancePath + "/secondary/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema31.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (Array.isArray(data13)) {
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.secretName === void 0) {
                  const err20 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data14.hosts === void 0) {
                  const err21 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data14.secretName !== void 0) {
                  let data15 = data14.secretName;
                  if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                      const err22 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  } else {
                    const err23 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data14.hosts !== void 0) {
                  let data16 = data14.hosts;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err24 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    const len3 = data16.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data16[i3] !== "string") {
                        const err25 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts/" + i3, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err25];
                        } else {
                          vErrors.push(err25);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          }
        }
      }
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": ["object", "null"], "properties": { "install": { "type": ["boolean", "null"], "x-message": "`{path}` must be true or false", "x-fix": "Write `install: true` or `install: false` without quotes." }, "pod": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "container": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (the operator chart's extraEnv is a list; this one is not)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`.' } } };
var schema34 = { "type": ["object", "null"], "properties": { "runAsGroup": { "const": 0, "x-message": "`{path}` may only be 0 (the reference: any other value is an error)", "x-fix": "Set `runAsGroup: 0` or remove it." } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema33.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.install !== void 0) {
      let data0 = data.install;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema33.properties.install.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pod !== void 0) {
      let data1 = data.pod;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/type", keyword: "type", params: { type: schema33.properties.pod.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.securityContext !== void 0) {
          let data2 = data1.securityContext;
          if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
            const err3 = { instancePath: instancePath + "/pod/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema34.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.runAsGroup !== void 0) {
              if (0 !== data2.runAsGroup) {
                const err4 = { instancePath: instancePath + "/pod/securityContext/runAsGroup", schemaPath: "#/definitions/securityContext/properties/runAsGroup/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.container !== void 0) {
      let data4 = data.container;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: schema33.properties.container.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.securityContext !== void 0) {
          let data5 = data4.securityContext;
          if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
            const err6 = { instancePath: instancePath + "/container/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema34.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.runAsGroup !== void 0) {
              if (0 !== data5.runAsGroup) {
                const err7 = { instancePath: instancePath + "/container/securityContext/runAsGroup", schemaPath: "#/definitions/securityContext/properties/runAsGroup/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.extraEnv !== void 0) {
      let data7 = data.extraEnv;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err8 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema33.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema19.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.global !== void 0) {
      if (!validate15(data.global, { instancePath: instancePath + "/global", parentData: data, parentDataProperty: "global", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress !== void 0) {
      if (!validate31(data.ingress, { instancePath: instancePath + "/ingress", parentData: data, parentDataProperty: "ingress", rootData })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.reconcileFrequency !== void 0) {
      if (typeof data.reconcileFrequency !== "string") {
        const err1 = { instancePath: instancePath + "/reconcileFrequency", schemaPath: "#/properties/reconcileFrequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data._releaseId !== void 0) {
      if (typeof data._releaseId !== "string") {
        const err2 = { instancePath: instancePath + "/_releaseId", schemaPath: "#/properties/_releaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.api !== void 0) {
      if (!validate33(data.api, { instancePath: instancePath + "/api", parentData: data, parentDataProperty: "api", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.app !== void 0) {
      if (!validate33(data.app, { instancePath: instancePath + "/app", parentData: data, parentDataProperty: "app", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePreHook !== void 0) {
      if (!validate33(data.appRenamePreHook, { instancePath: instancePath + "/appRenamePreHook", parentData: data, parentDataProperty: "appRenamePreHook", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePostHook !== void 0) {
      if (!validate33(data.appRenamePostHook, { instancePath: instancePath + "/appRenamePostHook", parentData: data, parentDataProperty: "appRenamePostHook", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.console !== void 0) {
      if (!validate33(data.console, { instancePath: instancePath + "/console", parentData: data, parentDataProperty: "console", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.executor !== void 0) {
      if (!validate33(data.executor, { instancePath: instancePath + "/executor", parentData: data, parentDataProperty: "executor", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.filemeta !== void 0) {
      if (!validate33(data.filemeta, { instancePath: instancePath + "/filemeta", parentData: data, parentDataProperty: "filemeta", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.anaconda2 !== void 0) {
      if (!validate33(data.anaconda2, { instancePath: instancePath + "/anaconda2", parentData: data, parentDataProperty: "anaconda2", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.filestream !== void 0) {
      if (!validate33(data.filestream, { instancePath: instancePath + "/filestream", parentData: data, parentDataProperty: "filestream", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["flat-run-fields-updater"] !== void 0) {
      if (!validate33(data["flat-run-fields-updater"], { instancePath: instancePath + "/flat-run-fields-updater", parentData: data, parentDataProperty: "flat-run-fields-updater", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-updater"] !== void 0) {
      if (!validate33(data["history-updater"], { instancePath: instancePath + "/history-updater", parentData: data, parentDataProperty: "history-updater", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-reader"] !== void 0) {
      if (!validate33(data["history-reader"], { instancePath: instancePath + "/history-reader", parentData: data, parentDataProperty: "history-reader", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.frontend !== void 0) {
      if (!validate33(data.frontend, { instancePath: instancePath + "/frontend", parentData: data, parentDataProperty: "frontend", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.glue !== void 0) {
      if (!validate33(data.glue, { instancePath: instancePath + "/glue", parentData: data, parentDataProperty: "glue", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.internalSignerPreHook !== void 0) {
      if (!validate33(data.internalSignerPreHook, { instancePath: instancePath + "/internalSignerPreHook", parentData: data, parentDataProperty: "internalSignerPreHook", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["metric-observer"] !== void 0) {
      if (!validate33(data["metric-observer"], { instancePath: instancePath + "/metric-observer", parentData: data, parentDataProperty: "metric-observer", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.parquet !== void 0) {
      if (!validate33(data.parquet, { instancePath: instancePath + "/parquet", parentData: data, parentDataProperty: "parquet", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["parquet-metadata-cache"] !== void 0) {
      if (!validate33(data["parquet-metadata-cache"], { instancePath: instancePath + "/parquet-metadata-cache", parentData: data, parentDataProperty: "parquet-metadata-cache", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.settingsMigrationJob !== void 0) {
      if (!validate33(data.settingsMigrationJob, { instancePath: instancePath + "/settingsMigrationJob", parentData: data, parentDataProperty: "settingsMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouseMigrationJob !== void 0) {
      if (!validate33(data.clickhouseMigrationJob, { instancePath: instancePath + "/clickhouseMigrationJob", parentData: data, parentDataProperty: "clickhouseMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.weave !== void 0) {
      if (!validate33(data.weave, { instancePath: instancePath + "/weave", parentData: data, parentDataProperty: "weave", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["mcp-server"] !== void 0) {
      if (!validate33(data["mcp-server"], { instancePath: instancePath + "/mcp-server", parentData: data, parentDataProperty: "mcp-server", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace"] !== void 0) {
      if (!validate33(data["weave-trace"], { instancePath: instancePath + "/weave-trace", parentData: data, parentDataProperty: "weave-trace", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-worker"] !== void 0) {
      if (!validate33(data["weave-trace-worker"], { instancePath: instancePath + "/weave-trace-worker", parentData: data, parentDataProperty: "weave-trace-worker", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-evaluate-model-worker"] !== void 0) {
      if (!validate33(data["weave-evaluate-model-worker"], { instancePath: instancePath + "/weave-evaluate-model-worker", parentData: data, parentDataProperty: "weave-evaluate-model-worker", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-agent-scoring-worker"] !== void 0) {
      if (!validate33(data["weave-trace-agent-scoring-worker"], { instancePath: instancePath + "/weave-trace-agent-scoring-worker", parentData: data, parentDataProperty: "weave-trace-agent-scoring-worker", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.nginx !== void 0) {
      if (!validate33(data.nginx, { instancePath: instancePath + "/nginx", parentData: data, parentDataProperty: "nginx", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.mysql !== void 0) {
      if (!validate33(data.mysql, { instancePath: instancePath + "/mysql", parentData: data, parentDataProperty: "mysql", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.yace !== void 0) {
      if (!validate33(data.yace, { instancePath: instancePath + "/yace", parentData: data, parentDataProperty: "yace", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.redis !== void 0) {
      if (!validate33(data.redis, { instancePath: instancePath + "/redis", parentData: data, parentDataProperty: "redis", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheus !== void 0) {
      if (!validate33(data.prometheus, { instancePath: instancePath + "/prometheus", parentData: data, parentDataProperty: "prometheus", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== void 0) {
      if (!validate33(data.stackdriver, { instancePath: instancePath + "/stackdriver", parentData: data, parentDataProperty: "stackdriver", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.otel !== void 0) {
      if (!validate33(data.otel, { instancePath: instancePath + "/otel", parentData: data, parentDataProperty: "otel", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.kafka !== void 0) {
      if (!validate33(data.kafka, { instancePath: instancePath + "/kafka", parentData: data, parentDataProperty: "kafka", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.etcd !== void 0) {
      if (!validate33(data.etcd, { instancePath: instancePath + "/etcd", parentData: data, parentDataProperty: "etcd", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufstream !== void 0) {
      if (!validate33(data.bufstream, { instancePath: instancePath + "/bufstream", parentData: data, parentDataProperty: "bufstream", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data["lumen-agent"] !== void 0) {
      if (!validate33(data["lumen-agent"], { instancePath: instancePath + "/lumen-agent", parentData: data, parentDataProperty: "lumen-agent", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.reloader !== void 0) {
      if (!validate33(data.reloader, { instancePath: instancePath + "/reloader", parentData: data, parentDataProperty: "reloader", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouse !== void 0) {
      if (!validate33(data.clickhouse, { instancePath: instancePath + "/clickhouse", parentData: data, parentDataProperty: "clickhouse", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "chart" || key0 === "values")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.chart !== void 0) {
      let data0 = data.chart;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!func2.call(schema18.properties, key1)) {
            const err1 = { instancePath: instancePath + "/chart", schemaPath: "#/definitions/chart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          if (typeof data0.path !== "string") {
            const err2 = { instancePath: instancePath + "/chart/path", schemaPath: "#/definitions/chart/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          if (typeof data0.url !== "string") {
            const err3 = { instancePath: instancePath + "/chart/url", schemaPath: "#/definitions/chart/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          if (typeof data0.name !== "string") {
            const err4 = { instancePath: instancePath + "/chart/name", schemaPath: "#/definitions/chart/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data4 = data0.version;
          if (typeof data4 !== "string" && data4 !== null) {
            const err5 = { instancePath: instancePath + "/chart/version", schemaPath: "#/definitions/chart/properties/version/type", keyword: "type", params: { type: schema18.properties.version.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.repoName !== void 0) {
          if (typeof data0.repoName !== "string") {
            const err6 = { instancePath: instancePath + "/chart/repoName", schemaPath: "#/definitions/chart/properties/repoName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.username !== void 0) {
          if (typeof data0.username !== "string") {
            const err7 = { instancePath: instancePath + "/chart/username", schemaPath: "#/definitions/chart/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.password !== void 0) {
          if (typeof data0.password !== "string") {
            const err8 = { instancePath: instancePath + "/chart/password", schemaPath: "#/definitions/chart/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.credentialSecret !== void 0) {
          let data8 = data0.credentialSecret;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === void 0) {
              const err9 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "name" || key2 === "usernameKey" || key2 === "passwordKey")) {
                const err10 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err11 = { instancePath: instancePath + "/chart/credentialSecret/name", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/chart/credentialSecret/name", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.usernameKey !== void 0) {
              if (typeof data8.usernameKey !== "string") {
                const err13 = { instancePath: instancePath + "/chart/credentialSecret/usernameKey", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/usernameKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data8.passwordKey !== void 0) {
              if (typeof data8.passwordKey !== "string") {
                const err14 = { instancePath: instancePath + "/chart/credentialSecret/passwordKey", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/passwordKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.plainHTTP !== void 0) {
          if (typeof data0.plainHTTP !== "boolean") {
            const err16 = { instancePath: instancePath + "/chart/plainHTTP", schemaPath: "#/definitions/chart/properties/plainHTTP/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.debug !== void 0) {
          if (typeof data0.debug !== "boolean") {
            const err17 = { instancePath: instancePath + "/chart/debug", schemaPath: "#/definitions/chart/properties/debug/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/chart", schemaPath: "#/definitions/chart/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      if (!validate14(data.values, { instancePath: instancePath + "/values", parentData: data, parentDataProperty: "values", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("apps.wandb.com/v1" !== data.apiVersion) {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "apps.wandb.com/v1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("WeightsAndBiases" !== data.kind) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "WeightsAndBiases" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate11(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate13(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// schema/wandb-cr.schema.json
var wandb_cr_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "WeightsAndBiases custom resource (apps.wandb.com/v1) for the W&B Kubernetes operator",
  description: "Structure, types and key sets of the WeightsAndBiases resource and the operator-wandb values it carries. Cross-field rules (chart shapes, bucket keys, external MySQL/Redis, CA certificates) live beside the validator in src/config/rules.ts. x-message / x-fix / x-severity are read by the validator; editors ignore them.",
  type: "object",
  additionalProperties: false,
  properties: {
    apiVersion: {
      const: "apps.wandb.com/v1",
      "x-message": "apiVersion must be `apps.wandb.com/v1` (the version the v1 operator serves)",
      "x-fix": "Set `apiVersion: apps.wandb.com/v1`."
    },
    kind: {
      const: "WeightsAndBiases",
      "x-message": "kind must be `WeightsAndBiases`",
      "x-fix": "Set `kind: WeightsAndBiases`."
    },
    metadata: {
      $ref: "#/definitions/metadata"
    },
    spec: {
      $ref: "#/definitions/spec"
    },
    status: {
      type: "object"
    }
  },
  definitions: {
    dns1123Label: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
    },
    dns1123Subdomain: {
      type: "string",
      maxLength: 253,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
    },
    stringMap: {
      type: ["object", "null"],
      additionalProperties: {
        type: ["string", "null"]
      },
      "x-message": "`{path}` must be a map of strings",
      "x-fix": 'Quote the values, e.g. `key: "value"`.'
    },
    valueFrom: {
      type: "object",
      required: ["valueFrom"],
      properties: {
        valueFrom: {
          type: "object"
        }
      }
    },
    stringOrValueFrom: {
      anyOf: [
        {
          type: ["string", "null"]
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      "x-message": "`{path}` must be a string or `{valueFrom: {secretKeyRef: {name, key}}}`",
      "x-fix": "Write a plain string, or point at a Secret with valueFrom.secretKeyRef."
    },
    port: {
      anyOf: [
        {
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      "x-message": "`{path}` must be a port number, an integer from 1 to 65535",
      "x-fix": "Write the port without quotes, e.g. `port: 3306`."
    },
    securityContext: {
      type: ["object", "null"],
      properties: {
        runAsGroup: {
          const: 0,
          "x-message": "`{path}` may only be 0 (the reference: any other value is an error)",
          "x-fix": "Set `runAsGroup: 0` or remove it."
        }
      }
    },
    component: {
      type: ["object", "null"],
      properties: {
        install: {
          type: ["boolean", "null"],
          "x-message": "`{path}` must be true or false",
          "x-fix": "Write `install: true` or `install: false` without quotes."
        },
        pod: {
          type: ["object", "null"],
          properties: {
            securityContext: {
              $ref: "#/definitions/securityContext"
            }
          }
        },
        container: {
          type: ["object", "null"],
          properties: {
            securityContext: {
              $ref: "#/definitions/securityContext"
            }
          }
        },
        extraEnv: {
          type: ["object", "null"],
          "x-message": "`{path}` must be a map NAME: value in operator-wandb (the operator chart's extraEnv is a list; this one is not)",
          "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`.'
        }
      }
    },
    metadata: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          allOf: [
            {
              $ref: "#/definitions/dns1123Label"
            },
            {
              maxLength: 53
            }
          ],
          "x-message": "metadata.name `{value}` is not a valid Helm release name (the operator installs the chart under this name): lowercase letters, digits and '-', starting and ending with a letter or digit, at most 53 characters",
          "x-fix": "Use a name like `wandb`.",
          description: "The Helm release name the operator installs under: a DNS-1123 label of at most 53 characters."
        },
        namespace: {
          $ref: "#/definitions/dns1123Label",
          "x-message": "metadata.namespace `{value}` is not a valid namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
          "x-fix": "Use a namespace like `wandb`."
        },
        labels: {
          $ref: "#/definitions/stringMap"
        },
        annotations: {
          $ref: "#/definitions/stringMap"
        },
        generateName: {
          type: "string"
        },
        uid: {
          type: "string"
        },
        resourceVersion: {
          type: "string"
        },
        generation: {
          type: "integer"
        },
        creationTimestamp: {},
        deletionTimestamp: {},
        deletionGracePeriodSeconds: {},
        finalizers: {
          type: "array"
        },
        ownerReferences: {
          type: "array"
        },
        managedFields: {
          type: "array"
        },
        selfLink: {
          type: "string"
        }
      }
    },
    spec: {
      type: "object",
      additionalProperties: false,
      "x-fix": "`spec` takes `chart` (where the operator gets the operator-wandb chart) and `values` (its Helm values).",
      properties: {
        chart: {
          $ref: "#/definitions/chart",
          description: "Where the operator gets the operator-wandb chart. Absent: from the release channel (deploy.wandb.ai)."
        },
        values: {
          $ref: "#/definitions/values",
          description: "Helm values for the operator-wandb chart."
        }
      }
    },
    chart: {
      type: "object",
      additionalProperties: false,
      description: "One of: {path} (local chart), {url: oci://..., version} (OCI, operator >= v1.22.0), {url: https://..., name, version} (Helm repository).",
      properties: {
        path: {
          type: "string"
        },
        url: {
          type: "string"
        },
        name: {
          type: "string"
        },
        version: {
          type: ["string", "null"],
          "x-message": "`{path}` must be a string",
          "x-fix": 'Quote the version, e.g. `version: "0.43.8"`.'
        },
        repoName: {
          type: "string"
        },
        username: {
          type: "string"
        },
        password: {
          type: "string"
        },
        credentialSecret: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: {
            name: {
              type: "string",
              minLength: 1
            },
            usernameKey: {
              type: "string"
            },
            passwordKey: {
              type: "string"
            }
          },
          "x-fix": "Name the Secret holding the registry credentials: `credentialSecret: {name: helm-creds}` (keys HELM_USERNAME/HELM_PASSWORD by default)."
        },
        plainHTTP: {
          type: "boolean"
        },
        debug: {
          type: "boolean"
        }
      }
    },
    bucket: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        provider: {
          enum: ["s3", "gcs", "az", "", null],
          "x-severity": "warning",
          "x-message": "`{path}` `{value}` is not a provider the reference documents (s3, gcs, az; S3-compatible stores such as MinIO or Ceph use s3)",
          "x-fix": "Use `provider: s3`, `gcs` or `az`."
        },
        name: {
          type: ["string", "null"]
        },
        path: {
          type: ["string", "null"]
        },
        region: {
          type: ["string", "null"]
        },
        kmsKey: {
          type: ["string", "null"]
        },
        accessKey: {
          type: ["string", "null"]
        },
        secretKey: {
          type: ["string", "null"]
        },
        azureTenantId: {
          type: ["string", "null"]
        },
        azureClientId: {
          type: ["string", "null"]
        },
        secret: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            secretName: {
              type: ["string", "null"]
            },
            accessKeyName: {
              type: ["string", "null"]
            },
            secretKeyName: {
              type: ["string", "null"]
            }
          }
        }
      }
    },
    global: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        host: {
          type: "string",
          "x-message": "`{path}` must be a URL string like https://wandb.example.com",
          "x-fix": "Set `host: https://wandb.example.com` (scheme and host name, no path).",
          description: "The address users open: scheme and host name (and port), no path. Example: https://wandb.example.com"
        },
        repositoryPrefix: {},
        imageRegistry: {},
        license: {
          type: ["string", "null"],
          description: "The W&B license, inline. Prefer licenseSecret."
        },
        licenseCertPath: {},
        licenseSecret: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            name: {
              type: ["string", "null"]
            },
            key: {
              type: ["string", "null"]
            }
          },
          "x-fix": "Give both the Secret's name and the key holding the license: `licenseSecret: {name: license-secret, key: license}` (the operator needs both).",
          description: "The Secret (name) and key holding the license; the operator needs both."
        },
        signerKeyPath: {},
        cloudProvider: {},
        storageClass: {},
        lumen: {},
        banners: {},
        common: {},
        pod: {},
        deployment: {},
        daemonset: {},
        statefulset: {},
        service: {},
        nodeSelector: {},
        tolerations: {},
        priorityClassName: {},
        extraEnvFrom: {},
        extraEnv: {
          type: ["object", "null"],
          "x-message": "`{path}` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)",
          "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.',
          description: "Extra environment variables for every W&B component, as a map NAME: value."
        },
        volumesTpls: {},
        volumeMountsTpls: {},
        operator: {},
        imagePullSecrets: {
          type: ["array", "null"]
        },
        mysql: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            host: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            port: {
              $ref: "#/definitions/port"
            },
            database: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            user: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            password: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            caCert: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            passwordSecret: {
              type: ["object", "null"],
              additionalProperties: false,
              properties: {
                name: {
                  type: ["string", "null"]
                },
                rootPasswordKey: {
                  type: ["string", "null"]
                },
                passwordKey: {
                  type: ["string", "null"]
                }
              }
            }
          },
          description: "External MySQL (used unless mysql.install: true)."
        },
        size: {},
        slack: {},
        otel: {},
        clickhouse: {},
        olap: {},
        activityStore: {},
        email: {
          type: ["object", "null"],
          properties: {
            smtp: {
              type: ["object", "null"],
              additionalProperties: false,
              properties: {
                host: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                port: {
                  $ref: "#/definitions/port"
                },
                user: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                password: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                mailFrom: {
                  $ref: "#/definitions/stringOrValueFrom"
                }
              }
            }
          },
          description: "SMTP server for e-mail."
        },
        auth: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            sessionLengthHours: {
              type: ["integer", "null"],
              minimum: 1,
              "x-message": "`{path}` must be a whole number of hours",
              "x-fix": "E.g. `sessionLengthHours: 720`."
            },
            jwkUrl: {
              type: ["string", "null"]
            },
            oidc: {
              type: ["object", "null"],
              additionalProperties: false,
              properties: {
                clientId: {
                  type: ["string", "null"]
                },
                secret: {
                  type: ["string", "null"]
                },
                authMethod: {
                  enum: ["", "implicit", "pkce", null],
                  "x-message": "`{path}` `{value}` is not an OIDC auth method W&B supports (implicit, pkce; empty for the default)",
                  "x-fix": "Use `authMethod: implicit` or `authMethod: pkce`, or leave it out."
                },
                issuer: {
                  type: ["string", "null"]
                },
                oidcSecret: {
                  type: ["object", "null"],
                  additionalProperties: false,
                  properties: {
                    name: {
                      type: ["string", "null"]
                    },
                    secretKey: {
                      type: ["string", "null"]
                    }
                  }
                }
              }
            }
          },
          description: "Session length and OIDC single sign-on."
        },
        azureStorageIdentity: {},
        defaultBucket: {
          $ref: "#/definitions/bucket",
          description: "Object storage used by default; the console can override it."
        },
        bucket: {
          $ref: "#/definitions/bucket",
          description: "Object storage used for all files; not overridable in the console. Without name, the chart uses defaultBucket."
        },
        redis: {
          type: ["object", "null"],
          additionalProperties: false,
          properties: {
            host: {
              type: ["string", "null"]
            },
            port: {
              $ref: "#/definitions/port"
            },
            password: {
              type: ["string", "null"]
            },
            external: {
              type: ["boolean", "null"]
            },
            parameters: {},
            params: {},
            caCert: {
              type: ["string", "null"]
            },
            secret: {
              type: ["object", "null"],
              additionalProperties: false,
              properties: {
                secretName: {
                  type: ["string", "null"]
                },
                secretKey: {
                  type: ["string", "null"]
                }
              }
            }
          },
          description: "External Redis; set redis.install: false beside global when you use it."
        },
        bigtable: {},
        historyStore: {},
        pubSub: {},
        kafka: {},
        customCACerts: {
          type: ["array", "null"],
          items: {
            type: "string",
            "x-message": "`{path}` must be a PEM certificate as a string",
            "x-fix": "Write the certificate as a block string: `- |` followed by the PEM lines."
          },
          "x-message": "`{path}` must be a list of PEM certificates (the map form `{name.crt: PEM}` from some docs is not read by the chart)",
          "x-fix": "Write each certificate as its own list item: `customCACerts: [ |-PEM ]`, or put them in a ConfigMap and set caCertsConfigMap.",
          description: "CA certificates in PEM form, one certificate per list item."
        },
        caCertsConfigMap: {
          anyOf: [
            {
              $ref: "#/definitions/dns1123Subdomain"
            },
            {
              const: ""
            },
            {
              type: "null"
            }
          ],
          "x-message": "`{path}` `{value}` is not a valid ConfigMap name: lowercase letters, digits, '-' and '.', at most 253 characters",
          "x-fix": "Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.",
          description: "Name of a ConfigMap holding CA certificates; each key must end in .crt."
        },
        "weave-trace": {},
        localService: {},
        api: {},
        glue: {},
        bufstream: {},
        executor: {},
        settingsMigrationJob: {},
        gcpSecurityPolicy: {},
        statsig: {},
        ingress: {},
        ldap: {},
        extraEnvs: {}
      }
    },
    ingressTls: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["secretName", "hosts"],
        properties: {
          secretName: {
            type: "string",
            minLength: 1
          },
          hosts: {
            type: "array",
            minItems: 1,
            items: {
              type: "string"
            }
          }
        },
        "x-fix": "Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`."
      }
    },
    ingress: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: {
        install: {
          type: ["boolean", "null"]
        },
        create: {
          type: ["boolean", "null"]
        },
        nameOverride: {},
        defaultBackend: {},
        annotations: {
          $ref: "#/definitions/stringMap"
        },
        labels: {
          $ref: "#/definitions/stringMap"
        },
        tls: {
          $ref: "#/definitions/ingressTls"
        },
        additionalHosts: {},
        class: {
          type: ["string", "null"]
        },
        issuer: {},
        secondary: {
          type: ["object", "null"],
          properties: {
            tls: {
              $ref: "#/definitions/ingressTls"
            }
          }
        },
        enabled: {}
      }
    },
    values: {
      type: "object",
      additionalProperties: false,
      properties: {
        global: {
          $ref: "#/definitions/global",
          description: "Settings shared by all W&B components."
        },
        ingress: {
          $ref: "#/definitions/ingress",
          description: "The Ingress. Beside global, not under it."
        },
        nameOverride: {},
        fullnameOverride: {},
        reconcileFrequency: {
          type: "string"
        },
        _releaseId: {
          type: "string"
        },
        imagePullSecrets: {},
        artifactsGc: {},
        api: {
          $ref: "#/definitions/component"
        },
        app: {
          $ref: "#/definitions/component"
        },
        appRenamePreHook: {
          $ref: "#/definitions/component"
        },
        appRenamePostHook: {
          $ref: "#/definitions/component"
        },
        console: {
          $ref: "#/definitions/component"
        },
        executor: {
          $ref: "#/definitions/component"
        },
        filemeta: {
          $ref: "#/definitions/component"
        },
        anaconda2: {
          $ref: "#/definitions/component"
        },
        filestream: {
          $ref: "#/definitions/component"
        },
        "flat-run-fields-updater": {
          $ref: "#/definitions/component"
        },
        "history-updater": {
          $ref: "#/definitions/component"
        },
        "history-reader": {
          $ref: "#/definitions/component"
        },
        frontend: {
          $ref: "#/definitions/component"
        },
        glue: {
          $ref: "#/definitions/component"
        },
        internalSignerPreHook: {
          $ref: "#/definitions/component"
        },
        "metric-observer": {
          $ref: "#/definitions/component"
        },
        parquet: {
          $ref: "#/definitions/component"
        },
        "parquet-metadata-cache": {
          $ref: "#/definitions/component"
        },
        settingsMigrationJob: {
          $ref: "#/definitions/component"
        },
        clickhouseMigrationJob: {
          $ref: "#/definitions/component"
        },
        weave: {
          $ref: "#/definitions/component"
        },
        "mcp-server": {
          $ref: "#/definitions/component"
        },
        "weave-trace": {
          $ref: "#/definitions/component"
        },
        "weave-trace-worker": {
          $ref: "#/definitions/component"
        },
        "weave-evaluate-model-worker": {
          $ref: "#/definitions/component"
        },
        "weave-trace-agent-scoring-worker": {
          $ref: "#/definitions/component"
        },
        nginx: {
          $ref: "#/definitions/component"
        },
        mysql: {
          $ref: "#/definitions/component"
        },
        yace: {
          $ref: "#/definitions/component"
        },
        redis: {
          $ref: "#/definitions/component"
        },
        prometheus: {
          $ref: "#/definitions/component"
        },
        stackdriver: {
          $ref: "#/definitions/component"
        },
        otel: {
          $ref: "#/definitions/component"
        },
        kafka: {
          $ref: "#/definitions/component"
        },
        etcd: {
          $ref: "#/definitions/component"
        },
        bufstream: {
          $ref: "#/definitions/component"
        },
        "lumen-agent": {
          $ref: "#/definitions/component"
        },
        reloader: {
          $ref: "#/definitions/component"
        },
        clickhouse: {
          $ref: "#/definitions/component"
        }
      }
    }
  }
};

// src/config/schema.ts
var root = wandb_cr_schema_default;
var validate = cr_validator_default;
function resolveRef(node) {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return void 0;
  let target = root;
  for (const part of ref.slice(2).split("/")) target = target?.[part];
  return target;
}
function expand(node) {
  const chain = [];
  let current = node;
  while (current && chain.length < 10) {
    chain.push(current);
    current = resolveRef(current);
  }
  return chain;
}
function childSchema(chain, segment) {
  for (const node of chain) {
    const properties = node.properties;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) return properties[segment];
  }
  for (const node of chain) {
    if (/^\d+$/.test(segment) && node.items && typeof node.items === "object") return node.items;
    if (node.additionalProperties && typeof node.additionalProperties === "object")
      return node.additionalProperties;
  }
  return void 0;
}
function schemaAt(path) {
  let chain = expand(root);
  for (const segment of path) {
    const child = childSchema(chain, segment);
    if (!child) return [];
    chain = expand(child);
  }
  return chain;
}
function annotation(chain, name) {
  for (const node of chain) if (typeof node[name] === "string") return node[name];
  return void 0;
}
function knownKeys(path) {
  const chain = schemaAt(path);
  if (!chain.some((node) => node.additionalProperties === false)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const node of chain)
    for (const key of Object.keys(node.properties ?? {})) keys.add(key);
  return [...keys];
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function dotted(path) {
  let text2 = "";
  for (const segment of path) {
    if (/^\d+$/.test(segment) && text2) text2 += `[${segment}]`;
    else text2 += text2 ? `.${segment}` : segment;
  }
  return text2;
}
function shortPath(path) {
  const inValues = path[0] === "spec" && path[1] === "values" && path.length > 2;
  return dotted(inValues ? path.slice(2) : path);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
function typeWords(type) {
  const types = (Array.isArray(type) ? type : [type]).filter((t) => t !== "null");
  const words = {
    object: "a map",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false"
  };
  return types.map((t) => words[String(t)] ?? String(t)).join(" or ");
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function fill(template, path, value) {
  const shown2 = typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  return template.replace(/\{path\}/g, shortPath(path)).replace(/\{value\}/g, shown2 ?? "");
}
function translate(error, data) {
  const path = pointerToPath(error.instancePath);
  const chain = schemaAt(path);
  const value = valueAt(data, path);
  const severity = annotation(chain, "x-severity") === "warning" ? "warning" : "error";
  const message = annotation(chain, "x-message");
  const fix = annotation(chain, "x-fix");
  const where = shortPath(path) || "the resource";
  const aboutKeys = error.keyword === "required" || error.keyword === "additionalProperties";
  if (!aboutKeys && typeof value === "string" && hasPlaceholder(value)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const known = knownKeys(path) ?? [];
      const suggestion = closest(key, known);
      return {
        severity: "warning",
        path: [...path, key],
        at: "key",
        message: suggestion ? `unknown key \`${key}\` in \`${where}\` \u2014 did you mean \`${suggestion}\`?` : `unknown key \`${key}\` in \`${where}\`: the chart does not read it`,
        fix: suggestion ? `Rename \`${key}\` to \`${suggestion}\`.` : known.length <= 12 ? `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(", ")}.` : "Remove it, or check its place and spelling against operator-wandb's values.yaml."
      };
    }
    case "required": {
      const missing = error.params.missingProperty;
      return {
        severity,
        path,
        at: "key",
        message: `\`${where}\` is missing \`${missing}\``,
        fix: fix ?? `Add \`${missing}:\` under \`${where}\`.`
      };
    }
    case "minLength":
    case "minItems":
      if (!message) {
        const parentFix = annotation(schemaAt(path.slice(0, -1)), "x-fix");
        return {
          severity,
          path,
          at: "value",
          message: `\`${where}\` must not be empty`,
          fix: fix ?? parentFix ?? `Give \`${where}\` a value.`
        };
      }
      break;
    case "type":
      if (!message) {
        return {
          severity,
          path,
          at: "value",
          message: `\`${where}\` must be ${typeWords(error.params.type)}, not ${describeType(value)}`,
          fix: fix ?? `Change \`${where}\` to ${typeWords(error.params.type)}.`
        };
      }
      break;
    default:
      break;
  }
  return {
    severity,
    path,
    at: "value",
    message: message ? fill(message, path, value) : `\`${where}\` ${error.message ?? "is not valid"}`,
    fix: fix ? fill(fix, path, value) : void 0
  };
}
function schemaFindings(cr) {
  if (validate(cr)) return [];
  const errors = (validate.errors ?? []).filter((error) => !error.schemaPath.includes("/anyOf/"));
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const finding = translate(error, cr);
    if (!finding) continue;
    const id = `${finding.path.join("\0")}${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}

// src/config/index.ts
var API_VERSION = "apps.wandb.com/v1";
var KIND = "WeightsAndBiases";
function formatDiagnostic(d) {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
  return d.fix ? `${head}
  fix: ${d.fix}` : head;
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function fromProblem(problem) {
  return {
    severity: problem.severity ?? "error",
    message: problem.message,
    ...problem.fix ? { fix: problem.fix } : {},
    ...problem.place,
    path: dotted(problem.path)
  };
}
function placeOf(index, path, at, fallback) {
  for (let length = path.length; length >= 0; length--) {
    const record = index.get(pathKey(path.slice(0, length)));
    if (!record) continue;
    if (length === path.length && at === "value") return record.value;
    return record.key ?? record.value;
  }
  return fallback;
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function completeResource(merged, defaults, index, fallback) {
  const setDefault = (path, value, place) => {
    index.set(pathKey(path), { key: place, value: place });
    return value;
  };
  const metadata = isObject(merged.metadata) ? merged.metadata : merged.metadata === void 0 ? setDefault(["metadata"], {}, fallback) : merged.metadata;
  if (isObject(metadata)) {
    const { name, namespace, ...rest } = metadata;
    const filled2 = {
      name: name ?? setDefault(["metadata", "name"], defaults.name, { file: "--name", line: 1, column: 1 }),
      namespace: namespace ?? setDefault(["metadata", "namespace"], defaults.namespace, {
        file: "--namespace",
        line: 1,
        column: 1
      }),
      ...rest
    };
    merged = { ...merged, metadata: filled2 };
  }
  let spec = merged.spec;
  if (spec === void 0) spec = setDefault(["spec"], {}, fallback);
  if (isObject(spec) && spec.values === void 0) {
    spec = { ...spec, values: setDefault(["spec", "values"], {}, fallback) };
  }
  const { apiVersion, kind, metadata: meta, ...others } = merged;
  delete others.spec;
  return {
    apiVersion: apiVersion ?? setDefault(["apiVersion"], API_VERSION, fallback),
    kind: kind ?? setDefault(["kind"], KIND, fallback),
    metadata: meta,
    spec,
    ...others
  };
}
function fileOrder(files) {
  const order = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    if (!order.has(file.path)) order.set(file.path, i);
  });
  const special = { [SET_FILE]: 1, "--name": 2, "--namespace": 3 };
  return (file) => order.get(file) ?? files.length + (special[file] ?? 4);
}
function toDiagnostics(findings, index, fallback) {
  return findings.map((finding) => ({
    severity: finding.severity,
    message: finding.message,
    ...finding.fix ? { fix: finding.fix } : {},
    ...placeOf(index, finding.path, finding.at, fallback),
    path: dotted(finding.path)
  }));
}
function validateResource(cr, index, fallback) {
  const rules = ruleFindings(cr);
  const ruled = new Set(rules.map((finding) => pathKey(finding.path)));
  const schema = schemaFindings(cr).filter(
    (finding) => !(finding.severity === "warning" && ruled.has(pathKey(finding.path)))
  );
  return toDiagnostics([...schema, ...rules], index, fallback);
}
function buildConfig(files, sets, defaults) {
  const diagnostics = [];
  const layers = [];
  let fatal = false;
  for (const file of files) {
    const parsed = parseLayer(file.path, file.text);
    diagnostics.push(...parsed.problems.map(fromProblem));
    fatal ||= parsed.fatal;
    if (parsed.layer) layers.push(parsed.layer);
  }
  const setLayers = parseSets(sets);
  diagnostics.push(...setLayers.problems.map(fromProblem));
  layers.push(...setLayers.layers);
  const fallback = { file: files[0]?.path ?? SET_FILE, line: 1, column: 1 };
  const index = /* @__PURE__ */ new Map();
  const merged = mergeLayers(layers);
  const plain = merged ? toPlain(merged, [], index) : {};
  const cr = completeResource(plain, defaults, index, fallback);
  if (!fatal) diagnostics.push(...validateResource(cr, index, fallback));
  const order = fileOrder(files);
  diagnostics.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column);
  const { secrets, masked } = scanSecrets(cr);
  return { cr, diagnostics, secrets, masked };
}

// src/commands/config-input.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function parseConfigOptions(raw) {
  const configFiles = list(raw, "config");
  if (configFiles.length === 0) {
    throw new UserError(
      "No configuration file given.",
      "Pass one or more files with '--config FILE' (or the 'config' input)."
    );
  }
  return {
    configFiles,
    sets: list(raw, "set"),
    name: str(raw, "name") ?? "wandb",
    namespace: str(raw, "namespace") ?? "default"
  };
}
function loadConfig(options, ctx) {
  const files = options.configFiles.map((path) => {
    try {
      return { path, text: readFileSync(resolve(ctx.cwd, path), "utf8") };
    } catch (error) {
      const code = error.code;
      throw new UserError(
        `Cannot read configuration file '${path}'${code === "ENOENT" ? ": no such file" : `: ${code}`}.`,
        "Check the path: it is relative to the working directory."
      );
    }
  });
  const built = buildConfig(files, options.sets, { name: options.name, namespace: options.namespace });
  for (const secret of built.secrets) ctx.redactor.add(secret);
  for (const diagnostic of built.diagnostics) {
    ctx.out.info(formatDiagnostic(diagnostic));
    if (ctx.out.github) {
      const text2 = diagnostic.fix ? `${diagnostic.message} Fix: ${diagnostic.fix}` : diagnostic.message;
      const place = { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
      if (diagnostic.severity === "error") ctx.out.error(text2, place);
      else ctx.out.warning(text2, place);
    }
  }
  return { ...built, ok: !hasErrors(built.diagnostics) };
}
function countBySeverity(built) {
  const errors = built.diagnostics.filter((d) => d.severity === "error").length;
  return { errors, warnings: built.diagnostics.length - errors };
}
function maskedYaml(value) {
  return (0, import_yaml2.stringify)(value, { lineWidth: 0, sortMapEntries: false });
}

export {
  parseLayer,
  parseSets,
  mergeLayers,
  pathKey,
  toPlain,
  secretValuesIn,
  maskSecrets,
  API_VERSION,
  KIND,
  formatDiagnostic,
  hasErrors,
  buildConfig,
  parseConfigOptions,
  loadConfig,
  countBySeverity,
  maskedYaml
};
