import { mkdtemp, rm, writeFile, access } from 'node:fs/promises';
import { accessSync, constants, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, delimiter } from 'node:path';
import { UserError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';

/** A kubeconfig file for this run; `cleanup` removes it when it was written from secret content. */
export interface KubeconfigFile {
  path: string;
  /** true when the file was written from the `kubeconfig` content input (a secret). */
  temporary: boolean;
  cleanup: () => Promise<void>;
}

export interface KubeconfigSource {
  /** Kubeconfig content (a secret): the `kubeconfig` input or KUBECONFIG_CONTENT. */
  content?: string;
  /** Environment (KUBECONFIG, HOME) for the fallback when no content is given. */
  env: NodeJS.ProcessEnv;
  redactor: Redactor;
}

/** Secret-bearing fields inside a kubeconfig: registered one by one, so that a partial echo is masked too. */
const SECRET_FIELDS =
  /^\s*(client-key-data|token|password|client-certificate-data|id-token|refresh-token):\s*(\S+)/gm;

export function registerKubeconfigSecrets(content: string, redactor: Redactor): void {
  redactor.add(content);
  for (const match of content.matchAll(SECRET_FIELDS)) {
    const value = match[2].replace(/^["']|["']$/g, '');
    redactor.add(value);
    if (match[1] === 'client-key-data') redactor.add(Buffer.from(value, 'base64').toString('utf8'));
  }
}

/** What the `kubeconfig` input (or KUBECONFIG_CONTENT) holds: the content, base64 of it, or a path. */
export type KubeconfigInput =
  { kind: 'content'; content: string } | { kind: 'base64'; content: string } | { kind: 'path'; path: string };

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Text a kubeconfig holds: YAML with apiVersion/clusters/kind: Config, or JSON. */
function isKubeconfigText(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.startsWith('{') ||
    /^\s*(apiVersion|clusters|kind|contexts|users|current-context)\s*:/m.test(trimmed)
  );
}

/**
 * The three forms the input takes, told apart before anything is printed: several lines, or JSON on one,
 * are the content; one line of base64 that decodes to a kubeconfig (how many CI systems store it) is its
 * content, encoded; any other single line is the path of a kubeconfig file.
 */
export function classifyKubeconfig(value: string): KubeconfigInput {
  const text = value.trim();
  if (text.includes('\n') || text.startsWith('{') || isKubeconfigText(text))
    return { kind: 'content', content: value };
  if (text.length >= 16 && BASE64.test(text)) {
    const decoded = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    if (isKubeconfigText(decoded) && !decoded.includes('\uFFFD')) return { kind: 'base64', content: decoded };
  }
  return { kind: 'path', path: text };
}

/** A single line that names a readable file: the one form of the input that is not a secret. */
export function looksLikePath(content: string): boolean {
  const input = classifyKubeconfig(content);
  if (input.kind !== 'path') return false;
  try {
    accessSync(input.path, constants.R_OK);
    return statSync(input.path).isFile();
  } catch {
    return false;
  }
}

/**
 * Content → a 0600 file in a private temporary directory (removed by `cleanup`); a path → that file, as it
 * is; nothing → KUBECONFIG (its first existing entry) or ~/.kube/config. Content is registered with the
 * redactor before anything else.
 */
export async function prepareKubeconfig(source: KubeconfigSource): Promise<KubeconfigFile> {
  const input =
    source.content && source.content.trim() !== '' ? classifyKubeconfig(source.content) : undefined;
  if (input?.kind === 'path') {
    if (!looksLikePath(input.path)) {
      // The value is not shown: a mangled secret (cut base64, a token) is also one line.
      source.redactor.add(source.content);
      throw new UserError(
        "The 'kubeconfig' input is one line that is neither kubeconfig content nor base64 of it, and it names no readable file (the value is not shown: it could be a secret).",
        "Pass the kubeconfig's content (YAML over several lines), base64 of it on one line, or the path of a readable kubeconfig file.",
      );
    }
    return { path: input.path, temporary: false, cleanup: async () => undefined };
  }
  if (input) {
    // Registered before anything else happens: the encoded form as given, then the content and its fields.
    if (input.kind === 'base64') source.redactor.add(source.content);
    registerKubeconfigSecrets(input.content, source.redactor);
    const dir = await mkdtemp(join(source.env.RUNNER_TEMP || tmpdir(), 'wandb-kubeconfig-'));
    const path = join(dir, 'config');
    await writeFile(path, input.content, { mode: 0o600 });
    return {
      path,
      temporary: true,
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const candidates = source.env.KUBECONFIG
    ? source.env.KUBECONFIG.split(delimiter).filter((p) => p !== '')
    : [join(source.env.HOME || homedir(), '.kube', 'config')];
  for (const path of candidates) {
    try {
      await access(path, constants.R_OK);
      return { path, temporary: false, cleanup: async () => undefined };
    } catch {
      // try the next one
    }
  }
  throw new UserError(
    `No kubeconfig: the 'kubeconfig' input is empty and ${source.env.KUBECONFIG ? `KUBECONFIG (${source.env.KUBECONFIG}) names no readable file` : '~/.kube/config does not exist'}.`,
    "Pass the kubeconfig content in the 'kubeconfig' input (a secret; KUBECONFIG_CONTENT on the CLI), or set KUBECONFIG to a kubeconfig file.",
  );
}
