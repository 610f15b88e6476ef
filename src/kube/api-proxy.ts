import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../core/exec.js';
import { OWN_GROUP, killTree, trackChild } from '../core/cancel.js';
import { UserError } from '../core/errors.js';
import { UNREACHABLE, UNREACHABLE_FIX } from './client.js';

/**
 * Reads from the Kubernetes API through one `kubectl proxy` per run, listening on a unix socket in a private
 * (0700) directory. kubectl still does all of the authentication (client certificates, tokens, exec plugins
 * such as EKS's and GKE's), once; each read after that is an HTTP request of a few milliseconds instead of a
 * kubectl process of a hundred or more, and a watch tells the moment something changes. That is what lets a
 * rollout wait answer as fast as `kubectl wait` without spending a CPU on polling processes.
 *
 * The proxy is read-only: it refuses every method but GET (writes still go through `kubectl apply`), and
 * nothing but this process's user can reach its socket.
 */
export interface KubeReader {
  /** GET `path`; undefined when the object (or its resource type) does not exist. */
  get<T = unknown>(
    path: string,
    options?: { metadataOnly?: boolean; timeoutMs?: number },
  ): Promise<T | undefined>;
  /** Calls `onChange` on every event of a watch of `path` (a collection), until the returned stop is called. */
  watch(path: string, onChange: () => void): () => void;
}

export interface ApiProxyOptions {
  kubectlPath: string;
  kubeconfig: string;
  context?: string;
  env?: NodeJS.ProcessEnv;
  /** How long kubectl may take to start serving. */
  startTimeoutMs?: number;
  /** Per request. */
  requestTimeoutMs?: number;
  /**
   * Absolute deadline (epoch ms) for every request: a hung API server (a proxy that accepts and never answers)
   * costs a request at most what is left of the step's timeout, never more.
   */
  deadline?: number;
}

/** An API answer other than success or not-found, said as kubectl would say it. */
export class KubeApiError extends UserError {
  constructor(
    readonly path: string,
    readonly status: number,
    detail: string,
  ) {
    // kubectl proxy answers 502 when it cannot connect, and 500 "unexpected EOF" when a connection drops.
    const unreachable =
      status === 502 || status === 503 || status === 504 || (status === 500 && UNREACHABLE.test(detail));
    super(
      unreachable
        ? `GET ${path}: the Kubernetes API server cannot be reached.\n${detail}`
        : `GET ${path} failed (HTTP ${status}): ${detail}`,
      unreachable || status === 401 ? UNREACHABLE_FIX : undefined,
    );
    this.name = 'KubeApiError';
  }
}

const READY = /Starting to serve on /;

export class KubeApiProxy implements KubeReader {
  private readonly agent = new Agent({ keepAlive: true });
  private readonly watches = new Set<() => void>();
  private stopped = false;

  private constructor(
    private readonly child: ChildProcess,
    private readonly socketPath: string,
    private readonly dir: string,
    private readonly requestTimeoutMs: number,
    private readonly deadline?: number,
  ) {}

  static async start(options: ApiProxyOptions): Promise<KubeApiProxy> {
    const dir = await mkdtemp(join(tmpdir(), 'wandb-kube-api-'));
    const socketPath = join(dir, 'api.sock');
    const args = ['--kubeconfig', options.kubeconfig];
    if (options.context) args.push('--context', options.context);
    args.push('proxy', `--unix-socket=${socketPath}`, '--reject-methods=^(POST|PUT|PATCH|DELETE)$');
    const child = spawn(options.kubectlPath, args, {
      detached: OWN_GROUP,
      env: childEnv('kubectl', options.env ?? process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    trackChild(child);
    // A proxy must never outlive this process, whatever way it ends.
    const kill = () => killTree(child);
    process.once('exit', kill);
    try {
      await new Promise<void>((resolve, reject) => {
        let output = '';
        const timer = setTimeout(
          () =>
            reject(new Error(`kubectl proxy did not start within ${options.startTimeoutMs ?? 10_000} ms`)),
          options.startTimeoutMs ?? 10_000,
        );
        const onData = (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (READY.test(output)) {
            clearTimeout(timer);
            // What kubectl prints after this is drained unread (resume below).
            child.stdout?.off('data', onData);
            child.stderr?.off('data', onData);
            resolve();
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(
            new Error(`kubectl proxy exited (${code}): ${output.trim().split('\n').slice(-3).join(' ')}`),
          );
        });
      });
    } catch (error) {
      kill();
      process.removeListener('exit', kill);
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    child.stdout?.resume();
    child.stderr?.resume();
    child.once('exit', () => process.removeListener('exit', kill));
    return new KubeApiProxy(child, socketPath, dir, options.requestTimeoutMs ?? 30_000, options.deadline);
  }

  private open(path: string, headers: Record<string, string>, timeoutMs?: number): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socketPath, path, headers, agent: this.agent }, resolve);
      if (timeoutMs)
        req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end();
    });
  }

  async get<T = unknown>(
    path: string,
    options: { metadataOnly?: boolean; timeoutMs?: number } = {},
  ): Promise<T | undefined> {
    const accept = options.metadataOnly
      ? 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1'
      : 'application/json';
    let response: IncomingMessage;
    let body = '';
    try {
      const timeoutMs = Math.min(
        options.timeoutMs ?? this.requestTimeoutMs,
        this.requestTimeoutMs,
        this.deadline === undefined ? Infinity : Math.max(1, this.deadline - Date.now()),
      );
      // The timeout covers the whole answer, not only its start: a server that stops mid-body is a hang too.
      const timer = setTimeout(
        () => response?.destroy(new Error(`no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      try {
        response = await this.open(path, { accept }, timeoutMs);
        for await (const chunk of response) body += chunk;
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      throw new KubeApiError(path, 503, (error as Error).message);
    }
    const status = response.statusCode ?? 0;
    if (status === 404) return undefined;
    if (status < 200 || status >= 300) throw new KubeApiError(path, status, statusMessage(body));
    return JSON.parse(body) as T;
  }

  watch(path: string, onChange: () => void): () => void {
    let active = true;
    let current: IncomingMessage | undefined;
    const separator = path.includes('?') ? '&' : '?';
    const loop = async () => {
      while (active && !this.stopped) {
        try {
          current = await this.open(`${path}${separator}watch=1`, { accept: 'application/json' });
          if (current.statusCode === 200) {
            for await (const chunk of current) {
              if (!active) break;
              if (String(chunk).includes('\n')) onChange();
            }
          } else {
            current.resume();
          }
        } catch {
          // A broken watch only means slower news: the wait's own polling goes on. Try again shortly.
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

  async stop(): Promise<void> {
    this.stopped = true;
    for (const stop of [...this.watches]) stop();
    this.agent.destroy();
    // kubectl proxy holds no state, and on SIGTERM it lingers for a second or more: it is killed outright.
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((r) => this.child.once('exit', r));
      killTree(this.child);
      await exited;
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The message of a Kubernetes Status body, or the body itself (the proxy answers some errors in plain text). */
function statusMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: string };
    if (parsed.message) return parsed.message;
  } catch {
    // not JSON
  }
  return body.trim().split('\n').slice(-4).join('\n');
}
