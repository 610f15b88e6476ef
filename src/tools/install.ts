import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import * as tc from '@actions/tool-cache';
import { UserError, errorMessage } from '../core/errors.js';
import { httpFetch, proxyFor } from '../http/proxy.js';

/**
 * Installs helm and kubectl for the runner's platform (linux, darwin or windows; amd64 or arm64) from their
 * release hosts (or a mirror laid out like them), through the proxy the environment names (src/http/proxy.ts),
 * verifies each download against its published sha256 (a mismatch is refused and nothing is cached), and
 * reuses the copy in the tool cache (@actions/tool-cache) on the next run.
 *   helm:    <mirror or https://get.helm.sh>/helm-v<ver>-<os>-<arch>.tar.gz (+ .sha256sum)
 *            windows: helm-v<ver>-windows-<arch>.zip (+ .sha256sum); the program is <os>-<arch>/helm[.exe]
 *   kubectl: <mirror or https://dl.k8s.io>/release/v<ver>/bin/<os>/<arch>/kubectl[.exe] (+ .sha256)
 */
export type ToolName = 'helm' | 'kubectl';

export const OFFICIAL_HOSTS: Record<ToolName, string> = {
  helm: 'https://get.helm.sh',
  kubectl: 'https://dl.k8s.io',
};

export type ToolOs = 'linux' | 'darwin' | 'windows';
export type ToolArch = 'amd64' | 'arm64';

export interface ToolPlatform {
  os: ToolOs;
  arch: ToolArch;
}

export interface ToolRequest {
  tool: ToolName;
  version: string;
  /** Base URL of a mirror; default the official host. */
  mirror?: string;
  env: NodeJS.ProcessEnv;
  log?: (message: string) => void;
  /** The platform to install for; default the runner's (`toolPlatform()`). */
  platform?: ToolPlatform;
}

export interface InstalledTool {
  tool: ToolName;
  version: string;
  path: string;
  /** true when taken from the tool cache (no download). */
  cached: boolean;
  url: string;
}

export function toolArch(arch: string = process.arch): ToolArch {
  if (arch === 'x64') return 'amd64';
  if (arch === 'arm64') return 'arm64';
  throw new UserError(
    `No helm/kubectl download for CPU architecture '${arch}': helm and kubectl publish amd64 and arm64 builds for this tool to fetch.`,
    "Install helm and kubectl yourself and pass 'helm-path' and 'kubectl-path'.",
  );
}

export function toolOs(platform: string = process.platform): ToolOs {
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'darwin';
  if (platform === 'win32') return 'windows';
  throw new UserError(
    `No helm/kubectl download for the operating system '${platform}': they are fetched for linux, darwin (macOS) and windows.`,
    "Install helm and kubectl yourself and pass 'helm-path' and 'kubectl-path'.",
  );
}

/** The runner's platform, as the release hosts name it. */
export function toolPlatform(): ToolPlatform {
  return { os: toolOs(), arch: toolArch() };
}

/** The program's file name on a platform (`kubectl.exe` on windows). */
export function programName(tool: ToolName, os: ToolOs): string {
  return os === 'windows' ? `${tool}.exe` : tool;
}

export function toolUrls(
  tool: ToolName,
  version: string,
  mirror?: string,
  arch: string = toolArch(),
  os: ToolOs = toolOs(),
): { url: string; sumUrl: string } {
  const base = (mirror || OFFICIAL_HOSTS[tool]).replace(/\/+$/, '');
  const v = version.replace(/^v/, '');
  if (tool === 'helm') {
    const url = `${base}/helm-v${v}-${os}-${arch}.${os === 'windows' ? 'zip' : 'tar.gz'}`;
    return { url, sumUrl: `${url}.sha256sum` };
  }
  const url = `${base}/release/v${v}/bin/${os}/${arch}/${programName('kubectl', os)}`;
  return { url, sumUrl: `${url}.sha256` };
}

/** @actions/tool-cache reads RUNNER_TOOL_CACHE and RUNNER_TEMP from process.env; on the CLI they may be unset. */
export function prepareToolCacheEnv(env: NodeJS.ProcessEnv): { toolCache: string; temp: string } {
  const cacheRoot = join(
    env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'),
    'wandb-operator-actions',
  );
  const toolCache = env.RUNNER_TOOL_CACHE || join(cacheRoot, 'tool-cache');
  const temp = env.RUNNER_TEMP || join(cacheRoot, 'tmp');
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = temp;
  return { toolCache, temp };
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Downloads `url` into a new file under `temp`, through the proxy the environment names; a UserError that
 * says where it tried and how (directly or through which proxy) when it cannot.
 */
async function download(url: string, what: string, temp: string, env: NodeJS.ProcessEnv): Promise<string> {
  const file = join(temp, `download-${randomBytes(8).toString('hex')}`);
  const http = httpFetch({ env });
  const proxy = proxyFor(env, url);
  try {
    const response = await http.fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(600_000) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), createWriteStream(file));
    return file;
  } catch (error) {
    await rm(file, { force: true });
    const cause = (error as { cause?: unknown }).cause;
    throw new UserError(
      `Could not download ${what} from ${url}${proxy ? ` through the proxy ${proxy}` : ''}: ${errorMessage(error)}${cause ? ` (${errorMessage(cause)})` : ''}.`,
      proxy
        ? "Check the proxy (HTTPS_PROXY / HTTP_PROXY) lets this runner reach the host, or set 'tools-mirror' to a mirror it can reach (listed in NO_PROXY to go directly), or pass 'helm-path' / 'kubectl-path' to use programs already on the runner."
        : "Check 'tools-mirror' (or the runner's network), or pass 'helm-path' / 'kubectl-path' to use programs already on the runner.",
    );
  } finally {
    await http.close();
  }
}

/**
 * @actions/tool-cache and @actions/exec write `::debug::` and `[command]` lines straight to process.stdout.
 * Under GitHub Actions the runner hides or folds them; on the CLI they are noise that bypasses the Reporter,
 * so they are dropped there.
 */
async function quietToolkit<T>(env: NodeJS.ProcessEnv, body: () => Promise<T>): Promise<T> {
  if (env.GITHUB_ACTIONS === 'true') return body();
  const original = process.stdout.write;
  const filtered = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const text =
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : undefined;
    if (text !== undefined) {
      const kept = text
        .split(/(?<=\n)/)
        .filter((line) => !line.startsWith('::debug::') && !line.startsWith('[command]'))
        .join('');
      if (kept === '') {
        const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
        callback?.();
        return true;
      }
      return (original as (...args: unknown[]) => boolean).call(this, kept, ...rest);
    }
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  };
  process.stdout.write = filtered as typeof process.stdout.write;
  try {
    return await body();
  } finally {
    process.stdout.write = original;
  }
}

export async function installTool(request: ToolRequest): Promise<InstalledTool> {
  return quietToolkit(request.env, () => installToolLoud(request));
}

async function installToolLoud(request: ToolRequest): Promise<InstalledTool> {
  const { tool, env } = request;
  const version = request.version.replace(/^v/, '');
  const { os, arch } = request.platform ?? toolPlatform();
  const program = programName(tool, os);
  const { temp } = prepareToolCacheEnv(env);
  await mkdir(temp, { recursive: true });
  const { url, sumUrl } = toolUrls(tool, version, request.mirror, arch, os);

  const found = tc.find(tool, version, arch);
  if (found) {
    request.log?.(`${tool} ${version}: from the tool cache (${found})`);
    return { tool, version, path: join(found, program), cached: true, url };
  }

  request.log?.(`${tool} ${version}: downloading ${url}`);
  const sumFile = await download(sumUrl, `the sha256 of ${tool} ${version}`, temp, env);
  const expected = (await readFile(sumFile, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  await rm(sumFile, { force: true });
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new UserError(`The published sha256 of ${tool} ${version} (${sumUrl}) is not a sha256 checksum.`);
  }
  const file = await download(url, `${tool} ${version}`, temp, env);
  const actual = await sha256File(file);
  if (actual !== expected) {
    await rm(file, { force: true });
    throw new UserError(
      `${tool} ${version} from ${url} does not match its published sha256 (expected ${expected}, got ${actual}); it was not installed or cached.`,
      "Check 'tools-mirror': the file or its .sha256 on the mirror is wrong or was tampered with.",
    );
  }

  let cachedDir: string;
  if (tool === 'helm') {
    // The archive holds <os>-<arch>/helm (helm.exe on windows).
    const extracted = os === 'windows' ? await tc.extractZip(file) : await tc.extractTar(file);
    cachedDir = await tc.cacheDir(join(extracted, `${os}-${arch}`), 'helm', version, arch);
    await rm(extracted, { recursive: true, force: true });
  } else {
    await chmod(file, 0o755);
    cachedDir = await tc.cacheFile(file, program, 'kubectl', version, arch);
  }
  await rm(file, { force: true });
  const path = join(cachedDir, program);
  await chmod(path, 0o755);
  request.log?.(`${tool} ${version}: verified sha256 ${expected.slice(0, 12)}…, cached in ${cachedDir}`);
  return { tool, version, path, cached: false, url };
}
