import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import * as tc from '@actions/tool-cache';
import { UserError, errorMessage } from '../core/errors.js';

/**
 * Installs helm and kubectl with @actions/tool-cache from their release hosts (or a mirror laid out like them),
 * verifies each download against its published sha256 (a mismatch is refused and nothing is cached), and reuses
 * the cached copy on the next run.
 *   helm:    <mirror or https://get.helm.sh>/helm-v<ver>-linux-<arch>.tar.gz (+ .sha256sum)
 *   kubectl: <mirror or https://dl.k8s.io>/release/v<ver>/bin/linux/<arch>/kubectl (+ .sha256)
 */
export type ToolName = 'helm' | 'kubectl';

export const OFFICIAL_HOSTS: Record<ToolName, string> = {
  helm: 'https://get.helm.sh',
  kubectl: 'https://dl.k8s.io',
};

export interface ToolRequest {
  tool: ToolName;
  version: string;
  /** Base URL of a mirror; default the official host. */
  mirror?: string;
  env: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

export interface InstalledTool {
  tool: ToolName;
  version: string;
  path: string;
  /** true when taken from the tool cache (no download). */
  cached: boolean;
  url: string;
}

export function toolArch(arch: string = process.arch): string {
  if (arch === 'x64') return 'amd64';
  if (arch === 'arm64') return 'arm64';
  throw new UserError(`No helm/kubectl download for CPU architecture '${arch}'.`);
}

export function toolUrls(
  tool: ToolName,
  version: string,
  mirror?: string,
  arch = toolArch(),
): { url: string; sumUrl: string } {
  const base = (mirror || OFFICIAL_HOSTS[tool]).replace(/\/+$/, '');
  const v = version.replace(/^v/, '');
  if (tool === 'helm') {
    const url = `${base}/helm-v${v}-linux-${arch}.tar.gz`;
    return { url, sumUrl: `${url}.sha256sum` };
  }
  const url = `${base}/release/v${v}/bin/linux/${arch}/kubectl`;
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

async function download(url: string, what: string): Promise<string> {
  try {
    return await tc.downloadTool(url);
  } catch (error) {
    throw new UserError(
      `Could not download ${what} from ${url}: ${errorMessage(error)}`,
      "Check 'tools-mirror' (or the runner's network), or pass 'helm-path' / 'kubectl-path' to use programs already on the runner.",
    );
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
  const { tool } = request;
  const version = request.version.replace(/^v/, '');
  const arch = toolArch();
  const { temp } = prepareToolCacheEnv(request.env);
  await mkdir(temp, { recursive: true });
  const { url, sumUrl } = toolUrls(tool, version, request.mirror, arch);

  const found = tc.find(tool, version, arch);
  if (found) {
    request.log?.(`${tool} ${version}: from the tool cache (${found})`);
    return { tool, version, path: join(found, tool), cached: true, url };
  }

  request.log?.(`${tool} ${version}: downloading ${url}`);
  const sumFile = await download(sumUrl, `the sha256 of ${tool} ${version}`);
  const expected = (await readFile(sumFile, 'utf8')).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  await rm(sumFile, { force: true });
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new UserError(`The published sha256 of ${tool} ${version} (${sumUrl}) is not a sha256 checksum.`);
  }
  const file = await download(url, `${tool} ${version}`);
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
    const extracted = await tc.extractTar(file);
    cachedDir = await tc.cacheDir(join(extracted, `linux-${arch}`), 'helm', version, arch);
    await rm(extracted, { recursive: true, force: true });
  } else {
    await chmod(file, 0o755);
    cachedDir = await tc.cacheFile(file, 'kubectl', 'kubectl', version, arch);
  }
  await rm(file, { force: true });
  const path = join(cachedDir, tool);
  await chmod(path, 0o755);
  request.log?.(`${tool} ${version}: verified sha256 ${expected.slice(0, 12)}…, cached in ${cachedDir}`);
  return { tool, version, path, cached: false, url };
}
