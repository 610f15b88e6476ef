import { execute as defaultExecute, type Execute, type ExecResult } from '../core/exec.js';
import { UserError } from '../core/errors.js';

/**
 * The kubectl/helm adapter: every call to either program goes through `kubectl(args)` / `helm(args)` here,
 * which run `execute` with argument arrays, the run's kubeconfig and context, and a deadline. Secrets go on
 * stdin (`stdin`) or in 0600 files, never in `args`.
 */
export interface KubeClientOptions {
  kubectlPath: string;
  helmPath: string;
  /** Path of the kubeconfig file (not its content). */
  kubeconfig: string;
  context?: string;
  /** Environment for the child programs (HELM_* locations, PATH). */
  env?: NodeJS.ProcessEnv;
  /** Default deadline per call, ms. */
  timeoutMs?: number;
  /** Absolute deadline (epoch ms) shared by every call, e.g. a step's `timeout`. */
  deadline?: number;
  exec?: Execute;
}

export interface CallOptions {
  stdin?: string;
  timeoutMs?: number;
  /** Return the result instead of throwing on a non-zero exit. */
  allowFailure?: boolean;
}

/** kubectl's, helm's and kubectl proxy's words for "the API server did not answer". */
export const UNREACHABLE =
  /connection refused|connection reset|unexpected EOF|no such host|i\/o timeout|Unable to connect|connect: network is unreachable/i;

/** The hint every "cannot reach the cluster" error gives. */
export const UNREACHABLE_FIX = 'Check the kubeconfig, the context and that the cluster is up and reachable.';

/** The arguments without the kubeconfig and context flags (and their values) every call carries. */
function withoutConnectionFlags(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (['--kubeconfig', '--context', '--kube-context'].includes(args[i])) i++;
    else if (!/^--(kubeconfig|context|kube-context)=/.test(args[i])) out.push(args[i]);
  }
  return out;
}

export class KubeCommandError extends UserError {
  constructor(
    readonly program: string,
    readonly args: string[],
    readonly result: ExecResult,
    /** What the program was doing, for the message (default: the program and its first arguments). */
    what = `'${program} ${withoutConnectionFlags(args).slice(0, 3).join(' ')}'`,
  ) {
    const detail = (result.stderr.trim() || result.stdout.trim()).split('\n').slice(-8).join('\n');
    const unreachable = !result.timedOut && UNREACHABLE.test(detail);
    super(
      result.timedOut
        ? `${what} did not finish before its deadline.`
        : unreachable
          ? `${what}: the Kubernetes API server cannot be reached.\n${detail}`
          : `${what} failed (exit ${result.code}): ${detail}`,
      result.timedOut || unreachable ? UNREACHABLE_FIX : undefined,
    );
    this.name = 'KubeCommandError';
  }
}

/**
 * true when kubectl says the object does not exist. A resource type the server does not know (a CRD not installed
 * yet, as before the operator's first install) means no such object either.
 */
export function isNotFound(result: ExecResult): boolean {
  return result.code !== 0 && /\(NotFound\)|not found|doesn't have a resource type/i.test(result.stderr);
}

export class KubeClient {
  readonly options: KubeClientOptions;
  private readonly exec: Execute;

  constructor(options: KubeClientOptions) {
    this.options = options;
    this.exec = options.exec ?? defaultExecute;
  }

  private timeout(call?: CallOptions): number | undefined {
    const own = call?.timeoutMs ?? this.options.timeoutMs;
    if (this.options.deadline === undefined) return own;
    const left = Math.max(1, this.options.deadline - Date.now());
    return own === undefined ? left : Math.min(own, left);
  }

  private async run(program: 'kubectl' | 'helm', args: string[], call?: CallOptions): Promise<ExecResult> {
    const result = await this.exec({
      command: program === 'kubectl' ? this.options.kubectlPath : this.options.helmPath,
      role: program,
      args,
      stdin: call?.stdin,
      env: this.options.env,
      timeoutMs: this.timeout(call),
    });
    if (result.code !== 0 && !call?.allowFailure) throw new KubeCommandError(program, args, result);
    return result;
  }

  /** kubectl with `--kubeconfig` (and `--context`) prepended. */
  kubectl(args: string[], call?: CallOptions): Promise<ExecResult> {
    const base = ['--kubeconfig', this.options.kubeconfig];
    if (this.options.context) base.push('--context', this.options.context);
    return this.run('kubectl', [...base, ...args], call);
  }

  /** helm with `--kubeconfig` (and `--kube-context`) appended. */
  helm(args: string[], call?: CallOptions): Promise<ExecResult> {
    const extra = ['--kubeconfig', this.options.kubeconfig];
    if (this.options.context) extra.push('--kube-context', this.options.context);
    return this.run('helm', [...args, ...extra], call);
  }

  /** `kubectl get ... -o json`; undefined when the object does not exist. */
  async getJson<T = unknown>(args: string[], call?: CallOptions): Promise<T | undefined> {
    const result = await this.kubectl(['get', ...args, '-o', 'json'], { ...call, allowFailure: true });
    if (isNotFound(result)) return undefined;
    if (result.code !== 0) throw new KubeCommandError('kubectl', ['get', ...args], result);
    return JSON.parse(result.stdout) as T;
  }

  /** `kubectl get <kind> -l <selector> -o json` items. */
  async listJson<T = unknown>(
    kind: string,
    options: { namespace?: string; selector?: string } = {},
  ): Promise<T[]> {
    const args = [kind];
    if (options.namespace) args.push('-n', options.namespace);
    if (options.selector) args.push('-l', options.selector);
    const list = await this.getJson<{ items: T[] }>(args);
    return list?.items ?? [];
  }

  /** `kubectl apply -f -` with the manifest on stdin (so a Secret's data never reaches argv). */
  apply(manifest: string, extraArgs: string[] = [], call?: CallOptions): Promise<ExecResult> {
    return this.kubectl(['apply', '-f', '-', ...extraArgs], { ...call, stdin: manifest });
  }

  /** The API server's version, e.g. { major: 1, minor: 20, gitVersion: 'v1.20.2' }. */
  async serverVersion(): Promise<ServerVersion> {
    const result = await this.kubectl(['version', '-o', 'json', '--request-timeout=20s'], {
      allowFailure: true,
    });
    let parsed: { serverVersion?: { gitVersion?: string; major?: string; minor?: string } } = {};
    try {
      parsed = JSON.parse(result.stdout) as typeof parsed;
    } catch {
      // falls through to the error below
    }
    const server = parsed.serverVersion;
    if (!server?.gitVersion) {
      const detail = (result.stderr.trim() || 'no answer').split('\n').slice(-3).join('\n');
      throw new UserError(
        `The cluster is not reachable: ${detail}`,
        'Check the kubeconfig (server address, credentials, context) and that the runner can reach the API server.',
      );
    }
    return parseServerVersion(server.gitVersion);
  }

  /**
   * Several `can-i` questions in one kubectl process: a List of SelfSubjectAccessReviews created at once
   * (what `kubectl auth can-i` does one at a time). Answers in the order asked.
   */
  async canIAll(
    checks: Array<{ verb: string; resource: string; group?: string; namespace?: string }>,
  ): Promise<boolean[]> {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: checks.map((check) => ({
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: {
          resourceAttributes: {
            verb: check.verb,
            resource: check.resource,
            group: check.group ?? '',
            ...(check.namespace ? { namespace: check.namespace } : {}),
          },
        },
      })),
    };
    // kubectl prints one answer per object, in order.
    const result = await this.kubectl(['create', '-f', '-', '-o', 'jsonpath={.status.allowed}{"\\n"}'], {
      stdin: JSON.stringify(list),
    });
    const answers = result.stdout.split('\n').filter((line) => line.trim() !== '');
    return checks.map((_, i) => answers[i]?.trim() === 'true');
  }

  /** helm's own version, e.g. '3.17.3'. */
  async helmVersion(): Promise<string> {
    const result = await this.run('helm', ['version', '--template', '{{.Version}}']);
    return result.stdout.trim().replace(/^v/, '').replace(/\+.*$/, '');
  }
}

export interface ServerVersion {
  major: number;
  minor: number;
  patch: number;
  gitVersion: string;
}

export function parseServerVersion(gitVersion: string): ServerVersion {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(gitVersion);
  if (!match) throw new UserError(`The API server reports an unreadable version '${gitVersion}'.`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), gitVersion };
}

/** Compares 'major.minor[.patch]' strings: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.replace(/^v/, '').split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (Number.isFinite(pa[i]) ? pa[i] : 0) - (Number.isFinite(pb[i]) ? pb[i] : 0);
    if (d !== 0) return d;
  }
  return 0;
}
