import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/kube/kubeconfig.ts
import { mkdtemp, rm, writeFile, access } from "node:fs/promises";
import { accessSync, constants, statSync } from "node:fs";
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
var BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;
function isKubeconfigText(text) {
  const trimmed = text.trim();
  return trimmed.startsWith("{") || /^\s*(apiVersion|clusters|kind|contexts|users|current-context)\s*:/m.test(trimmed);
}
function classifyKubeconfig(value) {
  const text = value.trim();
  if (text.includes("\n") || text.startsWith("{") || isKubeconfigText(text))
    return { kind: "content", content: value };
  if (text.length >= 16 && BASE64.test(text)) {
    const decoded = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    if (isKubeconfigText(decoded) && !decoded.includes("\uFFFD")) return { kind: "base64", content: decoded };
  }
  return { kind: "path", path: text };
}
function looksLikePath(content) {
  const input = classifyKubeconfig(content);
  if (input.kind !== "path") return false;
  try {
    accessSync(input.path, constants.R_OK);
    return statSync(input.path).isFile();
  } catch {
    return false;
  }
}
async function prepareKubeconfig(source) {
  const input = source.content && source.content.trim() !== "" ? classifyKubeconfig(source.content) : void 0;
  if (input?.kind === "path") {
    if (!looksLikePath(input.path)) {
      source.redactor.add(source.content);
      throw new UserError(
        "The 'kubeconfig' input is one line that is neither kubeconfig content nor base64 of it, and it names no readable file (the value is not shown: it could be a secret).",
        "Pass the kubeconfig's content (YAML over several lines), base64 of it on one line, or the path of a readable kubeconfig file."
      );
    }
    return { path: input.path, temporary: false, cleanup: async () => void 0 };
  }
  if (input) {
    if (input.kind === "base64") source.redactor.add(source.content);
    registerKubeconfigSecrets(input.content, source.redactor);
    const dir = await mkdtemp(join(source.env.RUNNER_TEMP || tmpdir(), "wandb-kubeconfig-"));
    const path = join(dir, "config");
    await writeFile(path, input.content, { mode: 384 });
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
