import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  KubeClient,
  KubeCommandError,
  compareVersions,
  isNotFound
} from "./chunk-XLC4ITTQ.js";
import {
  createHelmHome,
  helmChartVersions,
  helmReleaseStatus,
  helmRepoAdd,
  helmUserValues
} from "./chunk-ZREQD56G.js";
import {
  readInputFile
} from "./chunk-ONPGXOBI.js";
import {
  require_dist
} from "./chunk-CQMOT45H.js";
import {
  prepareKubeconfig
} from "./chunk-ZDOSZ5UR.js";
import {
  bool,
  list,
  num,
  str
} from "./chunk-KBDRJG5B.js";
import {
  UserError,
  errorMessage
} from "./chunk-LYP4OSA7.js";
import {
  __toESM
} from "./chunk-GJZUA6DH.js";

// src/commands/install-operator/run.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

// src/commands/install-operator/airgap.ts
var PUBLIC_HOSTS = [
  "charts.wandb.ai",
  "wandb.ai",
  "docker.io",
  "registry-1.docker.io",
  "index.docker.io",
  "hub.docker.com",
  "quay.io",
  "ghcr.io",
  "gcr.io",
  "registry.k8s.io",
  "k8s.gcr.io",
  "public.ecr.aws",
  "mcr.microsoft.com",
  "us-docker.pkg.dev",
  "get.helm.sh",
  "dl.k8s.io",
  "github.com",
  "objects.githubusercontent.com"
];
function isPublicHost(host) {
  const h = host.toLowerCase().replace(/:\d+$/, "");
  return PUBLIC_HOSTS.some((p) => h === p || h.endsWith(`.${p}`));
}
function imageRegistryHost(repository) {
  const first = repository.split("/")[0];
  if (repository.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost"))
    return first;
  return "docker.io";
}
function urlHost(url) {
  try {
    return new URL(url).host;
  } catch {
    return void 0;
  }
}
function checkAirgapped(inputs) {
  const chartHost = urlHost(inputs.chartRepo);
  if (inputs.chartRepoIsDefault || chartHost && isPublicHost(chartHost)) {
    throw new UserError(
      `Air-gapped install: 'chart-repo' is ${inputs.chartRepo}, a public host.`,
      "Set 'chart-repo' to your internal Helm repository that mirrors the W&B operator chart."
    );
  }
  if (!inputs.imageRepository) {
    throw new UserError(
      "Air-gapped install: 'image-repository' is required (the controller image in your internal registry).",
      "Set 'image-repository' (e.g. registry.example.com/wandb/controller) and 'image-tag'."
    );
  }
  const imageHost = imageRegistryHost(inputs.imageRepository);
  if (isPublicHost(imageHost)) {
    throw new UserError(
      `Air-gapped install: 'image-repository' is ${inputs.imageRepository}, which pulls from the public host ${imageHost}.`,
      "Set 'image-repository' to the controller image in your internal registry (registry host first, e.g. registry.example.com/wandb/controller)."
    );
  }
  if (!inputs.imageTag || inputs.imageTag === "latest") {
    throw new UserError(
      `Air-gapped install: 'image-tag' must pin a controller version${inputs.imageTag ? ", not 'latest'" : ""}.`,
      "Set 'image-tag' to the controller version mirrored in your registry (e.g. 1.21.3)."
    );
  }
  if (inputs.toolsMirror) {
    const host = urlHost(inputs.toolsMirror);
    if (host && isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: 'tools-mirror' is ${inputs.toolsMirror}, a public host.`,
        "Set 'tools-mirror' to an internal mirror of the helm and kubectl downloads, or pass 'helm-path' and 'kubectl-path'."
      );
    }
  } else if (!inputs.helmPath || !inputs.kubectlPath) {
    throw new UserError(
      `Air-gapped install: helm and kubectl would be downloaded from the public hosts get.helm.sh and dl.k8s.io ('tools-mirror' is not set).`,
      "Set 'tools-mirror' to an internal mirror laid out like get.helm.sh and dl.k8s.io, or pass 'helm-path' and 'kubectl-path'."
    );
  }
}
function imageRepositoriesIn(values, path = "") {
  if (!values || typeof values !== "object") return [];
  if (Array.isArray(values)) return values.flatMap((item, i) => imageRepositoriesIn(item, `${path}[${i}]`));
  const found = [];
  for (const [key, value] of Object.entries(values)) {
    const here = path ? `${path}.${key}` : key;
    if (key === "repository" && typeof value === "string" && value !== "")
      found.push({ path: here, repository: value });
    else found.push(...imageRepositoriesIn(value, here));
  }
  return found;
}

// src/commands/install-operator/values.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function mergeValues(...layers) {
  const out = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeValues(out[key], value) : value;
    }
  }
  return out;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function changedPaths(a, b, path = "") {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => changedPaths(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return canonicalJson(a) === canonicalJson(b) ? [] : [path || "(all)"];
}

// src/commands/install-operator/run.ts
var DEFAULT_CHART_REPO = "https://charts.wandb.ai";
var CHART_NAME = "operator";
var REPO_NAME = "wandb-operator-actions";
function parseOptions(raw, ctx) {
  const path = (p) => isAbsolute(p) ? p : resolve(ctx.cwd, p);
  const optionalPath = (name) => {
    const value = str(raw, name);
    return value ? path(value) : void 0;
  };
  const min = str(raw, "min-kubernetes-version") ?? "1.28";
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(min)) {
    throw new UserError(`'min-kubernetes-version' must look like 1.28, got '${min}'.`);
  }
  return {
    kubeconfigContent: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: optionalPath("kubectl-path"),
    helmPath: optionalPath("helm-path"),
    timeoutSeconds: num(raw, "timeout") ?? 600,
    namespace: str(raw, "namespace") ?? "wandb-cr",
    release: str(raw, "release") ?? "operator",
    chartRepo: (str(raw, "chart-repo") ?? DEFAULT_CHART_REPO).replace(/\/+$/, ""),
    chartRepoUsername: str(raw, "chart-repo-username"),
    chartRepoPassword: str(raw, "chart-repo-password"),
    chartRepoCaFile: optionalPath("chart-repo-ca-file"),
    chartVersion: str(raw, "chart-version")?.replace(/^v/, ""),
    valuesFiles: list(raw, "values").map(path),
    airgapped: bool(raw, "airgapped"),
    imageRepository: str(raw, "image-repository"),
    imageTag: str(raw, "image-tag"),
    imagePullSecrets: list(raw, "image-pull-secrets"),
    customCaCertFiles: list(raw, "custom-ca-certs").map(path),
    caCertsConfigMap: str(raw, "ca-certs-configmap"),
    helmVersion: str(raw, "helm-version") ?? "3.17.3",
    kubectlVersion: str(raw, "kubectl-version") ?? "1.31.9",
    toolsMirror: str(raw, "tools-mirror"),
    minKubernetesVersion: min.replace(/^v/, ""),
    dryRun: bool(raw, "dry-run")
  };
}
async function valuesFromInputs(options) {
  let files = {};
  for (const file of options.valuesFiles) {
    let parsed;
    const text = readInputFile(process.cwd(), file, "the values file");
    try {
      parsed = (0, import_yaml.parse)(text);
    } catch (error) {
      throw new UserError(
        `The values file ${file} is not valid YAML: ${errorMessage(error)}`,
        "Check 'values'."
      );
    }
    if (parsed !== null && parsed !== void 0 && !isPlainObject(parsed)) {
      throw new UserError(`The values file ${file} is not a YAML mapping.`, "Check 'values'.");
    }
    files = mergeValues(files, parsed ?? {});
  }
  const inputs = {};
  const image = {};
  if (options.imageRepository) image.repository = options.imageRepository;
  if (options.imageTag) image.tag = options.imageTag;
  if (options.imagePullSecrets.length > 0) image.pullSecrets = options.imagePullSecrets;
  if (Object.keys(image).length > 0) inputs.image = image;
  if (options.airgapped) inputs.airgapped = true;
  if (options.customCaCertFiles.length > 0) {
    const certs = [];
    for (const file of options.customCaCertFiles) {
      let text;
      try {
        text = readInputFile(process.cwd(), file, "the CA certificate file");
      } catch (error) {
        throw new UserError(
          `Cannot read the CA certificate file ${file}: ${errorMessage(error)}`,
          "Check 'custom-ca-certs'."
        );
      }
      const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
      if (blocks.length === 0) {
        throw new UserError(
          `${file} holds no PEM certificate.`,
          "Each 'custom-ca-certs' file holds one PEM certificate."
        );
      }
      certs.push(...blocks);
    }
    inputs.customCACerts = certs;
  }
  if (options.caCertsConfigMap) inputs.caCertsConfigMap = options.caCertsConfigMap;
  return { files, inputs };
}
function checkValuesAirgapped(values) {
  for (const { path, repository } of imageRepositoriesIn(values)) {
    const host = imageRegistryHost(repository);
    if (isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: the values set ${path} to ${repository}, which pulls from the public host ${host}.`,
        "Point every image repository in 'values' (and 'image-repository') at your internal registry."
      );
    }
  }
}
async function resolveTools(options, ctx) {
  return ctx.out.group("Tools", async () => {
    const log = (message) => ctx.out.info(message);
    const get = async (tool, given, version) => {
      if (given) {
        log(`${tool}: using ${given}`);
        return given;
      }
      const { installTool } = await import("./install-NVCWUS6H.js");
      return (await installTool({ tool, version, mirror: options.toolsMirror, env: ctx.env, log })).path;
    };
    return {
      helm: await get("helm", options.helmPath, options.helmVersion),
      kubectl: await get("kubectl", options.kubectlPath, options.kubectlVersion)
    };
  });
}
async function preflight(client, options, ctx) {
  return ctx.out.group("Preflight", async () => {
    const [server, helmVersion] = await Promise.all([client.serverVersion(), client.helmVersion()]);
    if (compareVersions(`${server.major}.${server.minor}.${server.patch}`, options.minKubernetesVersion) < 0) {
      throw new UserError(
        `The cluster runs Kubernetes ${server.gitVersion}, older than the minimum ${options.minKubernetesVersion}. Nothing was installed.`,
        "Upgrade the cluster, or set 'min-kubernetes-version' lower if you accept running outside W&B's support."
      );
    }
    ctx.out.info(`API server: Kubernetes ${server.gitVersion} (minimum ${options.minKubernetesVersion})`);
    if (compareVersions(helmVersion, "3.0.0") < 0) {
      throw new UserError(
        `helm ${helmVersion} is too old: Helm 3 or newer is required. Nothing was installed.`,
        "Set 'helm-version' (or 'helm-path') to Helm 3 or 4."
      );
    }
    ctx.out.info(`helm: ${helmVersion}`);
    if (options.caCertsConfigMap) {
      const cm = await client.getJson([
        "configmap",
        options.caCertsConfigMap,
        "-n",
        options.namespace
      ]);
      if (!cm) {
        throw new UserError(
          `The ConfigMap '${options.caCertsConfigMap}' ('ca-certs-configmap') does not exist in namespace ${options.namespace}. Nothing was installed.`,
          "Create it in the operator namespace first, with one key per certificate ending in .crt."
        );
      }
      const bad = Object.keys(cm.data ?? {}).filter((key) => !key.endsWith(".crt"));
      if (bad.length > 0 || Object.keys(cm.data ?? {}).length === 0) {
        throw new UserError(
          `The ConfigMap '${options.caCertsConfigMap}' ('ca-certs-configmap') must hold certificates under keys ending in .crt${bad.length ? `; these do not: ${bad.join(", ")}` : ""}.`,
          "Rename the keys to end in .crt (the operator mounts them as files in /certs)."
        );
      }
    }
    return { serverVersion: server.gitVersion };
  });
}
async function checkPermissions(client, options, ctx) {
  const ns = options.namespace;
  const createNamespace = { verb: "create", resource: "namespaces" };
  const checks = [
    { verb: "create", resource: "deployments", group: "apps", namespace: ns },
    { verb: "list", resource: "secrets", namespace: ns },
    { verb: "create", resource: "secrets", namespace: ns },
    { verb: "create", resource: "serviceaccounts", namespace: ns },
    { verb: "create", resource: "configmaps", namespace: ns },
    { verb: "create", resource: "customresourcedefinitions", group: "apiextensions.k8s.io" }
  ];
  const [lookup, answers] = await Promise.all([
    client.kubectl(["get", "namespace", ns, "-o", "name"], { allowFailure: true }),
    client.canIAll([...checks, createNamespace])
  ]);
  const namespaceExists = lookup.code === 0 || !isNotFound(lookup);
  if (!namespaceExists) checks.push(createNamespace);
  const denied = checks.filter((_, i) => !answers[i]).map(
    (c) => `${c.verb} ${c.resource}${c.group ? `.${c.group}` : ""}${c.namespace ? ` in ${c.namespace}` : ""}`
  );
  if (denied.length > 0) {
    throw new UserError(
      `The kubeconfig's identity may not install the operator: the API server (kubectl auth can-i) says no to ${denied.join(", ")}. Nothing was installed.`,
      "Use credentials with cluster-admin rights for the operator install (it creates a CRD and RBAC)."
    );
  }
  ctx.out.info(
    `permissions: ok (namespace ${options.namespace} ${namespaceExists ? "exists" : "will be created"})`
  );
}
async function addChartRepo(client, options) {
  await helmRepoAdd(client, REPO_NAME, options.chartRepo, {
    username: options.chartRepoUsername,
    password: options.chartRepoPassword,
    caFile: options.chartRepoCaFile
  });
}
async function resolveChartVersion(client, options) {
  await addChartRepo(client, options);
  const versions = await helmChartVersions(client, `${REPO_NAME}/${CHART_NAME}`);
  if (versions.length === 0) {
    throw new UserError(
      `The chart repository ${options.chartRepo} has no '${CHART_NAME}' chart.`,
      "Check 'chart-repo': it must serve the W&B operator chart."
    );
  }
  const version = options.chartVersion ?? versions[0].version;
  if (!versions.some((v) => v.version === version)) {
    throw new UserError(
      `The chart repository ${options.chartRepo} has no '${CHART_NAME}' chart version ${version} (it has ${versions.slice(0, 8).map((v) => v.version).join(", ")}).`,
      "Check 'chart-version'."
    );
  }
  return { version, note: `from ${options.chartRepo}${options.chartVersion ? "" : " (newest)"}` };
}
async function readRelease(client, options) {
  const [previous, values] = await Promise.all([
    helmReleaseStatus(client, options.release, options.namespace),
    // Before a first install there is no release to read values from: helm says "not found".
    helmUserValues(client, options.release, options.namespace).catch((error) => {
      if (error instanceof KubeCommandError && /not found/i.test(error.message)) return {};
      throw error;
    })
  ]);
  return { previous, previousValues: previous ? values : {} };
}
function settled(result) {
  if (result.status === "rejected") throw result.reason;
  return result.value;
}
async function findController(client, options) {
  const items = await client.listJson("deployments", { namespace: options.namespace });
  const ours = items.filter((d) => d.metadata.annotations?.["meta.helm.sh/release-name"] === options.release);
  return ours.find((d) => d.metadata.name === "wandb-controller-manager") ?? ours.find((d) => d.metadata.name.endsWith("controller-manager")) ?? ours.find((d) => d.metadata.labels?.["control-plane"] === "controller-manager");
}
function controllerImage(deployment) {
  const containers = deployment.spec.template.spec.containers;
  return (containers.find((c) => c.name === "manager") ?? containers[0])?.image ?? "";
}
function rolledOut(d) {
  const want = d.spec.replicas ?? 1;
  const s = d.status ?? {};
  return (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && (s.updatedReplicas ?? 0) >= want && (s.availableReplicas ?? 0) >= want && (s.replicas ?? 0) <= want && !(s.unavailableReplicas ?? 0);
}
async function podProblems(client, namespace, deployment) {
  const labels = Object.entries(deployment?.spec.selector?.matchLabels ?? {});
  if (labels.length === 0) return [];
  const pods = await client.listJson("pods", {
    namespace,
    selector: labels.map(([k, v]) => `${k}=${v}`).join(",")
  });
  return pods.map((pod) => {
    const waiting = pod.status?.containerStatuses?.find((c) => c.state?.waiting)?.state?.waiting;
    return `${pod.metadata.name}: ${waiting ? `${waiting.reason}${waiting.message ? ` (${waiting.message})` : ""}` : pod.status?.phase ?? "Unknown"}`;
  });
}
function reportReady(deployment, ctx) {
  ctx.out.info(`deployment/${deployment.metadata.name}: ready (${controllerImage(deployment)})`);
  return deployment;
}
async function waitForController(client, options, deadline, ctx) {
  return ctx.out.group("Waiting for the controller", async () => {
    let lastLine = "";
    let lastPrinted = 0;
    for (; ; ) {
      const deployment = await findController(client, options);
      if (deployment && rolledOut(deployment)) return reportReady(deployment, ctx);
      const s = deployment?.status ?? {};
      const line = deployment ? `deployment/${deployment.metadata.name}: ${s.updatedReplicas ?? 0} updated, ${s.availableReplicas ?? 0} available of ${deployment.spec.replicas ?? 1}` : "the controller Deployment does not exist yet";
      if (line !== lastLine || Date.now() - lastPrinted > 15e3) {
        ctx.out.info(`waiting: ${line}`);
        lastLine = line;
        lastPrinted = Date.now();
      }
      if (Date.now() + 3e3 > deadline) {
        const problems = await podProblems(client, options.namespace, deployment).catch(() => []);
        throw new UserError(
          `The operator controller was not ready within the ${options.timeoutSeconds} s timeout: ${line}.${problems.length ? `
Pods:
  ${problems.join("\n  ")}` : ""}`,
          "Check that the controller image can be pulled (image-repository, image-tag, image-pull-secrets) and the pods' events; raise 'timeout' for slow clusters."
        );
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  });
}
function plan(previous, previousValues, desired, version) {
  if (!previous) return { action: "install", values: desired, changed: changedPaths({}, desired) };
  const changed = changedPaths(previousValues, desired);
  if (previous.chartVersion !== version) return { action: "upgrade", values: desired, changed, previous };
  if (previous.status !== "deployed" || canonicalJson(previousValues) !== canonicalJson(desired)) {
    return { action: "reconfigure", values: desired, changed, previous };
  }
  return { action: "none", values: desired, changed: [], previous };
}
var UPGRADE_NOTE = "Upgrading the operator does not upgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).";
async function run(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const deadline = Date.now() + options.timeoutSeconds * 1e3;
  if (options.airgapped) {
    checkAirgapped({
      chartRepo: options.chartRepo,
      chartRepoIsDefault: options.chartRepo === DEFAULT_CHART_REPO,
      imageRepository: options.imageRepository,
      imageTag: options.imageTag,
      toolsMirror: options.toolsMirror,
      helmPath: options.helmPath,
      kubectlPath: options.kubectlPath
    });
  }
  const given = await valuesFromInputs(options);
  if (options.airgapped) checkValuesAirgapped(given.files);
  const tools = await resolveTools(options, ctx);
  ctx.out.setOutput("kubectl-path", tools.kubectl);
  ctx.out.setOutput("helm-path", tools.helm);
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfigContent,
    env: ctx.env,
    redactor: ctx.redactor
  });
  const helmHome = await createHelmHome(ctx.env.RUNNER_TEMP || void 0);
  try {
    const client = new KubeClient({
      kubectlPath: tools.kubectl,
      helmPath: tools.helm,
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: { ...ctx.env, ...helmHome.env },
      deadline,
      timeoutMs: 12e4
    });
    const reads = await Promise.allSettled([
      preflight(client, options, ctx),
      readRelease(client, options),
      options.chartVersion === void 0 ? resolveChartVersion(client, options) : void 0,
      findController(client, options)
    ]);
    const { serverVersion } = settled(reads[0]);
    let release;
    try {
      release = settled(reads[1]);
    } catch (error) {
      if (error instanceof KubeCommandError && /forbidden/i.test(error.message)) {
        await checkPermissions(client, options, ctx);
      }
      throw error;
    }
    const { previous, previousValues } = release;
    const pinnedAndDeployed = options.chartVersion !== void 0 && previous?.chartVersion === options.chartVersion;
    const version = await ctx.out.group("Chart", async () => {
      if (pinnedAndDeployed) {
        ctx.out.info(`chart: ${CHART_NAME} ${options.chartVersion} (pinned; the release runs it)`);
        return options.chartVersion;
      }
      const chart = settled(reads[2]) ?? await resolveChartVersion(client, options);
      ctx.out.info(`chart: ${CHART_NAME} ${chart.version} ${chart.note}`);
      return chart.version;
    });
    const controllerBefore = reads[3].status === "fulfilled" ? reads[3].value : void 0;
    const desired = mergeValues(previousValues, given.files, given.inputs);
    const p = plan(previous, previousValues, desired, version);
    const from = previous ? `${previous.chartVersion} (revision ${previous.revision}, ${previous.status})` : "";
    const changedText = p.changed.length ? `values changed: ${p.changed.join(", ")}` : "values unchanged";
    const describe = {
      install: `install ${CHART_NAME} ${version} as release '${options.release}' in namespace ${options.namespace}`,
      upgrade: `upgrade ${CHART_NAME} ${from} to ${version}; ${changedText}`,
      reconfigure: `update release '${options.release}' (${CHART_NAME} ${from}); ${changedText}`,
      none: `no changes: release '${options.release}' already runs ${CHART_NAME} ${version} with these values (revision ${previous?.revision})`
    }[p.action];
    if (p.action !== "none") await checkPermissions(client, options, ctx);
    if (p.action !== "none" && pinnedAndDeployed) await addChartRepo(client, options);
    if (options.dryRun) {
      ctx.out.print(`Dry run: would ${p.action === "none" ? "change nothing" : describe}.`);
      if (p.action === "upgrade") ctx.out.info(UPGRADE_NOTE);
      ctx.out.setOutput("chart-version", version);
      ctx.out.setOutput("changed", false);
      ctx.out.setOutput(
        "controller-image",
        previous && controllerBefore ? controllerImage(controllerBefore) : ""
      );
      ctx.out.summary(
        `### install-operator (dry run)

Would ${p.action === "none" ? "change nothing" : describe}.
`
      );
      return 0;
    }
    let revision = previous?.revision;
    if (p.action === "none") {
      ctx.out.info(describe[0].toUpperCase() + describe.slice(1) + ".");
    } else {
      if (p.action === "upgrade") {
        ctx.out.info(
          `Upgrading the operator chart ${previous?.chartVersion} \u2192 ${version}; earlier values are kept.`
        );
        ctx.out.notice(UPGRADE_NOTE);
      }
      await ctx.out.group(`helm upgrade --install ${options.release}`, async () => {
        ctx.out.info(describe);
        const dir = await mkdtemp(join(ctx.env.RUNNER_TEMP || tmpdir(), "wandb-operator-values-"));
        try {
          const valuesFile = join(dir, "values.json");
          await writeFile(valuesFile, JSON.stringify(p.values, null, 2), { mode: 384 });
          const seconds = Math.max(1, Math.floor((deadline - Date.now()) / 1e3));
          const result = await client.helm([
            "upgrade",
            "--install",
            options.release,
            `${REPO_NAME}/${CHART_NAME}`,
            "--version",
            version,
            "--namespace",
            options.namespace,
            "--create-namespace",
            "--values",
            valuesFile,
            "--history-max",
            "10",
            "--timeout",
            `${seconds}s`,
            "--output",
            "json"
          ]);
          revision = JSON.parse(result.stdout).version;
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    }
    const deployment = p.action === "none" && controllerBefore && rolledOut(controllerBefore) ? reportReady(controllerBefore, ctx) : await waitForController(client, options, deadline, ctx);
    const image = controllerImage(deployment);
    const changed = p.action !== "none";
    ctx.out.setOutput("chart-version", version);
    ctx.out.setOutput("controller-image", image);
    ctx.out.setOutput("changed", changed);
    const verb = { install: "Installed", upgrade: "Upgraded", reconfigure: "Updated", none: "Unchanged:" }[p.action];
    ctx.out.print(
      `${verb} operator ${version} (release '${options.release}', namespace ${options.namespace}, revision ${revision}); controller ${image} ready.`
    );
    if (p.action === "upgrade") ctx.out.print(UPGRADE_NOTE);
    ctx.out.summary(
      [
        "### install-operator",
        "",
        "| | |",
        "|---|---|",
        `| Result | ${changed ? describe : "no changes"} |`,
        `| Chart | ${CHART_NAME} ${version} from ${options.chartRepo} |`,
        `| Release | ${options.release} in ${options.namespace}, revision ${revision} |`,
        `| Controller image | \`${image}\` |`,
        `| Cluster | Kubernetes ${serverVersion} |`,
        `| Air-gapped | ${options.airgapped ? "yes" : "no"} |`,
        "",
        ...p.action === "upgrade" ? [`> ${UPGRADE_NOTE}`, ""] : []
      ].join("\n")
    );
    return 0;
  } finally {
    await helmHome.cleanup();
    await kubeconfig.cleanup();
  }
}

export {
  DEFAULT_CHART_REPO,
  parseOptions,
  run
};
