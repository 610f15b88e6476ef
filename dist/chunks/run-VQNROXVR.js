import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_COMMIT_AUTHOR,
  PullRequests,
  Repository,
  branchHolds,
  changeFor,
  createOrUpdate,
  describeCommits,
  fetchTips,
  foreignCommits,
  hasTrailer,
  parseCommitAuthor,
  pushFiles,
  repositoryOf
} from "./chunk-TCULGUXX.js";
import {
  GITHUB_BODY_LIMIT,
  neutraliseReferences
} from "./chunk-ZQQJK2R4.js";
import {
  createGitHubClient,
  explainGitHubError
} from "./chunk-G6UZJVOF.js";
import {
  parseReference
} from "./chunk-EKOZUTRL.js";
import {
  CR_RESOURCE,
  ClusterGateway,
  FIELD_MANAGER,
  LAST_GOOD_ANNOTATION,
  runApplyCr,
  sameConfiguration,
  workloadReady
} from "./chunk-DDV2XPRA.js";
import {
  API_VERSION,
  KIND,
  MASK,
  V2_API_VERSION,
  buildConfig,
  formatDiagnostic,
  hasErrors,
  isSecretKey,
  maskSecrets,
  scanSecrets,
  secretValuesIn
} from "./chunk-HNQZCHQR.js";
import {
  runInstallOperator
} from "./chunk-YIQVA6XV.js";
import "./chunk-SFUWLBPD.js";
import {
  helmReleaseStatus,
  helmUserValues
} from "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import {
  reportLine,
  saveReport,
  verifyDeployment,
  verifyOptions
} from "./chunk-CBX34D3F.js";
import {
  activeKey
} from "./chunk-ROUWXDMR.js";
import "./chunk-VTKGBLKJ.js";
import "./chunk-OU746ASQ.js";
import "./chunk-7NRUIF3I.js";
import {
  KubeClient,
  execute
} from "./chunk-PFUJ36V2.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-PZFI2W65.js";
import {
  Reporter
} from "./chunk-UGOVBG4S.js";
import "./chunk-FUTQYGYO.js";
import "./chunk-2YU3Z55Y.js";
import {
  Redactor
} from "./chunk-4QZDXL4F.js";
import "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import {
  onCancel
} from "./chunk-ZDPISML2.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  UsageError,
  bool,
  closest,
  list,
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
  const list2 = Array.isArray(value) ? value : isObject(value) ? Object.entries(value).map(([name, v]) => ({ name, value: v })) : [];
  list2.forEach((item, i) => {
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
          const gone = await untilCrGone(
            gateway,
            Math.min(deadline, Date.now() + 12e4),
            options.pollSeconds * 1e3
          );
          steps.push(
            gone ? `deleted ${plan.crLabel} (verify failed); the operator removed it` : `deleted ${plan.crLabel} (verify failed); the operator had not finished removing it (kubectl get weightsandbiases -n ${plan.crNamespace})`
          );
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
async function untilCrGone(gateway, untilMs, pollMs) {
  for (; ; ) {
    if (await gateway.getCr() === void 0) return true;
    if (Date.now() + pollMs > untilMs) return false;
    await new Promise((resolve2) => setTimeout(resolve2, pollMs));
  }
}

// src/migrate/v2-flow.ts
import { chmodSync as chmodSync2, existsSync as existsSync2, lstatSync, mkdirSync as mkdirSync2, readFileSync as readFileSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { basename as basename2, dirname as dirname3, join as join2 } from "node:path";

// src/migrate/live-v1.ts
var V1_RESOURCE = "weightsandbiases.v1.apps.wandb.com";
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
var import_yaml4 = __toESM(require_dist(), 1);
import { basename, dirname as dirname2, join, parse as parsePath } from "node:path";

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
  const join3 = (key) => prefix ? `${prefix}.${key}` : key;
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths2(item, join3(String(i))));
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
  /**
   * Puts a literal into the Secret of `part` under `key`; returns the selector the CR uses. A masked value
   * (`***`, from values read through a masking path) is no value: it is reported instead, and undefined returned.
   */
  moveLiteral(part, key, value, from) {
    if (value === MASK) {
      this.unmapped.push({ path: from, reason: MASKED_REASON });
      return void 0;
    }
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
    if (ref) this.mapped.push({ from, to: to2, secret: ref });
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
var MASKED_REASON = "the value was masked (***) where it was read, so the real one is unknown here and nothing was written for it: set it on the v2 CR (or in its Secret) by hand.";
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
  const to2 = (name) => `spec.wandb.legacyOverrides.global.env[${name}]`;
  const drop = (raw, from, reason) => {
    for (const path of leafPaths2(raw, from)) c.unmapped.push({ path, reason });
  };
  for (const [name, { raw, from }] of [...merged].sort(([a], [b]) => a.localeCompare(b))) {
    if (raw === null || raw === void 0) continue;
    let text;
    let path = from;
    if (isObject3(raw)) {
      const { value, valueFrom } = raw;
      if (valueFrom !== void 0) {
        env.push({ name, valueFrom });
        c.mapped.push({ from, to: to2(name) });
        continue;
      }
      text = scalarText(value);
      path = `${from}.value`;
      if (text === void 0) {
        drop(raw, from, "neither a value (a string) nor a valueFrom: no environment variable to carry over.");
        continue;
      }
    } else {
      text = scalarText(raw);
      if (text === void 0) {
        drop(raw, from, "not a string, number or boolean: an environment variable holds one string.");
        continue;
      }
    }
    if (text.includes("{{")) {
      c.unmapped.push({ path: from, reason: "a Helm template, which v2 cannot evaluate." });
      continue;
    }
    if (text === MASK) {
      c.unmapped.push({ path, reason: MASKED_REASON });
      continue;
    }
    if (scanSecrets({ [name]: text }).places.length > 0) {
      const ref = c.moveLiteral("env", name, text, path);
      if (!ref) continue;
      env.push({ name, valueFrom: { secretKeyRef: ref } });
      c.mapped.push({ from, to: to2(name), secret: ref });
    } else {
      env.push({ name, value: text });
      c.mapped.push({ from, to: to2(name) });
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
  if (mysql) {
    mysqlChartDefaults(c, mysql);
    c.spec.mysql = { [DEFAULT_INSTANCE]: { externalMysql: inOrder(mysql, MYSQL_FIELDS) } };
  } else {
    c.notes.push(
      "The v1 values name no external MySQL (global.mysql): v1 ran the chart's in-cluster MySQL. The v2 CR names none either, so the v2 operator provisions its own; the data of the old MySQL is not moved. Move it first, or point spec.mysql.default.externalMysql at the database before applying."
    );
  }
  const redisTo = `spec.redis.${DEFAULT_INSTANCE}.externalRedis`;
  const redis = connection(
    c,
    "redis",
    "global.redis",
    redisTo,
    [
      ["host", "host", "Host"],
      ["password", "password", "Password"],
      ["caCert", "sslCa", "SslCa"]
    ],
    {
      path: "secret",
      nameField: "secretName",
      keyField: "secretKey",
      defaultKey: "REDIS_PASSWORD",
      target: "password"
    }
  ) ?? {};
  const portParams = mapRedisPort(c, redis, redisTo);
  mapRedisTls(c, redis, redisTo, portParams);
  if (Object.keys(redis).length > 0)
    c.spec.redis = { [DEFAULT_INSTANCE]: { externalRedis: inOrder(redis, REDIS_FIELDS) } };
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
      const ref = c.moveLiteral("clickhouse", "Replicated", text, "global.clickhouse.replicated");
      if (ref) {
        clickhouse.replicated = ref;
        c.mapped.push({
          from: "global.clickhouse.replicated",
          to: `spec.clickhouse.${DEFAULT_INSTANCE}.externalClickhouse.replicated`,
          secret: ref
        });
      }
    }
    c.spec.clickhouse = { [DEFAULT_INSTANCE]: { externalClickhouse: clickhouse } };
  }
}
var MYSQL_FIELDS = ["host", "port", "database", "username", "password", "sslCa"];
var REDIS_FIELDS = ["host", "port", "password", "sslCa", "tls"];
function inOrder(conn, order) {
  const sorted = {};
  for (const key of order) if (conn[key] !== void 0) sorted[key] = conn[key];
  for (const [key, value] of Object.entries(conn)) if (!(key in sorted)) sorted[key] = value;
  return sorted;
}
var MYSQL_CHART_DEFAULTS = [
  ["port", "port", "Port", "3306"],
  ["database", "database", "Database", "wandb_local"],
  ["user", "username", "Username", "wandb"]
];
function words(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function mysqlChartDefaults(c, mysql) {
  if (mysql.host === void 0) return;
  const filled = [];
  let secret;
  for (const [v1, v2, key, value] of MYSQL_CHART_DEFAULTS) {
    const from = `global.mysql.${v1}`;
    if (mysql[v2] !== void 0 || !isUnset2(c.get(from))) continue;
    const ref = c.moveLiteral("mysql", key, value, from);
    if (!ref) continue;
    c.use(from);
    mysql[v2] = ref;
    secret = ref.name;
    c.mapped.push({
      from,
      to: `spec.mysql.${DEFAULT_INSTANCE}.externalMysql.${v2} (unset in v1: the chart's default, ${value})`,
      secret: ref
    });
    filled.push(`${v1} ${value}`);
  }
  if (filled.length > 0) {
    c.notes.push(
      `The v1 values give an external MySQL without ${words(filled.map((f) => f.split(" ")[0]))}, so the v1 chart connected with its defaults (${filled.join(", ")}); they are written into Secret ${secret} for spec.mysql.${DEFAULT_INSTANCE}.externalMysql, so that the v2 operator connects to the same database as the same user.`
    );
  }
}
function portQuery(query) {
  const params = /* @__PURE__ */ new Map();
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const [key, value = ""] = pair.split("=");
    if (!params.get(key)) params.set(key, value);
  }
  return params;
}
function mapRedisPort(c, redis, to2) {
  const from = "global.redis.port";
  const text = scalarText(c.get(from));
  if (text === void 0 || !text.includes("?")) {
    const ref = c.field("redis", from, `${to2}.port`, "Port");
    if (ref) redis.port = ref;
    return /* @__PURE__ */ new Map();
  }
  c.use(from);
  const parts = text.split("?");
  const port = parts[0].trim();
  const params = portQuery(parts[parts.length - 1]);
  if (port) {
    const ref = c.moveLiteral("redis", "Port", port, from);
    if (ref) {
      redis.port = ref;
      c.mapped.push({ from, to: `${to2}.port (the part before ?)`, secret: ref });
    }
  } else {
    c.unmapped.push({
      path: from,
      reason: "no port before the `?`: set spec.redis.default.externalRedis.port by hand."
    });
  }
  for (const key of params.keys()) {
    if (key === "tls") continue;
    c.unmapped.push({
      path: `${from}?${key}`,
      reason: key === "ttlInSeconds" ? "a parameter of the v1 Redis connection string; the v2 external Redis has no field for it (host, port, password, sslCa, tls only). The v1 chart did not apply it either: its own default ttlInSeconds=604800 wins over the one in the port." : "a parameter of the v1 Redis connection string; the v2 external Redis has no field for it (host, port, password, sslCa, tls only), so it is not carried over: check whether the instance still needs it."
    });
  }
  return params;
}
function mergoEmpty(value) {
  return value === void 0 || value === null || value === false || value === 0 || value === "";
}
function mapRedisTls(c, redis, to2, portParams) {
  const sources = [];
  if (!isUnset2(c.get("global.redis.caCert")))
    sources.push({ from: "global.redis.caCert", raw: "true", path: "global.redis.caCert?tls" });
  if (portParams.has("tls"))
    sources.push({
      from: "global.redis.port?tls",
      raw: portParams.get("tls"),
      path: "global.redis.port?tls"
    });
  for (const from of ["global.redis.params.tls", "global.redis.parameters.tls"]) {
    const raw = c.get(from);
    if (raw !== void 0 && raw !== null) sources.push({ from, raw });
  }
  if (sources.length === 0) return;
  const winner = sources.find((s) => !mergoEmpty(s.raw)) ?? sources.find((s) => Boolean(scalarText(s.raw)));
  if (!winner) return;
  let ref;
  if (isObject3(winner.raw)) {
    ref = c.field("redis", winner.from, `${to2}.tls`, "Tls");
  } else {
    const text = scalarText(winner.raw) ?? "";
    ref = c.moveLiteral("redis", "Tls", text, winner.path ?? winner.from);
    if (winner.path === void 0) c.use(winner.from);
    const why = winner.from === "global.redis.caCert" ? " (the v1 chart turns TLS on with a CA certificate)" : "";
    if (ref) c.mapped.push({ from: winner.from, to: `${to2}.tls${why}`, secret: ref });
  }
  if (ref) redis.tls = ref;
  const winnerText = isObject3(winner.raw) ? void 0 : scalarText(winner.raw);
  for (const source of sources) {
    if (source === winner || source.from === "global.redis.caCert") continue;
    if (source.path === void 0) c.use(source.from);
    if (winnerText !== void 0 && scalarText(source.raw) === winnerText) continue;
    for (const path of source.path ? [source.path] : leafPaths2(source.raw, source.from)) {
      c.unmapped.push({
        path,
        reason: `overridden in v1: the chart took tls from ${winner.from} (its order: a caCert, the port's ?tls=, params.tls, parameters.tls), which is what spec.redis.default.externalRedis.tls now holds.`
      });
    }
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
function annotationStrings(c, annotations, from) {
  const strings = {};
  for (const [key, value] of Object.entries(annotations)) {
    const text = scalarText(value);
    if (text === MASK) c.unmapped.push({ path: `${from}[${key}]`, reason: MASKED_REASON });
    else if (text !== void 0) strings[key] = text;
    else if (value !== null) {
      for (const path of leafPaths2(value, `${from}[${key}]`))
        c.unmapped.push({
          path,
          reason: "an annotation value must be a string; a map or list has none to carry over."
        });
    }
  }
  return strings;
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
    c.use("ingress.annotations");
    const strings = annotationStrings(c, annotations, "ingress.annotations");
    if (Object.keys(strings).length > 0) {
      networking.annotations = strings;
      c.mapped.push({ from: "ingress.annotations", to: "spec.networking.annotations" });
    }
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
    const strings = annotationStrings(c, annotations, `${app}.serviceAccount.annotations`);
    if (Object.keys(strings).length === 0) continue;
    wandb.serviceAccount = { annotations: strings };
    c.mapped.push({ from: `${app}.serviceAccount.annotations`, to: "spec.wandb.serviceAccount.annotations" });
    return;
  }
}
function mapInternalAuth(c, wandb) {
  for (const base of ["global", "app"]) {
    const list2 = c.get(`${base}.internalJWTMap`);
    const issuer = Array.isArray(list2) && isObject3(list2[0]) ? list2[0].issuer : void 0;
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
    const entry = isObject3(node) && secret.has(`${dotted}.value`) ? moved.get(`${dotted}.value`) : void 0;
    if (entry && isObject3(node) && scalarText(node.value) === entry.value) {
      const rest = { ...node };
      delete rest.value;
      return { ...rest, valueFrom: { secretKeyRef: entry.ref } };
    }
    if (dotted === "global.redis.port" && typeof node === "string") return maskPortQuery(node);
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, String(i)]));
    if (isObject3(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, [...path, k])]));
    return node;
  };
  return scanSecrets(walk(values, [])).masked;
}
function maskPortQuery(text) {
  const q = text.indexOf("?");
  if (q < 0) return text;
  const pairs = text.slice(q + 1).split("&").map((pair) => {
    const eq = pair.indexOf("=");
    return eq > 0 && isSecretKey(pair.slice(0, eq)) ? `${pair.slice(0, eq)}=${MASK}` : pair;
  });
  return `${text.slice(0, q + 1)}${pairs.join("&")}`;
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
function secretsPlacement(input) {
  if (input.given) {
    return { where: "given", path: input.given, name: basename(input.given), why: "secrets-output names it" };
  }
  const beside = secretsPathFor(input.output);
  const name = basename(beside);
  if (input.actions) {
    return {
      where: "temp",
      name,
      why: "under GitHub Actions the workspace is a checkout a later step may commit or upload, so not beside the CR"
    };
  }
  if (input.git === "not-ignored") {
    return {
      where: "temp",
      name,
      why: `${dirname2(beside)} is in a git work tree that does not ignore ${name}, so not beside the CR`
    };
  }
  return {
    where: "beside",
    path: beside,
    name,
    why: input.git === "ignored" ? "beside the CR, where git ignores it" : "beside the CR (not in a git work tree)"
  };
}
function secretsFileNote(output, given) {
  return `${basename(given ?? secretsPathFor(output))}, at the path migrate's secrets-path output gives`;
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
function pullRequestRefusal(plan, output, text, redact) {
  if (plan.blockers.length > 0) return `${output} cannot be applied as it is: ${plan.blockers.join(" ")}`;
  if (plan.inline.length > 0) {
    return `${output} holds values that look like secrets inline (${plan.inline.join(", ")}); a pull request would publish them.`;
  }
  if (redact(text) !== text) return `${output} holds a secret value; a pull request would publish it.`;
  return void 0;
}
function crNotPassedState(input) {
  const { name, namespace } = input;
  const secrets = input.secrets.length ? ` The Secrets ${input.secrets.join(", ")} exist.` : "";
  if (input.cr === "not-applied") {
    return `State: the v2 CR was not applied (the CR in the cluster is as it was before this run).${secrets} Fix what apply-cr reports and run again with confirm: true.`;
  }
  const look = `To see what it left: the CR's conditions and migration status (kubectl describe weightsandbiases.apps.wandb.com ${name} -n ${namespace}), the migration Jobs (kubectl get jobs -n ${namespace} -l app.kubernetes.io/component=migration) and a Job's log (kubectl logs -n ${namespace} job/<name>).`;
  const next = "Once the operator reconciles again (after a change to the spec, or if it retries the migration by itself), a rerun with confirm: true checks the gates again and goes on to verify; running again with the same file does not by itself make the operator retry.";
  if (input.cr === "unknown") {
    return `State: unknown: the v2 CR could not be read back, so it may or may not be applied (kubectl get weightsandbiases.apps.wandb.com ${name} -n ${namespace} -o yaml shows it).${secrets} ${look} ${next}`;
  }
  return `State: the v2 CR is applied and stays applied (not rolled back: the spec before it was the same v1 CR at the same version).${secrets} ${look} ${next}`;
}
function secretsFailedState(names, existing) {
  const missing = names.filter((n) => !existing?.includes(n));
  const found = existing === void 0 ? `some of the Secrets ${names.join(", ")} may exist now (kubectl applies them one at a time; they could not be listed after the failure)` : existing.length === 0 ? `none of the Secrets ${names.join(", ")} exists` : `the Secret${existing.length === 1 ? "" : "s"} ${existing.join(", ")} exist${existing.length === 1 ? "s" : ""} now${missing.length ? `, ${missing.join(", ")} not` : ""}`;
  return `State: ${found}; the v2 CR was not applied (the CR in the cluster is as it was before this run). A rerun with confirm: true applies them again.`;
}
function unverifiedState(secrets) {
  return `State: the v2 CR stays applied${secrets.length ? ` and the Secrets ${secrets.join(", ")} exist` : ""}. Fix what verify reports and run verify again. The CR's annotations legacy.operator.wandb.com/v1-chart and v1-values record the v1 chart and values with every secret referenced (moved into the Secrets) or masked: not the original values.`;
}
var YAML_PROBLEMS = {
  BLOCK_AS_IMPLICIT_KEY: "a value holds an unquoted ': ' (quote the value)",
  MISSING_CHAR: "a quote or a bracket is not closed",
  DUPLICATE_KEY: "a key appears twice in one mapping (which value was meant is not known)",
  BAD_INDENT: "the indentation is wrong",
  MULTILINE_IMPLICIT_KEY: "a key runs over more than one line",
  UNEXPECTED_TOKEN: "something unexpected stands here"
};
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
function readSecretsManifests(text, file) {
  const lineCounter = new import_yaml4.LineCounter();
  const docs = (0, import_yaml4.parseAllDocuments)(text, { lineCounter });
  const list2 = Array.isArray(docs) ? docs : [docs];
  const fix = `Fix ${file} (or remove it to have it written afresh from the cluster) and run again.`;
  const refuse = (line, column, problem) => {
    throw new UserError(
      `${file}:${line}:${column}: ${problem}; the Secrets' file is not applied (its values are not shown here). Nothing in the cluster was changed.`,
      fix,
      { file, line, column }
    );
  };
  const at2 = (doc, path) => {
    const node = doc.getIn(path, true);
    return node?.range ? lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
  };
  const result = { items: [], names: [], values: [] };
  for (const doc of list2) {
    const error = doc.errors[0];
    if (error) {
      const [pos] = error.linePos ?? [{ line: 1, col: 1 }];
      const more = doc.errors.length > 1 ? ` (and ${doc.errors.length - 1} more YAML error(s) after it)` : "";
      refuse(pos.line, pos.col, `the YAML does not parse: ${YAML_PROBLEMS[error.code] ?? error.code}${more}`);
    }
    const body = doc.toJSON();
    if (body === null || body === void 0) continue;
    if (typeof body !== "object" || Array.isArray(body)) {
      const pos = at2(doc, []);
      refuse(pos.line, pos.col, "a document is not a mapping (a Secret manifest)");
    }
    const secret = body;
    const name = typeof secret.metadata?.name === "string" ? secret.metadata.name : "(no metadata.name)";
    const data = {};
    for (const field of ["data", "stringData"]) {
      const map = secret[field];
      if (map === void 0) continue;
      if (map === null || typeof map !== "object" || Array.isArray(map)) {
        const pos = at2(doc, [field]);
        refuse(pos.line, pos.col, `${field} of Secret ${name} is not a mapping of keys to values`);
      }
      for (const [key, value] of Object.entries(map)) {
        const pos = () => at2(doc, [field, key]);
        const ok = field === "data" ? typeof value === "string" : ["string", "number", "boolean"].includes(typeof value);
        if (!ok) {
          const { line, col } = pos();
          const kind = value === null ? "empty" : Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : `a ${typeof value}`;
          refuse(
            line,
            col,
            `${field}.${key} of Secret ${name} is ${kind}, not ${field === "data" ? "a base64 string" : "a single value"}`
          );
        }
        if (field === "data") {
          const encoded = value.replace(/\s+/g, "");
          if (!BASE64.test(encoded)) {
            const { line, col } = pos();
            refuse(line, col, `data.${key} of Secret ${name} is not base64 (stringData takes plain text)`);
          }
          data[key] = encoded;
          result.values.push(Buffer.from(encoded, "base64").toString("utf8"));
        } else {
          const plain = String(value);
          data[key] = Buffer.from(plain, "utf8").toString("base64");
          result.values.push(plain);
        }
      }
    }
    result.names.push(...typeof secret.metadata?.name === "string" ? [secret.metadata.name] : []);
    const { stringData: _dropped, ...rest } = secret;
    void _dropped;
    result.items.push(
      secret.data === void 0 && secret.stringData === void 0 ? rest : { ...rest, data }
    );
  }
  return result;
}
function secretsList(manifests) {
  return JSON.stringify({ apiVersion: "v1", kind: "List", items: manifests.items });
}
function prFailureState(input) {
  const head = `State: ${input.written} written; nothing in the cluster changed;`;
  if (!input.pushed)
    return `${head} the branch ${input.branch} and the pull request are as they were before this run.`;
  const commit = input.pushed.commit ? `commit ${input.pushed.commit.slice(0, 12)}` : "the new commit";
  const pr = input.existing !== void 0 ? `pull request #${input.existing} shows it, but its title and description were not updated` : "the pull request was not opened";
  return `${head} the branch ${input.branch} now holds ${commit} with the v2 CR; ${pr}. A rerun does not push again and goes on to the pull request.`;
}

// src/migrate/v2-flow.ts
function writePrivate(path, text) {
  mkdirSync2(dirname3(path), { recursive: true });
  rmSync(path, { force: true });
  writeFileSync2(path, text, { mode: 384, flag: "wx" });
}
async function gitPlace(path, env, run = execute) {
  const git = (args) => run({ command: "git", role: "git", args, cwd: dirname3(path), env, timeoutMs: 15e3 });
  try {
    const inside = await git(["rev-parse", "--is-inside-work-tree"]);
    if (inside.code !== 0) return /not a git repository/i.test(inside.stderr) ? "outside" : "not-ignored";
    if (inside.stdout.trim() !== "true") return "not-ignored";
    const ignored = await git(["check-ignore", "-q", "--", basename2(path)]);
    return ignored.code === 0 ? "ignored" : "not-ignored";
  } catch {
    return "not-ignored";
  }
}
function privateDirFor(env, namespace, name) {
  const base = env.RUNNER_TEMP || tmpdir();
  mkdirSync2(base, { recursive: true });
  const dir = join2(base, `wandb-migrate-v2-${namespace}-${name}`);
  try {
    mkdirSync2(dir, { mode: 448 });
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid) {
    throw new UserError(
      `${dir}, where the Secrets' file of this CR goes, exists and is not a directory of this user; nothing was written there and nothing in the cluster was changed.`,
      `Remove ${dir}, or name another place with secrets-output.`
    );
  }
  chmodSync2(dir, 448);
  return dir;
}
async function planV2(client, options, ctx) {
  const ref = { name: options.name, namespace: options.crNamespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.info(`Reading ${label} as apps.wandb.com/v1 and its Secret ${ref.name}-spec-active.`);
  const source = await readLiveV1(client, ref, ctx.redactor);
  const conversion = convertToV2(source);
  ctx.out.setOutput("values-source", conversion.valuesSource);
  ctx.out.setOutput("wandb-version", conversion.version);
  const reviewed = options.confirm && existsSync2(options.output);
  const text = reviewed ? readFileSync2(options.output, "utf8") : (
    // The Secrets' file by its name, never by where this run put it: a rerun (from another checkout, or into
    // another temporary directory) proposes the same bytes.
    v2CrFileText(conversion, {
      source: label,
      secretsFile: secretsFileNote(options.output, options.secretsOutput)
    })
  );
  if (!reviewed) {
    mkdirSync2(dirname3(options.output), { recursive: true });
    writeFileSync2(options.output, text);
  }
  const actions = ctx.env.GITHUB_ACTIONS === "true" || Boolean(ctx.env.RUNNER_TEMP);
  const proposing = Boolean(options.pullRequest);
  const placement = secretsPlacement({
    output: options.output,
    given: options.secretsOutput,
    actions,
    // git is asked only when its answer decides.
    git: options.secretsOutput || actions || proposing ? "outside" : await gitPlace(secretsPathFor(options.output), ctx.env)
  });
  const secretsTemporary = placement.where === "temp";
  let secretsPath = proposing ? "" : placement.path ?? "";
  const reviewedSecrets = options.confirm && secretsPath !== "" && existsSync2(secretsPath);
  let secrets;
  if (reviewedSecrets) {
    try {
      secrets = readSecretsManifests(readFileSync2(secretsPath, "utf8"), secretsPath);
    } catch (error) {
      ctx.out.setOutput("result", "refused");
      throw error;
    }
    for (const value of secrets.values) ctx.redactor.add(value);
  } else if (conversion.secrets.length > 0 && !proposing) {
    if (!secretsPath) secretsPath = join2(privateDirFor(ctx.env, ref.namespace, ref.name), placement.name);
    const secretsText = secretsFileText(conversion);
    secrets = readSecretsManifests(secretsText, secretsPath);
    for (const value of secrets.values) ctx.redactor.add(value);
    writePrivate(secretsPath, secretsText);
  }
  const besideCr = secretsPathFor(options.output);
  if (secretsTemporary && !proposing && conversion.secrets.length > 0 && existsSync2(besideCr)) {
    ctx.out.warning(
      `${besideCr} (Secrets' manifests from an earlier run) is in the CR's directory; this run does not use it. Delete it, and never commit it.`
    );
  }
  if (!secrets) secretsPath = "";
  ctx.out.setOutput("cr-path", options.output);
  ctx.out.setOutput("secrets-path", secretsPath);
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
  if (conversion.secrets.length > 0 && proposing) {
    ctx.out.info(
      `The ${conversion.secrets.length} Secret${conversion.secrets.length === 1 ? "" : "s"} the v2 CR references (${conversion.secrets.map((s) => s.name).join(", ")}) are not written to a file: the pull request never carries them, and confirm creates them from the cluster.`
    );
  } else if (reviewedSecrets) {
    ctx.out.info(`Using the reviewed Secrets in ${secretsPath} as they are.`);
  } else if (conversion.secrets.length > 0) {
    ctx.out.info(
      `Wrote ${conversion.secrets.length} Secret manifest${conversion.secrets.length === 1 ? "" : "s"} to ${secretsPath} (mode 0600${secretsTemporary ? ", in a private temporary directory" : ""}: ${placement.why}; never commit it): ${conversion.secrets.map((s) => s.name).join(", ")}.${options.confirm ? "" : ` It stays until you delete it${secretsTemporary ? " (a rerun for this CR overwrites it; a confirm that succeeds deletes it)" : ""}.`}`
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
  return {
    conversion,
    crName,
    crNamespace,
    crLabel,
    secretsPath,
    secretsName: placement.name,
    ...secrets ? { secrets } : {},
    secretsTemporary: secretsTemporary && secretsPath !== "" && !reviewedSecrets,
    cr: built.cr,
    text,
    hostname,
    blockers
  };
}
async function crInCluster(client, plan) {
  const read = await client.kubectl(["get", V2_RESOURCE, plan.crName, "-n", plan.crNamespace, "-o", "json"], {
    allowFailure: true
  });
  if (read.code !== 0) return /NotFound/.test(read.stderr) ? "not-applied" : "unknown";
  try {
    const live = JSON.parse(read.stdout);
    delete live.metadata?.annotations?.[LAST_GOOD_ANNOTATION];
    return sameConfiguration(live, plan.cr) ? "applied" : "not-applied";
  } catch {
    return "unknown";
  }
}
async function existingSecrets(client, namespace, names) {
  const listed = await client.kubectl(
    ["get", "secret", ...names, "-n", namespace, "--ignore-not-found", "-o", "name"],
    { allowFailure: true }
  );
  if (listed.code !== 0) return void 0;
  const found = new Set(listed.stdout.split("\n").map((line) => line.trim().replace(/^secrets?\//, "")));
  return names.filter((name) => found.has(name));
}
var V2_RESOURCE = `weightsandbiases.v2.${CR_RESOURCE.slice("weightsandbiases.".length)}`;
var LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
async function dropLastApplied(client, namespace, names, ctx) {
  const listed = await client.kubectl(["get", "secret", ...names, "-n", namespace, "-o", "json"], {
    allowFailure: true
  });
  let carrying;
  try {
    if (listed.code !== 0) throw new Error(listed.stderr.trim());
    const body = JSON.parse(listed.stdout);
    const items = body.items ?? [body];
    carrying = items.filter((item) => item.metadata?.annotations?.[LAST_APPLIED] !== void 0).map((item) => item.metadata?.name ?? "").filter(Boolean);
  } catch (error) {
    ctx.out.warning(
      `Could not check the Secrets ${names.join(", ")} for the annotation ${LAST_APPLIED} (a client-side apply leaves their values there in plaintext): ${errorMessage(error).split("\n")[0]}. Remove it wherever it is (harmless where it is not): kubectl annotate secret ${names.join(" ")} -n ${namespace} ${LAST_APPLIED}-`
    );
    return;
  }
  for (const name of carrying) {
    const dropped = await client.kubectl(["annotate", "secret", name, "-n", namespace, `${LAST_APPLIED}-`], {
      allowFailure: true
    });
    if (dropped.code === 0)
      ctx.out.info(
        `Removed the annotation ${LAST_APPLIED} from Secret ${name}: it held the values in plaintext.`
      );
    else
      ctx.out.warning(
        `Secret ${name} carries the annotation ${LAST_APPLIED}, which holds its values in plaintext, and it could not be removed: ${dropped.stderr.trim()}. Remove it: kubectl annotate secret ${name} -n ${namespace} ${LAST_APPLIED}-`
      );
  }
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
    ctx.out.error(`Nothing in the cluster was changed: ${refused.reason}`);
    ctx.out.info(`  fix: ${refused.fix}`);
    return 1;
  }
  const secrets = plan.secrets;
  const hasSecrets = secrets !== void 0 && plan.secretsPath !== "";
  const names = secrets?.names ?? [];
  const files = [...hasSecrets ? [plan.secretsPath] : [], options.output];
  const apply = ["apply", "--server-side", `--field-manager=${FIELD_MANAGER}`, "-n", plan.crNamespace];
  let secretsFileGone = false;
  const secretsKept = () => {
    if (hasSecrets && !secretsFileGone)
      ctx.out.info(
        `The Secrets' file ${plan.secretsPath} is kept (mode 0600): never commit it; delete it when you no longer need it.`
      );
  };
  const stateNow = () => `State: ${steps.length ? `done before it stopped: ${steps.join("; ")}` : "nothing in the cluster was changed"}.`;
  const stopCancel = onCancel(() => {
    ctx.out.setOutput("result", "failed");
    ctx.out.error(`The cutover was cancelled. ${stateNow()}`);
    secretsKept();
    ctx.out.summary(
      [
        "#### Cutover",
        "",
        ...steps.map((s, i) => `${i + 1}. ${s}`),
        "",
        `**Result:** cancelled. ${stateNow()}`,
        ""
      ].join("\n")
    );
  });
  const finish = (result, code2, line, state) => {
    ctx.out.setOutput("result", result);
    if (code2 === 0) ctx.out.print(line);
    else {
      ctx.out.error(`${line} ${state}`);
      secretsKept();
    }
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
    return code2;
  };
  const applyCr = async (dryRun) => runApplyCr(
    {
      ...kubeRaw(options, secondsLeft()),
      config: [options.output],
      set: [],
      name: plan.crName,
      namespace: plan.crNamespace,
      "dry-run": dryRun,
      // No rollback: the spec before this one is the same v1 CR as the webhook converted it (or, with no
      // webhook, none), at the same version; re-applying it restores nothing the v2 operator has not already
      // tried. The v2 CR stays applied and the state is reported.
      "rollback-on-failure": false,
      "force-conflicts": false,
      "poll-interval": options.pollSeconds
    },
    stepContext(ctx)
  );
  try {
    ctx.out.info("== 1/4 Check the Secrets and the v2 CR with the API server (server-side dry run)");
    for (const file of files) {
      const isSecrets = file === plan.secretsPath;
      const checked = await client.kubectl([...apply, "--dry-run=server", "-f", isSecrets ? "-" : file], {
        allowFailure: true,
        ...isSecrets ? { stdin: secretsList(secrets) } : {}
      });
      if (checked.code !== 0) {
        steps.push(`the API server refused ${file}`);
        return finish(
          "refused",
          1,
          `The API server refused ${file}: ${checked.stderr.trim()}`,
          "Nothing in the cluster was changed."
        );
      }
    }
    steps.push(`the API server accepts ${files.join(" and ")} (dry run)`);
    const before = await crInCluster(client, plan);
    if (before === "applied") {
      ctx.out.info(
        `== 2/4 ${plan.crLabel} is already applied as this v2 CR (an earlier run): step 4 checks its rollout`
      );
      steps.push(`${plan.crLabel} is already applied as this v2 CR`);
    } else {
      ctx.out.info(`== 2/4 Check ${plan.crLabel} with apply-cr (dry run: nothing is written)`);
      if (await applyCr(true) !== 0) {
        steps.push(`apply-cr (dry run) refused ${plan.crLabel}`);
        return finish(
          "refused",
          1,
          `apply-cr would not apply ${plan.crLabel} (its log above says why).`,
          "Nothing in the cluster was changed: no Secret was created and the CR is as it was."
        );
      }
      steps.push(`apply-cr accepts ${plan.crLabel} (dry run)`);
    }
    if (hasSecrets) {
      ctx.out.info(`== 3/4 Create the Secrets the v2 CR references (${names.join(", ")})`);
      steps.push(`applying the Secrets ${names.join(", ")} (some may exist from here on)`);
      const created = await client.kubectl([...apply, "-f", "-"], {
        allowFailure: true,
        stdin: secretsList(secrets)
      });
      if (created.code !== 0) {
        const state = secretsFailedState(names, await existingSecrets(client, plan.crNamespace, names));
        steps.push("the Secrets apply failed");
        return finish(
          "failed",
          1,
          `Applying the Secrets of ${plan.secretsPath} failed: ${created.stderr.trim()}`,
          state
        );
      }
      steps[steps.length - 1] = `applied the Secrets ${names.join(", ")} (server-side, field manager ${FIELD_MANAGER})`;
      await dropLastApplied(client, plan.crNamespace, names, ctx);
    } else {
      ctx.out.info("== 3/4 No Secrets to create: the v2 CR references none");
    }
    ctx.out.info(`== 4/4 Apply ${plan.crLabel} as apps.wandb.com/v2 and wait through the cutover gates`);
    steps.push(`applying ${plan.crLabel} with apply-cr`);
    const applied = await applyCr(false);
    if (applied !== 0) {
      const after = await crInCluster(client, plan);
      steps[steps.length - 1] = after === "applied" ? `${plan.crLabel} is applied but did not pass the cutover gates` : after === "not-applied" ? `apply-cr did not apply ${plan.crLabel}` : `apply-cr stopped; whether ${plan.crLabel} is applied is not known`;
      return finish(
        "failed",
        1,
        after === "not-applied" ? `apply-cr did not apply ${plan.crLabel} (its log above says why).` : `${plan.crLabel} did not pass the cutover gates (apply-cr's log above says which).`,
        crNotPassedState({ cr: after, name: plan.crName, namespace: plan.crNamespace, secrets: names })
      );
    }
    steps[steps.length - 1] = `applied ${plan.crLabel} as v2; it passed the cutover gates`;
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
        unverifiedState(names)
      );
    }
    steps.push(
      `verify passed against ${host}${verified.serverVersion ? ` (server ${verified.serverVersion})` : ""}`
    );
    steps.push(secretsFileAfter(plan, ctx));
    secretsFileGone = plan.secretsTemporary;
    return finish(
      "migrated",
      0,
      `Migrated: ${plan.crLabel} runs as apps.wandb.com/v2 (version ${plan.conversion.version}), rolled out and verified.`,
      ""
    );
  } catch (error) {
    const state = stateNow();
    if (error instanceof UserError) {
      ctx.out.setOutput("result", "failed");
      ctx.out.error(`${error.message} ${state}`);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      secretsKept();
      return 1;
    }
    ctx.out.setOutput("result", "failed");
    ctx.out.error(`The cutover stopped on an unexpected error: ${errorMessage(error)}. ${state}`);
    secretsKept();
    throw error;
  } finally {
    stopCancel();
  }
}
function secretsFileAfter(plan, ctx) {
  if (!plan.secretsPath) return "no Secrets file";
  if (plan.secretsTemporary) {
    rmSync(dirname3(plan.secretsPath), { recursive: true, force: true });
    ctx.out.info(`Deleted ${plan.secretsPath} (the Secrets are in the cluster; this run made the file).`);
    return `deleted the Secrets' file ${plan.secretsPath} (a temporary file of this run)`;
  }
  ctx.out.warning(
    `${plan.secretsPath} stays: it holds the Secrets' values in plaintext (mode 0600). Never commit it; delete it once you no longer need it (the Secrets are in the cluster).`,
    { file: plan.secretsPath, line: 1, column: 1 }
  );
  return `kept the Secrets' file ${plan.secretsPath} (not made by this run in a temporary directory): never commit it`;
}

// src/pr/body.ts
function details(summary, content) {
  return [
    "<details>",
    `<summary>${escapeHtml(summary)}</summary>`,
    "",
    content.trim(),
    "",
    "</details>"
  ].join("\n");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function fitBody(head, sections, footer, limit = GITHUB_BODY_LIMIT) {
  const parts = [head.trimEnd()];
  const left = [];
  let used = parts[0].length + footer.length + 2;
  const reserve = 200;
  for (const section of sections) {
    const folded = details(section.title, section.text);
    if (left.length === 0 && used + folded.length + 2 + reserve <= limit) {
      parts.push(folded);
      used += folded.length + 2;
    } else left.push(section.title);
  }
  if (left.length > 0) {
    parts.push(`\u2026 left out to stay under GitHub's size limit: ${left.join(", ")} (see the job's log).`);
  }
  let body = `${parts.join("\n\n")}

${footer}`;
  if (body.length > limit) {
    body = `${head.slice(0, Math.max(0, limit - footer.length - 40))}

\u2026 (cut to fit)

${footer}`;
  }
  return body;
}
function renderMarker(name, value) {
  return `<!-- wandb-operator-actions:${name} ${JSON.stringify(value)} -->`;
}
function readMarker(body, name) {
  if (!body) return void 0;
  const start = `<!-- wandb-operator-actions:${name} `;
  const at2 = body.lastIndexOf(start);
  if (at2 < 0) return void 0;
  const end = body.indexOf(" -->", at2 + start.length);
  if (end < 0) return void 0;
  try {
    return JSON.parse(body.slice(at2 + start.length, end));
  } catch {
    return void 0;
  }
}

// src/migrate/v2-pr-body.ts
var MIGRATE_COMMIT_TRAILER = "Generated-by: wandb-operator-actions migrate";
var MARKER = "migrate-v2";
function isOwnMigrateCommit(message) {
  return hasTrailer(message, MIGRATE_COMMIT_TRAILER);
}
function readMigrateMarker(body) {
  const value = readMarker(body, MARKER);
  return value && typeof value.cr === "string" ? { cr: value.cr } : void 0;
}
function v2PrTitle(input) {
  return `Migrate ${input.crLabel} to W&B operator v2 (W&B Server ${input.conversion.version})`;
}
function v2CommitMessage(input) {
  const { conversion } = input;
  const secrets = conversion.secrets.length;
  return [
    `Add the operator v2 CR of ${input.crLabel}`,
    "",
    `${input.path}: the apps.wandb.com/v2 resource converted from the live v1 CR by migrate --to v2, W&B Server ${conversion.version} pinned, retentionPolicy onDelete detach.`,
    ...secrets > 0 ? [`It references ${secrets} Secret${secrets === 1 ? "" : "s"}, which are not in this commit.`] : [],
    "",
    MIGRATE_COMMIT_TRAILER,
    ""
  ].join("\n");
}
var code = (text) => `\`${text.replace(/`/g, "'")}\``;
function v2PrBody(input) {
  const { conversion, crLabel } = input;
  const secrets = conversion.secrets;
  const head = [
    `This pull request adds ${code(input.path)}: the \`apps.wandb.com/v2\` resource that \`wandb-operator-actions migrate --to v2\` converted from the live v1 CR ${crLabel} (values from ${conversion.valuesSource === "spec-active" ? "its `<cr>-spec-active` Secret, which the v1 operator last applied" : "its `spec.values`"}). Merging it changes nothing in the cluster: the cutover is the confirm step below.`,
    "",
    "> [!WARNING]",
    "> Operator v2 is in beta. Keep production on v1 until W&B declares v2 generally available for your version, and cut over a test cluster first.",
    "",
    "### What the v2 CR pins",
    "",
    `- W&B Server **${conversion.version}** in \`spec.wandb.version\` (the version running now: the cutover changes the operator, not W&B Server).`,
    "- `spec.retentionPolicy.onDelete: detach`: deleting the CR leaves the databases and the bucket in place.",
    `- The same object: ${crLabel}. The v2 CR replaces the v1 CR in place; its annotations \`legacy.operator.wandb.com/v1-chart\` and \`v1-values\` record the v1 chart and values with every secret referenced (moved into the Secrets) or masked, not the original values.`
  ];
  if (conversion.unmapped.length > 0) {
    head.push(
      "",
      `### Not carried over (${conversion.unmapped.length})`,
      "",
      "These v1 values have no place in the v2 CR; decide for each before the cutover (the reasons are in the migrate log and job summary):",
      "",
      ...conversion.unmapped.map((u) => `- ${code(u.path)}`)
    );
  }
  head.push("", "### The Secrets (not in this pull request)", "");
  if (secrets.length === 0) {
    head.push("The v2 CR references no Secret that migrate creates.");
  } else {
    head.push(
      `The v2 CR references ${secrets.length} Secret${secrets.length === 1 ? "" : "s"} holding the values moved out of the v1 values. Their values are not in this pull request, its branch or its commit:`,
      "",
      "| Secret | Keys |",
      "| --- | --- |",
      ...secrets.map(
        (s) => `| ${code(s.name)} | ${Object.keys(s.data).map((k) => code(k)).join(", ")} |`
      ),
      "",
      `The confirm step creates them from the live v1 CR, with server-side apply (no value lands in an annotation). To create them yourself first (to keep them in your secret store, or to check them): run migrate without pull-request where you can reach the cluster; its \`secrets-path\` output names the file with their manifests, ${code(input.secretsFile)} (mode 0600; under GitHub Actions in a private directory under RUNNER_TEMP, removed when the job ends). Apply it server-side, as below (a plain \`kubectl apply\` would copy the values, in plaintext, into the annotation kubectl.kubernetes.io/last-applied-configuration), then delete it:`,
      "",
      "```sh",
      `kubectl apply --server-side --field-manager=wandb-operator-actions -n ${input.namespace} -f <secrets-path>`,
      "```",
      "",
      "Never commit that file, and do not add it to this branch."
    );
  }
  head.push(
    "",
    "### Cutover",
    "",
    "- [ ] Install operator v2 (with cert-manager) and make sure it serves `apps.wandb.com/v2`.",
    "- [ ] Review the converted values below and the paths not carried over above; merge this pull request.",
    `- [ ] Run migrate again with \`confirm: true\` on the merged file (\`to: v2\`, \`name: ${input.name}\`, \`cr-namespace: ${input.namespace}\`, \`output: ${input.path}\`, and \`api-key\`). It applies the file as it is, after a server-side dry run: the Secrets, then the v2 CR. It waits until the operator has observed it, reports Ready and has run the migration for ${conversion.version}, then runs verify. It reports success only when verify passes.`
  );
  const rows = conversion.mapped.map(
    (m) => `| ${code(m.from)} | ${code(m.to)} | ${m.secret ? `Secret ${code(m.secret.name)}, key ${code(m.secret.key)}` : ""} |`
  );
  const sections = [
    {
      title: `Converted values (${conversion.mapped.length})`,
      text: ["| v1 value | v2 field | moved into |", "| --- | --- | --- |", ...rows].join("\n")
    },
    ...conversion.notes.length > 0 ? [{ title: "Conversion notes", text: conversion.notes.map((n) => `- ${n}`).join("\n") }] : []
  ];
  const footer = [
    "---",
    `<sub>Opened by wandb-operator-actions \`migrate --to v2\`. A rerun with the same CR changes nothing; a changed conversion updates this pull request in place (title, description, the one commit on its branch). Commits pushed to the branch by anyone else stop those updates.</sub>`,
    "",
    renderMarker(MARKER, { cr: `${input.namespace}/${input.name}` }),
    ""
  ].join("\n");
  return fitBody(
    neutraliseReferences(head.join("\n")),
    sections.map((s) => ({ title: s.title, text: neutraliseReferences(s.text) })),
    footer,
    input.maxLength
  );
}

// src/migrate/v2-pr.ts
var NOUN = "the migration pull request";
async function proposeV2(plan, options, ctx) {
  const pr = options.pullRequest;
  const text = plan.text;
  const refused = pullRequestRefusal(
    { blockers: plan.blockers, inline: plan.conversion.inline },
    options.output,
    text,
    (t) => ctx.redactor.redact(t)
  );
  if (refused) {
    ctx.out.setOutput("result", "refused");
    ctx.out.setOutput("pull-request-operation", "none");
    ctx.out.error(`No pull request was opened or updated: ${refused}`, {
      file: options.output,
      line: 1,
      column: 1
    });
    ctx.out.info(
      `  fix: Fix ${options.output} (the log above says how) and run again. Nothing in the cluster or on GitHub changed.`
    );
    return 1;
  }
  const progress = {};
  try {
    const outcome = await openOrUpdate(plan, pr, text, ctx, progress);
    ctx.out.setOutput("result", "planned");
    ctx.out.setOutput("pull-request-operation", outcome.operation);
    ctx.out.setOutput("pull-request-number", outcome.pullRequest ? String(outcome.pullRequest.number) : "");
    ctx.out.setOutput("pull-request-url", outcome.pullRequest?.url ?? "");
    const where = outcome.pullRequest ? `pull request #${outcome.pullRequest.number} (${outcome.pullRequest.url})` : "";
    const line = outcome.operation === "created" ? `Opened ${where} with ${pr.path} for review.` : outcome.operation === "updated" ? `Updated ${where} with ${pr.path}.` : outcome.pullRequest ? `${where} already holds this v2 CR; nothing changed.` : `The base branch already holds this v2 CR at ${pr.path}; no pull request is needed.`;
    ctx.out.print(
      `${line} Nothing in the cluster was changed. After the review, run again with confirm: true.`
    );
    ctx.out.summary(
      `**Pull request**: ${outcome.pullRequest ? `[#${outcome.pullRequest.number}](${outcome.pullRequest.url}) (${outcome.operation})` : "none needed"}: \`${pr.path}\` on \`${pr.branch}\`. The Secrets' file is not in it. Nothing in the cluster was changed.
`
    );
    return 0;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    ctx.out.setOutput("result", "failed");
    const commit = progress.pushed && progress.tip ? await progress.tip() : void 0;
    ctx.out.error(
      `${error.message} ${prFailureState({
        written: options.output,
        branch: pr.branch,
        ...progress.pushed ? { pushed: commit ? { commit } : {} } : {},
        ...progress.existing !== void 0 ? { existing: progress.existing } : {}
      })}`
    );
    if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
    return 1;
  }
}
async function openOrUpdate(plan, pr, text, ctx, progress) {
  const github = createGitHubClient({
    baseUrl: pr.githubApiUrl,
    token: pr.token,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    env: ctx.env,
    onSecret: (secret) => ctx.redactor.add(secret)
  });
  const repo = new Repository({
    cwd: pr.repositoryPath,
    remote: pr.remote,
    token: pr.token,
    env: ctx.env,
    redactor: ctx.redactor
  });
  const explain = (error, action) => explainGitHubError(error, action, github);
  ctx.out.info(`Opening the v2 CR for review: ${pr.path} on the branch ${pr.branch}.`);
  const tips = await fetchTips(repo, pr.branch, pr.base, NOUN);
  const pulls = new PullRequests(github.octokit, await repositoryOf(pr.repository, repo));
  const prs = await pulls.forBranch(pr.branch).catch((error) => {
    throw explain(error, `list the pull requests of ${pr.branch}`);
  });
  const open = prs.find((p) => p.state === "open");
  if (open) progress.existing = open.number;
  if (open && !readMigrateMarker(open.body)) {
    throw new UserError(
      `Pull request #${open.number} uses the branch ${pr.branch} but was not opened by migrate (its description has no migrate marker); it is left as it is.`,
      "Close it, or give this job another branch ('branch' input)."
    );
  }
  const files = { [pr.path]: text };
  if (!open && await repo.readFile(tips.baseSha, pr.path) === text) return { operation: "none" };
  const s = {
    ctx,
    git: repo,
    pulls,
    explain,
    branch: pr.branch,
    dryRun: false,
    noun: NOUN,
    ...tips
  };
  const foreign = await foreignCommits(s, isOwnMigrateCommit);
  if (foreign.length > 0) {
    throw new UserError(
      `The branch ${pr.branch} has ${foreign.length} commit(s) this job did not make: ${describeCommits(foreign)}. They are not overwritten, so the v2 CR is not pushed.`,
      `Merge or close ${open ? `pull request #${open.number}` : "the pull request"} and delete the branch, or drop those commits from it; then run again.`
    );
  }
  const input = {
    conversion: plan.conversion,
    crLabel: plan.crLabel,
    name: plan.crName,
    namespace: plan.crNamespace,
    path: pr.path,
    secretsFile: plan.secretsName
  };
  const holds = await branchHolds(repo, tips.branchSha, files);
  const pushed = holds ? false : await pushFiles(s, {
    files,
    message: ctx.redactor.redact(v2CommitMessage(input)),
    author: pr.author
  });
  if (pushed) {
    ctx.out.info(`Pushed the commit with ${pr.path} to ${pr.branch}.`);
    progress.pushed = {};
    progress.tip = () => repo.lsRemote([pr.branch]).then((remote) => remote.heads.get(`refs/heads/${pr.branch}`)).catch(() => void 0);
  }
  const wanted = {
    title: ctx.redactor.redact(v2PrTitle(input)),
    body: ctx.redactor.redact(v2PrBody(input)),
    labels: pr.labels
  };
  return createOrUpdate(s, {
    title: wanted.title,
    body: wanted.body,
    existing: open,
    change: (existing) => changeFor(existing, wanted),
    labels: pr.labels,
    assignees: pr.assignees,
    reviewers: pr.reviewers,
    branchMoved: pushed
  });
}

// src/commands/migrate/options.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
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
  const secretsOutput = str(raw, "secrets-output");
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
    secretsOutput: secretsOutput === void 0 ? void 0 : resolve(ctx.cwd, secretsOutput),
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
  if (bool(raw, "pull-request")) options.pullRequest = pullRequestOptions(raw, options, ctx);
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
function defaultBranch(namespace, name) {
  return `wandb-operator-actions/migrate-v2-${namespace}-${name}`;
}
function pullRequestOptions(raw, options, ctx) {
  if (options.to !== "v2") {
    throw new UsageError(
      "'pull-request' opens a pull request with the v2 CR of 'to: v2'. The CR of 'to: operator' may hold secrets from the old values, so it is never pushed.",
      "Set 'to: v2', or drop 'pull-request' and commit the reviewed CR yourself once its secrets are in Secrets."
    );
  }
  if (options.confirm) {
    throw new UserError(
      "'pull-request' and 'confirm' are separate steps: the pull request is the review, confirm applies the reviewed file.",
      "Run with 'pull-request: true' first, merge the pull request, then run with 'confirm: true' on the merged file."
    );
  }
  const token = str(raw, "github-token");
  if (!token) {
    throw new UserError(
      "'pull-request' needs a token that can push a branch and open pull requests.",
      "Set github-token (GITHUB_TOKEN on the CLI); in a workflow, give the job `contents: write` and `pull-requests: write`."
    );
  }
  ctx.redactor.add(token);
  const repositoryPath = resolve(ctx.cwd, str(raw, "repository-path") ?? ".");
  const given = str(raw, "pull-request-path");
  const inRepo = relative(repositoryPath, options.output);
  if (!given && (inRepo.startsWith("..") || isAbsolute(inRepo))) {
    throw new UserError(
      `The v2 CR is written to ${options.output}, outside repository-path (${repositoryPath}), so where it goes in the repository is not known.`,
      "Set 'pull-request-path' to its path in the repository (e.g. deploy/wandb-v2.yaml), or write 'output' inside the clone."
    );
  }
  const path = (given ?? inRepo.split(sep).join("/")).replace(/^\.\//, "");
  if (!path || path.startsWith("/") || path.split("/").includes("..")) {
    throw new UserError(
      `pull-request-path '${path}' is not a path inside the repository.`,
      "Give it relative to the repository root, e.g. deploy/wandb-v2.yaml."
    );
  }
  const authorText = str(raw, "commit-author") ?? DEFAULT_COMMIT_AUTHOR;
  const author = parseCommitAuthor(authorText);
  if (!author) throw new UserError(`commit-author '${authorText}' is not 'Name <email>'.`);
  return {
    path,
    branch: str(raw, "branch") ?? defaultBranch(options.crNamespace, options.name),
    base: str(raw, "base"),
    labels: list(raw, "labels"),
    assignees: list(raw, "assignees"),
    reviewers: list(raw, "reviewers"),
    // Under GitHub Actions the runner names the repository and API (GitHub Enterprise Server included).
    repository: str(raw, "repository") ?? (ctx.env.GITHUB_REPOSITORY || void 0),
    repositoryPath,
    remote: str(raw, "remote") ?? "origin",
    token,
    githubApiUrl: str(raw, "github-api-url") ?? (ctx.env.GITHUB_API_URL || "https://api.github.com"),
    author
  };
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
      if (options.pullRequest) return await proposeV2(plan2, options, ctx);
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
