import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  parseReference
} from "./chunk-EKOZUTRL.js";
import {
  CR_RESOURCE,
  ClusterGateway,
  runApplyCr,
  workloadReady
} from "./chunk-NUG6DXWO.js";
import {
  API_VERSION,
  KIND,
  V2_API_VERSION,
  buildConfig,
  formatDiagnostic,
  hasErrors,
  maskSecrets,
  scanSecrets,
  secretValuesIn
} from "./chunk-QCD73JAM.js";
import {
  runInstallOperator
} from "./chunk-OOULZ7GR.js";
import "./chunk-SFUWLBPD.js";
import {
  helmReleaseStatus,
  helmUserValues
} from "./chunk-6F5LJFWD.js";
import "./chunk-W47JOMVU.js";
import {
  reportLine,
  saveReport,
  verifyDeployment,
  verifyOptions
} from "./chunk-IHJLXTFW.js";
import "./chunk-ZHVMPNNS.js";
import "./chunk-OU746ASQ.js";
import "./chunk-GJAO73OH.js";
import {
  KubeClient
} from "./chunk-3XW7LADV.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import {
  Reporter
} from "./chunk-EGPEA5N3.js";
import "./chunk-5NN7JIPQ.js";
import "./chunk-2YU3Z55Y.js";
import {
  Redactor
} from "./chunk-MB3LOVC5.js";
import "./chunk-5ZPXZYLU.js";
import "./chunk-ZDPISML2.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  UsageError,
  bool,
  closest,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/migrate/to-operator.ts
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/migrate/legacy.ts
function isSecretRef(value) {
  if (!isObject(value) || !isObject(value.secretKeyRef)) return false;
  const ref = value.secretKeyRef;
  return typeof ref.name === "string" && typeof ref.key === "string";
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isUnset(value) {
  if (value === void 0 || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.keys(value).length === 0;
  return false;
}
function setPath(target2, path, value) {
  const parts = path.split(".");
  let node = target2;
  for (const part of parts.slice(0, -1)) {
    if (!isObject(node[part])) node[part] = {};
    node = node[part];
  }
  node[parts[parts.length - 1]] = value;
}
function leafPaths(value, prefix) {
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, `${prefix}.${key}`));
  }
  return isUnset(value) ? [] : [prefix];
}
function parseBucketUrl(url) {
  const match = /^([a-z0-9]+):\/\/(?:([^@/]*)@)?([^/?]+)(\/[^?]*)?(\?.*)?$/i.exec(url.trim());
  if (!match) return void 0;
  const [, scheme, userinfo, host, rawPath] = match;
  const path = (rawPath ?? "").replace(/^\/+|\/+$/g, "");
  const provider = { s3: "s3", gs: "gcs", az: "az" }[scheme.toLowerCase()];
  if (!provider) return void 0;
  const bucket = { provider };
  if (userinfo) {
    const colon = userinfo.indexOf(":");
    bucket.accessKey = safeDecode(colon >= 0 ? userinfo.slice(0, colon) : userinfo);
    if (colon >= 0) bucket.secretKey = safeDecode(userinfo.slice(colon + 1));
    bucket.name = path ? `${host}/${path}` : host;
    return bucket;
  }
  if (provider === "az") {
    bucket.name = path || host;
    return bucket;
  }
  bucket.name = host;
  if (path) bucket.path = path;
  return bucket;
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function parseSmtpUrl(url) {
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return void 0;
  }
  if (!/^smtps?:$/.test(parsed.protocol) || !parsed.hostname) return void 0;
  const smtp = { host: parsed.hostname };
  if (parsed.port) smtp.port = Number(parsed.port);
  if (parsed.username) smtp.user = safeDecode(parsed.username);
  if (parsed.password) smtp.password = safeDecode(parsed.password);
  return smtp;
}
var NOT_MAPPED = {
  enableAdminApi: "operator-wandb has no admin-API switch; set GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS in global.extraEnv only if you still need it.",
  existingClaim: "operator-wandb keeps files in the bucket, not in a volume claim: move the files to a bucket (global.bucket) before removing the old release.",
  subPath: "belongs to the volume claim the operator does not use.",
  createSecrets: "the operator chart creates its own Secrets; reference yours with global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret.",
  hostAliases: "no counterpart; set hostAliases per component (e.g. app.pod) after review.",
  serviceAccount: "operator-wandb creates its service accounts; set <component>.serviceAccount after review.",
  podAnnotations: "set global.pod.annotations (every component) or app.pod.annotations after review.",
  podSecurityContext: "set app.pod.securityContext after review.",
  securityContext: "set app.container.securityContext after review.",
  service: "operator-wandb names and types its Services itself; the ingress is the way in.",
  nameOverride: "the operator names everything after the CR.",
  fullnameOverride: "the operator names everything after the CR.",
  affinity: "set affinity per component (e.g. app.pod.affinity) after review.",
  ldap: "operator-wandb has no ldap block; configure LDAP with LDAP_* variables in global.extraEnv.",
  redis: "the legacy chart ran its own Redis; operator-wandb does too by default (redis.install), or set global.redis for an external one.",
  bucketQueue: "operator-wandb sets the queue itself.",
  "ingress.enabled": "operator-wandb creates the ingress unless ingress.install is false; it ignores `enabled`.",
  "ingress.hosts": "operator-wandb routes the host of global.host; add other names under ingress.additionalHosts after review.",
  "mysql.managed": "the old release runs its own MySQL; operator-wandb does not take it over. Point global.mysql at it (or at a database you moved the data to) before removing the old release, which deletes it.",
  "mysql.image": "belongs to the MySQL the old release runs.",
  "mysql.resources": "belongs to the MySQL the old release runs.",
  "mysql.service": "belongs to the MySQL the old release runs.",
  "mysql.persistence": "belongs to the MySQL the old release runs; its volume holds your data.",
  "mysql.command": "belongs to the MySQL the old release runs.",
  "image.repository": "operator-wandb runs its own image per component; set app.image.repository only for a mirror.",
  "image.pullPolicy": "operator-wandb sets pull policies per component.",
  "sso.enabled": "OIDC is on in operator-wandb when global.auth.oidc.clientId is set."
};
function to(target2) {
  return (value, out, path) => {
    setPath(out.values, target2, value);
    out.mapped.push({ from: path, to: target2 });
  };
}
function secretTo(inline, reference) {
  return (value, out, path) => {
    if (isSecretRef(value)) {
      const [target2, ref] = reference(value);
      setPath(out.values, target2, ref);
      out.mapped.push({ from: path, to: target2 });
      return;
    }
    to(inline)(value, out, path);
  };
}
var mapBucket = (value, out, path) => {
  if (isSecretRef(value)) {
    out.unmapped.push({
      path,
      reason: `the old Deployment reads the bucket URL from Secret ${value.secretKeyRef.name} (key ${value.secretKeyRef.key}); operator-wandb takes provider, name and region in global.bucket and credentials from global.bucket.secret.`
    });
    return;
  }
  const bucket = typeof value === "string" ? parseBucketUrl(value) : void 0;
  if (!bucket) {
    out.unmapped.push({
      path,
      reason: "not a bucket URL this tool reads (s3://, gs://, az://); write global.bucket by hand."
    });
    return;
  }
  for (const [key, item] of Object.entries(bucket)) setPath(out.values, `global.bucket.${key}`, item);
  out.mapped.push({ from: path, to: "global.bucket" });
  if (bucket.provider === "az") {
    out.warnings.push(
      "The bucket is on Azure: check global.bucket.name (the container) and add the storage account the chart expects."
    );
  }
};
var mapSmtp = (value, out, path) => {
  const smtp = typeof value === "string" ? parseSmtpUrl(value) : void 0;
  if (!smtp) {
    out.unmapped.push({
      path,
      reason: isSecretRef(value) ? `read from Secret ${value.secretKeyRef.name}; write global.email.smtp (host, port, user, password) by hand.` : "not an smtp:// URL; write global.email.smtp (host, port, user, password) by hand."
    });
    return;
  }
  for (const [key, item] of Object.entries(smtp)) setPath(out.values, `global.email.smtp.${key}`, item);
  out.mapped.push({ from: path, to: "global.email.smtp" });
};
var mapExtraEnv = (value, out, path) => {
  const list = Array.isArray(value) ? value : isObject(value) ? Object.entries(value).map(([name, v]) => ({ name, value: v })) : [];
  list.forEach((item, i) => {
    const entry = isObject(item) ? item : {};
    const name = typeof entry.name === "string" ? entry.name : void 0;
    if (name && entry.value !== void 0 && entry.valueFrom === void 0) {
      setPath(out.values, `global.extraEnv.${name}`, String(entry.value));
      out.mapped.push({ from: `${path}.${name}`, to: `global.extraEnv.${name}` });
    } else {
      out.unmapped.push({
        path: `${path}.${name ?? i}`,
        reason: "reads a Secret or ConfigMap (valueFrom); global.extraEnv takes plain values: use global.extraEnvFrom or a component extraEnvFrom."
      });
    }
  });
};
var mapMysql = (value, out, path) => {
  const mysql = isObject(value) ? value : {};
  const fields = { host: "host", port: "port", user: "user", database: "database" };
  for (const [key, item] of Object.entries(mysql)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key in fields) {
      if (isSecretRef(item)) {
        setPath(out.values, `global.mysql.${fields[key]}`, { valueFrom: item });
      } else setPath(out.values, `global.mysql.${fields[key]}`, key === "port" ? Number(item) : item);
      out.mapped.push({ from: here, to: `global.mysql.${fields[key]}` });
    } else if (key === "password") {
      if (isSecretRef(item)) {
        setPath(out.values, "global.mysql.passwordSecret", {
          name: item.secretKeyRef.name,
          passwordKey: item.secretKeyRef.key
        });
        out.mapped.push({ from: here, to: "global.mysql.passwordSecret" });
      } else to("global.mysql.password")(item, out, here);
    } else if (key !== "managed") {
      out.unmapped.push({
        path: here,
        reason: NOT_MAPPED[here] ?? "no counterpart in operator-wandb; review it."
      });
    }
  }
  const external = typeof mysql.host === "string" && mysql.host !== "";
  const global = isObject(out.values.global) ? out.values.global : {};
  const target2 = isObject(global.mysql) ? global.mysql : void 0;
  if (external && target2) {
    const hostPort = /^(.*):(\d+)$/.exec(String(target2.host));
    if (hostPort) {
      target2.host = hostPort[1];
      target2.port ??= Number(hostPort[2]);
    }
    if (target2.port === void 0) {
      target2.port = 3306;
      out.mapped.push({ from: `${path} (MySQL's default port)`, to: "global.mysql.port" });
    }
  }
  if (!external && mysql.managed !== false) {
    out.unmapped.push({ path: `${path}.managed`, reason: NOT_MAPPED["mysql.managed"] });
    out.warnings.push(
      "The old release runs its own MySQL (no mysql.host): the CR does not point at it yet. Set global.mysql to that database, or one you moved the data to, before confirming; removing the old release deletes its MySQL."
    );
  }
};
var mapSso = (value, out, path) => {
  const sso = isObject(value) ? value : {};
  const fields = { issuer: "issuer", method: "authMethod", clientId: "clientId" };
  for (const [key, item] of Object.entries(sso)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key in fields) to(`global.auth.oidc.${fields[key]}`)(item, out, here);
    else if (key === "clientSecret") {
      if (isSecretRef(item)) {
        setPath(out.values, "global.auth.oidc.oidcSecret", {
          name: item.secretKeyRef.name,
          secretKey: item.secretKeyRef.key
        });
        out.mapped.push({ from: here, to: "global.auth.oidc.oidcSecret" });
      } else to("global.auth.oidc.secret")(item, out, here);
    } else if (key === "autoProvision") {
      if (item === false || item === "false") {
        setPath(out.values, "global.extraEnv.GORILLA_DISABLE_SSO_PROVISIONING", "true");
        out.mapped.push({ from: here, to: "global.extraEnv.GORILLA_DISABLE_SSO_PROVISIONING" });
      }
    } else if (key === "enabled") {
      if (item !== true && item !== "true") {
        out.warnings.push(
          "sso.enabled is false: the OIDC settings were carried over; remove them if unused."
        );
      }
    } else out.unmapped.push({ path: here, reason: "no counterpart in global.auth.oidc; review it." });
  }
};
var mapIngress = (value, out, path) => {
  const ingress = isObject(value) ? value : {};
  for (const [key, item] of Object.entries(ingress)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key === "className") to("ingress.class")(item, out, here);
    else if (key === "annotations" || key === "tls" || key === "labels")
      to(`ingress.${key}`)(item, out, here);
    else
      out.unmapped.push({
        path: here,
        reason: NOT_MAPPED[here] ?? "no counterpart in operator-wandb ingress; review it."
      });
  }
};
var mapImage = (value, out, path) => {
  const image = isObject(value) ? value : {};
  for (const [key, item] of Object.entries(image)) {
    const here = `${path}.${key}`;
    if (isUnset(item)) continue;
    if (key === "tag") to("app.image.tag")(String(item), out, here);
    else if (key === "repository" && item === "wandb/local") continue;
    else out.unmapped.push({ path: here, reason: NOT_MAPPED[here] ?? "review it." });
  }
};
var MAPPERS = {
  host: to("global.host"),
  license: secretTo("global.license", (ref) => [
    "global.licenseSecret",
    { name: ref.secretKeyRef.name, key: ref.secretKeyRef.key }
  ]),
  bucket: mapBucket,
  bucketRegion: to("global.bucket.region"),
  bucketKmsKeyArn: to("global.bucket.kmsKey"),
  smtpServer: mapSmtp,
  extraEnv: mapExtraEnv,
  extraCors: (value, out, path) => {
    setPath(out.values, "global.extraEnv.GORILLA_CORS_ORIGINS", String(value));
    out.mapped.push({ from: path, to: "global.extraEnv.GORILLA_CORS_ORIGINS" });
  },
  mysql: mapMysql,
  sso: mapSso,
  ingress: mapIngress,
  image: mapImage,
  customCACerts: to("global.customCACerts"),
  imagePullSecrets: to("global.imagePullSecrets"),
  resources: to("app.resources"),
  nodeSelector: to("global.nodeSelector"),
  tolerations: to("global.tolerations")
};
function imageTag(image) {
  return parseReference(image).tag;
}
function mapLegacyValues(legacy, options = {}) {
  const out = { values: {}, mapped: [], unmapped: [], warnings: [] };
  for (const [key, value] of Object.entries(legacy)) {
    if (isUnset(value)) continue;
    const mapper = MAPPERS[key];
    if (mapper) {
      mapper(value, out, key);
      continue;
    }
    const reason = NOT_MAPPED[key] ?? "not a key of the legacy wandb chart this tool knows; review it.";
    const paths = leafPaths(value, key);
    out.unmapped.push(
      ...paths.length > 1 ? [{ path: key, reason }] : paths.map((path) => ({ path, reason }))
    );
  }
  if (!legacy.mysql || isUnset(legacy.mysql)) mapMysql({}, out, "mysql");
  const tag = options.runningImage ? imageTag(options.runningImage) : void 0;
  if (!isObject(out.values.app) || !isObject(out.values.app.image) || !out.values.app.image.tag) {
    if (tag) {
      setPath(out.values, "app.image.tag", tag);
      out.mapped.push({ from: "image (running Deployment)", to: "app.image.tag" });
    } else {
      out.warnings.push(
        "No image tag was found: pin app.image.tag to the version you run, or the operator installs the newest."
      );
    }
  }
  if (!legacy.host) {
    out.warnings.push("No host was found: set global.host to the URL users reach W&B at.");
  }
  const mysql = out.values.global?.mysql;
  if (isObject(mysql) && mysql.host) {
    setPath(out.values, "mysql.install", false);
  }
  const referenced = [...new Set(secretRefNames({ ...legacy, extraEnv: void 0 }))];
  if (referenced.length > 0) {
    out.warnings.push(
      `The CR references the Secret${referenced.length > 1 ? "s" : ""} ${referenced.join(", ")} the old installation reads: keep ${referenced.length > 1 ? "them" : "it"} when you remove the old installation (a Helm release deletes the Secrets it made).`
    );
  }
  out.unmapped.sort((a, b) => a.path.localeCompare(b.path));
  return out;
}
function secretRefNames(value) {
  if (isSecretRef(value)) return [value.secretKeyRef.name];
  if (Array.isArray(value)) return value.flatMap(secretRefNames);
  if (isObject(value)) return Object.values(value).flatMap(secretRefNames);
  return [];
}
function valuesForSecretScan(legacy) {
  if (!Array.isArray(legacy.extraEnv)) return legacy;
  const env = {};
  for (const item of legacy.extraEnv) {
    if (isObject(item) && typeof item.name === "string" && item.value !== void 0)
      env[item.name] = item.value;
  }
  return { ...legacy, extraEnv: env };
}
function describeUnmapped(unmapped) {
  return unmapped.map((u) => `${u.path}: ${u.reason}`);
}

// src/migrate/deployment.ts
function serverContainer(deployment) {
  const containers = deployment.spec.template.spec.containers ?? [];
  return containers.find((c) => /(^|\/)wandb\/local(:|@|$)/.test(c.image)) ?? containers.find((c) => c.name === "wandb") ?? containers[0];
}
function secretRefOf(env) {
  const ref = env?.valueFrom?.secretKeyRef;
  if (!isObject(ref) || typeof ref.name !== "string" || typeof ref.key !== "string") return void 0;
  return { secretKeyRef: { name: ref.name, key: ref.key } };
}
var INTERNAL = /* @__PURE__ */ new Set([
  "WANDB_HELM_CHART",
  "GORILLA_CUSTOMER_SECRET_STORE_SOURCE",
  "GORILLA_CUSTOMER_SECRET_STORE_K8S_CONFIG_NAMESPACE",
  "DB_USER",
  "DB_PASSWORD",
  "DB_HOST",
  "DB"
]);
var KNOWN = {
  HOST: "host",
  LICENSE: "license",
  BUCKET: "bucket",
  AWS_REGION: "bucketRegion",
  AWS_S3_KMS_ID: "bucketKmsKeyArn",
  BUCKET_QUEUE: "bucketQueue",
  GORILLA_EMAIL_SINK: "smtpServer",
  GORILLA_CORS_ORIGINS: "extraCors",
  OIDC_ISSUER: "sso.issuer",
  OIDC_CLIENT_ID: "sso.clientId",
  OIDC_AUTH_METHOD: "sso.method",
  OIDC_CLIENT_SECRET: "sso.clientSecret",
  GLOBAL_ADMIN_API_KEY: "enableAdminApi"
};
function set(values, path, value) {
  const [head, tail] = path.split(".");
  if (tail === void 0) values[head] = value;
  else values[head] = { ...isObject(values[head]) ? values[head] : {}, [tail]: value };
}
function parseMysqlUrl(template, env) {
  const match = /^mysql:\/\/([^:@]*)(?::(.*))?@([^/@]+)\/([^?]+)/.exec(template.trim());
  if (!match) return void 0;
  const [, user, password, hostPort, database] = match;
  const resolve2 = (part) => {
    if (part === void 0 || part === "") return void 0;
    const whole = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(part);
    if (whole) {
      const ref = secretRefOf(env.get(whole[1]));
      if (ref) return ref;
    }
    let unresolved = false;
    const text = part.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (all, name) => {
      const item = env.get(name);
      if (item?.value !== void 0) return item.value;
      unresolved = true;
      return all;
    });
    return unresolved ? void 0 : safeDecode(text);
  };
  const mysql = {};
  const hostText = resolve2(hostPort);
  if (typeof hostText === "string") {
    const portMatch = /^(.*):(\d+)$/.exec(hostText);
    mysql.host = portMatch ? portMatch[1] : hostText;
    if (portMatch) mysql.port = Number(portMatch[2]);
  }
  const fields = [
    ["user", user],
    ["password", password],
    ["database", database]
  ];
  for (const [key, part] of fields) {
    const value = resolve2(part);
    if (value !== void 0) mysql[key] = value;
  }
  return mysql;
}
function legacyValuesFromDeployment(deployment) {
  const container = serverContainer(deployment);
  const values = {};
  const ignored = [];
  if (!container) return { values, ignored };
  const env = new Map((container.env ?? []).map((item) => [item.name, item]));
  const extraEnv = [];
  for (const item of container.env ?? []) {
    const name = item.name;
    if (INTERNAL.has(name)) {
      ignored.push(name);
      continue;
    }
    if (name === "MYSQL") {
      const mysql = item.value !== void 0 ? parseMysqlUrl(item.value, env) : void 0;
      if (mysql) values.mysql = mysql;
      else extraEnv.push(item);
      continue;
    }
    if (name === "GORILLA_DISABLE_SSO_PROVISIONING") {
      if (item.value === "true") set(values, "sso.autoProvision", false);
      continue;
    }
    if (name === "GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS") {
      ignored.push(name);
      continue;
    }
    const key = KNOWN[name];
    if (!key) {
      extraEnv.push(item);
      continue;
    }
    if (key === "enableAdminApi") {
      values.enableAdminApi = true;
      continue;
    }
    const ref = secretRefOf(item);
    if (ref) set(values, key, ref);
    else if (item.value !== void 0) set(values, key, item.value);
    else extraEnv.push(item);
  }
  if (extraEnv.length > 0) values.extraEnv = extraEnv;
  const withoutDigest = container.image.split("@")[0];
  const tag = imageTag(container.image);
  const repository = tag ? withoutDigest.slice(0, -(tag.length + 1)) : withoutDigest;
  values.image = { repository, ...tag ? { tag } : {} };
  if (container.resources && Object.keys(container.resources).length > 0)
    values.resources = container.resources;
  const pod = deployment.spec.template.spec;
  if (pod.nodeSelector && Object.keys(pod.nodeSelector).length > 0) values.nodeSelector = pod.nodeSelector;
  if (pod.tolerations && pod.tolerations.length > 0) values.tolerations = pod.tolerations;
  if (pod.affinity && Object.keys(pod.affinity).length > 0) values.affinity = pod.affinity;
  if (pod.imagePullSecrets && pod.imagePullSecrets.length > 0) values.imagePullSecrets = pod.imagePullSecrets;
  return { values, image: container.image, ignored };
}

// src/migrate/cr.ts
var import_yaml = __toESM(require_dist(), 1);
function migrationCr(target2, values) {
  return {
    apiVersion: API_VERSION,
    kind: KIND,
    metadata: {
      name: target2.name,
      namespace: target2.namespace,
      labels: { "app.kubernetes.io/name": "weightsandbiases", "app.kubernetes.io/instance": target2.name }
    },
    spec: {
      // Pinned chart source: without spec.chart the operator takes whatever its release channel serves.
      chart: {
        url: target2.chart.url,
        name: target2.chart.name,
        ...target2.chart.version ? { version: target2.chart.version } : {}
      },
      values
    }
  };
}
function crFileText(cr, notes) {
  const header = [
    `# WeightsAndBiases resource written by \`wandb-operator-actions migrate\` from ${notes.source}.`,
    "# Review it before running migrate again with confirm: true."
  ];
  if (notes.inlineSecrets.length > 0) {
    header.push(
      "#",
      "# WARNING: this file holds secrets copied from the old installation, inline:",
      ...notes.inlineSecrets.map((path) => `#   ${path}`),
      "# Do not commit it. Move them into Kubernetes Secrets and reference those instead",
      "# (global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret, global.auth.oidc.oidcSecret)."
    );
  }
  if (notes.unmapped.length > 0) {
    header.push(
      "#",
      "# Not carried over (review each; see the migrate log for the reasons):",
      ...notes.unmapped.map((path) => `#   ${path}`)
    );
  }
  return `${header.join("\n")}
${(0, import_yaml.stringify)(cr, { lineWidth: 0, version: "1.1" })}`;
}
function maskedPaths(masked, prefix = "spec.values") {
  if (typeof masked === "string") return masked.includes("***") ? [prefix] : [];
  if (Array.isArray(masked)) return masked.flatMap((item, i) => maskedPaths(item, `${prefix}.${i}`));
  if (masked && typeof masked === "object") {
    return Object.entries(masked).flatMap(([key, item]) => maskedPaths(item, `${prefix}.${key}`));
  }
  return [];
}
function releaseClash(cr, old) {
  if (!old.release || cr.name !== old.release || cr.namespace !== old.namespace) return void 0;
  return `The CR would be named '${cr.name}' in namespace ${cr.namespace}, like the old Helm release: the operator installs its chart as a Helm release named after the CR and would overwrite the old release, leaving no way back.`;
}
function isNewInstanceRelease(release, cr) {
  return cr.exists && release.name === cr.name && release.namespace === cr.namespace;
}
function removalRefusal(cr, workloads, old) {
  if (!cr.exists) {
    return `${cr.label} does not exist: migrate (confirm: true) has not run, or its first install failed.`;
  }
  if (cr.phase !== "Completed") {
    return `${cr.label} is in phase '${cr.phase ?? "(none)"}', not Completed.`;
  }
  if (workloads.length === 0) return `${cr.label} has no workloads yet.`;
  const waiting = workloads.filter((w) => !w.ready);
  if (waiting.length > 0) {
    return `${cr.label} is Completed but not every workload is ready: ${waiting.map((w) => w.detail).join(", ")}.`;
  }
  if (old.replicas > 0) {
    return `${old.label} still runs ${old.replicas} replica${old.replicas > 1 ? "s" : ""}: the switch did not finish (or was undone).`;
  }
  return void 0;
}
var VERIFIED_ANNOTATION = "wandb-operator-actions/verified";
function verifiedAnnotationValue(record) {
  return JSON.stringify({
    at: record.at,
    generation: record.generation,
    ...record.serverVersion ? { serverVersion: record.serverVersion } : {}
  });
}
function parseVerifiedRecord(value) {
  if (!value) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    return void 0;
  }
  if (!parsed || typeof parsed !== "object") return void 0;
  const { at: at2, generation, serverVersion } = parsed;
  if (typeof at2 !== "string" || typeof generation !== "number" || !Number.isInteger(generation)) {
    return void 0;
  }
  return {
    at: at2,
    generation,
    ...typeof serverVersion === "string" && serverVersion ? { serverVersion } : {}
  };
}
function currentVerifiedRecord(cr) {
  const value = cr.annotations?.[VERIFIED_ANNOTATION];
  if (value === void 0) {
    return {
      ok: false,
      reason: `${cr.label} has no record of a passed verify (annotation ${VERIFIED_ANNOTATION}): verify was skipped or did not pass.`
    };
  }
  const record = parseVerifiedRecord(value);
  if (!record) {
    return {
      ok: false,
      reason: `${cr.label} has an annotation ${VERIFIED_ANNOTATION} that is not a record this tool wrote.`
    };
  }
  if (record.generation !== cr.generation) {
    return {
      ok: false,
      reason: `${cr.label} was verified at generation ${record.generation} (${record.at}), but its spec has changed since (now generation ${cr.generation ?? "(none)"}).`
    };
  }
  return { ok: true, record };
}
function verifyLaterFix(has) {
  const missing = [
    ...has.apiKey ? [] : ["api-key (a secret; the CLI reads WANDB_API_KEY)"],
    ...has.host ? [] : ["host (the CR has no global.host)"]
  ];
  return `Run remove-old again with ${missing.length ? missing.join(" and ") : "api-key and host"}: it runs verify first, records it on the CR when it passes, and only then removes the old installation.`;
}
function removalDecision(input) {
  const notUp = removalRefusal(input.cr, input.workloads, input.old);
  if (notUp) {
    return {
      action: "refuse",
      unverified: false,
      reason: notUp,
      fix: "Run migrate with confirm: true (and an api-key, so that verify runs) first; remove-old keeps the old installation until the new one is up and verified."
    };
  }
  const { apiKey, host } = input.verifyInputs;
  if (apiKey && host) return { action: "verify", host };
  const verified = currentVerifiedRecord(input.cr);
  if (!verified.ok) {
    return {
      action: "refuse",
      unverified: true,
      reason: verified.reason,
      fix: verifyLaterFix({ apiKey, host: Boolean(host) })
    };
  }
  return { action: "remove", record: verified.record };
}
function crHost(cr) {
  const spec = cr?.spec ?? {};
  const host = spec.values?.global?.host;
  return typeof host === "string" && host !== "" ? host : void 0;
}
function crMetadata(cr) {
  const metadata = cr?.metadata ?? {};
  return {
    generation: typeof metadata.generation === "number" ? metadata.generation : void 0,
    annotations: metadata.annotations && typeof metadata.annotations === "object" ? metadata.annotations : void 0
  };
}
function unmappedList(mapping) {
  return mapping.unmapped.map((u) => u.path).join("\n");
}
function switchOutcome(input) {
  const { crLabel, record } = input;
  const kept = `${input.oldLabel} scaled to 0${input.release ? `, Helm release '${input.release}' kept` : ""}`;
  let skipped;
  if (!input.verified) {
    const missing = [
      ...input.apiKey ? [] : ["no api-key"],
      ...input.host ? [] : ["no host (and the CR has no global.host)"]
    ].join(" and ");
    const then = record.ok ? `An earlier verify of this generation of ${crLabel} passed (${record.record.at}) and is recorded on it: remove-old may go ahead.` : `remove-old will be refused until a verify passes. ${verifyLaterFix({ apiKey: input.apiKey, host: Boolean(input.host) })}`;
    skipped = {
      warning: `Verify was skipped: ${missing} was given. apply-cr's cluster checks passed (CR Completed, workloads ready), but nothing checked the W&B instance itself. ${then}`,
      step: `verify skipped (${missing} was given): ${record.ok ? "an earlier pass is recorded" : "remove-old is refused until a verify passes"}`
    };
  }
  if (record.ok) {
    return {
      result: "migrated",
      line: `Migrated: ${crLabel} is rolled out and verified. The old installation is kept for rollback (${kept}). Remove it with remove-old: true once you are satisfied.`,
      summary: "migrated and verified; the old installation is kept (scaled to 0) until remove-old",
      ...skipped ? { skipped } : {}
    };
  }
  return {
    result: "unverified",
    line: `Switched, not verified: ${crLabel} is rolled out, but no verify passed. The old installation is kept for rollback (${kept}); remove-old is refused until a verify passes.`,
    summary: "switched but **not verified**; the old installation is kept (scaled to 0), and remove-old is refused until a verify passes (run remove-old with api-key: it verifies first)",
    ...skipped ? { skipped } : {}
  };
}

// src/migrate/old-install.ts
var REPLICAS_ANNOTATION = "wandb-operator-actions/replicas-before-migration";
function helmReleaseOf(deployment) {
  return deployment.metadata.annotations?.["meta.helm.sh/release-name"];
}
async function findOldRelease(client, options, log) {
  const release = await helmReleaseStatus(client, options.oldRelease, options.namespace);
  if (!release || release.name !== options.name || options.namespace !== options.crNamespace) {
    return release;
  }
  const cr = await client.getJson([CR_RESOURCE, options.name, "-n", options.crNamespace]);
  const ref = { name: options.name, namespace: options.crNamespace, exists: cr !== void 0 };
  if (!isNewInstanceRelease({ name: release.name, namespace: options.namespace }, ref)) return release;
  log?.(
    `Helm release '${release.name}' (namespace ${options.namespace}) is the operator's release of weightsandbiases/${options.name}, the new instance: not the old installation.`
  );
  return void 0;
}
async function findOldInstall(client, options, log) {
  const release = await findOldRelease(client, options, log);
  if (options.oldDeployment) {
    const deployment2 = await client.getJson([
      "deployment",
      options.oldDeployment,
      "-n",
      options.namespace
    ]);
    if (!deployment2) {
      throw new UserError(
        `The Deployment '${options.oldDeployment}' ('old-deployment') does not exist in namespace ${options.namespace}.`,
        "Check 'old-deployment' and 'namespace' (kubectl get deployments -n NAMESPACE)."
      );
    }
    const values = release && helmReleaseOf(deployment2) === release.name ? await helmUserValues(client, release.name, options.namespace) : void 0;
    return { namespace: options.namespace, release: values ? release : void 0, values, deployment: deployment2 };
  }
  if (release) {
    const all = await client.listJson("deployments", { namespace: options.namespace });
    const ours = all.filter((d) => helmReleaseOf(d) === release.name);
    const deployment2 = ours.find((d) => /(^|\/)wandb\/local(:|@|$)/.test(serverContainer(d)?.image ?? "")) ?? ours[0];
    if (!deployment2) {
      throw new UserError(
        `The Helm release '${release.name}' in namespace ${options.namespace} has no Deployment.`,
        "Name the W&B Deployment with 'old-deployment'."
      );
    }
    return {
      namespace: options.namespace,
      release,
      values: await helmUserValues(client, release.name, options.namespace),
      deployment: deployment2
    };
  }
  const deployment = await client.getJson(["deployment", "wandb", "-n", options.namespace]);
  if (!deployment) {
    throw new UserError(
      `No old installation found in namespace ${options.namespace}: no Helm release '${options.oldRelease}' and no Deployment 'wandb'.`,
      "Set 'namespace', and 'old-release' (Helm) or 'old-deployment' (plain manifests), to the old installation."
    );
  }
  return { namespace: options.namespace, deployment };
}
async function readDeployment(client, name, namespace) {
  return client.getJson(["deployment", name, "-n", namespace]);
}
function replicasBefore(deployment) {
  const noted = Number(deployment.metadata.annotations?.[REPLICAS_ANNOTATION]);
  if (Number.isInteger(noted) && noted > 0) return noted;
  return deployment.spec.replicas ?? 1;
}
async function scaleDown(client, deployment, namespace) {
  const before = replicasBefore(deployment);
  const name = deployment.metadata.name;
  await client.kubectl([
    "annotate",
    "deployment",
    name,
    "-n",
    namespace,
    `${REPLICAS_ANNOTATION}=${before}`,
    "--overwrite"
  ]);
  await client.kubectl(["scale", "deployment", name, "-n", namespace, "--replicas=0"]);
  return before;
}
async function scaleBack(client, name, namespace, replicas) {
  await client.kubectl(["scale", "deployment", name, "-n", namespace, `--replicas=${replicas}`]);
  await client.kubectl(["annotate", "deployment", name, "-n", namespace, `${REPLICAS_ANNOTATION}-`]);
}
async function waitForNoPods(client, name, namespace, deadline, pollMs) {
  for (; ; ) {
    const deployment = await readDeployment(client, name, namespace);
    if (!deployment || (deployment.status?.replicas ?? 0) === 0) return true;
    if (Date.now() + pollMs > deadline) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

// src/migrate/steps.ts
function stepContext(ctx) {
  const redactor = new Redactor();
  redactor.onSecret((form) => ctx.redactor.add(form));
  const env = { ...ctx.env };
  delete env.GITHUB_OUTPUT;
  delete env.GITHUB_STEP_SUMMARY;
  const out = new Reporter({
    redactor,
    env,
    streams: {
      // The step's own ::add-mask:: lines are dropped: migrate's redactor announces the same secrets.
      stdout: (text) => {
        const kept = text.split(/(?<=\n)/).filter((line) => !line.startsWith("::add-mask::")).join("");
        if (kept) ctx.out.print(kept);
      },
      stderr: (text) => ctx.out.info(text.replace(/\n$/, ""))
    }
  });
  return { ...ctx, out, redactor, env };
}
function kubeRaw(options, secondsLeft) {
  return {
    kubeconfig: options.kubeconfigContent,
    context: options.context,
    "kubectl-path": options.kubectlPath,
    "helm-path": options.helmPath,
    timeout: Math.max(1, Math.floor(secondsLeft))
  };
}
async function runVerifyStep(options, cr, host, secondsLeft, ctx) {
  const step = stepContext(ctx);
  const report = await verifyDeployment(
    verifyOptions({
      host: host.replace(/\/+$/, ""),
      apiKey: options.apiKey,
      kubeconfig: options.kubeconfigContent,
      context: options.context,
      kubectlPath: options.kubectlPath,
      clusterChecks: "true",
      name: cr.name,
      namespace: cr.namespace,
      operatorNamespace: options.operatorNamespace,
      reportPath: options.verifyReportPath,
      timeoutMs: Math.max(30, Math.min(300, Math.floor(secondsLeft))) * 1e3
    }),
    step
  );
  const path = saveReport(report, options.verifyReportPath, step.cwd, step.redactor);
  step.out.print(`${reportLine(report)}. Report: ${path}`);
  return { passed: report.result === "passed", serverVersion: report.serverVersion };
}
async function recordVerified(client, cr, record) {
  await client.kubectl([
    "annotate",
    CR_RESOURCE,
    cr.name,
    "-n",
    cr.namespace,
    `${VERIFIED_ANNOTATION}=${verifiedAnnotationValue(record)}`,
    "--overwrite"
  ]);
}
async function clearVerifiedRecord(client, cr, ctx) {
  const result = await client.kubectl(
    ["annotate", CR_RESOURCE, cr.name, "-n", cr.namespace, `${VERIFIED_ANNOTATION}-`],
    { allowFailure: true }
  );
  if (result.code !== 0) {
    ctx.out.warning(
      `Could not remove the annotation ${VERIFIED_ANNOTATION} (an earlier pass) from weightsandbiases/${cr.name}: ${result.stderr.trim()}. Remove it: kubectl annotate ${CR_RESOURCE} ${cr.name} -n ${cr.namespace} ${VERIFIED_ANNOTATION}-`
    );
  }
}

// src/migrate/summary.ts
var import_yaml2 = __toESM(require_dist(), 1);
function planSummary(plan) {
  const rows = plan.mapping.mapped.map((m) => `| \`${m.from}\` | \`spec.values.${m.to}\` |`);
  const unmapped = plan.mapping.unmapped.map((u) => `- \`${u.path}\`: ${u.reason}`);
  const inline = plan.inline;
  return [
    "### migrate to the operator",
    "",
    `From ${plan.source} to ${plan.crLabel}, written to \`${plan.output}\`.`,
    "",
    "| old value | new value |",
    "| --- | --- |",
    ...rows,
    "",
    ...unmapped.length ? ["**Not carried over** (review each):", "", ...unmapped, ""] : [],
    ...inline.length ? [
      `> The CR file holds secrets inline (${inline.map((p) => `\`${p}\``).join(", ")}): do not commit it; reference Kubernetes Secrets instead.`,
      ""
    ] : [],
    ...plan.mapping.warnings.map((w) => `> ${w}
`),
    ...plan.blockers.map((b) => `> **Blocked:** ${b}
`),
    "<details><summary>The CR (secrets masked)</summary>",
    "",
    "```yaml",
    (0, import_yaml2.stringify)(plan.masked, { lineWidth: 0 }).trimEnd(),
    "```",
    "</details>",
    ""
  ].join("\n");
}
function switchSummary(steps, result) {
  return ["#### Switch", "", ...steps.map((s, i) => `${i + 1}. ${s}`), "", `**Result:** ${result}.`, ""].join(
    "\n"
  );
}
function v2PlanSummary(plan) {
  const { conversion } = plan;
  const rows = conversion.mapped.map(
    (m) => `| \`${m.from}\` | \`${m.to}\` |${m.secret ? ` Secret \`${m.secret.name}\`, key \`${m.secret.key}\` |` : " |"}`
  );
  return [
    "### migrate to operator v2",
    "",
    `From ${plan.source} (values from ${conversion.valuesSource === "spec-active" ? "its `<cr>-spec-active` Secret" : "its `spec.values`"}) to ${plan.crLabel} (\`apps.wandb.com/v2\`), written to \`${plan.output}\`. Pinned version: \`${conversion.version}\`.`,
    "",
    "| v1 value | v2 field | moved into |",
    "| --- | --- | --- |",
    ...rows,
    "",
    ...conversion.secrets.length ? [
      `**Secrets to create** (manifests in \`${plan.secretsFile}\`, mode 0600: keep it out of version control):`,
      "",
      ...conversion.secrets.map(
        (s) => `- \`${s.name}\`: ${Object.keys(s.data).map((k) => `\`${k}\``).join(", ")}`
      ),
      ""
    ] : [],
    ...conversion.unmapped.length ? [
      `**Not carried over** (${conversion.unmapped.length}; review each):`,
      "",
      "<details><summary>Paths and reasons</summary>",
      "",
      ...conversion.unmapped.map((u) => `- \`${u.path}\`: ${u.reason}`),
      "",
      "</details>",
      ""
    ] : [],
    ...conversion.notes.map((n) => `> ${n}
`),
    ...plan.blockers.map((b) => `> **Blocked:** ${b}
`)
  ].join("\n");
}

// src/migrate/to-operator.ts
async function planMigration(client, options, ctx) {
  const old = await findOldInstall(client, options, (message) => ctx.out.info(message));
  const deploymentName = old.deployment.metadata.name;
  const running = serverContainer(old.deployment)?.image;
  const fromDeployment = old.values === void 0 ? legacyValuesFromDeployment(old.deployment) : void 0;
  const legacy = old.values ?? fromDeployment?.values ?? {};
  for (const secret of secretValuesIn(legacy)) ctx.redactor.add(secret);
  for (const secret of secretValuesIn(valuesForSecretScan(legacy))) ctx.redactor.add(secret);
  const mapping = mapLegacyValues(legacy, { runningImage: running });
  for (const secret of secretValuesIn(mapping.values)) ctx.redactor.add(secret);
  const source = old.release ? `Helm release '${old.release.name}' (${old.release.chart}) in namespace ${old.namespace}` : `Deployment '${deploymentName}' in namespace ${old.namespace} (no Helm release '${options.oldRelease}')`;
  const oldLabel = `deployment/${deploymentName} (namespace ${old.namespace})`;
  ctx.out.info(`Old installation: ${source}; ${oldLabel} runs ${running ?? "no image"}.`);
  if (fromDeployment?.ignored.length) {
    ctx.out.info(
      `Variables the old chart set for itself (not carried over): ${fromDeployment.ignored.join(", ")}`
    );
  }
  const generated = migrationCr(
    {
      name: options.name,
      namespace: options.crNamespace,
      chart: { url: options.appChartRepo, name: "operator-wandb", version: options.appChartVersion }
    },
    mapping.values
  );
  const reviewed = options.confirm && existsSync(options.output);
  let text;
  if (reviewed) {
    text = readFileSync(options.output, "utf8");
  } else {
    const inlineGenerated = maskedPaths(maskSecrets(generated).spec.values);
    text = crFileText(generated, {
      source,
      inlineSecrets: inlineGenerated,
      unmapped: mapping.unmapped.map((u) => u.path)
    });
    mkdirSync(dirname(options.output), { recursive: true });
    writeFileSync(options.output, text, { mode: 384 });
    chmodSync(options.output, 384);
  }
  ctx.out.setOutput("cr-path", options.output);
  ctx.out.setOutput("unmapped-keys", unmappedList(mapping));
  const built = buildConfig([{ path: options.output, text }], [], {
    name: options.name,
    namespace: options.crNamespace
  });
  for (const secret of built.secrets) ctx.redactor.add(secret);
  const metadata = built.cr.metadata ?? {};
  const crName = typeof metadata.name === "string" ? metadata.name : options.name;
  const crNamespace = typeof metadata.namespace === "string" ? metadata.namespace : options.crNamespace;
  const cr = built.cr;
  const masked = built.masked;
  const inline = maskedPaths((masked.spec ?? {}).values ?? {});
  const crLabel = `weightsandbiases/${crName} (namespace ${crNamespace})`;
  const blockers = [];
  const clash = releaseClash(
    { name: crName, namespace: crNamespace },
    { release: old.release?.name, namespace: old.namespace }
  );
  if (clash) blockers.push(clash);
  if (hasErrors(built.diagnostics))
    blockers.push(`${options.output} has errors (listed above); fix them first.`);
  ctx.out.info(
    reviewed ? `Using the reviewed ${crLabel} in ${options.output} as it is (not rewritten).` : `Wrote ${crLabel} to ${options.output} (mode 0600) for review.`
  );
  ctx.out.info(`Carried over ${mapping.mapped.length} value${mapping.mapped.length === 1 ? "" : "s"}:`);
  for (const m of mapping.mapped) ctx.out.info(`  ${m.from} -> spec.values.${m.to}`);
  if (mapping.unmapped.length > 0) {
    ctx.out.warning(
      `${mapping.unmapped.length} old value${mapping.unmapped.length === 1 ? " was" : "s were"} not carried over; review each:
${describeUnmapped(
        mapping.unmapped
      ).map((line) => `  ${line}`).join("\n")}`
    );
  }
  if (inline.length > 0) {
    ctx.out.warning(
      `${options.output} holds secrets from the old values inline (${inline.join(", ")}). Do not commit it: move them into Kubernetes Secrets and reference those (global.licenseSecret, global.mysql.passwordSecret, global.bucket.secret).`
    );
  }
  for (const warning of mapping.warnings) ctx.out.warning(warning);
  for (const diagnostic of built.diagnostics) ctx.out.info(formatDiagnostic(diagnostic));
  for (const blocker of blockers) {
    ctx.out.error(blocker, clash === blocker ? void 0 : { file: options.output, line: 1, column: 1 });
  }
  if (clash)
    ctx.out.info(
      `  fix: Name the CR differently (e.g. ${crName}-operator): 'name' or 'cr-namespace', or metadata in the reviewed ${options.output}.`
    );
  ctx.out.summary(
    planSummary({ source, crLabel, output: options.output, mapping, blockers, inline, masked })
  );
  return { old, mapping, cr, crName, crNamespace, crLabel, oldLabel, source, blockers };
}
async function switchOver(client, options, plan, deadline, ctx) {
  const oldName = plan.old.deployment.metadata.name;
  const secondsLeft = () => (deadline - Date.now()) / 1e3;
  const crRef = { name: plan.crName, namespace: plan.crNamespace };
  const gateway = new ClusterGateway(
    (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
    crRef
  );
  const crExisted = await gateway.getCr() !== void 0;
  const steps = [];
  ctx.out.info(`== 1/4 Scale ${plan.oldLabel} to 0`);
  const replicas = await scaleDown(client, plan.old.deployment, plan.old.namespace);
  const stopped = await waitForNoPods(
    client,
    oldName,
    plan.old.namespace,
    Math.min(deadline, Date.now() + 12e4),
    options.pollSeconds * 1e3
  );
  steps.push(
    `scaled ${plan.oldLabel} from ${replicas} to 0${stopped ? "" : " (old pods still terminating)"}`
  );
  ctx.out.info(stopped ? "The old pods are gone." : "The old pods are still terminating; going on.");
  const restore = async (why) => {
    ctx.out.error(`${why} Scaling ${plan.oldLabel} back to ${replicas}.`);
    try {
      await scaleBack(client, oldName, plan.old.namespace, replicas);
      steps.push(`scaled ${plan.oldLabel} back to ${replicas}`);
      ctx.out.info(`${plan.oldLabel} is scaled back to ${replicas}: the old installation serves again.`);
      ctx.out.setOutput("result", "restored");
    } catch (error) {
      ctx.out.error(
        `Scaling ${plan.oldLabel} back failed too: ${errorMessage(error)}. Run: kubectl scale deployment ${oldName} -n ${plan.old.namespace} --replicas=${replicas}`
      );
      ctx.out.setOutput("result", "failed");
    }
    ctx.out.summary(switchSummary(steps, "failed; the old installation was restored"));
    return 1;
  };
  let host;
  let passed;
  try {
    if (options.installOperator) {
      ctx.out.info(
        `== 2/4 Install the operator (release '${options.operatorRelease}', namespace ${options.operatorNamespace})`
      );
      const installed = await runInstallOperator(
        {
          ...kubeRaw(options, secondsLeft()),
          namespace: options.operatorNamespace,
          release: options.operatorRelease,
          "chart-repo": options.operatorChartRepo,
          "chart-version": options.operatorChartVersion,
          "min-kubernetes-version": options.minKubernetesVersion
        },
        stepContext(ctx)
      );
      if (installed !== 0) return await restore("Installing the operator failed.");
      steps.push("installed the operator");
    } else {
      ctx.out.info("== 2/4 Install the operator: skipped (install-operator: false)");
      steps.push("operator install skipped (install-operator: false)");
    }
    ctx.out.info(`== 3/4 Apply ${plan.crLabel}`);
    const applied = await runApplyCr(
      {
        ...kubeRaw(options, secondsLeft()),
        config: [options.output],
        set: [],
        name: plan.crName,
        namespace: plan.crNamespace,
        "dry-run": false,
        "rollback-on-failure": true,
        "force-conflicts": false,
        "poll-interval": options.pollSeconds,
        "render-check": options.renderCheck,
        chart: options.chart
      },
      stepContext(ctx)
    );
    if (applied !== 0) return await restore(`${plan.crLabel} did not roll out.`);
    steps.push(`applied ${plan.crLabel}; it rolled out`);
    ctx.out.info("== 4/4 Verify");
    host = options.host ?? crHost(plan.cr);
    if (options.apiKey && host) {
      const before = crMetadata((await gateway.getCr())?.object);
      const verified = await runVerifyStep(options, crRef, host, secondsLeft(), ctx);
      if (!verified.passed) {
        if (!crExisted) {
          await gateway.deleteCr();
          steps.push(`deleted ${plan.crLabel} (verify failed)`);
        } else if (before.annotations?.[VERIFIED_ANNOTATION] !== void 0) {
          await clearVerifiedRecord(client, crRef, ctx);
        }
        ctx.out.setOutput("verify", "failed");
        return await restore(`Verify failed.${crExisted ? "" : ` ${plan.crLabel} was deleted.`}`);
      }
      passed = {
        at: (/* @__PURE__ */ new Date()).toISOString(),
        generation: before.generation ?? 0,
        serverVersion: verified.serverVersion
      };
      steps.push(`verify passed against ${host}`);
    }
  } catch (error) {
    if (error instanceof UserError) {
      ctx.out.error(error.message);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      return await restore("The switch stopped.");
    }
    await restore(`The switch stopped on an unexpected error: ${errorMessage(error)}.`);
    throw error;
  }
  if (passed) {
    ctx.out.setOutput("verify", "passed");
    try {
      await recordVerified(client, crRef, passed);
      steps.push(
        `recorded the passed verify on ${plan.crLabel} (annotation ${VERIFIED_ANNOTATION}, generation ${passed.generation})`
      );
    } catch (error) {
      ctx.out.warning(
        `Verify passed, but recording it on ${plan.crLabel} failed: ${errorMessage(error)}. remove-old will be refused until a verify passes: give remove-old the api-key, and it verifies again first.`
      );
    }
  } else {
    ctx.out.setOutput("verify", "skipped");
  }
  const outcome = switchOutcome({
    crLabel: plan.crLabel,
    oldLabel: plan.oldLabel,
    release: plan.old.release?.name,
    verified: Boolean(passed),
    record: currentVerifiedRecord({ label: plan.crLabel, ...crMetadata((await gateway.getCr())?.object) }),
    apiKey: Boolean(options.apiKey),
    host
  });
  if (outcome.skipped) {
    ctx.out.warning(outcome.skipped.warning);
    steps.push(outcome.skipped.step);
  }
  ctx.out.setOutput("result", outcome.result);
  ctx.out.print(outcome.line);
  ctx.out.summary(switchSummary(steps, outcome.summary));
  return 0;
}
async function removeOld(client, options, deadline, ctx) {
  const crRef = { name: options.name, namespace: options.crNamespace };
  const crLabel = `weightsandbiases/${crRef.name} (namespace ${crRef.namespace})`;
  const gateway = new ClusterGateway(
    (args, call) => client.kubectl(args, { ...call, allowFailure: true }),
    crRef
  );
  const live = await gateway.getCr();
  const snapshot = live ? await gateway.snapshot() : { phase: void 0, workloads: [] };
  const release = await findOldRelease(client, options, (message) => ctx.out.info(message));
  const deploymentName = options.oldDeployment ?? (release ? void 0 : "wandb");
  let deployment = deploymentName ? await readDeployment(client, deploymentName, options.namespace) : void 0;
  if (release && !deployment) {
    const old = await findOldInstall(client, options).catch(() => void 0);
    deployment = old?.deployment;
  }
  if (!release && !deployment) {
    ctx.out.setOutput("result", "removed");
    ctx.out.print(
      `Nothing to remove: no Helm release '${options.oldRelease}' and no Deployment '${deploymentName}' in namespace ${options.namespace}.`
    );
    return 0;
  }
  const oldLabel = release ? `Helm release '${release.name}' (namespace ${options.namespace})` : `deployment/${deployment?.metadata.name} (namespace ${options.namespace})`;
  const refuse = (reason, fix) => {
    ctx.out.setOutput("result", "refused");
    ctx.out.error(`Not removing ${oldLabel}: ${reason}`);
    ctx.out.info(`  fix: ${fix}`);
    ctx.out.summary(
      `### migrate: remove-old refused

Not removing ${oldLabel}: ${reason}

Fix: ${fix}
`
    );
    return 1;
  };
  const metadata = crMetadata(live?.object);
  const decision = removalDecision({
    cr: { exists: live !== void 0, phase: snapshot.phase, label: crLabel, ...metadata },
    workloads: snapshot.workloads.map((w) => ({
      name: w.name,
      ready: workloadReady(w),
      detail: `${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready`
    })),
    old: { replicas: deployment?.spec.replicas ?? 0, label: `deployment/${deployment?.metadata.name}` },
    verifyInputs: { apiKey: Boolean(options.apiKey), host: options.host ?? crHost(live?.object) }
  });
  if (decision.action === "refuse") {
    if (decision.unverified) ctx.out.setOutput("verify", "skipped");
    return refuse(decision.reason, decision.fix);
  }
  let record;
  if (decision.action === "verify") {
    const host = decision.host;
    ctx.out.info(`== Verify ${crLabel} against ${host} before removing ${oldLabel}`);
    const verified = await runVerifyStep(options, crRef, host, (deadline - Date.now()) / 1e3, ctx);
    if (!verified.passed) {
      ctx.out.setOutput("verify", "failed");
      if (metadata.annotations?.[VERIFIED_ANNOTATION] !== void 0)
        await clearVerifiedRecord(client, crRef, ctx);
      return refuse(
        `verify of ${crLabel} against ${host} did not pass (report: ${options.verifyReportPath}).`,
        "Fix what verify reports, then run remove-old again; the old installation stays (scaled to 0) meanwhile."
      );
    }
    record = {
      at: (/* @__PURE__ */ new Date()).toISOString(),
      generation: metadata.generation ?? 0,
      serverVersion: verified.serverVersion
    };
    await recordVerified(client, crRef, record);
    const now = currentVerifiedRecord({ label: crLabel, ...crMetadata((await gateway.getCr())?.object) });
    ctx.out.setOutput("verify", "passed");
    if (!now.ok) {
      return refuse(
        now.reason,
        "Run remove-old again once the CR is rolled out: it verifies the CR as it is then."
      );
    }
    ctx.out.info(
      `Verify passed against ${host}; recorded on ${crLabel} (annotation ${VERIFIED_ANNOTATION}, generation ${record.generation}).`
    );
  } else {
    record = decision.record;
    ctx.out.setOutput("verify", "recorded");
    ctx.out.info(
      `A verify of ${crLabel} passed at ${record.at}${record.serverVersion ? ` (server ${record.serverVersion})` : ""}, recorded on it for its current generation ${record.generation}.`
    );
  }
  if (release) {
    await client.helm(["uninstall", release.name, "-n", options.namespace]);
  } else if (deployment) {
    await client.kubectl([
      "delete",
      "deployment",
      deployment.metadata.name,
      "-n",
      options.namespace,
      "--wait=false"
    ]);
  }
  ctx.out.setOutput("result", "removed");
  const leftovers = release ? "Helm keeps nothing of it except resources marked helm.sh/resource-policy: keep (e.g. volume claims): check them." : "Only the Deployment was deleted: remove the Service, Ingress, Secrets and volume claims the old manifests made once you no longer need them.";
  const verifiedAt = `verified at ${record.at}, generation ${record.generation}${record.serverVersion ? `, server ${record.serverVersion}` : ""}`;
  ctx.out.print(`Removed ${oldLabel}: ${crLabel} is Completed, ready and ${verifiedAt}. ${leftovers}`);
  ctx.out.summary(
    `### migrate: old installation removed

Removed ${oldLabel}: ${crLabel} is Completed, ready and ${verifiedAt}. ${leftovers}
`
  );
  return 0;
}

// src/migrate/v2-flow.ts
import { chmodSync as chmodSync2, existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname2 } from "node:path";

// src/migrate/live-v1.ts
var V1_RESOURCE = "weightsandbiases.v1.apps.wandb.com";
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
async function activeKey(client, name, namespace, key) {
  const result = await client.kubectl(
    ["get", "secret", `${name}-spec-active`, "-n", namespace, "-o", `jsonpath={.data.${key}}`],
    { allowFailure: true }
  );
  const encoded = result.code === 0 ? result.stdout.trim() : "";
  if (!encoded) return void 0;
  try {
    return JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
async function readLiveV1(client, ref, redactor) {
  const live = await client.getJson([V1_RESOURCE, ref.name, "-n", ref.namespace]);
  if (!live) {
    throw new UserError(
      `There is no WeightsAndBiases CR '${ref.name}' in namespace ${ref.namespace} to migrate to v2.`,
      "Set 'name' and 'cr-namespace' to the live v1 CR (kubectl get weightsandbiases -A)."
    );
  }
  const spec = isObject2(live.spec) ? live.spec : {};
  const values = isObject2(spec.values) ? spec.values : {};
  const chart = spec.chart;
  for (const secret of [...secretValuesIn(values), ...secretValuesIn(chart)]) redactor.add(secret);
  const activeValues = await activeKey(client, ref.name, ref.namespace, "values");
  const activeChart = await activeKey(client, ref.name, ref.namespace, "chart");
  for (const secret of [...secretValuesIn(activeValues), ...secretValuesIn(activeChart)])
    redactor.add(secret);
  const metadata = isObject2(live.metadata) ? live.metadata : {};
  return {
    name: ref.name,
    namespace: ref.namespace,
    chart,
    values,
    ...activeValues !== void 0 || activeChart !== void 0 ? {
      active: {
        ...activeChart !== void 0 ? { chart: activeChart } : {},
        ...isObject2(activeValues) ? { values: activeValues } : {}
      }
    } : {},
    ...typeof metadata.generation === "number" ? { generation: metadata.generation } : {}
  };
}

// src/migrate/v2-plan.ts
import { join, parse as parsePath } from "node:path";

// src/migrate/to-v2.ts
var import_yaml3 = __toESM(require_dist(), 1);
var V1_CHART_ANNOTATION = "legacy.operator.wandb.com/v1-chart";
var V1_VALUES_ANNOTATION = "legacy.operator.wandb.com/v1-values";
var DEFAULT_INSTANCE = "default";
var SIZES = ["dev", "micro", "small", "medium", "large", "xlarge", "xxlarge"];
function isObject3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function at(values, path) {
  let node = values;
  for (const part of path) {
    if (!isObject3(node)) return void 0;
    node = node[part];
  }
  return node;
}
function put(target2, path, value) {
  let node = target2;
  for (const part of path.slice(0, -1)) {
    if (!isObject3(node[part])) node[part] = {};
    node = node[part];
  }
  node[path[path.length - 1]] = value;
}
function isUnset2(value) {
  if (value === void 0 || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isObject3(value)) return Object.keys(value).length === 0;
  return false;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function leafPaths2(value, prefix) {
  const join2 = (key) => prefix ? `${prefix}.${key}` : key;
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths2(item, join2(String(i))));
  if (isObject3(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leafPaths2(item, prefix ? `${prefix}.${key}` : key));
  }
  return isUnset2(value) ? [] : [prefix];
}
function valueFromRef(raw, path) {
  const ref = at(raw, ["valueFrom", "secretKeyRef"]);
  const name = at(ref, ["name"]);
  const key = at(ref, ["key"]);
  if (typeof name !== "string" || !name || typeof key !== "string" || !key) {
    throw new UserError(
      `spec.values.${path} is a map, but not {valueFrom: {secretKeyRef: {name, key}}}: the conversion webhook refuses it, and so does this conversion.`,
      `Write spec.values.${path} as a plain value, or as valueFrom.secretKeyRef with both name and key, and apply the v1 CR again before migrating.`
    );
  }
  return { name, key };
}
var Converter = class {
  constructor(values, target2) {
    this.values = values;
    this.target = target2;
  }
  values;
  target;
  spec = {};
  annotations = {};
  secrets = /* @__PURE__ */ new Map();
  mapped = [];
  unmapped = [];
  notes = [];
  /** v1 values path -> where its secret literal went: for the annotation's references. */
  moved = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Set();
  use(path) {
    this.used.add(path);
  }
  isUsed(path) {
    const parts = path.split(".");
    return parts.some((_, i) => this.used.has(parts.slice(0, i + 1).join(".")));
  }
  get(path) {
    return at(this.values, path.split("."));
  }
  /** The Secret `<cr>-v2-<part>` that literals of `part` move into. */
  secretName(part) {
    return `${this.target.name}-v2-${part}`;
  }
  /** Puts a literal into the Secret of `part` under `key`; returns the selector the CR uses. */
  moveLiteral(part, key, value, from) {
    const name = this.secretName(part);
    let secret = this.secrets.get(name);
    if (!secret) {
      secret = { name, namespace: this.target.namespace, data: {} };
      this.secrets.set(name, secret);
    }
    secret.data[key] = value;
    const ref = { name, key };
    this.moved.set(from, { value, ref });
    return ref;
  }
  /**
   * One connection field: a `valueFrom` reference is taken as it is; a literal moves into the Secret of
   * `part`. Returns the selector, or undefined when the field is unset.
   */
  field(part, from, to2, secretKey) {
    const raw = this.get(from);
    if (raw === void 0) return void 0;
    this.use(from);
    if (isObject3(raw)) {
      const ref2 = valueFromRef(raw, from);
      this.mapped.push({ from, to: to2 });
      return ref2;
    }
    const text = scalarText(raw);
    if (text === void 0 || text === "") return void 0;
    const ref = this.moveLiteral(part, secretKey, text, from);
    this.mapped.push({ from, to: to2, secret: ref });
    return ref;
  }
  /** A v1 `{name, <keyField>}` block naming an existing Secret (passwordSecret, oidcSecret, ...). */
  secretBlock(from, nameField, keyField, defaultKey) {
    const block = this.get(from);
    if (!isObject3(block)) return void 0;
    this.use(from);
    const name = block[nameField];
    if (typeof name !== "string" || !name) return void 0;
    const key = block[keyField];
    return { name, key: typeof key === "string" && key ? key : defaultKey };
  }
  unmap(path, reason) {
    this.use(path);
    for (const leaf of leafPaths2(this.get(path), path)) this.unmapped.push({ path: leaf, reason });
  }
};
var REASONS = [
  [
    /^global\.operator\./,
    "set by the v1 operator itself when it applied the chart (where it runs); the v2 operator does not read it."
  ],
  [
    /^global\.repositoryPrefix$/,
    "v2 has no repository prefix: set spec.global.imageRegistry if images must come from a mirror."
  ],
  [
    /^global\.bucket\.kmsKey$|^global\.defaultBucket\.kmsKey$/,
    "v2 has no KMS key field for the object store: configure the key on the bucket itself."
  ],
  [
    /^ingress\.tls\.(?!0\.secretName$)/,
    "v2 takes one TLS Secret (spec.networking.tls.secretName, from the first ingress.tls entry); hosts and further certificates are not carried over."
  ],
  [
    /(^|\.)image\.(repository|pullPolicy)$|\.image\.tag$/,
    "the v2 operator takes its images from the server manifest of spec.wandb.version (and spec.global.imageRegistry)."
  ],
  [
    /^(mysql|redis|clickhouse|kafka|minio|bucket)\./,
    "an in-cluster store of the v1 chart: v2 runs its own stores (spec.mysql, spec.redis, ...), and the data is not moved by the conversion; see the notes."
  ],
  [
    /^[^.]+\.(env|extraEnv|resources|sizing|containers)(\.|$)/,
    "per-application overrides: the webhook maps them with the server manifest of the version, which this conversion does not download; set spec.wandb.legacyOverrides.<application> by hand if they are still needed (they are in the v1-values annotation)."
  ]
];
function reasonFor(path) {
  for (const [pattern, reason] of REASONS) if (pattern.test(path)) return reason;
  return "no field in the v2 CRD for it: kept only in the legacy.operator.wandb.com/v1-values annotation.";
}
function mapVersion(c) {
  for (const path of ["app.image.tag", "api.image.tag"]) {
    const tag = c.get(path);
    if (tag === void 0 || tag === null || tag === "") continue;
    if (typeof tag !== "string") {
      throw new UserError(
        `spec.values.${path} is the ${typeof tag} ${JSON.stringify(tag)}, not a string: the conversion webhook refuses such a v1 CR, and spec.wandb.version must be a pinned version string.`,
        `Quote the tag in the v1 CR (${path}: "${String(tag)}"), apply it, and run migrate again.`
      );
    }
    if (tag.trim().toLowerCase() === "latest") {
      throw new UserError(
        `spec.values.${path} is \`latest\`: the v2 operator requires a pinned spec.wandb.version and refuses \`latest\`.`,
        `Pin the running version in the v1 CR (${path}: "0.74.1", the version it runs), apply it, and run migrate again.`
      );
    }
    c.use("app.image.tag");
    c.use("api.image.tag");
    c.mapped.push({ from: path, to: "spec.wandb.version" });
    return tag.trim();
  }
  throw new UserError(
    "The v1 values set neither app.image.tag nor api.image.tag: the version to pin in spec.wandb.version is unknown, and the v2 operator requires a pinned version.",
    'Pin the version the instance runs in the v1 CR (spec.values.app.image.tag: "0.74.1"), apply it with apply-cr, and run migrate again.'
  );
}
function mapGlobal(c, wandb) {
  const host = c.get("global.host");
  if (typeof host !== "string" || host === "") {
    throw new UserError(
      "The v1 values have no global.host: the v2 CRD requires spec.wandb.hostname.",
      "Set global.host (the URL users open, e.g. https://wandb.example.com) in the v1 CR, apply it, and run migrate again."
    );
  }
  c.use("global.host");
  wandb.hostname = host;
  c.mapped.push({ from: "global.host", to: "spec.wandb.hostname" });
  const size = c.get("global.size");
  if (size !== void 0 && size !== "") {
    if (typeof size !== "string" || !SIZES.includes(size)) {
      throw new UserError(
        `spec.values.global.size is ${JSON.stringify(size)}, which is not a v2 size (${SIZES.join(", ")}): the conversion webhook refuses it.`,
        "Set global.size to one of those in the v1 CR, apply it, and run migrate again."
      );
    }
    c.use("global.size");
    c.spec.size = size;
    c.mapped.push({ from: "global.size", to: "spec.size" });
  }
  const certs = c.get("global.customCACerts");
  if (Array.isArray(certs) && certs.length > 0) {
    if (!certs.every((cert) => typeof cert === "string")) {
      throw new UserError(
        "spec.values.global.customCACerts is not a list of strings (PEM certificates): the conversion webhook refuses it.",
        "Write each certificate as one PEM string in the v1 CR, apply it, and run migrate again."
      );
    }
    c.use("global.customCACerts");
    put(c.spec, ["global", "customCACerts"], certs);
    c.mapped.push({ from: "global.customCACerts", to: "spec.global.customCACerts" });
  }
  for (const [from, to2] of [
    ["global.caCertsConfigMap", "caCertsConfigMap"],
    ["global.imageRegistry", "imageRegistry"]
  ]) {
    const value = c.get(from);
    if (typeof value === "string" && value !== "") {
      c.use(from);
      put(c.spec, ["global", to2], value);
      c.mapped.push({ from, to: `spec.global.${to2}` });
    }
  }
}
function mapLicense(c) {
  const literal = c.get("global.license");
  const fromSecret = c.secretBlock("global.licenseSecret", "name", "key", "license");
  let ref;
  if (fromSecret) {
    ref = fromSecret;
    c.use("global.license");
    c.mapped.push({ from: "global.licenseSecret", to: "spec.wandb.legacyOverrides.global.env (LICENSE)" });
  } else {
    ref = c.field("license", "global.license", "spec.wandb.legacyOverrides.global.env (LICENSE)", "license");
  }
  if (ref) {
    c.notes.push(
      `The license is read from Secret ${ref.name} (key ${ref.key}) through spec.wandb.legacyOverrides.global.env (LICENSE, GORILLA_LICENSE): the v2 CRD takes spec.wandb.license only as a plain string, which would put it inline in the CR.`
    );
  } else if (literal !== void 0) c.use("global.license");
  return ref;
}
function mapGlobalEnv(c, license) {
  const merged = /* @__PURE__ */ new Map();
  for (const section of ["global.extraEnv", "global.env"]) {
    const map = c.get(section);
    if (map === void 0) continue;
    if (!isObject3(map)) {
      c.unmap(section, "not a map of variable names to values, which is what the chart and v2 take.");
      continue;
    }
    c.use(section);
    for (const [name, raw] of Object.entries(map)) merged.set(name, { raw, from: `${section}.${name}` });
  }
  const env = [];
  for (const [name, { raw, from }] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    if (isObject3(raw)) {
      const { value, valueFrom } = raw;
      if (typeof value === "string" && value.includes("{{")) {
        c.unmapped.push({ path: from, reason: "a Helm template, which v2 cannot evaluate." });
        continue;
      }
      if (valueFrom !== void 0 || typeof value === "string") {
        env.push({ name, ...valueFrom !== void 0 ? { valueFrom } : { value } });
        c.mapped.push({ from, to: `spec.wandb.legacyOverrides.global.env[${name}]` });
      } else c.unmapped.push({ path: from, reason: "neither a value nor a valueFrom." });
      continue;
    }
    const text = scalarText(raw);
    if (text === void 0) continue;
    if (text.includes("{{")) {
      c.unmapped.push({ path: from, reason: "a Helm template, which v2 cannot evaluate." });
      continue;
    }
    if (scanSecrets({ [name]: text }).places.length > 0) {
      const ref = c.moveLiteral("env", name, text, from);
      env.push({ name, valueFrom: { secretKeyRef: ref } });
      c.mapped.push({ from, to: `spec.wandb.legacyOverrides.global.env[${name}]`, secret: ref });
    } else {
      env.push({ name, value: text });
      c.mapped.push({ from, to: `spec.wandb.legacyOverrides.global.env[${name}]` });
    }
  }
  if (license) {
    for (const name of ["LICENSE", "GORILLA_LICENSE"]) {
      if (!env.some((e) => e.name === name)) env.push({ name, valueFrom: { secretKeyRef: license } });
    }
    env.sort((a, b) => String(a.name).localeCompare(String(b.name)));
  }
  return env;
}
function connection(c, part, base, to2, fields, block) {
  const conn = {};
  for (const [v1, v2, key] of fields) {
    const ref = c.field(part, `${base}.${v1}`, `${to2}.${v2}`, key);
    if (ref) conn[v2] = ref;
  }
  if (block) {
    const ref = c.secretBlock(`${base}.${block.path}`, block.nameField, block.keyField, block.defaultKey);
    if (ref && conn[block.target] === void 0) {
      conn[block.target] = ref;
      c.mapped.push({ from: `${base}.${block.path}`, to: `${to2}.${block.target}` });
    }
  }
  return Object.keys(conn).length > 0 ? conn : void 0;
}
function mapStores(c) {
  const mysql = connection(
    c,
    "mysql",
    "global.mysql",
    `spec.mysql.${DEFAULT_INSTANCE}.externalMysql`,
    [
      ["host", "host", "Host"],
      ["port", "port", "Port"],
      ["database", "database", "Database"],
      ["user", "username", "Username"],
      ["password", "password", "Password"],
      ["caCert", "sslCa", "SslCa"]
    ],
    {
      path: "passwordSecret",
      nameField: "name",
      keyField: "passwordKey",
      defaultKey: "MYSQL_PASSWORD",
      target: "password"
    }
  );
  if (mysql) c.spec.mysql = { [DEFAULT_INSTANCE]: { externalMysql: mysql } };
  else {
    c.notes.push(
      "The v1 values name no external MySQL (global.mysql): v1 ran the chart's in-cluster MySQL. The v2 CR names none either, so the v2 operator provisions its own; the data of the old MySQL is not moved. Move it first, or point spec.mysql.default.externalMysql at the database before applying."
    );
  }
  const redis = connection(
    c,
    "redis",
    "global.redis",
    `spec.redis.${DEFAULT_INSTANCE}.externalRedis`,
    [
      ["host", "host", "Host"],
      ["port", "port", "Port"],
      ["password", "password", "Password"],
      ["caCert", "sslCa", "SslCa"],
      ["params.tls", "tls", "Tls"],
      ["parameters.tls", "tls", "Tls"]
    ],
    {
      path: "secret",
      nameField: "secretName",
      keyField: "secretKey",
      defaultKey: "REDIS_PASSWORD",
      target: "password"
    }
  );
  if (redis) c.spec.redis = { [DEFAULT_INSTANCE]: { externalRedis: redis } };
  mapBucket2(c);
  const clickhouse = connection(
    c,
    "clickhouse",
    "global.clickhouse",
    `spec.clickhouse.${DEFAULT_INSTANCE}.externalClickhouse`,
    [
      ["host", "host", "Host"],
      ["port", "httpPort", "HttpPort"],
      ["database", "database", "Database"],
      ["user", "username", "Username"],
      ["password", "password", "Password"]
    ],
    {
      path: "passwordSecret",
      nameField: "name",
      keyField: "passwordKey",
      defaultKey: "CLICKHOUSE_PASSWORD",
      target: "password"
    }
  );
  if (clickhouse) {
    const replicated = c.get("global.clickhouse.replicated");
    const text = scalarText(replicated)?.toLowerCase();
    if (text === "true" || text === "false") {
      c.use("global.clickhouse.replicated");
      clickhouse.replicated = c.moveLiteral("clickhouse", "Replicated", text, "global.clickhouse.replicated");
      c.mapped.push({
        from: "global.clickhouse.replicated",
        to: `spec.clickhouse.${DEFAULT_INSTANCE}.externalClickhouse.replicated`,
        secret: clickhouse.replicated
      });
    }
    c.spec.clickhouse = { [DEFAULT_INSTANCE]: { externalClickhouse: clickhouse } };
  }
}
function mapBucket2(c) {
  const to2 = `spec.objectStore.${DEFAULT_INSTANCE}.externalObjectStore`;
  const fields = [
    ["provider", "provider", "Provider"],
    ["name", "bucket", "Bucket"],
    ["region", "region", "Region"],
    ["path", "path", "Path"],
    ["accessKey", "accessKey", "AccessKey"],
    ["secretKey", "secretKey", "SecretKey"]
  ];
  const conn = {};
  for (const [v1, v2, key] of fields) {
    for (const base of ["global.bucket", "global.defaultBucket"]) {
      if (isUnset2(c.get(`${base}.${v1}`))) continue;
      const ref = c.field("bucket", `${base}.${v1}`, `${to2}.${v2}`, key);
      if (ref) {
        conn[v2] = ref;
        if (base === "global.bucket") c.use(`global.defaultBucket.${v1}`);
        break;
      }
    }
  }
  const secret = c.get("global.bucket.secret");
  if (isObject3(secret)) {
    c.use("global.bucket.secret");
    const name = secret.secretName;
    if (typeof name === "string" && name) {
      const keyOf = (field, fallback) => typeof secret[field] === "string" && secret[field] ? secret[field] : fallback;
      conn.accessKey = { name, key: keyOf("accessKeyName", "ACCESS_KEY") };
      conn.secretKey = { name, key: keyOf("secretKeyName", "SECRET_KEY") };
      c.mapped.push({ from: "global.bucket.secret", to: `${to2}.accessKey, ${to2}.secretKey` });
    }
  }
  if (Object.keys(conn).length > 0)
    c.spec.objectStore = { [DEFAULT_INSTANCE]: { externalObjectStore: conn } };
}
function mapOidc(c, wandb) {
  const oidc = connection(
    c,
    "oidc",
    "global.auth.oidc",
    "spec.wandb.oidc",
    [
      ["clientId", "clientId", "clientId"],
      ["secret", "clientSecret", "clientSecret"],
      ["authMethod", "authMethod", "authMethod"],
      ["issuer", "issuerUrl", "issuerUrl"]
    ],
    {
      path: "oidcSecret",
      nameField: "name",
      keyField: "secretKey",
      defaultKey: "OIDC_SECRET",
      target: "clientSecret"
    }
  );
  if (oidc) wandb.oidc = oidc;
}
function mapIngress2(c, wandb) {
  const ingress = c.get("ingress");
  const map = isObject3(ingress) ? ingress : {};
  c.use("ingress.install");
  c.use("ingress.create");
  if (map.install === false || map.create === false) return;
  const networking = { mode: "ingress" };
  const text = (key) => typeof map[key] === "string" && map[key] !== "" ? map[key] : void 0;
  if (text("class")) {
    networking.ingress = { ingressClassName: text("class") };
    c.use("ingress.class");
    c.mapped.push({ from: "ingress.class", to: "spec.networking.ingress.ingressClassName" });
  }
  if (text("nameOverride")) {
    networking.ingress = { ...networking.ingress ?? {}, name: text("nameOverride") };
    c.use("ingress.nameOverride");
    c.mapped.push({ from: "ingress.nameOverride", to: "spec.networking.ingress.name" });
  }
  const annotations = map.annotations;
  if (isObject3(annotations) && Object.keys(annotations).length > 0) {
    const strings = Object.fromEntries(
      Object.entries(annotations).flatMap(
        ([k, v]) => scalarText(v) === void 0 ? [] : [[k, scalarText(v)]]
      )
    );
    networking.annotations = strings;
    c.use("ingress.annotations");
    c.mapped.push({ from: "ingress.annotations", to: "spec.networking.annotations" });
  }
  const hosts = map.additionalHosts;
  if (Array.isArray(hosts) && hosts.length > 0) {
    wandb.additionalHostnames = hosts.map(String);
    c.use("ingress.additionalHosts");
    c.mapped.push({ from: "ingress.additionalHosts", to: "spec.wandb.additionalHostnames" });
  }
  const tls = map.tls;
  const first = Array.isArray(tls) && isObject3(tls[0]) ? tls[0].secretName : void 0;
  if (typeof first === "string" && first) {
    networking.tls = { secretName: first };
    c.use("ingress.tls.0.secretName");
    c.mapped.push({ from: "ingress.tls.0.secretName", to: "spec.networking.tls.secretName" });
  }
  c.spec.networking = networking;
}
function mapServiceAccount(c, wandb) {
  for (const app of ["app", "api"]) {
    const annotations = c.get(`${app}.serviceAccount.annotations`);
    if (!isObject3(annotations) || Object.keys(annotations).length === 0) continue;
    c.use(`${app}.serviceAccount.annotations`);
    wandb.serviceAccount = {
      annotations: Object.fromEntries(Object.entries(annotations).map(([k, v]) => [k, String(v)]))
    };
    c.mapped.push({ from: `${app}.serviceAccount.annotations`, to: "spec.wandb.serviceAccount.annotations" });
    return;
  }
}
function mapInternalAuth(c, wandb) {
  for (const base of ["global", "app"]) {
    const list = c.get(`${base}.internalJWTMap`);
    const issuer = Array.isArray(list) && isObject3(list[0]) ? list[0].issuer : void 0;
    if (typeof issuer === "string" && issuer) {
      c.use(`${base}.internalJWTMap.0.issuer`);
      wandb.internalServiceAuth = { oidcIssuer: issuer };
      c.mapped.push({
        from: `${base}.internalJWTMap.0.issuer`,
        to: "spec.wandb.internalServiceAuth.oidcIssuer"
      });
      return;
    }
  }
  wandb.internalServiceAuth = { enabled: false };
}
function referencedValues(values, moved) {
  const secret = new Set(scanSecrets(values).places.map((p) => p.path.join(".")));
  const walk = (node, path) => {
    const dotted = path.join(".");
    const move = secret.has(dotted) ? moved.get(dotted) : void 0;
    if (move && scalarText(node) === move.value) return { valueFrom: { secretKeyRef: move.ref } };
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, String(i)]));
    if (isObject3(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  return scanSecrets(walk(values, [])).masked;
}
function convertToV2(source) {
  const activeValues = source.active?.values;
  const useActive = isObject3(activeValues) && Object.keys(activeValues).length > 0;
  const values = useActive ? activeValues : source.values;
  const c = new Converter(values, { name: source.name, namespace: source.namespace });
  const wandb = {};
  const version = mapVersion(c);
  wandb.version = version;
  mapGlobal(c, wandb);
  const license = mapLicense(c);
  const env = mapGlobalEnv(c, license);
  if (env.length > 0) wandb.legacyOverrides = { global: { env } };
  mapServiceAccount(c, wandb);
  mapInternalAuth(c, wandb);
  mapOidc(c, wandb);
  mapIngress2(c, wandb);
  mapStores(c);
  wandb.bucketProxy = false;
  wandb.features = {};
  c.notes.push(
    "spec.wandb.bucketProxy is false (clients reach the bucket with presigned URLs, as on v1) and spec.wandb.features is empty: the v2 CRD requires both and v1 has neither.",
    "spec.retentionPolicy.onDelete is detach, as W&B's migration guide asks: deleting the v2 CR leaves the stores and their data."
  );
  const chart = source.chart !== void 0 && !isUnset2(source.chart) ? source.chart : source.active?.chart;
  const originalValues = Object.keys(source.values).length > 0 ? source.values : values;
  const annotations = {
    [V1_CHART_ANNOTATION]: JSON.stringify(scanSecrets(chart ?? {}).masked),
    [V1_VALUES_ANNOTATION]: JSON.stringify(referencedValues(originalValues, c.moved))
  };
  const spec = {
    ...c.spec.size !== void 0 ? { size: c.spec.size } : {},
    wandb: orderWandb(wandb),
    ...c.spec.global !== void 0 ? { global: c.spec.global } : {},
    ...c.spec.networking !== void 0 ? { networking: c.spec.networking } : {},
    ...c.spec.mysql !== void 0 ? { mysql: c.spec.mysql } : {},
    ...c.spec.redis !== void 0 ? { redis: c.spec.redis } : {},
    ...c.spec.objectStore !== void 0 ? { objectStore: c.spec.objectStore } : {},
    ...c.spec.clickhouse !== void 0 ? { clickhouse: c.spec.clickhouse } : {},
    retentionPolicy: { onDelete: "detach" }
  };
  const cr = {
    apiVersion: V2_API_VERSION,
    kind: "WeightsAndBiases",
    metadata: { name: source.name, namespace: source.namespace, annotations },
    spec
  };
  for (const path of leafPaths2(values, "")) {
    if (/^[^.]+\.install$/.test(path) && c.get(path) === false) continue;
    if (!c.isUsed(path)) c.unmapped.push({ path, reason: reasonFor(path) });
  }
  c.unmapped.sort((a, b) => a.path.localeCompare(b.path));
  if (Object.keys(source.values).length === 0 && useActive) {
    c.notes.push(
      `The live CR returned no spec.values; the values came from Secret ${source.name}-spec-active (what the v1 operator last applied), and the v1-values annotation keeps those.`
    );
  }
  return {
    cr,
    secrets: [...c.secrets.values()],
    mapped: c.mapped,
    unmapped: c.unmapped,
    notes: c.notes,
    valuesSource: useActive ? "spec-active" : "spec.values",
    version,
    // The mappings above move every secret they know of; a scan of the result finds what they would miss.
    inline: scanSecrets(cr).places.map((p) => p.path.join("."))
  };
}
function orderWandb(wandb) {
  const order = [
    "version",
    "hostname",
    "additionalHostnames",
    "bucketProxy",
    "features",
    "oidc",
    "internalServiceAuth",
    "serviceAccount",
    "legacyOverrides"
  ];
  const sorted = {};
  for (const key of order) if (wandb[key] !== void 0) sorted[key] = wandb[key];
  for (const [key, value] of Object.entries(wandb)) if (!(key in sorted)) sorted[key] = value;
  return sorted;
}
function secretManifests(secrets, labels = {}) {
  return secrets.map((secret) => ({
    apiVersion: "v1",
    kind: "Secret",
    metadata: {
      name: secret.name,
      namespace: secret.namespace,
      labels: { "app.kubernetes.io/managed-by": "wandb-operator-actions", ...labels }
    },
    type: "Opaque",
    stringData: secret.data
  }));
}
function unmappedLines(conversion) {
  return conversion.unmapped.map((u) => u.path).join("\n");
}
function v2CrFileText(conversion, notes) {
  const header = [
    `# WeightsAndBiases v2 resource written by \`wandb-operator-actions migrate --to v2\` from ${notes.source}`,
    `# (values from ${conversion.valuesSource === "spec-active" ? "its <cr>-spec-active Secret" : "its spec.values"}).`,
    "# Review it before running migrate again with confirm: true. It holds no secret: it references them."
  ];
  if (conversion.secrets.length > 0) {
    header.push(
      "#",
      `# Secrets it references that migrate creates (manifests in ${notes.secretsFile}, mode 0600; do not commit that file):`,
      ...conversion.secrets.map((s) => `#   ${s.name}: ${Object.keys(s.data).join(", ")}`)
    );
  }
  if (conversion.unmapped.length > 0) {
    header.push(
      "#",
      "# Not carried over (review each; the migrate log and summary give the reasons):",
      ...conversion.unmapped.map((u) => `#   ${u.path}`)
    );
  }
  return `${header.join("\n")}
${(0, import_yaml3.stringify)(conversion.cr, { lineWidth: 0 })}`;
}
function secretsFileText(conversion) {
  const header = [
    "# Secrets written by `wandb-operator-actions migrate --to v2`: the values moved out of the v1 CR.",
    "# They hold passwords and the license: keep this file out of version control (mode 0600)."
  ].join("\n");
  const docs = secretManifests(conversion.secrets).map((doc) => (0, import_yaml3.stringify)(doc, { lineWidth: 0 }));
  return `${header}
${docs.map((doc) => `---
${doc}`).join("")}`;
}

// src/migrate/v2-plan.ts
function secretsPathFor(output) {
  const { dir, name } = parsePath(output);
  return join(dir, `${name}.secrets.yaml`);
}
function reviewedCrDecision(input) {
  const { output, migrated, cr } = input;
  const metadata = cr.metadata ?? {};
  const crName = typeof metadata.name === "string" ? metadata.name : migrated.name;
  const crNamespace = typeof metadata.namespace === "string" ? metadata.namespace : migrated.namespace;
  const crLabel = `weightsandbiases/${crName} (namespace ${crNamespace})`;
  const blockers = [];
  if (cr.apiVersion !== V2_API_VERSION) {
    blockers.push(`${output} is not an ${V2_API_VERSION} CR (apiVersion ${String(cr.apiVersion)}).`);
  }
  if (crName !== migrated.name || crNamespace !== migrated.namespace) {
    blockers.push(
      `${output} names ${crLabel}, but the v1 CR migrated is weightsandbiases/${migrated.name} (namespace ${migrated.namespace}): the v2 CR must be the same object.`
    );
  }
  if (input.hasErrors) blockers.push(`${output} has errors (listed above); fix them first.`);
  const spec = cr.spec ?? {};
  const hostname = typeof spec.wandb?.hostname === "string" ? spec.wandb.hostname : void 0;
  return { crName, crNamespace, crLabel, ...hostname ? { hostname } : {}, blockers };
}
function cutoverRefusal(plan, given) {
  if (plan.blockers.length > 0) {
    return {
      reason: plan.blockers.join(" "),
      fix: `Fix ${given.output} (or remove it to have it written afresh) and run again.`
    };
  }
  const host = given.host ?? plan.hostname;
  if (!given.apiKey || !host) {
    const missing = [...given.apiKey ? [] : ["no api-key"], ...host ? [] : ["no host"]].join(" and ");
    return {
      reason: `verify must pass before the migration to v2 counts as done, and it cannot run: ${missing} was given.`,
      fix: "Give api-key (a secret; the CLI reads WANDB_API_KEY) and, if the CR has no spec.wandb.hostname, host."
    };
  }
  return void 0;
}

// src/migrate/v2-flow.ts
function writePrivate(path, text) {
  mkdirSync2(dirname2(path), { recursive: true });
  writeFileSync2(path, text, { mode: 384 });
  chmodSync2(path, 384);
}
async function planV2(client, options, ctx) {
  const ref = { name: options.name, namespace: options.crNamespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.info(`Reading ${label} as apps.wandb.com/v1 and its Secret ${ref.name}-spec-active.`);
  const source = await readLiveV1(client, ref, ctx.redactor);
  const conversion = convertToV2(source);
  const secretsPath = secretsPathFor(options.output);
  ctx.out.setOutput("values-source", conversion.valuesSource);
  ctx.out.setOutput("wandb-version", conversion.version);
  const reviewed = options.confirm && existsSync2(options.output);
  const text = reviewed ? readFileSync2(options.output, "utf8") : v2CrFileText(conversion, { source: label, secretsFile: secretsPath });
  if (!reviewed) {
    mkdirSync2(dirname2(options.output), { recursive: true });
    writeFileSync2(options.output, text);
  }
  const reviewedSecrets = options.confirm && existsSync2(secretsPath);
  if (conversion.secrets.length > 0 && !reviewedSecrets)
    writePrivate(secretsPath, secretsFileText(conversion));
  ctx.out.setOutput("cr-path", options.output);
  ctx.out.setOutput("secrets-path", conversion.secrets.length > 0 || reviewedSecrets ? secretsPath : "");
  ctx.out.setOutput("unmapped-keys", unmappedLines(conversion));
  ctx.out.setOutput(
    "moved-secrets",
    conversion.mapped.filter((m) => m.secret).map((m) => `${m.from} -> ${m.secret?.name}/${m.secret?.key}`).join("\n")
  );
  const built = buildConfig([{ path: options.output, text }], [], ref);
  for (const secret of built.secrets) ctx.redactor.add(secret);
  const { crName, crNamespace, crLabel, hostname, blockers } = reviewedCrDecision({
    output: options.output,
    migrated: ref,
    cr: built.cr,
    hasErrors: hasErrors(built.diagnostics)
  });
  ctx.out.info(
    reviewed ? `Using the reviewed ${crLabel} in ${options.output} as it is (not rewritten).` : `Wrote ${crLabel} (apps.wandb.com/v2, version ${conversion.version}) to ${options.output} for review.`
  );
  if (conversion.secrets.length > 0) {
    ctx.out.info(
      reviewedSecrets ? `Using the reviewed Secrets in ${secretsPath} as they are.` : `Wrote ${conversion.secrets.length} Secret manifest${conversion.secrets.length === 1 ? "" : "s"} to ${secretsPath} (mode 0600; keep it out of version control): ${conversion.secrets.map((s) => s.name).join(", ")}.`
    );
  }
  ctx.out.info(
    `Values from ${conversion.valuesSource === "spec-active" ? `Secret ${ref.name}-spec-active` : "the CR's spec.values"}. Carried over ${conversion.mapped.length} value${conversion.mapped.length === 1 ? "" : "s"}:`
  );
  for (const m of conversion.mapped) {
    ctx.out.info(
      `  ${m.from} -> ${m.to}${m.secret ? ` (moved into Secret ${m.secret.name}, key ${m.secret.key})` : ""}`
    );
  }
  if (conversion.unmapped.length > 0) {
    ctx.out.warning(
      `${conversion.unmapped.length} v1 value${conversion.unmapped.length === 1 ? " was" : "s were"} not carried over; review each:
${conversion.unmapped.map((u) => `  ${u.path}: ${u.reason}`).join("\n")}`
    );
  }
  for (const note of conversion.notes) ctx.out.info(note);
  for (const path of conversion.inline) {
    ctx.out.warning(
      `The value at ${path} looks like a secret and is inline in ${options.output}: move it into a Secret before committing the file.`
    );
  }
  for (const diagnostic of built.diagnostics) ctx.out.info(formatDiagnostic(diagnostic));
  for (const blocker of blockers) ctx.out.error(blocker, { file: options.output, line: 1, column: 1 });
  ctx.out.summary(
    v2PlanSummary({
      source: label,
      crLabel,
      output: options.output,
      secretsFile: secretsPath,
      conversion,
      blockers
    })
  );
  return { conversion, crName, crNamespace, crLabel, secretsPath, hostname, blockers };
}
async function cutoverV2(client, options, plan, deadline, ctx) {
  const secondsLeft = () => (deadline - Date.now()) / 1e3;
  const steps = [];
  const refused = cutoverRefusal(plan, {
    output: options.output,
    apiKey: Boolean(options.apiKey),
    host: options.host
  });
  if (refused) {
    ctx.out.setOutput("result", "refused");
    ctx.out.error(`Nothing was changed: ${refused.reason}`);
    ctx.out.info(`  fix: ${refused.fix}`);
    return 1;
  }
  const files = [...existsSync2(plan.secretsPath) ? [plan.secretsPath] : [], options.output];
  const finish = (result, code, line, state) => {
    ctx.out.setOutput("result", result);
    if (code === 0) ctx.out.print(line);
    else ctx.out.error(`${line} ${state}`);
    ctx.out.summary(
      [
        "#### Cutover",
        "",
        ...steps.map((s, i) => `${i + 1}. ${s}`),
        "",
        `**Result:** ${line}`,
        "",
        ...state ? [state, ""] : []
      ].join("\n")
    );
    return code;
  };
  try {
    ctx.out.info("== 1/3 Check the Secrets and the v2 CR with the API server (dry run)");
    for (const file of files) {
      const checked = await client.kubectl(
        ["apply", "--dry-run=server", "-n", plan.crNamespace, "-f", file],
        {
          allowFailure: true
        }
      );
      if (checked.code !== 0) {
        steps.push(`the API server refused ${file}`);
        return finish(
          "refused",
          1,
          `The API server refused ${file}: ${checked.stderr.trim()}`,
          "Nothing was changed."
        );
      }
    }
    steps.push(`the API server accepts ${files.join(" and ")} (dry run)`);
    if (files.length > 1) {
      ctx.out.info(
        `== 2/3 Create the Secrets the v2 CR references (${plan.conversion.secrets.map((s) => s.name).join(", ")})`
      );
      await client.kubectl(["apply", "-n", plan.crNamespace, "-f", plan.secretsPath]);
      steps.push(`applied the Secrets of ${plan.secretsPath}`);
    }
    ctx.out.info(`== 3/3 Apply ${plan.crLabel} as apps.wandb.com/v2 and wait through the cutover gates`);
    const applied = await runApplyCr(
      {
        ...kubeRaw(options, secondsLeft()),
        config: [options.output],
        set: [],
        name: plan.crName,
        namespace: plan.crNamespace,
        "dry-run": false,
        // No rollback: the spec before this one is the same v1 CR as the webhook converted it (or, with no
        // webhook, none), at the same version; re-applying it restores nothing the v2 operator has not already
        // tried. The v2 CR stays applied and the state is reported; a rerun after the fix checks the rollout.
        "rollback-on-failure": false,
        "force-conflicts": false,
        "poll-interval": options.pollSeconds
      },
      stepContext(ctx)
    );
    if (applied !== 0) {
      steps.push(`${plan.crLabel} did not pass the cutover gates`);
      return finish(
        "failed",
        1,
        `${plan.crLabel} did not pass the cutover gates (apply-cr's log above says which).`,
        `State: the v2 CR stays applied (not rolled back: the spec before it was the same v1 CR at the same version) and the Secrets of ${plan.secretsPath} are kept. Fix what apply-cr reports and run again with confirm: true: a rerun checks the rollout and goes on to verify.`
      );
    }
    steps.push(`applied ${plan.crLabel} as v2; it passed the cutover gates`);
    const host = options.host ?? plan.hostname;
    ctx.out.info(`== Verify ${plan.crLabel} against ${host}`);
    const verified = await runVerifyStep(
      options,
      { name: plan.crName, namespace: plan.crNamespace },
      host,
      secondsLeft(),
      ctx
    );
    ctx.out.setOutput("verify", verified.passed ? "passed" : "failed");
    if (!verified.passed) {
      steps.push(`verify against ${host} failed`);
      return finish(
        "unverified",
        1,
        `${plan.crLabel} is applied as v2 and rolled out, but verify against ${host} did not pass (report: ${options.verifyReportPath}).`,
        "State: the v2 CR stays applied. Fix what verify reports and run verify again; the v1 chart and values are kept in the annotations legacy.operator.wandb.com/v1-chart and v1-values."
      );
    }
    steps.push(
      `verify passed against ${host}${verified.serverVersion ? ` (server ${verified.serverVersion})` : ""}`
    );
    return finish(
      "migrated",
      0,
      `Migrated: ${plan.crLabel} runs as apps.wandb.com/v2 (version ${plan.conversion.version}), rolled out and verified.`,
      ""
    );
  } catch (error) {
    const state = `State: ${steps.length ? `done before it stopped: ${steps.join("; ")}` : "nothing was changed"}.`;
    if (error instanceof UserError) {
      ctx.out.setOutput("result", "failed");
      ctx.out.error(`${error.message} ${state}`);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      return 1;
    }
    ctx.out.setOutput("result", "failed");
    ctx.out.error(`The cutover stopped on an unexpected error: ${errorMessage(error)}. ${state}`);
    throw error;
  }
}

// src/commands/migrate/options.ts
import { isAbsolute, resolve } from "node:path";
var TARGETS = ["operator", "v2"];
function target(raw) {
  const to2 = str(raw, "to") ?? "operator";
  if (TARGETS.includes(to2)) return to2;
  const near = closest(to2, TARGETS);
  throw new UsageError(
    `'to' is '${to2}': migrate moves to 'operator' (a legacy installation to operator v1) or 'v2' (a live v1 CR to operator v2).`,
    `Set 'to' to ${near ? `'${near}'` : "'operator' or 'v2'"}.`
  );
}
function parseOptions(raw, ctx) {
  const namespace = str(raw, "namespace") ?? "default";
  const output = str(raw, "output") ?? "wandb-cr.yaml";
  const options = {
    to: target(raw),
    kubeconfigContent: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: str(raw, "kubectl-path"),
    helmPath: str(raw, "helm-path"),
    renderCheck: str(raw, "render-check"),
    chart: str(raw, "chart"),
    timeoutSeconds: num(raw, "timeout") ?? 600,
    namespace,
    oldRelease: str(raw, "old-release") ?? "wandb",
    oldDeployment: str(raw, "old-deployment"),
    name: str(raw, "name") ?? "wandb",
    crNamespace: str(raw, "cr-namespace") ?? namespace,
    appChartRepo: str(raw, "app-chart-repo") ?? "https://charts.wandb.ai",
    appChartVersion: str(raw, "app-chart-version"),
    output: isAbsolute(output) ? output : resolve(ctx.cwd, output),
    confirm: bool(raw, "confirm"),
    removeOld: bool(raw, "remove-old"),
    // Absent (a caller that builds RawInputs itself) means the default, true.
    installOperator: raw["install-operator"] !== false,
    operatorNamespace: str(raw, "operator-namespace") ?? "wandb-cr",
    operatorRelease: str(raw, "operator-release") ?? "operator",
    operatorChartRepo: str(raw, "operator-chart-repo") ?? "https://charts.wandb.ai",
    operatorChartVersion: str(raw, "operator-chart-version"),
    minKubernetesVersion: str(raw, "min-kubernetes-version") ?? "1.28",
    host: str(raw, "host"),
    apiKey: str(raw, "api-key"),
    verifyReportPath: str(raw, "verify-report-path") ?? "wandb-verify-report.json",
    pollSeconds: num(raw, "poll-interval") ?? 2
  };
  if (options.confirm && options.removeOld) {
    throw new UserError(
      "'confirm' and 'remove-old' are separate steps: the old installation is removed only after the new one is verified.",
      "Run with 'confirm: true' first, check the new instance, then run again with 'remove-old: true'."
    );
  }
  if (options.to === "v2" && options.removeOld) {
    throw new UserError(
      "'remove-old' belongs to the move from the legacy chart (to: operator); a migration to v2 keeps one CR, converted in place.",
      "Drop 'remove-old', or set 'to: operator'."
    );
  }
  return options;
}

// src/commands/migrate/run.ts
async function runMigrate(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const deadline = Date.now() + options.timeoutSeconds * 1e3;
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor
  });
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath ?? ctx.env.KUBECTL_PATH ?? "kubectl",
      helmPath: options.helmPath ?? ctx.env.HELM_PATH ?? "helm",
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: ctx.env,
      deadline,
      timeoutMs: 6e4
    });
    if (options.to === "v2") {
      const plan2 = await planV2(client, options, ctx);
      if (!options.confirm) return planned(options, plan2.blockers, "the v1 CR still runs", ctx);
      return await cutoverV2(client, options, plan2, deadline, ctx);
    }
    if (options.removeOld) return await removeOld(client, options, deadline, ctx);
    const plan = await planMigration(client, options, ctx);
    if (!options.confirm) return planned(options, plan.blockers, `${plan.oldLabel} still runs`, ctx);
    if (plan.blockers.length > 0) {
      ctx.out.setOutput("result", "refused");
      ctx.out.error(`Nothing was changed: ${plan.blockers.join(" ")}`);
      return 1;
    }
    return await switchOver(client, options, plan, deadline, ctx);
  } finally {
    await kubeconfig.cleanup();
  }
}
function planned(options, blockers, running, ctx) {
  ctx.out.setOutput("result", "planned");
  ctx.out.print(
    `Dry run: wrote ${options.output} for review; nothing in the cluster was changed (${running}). Run again with confirm: true to switch.`
  );
  ctx.out.summary(
    `**Dry run**: nothing in the cluster was changed. Review \`${options.output}\`, then run again with \`confirm: true\`.
`
  );
  return blockers.length > 0 ? 1 : 0;
}
export {
  runMigrate
};
