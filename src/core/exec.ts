import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

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
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export type Execute = (request: ExecRequest) => Promise<ExecResult>;

export const execute: Execute = (request) =>
  new Promise((resolve, reject) => {
    const child = spawn(request.command, request.args, {
      cwd: request.cwd,
      env: request.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer =
      request.timeoutMs !== undefined
        ? setTimeout(
            () => {
              timedOut = true;
              child.kill('SIGKILL');
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
