import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  readInputFile
} from "./chunk-W47JOMVU.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import {
  closest
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM
} from "./chunk-SIWOL6LA.js";

// src/rollout/plan.ts
function entry(stage, instance) {
  return { stage: stage.name, instance: instance.name, index: stage.index, namespace: instance.namespace };
}
function planJson(fleet, fleetPath) {
  const stages = fleet.stages.map((stage) => ({
    name: stage.name,
    index: stage.index,
    last: stage.index === fleet.stages.length,
    instances: stage.instances.map((i) => i.name),
    matrix: { include: stage.instances.map((i) => entry(stage, i)) }
  }));
  return { fleet: fleetPath, stages, matrix: { include: stages.flatMap((s) => s.matrix.include) } };
}
function selectStages(fleet, only) {
  const stageNames = fleet.stages.map((s) => s.name);
  if (only.stage !== void 0 && !stageNames.includes(only.stage)) {
    const suggestion = closest(only.stage, stageNames);
    throw new UserError(
      `only-stage '${only.stage}' is not a stage of ${fleet.file}.`,
      `${suggestion ? `Did you mean '${suggestion}'? ` : ""}The stages, in order: ${stageNames.join(", ")}.`
    );
  }
  if (only.instance !== void 0) {
    const names = fleet.instances.map((i) => i.name);
    const found = fleet.instances.find((i) => i.name === only.instance);
    if (!found) {
      const suggestion = closest(only.instance, names);
      throw new UserError(
        `only-instance '${only.instance}' is not an instance of ${fleet.file}.`,
        `${suggestion ? `Did you mean '${suggestion}'? ` : ""}The instances: ${names.join(", ")}.`
      );
    }
    if (only.stage !== void 0 && found.stage !== only.stage)
      throw new UserError(
        `Instance '${only.instance}' is in stage '${found.stage}', not '${only.stage}'.`,
        "Take both values from the same entry of the plan matrix."
      );
  }
  const stages = fleet.stages.map((stage) => ({
    ...stage,
    last: stage.index === fleet.stages.length,
    selected: stage.instances.filter(
      (i) => (only.stage === void 0 || stage.name === only.stage) && (only.instance === void 0 || i.name === only.instance)
    )
  }));
  return { stages, partial: only.stage !== void 0 || only.instance !== void 0 };
}

// src/rollout/fleet.ts
var import_yaml = __toESM(require_dist(), 1);
var TOP_KEYS = ["stages", "instances"];
var INSTANCE_KEYS = [
  "name",
  "stage",
  "namespace",
  "cr-name",
  "kubeconfig-env",
  "context",
  "config",
  "set",
  "verify"
];
var VERIFY_KEYS = ["host", "api-key-env", "entity", "project", "fail-on", "cluster-checks", "ca-file"];
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function formatFleetProblem(p) {
  const head = `${p.place.file}:${p.place.line}:${p.place.column}: ${p.severity}: ${p.message}`;
  return p.fix ? `${head}
  fix: ${p.fix}` : head;
}
function fleetHasErrors(problems) {
  return problems.some((p) => p.severity === "error");
}
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  problems = [];
  lines = new import_yaml.LineCounter();
  get lineCounter() {
    return this.lines;
  }
  at(node, fallback) {
    const offset = node?.range?.[0];
    if (offset === void 0) return fallback ?? { file: this.file, line: 1, column: 1 };
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
  }
  error(place, message, fix) {
    this.problems.push({ severity: "error", place, message, fix });
  }
  warning(place, message, fix) {
    this.problems.push({ severity: "warning", place, message, fix });
  }
  /** The map's entries by key, reporting unknown keys (by name only: a value could be a pasted secret). */
  entries(map, allowed, where) {
    const out = /* @__PURE__ */ new Map();
    for (const pair of map.items) {
      const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
      const place = this.at(pair.key, this.at(map));
      if (out.has(key)) {
        this.error(place, `duplicate key \`${key}\` in ${where}`, "Keep one of the two.");
        continue;
      }
      if (!allowed.includes(key)) {
        this.error(place, `unknown key \`${key}\` in ${where}`, unknownKeyFix(key, allowed));
        continue;
      }
      out.set(key, { key: pair.key, value: pair.value });
    }
    return out;
  }
  /** A non-empty string scalar (numbers are accepted and written in decimal where `numbers` is true). */
  string(entry2, what, numbers = false) {
    if (!entry2) return void 0;
    const node = entry2.value;
    const place = this.at(node, this.at(entry2.key));
    if ((0, import_yaml.isScalar)(node) && typeof node.value === "string" && node.value.trim() !== "")
      return node.value.trim();
    if ((0, import_yaml.isScalar)(node) && numbers && typeof node.value === "number") return String(node.value);
    this.error(place, `${what} must be ${numbers ? "a name or a number" : "a non-empty string"}`);
    return void 0;
  }
  stringList(entry2, what) {
    if (!entry2) return [];
    const node = entry2.value;
    const items = (0, import_yaml.isSeq)(node) ? node.items : [node];
    const out = [];
    for (const item of items) {
      const place = this.at(item, this.at(entry2.key));
      if ((0, import_yaml.isScalar)(item) && typeof item.value === "string" && item.value.trim() !== "")
        out.push({ value: item.value.trim(), place });
      else this.error(place, `each entry of ${what} must be a non-empty string`);
    }
    return out;
  }
};
function unknownKeyFix(key, allowed) {
  if (key === "kubeconfig")
    return "Never put a kubeconfig in the fleet file: store it as a secret and name its environment variable in `kubeconfig-env`, or name a context of the ambient kubeconfig in `context`.";
  if (key === "api-key")
    return "Never put an API key in the fleet file: store it as a secret and name its environment variable in `api-key-env`.";
  const suggestion = closest(key, allowed);
  return suggestion ? `Did you mean \`${suggestion}\`? Allowed here: ${allowed.join(", ")}.` : `Allowed here: ${allowed.join(", ")}.`;
}
function envReference(reader, entry2, what) {
  const name = reader.string(entry2, what);
  if (name === void 0 || !entry2) return void 0;
  if (!ENV_NAME.test(name)) {
    reader.error(
      reader.at(entry2.value),
      `${what} must name an environment variable (letters, digits and _), not hold the secret itself`,
      "Store the secret in your CI (e.g. a GitHub secret), expose it as an environment variable of the step, and put that variable name here."
    );
    return void 0;
  }
  return name;
}
function parseVerify(reader, entry2) {
  const place = reader.at(entry2.value, reader.at(entry2.key));
  if (!(0, import_yaml.isMap)(entry2.value)) {
    reader.error(place, "`verify` must be a map with at least `host`");
    return void 0;
  }
  const keys = reader.entries(entry2.value, VERIFY_KEYS, "`verify`");
  const host = reader.string(keys.get("host"), "`verify.host`");
  if (!keys.has("host")) reader.error(place, "`verify` needs `host`, the base URL of the W&B Server");
  if (host !== void 0 && !/^https?:\/\/[^\s/]+/.test(host))
    reader.error(
      reader.at(keys.get("host")?.value),
      "`verify.host` must be an http(s) URL",
      "Write it as https://wandb.example.com."
    );
  const failOn = reader.string(keys.get("fail-on"), "`verify.fail-on`");
  if (failOn !== void 0 && failOn !== "error" && failOn !== "warning")
    reader.error(reader.at(keys.get("fail-on")?.value), "`verify.fail-on` is `error` or `warning`");
  const clusterNode = keys.get("cluster-checks")?.value;
  const clusterValue = (0, import_yaml.isScalar)(clusterNode) && typeof clusterNode.value === "boolean" ? String(clusterNode.value) : reader.string(keys.get("cluster-checks"), "`verify.cluster-checks`");
  if (clusterValue !== void 0 && !["auto", "true", "false"].includes(clusterValue))
    reader.error(reader.at(clusterNode), "`verify.cluster-checks` is `auto`, `true` or `false`");
  if (host === void 0) return void 0;
  return {
    host,
    apiKeyEnv: envReference(reader, keys.get("api-key-env"), "`verify.api-key-env`"),
    entity: reader.string(keys.get("entity"), "`verify.entity`"),
    project: reader.string(keys.get("project"), "`verify.project`"),
    failOn: failOn === "warning" ? "warning" : failOn === "error" ? "error" : void 0,
    clusterChecks: clusterValue,
    caFile: reader.string(keys.get("ca-file"), "`verify.ca-file`"),
    place
  };
}
function parseInstance(reader, node, index) {
  const place = reader.at(node);
  if (!(0, import_yaml.isMap)(node)) {
    reader.error(place, `instances[${index}] must be a map (name, stage, namespace, config, ...)`);
    return void 0;
  }
  const keys = reader.entries(node, INSTANCE_KEYS, `instances[${index}]`);
  const name = reader.string(keys.get("name"), "`name`");
  const label = name ? `instance \`${name}\`` : `instances[${index}]`;
  if (!keys.has("name")) reader.error(place, `${label} has no \`name\``);
  else if (name !== void 0 && !DNS_LABEL.test(name))
    reader.error(
      reader.at(keys.get("name")?.value),
      `instance name \`${name}\` must be lower-case letters, digits and -, starting and ending with a letter or digit`,
      "Instance names become file and job names; e.g. `staging-eu`."
    );
  const stage = reader.string(keys.get("stage"), "`stage`", true);
  if (!keys.has("stage"))
    reader.error(
      place,
      `${label} has no \`stage\``,
      "Give it a stage: a number, or a name listed in `stages`."
    );
  const namespace = reader.string(keys.get("namespace"), "`namespace`");
  if (!keys.has("namespace"))
    reader.error(
      place,
      `${label} has no \`namespace\``,
      "Name the namespace of its WeightsAndBiases resource: the fleet file is where instances are told apart."
    );
  else if (namespace !== void 0 && !DNS_LABEL.test(namespace))
    reader.error(
      reader.at(keys.get("namespace")?.value),
      `namespace \`${namespace}\` is not a valid namespace name`
    );
  const crName = reader.string(keys.get("cr-name"), "`cr-name`");
  const kubeconfigEnv = envReference(reader, keys.get("kubeconfig-env"), "`kubeconfig-env`");
  const context = reader.string(keys.get("context"), "`context`");
  if (!keys.has("kubeconfig-env") && !keys.has("context"))
    reader.error(
      place,
      `${label} says neither \`kubeconfig-env\` nor \`context\`: which cluster is it in?`,
      "Add `kubeconfig-env: VARIABLE` (a variable holding the kubeconfig, a secret) or `context: NAME` (a context of the kubeconfig in KUBECONFIG). Falling back to the current context could deploy to the wrong cluster."
    );
  const accessPlace = reader.at(keys.get("kubeconfig-env")?.value ?? keys.get("context")?.value, place);
  const config = reader.stringList(keys.get("config"), "`config`").map((c) => ({ path: c.value, place: c.place }));
  if (!keys.has("config"))
    reader.error(
      place,
      `${label} has no \`config\``,
      "List its configuration layers, e.g. `config: [base.yaml, overlays/staging.yaml]`."
    );
  else if (config.length === 0 && (0, import_yaml.isSeq)(keys.get("config")?.value))
    reader.error(reader.at(keys.get("config")?.value), `\`config\` of ${label} is empty`);
  const set = reader.stringList(keys.get("set"), "`set`").map((s) => s.value);
  const verifyEntry = keys.get("verify");
  const verify = verifyEntry ? parseVerify(reader, verifyEntry) : void 0;
  const apiKeyNode = (0, import_yaml.isMap)(verifyEntry?.value) ? verifyEntry?.value.get("api-key-env", true) : void 0;
  if (name === void 0 || stage === void 0 || namespace === void 0) return void 0;
  return {
    name,
    stage,
    namespace,
    crName,
    kubeconfigEnv,
    context,
    config,
    set,
    verify,
    place,
    accessPlace,
    apiKeyPlace: apiKeyNode ? reader.at(apiKeyNode) : void 0
  };
}
function orderStages(reader, instances, declared, stageNodes) {
  let order;
  if (declared) {
    order = [];
    for (const stage of declared) {
      if (order.includes(stage.value))
        reader.error(stage.place, `stage \`${stage.value}\` is listed twice in \`stages\``);
      else order.push(stage.value);
    }
    for (const instance of instances) {
      if (!order.includes(instance.stage)) {
        const suggestion = closest(instance.stage, order);
        reader.error(
          stageNodes.get(instance) ?? instance.place,
          `stage \`${instance.stage}\` of instance \`${instance.name}\` is not in \`stages\``,
          suggestion ? `Did you mean \`${suggestion}\`?` : `Add it to \`stages\` (${order.join(", ")}) where it belongs in the order.`
        );
      }
    }
    for (const stage of declared) {
      if (!instances.some((i) => i.stage === stage.value))
        reader.warning(stage.place, `stage \`${stage.value}\` has no instances; it is skipped`);
    }
  } else {
    const named = instances.filter((i) => !/^\d+$/.test(i.stage));
    for (const instance of named) {
      reader.error(
        stageNodes.get(instance) ?? instance.place,
        `stage \`${instance.stage}\` is a name, and the fleet file has no \`stages\` list to order it`,
        "Add a top-level `stages: [dev, staging, production]` in promotion order, or number the stages (1, 2, 3)."
      );
    }
    order = [...new Set(instances.map((i) => i.stage))].sort((a, b) => Number(a) - Number(b));
  }
  return order.map((name) => ({ name, instances: instances.filter((i) => i.stage === name) })).filter((s) => s.instances.length > 0).map((s, i) => ({ ...s, index: i + 1 }));
}
function checkTargets(reader, instances) {
  const seenNames = /* @__PURE__ */ new Map();
  const seenTargets = /* @__PURE__ */ new Map();
  for (const instance of instances) {
    const first = seenNames.get(instance.name);
    if (first)
      reader.error(
        instance.place,
        `instance name \`${instance.name}\` is used twice (first at line ${first.place.line})`,
        "Give every instance its own name."
      );
    else seenNames.set(instance.name, instance);
    const cluster = instance.kubeconfigEnv ? `env:${instance.kubeconfigEnv}` : "";
    const target = `${cluster}|ctx:${instance.context ?? ""}|${instance.namespace}|${instance.crName ?? ""}`;
    const other = seenTargets.get(target);
    if (other)
      reader.error(
        instance.place,
        `instances \`${other.name}\` and \`${instance.name}\` deploy to the same namespace \`${instance.namespace}\` of the same cluster`,
        "One W&B instance per namespace: give each its own namespace (or cr-name), or drop one."
      );
    else seenTargets.set(target, instance);
  }
}
function parseFleet(file, text) {
  const reader = new Reader(file);
  const docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter: reader.lineCounter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const origin = { file, line: 1, column: 1 };
  if (list.length !== 1) {
    reader.error(
      list.length > 1 ? reader.at({ range: list[1].range }) : origin,
      list.length > 1 ? "a fleet file is one YAML document" : "the fleet file is empty",
      "Write one map with `instances:` (and `stages:` when stages have names)."
    );
    return { problems: reader.problems };
  }
  const doc = list[0];
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      reader.error(
        reader.at({ range: [error.pos[0]] }),
        `YAML syntax error: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
        "Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes)."
      );
    return { problems: reader.problems };
  }
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) {
    reader.error(reader.at(root, origin), "the top level of a fleet file must be a map with `instances:`");
    return { problems: reader.problems };
  }
  const top = reader.entries(root, TOP_KEYS, "the fleet file");
  const declaredEntry = top.get("stages");
  let declared;
  if (declaredEntry) {
    declared = [];
    const items = (0, import_yaml.isSeq)(declaredEntry.value) ? declaredEntry.value.items : void 0;
    if (!items)
      reader.error(
        reader.at(declaredEntry.value, reader.at(declaredEntry.key)),
        "`stages` must be a list of stage names, in promotion order"
      );
    for (const item of items ?? []) {
      const ok = (0, import_yaml.isScalar)(item) && (typeof item.value === "string" || typeof item.value === "number") && String(item.value).trim() !== "";
      if (ok) declared.push({ value: String(item.value).trim(), place: reader.at(item) });
      else reader.error(reader.at(item), "each entry of `stages` must be a stage name or number");
    }
  }
  const instancesEntry = top.get("instances");
  if (!instancesEntry) {
    reader.error(
      reader.at(root),
      "the fleet file has no `instances` list",
      "Add `instances:` with one entry per W&B instance."
    );
    return { problems: reader.problems };
  }
  if (!(0, import_yaml.isSeq)(instancesEntry.value) || instancesEntry.value.items.length === 0) {
    reader.error(
      reader.at(instancesEntry.value, reader.at(instancesEntry.key)),
      "`instances` must be a non-empty list"
    );
    return { problems: reader.problems };
  }
  const instances = [];
  const stageNodes = /* @__PURE__ */ new Map();
  instancesEntry.value.items.forEach((node, i) => {
    const instance = parseInstance(reader, node, i);
    if (!instance) return;
    instances.push(instance);
    const stageNode = (0, import_yaml.isMap)(node) ? node.get("stage", true) : void 0;
    stageNodes.set(instance, reader.at(stageNode, instance.place));
  });
  checkTargets(reader, instances);
  const stages = orderStages(reader, instances, declared, stageNodes);
  if (fleetHasErrors(reader.problems)) return { problems: reader.problems };
  return {
    fleet: { file, stages, instances: stages.flatMap((s) => s.instances) },
    problems: reader.problems
  };
}

// src/rollout/fleet-input.ts
function loadFleet(path, ctx) {
  const text = readInputFile(ctx.cwd, path, "the fleet file");
  const parsed = parseFleet(path, text);
  for (const problem of parsed.problems) {
    ctx.out.info(formatFleetProblem(problem));
    if (ctx.out.github) {
      const message = problem.fix ? `${problem.message} Fix: ${problem.fix}` : problem.message;
      if (problem.severity === "error") ctx.out.error(message, problem.place);
      else ctx.out.warning(message, problem.place);
    }
  }
  if (!parsed.fleet || fleetHasErrors(parsed.problems)) {
    const count = parsed.problems.filter((p) => p.severity === "error").length;
    throw new UserError(
      `The fleet file ${path} has ${count} error${count === 1 ? "" : "s"} (listed above); nothing was done.`
    );
  }
  return parsed.fleet;
}

export {
  planJson,
  selectStages,
  loadFleet
};
