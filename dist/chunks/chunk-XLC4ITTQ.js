import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  execute
} from "./chunk-JOVIVYPK.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";

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
  UNREACHABLE,
  UNREACHABLE_FIX,
  KubeCommandError,
  isNotFound,
  KubeClient,
  compareVersions
};
