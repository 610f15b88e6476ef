import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DIGEST_PATTERN,
  DOCKER_HUB,
  REPOSITORY_PATTERN,
  TAG_PATTERN,
  formatReference,
  parseName,
  parseRegistry
} from "./chunk-JKBKQ4A5.js";
import {
  loadConfig,
  mergeLayers,
  parseConfigOptions,
  parseLayer,
  parseSets,
  pathKey,
  toPlain
} from "./chunk-QWNQNWOO.js";
import "./chunk-CQMOT45H.js";
import {
  require_undici
} from "./chunk-HTZGZWRH.js";
import {
  bool,
  num,
  str
} from "./chunk-4ZDAMJ7A.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";
import {
  __toESM
} from "./chunk-GJZUA6DH.js";

// src/commands/image-check/run.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/images/plan.ts
var KNOWN_IMAGES = [
  {
    component: "app",
    paths: [["app", "image"]],
    style: "wandb",
    defaultName: "docker.io/wandb/local",
    defaultTag: "latest"
  },
  {
    component: "console",
    paths: [["console", "image"]],
    installPath: ["console", "install"],
    style: "wandb",
    defaultName: "docker.io/wandb/console",
    defaultTag: "latest"
  },
  {
    component: "redis",
    paths: [["redis", "image"]],
    installPath: ["redis", "install"],
    style: "bitnami",
    defaultName: "docker.io/bitnamilegacy/redis"
  },
  {
    component: "otel",
    paths: [["otel", "image"]],
    installPath: ["otel", "install"],
    style: "plain",
    defaultName: "docker.io/otel/opentelemetry-collector-contrib"
  },
  {
    component: "prometheus",
    paths: [
      ["prometheus", "server", "image"],
      ["prometheus", "image"]
    ],
    installPath: ["prometheus", "install"],
    style: "plain",
    defaultName: "quay.io/prometheus/prometheus"
  },
  {
    component: "prometheus-config-reloader",
    paths: [
      ["prometheus", "configmapReload", "prometheus", "image"],
      ["prometheus", "configReloader", "image"]
    ],
    installPath: ["prometheus", "install"],
    style: "plain",
    defaultName: "quay.io/prometheus-operator/prometheus-config-reloader"
  }
];
var CONTROLLER_DEFAULT = "docker.io/wandb/controller";
var UPSTREAM_BY_PATH = Object.fromEntries(
  [...KNOWN_IMAGES.map((k) => k.defaultName), CONTROLLER_DEFAULT, "docker.io/bitnami/redis"].map((name) => [
    parseName(name).repository,
    parseName(name).registry
  ])
);
function isMap(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function at(root, path) {
  let node = root;
  for (const key of path) {
    if (!isMap(node)) return void 0;
    node = node[key];
  }
  return node;
}
function text(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number") return String(value);
  return void 0;
}
function hasHost(repository) {
  const first = repository.split("/")[0];
  return repository.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
}
function dotted(path) {
  return path.map((key) => key.includes(".") ? `"${key}"` : key).join(".");
}
var VALUES = ["spec", "values"];
function readImageMap(value) {
  if (typeof value === "string" && value.trim() !== "") {
    const colon = value.lastIndexOf(":");
    return colon > value.lastIndexOf("/") ? { repository: value.slice(0, colon), tag: value.slice(colon + 1) } : { repository: value };
  }
  if (!isMap(value)) return void 0;
  return {
    repository: text(value.repository),
    tag: text(value.tag),
    digest: text(value.digest),
    registry: text(value.registry)
  };
}
function findImageMaps(node, path, found) {
  if (!isMap(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const childPath = [...path, key];
    if (key === "image") {
      const map = readImageMap(value);
      if (map && (map.repository || map.tag || map.digest)) {
        found.push({ path: childPath, map });
        continue;
      }
    }
    findImageMaps(value, childPath, found);
  }
}
function isSwitchedOff(values, installPath) {
  return installPath !== void 0 && at(values, installPath) === false;
}
function planImages(cr, options) {
  const values = at(cr, VALUES);
  const global = at(values, ["global"]);
  const repositoryPrefix = text(at(global, ["repositoryPrefix"]))?.replace(/\/+$/, "");
  const imageRegistry = text(at(global, ["imageRegistry"]))?.replace(/\/+$/, "");
  const problems = [];
  const images = [];
  const covered = /* @__PURE__ */ new Set();
  const add = (component, keyPath, map, style, defaults) => {
    const where = typeof keyPath === "string" ? keyPath : dotted(keyPath);
    const tagKey = typeof keyPath === "string" ? keyPath : `${where}.tag`;
    const repoKey = typeof keyPath === "string" ? keyPath : `${where}.repository`;
    images.push(
      resolveImage({
        component,
        path: typeof keyPath === "string" ? void 0 : keyPath,
        where,
        tagKey,
        repoKey,
        map,
        style,
        defaults,
        repositoryPrefix,
        imageRegistry,
        options,
        problems
      })
    );
  };
  const controllerName = options.controller.repository ?? CONTROLLER_DEFAULT;
  images.push(
    resolveImage({
      component: "controller",
      // The operator chart's image.repository / image.tag (install-operator --image-repository / --image-tag).
      where: "--controller-repository, --controller-tag",
      tagKey: "--controller-tag",
      repoKey: "--controller-repository",
      map: { repository: controllerName, tag: options.controller.tag },
      style: "plain",
      // The operator chart's default tag is `latest` (charts/operator values.yaml).
      defaults: { name: CONTROLLER_DEFAULT, tag: "latest" },
      repositoryPrefix: void 0,
      imageRegistry: void 0,
      options,
      problems
    })
  );
  for (const known of KNOWN_IMAGES) {
    if (isSwitchedOff(values, known.installPath)) {
      for (const path2 of known.paths) covered.add(dotted(path2));
      continue;
    }
    const foundPath = known.paths.find((path2) => readImageMap(at(values, path2)) !== void 0);
    const path = foundPath ?? known.paths[0];
    for (const p of known.paths) covered.add(dotted(p));
    const map = readImageMap(at(values, path)) ?? {};
    add(known.component, [...VALUES, ...path], map, map.registry ? "bitnami" : known.style, {
      name: known.defaultName,
      tag: known.defaultTag
    });
  }
  const found = [];
  findImageMaps(values, [], found);
  for (const { path, map } of found) {
    if (covered.has(dotted(path))) continue;
    if (isSwitchedOff(values, [path[0], "install"])) continue;
    const component = dotted(path.slice(0, -1)) || "image";
    const style = map.registry ? "bitnami" : "wandb";
    if (!map.repository) {
      problems.push({
        severity: options.airgapped ? "error" : "warning",
        keyPath: `${dotted([...VALUES, ...path])}.repository`,
        path: [...VALUES, ...path],
        message: `${dotted([...VALUES, ...path])} sets a tag but no repository, so the chart's default repository applies, which this check cannot see.`,
        fix: `Set ${dotted([...VALUES, ...path])}.repository to the image's full name in the internal registry.`
      });
      continue;
    }
    add(component, [...VALUES, ...path], map, style, { name: map.repository, tag: "latest" });
  }
  return { images, problems };
}
function resolveImage(input) {
  const { map, style, options, problems } = input;
  const severity = options.airgapped ? "error" : "warning";
  const tagPath = input.path ? [...input.path, "tag"] : void 0;
  const repoPath = input.path ? [...input.path, "repository"] : void 0;
  const defaultName = parseName(input.defaults.name);
  const written = map.repository ?? (style === "plain" ? input.defaults.name : defaultName.repository);
  let full;
  if (style === "wandb" && input.repositoryPrefix && map.repository && hasHost(map.repository)) {
    problems.push({
      severity: "error",
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: global.repositoryPrefix '${input.repositoryPrefix}' is put before ${input.repoKey} '${map.repository}' too, so the chart would pull '${input.repositoryPrefix}/${map.repository}'.`,
      fix: `Write ${input.repoKey} without the registry host (e.g. '${parseName(map.repository).repository}'), or drop global.repositoryPrefix.`
    });
    full = map.repository;
  } else if (style === "wandb")
    full = input.repositoryPrefix ? `${input.repositoryPrefix}/${written}` : written;
  else if (style === "bitnami") {
    const registry = input.imageRegistry ?? map.registry ?? (map.repository ? DOCKER_HUB : defaultName.registry);
    full = `${registry}/${written}`;
  } else full = written;
  const name = parseName(full);
  const digest = map.digest;
  let tag = map.tag;
  let checkable = true;
  if (!tag && !digest) {
    if (input.defaults.tag) {
      tag = input.defaults.tag;
      problems.push({
        severity,
        keyPath: input.tagKey,
        path: tagPath,
        message: `${input.component}: no tag is set (${input.tagKey}), so ${formatReference({ ...name, tag })} would be pulled${options.airgapped ? ", and an air-gapped deployment needs a pinned tag" : ""}.`,
        fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`
      });
      if (options.airgapped) checkable = false;
    } else {
      checkable = false;
      problems.push({
        severity,
        keyPath: input.tagKey,
        path: tagPath,
        message: `${input.component}: no tag is set (${input.tagKey}), so the chart's default tag applies, which depends on the chart version and cannot be checked.`,
        fix: `Set ${input.tagKey} to the tag mirrored in the internal registry (e.g. from 'wsm list').`
      });
    }
  } else if (tag === "latest" && !digest) {
    problems.push({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${input.component}: ${input.tagKey} is 'latest'${options.airgapped ? ", which an air-gapped deployment must not use: the version would change without a change to the configuration" : ""}.`,
      fix: `Set ${input.tagKey} to a pinned version that is in the internal registry.`
    });
    if (options.airgapped) checkable = false;
  }
  if (tag && !TAG_PATTERN.test(tag)) {
    problems.push({
      severity: "error",
      keyPath: input.tagKey,
      path: tagPath,
      message: `${input.component}: '${tag}' at ${input.tagKey} is not a valid image tag.`,
      fix: "Tags are up to 128 letters, digits, _, . and -, not starting with . or -."
    });
    checkable = false;
  }
  if (digest && !DIGEST_PATTERN.test(digest)) {
    problems.push({
      severity: "error",
      keyPath: input.where,
      path: input.path,
      message: `${input.component}: '${digest}' at ${input.where}.digest is not a valid digest.`,
      fix: "Write a digest as sha256:<64 hex digits>."
    });
    checkable = false;
  }
  if (!REPOSITORY_PATTERN.test(name.repository)) {
    problems.push({
      severity: "error",
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: '${name.repository}' (from ${input.repoKey}) is not a valid repository name.`,
      fix: "Repository names are lower-case path components separated by /."
    });
    checkable = false;
  }
  const pulled = { ...name, tag, digest };
  const target = options.registry;
  const isInternal = name.registry.toLowerCase() === target.host && (!target.prefix || name.repository.startsWith(`${target.prefix}/`));
  const internal = isInternal ? pulled : {
    registry: target.host,
    repository: target.prefix ? `${target.prefix}/${name.repository}` : name.repository,
    tag,
    digest
  };
  if (!isInternal) {
    problems.push({
      severity,
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: ${formatReference(pulled)} is pulled from ${name.registry}, not from the internal registry ${target.display}.`,
      fix: `Mirror it to ${formatReference(internal)} and set ${input.repoKey} to ${internal.registry}/${internal.repository}${style === "wandb" ? " (or global.repositoryPrefix)" : style === "bitnami" ? " (or global.imageRegistry)" : ""}.`
    });
  }
  return {
    component: input.component,
    keyPath: input.where,
    pulled,
    internal,
    upstream: upstreamOf(isInternal, name, target, defaultName, tag, digest),
    checkable
  };
}
function upstreamOf(isInternal, name, target, defaultName, tag, digest) {
  if (!isInternal) return formatReference({ ...name, tag, digest });
  let path = name.repository;
  if (target.prefix && path.startsWith(`${target.prefix}/`)) path = path.slice(target.prefix.length + 1);
  let registry = UPSTREAM_BY_PATH[path];
  if (!registry && defaultName.registry === target.host) registry = DOCKER_HUB;
  if (!registry) {
    const last = path.split("/").pop();
    if (last && defaultName.repository.split("/").pop() === last) {
      path = defaultName.repository;
      registry = defaultName.registry;
    } else registry = DOCKER_HUB;
  }
  return formatReference({ registry, repository: path, tag, digest });
}

// src/images/registry-client.ts
var import_undici = __toESM(require_undici(), 1);
import { rootCertificates } from "node:tls";
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.docker.distribution.manifest.v2+json"
];
function parseChallenges(header) {
  if (!header) return [];
  const challenges = [];
  let current;
  let i = 0;
  const isTokenChar = (c) => /[\w!#$%&'*+.^`|~-]/.test(c);
  while (i < header.length) {
    while (i < header.length && /[\s,]/.test(header[i])) i++;
    const start = i;
    while (i < header.length && isTokenChar(header[i])) i++;
    if (i === start) break;
    const token = header.slice(start, i);
    let j = i;
    while (j < header.length && header[j] === " ") j++;
    if (header[j] === "=" && current) {
      j++;
      while (j < header.length && header[j] === " ") j++;
      let value = "";
      if (header[j] === '"') {
        j++;
        while (j < header.length && header[j] !== '"') {
          if (header[j] === "\\" && j + 1 < header.length) j++;
          value += header[j++];
        }
        j++;
      } else {
        while (j < header.length && header[j] !== "," && !/\s/.test(header[j])) value += header[j++];
      }
      current.params[token.toLowerCase()] = value;
      i = j;
    } else {
      current = { scheme: token.toLowerCase(), params: {} };
      challenges.push(current);
    }
  }
  return challenges;
}
var RegistryError = class extends Error {
  constructor(message, fix) {
    super(message);
    this.fix = fix;
    this.name = "RegistryError";
  }
  fix;
};
var RegistryClient = class {
  constructor(options) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? 3e4;
    this.base = `${options.scheme}://${options.host}`;
    this.dispatcher = new import_undici.Agent({
      connect: {
        ca: options.ca ? [...rootCertificates, options.ca] : void 0,
        timeout: this.timeoutMs
      },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs
    });
    if (options.password) options.onSecret?.(options.password);
    if (options.username && options.password) options.onSecret?.(this.basicHeader());
  }
  options;
  dispatcher;
  base;
  auth = { kind: "none" };
  tokens = /* @__PURE__ */ new Map();
  timeoutMs;
  get url() {
    return this.base;
  }
  async close() {
    await this.dispatcher.close();
  }
  /**
   * `GET /v2/`: the registry answers, speaks the API, and accepts the credentials. Throws RegistryError with
   * the fix otherwise (unreachable, TLS not trusted, authentication refused).
   */
  async ping() {
    const response = await this.send("GET", "/v2/", void 0);
    if (response.status === 200) return;
    if (response.status === 401) throw this.refused(response);
    if (response.status === 404)
      throw new RegistryError(
        `${this.base}/v2/ answered 404: this is not an OCI distribution (Docker v2) registry API.`,
        "Give --registry the registry host (and port), not a web UI or a repository URL."
      );
    throw new RegistryError(`${this.base}/v2/ answered HTTP ${response.status}.`, void 0);
  }
  /** Is `<repository>:<reference>` (tag or digest) there? */
  async manifest(repository, reference) {
    const path = `/v2/${repository}/manifests/${encodeURIComponent(reference).replace(/%3A/gi, ":")}`;
    const scope = `repository:${repository}:pull`;
    try {
      let response = await this.send("HEAD", path, scope);
      if (response.status === 405) response = await this.send("GET", path, scope);
      switch (response.status) {
        case 200:
          return {
            status: "present",
            digest: response.headers["docker-content-digest"],
            mediaType: response.headers["content-type"]?.split(";")[0]
          };
        case 404:
          return { status: "missing" };
        case 401:
          return this.asStatus(this.refused(response));
        case 403:
          return {
            status: "error",
            message: `access to ${repository} is denied (HTTP 403).`,
            fix: "Give the registry user pull rights on this repository."
          };
        default:
          return { status: "error", message: `the registry answered HTTP ${response.status}.` };
      }
    } catch (error) {
      if (error instanceof RegistryError) return this.asStatus(error);
      throw error;
    }
  }
  asStatus(error) {
    return { status: "error", message: error.message, fix: error.fix };
  }
  refused(response) {
    const challenge = parseChallenges(response.headers["www-authenticate"])[0];
    if (!this.options.username || !this.options.password) {
      return new RegistryError(
        `${this.options.host} requires authentication${challenge ? ` (${challenge.scheme})` : ""}.`,
        "Give --registry-username and the password or token in REGISTRY_PASSWORD (action input registry-password)."
      );
    }
    return new RegistryError(
      `${this.options.host} refused the credentials of user '${this.options.username}' (HTTP 401).`,
      "Check --registry-username and REGISTRY_PASSWORD."
    );
  }
  basicHeader() {
    const pair = `${this.options.username ?? ""}:${this.options.password ?? ""}`;
    return `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
  }
  /** One request with the current authentication; on 401 follows the challenge once and retries. */
  async send(method, path, scope) {
    const url = `${this.base}${path}`;
    const response = await this.raw(method, url, await this.authorization(scope));
    if (response.status !== 401) return response;
    const challenges = parseChallenges(response.headers["www-authenticate"]);
    const bearer = challenges.find((c) => c.scheme === "bearer" && c.params.realm);
    const basic = challenges.find((c) => c.scheme === "basic");
    if (bearer) {
      const wanted = bearer.params.scope ?? scope;
      this.auth = { kind: "bearer", challenge: bearer };
      this.tokens.delete(this.tokenKey(bearer, wanted));
      const token = await this.fetchToken(bearer, wanted);
      return this.raw(method, url, `Bearer ${token}`);
    }
    if (basic && this.auth.kind !== "basic" && this.options.username && this.options.password) {
      this.auth = { kind: "basic" };
      return this.raw(method, url, this.basicHeader());
    }
    return response;
  }
  tokenKey(challenge, scope) {
    return `${challenge.params.realm} ${challenge.params.service ?? ""} ${scope ?? ""}`;
  }
  /** The Authorization header for a request, fetching a token for a new scope ahead of the 401. */
  async authorization(scope) {
    if (this.auth.kind === "basic") return this.basicHeader();
    if (this.auth.kind === "bearer") {
      const key = this.tokenKey(this.auth.challenge, scope);
      const token = this.tokens.get(key) ?? await this.fetchToken(this.auth.challenge, scope);
      return `Bearer ${token}`;
    }
    return void 0;
  }
  /** The distribution token flow: GET <realm>?service=<service>&scope=<scope>, Basic credentials if any. */
  async fetchToken(challenge, scope) {
    const key = this.tokenKey(challenge, scope);
    let realm;
    try {
      realm = new URL(challenge.params.realm);
    } catch {
      throw new RegistryError(`the registry's token realm '${challenge.params.realm}' is not a URL.`);
    }
    if (realm.protocol !== "https:" && realm.protocol !== "http:")
      throw new RegistryError(`the registry's token realm '${realm.href}' is not http(s).`);
    if (realm.protocol === "http:" && this.options.scheme === "https" && this.options.username)
      throw new RegistryError(
        `the registry's token realm ${realm.origin} is plain HTTP; the credentials are not sent there.`,
        "Serve the token service over HTTPS."
      );
    if (challenge.params.service) realm.searchParams.set("service", challenge.params.service);
    if (scope) realm.searchParams.set("scope", scope);
    if (this.options.username) realm.searchParams.set("account", this.options.username);
    const withCredentials = Boolean(this.options.username && this.options.password);
    const response = await this.raw("GET", realm.href, withCredentials ? this.basicHeader() : void 0);
    if (response.status === 401 || response.status === 403) {
      throw withCredentials ? new RegistryError(
        `the token service ${realm.origin} refused the credentials of user '${this.options.username}' (HTTP ${response.status}).`,
        "Check --registry-username and REGISTRY_PASSWORD."
      ) : new RegistryError(
        `${this.options.host} requires authentication (bearer token from ${realm.origin}).`,
        "Give --registry-username and the password or token in REGISTRY_PASSWORD (action input registry-password)."
      );
    }
    if (response.status !== 200)
      throw new RegistryError(`the token service ${realm.origin} answered HTTP ${response.status}.`);
    let token;
    try {
      const body = JSON.parse(response.body);
      const value = body.token ?? body.access_token;
      token = typeof value === "string" && value ? value : void 0;
    } catch {
      token = void 0;
    }
    if (!token) throw new RegistryError(`the token service ${realm.origin} returned no token.`);
    this.options.onSecret?.(token);
    this.tokens.set(key, token);
    return token;
  }
  async raw(method, url, authorization) {
    const headers = {
      accept: MANIFEST_MEDIA_TYPES.join(", "),
      "user-agent": this.options.userAgent ?? "wandb-operator-actions"
    };
    if (authorization) headers.authorization = authorization;
    let result;
    try {
      result = await (0, import_undici.request)(url, { method, headers, dispatcher: this.dispatcher });
    } catch (error) {
      throw this.connectionError(error, url);
    }
    const body = method === "HEAD" ? "" : await result.body.text();
    if (method === "HEAD") await result.body.dump();
    const flat = {};
    for (const [name, value] of Object.entries(result.headers))
      flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
    return { status: result.statusCode, headers: flat, body };
  }
  connectionError(error, url) {
    const origin = new URL(url).origin;
    const err = error;
    const code = err.code ?? err.cause?.code ?? "";
    const message = err.message ?? String(error);
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code) || /certificate/i.test(message)) {
      return new RegistryError(
        `the TLS certificate of ${origin} is not trusted (${code || message}).`,
        "Pass the registry's CA certificate with --registry-ca-file (action input registry-ca-file)."
      );
    }
    if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || /wrong version number/i.test(message)) {
      return new RegistryError(
        `${origin} does not speak TLS.`,
        "For a plain-HTTP registry, write --registry http://HOST:PORT."
      );
    }
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ECONNRESET") {
      return new RegistryError(
        `cannot reach ${origin} (${code}).`,
        "Check the --registry host and port, and that this runner can reach the registry."
      );
    }
    if (/timeout/i.test(code) || /timeout/i.test(message)) {
      return new RegistryError(`${origin} did not answer in ${Math.round(this.timeoutMs / 1e3)} s.`);
    }
    return new RegistryError(`request to ${origin} failed: ${code || message}.`);
  }
};

// src/images/places.ts
function placeIndex(files, sets) {
  const index = /* @__PURE__ */ new Map();
  try {
    const layers = [];
    for (const file of files) {
      const parsed = parseLayer(file.path, file.text);
      if (parsed.layer) layers.push(parsed.layer);
    }
    layers.push(...parseSets(sets).layers);
    const merged = mergeLayers(layers);
    if (merged) toPlain(merged, [], index);
  } catch {
  }
  return index;
}
function findPlace(index, path) {
  if (!path) return void 0;
  for (let length = path.length; length > 0; length--) {
    const record = index.get(pathKey(path.slice(0, length)));
    if (record) {
      const place = length === path.length ? record.value : record.key ?? record.value;
      return { file: place.file, line: place.line, column: place.column };
    }
  }
  return void 0;
}

// src/commands/image-check/run.ts
function parseOptions(raw, ctx) {
  const password = str(raw, "registry-password");
  ctx.redactor.add(password);
  const registryText = str(raw, "registry") ?? "";
  const registry = parseRegistry(registryText);
  if (!registry) {
    throw new UserError(
      `'${registryText}' is not a registry address.`,
      "Give --registry as HOST[:PORT][/PREFIX] (https), or http://HOST:PORT for a plain-HTTP registry."
    );
  }
  const username = str(raw, "registry-username");
  if (password && !username) {
    throw new UserError(
      "A registry password is set (REGISTRY_PASSWORD) but no user name.",
      "Give --registry-username too (for a token, the user name the registry expects with it)."
    );
  }
  const timeout = num(raw, "request-timeout") ?? 30;
  if (!(timeout > 0)) throw new UserError(`--request-timeout must be a positive number of seconds.`);
  return {
    ...parseConfigOptions(raw),
    registry,
    username,
    password,
    caFile: str(raw, "registry-ca-file"),
    airgapped: raw.airgapped === void 0 ? true : bool(raw, "airgapped"),
    // The operator installed air-gapped runs from the internal registry (install-operator --image-repository).
    controllerRepository: str(raw, "controller-repository") ?? `${registry.display}/wandb/controller`,
    controllerTag: str(raw, "controller-tag"),
    timeoutMs: timeout * 1e3
  };
}
async function runImageCheck(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const built = loadConfig(options, ctx);
  if (!built.ok) {
    ctx.out.error("Nothing was checked: the configuration has errors (listed above).");
    ctx.out.setOutput("images", "");
    ctx.out.setOutput("missing", "");
    return 1;
  }
  const plan = planImages(built.cr, {
    registry: options.registry,
    airgapped: options.airgapped,
    controller: { repository: options.controllerRepository, tag: options.controllerTag }
  });
  const places = placeIndex(
    options.configFiles.map((path) => ({ path, text: readFileSync(resolve(ctx.cwd, path), "utf8") })),
    options.sets
  );
  const placeOf = (path) => findPlace(places, path);
  if (options.registry.scheme === "http" && options.password) {
    ctx.out.warning(
      `The registry password goes to ${options.registry.host} over plain HTTP, readable on the network: use HTTPS where you can.`
    );
  }
  const ca = options.caFile ? readCa(options.caFile, ctx.cwd) : void 0;
  const client = new RegistryClient({
    scheme: options.registry.scheme,
    host: options.registry.host,
    username: options.username,
    password: options.password,
    ca,
    timeoutMs: options.timeoutMs,
    onSecret: (secret) => ctx.redactor.add(secret)
  });
  let statuses;
  try {
    await ctx.out.group(`Registry ${client.url}`, async () => {
      try {
        await client.ping();
      } catch (error) {
        if (error instanceof RegistryError)
          throw new UserError(`Registry ${client.url}: ${error.message}`, error.fix);
        throw error;
      }
      ctx.out.info(
        `${client.url} answers the distribution API${options.username ? ` as ${options.username}` : ""}.`
      );
    });
    statuses = await checkAll(client, plan.images);
  } finally {
    await client.close();
  }
  const rows = tabulate(plan.images, statuses);
  ctx.out.print(textTable(rows));
  report(plan.problems, placeOf, ctx);
  const missing = rows.filter((row) => row.status === "missing");
  const failed = rows.filter((row) => row.status === "error");
  const errors = plan.problems.filter((p) => p.severity === "error");
  ctx.out.setOutput("images", rows.map((row) => row.reference).join(","));
  ctx.out.setOutput("missing", missing.map((row) => row.reference).join(","));
  ctx.out.summary(summaryMarkdown(rows, plan.problems, options.registry));
  if (missing.length > 0) {
    ctx.out.error(
      `${missing.length} of ${rows.length} image${rows.length === 1 ? "" : "s"} missing from ${options.registry.display}: ${missing.map((r) => r.reference).join(", ")}`
    );
    ctx.out.info(`  fix: mirror them into ${options.registry.display} before applying, e.g. with crane:`);
    for (const row of missing) ctx.out.info(`    crane copy ${row.upstream} ${row.reference}`);
    ctx.out.info(
      "  or, on a connected machine, 'wsm download' and push the saved images (docker load, docker tag, docker push)."
    );
  }
  for (const row of failed) ctx.out.error(`${row.reference}: ${row.detail ?? "the check failed"}`);
  const ok = missing.length === 0 && failed.length === 0 && errors.length === 0;
  const present = rows.filter((row) => row.status === "present").length;
  ctx.out.print(
    ok ? `All ${rows.length} images are in ${options.registry.display}.` : `${present} of ${rows.length} images present in ${options.registry.display}; ${missing.length} missing, ${failed.length + rows.filter((r) => r.status === "unchecked").length} not checked, ${errors.length} configuration error${errors.length === 1 ? "" : "s"}.`
  );
  return ok ? 0 : 1;
}
function readCa(file, cwd) {
  try {
    const text2 = readFileSync(resolve(cwd, file), "utf8");
    if (!text2.includes("-----BEGIN CERTIFICATE-----")) {
      throw new UserError(
        `'${file}' holds no PEM certificate.`,
        "Give --registry-ca-file a PEM file (BEGIN CERTIFICATE)."
      );
    }
    return text2;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot read the registry CA file '${file}': ${error.code ?? "error"}.`,
      "Check the path: it is relative to the working directory."
    );
  }
}
async function checkAll(client, images) {
  const wanted = /* @__PURE__ */ new Map();
  for (const image of images) if (image.checkable) wanted.set(formatReference(image.internal), image);
  const statuses = /* @__PURE__ */ new Map();
  const queue = [...wanted.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [reference, image] = next;
      const tagOrDigest = image.internal.digest ?? image.internal.tag ?? "latest";
      statuses.set(reference, await client.manifest(image.internal.repository, tagOrDigest));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  return statuses;
}
function tabulate(images, statuses) {
  const rows = /* @__PURE__ */ new Map();
  for (const image of images) {
    const reference = formatReference(image.internal);
    let row = rows.get(reference);
    if (!row) {
      const result = statuses.get(reference);
      row = {
        reference,
        keys: [],
        components: [],
        upstream: image.upstream,
        status: !image.checkable || !result ? "unchecked" : result.status,
        detail: result?.status === "error" ? `${result.message}${result.fix ? ` (${result.fix})` : ""}` : result?.status === "present" ? result.digest : void 0
      };
      rows.set(reference, row);
    }
    row.keys.push(image.keyPath);
    row.components.push(image.component);
  }
  return [...rows.values()];
}
var STATUS_TEXT = {
  present: "present",
  missing: "MISSING",
  error: "ERROR",
  unchecked: "not checked"
};
function textTable(rows) {
  const header = ["IMAGE", "STATUS", "COMPONENT", "KEY"];
  const lines = rows.map((row) => [
    row.reference,
    STATUS_TEXT[row.status],
    row.components.join(", "),
    row.keys.join(", ")
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  return [header, ...lines].map(
    (line) => line.map((cell2, i) => i === line.length - 1 ? cell2 : cell2.padEnd(widths[i])).join("  ").trimEnd()
  ).join("\n");
}
function report(problems, placeOf, ctx) {
  for (const problem of problems) {
    const place = placeOf(problem.path);
    const where = place ? `${place.file}:${place.line}:${place.column}: ` : "";
    if (problem.severity === "error") ctx.out.error(`${where}${problem.message}`, place);
    else ctx.out.warning(`${where}${problem.message}`, place);
    ctx.out.info(`  fix: ${problem.fix}`);
  }
}
var cell = (text2) => text2.replace(/\|/g, "\\|");
function summaryMarkdown(rows, problems, registry) {
  const missing = rows.filter((row) => row.status === "missing");
  const bad = rows.filter((row) => row.status !== "present");
  const title = bad.length === 0 && !problems.some((p) => p.severity === "error") ? `### Images: all ${rows.length} in \`${registry.display}\`` : `### Images: ${missing.length} missing from \`${registry.display}\`, ${problems.filter((p) => p.severity === "error").length} configuration error(s)`;
  const table = [
    "| image | status | component | key |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (row) => `| \`${cell(row.reference)}\` | ${row.status === "present" ? "present" : `**${STATUS_TEXT[row.status]}**`}${row.status === "error" && row.detail ? `: ${cell(row.detail)}` : ""} | ${cell(row.components.join(", "))} | ${row.keys.map((k) => `\`${cell(k)}\``).join(", ")} |`
    )
  ];
  const parts = [title, "", ...table, ""];
  if (problems.length > 0) {
    parts.push("| severity | key | problem | fix |", "| --- | --- | --- | --- |");
    for (const p of problems)
      parts.push(`| ${p.severity} | \`${cell(p.keyPath)}\` | ${cell(p.message)} | ${cell(p.fix)} |`);
    parts.push("");
  }
  if (missing.length > 0) {
    parts.push(
      `Mirror the missing images into \`${registry.display}\` before applying, e.g.:`,
      "",
      "```sh",
      ...missing.map((row) => `crane copy ${row.upstream} ${row.reference}`),
      "```",
      ""
    );
  }
  return parts.join("\n");
}
export {
  runImageCheck
};
