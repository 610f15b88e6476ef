import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  EVERY_RELEASE_STATE,
  createHelmHome,
  helmChartVersions,
  helmHistory,
  helmReleaseStatus,
  helmRepoAdd,
  helmRollback,
  helmUninstall,
  helmUserValues,
  registryAuthConfig,
  writeRegistryCredentials
} from "./chunk-XUR4R4XS.js";
import {
  readInputFile
} from "./chunk-W47JOMVU.js";
import {
  KubeClient,
  KubeCommandError,
  compareVersions,
  isNotFound
} from "./chunk-PFUJ36V2.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import {
  require_semver
} from "./chunk-6RDCTTMH.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  UsageError,
  bool,
  list,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/install/controller.ts
function pickController(deployments, release) {
  const ours = deployments.filter((d) => d.metadata.annotations?.["meta.helm.sh/release-name"] === release);
  return ours.find((d) => d.metadata.name === "wandb-controller-manager") ?? ours.find((d) => d.metadata.name.endsWith("controller-manager")) ?? ours.find((d) => d.metadata.labels?.["control-plane"] === "controller-manager") ?? // The v2 chart runs the controller through its `wandb-base` subchart aliased `wandb-operator`.
  ours.find((d) => d.metadata.name === `${release}-wandb-operator`);
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
function progressLine(deployment) {
  if (!deployment) return "the controller Deployment does not exist yet";
  const s = deployment.status ?? {};
  return `deployment/${deployment.metadata.name}: ${s.updatedReplicas ?? 0} updated, ${s.availableReplicas ?? 0} available of ${deployment.spec.replicas ?? 1}`;
}
function podSelector(deployment) {
  const labels = Object.entries(deployment?.spec.selector?.matchLabels ?? {});
  return labels.length ? labels.map(([k, v]) => `${k}=${v}`).join(",") : void 0;
}
function podLine(pod) {
  const statuses = pod.status?.containerStatuses ?? [];
  const waiting = statuses.find((c) => c.state?.waiting)?.state?.waiting;
  if (waiting)
    return `${pod.metadata.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message})` : ""}`;
  const crashed = statuses.find((c) => c.lastState?.terminated)?.lastState?.terminated;
  if (crashed)
    return `${pod.metadata.name}: ${pod.status?.phase ?? "Unknown"}, last exit ${crashed.exitCode} (${crashed.reason})`;
  return `${pod.metadata.name}: ${pod.status?.phase ?? "Unknown"}`;
}
function notReadyReasons(deployment, pods, events) {
  const lines = [];
  const waiting = (p) => (p.status?.containerStatuses ?? []).some((c) => c.state?.waiting);
  for (const pod of [...pods].sort((a, b) => Number(waiting(b)) - Number(waiting(a))))
    lines.push(`pod ${podLine(pod)}`);
  for (const c of deployment?.status?.conditions ?? []) {
    if (c.status === "False")
      lines.push(
        `deployment condition ${c.type}=False: ${c.reason ?? ""}${c.message ? ` (${c.message})` : ""}`
      );
  }
  const prefix = deployment?.metadata.name;
  const seen = /* @__PURE__ */ new Set();
  for (const e of [...events].sort((a, b) => time(b).localeCompare(time(a)))) {
    if (e.type !== "Warning" || !prefix || !e.involvedObject?.name?.startsWith(prefix)) continue;
    const line = `event ${e.involvedObject.kind}/${e.involvedObject.name}: ${e.reason}: ${e.message ?? ""}`.trim();
    if (seen.has(line)) continue;
    seen.add(line);
    lines.push(line);
    if (seen.size >= 5) break;
  }
  return lines;
}
function time(e) {
  return e.lastTimestamp ?? e.eventTime ?? "";
}

// src/install/v2.ts
var V2_CHART_REF = "oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator";
function operatorLine(operatorVersion, chartRepo) {
  const asked = operatorVersion?.trim().toLowerCase().replace(/^v/, "");
  const oci = chartRepo !== void 0 && /^oci:\/\//i.test(chartRepo.trim());
  if (asked !== void 0 && asked !== "" && asked !== "1" && asked !== "2") {
    throw new UsageError(
      `'operator-version' must be v1 or v2, got '${operatorVersion}'.`,
      "Set 'operator-version' to v1 (the Helm-values operator from charts.wandb.ai, the default) or v2 (the typed apps.wandb.com/v2 operator from W&B's OCI registry); pick the chart version with 'chart-version'."
    );
  }
  if (asked === "1" && oci) {
    throw new UsageError(
      "'operator-version' is v1 but 'chart-repo' is an oci:// reference: the v1 operator chart is served from a Helm repository (charts.wandb.ai or your mirror of it).",
      "For v1, set 'chart-repo' to the Helm repository (https://...); for the OCI chart, set 'operator-version: v2'."
    );
  }
  if (asked === "2" && chartRepo !== void 0 && chartRepo.trim() !== "" && !oci) {
    throw new UsageError(
      "'operator-version' is v2 but 'chart-repo' is not an oci:// reference: W&B publishes the v2 operator chart only in an OCI registry.",
      `Leave 'chart-repo' unset for ${V2_CHART_REF}, or set it to your mirror's oci:// reference (e.g. oci://registry.example.com/wandb/charts/operator).`
    );
  }
  return asked === "2" || asked !== "1" && oci ? "v2" : "v1";
}
function ociChartSource(input) {
  const text = input.url.trim();
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    throw new UsageError(
      "'chart-repo' is not an oci:// reference.",
      `Set 'chart-repo' like ${V2_CHART_REF}.`
    );
  }
  if (parsed.protocol !== "oci:" || !parsed.host) {
    throw new UsageError(
      "'chart-repo' is not an oci:// reference.",
      `Set 'chart-repo' like ${V2_CHART_REF}.`
    );
  }
  const username = decode(parsed.username);
  const password = decode(parsed.password);
  const fromUrl = username !== "" || password !== "";
  if (fromUrl && (input.username || input.password)) {
    throw new UsageError(
      "'chart-repo' carries credentials in its URL and 'chart-repo-username' or 'chart-repo-password' is set too.",
      "Give the credentials once: remove them from 'chart-repo' (preferred: 'chart-repo-password' is a secret input) or drop the other inputs."
    );
  }
  const path = parsed.pathname.replace(/\/+$/, "");
  const last = path.split("/").pop() ?? "";
  if (/[:@]/.test(last) || parsed.search || parsed.hash) {
    throw new UsageError(
      `'chart-repo' must not carry a tag or digest (${last.replace(/^[^:@]*/, "")}): the version is its own input.`,
      "Remove the tag from 'chart-repo' and set 'chart-version' (e.g. 2.0.0-beta.6)."
    );
  }
  const chartPath = last === "operator" ? path : `${path}/operator`;
  return {
    url: `oci://${parsed.host}${chartPath}`,
    host: parsed.host,
    username: fromUrl ? username || void 0 : input.username,
    password: fromUrl ? password || void 0 : input.password,
    fromUrl
  };
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function v2ValuesFromInputs(inputs) {
  if (inputs.customCaCertFiles.length > 0 || inputs.caCertsConfigMap) {
    throw new UsageError(
      `'${inputs.customCaCertFiles.length > 0 ? "custom-ca-certs" : "ca-certs-configmap"}' sets the v1 operator chart's CA values; the v2 chart has no such values.`,
      "For v2, remove it and give the CA settings the v2 chart documents in a 'values' file (and spec.global.customCACerts / caCertsConfigMap in the apps.wandb.com/v2 CR for W&B itself)."
    );
  }
  const image = {};
  if (inputs.imageRepository) image.repository = inputs.imageRepository;
  if (inputs.imageTag) image.tag = inputs.imageTag;
  const operator = {};
  if (Object.keys(image).length > 0) operator.image = image;
  if (inputs.imagePullSecrets.length > 0)
    operator.imagePullSecrets = inputs.imagePullSecrets.map((name) => ({ name }));
  return Object.keys(operator).length > 0 ? { "wandb-operator": operator } : {};
}
function splitChart(chart) {
  const match = /^(.*)-(v?\d+\.\d+\.\d+\S*)$/.exec(chart);
  return match ? { name: match[1], version: match[2].replace(/^v/, "") } : { name: chart, version: "" };
}
function v1OperatorReleases(releases) {
  return releases.filter((r) => {
    const { name, version } = splitChart(r.chart);
    return name === "operator" && /^[01]\./.test(version);
  });
}
function refuseOverV1(found, target) {
  if (found.length === 0) return void 0;
  const same = found.find((r) => r.name === target.release && r.namespace === target.namespace);
  const named = found.map((r) => `'${r.name}' in namespace ${r.namespace} (${r.chart}, ${r.status})`).join(", ");
  const why = same ? `Release '${same.name}' in namespace ${same.namespace} runs the v1 operator chart (${same.chart}). The v2 operator is another chart from an OCI registry, not an upgrade of it: a helm upgrade in place would replace the v1 controller while the WeightsAndBiases resources still carry v1 specs.` : `The cluster runs the v1 operator: release ${named}. Installing the v2 operator beside it would leave two controllers reconciling the same WeightsAndBiases resources.`;
  return new UserError(
    `${why} Nothing was changed on the cluster.`,
    "Moving from operator v1 to v2 is a migration, not an install: follow docs/operator-v2.md (`migrate --to v2` converts the live CR to apps.wandb.com/v2 and waits through the cutover gates). When migrating by hand along W&B's guide, uninstall the v1 operator release first (helm keeps its CRD and your WeightsAndBiases resources), then run install-operator again."
  );
}
function refuseV1OverV2(previous, target) {
  if (!previous) return void 0;
  const { name, version } = splitChart(previous.chart);
  if (name !== "operator" || !/^2\./.test(version)) return void 0;
  return new UserError(
    `Release '${target.release}' in namespace ${target.namespace} runs the v2 operator chart (${previous.chart}, revision ${previous.revision}); this run would put the v1 chart in its place. Nothing was changed on the cluster.`,
    "Set 'operator-version: v2' (with the v2 chart's oci:// 'chart-repo' if you use a mirror) to manage this release. Going back from v2 to v1 is not a chart downgrade."
  );
}

// src/install/cluster-v2.ts
var import_yaml = __toESM(require_dist(), 1);

// src/install/cert-manager.ts
var CERT_MANAGER_CRDS = [
  "certificates.cert-manager.io",
  "issuers.cert-manager.io",
  "clusterissuers.cert-manager.io"
];
var WEBHOOK_SELECTOR = "app.kubernetes.io/name=webhook,app.kubernetes.io/component=webhook";
var CERT_MANAGER_VERSION = "v1.19.1";
function installCertManagerCommands(version = CERT_MANAGER_VERSION) {
  return [
    `helm install cert-manager oci://quay.io/jetstack/charts/cert-manager --version ${version} \\`,
    "  --namespace cert-manager --create-namespace --set crds.enabled=true --wait"
  ].join("\n");
}
function isCertManagerWebhook(d) {
  const labels = d.metadata.labels ?? {};
  const images = d.spec.template.spec.containers.map((c) => c.image);
  return d.metadata.name.includes("cert-manager") || (labels["helm.sh/chart"] ?? "").startsWith("cert-manager") || images.some((image) => /cert-manager-webhook/.test(image));
}
function available(d) {
  const condition = (d.status?.conditions ?? []).find((c) => c.type === "Available");
  return condition?.status === "True" && (d.status?.availableReplicas ?? 0) >= 1;
}
function established(crd) {
  return (crd.status?.conditions ?? []).some((c) => c.type === "Established" && c.status === "True");
}
function checkCertManager(facts) {
  const found = new Map(facts.crds.map((crd) => [crd.metadata.name, crd]));
  const missing = CERT_MANAGER_CRDS.filter((name) => !found.get(name) || !established(found.get(name)));
  const webhooks = facts.webhooks.filter(isCertManagerWebhook);
  const ready = webhooks.find(available);
  const where = (d) => `${d.metadata.namespace ?? "?"}/${d.metadata.name}`;
  const install = `Install cert-manager with its CRDs before the v2 operator (W&B's guide asks for it first), e.g.:
${installCertManagerCommands()}
then run install-operator again.`;
  if (missing.length > 0) {
    const none = missing.length === CERT_MANAGER_CRDS.length;
    return {
      ok: false,
      missing: [...missing],
      what: none ? `cert-manager is not installed: its CRDs (${CERT_MANAGER_CRDS.join(", ")}) are not on the cluster. The v2 operator chart creates a cert-manager Certificate and Issuer for its webhooks, so helm would fail with 'no matches for kind "Certificate"'.` : `cert-manager is incomplete: the CRD${missing.length > 1 ? "s" : ""} ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing or not established. The v2 operator chart needs cert-manager's Certificate and Issuer kinds.`,
      fix: install
    };
  }
  if (!ready) {
    const seen = webhooks.map((d) => {
      const s = d.status ?? {};
      return `${where(d)} (${s.availableReplicas ?? 0} of ${d.spec.replicas ?? 1} available)`;
    });
    return {
      ok: false,
      missing: ["webhook"],
      what: seen.length ? `cert-manager's webhook is not ready: ${seen.join(", ")}. The API server calls it to admit the Certificate and Issuer the v2 operator chart creates, so the install would fail.` : `cert-manager's CRDs are installed but its webhook Deployment was not found in any namespace (labels ${WEBHOOK_SELECTOR}). The API server calls the webhook to admit the Certificate and Issuer the v2 operator chart creates.`,
      fix: seen.length ? `Find why the webhook pods are not ready (kubectl -n ${webhooks[0].metadata.namespace ?? "cert-manager"} describe deployment ${webhooks[0].metadata.name}; kubectl get events), wait until it is Available (cmctl check api), then run install-operator again.` : `cert-manager's controller and webhook are missing while its CRDs remain (a partial install or uninstall). ${install}`
    };
  }
  return { ok: true, line: `cert-manager: CRDs established, webhook ${where(ready)} ready` };
}

// src/install/failure.ts
var UNREACHABLE = /connection refused|was refused|connection reset|no such host|i\/o timeout|network is unreachable|Client\.Timeout|context deadline exceeded|EOF|server misbehaving|Unable to connect/i;
var TLS = /x509|certificate|tls:|handshake/i;
var FORBIDDEN_RBAC = /forbidden:? .*cannot [a-z]+ resource|is forbidden|\(Forbidden\)/i;
function hostsIn(text) {
  return [...text.matchAll(/https?:\/\/([^/\s"']+)/gi)].map((m) => m[1].toLowerCase());
}
function aboutRepository(text, repoHost) {
  const host = repoHost.toLowerCase();
  if (hostsIn(text).some((h) => h === host || h.replace(/:(80|443)$/, "") === host)) return true;
  return /index\.yaml|is not a valid chart repository|failed to fetch|\.tgz|looks like .* is not a valid chart/i.test(
    text
  );
}
function explainFailure(text, context) {
  const repo = context.chartRepo;
  const chartNotFound = /chart "[^"]+"( version "[^"]+")? not found|no chart version found|no chart name found/i.exec(text);
  if (chartNotFound) {
    return {
      cause: "chart-repository",
      what: `The chart repository ${repo} has no such chart or version (${chartNotFound[0]}).`,
      fix: "Check 'chart-version' against the versions the repository lists (helm search repo --versions), and that 'chart-repo' serves the W&B operator chart."
    };
  }
  if (context.stage === "chart-repository" || aboutRepository(text, context.repoHost)) {
    if (/\b401\b|Unauthorized/i.test(text)) {
      return {
        cause: "chart-repository",
        what: `The chart repository ${repo} refused the credentials (401 Unauthorized).`,
        fix: "Check 'chart-repo-username' and 'chart-repo-password' (CLI: CHART_REPO_PASSWORD)."
      };
    }
    if (/\b403\b|Forbidden/i.test(text)) {
      return {
        cause: "chart-repository",
        what: `The chart repository ${repo} forbids this user (403 Forbidden).`,
        fix: "Give the chart repository user read access to the operator chart."
      };
    }
    if (TLS.test(text)) {
      return {
        cause: "chart-repository",
        what: `The chart repository ${repo} presents a TLS certificate that is not trusted.`,
        fix: "Set 'chart-repo-ca-file' to the PEM file of the CA that signed the repository's certificate."
      };
    }
    if (/\b404\b|not found/i.test(text)) {
      return {
        cause: "chart-repository",
        what: `The chart repository ${repo} serves no index.yaml (404 Not Found): it is not a Helm repository at that URL.`,
        fix: "Set 'chart-repo' to the repository's base URL (the one that serves index.yaml)."
      };
    }
    if (UNREACHABLE.test(text) || context.stage === "chart-repository") {
      return {
        cause: "chart-repository",
        what: `The chart repository ${repo} cannot be reached.`,
        fix: "Check 'chart-repo' (host and port) and that the runner can reach it (network, proxy: HTTPS_PROXY/NO_PROXY)."
      };
    }
  }
  const crdConflict = /failed to install CRD (\S+): conflict.*?conflict with "([^"]+)"/s.exec(text);
  if (crdConflict) {
    return {
      cause: "api-server",
      what: `helm could not apply the chart's CRD (${crdConflict[1]}): its fields are owned by another field manager ("${crdConflict[2]}"), which applied different content.`,
      fix: `Find what manages the CRD ("${crdConflict[2]}") and settle its ownership (e.g. kubectl apply --server-side --force-conflicts with the chart's CRD once it is the one to keep). Never delete the CRD to get past this: that deletes every resource of its kind.`
    };
  }
  const noKind = /no matches for kind "([^"]+)" in version "([^"]+)"/.exec(text);
  if (noKind) {
    const certManager = noKind[2].startsWith("cert-manager.io/");
    return {
      cause: "api-server",
      what: `The cluster does not know the kind ${noKind[1]} (${noKind[2]}) the chart creates: the CRD that defines it is not installed.`,
      fix: certManager ? "Install cert-manager (with its CRDs) before the operator, then run install-operator again." : `Install the CRD for ${noKind[1]} first, then run install-operator again.`
    };
  }
  if (FORBIDDEN_RBAC.test(text)) {
    return {
      cause: "permissions",
      what: "The kubeconfig's identity is not allowed to do what the operator install needs (RBAC).",
      fix: "Use credentials with cluster-admin rights for the operator install (it creates a CRD, ClusterRoles and bindings), or grant the verbs named above."
    };
  }
  if (/You must be logged in|Unauthorized|\b401\b/i.test(text)) {
    return {
      cause: "api-server",
      what: "The Kubernetes API server refused the kubeconfig's credentials (401 Unauthorized).",
      fix: "Check the kubeconfig's user (token or client certificate): it may have expired."
    };
  }
  if (TLS.test(text)) {
    return {
      cause: "api-server",
      what: "The Kubernetes API server's TLS certificate is not trusted by the kubeconfig (or the kubeconfig's client certificate is refused).",
      fix: "Check the kubeconfig's certificate-authority-data and server address (the certificate must name that host)."
    };
  }
  if (UNREACHABLE.test(text)) {
    return {
      cause: "api-server",
      what: "The Kubernetes API server cannot be reached.",
      fix: "Check the kubeconfig, the context and that the cluster is up and reachable from the runner."
    };
  }
  return void 0;
}
function tail(text, lines = 6) {
  return text.trim().split("\n").slice(-lines).join("\n");
}

// src/install/cluster-v2.ts
var UNCHANGED = "Nothing was changed on the cluster.";
function registryTls(options) {
  return [
    ...options.chartRepoCaFile ? ["--ca-file", options.chartRepoCaFile] : [],
    ...options.chartRepoPlainHttp ? ["--plain-http"] : []
  ];
}
function registryError(error, options, doing) {
  if (!(error instanceof KubeCommandError) || error.result.timedOut) return error;
  const text = error.result.stderr.trim() || error.result.stdout.trim();
  const ref = options.repo.url;
  if (/server gave HTTP response to HTTPS client/i.test(text)) {
    return new UserError(
      `The OCI registry of ${ref} speaks plain HTTP, and helm spoke HTTPS to it (${doing}). ${UNCHANGED}
${tail(text, 3)}`,
      "Set 'chart-repo-plain-http: true' (CLI: --chart-repo-plain-http) for a registry without TLS, or serve it over HTTPS (then 'chart-repo-ca-file' for an internal CA)."
    );
  }
  if (/\bnot found\b|manifest unknown|name unknown|no matching tags|could not locate a version/i.test(text)) {
    return new UserError(
      `The OCI registry has no chart ${ref}${options.chartVersion ? ` version ${options.chartVersion}` : ""} (${doing}). ${UNCHANGED}
${tail(text, 3)}`,
      `Check 'chart-repo' (the chart's oci:// reference, e.g. oci://registry.example.com/wandb/charts/operator) and 'chart-version' against the tags your registry holds (W&B's newest v2 release we know of is 2.0.0-beta.6).`
    );
  }
  const why = explainFailure(text, {
    stage: "chart-repository",
    chartRepo: ref,
    repoHost: options.repo.host
  });
  if (!why) return error;
  const what = why.what.replace(/^The chart repository/, "The OCI registry of");
  const fix = why.fix.includes("index.yaml") || why.fix.includes("helm search repo") ? `Check 'chart-repo': it must be the oci:// reference of the W&B operator v2 chart.` : why.fix;
  return new UserError(`${what} ${UNCHANGED}
${tail(text)}`, fix);
}
async function registryLogin(client, options) {
  const { username, password, host } = options.repo;
  if (!username && !password) return;
  if (!username || !password) {
    throw new UserError(
      `The OCI registry ${host} needs both a username and a password; only the ${username ? "username" : "password"} is set. ${UNCHANGED}`,
      "Set both 'chart-repo-username' and 'chart-repo-password' (CLI: CHART_REPO_PASSWORD), or neither for a public registry."
    );
  }
  if (username.includes(":")) {
    throw new UserError(
      `The username for the OCI registry ${host} contains ':', which HTTP Basic authentication cannot carry. ${UNCHANGED}`,
      "Check 'chart-repo-username'."
    );
  }
  const path = client.options.env?.HELM_REGISTRY_CONFIG;
  if (!path) throw new Error("internal: the helm client has no private registry config (createHelmHome)");
  await writeRegistryCredentials(path, host, username, password);
}
function registryAuthSecret(options) {
  const { username, password, host } = options.repo;
  return username && password ? registryAuthConfig(host, username, password).auth : void 0;
}
async function resolveOciChartVersion(client, options) {
  await registryLogin(client, options);
  const ref = options.repo.url;
  let text;
  try {
    const shown = await client.helm([
      "show",
      "chart",
      ref,
      ...options.chartVersion ? ["--version", options.chartVersion] : ["--devel"],
      ...registryTls(options)
    ]);
    text = shown.stdout;
  } catch (error) {
    throw registryError(error, options, `helm show chart ${ref}`);
  }
  const chart = (0, import_yaml.parse)(text) ?? {};
  if (chart.name !== "operator" || !chart.version) {
    throw new UserError(
      `${ref} holds the chart '${chart.name ?? "?"}' ${chart.version ?? ""}, not W&B's operator chart. ${UNCHANGED}`,
      "Set 'chart-repo' to the oci:// reference of the W&B operator v2 chart (its chart name is operator)."
    );
  }
  if (!/^2\./.test(chart.version)) {
    throw new UserError(
      `${ref} version ${chart.version} is not an operator v2 chart (v2 charts are 2.x). ${UNCHANGED}`,
      "For operator v2, set 'chart-version' to a 2.x version (e.g. 2.0.0-beta.6); for the v1 operator, set 'operator-version: v1' and a Helm repository as 'chart-repo'."
    );
  }
  return {
    version: chart.version,
    note: `from ${ref}${options.chartVersion ? "" : " (newest tag, pre-releases included: v2 has no GA release yet)"}`
  };
}
async function readCertManager(client) {
  const [crds, webhooks] = await Promise.all([
    client.kubectl(["get", "crd", ...CERT_MANAGER_CRDS, "--ignore-not-found", "-o", "json"]).then((r) => {
      const parsed = r.stdout.trim() ? JSON.parse(r.stdout) : void 0;
      if (!parsed) return [];
      return parsed.items ?? [parsed];
    }),
    client.getJson(["deployments", "-A", "-l", WEBHOOK_SELECTOR]).then((list3) => list3?.items ?? [])
  ]);
  return { crds, webhooks };
}
async function listAllReleases(client) {
  const result = await client.helm(["list", "-A", ...EVERY_RELEASE_STATE, "--max", "10000", "-o", "json"]);
  return JSON.parse(result.stdout || "[]");
}
async function preflightV2(client, options, ctx) {
  const [certManager, releases] = await Promise.all([readCertManager(client), listAllReleases(client)]);
  const check = checkCertManager(certManager);
  if (!check.ok) throw new UserError(`${check.what} ${UNCHANGED}`, check.fix);
  ctx.out.info(check.line);
  const refusal = refuseOverV1(v1OperatorReleases(releases), options);
  if (refusal) throw refusal;
  ctx.out.info("operator v1: no release of the v1 operator chart on the cluster");
  return check.line;
}

// src/install/plan.ts
var import_semver = __toESM(require_semver(), 1);

// src/install/values.ts
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
function leafPaths(values, path = "") {
  if (isPlainObject(values) && Object.keys(values).length > 0) {
    return Object.keys(values).sort().flatMap((k) => leafPaths(values[k], path ? `${path}.${k}` : k));
  }
  return path ? [path] : [];
}
function isSetAt(values, path) {
  let here = values;
  for (const key of path.split(".")) {
    if (!isPlainObject(here) || !(key in here)) return false;
    here = here[key];
    if (!isPlainObject(here)) return true;
  }
  return true;
}

// src/install/plan.ts
function planInstall(input) {
  const { previous, previousValues, version } = input;
  const given = mergeValues(input.files, input.inputs);
  const values = mergeValues(previousValues, given);
  if (!previous) {
    return { action: "install", version, values, changed: leafPaths(values), kept: [], hadValues: false };
  }
  const kept = leafPaths(previousValues).filter((path) => !isSetAt(given, path));
  const changed = changedPaths(previousValues, values);
  const hadValues = Object.keys(previousValues).length > 0;
  const base = { version, values, changed, kept, hadValues, previous };
  if (isDowngrade(previous.chartVersion, version)) {
    if (!input.allowDowngrade) {
      throw new UsageError(
        `This is a downgrade: release at operator chart ${previous.chartVersion} (revision ${previous.revision}), and ${version} was asked for. Nothing was changed.`,
        `Set 'allow-downgrade: true' (CLI: --allow-downgrade) if you mean to go back, after checking that the older controller reads the CRs this cluster holds; otherwise set 'chart-version' to ${previous.chartVersion} or newer.`
      );
    }
    return { ...base, action: "downgrade" };
  }
  if (previous.chartVersion !== version) return { ...base, action: "upgrade" };
  if (previous.status !== "deployed" || canonicalJson(previousValues) !== canonicalJson(values)) {
    return { ...base, action: "reconfigure" };
  }
  return { ...base, action: "none", changed: [] };
}
function isDowngrade(from2, to) {
  const a = import_semver.default.parse(from2, true) ?? import_semver.default.coerce(from2);
  const b = import_semver.default.parse(to, true) ?? import_semver.default.coerce(to);
  if (!a || !b) return false;
  return import_semver.default.lt(b, a);
}
function undoFor(before, history, made = {}) {
  const latest = [...history].sort((a, b) => b.revision - a.revision)[0];
  if (made.otherOperation) {
    return {
      kind: "none",
      reason: "helm refused the change because another operation on the release is in progress"
    };
  }
  if (made.revision !== void 0 && latest && latest.revision !== made.revision) {
    return {
      kind: "stuck",
      reason: `the release changed after this run's revision ${made.revision} (now revision ${latest.revision}): another run is at work`
    };
  }
  if (!latest) {
    return before ? { kind: "stuck", reason: "the release history cannot be read" } : { kind: "none", reason: "helm recorded no release" };
  }
  if (before && latest.revision <= before.revision) {
    return {
      kind: "none",
      reason: `helm recorded no new revision (the release is still at revision ${before.revision})`
    };
  }
  if (!before) return { kind: "uninstall" };
  const worked = (entry) => entry.status === "deployed" || entry.status === "superseded";
  const target = history.find((entry) => entry.revision === before.revision && before.status === "deployed") ?? [...history].filter((entry) => entry.revision < latest.revision && worked(entry)).sort((a, b) => b.revision - a.revision)[0];
  if (!target) return { kind: "stuck", reason: "no earlier revision of the release was ever deployed" };
  return { kind: "rollback", revision: target.revision, chart: target.chart };
}
function rollbackReserveMs(timeoutSeconds) {
  return Math.min(6e4, Math.max(4e3, Math.round(timeoutSeconds * 1e3 / 4)));
}
var MIN_TIMEOUT_SECONDS = 10;

// src/install/summary.ts
var CHART_NAME = "operator";
var UPGRADE_NOTE = "Upgrading the operator does not upgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).";
var DOWNGRADE_NOTE = "Downgrading the operator does not downgrade W&B Server: the server version is set in the WeightsAndBiases CR (apply-cr).";
function versionNote(plan) {
  if (plan.action === "upgrade") return UPGRADE_NOTE;
  if (plan.action === "downgrade") return DOWNGRADE_NOTE;
  return void 0;
}
function list2(paths, max = 8) {
  return paths.length <= max ? paths.join(", ") : `${paths.slice(0, max).join(", ")} and ${paths.length - max} more`;
}
function from(plan) {
  const p = plan.previous;
  return p ? `${p.chartVersion} (revision ${p.revision}, ${p.status})` : "";
}
function describePlan(plan, where) {
  const changed = plan.changed.length ? `values changed: ${list2(plan.changed)}` : "values unchanged";
  switch (plan.action) {
    case "install":
      return `install ${CHART_NAME} ${plan.version} as release '${where.release}' in namespace ${where.namespace}`;
    case "upgrade":
      return `upgrade ${CHART_NAME} ${from(plan)} to ${plan.version}; ${changed}`;
    case "downgrade":
      return `downgrade ${CHART_NAME} ${from(plan)} to ${plan.version} (allow-downgrade); ${changed}`;
    case "reconfigure":
      return `update release '${where.release}' (${CHART_NAME} ${from(plan)}); ${changed}`;
    case "none":
      return `no changes: release '${where.release}' already runs ${CHART_NAME} ${plan.version} with these values (revision ${plan.previous?.revision})`;
  }
}
function directionLine(plan) {
  if (plan.action !== "upgrade" && plan.action !== "downgrade") return void 0;
  const verb = plan.action === "upgrade" ? "Upgrading" : "Downgrading";
  const kept = plan.kept.length ? "; earlier values are kept." : ".";
  return `${verb} the operator chart ${plan.previous?.chartVersion} \u2192 ${plan.version}${kept}`;
}
function valuesLine(plan) {
  if (!plan.previous) return plan.changed.length ? `set: ${list2(plan.changed)}` : "chart defaults";
  const kept = plan.kept.length ? `earlier values kept (from revision ${plan.previous.revision}): ${list2(plan.kept)}` : plan.hadValues ? "every earlier value is given again by this run" : "no earlier values";
  return plan.changed.length ? `${kept}; changed: ${list2(plan.changed)}` : kept;
}
var VERB = {
  install: "Installed",
  upgrade: "Upgraded",
  downgrade: "Downgraded",
  reconfigure: "Updated",
  none: "Unchanged:"
};
function resultLine(plan, where, revision, image) {
  return `${VERB[plan.action]} operator ${plan.version} (release '${where.release}', namespace ${where.namespace}, revision ${revision}); controller ${image} ready.`;
}
function table(rows) {
  return [
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, "\\|").replace(/\n/g, "<br>")} |`)
  ];
}
function successSummary(f) {
  const changed = f.plan.action !== "none";
  return [
    "### install-operator",
    "",
    ...table([
      ["Result", changed ? describePlan(f.plan, f.where) : "no changes"],
      ["Chart", `${CHART_NAME} ${f.plan.version} from ${f.where.chartRepo}`],
      ["Release", `${f.where.release} in ${f.where.namespace}, revision ${f.revision}`],
      ["Values", valuesLine(f.plan)],
      ["Controller image", `\`${f.image}\``],
      ["Cluster", `Kubernetes ${f.serverVersion}`],
      ...f.operator === "v2" ? [
        ["Operator", "v2 (apps.wandb.com/v2), OCI chart"],
        ["cert-manager", (f.certManager ?? "").replace(/^cert-manager: /, "")]
      ] : [],
      ["Air-gapped", f.airgapped ? "yes" : "no"]
    ]),
    "",
    ...versionNote(f.plan) ? [`> ${versionNote(f.plan)}`, ""] : []
  ].join("\n");
}
function dryRunSummary(plan, where) {
  return [
    "### install-operator (dry run)",
    "",
    `Would ${plan.action === "none" ? "change nothing" : describePlan(plan, where)}.`,
    "",
    ...plan.previous ? [`Values: ${valuesLine(plan)}`, ""] : []
  ].join("\n");
}
function failureSummary(f) {
  return [
    "### install-operator: failed",
    "",
    ...table([
      ["Tried", describePlan(f.plan, f.where)],
      ["Why", f.why],
      ["State left", f.state]
    ]),
    "",
    ...f.reasons.length ? ["```", ...f.reasons, "```", ""] : []
  ].join("\n");
}

// src/install/cluster.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var REPO_NAME = "wandb-operator-actions";
function explained(error, options, stage, state) {
  if (!(error instanceof KubeCommandError) || error.result.timedOut) return error;
  const text = error.result.stderr.trim() || error.result.stdout.trim();
  const why = explainFailure(text, { stage, chartRepo: options.repo.url, repoHost: options.repo.host });
  if (!why) return error;
  return new UserError(`${why.what}${state ? ` ${state}` : ""}
${tail(text)}`, why.fix);
}
async function resolveTools(options, ctx) {
  return ctx.out.group("Tools", async () => {
    const log = (message) => ctx.out.info(message);
    const get = async (tool, given, version) => {
      if (given) {
        log(`${tool}: using ${given}`);
        return given;
      }
      const { installTool } = await import("./install-FNURYMW6.js");
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
    const [server, helmVersion] = await Promise.all([
      client.serverVersion().catch((error) => {
        const why = explainFailure(errorMessage(error), {
          stage: "cluster",
          chartRepo: options.repo.url,
          repoHost: options.repo.host
        });
        if (why?.cause !== "api-server") throw error;
        const detail = errorMessage(error).replace(/^The cluster is not reachable: /, "");
        throw new UserError(`${why.what} Nothing was changed on the cluster.
${tail(detail)}`, why.fix);
      }),
      client.helmVersion()
    ]);
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
    if (options.caCertsConfigMap) await checkCaConfigMap(client, options);
    const certManager = options.operator === "v2" ? await preflightV2(client, options, ctx) : void 0;
    return { serverVersion: server.gitVersion, certManager };
  });
}
async function checkCaConfigMap(client, options) {
  const name = options.caCertsConfigMap;
  const cm = await client.getJson([
    "configmap",
    name,
    "-n",
    options.namespace
  ]);
  if (!cm) {
    throw new UserError(
      `The ConfigMap '${name}' ('ca-certs-configmap') does not exist in namespace ${options.namespace}. Nothing was installed.`,
      "Create it in the operator namespace first, with one key per certificate ending in .crt."
    );
  }
  const keys = Object.keys(cm.data ?? {});
  const bad = keys.filter((key) => !key.endsWith(".crt"));
  if (bad.length > 0 || keys.length === 0) {
    throw new UserError(
      `The ConfigMap '${name}' ('ca-certs-configmap') must hold certificates under keys ending in .crt${bad.length ? `; these do not: ${bad.join(", ")}` : ""}.`,
      "Rename the keys to end in .crt (the operator mounts them as files in /certs)."
    );
  }
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
  if (options.operator === "v2") {
    checks.push(
      { verb: "create", resource: "certificates", group: "cert-manager.io", namespace: ns },
      { verb: "create", resource: "issuers", group: "cert-manager.io", namespace: ns }
    );
  }
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
  ctx.out.info(`permissions: ok (namespace ${ns} ${namespaceExists ? "exists" : "will be created"})`);
}
async function addChartRepo(client, options) {
  if (options.operator === "v2") return registryLogin(client, options);
  try {
    await helmRepoAdd(client, REPO_NAME, options.repo.url, {
      username: options.repo.username,
      password: options.repo.password,
      caFile: options.chartRepoCaFile
    });
  } catch (error) {
    throw explained(error, options, "chart-repository", "Nothing was changed on the cluster.");
  }
}
async function resolveChartVersion(client, options) {
  if (options.operator === "v2") return resolveOciChartVersion(client, options);
  await addChartRepo(client, options);
  const versions = await helmChartVersions(client, `${REPO_NAME}/${CHART_NAME}`);
  const repo = options.repo.url;
  if (versions.length === 0) {
    throw new UserError(
      `The chart repository ${repo} has no '${CHART_NAME}' chart. Nothing was changed on the cluster.`,
      "Check 'chart-repo': it must serve the W&B operator chart."
    );
  }
  const version = options.chartVersion ?? versions[0].version;
  if (!versions.some((v) => v.version === version)) {
    throw new UserError(
      `The chart repository ${repo} has no '${CHART_NAME}' chart version ${version} (it has ${versions.slice(0, 8).map((v) => v.version).join(", ")}). Nothing was changed on the cluster.`,
      "Check 'chart-version'."
    );
  }
  return { version, note: `from ${repo}${options.chartVersion ? "" : " (newest)"}` };
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
async function findController(client, options) {
  return pickController(
    await client.listJson("deployments", { namespace: options.namespace }),
    options.release
  );
}
var ControllerNotReady = class extends UserError {
  constructor(message, reasons) {
    super(
      message,
      "Check that the controller image can be pulled (image-repository, image-tag, image-pull-secrets) and the pods' events; raise 'timeout' for slow clusters."
    );
    this.reasons = reasons;
    this.name = "ControllerNotReady";
  }
  reasons;
};
function reportReady(deployment, ctx) {
  ctx.out.info(`deployment/${deployment.metadata.name}: ready (${controllerImage(deployment)})`);
  return deployment;
}
async function waitForController(client, options, until, ctx, title = "Waiting for the controller") {
  return ctx.out.group(title, async () => {
    const started = Date.now();
    let lastLine = "";
    let lastPrinted = 0;
    for (; ; ) {
      const deployment = await findController(client, options);
      if (deployment && rolledOut(deployment)) return reportReady(deployment, ctx);
      const line = progressLine(deployment);
      if (line !== lastLine || Date.now() - lastPrinted > 15e3) {
        ctx.out.info(`waiting: ${line}`);
        lastLine = line;
        lastPrinted = Date.now();
      }
      if (Date.now() + 1500 > until) {
        const reasons = await whyNotReady(client, options, deployment).catch(() => []);
        const waited = Math.round((Date.now() - started) / 1e3);
        throw new ControllerNotReady(
          `The operator controller was not ready within the ${options.timeoutSeconds} s timeout (waited ${waited} s for the rollout; the rest is kept for the rollback): ${line}.${reasons.length ? `
Why:
  ${reasons.join("\n  ")}` : ""}`,
          reasons
        );
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  });
}
async function whyNotReady(client, options, deployment) {
  const selector = podSelector(deployment);
  const [pods, events] = await Promise.all([
    selector ? client.listJson("pods", { namespace: options.namespace, selector }) : [],
    client.listJson("events", { namespace: options.namespace }).catch(() => [])
  ]);
  return notReadyReasons(deployment, pods, events);
}
async function applyChart(client, options, plan, until, ctx, describe) {
  return ctx.out.group(`helm upgrade --install ${options.release}`, async () => {
    ctx.out.info(describe);
    const dir = await mkdtemp(join(ctx.env.RUNNER_TEMP || tmpdir(), "wandb-operator-values-"));
    try {
      const valuesFile = join(dir, "values.json");
      await writeFile(valuesFile, JSON.stringify(plan.values, null, 2), { mode: 384 });
      const seconds = Math.max(1, Math.floor((until - Date.now()) / 1e3));
      const result = await client.helm(
        [
          "upgrade",
          "--install",
          options.release,
          // v2: the OCI reference itself (the login is in the run's helm home).
          ...options.operator === "v2" ? [options.repo.url, ...registryTls(options)] : [`${REPO_NAME}/${CHART_NAME}`],
          "--version",
          plan.version,
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
        ],
        { timeoutMs: Math.max(1e3, until - Date.now()) }
      );
      return JSON.parse(result.stdout).version;
    } catch (error) {
      throw explained(error, options, "cluster", "");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
async function undoChange(client, options, plan, deadline, ctx, made) {
  const { release, namespace } = options;
  const seconds = () => Math.max(1, (deadline - Date.now()) / 1e3);
  return ctx.out.group("Undoing the failed change", async () => {
    let history;
    try {
      history = await helmHistory(client, release, namespace);
    } catch (error) {
      return {
        kind: "unknown",
        undone: false,
        state: `The release history could not be read to undo the change (${errorMessage(error)}): release '${release}' may be left at the failed revision. See 'helm history ${release} -n ${namespace}'.`
      };
    }
    const undo = undoFor(plan.previous, history, made);
    const latest = history[history.length - 1];
    try {
      switch (undo.kind) {
        case "none":
          ctx.out.info(`nothing to undo: ${undo.reason}`);
          return { kind: undo.kind, undone: true, state: `Nothing was changed: ${undo.reason}.` };
        case "stuck":
          return {
            kind: undo.kind,
            undone: false,
            state: `The change could not be undone: ${undo.reason}. Release '${release}' is left at revision ${latest?.revision} (${latest?.status}).`
          };
        case "uninstall":
          ctx.out.info(`helm uninstall ${release} (the first install failed)`);
          await helmUninstall(client, release, namespace, seconds());
          return {
            kind: undo.kind,
            undone: true,
            state: `The failed first install was removed (helm uninstall): no release '${release}' is left in namespace ${namespace}. The namespace and the operator CRD (Helm never deletes CRDs) are kept.`
          };
        case "rollback": {
          ctx.out.info(`helm rollback ${release} ${undo.revision} (${undo.chart})`);
          await helmRollback(client, release, namespace, undo.revision, seconds());
          const now = await helmReleaseStatus(client, release, namespace);
          const ready = await waitForController(
            client,
            options,
            deadline,
            ctx,
            "Waiting for the previous controller"
          ).then(() => "its controller is ready again").catch(() => "its controller was not ready again before the timeout");
          return {
            kind: undo.kind,
            undone: true,
            state: `Rolled back: release '${release}' runs revision ${undo.revision}'s chart and values again (${undo.chart}; now revision ${now?.revision}, ${now?.status}), and ${ready}.`
          };
        }
      }
    } catch (error) {
      return {
        kind: undo.kind,
        undone: false,
        state: `Undoing the change failed too (${errorMessage(error).split("\n")[0]}): release '${release}' is left as helm recorded it (revision ${latest?.revision}, ${latest?.status}). See 'helm history ${release} -n ${namespace}'.`
      };
    }
  });
}

// src/install/options.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { isAbsolute, resolve } from "node:path";

// src/install/chart-repo.ts
function urlSecrets(url) {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(url.trim());
  if (!match) return [];
  const userinfo = match[1];
  const colon = userinfo.indexOf(":");
  const parts = colon >= 0 ? [userinfo, userinfo.slice(colon + 1)] : [userinfo];
  return [...parts, ...parts.map(safeDecode)].filter((p) => p !== "");
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function chartRepoSource(input) {
  let parsed;
  try {
    parsed = new URL(input.url.trim());
  } catch {
    throw new UsageError(
      "'chart-repo' is not a URL.",
      "Set 'chart-repo' to the Helm repository's base URL, e.g. https://charts.wandb.ai."
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new UsageError(
      `'chart-repo' must be an http(s) Helm repository URL, not ${parsed.protocol.replace(/:$/, "")}://.`,
      "Set 'chart-repo' to the Helm repository's base URL (the one that serves index.yaml)."
    );
  }
  const urlUser = safeDecode(parsed.username);
  const urlPassword = safeDecode(parsed.password);
  const fromUrl = urlUser !== "" || urlPassword !== "";
  if (fromUrl && (input.username || input.password)) {
    throw new UsageError(
      "'chart-repo' carries credentials in its URL and 'chart-repo-username' or 'chart-repo-password' is set too.",
      "Give the credentials once: remove them from 'chart-repo' (preferred: 'chart-repo-password' is a secret input) or drop the other inputs."
    );
  }
  parsed.username = "";
  parsed.password = "";
  const url = parsed.toString().replace(/\/+$/, "");
  return {
    url,
    host: parsed.host,
    username: fromUrl ? urlUser || void 0 : input.username,
    password: fromUrl ? urlPassword || void 0 : input.password,
    fromUrl
  };
}

// src/install/airgap.ts
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
      inputs.v2 ? "Set 'chart-repo' to the oci:// reference of the W&B operator v2 chart in your internal registry (e.g. oci://registry.example.com/wandb/charts/operator)." : "Set 'chart-repo' to your internal Helm repository that mirrors the W&B operator chart."
    );
  }
  if (!inputs.imageRepository) {
    throw new UserError(
      "Air-gapped install: 'image-repository' is required (the controller image in your internal registry).",
      `Set 'image-repository' (e.g. registry.example.com/wandb/${inputs.v2 ? "operator" : "controller"}) and 'image-tag'.`
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
      `Set 'image-tag' to the controller version mirrored in your registry (e.g. ${inputs.v2 ? "2.0.0-beta.6" : "1.21.3"}).`
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

// src/install/options.ts
var DEFAULT_CHART_REPO = "https://charts.wandb.ai";
function parseOptions(raw, ctx) {
  const givenRepo = str(raw, "chart-repo");
  for (const secret of urlSecrets(givenRepo ?? "")) ctx.redactor.add(secret);
  const operator = operatorLine(str(raw, "operator-version"), givenRepo);
  const chartRepoInput = givenRepo ?? (operator === "v2" ? V2_CHART_REF : DEFAULT_CHART_REPO);
  const path = (p) => isAbsolute(p) ? p : resolve(ctx.cwd, p);
  const optionalPath = (name) => {
    const value = str(raw, name);
    return value ? path(value) : void 0;
  };
  const min = str(raw, "min-kubernetes-version") ?? "1.28";
  if (!/^v?\d+\.\d+(\.\d+)?$/.test(min)) {
    throw new UserError(`'min-kubernetes-version' must look like 1.28, got '${min}'.`);
  }
  const timeoutSeconds = num(raw, "timeout") ?? 600;
  if (!(timeoutSeconds >= MIN_TIMEOUT_SECONDS)) {
    throw new UsageError(
      `'timeout' must be at least ${MIN_TIMEOUT_SECONDS} seconds, got ${timeoutSeconds}: it covers the rollout and, when that fails, the rollback.`,
      `Set 'timeout' to ${MIN_TIMEOUT_SECONDS} or more (default 600).`
    );
  }
  const repoInput = {
    url: chartRepoInput,
    username: str(raw, "chart-repo-username"),
    password: str(raw, "chart-repo-password")
  };
  const repo = operator === "v2" ? ociChartSource(repoInput) : chartRepoSource(repoInput);
  return {
    operator,
    kubeconfigContent: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: optionalPath("kubectl-path"),
    helmPath: optionalPath("helm-path"),
    timeoutSeconds,
    namespace: str(raw, "namespace") ?? "wandb-cr",
    release: str(raw, "release") ?? "operator",
    repo,
    chartRepoCaFile: optionalPath("chart-repo-ca-file"),
    chartRepoPlainHttp: bool(raw, "chart-repo-plain-http"),
    chartVersion: str(raw, "chart-version")?.replace(/^v/, ""),
    allowDowngrade: bool(raw, "allow-downgrade"),
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
function checkInputsAirgapped(options, files) {
  if (!options.airgapped) return;
  const v2 = options.operator === "v2";
  checkAirgapped({
    chartRepo: options.repo.url,
    chartRepoIsDefault: options.repo.url === (v2 ? V2_CHART_REF : DEFAULT_CHART_REPO),
    v2,
    imageRepository: options.imageRepository,
    imageTag: options.imageTag,
    toolsMirror: options.toolsMirror,
    helmPath: options.helmPath,
    kubectlPath: options.kubectlPath
  });
  for (const { path, repository } of imageRepositoriesIn(files)) {
    const host = imageRegistryHost(repository);
    if (isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: the values set ${path} to ${repository}, which pulls from the public host ${host}.`,
        "Point every image repository in 'values' (and 'image-repository') at your internal registry."
      );
    }
  }
}
function valuesFromInputs(options, cwd) {
  let files = {};
  for (const file of options.valuesFiles) {
    let parsed;
    const text = readInputFile(cwd, file, "the values file");
    try {
      parsed = (0, import_yaml2.parse)(text);
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
  if (options.operator === "v2") return { files, inputs: v2ValuesFromInputs(options) };
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
        text = readInputFile(cwd, file, "the CA certificate file");
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

// src/install/install-operator.ts
var UNCHANGED2 = "Nothing was changed on the cluster.";
async function runInstallOperator(raw, ctx) {
  const options = parseOptions(raw, ctx);
  ctx.redactor.add(registryAuthSecret(options));
  const deadline = Date.now() + options.timeoutSeconds * 1e3;
  const given = valuesFromInputs(options, ctx.cwd);
  checkInputsAirgapped(options, given.files);
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
    const { serverVersion, certManager } = settled(reads[0], options);
    const { previous, previousValues } = await releaseRead(reads[1], client, options, ctx);
    const wrongLine = options.operator === "v1" ? refuseV1OverV2(previous, options) : void 0;
    if (wrongLine) throw wrongLine;
    const pinnedAndDeployed = options.chartVersion !== void 0 && previous?.chartVersion === options.chartVersion;
    const version = await chartVersion(reads[2], pinnedAndDeployed, client, options, ctx);
    const controllerBefore = reads[3].status === "fulfilled" ? reads[3].value : void 0;
    const plan = planInstall({
      previous,
      previousValues,
      files: given.files,
      inputs: given.inputs,
      version,
      allowDowngrade: options.allowDowngrade
    });
    const where = {
      release: options.release,
      namespace: options.namespace,
      chartRepo: options.repo.url
    };
    const describe = describePlan(plan, where);
    ctx.out.setOutput("action", plan.action);
    if (plan.action !== "none") {
      await checkPermissions(client, options, ctx);
      if (pinnedAndDeployed) await addChartRepo(client, options);
    }
    if (options.dryRun) return dryRun(plan, where, controllerBefore, ctx);
    let revision = previous?.revision;
    let deployment;
    if (plan.action === "none") {
      ctx.out.info(describe[0].toUpperCase() + describe.slice(1) + ".");
      deployment = controllerBefore && rolledOut(controllerBefore) ? reportReady(controllerBefore, ctx) : await waitForController(client, options, deadline, ctx);
    } else {
      announce(plan, ctx);
      const until = deadline - rollbackReserveMs(options.timeoutSeconds);
      let made;
      try {
        made = await applyChart(client, options, plan, until, ctx, describe);
        revision = made ?? revision;
        deployment = await waitForController(client, options, until, ctx);
      } catch (error) {
        throw await undone(error, client, options, plan, where, deadline, ctx, made);
      }
    }
    const image = controllerImage(deployment);
    ctx.out.setOutput("chart-version", version);
    ctx.out.setOutput("controller-image", image);
    ctx.out.setOutput("changed", plan.action !== "none");
    ctx.out.setOutput("rolled-back", false);
    ctx.out.print(resultLine(plan, where, revision, image));
    const note = versionNote(plan);
    if (note) ctx.out.print(note);
    ctx.out.summary(
      successSummary({
        plan,
        where,
        revision,
        image,
        serverVersion,
        airgapped: options.airgapped,
        operator: options.operator,
        certManager
      })
    );
    return 0;
  } finally {
    await helmHome.cleanup();
    await kubeconfig.cleanup();
  }
}
function settled(result, options) {
  if (result.status === "rejected") throw explained(result.reason, options, "cluster", UNCHANGED2);
  return result.value;
}
async function releaseRead(result, client, options, ctx) {
  if (result.status === "rejected" && /forbidden/i.test(errorMessage(result.reason))) {
    await checkPermissions(client, options, ctx);
  }
  return settled(result, options);
}
async function chartVersion(read, pinnedAndDeployed, client, options, ctx) {
  return ctx.out.group("Chart", async () => {
    if (pinnedAndDeployed) {
      ctx.out.info(`chart: ${CHART_NAME} ${options.chartVersion} (pinned; the release runs it)`);
      return options.chartVersion;
    }
    const chart = settled(read, options) ?? await resolveChartVersion(client, options);
    ctx.out.info(`chart: ${CHART_NAME} ${chart.version} ${chart.note}`);
    if (options.operator === "v2" && options.chartVersion === void 0) {
      ctx.out.notice(
        `Operator v2 is in beta and its CRD can change between betas: set 'chart-version: ${chart.version}' to stay on this version.`
      );
    }
    return chart.version;
  });
}
function announce(plan, ctx) {
  const direction = directionLine(plan);
  const note = versionNote(plan);
  if (direction) ctx.out.info(direction);
  if (note) ctx.out.notice(note);
  if (plan.previous) ctx.out.info(`values: ${valuesLine(plan)}`);
}
function dryRun(plan, where, controller, ctx) {
  ctx.out.print(`Dry run: would ${plan.action === "none" ? "change nothing" : describePlan(plan, where)}.`);
  if (plan.previous) ctx.out.info(`values: ${valuesLine(plan)}`);
  const note = versionNote(plan);
  if (note) ctx.out.info(note);
  ctx.out.setOutput("chart-version", plan.version);
  ctx.out.setOutput("changed", false);
  ctx.out.setOutput("rolled-back", false);
  ctx.out.setOutput("controller-image", plan.previous && controller ? controllerImage(controller) : "");
  ctx.out.summary(dryRunSummary(plan, where));
  return 0;
}
async function undone(error, client, options, plan, where, deadline, ctx, revision) {
  const message = errorMessage(error);
  ctx.out.warning(`${describePlan(plan, where)} failed: ${message.split("\n")[0]}`);
  const { state, kind, undone: undone2 } = await undoChange(client, options, plan, deadline, ctx, {
    revision,
    otherOperation: /another operation \(install\/upgrade\/rollback\) is in progress/i.test(message)
  });
  ctx.out.setOutput("changed", !undone2);
  ctx.out.setOutput("rolled-back", undone2 && (kind === "rollback" || kind === "uninstall"));
  ctx.out.summary(
    failureSummary({
      plan,
      where,
      why: message.split("\n")[0],
      reasons: error instanceof ControllerNotReady ? error.reasons : message.split("\n").slice(1, 8),
      state
    })
  );
  return new UserError(`${message}
${state}`, error instanceof UserError ? error.fix : void 0);
}

export {
  runInstallOperator
};
