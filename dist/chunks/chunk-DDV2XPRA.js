import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  V2_API_VERSION,
  diagnosticJson,
  loadConfig,
  maskSecrets,
  parseConfigOptions,
  parseRenderCheckOptions,
  renderCheck,
  scanSecrets
} from "./chunk-HNQZCHQR.js";
import {
  migrationDoneFor
} from "./chunk-VTKGBLKJ.js";
import {
  v2_validator_default
} from "./chunk-OU746ASQ.js";
import {
  KubeClient,
  KubeCommandError,
  UNREACHABLE,
  UNREACHABLE_FIX,
  childEnv,
  isNotFound
} from "./chunk-PFUJ36V2.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import {
  OWN_GROUP,
  killTree,
  onCancel,
  trackChild
} from "./chunk-ZDPISML2.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  UsageError,
  bool,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM
} from "./chunk-SIWOL6LA.js";

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
function splitLines(text2) {
  if (text2 === "") return [];
  const lines = text2.split("\n");
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

// src/kube/lease.ts
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
var LEASE_DURATION_SECONDS = 30;
var RENEW_EVERY_MS = 1e4;
function decideLease(lease, me, nowMs) {
  if (!lease) return { take: true, how: "new" };
  if (!lease.holder) return { take: true, how: "free" };
  if (lease.holder === me) return { take: true, how: "ours" };
  const renewed = Date.parse(lease.renewTime ?? lease.acquireTime ?? "");
  const expiresAt = (Number.isFinite(renewed) ? renewed : 0) + (lease.durationSeconds ?? LEASE_DURATION_SECONDS) * 1e3;
  if (expiresAt <= nowMs) return { take: true, how: "expired" };
  return {
    take: false,
    holder: lease.holder,
    since: lease.acquireTime,
    renewed: lease.renewTime,
    expiresInSeconds: Math.ceil((expiresAt - nowMs) / 1e3)
  };
}
function holderIdentity(env, pid = process.pid, host = hostname(), nonce = randomBytes(3).toString("hex")) {
  const run = env.GITHUB_RUN_ID ? `github run ${env.GITHUB_RUN_ID}${env.GITHUB_RUN_ATTEMPT ? `/${env.GITHUB_RUN_ATTEMPT}` : ""}${env.GITHUB_REPOSITORY ? ` (${env.GITHUB_REPOSITORY})` : ""}, ` : "";
  return `${run}${host} pid ${pid} run ${nonce}`;
}
function leaseName(crName) {
  return `${crName}-wandb-operator-actions`;
}
function microTime(ms) {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}
var LeaseHeldError = class extends UserError {
  constructor(what, verdict, lease) {
    super(
      `Another apply-cr is writing ${what}: Lease ${lease} is held by '${verdict.holder}'${verdict.since ? ` since ${verdict.since}` : ""}${verdict.renewed ? ` (renewed ${verdict.renewed})` : ""}; it expires in ${verdict.expiresInSeconds} s unless renewed. Nothing was written.`,
      "Let the other run finish (it renews the Lease while it writes and waits), then run again; use a workflow `concurrency` group per CR so that runs queue instead of colliding."
    );
    this.name = "LeaseHeldError";
  }
};
function stateOf(object) {
  if (!object) return void 0;
  const spec = object.spec ?? {};
  return {
    holder: spec.holderIdentity || void 0,
    acquireTime: spec.acquireTime,
    renewTime: spec.renewTime,
    durationSeconds: spec.leaseDurationSeconds,
    resourceVersion: object.metadata?.resourceVersion
  };
}
var CONFLICT = /\(Conflict\)|the object has been modified|\(AlreadyExists\)|already exists/i;
var CrLease = class {
  constructor(kubectl, namespace, name, identity, what) {
    this.kubectl = kubectl;
    this.namespace = namespace;
    this.name = name;
    this.identity = identity;
    this.what = what;
  }
  kubectl;
  namespace;
  name;
  identity;
  what;
  resourceVersion;
  acquiredAt;
  timer;
  held = false;
  /** Set when a renewal found the Lease taken by someone else. */
  lost;
  get label() {
    return `${this.namespace}/${this.name}`;
  }
  async read(timeoutMs) {
    const args = ["get", "leases.coordination.k8s.io", this.name, "-n", this.namespace, "-o", "json"];
    const result = await this.kubectl(args, { timeoutMs });
    if (result.code !== 0) {
      if (/\(NotFound\)|not found/i.test(result.stderr)) return void 0;
      throw leaseError("Reading", this.label, result);
    }
    return JSON.parse(result.stdout);
  }
  body(nowMs, holder) {
    return {
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { "app.kubernetes.io/managed-by": "wandb-operator-actions" },
        ...this.resourceVersion ? { resourceVersion: this.resourceVersion } : {}
      },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: LEASE_DURATION_SECONDS,
        ...holder ? { acquireTime: this.acquiredAt ?? microTime(nowMs), renewTime: microTime(nowMs) } : {}
      }
    };
  }
  /** create (no resourceVersion) or replace (with the one read): refused with a Conflict if anyone wrote between. */
  async write(object, create, timeoutMs) {
    const args = [create ? "create" : "replace", "-f", "-", "-o", "json"];
    const result = await this.kubectl(args, { stdin: JSON.stringify(object), timeoutMs });
    if (result.code === 0) {
      this.resourceVersion = JSON.parse(result.stdout).metadata?.resourceVersion;
      return true;
    }
    if (CONFLICT.test(result.stderr)) return false;
    throw leaseError("Writing", this.label, result);
  }
  /**
   * Takes the Lease or throws LeaseHeldError naming the holder. Lost races (someone wrote the Lease between our
   * read and our write) are read again, a few times.
   */
  async acquire(timeoutMs) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const object = await this.read(timeoutMs);
      const verdict2 = decideLease(stateOf(object), this.identity, Date.now());
      if (!verdict2.take) throw new LeaseHeldError(this.what, verdict2, this.label);
      this.resourceVersion = object?.metadata?.resourceVersion;
      this.acquiredAt = microTime(Date.now());
      if (await this.write(this.body(Date.now(), this.identity), !object, timeoutMs)) {
        this.held = true;
        return verdict2.how;
      }
    }
    const now = stateOf(await this.read(timeoutMs));
    const verdict = decideLease(now, this.identity, Date.now());
    if (!verdict.take) throw new LeaseHeldError(this.what, verdict, this.label);
    throw new UserError(`Lease ${this.label}: kept losing the race to take it.`, "Run again.");
  }
  /** Renews every RENEW_EVERY_MS until released; a renewal that fails is retried at the next tick. */
  keepRenewed(onLost) {
    this.timer = setInterval(() => {
      void this.renew().then(
        (ok) => {
          if (!ok && !this.lost) {
            this.lost = `Lease ${this.label} was taken by another run while this one held it.`;
            onLost(this.lost);
          }
        },
        () => void 0
      );
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }
  async renew() {
    if (!this.held) return true;
    return this.write(this.body(Date.now(), this.identity), false, RENEW_EVERY_MS);
  }
  /**
   * Gives the Lease back (holder cleared, so the next run takes it at once) if it is still ours. Bounded by
   * `timeoutMs` whatever the step's deadline: it runs after the deadline, on failure and on cancellation.
   */
  async release(timeoutMs = 3e3) {
    if (this.timer) clearInterval(this.timer);
    if (!this.held) return;
    this.held = false;
    try {
      await this.write(this.body(Date.now(), ""), false, timeoutMs);
    } catch {
    }
  }
};
function leaseError(what, label, result) {
  const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-3).join("\n");
  const forbidden = /forbidden/i.test(detail);
  return new UserError(
    result.timedOut ? `${what} Lease ${label} did not finish before the deadline (the API server did not answer).` : `${what} Lease ${label} failed: ${detail}`,
    forbidden ? "apply-cr takes a coordination.k8s.io Lease per CR so that two runs never write it at once: grant get, create and update on leases in the CR namespace." : "Check that the cluster is up and reachable."
  );
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
  constructor(child, socketPath, dir, requestTimeoutMs, deadline) {
    this.child = child;
    this.socketPath = socketPath;
    this.dir = dir;
    this.requestTimeoutMs = requestTimeoutMs;
    this.deadline = deadline;
  }
  child;
  socketPath;
  dir;
  requestTimeoutMs;
  deadline;
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
      detached: OWN_GROUP,
      env: childEnv("kubectl", options.env ?? process.env),
      stdio: ["ignore", "pipe", "pipe"]
    });
    trackChild(child);
    const kill = () => killTree(child);
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
    return new _KubeApiProxy(child, socketPath, dir, options.requestTimeoutMs ?? 3e4, options.deadline);
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
      const timeoutMs = Math.min(
        options.timeoutMs ?? this.requestTimeoutMs,
        this.requestTimeoutMs,
        this.deadline === void 0 ? Infinity : Math.max(1, this.deadline - Date.now())
      );
      const timer = setTimeout(
        () => response?.destroy(new Error(`no answer within ${timeoutMs} ms`)),
        timeoutMs
      );
      try {
        response = await this.open(path, { accept }, timeoutMs);
        for await (const chunk of response) body += chunk;
      } finally {
        clearTimeout(timer);
      }
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
      killTree(this.child);
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
var V2_RESOURCE = "weightsandbiases.v2.apps.wandb.com";
var MIGRATION_SELECTOR = "app.kubernetes.io/component=migration";
async function openGateway(client, ref, log, version = "v1") {
  const kubectl = (args, call) => client.kubectl(args, { ...call, allowFailure: true });
  const { kubectlPath, kubeconfig, context, env, deadline } = client.options;
  try {
    const left = deadline === void 0 ? 1e4 : Math.max(1, deadline - Date.now());
    const proxy = await KubeApiProxy.start({
      kubectlPath,
      kubeconfig,
      context,
      env,
      deadline,
      startTimeoutMs: Math.min(1e4, left)
    });
    return { gateway: new ClusterGateway(kubectl, ref, proxy, version), close: () => proxy.stop() };
  } catch (error) {
    log(`kubectl proxy did not start (${error.message}); reading through kubectl instead.`);
    return { gateway: new ClusterGateway(kubectl, ref, void 0, version), close: async () => void 0 };
  }
}
var QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
var OWNER = new RegExp(String.raw`^conflicts? with (${QUOTED})(.*?):(?: (.+))?$`);
function parseApplyConflicts(text2) {
  const header = /Apply failed with (\d+) conflicts?: /.exec(text2);
  if (!header) return void 0;
  const conflicts = [];
  let owner;
  for (const line of text2.slice(header.index + header[0].length).split(/\r?\n/)) {
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
    const said2 = lines.slice(first, advice < 0 ? void 0 : advice).join(" ");
    return `Another field manager owns fields this configuration sets (the API server said: ${said2}).`;
  }
  const owners = /* @__PURE__ */ new Map();
  for (const { field, manager, detail } of parsed.conflicts)
    owners.set(field, [...owners.get(field) ?? [], detail ? `${manager} ${detail}` : manager]);
  const fields = [...owners].map(([field, managers]) => `${field} (owned by ${managers.join(" and ")})`);
  const who = new Set(parsed.conflicts.map((c) => c.manager)).size === 1 ? "Another field manager owns" : "Other field managers own";
  return `${who} ${owners.size === 1 ? "a field" : `${owners.size} fields`} this configuration sets: ${fields.join("; ")}.`;
}
var CrChangedError = class extends UserError {
  constructor(what, detail) {
    super(
      `${what} changed after this run read it (${detail}); nothing was written, so that change is not lost.`,
      "Run apply-cr again: it diffs against the CR as it is now. If someone else edits the CR, move that change into the configuration files."
    );
    this.name = "CrChangedError";
  }
};
var MODIFIED = /the object has been modified|Precondition failed|please apply your changes to the latest version/i;
function unanswered(error) {
  return error instanceof KubeCommandError && (error.result.timedOut || /cannot be reached/.test(error.message));
}
var LAST_GOOD_ANNOTATION = "wandb-operator-actions/last-good-spec";
var LAST_GOOD_KEY = "cr.json";
var LAST_GOOD_MANAGER = `${FIELD_MANAGER}-last-good`;
function lastGoodSecretName(crName) {
  return `${crName}-last-good-spec`;
}
var ClusterGateway = class {
  constructor(kubectl, ref, reader, version = "v1") {
    this.kubectl = kubectl;
    this.ref = ref;
    this.reader = reader;
    this.version = version;
  }
  kubectl;
  ref;
  reader;
  version;
  /** The CR this gateway reads and writes. */
  get target() {
    return this.ref;
  }
  /** Which API version of the CR this gateway reads, and so which way a wait judges it. */
  get apiVersion() {
    return this.version;
  }
  get resource() {
    return this.version === "v2" ? V2_RESOURCE : CR_RESOURCE;
  }
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
    if (this.version === "v2") {
      const migrations = `labelSelector=${encodeURIComponent(MIGRATION_SELECTOR)}`;
      const stops2 = [
        this.reader.watch(
          `${crPath(namespace, "v2")}?fieldSelector=${encodeURIComponent(`metadata.name=${name}`)}`,
          onChange
        ),
        this.reader.watch(`/apis/batch/v1/namespaces/${namespace}/jobs?${migrations}`, onChange)
      ];
      return () => stops2.forEach((stop) => stop());
    }
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
  async json(args, what, byMs) {
    const result = await this.kubectl([...args, "-o", "json"], { timeoutMs: within(byMs) });
    if (result.code !== 0) {
      if (isNotFound(result)) return void 0;
      throw new KubeCommandError("kubectl", args, result, what);
    }
    return result.stdout.trim() === "" ? void 0 : JSON.parse(result.stdout);
  }
  async getCr(byMs) {
    const object = await this.json(
      ["get", this.resource, this.ref.name, "-n", this.ref.namespace],
      "Reading the live CR",
      byMs
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
    const sent = options.resourceVersion ? {
      ...cr,
      metadata: {
        ...cr.metadata ?? {},
        resourceVersion: options.resourceVersion
      }
    } : cr;
    const result = await this.kubectl(args, { stdin: JSON.stringify(sent), timeoutMs: within(options.byMs) });
    if (result.code === 0) return;
    if (MODIFIED.test(result.stderr))
      throw new CrChangedError(
        `weightsandbiases/${this.ref.name}`,
        `it was at resourceVersion ${options.resourceVersion ?? "?"}`
      );
    const conflicts = parseApplyConflicts(result.stderr);
    if (conflicts || /conflict/i.test(result.stderr)) {
      throw new UserError(
        conflictMessage(conflicts, result.stderr),
        `Someone changed the CR outside this workflow (e.g. kubectl edit). Take ownership with 'force-conflicts: true', or move the change into the configuration files.`
      );
    }
    throw new KubeCommandError("kubectl", args, result, "Applying the CR");
  }
  /**
   * The last spec that rolled out (see LAST_GOOD_ANNOTATION), when the CR points at one and it can be read;
   * a CR apply-cr can re-apply as it is.
   */
  async lastGood(live, byMs) {
    const annotations = live?.metadata?.annotations ?? {};
    if (!annotations[LAST_GOOD_ANNOTATION]) return void 0;
    const secret = await this.json(
      ["get", "secret", lastGoodSecretName(this.ref.name), "-n", this.ref.namespace],
      "Reading the last good spec",
      byMs
    );
    const data = secret?.data?.[LAST_GOOD_KEY];
    if (!data) return void 0;
    try {
      return JSON.parse(Buffer.from(data, "base64").toString("utf8"));
    } catch {
      return void 0;
    }
  }
  /**
   * Records `cr` as the last good spec: the Secret (owned by the live CR, `uid`) with the spec, then the
   * annotation on the CR that points at it, with a field manager of its own so that it never touches the
   * fields the configuration owns. Neither bumps the CR's generation, so the operator does not reconcile.
   */
  async recordLastGood(cr, uid, pointer, byMs) {
    const name = lastGoodSecretName(this.ref.name);
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      type: "Opaque",
      metadata: {
        name,
        namespace: this.ref.namespace,
        labels: { "app.kubernetes.io/managed-by": FIELD_MANAGER },
        ownerReferences: [
          {
            apiVersion: `apps.wandb.com/${this.version}`,
            kind: "WeightsAndBiases",
            name: this.ref.name,
            uid
          }
        ]
      },
      data: { [LAST_GOOD_KEY]: Buffer.from(JSON.stringify(cr)).toString("base64") }
    };
    const annotation = {
      apiVersion: `apps.wandb.com/${this.version}`,
      kind: "WeightsAndBiases",
      metadata: {
        name: this.ref.name,
        namespace: this.ref.namespace,
        annotations: { [LAST_GOOD_ANNOTATION]: pointer }
      }
    };
    for (const [object, manager, what] of [
      [secret, FIELD_MANAGER, "Recording the last good spec"],
      [annotation, LAST_GOOD_MANAGER, "Annotating the CR with its last good spec"]
    ]) {
      const args = ["apply", "--server-side", "--force-conflicts", `--field-manager=${manager}`, "-f", "-"];
      const result = await this.kubectl(args, { stdin: JSON.stringify(object), timeoutMs: within(byMs) });
      if (result.code !== 0) throw new KubeCommandError("kubectl", args, result, what);
    }
  }
  async deleteCr(byMs) {
    const args = [
      "delete",
      this.resource,
      this.ref.name,
      "-n",
      this.ref.namespace,
      "--ignore-not-found",
      "--wait=false"
    ];
    const result = await this.kubectl(args, { timeoutMs: within(byMs) });
    if (result.code !== 0) throw new KubeCommandError("kubectl", args, result, "Deleting the CR");
  }
  /**
   * One look at everything the wait needs, in two kubectl calls (the CR with its spec-active Secret, the
   * workloads with their pods) and a third for the CR's events only when something failed: polling stays cheap.
   */
  async snapshot(byMs) {
    if (this.version === "v2") return this.snapshotV2(byMs);
    const { cr, secret, items } = this.reader ? await this.readThroughApi(this.reader, byMs) : await this.readThroughKubectl(byMs);
    const workloads = items.filter((item) => item.kind === "Deployment" || item.kind === "StatefulSet").map(toWorkload);
    const phase = cr?.status?.phase;
    const events = phase === "Invalid Config" || workloads.some((w) => w.failedReason) ? await this.events(byMs) : [];
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
   * A v2 CR's look: the CR (its status says where the operator is) and the namespace's migration Jobs. No
   * spec-active Secret and no workload list: v2 reports those in the status. Events are not read: the
   * status's conditions and migration carry the operator's reasons.
   */
  async snapshotV2(byMs) {
    const { name, namespace } = this.ref;
    let cr;
    let jobs;
    if (this.reader) {
      const timeoutMs = within(byMs);
      const migrations = `labelSelector=${encodeURIComponent(MIGRATION_SELECTOR)}`;
      [cr, jobs] = await Promise.all([
        this.reader.get(`${crPath(namespace, "v2")}/${name}`, { timeoutMs }),
        this.reader.get(`/apis/batch/v1/namespaces/${namespace}/jobs?${migrations}`, { timeoutMs }).then((list) => list?.items ?? [])
      ]);
    } else {
      cr = await this.json(["get", V2_RESOURCE, name, "-n", namespace], "Reading the live CR", byMs);
      jobs = listItems(
        await this.json(
          ["get", "jobs", "-n", namespace, "-l", MIGRATION_SELECTOR],
          "Listing migration Jobs",
          byMs
        )
      );
    }
    return { cr, workloads: [], events: [], migrationJobs: jobs.map(toMigrationJob) };
  }
  /**
   * The CR first, then its workloads: the operator sets Completed after its Helm apply has updated them, so
   * workloads read after a Completed CR are never older than it (read at once, they could be).
   */
  async readThroughKubectl(byMs) {
    const own = await this.json(
      [
        "get",
        `${CR_RESOURCE}/${this.ref.name}`,
        `secret/${this.ref.name}-spec-active`,
        "-n",
        this.ref.namespace,
        "--ignore-not-found"
      ],
      "Reading the CR and its spec-active Secret",
      byMs
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
      "Listing workloads",
      byMs
    );
    const ownItems = listItems(own);
    return {
      cr: ownItems.find((item) => item.kind === "WeightsAndBiases"),
      secret: ownItems.find((item) => item.kind === "Secret"),
      items: listItems(labelled)
    };
  }
  /** The same reads as HTTP requests; list items from the API carry no `kind`, so it is set here. */
  async readThroughApi(reader, byMs) {
    const { name, namespace } = this.ref;
    const timeoutMs = within(byMs);
    const selector = `labelSelector=${encodeURIComponent(`app.kubernetes.io/instance=${name}`)}`;
    const list = async (path, kind) => ((await reader.get(`${path}?${selector}`, { timeoutMs }))?.items ?? []).map(
      (item) => ({
        ...item,
        kind
      })
    );
    const [cr, secret] = await Promise.all([
      reader.get(`${crPath(namespace)}/${name}`, { timeoutMs }),
      // Only the Secret's metadata: its resourceVersion is all the wait needs, and its data stays put.
      reader.get(`/api/v1/namespaces/${namespace}/secrets/${name}-spec-active`, {
        metadataOnly: true,
        timeoutMs
      })
    ]);
    const [deployments, statefulSets, pods] = await Promise.all([
      list(`/apis/apps/v1/namespaces/${namespace}/deployments`, "Deployment"),
      list(`/apis/apps/v1/namespaces/${namespace}/statefulsets`, "StatefulSet"),
      list(`/api/v1/namespaces/${namespace}/pods`, "Pod")
    ]);
    return { cr, secret, items: [...deployments, ...statefulSets, ...pods] };
  }
  /** The CR's events (what the operator said about it). */
  async events(byMs) {
    const fieldSelector = `involvedObject.name=${this.ref.name},involvedObject.kind=WeightsAndBiases`;
    const list = this.reader ? await this.reader.get(
      `/api/v1/namespaces/${this.ref.namespace}/events?fieldSelector=${encodeURIComponent(fieldSelector)}`,
      { timeoutMs: within(byMs) }
    ) : await this.json(
      ["get", "events", "-n", this.ref.namespace, "--field-selector", fieldSelector],
      "Reading events",
      byMs
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
async function canI(kubectl, questions, byMs) {
  const list = {
    apiVersion: "v1",
    kind: "List",
    items: questions.map((q) => ({
      apiVersion: "authorization.k8s.io/v1",
      kind: "SelfSubjectAccessReview",
      spec: {
        resourceAttributes: {
          verb: q.verb,
          group: q.group,
          resource: q.resource,
          namespace: q.namespace,
          ...q.name ? { name: q.name } : {}
        }
      }
    }))
  };
  const args = ["create", "-f", "-", "-o", 'jsonpath={.status.allowed}{"\\n"}'];
  const result = await kubectl(args, { stdin: JSON.stringify(list), timeoutMs: within(byMs) });
  if (result.code !== 0)
    throw new KubeCommandError("kubectl", args, result, "Asking the API server what this identity may do");
  const answers = result.stdout.split("\n").filter((line) => line.trim() !== "");
  return questions.map((_, i) => answers[i]?.trim() === "true");
}
async function existingObjects(kubectl, ref, leaseName2, version, byMs) {
  const exists = async (resource, name) => {
    const result = await kubectl(["get", resource, name, "-n", ref.namespace, "-o", "name"], {
      timeoutMs: within(byMs)
    });
    return result.code === 0 ? true : isNotFound(result) ? false : void 0;
  };
  const [cr, lease, lastGood] = await Promise.all([
    exists(version === "v2" ? V2_RESOURCE : CR_RESOURCE, ref.name),
    exists("leases.coordination.k8s.io", leaseName2),
    exists("secret", lastGoodSecretName(ref.name))
  ]);
  return { cr, lease, lastGood };
}
function within(byMs) {
  return byMs === void 0 ? void 0 : Math.max(1, byMs - Date.now());
}
function crPath(namespace, version = "v1") {
  return `/apis/apps.wandb.com/${version}/namespaces/${namespace}/weightsandbiases`;
}
function toMigrationJob(item) {
  const conditions = item.status?.conditions ?? [];
  const failed = conditions.find((c) => c.type === "Failed" && c.status === "True");
  const complete = conditions.some((c) => c.type === "Complete" && c.status === "True");
  const owner = (item.metadata?.ownerReferences ?? []).find((o) => o.kind === "WeightsAndBiases")?.name ?? item.metadata?.labels?.["app.kubernetes.io/instance"];
  return {
    name: item.metadata?.name ?? "",
    uid: item.metadata?.uid ?? "",
    ...owner ? { owner } : {},
    succeeded: complete || !failed && (item.status?.succeeded ?? 0) > 0 && !(item.status?.active ?? 0),
    failed: failed !== void 0,
    ...failed?.reason ? { reason: failed.reason } : {},
    ...failed?.message ? { message: failed.message } : {}
  };
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

// src/apply/permissions.ts
function v2AccessQuestions(ref, existing, run) {
  const ns = ref.namespace;
  const cr = (verb, why) => ({
    verb,
    group: "apps.wandb.com",
    resource: "weightsandbiases",
    namespace: ns,
    name: ref.name,
    why
  });
  const lease = (verb, why, named = true) => ({
    verb,
    group: "coordination.k8s.io",
    resource: "leases",
    namespace: ns,
    ...named ? { name: leaseName(ref.name) } : {},
    why
  });
  const secret = (verb, why) => ({
    verb,
    group: "",
    resource: "secrets",
    namespace: ns,
    name: lastGoodSecretName(ref.name),
    why
  });
  const jobs = (verb) => ({
    verb,
    group: "batch",
    resource: "jobs",
    namespace: ns,
    why: "the v2 wait follows the migration Jobs"
  });
  const reads = [
    cr("get", "to diff against the live CR and wait on its status"),
    secret("get", "the last good spec a rollback goes back to"),
    jobs("list")
  ];
  const writes = [
    cr("watch", "the wait follows the CR"),
    cr("patch", "server-side apply of the CR and its last-good annotation"),
    ...existing.cr !== false ? [] : [cr("create", "the CR does not exist yet: the apply creates it")],
    ...existing.cr === false && run.rollbackOnFailure ? [cr("delete", "a failed first install is deleted (rollback-on-failure)")] : [],
    lease("get", "one apply-cr at a time on this CR"),
    lease("update", "the Lease is taken, renewed and given back"),
    ...existing.lease !== false ? [] : [lease("create", "the Lease does not exist yet", false)],
    secret("patch", "recording the spec that rolled out"),
    ...existing.lastGood !== false ? [] : [secret("create", "the last-good Secret does not exist yet")],
    jobs("watch")
  ];
  return run.dryRun ? { required: reads, forRealRun: writes } : { required: [...reads, ...writes], forRealRun: [] };
}
function describeAccess(questions) {
  return groupRules(questions).map(
    (rule) => `${rule.verbs.join(", ")} ${rule.resource}${rule.group ? `.${rule.group}` : ""}${rule.name ? `/${rule.name}` : ""}`
  ).join("; ");
}
function groupRules(questions) {
  const rules = [];
  for (const q of questions) {
    const same = rules.find((r) => r.group === q.group && r.resource === q.resource && r.name === q.name);
    if (same) {
      if (!same.verbs.includes(q.verb)) same.verbs.push(q.verb);
    } else
      rules.push({
        group: q.group,
        resource: q.resource,
        ...q.name ? { name: q.name } : {},
        verbs: [q.verb]
      });
  }
  return rules;
}
function roleRules(questions) {
  return groupRules(questions).map(
    (rule) => [
      `- apiGroups: ["${rule.group}"]`,
      `  resources: ["${rule.resource}"]`,
      ...rule.name ? [`  resourceNames: ["${rule.name}"]`] : [],
      `  verbs: [${rule.verbs.map((v) => `"${v}"`).join(", ")}]`
    ].join("\n")
  ).join("\n");
}
function accessRefusal(ref, required, answers, stateNow) {
  const denied = required.filter((_, i) => answers[i] !== true);
  if (denied.length === 0) return void 0;
  const rules = roleRules(denied);
  const whys = [...new Set(denied.map((q) => q.why))];
  return {
    denied,
    rules,
    message: `The kubeconfig's identity may not do what apply-cr needs for weightsandbiases/${ref.name} (namespace ${ref.namespace}): the API server (kubectl auth can-i) says no to ${describeAccess(denied)} (${whys.join("; ")}). Nothing was changed: ${stateNow}`,
    fix: `Add these rules to a Role in namespace ${ref.namespace} bound to the kubeconfig's identity (a RoleBinding), or use an identity that has them:
${rules}`
  };
}

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
function assessLive(now) {
  if (now.phase === INVALID_CONFIG) {
    const said2 = now.events.filter((e) => e.type === "Warning" || /fail/i.test(e.reason));
    return {
      state: "failed",
      reason: `The operator has phase '${INVALID_CONFIG}' for it.`,
      operatorMessages: said2.slice(-3).map((e) => `${e.reason}: ${e.message}`)
    };
  }
  const broken = now.workloads.filter((w) => w.failedReason);
  if (broken.length > 0) {
    return {
      state: "failed",
      reason: `Workloads failed to roll out: ${broken.map((w) => `${w.kind.toLowerCase()}/${w.name} (${w.failedReason})`).join(", ")}.`,
      operatorMessages: []
    };
  }
  const pending = [];
  if (now.phase !== "Completed") pending.push(`phase Completed (now ${now.phase ?? "unset"})`);
  if (now.workloads.length === 0) pending.push("workloads labelled app.kubernetes.io/instance to appear");
  for (const w of now.workloads) if (!workloadReady(w)) pending.push(describeWorkload(w));
  if (pending.length > 0) pending.push(...now.podProblems ?? []);
  return pending.length === 0 ? { state: "succeeded" } : { state: "waiting", pending };
}
function splitUntil(startMs, deadlineMs) {
  const total = Math.max(0, deadlineMs - startMs);
  return {
    forwardBy: startMs + Math.floor(total * FORWARD_SHARE),
    rollbackBy: Math.max(startMs, deadlineMs)
  };
}
var MIN_TIMEOUT_SECONDS = 10;
function timeoutProblem(seconds, rollbackOnFailure) {
  if (!Number.isFinite(seconds) || seconds <= 0)
    return `'timeout' must be a positive number of seconds (got ${seconds}).`;
  if (rollbackOnFailure && seconds < MIN_TIMEOUT_SECONDS)
    return `'timeout' ${seconds} s leaves no room for a rollback: with 'rollback-on-failure' it must be at least ${MIN_TIMEOUT_SECONDS} s (${Math.round(FORWARD_SHARE * 100)}% goes to the rollout, the rest to the rollback).`;
  return void 0;
}
function liveSpecSentence(live, ref) {
  const check = `kubectl get weightsandbiases ${ref.name} -n ${ref.namespace} -o yaml`;
  switch (live) {
    case "new":
      return `Live spec: the NEW one (it stays applied). Next: fix the configuration and run apply-cr again; a rerun checks the rollout and, with rollback-on-failure, goes back to the last good spec.`;
    case "previous":
      return `Live spec: the PREVIOUS one (the new spec is not applied). Next: fix the configuration and run apply-cr again.`;
    case "none":
      return `Live spec: none (the CR does not exist). Next: fix the configuration and run apply-cr again.`;
    case "unknown":
      return `Live spec: UNKNOWN (a write got no answer before the deadline: it may or may not have reached the API server). Next: when the cluster answers, see what is there with '${check}', then run apply-cr again: it diffs against what is live and, with rollback-on-failure, rolls back to the last good spec if the live one is failing.`;
  }
}

// src/apply/apply.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/apply/v2-rollout.ts
var STORES = [
  { key: "mysql", status: "mysqlStatus", label: "MySQL", instances: true },
  { key: "redis", status: "redisStatus", label: "Redis", instances: true },
  { key: "kafka", status: "kafkaStatus", label: "Kafka", instances: false },
  { key: "objectStore", status: "objectStoreStatus", label: "object store", instances: true },
  { key: "clickhouse", status: "clickhouseStatus", label: "ClickHouse", instances: true }
];
var obj = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
var text = (value) => typeof value === "string" && value !== "" ? value : void 0;
var int = (value) => typeof value === "number" ? value : void 0;
function storeState(label, status) {
  if (!status) return { label, state: "no status yet", ready: false };
  const ready = status.ready === true;
  return { label, state: text(status.state) ?? (ready ? "Ready" : "not ready"), ready };
}
function readStores(spec, status) {
  const out = [];
  for (const store of STORES) {
    const inSpec = spec[store.key] !== void 0;
    const reported = status[store.status];
    if (!inSpec && reported === void 0) continue;
    if (!store.instances) {
      out.push(storeState(store.label, reported === void 0 ? void 0 : obj(reported)));
      continue;
    }
    const names = [.../* @__PURE__ */ new Set([...Object.keys(obj(spec[store.key])), ...Object.keys(obj(reported))])];
    for (const name of names) {
      const label = names.length === 1 && name === "default" ? store.label : `${store.label} ${name}`;
      const instance = obj(reported)[name];
      out.push(storeState(label, instance === void 0 ? void 0 : obj(instance)));
    }
  }
  return out;
}
function readV2Status(cr, jobs) {
  const metadata = obj(cr.metadata);
  const spec = obj(cr.spec);
  const status = obj(cr.status);
  const name = String(metadata.name ?? "");
  const conditions = Array.isArray(status.conditions) ? status.conditions.map(obj) : [];
  const ready = conditions.find((c) => c.type === "Ready");
  const migration = obj(obj(status.wandb).migration);
  return {
    name,
    generation: int(metadata.generation) ?? 0,
    observedGeneration: int(status.observedGeneration),
    pinned: String(obj(spec.wandb).version ?? ""),
    ...ready ? {
      ready: {
        type: "Ready",
        status: String(ready.status ?? "Unknown"),
        reason: text(ready.reason),
        message: text(ready.message),
        observedGeneration: int(ready.observedGeneration)
      }
    } : {},
    migration: {
      version: text(migration.version),
      lastSuccessVersion: text(migration.lastSuccessVersion),
      ready: typeof migration.ready === "boolean" ? migration.ready : void 0,
      phase: text(migration.phase),
      reason: text(migration.reason),
      jobs: Object.entries(obj(migration.jobs)).map(([key, value]) => {
        const job = obj(value);
        return {
          key,
          name: text(job.name),
          phase: text(job.phase),
          failed: job.failed === true,
          reason: text(job.reason),
          message: text(job.message)
        };
      })
    },
    stores: readStores(spec, status),
    jobs: jobs.filter((job) => job.owner === void 0 || job.owner === name)
  };
}
var FAILURE_REASON = /fail|error|invalid|backofflimit|deadlineexceeded/i;
function isFailureReason(reason) {
  return reason !== void 0 && FAILURE_REASON.test(reason);
}
var READY_FAILURE_GRACE_MS = 3e4;
var READY_FAILURE_LOOKS = 3;
var ReadyFailureWatch = class {
  constructor(byMs = Number.POSITIVE_INFINITY, graceMs = READY_FAILURE_GRACE_MS, looks = READY_FAILURE_LOOKS) {
    this.byMs = byMs;
    this.graceMs = graceMs;
    this.looks = looks;
  }
  byMs;
  graceMs;
  looks;
  run;
  /** A look saw `Ready=False` with this failure reason for this generation, at `nowMs`. */
  saw(generation, reason, nowMs) {
    const key = `${generation}/${reason}`;
    if (this.run?.key !== key) this.run = { key, firstMs: nowMs, looks: 0 };
    this.run.looks += 1;
    const forMs = nowMs - this.run.firstMs;
    const needMs = Math.min(this.graceMs, Math.max(0, (this.byMs - this.run.firstMs) / 2));
    return { final: this.run.looks >= this.looks && forMs >= needMs, forMs, needMs };
  }
  /** A look saw no such failure: the run starts over. */
  clear() {
    this.run = void 0;
  }
};
function observed(s) {
  return s.observedGeneration !== void 0 && s.observedGeneration === s.generation;
}
function currentReady(s) {
  const c = s.ready;
  if (!c) return void 0;
  return c.observedGeneration === void 0 || c.observedGeneration === s.generation ? c : void 0;
}
function migrationReady(s) {
  return migrationDoneFor({ ...s.migration, pinned: s.pinned }).done;
}
function migrationIsForPin(s) {
  return s.migration.version === void 0 || s.migration.version === s.pinned;
}
function failedJobs(s, before) {
  const named = new Set(
    migrationIsForPin(s) ? s.migration.jobs.map((j) => j.name).filter((n) => !!n) : []
  );
  return s.jobs.filter(
    (job) => job.failed && (named.has(job.name) || before !== void 0 && !before.has(job.uid))
  );
}
function said(c) {
  return [c.reason, c.message].filter(Boolean).join(": ");
}
function assessV2(s, jobsBefore, readyFailures) {
  if (!observed(s)) {
    readyFailures?.watch.clear();
    return {
      state: "waiting",
      pending: [
        `the operator to take generation ${s.generation} (${s.observedGeneration === void 0 ? "no status yet" : `its status is for generation ${s.observedGeneration}`})`
      ]
    };
  }
  const ready = currentReady(s);
  const m = s.migration;
  const jobs = failedJobs(s, jobsBefore);
  const operatorMessages = [
    ...ready && ready.status !== "True" && (ready.reason || ready.message) ? [`Ready=${ready.status}: ${said(ready)}`] : [],
    ...jobs.map((j) => `Job ${j.name}: ${said(j) || "failed"}`),
    ...m.jobs.filter((j) => (j.failed || j.reason) && !jobs.some((job) => job.name === j.name)).map((j) => `Job ${j.name ?? j.key}: ${said(j) || j.phase || "failed"}`)
  ];
  if (m.phase === "Failed" && migrationIsForPin(s)) {
    return {
      state: "failed",
      reason: `The migration to ${s.pinned} failed (phase Failed${m.reason ? `, ${m.reason}` : ""}).`,
      operatorMessages
    };
  }
  if (jobs.length > 0) {
    const names = jobs.map((j) => `job/${j.name}${said(j) ? ` (${said(j)})` : ""}`).join(", ");
    return {
      state: "failed",
      reason: `The migration to ${s.pinned} failed: ${names}.`,
      operatorMessages
    };
  }
  let lasting = "";
  if (ready?.status === "False" && isFailureReason(ready.reason)) {
    const seen = readyFailures?.watch.saw(s.generation, ready.reason ?? "", readyFailures.nowMs);
    if (!seen || seen.final) {
      const span = seen ? ` (for ${Math.round(seen.forMs / 1e3)} s, over several looks)` : "";
      return {
        state: "failed",
        reason: `The operator set Ready=False: ${said(ready)}${span}.`,
        operatorMessages
      };
    }
    lasting = `; a failure if it lasts ${Math.round(seen.needMs / 1e3)} s, seen for ${Math.round(seen.forMs / 1e3)} s`;
  } else readyFailures?.watch.clear();
  const pending = [];
  if (ready?.status !== "True")
    pending.push(
      `Ready=True (now ${ready ? `${ready.status}${said(ready) ? `, ${said(ready)}` : ""}` : "no Ready condition for this generation"}${lasting})`
    );
  if (!migrationReady(s))
    pending.push(
      `the migration to ${s.pinned || "(no version pinned)"} (phase ${m.phase ?? "not started"}${m.reason ? `, ${m.reason}` : ""}${m.version && m.version !== s.pinned ? `, for ${m.version}` : ""})`
    );
  for (const job of s.jobs) if (!job.succeeded && !job.failed) pending.push(`job/${job.name} to finish`);
  if (pending.length > 0) {
    for (const store of s.stores) if (!store.ready) pending.push(`${store.label} ${store.state}`);
  }
  return pending.length === 0 ? { state: "succeeded" } : { state: "waiting", pending };
}
function v2ProgressLine(s) {
  if (!observed(s))
    return `  waiting for the operator to take generation ${s.generation} (${s.observedGeneration === void 0 ? "no status yet" : `its status is for generation ${s.observedGeneration}`})`;
  const stores = s.stores.length ? s.stores.map((store) => `${store.label} ${store.state}`).join(", ") : "no stores";
  const m = s.migration;
  const migration = `migration ${m.phase ?? "not started"}${m.reason ? ` (${m.reason})` : ""}`;
  const running = s.jobs.filter((j) => !j.succeeded && !j.failed).map((j) => `job/${j.name} running`);
  const ready = s.ready ? `Ready ${s.ready.status}${s.ready.reason ? ` (${s.ready.reason})` : ""}` : "Ready unset";
  return `  ${stores}; ${[migration, ...running].join(", ")}; ${ready}`;
}

// src/apply/v2-spec.ts
import { isDeepStrictEqual } from "node:util";
var withDefaults = v2_validator_default;
function isV2(cr) {
  return cr?.apiVersion === V2_API_VERSION;
}
function defaulted(cr) {
  const copy = structuredClone(cr);
  withDefaults(copy);
  return copy;
}
var isMap = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function prune(live, desired, filled) {
  if (Array.isArray(live) && Array.isArray(filled) && live.length === filled.length)
    return live.map((item, i) => prune(item, Array.isArray(desired) ? desired[i] : void 0, filled[i]));
  if (!isMap(live) || !isMap(filled)) return live;
  const want = isMap(desired) ? desired : {};
  const out = {};
  for (const [key, value] of Object.entries(live)) {
    if (!(key in want) && key in filled && isDeepStrictEqual(value, filled[key])) continue;
    out[key] = prune(value, want[key], filled[key]);
  }
  return out;
}
function configuredSpec(liveSpec, desired) {
  return prune(liveSpec, desired.spec, defaulted(desired).spec);
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
function managedOnly(live, desired) {
  if (!live || typeof live !== "object" || Array.isArray(live)) return live;
  const keys = desired && typeof desired === "object" ? Object.keys(desired) : [];
  const kept = Object.entries(live).filter(([key]) => keys.includes(key));
  return kept.length > 0 ? Object.fromEntries(kept) : void 0;
}
function comparable(live, desired) {
  const liveMeta = live.metadata ?? {};
  const desiredMeta = desired.metadata ?? {};
  const metadata = {};
  for (const key of Object.keys(desiredMeta)) if (liveMeta[key] !== void 0) metadata[key] = liveMeta[key];
  if (metadata.annotations !== void 0) {
    const managed = managedOnly(metadata.annotations, desiredMeta.annotations);
    if (managed === void 0) delete metadata.annotations;
    else metadata.annotations = managed;
  }
  const spec = isV2(desired) ? configuredSpec(live.spec ?? {}, desired) : live.spec ?? {};
  return alignKeys({ apiVersion: live.apiVersion, kind: live.kind, metadata, spec }, desired);
}
function sameConfiguration(live, desired) {
  return live !== void 0 && isDeepStrictEqual2(comparable(live, desired), desired);
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
function lookV2(snapshot, readyFailures, jobsBefore) {
  if (!snapshot.cr)
    return {
      verdict: { state: "waiting", pending: ["the CR (it is not in the cluster)"] },
      line: "  waiting for the CR (it is not in the cluster)"
    };
  const status = readV2Status(snapshot.cr, snapshot.migrationJobs ?? []);
  return {
    verdict: assessV2(status, jobsBefore, { watch: readyFailures, nowMs: Date.now() }),
    line: v2ProgressLine(status)
  };
}
async function waitForRollout(gateway, out, byMs, pollMs, before, appliedAt) {
  const tracker = new RolloutTracker({
    phase: before.phase,
    specActiveVersion: before.specActiveVersion,
    appliedAt,
    eventsBefore: before.events
  });
  const started = Date.now();
  let pending = [];
  let unanswered2;
  const fast = gateway.watches ? Math.min(pollMs, FAST_POLL_MS) : pollMs;
  const interval = () => Date.now() - started < FAST_POLL_WINDOW_MS ? fast : pollMs;
  const v2 = gateway.apiVersion === "v2";
  let last = "";
  const jobsBefore = new Set((before.migrationJobs ?? []).map((job) => job.uid));
  const readyFailures = new ReadyFailureWatch(byMs);
  const verdict = await waitUntil(gateway, out, byMs, interval, async () => {
    let now;
    let line;
    try {
      const snapshot = await gateway.snapshot(byMs);
      if (v2) ({ verdict: now, line } = lookV2(snapshot, readyFailures, jobsBefore));
      else now = tracker.observe(snapshot);
      unanswered2 = void 0;
    } catch (error) {
      if (Date.now() >= byMs && last) return last;
      unanswered2 = firstLine(error);
      return last = `  cluster not answering, retrying: ${unanswered2}`;
    }
    if (now.state !== "waiting") return now;
    pending = now.pending;
    return last = line ?? `  waiting for: ${pending.join("; ")}`;
  });
  if (verdict) return verdict;
  return {
    state: "timeout",
    pending: unanswered2 ? [...pending, `the cluster to answer (${unanswered2})`] : pending
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
        const now = await gateway.snapshot(byMs);
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
async function warningsSince(gateway, appliedAt, byMs) {
  const since = Date.parse(appliedAt);
  try {
    return (await gateway.events(byMs)).filter((e) => Date.parse(e.time) >= since && (e.type === "Warning" || /fail/i.test(e.reason))).map((e) => `${e.reason}: ${e.message}`);
  } catch {
    return [];
  }
}
async function waitForLive(gateway, out, byMs, pollMs) {
  let pending = [];
  const readyFailures = new ReadyFailureWatch(byMs);
  const verdict = await waitUntil(
    gateway,
    out,
    byMs,
    () => pollMs,
    async () => {
      let now;
      let line;
      try {
        const snapshot = await gateway.snapshot(byMs);
        if (gateway.apiVersion === "v2") ({ verdict: now, line } = lookV2(snapshot, readyFailures));
        else now = assessLive(snapshot);
      } catch (error) {
        pending = [`the cluster to answer (${firstLine(error)})`];
        return `  cluster not answering, retrying: ${firstLine(error)}`;
      }
      if (now.state !== "waiting") return now;
      pending = now.pending;
      return line ?? `  checking the live rollout, waiting for: ${pending.join("; ")}`;
    }
  );
  return verdict ?? { state: "timeout", pending };
}
async function applyCarrying(gateway, plan, byMs) {
  try {
    await gateway.apply(plan.desired, {
      forceConflicts: plan.forceConflicts,
      resourceVersion: plan.resourceVersion,
      byMs
    });
  } catch (error) {
    if (!(error instanceof CrChangedError) || !plan.previous) throw error;
    const now = await gateway.getCr(byMs);
    if (!now || !isDeepStrictEqual2(comparable(now.object, plan.desired), plan.previous)) throw error;
    await gateway.apply(plan.desired, {
      forceConflicts: plan.forceConflicts,
      resourceVersion: now.resourceVersion,
      byMs
    });
  }
}
async function applyAndWait(gateway, plan, out) {
  const start = Date.now();
  const deadline = plan.deadlineMs ?? start + plan.timeoutSeconds * 1e3;
  const { forwardBy, rollbackBy } = splitUntil(start, deadline);
  const waited = () => Math.round((Date.now() - start) / 1e3);
  const meta = plan.desired.metadata ?? {};
  const ref = gateway.target ?? { name: meta.name ?? "<cr>", namespace: meta.namespace ?? "<namespace>" };
  const outcome = (result, message, live, operatorMessages2 = []) => ({
    result,
    // A rollout that succeeded needs no "live spec / what next" sentence: that is for failures.
    message: result === "applied" ? message : `${message} ${liveSpecSentence(live, ref)}`,
    operatorMessages: operatorMessages2,
    waitedSeconds: waited(),
    live
  });
  const before = plan.before ?? await gateway.snapshot(forwardBy);
  const appliedAt = appliedAtNow();
  try {
    await applyCarrying(gateway, plan, forwardBy);
  } catch (error) {
    if (unanswered(error)) {
      plan.onLive?.("unknown");
      return outcome(
        "failed",
        `The apply got no answer from the API server (${firstLine(error)}).`,
        "unknown"
      );
    }
    throw error;
  }
  plan.onLive?.("new");
  out.info(
    gateway.apiVersion === "v2" ? "Applied. Waiting for the operator v2: this generation observed, the stores ready, the migration to the pinned version and Ready=True..." : "Applied. Waiting for the operator and the workloads to roll out..."
  );
  const forward = await waitForRollout(gateway, out, forwardBy, plan.pollMs, before, appliedAt);
  if (forward.state === "succeeded") return outcome("applied", `Rolled out in ${waited()} s.`, "new");
  const why = forward.state === "timeout" ? `Not rolled out within ${Math.round((forwardBy - start) / 1e3)} s (the rollout's share of the ${plan.timeoutSeconds} s timeout); still waiting for: ${forward.pending.join("; ")}.` : forward.reason;
  const operatorMessages = forward.state === "failed" ? forward.operatorMessages : await warningsSince(gateway, appliedAt, rollbackBy);
  if (!plan.rollbackOnFailure) {
    return outcome(
      "failed",
      `${why} Rollback is off (rollback-on-failure: false): the new CR stays applied.`,
      "new",
      operatorMessages
    );
  }
  if (!plan.previous) {
    out.info("First install failed: deleting the CR so that nothing is left half-made...");
    try {
      await gateway.deleteCr(rollbackBy);
    } catch (error) {
      if (!unanswered(error)) throw error;
      plan.onLive?.("unknown");
      return outcome(
        "rollback-failed",
        `${why} Deleting the new CR got no answer (${firstLine(error)}).`,
        "unknown",
        operatorMessages
      );
    }
    plan.onLive?.("none");
    const left = await waitForRemoval(gateway, out, rollbackBy, plan.pollMs);
    if (gateway.apiVersion === "v2")
      return outcome("rolled-back", `${why} ${v2Removal(plan.desired, left)}`, "none", operatorMessages);
    return outcome(
      "rolled-back",
      left.length === 0 ? `${why} This was the first install: the CR was deleted and the operator has removed what it had installed.` : `${why} This was the first install: the CR was deleted; still there at the deadline: ${left.join(", ")} (the operator removes them when it handles the deletion).`,
      "none",
      operatorMessages
    );
  }
  const target = plan.rollbackTo ?? plan.previous;
  out.info(
    `Rolling back: re-applying the ${plan.rollbackTo ? "last good spec (recorded when it last rolled out)" : "previous CR"}...`
  );
  let back;
  try {
    const beforeRollback = await gateway.snapshot(rollbackBy);
    const rollbackAt = appliedAtNow();
    await gateway.apply(target, { forceConflicts: true, byMs: rollbackBy });
    plan.onLive?.("previous");
    back = await waitForRollout(gateway, out, rollbackBy, plan.pollMs, beforeRollback, rollbackAt);
  } catch (error) {
    if (!unanswered(error) && !error.name?.startsWith("KubeApi")) throw error;
    plan.onLive?.("unknown");
    return outcome(
      "rollback-failed",
      `${why} The rollback got no answer from the API server (${firstLine(error)}).`,
      "unknown",
      operatorMessages
    );
  }
  if (back.state === "succeeded") {
    return outcome(
      "rolled-back",
      `${why} Rolled back, and the previous spec is rolled out again.`,
      "previous",
      operatorMessages
    );
  }
  const backWhy = back.state === "timeout" ? `still waiting for: ${back.pending.join("; ")}` : back.reason;
  return outcome(
    "rollback-failed",
    `${why} The previous spec was re-applied but did not roll out either (${backWhy}). The cluster needs attention.`,
    "previous",
    operatorMessages
  );
}
function v2Removal(desired, left) {
  const policy = String(
    desired.spec?.retentionPolicy?.onDelete ?? "detach"
  );
  const gone = left.length === 0 ? "the CR was deleted" : `the CR was deleted; still there at the deadline: ${left.join(", ")}`;
  const stores = policy === "detach" ? "With retentionPolicy.onDelete 'detach' the operator leaves the stores it made (and their data) in place: delete them yourself if this install should leave nothing." : `The operator handles the stores it made by retentionPolicy.onDelete '${policy}'.`;
  return `This was the first install: ${gone}. ${stores}`;
}
function appVersion(cr) {
  if (isV2(cr)) {
    const version = cr?.spec?.wandb?.version;
    return typeof version === "string" || typeof version === "number" ? String(version) : "";
  }
  const tag = cr?.spec?.values?.app?.image?.tag;
  return typeof tag === "string" || typeof tag === "number" ? String(tag) : "";
}
function assertSameTarget(desired) {
  const metadata = desired.metadata ?? {};
  if (!metadata.name || !metadata.namespace)
    throw new UserError("The CR has no metadata.name or metadata.namespace.");
  return { name: metadata.name, namespace: metadata.namespace };
}

// src/apply/legacy-annotations.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/diff/config.ts
var import_yaml = __toESM(require_dist(), 1);
import { isDeepStrictEqual as isDeepStrictEqual3 } from "node:util";
function dottedPath(path) {
  return path.map(
    (part, index) => typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`
  ).join("");
}
function isMap2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function secretChanges(before, after) {
  const found = [];
  const walk = (a, b, ma, mb, path) => {
    if (Array.isArray(a) && Array.isArray(b) && Array.isArray(ma) && Array.isArray(mb)) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], ma[i], mb[i], [...path, i]);
      return;
    }
    if (isMap2(a) && isMap2(b) && isMap2(ma) && isMap2(mb)) {
      for (const key of Object.keys(b))
        if (Object.prototype.hasOwnProperty.call(a, key))
          walk(a[key], b[key], ma[key], mb[key], [...path, key]);
      return;
    }
    if (!isDeepStrictEqual3(a, b) && isDeepStrictEqual3(ma, mb)) found.push(path);
  };
  walk(before, after, maskSecrets(before), maskSecrets(after), []);
  return found;
}
function addedNulls(before, after) {
  const found = [];
  const walk = (a, b, path) => {
    if (b === null) {
      if (a !== null) found.push(path);
      return;
    }
    if (Array.isArray(b)) {
      b.forEach((item, i) => walk(Array.isArray(a) ? a[i] : void 0, item, [...path, i]));
      return;
    }
    if (isMap2(b))
      for (const [key, item] of Object.entries(b)) walk(isMap2(a) ? a[key] : void 0, item, [...path, key]);
  };
  walk(before, after, []);
  return found;
}
function yamlText(value, notes = []) {
  if (value === void 0) return "";
  const doc = new import_yaml.Document(value);
  for (const { path, note } of notes) {
    const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if ((0, import_yaml.isScalar)(node)) node.comment = ` ${note}`;
  }
  return doc.toString({ lineWidth: 0 });
}
function configDiff(before, after, options) {
  const changed = before === void 0 ? [] : secretChanges(before, after);
  const notes = [
    ...changed.map((path) => ({ path, note: `secret value changed at ${dottedPath(path)}` })),
    ...addedNulls(before, after).map((path) => ({
      path,
      note: "null: removes this key's chart default"
    }))
  ];
  const diff = unifiedDiff(
    yamlText(before === void 0 ? void 0 : maskSecrets(before)),
    yamlText(maskSecrets(after), notes),
    options
  );
  return { diff, secretChanges: changed.map(dottedPath) };
}

// src/apply/legacy-annotations.ts
var LEGACY_PREFIX = "legacy.operator.wandb.com/";
var isMap3 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function annotationsOf(cr) {
  const metadata = isMap3(cr) ? cr.metadata : void 0;
  const annotations = isMap3(metadata) ? metadata.annotations : void 0;
  return isMap3(annotations) ? annotations : void 0;
}
function asData(text2) {
  try {
    return { data: JSON.parse(text2), json: true };
  } catch {
  }
  try {
    const data = (0, import_yaml2.parse)(text2);
    return isMap3(data) || Array.isArray(data) ? { data, json: false } : void 0;
  } catch {
    return void 0;
  }
}
function scanLegacyValue(text2) {
  const parsed = asData(text2);
  if (!parsed) {
    const { secrets: secrets2, masked: masked2 } = scanSecrets(text2);
    return { secrets: secrets2, masked: masked2 };
  }
  const { secrets, masked } = scanSecrets(parsed.data);
  if (secrets.length === 0) return { secrets, masked: text2 };
  return { secrets, masked: parsed.json ? JSON.stringify(masked) : (0, import_yaml2.stringify)(masked) };
}
function legacySecrets(cr) {
  const found = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(annotationsOf(cr) ?? {}))
    if (key.startsWith(LEGACY_PREFIX) && typeof value === "string")
      for (const secret of scanLegacyValue(value).secrets) found.add(secret);
  return [...found];
}
function maskLegacyAnnotations(cr) {
  const annotations = annotationsOf(cr);
  if (!annotations || !Object.keys(annotations).some((key) => key.startsWith(LEGACY_PREFIX))) return cr;
  const masked = {};
  for (const [key, value] of Object.entries(annotations))
    masked[key] = key.startsWith(LEGACY_PREFIX) && typeof value === "string" ? scanLegacyValue(value).masked : value;
  const object = cr;
  return { ...object, metadata: { ...object.metadata, annotations: masked } };
}
function legacySecretChanges(before, after) {
  const a = annotationsOf(before) ?? {};
  const b = annotationsOf(after) ?? {};
  return Object.keys(b).filter((key) => {
    const before2 = a[key];
    const after2 = b[key];
    if (!key.startsWith(LEGACY_PREFIX) || typeof before2 !== "string" || typeof after2 !== "string")
      return false;
    if (before2 === after2) return false;
    const [da, db] = [asData(before2), asData(after2)];
    if (da && db) return secretChanges(da.data, db.data).length > 0;
    return scanLegacyValue(before2).masked === scanLegacyValue(after2).masked;
  });
}
function registerCrSecrets(cr, redactor) {
  for (const secret of [...scanSecrets(cr ?? {}).secrets, ...legacySecrets(cr)]) redactor.add(secret);
}
function crDiff(previous, desired, options) {
  const result = configDiff(
    previous === void 0 ? void 0 : maskLegacyAnnotations(previous),
    maskLegacyAnnotations(desired),
    options
  );
  const hidden = legacySecretChanges(previous, desired).map((key) => `metadata.annotations.${key}`);
  return { ...result, secretChanges: [...result.secretChanges, ...hidden] };
}

// src/apply/apply-cr.ts
function parseOptions(raw, ctx) {
  const timeoutSeconds = num(raw, "timeout") ?? 600;
  const rollbackOnFailure = bool(raw, "rollback-on-failure");
  const problem = timeoutProblem(timeoutSeconds, rollbackOnFailure);
  if (problem) throw new UsageError(problem, "Give 'timeout' in seconds, e.g. --timeout 600 (the default).");
  return {
    ...parseConfigOptions(raw),
    render: parseRenderCheckOptions(raw, ctx),
    dryRun: bool(raw, "dry-run"),
    rollbackOnFailure,
    forceConflicts: bool(raw, "force-conflicts"),
    timeoutSeconds,
    pollSeconds: num(raw, "poll-interval") ?? 1,
    kubeconfigContent: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: str(raw, "kubectl-path") ?? ctx.env.KUBECTL_PATH ?? "kubectl",
    json: wantsJson(raw.format)
  };
}
async function runApplyCr(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const report = { result: "not-applied", liveSpec: "unknown", diagnostics: [] };
  const code = await applyCr(options, ctx, report);
  if (options.json) {
    ctx.out.json("apply-cr", code === 0, {
      target: report.target ?? null,
      result: report.result,
      dryRun: options.dryRun,
      liveSpec: report.liveSpec,
      renderCheck: ctx.out.outputs["render-check"] ?? null,
      diff: report.diff ?? null,
      ...report.message ? { message: report.message } : {},
      ...report.waitedSeconds !== void 0 ? { waitedSeconds: report.waitedSeconds, operatorMessages: report.operatorMessages ?? [] } : {},
      ...report.missingPermissions ? { missingPermissions: report.missingPermissions } : {},
      diagnostics: report.diagnostics,
      outputs: { ...ctx.out.outputs }
    });
  }
  return code;
}
async function applyCr(options, ctx, report) {
  const deadline = Date.now() + options.timeoutSeconds * 1e3;
  const built = loadConfig(options, ctx);
  report.diagnostics = built.diagnostics.map(diagnosticJson);
  ctx.out.setOutput("rolled-back", false);
  if (!built.ok) {
    return notApplied(await renderCheck(built, options.render, ctx), ctx, report);
  }
  const desired = built.cr;
  const version = isV2(desired) ? "v2" : "v1";
  const ref = assertSameTarget(desired);
  report.target = { name: ref.name, namespace: ref.namespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.setOutput("version", appVersion(desired));
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor
  }).catch((error) => {
    if (options.dryRun && !kubeconfigGiven(options, ctx.env)) return void 0;
    throw error;
  });
  const forgetKubeconfig = kubeconfig ? onCancel(() => kubeconfig.cleanup()) : () => void 0;
  if (!kubeconfig) {
    const rendered = await renderCheck(built, options.render, ctx, {
      timeoutMs: Math.min(12e4, options.timeoutSeconds * 1e3)
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx, report);
    ctx.out.setOutput("render-check", rendered.outcome);
    return offlineDryRun(built.cr, label, ctx, rendered.line, report, options.json);
  }
  let closeGateway = async () => void 0;
  let lease;
  const undo = [forgetKubeconfig];
  const cancelledBefore = `Cancelled before the CR was written: ${label} is as it was.`;
  const forgetEarly = onCancel(() => {
    ctx.out.error(cancelledBefore);
    ctx.out.summary(`### apply-cr: cancelled

${cancelledBefore}
`);
  });
  undo.push(forgetEarly);
  try {
    const client = new KubeClient({
      kubectlPath: options.kubectlPath,
      helmPath: "helm",
      kubeconfig: kubeconfig.path,
      context: options.context,
      deadline,
      timeoutMs: 3e4
    });
    const kubeVersion = options.render.mode === "false" || options.render.kubeVersion ? void 0 : await client.serverVersion().then(
      (version2) => version2.gitVersion,
      () => void 0
    );
    const rendered = await renderCheck(built, options.render, ctx, {
      kubeVersion,
      timeoutMs: Math.min(12e4, Math.max(1, deadline - Date.now()))
    });
    if (rendered.diagnostics.length > 0) return notApplied(rendered, ctx, report);
    ctx.out.setOutput("render-check", rendered.outcome);
    const renderLine = `${rendered.line}

`;
    if (version === "v2") {
      const refused2 = await checkV2Access(client, ref, options, ctx, report, deadline);
      if (refused2 !== void 0) return refused2;
    }
    const opened = await openGateway(client, ref, (message) => ctx.out.info(message), version);
    const gateway = opened.gateway;
    closeGateway = opened.close;
    undo.push(onCancel(() => opened.close()));
    let live = "previous";
    if (!options.dryRun) {
      const leaseClient = new KubeClient({ ...client.options, deadline: void 0 });
      lease = new CrLease(
        (args, call) => leaseClient.kubectl(args, { ...call, allowFailure: true }),
        ref.namespace,
        leaseName(ref.name),
        holderIdentity(ctx.env),
        label
      );
      let how;
      try {
        how = await lease.acquire(Math.max(1, Math.min(3e4, deadline - Date.now())));
      } catch (error) {
        if (!(error instanceof LeaseHeldError)) throw error;
        return leaseHeld(error, ctx, report);
      }
      const held = lease;
      ctx.out.info(
        `Lease ${held.label} taken${how === "expired" ? " over (its holder let it expire)" : ""}: no other apply-cr writes ${label} until this one ends.`
      );
      held.keepRenewed((message) => ctx.out.warning(message));
      forgetEarly();
      undo.push(
        onCancel(async () => {
          ctx.out.error(`Cancelled. ${liveSpecSentence(live, ref)}`);
          ctx.out.summary(`### apply-cr: cancelled

${label}: ${liveSpecSentence(live, ref)}
`);
          await held.release();
        })
      );
    }
    const before = await gateway.snapshot(deadline);
    const current = before.cr ? { object: before.cr } : void 0;
    registerCrSecrets(current?.object, ctx.redactor);
    const previous = current ? comparable(current.object, desired) : void 0;
    ctx.out.setOutput("previous-version", appVersion(previous));
    report.liveSpec = previous ? "previous" : "none";
    registerCrSecrets(desired, ctx.redactor);
    const { diff, secretChanges: secretChanges2 } = crDiff(previous, desired, {
      fromLabel: `${label}: live${previous ? "" : " (not in the cluster)"}`,
      toLabel: `${label}: desired`
    });
    ctx.out.setOutput("diff", diff);
    const recordedGood = await gateway.lastGood(before.cr, deadline);
    registerCrSecrets(recordedGood, ctx.redactor);
    const lastGood = recordedGood?.apiVersion === desired.apiVersion ? recordedGood : void 0;
    if (recordedGood && !lastGood)
      ctx.out.info(
        `The last good spec recorded (Secret ${lastGoodSecretName(ref.name)}) is ${String(recordedGood.apiVersion)}, not ${String(desired.apiVersion)}: a rollback goes back to the CR as it is now instead.`
      );
    const { added, removed } = diffStat(diff);
    report.diff = { added, removed };
    if (sameConfiguration(current?.object, desired)) {
      return await noChanges(
        gateway,
        current.object,
        lastGood,
        { options, deadline, label, renderLine, report, desired },
        ctx
      );
    }
    ctx.out.info(`${previous ? "Changes to" : "Creating"} ${label} (+${added} -${removed} lines):`);
    if (!options.json) ctx.out.print(diff);
    const hidden = secretChanges2.filter((path) => path.startsWith("metadata.annotations."));
    if (hidden.length > 0)
      ctx.out.info(`A secret value changed inside ${hidden.join(", ")} (masked on both sides of the diff).`);
    const diffBlock = `\`\`\`diff
${diff}\`\`\`
`;
    if (options.dryRun) {
      ctx.out.info("Dry run: nothing was changed.");
      ctx.out.summary(
        `### apply-cr (dry run)

${label}: nothing was changed.

${report.dryRunNote ?? ""}${renderLine}${diffBlock}`
      );
      ctx.out.setOutput("changed", false);
      report.result = "dry-run";
      return 0;
    }
    let wrote = false;
    const outcome = await applyAndWait(
      gateway,
      {
        desired,
        before,
        previous,
        rollbackTo: lastGood,
        resourceVersion: resourceVersionOf(before.cr),
        deadlineMs: deadline,
        onLive: (now) => {
          live = now;
          wrote = true;
        },
        timeoutSeconds: options.timeoutSeconds,
        rollbackOnFailure: options.rollbackOnFailure,
        forceConflicts: options.forceConflicts,
        pollMs: options.pollSeconds * 1e3
      },
      ctx.out
    ).catch((error) => {
      if (wrote || !(error instanceof UserError)) throw error;
      return refused(error, { label, renderLine, diffBlock, liveSpec: report.liveSpec }, ctx, report);
    });
    if (typeof outcome === "number") return outcome;
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
    settle(report, {
      result: outcome.result,
      liveSpec: outcome.live,
      message: outcome.message,
      waitedSeconds: outcome.waitedSeconds,
      operatorMessages: outcome.operatorMessages
    });
    if (outcome.result === "applied") {
      await recordLastGood(gateway, desired, ctx, deadline);
      ctx.out.info(`${label} rolled out (${versions}). ${outcome.message}`);
      return 0;
    }
    ctx.out.error(
      `${label} did not roll out. ${outcome.message}${operator ? ` ${outcome.operatorMessages.join(" | ")}` : ""}`
    );
    if (outcome.result === "rolled-back") ctx.out.setOutput("version", appVersion(previous));
    return 1;
  } finally {
    await lease?.release();
    await closeGateway();
    await kubeconfig.cleanup();
    for (const forget of undo) forget();
  }
}
async function checkV2Access(client, ref, options, ctx, report, deadline) {
  const kubectl = (args, call) => client.kubectl(args, { ...call, allowFailure: true });
  const byMs = Math.min(deadline, Date.now() + 3e4);
  const existing = await existingObjects(kubectl, ref, leaseName(ref.name), "v2", byMs);
  const { required, forRealRun } = v2AccessQuestions(ref, existing, options);
  const answers = await canI(kubectl, [...required, ...forRealRun], byMs).catch((error) => {
    throw new UserError(
      `${error.message.split("\n")[0]} Nothing was changed.`,
      error.fix ?? "Check that the kubeconfig reaches the API server (kubectl auth can-i works with it), then run again."
    );
  });
  const refusal = accessRefusal(
    ref,
    required,
    answers,
    existing.cr === void 0 ? "the CR was not written (whether it exists could not be read)." : existing.cr ? "the live CR was not written." : "the CR does not exist, and was not created."
  );
  if (refusal) {
    ctx.out.error(refusal.message);
    ctx.out.info(`  fix: ${refusal.fix}`);
    ctx.out.setOutput("changed", false);
    settle(report, {
      result: "not-applied",
      liveSpec: existing.cr === void 0 ? "unknown" : existing.cr ? "previous" : "none",
      message: refusal.message,
      missingPermissions: refusal.denied.map(({ why: _why, ...question }) => question)
    });
    ctx.out.summary(
      `### apply-cr: nothing was applied

${refusal.message}

Add these rules to a Role in namespace ${ref.namespace} bound to the kubeconfig's identity:

\`\`\`yaml
${refusal.rules}
\`\`\`
`
    );
    return 1;
  }
  const later = forRealRun.filter((_, i) => answers[required.length + i] !== true);
  if (later.length > 0) {
    ctx.out.warning(
      `Dry run: this identity may read what the dry run reads, but applying the CR also needs ${describeAccess(later)}.`
    );
    ctx.out.info(`  Role rules to add in namespace ${ref.namespace} before a real run:
${roleRules(later)}`);
    report.missingPermissions = later.map(({ why: _why, ...question }) => question);
    report.dryRunNote = `A real run would be refused: this identity may not ${describeAccess(later)}. Role rules to add in namespace ${ref.namespace}:

\`\`\`yaml
${roleRules(later)}
\`\`\`

`;
  } else
    ctx.out.info(
      "permissions: ok (kubectl auth can-i, for the CR, its Lease, its last-good Secret and the migration Jobs)"
    );
  return void 0;
}
function leaseHeld(error, ctx, report) {
  ctx.out.error(error.message);
  if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
  ctx.out.setOutput("changed", false);
  settle(report, { result: "not-applied", message: `${error.message} ${error.fix ?? ""}`.trim() });
  ctx.out.summary(`### apply-cr: nothing was applied

${error.message}

${error.fix ?? ""}
`);
  return 1;
}
function refused(error, run, ctx, report) {
  const state = /nothing was written/i.test(error.message) ? "" : ` Nothing was written: ${run.label} is as it was.`;
  ctx.out.error(`${error.message}${state}`);
  if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
  ctx.out.setOutput("changed", false);
  settle(report, {
    result: "not-applied",
    liveSpec: run.liveSpec,
    message: `${error.message}${state} ${error.fix ?? ""}`.trim()
  });
  ctx.out.summary(
    `### apply-cr: nothing was applied

${run.label}: ${error.message}${state}

${error.fix ?? ""}

${run.renderLine}${run.diffBlock}`
  );
  return 1;
}
function settle(report, ending) {
  Object.assign(report, ending);
}
function kubeconfigGiven(options, env) {
  return Boolean(options.kubeconfigContent?.trim() || env.KUBECONFIG?.trim());
}
function resourceVersionOf(cr) {
  return cr?.metadata?.resourceVersion;
}
function restorable(cr) {
  const meta = cr.metadata ?? {};
  const metadata = { name: meta.name, namespace: meta.namespace };
  if (meta.labels) metadata.labels = meta.labels;
  return { apiVersion: cr.apiVersion, kind: cr.kind, metadata, spec: cr.spec ?? {} };
}
async function recordLastGood(gateway, desired, ctx, deadline) {
  try {
    const live = await gateway.getCr(Math.max(deadline, Date.now() + 5e3));
    const uid = live?.object.metadata?.uid;
    if (!uid) return;
    const pointer = JSON.stringify({
      secret: lastGoodSecretName(gateway.target.name),
      version: appVersion(desired) || "(unpinned)",
      recordedAt: (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d+Z$/, "Z")
    });
    await gateway.recordLastGood(restorable(desired), uid, pointer, Math.max(deadline, Date.now() + 5e3));
    ctx.out.info(
      `Recorded as the last good spec (Secret ${lastGoodSecretName(gateway.target.name)}, annotation ${LAST_GOOD_ANNOTATION}).`
    );
  } catch (error) {
    ctx.out.warning(
      `The rollout succeeded, but recording it as the last good spec failed: ${error.message.split("\n")[0]}. A later rollback goes back to the CR as it was before that run.`
    );
  }
}
async function noChanges(gateway, liveCr, lastGood, run, ctx) {
  const { options, deadline, label, renderLine, report } = run;
  ctx.out.setOutput("changed", false);
  report.liveSpec = "new";
  ctx.out.info(`No changes: ${label} already matches the configuration. Checking that it is rolled out...`);
  const { forwardBy } = splitUntil(Date.now(), deadline);
  const health = await waitForLive(gateway, ctx.out, forwardBy, options.pollSeconds * 1e3);
  if (health.state === "succeeded") {
    const configured = isV2(liveCr) ? restorable(comparable(liveCr, run.desired)) : restorable(liveCr);
    const recorded = lastGood && sameConfiguration(lastGood, configured);
    if (!options.dryRun && !recorded) await recordLastGood(gateway, configured, ctx, deadline);
    ctx.out.info(`No changes: ${label} matches the configuration and is rolled out. The CR was not written.`);
    ctx.out.summary(
      `### apply-cr: no changes

${label} already matches the configuration and is rolled out.

${report.dryRunNote ?? ""}${renderLine}`
    );
    report.result = "no-changes";
    return 0;
  }
  const why = health.state === "timeout" ? `its rollout has not finished (stalled): still waiting for ${health.pending.join("; ")}.` : `${health.reason}${health.operatorMessages.length ? ` Operator said: ${health.operatorMessages.join(" | ")}` : ""}`;
  const canGoBack = options.rollbackOnFailure && !options.dryRun && lastGood && !sameConfiguration(liveCr, lastGood);
  if (!canGoBack) {
    const fix = options.dryRun ? "Run without dry-run to roll back to the last good spec, or fix the configuration." : !lastGood ? `No last good spec is recorded for it (annotation ${LAST_GOOD_ANNOTATION}), so there is nothing to roll back to: fix the configuration and run again.` : options.rollbackOnFailure ? "The last good spec is this same spec: the cause is outside the CR (images, the cluster, the operator): see the operator and pod events." : "Rollback is off (rollback-on-failure: false): fix the configuration and run again.";
    ctx.out.error(
      `No changes to apply, but ${label} is not rolled out: ${why} ${liveSpecSentence("new", gateway.target)}`
    );
    ctx.out.info(`  fix: ${fix}`);
    settle(report, { result: "not-rolled-out", message: `${why} ${fix}` });
    ctx.out.summary(
      `### apply-cr: not rolled out

No changes to apply, but ${label} is not rolled out: ${why}

${fix}
`
    );
    return 1;
  }
  ctx.out.info(`${label} is failing (${why}) Rolling back to the last good spec...`);
  const outcome = await applyAndWait(
    gateway,
    {
      desired: lastGood,
      previous: comparable(liveCr, lastGood),
      deadlineMs: deadline,
      timeoutSeconds: options.timeoutSeconds,
      rollbackOnFailure: false,
      forceConflicts: true,
      pollMs: options.pollSeconds * 1e3
    },
    ctx.out
  );
  const back = outcome.result === "applied";
  ctx.out.setOutput("changed", true);
  ctx.out.setOutput("rolled-back", back);
  if (back) ctx.out.setOutput("version", appVersion(lastGood));
  const message = back ? `No changes to apply, but ${label} was not rolled out: ${why} Rolled back to the last good spec (${appVersion(lastGood) || "unpinned"}), which is rolled out again. ${liveSpecSentence("previous", gateway.target)}` : `No changes to apply, but ${label} was not rolled out: ${why} Re-applying the last good spec did not roll out either: ${outcome.message}`;
  ctx.out.error(message);
  settle(report, {
    result: back ? "rolled-back" : "rollback-failed",
    liveSpec: back ? "previous" : outcome.live,
    message,
    waitedSeconds: outcome.waitedSeconds,
    operatorMessages: outcome.operatorMessages
  });
  ctx.out.summary(`### apply-cr: ${back ? "rolled-back" : "rollback-failed"}

${message}
`);
  return 1;
}
function notApplied(rendered, ctx, report) {
  ctx.out.setOutput("render-check", rendered.outcome);
  ctx.out.setOutput("changed", false);
  const refused2 = rendered.diagnostics.length > 0;
  const message = `Nothing was applied: the configuration has errors${refused2 ? " or the chart refuses the values" : ""} (listed above).`;
  ctx.out.error(message);
  report.diagnostics.push(...rendered.diagnostics.map(diagnosticJson));
  settle(report, { result: "not-applied", message: message.replace(" (listed above)", "") });
  ctx.out.summary(
    `### apply-cr: nothing was applied

The configuration has errors (see the log).

${rendered.line}
`
  );
  return 1;
}
function offlineDryRun(desired, label, ctx, renderLine, report, json) {
  registerCrSecrets(desired, ctx.redactor);
  const { diff } = crDiff(void 0, desired, {
    fromLabel: `${label}: no cluster configured (empty)`,
    toLabel: `${label}: desired`
  });
  const { added } = diffStat(diff);
  ctx.out.info(
    `Dry run without a cluster (no kubeconfig): the diff against an empty cluster, +${added} lines. Nothing was changed.`
  );
  if (!json) ctx.out.print(diff);
  settle(report, { result: "dry-run", diff: diffStat(diff) });
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
  FIELD_MANAGER,
  CR_RESOURCE,
  LAST_GOOD_ANNOTATION,
  ClusterGateway,
  workloadReady,
  sameConfiguration,
  applyAndWait,
  appVersion,
  runApplyCr
};
