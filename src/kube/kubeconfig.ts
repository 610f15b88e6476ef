import { mkdtemp, rm, writeFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
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

/**
 * A kubeconfig is YAML or JSON over several lines, or JSON on one; one line that is neither is taken for the
 * path of a kubeconfig file (the input accepts both).
 */
export function looksLikePath(content: string): boolean {
  const text = content.trim();
  return !text.includes('\n') && !text.startsWith('{') && !/^\s*apiVersion\s*:/.test(text);
}

/**
 * Content → a 0600 file in a private temporary directory (removed by `cleanup`); a path → that file, as it
 * is; nothing → KUBECONFIG (its first existing entry) or ~/.kube/config. Content is registered with the
 * redactor before anything else.
 */
export async function prepareKubeconfig(source: KubeconfigSource): Promise<KubeconfigFile> {
  if (source.content && looksLikePath(source.content)) {
    const path = source.content.trim();
    try {
      await access(path, constants.R_OK);
    } catch {
      throw new UserError(
        `The 'kubeconfig' input is one line, so it is read as a file path, and no readable file is at ${path}.`,
        "Pass the kubeconfig's content (a secret, several lines), or the path of a readable kubeconfig file.",
      );
    }
    return { path, temporary: false, cleanup: async () => undefined };
  }
  if (source.content && source.content.trim() !== '') {
    registerKubeconfigSecrets(source.content, source.redactor);
    const dir = await mkdtemp(join(source.env.RUNNER_TEMP || tmpdir(), 'wandb-kubeconfig-'));
    const path = join(dir, 'config');
    await writeFile(path, source.content, { mode: 0o600 });
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
