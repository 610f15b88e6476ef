import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-LYP4OSA7.js";

// src/kube/kubeconfig.ts
import { mkdtemp, rm, writeFile, access } from "node:fs/promises";
import { constants } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, delimiter } from "node:path";
var SECRET_FIELDS = /^\s*(client-key-data|token|password|client-certificate-data|id-token|refresh-token):\s*(\S+)/gm;
function registerKubeconfigSecrets(content, redactor) {
  redactor.add(content);
  for (const match of content.matchAll(SECRET_FIELDS)) {
    const value = match[2].replace(/^["']|["']$/g, "");
    redactor.add(value);
    if (match[1] === "client-key-data") redactor.add(Buffer.from(value, "base64").toString("utf8"));
  }
}
function looksLikePath(content) {
  const text = content.trim();
  return !text.includes("\n") && !text.startsWith("{") && !/^\s*apiVersion\s*:/.test(text);
}
async function prepareKubeconfig(source) {
  if (source.content && looksLikePath(source.content)) {
    const path = source.content.trim();
    try {
      await access(path, constants.R_OK);
    } catch {
      throw new UserError(
        `The 'kubeconfig' input is one line, so it is read as a file path, and no readable file is at ${path}.`,
        "Pass the kubeconfig's content (a secret, several lines), or the path of a readable kubeconfig file."
      );
    }
    return { path, temporary: false, cleanup: async () => void 0 };
  }
  if (source.content && source.content.trim() !== "") {
    registerKubeconfigSecrets(source.content, source.redactor);
    const dir = await mkdtemp(join(source.env.RUNNER_TEMP || tmpdir(), "wandb-kubeconfig-"));
    const path = join(dir, "config");
    await writeFile(path, source.content, { mode: 384 });
    return {
      path,
      temporary: true,
      cleanup: () => rm(dir, { recursive: true, force: true })
    };
  }
  const candidates = source.env.KUBECONFIG ? source.env.KUBECONFIG.split(delimiter).filter((p) => p !== "") : [join(source.env.HOME || homedir(), ".kube", "config")];
  for (const path of candidates) {
    try {
      await access(path, constants.R_OK);
      return { path, temporary: false, cleanup: async () => void 0 };
    } catch {
    }
  }
  throw new UserError(
    `No kubeconfig: the 'kubeconfig' input is empty and ${source.env.KUBECONFIG ? `KUBECONFIG (${source.env.KUBECONFIG}) names no readable file` : "~/.kube/config does not exist"}.`,
    "Pass the kubeconfig content in the 'kubeconfig' input (a secret; KUBECONFIG_CONTENT on the CLI), or set KUBECONFIG to a kubeconfig file."
  );
}

export {
  registerKubeconfigSecrets,
  looksLikePath,
  prepareKubeconfig
};
