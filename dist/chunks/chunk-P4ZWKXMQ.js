import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  loadConfig,
  maskSecrets,
  maskedYaml,
  parseConfigOptions,
  parseRenderCheckOptions,
  renderCheck,
  secretValuesIn
} from "./chunk-W7FN5PJ7.js";
import {
  KubeClient,
  KubeCommandError,
  UNREACHABLE,
  UNREACHABLE_FIX,
  isNotFound
} from "./chunk-XLC4ITTQ.js";
import {
  childEnv
} from "./chunk-JOVIVYPK.js";
import {
  prepareKubeconfig
} from "./chunk-ZDOSZ5UR.js";
import {
  bool,
  num,
  str
} from "./chunk-KBDRJG5B.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";

// src/diff/unified.ts
function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i2 = n - 1; i2 >= 0; i2--) {
    for (let j2 = m - 1; j2 >= 0; j2--) {
      lcs[i2][j2] = a[i2] === b[j2] ? lcs[i2 + 1][j2 + 1] + 1 : Math.max(lcs[i2 + 1][j2], lcs[i2][j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i], a: i++, b: j++ });
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push({ kind: "-", line: a[i], a: i++, b: j });
    } else {
      ops.push({ kind: "+", line: b[j], a: i, b: j++ });
    }
  }
  return ops;
}
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function unifiedDiff(before, after, options) {
  if (before === after) return "";
  const context = options.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a, b);
  const out = [`--- ${options.fromLabel}`, `+++ ${options.toLabel}`];
  let index = 0;
  while (index < ops.length) {
    if (ops[index].kind === " ") {
      index++;
      continue;
    }
    let start = Math.max(0, index - context);
    while (start < index && ops[start].kind !== " ") start++;
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= context * 2) {
      if (ops[end].kind !== " ") lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    const hunk = ops.slice(start, end);
    const aStart = hunk[0].a;
    const bStart = hunk[0].b;
    const aCount = hunk.filter((op) => op.kind !== "+").length;
    const bCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(
      `@@ -${aCount === 0 ? aStart : aStart + 1},${aCount} +${bCount === 0 ? bStart : bStart + 1},${bCount} @@`
    );
    for (const op of hunk) out.push(`${op.kind}${op.line}`);
    index = end;
  }
  return out.join("\n") + "\n";
}
function diffStat(diff) {
  let added = 0;
  let removed = 0;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+") && !line.startsWith("+++")) added++;
    else if (line.startsWith("-") && !line.startsWith("---")) removed++;
  }
  return { added, removed };
}

// src/kube/api-proxy.ts
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
var KubeApiError = class extends UserError {
  constructor(path, status, detail) {
    const unreachable = status === 502 || status === 503 || status === 504 || status === 500 && UNREACHABLE.test(detail);
    super(
      unreachable ? `GET ${path}: the Kubernetes API server cannot be reached.
${detail}` : `GET ${path} failed (HTTP ${status}): ${detail}`,
      unreachable || status === 401 ? UNREACHABLE_FIX : void 0
    );
    this.path = path;
    this.status = status;
    this.name = "KubeApiError";
  }
  path;
  status;
};
var READY = /Starting to serve on /;
var KubeApiProxy = class _KubeApiProxy {
  constructor(child, socketPath, dir, requestTimeoutMs) {
    this.child = child;
    this.socketPath = socketPath;
    this.dir = dir;
    this.requestTimeoutMs = requestTimeoutMs;
  }
  child;
  socketPath;
  dir;
  requestTimeoutMs;
  agent = new Agent({ keepAlive: true });
  watches = /* @__PURE__ */ new Set();
  stopped = false;
  static async start(options) {
    const dir = await mkdtemp(join(tmpdir(), "wandb-kube-api-"));
    const socketPath = join(dir, "api.sock");
    const args = ["--kubeconfig", options.kubeconfig];
    if (options.context) args.push("--context", options.context);
    args.push("proxy", `--unix-socket=${socketPath}`, "--reject-methods=^(POST|PUT|PATCH|DELETE)$");
    const child = spawn(options.kubectlPath, args, {
      env: childEnv(options.kubectlPath, options.env ?? process.env),
      stdio: ["ignore", "pipe", "pipe"]
    });
    const kill = () => child.kill("SIGKILL");
    process.once("exit", kill);
    try {
      await new Promise((resolve, reject) => {
        let output = "";
        const timer = setTimeout(
          () => reject(new Error(`kubectl proxy did not start within ${options.startTimeoutMs ?? 1e4} ms`)),
          options.startTimeoutMs ?? 1e4
        );
        const onData = (chunk) => {
          output += chunk.toString("utf8");
          if (READY.test(output)) {
            clearTimeout(timer);
            child.stdout?.off("data", onData);
            child.stderr?.off("data", onData);
            resolve();
          }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", onData);
        child.once("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.once("exit", (code) => {
          clearTimeout(timer);
          reject(
            new Error(`kubectl proxy exited (${code}): ${output.trim().split("\n").slice(-3).join(" ")}`)
          );
        });
      });
    } catch (error) {
      kill();
      process.removeListener("exit", kill);
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    child.stdout?.resume();
    child.stderr?.resume();
    child.once("exit", () => process.removeListener("exit", kill));
    return new _KubeApiProxy(child, socketPath, dir, options.requestTimeoutMs ?? 3e4);
  }
  open(path, headers, timeoutMs) {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socketPath, path, headers, agent: this.agent }, resolve);
      if (timeoutMs)
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on("error", reject);
      req.end();
    });
  }
  async get(path, options = {}) {
    const accept = options.metadataOnly ? "application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1" : "application/json";
    let response;
    let body = "";
    try {
      response = await this.open(path, { accept }, this.requestTimeoutMs);
      for await (const chunk of response) body += chunk;
    } catch (error) {
      throw new KubeApiError(path, 503, error.message);
    }
    const status = response.statusCode ?? 0;
    if (status === 404) return void 0;
    if (status < 200 || status >= 300) throw new KubeApiError(path, status, statusMessage(body));
    return JSON.parse(body);
  }
  watch(path, onChange) {
    let active = true;
    let current;
    const separator = path.includes("?") ? "&" : "?";
    const loop = async () => {
      while (active && !this.stopped) {
        try {
          current = await this.open(`${path}${separator}watch=1`, { accept: "application/json" });
          if (current.statusCode === 200) {
            for await (const chunk of current) {
              if (!active) break;
              if (String(chunk).includes("\n")) onChange();
            }
          } else {
            current.resume();
          }
        } catch {
        }
        if (active) await new Promise((r) => setTimeout(r, 500));
      }
    };
    void loop();
    const stop = () => {
      active = false;
      current?.destroy();
      this.watches.delete(stop);
    };
    this.watches.add(stop);
    return stop;
  }
  async stop() {
    this.stopped = true;
    for (const stop of [...this.watches]) stop();
    this.agent.destroy();
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once("exit", r));
      this.child.kill("SIGKILL");
      await exited;
    }
    await rm(this.dir, { recursive: true, force: true });
  }
};
function statusMessage(body) {
  try {
    const parsed = JSON.parse(body);
    if (parsed.message) return parsed.message;
  } catch {
  }
  return body.trim().split("\n").slice(-4).join("\n");
}

// src/apply/cluster.ts
var FIELD_MANAGER = "wandb-operator-actions";
var CR_RESOURCE = "weightsandbiases.apps.wandb.com";
async function openGateway(client, ref, log) {
  const kubectl = (args, call) => client.kubectl(args, { ...call, allowFailure: true });
  const { kubectlPath, kubeconfig, context, env } = client.options;
  try {
    const proxy = await KubeApiProxy.start({ kubectlPath, kubeconfig, context, env });
    return { gateway: new ClusterGateway(kubectl, ref, proxy), close: () => proxy.stop() };
  } catch (error) {
    log(`kubectl proxy did not start (${error.message}); reading through kubectl instead.`);
    return { gateway: new ClusterGateway(kubectl, ref), close: async () => void 0 };
  }
}
var QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
var OWNER = new RegExp(String.raw`^conflicts? with (${QUOTED})(.*?):(?: (.+))?$`);
function parseApplyConflicts(text) {
  const header = /Apply failed with (\d+) conflicts?: /.exec(text);
  if (!header) return void 0;
  const conflicts = [];
  let owner;
  for (const line of text.slice(header.index + header[0].length).split(/\r?\n/)) {
    const named = OWNER.exec(line.trimEnd());
    if (named) {
      owner = { manager: unquote(named[1]), ...named[2].trim() ? { detail: named[2].trim() } : {} };
      if (named[3]) {
        conflicts.push({ field: named[3].trim(), ...owner });
        break;
      }
      continue;
    }
    const item = /^- (\S.*)$/.exec(line.trimEnd());
    if (!item || !owner) break;
    conflicts.push({ field: item[1], ...owner });
  }
  return { count: Number(header[1]), conflicts };
}
function unquote(quoted) {
  try {
    return JSON.parse(quoted);
  } catch {
    return quoted.slice(1, -1);
  }
}
function conflictMessage(parsed, stderr) {
  if (!parsed?.conflicts.length || parsed.conflicts.length < parsed.count) {
    const lines = stderr.split("\n").map((line) => line.trim());
    const first = lines.findIndex((line) => /conflict/i.test(line));
    if (first < 0) return "Another field manager owns fields this configuration sets.";
    const advice = lines.findIndex((line, i) => i > first && /^(Please review|$)/.test(line));
    const said = lines.slice(first, advice < 0 ? void 0 : advice).join(" ");
    return `Another field manager owns fields this configuration sets (the API server said: ${said}).`;
  }
  const owners = /* @__PURE__ */ new Map();
  for (const { field, manager, detail } of parsed.conflicts)
    owners.set(field, [...owners.get(field) ?? [], detail ? `${manager} ${detail}` : manager]);
  const fields = [...owners].map(([field, managers]) => `${field} (owned by ${managers.join(" and ")})`);
  const who = new Set(parsed.conflicts.map((c) => c.manager)).size === 1 ? "Another field manager owns" : "Other field managers own";
  return `${who} ${owners.size === 1 ? "a field" : `${owners.size} fields`} this configuration sets: ${fields.join("; ")}.`;
}
var ClusterGateway = class {
  constructor(kubectl, ref, reader) {
    this.kubectl = kubectl;
    this.ref = ref;
    this.reader = reader;
  }
  kubectl;
  ref;
  reader;
  /**
   * Calls `onChange` whenever the CR or one of its workloads changes (watches through the reader), so a wait
   * can look again at once instead of at its next poll. Without a reader nothing is watched.
   */
  /** true when reads are HTTP requests with watches (cheap to repeat), false when each is a kubectl process. */
  get watches() {
    return this.reader !== void 0;
  }
  watchChanges(onChange) {
    if (!this.reader) return () => void 0;
    const { name, namespace } = this.ref;
    const selector = `labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`;
    const stops = [
      this.reader.watch(
        `${crPath(namespace)}?fieldSelector=${encodeURIComponent(`metadata.name=${name}`)}`,
        onChange
      ),
      this.reader.watch(`/apis/apps/v1/namespaces/${namespace}/deployments?${selector}`, onChange),
      this.reader.watch(`/apis/apps/v1/namespaces/${namespace}/statefulsets?${selector}`, onChange)
    ];
    return () => stops.forEach((stop) => stop());
  }
  async json(args, what) {
    const result = await this.kubectl([...args, "-o", "json"]);
    if (result.code !== 0) {
      if (isNotFound(result)) return void 0;
      throw new KubeCommandError("kubectl", args, result, what);
    }
    return result.stdout.trim() === "" ? void 0 : JSON.parse(result.stdout);
  }
  async getCr() {
    const object = await this.json(
      ["get", CR_RESOURCE, this.ref.name, "-n", this.ref.namespace],
      "Reading the live CR"
    );
    if (!object) return void 0;
    const metadata = object.metadata;
    return { object, resourceVersion: metadata.resourceVersion };
  }
  /** Server-side apply with our own field manager; conflicts with another manager are reported, not forced. */
  async apply(cr, options) {
    const args = [
      "apply",
      "--server-side",
      `--field-manager=${FIELD_MANAGER}`,
      "-n",
      this.ref.namespace,
      "-f",
      "-"
    ];
    if (options.forceConflicts) args.push("--force-conflicts");
    const result = await this.kubectl(args, { stdin: JSON.stringify(cr) });
    if (result.code === 0) return;
    const conflicts = parseApplyConflicts(result.stderr);
    if (conflicts || /conflict/i.test(result.stderr)) {
      throw new UserError(
        conflictMessage(conflicts, result.stderr),
        `Someone changed the CR outside this workflow (e.g. kubectl edit). Take ownership with 'force-conflicts: true', or move the change into the configuration files.`
      );
    }
    throw new KubeCommandError("kubectl", args, result, "Applying the CR");
  }
  async deleteCr() {
    const args = [
      "delete",
      CR_RESOURCE,
      this.ref.name,
      "-n",
      this.ref.namespace,
      "--ignore-not-found",
      "--wait=false"
    ];
    const result = await this.kubectl(args);
    if (result.code !== 0) throw new KubeCommandError("kubectl", args, result, "Deleting the CR");
  }
  /**
   * One look at everything the wait needs, in two kubectl calls (the CR with its spec-active Secret, the
   * workloads with their pods) and a third for the CR's events only when something failed: polling stays cheap.
   */
  async snapshot() {
    const { cr, secret, items } = this.reader ? await this.readThroughApi(this.reader) : await this.readThroughKubectl();
    const workloads = items.filter((item) => item.kind === "Deployment" || item.kind === "StatefulSet").map(toWorkload);
    const phase = cr?.status?.phase;
    const events = phase === "Invalid Config" || workloads.some((w) => w.failedReason) ? await this.events() : [];
    return {
      cr,
      phase,
      specActiveVersion: secret?.metadata?.resourceVersion,
      workloads,
      events,
      podProblems: podProblems(items.filter((item) => item.kind === "Pod"))
    };
  }
  /**
   * The CR first, then its workloads: the operator sets Completed after its Helm apply has updated them, so
   * workloads read after a Completed CR are never older than it (read at once, they could be).
   */
  async readThroughKubectl() {
    const own = await this.json(
      [
        "get",
        `${CR_RESOURCE}/${this.ref.name}`,
        `secret/${this.ref.name}-spec-active`,
        "-n",
        this.ref.namespace,
        "--ignore-not-found"
      ],
      "Reading the CR and its spec-active Secret"
    );
    const labelled = await this.json(
      [
        "get",
        "deployments,statefulsets,pods",
        "-n",
        this.ref.namespace,
        "-l",
        `app.kubernetes.io/instance=${this.ref.name}`
      ],
      "Listing workloads"
    );
    const ownItems = listItems(own);
    return {
      cr: ownItems.find((item) => item.kind === "WeightsAndBiases"),
      secret: ownItems.find((item) => item.kind === "Secret"),
      items: listItems(labelled)
    };
  }
  /** The same reads as HTTP requests; list items from the API carry no `kind`, so it is set here. */
  async readThroughApi(reader) {
    const { name, namespace } = this.ref;
    const selector = `labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`;
    const list = async (path, kind) => ((await reader.get(`${path}?${selector}`))?.items ?? []).map((item) => ({
      ...item,
      kind
    }));
    const [cr, secret] = await Promise.all([
      reader.get(`${crPath(namespace)}/${name}`),
      // Only the Secret's metadata: its resourceVersion is all the wait needs, and its data stays put.
      reader.get(`/api/v1/namespaces/${namespace}/secrets/${name}-spec-active`, { metadataOnly: true })
    ]);
    const [deployments, statefulSets, pods] = await Promise.all([
      list(`/apis/apps/v1/namespaces/${namespace}/deployments`, "Deployment"),
      list(`/apis/apps/v1/namespaces/${namespace}/statefulsets`, "StatefulSet"),
      list(`/api/v1/namespaces/${namespace}/pods`, "Pod")
    ]);
    return { cr, secret, items: [...deployments, ...statefulSets, ...pods] };
  }
  /** The CR's events (what the operator said about it). */
  async events() {
    const fieldSelector = `involvedObject.name=${this.ref.name},involvedObject.kind=WeightsAndBiases`;
    const list = this.reader ? await this.reader.get(
      `/api/v1/namespaces/${this.ref.namespace}/events?fieldSelector=${encodeURIComponent(fieldSelector)}`
    ) : await this.json(
      ["get", "events", "-n", this.ref.namespace, "--field-selector", fieldSelector],
      "Reading events"
    );
    const items = list?.items ?? [];
    return items.map((e) => ({
      reason: e.reason ?? "",
      message: e.message ?? "",
      type: e.type ?? "Normal",
      time: e.lastTimestamp ?? e.eventTime ?? e.metadata?.creationTimestamp ?? ""
    }));
  }
};
function crPath(namespace) {
  return `/apis/apps.wandb.com/v1/namespaces/${namespace}/weightsandbiases`;
}
function listItems(value) {
  if (!value) return [];
  return Array.isArray(value.items) ? value.items : [value];
}
function toWorkload(item) {
  const status = item.status ?? {};
  const stuck = (status.conditions ?? []).find(
    (c) => c.type === "Progressing" && c.status === "False"
  );
  return {
    kind: item.kind,
    name: item.metadata.name,
    generation: item.metadata.generation ?? 0,
    observedGeneration: status.observedGeneration ?? 0,
    replicas: item.spec?.replicas ?? 1,
    currentReplicas: status.replicas ?? 0,
    updatedReplicas: status.updatedReplicas ?? 0,
    readyReplicas: status.readyReplicas ?? 0,
    availableReplicas: status.availableReplicas ?? 0,
    failedReason: stuck ? stuck.reason ?? "Progressing=False" : void 0
  };
}
function podProblems(pods) {
  const problems = [];
  for (const pod of pods) {
    for (const container of pod.status?.containerStatuses ?? []) {
      const waiting = container.state?.waiting;
      if (waiting?.reason && waiting.reason !== "ContainerCreating")
        problems.push(`pod/${pod.metadata.name}: ${waiting.reason}`);
    }
  }
  return problems;
}

// src/apply/apply.ts
import { isDeepStrictEqual } from "node:util";

// src/apply/rollout.ts
var INVALID_CONFIG = "Invalid Config";
function workloadReady(w) {
  return w.observedGeneration >= w.generation && w.updatedReplicas >= w.replicas && w.currentReplicas <= w.updatedReplicas && w.readyReplicas >= w.replicas && (w.kind === "StatefulSet" || w.availableReplicas >= w.replicas);
}
function describeWorkload(w) {
  const old = w.currentReplicas - w.updatedReplicas;
  return `${w.kind.toLowerCase()}/${w.name} ${w.readyReplicas}/${w.replicas} ready, ${w.updatedReplicas} updated${old > 0 ? `, ${old} old` : ""}`;
}
var RolloutTracker = class {
  constructor(baseline) {
    this.baseline = baseline;
    this.since = Date.parse(baseline.appliedAt);
    this.seen = new Set((baseline.eventsBefore ?? []).map(eventKey));
  }
  baseline;
  sawLoading = false;
  /** The apply as an instant: event times come with and without fractions of a second. */
  since;
  seen;
  observe(now) {
    if (now.phase === "Loading") this.sawLoading = true;
    const recentEvents = now.events.filter(
      (e) => Date.parse(e.time) >= this.since && !this.seen.has(eventKey(e))
    );
    const failedEvents = recentEvents.filter((e) => e.type === "Warning" || /fail/i.test(e.reason));
    const activeChanged = now.specActiveVersion !== void 0 && now.specActiveVersion !== this.baseline.specActiveVersion;
    const phaseChanged = now.phase !== void 0 && now.phase !== this.baseline.phase;
    const taken = activeChanged || this.sawLoading || phaseChanged || failedEvents.length > 0;
    const freshInvalid = now.phase === INVALID_CONFIG && (this.baseline.phase !== INVALID_CONFIG || this.sawLoading || failedEvents.length > 0);
    if (freshInvalid) {
      return {
        state: "failed",
        reason: `The operator set phase '${INVALID_CONFIG}'.`,
        operatorMessages: failedEvents.map((e) => `${e.reason}: ${e.message}`)
      };
    }
    const broken = now.workloads.filter((w) => w.failedReason);
    if (taken && broken.length > 0) {
      return {
        state: "failed",
        reason: `Workloads failed to roll out: ${broken.map((w) => `${w.kind.toLowerCase()}/${w.name} (${w.failedReason})`).join(", ")}.`,
        operatorMessages: failedEvents.map((e) => `${e.reason}: ${e.message}`)
      };
    }
    const pending = [];
    if (!taken) pending.push("the operator to take the change (spec-active Secret or phase Loading)");
    if (now.phase !== "Completed") pending.push(`phase Completed (now ${now.phase ?? "unset"})`);
    if (now.workloads.length === 0) pending.push(`workloads labelled app.kubernetes.io/instance to appear`);
    for (const w of now.workloads) if (!workloadReady(w)) pending.push(describeWorkload(w));
    if (pending.length > 0) pending.push(...now.podProblems ?? []);
    return pending.length === 0 ? { state: "succeeded" } : { state: "waiting", pending };
  }
};
function eventKey(e) {
  return JSON.stringify([e.type, e.reason, e.message, e.time]);
}
var FORWARD_SHARE = 0.6;
function splitDeadline(startMs, timeoutSeconds) {
  const total = timeoutSeconds * 1e3;
  return { forwardBy: startMs + Math.floor(total * FORWARD_SHARE), rollbackBy: startMs + total };
}

// src/apply/apply.ts
function alignKeys(live, desired) {
  if (Array.isArray(live))
    return live.map((item, i) => alignKeys(item, Array.isArray(desired) ? desired[i] : void 0));
  if (!live || typeof live !== "object") return live;
  const want = desired && typeof desired === "object" && !Array.isArray(desired) ? Object.keys(desired) : [];
  const keys = [...want.filter((k) => k in live), ...Object.keys(live).filter((k) => !want.includes(k))];
  const out = {};
  for (const key of keys)
    out[key] = alignKeys(
      live[key],
      desired?.[key]
    );
  return out;
}
function comparable(live, desired) {
  const liveMeta = live.metadata ?? {};
  const desiredMeta = desired.metadata ?? {};
  const metadata = {};
  for (const key of Object.keys(desiredMeta)) if (liveMeta[key] !== void 0) metadata[key] = liveMeta[key];
  return alignKeys(
    { apiVersion: live.apiVersion, kind: live.kind, metadata, spec: live.spec ?? {} },
    desired
  );
}
function pruneNulls(value) {
  if (Array.isArray(value)) return value.map((item) => pruneNulls(item));
  if (value && typeof value === "object") {
    const out = {};
    for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = pruneNulls(item);
    return out;
  }
  return value;
}
function sameConfiguration(live, desired) {
  return live !== void 0 && isDeepStrictEqual(pruneNulls(comparable(live, desired)), pruneNulls(desired));
}
var FAST_POLL_MS = 250;
var FAST_POLL_WINDOW_MS = 1e4;
var SETTLE_MS = 25;
var ChangeSignal = class {
  changed = false;
  wake;
  notify = () => {
    this.changed = true;
    this.wake?.();
  };
  wait(ms) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = void 0;
        this.changed = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = void 0;
        setTimeout(done, SETTLE_MS);
      };
      if (this.changed) this.wake();
    });
  }
};
function appliedAtNow() {
  return new Date(Math.floor(Date.now() / 1e3) * 1e3).toISOString().replace(".000Z", "Z");
}
async function waitUntil(gateway, out, byMs, interval, look) {
  const signal = new ChangeSignal();
  const stopWatching = gateway.watchChanges(signal.notify);
  let lastLine = "";
  try {
    for (; ; ) {
      const answer = await look();
      if (typeof answer !== "string") return answer;
      if (answer !== lastLine) out.info(answer);
      lastLine = answer;
      if (Date.now() >= byMs) return void 0;
      await signal.wait(Math.min(interval(), Math.max(1, byMs - Date.now())));
    }
  } finally {
    stopWatching();
  }
}
var firstLine = (error) => error.message.split("\n")[0];
async function waitForRollout(gateway, out, byMs, pollMs, before, appliedAt) {
  const tracker = new RolloutTracker({
    phase: before.phase,
    specActiveVersion: before.specActiveVersion,
    appliedAt,
    eventsBefore: before.events
  });
  const started = Date.now();
  let pending = [];
  let unanswered;
  const fast = gateway.watches ? Math.min(pollMs, FAST_POLL_MS) : pollMs;
  const interval = () => Date.now() - started < FAST_POLL_WINDOW_MS ? fast : pollMs;
  const verdict = await waitUntil(gateway, out, byMs, interval, async () => {
    let now;
    try {
      now = tracker.observe(await gateway.snapshot());
      unanswered = void 0;
    } catch (error) {
      unanswered = firstLine(error);
      return `  cluster not answering, retrying: ${unanswered}`;
    }
    if (now.state !== "waiting") return now;
    pending = now.pending;
    return `  waiting for: ${pending.join("; ")}`;
  });
  if (verdict) return verdict;
  return {
    state: "timeout",
    pending: unanswered ? [...pending, `the cluster to answer (${unanswered})`] : pending
  };
}
async function waitForRemoval(gateway, out, byMs, pollMs) {
  let left = [];
  const gone = await waitUntil(
    gateway,
    out,
    byMs,
    () => gateway.watches ? Math.min(pollMs, FAST_POLL_MS) : pollMs,
    async () => {
      try {
        const now = await gateway.snapshot();
        left = [
          ...now.cr ? ["the CR (its finalizer)"] : [],
          ...now.workloads.map((w) => `${w.kind.toLowerCase()}/${w.name}`)
        ];
      } catch (error) {
        left = [`an answer from the cluster (${firstLine(error)})`];
      }
      return left.length === 0 ? true : `  waiting for the operator to remove: ${left.join(", ")}`;
    }
  );
  return gone ? [] : left;
}
async function warningsSince(gateway, appliedAt) {
  const since = Date.parse(appliedAt);
  try {
    return (await gateway.events()).filter((e) => Date.parse(e.time) >= since && (e.type === "Warning" || /fail/i.test(e.reason))).map((e) => `${e.reason}: ${e.message}`);
  } catch {
    return [];
  }
}
async function applyAndWait(gateway, plan, out) {
  const start = Date.now();
  const { forwardBy, rollbackBy } = splitDeadline(start, plan.timeoutSeconds);
  const waited = () => Math.round((Date.now() - start) / 1e3);
  const before = plan.before ?? await gateway.snapshot();
  const appliedAt = appliedAtNow();
  await gateway.apply(plan.desired, { forceConflicts: plan.forceConflicts });
  out.info("Applied. Waiting for the operator and the workloads to roll out...");
  const forward = await waitForRollout(gateway, out, forwardBy, plan.pollMs, before, appliedAt);
  if (forward.state === "succeeded") {
    return {
      result: "applied",
      message: `Rolled out in ${waited()} s.`,
      operatorMessages: [],
      waitedSeconds: waited()
    };
  }
  const why = forward.state === "timeout" ? `Not rolled out within ${Math.round((forwardBy - start) / 1e3)} s (the rollout's share of the ${plan.timeoutSeconds} s timeout); still waiting for: ${forward.pending.join("; ")}.` : forward.reason;
  const operatorMessages = forward.state === "failed" ? forward.operatorMessages : await warningsSince(gateway, appliedAt);
  if (!plan.rollbackOnFailure) {
    return {
      result: "failed",
      message: `${why} Rollback is off (rollback-on-failure: false): the new CR stays applied.`,
      operatorMessages,
      waitedSeconds: waited()
    };
  }
  if (!plan.previous) {
    out.info("First install failed: deleting the CR so that nothing is left half-made...");
    await gateway.deleteCr();
    const left = await waitForRemoval(gateway, out, rollbackBy, plan.pollMs);
    return {
      result: "rolled-back",
      message: left.length === 0 ? `${why} This was the first install: the CR was deleted and the operator has removed what it had installed.` : `${why} This was the first install: the CR was deleted; still there at the deadline: ${left.join(", ")} (the operator removes them when it handles the deletion).`,
      operatorMessages,
      waitedSeconds: waited()
    };
  }
  out.info("Rolling back: re-applying the previous CR...");
  const beforeRollback = await gateway.snapshot();
  const rollbackAt = appliedAtNow();
  await gateway.apply(plan.previous, { forceConflicts: true });
  const back = await waitForRollout(gateway, out, rollbackBy, plan.pollMs, beforeRollback, rollbackAt);
  if (back.state === "succeeded") {
    return {
      result: "rolled-back",
      message: `${why} Rolled back to the previous spec, which is rolled out again.`,
      operatorMessages,
      waitedSeconds: waited()
    };
  }
  const backWhy = back.state === "timeout" ? `still waiting for: ${back.pending.join("; ")}` : back.reason;
  return {
    result: "rollback-failed",
    message: `${why} The previous spec was re-applied but did not roll out either (${backWhy}). The cluster needs attention.`,
    operatorMessages,
    waitedSeconds: waited()
  };
}
function appVersion(cr) {
  const tag = cr?.spec?.values?.app?.image?.tag;
  return typeof tag === "string" || typeof tag === "number" ? String(tag) : "";
}
function assertSameTarget(desired) {
  const metadata = desired.metadata ?? {};
  if (!metadata.name || !metadata.namespace)
    throw new UserError("The CR has no metadata.name or metadata.namespace.");
  return { name: metadata.name, namespace: metadata.namespace };
}

// src/commands/apply-cr/run.ts
function parseOptions(raw, ctx) {
  return {
    ...parseConfigOptions(raw),
    render: parseRenderCheckOptions(raw, ctx),
    dryRun: bool(raw, "dry-run"),
    rollbackOnFailure: bool(raw, "rollback-on-failure"),
    forceConflicts: bool(raw, "force-conflicts"),
    timeoutSeconds: num(raw, "timeout") ?? 600,
    pollSeconds: num(raw, "poll-interval") ?? 1,
    kubeconfigContent: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: str(raw, "kubectl-path") ?? ctx.env.KUBECTL_PATH ?? "kubectl"
  };
}
async function runApplyCr(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const built = loadConfig(options, ctx);
  ctx.out.setOutput("rolled-back", false);
  if (!built.ok) {
    return notApplied(await renderCheck(built, options.render, ctx), ctx);
  }
  const desired = built.cr;
  const ref = assertSameTarget(desired);
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.setOutput("version", appVersion(desired));
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor
  }).catch((error) => {
    if (options.dryRun) return void 0;
    throw error;
  });
  if (!kubeconfig) {
    const rendered = await renderCheck(built, options.render, ctx, {
      timeoutMs: Math.min(12e4, options.timeoutSeconds * 1e3)
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx);
    ctx.out.setOutput("render-check", rendered.outcome);
    return offlineDryRun(built.masked, label, ctx, rendered.line);
  }
  let closeGateway = async () => void 0;
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath,
      helmPath: "helm",
      kubeconfig: kubeconfig.path,
      context: options.context,
      deadline: Date.now() + options.timeoutSeconds * 1e3,
      timeoutMs: 3e4
    });
    const kubeVersion = options.render.mode === "false" || options.render.kubeVersion ? void 0 : await client.serverVersion().then(
      (version) => version.gitVersion,
      () => void 0
    );
    const rendered = await renderCheck(built, options.render, ctx, {
      kubeVersion,
      timeoutMs: Math.min(12e4, options.timeoutSeconds * 1e3)
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx);
    ctx.out.setOutput("render-check", rendered.outcome);
    const renderLine = `${rendered.line}

`;
    const opened = await openGateway(client, ref, (message) => ctx.out.info(message));
    const gateway = opened.gateway;
    closeGateway = opened.close;
    const before = await gateway.snapshot();
    const live = before.cr ? { object: before.cr } : void 0;
    for (const secret of secretValuesIn(live?.object ?? {})) ctx.redactor.add(secret);
    const previous = live ? comparable(live.object, desired) : void 0;
    ctx.out.setOutput("previous-version", appVersion(previous));
    const diff = unifiedDiff(
      previous ? maskedYaml(maskSecrets(pruneNulls(previous))) : "",
      maskedYaml(pruneNulls(built.masked)),
      {
        fromLabel: `${label}: live${previous ? "" : " (not in the cluster)"}`,
        toLabel: `${label}: desired`
      }
    );
    ctx.out.setOutput("diff", diff);
    if (sameConfiguration(live?.object, desired)) {
      ctx.out.info(`No changes: ${label} already matches the configuration. Nothing was written.`);
      ctx.out.summary(
        `### apply-cr: no changes

${label} already matches the configuration.

${rendered.line}
`
      );
      ctx.out.setOutput("changed", false);
      return 0;
    }
    const { added, removed } = diffStat(diff);
    ctx.out.info(`${previous ? "Changes to" : "Creating"} ${label} (+${added} -${removed} lines):`);
    ctx.out.print(diff);
    const diffBlock = `\`\`\`diff
${diff}\`\`\`
`;
    if (options.dryRun) {
      ctx.out.info("Dry run: nothing was changed.");
      ctx.out.summary(
        `### apply-cr (dry run)

${label}: nothing was changed.

${renderLine}${diffBlock}`
      );
      ctx.out.setOutput("changed", false);
      return 0;
    }
    const outcome = await applyAndWait(
      gateway,
      {
        desired,
        before,
        previous,
        timeoutSeconds: options.timeoutSeconds,
        rollbackOnFailure: options.rollbackOnFailure,
        forceConflicts: options.forceConflicts,
        pollMs: options.pollSeconds * 1e3
      },
      ctx.out
    );
    const versions = `${appVersion(previous) || "(none)"} -> ${appVersion(desired) || "(unpinned)"}`;
    const table = `| | |
| --- | --- |
| CR | ${label} |
| version | ${versions} |
| waited | ${outcome.waitedSeconds} s |
| result | ${outcome.result} |
`;
    const operator = outcome.operatorMessages.length ? `
Operator said:
${outcome.operatorMessages.map((m) => `- ${m}`).join("\n")}
` : "";
    ctx.out.summary(
      `### apply-cr: ${outcome.result}

${table}
${outcome.message}
${operator}
${renderLine}${diffBlock}`
    );
    ctx.out.setOutput("changed", outcome.result === "applied");
    ctx.out.setOutput("rolled-back", outcome.result === "rolled-back");
    if (outcome.result === "applied") {
      ctx.out.info(`${label} rolled out (${versions}). ${outcome.message}`);
      return 0;
    }
    ctx.out.error(
      `${label} did not roll out. ${outcome.message}${operator ? ` ${outcome.operatorMessages.join(" | ")}` : ""}`
    );
    if (outcome.result === "rolled-back") ctx.out.setOutput("version", appVersion(previous));
    return 1;
  } finally {
    await closeGateway();
    await kubeconfig.cleanup();
  }
}
function notApplied(rendered, ctx) {
  ctx.out.setOutput("render-check", rendered.outcome);
  ctx.out.setOutput("changed", false);
  const refused = rendered.diagnostics.length > 0;
  ctx.out.error(
    `Nothing was applied: the configuration has errors${refused ? " or the chart refuses the values" : ""} (listed above).`
  );
  ctx.out.summary(
    `### apply-cr: nothing was applied

The configuration has errors (see the log).

${rendered.line}
`
  );
  return 1;
}
function offlineDryRun(masked, label, ctx, renderLine) {
  const diff = unifiedDiff("", maskedYaml(masked), {
    fromLabel: `${label}: no cluster configured (empty)`,
    toLabel: `${label}: desired`
  });
  const { added } = diffStat(diff);
  ctx.out.info(
    `Dry run without a cluster (no kubeconfig): the diff against an empty cluster, +${added} lines. Nothing was changed.`
  );
  ctx.out.print(diff);
  ctx.out.summary(
    `### apply-cr (dry run, no cluster)

${label} would be created. Nothing was changed.

${renderLine}

\`\`\`diff
${diff}\`\`\`
`
  );
  ctx.out.setOutput("changed", false);
  ctx.out.setOutput("diff", diff);
  return 0;
}

export {
  CR_RESOURCE,
  ClusterGateway,
  workloadReady,
  pruneNulls,
  applyAndWait,
  appVersion,
  runApplyCr
};
