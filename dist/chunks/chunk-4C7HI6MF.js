import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  looksLikePath
} from "./chunk-CRJNI5SM.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/core/common-inputs.ts
var configInputs = [
  {
    name: "config",
    alias: "c",
    type: "list",
    required: true,
    description: "Configuration files, in order: later files override earlier ones. Each is a whole WeightsAndBiases CR or a values-only overlay. One a line (action) or repeated (CLI)."
  },
  {
    name: "set",
    type: "list",
    description: "Overrides applied after the files, as path=value (e.g. spec.values.global.host=https://wandb.example.com). One a line or repeated."
  },
  { name: "name", description: "metadata.name of the CR when the files do not set it.", default: "wandb" },
  {
    name: "namespace",
    description: "metadata.namespace of the CR when the files do not set it.",
    default: "default"
  }
];
var kubeInputs = [
  {
    name: "kubeconfig",
    secret: true,
    notSecretWhen: looksLikePath,
    env: "KUBECONFIG_CONTENT",
    description: "Kubeconfig content (a secret), written 0600 to a temporary file and removed after; or, on one line, the path of a kubeconfig file, used as it is. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG / ~/.kube/config when unset."
  },
  { name: "context", description: "Kubeconfig context to use (default: the current context)." },
  { name: "kubectl-path", description: "Use this kubectl instead of installing one.", env: "KUBECTL_PATH" },
  { name: "helm-path", description: "Use this helm instead of installing one.", env: "HELM_PATH" },
  {
    name: "timeout",
    type: "number",
    default: "600",
    description: "Seconds for the whole step, rollback included."
  }
];
var renderCheckInputs = [
  {
    name: "render-check",
    default: "auto",
    description: "Render the operator-wandb chart with the CR's values (`helm template`) before anything touches the cluster, so that values the chart's templates refuse are errors here: auto (when a chart and helm can be had; says why when not), true (not being able to render is an error), false."
  },
  {
    name: "chart",
    description: "A local operator-wandb chart archive (.tgz) or directory to render with, instead of fetching what spec.chart names (air-gapped runners)."
  },
  {
    name: "helm-path",
    env: "HELM_PATH",
    description: "The helm the render check runs (default: helm on PATH), e.g. the `helm-path` output of install-operator."
  },
  {
    name: "chart-repo-username",
    description: "Username for spec.chart's Helm repository or OCI registry (HTTP basic auth), for the render check."
  },
  {
    name: "chart-repo-password",
    secret: true,
    env: "CHART_REPO_PASSWORD",
    description: "Password or token for spec.chart's repository (a secret; the CLI reads CHART_REPO_PASSWORD). Sent in a request header (https://) or written into a 0600 registry config in a private helm home that helm pull reads and the run removes (oci://, no helm registry login), never on a command line."
  },
  {
    name: "chart-repo-ca-file",
    description: "PEM file with the CA that signed spec.chart's repository TLS certificate (internal repositories)."
  },
  {
    name: "kube-version",
    description: "Kubernetes version the chart is rendered for (`helm template --kube-version`); default: the target cluster's when one is connected, else helm's default."
  }
];
function formatInput(text = "text") {
  return {
    name: "format",
    default: text,
    description: `${text} | json (one JSON document on stdout, shape in docs/json-output.md; the log stays on stderr).`
  };
}
function wantsJson(format, text = "text") {
  const value = typeof format === "string" && format !== "" ? format : text;
  if (value === "json") return true;
  if (value === text) return false;
  throw new UserError(`Unknown format '${value}'.`, `Use ${text} or json.`);
}

export {
  configInputs,
  kubeInputs,
  renderCheckInputs,
  formatInput,
  wantsJson
};
