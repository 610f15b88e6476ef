import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { serveDir, type StaticServer } from './static-server.js';
import type { Tools } from './plane.js';

/**
 * A loopback mirror laid out like the helm and kubectl release hosts, built from the npm binaries:
 *   /helm-v3.17.3-linux-amd64.tar.gz (+ .sha256sum "<hex>  <file>")   as on https://get.helm.sh
 *   /release/v1.31.9/bin/linux/amd64/kubectl (+ .sha256 "<hex>")      as on https://dl.k8s.io
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
  const result = await execute({ command: binary, args, timeoutMs: 30_000 });
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
