import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { OWN_GROUP, killTree, trackChild } from './cancel.js';

/**
 * The one way this program runs another program (kubectl, helm, git, wandb): an argument array, never a
 * shell string; secrets go through stdin or files, never argv. node:child_process is used rather than
 * @actions/exec because every call needs a hard deadline (apply-cr shares one deadline with its rollback)
 * and a way to feed stdin without echoing the command line.
 */
export interface ExecRequest {
  command: string;
  args: string[];
  stdin?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Milliseconds; the process (and its group) is killed when it runs longer. */
  timeoutMs?: number;
  /**
   * Which program this is, and so which variables of `env` it may see (childEnv). Stated by the caller, not
   * guessed from the file name: `helm-path: /opt/helm3` or `kubectl-path: .../kubectl-1.31` are helm and
   * kubectl all the same. Every call in src/ states it; without it a program gets only the basics.
   */
  role?: ChildRole;
}

/**
 * The programs this product runs, plus `inherit`: the whole environment, for test code's own programs
 * (test-support, __tests__) only; product code never uses it (__tests__/unit/child-env.test.ts checks src/).
 */
export type ChildRole = 'kubectl' | 'helm' | 'git' | 'wandb' | 'inherit';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export type Execute = (request: ExecRequest) => Promise<ExecResult>;

/**
 * What each program this product runs may see of the environment: an allow-list, so that no secret of
 * this process (KUBECONFIG_CONTENT, CHART_REPO_PASSWORD, GITHUB_TOKEN, REGISTRY_PASSWORD, the action's
 * INPUT_* variables) reaches a program that does not read it. Every program gets the basics (PATH, HOME,
 * locale, temp dirs, proxies, CA bundles); then:
 * - kubectl and helm: their own variables (KUBECONFIG, KUBECTL_*, HELM_*) and those of the credential plugins
 *   a kubeconfig may run (`aws eks get-token`, gke-gcloud-auth-plugin, kubelogin: AWS_*, GOOGLE_*, CLOUDSDK_*,
 *   AZURE_*, and the runner's OIDC token request for workload identity);
 * - git: GIT_* (the project hands git its credentials this way, never in argv) and SSH_AUTH_SOCK;
 * - wandb (the W&B CLI, for verify): WANDB_* (its API key among them) and Python's CA-bundle variables.
 * A call with no role gets only the basics. The one exception is a test's own helper call (bash scripts,
 * openssl, the plane's tools) under Jest, which keeps the environment it is given (see `execute`).
 */
const BASE_ENV = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TMPDIR',
  'TMP',
  'TEMP',
  'TZ',
  'TERM',
  'LANG',
  'LANGUAGE',
  'LC_*',
  'XDG_*',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'all_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  // Windows runners
  'SYSTEMROOT',
  'WINDIR',
  'APPDATA',
  'LOCALAPPDATA',
  'USERPROFILE',
  'PATHEXT',
  'COMSPEC',
];
const CLOUD_CREDENTIALS = [
  'AWS_*',
  'GOOGLE_*',
  'CLOUDSDK_*',
  'AZURE_*',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];
const PROGRAM_ENV: Record<Exclude<ChildRole, 'inherit'>, string[]> = {
  kubectl: ['KUBECONFIG', 'KUBECTL_*', 'KUBECACHEDIR', ...CLOUD_CREDENTIALS],
  helm: ['KUBECONFIG', 'HELM_*', ...CLOUD_CREDENTIALS],
  git: ['GIT_*', 'SSH_AUTH_SOCK'],
  wandb: ['WANDB_*', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'VIRTUAL_ENV', 'PYTHONPATH', 'PYTHONHOME'],
};

function allowed(name: string, patterns: string[]): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern,
  );
}

/** The environment a program in `role` gets: only the variables it reads; the basics when no role is known. */
export function childEnv(role: ChildRole | undefined, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (role === 'inherit') return env;
  const patterns = [...BASE_ENV, ...(role ? PROGRAM_ENV[role] : [])];
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env))
    if (value !== undefined && allowed(name, patterns)) out[name] = value;
  return out;
}

export const execute: Execute = (request) =>
  new Promise((resolve, reject) => {
    const child = spawn(request.command, request.args, {
      detached: OWN_GROUP,
      cwd: request.cwd,
      env: childEnv(request.role, request.env ?? process.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Killed if the run is cancelled, so no program outlives it.
    trackChild(child);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer =
      request.timeoutMs !== undefined
        ? setTimeout(
            () => {
              timedOut = true;
              killTree(child);
            },
            Math.max(1, request.timeoutMs),
          )
        : undefined;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(request.stdin ?? '');
  });

/** Where an executable `name` is on the PATH of `env` (not necessarily this process's PATH). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
