import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  KubeCommandError
} from "./chunk-PFUJ36V2.js";
import {
  onCancel
} from "./chunk-ZDPISML2.js";

// src/kube/helm.ts
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
async function createHelmHome(base) {
  const dir = await mkdtemp(join(base || tmpdir(), "wandb-helm-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  const forget = onCancel(remove);
  const registryConfig = join(dir, "config", "registry", "config.json");
  return {
    dir,
    env: {
      HELM_CONFIG_HOME: join(dir, "config"),
      HELM_CACHE_HOME: join(dir, "cache"),
      HELM_DATA_HOME: join(dir, "data"),
      HELM_REPOSITORY_CONFIG: join(dir, "config", "repositories.yaml"),
      HELM_REPOSITORY_CACHE: join(dir, "cache", "repository"),
      HELM_REGISTRY_CONFIG: registryConfig
    },
    registryConfig,
    cleanup: async () => {
      try {
        await remove();
      } finally {
        forget();
      }
    }
  };
}
function registryAuthKeys(host) {
  const hub = ["docker.io", "registry-1.docker.io", "index.docker.io"].includes(host.toLowerCase());
  return hub ? [host, "https://index.docker.io/v1/"] : [host];
}
function registryAuthConfig(host, username, password) {
  const auth = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
  const auths = Object.fromEntries(registryAuthKeys(host).map((key) => [key, { auth }]));
  return { text: `${JSON.stringify({ auths }, null, 2)}
`, auth };
}
async function writeRegistryCredentials(path, host, username, password) {
  const { text, auth } = registryAuthConfig(host, username, password);
  await mkdir(dirname(path), { recursive: true, mode: 448 });
  await writeFile(path, text, { mode: 384 });
  await chmod(path, 384);
  return auth;
}
async function helmRepoAdd(client, name, url, credentials = {}) {
  const args = ["repo", "add", name, url, "--force-update"];
  if (credentials.username) args.push("--username", credentials.username);
  if (credentials.password !== void 0) args.push("--password-stdin");
  if (credentials.caFile) args.push("--ca-file", credentials.caFile);
  await client.helm(args, { stdin: credentials.password });
}
async function helmChartVersions(client, chartRef) {
  const result = await client.helm(["search", "repo", chartRef, "--versions", "--devel", "-o", "json"]);
  const entries = JSON.parse(result.stdout || "[]");
  return entries.filter((entry) => entry.name === chartRef);
}
var EVERY_RELEASE_STATE = ["--deployed", "--failed", "--pending", "--uninstalling"];
async function helmReleaseStatus(client, release, namespace) {
  const result = await client.helm([
    "list",
    "-n",
    namespace,
    ...EVERY_RELEASE_STATE,
    "--filter",
    `^${release.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
    "-o",
    "json"
  ]);
  const list = JSON.parse(result.stdout || "[]");
  const found = list.find((item) => item.name === release);
  if (!found) return void 0;
  const match = /^(.*)-(\d+\.\d+\.\d+[^\s]*)$/.exec(found.chart);
  return {
    name: found.name,
    namespace: found.namespace,
    revision: Number(found.revision),
    status: found.status,
    chart: found.chart,
    chartName: match ? match[1] : found.chart,
    chartVersion: match ? match[2] : "",
    appVersion: found.app_version
  };
}
async function helmUserValues(client, release, namespace) {
  const result = await client.helm(["get", "values", release, "-n", namespace, "-o", "json"]);
  const parsed = JSON.parse(result.stdout.trim() || "null");
  return parsed ?? {};
}
async function helmHistory(client, release, namespace) {
  const result = await client.helm(["history", release, "-n", namespace, "--max", "20", "-o", "json"], {
    allowFailure: true
  });
  if (result.code !== 0) {
    if (/not found/i.test(result.stderr)) return [];
    throw new KubeCommandError("helm", ["history", release], result);
  }
  const entries = JSON.parse(result.stdout || "[]");
  return entries.map((e) => ({ ...e, revision: Number(e.revision) }));
}
async function helmRollback(client, release, namespace, revision, timeoutSeconds) {
  await client.helm([
    "rollback",
    release,
    String(revision),
    "-n",
    namespace,
    "--history-max",
    "10",
    "--timeout",
    `${Math.max(1, Math.floor(timeoutSeconds))}s`
  ]);
}
async function helmUninstall(client, release, namespace, timeoutSeconds) {
  await client.helm([
    "uninstall",
    release,
    "-n",
    namespace,
    "--timeout",
    `${Math.max(1, Math.floor(timeoutSeconds))}s`
  ]);
}

export {
  createHelmHome,
  registryAuthConfig,
  writeRegistryCredentials,
  helmRepoAdd,
  helmChartVersions,
  EVERY_RELEASE_STATE,
  helmReleaseStatus,
  helmUserValues,
  helmHistory,
  helmRollback,
  helmUninstall
};
