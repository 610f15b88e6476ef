import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DIGEST_PATTERN,
  DOCKER_HUB,
  REPOSITORY_PATTERN,
  TAG_PATTERN,
  formatName,
  formatReference,
  parseName,
  parseReference,
  parseRegistry
} from "./chunk-EKOZUTRL.js";
import {
  diagnosticJson,
  knowledgeOfChartAt,
  knownChart,
  loadConfig,
  mergeLayers,
  parseConfigOptions,
  parseLayer,
  parseRenderCheckOptions,
  parseSets,
  pathKey,
  readChartFiles,
  renderChart,
  renderCheck,
  resolveChartSource,
  secretValuesIn,
  toPlain
} from "./chunk-HNQZCHQR.js";
import "./chunk-XUR4R4XS.js";
import "./chunk-W47JOMVU.js";
import "./chunk-OU746ASQ.js";
import {
  httpDispatcher
} from "./chunk-7NRUIF3I.js";
import {
  findOnPath
} from "./chunk-PFUJ36V2.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import {
  USER_AGENT
} from "./chunk-2YU3Z55Y.js";
import "./chunk-4QZDXL4F.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import {
  require_undici
} from "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import "./chunk-CRJNI5SM.js";
import {
  bool,
  list,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM
} from "./chunk-SIWOL6LA.js";

// src/commands/image-check/run.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";

// src/images/chart-origin.ts
import { isIP } from "node:net";
var isMap = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var PRIVATE_SUFFIXES = [".svc", ".cluster.local", ".internal", ".local", ".lan", ".home.arpa"];
function stripPort(host) {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  const colon = host.lastIndexOf(":");
  return colon > 0 && host.indexOf(":") === colon ? host.slice(0, colon) : host;
}
function privateAddress(ip) {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split(".").map(Number);
    return a === 127 || a === 10 || a === 172 && b >= 16 && b <= 31 || a === 192 && b === 168 || a === 169 && b === 254;
  }
  if (isIP(ip) === 6) {
    const lower = ip.toLowerCase();
    return lower === "::1" || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
  }
  return false;
}
function isInternalHost(hostWithPort, options) {
  const host = stripPort(hostWithPort.toLowerCase()).replace(/\.$/, "");
  if (host === stripPort(options.registry.host)) return true;
  if (host === "localhost" || privateAddress(host)) return true;
  if (isIP(host) === 0 && !host.includes(".")) return true;
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  return options.internalHosts.some((entry) => {
    const wanted = entry.trim().toLowerCase().replace(/^\*\./, ".");
    if (!wanted) return false;
    return wanted.startsWith(".") ? host.endsWith(wanted) : host === stripPort(wanted);
  });
}
function chartHost(url) {
  const match = /^(?:oci|https?):\/\/(?:[^@/\s]*@)?(\[[^\]]+\](?::\d+)?|[^/\s?#]+)/i.exec(url.trim());
  return match?.[1];
}
function chartOriginFindings(cr, options) {
  const chart = isMap(cr) && isMap(cr.spec) ? cr.spec.chart : void 0;
  if (chart === void 0 || chart === null) {
    return [
      options.airgapped ? {
        severity: "error",
        keyPath: "spec.chart",
        path: ["spec"],
        message: "spec.chart is missing: an air-gapped operator never asks the release channel, so it has no chart to install (the CR would stay 'Invalid Config': No release type was found in the spec).",
        fix: "Set spec.chart to the operator-wandb chart in your internal chart repository (url, name, version), an oci:// URL there, or path: /charts/operator-wandb (the wandb-charts ConfigMap that 'wsm deploy chart-cm' creates)."
      } : options.channelRelease ? {
        severity: "warning",
        keyPath: "spec.chart",
        path: ["spec"],
        message: `spec.chart is absent: the images listed are those of the release channel's ${options.channelRelease}, with the CR's values over the channel's. The channel can serve another release at any reconcile (hourly by default), with other images, without a change to this configuration.`,
        fix: "Pin spec.chart (url, name, version) and the image tags in spec.values so that what is checked here is what will be deployed (docs/release-channel.md)."
      } : {
        severity: "warning",
        keyPath: "spec.chart",
        path: ["spec"],
        message: "spec.chart is absent: the release channel (deploy.wandb.ai) supplies the chart and its values when the operator reconciles, and may pull other images than the chart rendered here.",
        fix: "Pin spec.chart (url, name, version) to check exactly what will be deployed."
      }
    ];
  }
  if (!options.airgapped || !isMap(chart)) return [];
  const url = typeof chart.url === "string" ? chart.url.trim() : "";
  if (!url) return [];
  const host = chartHost(url);
  if (!host || isInternalHost(host, options)) return [];
  return [
    {
      severity: "error",
      keyPath: "spec.chart.url",
      path: ["spec", "chart", "url"],
      message: `spec.chart.url '${url.replace(/\/\/[^@/\s]*@/, "//***@")}' is on ${host}, a public host that an air-gapped operator cannot reach.`,
      fix: `Mirror the chart into your internal chart repository or OCI registry (e.g. oci://${options.registry.display}/charts) and point spec.chart.url there; if ${stripPort(host)} is internal, list it in internal-hosts.`
    }
  ];
}

// src/images/rendered.ts
var import_yaml = __toESM(require_dist(), 1);
var CONTAINER_FIELDS = ["initContainers", "containers", "ephemeralContainers"];
function isMap2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function at(root, path) {
  let node = root;
  for (const key of path) {
    if (!isMap2(node)) return void 0;
    node = node[key];
  }
  return node;
}
var text = (value) => typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
var POD_SPEC_PATHS = {
  Pod: ["spec"],
  PodTemplate: ["template", "spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"]
};
function podSpecOf(object) {
  const kind = text(object.kind);
  const path = kind ? POD_SPEC_PATHS[kind] : void 0;
  if (!path) return void 0;
  const spec = at(object, path);
  return isMap2(spec) ? spec : void 0;
}
function isTestHook(hook) {
  if (!hook) return false;
  const phases = hook.split(",").map((phase) => phase.trim()).filter(Boolean);
  return phases.length > 0 && phases.every((phase) => phase === "test" || phase.startsWith("test-"));
}
function renderedImages(objects, sources = []) {
  const byImage = /* @__PURE__ */ new Map();
  objects.forEach((object, index) => {
    const podSpec = podSpecOf(object);
    if (!podSpec) return;
    const kind = String(object.kind);
    const name = text(at(object, ["metadata", "name"])) ?? "(unnamed)";
    const namespace = text(at(object, ["metadata", "namespace"]));
    const hook = text(at(object, ["metadata", "annotations", "helm.sh/hook"]));
    const appName = text(at(object, ["metadata", "labels", "app.kubernetes.io/name"]));
    const source = sources[index];
    for (const field of CONTAINER_FIELDS) {
      const containers = podSpec[field];
      if (!Array.isArray(containers)) continue;
      for (const container of containers) {
        if (!isMap2(container)) continue;
        const image = text(container.image);
        if (!image) continue;
        const use = {
          kind,
          name,
          container: text(container.name) ?? "(unnamed)",
          field,
          ...namespace ? { namespace } : {},
          ...hook ? { hook } : {},
          ...appName ? { appName } : {},
          ...source ? { source } : {}
        };
        let entry = byImage.get(image);
        if (!entry) {
          entry = { image, uses: [], testOnly: true };
          byImage.set(image, entry);
        }
        entry.uses.push(use);
        if (!isTestHook(hook)) entry.testOnly = false;
      }
    }
  });
  return [...byImage.values()];
}
function manifestWithSources(manifest) {
  const objects = [];
  const sources = [];
  for (const doc of (0, import_yaml.parseAllDocuments)(manifest)) {
    const value = doc.toJS({ maxAliasCount: -1 });
    if (!isMap2(value)) continue;
    objects.push(value);
    const comment = doc.commentBefore ?? doc.contents?.commentBefore ?? "";
    const match = /(?:^|\n)\s*Source:\s*(\S+)/.exec(comment);
    sources.push(match?.[1]);
  }
  return { objects, sources };
}
function imagesOfManifest(manifest) {
  const { objects, sources } = manifestWithSources(manifest);
  return renderedImages(objects, sources);
}
function describeUse(use) {
  const what = use.field === "initContainers" ? "initContainer" : use.field === "ephemeralContainers" ? "ephemeralContainer" : "container";
  return `${use.kind} ${use.name}, ${what} ${use.container}`;
}
function subchartValuesPath(source) {
  if (!source) return void 0;
  const parts = source.split("/");
  const path = [];
  for (let i = 0; i < parts.length - 1; i++)
    if (parts[i] === "charts" && parts[i + 1]) path.push(parts[i + 1]);
  return path.length > 0 ? path : void 0;
}

// src/images/plan.ts
function isMap3(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function at2(root, path) {
  let node = root;
  for (const key of path) {
    if (!isMap3(node)) return void 0;
    node = node[key];
  }
  return node;
}
function text2(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number") return String(value);
  return void 0;
}
function dotted(path) {
  return path.map((key) => key.includes(".") ? `"${key}"` : key).join(".");
}
var VALUES = ["spec", "values"];
function hostLike(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function readImageMap(value) {
  if (typeof value === "string" && value.trim() !== "") {
    const ref = value.trim();
    const colon = ref.lastIndexOf(":");
    return colon > ref.lastIndexOf("/") ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) } : { repository: ref };
  }
  if (!isMap3(value)) return void 0;
  const map = {
    repository: text2(value.repository) ?? text2(value.name),
    tag: text2(value.tag),
    digest: text2(value.digest),
    registry: text2(value.registry)
  };
  return map.repository || map.tag || map.digest ? map : void 0;
}
function userImageMaps(values) {
  const found = [];
  const walk = (node, path) => {
    if (!isMap3(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const map = key === "image" ? readImageMap(value) : void 0;
      if (map) found.push({ path: [...path, key], map });
      else walk(value, [...path, key]);
    }
  };
  walk(values, []);
  return found;
}
function defaultImageMaps(tree) {
  const found = [];
  const walk = (node, path) => {
    for (const [key, sub] of Object.entries(node.k ?? {})) {
      if (key === "image" && sub.k) {
        const plain = Object.fromEntries(Object.entries(sub.k).map(([name, leaf]) => [name, leaf.d]));
        const map = readImageMap(plain);
        if (map) {
          found.push({ path: [...path, key], map });
          continue;
        }
      }
      walk(sub, [...path, key]);
    }
  };
  if (tree) walk(tree, []);
  return found;
}
function candidates(values, defaults) {
  const byPath = /* @__PURE__ */ new Map();
  for (const { path, map } of defaultImageMaps(defaults))
    byPath.set(dotted(path), { path, map, user: false });
  for (const { path, map } of userImageMaps(values)) {
    const base = byPath.get(dotted(path));
    const merged = { ...base?.map };
    for (const [key, value] of Object.entries(map))
      if (value !== void 0) merged[key] = value;
    byPath.set(dotted(path), { path, map: merged, user: true });
  }
  return [...byPath.values()];
}
function renders(map, raw, ref) {
  if (!map.repository) return false;
  const written = raw.replace(/@.*$/, "").replace(/:[^:/]*$/, "");
  const wanted = map.repository.replace(/\/+$/, "");
  const sameName = written === wanted || written.endsWith(`/${wanted}`) || formatName(parseName(written)) === formatName(parseName(wanted)) || map.registry !== void 0 && formatName(parseName(written)) === formatName(parseName(`${map.registry}/${wanted}`));
  if (!sameName) return false;
  if (map.digest) return ref.digest === map.digest;
  if (map.tag) return ref.tag === map.tag;
  return true;
}
function traceKey(image, pool) {
  const ref = parseReference(image.image);
  const matching = pool.filter((c) => renders(c.map, image.image, ref));
  if (matching.length === 0) return void 0;
  const owners = /* @__PURE__ */ new Set();
  for (const use of image.uses) {
    const sub = subchartValuesPath(use.source);
    if (sub) owners.add(dotted(sub));
    if (use.appName) owners.add(use.appName);
  }
  const owned = matching.filter((c) => {
    const component = dotted(c.path.slice(0, -1));
    return owners.has(component) || c.path.length > 1 && owners.has(c.path[0]);
  });
  if (owned.length > 0) return owned.sort((a, b) => a.path.length - b.path.length)[0];
  return matching.length === 1 ? matching[0] : void 0;
}
var CONTROLLER_KEY = "--controller-repository, --controller-tag";
function planImages(input, options) {
  const values = at2(input.cr, VALUES);
  const pool = candidates(values, input.chartDefaults);
  const problems = [];
  const images = [];
  const controllerRendered = input.controller.rendered?.filter((r) => !r.testOnly) ?? [];
  const controllerImages = controllerRendered.length > 0 ? controllerRendered : [
    {
      image: `${input.controller.repository}${input.controller.tag ? `:${input.controller.tag}` : ""}`,
      uses: [],
      testOnly: false
    }
  ];
  for (const image of controllerImages) {
    images.push(
      resolveImage(
        {
          component: "controller",
          where: CONTROLLER_KEY,
          tagKey: "--controller-tag",
          repoKey: "--controller-repository",
          usedBy: image.uses.map(describeUse),
          testOnly: false,
          raw: image.image,
          // The operator chart's default tag is `latest` (charts/operator values.yaml).
          tagMissing: input.controller.tag === void 0
        },
        options,
        problems
      )
    );
  }
  for (const whole of input.rendered) {
    const fallback = traceKey(whole, pool);
    const groups = /* @__PURE__ */ new Map();
    for (const use of whole.uses) {
      const key = traceKey({ ...whole, uses: [use] }, pool) ?? fallback;
      const id = key ? dotted(key.path) : "";
      const group = groups.get(id) ?? { key, image: { ...whole, uses: [], testOnly: true } };
      group.image.uses.push(use);
      group.image.testOnly &&= isTestHook(use.hook);
      groups.set(id, group);
    }
    if (groups.size === 0) groups.set("", { key: fallback, image: whole });
    for (const { key, image } of groups.values()) images.push(resolveRendered(image, key, options, problems));
  }
  return { images, problems };
}
function resolveRendered(image, key, options, problems) {
  const first = image.uses[0];
  const usedBy = image.uses.map(describeUse);
  if (key) {
    const crPath = [...VALUES, ...key.path];
    return resolveImage(
      {
        component: dotted(key.path.slice(0, -1)) || "image",
        where: dotted(crPath),
        path: crPath,
        tagKey: `${dotted(crPath)}.tag`,
        repoKey: `${dotted(crPath)}.repository`,
        usedBy,
        testOnly: image.testOnly,
        raw: image.image,
        hasRegistryKey: key.map.registry !== void 0
      },
      options,
      problems
    );
  }
  const sub = first ? subchartValuesPath(first.source) : void 0;
  const where = first ? describeUse(first) : image.image;
  return resolveImage(
    {
      component: sub ? dotted(sub) : first?.appName ?? first?.container ?? "image",
      where,
      tagKey: `the tag of ${where}`,
      repoKey: `the image of ${where}`,
      usedBy,
      testOnly: image.testOnly,
      raw: image.image,
      note: `no key of the values names it (the chart's own${sub ? `, in its values under spec.values.${dotted(sub)}` : ""}${first?.source ? `; template ${first.source}` : ""})`
    },
    options,
    problems
  );
}
function resolveImage(input, options, problems) {
  const { airgapped } = options;
  const severity = airgapped && !input.testOnly ? "error" : "warning";
  const tagPath = input.path ? [...input.path, "tag"] : void 0;
  const repoPath = input.path ? [...input.path, "repository"] : void 0;
  const label = `${input.component}${input.testOnly ? " (helm test only)" : ""}`;
  const add = (problem) => problems.push(
    input.note && !problem.path ? { ...problem, message: `${problem.message} ${capital(input.note)}.` } : problem
  );
  const name = parseReference(input.raw);
  const { digest } = name;
  let tag = name.tag;
  let checkable = true;
  if (input.tagMissing) {
    tag ??= "latest";
    add({
      severity,
      keyPath: input.tagKey,
      message: `${label}: no tag is set (${input.tagKey}), so ${formatReference({ ...name, tag })} would be pulled${airgapped ? ", and an air-gapped deployment needs a pinned tag" : ""}.`,
      fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`
    });
    if (airgapped) checkable = false;
  } else if (!tag && !digest) {
    tag = "latest";
    add({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: ${input.raw} has no tag (${input.tagKey}), so the kubelet pulls latest${airgapped ? ", and an air-gapped deployment needs a pinned tag" : ""}.`,
      fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`
    });
    if (airgapped) checkable = false;
  } else if (tag === "latest" && !digest) {
    add({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: ${input.tagKey} is 'latest'${input.path ? "" : ` (${input.raw})`}${airgapped ? ", which an air-gapped deployment must not use: the version would change without a change to the configuration" : ""}.`,
      fix: `Set ${input.tagKey} to a pinned version that is in the internal registry.`
    });
    if (airgapped) checkable = false;
  }
  if (tag && !TAG_PATTERN.test(tag)) {
    add({
      severity: "error",
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: '${tag}' at ${input.tagKey} is not a valid image tag.`,
      fix: "Tags are up to 128 letters, digits, _, . and -, not starting with . or -."
    });
    checkable = false;
  }
  if (digest && !DIGEST_PATTERN.test(digest)) {
    add({
      severity: "error",
      keyPath: input.where,
      path: input.path,
      message: `${label}: '${digest}' at ${input.where}.digest is not a valid digest.`,
      fix: "Write a digest as sha256:<64 hex digits>."
    });
    checkable = false;
  }
  const doubled = name.repository.split("/").find(hostLike);
  if (doubled) {
    add({
      severity: "error",
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: the chart renders '${formatName(name)}', a registry host ('${doubled}') inside the repository path: global.repositoryPrefix is put before ${input.repoKey} too.`,
      fix: `Write ${input.repoKey} without the registry host (e.g. '${name.repository.slice(name.repository.indexOf(doubled) + doubled.length + 1)}'), or drop global.repositoryPrefix.`
    });
    checkable = false;
  } else if (!REPOSITORY_PATTERN.test(name.repository)) {
    add({
      severity: "error",
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: '${name.repository}' (from ${input.repoKey}) is not a valid repository name.`,
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
    const pointAt = `${internal.registry}/${internal.repository}`;
    add({
      severity,
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: ${formatReference(pulled)} is pulled from ${name.registry}, not from the internal registry ${target.display}.`,
      fix: input.path ? input.hasRegistryKey ? `Mirror it to ${formatReference(internal)} and set ${dotted(input.path)}.registry to ${internal.registry}${target.prefix ? ` and .repository to ${internal.repository}` : ""} (or global.imageRegistry).` : `Mirror it to ${formatReference(internal)} and set ${input.repoKey} to ${pointAt} (or global.repositoryPrefix).` : input.component === "controller" ? `Mirror it to ${formatReference(internal)} and give --controller-repository ${pointAt} (install-operator's image-repository).` : `Mirror it to ${formatReference(internal)} and point ${input.where} at it in the values (global.repositoryPrefix or global.imageRegistry, where the template reads them).`
    });
  }
  return {
    component: input.component,
    keyPath: input.where,
    usedBy: input.usedBy,
    testOnly: input.testOnly,
    pulled,
    internal,
    upstream: upstreamOf(isInternal, name, target, tag, digest),
    checkable
  };
}
function capital(text3) {
  return text3.charAt(0).toUpperCase() + text3.slice(1);
}
var UPSTREAM_BY_PATH = {
  "prometheus/prometheus": "quay.io",
  "prometheus-operator/prometheus-config-reloader": "quay.io",
  "wandb_tools/wandb-k8s-operator": "quay.io",
  "stakater/reloader": "ghcr.io",
  "nerdswords/yet-another-cloudwatch-exporter": "ghcr.io",
  "wandb-production/public/python": "us-docker.pkg.dev",
  "wandb-production/public/wandb/lumen": "us-docker.pkg.dev",
  "buf-images-1/bufstream-public/images/bufstream": "us-docker.pkg.dev"
};
function upstreamOf(isInternal, name, target, tag, digest) {
  if (!isInternal) return formatReference({ ...name, tag, digest });
  let path = name.repository;
  if (target.prefix && path.startsWith(`${target.prefix}/`)) path = path.slice(target.prefix.length + 1);
  return formatReference({ registry: UPSTREAM_BY_PATH[path] ?? DOCKER_HUB, repository: path, tag, digest });
}

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

// src/images/report.ts
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
        usedBy: [],
        testOnly: true,
        upstream: image.upstream,
        status: !image.checkable || !result ? "unchecked" : result.status,
        detail: result?.status === "error" ? `${result.message}${result.fix ? ` (${result.fix})` : ""}` : result?.status === "present" ? result.digest : void 0
      };
      rows.set(reference, row);
    }
    if (!row.keys.includes(image.keyPath)) row.keys.push(image.keyPath);
    if (!row.components.includes(image.component)) row.components.push(image.component);
    for (const use of image.usedBy) if (!row.usedBy.includes(use)) row.usedBy.push(use);
    row.testOnly &&= image.testOnly;
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
    `${STATUS_TEXT[row.status]}${row.testOnly ? " (test)" : ""}`,
    row.components.join(", "),
    row.keys.join(", ")
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => line[i].length)));
  return [header, ...lines].map(
    (line) => line.map((cell2, i) => i === line.length - 1 ? cell2 : cell2.padEnd(widths[i])).join("  ").trimEnd()
  ).join("\n");
}
var cell = (text3) => text3.replace(/\|/g, "\\|");
function summaryMarkdown(rows, problems, registry, chart, channel) {
  const missing = rows.filter((row) => row.status === "missing");
  const bad = rows.filter((row) => row.status !== "present" && !row.testOnly);
  const title = bad.length === 0 && !problems.some((p) => p.severity === "error") ? `### Images: all ${rows.filter((row) => !row.testOnly).length} in \`${registry.display}\`${rows.some((row) => row.testOnly) ? " (helm test images apart)" : ""}` : `### Images: ${missing.filter((row) => !row.testOnly).length} missing from \`${registry.display}\`, ${problems.filter((p) => p.severity === "error").length} configuration error(s)`;
  const table = [
    "| image | status | component | key | used by |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (row) => `| \`${cell(row.reference)}\` | ${row.status === "present" ? "present" : `**${STATUS_TEXT[row.status]}**`}${row.status === "error" && row.detail ? `: ${cell(row.detail)}` : ""}${row.testOnly ? " (helm test only)" : ""} | ${cell(row.components.join(", "))} | ${row.keys.map((k) => `\`${cell(k)}\``).join(", ")} | ${cell(row.usedBy.join("; "))} |`
    )
  ];
  const parts = [
    title,
    "",
    `Images of ${cell(chart)}, rendered with these values, and the operator's.`,
    "",
    ...channel.release ? [
      `Not air-gapped: the CR's values are rendered over those of the release channel \`${cell(channel.base ?? "")}\`, ${cell(channel.release)}${channel.chartFromChannel ? ", with the channel's chart (the CR has no spec.chart)" : ""}.`,
      ""
    ] : [],
    ...table,
    ""
  ];
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
function imageCheckJson(result) {
  return {
    registry: result.registry.display,
    airgapped: result.airgapped,
    chart: result.chart ?? null,
    channelRelease: result.channelRelease ?? null,
    ...result.message ? { message: result.message } : {},
    images: (result.rows ?? []).map((row) => ({
      reference: row.reference,
      status: row.status,
      testOnly: row.testOnly,
      keys: row.keys,
      components: row.components,
      usedBy: row.usedBy,
      upstream: row.upstream,
      ...row.detail ? { detail: row.detail } : {}
    })),
    missing: (result.missing ?? []).map((row) => row.reference),
    problems: (result.problems ?? []).map((problem) => ({
      severity: problem.severity,
      key: problem.keyPath,
      ...result.placeOf?.(problem.path),
      message: problem.message,
      fix: problem.fix
    })),
    ...result.diagnostics ? { diagnostics: result.diagnostics } : {}
  };
}
function outcomeLine(rows, ok, registry, errors) {
  const present = rows.filter((row) => row.status === "present").length;
  const missing = rows.filter((row) => row.status === "missing" && !row.testOnly).length;
  const notChecked = rows.filter(
    (row) => row.status === "error" && !row.testOnly || row.status === "unchecked"
  ).length;
  if (ok && present === rows.length) return `All ${rows.length} images are in ${registry.display}.`;
  if (ok)
    return `${present} of ${rows.length} images present in ${registry.display}; the others are used only by helm tests.`;
  return `${present} of ${rows.length} images present in ${registry.display}; ${missing} missing, ${notChecked} not checked, ${errors} configuration error${errors === 1 ? "" : "s"}.`;
}

// src/charts/channel.ts
var isMap4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function channelBase(text3) {
  let url;
  try {
    url = new URL(text3.trim());
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return void 0;
  if (url.username || url.password || url.search || url.hash) return void 0;
  return url.href.replace(/\/+$/, "");
}
function releaseIdOf(values) {
  const id = isMap4(values) ? values._releaseId : void 0;
  return typeof id === "string" && id.trim() !== "" ? id.trim() : void 0;
}
function channelRequestUrl(base, releaseId) {
  return releaseId ? `${base}/api/v1/operator/channel/release/${encodeURIComponent(releaseId)}` : `${base}/api/v1/operator/channel`;
}
function parseChannelAnswer(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return "the answer is not JSON";
  }
  if (!isMap4(json)) return "the answer is not a JSON object";
  if (!isMap4(json.chart)) return "the answer names no chart (no `chart` object)";
  if (json.values !== void 0 && json.values !== null && !isMap4(json.values))
    return "`values` in the answer is not an object";
  return {
    metadata: isMap4(json.metadata) ? json.metadata : {},
    chart: json.chart,
    values: isMap4(json.values) ? json.values : {}
  };
}
function mergeValues(under, over) {
  const out = { ...under };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isMap4(value) && isMap4(out[key]) ? mergeValues(out[key], value) : value;
  }
  return out;
}
function specWithChannel(crSpec, answer) {
  const crChart = crSpec.chart;
  const crValues = isMap4(crSpec.values) ? crSpec.values : {};
  return isMap4(crChart) ? { chart: crChart, values: mergeValues(answer.values, crValues), chartFrom: "cr" } : { chart: answer.chart, values: mergeValues(answer.values, crValues), chartFrom: "channel" };
}
function describeRelease(answer, releaseId) {
  const meta = answer.metadata;
  const id = typeof meta.releaseId === "string" ? meta.releaseId : releaseId;
  const chart = answer.chart;
  const name = typeof chart.name === "string" ? chart.name : void 0;
  const version = typeof chart.version === "string" || typeof chart.version === "number" ? String(chart.version) : void 0;
  const where = typeof chart.url === "string" ? chart.url.replace(/\/\/[^@/\s]*@/, "//***@") : typeof chart.path === "string" ? chart.path : void 0;
  const what = [name ?? "chart", version ?? "(newest)"].join(" ") + (where ? ` from ${where}` : "");
  return id ? `pinned release ${id}: ${what}` : `current release: ${what}`;
}
var ChannelError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "ChannelError";
  }
  status;
};
function worthRetrying(status) {
  return status === void 0 || status >= 500 || status === 429 || status === 408;
}
async function askChannel(options) {
  const url = channelRequestUrl(options.base, options.releaseId);
  const attempts = Math.max(1, options.attempts ?? 5);
  const timeoutMs = options.timeoutMs ?? 3e4;
  const delayMs = options.delayMs ?? 2e3;
  const get = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const headers = {
    Accept: "application/json",
    "Content-Type": "application/json",
    "User-Agent": USER_AGENT
  };
  if (options.license) {
    headers.Authorization = `Basic ${Buffer.from(`license:${options.license}`).toString("base64")}`;
  }
  let last = new ChannelError(`${url}: not asked`);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(delayMs);
    let status;
    try {
      const res = await get(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
      status = res.status;
      const body = await res.text();
      if (res.status === 200) {
        const answer = parseChannelAnswer(body);
        if (typeof answer !== "string") return answer;
        throw new ChannelError(`${url} answered 200, but ${answer}`, 200);
      }
      last = new ChannelError(
        `${url} answered HTTP ${res.status}${statusMeaning(res.status, options)}`,
        status
      );
    } catch (error) {
      if (error instanceof ChannelError && error.status === 200) throw error;
      if (!(error instanceof ChannelError))
        last = new ChannelError(`${url}: ${networkReason(error, timeoutMs)}`);
    }
    if (!worthRetrying(status)) throw last;
  }
  throw new ChannelError(
    `${last.message} (${attempts} attempt${attempts === 1 ? "" : "s"}, ${delayMs / 1e3} s apart)`,
    last.status
  );
}
function statusMeaning(status, options) {
  if (status === 401 || status === 403)
    return options.license ? " (the license was refused: expired, or not one the channel knows)" : " (no license was sent, and the channel wants one)";
  if (status === 404 && options.releaseId) return ` (no release '${options.releaseId}' on the channel)`;
  if (status === 503) return " (service unavailable)";
  return "";
}
function networkReason(error, timeoutMs) {
  const err = error;
  if (err?.name === "TimeoutError" || err?.name === "AbortError")
    return `no answer within ${Math.round(timeoutMs / 1e3)} s`;
  const code = err?.cause?.code;
  if (code) return `cannot connect (${code})`;
  return err?.cause?.message ?? err?.message ?? String(error);
}

// src/commands/image-check/channel.ts
var isMap5 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
async function consultChannel(options, built, ctx) {
  if (options.airgapped) {
    ctx.out.info("Air-gapped: the release channel is not asked (the operator never asks it).");
    return { built };
  }
  const spec = isMap5(built.cr.spec) ? built.cr.spec : {};
  const values = isMap5(spec.values) ? spec.values : {};
  const global = isMap5(values.global) ? values.global : {};
  const crLicense = typeof global.license === "string" && global.license !== "" ? global.license : void 0;
  const license = crLicense ?? options.license;
  if (license) ctx.redactor.add(`license:${license}`);
  const releaseId = typeof values._releaseId === "string" ? releaseIdOf(values) : void 0;
  const base = options.channelUrl;
  const hasChart = spec.chart !== void 0 && spec.chart !== null;
  return ctx.out.group(`Release channel ${base}`, async () => {
    const how = crLicense ? "with the license of spec.values.global.license" : license ? "with the license input" : isMap5(global.licenseSecret) ? `without a license: the CR reads it from the Secret global.licenseSecret names, which is in the cluster (give the license input, WANDB_LICENSE, to ask as the operator does)` : "without a license (none in the CR or the license input)";
    ctx.out.info(
      `Not air-gapped: the operator takes ${hasChart ? "the values the CR does not set" : "the chart and the values the CR does not set"} from the release channel; asking ${base} for ${releaseId ? `the pinned release ${releaseId} (values._releaseId)` : "its current release"} ${how}.`
    );
    if (license && base.startsWith("http:") && !/^http:\/\/(127\.|localhost[:/]|\[::1\])/.test(`${base}/`)) {
      ctx.out.warning(`The license goes to ${base} over plain HTTP, readable on the network: use HTTPS.`);
    }
    try {
      const answer = await askChannel({ base, license, releaseId });
      for (const secret of secretValuesIn({ chart: answer.chart, values: answer.values }))
        ctx.redactor.add(secret);
      const merged = specWithChannel(spec, answer);
      const release = describeRelease(answer, releaseId);
      ctx.out.info(
        `The release channel answered: ${release}. Rendered: ${merged.chartFrom === "channel" ? "the channel's chart" : "the chart of spec.chart"}${options.render.chart ? ` (the chart input '${options.render.chart}' in its place)` : ""}, with the CR's values over the channel's.`
      );
      return {
        built: {
          ...built,
          cr: { ...built.cr, spec: { ...spec, chart: merged.chart, values: merged.values } }
        },
        release,
        base,
        chartFromChannel: merged.chartFrom === "channel"
      };
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      const fix = `Check channel-url (${base}, the operator's DEPLOYER_CHANNEL_URL) and that this runner reaches it${license ? "" : ", and give the license (license input, WANDB_LICENSE) if the channel wants one"}; or pin spec.chart and the image tags in the CR (docs/release-channel.md); or, if the operator runs air-gapped, say airgapped: true.`;
      const problem = hasChart ? {
        severity: "warning",
        keyPath: "spec.values",
        message: `The release channel could not be asked: ${error.message}. The operator takes the values the CR does not set from it, so images the CR does not pin may differ from those listed here (rendered with the CR's values alone).`,
        fix
      } : {
        severity: "error",
        keyPath: "spec.chart",
        message: `The release channel could not be asked: ${error.message}. The CR has no spec.chart, so the operator takes the chart and its values from the channel: which images it will deploy cannot be known here. (An operator failing the same way uses the release it cached last, in the Secret ${String(built.cr.metadata?.name ?? "wandb")}-latest-cached-release, or, with none, leaves the CR in 'Invalid Config'.)`,
        fix
      };
      return { built, base, problem };
    }
  });
}

// src/commands/image-check/options.ts
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
  const license = str(raw, "license");
  if (license) {
    ctx.redactor.add(license);
    ctx.redactor.add(`license:${license}`);
  }
  const channelText = str(raw, "channel-url") ?? "https://deploy.wandb.ai";
  const channelUrl = channelBase(channelText);
  if (!channelUrl) {
    throw new UserError(
      `'${channelText}' is not a release channel URL.`,
      "Give --channel-url as http(s)://HOST[:PORT][/PATH] with no credentials, e.g. https://deploy.wandb.ai (the default), as the operator's DEPLOYER_CHANNEL_URL."
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
    timeoutMs: timeout * 1e3,
    render: { ...parseRenderCheckOptions(raw, ctx), mode: "true" },
    operatorChart: str(raw, "operator-chart"),
    internalHosts: list(raw, "internal-hosts").flatMap((entry) => entry.split(/[\s,]+/).filter(Boolean)),
    renderTimeoutMs: 12e4,
    channelUrl,
    license,
    json: wantsJson(raw.format)
  };
}

// src/commands/image-check/registry.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// src/images/registry-client.ts
var import_undici = __toESM(require_undici(), 1);
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
    this.dispatcher = httpDispatcher({
      env: options.env ?? {},
      ca: options.ca,
      timeoutMs: this.timeoutMs,
      onSecret: options.onSecret
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

// src/commands/image-check/registry.ts
function readCa(file, cwd) {
  try {
    const text3 = readFileSync(resolve(cwd, file), "utf8");
    if (!text3.includes("-----BEGIN CERTIFICATE-----")) {
      throw new UserError(
        `'${file}' holds no PEM certificate.`,
        "Give --registry-ca-file a PEM file (BEGIN CERTIFICATE)."
      );
    }
    return text3;
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
async function askRegistry(options, images, ctx) {
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
    onSecret: (secret) => ctx.redactor.add(secret),
    env: ctx.env
  });
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
    return await checkAll(client, images);
  } finally {
    await client.close();
  }
}

// src/commands/image-check/render.ts
import { existsSync } from "node:fs";
import { resolve as resolve2 } from "node:path";
function helmOf(options, ctx) {
  const helm = options.render.helmPath ?? findOnPath("helm", ctx.env);
  if (!helm) {
    throw new UserError(
      "image-check renders the charts with helm, and there is no helm on the PATH.",
      "Install helm 3 (or give its path with --helm-path / HELM_PATH); install-operator's helm-path output names the one it used."
    );
  }
  return resolve2(ctx.cwd, helm);
}
async function renderAll(options, built, ctx, channelRelease) {
  const cr = built.cr;
  const spec = cr.spec ?? {};
  const helm = helmOf(options, ctx);
  const check = await renderCheck(built, { ...options.render, helmPath: helm }, ctx, {
    timeoutMs: options.renderTimeoutMs
  });
  if (check.outcome !== "rendered" || check.manifest === void 0) {
    for (const finding of chartOriginFindings(cr, options)) {
      if (finding.severity === "error") ctx.out.error(finding.message);
      else ctx.out.warning(finding.message);
      ctx.out.info(`  fix: ${finding.fix}`);
    }
    ctx.out.error(
      `Nothing was checked: the images come from a render of the chart with these values, and ${check.outcome === "failed" && check.diagnostics.some((d) => !d.message.startsWith("render check required")) ? "the chart refuses them" : "no chart could be rendered"} (${check.diagnostics.map((d) => d.message).join("; ") || check.line}).`
    );
    ctx.out.info(
      "  fix: Give image-check the operator-wandb chart the operator will install with --chart PATH (a .tgz from 'helm pull', or a chart directory), or correct the values the chart refuses (validate names them)."
    );
    return void 0;
  }
  const images = imagesOfManifest(check.manifest);
  const local = resolveChartSource({
    chartInput: options.render.chart,
    specChart: spec.chart,
    cwd: ctx.cwd,
    exists: (path) => existsSync(path)
  });
  const pinned = spec.chart?.version;
  const defaults = local.kind === "local" ? chartDefaults(local.path) : typeof pinned === "string" ? knownChart(pinned)?.tree : void 0;
  const label = local.kind === "local" ? chartLabel(local.path) : `operator-wandb ${typeof pinned === "string" ? pinned : ""}`.trim();
  ctx.out.info(
    `Rendered ${label}${channelRelease ? ` (the CR's values over the release channel's ${channelRelease})` : ""}: ${images.length} images.`
  );
  let controller;
  if (options.operatorChart) {
    const operatorPath = resolve2(ctx.cwd, options.operatorChart);
    if (!existsSync(operatorPath)) {
      throw new UserError(
        `The operator chart '${options.operatorChart}' does not exist.`,
        "Give --operator-chart the path of the operator chart archive (.tgz) or directory, or leave it out to take the controller image from --controller-repository and --controller-tag."
      );
    }
    const operatorRender = await renderChart({
      helm,
      chartPath: operatorPath,
      // What install-operator sets: the image and, when air-gapped, the operator's airgapped switch.
      values: {
        image: {
          repository: options.controllerRepository,
          ...options.controllerTag ? { tag: options.controllerTag } : {}
        },
        ...options.airgapped ? { airgapped: true } : {}
      },
      releaseName: "operator",
      namespace: "wandb",
      timeoutMs: options.renderTimeoutMs,
      env: ctx.env
    });
    if (!operatorRender.ok) {
      ctx.out.error(
        `The operator chart ${chartLabel(operatorPath)} does not render: ${operatorRender.message}`
      );
      return void 0;
    }
    controller = imagesOfManifest(operatorRender.manifest);
    ctx.out.info(
      `Rendered the operator chart ${chartLabel(operatorPath)}: ${controller.map((i) => i.image).join(", ")}.`
    );
  }
  return { chart: label, images, defaults, controller };
}
function chartLabel(path) {
  const files = chartFiles(path);
  const chartYaml = files && [...files.entries()].find(([name]) => /^[^/]+\/Chart\.yaml$|^Chart\.yaml$/.test(name));
  if (chartYaml) {
    const text3 = Buffer.from(chartYaml[1]).toString("utf8");
    const name = /^name:\s*['"]?([^'"\s]+)/m.exec(text3)?.[1];
    const version = /^version:\s*['"]?([^'"\s]+)/m.exec(text3)?.[1];
    if (name) return `${name} ${version ?? ""}`.trim();
  }
  return path;
}
var filesCache = /* @__PURE__ */ new Map();
function chartFiles(path) {
  if (filesCache.has(path)) return filesCache.get(path);
  let files;
  try {
    files = readChartFiles(path);
  } catch {
    files = void 0;
  }
  filesCache.set(path, files);
  return files;
}
function chartDefaults(path) {
  return knowledgeOfChartAt(path)?.tree;
}

// src/commands/image-check/run.ts
async function runImageCheck(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const built = loadConfig(options, ctx);
  if (!built.ok) {
    const message = "Nothing was checked: the configuration has errors (listed above).";
    return nothingChecked(options, ctx, message, { diagnostics: built.diagnostics.map(diagnosticJson) });
  }
  const channel = await consultChannel(options, built, ctx);
  ctx.out.setOutput("channel-release", channel.release ?? "");
  if (channel.problem?.severity === "error") {
    report([channel.problem], () => void 0, ctx);
    ctx.out.summary(
      [
        "### Images: not checked, the release channel could not be asked",
        "",
        cell(channel.problem.message),
        "",
        `Fix: ${cell(channel.problem.fix)}`,
        ""
      ].join("\n")
    );
    const message = "Nothing was checked: without spec.chart, the chart and the images come from the release channel.";
    return nothingChecked(options, ctx, message, { problems: [channel.problem] });
  }
  const renders2 = await renderAll(options, channel.built, ctx, channel.release);
  if (!renders2) {
    const message = "Nothing was checked: no chart was rendered with these values (the log says why).";
    return nothingChecked(options, ctx, message, { channelRelease: channel.release }, false);
  }
  const plan = planImages(
    {
      cr: channel.built.cr,
      rendered: renders2.images,
      chartDefaults: renders2.defaults,
      controller: {
        rendered: renders2.controller,
        repository: options.controllerRepository,
        tag: options.controllerTag
      }
    },
    { registry: options.registry, airgapped: options.airgapped }
  );
  plan.problems.unshift(
    ...chartOriginFindings(built.cr, {
      airgapped: options.airgapped,
      registry: options.registry,
      internalHosts: options.internalHosts,
      channelRelease: channel.release
    }),
    ...channel.problem ? [channel.problem] : []
  );
  const places = placeIndex(
    options.configFiles.map((path) => ({ path, text: readFileSync2(resolve3(ctx.cwd, path), "utf8") })),
    options.sets
  );
  const placeOf = (path) => findPlace(places, path);
  const rows = tabulate(plan.images, await askRegistry(options, plan.images, ctx));
  if (!options.json) ctx.out.print(textTable(rows));
  report(plan.problems, placeOf, ctx);
  const missing = rows.filter((row) => row.status === "missing" && !row.testOnly);
  const failed = rows.filter((row) => row.status === "error" && !row.testOnly);
  const errors = plan.problems.filter((p) => p.severity === "error").length;
  ctx.out.setOutput("images", rows.map((row) => row.reference).join(","));
  ctx.out.setOutput("missing", missing.map((row) => row.reference).join(","));
  ctx.out.summary(summaryMarkdown(rows, plan.problems, options.registry, renders2.chart, channel));
  reportMissing(rows, options, ctx);
  const ok = missing.length === 0 && failed.length === 0 && errors === 0;
  if (options.json) {
    const body = { chart: renders2.chart, channelRelease: channel.release, rows, missing };
    printJson(options, ctx, { ...body, ok, problems: plan.problems, placeOf });
  } else ctx.out.print(outcomeLine(rows, ok, options.registry, errors));
  return ok ? 0 : 1;
}
function nothingChecked(options, ctx, message, json, sayIt = true) {
  if (sayIt) ctx.out.error(message);
  ctx.out.setOutput("images", "");
  ctx.out.setOutput("missing", "");
  if (options.json) printJson(options, ctx, { ...json, message });
  return 1;
}
function printJson(options, ctx, result) {
  const body = imageCheckJson({ ...result, registry: options.registry, airgapped: options.airgapped });
  ctx.out.json("image-check", result.ok ?? false, body);
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
function reportMissing(rows, options, ctx) {
  const missing = rows.filter((row) => row.status === "missing" && !row.testOnly);
  const missingTests = rows.filter((row) => row.status === "missing" && row.testOnly);
  if (missingTests.length > 0) {
    ctx.out.warning(
      `Missing from ${options.registry.display}, used only by the chart's helm tests (the operator never runs them; 'helm test' would need them): ${missingTests.map((r) => r.reference).join(", ")}`
    );
  }
  if (missing.length > 0) {
    ctx.out.error(
      `${missing.length} of ${rows.length} image${rows.length === 1 ? "" : "s"} missing from ${options.registry.display}: ${missing.map((r) => r.reference).join(", ")}`
    );
    ctx.out.info(`  fix: mirror them into ${options.registry.display} before applying, e.g. with crane:`);
    for (const row of [...missing, ...missingTests])
      ctx.out.info(`    crane copy ${row.upstream} ${row.reference}`);
    ctx.out.info(
      "  or, on a connected machine, 'wsm download' and push the saved images (docker load, docker tag, docker push)."
    );
  }
  for (const row of rows.filter((r) => r.status === "error" && !r.testOnly))
    ctx.out.error(`${row.reference}: ${row.detail ?? "the check failed"}`);
}
export {
  runImageCheck
};
