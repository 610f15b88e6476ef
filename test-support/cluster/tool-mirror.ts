import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { serveDir, type StaticServer } from './static-server.js';
import type { Tools } from './plane.js';

/**
 * Stand-in for get.helm.sh and dl.k8s.io: a loopback mirror laid out like the helm and kubectl release hosts.
 * linux/amd64 (this machine) holds the real programs, from the npm binaries:
 *   /helm-v3.17.3-linux-amd64.tar.gz (+ .sha256sum "<hex>  <file>")   as on https://get.helm.sh
 *   /release/v1.31.9/bin/linux/amd64/kubectl (+ .sha256 "<hex>")      as on https://dl.k8s.io
 * The other platforms hold small scripts that say which build they stand for, under the names the hosts use,
 * with their checksum files (they are installed and checked, never run):
 *   /helm-v3.17.3-{linux-arm64,darwin-amd64,darwin-arm64}.tar.gz, /helm-v3.17.3-windows-{amd64,arm64}.zip
 *     (the archive holds <os>-<arch>/helm, helm.exe on windows)
 *   /release/v1.31.9/bin/{linux,darwin,windows}/{amd64,arm64}/kubectl[.exe]
 * Built once into the cache directory. `tamper` serves other bytes for a path (its .sha256 unchanged), to test
 * that a checksum mismatch is refused.
 */
export interface ToolMirrorVersions {
  helm: string;
  kubectl: string;
  helm4: string;
  kubectl4: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

async function version(binary: string, args: string[], pattern: RegExp): Promise<string> {
  const result = await execute({ role: 'inherit', command: binary, args, timeoutMs: 30_000 });
  const match = pattern.exec(result.stdout);
  if (!match) throw new Error(`cannot read the version of ${binary}: ${result.stdout}${result.stderr}`);
  return match[1];
}

async function addHelm(dir: string, binary: string): Promise<string> {
  const v = await version(binary, ['version', '--template', '{{.Version}}'], /v?(\d+\.\d+\.\d+)/);
  const name = `helm-v${v}-linux-amd64.tar.gz`;
  if (!(await exists(join(dir, `${name}.sha256sum`)))) {
    const stage = join(dir, `.stage-${v}-${process.pid}`);
    await rm(stage, { recursive: true, force: true });
    await mkdir(join(stage, 'linux-amd64'), { recursive: true });
    await copyFile(binary, join(stage, 'linux-amd64', 'helm'));
    const result = await execute({
      role: 'inherit',
      command: 'tar',
      args: ['-czf', join(stage, name), '-C', stage, 'linux-amd64'],
      timeoutMs: 300_000,
    });
    if (result.code !== 0) throw new Error(`tar: ${result.stderr}`);
    // Renames make concurrent builders (several test files) safe: a reader sees whole files or none.
    await writeFile(join(stage, 'sum'), `${await sha256(join(stage, name))}  ${name}\n`);
    await rename(join(stage, name), join(dir, name));
    await rename(join(stage, 'sum'), join(dir, `${name}.sha256sum`));
    await rm(stage, { recursive: true, force: true });
  }
  return v;
}

async function addKubectl(dir: string, binary: string): Promise<string> {
  const v = await version(
    binary,
    ['version', '--client', '-o', 'json'],
    /"gitVersion":\s*"v(\d+\.\d+\.\d+)"/,
  );
  const target = join(dir, 'release', `v${v}`, 'bin', 'linux', 'amd64');
  if (!(await exists(join(target, 'kubectl.sha256')))) {
    await mkdir(target, { recursive: true });
    const tmp = join(target, `kubectl.tmp-${process.pid}`);
    await copyFile(binary, tmp);
    const sum = await sha256(tmp);
    await rename(tmp, join(target, 'kubectl'));
    await writeFile(join(target, `kubectl.sha256.tmp-${process.pid}`), `${sum}\n`);
    await rename(join(target, `kubectl.sha256.tmp-${process.pid}`), join(target, 'kubectl.sha256'));
  }
  return v;
}

/** The platforms other than this machine's, each published under its own names with fake programs. */
export const OTHER_PLATFORMS: Array<{ os: 'linux' | 'darwin' | 'windows'; arch: 'amd64' | 'arm64' }> = [
  { os: 'linux', arch: 'arm64' },
  { os: 'darwin', arch: 'amd64' },
  { os: 'darwin', arch: 'arm64' },
  { os: 'windows', arch: 'amd64' },
  { os: 'windows', arch: 'arm64' },
];

/** What a fake program of a platform holds: a script naming its build, so a test can tell builds apart. */
export function fakeProgram(tool: string, version: string, os: string, arch: string): string {
  return `#!/bin/sh\necho "fake ${tool} v${version} ${os}/${arch}"\n`;
}

async function run(command: string, args: string[], cwd?: string): Promise<void> {
  const result = await execute({ role: 'inherit', command, args, cwd, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`${command}: ${result.stderr}`);
}

async function addFakeHelm(dir: string, v: string): Promise<void> {
  for (const { os, arch } of OTHER_PLATFORMS) {
    const name = `helm-v${v}-${os}-${arch}.${os === 'windows' ? 'zip' : 'tar.gz'}`;
    if (await exists(join(dir, `${name}.sha256sum`))) continue;
    const stage = join(dir, `.stage-${v}-${os}-${arch}-${process.pid}`);
    await rm(stage, { recursive: true, force: true });
    await mkdir(join(stage, `${os}-${arch}`), { recursive: true });
    const program = os === 'windows' ? 'helm.exe' : 'helm';
    await writeFile(join(stage, `${os}-${arch}`, program), fakeProgram('helm', v, os, arch), { mode: 0o755 });
    if (os === 'windows') await run('zip', ['-qr', name, `${os}-${arch}`], stage);
    else await run('tar', ['-czf', join(stage, name), '-C', stage, `${os}-${arch}`]);
    await writeFile(join(stage, 'sum'), `${await sha256(join(stage, name))}  ${name}\n`);
    await rename(join(stage, name), join(dir, name));
    await rename(join(stage, 'sum'), join(dir, `${name}.sha256sum`));
    await rm(stage, { recursive: true, force: true });
  }
}

async function addFakeKubectl(dir: string, v: string): Promise<void> {
  for (const { os, arch } of OTHER_PLATFORMS) {
    const program = os === 'windows' ? 'kubectl.exe' : 'kubectl';
    const target = join(dir, 'release', `v${v}`, 'bin', os, arch);
    if (await exists(join(target, `${program}.sha256`))) continue;
    await mkdir(target, { recursive: true });
    const tmp = join(target, `${program}.tmp-${process.pid}`);
    await writeFile(tmp, fakeProgram('kubectl', v, os, arch), { mode: 0o755 });
    const sum = await sha256(tmp);
    await rename(tmp, join(target, program));
    await writeFile(join(target, `${program}.sha256.tmp-${process.pid}`), `${sum}\n`);
    await rename(join(target, `${program}.sha256.tmp-${process.pid}`), join(target, `${program}.sha256`));
  }
}

/**
 * A mirror of only the other platforms' builds (fake programs), for the given versions: enough to test
 * downloading for macOS and Windows runners without the real programs.
 */
export async function startPlatformMirror(
  dir: string,
  versions: { helm: string[]; kubectl: string[] },
): Promise<ToolMirror> {
  await mkdir(dir, { recursive: true });
  for (const v of versions.helm) await addFakeHelm(dir, v);
  for (const v of versions.kubectl) await addFakeKubectl(dir, v);
  const tamper = new Set<string>();
  const server = await serveDir({
    dir,
    override: (path) => (tamper.has(path) ? Buffer.from('#!/bin/sh\necho tampered\n') : undefined),
  });
  const none = versions.helm[0] ?? '';
  return {
    ...server,
    versions: {
      helm: none,
      helm4: none,
      kubectl: versions.kubectl[0] ?? '',
      kubectl4: versions.kubectl[0] ?? '',
    },
    tamper,
  };
}

export async function buildToolMirror(tools: Tools): Promise<{ dir: string; versions: ToolMirrorVersions }> {
  const root = join(
    process.env.XDG_CACHE_HOME || join(homedir(), '.cache'),
    'wandb-operator-actions',
    'mirror',
  );
  await mkdir(root, { recursive: true });
  const versions = {
    helm: await addHelm(root, tools.helm),
    helm4: await addHelm(root, tools.helm4),
    kubectl: await addKubectl(root, tools.kubectl),
    kubectl4: await addKubectl(root, tools.kubectl4),
  };
  for (const v of [versions.helm, versions.helm4]) await addFakeHelm(root, v);
  for (const v of [versions.kubectl, versions.kubectl4]) await addFakeKubectl(root, v);
  return { dir: root, versions };
}

export interface ToolMirror extends StaticServer {
  versions: ToolMirrorVersions;
  /** Paths (as requested) to serve with other bytes than their published sha256. */
  tamper: Set<string>;
}

export async function startToolMirror(tools: Tools): Promise<ToolMirror> {
  const { dir, versions } = await buildToolMirror(tools);
  const tamper = new Set<string>();
  const server = await serveDir({
    dir,
    override: (path) => (tamper.has(path) ? Buffer.from('#!/bin/sh\necho tampered\n') : undefined),
  });
  return { ...server, versions, tamper };
}
