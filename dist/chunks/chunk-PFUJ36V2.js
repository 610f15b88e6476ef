import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  OWN_GROUP,
  killTree,
  trackChild
} from "./chunk-ZDPISML2.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/core/exec.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
var BASE_ENV = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TMP",
  "TEMP",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  "LC_*",
  "XDG_*",
  "HTTP_PROXY",
  "HTTPS_PROXY",
  "NO_PROXY",
  "ALL_PROXY",
  "http_proxy",
  "https_proxy",
  "no_proxy",
  "all_proxy",
  "SSL_CERT_FILE",
  "SSL_CERT_DIR",
  // Windows runners
  "SYSTEMROOT",
  "WINDIR",
  "APPDATA",
  "LOCALAPPDATA",
  "USERPROFILE",
  "PATHEXT",
  "COMSPEC"
];
var CLOUD_CREDENTIALS = [
  "AWS_*",
  "GOOGLE_*",
  "CLOUDSDK_*",
  "AZURE_*",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
];
var PROGRAM_ENV = {
  kubectl: ["KUBECONFIG", "KUBECTL_*", "KUBECACHEDIR", ...CLOUD_CREDENTIALS],
  helm: ["KUBECONFIG", "HELM_*", ...CLOUD_CREDENTIALS],
  git: ["GIT_*", "SSH_AUTH_SOCK"],
  wandb: ["WANDB_*", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"]
};
function allowed(name, patterns) {
  return patterns.some(
    (pattern) => pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  );
}
function childEnv(role, env) {
  if (role === "inherit") return env;
  const patterns = [...BASE_ENV, ...role ? PROGRAM_ENV[role] : []];
  const out = {};
  for (const [name, value] of Object.entries(env))
    if (value !== void 0 && allowed(name, patterns)) out[name] = value;
  return out;
}
var execute = (request) => new Promise((resolve, reject) => {
  const child = spawn(request.command, request.args, {
    detached: OWN_GROUP,
    cwd: request.cwd,
    env: childEnv(request.role, request.env ?? process.env),
    stdio: ["pipe", "pipe", "pipe"]
  });
  trackChild(child);
  const stdout = [];
  const stderr = [];
  let timedOut = false;
  const timer = request.timeoutMs !== void 0 ? setTimeout(
    () => {
      timedOut = true;
      killTree(child);
    },
    Math.max(1, request.timeoutMs)
  ) : void 0;
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  child.on("error", (error) => {
    if (timer) clearTimeout(timer);
    reject(error);
  });
  child.on("close", (code, signal) => {
    if (timer) clearTimeout(timer);
    resolve({
      code: code ?? (signal ? 128 : 1),
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8"),
      timedOut
    });
  });
  child.stdin.on("error", () => void 0);
  child.stdin.end(request.stdin ?? "");
});
function findOnPath(name, env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/kube/client.ts
var UNREACHABLE = /connection refused|connection reset|unexpected EOF|no such host|i\/o timeout|Unable to connect|connect: network is unreachable/i;
var UNREACHABLE_FIX = "Check the kubeconfig, the context and that the cluster is up and reachable.";
function withoutConnectionFlags(args) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    if (["--kubeconfig", "--context", "--kube-context"].includes(args[i])) i++;
    else if (!/^--(kubeconfig|context|kube-context)=/.test(args[i])) out.push(args[i]);
  }
  return out;
}
var KubeCommandError = class extends UserError {
  constructor(program, args, result, what = `'${program} ${withoutConnectionFlags(args).slice(0, 3).join(" ")}'`) {
    const detail = (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-8).join("\n");
    const unreachable = !result.timedOut && UNREACHABLE.test(detail);
    super(
      result.timedOut ? `${what} did not finish before its deadline.` : unreachable ? `${what}: the Kubernetes API server cannot be reached.
${detail}` : `${what} failed (exit ${result.code}): ${detail}`,
      result.timedOut || unreachable ? UNREACHABLE_FIX : void 0
    );
    this.program = program;
    this.args = args;
    this.result = result;
    this.name = "KubeCommandError";
  }
  program;
  args;
  result;
};
function isNotFound(result) {
  return result.code !== 0 && /\(NotFound\)|not found|doesn't have a resource type/i.test(result.stderr);
}
var KubeClient = class {
  options;
  exec;
  constructor(options) {
    this.options = options;
    this.exec = options.exec ?? execute;
  }
  timeout(call) {
    const own = call?.timeoutMs ?? this.options.timeoutMs;
    if (this.options.deadline === void 0) return own;
    const left = Math.max(1, this.options.deadline - Date.now());
    return own === void 0 ? left : Math.min(own, left);
  }
  async run(program, args, call) {
    const result = await this.exec({
      command: program === "kubectl" ? this.options.kubectlPath : this.options.helmPath,
      role: program,
      args,
      stdin: call?.stdin,
      env: this.options.env,
      timeoutMs: this.timeout(call)
    });
    if (result.code !== 0 && !call?.allowFailure) throw new KubeCommandError(program, args, result);
    return result;
  }
  /** kubectl with `--kubeconfig` (and `--context`) prepended. */
  kubectl(args, call) {
    const base = ["--kubeconfig", this.options.kubeconfig];
    if (this.options.context) base.push("--context", this.options.context);
    return this.run("kubectl", [...base, ...args], call);
  }
  /** helm with `--kubeconfig` (and `--kube-context`) appended. */
  helm(args, call) {
    const extra = ["--kubeconfig", this.options.kubeconfig];
    if (this.options.context) extra.push("--kube-context", this.options.context);
    return this.run("helm", [...args, ...extra], call);
  }
  /** `kubectl get ... -o json`; undefined when the object does not exist. */
  async getJson(args, call) {
    const result = await this.kubectl(["get", ...args, "-o", "json"], { ...call, allowFailure: true });
    if (isNotFound(result)) return void 0;
    if (result.code !== 0) throw new KubeCommandError("kubectl", ["get", ...args], result);
    return JSON.parse(result.stdout);
  }
  /** `kubectl get <kind> -l <selector> -o json` items. */
  async listJson(kind, options = {}) {
    const args = [kind];
    if (options.namespace) args.push("-n", options.namespace);
    if (options.selector) args.push("-l", options.selector);
    const list = await this.getJson(args);
    return list?.items ?? [];
  }
  /** `kubectl apply -f -` with the manifest on stdin (so a Secret's data never reaches argv). */
  apply(manifest, extraArgs = [], call) {
    return this.kubectl(["apply", "-f", "-", ...extraArgs], { ...call, stdin: manifest });
  }
  /** The API server's version, e.g. { major: 1, minor: 20, gitVersion: 'v1.20.2' }. */
  async serverVersion() {
    const result = await this.kubectl(["version", "-o", "json", "--request-timeout=20s"], {
      allowFailure: true
    });
    let parsed = {};
    try {
      parsed = JSON.parse(result.stdout);
    } catch {
    }
    const server = parsed.serverVersion;
    if (!server?.gitVersion) {
      const detail = (result.stderr.trim() || "no answer").split("\n").slice(-3).join("\n");
      throw new UserError(
        `The cluster is not reachable: ${detail}`,
        "Check the kubeconfig (server address, credentials, context) and that the runner can reach the API server."
      );
    }
    return parseServerVersion(server.gitVersion);
  }
  /**
   * Several `can-i` questions in one kubectl process: a List of SelfSubjectAccessReviews created at once
   * (what `kubectl auth can-i` does one at a time). Answers in the order asked.
   */
  async canIAll(checks) {
    const list = {
      apiVersion: "v1",
      kind: "List",
      items: checks.map((check) => ({
        apiVersion: "authorization.k8s.io/v1",
        kind: "SelfSubjectAccessReview",
        spec: {
          resourceAttributes: {
            verb: check.verb,
            resource: check.resource,
            group: check.group ?? "",
            ...check.namespace ? { namespace: check.namespace } : {}
          }
        }
      }))
    };
    const result = await this.kubectl(["create", "-f", "-", "-o", 'jsonpath={.status.allowed}{"\\n"}'], {
      stdin: JSON.stringify(list)
    });
    const answers = result.stdout.split("\n").filter((line) => line.trim() !== "");
    return checks.map((_, i) => answers[i]?.trim() === "true");
  }
  /** helm's own version, e.g. '3.17.3'. */
  async helmVersion() {
    const result = await this.run("helm", ["version", "--template", "{{.Version}}"]);
    return result.stdout.trim().replace(/^v/, "").replace(/\+.*$/, "");
  }
};
function parseServerVersion(gitVersion) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(gitVersion);
  if (!match) throw new UserError(`The API server reports an unreadable version '${gitVersion}'.`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), gitVersion };
}
function compareVersions(a, b) {
  const pa = a.replace(/^v/, "").split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.replace(/^v/, "").split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (Number.isFinite(pa[i]) ? pa[i] : 0) - (Number.isFinite(pb[i]) ? pb[i] : 0);
    if (d !== 0) return d;
  }
  return 0;
}

export {
  childEnv,
  execute,
  findOnPath,
  UNREACHABLE,
  UNREACHABLE_FIX,
  KubeCommandError,
  isNotFound,
  KubeClient,
  compareVersions
};
