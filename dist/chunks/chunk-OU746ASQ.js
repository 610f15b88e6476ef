import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import {
  closest
} from "./chunk-ZCGRXSVN.js";
import {
  __commonJS,
  __toESM
} from "./chunk-SIWOL6LA.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
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

// src/charts/knowledge.ts
var import_yaml = __toESM(require_dist(), 1);
var text = (data) => typeof data === "string" ? data : Buffer.from(data).toString("utf8");
function readYaml(data) {
  if (data === void 0) return void 0;
  try {
    return (0, import_yaml.parse)(text(data), { uniqueKeys: false, maxAliasCount: -1 });
  } catch {
    return void 0;
  }
}
function isMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function chartDirs(files) {
  const manifests = [...files.keys()].filter((path) => /(^|\/)Chart\.yaml$/.test(path)).sort((a, b) => a.split("/").length - b.split("/").length);
  if (manifests.length === 0) throw new Error("no Chart.yaml found: not a Helm chart");
  const byDir = /* @__PURE__ */ new Map();
  for (const manifest of manifests) {
    const dir = manifest.slice(0, -"Chart.yaml".length).replace(/\/$/, "");
    const meta = readYaml(files.get(manifest));
    const chart = {
      dir,
      name: isMap(meta) ? String(meta.name ?? "") : "",
      version: isMap(meta) ? String(meta.version ?? "") : "",
      library: isMap(meta) && meta.type === "library",
      thirdParty: !/wandb/i.test(text(files.get(manifest) ?? "")),
      prefixes: []
    };
    const parentDir = dir.replace(/\/charts\/[^/]+$/, "");
    const parent = parentDir !== dir ? byDir.get(parentDir) : void 0;
    if (!parent) {
      chart.prefixes = [[]];
    } else {
      const parentMeta = readYaml(files.get(parentDir ? `${parentDir}/Chart.yaml` : "Chart.yaml"));
      const dependencies = isMap(parentMeta) && Array.isArray(parentMeta.dependencies) ? parentMeta.dependencies : [];
      const aliases = dependencies.filter((dep) => isMap(dep) && dep.name === chart.name).map((dep) => String(dep.alias ?? dep.name));
      const names = aliases.length > 0 ? [...new Set(aliases)] : [chart.name];
      chart.prefixes = parent.prefixes.flatMap((prefix) => names.map((name) => [...prefix, name]));
    }
    byDir.set(dir, chart);
  }
  return [...byDir.values()];
}
function scalarType(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}
function child(node, key) {
  node.k ??= {};
  if (node.t !== "map") node.t = node.t === "any" || node.t === "null" ? "map" : node.t;
  return node.k[key] ??= { t: "any" };
}
function nodeAt(root3, path) {
  let node = root3;
  for (const key of path) node = child(node, key);
  return node;
}
function addValues(root3, path, value) {
  const node = nodeAt(root3, path);
  const type = scalarType(value);
  if (isMap(value)) {
    if (node.t === "any" || node.t === "null") node.t = "map";
    const keys = Object.keys(value);
    if (keys.length === 0) node.o = 1;
    for (const key of keys) addValues(root3, [...path, key], value[key]);
    return;
  }
  if (node.t === "any") node.t = type;
  if (type === "list" || type === "null") node.o = 1;
  if (node.d === void 0 && (type === "number" || type === "boolean" || type === "string")) {
    if (typeof value !== "string" || value.length <= 200) node.d = value;
  }
}
var IDENT = "[A-Za-z_][A-Za-z0-9_]*";
var DOTTED_REF = new RegExp(`\\.Values((?:\\.${IDENT})+)`, "g");
var INDEX_REF = new RegExp(
  `index\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)\\s*\\)?((?:\\s+"[^"]+")+)`,
  "g"
);
var WHOLE = `(?:toYaml|toJson|toPrettyJson|toRawJson|merge|mergeOverwrite|deepCopy|range\\s+(?:\\$\\w+\\s*,\\s*)?\\$\\w+\\s*:=)`;
var WHOLE_REF = new RegExp(
  `${WHOLE}\\s*\\(?\\s*(?:\\(default \\(dict\\)\\s*)?[$\\w.]*\\.Values((?:\\.${IDENT})+)`,
  "g"
);
var DYNAMIC_REF = new RegExp(
  `(?:get|index|hasKey)\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})+)\\s*\\)?\\s+[$(.]`,
  "g"
);
var DIG_REF = new RegExp(
  `dig((?:\\s+"[^"]+")+)\\s+\\S+\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)`,
  "g"
);
var WHOLE_NAME = new RegExp(`${WHOLE}\\s*\\(?\\s*(\\$?${IDENT}|\\$)?((?:\\.${IDENT})+)`, "g");
var COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
function stringsOf(value, out = []) {
  if (typeof value === "string") {
    if (value.includes("{{")) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (isMap(value)) for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}
function references(template) {
  const source = template.replace(COMMENT, "");
  const read = [];
  const whole = [];
  const wholeNames = /* @__PURE__ */ new Set();
  for (const match of source.matchAll(DOTTED_REF)) read.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(INDEX_REF)) {
    const head = match[1] ? match[1].slice(1).split(".") : [];
    const keys = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    read.push([...head, ...keys]);
  }
  for (const match of source.matchAll(WHOLE_REF)) whole.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(DYNAMIC_REF)) whole.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(DIG_REF)) {
    const keys = [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const head = match[2] ? match[2].slice(1).split(".") : [];
    read.push([...head, ...keys]);
    whole.push([...head, ...keys.slice(0, -1)]);
  }
  for (const match of source.matchAll(WHOLE_NAME)) {
    const path = match[2].slice(1).split(".");
    if (path.includes("Values")) continue;
    const name = path[path.length - 1];
    if (name !== "Values") wholeNames.add(name);
  }
  return { read, whole, wholeNames };
}
function absolute(prefix, path) {
  return path[0] === "global" ? [...path] : [...prefix, ...path];
}
function openNamedKeys(node, names, depth) {
  for (const [key, sub] of Object.entries(node.k ?? {})) {
    if (depth >= 1 && names.has(key)) sub.o = 1;
    openNamedKeys(sub, names, depth + 1);
  }
}
function openUnknownLeaves(node) {
  for (const sub of Object.values(node.k ?? {})) {
    if (sub.t === "any" && !sub.k) sub.o = 1;
    openUnknownLeaves(sub);
  }
}
function deriveKnowledge(files) {
  const charts = chartDirs(files);
  const top = charts[0];
  const tree = { t: "map", k: {} };
  const whole = [];
  const wholeNames = /* @__PURE__ */ new Set();
  const templateText = (dir) => [...files.entries()].filter(([path]) => path.startsWith(dir ? `${dir}/templates/` : "templates/")).map(([, data]) => text(data));
  const valuesOf = /* @__PURE__ */ new Map();
  for (const chart of charts) {
    const values = readYaml(files.get(chart.dir ? `${chart.dir}/values.yaml` : "values.yaml"));
    valuesOf.set(chart.dir, values);
    if (!isMap(values)) continue;
    for (const prefix of chart.prefixes) {
      for (const [key, value] of Object.entries(values)) {
        if (key === "global") addValues(tree, ["global"], value);
        else addValues(tree, [...prefix, key], value);
      }
    }
  }
  const sections = new Set(
    charts.slice(1).map((chart) => chart.prefixes.map((p) => p[0])).flat()
  );
  const topValues = valuesOf.get(top.dir);
  const sectionStrings = isMap(topValues) ? Object.entries(topValues).flatMap(
    ([key, value]) => stringsOf(value).map((source) => ({ prefix: sections.has(key) ? [key] : [], source }))
  ) : [];
  for (const { prefix, source } of sectionStrings) {
    for (const path of references(source).read) nodeAt(tree, absolute(prefix, path));
  }
  for (const chart of charts) {
    const sources = templateText(chart.dir);
    if (chart !== top) sources.push(...stringsOf(valuesOf.get(chart.dir)));
    for (const source of sources) {
      const refs = references(source);
      for (const prefix of chart.prefixes) {
        for (const path of refs.read) {
          if (chart.library && path[0] !== "global") continue;
          nodeAt(tree, absolute(prefix, path));
        }
        for (const path of refs.whole) {
          if (chart.library && path[0] !== "global") continue;
          whole.push(absolute(prefix, path));
        }
      }
      if (!chart.library) for (const name of refs.wholeNames) wholeNames.add(name);
    }
  }
  for (const path of whole) nodeAt(tree, path).o = 1;
  for (const chart of charts.slice(1)) {
    if (chart.thirdParty) for (const prefix of chart.prefixes) nodeAt(tree, prefix).o = 1;
  }
  openNamedKeys(tree, wholeNames, 0);
  openUnknownLeaves(tree);
  return { chart: top.name, version: top.version, tree };
}
function lookupKey(knowledge, path) {
  let node = knowledge.tree;
  for (const key of path) {
    const next = node.k?.[key];
    if (!next && node.o) return { known: true, node, open: true };
    if (!next) return { known: false, node, open: false };
    node = next;
  }
  return { known: true, node, open: Boolean(node.o) };
}
function chartDefault(knowledge, path) {
  const found = lookupKey(knowledge, path);
  return found.known && found.node && found.node !== knowledge.tree ? found.node.d : void 0;
}

// src/config/rules.ts
import { X509Certificate } from "node:crypto";
var Cr = class {
  constructor(doc, chart) {
    this.doc = doc;
    this.chart = chart;
  }
  doc;
  chart;
  /** The chart's default at a CR path under spec.values, when it is a non-empty scalar. */
  chartDefault(path) {
    if (!this.chart || path[0] !== "spec" || path[1] !== "values") return void 0;
    const value = chartDefault(this.chart, path.slice(2));
    return value === "" ? void 0 : value;
  }
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
function text2(value) {
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
  if (text2(chart.path)) return [];
  const url = text2(chart.url);
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
  if (!text2(chart.name)) {
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
  const name = text2(bucket.name);
  if (name && !hasPlaceholder(name)) {
    let host;
    if (name.includes("://")) host = tryUrl(name)?.hostname;
    else if (/[:/]/.test(name)) host = name.split("/")[0].split(":")[0];
    if (host && !/(^|\.)amazonaws\.com(\.cn)?$/i.test(host)) return `its endpoint \`${host}\` in \`name\``;
  }
  const region = text2(bucket.region);
  if (region && !hasPlaceholder(region) && !AWS_REGION.test(region)) return `its region \`${region}\``;
  return void 0;
}
var BUCKETS = ["bucket", "defaultBucket"];
function checkBucketKms(cr) {
  const hits = [];
  for (const which of BUCKETS) {
    const bucket = cr.map([...G, which]);
    if (!bucket) continue;
    const provider = text2(bucket.provider) ?? "s3";
    if (provider !== "s3" || !text2(bucket.kmsKey)) continue;
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
    const secretName = text2(ref?.secretName);
    const provider = text2(bucket.provider) ?? "s3";
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
    const renamed = ["accessKeyName", "secretKeyName"].filter(
      (key) => filled(ref?.[key]) && ref?.[key] !== cr.chartDefault([...base, "secret", key])
    );
    if (ref && !secretName && renamed.length > 0) {
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
  if (!bucket || text2(bucket.name)) return [];
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
    if (!filled(mysql[key]) && cr.chartDefault([...base, key]) === void 0) {
      hits.push({
        path: base,
        at: "key",
        message: `external MySQL (\`mysql.install\` is not true) needs \`global.mysql.${key}\``,
        fix: `Add \`${key}: ${examples[key]}\` under global.mysql, or set \`mysql.install: true\` to let the chart run MySQL.`
      });
    }
  }
  const ref = isMap2(mysql.passwordSecret) ? mysql.passwordSecret : void 0;
  if (!filled(mysql.password) && !text2(ref?.name)) {
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
  const name = text2(ref.name);
  const key = text2(ref.key);
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
  if (name && key && text2(cr.get([...G, "license"]))) {
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
  const host = text2(cr.get([...G, "redis", "host"]));
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
  if (!text2(oidc.clientId)) {
    hits.push({
      path: base,
      at: "key",
      message: "OIDC is configured but `global.auth.oidc.clientId` is empty",
      fix: "Set `clientId:` to the client (application) ID registered at your identity provider."
    });
  }
  const issuer = text2(oidc.issuer);
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
    if (!text2(cr.get(entry.path))) continue;
    const where = entry.path[0] === "spec" && entry.path[1] === "values" ? entry.path.slice(2) : entry.path;
    hits.push({
      path: entry.path,
      at: "key",
      message: `\`${where.join(".")}\` is written inline: the resource, and everyone who can read it, holds the secret`,
      fix: `Keep it in a Kubernetes Secret and reference it with ${entry.instead}.`
    });
  }
  for (const which of BUCKETS) {
    const name = text2(cr.get([...G, which, "name"]));
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
    description: "External MySQL has a host and a password or passwordSecret (reference, MySQL); port, database and user only where the chart has no default for them (operator-wandb: 3306, wandb_local, wandb).",
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
function ruleFindings(cr, chart) {
  const view = new Cr(cr, chart);
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
var schema20 = { "type": ["object", "null"], "properties": { "host": { "type": "string", "x-message": "`{path}` must be a URL string like https://wandb.example.com", "x-fix": "Set `host: https://wandb.example.com` (scheme and host name, no path).", "description": "The address users open: scheme and host name (and port), no path. Example: https://wandb.example.com" }, "repositoryPrefix": {}, "imageRegistry": {}, "license": { "type": ["string", "null"], "description": "The W&B license, inline. Prefer licenseSecret." }, "licenseCertPath": {}, "licenseSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "key": { "type": ["string", "null"] } }, "x-fix": "Give both the Secret's name and the key holding the license: `licenseSecret: {name: license-secret, key: license}` (the operator needs both).", "description": "The Secret (name) and key holding the license; the operator needs both." }, "signerKeyPath": {}, "cloudProvider": {}, "storageClass": {}, "lumen": {}, "banners": {}, "common": {}, "pod": {}, "deployment": {}, "daemonset": {}, "statefulset": {}, "service": {}, "nodeSelector": {}, "tolerations": {}, "priorityClassName": {}, "extraEnvFrom": {}, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.', "description": "Extra environment variables for every W&B component, as a map NAME: value." }, "volumesTpls": {}, "volumeMountsTpls": {}, "operator": {}, "imagePullSecrets": { "type": ["array", "null"] }, "mysql": { "type": ["object", "null"], "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "database": { "$ref": "#/definitions/stringOrValueFrom" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "caCert": { "$ref": "#/definitions/stringOrValueFrom" }, "passwordSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "rootPasswordKey": { "type": ["string", "null"] }, "passwordKey": { "type": ["string", "null"] } } } }, "description": "External MySQL (used unless mysql.install: true)." }, "size": {}, "slack": {}, "otel": {}, "clickhouse": {}, "olap": {}, "activityStore": {}, "email": { "type": ["object", "null"], "properties": { "smtp": { "type": ["object", "null"], "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "mailFrom": { "$ref": "#/definitions/stringOrValueFrom" } } } }, "description": "SMTP server for e-mail." }, "auth": { "type": ["object", "null"], "properties": { "sessionLengthHours": { "type": ["integer", "null"], "minimum": 1, "x-message": "`{path}` must be a whole number of hours", "x-fix": "E.g. `sessionLengthHours: 720`." }, "jwkUrl": { "type": ["string", "null"] }, "oidc": { "type": ["object", "null"], "properties": { "clientId": { "type": ["string", "null"] }, "secret": { "type": ["string", "null"] }, "authMethod": { "enum": ["", "implicit", "pkce", null], "x-message": "`{path}` `{value}` is not an OIDC auth method W&B supports (implicit, pkce; empty for the default)", "x-fix": "Use `authMethod: implicit` or `authMethod: pkce`, or leave it out." }, "issuer": { "type": ["string", "null"] }, "oidcSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } } } }, "description": "Session length and OIDC single sign-on." }, "azureStorageIdentity": {}, "defaultBucket": { "$ref": "#/definitions/bucket", "description": "Object storage used by default; the console can override it." }, "bucket": { "$ref": "#/definitions/bucket", "description": "Object storage used for all files; not overridable in the console. Without name, the chart uses defaultBucket." }, "redis": { "type": ["object", "null"], "properties": { "host": { "type": ["string", "null"] }, "port": { "$ref": "#/definitions/redisPort" }, "password": { "type": ["string", "null"] }, "external": { "type": ["boolean", "null"] }, "parameters": {}, "params": {}, "caCert": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "properties": { "secretName": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } }, "description": "External Redis; set redis.install: false beside global when you use it." }, "bigtable": {}, "historyStore": {}, "pubSub": {}, "kafka": {}, "customCACerts": { "type": ["array", "null"], "items": { "type": "string", "x-message": "`{path}` must be a PEM certificate as a string", "x-fix": "Write the certificate as a block string: `- |` followed by the PEM lines." }, "x-message": "`{path}` must be a list of PEM certificates (the map form `{name.crt: PEM}` from some docs is not read by the chart)", "x-fix": "Write each certificate as its own list item: `customCACerts: [ |-PEM ]`, or put them in a ConfigMap and set caCertsConfigMap.", "description": "CA certificates in PEM form, one certificate per list item." }, "caCertsConfigMap": { "anyOf": [{ "$ref": "#/definitions/dns1123Subdomain" }, { "const": "" }, { "type": "null" }], "x-message": "`{path}` `{value}` is not a valid ConfigMap name: lowercase letters, digits, '-' and '.', at most 253 characters", "x-fix": "Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.", "description": "Name of a ConfigMap holding CA certificates; each key must end in .crt." }, "weave-trace": {}, "localService": {}, "api": {}, "glue": {}, "bufstream": {}, "executor": {}, "settingsMigrationJob": {}, "gcpSecurityPolicy": {}, "statsig": {}, "ingress": {}, "ldap": {}, "extraEnvs": {} } };
var schema25 = { "type": ["object", "null"], "properties": { "provider": { "enum": ["s3", "gcs", "az", "", null], "x-severity": "warning", "x-message": "`{path}` `{value}` is not a provider the reference documents (s3, gcs, az; S3-compatible stores such as MinIO or Ceph use s3)", "x-fix": "Use `provider: s3`, `gcs` or `az`." }, "name": { "type": ["string", "null"] }, "path": { "type": ["string", "null"] }, "region": { "type": ["string", "null"] }, "kmsKey": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] }, "azureTenantId": { "type": ["string", "null"] }, "azureClientId": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "properties": { "secretName": { "type": ["string", "null"] }, "accessKeyName": { "type": ["string", "null"] }, "secretKeyName": { "type": ["string", "null"] } } } } };
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
var pattern2 = new RegExp("^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$", "u");
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
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$" }, message: 'must match pattern "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$"' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.valueFrom === void 0) {
          const err5 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.valueFrom !== void 0) {
          let data0 = data.valueFrom;
          if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
            const err6 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
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
var pattern3 = new RegExp("^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (typeof data === "string") {
      if (!pattern3.test(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$" }, message: 'must match pattern "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$"' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.valueFrom === void 0) {
          const err5 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.valueFrom !== void 0) {
          let data0 = data.valueFrom;
          if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
            const err6 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
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
  validate29.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
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
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err1 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data1 = data.license;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: schema20.properties.license.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.licenseSecret !== void 0) {
      let data2 = data.licenseSecret;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/licenseSecret", schemaPath: "#/properties/licenseSecret/type", keyword: "type", params: { type: schema20.properties.licenseSecret.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/licenseSecret/name", schemaPath: "#/properties/licenseSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.key !== void 0) {
          let data4 = data2.key;
          if (typeof data4 !== "string" && data4 !== null) {
            const err5 = { instancePath: instancePath + "/licenseSecret/key", schemaPath: "#/properties/licenseSecret/properties/key/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.key.type }, message: "must be string,null" };
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
    if (data.extraEnv !== void 0) {
      let data5 = data.extraEnv;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err6 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema20.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data6 = data.imagePullSecrets;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: schema20.properties.imagePullSecrets.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.mysql !== void 0) {
      let data7 = data.mysql;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err8 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/type", keyword: "type", params: { type: schema20.properties.mysql.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
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
            const err9 = { instancePath: instancePath + "/mysql/passwordSecret", schemaPath: "#/properties/mysql/properties/passwordSecret/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 !== "string" && data15 !== null) {
                const err10 = { instancePath: instancePath + "/mysql/passwordSecret/name", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data14.rootPasswordKey !== void 0) {
              let data16 = data14.rootPasswordKey;
              if (typeof data16 !== "string" && data16 !== null) {
                const err11 = { instancePath: instancePath + "/mysql/passwordSecret/rootPasswordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/rootPasswordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.rootPasswordKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data14.passwordKey !== void 0) {
              let data17 = data14.passwordKey;
              if (typeof data17 !== "string" && data17 !== null) {
                const err12 = { instancePath: instancePath + "/mysql/passwordSecret/passwordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/passwordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.passwordKey.type }, message: "must be string,null" };
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
      }
    }
    if (data.email !== void 0) {
      let data18 = data.email;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err13 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: schema20.properties.email.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.smtp !== void 0) {
          let data19 = data18.smtp;
          if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
            const err14 = { instancePath: instancePath + "/email/smtp", schemaPath: "#/properties/email/properties/smtp/type", keyword: "type", params: { type: schema20.properties.email.properties.smtp.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
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
        const err15 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: schema20.properties.auth.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.sessionLengthHours !== void 0) {
          let data26 = data25.sessionLengthHours;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26)) && data26 !== null) {
            const err16 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/type", keyword: "type", params: { type: schema20.properties.auth.properties.sessionLengthHours.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err17 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data25.jwkUrl !== void 0) {
          let data27 = data25.jwkUrl;
          if (typeof data27 !== "string" && data27 !== null) {
            const err18 = { instancePath: instancePath + "/auth/jwkUrl", schemaPath: "#/properties/auth/properties/jwkUrl/type", keyword: "type", params: { type: schema20.properties.auth.properties.jwkUrl.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data25.oidc !== void 0) {
          let data28 = data25.oidc;
          if (!(data28 && typeof data28 == "object" && !Array.isArray(data28)) && data28 !== null) {
            const err19 = { instancePath: instancePath + "/auth/oidc", schemaPath: "#/properties/auth/properties/oidc/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.clientId !== void 0) {
              let data29 = data28.clientId;
              if (typeof data29 !== "string" && data29 !== null) {
                const err20 = { instancePath: instancePath + "/auth/oidc/clientId", schemaPath: "#/properties/auth/properties/oidc/properties/clientId/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.clientId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data28.secret !== void 0) {
              let data30 = data28.secret;
              if (typeof data30 !== "string" && data30 !== null) {
                const err21 = { instancePath: instancePath + "/auth/oidc/secret", schemaPath: "#/properties/auth/properties/oidc/properties/secret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.secret.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data28.authMethod !== void 0) {
              let data31 = data28.authMethod;
              if (!(data31 === "" || data31 === "implicit" || data31 === "pkce" || data31 === null)) {
                const err22 = { instancePath: instancePath + "/auth/oidc/authMethod", schemaPath: "#/properties/auth/properties/oidc/properties/authMethod/enum", keyword: "enum", params: { allowedValues: schema20.properties.auth.properties.oidc.properties.authMethod.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data28.issuer !== void 0) {
              let data32 = data28.issuer;
              if (typeof data32 !== "string" && data32 !== null) {
                const err23 = { instancePath: instancePath + "/auth/oidc/issuer", schemaPath: "#/properties/auth/properties/oidc/properties/issuer/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.issuer.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data28.oidcSecret !== void 0) {
              let data33 = data28.oidcSecret;
              if (!(data33 && typeof data33 == "object" && !Array.isArray(data33)) && data33 !== null) {
                const err24 = { instancePath: instancePath + "/auth/oidc/oidcSecret", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.name !== void 0) {
                  let data34 = data33.name;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err25 = { instancePath: instancePath + "/auth/oidc/oidcSecret/name", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.name.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data33.secretKey !== void 0) {
                  let data35 = data33.secretKey;
                  if (typeof data35 !== "string" && data35 !== null) {
                    const err26 = { instancePath: instancePath + "/auth/oidc/oidcSecret/secretKey", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.secretKey.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
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
        const err27 = { instancePath: instancePath + "/defaultBucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.provider !== void 0) {
          let data37 = data36.provider;
          if (!(data37 === "s3" || data37 === "gcs" || data37 === "az" || data37 === "" || data37 === null)) {
            const err28 = { instancePath: instancePath + "/defaultBucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data36.name !== void 0) {
          let data38 = data36.name;
          if (typeof data38 !== "string" && data38 !== null) {
            const err29 = { instancePath: instancePath + "/defaultBucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data36.path !== void 0) {
          let data39 = data36.path;
          if (typeof data39 !== "string" && data39 !== null) {
            const err30 = { instancePath: instancePath + "/defaultBucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data36.region !== void 0) {
          let data40 = data36.region;
          if (typeof data40 !== "string" && data40 !== null) {
            const err31 = { instancePath: instancePath + "/defaultBucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data36.kmsKey !== void 0) {
          let data41 = data36.kmsKey;
          if (typeof data41 !== "string" && data41 !== null) {
            const err32 = { instancePath: instancePath + "/defaultBucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data36.accessKey !== void 0) {
          let data42 = data36.accessKey;
          if (typeof data42 !== "string" && data42 !== null) {
            const err33 = { instancePath: instancePath + "/defaultBucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data36.secretKey !== void 0) {
          let data43 = data36.secretKey;
          if (typeof data43 !== "string" && data43 !== null) {
            const err34 = { instancePath: instancePath + "/defaultBucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data36.azureTenantId !== void 0) {
          let data44 = data36.azureTenantId;
          if (typeof data44 !== "string" && data44 !== null) {
            const err35 = { instancePath: instancePath + "/defaultBucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data36.azureClientId !== void 0) {
          let data45 = data36.azureClientId;
          if (typeof data45 !== "string" && data45 !== null) {
            const err36 = { instancePath: instancePath + "/defaultBucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data36.secret !== void 0) {
          let data46 = data36.secret;
          if (!(data46 && typeof data46 == "object" && !Array.isArray(data46)) && data46 !== null) {
            const err37 = { instancePath: instancePath + "/defaultBucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.secretName !== void 0) {
              let data47 = data46.secretName;
              if (typeof data47 !== "string" && data47 !== null) {
                const err38 = { instancePath: instancePath + "/defaultBucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data46.accessKeyName !== void 0) {
              let data48 = data46.accessKeyName;
              if (typeof data48 !== "string" && data48 !== null) {
                const err39 = { instancePath: instancePath + "/defaultBucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data46.secretKeyName !== void 0) {
              let data49 = data46.secretKeyName;
              if (typeof data49 !== "string" && data49 !== null) {
                const err40 = { instancePath: instancePath + "/defaultBucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
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
        const err41 = { instancePath: instancePath + "/bucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        if (data50.provider !== void 0) {
          let data51 = data50.provider;
          if (!(data51 === "s3" || data51 === "gcs" || data51 === "az" || data51 === "" || data51 === null)) {
            const err42 = { instancePath: instancePath + "/bucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data50.name !== void 0) {
          let data52 = data50.name;
          if (typeof data52 !== "string" && data52 !== null) {
            const err43 = { instancePath: instancePath + "/bucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data50.path !== void 0) {
          let data53 = data50.path;
          if (typeof data53 !== "string" && data53 !== null) {
            const err44 = { instancePath: instancePath + "/bucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data50.region !== void 0) {
          let data54 = data50.region;
          if (typeof data54 !== "string" && data54 !== null) {
            const err45 = { instancePath: instancePath + "/bucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data50.kmsKey !== void 0) {
          let data55 = data50.kmsKey;
          if (typeof data55 !== "string" && data55 !== null) {
            const err46 = { instancePath: instancePath + "/bucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data50.accessKey !== void 0) {
          let data56 = data50.accessKey;
          if (typeof data56 !== "string" && data56 !== null) {
            const err47 = { instancePath: instancePath + "/bucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data50.secretKey !== void 0) {
          let data57 = data50.secretKey;
          if (typeof data57 !== "string" && data57 !== null) {
            const err48 = { instancePath: instancePath + "/bucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data50.azureTenantId !== void 0) {
          let data58 = data50.azureTenantId;
          if (typeof data58 !== "string" && data58 !== null) {
            const err49 = { instancePath: instancePath + "/bucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data50.azureClientId !== void 0) {
          let data59 = data50.azureClientId;
          if (typeof data59 !== "string" && data59 !== null) {
            const err50 = { instancePath: instancePath + "/bucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data50.secret !== void 0) {
          let data60 = data50.secret;
          if (!(data60 && typeof data60 == "object" && !Array.isArray(data60)) && data60 !== null) {
            const err51 = { instancePath: instancePath + "/bucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            if (data60.secretName !== void 0) {
              let data61 = data60.secretName;
              if (typeof data61 !== "string" && data61 !== null) {
                const err52 = { instancePath: instancePath + "/bucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data60.accessKeyName !== void 0) {
              let data62 = data60.accessKeyName;
              if (typeof data62 !== "string" && data62 !== null) {
                const err53 = { instancePath: instancePath + "/bucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data60.secretKeyName !== void 0) {
              let data63 = data60.secretKeyName;
              if (typeof data63 !== "string" && data63 !== null) {
                const err54 = { instancePath: instancePath + "/bucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
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
        const err55 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/type", keyword: "type", params: { type: schema20.properties.redis.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        if (data64.host !== void 0) {
          let data65 = data64.host;
          if (typeof data65 !== "string" && data65 !== null) {
            const err56 = { instancePath: instancePath + "/redis/host", schemaPath: "#/properties/redis/properties/host/type", keyword: "type", params: { type: schema20.properties.redis.properties.host.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data64.port !== void 0) {
          if (!validate29(data64.port, { instancePath: instancePath + "/redis/port", parentData: data64, parentDataProperty: "port", rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
        if (data64.password !== void 0) {
          let data67 = data64.password;
          if (typeof data67 !== "string" && data67 !== null) {
            const err57 = { instancePath: instancePath + "/redis/password", schemaPath: "#/properties/redis/properties/password/type", keyword: "type", params: { type: schema20.properties.redis.properties.password.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data64.external !== void 0) {
          let data68 = data64.external;
          if (typeof data68 !== "boolean" && data68 !== null) {
            const err58 = { instancePath: instancePath + "/redis/external", schemaPath: "#/properties/redis/properties/external/type", keyword: "type", params: { type: schema20.properties.redis.properties.external.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data64.caCert !== void 0) {
          let data69 = data64.caCert;
          if (typeof data69 !== "string" && data69 !== null) {
            const err59 = { instancePath: instancePath + "/redis/caCert", schemaPath: "#/properties/redis/properties/caCert/type", keyword: "type", params: { type: schema20.properties.redis.properties.caCert.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data64.secret !== void 0) {
          let data70 = data64.secret;
          if (!(data70 && typeof data70 == "object" && !Array.isArray(data70)) && data70 !== null) {
            const err60 = { instancePath: instancePath + "/redis/secret", schemaPath: "#/properties/redis/properties/secret/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            if (data70.secretName !== void 0) {
              let data71 = data70.secretName;
              if (typeof data71 !== "string" && data71 !== null) {
                const err61 = { instancePath: instancePath + "/redis/secret/secretName", schemaPath: "#/properties/redis/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data70.secretKey !== void 0) {
              let data72 = data70.secretKey;
              if (typeof data72 !== "string" && data72 !== null) {
                const err62 = { instancePath: instancePath + "/redis/secret/secretKey", schemaPath: "#/properties/redis/properties/secret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
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
        const err63 = { instancePath: instancePath + "/customCACerts", schemaPath: "#/properties/customCACerts/type", keyword: "type", params: { type: schema20.properties.customCACerts.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      if (Array.isArray(data73)) {
        const len0 = data73.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data73[i0] !== "string") {
            const err64 = { instancePath: instancePath + "/customCACerts/" + i0, schemaPath: "#/properties/customCACerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      }
    }
    if (data.caCertsConfigMap !== void 0) {
      let data75 = data.caCertsConfigMap;
      const _errs139 = errors;
      let valid19 = false;
      const _errs140 = errors;
      if (typeof data75 === "string") {
        if (func3(data75) > 253) {
          const err65 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (!pattern4.test(data75)) {
          const err66 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var _valid0 = _errs140 === errors;
      valid19 = valid19 || _valid0;
      if (!valid19) {
        const _errs143 = errors;
        if ("" !== data75) {
          const err68 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/1/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        var _valid0 = _errs143 === errors;
        valid19 = valid19 || _valid0;
        if (!valid19) {
          const _errs144 = errors;
          if (data75 !== null) {
            const err69 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var _valid0 = _errs144 === errors;
          valid19 = valid19 || _valid0;
        }
      }
      if (!valid19) {
        const err70 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      } else {
        errors = _errs139;
        if (vErrors !== null) {
          if (_errs139) {
            vErrors.length = _errs139;
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
var schema30 = { "type": ["object", "null"], "properties": { "install": { "type": ["boolean", "null"] }, "create": { "type": ["boolean", "null"] }, "nameOverride": {}, "defaultBackend": {}, "annotations": { "$ref": "#/definitions/stringMap" }, "labels": { "$ref": "#/definitions/stringMap" }, "tls": { "$ref": "#/definitions/ingressTls" }, "additionalHosts": {}, "class": { "type": ["string", "null"] }, "issuer": {}, "secondary": { "type": ["object", "null"], "properties": { "tls": { "$ref": "#/definitions/ingressTls" } } }, "enabled": {} } };
var schema33 = { "type": ["array", "null"], "items": { "type": "object", "required": ["secretName", "hosts"], "properties": { "secretName": { "type": "string", "minLength": 1 }, "hosts": { "type": "array", "minItems": 1, "items": { "type": "string" } } }, "x-fix": "Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`." } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be object,null" };
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
        const err1 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema30.properties.install.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.create !== void 0) {
      let data1 = data.create;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/create", schemaPath: "#/properties/create/type", keyword: "type", params: { type: schema30.properties.create.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
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
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string" && data5 !== null) {
            const err6 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.tls !== void 0) {
      let data6 = data.tls;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema33.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.secretName === void 0) {
              const err8 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data7.hosts === void 0) {
              const err9 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data7.secretName !== void 0) {
              let data8 = data7.secretName;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err10 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.hosts !== void 0) {
              let data9 = data7.hosts;
              if (Array.isArray(data9)) {
                if (data9.length < 1) {
                  const err12 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data9[i1] !== "string") {
                    const err13 = { instancePath: instancePath + "/tls/" + i0 + "/hosts/" + i1, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.class !== void 0) {
      let data11 = data.class;
      if (typeof data11 !== "string" && data11 !== null) {
        const err16 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/type", keyword: "type", params: { type: schema30.properties.class.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.secondary !== void 0) {
      let data12 = data.secondary;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err17 = { instancePath: instancePath + "/secondary", schemaPath: "#/properties/secondary/type", keyword: "type", params: { type: schema30.properties.secondary.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.tls !== void 0) {
          let data13 = data12.tls;
          if (!Array.isArray(data13) && data13 !== null) {
            const err18 = { instancePath: instancePath + "/secondary/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema33.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (Array.isArray(data13)) {
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.secretName === void 0) {
                  const err19 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data14.hosts === void 0) {
                  const err20 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data14.secretName !== void 0) {
                  let data15 = data14.secretName;
                  if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                      const err21 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data14.hosts !== void 0) {
                  let data16 = data14.hosts;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err23 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    const len3 = data16.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data16[i3] !== "string") {
                        const err24 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts/" + i3, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          }
        }
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema35 = { "type": ["object", "null"], "properties": { "install": { "type": ["boolean", "null"], "x-message": "`{path}` must be true or false", "x-fix": "Write `install: true` or `install: false` without quotes." }, "pod": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "container": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (the operator chart's extraEnv is a list; this one is not)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`.' } } };
var schema36 = { "type": ["object", "null"], "properties": { "runAsGroup": { "const": 0, "x-message": "`{path}` may only be 0 (the reference: any other value is an error)", "x-fix": "Set `runAsGroup: 0` or remove it." } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema35.type }, message: "must be object,null" };
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
        const err1 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema35.properties.install.type }, message: "must be boolean,null" };
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
        const err2 = { instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/type", keyword: "type", params: { type: schema35.properties.pod.type }, message: "must be object,null" };
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
            const err3 = { instancePath: instancePath + "/pod/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null" };
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
        const err5 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: schema35.properties.container.type }, message: "must be object,null" };
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
            const err6 = { instancePath: instancePath + "/container/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null" };
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
        const err8 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema35.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.global !== void 0) {
      if (!validate15(data.global, { instancePath: instancePath + "/global", parentData: data, parentDataProperty: "global", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress !== void 0) {
      if (!validate32(data.ingress, { instancePath: instancePath + "/ingress", parentData: data, parentDataProperty: "ingress", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.reconcileFrequency !== void 0) {
      if (typeof data.reconcileFrequency !== "string") {
        const err0 = { instancePath: instancePath + "/reconcileFrequency", schemaPath: "#/properties/reconcileFrequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data._releaseId !== void 0) {
      if (typeof data._releaseId !== "string") {
        const err1 = { instancePath: instancePath + "/_releaseId", schemaPath: "#/properties/_releaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.api !== void 0) {
      if (!validate34(data.api, { instancePath: instancePath + "/api", parentData: data, parentDataProperty: "api", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.app !== void 0) {
      if (!validate34(data.app, { instancePath: instancePath + "/app", parentData: data, parentDataProperty: "app", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePreHook !== void 0) {
      if (!validate34(data.appRenamePreHook, { instancePath: instancePath + "/appRenamePreHook", parentData: data, parentDataProperty: "appRenamePreHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePostHook !== void 0) {
      if (!validate34(data.appRenamePostHook, { instancePath: instancePath + "/appRenamePostHook", parentData: data, parentDataProperty: "appRenamePostHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.console !== void 0) {
      if (!validate34(data.console, { instancePath: instancePath + "/console", parentData: data, parentDataProperty: "console", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.executor !== void 0) {
      if (!validate34(data.executor, { instancePath: instancePath + "/executor", parentData: data, parentDataProperty: "executor", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.filemeta !== void 0) {
      if (!validate34(data.filemeta, { instancePath: instancePath + "/filemeta", parentData: data, parentDataProperty: "filemeta", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.anaconda2 !== void 0) {
      if (!validate34(data.anaconda2, { instancePath: instancePath + "/anaconda2", parentData: data, parentDataProperty: "anaconda2", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.filestream !== void 0) {
      if (!validate34(data.filestream, { instancePath: instancePath + "/filestream", parentData: data, parentDataProperty: "filestream", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["flat-run-fields-updater"] !== void 0) {
      if (!validate34(data["flat-run-fields-updater"], { instancePath: instancePath + "/flat-run-fields-updater", parentData: data, parentDataProperty: "flat-run-fields-updater", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-updater"] !== void 0) {
      if (!validate34(data["history-updater"], { instancePath: instancePath + "/history-updater", parentData: data, parentDataProperty: "history-updater", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-reader"] !== void 0) {
      if (!validate34(data["history-reader"], { instancePath: instancePath + "/history-reader", parentData: data, parentDataProperty: "history-reader", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.frontend !== void 0) {
      if (!validate34(data.frontend, { instancePath: instancePath + "/frontend", parentData: data, parentDataProperty: "frontend", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.glue !== void 0) {
      if (!validate34(data.glue, { instancePath: instancePath + "/glue", parentData: data, parentDataProperty: "glue", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.internalSignerPreHook !== void 0) {
      if (!validate34(data.internalSignerPreHook, { instancePath: instancePath + "/internalSignerPreHook", parentData: data, parentDataProperty: "internalSignerPreHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["metric-observer"] !== void 0) {
      if (!validate34(data["metric-observer"], { instancePath: instancePath + "/metric-observer", parentData: data, parentDataProperty: "metric-observer", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.parquet !== void 0) {
      if (!validate34(data.parquet, { instancePath: instancePath + "/parquet", parentData: data, parentDataProperty: "parquet", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["parquet-metadata-cache"] !== void 0) {
      if (!validate34(data["parquet-metadata-cache"], { instancePath: instancePath + "/parquet-metadata-cache", parentData: data, parentDataProperty: "parquet-metadata-cache", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.settingsMigrationJob !== void 0) {
      if (!validate34(data.settingsMigrationJob, { instancePath: instancePath + "/settingsMigrationJob", parentData: data, parentDataProperty: "settingsMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouseMigrationJob !== void 0) {
      if (!validate34(data.clickhouseMigrationJob, { instancePath: instancePath + "/clickhouseMigrationJob", parentData: data, parentDataProperty: "clickhouseMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.weave !== void 0) {
      if (!validate34(data.weave, { instancePath: instancePath + "/weave", parentData: data, parentDataProperty: "weave", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["mcp-server"] !== void 0) {
      if (!validate34(data["mcp-server"], { instancePath: instancePath + "/mcp-server", parentData: data, parentDataProperty: "mcp-server", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace"] !== void 0) {
      if (!validate34(data["weave-trace"], { instancePath: instancePath + "/weave-trace", parentData: data, parentDataProperty: "weave-trace", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-worker"] !== void 0) {
      if (!validate34(data["weave-trace-worker"], { instancePath: instancePath + "/weave-trace-worker", parentData: data, parentDataProperty: "weave-trace-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-evaluate-model-worker"] !== void 0) {
      if (!validate34(data["weave-evaluate-model-worker"], { instancePath: instancePath + "/weave-evaluate-model-worker", parentData: data, parentDataProperty: "weave-evaluate-model-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-agent-scoring-worker"] !== void 0) {
      if (!validate34(data["weave-trace-agent-scoring-worker"], { instancePath: instancePath + "/weave-trace-agent-scoring-worker", parentData: data, parentDataProperty: "weave-trace-agent-scoring-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.nginx !== void 0) {
      if (!validate34(data.nginx, { instancePath: instancePath + "/nginx", parentData: data, parentDataProperty: "nginx", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.mysql !== void 0) {
      if (!validate34(data.mysql, { instancePath: instancePath + "/mysql", parentData: data, parentDataProperty: "mysql", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.yace !== void 0) {
      if (!validate34(data.yace, { instancePath: instancePath + "/yace", parentData: data, parentDataProperty: "yace", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.redis !== void 0) {
      if (!validate34(data.redis, { instancePath: instancePath + "/redis", parentData: data, parentDataProperty: "redis", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheus !== void 0) {
      if (!validate34(data.prometheus, { instancePath: instancePath + "/prometheus", parentData: data, parentDataProperty: "prometheus", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== void 0) {
      if (!validate34(data.stackdriver, { instancePath: instancePath + "/stackdriver", parentData: data, parentDataProperty: "stackdriver", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.otel !== void 0) {
      if (!validate34(data.otel, { instancePath: instancePath + "/otel", parentData: data, parentDataProperty: "otel", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.kafka !== void 0) {
      if (!validate34(data.kafka, { instancePath: instancePath + "/kafka", parentData: data, parentDataProperty: "kafka", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.etcd !== void 0) {
      if (!validate34(data.etcd, { instancePath: instancePath + "/etcd", parentData: data, parentDataProperty: "etcd", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufstream !== void 0) {
      if (!validate34(data.bufstream, { instancePath: instancePath + "/bufstream", parentData: data, parentDataProperty: "bufstream", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["lumen-agent"] !== void 0) {
      if (!validate34(data["lumen-agent"], { instancePath: instancePath + "/lumen-agent", parentData: data, parentDataProperty: "lumen-agent", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.reloader !== void 0) {
      if (!validate34(data.reloader, { instancePath: instancePath + "/reloader", parentData: data, parentDataProperty: "reloader", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouse !== void 0) {
      if (!validate34(data.clickhouse, { instancePath: instancePath + "/clickhouse", parentData: data, parentDataProperty: "clickhouse", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
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
          type: "string",
          pattern: "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$"
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      "x-message": "`{path}` must be a port number from 1 to 65535 (quoted or not)",
      "x-fix": "Write the port as a number, e.g. `port: 3306`."
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
          properties: {
            host: {
              type: ["string", "null"]
            },
            port: {
              $ref: "#/definitions/redisPort"
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
    },
    redisPort: {
      anyOf: [
        {
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        {
          type: "string",
          pattern: "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$"
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      description: 'The Redis port; the chart appends what follows a `?` to the connection URL as parameters (W&B\'s AWS Terraform writes "6379?tls=true&ttlInSeconds=604800").',
      "x-message": "`{path}` must be a port number from 1 to 65535, optionally followed by ?parameters",
      "x-fix": 'Write the port as a number, e.g. `port: 6379`, or with parameters: `port: "6379?tls=true"`.'
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
    const child2 = childSchema(chain, segment);
    if (!child2) return [];
    chain = expand(child2);
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
  let text3 = "";
  for (const segment of path) {
    if (/^\d+$/.test(segment) && text3) text3 += `[${segment}]`;
    else text3 += text3 ? `.${segment}` : segment;
  }
  return text3;
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
  const shown3 = typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  return template.replace(/\{path\}/g, shortPath(path)).replace(/\{value\}/g, shown3 ?? "");
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

// src/config/v2/generated/v2-validator.js
var runtime0Module2 = __toESM(require_ucs2length(), 1);
var runtime02 = { default: typeof runtime0Module2.default === "function" ? runtime0Module2.default : runtime0Module2.default.default };
var v2_validator_default = validate21;
var schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "WeightsAndBiases apps.wandb.com/v2, from the operator's CRD weightsandbiases.apps.wandb.com", "type": "object", "properties": { "apiVersion": { "const": "apps.wandb.com/v2" }, "kind": { "const": "WeightsAndBiases" }, "metadata": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1 }, "namespace": { "type": "string" } } }, "spec": { "type": "object", "required": ["retentionPolicy"], "properties": { "affinity": { "$ref": "#/definitions/d23" }, "clickhouse": { "type": "object", "additionalProperties": { "type": "object", "properties": { "externalClickhouse": { "type": "object", "properties": { "clusterName": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "database": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "host": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "httpPort": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "password": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "replicated": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "tcpPort": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "url": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "username": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false }, "managedClickhouse": { "type": "object", "properties": { "affinity": { "$ref": "#/definitions/d23" }, "config": { "$ref": "#/definitions/d15" }, "keeper": { "type": "object", "properties": { "config": { "$ref": "#/definitions/d15" }, "replicas": { "type": "integer" }, "storageSize": { "type": "string" } }, "additionalProperties": false }, "name": { "type": "string" }, "namespace": { "type": "string" }, "objectStorage": { "type": "object", "properties": { "insecure": { "type": "boolean" }, "prefix": { "type": "string" } }, "additionalProperties": false }, "replicas": { "type": "integer" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "serviceAccount": { "$ref": "#/definitions/d0" }, "storageSize": { "type": "string" }, "telemetry": { "type": "object", "required": ["enabled"], "properties": { "enabled": { "type": "boolean", "default": true } }, "additionalProperties": false }, "tolerations": { "$ref": "#/definitions/d4" }, "version": { "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false } }, "global": { "type": "object", "properties": { "caCertsConfigMap": { "type": "string" }, "customCACerts": { "type": "array", "items": { "type": "string" } }, "imagePullSecrets": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "default": "" } }, "additionalProperties": false } }, "imageRegistry": { "type": "string" }, "proxy": { "type": "object", "properties": { "httpProxy": { "$ref": "#/definitions/d6" }, "httpsProxy": { "$ref": "#/definitions/d6" }, "noProxy": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false } }, "additionalProperties": false }, "kafka": { "type": "object", "properties": { "managedKafka": { "type": "object", "properties": { "affinity": { "$ref": "#/definitions/d23" }, "config": { "type": "object", "properties": { "replicationConfig": { "type": "object", "properties": { "defaultReplicationFactor": { "type": "integer" }, "minInSyncReplicas": { "type": "integer" }, "offsetsTopicRF": { "type": "integer" }, "transactionStateISR": { "type": "integer" }, "transactionStateRF": { "type": "integer" } }, "additionalProperties": false }, "resources": { "$ref": "#/definitions/d13" } }, "additionalProperties": false }, "name": { "type": "string" }, "namespace": { "type": "string" }, "replicas": { "type": "integer" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "serviceAccount": { "$ref": "#/definitions/d0" }, "skipDataRecovery": { "type": "boolean" }, "storageSize": { "type": "string" }, "telemetry": { "type": "object", "required": ["enabled"], "properties": { "enabled": { "type": "boolean", "default": true } }, "additionalProperties": false }, "tolerations": { "$ref": "#/definitions/d4" } }, "additionalProperties": false } }, "additionalProperties": false }, "mysql": { "type": "object", "additionalProperties": { "type": "object", "properties": { "externalMysql": { "type": "object", "properties": { "database": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "host": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "password": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "port": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "sslCa": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "sslCert": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "sslKey": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "tls": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "url": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "username": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false }, "managedMysql": { "type": "object", "properties": { "affinity": { "$ref": "#/definitions/d23" }, "config": { "$ref": "#/definitions/d15" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "replicas": { "type": "integer" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "storageSize": { "type": "string" }, "telemetry": { "type": "object", "required": ["enabled"], "properties": { "enabled": { "type": "boolean", "default": true } }, "additionalProperties": false }, "tolerations": { "$ref": "#/definitions/d4" } }, "additionalProperties": false } }, "additionalProperties": false } }, "networking": { "type": "object", "properties": { "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "gatewayAPI": { "type": "object", "required": ["gateway"], "properties": { "gateway": { "type": "object", "properties": { "gatewayClassName": { "type": "string" }, "gatewayRef": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "namespace": { "type": "string" } }, "additionalProperties": false }, "infrastructureAnnotations": { "type": "object", "additionalProperties": { "type": "string" } }, "listeners": { "type": "array", "items": { "type": "object", "required": ["name", "port", "protocol"], "properties": { "hostname": { "type": "string" }, "name": { "type": "string" }, "port": { "type": "integer" }, "protocol": { "type": "string" }, "tls": { "type": "object", "properties": { "certificateRef": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "namespace": { "type": "string" } }, "additionalProperties": false }, "mode": { "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false } }, "managed": { "type": "boolean", "default": false } }, "additionalProperties": false }, "listenerName": { "type": "string" } }, "additionalProperties": false }, "ingress": { "type": "object", "properties": { "ingressClassName": { "type": "string" }, "name": { "type": "string" } }, "additionalProperties": false }, "mode": { "type": "string", "enum": ["", "ingress", "gateway"] }, "tls": { "type": "object", "properties": { "certManager": { "type": "object", "properties": { "clusterIssuer": { "type": "string" }, "issuer": { "type": "string" } }, "additionalProperties": false }, "secretName": { "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false }, "objectStore": { "type": "object", "additionalProperties": { "type": "object", "properties": { "bucketAttributionDisabled": { "type": "boolean", "default": false }, "externalObjectStore": { "type": "object", "properties": { "accessKey": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "bucket": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "endpoint": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "forcePathStyle": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "path": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "port": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "provider": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "region": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "secretKey": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "tlsEnabled": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "url": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false }, "managedObjectStore": { "type": "object", "properties": { "SeaweedObjectStoreSpec": { "type": "object", "properties": { "filerStorageSize": { "type": "string" }, "tlsEnabled": { "type": "boolean" } }, "additionalProperties": false }, "affinity": { "$ref": "#/definitions/d23" }, "config": { "type": "object", "properties": { "accessKey": { "type": "string" }, "minioBrowserSetting": { "type": "string" }, "resources": { "$ref": "#/definitions/d13" }, "rootUser": { "type": "string" } }, "additionalProperties": false }, "copies": { "type": "integer" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "replicas": { "type": "integer" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "storageSize": { "type": "string" }, "telemetry": { "type": "object", "required": ["enabled"], "properties": { "enabled": { "type": "boolean", "default": true } }, "additionalProperties": false }, "tolerations": { "$ref": "#/definitions/d4" } }, "additionalProperties": false } }, "additionalProperties": false } }, "redis": { "type": "object", "additionalProperties": { "type": "object", "properties": { "externalRedis": { "type": "object", "properties": { "host": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "password": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "port": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "sslCa": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "tls": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "url": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false }, "managedRedis": { "type": "object", "properties": { "affinity": { "$ref": "#/definitions/d23" }, "config": { "$ref": "#/definitions/d15" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "sentinel": { "type": "object", "required": ["enabled"], "properties": { "config": { "type": "object", "properties": { "masterName": { "type": "string" }, "resources": { "$ref": "#/definitions/d13" } }, "additionalProperties": false }, "enabled": { "type": "boolean" } }, "additionalProperties": false }, "storageSize": { "type": "string" }, "telemetry": { "type": "object", "required": ["enabled"], "properties": { "enabled": { "type": "boolean", "default": true } }, "additionalProperties": false }, "tolerations": { "$ref": "#/definitions/d4" } }, "additionalProperties": false } }, "additionalProperties": false } }, "requireLimits": { "type": "boolean" }, "retentionPolicy": { "type": "object", "required": ["onDelete"], "properties": { "onDelete": { "type": "string", "default": "detach" } }, "additionalProperties": false }, "size": { "type": "string", "enum": ["dev", "micro", "small", "medium", "large", "xlarge", "xxlarge"] }, "tolerations": { "$ref": "#/definitions/d4" }, "wandb": { "type": "object", "required": ["bucketProxy", "features", "hostname", "version"], "properties": { "additionalHostnames": { "type": "array", "items": { "type": "string" } }, "applications": { "type": "object", "additionalProperties": { "type": "object", "properties": { "autoscaling": { "type": "object", "properties": { "maxReplicas": { "type": "integer", "minimum": 1 }, "minReplicas": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false } }, "bucketProxy": { "type": "boolean" }, "features": { "type": "object", "additionalProperties": { "type": "boolean" } }, "hostname": { "type": "string" }, "internalServiceAuth": { "type": "object", "properties": { "enabled": { "type": "boolean" }, "oidcIssuer": { "type": "string" } }, "additionalProperties": false }, "legacyOverrides": { "type": "object", "additionalProperties": { "type": "object", "properties": { "env": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "value": { "type": "string" }, "valueFrom": { "type": "object", "properties": { "configMapKeyRef": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "fieldRef": { "type": "object", "required": ["fieldPath"], "properties": { "apiVersion": { "type": "string" }, "fieldPath": { "type": "string" } }, "additionalProperties": false }, "fileKeyRef": { "type": "object", "required": ["key", "path", "volumeName"], "properties": { "key": { "type": "string" }, "optional": { "type": "boolean", "default": false }, "path": { "type": "string" }, "volumeName": { "type": "string" } }, "additionalProperties": false }, "resourceFieldRef": { "type": "object", "required": ["resource"], "properties": { "containerName": { "type": "string" }, "divisor": { "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "anyOf": [{ "type": "integer" }, { "type": "string" }] }, "resource": { "type": "string" } }, "additionalProperties": false }, "secretKeyRef": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false } }, "resources": { "$ref": "#/definitions/d13" } }, "additionalProperties": false } }, "license": { "type": "string" }, "manifestRepository": { "type": "string" }, "notifications": { "type": "object", "properties": { "email": { "type": "object", "properties": { "sink": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "smtp": { "type": "object", "required": ["host", "password", "port", "username"], "properties": { "host": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "password": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "port": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "username": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false }, "slack": { "type": "object", "properties": { "clientId": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "clientSecret": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false } }, "additionalProperties": false }, "oidc": { "type": "object", "properties": { "authMethod": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "clientId": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "clientSecret": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "issuerUrl": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false }, "sessionLength": { "type": "string" } }, "additionalProperties": false }, "probes": { "type": "object", "properties": { "livenessProbe": { "$ref": "#/definitions/d18" }, "readinessProbe": { "$ref": "#/definitions/d18" }, "startupProbe": { "$ref": "#/definitions/d18" } }, "additionalProperties": false }, "security": { "type": "object", "properties": { "allowAnonymousPublicProjects": { "type": "boolean", "default": false }, "allowUserTeamCreation": { "type": "boolean", "default": false }, "disableCodeSaving": { "type": "boolean", "default": false }, "disableSSOProvisioning": { "type": "boolean", "default": false }, "hideUpgradeBanner": { "type": "boolean", "default": false }, "insecureAllowAPIKeyAdminAccess": { "type": "boolean", "default": false } }, "additionalProperties": false }, "serviceAccount": { "type": "object", "required": ["create"], "properties": { "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "create": { "type": "boolean", "default": true }, "serviceAccountName": { "type": "string", "default": "wandb" } }, "additionalProperties": false }, "version": { "type": "string" } }, "additionalProperties": false } }, "additionalProperties": false }, "status": { "type": "object" } }, "additionalProperties": false, "definitions": { "d0": { "type": "object", "properties": { "annotations": { "type": "object", "additionalProperties": { "type": "string" } }, "create": { "type": "boolean" }, "serviceAccountName": { "type": "string" } }, "additionalProperties": false }, "d1": { "type": "object", "properties": { "effect": { "type": "string" }, "key": { "type": "string" }, "operator": { "type": "string" }, "tolerationSeconds": { "type": "integer" }, "value": { "type": "string" } }, "additionalProperties": false }, "d2": { "type": "array", "items": { "type": "object", "required": ["key", "operator"], "properties": { "key": { "type": "string" }, "operator": { "type": "string" }, "values": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false } }, "d3": { "type": "object", "additionalProperties": { "pattern": "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "anyOf": [{ "type": "integer" }, { "type": "string" }] } }, "d4": { "type": "array", "items": { "$ref": "#/definitions/d1" } }, "d5": { "type": "object", "properties": { "secretKeyRef": { "type": "object", "required": ["key"], "properties": { "key": { "type": "string" }, "name": { "type": "string", "default": "" }, "optional": { "type": "boolean" } }, "additionalProperties": false } }, "additionalProperties": false }, "d6": { "type": "object", "properties": { "value": { "type": "string" }, "valueFrom": { "$ref": "#/definitions/d5" } }, "additionalProperties": false }, "d7": { "type": "object", "properties": { "matchExpressions": { "$ref": "#/definitions/d2" }, "matchLabels": { "type": "object", "additionalProperties": { "type": "string" } } }, "additionalProperties": false }, "d8": { "type": "object", "required": ["port"], "properties": { "host": { "type": "string" }, "httpHeaders": { "type": "array", "items": { "type": "object", "required": ["name", "value"], "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "additionalProperties": false } }, "path": { "type": "string" }, "port": { "anyOf": [{ "type": "integer" }, { "type": "string" }] }, "scheme": { "type": "string" } }, "additionalProperties": false }, "d9": { "type": "object", "properties": { "matchExpressions": { "$ref": "#/definitions/d2" }, "matchFields": { "$ref": "#/definitions/d2" } }, "additionalProperties": false }, "d10": { "type": "array", "items": { "$ref": "#/definitions/d9" } }, "d11": { "type": "object", "required": ["preference", "weight"], "properties": { "preference": { "$ref": "#/definitions/d9" }, "weight": { "type": "integer" } }, "additionalProperties": false }, "d12": { "type": "object", "required": ["nodeSelectorTerms"], "properties": { "nodeSelectorTerms": { "$ref": "#/definitions/d10" } }, "additionalProperties": false }, "d13": { "type": "object", "properties": { "claims": { "type": "array", "items": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string" }, "request": { "type": "string" } }, "additionalProperties": false } }, "limits": { "$ref": "#/definitions/d3" }, "requests": { "$ref": "#/definitions/d3" } }, "additionalProperties": false }, "d14": { "type": "array", "items": { "$ref": "#/definitions/d11" } }, "d15": { "type": "object", "properties": { "resources": { "$ref": "#/definitions/d13" } }, "additionalProperties": false }, "d16": { "type": "object", "required": ["topologyKey"], "properties": { "labelSelector": { "$ref": "#/definitions/d7" }, "matchLabelKeys": { "type": "array", "items": { "type": "string" } }, "mismatchLabelKeys": { "type": "array", "items": { "type": "string" } }, "namespaceSelector": { "$ref": "#/definitions/d7" }, "namespaces": { "type": "array", "items": { "type": "string" } }, "topologyKey": { "type": "string" } }, "additionalProperties": false }, "d17": { "type": "array", "items": { "$ref": "#/definitions/d16" } }, "d18": { "type": "object", "properties": { "exec": { "type": "object", "properties": { "command": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }, "failureThreshold": { "type": "integer" }, "grpc": { "type": "object", "required": ["port"], "properties": { "port": { "type": "integer" }, "service": { "type": "string", "default": "" } }, "additionalProperties": false }, "httpGet": { "$ref": "#/definitions/d8" }, "initialDelaySeconds": { "type": "integer" }, "periodSeconds": { "type": "integer" }, "successThreshold": { "type": "integer" }, "tcpSocket": { "type": "object", "required": ["port"], "properties": { "host": { "type": "string" }, "port": { "anyOf": [{ "type": "integer" }, { "type": "string" }] } }, "additionalProperties": false }, "terminationGracePeriodSeconds": { "type": "integer" }, "timeoutSeconds": { "type": "integer" } }, "additionalProperties": false }, "d19": { "type": "object", "required": ["podAffinityTerm", "weight"], "properties": { "podAffinityTerm": { "$ref": "#/definitions/d16" }, "weight": { "type": "integer" } }, "additionalProperties": false }, "d20": { "type": "array", "items": { "$ref": "#/definitions/d19" } }, "d21": { "type": "object", "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/definitions/d14" }, "requiredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/definitions/d12" } }, "additionalProperties": false }, "d22": { "type": "object", "properties": { "preferredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/definitions/d20" }, "requiredDuringSchedulingIgnoredDuringExecution": { "$ref": "#/definitions/d17" } }, "additionalProperties": false }, "d23": { "type": "object", "properties": { "nodeAffinity": { "$ref": "#/definitions/d21" }, "podAffinity": { "$ref": "#/definitions/d22" }, "podAntiAffinity": { "$ref": "#/definitions/d22" } }, "additionalProperties": false } } };
var func22 = runtime02.default;
var func32 = Object.prototype.hasOwnProperty;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.key === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.operator === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property 'operator'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "key" || key0 === "operator" || key0 === "values")) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          if (typeof data0.key !== "string") {
            const err3 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.operator !== void 0) {
          if (typeof data0.operator !== "string") {
            const err4 = { instancePath: instancePath + "/" + i0 + "/operator", schemaPath: "#/items/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.values !== void 0) {
          let data3 = data0.values;
          if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (typeof data3[i1] !== "string") {
                const err5 = { instancePath: instancePath + "/" + i0 + "/values/" + i1, schemaPath: "#/items/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/" + i0 + "/values", schemaPath: "#/items/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchFields")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      if (!validate27(data.matchExpressions, { instancePath: instancePath + "/matchExpressions", parentData: data, parentDataProperty: "matchExpressions", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchFields !== void 0) {
      if (!validate27(data.matchFields, { instancePath: instancePath + "/matchFields", parentData: data, parentDataProperty: "matchFields", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.preference === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "preference" }, message: "must have required property 'preference'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.weight === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "preference" || key0 === "weight")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.preference !== void 0) {
      if (!validate26(data.preference, { instancePath: instancePath + "/preference", parentData: data, parentDataProperty: "preference", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
  validate25.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate25(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate342(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate26(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate342.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.nodeSelectorTerms === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "nodeSelectorTerms" }, message: "must have required property 'nodeSelectorTerms'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "nodeSelectorTerms")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.nodeSelectorTerms !== void 0) {
      if (!validate342(data.nodeSelectorTerms, { instancePath: instancePath + "/nodeSelectorTerms", parentData: data, parentDataProperty: "nodeSelectorTerms", rootData })) {
        vErrors = vErrors === null ? validate342.errors : vErrors.concat(validate342.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!validate24(data.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!validate33(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "matchExpressions" || key0 === "matchLabels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.matchExpressions !== void 0) {
      if (!validate27(data.matchExpressions, { instancePath: instancePath + "/matchExpressions", parentData: data, parentDataProperty: "matchExpressions", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchLabels !== void 0) {
      let data1 = data.matchLabels;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (typeof data1[key1] !== "string") {
            const err1 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
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
  validate43.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.topologyKey === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topologyKey" }, message: "must have required property 'topologyKey'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "labelSelector" || key0 === "matchLabelKeys" || key0 === "mismatchLabelKeys" || key0 === "namespaceSelector" || key0 === "namespaces" || key0 === "topologyKey")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.labelSelector !== void 0) {
      if (!validate43(data.labelSelector, { instancePath: instancePath + "/labelSelector", parentData: data, parentDataProperty: "labelSelector", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.matchLabelKeys !== void 0) {
      let data1 = data.matchLabelKeys;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== "string") {
            const err2 = { instancePath: instancePath + "/matchLabelKeys/" + i0, schemaPath: "#/properties/matchLabelKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/matchLabelKeys", schemaPath: "#/properties/matchLabelKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mismatchLabelKeys !== void 0) {
      let data3 = data.mismatchLabelKeys;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== "string") {
            const err4 = { instancePath: instancePath + "/mismatchLabelKeys/" + i1, schemaPath: "#/properties/mismatchLabelKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/mismatchLabelKeys", schemaPath: "#/properties/mismatchLabelKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.namespaceSelector !== void 0) {
      if (!validate43(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
    }
    if (data.namespaces !== void 0) {
      let data6 = data.namespaces;
      if (Array.isArray(data6)) {
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data6[i2] !== "string") {
            const err6 = { instancePath: instancePath + "/namespaces/" + i2, schemaPath: "#/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.topologyKey !== void 0) {
      if (typeof data.topologyKey !== "string") {
        const err8 = { instancePath: instancePath + "/topologyKey", schemaPath: "#/properties/topologyKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.podAffinityTerm === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "podAffinityTerm" }, message: "must have required property 'podAffinityTerm'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.weight === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "weight" }, message: "must have required property 'weight'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "podAffinityTerm" || key0 === "weight")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.podAffinityTerm !== void 0) {
      if (!validate42(data.podAffinityTerm, { instancePath: instancePath + "/podAffinityTerm", parentData: data, parentDataProperty: "podAffinityTerm", rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
    if (data.weight !== void 0) {
      let data1 = data.weight;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/weight", schemaPath: "#/properties/weight/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
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
  validate41.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate41(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate42(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "preferredDuringSchedulingIgnoredDuringExecution" || key0 === "requiredDuringSchedulingIgnoredDuringExecution")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.preferredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!validate40(data.preferredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/preferredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "preferredDuringSchedulingIgnoredDuringExecution", rootData })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.requiredDuringSchedulingIgnoredDuringExecution !== void 0) {
      if (!validate50(data.requiredDuringSchedulingIgnoredDuringExecution, { instancePath: instancePath + "/requiredDuringSchedulingIgnoredDuringExecution", parentData: data, parentDataProperty: "requiredDuringSchedulingIgnoredDuringExecution", rootData })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "nodeAffinity" || key0 === "podAffinity" || key0 === "podAntiAffinity")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.nodeAffinity !== void 0) {
      if (!validate23(data.nodeAffinity, { instancePath: instancePath + "/nodeAffinity", parentData: data, parentDataProperty: "nodeAffinity", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.podAffinity !== void 0) {
      if (!validate39(data.podAffinity, { instancePath: instancePath + "/podAffinity", parentData: data, parentDataProperty: "podAffinity", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.podAntiAffinity !== void 0) {
      if (!validate39(data.podAntiAffinity, { instancePath: instancePath + "/podAntiAffinity", parentData: data, parentDataProperty: "podAntiAffinity", rootData })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var pattern02 = new RegExp("^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$", "u");
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs6 = errors;
        if (typeof data0 !== "string") {
          const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err2 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
      if (typeof data0 === "string") {
        if (!pattern02.test(data0)) {
          const err3 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, message: 'must match pattern "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
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
  validate59.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "claims" || key0 === "limits" || key0 === "requests")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.claims !== void 0) {
      let data0 = data.claims;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.name === void 0) {
              const err1 = { instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "name" || key1 === "request")) {
                const err2 = { instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.name !== void 0) {
              if (typeof data1.name !== "string") {
                const err3 = { instancePath: instancePath + "/claims/" + i0 + "/name", schemaPath: "#/properties/claims/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.request !== void 0) {
              if (typeof data1.request !== "string") {
                const err4 = { instancePath: instancePath + "/claims/" + i0 + "/request", schemaPath: "#/properties/claims/items/properties/request/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/claims/" + i0, schemaPath: "#/properties/claims/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/claims", schemaPath: "#/properties/claims/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      if (!validate59(data.limits, { instancePath: instancePath + "/limits", parentData: data, parentDataProperty: "limits", rootData })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if (data.requests !== void 0) {
      if (!validate59(data.requests, { instancePath: instancePath + "/requests", parentData: data, parentDataProperty: "requests", rootData })) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "resources")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.resources !== void 0) {
      if (!validate58(data.resources, { instancePath: instancePath + "/resources", parentData: data, parentDataProperty: "resources", rootData })) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "annotations" || key0 === "create" || key0 === "serviceAccountName")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data0 = data.annotations;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err1 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.create !== void 0) {
      if (typeof data.create !== "boolean") {
        const err3 = { instancePath: instancePath + "/create", schemaPath: "#/properties/create/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.serviceAccountName !== void 0) {
      if (typeof data.serviceAccountName !== "string") {
        const err4 = { instancePath: instancePath + "/serviceAccountName", schemaPath: "#/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "effect" || key0 === "key" || key0 === "operator" || key0 === "tolerationSeconds" || key0 === "value")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.effect !== void 0) {
      if (typeof data.effect !== "string") {
        const err1 = { instancePath: instancePath + "/effect", schemaPath: "#/properties/effect/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.key !== void 0) {
      if (typeof data.key !== "string") {
        const err2 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.operator !== void 0) {
      if (typeof data.operator !== "string") {
        const err3 = { instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tolerationSeconds !== void 0) {
      let data3 = data.tolerationSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err4 = { instancePath: instancePath + "/tolerationSeconds", schemaPath: "#/properties/tolerationSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err5 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate68(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "secretKeyRef")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.secretKeyRef !== void 0) {
      let data0 = data.secretKeyRef;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.name === void 0) {
          data0.name = "";
        }
        if (data0.key === void 0) {
          const err1 = { instancePath: instancePath + "/secretKeyRef", schemaPath: "#/properties/secretKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "key" || key1 === "name" || key1 === "optional")) {
            const err2 = { instancePath: instancePath + "/secretKeyRef", schemaPath: "#/properties/secretKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          if (typeof data0.key !== "string") {
            const err3 = { instancePath: instancePath + "/secretKeyRef/key", schemaPath: "#/properties/secretKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (typeof data0.name !== "string") {
          const err4 = { instancePath: instancePath + "/secretKeyRef/name", schemaPath: "#/properties/secretKeyRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.optional !== void 0) {
          if (typeof data0.optional !== "boolean") {
            const err5 = { instancePath: instancePath + "/secretKeyRef/optional", schemaPath: "#/properties/secretKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/secretKeyRef", schemaPath: "#/properties/secretKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "value" || key0 === "valueFrom")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== void 0) {
      if (typeof data.value !== "string") {
        const err1 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.valueFrom !== void 0) {
      if (!validate72(data.valueFrom, { instancePath: instancePath + "/valueFrom", parentData: data, parentDataProperty: "valueFrom", rootData })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
var schema29 = { "type": "object", "properties": { "exec": { "type": "object", "properties": { "command": { "type": "array", "items": { "type": "string" } } }, "additionalProperties": false }, "failureThreshold": { "type": "integer" }, "grpc": { "type": "object", "required": ["port"], "properties": { "port": { "type": "integer" }, "service": { "type": "string", "default": "" } }, "additionalProperties": false }, "httpGet": { "$ref": "#/definitions/d8" }, "initialDelaySeconds": { "type": "integer" }, "periodSeconds": { "type": "integer" }, "successThreshold": { "type": "integer" }, "tcpSocket": { "type": "object", "required": ["port"], "properties": { "host": { "type": "string" }, "port": { "anyOf": [{ "type": "integer" }, { "type": "string" }] } }, "additionalProperties": false }, "terminationGracePeriodSeconds": { "type": "integer" }, "timeoutSeconds": { "type": "integer" } }, "additionalProperties": false };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.port === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "host" || key0 === "httpHeaders" || key0 === "path" || key0 === "port" || key0 === "scheme")) {
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
    if (data.httpHeaders !== void 0) {
      let data1 = data.httpHeaders;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              const err3 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.value === void 0) {
              const err4 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data2) {
              if (!(key1 === "name" || key1 === "value")) {
                const err5 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data2.name !== void 0) {
              if (typeof data2.name !== "string") {
                const err6 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/name", schemaPath: "#/properties/httpHeaders/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data2.value !== void 0) {
              if (typeof data2.value !== "string") {
                const err7 = { instancePath: instancePath + "/httpHeaders/" + i0 + "/value", schemaPath: "#/properties/httpHeaders/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = { instancePath: instancePath + "/httpHeaders/" + i0, schemaPath: "#/properties/httpHeaders/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/httpHeaders", schemaPath: "#/properties/httpHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      if (typeof data.path !== "string") {
        const err10 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data6 = data.port;
      const _errs16 = errors;
      let valid4 = false;
      const _errs17 = errors;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err11 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const _errs19 = errors;
        if (typeof data6 !== "string") {
          const err12 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        valid4 = valid4 || _valid0;
      }
      if (!valid4) {
        const err13 = { instancePath: instancePath + "/port", schemaPath: "#/properties/port/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.scheme !== void 0) {
      if (typeof data.scheme !== "string") {
        const err14 = { instancePath: instancePath + "/scheme", schemaPath: "#/properties/scheme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func32.call(schema29.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.exec !== void 0) {
      let data0 = data.exec;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "command")) {
            const err1 = { instancePath: instancePath + "/exec", schemaPath: "#/properties/exec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.command !== void 0) {
          let data1 = data0.command;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data1[i0] !== "string") {
                const err2 = { instancePath: instancePath + "/exec/command/" + i0, schemaPath: "#/properties/exec/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
          } else {
            const err3 = { instancePath: instancePath + "/exec/command", schemaPath: "#/properties/exec/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/exec", schemaPath: "#/properties/exec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.failureThreshold !== void 0) {
      let data3 = data.failureThreshold;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/failureThreshold", schemaPath: "#/properties/failureThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.grpc !== void 0) {
      let data4 = data.grpc;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.service === void 0) {
          data4.service = "";
        }
        if (data4.port === void 0) {
          const err6 = { instancePath: instancePath + "/grpc", schemaPath: "#/properties/grpc/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "port" || key2 === "service")) {
            const err7 = { instancePath: instancePath + "/grpc", schemaPath: "#/properties/grpc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.port !== void 0) {
          let data5 = data4.port;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err8 = { instancePath: instancePath + "/grpc/port", schemaPath: "#/properties/grpc/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (typeof data4.service !== "string") {
          const err9 = { instancePath: instancePath + "/grpc/service", schemaPath: "#/properties/grpc/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/grpc", schemaPath: "#/properties/grpc/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.httpGet !== void 0) {
      if (!validate93(data.httpGet, { instancePath: instancePath + "/httpGet", parentData: data, parentDataProperty: "httpGet", rootData })) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.initialDelaySeconds !== void 0) {
      let data8 = data.initialDelaySeconds;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err11 = { instancePath: instancePath + "/initialDelaySeconds", schemaPath: "#/properties/initialDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.periodSeconds !== void 0) {
      let data9 = data.periodSeconds;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err12 = { instancePath: instancePath + "/periodSeconds", schemaPath: "#/properties/periodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.successThreshold !== void 0) {
      let data10 = data.successThreshold;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err13 = { instancePath: instancePath + "/successThreshold", schemaPath: "#/properties/successThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.tcpSocket !== void 0) {
      let data11 = data.tcpSocket;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (data11.port === void 0) {
          const err14 = { instancePath: instancePath + "/tcpSocket", schemaPath: "#/properties/tcpSocket/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key3 in data11) {
          if (!(key3 === "host" || key3 === "port")) {
            const err15 = { instancePath: instancePath + "/tcpSocket", schemaPath: "#/properties/tcpSocket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data11.host !== void 0) {
          if (typeof data11.host !== "string") {
            const err16 = { instancePath: instancePath + "/tcpSocket/host", schemaPath: "#/properties/tcpSocket/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data11.port !== void 0) {
          let data13 = data11.port;
          const _errs31 = errors;
          let valid6 = false;
          const _errs32 = errors;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err17 = { instancePath: instancePath + "/tcpSocket/port", schemaPath: "#/properties/tcpSocket/properties/port/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs32 === errors;
          valid6 = valid6 || _valid0;
          if (!valid6) {
            const _errs34 = errors;
            if (typeof data13 !== "string") {
              const err18 = { instancePath: instancePath + "/tcpSocket/port", schemaPath: "#/properties/tcpSocket/properties/port/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            var _valid0 = _errs34 === errors;
            valid6 = valid6 || _valid0;
          }
          if (!valid6) {
            const err19 = { instancePath: instancePath + "/tcpSocket/port", schemaPath: "#/properties/tcpSocket/properties/port/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs31;
            if (vErrors !== null) {
              if (_errs31) {
                vErrors.length = _errs31;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/tcpSocket", schemaPath: "#/properties/tcpSocket/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.terminationGracePeriodSeconds !== void 0) {
      let data14 = data.terminationGracePeriodSeconds;
      if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
        const err21 = { instancePath: instancePath + "/terminationGracePeriodSeconds", schemaPath: "#/properties/terminationGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.timeoutSeconds !== void 0) {
      let data15 = data.timeoutSeconds;
      if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
        const err22 = { instancePath: instancePath + "/timeoutSeconds", schemaPath: "#/properties/timeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      if ("apps.wandb.com/v2" !== data.apiVersion) {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "apps.wandb.com/v2" }, message: "must be equal to constant" };
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
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func22(data3) < 1) {
              const err3 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          if (typeof data2.namespace !== "string") {
            const err5 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data5 = data.spec;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.retentionPolicy === void 0) {
          const err7 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "retentionPolicy" }, message: "must have required property 'retentionPolicy'" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!func32.call(schema6.properties.spec.properties, key1)) {
            const err8 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data5.affinity !== void 0) {
          if (!validate22(data5.affinity, { instancePath: instancePath + "/spec/affinity", parentData: data5, parentDataProperty: "affinity", rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
        if (data5.clickhouse !== void 0) {
          let data7 = data5.clickhouse;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              let data8 = data7[key2];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                for (const key3 in data8) {
                  if (!(key3 === "externalClickhouse" || key3 === "managedClickhouse")) {
                    const err9 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data8.externalClickhouse !== void 0) {
                  let data9 = data8.externalClickhouse;
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    for (const key4 in data9) {
                      if (!func32.call(schema6.properties.spec.properties.clickhouse.additionalProperties.properties.externalClickhouse.properties, key4)) {
                        const err10 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    if (data9.clusterName !== void 0) {
                      let data10 = data9.clusterName;
                      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                        if (data10.name === void 0) {
                          data10.name = "";
                        }
                        if (data10.key === void 0) {
                          const err11 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                        for (const key5 in data10) {
                          if (!(key5 === "key" || key5 === "name" || key5 === "optional")) {
                            const err12 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                          }
                        }
                        if (data10.key !== void 0) {
                          if (typeof data10.key !== "string") {
                            const err13 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err13];
                            } else {
                              vErrors.push(err13);
                            }
                            errors++;
                          }
                        }
                        if (typeof data10.name !== "string") {
                          const err14 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                        if (data10.optional !== void 0) {
                          if (typeof data10.optional !== "boolean") {
                            const err15 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err15];
                            } else {
                              vErrors.push(err15);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err16 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/clusterName", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/clusterName/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    if (data9.database !== void 0) {
                      let data14 = data9.database;
                      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                        if (data14.name === void 0) {
                          data14.name = "";
                        }
                        if (data14.key === void 0) {
                          const err17 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err17];
                          } else {
                            vErrors.push(err17);
                          }
                          errors++;
                        }
                        for (const key6 in data14) {
                          if (!(key6 === "key" || key6 === "name" || key6 === "optional")) {
                            const err18 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err18];
                            } else {
                              vErrors.push(err18);
                            }
                            errors++;
                          }
                        }
                        if (data14.key !== void 0) {
                          if (typeof data14.key !== "string") {
                            const err19 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err19];
                            } else {
                              vErrors.push(err19);
                            }
                            errors++;
                          }
                        }
                        if (typeof data14.name !== "string") {
                          const err20 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err20];
                          } else {
                            vErrors.push(err20);
                          }
                          errors++;
                        }
                        if (data14.optional !== void 0) {
                          if (typeof data14.optional !== "boolean") {
                            const err21 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err21];
                            } else {
                              vErrors.push(err21);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err22 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/database", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/database/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                    }
                    if (data9.host !== void 0) {
                      let data18 = data9.host;
                      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                        if (data18.name === void 0) {
                          data18.name = "";
                        }
                        if (data18.key === void 0) {
                          const err23 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err23];
                          } else {
                            vErrors.push(err23);
                          }
                          errors++;
                        }
                        for (const key7 in data18) {
                          if (!(key7 === "key" || key7 === "name" || key7 === "optional")) {
                            const err24 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err24];
                            } else {
                              vErrors.push(err24);
                            }
                            errors++;
                          }
                        }
                        if (data18.key !== void 0) {
                          if (typeof data18.key !== "string") {
                            const err25 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err25];
                            } else {
                              vErrors.push(err25);
                            }
                            errors++;
                          }
                        }
                        if (typeof data18.name !== "string") {
                          const err26 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err26];
                          } else {
                            vErrors.push(err26);
                          }
                          errors++;
                        }
                        if (data18.optional !== void 0) {
                          if (typeof data18.optional !== "boolean") {
                            const err27 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err27];
                            } else {
                              vErrors.push(err27);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err28 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/host", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                    }
                    if (data9.httpPort !== void 0) {
                      let data22 = data9.httpPort;
                      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.name === void 0) {
                          data22.name = "";
                        }
                        if (data22.key === void 0) {
                          const err29 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err29];
                          } else {
                            vErrors.push(err29);
                          }
                          errors++;
                        }
                        for (const key8 in data22) {
                          if (!(key8 === "key" || key8 === "name" || key8 === "optional")) {
                            const err30 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                        if (data22.key !== void 0) {
                          if (typeof data22.key !== "string") {
                            const err31 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                        if (typeof data22.name !== "string") {
                          const err32 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err32];
                          } else {
                            vErrors.push(err32);
                          }
                          errors++;
                        }
                        if (data22.optional !== void 0) {
                          if (typeof data22.optional !== "boolean") {
                            const err33 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/httpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/httpPort/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data9.password !== void 0) {
                      let data26 = data9.password;
                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                        if (data26.name === void 0) {
                          data26.name = "";
                        }
                        if (data26.key === void 0) {
                          const err35 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                        for (const key9 in data26) {
                          if (!(key9 === "key" || key9 === "name" || key9 === "optional")) {
                            const err36 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        }
                        if (data26.key !== void 0) {
                          if (typeof data26.key !== "string") {
                            const err37 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err37];
                            } else {
                              vErrors.push(err37);
                            }
                            errors++;
                          }
                        }
                        if (typeof data26.name !== "string") {
                          const err38 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                        if (data26.optional !== void 0) {
                          if (typeof data26.optional !== "boolean") {
                            const err39 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err40 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/password", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data9.replicated !== void 0) {
                      let data30 = data9.replicated;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        if (data30.name === void 0) {
                          data30.name = "";
                        }
                        if (data30.key === void 0) {
                          const err41 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err41];
                          } else {
                            vErrors.push(err41);
                          }
                          errors++;
                        }
                        for (const key10 in data30) {
                          if (!(key10 === "key" || key10 === "name" || key10 === "optional")) {
                            const err42 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err42];
                            } else {
                              vErrors.push(err42);
                            }
                            errors++;
                          }
                        }
                        if (data30.key !== void 0) {
                          if (typeof data30.key !== "string") {
                            const err43 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err43];
                            } else {
                              vErrors.push(err43);
                            }
                            errors++;
                          }
                        }
                        if (typeof data30.name !== "string") {
                          const err44 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        if (data30.optional !== void 0) {
                          if (typeof data30.optional !== "boolean") {
                            const err45 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err45];
                            } else {
                              vErrors.push(err45);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err46 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/replicated", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/replicated/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data9.tcpPort !== void 0) {
                      let data34 = data9.tcpPort;
                      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        if (data34.name === void 0) {
                          data34.name = "";
                        }
                        if (data34.key === void 0) {
                          const err47 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                        for (const key11 in data34) {
                          if (!(key11 === "key" || key11 === "name" || key11 === "optional")) {
                            const err48 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                        }
                        if (data34.key !== void 0) {
                          if (typeof data34.key !== "string") {
                            const err49 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err49];
                            } else {
                              vErrors.push(err49);
                            }
                            errors++;
                          }
                        }
                        if (typeof data34.name !== "string") {
                          const err50 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        if (data34.optional !== void 0) {
                          if (typeof data34.optional !== "boolean") {
                            const err51 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err52 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/tcpPort", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/tcpPort/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                    if (data9.url !== void 0) {
                      let data38 = data9.url;
                      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.name === void 0) {
                          data38.name = "";
                        }
                        if (data38.key === void 0) {
                          const err53 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err53];
                          } else {
                            vErrors.push(err53);
                          }
                          errors++;
                        }
                        for (const key12 in data38) {
                          if (!(key12 === "key" || key12 === "name" || key12 === "optional")) {
                            const err54 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err54];
                            } else {
                              vErrors.push(err54);
                            }
                            errors++;
                          }
                        }
                        if (data38.key !== void 0) {
                          if (typeof data38.key !== "string") {
                            const err55 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                        if (typeof data38.name !== "string") {
                          const err56 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err56];
                          } else {
                            vErrors.push(err56);
                          }
                          errors++;
                        }
                        if (data38.optional !== void 0) {
                          if (typeof data38.optional !== "boolean") {
                            const err57 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err57];
                            } else {
                              vErrors.push(err57);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err58 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/url", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/url/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                    if (data9.username !== void 0) {
                      let data42 = data9.username;
                      if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                        if (data42.name === void 0) {
                          data42.name = "";
                        }
                        if (data42.key === void 0) {
                          const err59 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err59];
                          } else {
                            vErrors.push(err59);
                          }
                          errors++;
                        }
                        for (const key13 in data42) {
                          if (!(key13 === "key" || key13 === "name" || key13 === "optional")) {
                            const err60 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data42.key !== void 0) {
                          if (typeof data42.key !== "string") {
                            const err61 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username/key", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                        }
                        if (typeof data42.name !== "string") {
                          const err62 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err62];
                          } else {
                            vErrors.push(err62);
                          }
                          errors++;
                        }
                        if (data42.optional !== void 0) {
                          if (typeof data42.optional !== "boolean") {
                            const err63 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username/optional", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err64 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse/username", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/properties/username/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalClickhouse", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/externalClickhouse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data8.managedClickhouse !== void 0) {
                  let data46 = data8.managedClickhouse;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key14 in data46) {
                      if (!func32.call(schema6.properties.spec.properties.clickhouse.additionalProperties.properties.managedClickhouse.properties, key14)) {
                        const err66 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data46.affinity !== void 0) {
                      if (!validate22(data46.affinity, { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/affinity", parentData: data46, parentDataProperty: "affinity", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data46.config !== void 0) {
                      if (!validate57(data46.config, { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/config", parentData: data46, parentDataProperty: "config", rootData })) {
                        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data46.keeper !== void 0) {
                      let data49 = data46.keeper;
                      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                        for (const key15 in data49) {
                          if (!(key15 === "config" || key15 === "replicas" || key15 === "storageSize")) {
                            const err67 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/keeper", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/keeper/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err67];
                            } else {
                              vErrors.push(err67);
                            }
                            errors++;
                          }
                        }
                        if (data49.config !== void 0) {
                          if (!validate57(data49.config, { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/keeper/config", parentData: data49, parentDataProperty: "config", rootData })) {
                            vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                            errors = vErrors.length;
                          }
                        }
                        if (data49.replicas !== void 0) {
                          let data51 = data49.replicas;
                          if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                            const err68 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/keeper/replicas", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/keeper/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                        }
                        if (data49.storageSize !== void 0) {
                          if (typeof data49.storageSize !== "string") {
                            const err69 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/keeper/storageSize", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/keeper/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err70 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/keeper", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/keeper/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data46.name !== void 0) {
                      if (typeof data46.name !== "string") {
                        const err71 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/name", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data46.namespace !== void 0) {
                      if (typeof data46.namespace !== "string") {
                        const err72 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/namespace", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                    if (data46.objectStorage !== void 0) {
                      let data55 = data46.objectStorage;
                      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                        for (const key16 in data55) {
                          if (!(key16 === "insecure" || key16 === "prefix")) {
                            const err73 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/objectStorage", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/objectStorage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err73];
                            } else {
                              vErrors.push(err73);
                            }
                            errors++;
                          }
                        }
                        if (data55.insecure !== void 0) {
                          if (typeof data55.insecure !== "boolean") {
                            const err74 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/objectStorage/insecure", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/objectStorage/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err74];
                            } else {
                              vErrors.push(err74);
                            }
                            errors++;
                          }
                        }
                        if (data55.prefix !== void 0) {
                          if (typeof data55.prefix !== "string") {
                            const err75 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/objectStorage/prefix", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/objectStorage/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err76 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/objectStorage", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/objectStorage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err76];
                        } else {
                          vErrors.push(err76);
                        }
                        errors++;
                      }
                    }
                    if (data46.replicas !== void 0) {
                      let data58 = data46.replicas;
                      if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                        const err77 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/replicas", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data46.retentionPolicy !== void 0) {
                      let data59 = data46.retentionPolicy;
                      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                        if (data59.onDelete === void 0) {
                          data59.onDelete = "detach";
                        }
                        if (data59.onDelete === void 0) {
                          const err78 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/retentionPolicy", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                        for (const key17 in data59) {
                          if (!(key17 === "onDelete")) {
                            const err79 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/retentionPolicy", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (typeof data59.onDelete !== "string") {
                          const err80 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                      } else {
                        const err81 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/retentionPolicy", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data46.serviceAccount !== void 0) {
                      if (!validate65(data46.serviceAccount, { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/serviceAccount", parentData: data46, parentDataProperty: "serviceAccount", rootData })) {
                        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data46.storageSize !== void 0) {
                      if (typeof data46.storageSize !== "string") {
                        const err82 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/storageSize", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    if (data46.telemetry !== void 0) {
                      let data63 = data46.telemetry;
                      if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                        if (data63.enabled === void 0) {
                          data63.enabled = true;
                        }
                        if (data63.enabled === void 0) {
                          const err83 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/telemetry", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/telemetry/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                          if (vErrors === null) {
                            vErrors = [err83];
                          } else {
                            vErrors.push(err83);
                          }
                          errors++;
                        }
                        for (const key18 in data63) {
                          if (!(key18 === "enabled")) {
                            const err84 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/telemetry", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                        }
                        if (typeof data63.enabled !== "boolean") {
                          const err85 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/telemetry/enabled", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/telemetry/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                          if (vErrors === null) {
                            vErrors = [err85];
                          } else {
                            vErrors.push(err85);
                          }
                          errors++;
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/telemetry", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data46.tolerations !== void 0) {
                      if (!validate67(data46.tolerations, { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/tolerations", parentData: data46, parentDataProperty: "tolerations", rootData })) {
                        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data46.version !== void 0) {
                      if (typeof data46.version !== "string") {
                        const err87 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse/version", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err87];
                        } else {
                          vErrors.push(err87);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedClickhouse", schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/properties/managedClickhouse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
              } else {
                const err89 = { instancePath: instancePath + "/spec/clickhouse/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/clickhouse/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            }
          } else {
            const err90 = { instancePath: instancePath + "/spec/clickhouse", schemaPath: "#/properties/spec/properties/clickhouse/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data5.global !== void 0) {
          let data67 = data5.global;
          if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
            for (const key19 in data67) {
              if (!(key19 === "caCertsConfigMap" || key19 === "customCACerts" || key19 === "imagePullSecrets" || key19 === "imageRegistry" || key19 === "proxy")) {
                const err91 = { instancePath: instancePath + "/spec/global", schemaPath: "#/properties/spec/properties/global/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data67.caCertsConfigMap !== void 0) {
              if (typeof data67.caCertsConfigMap !== "string") {
                const err92 = { instancePath: instancePath + "/spec/global/caCertsConfigMap", schemaPath: "#/properties/spec/properties/global/properties/caCertsConfigMap/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data67.customCACerts !== void 0) {
              let data69 = data67.customCACerts;
              if (Array.isArray(data69)) {
                const len0 = data69.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data69[i0] !== "string") {
                    const err93 = { instancePath: instancePath + "/spec/global/customCACerts/" + i0, schemaPath: "#/properties/spec/properties/global/properties/customCACerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/spec/global/customCACerts", schemaPath: "#/properties/spec/properties/global/properties/customCACerts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data67.imagePullSecrets !== void 0) {
              let data71 = data67.imagePullSecrets;
              if (Array.isArray(data71)) {
                const len1 = data71.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data72 = data71[i1];
                  if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                    if (data72.name === void 0) {
                      data72.name = "";
                    }
                    for (const key20 in data72) {
                      if (!(key20 === "name")) {
                        const err95 = { instancePath: instancePath + "/spec/global/imagePullSecrets/" + i1, schemaPath: "#/properties/spec/properties/global/properties/imagePullSecrets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err95];
                        } else {
                          vErrors.push(err95);
                        }
                        errors++;
                      }
                    }
                    if (typeof data72.name !== "string") {
                      const err96 = { instancePath: instancePath + "/spec/global/imagePullSecrets/" + i1 + "/name", schemaPath: "#/properties/spec/properties/global/properties/imagePullSecrets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  } else {
                    const err97 = { instancePath: instancePath + "/spec/global/imagePullSecrets/" + i1, schemaPath: "#/properties/spec/properties/global/properties/imagePullSecrets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
              } else {
                const err98 = { instancePath: instancePath + "/spec/global/imagePullSecrets", schemaPath: "#/properties/spec/properties/global/properties/imagePullSecrets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data67.imageRegistry !== void 0) {
              if (typeof data67.imageRegistry !== "string") {
                const err99 = { instancePath: instancePath + "/spec/global/imageRegistry", schemaPath: "#/properties/spec/properties/global/properties/imageRegistry/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data67.proxy !== void 0) {
              let data75 = data67.proxy;
              if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                for (const key21 in data75) {
                  if (!(key21 === "httpProxy" || key21 === "httpsProxy" || key21 === "noProxy")) {
                    const err100 = { instancePath: instancePath + "/spec/global/proxy", schemaPath: "#/properties/spec/properties/global/properties/proxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err100];
                    } else {
                      vErrors.push(err100);
                    }
                    errors++;
                  }
                }
                if (data75.httpProxy !== void 0) {
                  if (!validate71(data75.httpProxy, { instancePath: instancePath + "/spec/global/proxy/httpProxy", parentData: data75, parentDataProperty: "httpProxy", rootData })) {
                    vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                    errors = vErrors.length;
                  }
                }
                if (data75.httpsProxy !== void 0) {
                  if (!validate71(data75.httpsProxy, { instancePath: instancePath + "/spec/global/proxy/httpsProxy", parentData: data75, parentDataProperty: "httpsProxy", rootData })) {
                    vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
                    errors = vErrors.length;
                  }
                }
                if (data75.noProxy !== void 0) {
                  let data78 = data75.noProxy;
                  if (Array.isArray(data78)) {
                    const len2 = data78.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data78[i2] !== "string") {
                        const err101 = { instancePath: instancePath + "/spec/global/proxy/noProxy/" + i2, schemaPath: "#/properties/spec/properties/global/properties/proxy/properties/noProxy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err101];
                        } else {
                          vErrors.push(err101);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err102 = { instancePath: instancePath + "/spec/global/proxy/noProxy", schemaPath: "#/properties/spec/properties/global/properties/proxy/properties/noProxy/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err102];
                    } else {
                      vErrors.push(err102);
                    }
                    errors++;
                  }
                }
              } else {
                const err103 = { instancePath: instancePath + "/spec/global/proxy", schemaPath: "#/properties/spec/properties/global/properties/proxy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            }
          } else {
            const err104 = { instancePath: instancePath + "/spec/global", schemaPath: "#/properties/spec/properties/global/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data5.kafka !== void 0) {
          let data80 = data5.kafka;
          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
            for (const key22 in data80) {
              if (!(key22 === "managedKafka")) {
                const err105 = { instancePath: instancePath + "/spec/kafka", schemaPath: "#/properties/spec/properties/kafka/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data80.managedKafka !== void 0) {
              let data81 = data80.managedKafka;
              if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                for (const key23 in data81) {
                  if (!func32.call(schema6.properties.spec.properties.kafka.properties.managedKafka.properties, key23)) {
                    const err106 = { instancePath: instancePath + "/spec/kafka/managedKafka", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data81.affinity !== void 0) {
                  if (!validate22(data81.affinity, { instancePath: instancePath + "/spec/kafka/managedKafka/affinity", parentData: data81, parentDataProperty: "affinity", rootData })) {
                    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                    errors = vErrors.length;
                  }
                }
                if (data81.config !== void 0) {
                  let data83 = data81.config;
                  if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                    for (const key24 in data83) {
                      if (!(key24 === "replicationConfig" || key24 === "resources")) {
                        const err107 = { instancePath: instancePath + "/spec/kafka/managedKafka/config", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                    if (data83.replicationConfig !== void 0) {
                      let data84 = data83.replicationConfig;
                      if (data84 && typeof data84 == "object" && !Array.isArray(data84)) {
                        for (const key25 in data84) {
                          if (!(key25 === "defaultReplicationFactor" || key25 === "minInSyncReplicas" || key25 === "offsetsTopicRF" || key25 === "transactionStateISR" || key25 === "transactionStateRF")) {
                            const err108 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err108];
                            } else {
                              vErrors.push(err108);
                            }
                            errors++;
                          }
                        }
                        if (data84.defaultReplicationFactor !== void 0) {
                          let data85 = data84.defaultReplicationFactor;
                          if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                            const err109 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig/defaultReplicationFactor", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/properties/defaultReplicationFactor/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err109];
                            } else {
                              vErrors.push(err109);
                            }
                            errors++;
                          }
                        }
                        if (data84.minInSyncReplicas !== void 0) {
                          let data86 = data84.minInSyncReplicas;
                          if (!(typeof data86 == "number" && (!(data86 % 1) && !isNaN(data86)) && isFinite(data86))) {
                            const err110 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig/minInSyncReplicas", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/properties/minInSyncReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err110];
                            } else {
                              vErrors.push(err110);
                            }
                            errors++;
                          }
                        }
                        if (data84.offsetsTopicRF !== void 0) {
                          let data87 = data84.offsetsTopicRF;
                          if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)) && isFinite(data87))) {
                            const err111 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig/offsetsTopicRF", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/properties/offsetsTopicRF/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err111];
                            } else {
                              vErrors.push(err111);
                            }
                            errors++;
                          }
                        }
                        if (data84.transactionStateISR !== void 0) {
                          let data88 = data84.transactionStateISR;
                          if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)) && isFinite(data88))) {
                            const err112 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig/transactionStateISR", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/properties/transactionStateISR/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err112];
                            } else {
                              vErrors.push(err112);
                            }
                            errors++;
                          }
                        }
                        if (data84.transactionStateRF !== void 0) {
                          let data89 = data84.transactionStateRF;
                          if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)) && isFinite(data89))) {
                            const err113 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig/transactionStateRF", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/properties/transactionStateRF/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err113];
                            } else {
                              vErrors.push(err113);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err114 = { instancePath: instancePath + "/spec/kafka/managedKafka/config/replicationConfig", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/properties/replicationConfig/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data83.resources !== void 0) {
                      if (!validate58(data83.resources, { instancePath: instancePath + "/spec/kafka/managedKafka/config/resources", parentData: data83, parentDataProperty: "resources", rootData })) {
                        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err115 = { instancePath: instancePath + "/spec/kafka/managedKafka/config", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
                if (data81.name !== void 0) {
                  if (typeof data81.name !== "string") {
                    const err116 = { instancePath: instancePath + "/spec/kafka/managedKafka/name", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data81.namespace !== void 0) {
                  if (typeof data81.namespace !== "string") {
                    const err117 = { instancePath: instancePath + "/spec/kafka/managedKafka/namespace", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data81.replicas !== void 0) {
                  let data93 = data81.replicas;
                  if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                    const err118 = { instancePath: instancePath + "/spec/kafka/managedKafka/replicas", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data81.retentionPolicy !== void 0) {
                  let data94 = data81.retentionPolicy;
                  if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                    if (data94.onDelete === void 0) {
                      data94.onDelete = "detach";
                    }
                    if (data94.onDelete === void 0) {
                      const err119 = { instancePath: instancePath + "/spec/kafka/managedKafka/retentionPolicy", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    for (const key26 in data94) {
                      if (!(key26 === "onDelete")) {
                        const err120 = { instancePath: instancePath + "/spec/kafka/managedKafka/retentionPolicy", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err120];
                        } else {
                          vErrors.push(err120);
                        }
                        errors++;
                      }
                    }
                    if (typeof data94.onDelete !== "string") {
                      const err121 = { instancePath: instancePath + "/spec/kafka/managedKafka/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err121];
                      } else {
                        vErrors.push(err121);
                      }
                      errors++;
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/spec/kafka/managedKafka/retentionPolicy", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data81.serviceAccount !== void 0) {
                  if (!validate65(data81.serviceAccount, { instancePath: instancePath + "/spec/kafka/managedKafka/serviceAccount", parentData: data81, parentDataProperty: "serviceAccount", rootData })) {
                    vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
                    errors = vErrors.length;
                  }
                }
                if (data81.skipDataRecovery !== void 0) {
                  if (typeof data81.skipDataRecovery !== "boolean") {
                    const err123 = { instancePath: instancePath + "/spec/kafka/managedKafka/skipDataRecovery", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/skipDataRecovery/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
                if (data81.storageSize !== void 0) {
                  if (typeof data81.storageSize !== "string") {
                    const err124 = { instancePath: instancePath + "/spec/kafka/managedKafka/storageSize", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data81.telemetry !== void 0) {
                  let data99 = data81.telemetry;
                  if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                    if (data99.enabled === void 0) {
                      data99.enabled = true;
                    }
                    if (data99.enabled === void 0) {
                      const err125 = { instancePath: instancePath + "/spec/kafka/managedKafka/telemetry", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/telemetry/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                      if (vErrors === null) {
                        vErrors = [err125];
                      } else {
                        vErrors.push(err125);
                      }
                      errors++;
                    }
                    for (const key27 in data99) {
                      if (!(key27 === "enabled")) {
                        const err126 = { instancePath: instancePath + "/spec/kafka/managedKafka/telemetry", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err126];
                        } else {
                          vErrors.push(err126);
                        }
                        errors++;
                      }
                    }
                    if (typeof data99.enabled !== "boolean") {
                      const err127 = { instancePath: instancePath + "/spec/kafka/managedKafka/telemetry/enabled", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/telemetry/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  } else {
                    const err128 = { instancePath: instancePath + "/spec/kafka/managedKafka/telemetry", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data81.tolerations !== void 0) {
                  if (!validate67(data81.tolerations, { instancePath: instancePath + "/spec/kafka/managedKafka/tolerations", parentData: data81, parentDataProperty: "tolerations", rootData })) {
                    vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err129 = { instancePath: instancePath + "/spec/kafka/managedKafka", schemaPath: "#/properties/spec/properties/kafka/properties/managedKafka/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
          } else {
            const err130 = { instancePath: instancePath + "/spec/kafka", schemaPath: "#/properties/spec/properties/kafka/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err130];
            } else {
              vErrors.push(err130);
            }
            errors++;
          }
        }
        if (data5.mysql !== void 0) {
          let data102 = data5.mysql;
          if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
            for (const key28 in data102) {
              let data103 = data102[key28];
              if (data103 && typeof data103 == "object" && !Array.isArray(data103)) {
                for (const key29 in data103) {
                  if (!(key29 === "externalMysql" || key29 === "managedMysql")) {
                    const err131 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/mysql/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data103.externalMysql !== void 0) {
                  let data104 = data103.externalMysql;
                  if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                    for (const key30 in data104) {
                      if (!func32.call(schema6.properties.spec.properties.mysql.additionalProperties.properties.externalMysql.properties, key30)) {
                        const err132 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data104.database !== void 0) {
                      let data105 = data104.database;
                      if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
                        if (data105.name === void 0) {
                          data105.name = "";
                        }
                        if (data105.key === void 0) {
                          const err133 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                        for (const key31 in data105) {
                          if (!(key31 === "key" || key31 === "name" || key31 === "optional")) {
                            const err134 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                        if (data105.key !== void 0) {
                          if (typeof data105.key !== "string") {
                            const err135 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                        }
                        if (typeof data105.name !== "string") {
                          const err136 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err136];
                          } else {
                            vErrors.push(err136);
                          }
                          errors++;
                        }
                        if (data105.optional !== void 0) {
                          if (typeof data105.optional !== "boolean") {
                            const err137 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err138 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/database", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/database/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                    if (data104.host !== void 0) {
                      let data109 = data104.host;
                      if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
                        if (data109.name === void 0) {
                          data109.name = "";
                        }
                        if (data109.key === void 0) {
                          const err139 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err139];
                          } else {
                            vErrors.push(err139);
                          }
                          errors++;
                        }
                        for (const key32 in data109) {
                          if (!(key32 === "key" || key32 === "name" || key32 === "optional")) {
                            const err140 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err140];
                            } else {
                              vErrors.push(err140);
                            }
                            errors++;
                          }
                        }
                        if (data109.key !== void 0) {
                          if (typeof data109.key !== "string") {
                            const err141 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                        if (typeof data109.name !== "string") {
                          const err142 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err142];
                          } else {
                            vErrors.push(err142);
                          }
                          errors++;
                        }
                        if (data109.optional !== void 0) {
                          if (typeof data109.optional !== "boolean") {
                            const err143 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/host", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data104.password !== void 0) {
                      let data113 = data104.password;
                      if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
                        if (data113.name === void 0) {
                          data113.name = "";
                        }
                        if (data113.key === void 0) {
                          const err145 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err145];
                          } else {
                            vErrors.push(err145);
                          }
                          errors++;
                        }
                        for (const key33 in data113) {
                          if (!(key33 === "key" || key33 === "name" || key33 === "optional")) {
                            const err146 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err146];
                            } else {
                              vErrors.push(err146);
                            }
                            errors++;
                          }
                        }
                        if (data113.key !== void 0) {
                          if (typeof data113.key !== "string") {
                            const err147 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err147];
                            } else {
                              vErrors.push(err147);
                            }
                            errors++;
                          }
                        }
                        if (typeof data113.name !== "string") {
                          const err148 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err148];
                          } else {
                            vErrors.push(err148);
                          }
                          errors++;
                        }
                        if (data113.optional !== void 0) {
                          if (typeof data113.optional !== "boolean") {
                            const err149 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err149];
                            } else {
                              vErrors.push(err149);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err150 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/password", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                    }
                    if (data104.port !== void 0) {
                      let data117 = data104.port;
                      if (data117 && typeof data117 == "object" && !Array.isArray(data117)) {
                        if (data117.name === void 0) {
                          data117.name = "";
                        }
                        if (data117.key === void 0) {
                          const err151 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err151];
                          } else {
                            vErrors.push(err151);
                          }
                          errors++;
                        }
                        for (const key34 in data117) {
                          if (!(key34 === "key" || key34 === "name" || key34 === "optional")) {
                            const err152 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err152];
                            } else {
                              vErrors.push(err152);
                            }
                            errors++;
                          }
                        }
                        if (data117.key !== void 0) {
                          if (typeof data117.key !== "string") {
                            const err153 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err153];
                            } else {
                              vErrors.push(err153);
                            }
                            errors++;
                          }
                        }
                        if (typeof data117.name !== "string") {
                          const err154 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        if (data117.optional !== void 0) {
                          if (typeof data117.optional !== "boolean") {
                            const err155 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err155];
                            } else {
                              vErrors.push(err155);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err156 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/port", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err156];
                        } else {
                          vErrors.push(err156);
                        }
                        errors++;
                      }
                    }
                    if (data104.sslCa !== void 0) {
                      let data121 = data104.sslCa;
                      if (data121 && typeof data121 == "object" && !Array.isArray(data121)) {
                        if (data121.name === void 0) {
                          data121.name = "";
                        }
                        if (data121.key === void 0) {
                          const err157 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                        for (const key35 in data121) {
                          if (!(key35 === "key" || key35 === "name" || key35 === "optional")) {
                            const err158 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err158];
                            } else {
                              vErrors.push(err158);
                            }
                            errors++;
                          }
                        }
                        if (data121.key !== void 0) {
                          if (typeof data121.key !== "string") {
                            const err159 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err159];
                            } else {
                              vErrors.push(err159);
                            }
                            errors++;
                          }
                        }
                        if (typeof data121.name !== "string") {
                          const err160 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                        }
                        if (data121.optional !== void 0) {
                          if (typeof data121.optional !== "boolean") {
                            const err161 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err161];
                            } else {
                              vErrors.push(err161);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err162 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCa", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCa/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err162];
                        } else {
                          vErrors.push(err162);
                        }
                        errors++;
                      }
                    }
                    if (data104.sslCert !== void 0) {
                      let data125 = data104.sslCert;
                      if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
                        if (data125.name === void 0) {
                          data125.name = "";
                        }
                        if (data125.key === void 0) {
                          const err163 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                        for (const key36 in data125) {
                          if (!(key36 === "key" || key36 === "name" || key36 === "optional")) {
                            const err164 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err164];
                            } else {
                              vErrors.push(err164);
                            }
                            errors++;
                          }
                        }
                        if (data125.key !== void 0) {
                          if (typeof data125.key !== "string") {
                            const err165 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err165];
                            } else {
                              vErrors.push(err165);
                            }
                            errors++;
                          }
                        }
                        if (typeof data125.name !== "string") {
                          const err166 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                        if (data125.optional !== void 0) {
                          if (typeof data125.optional !== "boolean") {
                            const err167 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err167];
                            } else {
                              vErrors.push(err167);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err168 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslCert", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslCert/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                    if (data104.sslKey !== void 0) {
                      let data129 = data104.sslKey;
                      if (data129 && typeof data129 == "object" && !Array.isArray(data129)) {
                        if (data129.name === void 0) {
                          data129.name = "";
                        }
                        if (data129.key === void 0) {
                          const err169 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err169];
                          } else {
                            vErrors.push(err169);
                          }
                          errors++;
                        }
                        for (const key37 in data129) {
                          if (!(key37 === "key" || key37 === "name" || key37 === "optional")) {
                            const err170 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err170];
                            } else {
                              vErrors.push(err170);
                            }
                            errors++;
                          }
                        }
                        if (data129.key !== void 0) {
                          if (typeof data129.key !== "string") {
                            const err171 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err171];
                            } else {
                              vErrors.push(err171);
                            }
                            errors++;
                          }
                        }
                        if (typeof data129.name !== "string") {
                          const err172 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err172];
                          } else {
                            vErrors.push(err172);
                          }
                          errors++;
                        }
                        if (data129.optional !== void 0) {
                          if (typeof data129.optional !== "boolean") {
                            const err173 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err173];
                            } else {
                              vErrors.push(err173);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err174 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/sslKey", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/sslKey/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err174];
                        } else {
                          vErrors.push(err174);
                        }
                        errors++;
                      }
                    }
                    if (data104.tls !== void 0) {
                      let data133 = data104.tls;
                      if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                        if (data133.name === void 0) {
                          data133.name = "";
                        }
                        if (data133.key === void 0) {
                          const err175 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err175];
                          } else {
                            vErrors.push(err175);
                          }
                          errors++;
                        }
                        for (const key38 in data133) {
                          if (!(key38 === "key" || key38 === "name" || key38 === "optional")) {
                            const err176 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err176];
                            } else {
                              vErrors.push(err176);
                            }
                            errors++;
                          }
                        }
                        if (data133.key !== void 0) {
                          if (typeof data133.key !== "string") {
                            const err177 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err177];
                            } else {
                              vErrors.push(err177);
                            }
                            errors++;
                          }
                        }
                        if (typeof data133.name !== "string") {
                          const err178 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err178];
                          } else {
                            vErrors.push(err178);
                          }
                          errors++;
                        }
                        if (data133.optional !== void 0) {
                          if (typeof data133.optional !== "boolean") {
                            const err179 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err179];
                            } else {
                              vErrors.push(err179);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err180 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/tls", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err180];
                        } else {
                          vErrors.push(err180);
                        }
                        errors++;
                      }
                    }
                    if (data104.url !== void 0) {
                      let data137 = data104.url;
                      if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                        if (data137.name === void 0) {
                          data137.name = "";
                        }
                        if (data137.key === void 0) {
                          const err181 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err181];
                          } else {
                            vErrors.push(err181);
                          }
                          errors++;
                        }
                        for (const key39 in data137) {
                          if (!(key39 === "key" || key39 === "name" || key39 === "optional")) {
                            const err182 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err182];
                            } else {
                              vErrors.push(err182);
                            }
                            errors++;
                          }
                        }
                        if (data137.key !== void 0) {
                          if (typeof data137.key !== "string") {
                            const err183 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err183];
                            } else {
                              vErrors.push(err183);
                            }
                            errors++;
                          }
                        }
                        if (typeof data137.name !== "string") {
                          const err184 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err184];
                          } else {
                            vErrors.push(err184);
                          }
                          errors++;
                        }
                        if (data137.optional !== void 0) {
                          if (typeof data137.optional !== "boolean") {
                            const err185 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err185];
                            } else {
                              vErrors.push(err185);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err186 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/url", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/url/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err186];
                        } else {
                          vErrors.push(err186);
                        }
                        errors++;
                      }
                    }
                    if (data104.username !== void 0) {
                      let data141 = data104.username;
                      if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
                        if (data141.name === void 0) {
                          data141.name = "";
                        }
                        if (data141.key === void 0) {
                          const err187 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err187];
                          } else {
                            vErrors.push(err187);
                          }
                          errors++;
                        }
                        for (const key40 in data141) {
                          if (!(key40 === "key" || key40 === "name" || key40 === "optional")) {
                            const err188 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err188];
                            } else {
                              vErrors.push(err188);
                            }
                            errors++;
                          }
                        }
                        if (data141.key !== void 0) {
                          if (typeof data141.key !== "string") {
                            const err189 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username/key", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err189];
                            } else {
                              vErrors.push(err189);
                            }
                            errors++;
                          }
                        }
                        if (typeof data141.name !== "string") {
                          const err190 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err190];
                          } else {
                            vErrors.push(err190);
                          }
                          errors++;
                        }
                        if (data141.optional !== void 0) {
                          if (typeof data141.optional !== "boolean") {
                            const err191 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username/optional", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err191];
                            } else {
                              vErrors.push(err191);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err192 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql/username", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/properties/username/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err192];
                        } else {
                          vErrors.push(err192);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err193 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalMysql", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/externalMysql/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err193];
                    } else {
                      vErrors.push(err193);
                    }
                    errors++;
                  }
                }
                if (data103.managedMysql !== void 0) {
                  let data145 = data103.managedMysql;
                  if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                    for (const key41 in data145) {
                      if (!func32.call(schema6.properties.spec.properties.mysql.additionalProperties.properties.managedMysql.properties, key41)) {
                        const err194 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err194];
                        } else {
                          vErrors.push(err194);
                        }
                        errors++;
                      }
                    }
                    if (data145.affinity !== void 0) {
                      if (!validate22(data145.affinity, { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/affinity", parentData: data145, parentDataProperty: "affinity", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data145.config !== void 0) {
                      if (!validate57(data145.config, { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/config", parentData: data145, parentDataProperty: "config", rootData })) {
                        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data145.name !== void 0) {
                      if (typeof data145.name !== "string") {
                        const err195 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/name", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data145.namespace !== void 0) {
                      if (typeof data145.namespace !== "string") {
                        const err196 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/namespace", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err196];
                        } else {
                          vErrors.push(err196);
                        }
                        errors++;
                      }
                    }
                    if (data145.replicas !== void 0) {
                      let data150 = data145.replicas;
                      if (!(typeof data150 == "number" && (!(data150 % 1) && !isNaN(data150)) && isFinite(data150))) {
                        const err197 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/replicas", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data145.retentionPolicy !== void 0) {
                      let data151 = data145.retentionPolicy;
                      if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
                        if (data151.onDelete === void 0) {
                          data151.onDelete = "detach";
                        }
                        if (data151.onDelete === void 0) {
                          const err198 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/retentionPolicy", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
                          if (vErrors === null) {
                            vErrors = [err198];
                          } else {
                            vErrors.push(err198);
                          }
                          errors++;
                        }
                        for (const key42 in data151) {
                          if (!(key42 === "onDelete")) {
                            const err199 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/retentionPolicy", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err199];
                            } else {
                              vErrors.push(err199);
                            }
                            errors++;
                          }
                        }
                        if (typeof data151.onDelete !== "string") {
                          const err200 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err200];
                          } else {
                            vErrors.push(err200);
                          }
                          errors++;
                        }
                      } else {
                        const err201 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/retentionPolicy", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err201];
                        } else {
                          vErrors.push(err201);
                        }
                        errors++;
                      }
                    }
                    if (data145.storageSize !== void 0) {
                      if (typeof data145.storageSize !== "string") {
                        const err202 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/storageSize", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    }
                    if (data145.telemetry !== void 0) {
                      let data154 = data145.telemetry;
                      if (data154 && typeof data154 == "object" && !Array.isArray(data154)) {
                        if (data154.enabled === void 0) {
                          data154.enabled = true;
                        }
                        if (data154.enabled === void 0) {
                          const err203 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/telemetry", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/telemetry/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                          if (vErrors === null) {
                            vErrors = [err203];
                          } else {
                            vErrors.push(err203);
                          }
                          errors++;
                        }
                        for (const key43 in data154) {
                          if (!(key43 === "enabled")) {
                            const err204 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/telemetry", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err204];
                            } else {
                              vErrors.push(err204);
                            }
                            errors++;
                          }
                        }
                        if (typeof data154.enabled !== "boolean") {
                          const err205 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/telemetry/enabled", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/telemetry/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                          if (vErrors === null) {
                            vErrors = [err205];
                          } else {
                            vErrors.push(err205);
                          }
                          errors++;
                        }
                      } else {
                        const err206 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/telemetry", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err206];
                        } else {
                          vErrors.push(err206);
                        }
                        errors++;
                      }
                    }
                    if (data145.tolerations !== void 0) {
                      if (!validate67(data145.tolerations, { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql/tolerations", parentData: data145, parentDataProperty: "tolerations", rootData })) {
                        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err207 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedMysql", schemaPath: "#/properties/spec/properties/mysql/additionalProperties/properties/managedMysql/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                }
              } else {
                const err208 = { instancePath: instancePath + "/spec/mysql/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/mysql/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err208];
                } else {
                  vErrors.push(err208);
                }
                errors++;
              }
            }
          } else {
            const err209 = { instancePath: instancePath + "/spec/mysql", schemaPath: "#/properties/spec/properties/mysql/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
        if (data5.networking !== void 0) {
          let data157 = data5.networking;
          if (data157 && typeof data157 == "object" && !Array.isArray(data157)) {
            for (const key44 in data157) {
              if (!(key44 === "annotations" || key44 === "gatewayAPI" || key44 === "ingress" || key44 === "mode" || key44 === "tls")) {
                const err210 = { instancePath: instancePath + "/spec/networking", schemaPath: "#/properties/spec/properties/networking/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
            if (data157.annotations !== void 0) {
              let data158 = data157.annotations;
              if (data158 && typeof data158 == "object" && !Array.isArray(data158)) {
                for (const key45 in data158) {
                  if (typeof data158[key45] !== "string") {
                    const err211 = { instancePath: instancePath + "/spec/networking/annotations/" + key45.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/networking/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err211];
                    } else {
                      vErrors.push(err211);
                    }
                    errors++;
                  }
                }
              } else {
                const err212 = { instancePath: instancePath + "/spec/networking/annotations", schemaPath: "#/properties/spec/properties/networking/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data157.gatewayAPI !== void 0) {
              let data160 = data157.gatewayAPI;
              if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                if (data160.gateway === void 0) {
                  const err213 = { instancePath: instancePath + "/spec/networking/gatewayAPI", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/required", keyword: "required", params: { missingProperty: "gateway" }, message: "must have required property 'gateway'" };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                for (const key46 in data160) {
                  if (!(key46 === "gateway" || key46 === "listenerName")) {
                    const err214 = { instancePath: instancePath + "/spec/networking/gatewayAPI", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err214];
                    } else {
                      vErrors.push(err214);
                    }
                    errors++;
                  }
                }
                if (data160.gateway !== void 0) {
                  let data161 = data160.gateway;
                  if (data161 && typeof data161 == "object" && !Array.isArray(data161)) {
                    if (data161.managed === void 0) {
                      data161.managed = false;
                    }
                    for (const key47 in data161) {
                      if (!(key47 === "gatewayClassName" || key47 === "gatewayRef" || key47 === "infrastructureAnnotations" || key47 === "listeners" || key47 === "managed")) {
                        const err215 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err215];
                        } else {
                          vErrors.push(err215);
                        }
                        errors++;
                      }
                    }
                    if (data161.gatewayClassName !== void 0) {
                      if (typeof data161.gatewayClassName !== "string") {
                        const err216 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayClassName", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err216];
                        } else {
                          vErrors.push(err216);
                        }
                        errors++;
                      }
                    }
                    if (data161.gatewayRef !== void 0) {
                      let data163 = data161.gatewayRef;
                      if (data163 && typeof data163 == "object" && !Array.isArray(data163)) {
                        if (data163.name === void 0) {
                          const err217 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                          if (vErrors === null) {
                            vErrors = [err217];
                          } else {
                            vErrors.push(err217);
                          }
                          errors++;
                        }
                        for (const key48 in data163) {
                          if (!(key48 === "name" || key48 === "namespace")) {
                            const err218 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err218];
                            } else {
                              vErrors.push(err218);
                            }
                            errors++;
                          }
                        }
                        if (data163.name !== void 0) {
                          if (typeof data163.name !== "string") {
                            const err219 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayRef/name", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err219];
                            } else {
                              vErrors.push(err219);
                            }
                            errors++;
                          }
                        }
                        if (data163.namespace !== void 0) {
                          if (typeof data163.namespace !== "string") {
                            const err220 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayRef/namespace", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err220];
                            } else {
                              vErrors.push(err220);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err221 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/gatewayRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/gatewayRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err221];
                        } else {
                          vErrors.push(err221);
                        }
                        errors++;
                      }
                    }
                    if (data161.infrastructureAnnotations !== void 0) {
                      let data166 = data161.infrastructureAnnotations;
                      if (data166 && typeof data166 == "object" && !Array.isArray(data166)) {
                        for (const key49 in data166) {
                          if (typeof data166[key49] !== "string") {
                            const err222 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/infrastructureAnnotations/" + key49.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/infrastructureAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err222];
                            } else {
                              vErrors.push(err222);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err223 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/infrastructureAnnotations", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/infrastructureAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err223];
                        } else {
                          vErrors.push(err223);
                        }
                        errors++;
                      }
                    }
                    if (data161.listeners !== void 0) {
                      let data168 = data161.listeners;
                      if (Array.isArray(data168)) {
                        const len3 = data168.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data169 = data168[i3];
                          if (data169 && typeof data169 == "object" && !Array.isArray(data169)) {
                            if (data169.name === void 0) {
                              const err224 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3, schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                              if (vErrors === null) {
                                vErrors = [err224];
                              } else {
                                vErrors.push(err224);
                              }
                              errors++;
                            }
                            if (data169.port === void 0) {
                              const err225 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3, schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                              if (vErrors === null) {
                                vErrors = [err225];
                              } else {
                                vErrors.push(err225);
                              }
                              errors++;
                            }
                            if (data169.protocol === void 0) {
                              const err226 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3, schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'" };
                              if (vErrors === null) {
                                vErrors = [err226];
                              } else {
                                vErrors.push(err226);
                              }
                              errors++;
                            }
                            for (const key50 in data169) {
                              if (!(key50 === "hostname" || key50 === "name" || key50 === "port" || key50 === "protocol" || key50 === "tls")) {
                                const err227 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3, schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err227];
                                } else {
                                  vErrors.push(err227);
                                }
                                errors++;
                              }
                            }
                            if (data169.hostname !== void 0) {
                              if (typeof data169.hostname !== "string") {
                                const err228 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/hostname", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err228];
                                } else {
                                  vErrors.push(err228);
                                }
                                errors++;
                              }
                            }
                            if (data169.name !== void 0) {
                              if (typeof data169.name !== "string") {
                                const err229 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/name", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err229];
                                } else {
                                  vErrors.push(err229);
                                }
                                errors++;
                              }
                            }
                            if (data169.port !== void 0) {
                              let data172 = data169.port;
                              if (!(typeof data172 == "number" && (!(data172 % 1) && !isNaN(data172)) && isFinite(data172))) {
                                const err230 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/port", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err230];
                                } else {
                                  vErrors.push(err230);
                                }
                                errors++;
                              }
                            }
                            if (data169.protocol !== void 0) {
                              if (typeof data169.protocol !== "string") {
                                const err231 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/protocol", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err231];
                                } else {
                                  vErrors.push(err231);
                                }
                                errors++;
                              }
                            }
                            if (data169.tls !== void 0) {
                              let data174 = data169.tls;
                              if (data174 && typeof data174 == "object" && !Array.isArray(data174)) {
                                for (const key51 in data174) {
                                  if (!(key51 === "certificateRef" || key51 === "mode")) {
                                    const err232 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err232];
                                    } else {
                                      vErrors.push(err232);
                                    }
                                    errors++;
                                  }
                                }
                                if (data174.certificateRef !== void 0) {
                                  let data175 = data174.certificateRef;
                                  if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
                                    if (data175.name === void 0) {
                                      const err233 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/certificateRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/certificateRef/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                      if (vErrors === null) {
                                        vErrors = [err233];
                                      } else {
                                        vErrors.push(err233);
                                      }
                                      errors++;
                                    }
                                    for (const key52 in data175) {
                                      if (!(key52 === "name" || key52 === "namespace")) {
                                        const err234 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/certificateRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/certificateRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err234];
                                        } else {
                                          vErrors.push(err234);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data175.name !== void 0) {
                                      if (typeof data175.name !== "string") {
                                        const err235 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/certificateRef/name", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/certificateRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err235];
                                        } else {
                                          vErrors.push(err235);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data175.namespace !== void 0) {
                                      if (typeof data175.namespace !== "string") {
                                        const err236 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/certificateRef/namespace", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/certificateRef/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err236];
                                        } else {
                                          vErrors.push(err236);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err237 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/certificateRef", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/certificateRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err237];
                                    } else {
                                      vErrors.push(err237);
                                    }
                                    errors++;
                                  }
                                }
                                if (data174.mode !== void 0) {
                                  if (typeof data174.mode !== "string") {
                                    const err238 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls/mode", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err238];
                                    } else {
                                      vErrors.push(err238);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err239 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3 + "/tls", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err239];
                                } else {
                                  vErrors.push(err239);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err240 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners/" + i3, schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err240];
                            } else {
                              vErrors.push(err240);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err241 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/listeners", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/listeners/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err241];
                        } else {
                          vErrors.push(err241);
                        }
                        errors++;
                      }
                    }
                    if (typeof data161.managed !== "boolean") {
                      const err242 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway/managed", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/properties/managed/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                      if (vErrors === null) {
                        vErrors = [err242];
                      } else {
                        vErrors.push(err242);
                      }
                      errors++;
                    }
                  } else {
                    const err243 = { instancePath: instancePath + "/spec/networking/gatewayAPI/gateway", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/gateway/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                }
                if (data160.listenerName !== void 0) {
                  if (typeof data160.listenerName !== "string") {
                    const err244 = { instancePath: instancePath + "/spec/networking/gatewayAPI/listenerName", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/properties/listenerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                }
              } else {
                const err245 = { instancePath: instancePath + "/spec/networking/gatewayAPI", schemaPath: "#/properties/spec/properties/networking/properties/gatewayAPI/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err245];
                } else {
                  vErrors.push(err245);
                }
                errors++;
              }
            }
            if (data157.ingress !== void 0) {
              let data181 = data157.ingress;
              if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
                for (const key53 in data181) {
                  if (!(key53 === "ingressClassName" || key53 === "name")) {
                    const err246 = { instancePath: instancePath + "/spec/networking/ingress", schemaPath: "#/properties/spec/properties/networking/properties/ingress/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                }
                if (data181.ingressClassName !== void 0) {
                  if (typeof data181.ingressClassName !== "string") {
                    const err247 = { instancePath: instancePath + "/spec/networking/ingress/ingressClassName", schemaPath: "#/properties/spec/properties/networking/properties/ingress/properties/ingressClassName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                }
                if (data181.name !== void 0) {
                  if (typeof data181.name !== "string") {
                    const err248 = { instancePath: instancePath + "/spec/networking/ingress/name", schemaPath: "#/properties/spec/properties/networking/properties/ingress/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                }
              } else {
                const err249 = { instancePath: instancePath + "/spec/networking/ingress", schemaPath: "#/properties/spec/properties/networking/properties/ingress/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err249];
                } else {
                  vErrors.push(err249);
                }
                errors++;
              }
            }
            if (data157.mode !== void 0) {
              let data184 = data157.mode;
              if (typeof data184 !== "string") {
                const err250 = { instancePath: instancePath + "/spec/networking/mode", schemaPath: "#/properties/spec/properties/networking/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err250];
                } else {
                  vErrors.push(err250);
                }
                errors++;
              }
              if (!(data184 === "" || data184 === "ingress" || data184 === "gateway")) {
                const err251 = { instancePath: instancePath + "/spec/networking/mode", schemaPath: "#/properties/spec/properties/networking/properties/mode/enum", keyword: "enum", params: { allowedValues: schema6.properties.spec.properties.networking.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            }
            if (data157.tls !== void 0) {
              let data185 = data157.tls;
              if (data185 && typeof data185 == "object" && !Array.isArray(data185)) {
                for (const key54 in data185) {
                  if (!(key54 === "certManager" || key54 === "secretName")) {
                    const err252 = { instancePath: instancePath + "/spec/networking/tls", schemaPath: "#/properties/spec/properties/networking/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                }
                if (data185.certManager !== void 0) {
                  let data186 = data185.certManager;
                  if (data186 && typeof data186 == "object" && !Array.isArray(data186)) {
                    for (const key55 in data186) {
                      if (!(key55 === "clusterIssuer" || key55 === "issuer")) {
                        const err253 = { instancePath: instancePath + "/spec/networking/tls/certManager", schemaPath: "#/properties/spec/properties/networking/properties/tls/properties/certManager/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err253];
                        } else {
                          vErrors.push(err253);
                        }
                        errors++;
                      }
                    }
                    if (data186.clusterIssuer !== void 0) {
                      if (typeof data186.clusterIssuer !== "string") {
                        const err254 = { instancePath: instancePath + "/spec/networking/tls/certManager/clusterIssuer", schemaPath: "#/properties/spec/properties/networking/properties/tls/properties/certManager/properties/clusterIssuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err254];
                        } else {
                          vErrors.push(err254);
                        }
                        errors++;
                      }
                    }
                    if (data186.issuer !== void 0) {
                      if (typeof data186.issuer !== "string") {
                        const err255 = { instancePath: instancePath + "/spec/networking/tls/certManager/issuer", schemaPath: "#/properties/spec/properties/networking/properties/tls/properties/certManager/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err255];
                        } else {
                          vErrors.push(err255);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err256 = { instancePath: instancePath + "/spec/networking/tls/certManager", schemaPath: "#/properties/spec/properties/networking/properties/tls/properties/certManager/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                }
                if (data185.secretName !== void 0) {
                  if (typeof data185.secretName !== "string") {
                    const err257 = { instancePath: instancePath + "/spec/networking/tls/secretName", schemaPath: "#/properties/spec/properties/networking/properties/tls/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                }
              } else {
                const err258 = { instancePath: instancePath + "/spec/networking/tls", schemaPath: "#/properties/spec/properties/networking/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err258];
                } else {
                  vErrors.push(err258);
                }
                errors++;
              }
            }
          } else {
            const err259 = { instancePath: instancePath + "/spec/networking", schemaPath: "#/properties/spec/properties/networking/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err259];
            } else {
              vErrors.push(err259);
            }
            errors++;
          }
        }
        if (data5.objectStore !== void 0) {
          let data190 = data5.objectStore;
          if (data190 && typeof data190 == "object" && !Array.isArray(data190)) {
            for (const key56 in data190) {
              let data191 = data190[key56];
              if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
                if (data191.bucketAttributionDisabled === void 0) {
                  data191.bucketAttributionDisabled = false;
                }
                for (const key57 in data191) {
                  if (!(key57 === "bucketAttributionDisabled" || key57 === "externalObjectStore" || key57 === "managedObjectStore")) {
                    const err260 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key57 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err260];
                    } else {
                      vErrors.push(err260);
                    }
                    errors++;
                  }
                }
                if (typeof data191.bucketAttributionDisabled !== "boolean") {
                  const err261 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/bucketAttributionDisabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/bucketAttributionDisabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err261];
                  } else {
                    vErrors.push(err261);
                  }
                  errors++;
                }
                if (data191.externalObjectStore !== void 0) {
                  let data193 = data191.externalObjectStore;
                  if (data193 && typeof data193 == "object" && !Array.isArray(data193)) {
                    for (const key58 in data193) {
                      if (!func32.call(schema6.properties.spec.properties.objectStore.additionalProperties.properties.externalObjectStore.properties, key58)) {
                        const err262 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err262];
                        } else {
                          vErrors.push(err262);
                        }
                        errors++;
                      }
                    }
                    if (data193.accessKey !== void 0) {
                      let data194 = data193.accessKey;
                      if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                        if (data194.name === void 0) {
                          data194.name = "";
                        }
                        if (data194.key === void 0) {
                          const err263 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err263];
                          } else {
                            vErrors.push(err263);
                          }
                          errors++;
                        }
                        for (const key59 in data194) {
                          if (!(key59 === "key" || key59 === "name" || key59 === "optional")) {
                            const err264 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err264];
                            } else {
                              vErrors.push(err264);
                            }
                            errors++;
                          }
                        }
                        if (data194.key !== void 0) {
                          if (typeof data194.key !== "string") {
                            const err265 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err265];
                            } else {
                              vErrors.push(err265);
                            }
                            errors++;
                          }
                        }
                        if (typeof data194.name !== "string") {
                          const err266 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err266];
                          } else {
                            vErrors.push(err266);
                          }
                          errors++;
                        }
                        if (data194.optional !== void 0) {
                          if (typeof data194.optional !== "boolean") {
                            const err267 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err267];
                            } else {
                              vErrors.push(err267);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err268 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/accessKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/accessKey/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err268];
                        } else {
                          vErrors.push(err268);
                        }
                        errors++;
                      }
                    }
                    if (data193.bucket !== void 0) {
                      let data198 = data193.bucket;
                      if (data198 && typeof data198 == "object" && !Array.isArray(data198)) {
                        if (data198.name === void 0) {
                          data198.name = "";
                        }
                        if (data198.key === void 0) {
                          const err269 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err269];
                          } else {
                            vErrors.push(err269);
                          }
                          errors++;
                        }
                        for (const key60 in data198) {
                          if (!(key60 === "key" || key60 === "name" || key60 === "optional")) {
                            const err270 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err270];
                            } else {
                              vErrors.push(err270);
                            }
                            errors++;
                          }
                        }
                        if (data198.key !== void 0) {
                          if (typeof data198.key !== "string") {
                            const err271 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err271];
                            } else {
                              vErrors.push(err271);
                            }
                            errors++;
                          }
                        }
                        if (typeof data198.name !== "string") {
                          const err272 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err272];
                          } else {
                            vErrors.push(err272);
                          }
                          errors++;
                        }
                        if (data198.optional !== void 0) {
                          if (typeof data198.optional !== "boolean") {
                            const err273 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err273];
                            } else {
                              vErrors.push(err273);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err274 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/bucket", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/bucket/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err274];
                        } else {
                          vErrors.push(err274);
                        }
                        errors++;
                      }
                    }
                    if (data193.endpoint !== void 0) {
                      let data202 = data193.endpoint;
                      if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                        if (data202.name === void 0) {
                          data202.name = "";
                        }
                        if (data202.key === void 0) {
                          const err275 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err275];
                          } else {
                            vErrors.push(err275);
                          }
                          errors++;
                        }
                        for (const key61 in data202) {
                          if (!(key61 === "key" || key61 === "name" || key61 === "optional")) {
                            const err276 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err276];
                            } else {
                              vErrors.push(err276);
                            }
                            errors++;
                          }
                        }
                        if (data202.key !== void 0) {
                          if (typeof data202.key !== "string") {
                            const err277 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err277];
                            } else {
                              vErrors.push(err277);
                            }
                            errors++;
                          }
                        }
                        if (typeof data202.name !== "string") {
                          const err278 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err278];
                          } else {
                            vErrors.push(err278);
                          }
                          errors++;
                        }
                        if (data202.optional !== void 0) {
                          if (typeof data202.optional !== "boolean") {
                            const err279 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err279];
                            } else {
                              vErrors.push(err279);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err280 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/endpoint", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/endpoint/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err280];
                        } else {
                          vErrors.push(err280);
                        }
                        errors++;
                      }
                    }
                    if (data193.forcePathStyle !== void 0) {
                      let data206 = data193.forcePathStyle;
                      if (data206 && typeof data206 == "object" && !Array.isArray(data206)) {
                        if (data206.name === void 0) {
                          data206.name = "";
                        }
                        if (data206.key === void 0) {
                          const err281 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err281];
                          } else {
                            vErrors.push(err281);
                          }
                          errors++;
                        }
                        for (const key62 in data206) {
                          if (!(key62 === "key" || key62 === "name" || key62 === "optional")) {
                            const err282 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err282];
                            } else {
                              vErrors.push(err282);
                            }
                            errors++;
                          }
                        }
                        if (data206.key !== void 0) {
                          if (typeof data206.key !== "string") {
                            const err283 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err283];
                            } else {
                              vErrors.push(err283);
                            }
                            errors++;
                          }
                        }
                        if (typeof data206.name !== "string") {
                          const err284 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err284];
                          } else {
                            vErrors.push(err284);
                          }
                          errors++;
                        }
                        if (data206.optional !== void 0) {
                          if (typeof data206.optional !== "boolean") {
                            const err285 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err285];
                            } else {
                              vErrors.push(err285);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err286 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/forcePathStyle", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/forcePathStyle/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err286];
                        } else {
                          vErrors.push(err286);
                        }
                        errors++;
                      }
                    }
                    if (data193.path !== void 0) {
                      let data210 = data193.path;
                      if (data210 && typeof data210 == "object" && !Array.isArray(data210)) {
                        if (data210.name === void 0) {
                          data210.name = "";
                        }
                        if (data210.key === void 0) {
                          const err287 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err287];
                          } else {
                            vErrors.push(err287);
                          }
                          errors++;
                        }
                        for (const key63 in data210) {
                          if (!(key63 === "key" || key63 === "name" || key63 === "optional")) {
                            const err288 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err288];
                            } else {
                              vErrors.push(err288);
                            }
                            errors++;
                          }
                        }
                        if (data210.key !== void 0) {
                          if (typeof data210.key !== "string") {
                            const err289 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err289];
                            } else {
                              vErrors.push(err289);
                            }
                            errors++;
                          }
                        }
                        if (typeof data210.name !== "string") {
                          const err290 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err290];
                          } else {
                            vErrors.push(err290);
                          }
                          errors++;
                        }
                        if (data210.optional !== void 0) {
                          if (typeof data210.optional !== "boolean") {
                            const err291 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err291];
                            } else {
                              vErrors.push(err291);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err292 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/path", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/path/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err292];
                        } else {
                          vErrors.push(err292);
                        }
                        errors++;
                      }
                    }
                    if (data193.port !== void 0) {
                      let data214 = data193.port;
                      if (data214 && typeof data214 == "object" && !Array.isArray(data214)) {
                        if (data214.name === void 0) {
                          data214.name = "";
                        }
                        if (data214.key === void 0) {
                          const err293 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err293];
                          } else {
                            vErrors.push(err293);
                          }
                          errors++;
                        }
                        for (const key64 in data214) {
                          if (!(key64 === "key" || key64 === "name" || key64 === "optional")) {
                            const err294 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err294];
                            } else {
                              vErrors.push(err294);
                            }
                            errors++;
                          }
                        }
                        if (data214.key !== void 0) {
                          if (typeof data214.key !== "string") {
                            const err295 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err295];
                            } else {
                              vErrors.push(err295);
                            }
                            errors++;
                          }
                        }
                        if (typeof data214.name !== "string") {
                          const err296 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err296];
                          } else {
                            vErrors.push(err296);
                          }
                          errors++;
                        }
                        if (data214.optional !== void 0) {
                          if (typeof data214.optional !== "boolean") {
                            const err297 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err297];
                            } else {
                              vErrors.push(err297);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err298 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/port", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err298];
                        } else {
                          vErrors.push(err298);
                        }
                        errors++;
                      }
                    }
                    if (data193.provider !== void 0) {
                      let data218 = data193.provider;
                      if (data218 && typeof data218 == "object" && !Array.isArray(data218)) {
                        if (data218.name === void 0) {
                          data218.name = "";
                        }
                        if (data218.key === void 0) {
                          const err299 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err299];
                          } else {
                            vErrors.push(err299);
                          }
                          errors++;
                        }
                        for (const key65 in data218) {
                          if (!(key65 === "key" || key65 === "name" || key65 === "optional")) {
                            const err300 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err300];
                            } else {
                              vErrors.push(err300);
                            }
                            errors++;
                          }
                        }
                        if (data218.key !== void 0) {
                          if (typeof data218.key !== "string") {
                            const err301 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err301];
                            } else {
                              vErrors.push(err301);
                            }
                            errors++;
                          }
                        }
                        if (typeof data218.name !== "string") {
                          const err302 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err302];
                          } else {
                            vErrors.push(err302);
                          }
                          errors++;
                        }
                        if (data218.optional !== void 0) {
                          if (typeof data218.optional !== "boolean") {
                            const err303 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err303];
                            } else {
                              vErrors.push(err303);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err304 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/provider", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err304];
                        } else {
                          vErrors.push(err304);
                        }
                        errors++;
                      }
                    }
                    if (data193.region !== void 0) {
                      let data222 = data193.region;
                      if (data222 && typeof data222 == "object" && !Array.isArray(data222)) {
                        if (data222.name === void 0) {
                          data222.name = "";
                        }
                        if (data222.key === void 0) {
                          const err305 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err305];
                          } else {
                            vErrors.push(err305);
                          }
                          errors++;
                        }
                        for (const key66 in data222) {
                          if (!(key66 === "key" || key66 === "name" || key66 === "optional")) {
                            const err306 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err306];
                            } else {
                              vErrors.push(err306);
                            }
                            errors++;
                          }
                        }
                        if (data222.key !== void 0) {
                          if (typeof data222.key !== "string") {
                            const err307 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err307];
                            } else {
                              vErrors.push(err307);
                            }
                            errors++;
                          }
                        }
                        if (typeof data222.name !== "string") {
                          const err308 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err308];
                          } else {
                            vErrors.push(err308);
                          }
                          errors++;
                        }
                        if (data222.optional !== void 0) {
                          if (typeof data222.optional !== "boolean") {
                            const err309 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err309];
                            } else {
                              vErrors.push(err309);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err310 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/region", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/region/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err310];
                        } else {
                          vErrors.push(err310);
                        }
                        errors++;
                      }
                    }
                    if (data193.secretKey !== void 0) {
                      let data226 = data193.secretKey;
                      if (data226 && typeof data226 == "object" && !Array.isArray(data226)) {
                        if (data226.name === void 0) {
                          data226.name = "";
                        }
                        if (data226.key === void 0) {
                          const err311 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err311];
                          } else {
                            vErrors.push(err311);
                          }
                          errors++;
                        }
                        for (const key67 in data226) {
                          if (!(key67 === "key" || key67 === "name" || key67 === "optional")) {
                            const err312 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err312];
                            } else {
                              vErrors.push(err312);
                            }
                            errors++;
                          }
                        }
                        if (data226.key !== void 0) {
                          if (typeof data226.key !== "string") {
                            const err313 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err313];
                            } else {
                              vErrors.push(err313);
                            }
                            errors++;
                          }
                        }
                        if (typeof data226.name !== "string") {
                          const err314 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err314];
                          } else {
                            vErrors.push(err314);
                          }
                          errors++;
                        }
                        if (data226.optional !== void 0) {
                          if (typeof data226.optional !== "boolean") {
                            const err315 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err315];
                            } else {
                              vErrors.push(err315);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err316 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/secretKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/secretKey/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err316];
                        } else {
                          vErrors.push(err316);
                        }
                        errors++;
                      }
                    }
                    if (data193.tlsEnabled !== void 0) {
                      let data230 = data193.tlsEnabled;
                      if (data230 && typeof data230 == "object" && !Array.isArray(data230)) {
                        if (data230.name === void 0) {
                          data230.name = "";
                        }
                        if (data230.key === void 0) {
                          const err317 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err317];
                          } else {
                            vErrors.push(err317);
                          }
                          errors++;
                        }
                        for (const key68 in data230) {
                          if (!(key68 === "key" || key68 === "name" || key68 === "optional")) {
                            const err318 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key68 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err318];
                            } else {
                              vErrors.push(err318);
                            }
                            errors++;
                          }
                        }
                        if (data230.key !== void 0) {
                          if (typeof data230.key !== "string") {
                            const err319 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err319];
                            } else {
                              vErrors.push(err319);
                            }
                            errors++;
                          }
                        }
                        if (typeof data230.name !== "string") {
                          const err320 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err320];
                          } else {
                            vErrors.push(err320);
                          }
                          errors++;
                        }
                        if (data230.optional !== void 0) {
                          if (typeof data230.optional !== "boolean") {
                            const err321 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err321];
                            } else {
                              vErrors.push(err321);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err322 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/tlsEnabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/tlsEnabled/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err322];
                        } else {
                          vErrors.push(err322);
                        }
                        errors++;
                      }
                    }
                    if (data193.url !== void 0) {
                      let data234 = data193.url;
                      if (data234 && typeof data234 == "object" && !Array.isArray(data234)) {
                        if (data234.name === void 0) {
                          data234.name = "";
                        }
                        if (data234.key === void 0) {
                          const err323 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err323];
                          } else {
                            vErrors.push(err323);
                          }
                          errors++;
                        }
                        for (const key69 in data234) {
                          if (!(key69 === "key" || key69 === "name" || key69 === "optional")) {
                            const err324 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key69 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err324];
                            } else {
                              vErrors.push(err324);
                            }
                            errors++;
                          }
                        }
                        if (data234.key !== void 0) {
                          if (typeof data234.key !== "string") {
                            const err325 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url/key", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err325];
                            } else {
                              vErrors.push(err325);
                            }
                            errors++;
                          }
                        }
                        if (typeof data234.name !== "string") {
                          const err326 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err326];
                          } else {
                            vErrors.push(err326);
                          }
                          errors++;
                        }
                        if (data234.optional !== void 0) {
                          if (typeof data234.optional !== "boolean") {
                            const err327 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url/optional", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err327];
                            } else {
                              vErrors.push(err327);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err328 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore/url", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/properties/url/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err328];
                        } else {
                          vErrors.push(err328);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err329 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalObjectStore", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/externalObjectStore/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err329];
                    } else {
                      vErrors.push(err329);
                    }
                    errors++;
                  }
                }
                if (data191.managedObjectStore !== void 0) {
                  let data238 = data191.managedObjectStore;
                  if (data238 && typeof data238 == "object" && !Array.isArray(data238)) {
                    for (const key70 in data238) {
                      if (!func32.call(schema6.properties.spec.properties.objectStore.additionalProperties.properties.managedObjectStore.properties, key70)) {
                        const err330 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key70 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err330];
                        } else {
                          vErrors.push(err330);
                        }
                        errors++;
                      }
                    }
                    if (data238.SeaweedObjectStoreSpec !== void 0) {
                      let data239 = data238.SeaweedObjectStoreSpec;
                      if (data239 && typeof data239 == "object" && !Array.isArray(data239)) {
                        for (const key71 in data239) {
                          if (!(key71 === "filerStorageSize" || key71 === "tlsEnabled")) {
                            const err331 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/SeaweedObjectStoreSpec", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/SeaweedObjectStoreSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key71 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err331];
                            } else {
                              vErrors.push(err331);
                            }
                            errors++;
                          }
                        }
                        if (data239.filerStorageSize !== void 0) {
                          if (typeof data239.filerStorageSize !== "string") {
                            const err332 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/SeaweedObjectStoreSpec/filerStorageSize", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/SeaweedObjectStoreSpec/properties/filerStorageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err332];
                            } else {
                              vErrors.push(err332);
                            }
                            errors++;
                          }
                        }
                        if (data239.tlsEnabled !== void 0) {
                          if (typeof data239.tlsEnabled !== "boolean") {
                            const err333 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/SeaweedObjectStoreSpec/tlsEnabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/SeaweedObjectStoreSpec/properties/tlsEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err333];
                            } else {
                              vErrors.push(err333);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err334 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/SeaweedObjectStoreSpec", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/SeaweedObjectStoreSpec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err334];
                        } else {
                          vErrors.push(err334);
                        }
                        errors++;
                      }
                    }
                    if (data238.affinity !== void 0) {
                      if (!validate22(data238.affinity, { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/affinity", parentData: data238, parentDataProperty: "affinity", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data238.config !== void 0) {
                      let data243 = data238.config;
                      if (data243 && typeof data243 == "object" && !Array.isArray(data243)) {
                        for (const key72 in data243) {
                          if (!(key72 === "accessKey" || key72 === "minioBrowserSetting" || key72 === "resources" || key72 === "rootUser")) {
                            const err335 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key72 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err335];
                            } else {
                              vErrors.push(err335);
                            }
                            errors++;
                          }
                        }
                        if (data243.accessKey !== void 0) {
                          if (typeof data243.accessKey !== "string") {
                            const err336 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config/accessKey", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/config/properties/accessKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err336];
                            } else {
                              vErrors.push(err336);
                            }
                            errors++;
                          }
                        }
                        if (data243.minioBrowserSetting !== void 0) {
                          if (typeof data243.minioBrowserSetting !== "string") {
                            const err337 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config/minioBrowserSetting", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/config/properties/minioBrowserSetting/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err337];
                            } else {
                              vErrors.push(err337);
                            }
                            errors++;
                          }
                        }
                        if (data243.resources !== void 0) {
                          if (!validate58(data243.resources, { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config/resources", parentData: data243, parentDataProperty: "resources", rootData })) {
                            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                            errors = vErrors.length;
                          }
                        }
                        if (data243.rootUser !== void 0) {
                          if (typeof data243.rootUser !== "string") {
                            const err338 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config/rootUser", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/config/properties/rootUser/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err338];
                            } else {
                              vErrors.push(err338);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err339 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/config", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err339];
                        } else {
                          vErrors.push(err339);
                        }
                        errors++;
                      }
                    }
                    if (data238.copies !== void 0) {
                      let data248 = data238.copies;
                      if (!(typeof data248 == "number" && (!(data248 % 1) && !isNaN(data248)) && isFinite(data248))) {
                        const err340 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/copies", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/copies/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err340];
                        } else {
                          vErrors.push(err340);
                        }
                        errors++;
                      }
                    }
                    if (data238.name !== void 0) {
                      if (typeof data238.name !== "string") {
                        const err341 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/name", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err341];
                        } else {
                          vErrors.push(err341);
                        }
                        errors++;
                      }
                    }
                    if (data238.namespace !== void 0) {
                      if (typeof data238.namespace !== "string") {
                        const err342 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/namespace", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err342];
                        } else {
                          vErrors.push(err342);
                        }
                        errors++;
                      }
                    }
                    if (data238.replicas !== void 0) {
                      let data251 = data238.replicas;
                      if (!(typeof data251 == "number" && (!(data251 % 1) && !isNaN(data251)) && isFinite(data251))) {
                        const err343 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/replicas", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err343];
                        } else {
                          vErrors.push(err343);
                        }
                        errors++;
                      }
                    }
                    if (data238.retentionPolicy !== void 0) {
                      let data252 = data238.retentionPolicy;
                      if (data252 && typeof data252 == "object" && !Array.isArray(data252)) {
                        if (data252.onDelete === void 0) {
                          data252.onDelete = "detach";
                        }
                        if (data252.onDelete === void 0) {
                          const err344 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/retentionPolicy", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
                          if (vErrors === null) {
                            vErrors = [err344];
                          } else {
                            vErrors.push(err344);
                          }
                          errors++;
                        }
                        for (const key73 in data252) {
                          if (!(key73 === "onDelete")) {
                            const err345 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/retentionPolicy", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key73 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err345];
                            } else {
                              vErrors.push(err345);
                            }
                            errors++;
                          }
                        }
                        if (typeof data252.onDelete !== "string") {
                          const err346 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err346];
                          } else {
                            vErrors.push(err346);
                          }
                          errors++;
                        }
                      } else {
                        const err347 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/retentionPolicy", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err347];
                        } else {
                          vErrors.push(err347);
                        }
                        errors++;
                      }
                    }
                    if (data238.storageSize !== void 0) {
                      if (typeof data238.storageSize !== "string") {
                        const err348 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/storageSize", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err348];
                        } else {
                          vErrors.push(err348);
                        }
                        errors++;
                      }
                    }
                    if (data238.telemetry !== void 0) {
                      let data255 = data238.telemetry;
                      if (data255 && typeof data255 == "object" && !Array.isArray(data255)) {
                        if (data255.enabled === void 0) {
                          data255.enabled = true;
                        }
                        if (data255.enabled === void 0) {
                          const err349 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/telemetry", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/telemetry/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                          if (vErrors === null) {
                            vErrors = [err349];
                          } else {
                            vErrors.push(err349);
                          }
                          errors++;
                        }
                        for (const key74 in data255) {
                          if (!(key74 === "enabled")) {
                            const err350 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/telemetry", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key74 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err350];
                            } else {
                              vErrors.push(err350);
                            }
                            errors++;
                          }
                        }
                        if (typeof data255.enabled !== "boolean") {
                          const err351 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/telemetry/enabled", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/telemetry/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                          if (vErrors === null) {
                            vErrors = [err351];
                          } else {
                            vErrors.push(err351);
                          }
                          errors++;
                        }
                      } else {
                        const err352 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/telemetry", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err352];
                        } else {
                          vErrors.push(err352);
                        }
                        errors++;
                      }
                    }
                    if (data238.tolerations !== void 0) {
                      if (!validate67(data238.tolerations, { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore/tolerations", parentData: data238, parentDataProperty: "tolerations", rootData })) {
                        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err353 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedObjectStore", schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/properties/managedObjectStore/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err353];
                    } else {
                      vErrors.push(err353);
                    }
                    errors++;
                  }
                }
              } else {
                const err354 = { instancePath: instancePath + "/spec/objectStore/" + key56.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/objectStore/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err354];
                } else {
                  vErrors.push(err354);
                }
                errors++;
              }
            }
          } else {
            const err355 = { instancePath: instancePath + "/spec/objectStore", schemaPath: "#/properties/spec/properties/objectStore/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err355];
            } else {
              vErrors.push(err355);
            }
            errors++;
          }
        }
        if (data5.redis !== void 0) {
          let data258 = data5.redis;
          if (data258 && typeof data258 == "object" && !Array.isArray(data258)) {
            for (const key75 in data258) {
              let data259 = data258[key75];
              if (data259 && typeof data259 == "object" && !Array.isArray(data259)) {
                for (const key76 in data259) {
                  if (!(key76 === "externalRedis" || key76 === "managedRedis")) {
                    const err356 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/redis/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key76 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err356];
                    } else {
                      vErrors.push(err356);
                    }
                    errors++;
                  }
                }
                if (data259.externalRedis !== void 0) {
                  let data260 = data259.externalRedis;
                  if (data260 && typeof data260 == "object" && !Array.isArray(data260)) {
                    for (const key77 in data260) {
                      if (!(key77 === "host" || key77 === "password" || key77 === "port" || key77 === "sslCa" || key77 === "tls" || key77 === "url")) {
                        const err357 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key77 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err357];
                        } else {
                          vErrors.push(err357);
                        }
                        errors++;
                      }
                    }
                    if (data260.host !== void 0) {
                      let data261 = data260.host;
                      if (data261 && typeof data261 == "object" && !Array.isArray(data261)) {
                        if (data261.name === void 0) {
                          data261.name = "";
                        }
                        if (data261.key === void 0) {
                          const err358 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err358];
                          } else {
                            vErrors.push(err358);
                          }
                          errors++;
                        }
                        for (const key78 in data261) {
                          if (!(key78 === "key" || key78 === "name" || key78 === "optional")) {
                            const err359 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key78 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err359];
                            } else {
                              vErrors.push(err359);
                            }
                            errors++;
                          }
                        }
                        if (data261.key !== void 0) {
                          if (typeof data261.key !== "string") {
                            const err360 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err360];
                            } else {
                              vErrors.push(err360);
                            }
                            errors++;
                          }
                        }
                        if (typeof data261.name !== "string") {
                          const err361 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err361];
                          } else {
                            vErrors.push(err361);
                          }
                          errors++;
                        }
                        if (data261.optional !== void 0) {
                          if (typeof data261.optional !== "boolean") {
                            const err362 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err362];
                            } else {
                              vErrors.push(err362);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err363 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/host", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err363];
                        } else {
                          vErrors.push(err363);
                        }
                        errors++;
                      }
                    }
                    if (data260.password !== void 0) {
                      let data265 = data260.password;
                      if (data265 && typeof data265 == "object" && !Array.isArray(data265)) {
                        if (data265.name === void 0) {
                          data265.name = "";
                        }
                        if (data265.key === void 0) {
                          const err364 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err364];
                          } else {
                            vErrors.push(err364);
                          }
                          errors++;
                        }
                        for (const key79 in data265) {
                          if (!(key79 === "key" || key79 === "name" || key79 === "optional")) {
                            const err365 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key79 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err365];
                            } else {
                              vErrors.push(err365);
                            }
                            errors++;
                          }
                        }
                        if (data265.key !== void 0) {
                          if (typeof data265.key !== "string") {
                            const err366 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err366];
                            } else {
                              vErrors.push(err366);
                            }
                            errors++;
                          }
                        }
                        if (typeof data265.name !== "string") {
                          const err367 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err367];
                          } else {
                            vErrors.push(err367);
                          }
                          errors++;
                        }
                        if (data265.optional !== void 0) {
                          if (typeof data265.optional !== "boolean") {
                            const err368 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err368];
                            } else {
                              vErrors.push(err368);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err369 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/password", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err369];
                        } else {
                          vErrors.push(err369);
                        }
                        errors++;
                      }
                    }
                    if (data260.port !== void 0) {
                      let data269 = data260.port;
                      if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                        if (data269.name === void 0) {
                          data269.name = "";
                        }
                        if (data269.key === void 0) {
                          const err370 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err370];
                          } else {
                            vErrors.push(err370);
                          }
                          errors++;
                        }
                        for (const key80 in data269) {
                          if (!(key80 === "key" || key80 === "name" || key80 === "optional")) {
                            const err371 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key80 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err371];
                            } else {
                              vErrors.push(err371);
                            }
                            errors++;
                          }
                        }
                        if (data269.key !== void 0) {
                          if (typeof data269.key !== "string") {
                            const err372 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err372];
                            } else {
                              vErrors.push(err372);
                            }
                            errors++;
                          }
                        }
                        if (typeof data269.name !== "string") {
                          const err373 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err373];
                          } else {
                            vErrors.push(err373);
                          }
                          errors++;
                        }
                        if (data269.optional !== void 0) {
                          if (typeof data269.optional !== "boolean") {
                            const err374 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err374];
                            } else {
                              vErrors.push(err374);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err375 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/port", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err375];
                        } else {
                          vErrors.push(err375);
                        }
                        errors++;
                      }
                    }
                    if (data260.sslCa !== void 0) {
                      let data273 = data260.sslCa;
                      if (data273 && typeof data273 == "object" && !Array.isArray(data273)) {
                        if (data273.name === void 0) {
                          data273.name = "";
                        }
                        if (data273.key === void 0) {
                          const err376 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err376];
                          } else {
                            vErrors.push(err376);
                          }
                          errors++;
                        }
                        for (const key81 in data273) {
                          if (!(key81 === "key" || key81 === "name" || key81 === "optional")) {
                            const err377 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key81 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err377];
                            } else {
                              vErrors.push(err377);
                            }
                            errors++;
                          }
                        }
                        if (data273.key !== void 0) {
                          if (typeof data273.key !== "string") {
                            const err378 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err378];
                            } else {
                              vErrors.push(err378);
                            }
                            errors++;
                          }
                        }
                        if (typeof data273.name !== "string") {
                          const err379 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err379];
                          } else {
                            vErrors.push(err379);
                          }
                          errors++;
                        }
                        if (data273.optional !== void 0) {
                          if (typeof data273.optional !== "boolean") {
                            const err380 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err380];
                            } else {
                              vErrors.push(err380);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err381 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/sslCa", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/sslCa/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err381];
                        } else {
                          vErrors.push(err381);
                        }
                        errors++;
                      }
                    }
                    if (data260.tls !== void 0) {
                      let data277 = data260.tls;
                      if (data277 && typeof data277 == "object" && !Array.isArray(data277)) {
                        if (data277.name === void 0) {
                          data277.name = "";
                        }
                        if (data277.key === void 0) {
                          const err382 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err382];
                          } else {
                            vErrors.push(err382);
                          }
                          errors++;
                        }
                        for (const key82 in data277) {
                          if (!(key82 === "key" || key82 === "name" || key82 === "optional")) {
                            const err383 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key82 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err383];
                            } else {
                              vErrors.push(err383);
                            }
                            errors++;
                          }
                        }
                        if (data277.key !== void 0) {
                          if (typeof data277.key !== "string") {
                            const err384 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err384];
                            } else {
                              vErrors.push(err384);
                            }
                            errors++;
                          }
                        }
                        if (typeof data277.name !== "string") {
                          const err385 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err385];
                          } else {
                            vErrors.push(err385);
                          }
                          errors++;
                        }
                        if (data277.optional !== void 0) {
                          if (typeof data277.optional !== "boolean") {
                            const err386 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err386];
                            } else {
                              vErrors.push(err386);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err387 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/tls", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err387];
                        } else {
                          vErrors.push(err387);
                        }
                        errors++;
                      }
                    }
                    if (data260.url !== void 0) {
                      let data281 = data260.url;
                      if (data281 && typeof data281 == "object" && !Array.isArray(data281)) {
                        if (data281.name === void 0) {
                          data281.name = "";
                        }
                        if (data281.key === void 0) {
                          const err388 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err388];
                          } else {
                            vErrors.push(err388);
                          }
                          errors++;
                        }
                        for (const key83 in data281) {
                          if (!(key83 === "key" || key83 === "name" || key83 === "optional")) {
                            const err389 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key83 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err389];
                            } else {
                              vErrors.push(err389);
                            }
                            errors++;
                          }
                        }
                        if (data281.key !== void 0) {
                          if (typeof data281.key !== "string") {
                            const err390 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url/key", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err390];
                            } else {
                              vErrors.push(err390);
                            }
                            errors++;
                          }
                        }
                        if (typeof data281.name !== "string") {
                          const err391 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err391];
                          } else {
                            vErrors.push(err391);
                          }
                          errors++;
                        }
                        if (data281.optional !== void 0) {
                          if (typeof data281.optional !== "boolean") {
                            const err392 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url/optional", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err392];
                            } else {
                              vErrors.push(err392);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err393 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis/url", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/properties/url/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err393];
                        } else {
                          vErrors.push(err393);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err394 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/externalRedis", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/externalRedis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err394];
                    } else {
                      vErrors.push(err394);
                    }
                    errors++;
                  }
                }
                if (data259.managedRedis !== void 0) {
                  let data285 = data259.managedRedis;
                  if (data285 && typeof data285 == "object" && !Array.isArray(data285)) {
                    for (const key84 in data285) {
                      if (!func32.call(schema6.properties.spec.properties.redis.additionalProperties.properties.managedRedis.properties, key84)) {
                        const err395 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key84 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err395];
                        } else {
                          vErrors.push(err395);
                        }
                        errors++;
                      }
                    }
                    if (data285.affinity !== void 0) {
                      if (!validate22(data285.affinity, { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/affinity", parentData: data285, parentDataProperty: "affinity", rootData })) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data285.config !== void 0) {
                      if (!validate57(data285.config, { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/config", parentData: data285, parentDataProperty: "config", rootData })) {
                        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data285.name !== void 0) {
                      if (typeof data285.name !== "string") {
                        const err396 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/name", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err396];
                        } else {
                          vErrors.push(err396);
                        }
                        errors++;
                      }
                    }
                    if (data285.namespace !== void 0) {
                      if (typeof data285.namespace !== "string") {
                        const err397 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/namespace", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err397];
                        } else {
                          vErrors.push(err397);
                        }
                        errors++;
                      }
                    }
                    if (data285.retentionPolicy !== void 0) {
                      let data290 = data285.retentionPolicy;
                      if (data290 && typeof data290 == "object" && !Array.isArray(data290)) {
                        if (data290.onDelete === void 0) {
                          data290.onDelete = "detach";
                        }
                        if (data290.onDelete === void 0) {
                          const err398 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/retentionPolicy", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
                          if (vErrors === null) {
                            vErrors = [err398];
                          } else {
                            vErrors.push(err398);
                          }
                          errors++;
                        }
                        for (const key85 in data290) {
                          if (!(key85 === "onDelete")) {
                            const err399 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/retentionPolicy", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key85 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err399];
                            } else {
                              vErrors.push(err399);
                            }
                            errors++;
                          }
                        }
                        if (typeof data290.onDelete !== "string") {
                          const err400 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err400];
                          } else {
                            vErrors.push(err400);
                          }
                          errors++;
                        }
                      } else {
                        const err401 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/retentionPolicy", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err401];
                        } else {
                          vErrors.push(err401);
                        }
                        errors++;
                      }
                    }
                    if (data285.sentinel !== void 0) {
                      let data292 = data285.sentinel;
                      if (data292 && typeof data292 == "object" && !Array.isArray(data292)) {
                        if (data292.enabled === void 0) {
                          const err402 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                          if (vErrors === null) {
                            vErrors = [err402];
                          } else {
                            vErrors.push(err402);
                          }
                          errors++;
                        }
                        for (const key86 in data292) {
                          if (!(key86 === "config" || key86 === "enabled")) {
                            const err403 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key86 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err403];
                            } else {
                              vErrors.push(err403);
                            }
                            errors++;
                          }
                        }
                        if (data292.config !== void 0) {
                          let data293 = data292.config;
                          if (data293 && typeof data293 == "object" && !Array.isArray(data293)) {
                            for (const key87 in data293) {
                              if (!(key87 === "masterName" || key87 === "resources")) {
                                const err404 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel/config", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/properties/config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key87 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err404];
                                } else {
                                  vErrors.push(err404);
                                }
                                errors++;
                              }
                            }
                            if (data293.masterName !== void 0) {
                              if (typeof data293.masterName !== "string") {
                                const err405 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel/config/masterName", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/properties/config/properties/masterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err405];
                                } else {
                                  vErrors.push(err405);
                                }
                                errors++;
                              }
                            }
                            if (data293.resources !== void 0) {
                              if (!validate58(data293.resources, { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel/config/resources", parentData: data293, parentDataProperty: "resources", rootData })) {
                                vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                                errors = vErrors.length;
                              }
                            }
                          } else {
                            const err406 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel/config", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err406];
                            } else {
                              vErrors.push(err406);
                            }
                            errors++;
                          }
                        }
                        if (data292.enabled !== void 0) {
                          if (typeof data292.enabled !== "boolean") {
                            const err407 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel/enabled", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err407];
                            } else {
                              vErrors.push(err407);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err408 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/sentinel", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/sentinel/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err408];
                        } else {
                          vErrors.push(err408);
                        }
                        errors++;
                      }
                    }
                    if (data285.storageSize !== void 0) {
                      if (typeof data285.storageSize !== "string") {
                        const err409 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/storageSize", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/storageSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err409];
                        } else {
                          vErrors.push(err409);
                        }
                        errors++;
                      }
                    }
                    if (data285.telemetry !== void 0) {
                      let data298 = data285.telemetry;
                      if (data298 && typeof data298 == "object" && !Array.isArray(data298)) {
                        if (data298.enabled === void 0) {
                          data298.enabled = true;
                        }
                        if (data298.enabled === void 0) {
                          const err410 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/telemetry", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/telemetry/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'" };
                          if (vErrors === null) {
                            vErrors = [err410];
                          } else {
                            vErrors.push(err410);
                          }
                          errors++;
                        }
                        for (const key88 in data298) {
                          if (!(key88 === "enabled")) {
                            const err411 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/telemetry", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/telemetry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key88 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err411];
                            } else {
                              vErrors.push(err411);
                            }
                            errors++;
                          }
                        }
                        if (typeof data298.enabled !== "boolean") {
                          const err412 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/telemetry/enabled", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/telemetry/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                          if (vErrors === null) {
                            vErrors = [err412];
                          } else {
                            vErrors.push(err412);
                          }
                          errors++;
                        }
                      } else {
                        const err413 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/telemetry", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/properties/telemetry/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err413];
                        } else {
                          vErrors.push(err413);
                        }
                        errors++;
                      }
                    }
                    if (data285.tolerations !== void 0) {
                      if (!validate67(data285.tolerations, { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis/tolerations", parentData: data285, parentDataProperty: "tolerations", rootData })) {
                        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err414 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1") + "/managedRedis", schemaPath: "#/properties/spec/properties/redis/additionalProperties/properties/managedRedis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err414];
                    } else {
                      vErrors.push(err414);
                    }
                    errors++;
                  }
                }
              } else {
                const err415 = { instancePath: instancePath + "/spec/redis/" + key75.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/redis/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err415];
                } else {
                  vErrors.push(err415);
                }
                errors++;
              }
            }
          } else {
            const err416 = { instancePath: instancePath + "/spec/redis", schemaPath: "#/properties/spec/properties/redis/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err416];
            } else {
              vErrors.push(err416);
            }
            errors++;
          }
        }
        if (data5.requireLimits !== void 0) {
          if (typeof data5.requireLimits !== "boolean") {
            const err417 = { instancePath: instancePath + "/spec/requireLimits", schemaPath: "#/properties/spec/properties/requireLimits/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err417];
            } else {
              vErrors.push(err417);
            }
            errors++;
          }
        }
        if (data5.retentionPolicy !== void 0) {
          let data302 = data5.retentionPolicy;
          if (data302 && typeof data302 == "object" && !Array.isArray(data302)) {
            if (data302.onDelete === void 0) {
              data302.onDelete = "detach";
            }
            if (data302.onDelete === void 0) {
              const err418 = { instancePath: instancePath + "/spec/retentionPolicy", schemaPath: "#/properties/spec/properties/retentionPolicy/required", keyword: "required", params: { missingProperty: "onDelete" }, message: "must have required property 'onDelete'" };
              if (vErrors === null) {
                vErrors = [err418];
              } else {
                vErrors.push(err418);
              }
              errors++;
            }
            for (const key89 in data302) {
              if (!(key89 === "onDelete")) {
                const err419 = { instancePath: instancePath + "/spec/retentionPolicy", schemaPath: "#/properties/spec/properties/retentionPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key89 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err419];
                } else {
                  vErrors.push(err419);
                }
                errors++;
              }
            }
            if (typeof data302.onDelete !== "string") {
              const err420 = { instancePath: instancePath + "/spec/retentionPolicy/onDelete", schemaPath: "#/properties/spec/properties/retentionPolicy/properties/onDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err420];
              } else {
                vErrors.push(err420);
              }
              errors++;
            }
          } else {
            const err421 = { instancePath: instancePath + "/spec/retentionPolicy", schemaPath: "#/properties/spec/properties/retentionPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err421];
            } else {
              vErrors.push(err421);
            }
            errors++;
          }
        }
        if (data5.size !== void 0) {
          let data304 = data5.size;
          if (typeof data304 !== "string") {
            const err422 = { instancePath: instancePath + "/spec/size", schemaPath: "#/properties/spec/properties/size/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err422];
            } else {
              vErrors.push(err422);
            }
            errors++;
          }
          if (!(data304 === "dev" || data304 === "micro" || data304 === "small" || data304 === "medium" || data304 === "large" || data304 === "xlarge" || data304 === "xxlarge")) {
            const err423 = { instancePath: instancePath + "/spec/size", schemaPath: "#/properties/spec/properties/size/enum", keyword: "enum", params: { allowedValues: schema6.properties.spec.properties.size.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err423];
            } else {
              vErrors.push(err423);
            }
            errors++;
          }
        }
        if (data5.tolerations !== void 0) {
          if (!validate67(data5.tolerations, { instancePath: instancePath + "/spec/tolerations", parentData: data5, parentDataProperty: "tolerations", rootData })) {
            vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
            errors = vErrors.length;
          }
        }
        if (data5.wandb !== void 0) {
          let data306 = data5.wandb;
          if (data306 && typeof data306 == "object" && !Array.isArray(data306)) {
            if (data306.bucketProxy === void 0) {
              const err424 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/required", keyword: "required", params: { missingProperty: "bucketProxy" }, message: "must have required property 'bucketProxy'" };
              if (vErrors === null) {
                vErrors = [err424];
              } else {
                vErrors.push(err424);
              }
              errors++;
            }
            if (data306.features === void 0) {
              const err425 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/required", keyword: "required", params: { missingProperty: "features" }, message: "must have required property 'features'" };
              if (vErrors === null) {
                vErrors = [err425];
              } else {
                vErrors.push(err425);
              }
              errors++;
            }
            if (data306.hostname === void 0) {
              const err426 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/required", keyword: "required", params: { missingProperty: "hostname" }, message: "must have required property 'hostname'" };
              if (vErrors === null) {
                vErrors = [err426];
              } else {
                vErrors.push(err426);
              }
              errors++;
            }
            if (data306.version === void 0) {
              const err427 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              if (vErrors === null) {
                vErrors = [err427];
              } else {
                vErrors.push(err427);
              }
              errors++;
            }
            for (const key90 in data306) {
              if (!func32.call(schema6.properties.spec.properties.wandb.properties, key90)) {
                const err428 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key90 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err428];
                } else {
                  vErrors.push(err428);
                }
                errors++;
              }
            }
            if (data306.additionalHostnames !== void 0) {
              let data307 = data306.additionalHostnames;
              if (Array.isArray(data307)) {
                const len4 = data307.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (typeof data307[i4] !== "string") {
                    const err429 = { instancePath: instancePath + "/spec/wandb/additionalHostnames/" + i4, schemaPath: "#/properties/spec/properties/wandb/properties/additionalHostnames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err429];
                    } else {
                      vErrors.push(err429);
                    }
                    errors++;
                  }
                }
              } else {
                const err430 = { instancePath: instancePath + "/spec/wandb/additionalHostnames", schemaPath: "#/properties/spec/properties/wandb/properties/additionalHostnames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err430];
                } else {
                  vErrors.push(err430);
                }
                errors++;
              }
            }
            if (data306.applications !== void 0) {
              let data309 = data306.applications;
              if (data309 && typeof data309 == "object" && !Array.isArray(data309)) {
                for (const key91 in data309) {
                  let data310 = data309[key91];
                  if (data310 && typeof data310 == "object" && !Array.isArray(data310)) {
                    for (const key92 in data310) {
                      if (!(key92 === "autoscaling")) {
                        const err431 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key92 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err431];
                        } else {
                          vErrors.push(err431);
                        }
                        errors++;
                      }
                    }
                    if (data310.autoscaling !== void 0) {
                      let data311 = data310.autoscaling;
                      if (data311 && typeof data311 == "object" && !Array.isArray(data311)) {
                        for (const key93 in data311) {
                          if (!(key93 === "maxReplicas" || key93 === "minReplicas")) {
                            const err432 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key93 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err432];
                            } else {
                              vErrors.push(err432);
                            }
                            errors++;
                          }
                        }
                        if (data311.maxReplicas !== void 0) {
                          let data312 = data311.maxReplicas;
                          if (!(typeof data312 == "number" && (!(data312 % 1) && !isNaN(data312)) && isFinite(data312))) {
                            const err433 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/maxReplicas", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err433];
                            } else {
                              vErrors.push(err433);
                            }
                            errors++;
                          }
                          if (typeof data312 == "number" && isFinite(data312)) {
                            if (data312 < 1 || isNaN(data312)) {
                              const err434 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/maxReplicas", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/properties/maxReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err434];
                              } else {
                                vErrors.push(err434);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data311.minReplicas !== void 0) {
                          let data313 = data311.minReplicas;
                          if (!(typeof data313 == "number" && (!(data313 % 1) && !isNaN(data313)) && isFinite(data313))) {
                            const err435 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/minReplicas", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err435];
                            } else {
                              vErrors.push(err435);
                            }
                            errors++;
                          }
                          if (typeof data313 == "number" && isFinite(data313)) {
                            if (data313 < 1 || isNaN(data313)) {
                              const err436 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling/minReplicas", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                              if (vErrors === null) {
                                vErrors = [err436];
                              } else {
                                vErrors.push(err436);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err437 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1") + "/autoscaling", schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/properties/autoscaling/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err437];
                        } else {
                          vErrors.push(err437);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err438 = { instancePath: instancePath + "/spec/wandb/applications/" + key91.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/applications/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err438];
                    } else {
                      vErrors.push(err438);
                    }
                    errors++;
                  }
                }
              } else {
                const err439 = { instancePath: instancePath + "/spec/wandb/applications", schemaPath: "#/properties/spec/properties/wandb/properties/applications/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err439];
                } else {
                  vErrors.push(err439);
                }
                errors++;
              }
            }
            if (data306.bucketProxy !== void 0) {
              if (typeof data306.bucketProxy !== "boolean") {
                const err440 = { instancePath: instancePath + "/spec/wandb/bucketProxy", schemaPath: "#/properties/spec/properties/wandb/properties/bucketProxy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err440];
                } else {
                  vErrors.push(err440);
                }
                errors++;
              }
            }
            if (data306.features !== void 0) {
              let data315 = data306.features;
              if (data315 && typeof data315 == "object" && !Array.isArray(data315)) {
                for (const key94 in data315) {
                  if (typeof data315[key94] !== "boolean") {
                    const err441 = { instancePath: instancePath + "/spec/wandb/features/" + key94.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/features/additionalProperties/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err441];
                    } else {
                      vErrors.push(err441);
                    }
                    errors++;
                  }
                }
              } else {
                const err442 = { instancePath: instancePath + "/spec/wandb/features", schemaPath: "#/properties/spec/properties/wandb/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err442];
                } else {
                  vErrors.push(err442);
                }
                errors++;
              }
            }
            if (data306.hostname !== void 0) {
              if (typeof data306.hostname !== "string") {
                const err443 = { instancePath: instancePath + "/spec/wandb/hostname", schemaPath: "#/properties/spec/properties/wandb/properties/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err443];
                } else {
                  vErrors.push(err443);
                }
                errors++;
              }
            }
            if (data306.internalServiceAuth !== void 0) {
              let data318 = data306.internalServiceAuth;
              if (data318 && typeof data318 == "object" && !Array.isArray(data318)) {
                for (const key95 in data318) {
                  if (!(key95 === "enabled" || key95 === "oidcIssuer")) {
                    const err444 = { instancePath: instancePath + "/spec/wandb/internalServiceAuth", schemaPath: "#/properties/spec/properties/wandb/properties/internalServiceAuth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key95 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err444];
                    } else {
                      vErrors.push(err444);
                    }
                    errors++;
                  }
                }
                if (data318.enabled !== void 0) {
                  if (typeof data318.enabled !== "boolean") {
                    const err445 = { instancePath: instancePath + "/spec/wandb/internalServiceAuth/enabled", schemaPath: "#/properties/spec/properties/wandb/properties/internalServiceAuth/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err445];
                    } else {
                      vErrors.push(err445);
                    }
                    errors++;
                  }
                }
                if (data318.oidcIssuer !== void 0) {
                  if (typeof data318.oidcIssuer !== "string") {
                    const err446 = { instancePath: instancePath + "/spec/wandb/internalServiceAuth/oidcIssuer", schemaPath: "#/properties/spec/properties/wandb/properties/internalServiceAuth/properties/oidcIssuer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err446];
                    } else {
                      vErrors.push(err446);
                    }
                    errors++;
                  }
                }
              } else {
                const err447 = { instancePath: instancePath + "/spec/wandb/internalServiceAuth", schemaPath: "#/properties/spec/properties/wandb/properties/internalServiceAuth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err447];
                } else {
                  vErrors.push(err447);
                }
                errors++;
              }
            }
            if (data306.legacyOverrides !== void 0) {
              let data321 = data306.legacyOverrides;
              if (data321 && typeof data321 == "object" && !Array.isArray(data321)) {
                for (const key96 in data321) {
                  let data322 = data321[key96];
                  if (data322 && typeof data322 == "object" && !Array.isArray(data322)) {
                    for (const key97 in data322) {
                      if (!(key97 === "env" || key97 === "resources")) {
                        const err448 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key97 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err448];
                        } else {
                          vErrors.push(err448);
                        }
                        errors++;
                      }
                    }
                    if (data322.env !== void 0) {
                      let data323 = data322.env;
                      if (Array.isArray(data323)) {
                        const len5 = data323.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                          let data324 = data323[i5];
                          if (data324 && typeof data324 == "object" && !Array.isArray(data324)) {
                            if (data324.name === void 0) {
                              const err449 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5, schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                              if (vErrors === null) {
                                vErrors = [err449];
                              } else {
                                vErrors.push(err449);
                              }
                              errors++;
                            }
                            for (const key98 in data324) {
                              if (!(key98 === "name" || key98 === "value" || key98 === "valueFrom")) {
                                const err450 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5, schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key98 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err450];
                                } else {
                                  vErrors.push(err450);
                                }
                                errors++;
                              }
                            }
                            if (data324.name !== void 0) {
                              if (typeof data324.name !== "string") {
                                const err451 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/name", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err451];
                                } else {
                                  vErrors.push(err451);
                                }
                                errors++;
                              }
                            }
                            if (data324.value !== void 0) {
                              if (typeof data324.value !== "string") {
                                const err452 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/value", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err452];
                                } else {
                                  vErrors.push(err452);
                                }
                                errors++;
                              }
                            }
                            if (data324.valueFrom !== void 0) {
                              let data327 = data324.valueFrom;
                              if (data327 && typeof data327 == "object" && !Array.isArray(data327)) {
                                for (const key99 in data327) {
                                  if (!(key99 === "configMapKeyRef" || key99 === "fieldRef" || key99 === "fileKeyRef" || key99 === "resourceFieldRef" || key99 === "secretKeyRef")) {
                                    const err453 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key99 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err453];
                                    } else {
                                      vErrors.push(err453);
                                    }
                                    errors++;
                                  }
                                }
                                if (data327.configMapKeyRef !== void 0) {
                                  let data328 = data327.configMapKeyRef;
                                  if (data328 && typeof data328 == "object" && !Array.isArray(data328)) {
                                    if (data328.name === void 0) {
                                      data328.name = "";
                                    }
                                    if (data328.key === void 0) {
                                      const err454 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                                      if (vErrors === null) {
                                        vErrors = [err454];
                                      } else {
                                        vErrors.push(err454);
                                      }
                                      errors++;
                                    }
                                    for (const key100 in data328) {
                                      if (!(key100 === "key" || key100 === "name" || key100 === "optional")) {
                                        const err455 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key100 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err455];
                                        } else {
                                          vErrors.push(err455);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data328.key !== void 0) {
                                      if (typeof data328.key !== "string") {
                                        const err456 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef/key", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err456];
                                        } else {
                                          vErrors.push(err456);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (typeof data328.name !== "string") {
                                      const err457 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef/name", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err457];
                                      } else {
                                        vErrors.push(err457);
                                      }
                                      errors++;
                                    }
                                    if (data328.optional !== void 0) {
                                      if (typeof data328.optional !== "boolean") {
                                        const err458 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef/optional", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                          vErrors = [err458];
                                        } else {
                                          vErrors.push(err458);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err459 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/configMapKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/configMapKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err459];
                                    } else {
                                      vErrors.push(err459);
                                    }
                                    errors++;
                                  }
                                }
                                if (data327.fieldRef !== void 0) {
                                  let data332 = data327.fieldRef;
                                  if (data332 && typeof data332 == "object" && !Array.isArray(data332)) {
                                    if (data332.fieldPath === void 0) {
                                      const err460 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fieldRef/required", keyword: "required", params: { missingProperty: "fieldPath" }, message: "must have required property 'fieldPath'" };
                                      if (vErrors === null) {
                                        vErrors = [err460];
                                      } else {
                                        vErrors.push(err460);
                                      }
                                      errors++;
                                    }
                                    for (const key101 in data332) {
                                      if (!(key101 === "apiVersion" || key101 === "fieldPath")) {
                                        const err461 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fieldRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key101 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err461];
                                        } else {
                                          vErrors.push(err461);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data332.apiVersion !== void 0) {
                                      if (typeof data332.apiVersion !== "string") {
                                        const err462 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fieldRef/apiVersion", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fieldRef/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err462];
                                        } else {
                                          vErrors.push(err462);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data332.fieldPath !== void 0) {
                                      if (typeof data332.fieldPath !== "string") {
                                        const err463 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fieldRef/fieldPath", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fieldRef/properties/fieldPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err463];
                                        } else {
                                          vErrors.push(err463);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err464 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fieldRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err464];
                                    } else {
                                      vErrors.push(err464);
                                    }
                                    errors++;
                                  }
                                }
                                if (data327.fileKeyRef !== void 0) {
                                  let data335 = data327.fileKeyRef;
                                  if (data335 && typeof data335 == "object" && !Array.isArray(data335)) {
                                    if (data335.optional === void 0) {
                                      data335.optional = false;
                                    }
                                    if (data335.key === void 0) {
                                      const err465 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                                      if (vErrors === null) {
                                        vErrors = [err465];
                                      } else {
                                        vErrors.push(err465);
                                      }
                                      errors++;
                                    }
                                    if (data335.path === void 0) {
                                      const err466 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
                                      if (vErrors === null) {
                                        vErrors = [err466];
                                      } else {
                                        vErrors.push(err466);
                                      }
                                      errors++;
                                    }
                                    if (data335.volumeName === void 0) {
                                      const err467 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/required", keyword: "required", params: { missingProperty: "volumeName" }, message: "must have required property 'volumeName'" };
                                      if (vErrors === null) {
                                        vErrors = [err467];
                                      } else {
                                        vErrors.push(err467);
                                      }
                                      errors++;
                                    }
                                    for (const key102 in data335) {
                                      if (!(key102 === "key" || key102 === "optional" || key102 === "path" || key102 === "volumeName")) {
                                        const err468 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key102 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err468];
                                        } else {
                                          vErrors.push(err468);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data335.key !== void 0) {
                                      if (typeof data335.key !== "string") {
                                        const err469 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef/key", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err469];
                                        } else {
                                          vErrors.push(err469);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (typeof data335.optional !== "boolean") {
                                      const err470 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef/optional", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                      if (vErrors === null) {
                                        vErrors = [err470];
                                      } else {
                                        vErrors.push(err470);
                                      }
                                      errors++;
                                    }
                                    if (data335.path !== void 0) {
                                      if (typeof data335.path !== "string") {
                                        const err471 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef/path", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err471];
                                        } else {
                                          vErrors.push(err471);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data335.volumeName !== void 0) {
                                      if (typeof data335.volumeName !== "string") {
                                        const err472 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef/volumeName", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/properties/volumeName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err472];
                                        } else {
                                          vErrors.push(err472);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err473 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/fileKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/fileKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err473];
                                    } else {
                                      vErrors.push(err473);
                                    }
                                    errors++;
                                  }
                                }
                                if (data327.resourceFieldRef !== void 0) {
                                  let data340 = data327.resourceFieldRef;
                                  if (data340 && typeof data340 == "object" && !Array.isArray(data340)) {
                                    if (data340.resource === void 0) {
                                      const err474 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/required", keyword: "required", params: { missingProperty: "resource" }, message: "must have required property 'resource'" };
                                      if (vErrors === null) {
                                        vErrors = [err474];
                                      } else {
                                        vErrors.push(err474);
                                      }
                                      errors++;
                                    }
                                    for (const key103 in data340) {
                                      if (!(key103 === "containerName" || key103 === "divisor" || key103 === "resource")) {
                                        const err475 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key103 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err475];
                                        } else {
                                          vErrors.push(err475);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data340.containerName !== void 0) {
                                      if (typeof data340.containerName !== "string") {
                                        const err476 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/containerName", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/containerName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err476];
                                        } else {
                                          vErrors.push(err476);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data340.divisor !== void 0) {
                                      let data342 = data340.divisor;
                                      const _errs765 = errors;
                                      let valid117 = false;
                                      const _errs766 = errors;
                                      if (!(typeof data342 == "number" && (!(data342 % 1) && !isNaN(data342)) && isFinite(data342))) {
                                        const err477 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err477];
                                        } else {
                                          vErrors.push(err477);
                                        }
                                        errors++;
                                      }
                                      var _valid0 = _errs766 === errors;
                                      valid117 = valid117 || _valid0;
                                      if (!valid117) {
                                        const _errs768 = errors;
                                        if (typeof data342 !== "string") {
                                          const err478 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                          if (vErrors === null) {
                                            vErrors = [err478];
                                          } else {
                                            vErrors.push(err478);
                                          }
                                          errors++;
                                        }
                                        var _valid0 = _errs768 === errors;
                                        valid117 = valid117 || _valid0;
                                      }
                                      if (!valid117) {
                                        const err479 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                        if (vErrors === null) {
                                          vErrors = [err479];
                                        } else {
                                          vErrors.push(err479);
                                        }
                                        errors++;
                                      } else {
                                        errors = _errs765;
                                        if (vErrors !== null) {
                                          if (_errs765) {
                                            vErrors.length = _errs765;
                                          } else {
                                            vErrors = null;
                                          }
                                        }
                                      }
                                      if (typeof data342 === "string") {
                                        if (!pattern02.test(data342)) {
                                          const err480 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/divisor", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/divisor/pattern", keyword: "pattern", params: { pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$" }, message: 'must match pattern "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"' };
                                          if (vErrors === null) {
                                            vErrors = [err480];
                                          } else {
                                            vErrors.push(err480);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data340.resource !== void 0) {
                                      if (typeof data340.resource !== "string") {
                                        const err481 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef/resource", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err481];
                                        } else {
                                          vErrors.push(err481);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err482 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/resourceFieldRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/resourceFieldRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err482];
                                    } else {
                                      vErrors.push(err482);
                                    }
                                    errors++;
                                  }
                                }
                                if (data327.secretKeyRef !== void 0) {
                                  let data344 = data327.secretKeyRef;
                                  if (data344 && typeof data344 == "object" && !Array.isArray(data344)) {
                                    if (data344.name === void 0) {
                                      data344.name = "";
                                    }
                                    if (data344.key === void 0) {
                                      const err483 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                                      if (vErrors === null) {
                                        vErrors = [err483];
                                      } else {
                                        vErrors.push(err483);
                                      }
                                      errors++;
                                    }
                                    for (const key104 in data344) {
                                      if (!(key104 === "key" || key104 === "name" || key104 === "optional")) {
                                        const err484 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key104 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err484];
                                        } else {
                                          vErrors.push(err484);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data344.key !== void 0) {
                                      if (typeof data344.key !== "string") {
                                        const err485 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef/key", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err485];
                                        } else {
                                          vErrors.push(err485);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (typeof data344.name !== "string") {
                                      const err486 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef/name", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                      if (vErrors === null) {
                                        vErrors = [err486];
                                      } else {
                                        vErrors.push(err486);
                                      }
                                      errors++;
                                    }
                                    if (data344.optional !== void 0) {
                                      if (typeof data344.optional !== "boolean") {
                                        const err487 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef/optional", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                          vErrors = [err487];
                                        } else {
                                          vErrors.push(err487);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err488 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom/secretKeyRef", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/properties/secretKeyRef/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err488];
                                    } else {
                                      vErrors.push(err488);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err489 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5 + "/valueFrom", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err489];
                                } else {
                                  vErrors.push(err489);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err490 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env/" + i5, schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err490];
                            } else {
                              vErrors.push(err490);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err491 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/env", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err491];
                        } else {
                          vErrors.push(err491);
                        }
                        errors++;
                      }
                    }
                    if (data322.resources !== void 0) {
                      if (!validate58(data322.resources, { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1") + "/resources", parentData: data322, parentDataProperty: "resources", rootData })) {
                        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err492 = { instancePath: instancePath + "/spec/wandb/legacyOverrides/" + key96.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err492];
                    } else {
                      vErrors.push(err492);
                    }
                    errors++;
                  }
                }
              } else {
                const err493 = { instancePath: instancePath + "/spec/wandb/legacyOverrides", schemaPath: "#/properties/spec/properties/wandb/properties/legacyOverrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err493];
                } else {
                  vErrors.push(err493);
                }
                errors++;
              }
            }
            if (data306.license !== void 0) {
              if (typeof data306.license !== "string") {
                const err494 = { instancePath: instancePath + "/spec/wandb/license", schemaPath: "#/properties/spec/properties/wandb/properties/license/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err494];
                } else {
                  vErrors.push(err494);
                }
                errors++;
              }
            }
            if (data306.manifestRepository !== void 0) {
              if (typeof data306.manifestRepository !== "string") {
                const err495 = { instancePath: instancePath + "/spec/wandb/manifestRepository", schemaPath: "#/properties/spec/properties/wandb/properties/manifestRepository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err495];
                } else {
                  vErrors.push(err495);
                }
                errors++;
              }
            }
            if (data306.notifications !== void 0) {
              let data351 = data306.notifications;
              if (data351 && typeof data351 == "object" && !Array.isArray(data351)) {
                for (const key105 in data351) {
                  if (!(key105 === "email" || key105 === "slack")) {
                    const err496 = { instancePath: instancePath + "/spec/wandb/notifications", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key105 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err496];
                    } else {
                      vErrors.push(err496);
                    }
                    errors++;
                  }
                }
                if (data351.email !== void 0) {
                  let data352 = data351.email;
                  if (data352 && typeof data352 == "object" && !Array.isArray(data352)) {
                    for (const key106 in data352) {
                      if (!(key106 === "sink" || key106 === "smtp")) {
                        const err497 = { instancePath: instancePath + "/spec/wandb/notifications/email", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key106 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err497];
                        } else {
                          vErrors.push(err497);
                        }
                        errors++;
                      }
                    }
                    if (data352.sink !== void 0) {
                      let data353 = data352.sink;
                      if (data353 && typeof data353 == "object" && !Array.isArray(data353)) {
                        if (data353.name === void 0) {
                          data353.name = "";
                        }
                        if (data353.key === void 0) {
                          const err498 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err498];
                          } else {
                            vErrors.push(err498);
                          }
                          errors++;
                        }
                        for (const key107 in data353) {
                          if (!(key107 === "key" || key107 === "name" || key107 === "optional")) {
                            const err499 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key107 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err499];
                            } else {
                              vErrors.push(err499);
                            }
                            errors++;
                          }
                        }
                        if (data353.key !== void 0) {
                          if (typeof data353.key !== "string") {
                            const err500 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err500];
                            } else {
                              vErrors.push(err500);
                            }
                            errors++;
                          }
                        }
                        if (typeof data353.name !== "string") {
                          const err501 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err501];
                          } else {
                            vErrors.push(err501);
                          }
                          errors++;
                        }
                        if (data353.optional !== void 0) {
                          if (typeof data353.optional !== "boolean") {
                            const err502 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err502];
                            } else {
                              vErrors.push(err502);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err503 = { instancePath: instancePath + "/spec/wandb/notifications/email/sink", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/sink/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err503];
                        } else {
                          vErrors.push(err503);
                        }
                        errors++;
                      }
                    }
                    if (data352.smtp !== void 0) {
                      let data357 = data352.smtp;
                      if (data357 && typeof data357 == "object" && !Array.isArray(data357)) {
                        if (data357.host === void 0) {
                          const err504 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
                          if (vErrors === null) {
                            vErrors = [err504];
                          } else {
                            vErrors.push(err504);
                          }
                          errors++;
                        }
                        if (data357.password === void 0) {
                          const err505 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/required", keyword: "required", params: { missingProperty: "password" }, message: "must have required property 'password'" };
                          if (vErrors === null) {
                            vErrors = [err505];
                          } else {
                            vErrors.push(err505);
                          }
                          errors++;
                        }
                        if (data357.port === void 0) {
                          const err506 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'" };
                          if (vErrors === null) {
                            vErrors = [err506];
                          } else {
                            vErrors.push(err506);
                          }
                          errors++;
                        }
                        if (data357.username === void 0) {
                          const err507 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
                          if (vErrors === null) {
                            vErrors = [err507];
                          } else {
                            vErrors.push(err507);
                          }
                          errors++;
                        }
                        for (const key108 in data357) {
                          if (!(key108 === "host" || key108 === "password" || key108 === "port" || key108 === "username")) {
                            const err508 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key108 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err508];
                            } else {
                              vErrors.push(err508);
                            }
                            errors++;
                          }
                        }
                        if (data357.host !== void 0) {
                          let data358 = data357.host;
                          if (data358 && typeof data358 == "object" && !Array.isArray(data358)) {
                            if (data358.name === void 0) {
                              data358.name = "";
                            }
                            if (data358.key === void 0) {
                              const err509 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                              if (vErrors === null) {
                                vErrors = [err509];
                              } else {
                                vErrors.push(err509);
                              }
                              errors++;
                            }
                            for (const key109 in data358) {
                              if (!(key109 === "key" || key109 === "name" || key109 === "optional")) {
                                const err510 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key109 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err510];
                                } else {
                                  vErrors.push(err510);
                                }
                                errors++;
                              }
                            }
                            if (data358.key !== void 0) {
                              if (typeof data358.key !== "string") {
                                const err511 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err511];
                                } else {
                                  vErrors.push(err511);
                                }
                                errors++;
                              }
                            }
                            if (typeof data358.name !== "string") {
                              const err512 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err512];
                              } else {
                                vErrors.push(err512);
                              }
                              errors++;
                            }
                            if (data358.optional !== void 0) {
                              if (typeof data358.optional !== "boolean") {
                                const err513 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err513];
                                } else {
                                  vErrors.push(err513);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err514 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/host", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err514];
                            } else {
                              vErrors.push(err514);
                            }
                            errors++;
                          }
                        }
                        if (data357.password !== void 0) {
                          let data362 = data357.password;
                          if (data362 && typeof data362 == "object" && !Array.isArray(data362)) {
                            if (data362.name === void 0) {
                              data362.name = "";
                            }
                            if (data362.key === void 0) {
                              const err515 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                              if (vErrors === null) {
                                vErrors = [err515];
                              } else {
                                vErrors.push(err515);
                              }
                              errors++;
                            }
                            for (const key110 in data362) {
                              if (!(key110 === "key" || key110 === "name" || key110 === "optional")) {
                                const err516 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key110 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err516];
                                } else {
                                  vErrors.push(err516);
                                }
                                errors++;
                              }
                            }
                            if (data362.key !== void 0) {
                              if (typeof data362.key !== "string") {
                                const err517 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err517];
                                } else {
                                  vErrors.push(err517);
                                }
                                errors++;
                              }
                            }
                            if (typeof data362.name !== "string") {
                              const err518 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err518];
                              } else {
                                vErrors.push(err518);
                              }
                              errors++;
                            }
                            if (data362.optional !== void 0) {
                              if (typeof data362.optional !== "boolean") {
                                const err519 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err519];
                                } else {
                                  vErrors.push(err519);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err520 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/password", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/password/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err520];
                            } else {
                              vErrors.push(err520);
                            }
                            errors++;
                          }
                        }
                        if (data357.port !== void 0) {
                          let data366 = data357.port;
                          if (data366 && typeof data366 == "object" && !Array.isArray(data366)) {
                            if (data366.name === void 0) {
                              data366.name = "";
                            }
                            if (data366.key === void 0) {
                              const err521 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                              if (vErrors === null) {
                                vErrors = [err521];
                              } else {
                                vErrors.push(err521);
                              }
                              errors++;
                            }
                            for (const key111 in data366) {
                              if (!(key111 === "key" || key111 === "name" || key111 === "optional")) {
                                const err522 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key111 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err522];
                                } else {
                                  vErrors.push(err522);
                                }
                                errors++;
                              }
                            }
                            if (data366.key !== void 0) {
                              if (typeof data366.key !== "string") {
                                const err523 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err523];
                                } else {
                                  vErrors.push(err523);
                                }
                                errors++;
                              }
                            }
                            if (typeof data366.name !== "string") {
                              const err524 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err524];
                              } else {
                                vErrors.push(err524);
                              }
                              errors++;
                            }
                            if (data366.optional !== void 0) {
                              if (typeof data366.optional !== "boolean") {
                                const err525 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err525];
                                } else {
                                  vErrors.push(err525);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err526 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/port", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err526];
                            } else {
                              vErrors.push(err526);
                            }
                            errors++;
                          }
                        }
                        if (data357.username !== void 0) {
                          let data370 = data357.username;
                          if (data370 && typeof data370 == "object" && !Array.isArray(data370)) {
                            if (data370.name === void 0) {
                              data370.name = "";
                            }
                            if (data370.key === void 0) {
                              const err527 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                              if (vErrors === null) {
                                vErrors = [err527];
                              } else {
                                vErrors.push(err527);
                              }
                              errors++;
                            }
                            for (const key112 in data370) {
                              if (!(key112 === "key" || key112 === "name" || key112 === "optional")) {
                                const err528 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key112 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err528];
                                } else {
                                  vErrors.push(err528);
                                }
                                errors++;
                              }
                            }
                            if (data370.key !== void 0) {
                              if (typeof data370.key !== "string") {
                                const err529 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err529];
                                } else {
                                  vErrors.push(err529);
                                }
                                errors++;
                              }
                            }
                            if (typeof data370.name !== "string") {
                              const err530 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err530];
                              } else {
                                vErrors.push(err530);
                              }
                              errors++;
                            }
                            if (data370.optional !== void 0) {
                              if (typeof data370.optional !== "boolean") {
                                const err531 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err531];
                                } else {
                                  vErrors.push(err531);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err532 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp/username", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/properties/username/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err532];
                            } else {
                              vErrors.push(err532);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err533 = { instancePath: instancePath + "/spec/wandb/notifications/email/smtp", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/properties/smtp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err533];
                        } else {
                          vErrors.push(err533);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err534 = { instancePath: instancePath + "/spec/wandb/notifications/email", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/email/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err534];
                    } else {
                      vErrors.push(err534);
                    }
                    errors++;
                  }
                }
                if (data351.slack !== void 0) {
                  let data374 = data351.slack;
                  if (data374 && typeof data374 == "object" && !Array.isArray(data374)) {
                    for (const key113 in data374) {
                      if (!(key113 === "clientId" || key113 === "clientSecret")) {
                        const err535 = { instancePath: instancePath + "/spec/wandb/notifications/slack", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key113 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err535];
                        } else {
                          vErrors.push(err535);
                        }
                        errors++;
                      }
                    }
                    if (data374.clientId !== void 0) {
                      let data375 = data374.clientId;
                      if (data375 && typeof data375 == "object" && !Array.isArray(data375)) {
                        if (data375.name === void 0) {
                          data375.name = "";
                        }
                        if (data375.key === void 0) {
                          const err536 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err536];
                          } else {
                            vErrors.push(err536);
                          }
                          errors++;
                        }
                        for (const key114 in data375) {
                          if (!(key114 === "key" || key114 === "name" || key114 === "optional")) {
                            const err537 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key114 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err537];
                            } else {
                              vErrors.push(err537);
                            }
                            errors++;
                          }
                        }
                        if (data375.key !== void 0) {
                          if (typeof data375.key !== "string") {
                            const err538 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err538];
                            } else {
                              vErrors.push(err538);
                            }
                            errors++;
                          }
                        }
                        if (typeof data375.name !== "string") {
                          const err539 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err539];
                          } else {
                            vErrors.push(err539);
                          }
                          errors++;
                        }
                        if (data375.optional !== void 0) {
                          if (typeof data375.optional !== "boolean") {
                            const err540 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err540];
                            } else {
                              vErrors.push(err540);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err541 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err541];
                        } else {
                          vErrors.push(err541);
                        }
                        errors++;
                      }
                    }
                    if (data374.clientSecret !== void 0) {
                      let data379 = data374.clientSecret;
                      if (data379 && typeof data379 == "object" && !Array.isArray(data379)) {
                        if (data379.name === void 0) {
                          data379.name = "";
                        }
                        if (data379.key === void 0) {
                          const err542 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                          if (vErrors === null) {
                            vErrors = [err542];
                          } else {
                            vErrors.push(err542);
                          }
                          errors++;
                        }
                        for (const key115 in data379) {
                          if (!(key115 === "key" || key115 === "name" || key115 === "optional")) {
                            const err543 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key115 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err543];
                            } else {
                              vErrors.push(err543);
                            }
                            errors++;
                          }
                        }
                        if (data379.key !== void 0) {
                          if (typeof data379.key !== "string") {
                            const err544 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret/key", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err544];
                            } else {
                              vErrors.push(err544);
                            }
                            errors++;
                          }
                        }
                        if (typeof data379.name !== "string") {
                          const err545 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret/name", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          if (vErrors === null) {
                            vErrors = [err545];
                          } else {
                            vErrors.push(err545);
                          }
                          errors++;
                        }
                        if (data379.optional !== void 0) {
                          if (typeof data379.optional !== "boolean") {
                            const err546 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret/optional", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err546];
                            } else {
                              vErrors.push(err546);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err547 = { instancePath: instancePath + "/spec/wandb/notifications/slack/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/properties/clientSecret/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err547];
                        } else {
                          vErrors.push(err547);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err548 = { instancePath: instancePath + "/spec/wandb/notifications/slack", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/properties/slack/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err548];
                    } else {
                      vErrors.push(err548);
                    }
                    errors++;
                  }
                }
              } else {
                const err549 = { instancePath: instancePath + "/spec/wandb/notifications", schemaPath: "#/properties/spec/properties/wandb/properties/notifications/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err549];
                } else {
                  vErrors.push(err549);
                }
                errors++;
              }
            }
            if (data306.oidc !== void 0) {
              let data383 = data306.oidc;
              if (data383 && typeof data383 == "object" && !Array.isArray(data383)) {
                for (const key116 in data383) {
                  if (!(key116 === "authMethod" || key116 === "clientId" || key116 === "clientSecret" || key116 === "issuerUrl" || key116 === "sessionLength")) {
                    const err550 = { instancePath: instancePath + "/spec/wandb/oidc", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key116 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err550];
                    } else {
                      vErrors.push(err550);
                    }
                    errors++;
                  }
                }
                if (data383.authMethod !== void 0) {
                  let data384 = data383.authMethod;
                  if (data384 && typeof data384 == "object" && !Array.isArray(data384)) {
                    if (data384.name === void 0) {
                      data384.name = "";
                    }
                    if (data384.key === void 0) {
                      const err551 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      if (vErrors === null) {
                        vErrors = [err551];
                      } else {
                        vErrors.push(err551);
                      }
                      errors++;
                    }
                    for (const key117 in data384) {
                      if (!(key117 === "key" || key117 === "name" || key117 === "optional")) {
                        const err552 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key117 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err552];
                        } else {
                          vErrors.push(err552);
                        }
                        errors++;
                      }
                    }
                    if (data384.key !== void 0) {
                      if (typeof data384.key !== "string") {
                        const err553 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod/key", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err553];
                        } else {
                          vErrors.push(err553);
                        }
                        errors++;
                      }
                    }
                    if (typeof data384.name !== "string") {
                      const err554 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod/name", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err554];
                      } else {
                        vErrors.push(err554);
                      }
                      errors++;
                    }
                    if (data384.optional !== void 0) {
                      if (typeof data384.optional !== "boolean") {
                        const err555 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod/optional", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err555];
                        } else {
                          vErrors.push(err555);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err556 = { instancePath: instancePath + "/spec/wandb/oidc/authMethod", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/authMethod/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err556];
                    } else {
                      vErrors.push(err556);
                    }
                    errors++;
                  }
                }
                if (data383.clientId !== void 0) {
                  let data388 = data383.clientId;
                  if (data388 && typeof data388 == "object" && !Array.isArray(data388)) {
                    if (data388.name === void 0) {
                      data388.name = "";
                    }
                    if (data388.key === void 0) {
                      const err557 = { instancePath: instancePath + "/spec/wandb/oidc/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      if (vErrors === null) {
                        vErrors = [err557];
                      } else {
                        vErrors.push(err557);
                      }
                      errors++;
                    }
                    for (const key118 in data388) {
                      if (!(key118 === "key" || key118 === "name" || key118 === "optional")) {
                        const err558 = { instancePath: instancePath + "/spec/wandb/oidc/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key118 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err558];
                        } else {
                          vErrors.push(err558);
                        }
                        errors++;
                      }
                    }
                    if (data388.key !== void 0) {
                      if (typeof data388.key !== "string") {
                        const err559 = { instancePath: instancePath + "/spec/wandb/oidc/clientId/key", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err559];
                        } else {
                          vErrors.push(err559);
                        }
                        errors++;
                      }
                    }
                    if (typeof data388.name !== "string") {
                      const err560 = { instancePath: instancePath + "/spec/wandb/oidc/clientId/name", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err560];
                      } else {
                        vErrors.push(err560);
                      }
                      errors++;
                    }
                    if (data388.optional !== void 0) {
                      if (typeof data388.optional !== "boolean") {
                        const err561 = { instancePath: instancePath + "/spec/wandb/oidc/clientId/optional", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err561];
                        } else {
                          vErrors.push(err561);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err562 = { instancePath: instancePath + "/spec/wandb/oidc/clientId", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientId/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err562];
                    } else {
                      vErrors.push(err562);
                    }
                    errors++;
                  }
                }
                if (data383.clientSecret !== void 0) {
                  let data392 = data383.clientSecret;
                  if (data392 && typeof data392 == "object" && !Array.isArray(data392)) {
                    if (data392.name === void 0) {
                      data392.name = "";
                    }
                    if (data392.key === void 0) {
                      const err563 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      if (vErrors === null) {
                        vErrors = [err563];
                      } else {
                        vErrors.push(err563);
                      }
                      errors++;
                    }
                    for (const key119 in data392) {
                      if (!(key119 === "key" || key119 === "name" || key119 === "optional")) {
                        const err564 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key119 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err564];
                        } else {
                          vErrors.push(err564);
                        }
                        errors++;
                      }
                    }
                    if (data392.key !== void 0) {
                      if (typeof data392.key !== "string") {
                        const err565 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret/key", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err565];
                        } else {
                          vErrors.push(err565);
                        }
                        errors++;
                      }
                    }
                    if (typeof data392.name !== "string") {
                      const err566 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret/name", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err566];
                      } else {
                        vErrors.push(err566);
                      }
                      errors++;
                    }
                    if (data392.optional !== void 0) {
                      if (typeof data392.optional !== "boolean") {
                        const err567 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret/optional", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err567];
                        } else {
                          vErrors.push(err567);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err568 = { instancePath: instancePath + "/spec/wandb/oidc/clientSecret", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/clientSecret/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err568];
                    } else {
                      vErrors.push(err568);
                    }
                    errors++;
                  }
                }
                if (data383.issuerUrl !== void 0) {
                  let data396 = data383.issuerUrl;
                  if (data396 && typeof data396 == "object" && !Array.isArray(data396)) {
                    if (data396.name === void 0) {
                      data396.name = "";
                    }
                    if (data396.key === void 0) {
                      const err569 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'" };
                      if (vErrors === null) {
                        vErrors = [err569];
                      } else {
                        vErrors.push(err569);
                      }
                      errors++;
                    }
                    for (const key120 in data396) {
                      if (!(key120 === "key" || key120 === "name" || key120 === "optional")) {
                        const err570 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key120 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err570];
                        } else {
                          vErrors.push(err570);
                        }
                        errors++;
                      }
                    }
                    if (data396.key !== void 0) {
                      if (typeof data396.key !== "string") {
                        const err571 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl/key", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err571];
                        } else {
                          vErrors.push(err571);
                        }
                        errors++;
                      }
                    }
                    if (typeof data396.name !== "string") {
                      const err572 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl/name", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err572];
                      } else {
                        vErrors.push(err572);
                      }
                      errors++;
                    }
                    if (data396.optional !== void 0) {
                      if (typeof data396.optional !== "boolean") {
                        const err573 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl/optional", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err573];
                        } else {
                          vErrors.push(err573);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err574 = { instancePath: instancePath + "/spec/wandb/oidc/issuerUrl", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/issuerUrl/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err574];
                    } else {
                      vErrors.push(err574);
                    }
                    errors++;
                  }
                }
                if (data383.sessionLength !== void 0) {
                  if (typeof data383.sessionLength !== "string") {
                    const err575 = { instancePath: instancePath + "/spec/wandb/oidc/sessionLength", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/properties/sessionLength/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err575];
                    } else {
                      vErrors.push(err575);
                    }
                    errors++;
                  }
                }
              } else {
                const err576 = { instancePath: instancePath + "/spec/wandb/oidc", schemaPath: "#/properties/spec/properties/wandb/properties/oidc/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err576];
                } else {
                  vErrors.push(err576);
                }
                errors++;
              }
            }
            if (data306.probes !== void 0) {
              let data401 = data306.probes;
              if (data401 && typeof data401 == "object" && !Array.isArray(data401)) {
                for (const key121 in data401) {
                  if (!(key121 === "livenessProbe" || key121 === "readinessProbe" || key121 === "startupProbe")) {
                    const err577 = { instancePath: instancePath + "/spec/wandb/probes", schemaPath: "#/properties/spec/properties/wandb/properties/probes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key121 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err577];
                    } else {
                      vErrors.push(err577);
                    }
                    errors++;
                  }
                }
                if (data401.livenessProbe !== void 0) {
                  if (!validate92(data401.livenessProbe, { instancePath: instancePath + "/spec/wandb/probes/livenessProbe", parentData: data401, parentDataProperty: "livenessProbe", rootData })) {
                    vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                    errors = vErrors.length;
                  }
                }
                if (data401.readinessProbe !== void 0) {
                  if (!validate92(data401.readinessProbe, { instancePath: instancePath + "/spec/wandb/probes/readinessProbe", parentData: data401, parentDataProperty: "readinessProbe", rootData })) {
                    vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                    errors = vErrors.length;
                  }
                }
                if (data401.startupProbe !== void 0) {
                  if (!validate92(data401.startupProbe, { instancePath: instancePath + "/spec/wandb/probes/startupProbe", parentData: data401, parentDataProperty: "startupProbe", rootData })) {
                    vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err578 = { instancePath: instancePath + "/spec/wandb/probes", schemaPath: "#/properties/spec/properties/wandb/properties/probes/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err578];
                } else {
                  vErrors.push(err578);
                }
                errors++;
              }
            }
            if (data306.security !== void 0) {
              let data405 = data306.security;
              if (data405 && typeof data405 == "object" && !Array.isArray(data405)) {
                if (data405.allowAnonymousPublicProjects === void 0) {
                  data405.allowAnonymousPublicProjects = false;
                }
                if (data405.allowUserTeamCreation === void 0) {
                  data405.allowUserTeamCreation = false;
                }
                if (data405.disableCodeSaving === void 0) {
                  data405.disableCodeSaving = false;
                }
                if (data405.disableSSOProvisioning === void 0) {
                  data405.disableSSOProvisioning = false;
                }
                if (data405.hideUpgradeBanner === void 0) {
                  data405.hideUpgradeBanner = false;
                }
                if (data405.insecureAllowAPIKeyAdminAccess === void 0) {
                  data405.insecureAllowAPIKeyAdminAccess = false;
                }
                for (const key122 in data405) {
                  if (!(key122 === "allowAnonymousPublicProjects" || key122 === "allowUserTeamCreation" || key122 === "disableCodeSaving" || key122 === "disableSSOProvisioning" || key122 === "hideUpgradeBanner" || key122 === "insecureAllowAPIKeyAdminAccess")) {
                    const err579 = { instancePath: instancePath + "/spec/wandb/security", schemaPath: "#/properties/spec/properties/wandb/properties/security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key122 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err579];
                    } else {
                      vErrors.push(err579);
                    }
                    errors++;
                  }
                }
                if (typeof data405.allowAnonymousPublicProjects !== "boolean") {
                  const err580 = { instancePath: instancePath + "/spec/wandb/security/allowAnonymousPublicProjects", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/allowAnonymousPublicProjects/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err580];
                  } else {
                    vErrors.push(err580);
                  }
                  errors++;
                }
                if (typeof data405.allowUserTeamCreation !== "boolean") {
                  const err581 = { instancePath: instancePath + "/spec/wandb/security/allowUserTeamCreation", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/allowUserTeamCreation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err581];
                  } else {
                    vErrors.push(err581);
                  }
                  errors++;
                }
                if (typeof data405.disableCodeSaving !== "boolean") {
                  const err582 = { instancePath: instancePath + "/spec/wandb/security/disableCodeSaving", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/disableCodeSaving/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err582];
                  } else {
                    vErrors.push(err582);
                  }
                  errors++;
                }
                if (typeof data405.disableSSOProvisioning !== "boolean") {
                  const err583 = { instancePath: instancePath + "/spec/wandb/security/disableSSOProvisioning", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/disableSSOProvisioning/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err583];
                  } else {
                    vErrors.push(err583);
                  }
                  errors++;
                }
                if (typeof data405.hideUpgradeBanner !== "boolean") {
                  const err584 = { instancePath: instancePath + "/spec/wandb/security/hideUpgradeBanner", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/hideUpgradeBanner/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err584];
                  } else {
                    vErrors.push(err584);
                  }
                  errors++;
                }
                if (typeof data405.insecureAllowAPIKeyAdminAccess !== "boolean") {
                  const err585 = { instancePath: instancePath + "/spec/wandb/security/insecureAllowAPIKeyAdminAccess", schemaPath: "#/properties/spec/properties/wandb/properties/security/properties/insecureAllowAPIKeyAdminAccess/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err585];
                  } else {
                    vErrors.push(err585);
                  }
                  errors++;
                }
              } else {
                const err586 = { instancePath: instancePath + "/spec/wandb/security", schemaPath: "#/properties/spec/properties/wandb/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err586];
                } else {
                  vErrors.push(err586);
                }
                errors++;
              }
            }
            if (data306.serviceAccount !== void 0) {
              let data412 = data306.serviceAccount;
              if (data412 && typeof data412 == "object" && !Array.isArray(data412)) {
                if (data412.create === void 0) {
                  data412.create = true;
                }
                if (data412.serviceAccountName === void 0) {
                  data412.serviceAccountName = "wandb";
                }
                if (data412.create === void 0) {
                  const err587 = { instancePath: instancePath + "/spec/wandb/serviceAccount", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/required", keyword: "required", params: { missingProperty: "create" }, message: "must have required property 'create'" };
                  if (vErrors === null) {
                    vErrors = [err587];
                  } else {
                    vErrors.push(err587);
                  }
                  errors++;
                }
                for (const key123 in data412) {
                  if (!(key123 === "annotations" || key123 === "create" || key123 === "serviceAccountName")) {
                    const err588 = { instancePath: instancePath + "/spec/wandb/serviceAccount", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key123 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err588];
                    } else {
                      vErrors.push(err588);
                    }
                    errors++;
                  }
                }
                if (data412.annotations !== void 0) {
                  let data413 = data412.annotations;
                  if (data413 && typeof data413 == "object" && !Array.isArray(data413)) {
                    for (const key124 in data413) {
                      if (typeof data413[key124] !== "string") {
                        const err589 = { instancePath: instancePath + "/spec/wandb/serviceAccount/annotations/" + key124.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err589];
                        } else {
                          vErrors.push(err589);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err590 = { instancePath: instancePath + "/spec/wandb/serviceAccount/annotations", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err590];
                    } else {
                      vErrors.push(err590);
                    }
                    errors++;
                  }
                }
                if (typeof data412.create !== "boolean") {
                  const err591 = { instancePath: instancePath + "/spec/wandb/serviceAccount/create", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/properties/create/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                  if (vErrors === null) {
                    vErrors = [err591];
                  } else {
                    vErrors.push(err591);
                  }
                  errors++;
                }
                if (typeof data412.serviceAccountName !== "string") {
                  const err592 = { instancePath: instancePath + "/spec/wandb/serviceAccount/serviceAccountName", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/properties/serviceAccountName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err592];
                  } else {
                    vErrors.push(err592);
                  }
                  errors++;
                }
              } else {
                const err593 = { instancePath: instancePath + "/spec/wandb/serviceAccount", schemaPath: "#/properties/spec/properties/wandb/properties/serviceAccount/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err593];
                } else {
                  vErrors.push(err593);
                }
                errors++;
              }
            }
            if (data306.version !== void 0) {
              if (typeof data306.version !== "string") {
                const err594 = { instancePath: instancePath + "/spec/wandb/version", schemaPath: "#/properties/spec/properties/wandb/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err594];
                } else {
                  vErrors.push(err594);
                }
                errors++;
              }
            }
          } else {
            const err595 = { instancePath: instancePath + "/spec/wandb", schemaPath: "#/properties/spec/properties/wandb/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err595];
            } else {
              vErrors.push(err595);
            }
            errors++;
          }
        }
      } else {
        const err596 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err596];
        } else {
          vErrors.push(err596);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data418 = data.status;
      if (!(data418 && typeof data418 == "object" && !Array.isArray(data418))) {
        const err597 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err597];
        } else {
          vErrors.push(err597);
        }
        errors++;
      }
    }
  } else {
    const err598 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err598];
    } else {
      vErrors.push(err598);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}

// src/config/v2/generated/crd-v2.json
var crd_v2_default = {
  $comment: "Generated by scripts/gen-v2-validator.mjs from the W&B operator v2 CRD: do not edit.",
  source: {
    crd: "weightsandbiases.apps.wandb.com",
    file: "crd-weightsandbiases.yaml (wandb/operator, main at 2026-08-21; newest release found 2.0.0-beta.6)",
    sha256: "395ddedc43553cdcb1412425d27270059d24053eae865019e44681273d21317f",
    controllerGen: "v0.19.0"
  },
  apiVersion: "apps.wandb.com/v2",
  kind: "WeightsAndBiases",
  servedVersions: [
    "v1",
    "v2"
  ],
  storageVersion: "v2",
  stores: [
    {
      key: "clickhouse",
      instances: true,
      managed: "managedClickhouse",
      external: "externalClickhouse"
    },
    {
      key: "kafka",
      instances: false,
      managed: "managedKafka",
      external: null
    },
    {
      key: "mysql",
      instances: true,
      managed: "managedMysql",
      external: "externalMysql"
    },
    {
      key: "objectStore",
      instances: true,
      managed: "managedObjectStore",
      external: "externalObjectStore"
    },
    {
      key: "redis",
      instances: true,
      managed: "managedRedis",
      external: "externalRedis"
    }
  ],
  secretRefs: [
    "spec.clickhouse.*.externalClickhouse.clusterName",
    "spec.clickhouse.*.externalClickhouse.database",
    "spec.clickhouse.*.externalClickhouse.host",
    "spec.clickhouse.*.externalClickhouse.httpPort",
    "spec.clickhouse.*.externalClickhouse.password",
    "spec.clickhouse.*.externalClickhouse.replicated",
    "spec.clickhouse.*.externalClickhouse.tcpPort",
    "spec.clickhouse.*.externalClickhouse.url",
    "spec.clickhouse.*.externalClickhouse.username",
    "spec.global.proxy.httpProxy.valueFrom.secretKeyRef",
    "spec.global.proxy.httpsProxy.valueFrom.secretKeyRef",
    "spec.mysql.*.externalMysql.database",
    "spec.mysql.*.externalMysql.host",
    "spec.mysql.*.externalMysql.password",
    "spec.mysql.*.externalMysql.port",
    "spec.mysql.*.externalMysql.sslCa",
    "spec.mysql.*.externalMysql.sslCert",
    "spec.mysql.*.externalMysql.sslKey",
    "spec.mysql.*.externalMysql.tls",
    "spec.mysql.*.externalMysql.url",
    "spec.mysql.*.externalMysql.username",
    "spec.objectStore.*.externalObjectStore.accessKey",
    "spec.objectStore.*.externalObjectStore.bucket",
    "spec.objectStore.*.externalObjectStore.endpoint",
    "spec.objectStore.*.externalObjectStore.forcePathStyle",
    "spec.objectStore.*.externalObjectStore.path",
    "spec.objectStore.*.externalObjectStore.port",
    "spec.objectStore.*.externalObjectStore.provider",
    "spec.objectStore.*.externalObjectStore.region",
    "spec.objectStore.*.externalObjectStore.secretKey",
    "spec.objectStore.*.externalObjectStore.tlsEnabled",
    "spec.objectStore.*.externalObjectStore.url",
    "spec.redis.*.externalRedis.host",
    "spec.redis.*.externalRedis.password",
    "spec.redis.*.externalRedis.port",
    "spec.redis.*.externalRedis.sslCa",
    "spec.redis.*.externalRedis.tls",
    "spec.redis.*.externalRedis.url",
    "spec.wandb.legacyOverrides.*.env.[].valueFrom.secretKeyRef",
    "spec.wandb.notifications.email.sink",
    "spec.wandb.notifications.email.smtp.host",
    "spec.wandb.notifications.email.smtp.password",
    "spec.wandb.notifications.email.smtp.port",
    "spec.wandb.notifications.email.smtp.username",
    "spec.wandb.notifications.slack.clientId",
    "spec.wandb.notifications.slack.clientSecret",
    "spec.wandb.oidc.authMethod",
    "spec.wandb.oidc.clientId",
    "spec.wandb.oidc.clientSecret",
    "spec.wandb.oidc.issuerUrl"
  ],
  cel: [
    {
      id: "replicas-range",
      path: "spec.wandb.applications.*.autoscaling",
      rule: "!has(self.minReplicas) || !has(self.maxReplicas) || self.minReplicas <= self.maxReplicas",
      message: "minReplicas must be <= maxReplicas"
    }
  ],
  schema: {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "WeightsAndBiases apps.wandb.com/v2, from the operator's CRD weightsandbiases.apps.wandb.com",
    type: "object",
    properties: {
      apiVersion: {
        const: "apps.wandb.com/v2"
      },
      kind: {
        const: "WeightsAndBiases"
      },
      metadata: {
        type: "object",
        properties: {
          name: {
            type: "string",
            minLength: 1
          },
          namespace: {
            type: "string"
          }
        }
      },
      spec: {
        type: "object",
        required: [
          "retentionPolicy"
        ],
        properties: {
          affinity: {
            $ref: "#/definitions/d23"
          },
          clickhouse: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: {
                externalClickhouse: {
                  type: "object",
                  properties: {
                    clusterName: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    database: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    host: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    httpPort: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    password: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    replicated: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    tcpPort: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    url: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    username: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    }
                  },
                  additionalProperties: false
                },
                managedClickhouse: {
                  type: "object",
                  properties: {
                    affinity: {
                      $ref: "#/definitions/d23"
                    },
                    config: {
                      $ref: "#/definitions/d15"
                    },
                    keeper: {
                      type: "object",
                      properties: {
                        config: {
                          $ref: "#/definitions/d15"
                        },
                        replicas: {
                          type: "integer"
                        },
                        storageSize: {
                          type: "string"
                        }
                      },
                      additionalProperties: false
                    },
                    name: {
                      type: "string"
                    },
                    namespace: {
                      type: "string"
                    },
                    objectStorage: {
                      type: "object",
                      properties: {
                        insecure: {
                          type: "boolean"
                        },
                        prefix: {
                          type: "string"
                        }
                      },
                      additionalProperties: false
                    },
                    replicas: {
                      type: "integer"
                    },
                    retentionPolicy: {
                      type: "object",
                      required: [
                        "onDelete"
                      ],
                      properties: {
                        onDelete: {
                          type: "string",
                          default: "detach"
                        }
                      },
                      additionalProperties: false
                    },
                    serviceAccount: {
                      $ref: "#/definitions/d0"
                    },
                    storageSize: {
                      type: "string"
                    },
                    telemetry: {
                      type: "object",
                      required: [
                        "enabled"
                      ],
                      properties: {
                        enabled: {
                          type: "boolean",
                          default: true
                        }
                      },
                      additionalProperties: false
                    },
                    tolerations: {
                      $ref: "#/definitions/d4"
                    },
                    version: {
                      type: "string"
                    }
                  },
                  additionalProperties: false
                }
              },
              additionalProperties: false
            }
          },
          global: {
            type: "object",
            properties: {
              caCertsConfigMap: {
                type: "string"
              },
              customCACerts: {
                type: "array",
                items: {
                  type: "string"
                }
              },
              imagePullSecrets: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    name: {
                      type: "string",
                      default: ""
                    }
                  },
                  additionalProperties: false
                }
              },
              imageRegistry: {
                type: "string"
              },
              proxy: {
                type: "object",
                properties: {
                  httpProxy: {
                    $ref: "#/definitions/d6"
                  },
                  httpsProxy: {
                    $ref: "#/definitions/d6"
                  },
                  noProxy: {
                    type: "array",
                    items: {
                      type: "string"
                    }
                  }
                },
                additionalProperties: false
              }
            },
            additionalProperties: false
          },
          kafka: {
            type: "object",
            properties: {
              managedKafka: {
                type: "object",
                properties: {
                  affinity: {
                    $ref: "#/definitions/d23"
                  },
                  config: {
                    type: "object",
                    properties: {
                      replicationConfig: {
                        type: "object",
                        properties: {
                          defaultReplicationFactor: {
                            type: "integer"
                          },
                          minInSyncReplicas: {
                            type: "integer"
                          },
                          offsetsTopicRF: {
                            type: "integer"
                          },
                          transactionStateISR: {
                            type: "integer"
                          },
                          transactionStateRF: {
                            type: "integer"
                          }
                        },
                        additionalProperties: false
                      },
                      resources: {
                        $ref: "#/definitions/d13"
                      }
                    },
                    additionalProperties: false
                  },
                  name: {
                    type: "string"
                  },
                  namespace: {
                    type: "string"
                  },
                  replicas: {
                    type: "integer"
                  },
                  retentionPolicy: {
                    type: "object",
                    required: [
                      "onDelete"
                    ],
                    properties: {
                      onDelete: {
                        type: "string",
                        default: "detach"
                      }
                    },
                    additionalProperties: false
                  },
                  serviceAccount: {
                    $ref: "#/definitions/d0"
                  },
                  skipDataRecovery: {
                    type: "boolean"
                  },
                  storageSize: {
                    type: "string"
                  },
                  telemetry: {
                    type: "object",
                    required: [
                      "enabled"
                    ],
                    properties: {
                      enabled: {
                        type: "boolean",
                        default: true
                      }
                    },
                    additionalProperties: false
                  },
                  tolerations: {
                    $ref: "#/definitions/d4"
                  }
                },
                additionalProperties: false
              }
            },
            additionalProperties: false
          },
          mysql: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: {
                externalMysql: {
                  type: "object",
                  properties: {
                    database: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    host: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    password: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    port: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    sslCa: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    sslCert: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    sslKey: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    tls: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    url: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    username: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    }
                  },
                  additionalProperties: false
                },
                managedMysql: {
                  type: "object",
                  properties: {
                    affinity: {
                      $ref: "#/definitions/d23"
                    },
                    config: {
                      $ref: "#/definitions/d15"
                    },
                    name: {
                      type: "string"
                    },
                    namespace: {
                      type: "string"
                    },
                    replicas: {
                      type: "integer"
                    },
                    retentionPolicy: {
                      type: "object",
                      required: [
                        "onDelete"
                      ],
                      properties: {
                        onDelete: {
                          type: "string",
                          default: "detach"
                        }
                      },
                      additionalProperties: false
                    },
                    storageSize: {
                      type: "string"
                    },
                    telemetry: {
                      type: "object",
                      required: [
                        "enabled"
                      ],
                      properties: {
                        enabled: {
                          type: "boolean",
                          default: true
                        }
                      },
                      additionalProperties: false
                    },
                    tolerations: {
                      $ref: "#/definitions/d4"
                    }
                  },
                  additionalProperties: false
                }
              },
              additionalProperties: false
            }
          },
          networking: {
            type: "object",
            properties: {
              annotations: {
                type: "object",
                additionalProperties: {
                  type: "string"
                }
              },
              gatewayAPI: {
                type: "object",
                required: [
                  "gateway"
                ],
                properties: {
                  gateway: {
                    type: "object",
                    properties: {
                      gatewayClassName: {
                        type: "string"
                      },
                      gatewayRef: {
                        type: "object",
                        required: [
                          "name"
                        ],
                        properties: {
                          name: {
                            type: "string"
                          },
                          namespace: {
                            type: "string"
                          }
                        },
                        additionalProperties: false
                      },
                      infrastructureAnnotations: {
                        type: "object",
                        additionalProperties: {
                          type: "string"
                        }
                      },
                      listeners: {
                        type: "array",
                        items: {
                          type: "object",
                          required: [
                            "name",
                            "port",
                            "protocol"
                          ],
                          properties: {
                            hostname: {
                              type: "string"
                            },
                            name: {
                              type: "string"
                            },
                            port: {
                              type: "integer"
                            },
                            protocol: {
                              type: "string"
                            },
                            tls: {
                              type: "object",
                              properties: {
                                certificateRef: {
                                  type: "object",
                                  required: [
                                    "name"
                                  ],
                                  properties: {
                                    name: {
                                      type: "string"
                                    },
                                    namespace: {
                                      type: "string"
                                    }
                                  },
                                  additionalProperties: false
                                },
                                mode: {
                                  type: "string"
                                }
                              },
                              additionalProperties: false
                            }
                          },
                          additionalProperties: false
                        }
                      },
                      managed: {
                        type: "boolean",
                        default: false
                      }
                    },
                    additionalProperties: false
                  },
                  listenerName: {
                    type: "string"
                  }
                },
                additionalProperties: false
              },
              ingress: {
                type: "object",
                properties: {
                  ingressClassName: {
                    type: "string"
                  },
                  name: {
                    type: "string"
                  }
                },
                additionalProperties: false
              },
              mode: {
                type: "string",
                enum: [
                  "",
                  "ingress",
                  "gateway"
                ]
              },
              tls: {
                type: "object",
                properties: {
                  certManager: {
                    type: "object",
                    properties: {
                      clusterIssuer: {
                        type: "string"
                      },
                      issuer: {
                        type: "string"
                      }
                    },
                    additionalProperties: false
                  },
                  secretName: {
                    type: "string"
                  }
                },
                additionalProperties: false
              }
            },
            additionalProperties: false
          },
          objectStore: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: {
                bucketAttributionDisabled: {
                  type: "boolean",
                  default: false
                },
                externalObjectStore: {
                  type: "object",
                  properties: {
                    accessKey: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    bucket: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    endpoint: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    forcePathStyle: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    path: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    port: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    provider: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    region: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    secretKey: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    tlsEnabled: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    url: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    }
                  },
                  additionalProperties: false
                },
                managedObjectStore: {
                  type: "object",
                  properties: {
                    SeaweedObjectStoreSpec: {
                      type: "object",
                      properties: {
                        filerStorageSize: {
                          type: "string"
                        },
                        tlsEnabled: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    affinity: {
                      $ref: "#/definitions/d23"
                    },
                    config: {
                      type: "object",
                      properties: {
                        accessKey: {
                          type: "string"
                        },
                        minioBrowserSetting: {
                          type: "string"
                        },
                        resources: {
                          $ref: "#/definitions/d13"
                        },
                        rootUser: {
                          type: "string"
                        }
                      },
                      additionalProperties: false
                    },
                    copies: {
                      type: "integer"
                    },
                    name: {
                      type: "string"
                    },
                    namespace: {
                      type: "string"
                    },
                    replicas: {
                      type: "integer"
                    },
                    retentionPolicy: {
                      type: "object",
                      required: [
                        "onDelete"
                      ],
                      properties: {
                        onDelete: {
                          type: "string",
                          default: "detach"
                        }
                      },
                      additionalProperties: false
                    },
                    storageSize: {
                      type: "string"
                    },
                    telemetry: {
                      type: "object",
                      required: [
                        "enabled"
                      ],
                      properties: {
                        enabled: {
                          type: "boolean",
                          default: true
                        }
                      },
                      additionalProperties: false
                    },
                    tolerations: {
                      $ref: "#/definitions/d4"
                    }
                  },
                  additionalProperties: false
                }
              },
              additionalProperties: false
            }
          },
          redis: {
            type: "object",
            additionalProperties: {
              type: "object",
              properties: {
                externalRedis: {
                  type: "object",
                  properties: {
                    host: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    password: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    port: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    sslCa: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    tls: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    url: {
                      type: "object",
                      required: [
                        "key"
                      ],
                      properties: {
                        key: {
                          type: "string"
                        },
                        name: {
                          type: "string",
                          default: ""
                        },
                        optional: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    }
                  },
                  additionalProperties: false
                },
                managedRedis: {
                  type: "object",
                  properties: {
                    affinity: {
                      $ref: "#/definitions/d23"
                    },
                    config: {
                      $ref: "#/definitions/d15"
                    },
                    name: {
                      type: "string"
                    },
                    namespace: {
                      type: "string"
                    },
                    retentionPolicy: {
                      type: "object",
                      required: [
                        "onDelete"
                      ],
                      properties: {
                        onDelete: {
                          type: "string",
                          default: "detach"
                        }
                      },
                      additionalProperties: false
                    },
                    sentinel: {
                      type: "object",
                      required: [
                        "enabled"
                      ],
                      properties: {
                        config: {
                          type: "object",
                          properties: {
                            masterName: {
                              type: "string"
                            },
                            resources: {
                              $ref: "#/definitions/d13"
                            }
                          },
                          additionalProperties: false
                        },
                        enabled: {
                          type: "boolean"
                        }
                      },
                      additionalProperties: false
                    },
                    storageSize: {
                      type: "string"
                    },
                    telemetry: {
                      type: "object",
                      required: [
                        "enabled"
                      ],
                      properties: {
                        enabled: {
                          type: "boolean",
                          default: true
                        }
                      },
                      additionalProperties: false
                    },
                    tolerations: {
                      $ref: "#/definitions/d4"
                    }
                  },
                  additionalProperties: false
                }
              },
              additionalProperties: false
            }
          },
          requireLimits: {
            type: "boolean"
          },
          retentionPolicy: {
            type: "object",
            required: [
              "onDelete"
            ],
            properties: {
              onDelete: {
                type: "string",
                default: "detach"
              }
            },
            additionalProperties: false
          },
          size: {
            type: "string",
            enum: [
              "dev",
              "micro",
              "small",
              "medium",
              "large",
              "xlarge",
              "xxlarge"
            ]
          },
          tolerations: {
            $ref: "#/definitions/d4"
          },
          wandb: {
            type: "object",
            required: [
              "bucketProxy",
              "features",
              "hostname",
              "version"
            ],
            properties: {
              additionalHostnames: {
                type: "array",
                items: {
                  type: "string"
                }
              },
              applications: {
                type: "object",
                additionalProperties: {
                  type: "object",
                  properties: {
                    autoscaling: {
                      type: "object",
                      properties: {
                        maxReplicas: {
                          type: "integer",
                          minimum: 1
                        },
                        minReplicas: {
                          type: "integer",
                          minimum: 1
                        }
                      },
                      additionalProperties: false
                    }
                  },
                  additionalProperties: false
                }
              },
              bucketProxy: {
                type: "boolean"
              },
              features: {
                type: "object",
                additionalProperties: {
                  type: "boolean"
                }
              },
              hostname: {
                type: "string"
              },
              internalServiceAuth: {
                type: "object",
                properties: {
                  enabled: {
                    type: "boolean"
                  },
                  oidcIssuer: {
                    type: "string"
                  }
                },
                additionalProperties: false
              },
              legacyOverrides: {
                type: "object",
                additionalProperties: {
                  type: "object",
                  properties: {
                    env: {
                      type: "array",
                      items: {
                        type: "object",
                        required: [
                          "name"
                        ],
                        properties: {
                          name: {
                            type: "string"
                          },
                          value: {
                            type: "string"
                          },
                          valueFrom: {
                            type: "object",
                            properties: {
                              configMapKeyRef: {
                                type: "object",
                                required: [
                                  "key"
                                ],
                                properties: {
                                  key: {
                                    type: "string"
                                  },
                                  name: {
                                    type: "string",
                                    default: ""
                                  },
                                  optional: {
                                    type: "boolean"
                                  }
                                },
                                additionalProperties: false
                              },
                              fieldRef: {
                                type: "object",
                                required: [
                                  "fieldPath"
                                ],
                                properties: {
                                  apiVersion: {
                                    type: "string"
                                  },
                                  fieldPath: {
                                    type: "string"
                                  }
                                },
                                additionalProperties: false
                              },
                              fileKeyRef: {
                                type: "object",
                                required: [
                                  "key",
                                  "path",
                                  "volumeName"
                                ],
                                properties: {
                                  key: {
                                    type: "string"
                                  },
                                  optional: {
                                    type: "boolean",
                                    default: false
                                  },
                                  path: {
                                    type: "string"
                                  },
                                  volumeName: {
                                    type: "string"
                                  }
                                },
                                additionalProperties: false
                              },
                              resourceFieldRef: {
                                type: "object",
                                required: [
                                  "resource"
                                ],
                                properties: {
                                  containerName: {
                                    type: "string"
                                  },
                                  divisor: {
                                    pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
                                    anyOf: [
                                      {
                                        type: "integer"
                                      },
                                      {
                                        type: "string"
                                      }
                                    ]
                                  },
                                  resource: {
                                    type: "string"
                                  }
                                },
                                additionalProperties: false
                              },
                              secretKeyRef: {
                                type: "object",
                                required: [
                                  "key"
                                ],
                                properties: {
                                  key: {
                                    type: "string"
                                  },
                                  name: {
                                    type: "string",
                                    default: ""
                                  },
                                  optional: {
                                    type: "boolean"
                                  }
                                },
                                additionalProperties: false
                              }
                            },
                            additionalProperties: false
                          }
                        },
                        additionalProperties: false
                      }
                    },
                    resources: {
                      $ref: "#/definitions/d13"
                    }
                  },
                  additionalProperties: false
                }
              },
              license: {
                type: "string"
              },
              manifestRepository: {
                type: "string"
              },
              notifications: {
                type: "object",
                properties: {
                  email: {
                    type: "object",
                    properties: {
                      sink: {
                        type: "object",
                        required: [
                          "key"
                        ],
                        properties: {
                          key: {
                            type: "string"
                          },
                          name: {
                            type: "string",
                            default: ""
                          },
                          optional: {
                            type: "boolean"
                          }
                        },
                        additionalProperties: false
                      },
                      smtp: {
                        type: "object",
                        required: [
                          "host",
                          "password",
                          "port",
                          "username"
                        ],
                        properties: {
                          host: {
                            type: "object",
                            required: [
                              "key"
                            ],
                            properties: {
                              key: {
                                type: "string"
                              },
                              name: {
                                type: "string",
                                default: ""
                              },
                              optional: {
                                type: "boolean"
                              }
                            },
                            additionalProperties: false
                          },
                          password: {
                            type: "object",
                            required: [
                              "key"
                            ],
                            properties: {
                              key: {
                                type: "string"
                              },
                              name: {
                                type: "string",
                                default: ""
                              },
                              optional: {
                                type: "boolean"
                              }
                            },
                            additionalProperties: false
                          },
                          port: {
                            type: "object",
                            required: [
                              "key"
                            ],
                            properties: {
                              key: {
                                type: "string"
                              },
                              name: {
                                type: "string",
                                default: ""
                              },
                              optional: {
                                type: "boolean"
                              }
                            },
                            additionalProperties: false
                          },
                          username: {
                            type: "object",
                            required: [
                              "key"
                            ],
                            properties: {
                              key: {
                                type: "string"
                              },
                              name: {
                                type: "string",
                                default: ""
                              },
                              optional: {
                                type: "boolean"
                              }
                            },
                            additionalProperties: false
                          }
                        },
                        additionalProperties: false
                      }
                    },
                    additionalProperties: false
                  },
                  slack: {
                    type: "object",
                    properties: {
                      clientId: {
                        type: "object",
                        required: [
                          "key"
                        ],
                        properties: {
                          key: {
                            type: "string"
                          },
                          name: {
                            type: "string",
                            default: ""
                          },
                          optional: {
                            type: "boolean"
                          }
                        },
                        additionalProperties: false
                      },
                      clientSecret: {
                        type: "object",
                        required: [
                          "key"
                        ],
                        properties: {
                          key: {
                            type: "string"
                          },
                          name: {
                            type: "string",
                            default: ""
                          },
                          optional: {
                            type: "boolean"
                          }
                        },
                        additionalProperties: false
                      }
                    },
                    additionalProperties: false
                  }
                },
                additionalProperties: false
              },
              oidc: {
                type: "object",
                properties: {
                  authMethod: {
                    type: "object",
                    required: [
                      "key"
                    ],
                    properties: {
                      key: {
                        type: "string"
                      },
                      name: {
                        type: "string",
                        default: ""
                      },
                      optional: {
                        type: "boolean"
                      }
                    },
                    additionalProperties: false
                  },
                  clientId: {
                    type: "object",
                    required: [
                      "key"
                    ],
                    properties: {
                      key: {
                        type: "string"
                      },
                      name: {
                        type: "string",
                        default: ""
                      },
                      optional: {
                        type: "boolean"
                      }
                    },
                    additionalProperties: false
                  },
                  clientSecret: {
                    type: "object",
                    required: [
                      "key"
                    ],
                    properties: {
                      key: {
                        type: "string"
                      },
                      name: {
                        type: "string",
                        default: ""
                      },
                      optional: {
                        type: "boolean"
                      }
                    },
                    additionalProperties: false
                  },
                  issuerUrl: {
                    type: "object",
                    required: [
                      "key"
                    ],
                    properties: {
                      key: {
                        type: "string"
                      },
                      name: {
                        type: "string",
                        default: ""
                      },
                      optional: {
                        type: "boolean"
                      }
                    },
                    additionalProperties: false
                  },
                  sessionLength: {
                    type: "string"
                  }
                },
                additionalProperties: false
              },
              probes: {
                type: "object",
                properties: {
                  livenessProbe: {
                    $ref: "#/definitions/d18"
                  },
                  readinessProbe: {
                    $ref: "#/definitions/d18"
                  },
                  startupProbe: {
                    $ref: "#/definitions/d18"
                  }
                },
                additionalProperties: false
              },
              security: {
                type: "object",
                properties: {
                  allowAnonymousPublicProjects: {
                    type: "boolean",
                    default: false
                  },
                  allowUserTeamCreation: {
                    type: "boolean",
                    default: false
                  },
                  disableCodeSaving: {
                    type: "boolean",
                    default: false
                  },
                  disableSSOProvisioning: {
                    type: "boolean",
                    default: false
                  },
                  hideUpgradeBanner: {
                    type: "boolean",
                    default: false
                  },
                  insecureAllowAPIKeyAdminAccess: {
                    type: "boolean",
                    default: false
                  }
                },
                additionalProperties: false
              },
              serviceAccount: {
                type: "object",
                required: [
                  "create"
                ],
                properties: {
                  annotations: {
                    type: "object",
                    additionalProperties: {
                      type: "string"
                    }
                  },
                  create: {
                    type: "boolean",
                    default: true
                  },
                  serviceAccountName: {
                    type: "string",
                    default: "wandb"
                  }
                },
                additionalProperties: false
              },
              version: {
                type: "string"
              }
            },
            additionalProperties: false
          }
        },
        additionalProperties: false
      },
      status: {
        type: "object"
      }
    },
    additionalProperties: false,
    definitions: {
      d0: {
        type: "object",
        properties: {
          annotations: {
            type: "object",
            additionalProperties: {
              type: "string"
            }
          },
          create: {
            type: "boolean"
          },
          serviceAccountName: {
            type: "string"
          }
        },
        additionalProperties: false
      },
      d1: {
        type: "object",
        properties: {
          effect: {
            type: "string"
          },
          key: {
            type: "string"
          },
          operator: {
            type: "string"
          },
          tolerationSeconds: {
            type: "integer"
          },
          value: {
            type: "string"
          }
        },
        additionalProperties: false
      },
      d2: {
        type: "array",
        items: {
          type: "object",
          required: [
            "key",
            "operator"
          ],
          properties: {
            key: {
              type: "string"
            },
            operator: {
              type: "string"
            },
            values: {
              type: "array",
              items: {
                type: "string"
              }
            }
          },
          additionalProperties: false
        }
      },
      d3: {
        type: "object",
        additionalProperties: {
          pattern: "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$",
          anyOf: [
            {
              type: "integer"
            },
            {
              type: "string"
            }
          ]
        }
      },
      d4: {
        type: "array",
        items: {
          $ref: "#/definitions/d1"
        }
      },
      d5: {
        type: "object",
        properties: {
          secretKeyRef: {
            type: "object",
            required: [
              "key"
            ],
            properties: {
              key: {
                type: "string"
              },
              name: {
                type: "string",
                default: ""
              },
              optional: {
                type: "boolean"
              }
            },
            additionalProperties: false
          }
        },
        additionalProperties: false
      },
      d6: {
        type: "object",
        properties: {
          value: {
            type: "string"
          },
          valueFrom: {
            $ref: "#/definitions/d5"
          }
        },
        additionalProperties: false
      },
      d7: {
        type: "object",
        properties: {
          matchExpressions: {
            $ref: "#/definitions/d2"
          },
          matchLabels: {
            type: "object",
            additionalProperties: {
              type: "string"
            }
          }
        },
        additionalProperties: false
      },
      d8: {
        type: "object",
        required: [
          "port"
        ],
        properties: {
          host: {
            type: "string"
          },
          httpHeaders: {
            type: "array",
            items: {
              type: "object",
              required: [
                "name",
                "value"
              ],
              properties: {
                name: {
                  type: "string"
                },
                value: {
                  type: "string"
                }
              },
              additionalProperties: false
            }
          },
          path: {
            type: "string"
          },
          port: {
            anyOf: [
              {
                type: "integer"
              },
              {
                type: "string"
              }
            ]
          },
          scheme: {
            type: "string"
          }
        },
        additionalProperties: false
      },
      d9: {
        type: "object",
        properties: {
          matchExpressions: {
            $ref: "#/definitions/d2"
          },
          matchFields: {
            $ref: "#/definitions/d2"
          }
        },
        additionalProperties: false
      },
      d10: {
        type: "array",
        items: {
          $ref: "#/definitions/d9"
        }
      },
      d11: {
        type: "object",
        required: [
          "preference",
          "weight"
        ],
        properties: {
          preference: {
            $ref: "#/definitions/d9"
          },
          weight: {
            type: "integer"
          }
        },
        additionalProperties: false
      },
      d12: {
        type: "object",
        required: [
          "nodeSelectorTerms"
        ],
        properties: {
          nodeSelectorTerms: {
            $ref: "#/definitions/d10"
          }
        },
        additionalProperties: false
      },
      d13: {
        type: "object",
        properties: {
          claims: {
            type: "array",
            items: {
              type: "object",
              required: [
                "name"
              ],
              properties: {
                name: {
                  type: "string"
                },
                request: {
                  type: "string"
                }
              },
              additionalProperties: false
            }
          },
          limits: {
            $ref: "#/definitions/d3"
          },
          requests: {
            $ref: "#/definitions/d3"
          }
        },
        additionalProperties: false
      },
      d14: {
        type: "array",
        items: {
          $ref: "#/definitions/d11"
        }
      },
      d15: {
        type: "object",
        properties: {
          resources: {
            $ref: "#/definitions/d13"
          }
        },
        additionalProperties: false
      },
      d16: {
        type: "object",
        required: [
          "topologyKey"
        ],
        properties: {
          labelSelector: {
            $ref: "#/definitions/d7"
          },
          matchLabelKeys: {
            type: "array",
            items: {
              type: "string"
            }
          },
          mismatchLabelKeys: {
            type: "array",
            items: {
              type: "string"
            }
          },
          namespaceSelector: {
            $ref: "#/definitions/d7"
          },
          namespaces: {
            type: "array",
            items: {
              type: "string"
            }
          },
          topologyKey: {
            type: "string"
          }
        },
        additionalProperties: false
      },
      d17: {
        type: "array",
        items: {
          $ref: "#/definitions/d16"
        }
      },
      d18: {
        type: "object",
        properties: {
          exec: {
            type: "object",
            properties: {
              command: {
                type: "array",
                items: {
                  type: "string"
                }
              }
            },
            additionalProperties: false
          },
          failureThreshold: {
            type: "integer"
          },
          grpc: {
            type: "object",
            required: [
              "port"
            ],
            properties: {
              port: {
                type: "integer"
              },
              service: {
                type: "string",
                default: ""
              }
            },
            additionalProperties: false
          },
          httpGet: {
            $ref: "#/definitions/d8"
          },
          initialDelaySeconds: {
            type: "integer"
          },
          periodSeconds: {
            type: "integer"
          },
          successThreshold: {
            type: "integer"
          },
          tcpSocket: {
            type: "object",
            required: [
              "port"
            ],
            properties: {
              host: {
                type: "string"
              },
              port: {
                anyOf: [
                  {
                    type: "integer"
                  },
                  {
                    type: "string"
                  }
                ]
              }
            },
            additionalProperties: false
          },
          terminationGracePeriodSeconds: {
            type: "integer"
          },
          timeoutSeconds: {
            type: "integer"
          }
        },
        additionalProperties: false
      },
      d19: {
        type: "object",
        required: [
          "podAffinityTerm",
          "weight"
        ],
        properties: {
          podAffinityTerm: {
            $ref: "#/definitions/d16"
          },
          weight: {
            type: "integer"
          }
        },
        additionalProperties: false
      },
      d20: {
        type: "array",
        items: {
          $ref: "#/definitions/d19"
        }
      },
      d21: {
        type: "object",
        properties: {
          preferredDuringSchedulingIgnoredDuringExecution: {
            $ref: "#/definitions/d14"
          },
          requiredDuringSchedulingIgnoredDuringExecution: {
            $ref: "#/definitions/d12"
          }
        },
        additionalProperties: false
      },
      d22: {
        type: "object",
        properties: {
          preferredDuringSchedulingIgnoredDuringExecution: {
            $ref: "#/definitions/d20"
          },
          requiredDuringSchedulingIgnoredDuringExecution: {
            $ref: "#/definitions/d17"
          }
        },
        additionalProperties: false
      },
      d23: {
        type: "object",
        properties: {
          nodeAffinity: {
            $ref: "#/definitions/d21"
          },
          podAffinity: {
            $ref: "#/definitions/d22"
          },
          podAntiAffinity: {
            $ref: "#/definitions/d22"
          }
        },
        additionalProperties: false
      }
    }
  }
};

// src/config/v2/schema.ts
var validate2 = v2_validator_default;
var root2 = crd_v2_default.schema;
var V2_CRD = crd_v2_default;
function resolved(node) {
  const ref = node?.$ref;
  if (typeof ref !== "string") return node;
  return root2.definitions[ref.replace("#/definitions/", "")];
}
function schemaAt2(path) {
  let node = resolved(root2);
  for (const segment of path) {
    if (!node) return void 0;
    const properties = node.properties;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment))
      node = resolved(properties[segment]);
    else if (/^\d+$/.test(segment) && node.items) node = resolved(node.items);
    else if (node.additionalProperties && typeof node.additionalProperties === "object")
      node = resolved(node.additionalProperties);
    else return void 0;
  }
  return node;
}
function keysAt(path) {
  return Object.keys(schemaAt2(path)?.properties ?? {});
}
function typeWords2(node) {
  if (!node) return "a value";
  if (node.enum) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(", ")}`;
  if (node.anyOf) return "an integer or a string";
  const words = {
    object: "a map",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false"
  };
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.filter((t) => t !== "null").map((t) => words[String(t)] ?? String(t)).join(" or ");
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `the string \`${value}\``;
  return `\`${String(value)}\``;
}
function valueAt2(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function misplacedInstance(path) {
  if (path.length !== 3 || path[0] !== "spec") return void 0;
  const store = V2_CRD.stores.find((s) => s.key === path[1] && s.instances);
  if (!store || ![store.managed, store.external].includes(path[2])) return void 0;
  return {
    severity: "error",
    path: [...path],
    at: "key",
    message: `\`spec.${store.key}\` maps instance names to their settings, so \`${path[2]}\` here is read as an instance name and nothing under it is a field of the v2 CRD`,
    fix: `Nest it under an instance name: \`spec.${store.key}.default.${path[2]}\` (the CRD's status columns read the instance \`default\`).`
  };
}
function translate2(error, data) {
  const path = pointerToPath(error.instancePath);
  const where = dotted(path) || "the resource";
  const value = valueAt2(data, path);
  const node = schemaAt2(path);
  const aboutKeys = error.keyword === "required" || error.keyword === "additionalProperties";
  if (!aboutKeys && typeof value === "string" && hasPlaceholder(value)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const misplaced = misplacedInstance(path);
      if (misplaced) return misplaced;
      const key = error.params.additionalProperty;
      const known = keysAt(path);
      const suggestion = closest(key, known);
      return {
        severity: "error",
        path: [...path, key],
        at: "key",
        message: `\`${key}\` is not a field of \`${where}\` in the v2 CRD: kubectl refuses it and the API server would drop it`,
        fix: suggestion ? `Rename \`${key}\` to \`${suggestion}\`.` : known.length > 0 && known.length <= 14 ? `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(", ")}.` : "Remove it, or check its place and spelling against the v2 CRD."
      };
    }
    case "required": {
      const missing = error.params.missingProperty;
      const child2 = schemaAt2([...path, missing]);
      return {
        severity: "error",
        path,
        at: "key",
        message: `\`${where}\` is missing \`${missing}\`, which the v2 CRD requires`,
        fix: `Add \`${missing}:\` (${typeWords2(child2)}) under \`${where}\`.`
      };
    }
    case "type":
      return {
        severity: "error",
        path,
        at: "value",
        message: `\`${where}\` must be ${typeWords2(node)}, not ${describe(value)}`,
        fix: `Change \`${where}\` to ${typeWords2(node)}.`
      };
    case "enum":
      return {
        severity: "error",
        path,
        at: "value",
        message: `\`${where}\` is ${describe(value)}; the v2 CRD allows ${typeWords2(node)}`,
        fix: `Set \`${where}\` to ${typeWords2(node)}.`
      };
    case "const":
      return {
        severity: "error",
        path,
        at: "value",
        message: `\`${where}\` must be \`${String(error.params.allowedValue)}\`, not ${describe(value)}`,
        fix: `Set \`${where}: ${String(error.params.allowedValue)}\`.`
      };
    default:
      return {
        severity: "error",
        path,
        at: "value",
        message: `\`${where}\` ${error.message ?? "is not valid"} (v2 CRD)`
      };
  }
}
function schemaFindings2(cr) {
  const copy = structuredClone(cr);
  if (validate2(copy)) return [];
  const errors = (validate2.errors ?? []).filter((error) => !error.schemaPath.includes("/anyOf/"));
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const finding = translate2(error, cr);
    if (!finding) continue;
    const id = `${finding.path.join("\0")}${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}

// src/config/v2/rules.ts
var EXACT_VERSION = /^[vV]?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/;
function get(doc, path) {
  let current = doc;
  for (const segment of path) {
    if (!isMap2(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
    current = current[segment];
  }
  return current;
}
function shown2(value) {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}
function versionFindings(cr) {
  const wandb = get(cr, ["spec", "wandb"]);
  const path = ["spec", "wandb", "version"];
  const fix = 'Pin the W&B Server version the operator deploys, e.g. `version: "0.81.0"` under spec.wandb (quoted, so YAML keeps it a string).';
  if (!isMap2(wandb)) {
    return [
      {
        severity: "error",
        path: isMap2(get(cr, ["spec"])) ? ["spec"] : [],
        at: "key",
        message: "`spec.wandb.version` is not set: the v2 operator requires a pinned W&B Server version",
        fix
      }
    ];
  }
  if (!Object.prototype.hasOwnProperty.call(wandb, "version")) return [];
  const version = wandb.version;
  if (typeof version === "number") {
    return [
      {
        severity: "error",
        path,
        at: "value",
        message: `\`spec.wandb.version\` is the number ${version}, which YAML made of an unquoted version`,
        fix
      }
    ];
  }
  if (typeof version !== "string" || hasPlaceholder(version)) return [];
  const text3 = version.trim();
  if (text3 === "" || text3.toLowerCase() === "latest") {
    return [
      {
        severity: "error",
        path,
        at: "value",
        message: `\`spec.wandb.version\` is ${text3 === "" ? "empty" : "`latest`"}: the v2 operator requires a pinned version and refuses this one`,
        fix
      }
    ];
  }
  if (!EXACT_VERSION.test(text3)) {
    return [
      {
        severity: "warning",
        path,
        at: "value",
        message: `\`spec.wandb.version\` \`${shown2(text3)}\` is not an exact version (X.Y.Z): upgrade-check and the support policy cannot place it`,
        fix
      }
    ];
  }
  return [];
}
function storeFindings(cr) {
  const findings = [];
  for (const store of V2_CRD.stores) {
    if (!store.managed || !store.external) continue;
    const section = get(cr, ["spec", store.key]);
    if (!isMap2(section)) continue;
    const instances = store.instances ? Object.entries(section).filter((entry) => isMap2(entry[1])).map(([name, value]) => [["spec", store.key, name], value]) : [[["spec", store.key], section]];
    for (const [path, instance] of instances) {
      const managed = instance[store.managed];
      const external = instance[store.external];
      if (managed === void 0 || managed === null || external === void 0 || external === null) continue;
      const keys = Object.keys(instance);
      const second = keys.indexOf(store.managed) > keys.indexOf(store.external) ? store.managed : store.external;
      findings.push({
        severity: "error",
        path: [...path, second],
        at: "key",
        message: `\`${dotted(path)}\` sets both \`${store.managed}\` and \`${store.external}\`: an instance is managed by the operator or external, not both`,
        fix: `Keep \`${store.managed}\` for a ${store.key} the operator runs, or \`${store.external}\` to connect to your own; remove the other.`
      });
    }
  }
  return findings;
}
function matches(pattern, path) {
  return pattern.length === path.length && pattern.every(
    (segment, i) => segment === "*" || (segment === "[]" ? /^\d+$/.test(path[i]) : segment === path[i])
  );
}
var SECRET_REF_PATTERNS = V2_CRD.secretRefs.map((pattern) => pattern.split("."));
function secretReferences(cr) {
  const found = [];
  const walk = (value, path) => {
    const candidates = SECRET_REF_PATTERNS.filter(
      (pattern) => pattern.length >= path.length && matches(pattern.slice(0, path.length), path)
    );
    if (candidates.length === 0) return;
    if (candidates.some((pattern) => pattern.length === path.length)) {
      if (isMap2(value)) found.push({ path, ref: value });
      return;
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isMap2(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(cr, []);
  return found;
}
function secretRefFindings(cr) {
  const findings = [];
  for (const { path, ref } of secretReferences(cr)) {
    const where = dotted(path);
    const name = ref.name;
    const key = ref.key;
    if (typeof name !== "string" || name.trim() === "") {
      findings.push({
        severity: "error",
        path: name === void 0 ? path : [...path, "name"],
        at: name === void 0 ? "key" : "value",
        message: `the Secret reference \`${where}\` names no Secret${typeof key === "string" && key ? ` (it gives only the key \`${key}\`)` : ""}: the API server defaults the name to "", which no Secret has`,
        fix: `Add \`name: <secret>\` under \`${where}\`: the Secret, in the CR's namespace, that holds the value.`
      });
    }
    if (key === void 0 || typeof key === "string" && key.trim() === "") {
      findings.push({
        severity: "error",
        path: key === void 0 ? path : [...path, "key"],
        at: key === void 0 ? "key" : "value",
        message: `the Secret reference \`${where}\`${typeof name === "string" && name ? ` names the Secret \`${name}\` but` : ""} gives no key: which entry of the Secret holds the value is not said`,
        fix: `Add \`key: <KEY>\` under \`${where}\`: the entry of the Secret's data that holds the value.`
      });
    }
  }
  return findings;
}
function hostnameFindings(cr) {
  const path = ["spec", "wandb", "hostname"];
  const host = get(cr, path);
  if (typeof host !== "string" || hasPlaceholder(host)) return [];
  const fix = "Set `spec.wandb.hostname` to the address users open, scheme and host name only, e.g. `https://wandb.example.com`.";
  let url;
  try {
    url = new URL(host.trim());
  } catch {
    url = void 0;
  }
  let problem;
  if (host.trim() === "") problem = "is empty";
  else if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(host.trim()))
    problem = "is not a URL (it needs the scheme, https:// or http://)";
  else if (!["http:", "https:"].includes(url.protocol))
    problem = `must start with https:// or http://, not ${url.protocol}//`;
  else if (!url.hostname) problem = "has no host name";
  else if (url.username || url.password) problem = "must not carry a user name or password";
  else if (url.pathname !== "/" || url.search || url.hash)
    problem = `must have no path (found \`${url.pathname}${url.search}${url.hash}\`)`;
  return problem ? [
    {
      severity: "error",
      path,
      at: "value",
      message: `\`spec.wandb.hostname\` \`${shown2(host)}\` ${problem}`,
      fix
    }
  ] : [];
}
function replicasFindings(cr) {
  const applications = get(cr, ["spec", "wandb", "applications"]);
  if (!isMap2(applications)) return [];
  const findings = [];
  for (const [name, app] of Object.entries(applications)) {
    const scaling = isMap2(app) ? app.autoscaling : void 0;
    if (!isMap2(scaling)) continue;
    const { minReplicas: min, maxReplicas: max } = scaling;
    if (typeof min === "number" && typeof max === "number" && min > max) {
      findings.push({
        severity: "error",
        path: ["spec", "wandb", "applications", name, "autoscaling", "minReplicas"],
        at: "value",
        message: `\`spec.wandb.applications.${name}.autoscaling\`: minReplicas ${min} is more than maxReplicas ${max} (the CRD's rule: minReplicas must be <= maxReplicas)`,
        fix: "Make minReplicas at most maxReplicas."
      });
    }
  }
  return findings;
}
function v2RuleFindings(cr) {
  return [
    ...versionFindings(cr),
    ...storeFindings(cr),
    ...secretRefFindings(cr),
    ...hostnameFindings(cr),
    ...replicasFindings(cr)
  ];
}

export {
  deriveKnowledge,
  lookupKey,
  chartDefault,
  ruleFindings,
  dotted,
  schemaFindings,
  v2_validator_default,
  V2_CRD,
  schemaFindings2,
  secretReferences,
  v2RuleFindings
};
