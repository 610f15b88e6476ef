import type { CommandSpec } from '../../core/command.js';
import { kubeInputs } from '../../core/common-inputs.js';

export const installOperatorCommand: CommandSpec = {
  name: 'install-operator',
  summary:
    'Set up helm and kubectl, then install or upgrade the W&B operator chart (public or air-gapped); a change that fails is rolled back (or, for a first install, uninstalled).',
  inputs: [
    ...kubeInputs,
    { name: 'namespace', default: 'wandb-cr', description: 'Namespace of the operator release.' },
    { name: 'release', default: 'operator', description: 'Helm release name of the operator.' },
    {
      name: 'operator-version',
      description:
        'v1 (default): the Helm-values operator chart from a Helm repository (charts.wandb.ai). v2: the apps.wandb.com/v2 operator, installed from its OCI chart after a preflight that cert-manager (CRDs and a ready webhook) is on the cluster; refused while a v1 operator release exists (that is a migration: docs/operator-v2.md). An oci:// chart-repo means v2.',
    },
    {
      name: 'chart-repo',
      description:
        "Where the operator chart comes from. v1: a Helm repository (default https://charts.wandb.ai). v2: the chart's oci:// reference (default oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator; a mirror's oci://host/path or oci://host/path/operator). Credentials in the URL (https://user:pass@host) are taken out of it, masked, and given to helm as chart-repo-username and chart-repo-password are.",
    },
    {
      name: 'chart-repo-username',
      description: 'Username for the chart repository or OCI registry.',
    },
    {
      name: 'chart-repo-password',
      secret: true,
      env: 'CHART_REPO_PASSWORD',
      description:
        "Password for the chart repository or OCI registry (a secret; the CLI reads CHART_REPO_PASSWORD). Never on a command line: v1 gives it to helm on stdin; v2 writes it into a 0600 registry config in the run's private helm home, removed when the run ends (no helm registry login, so no Docker credential helper or OS keychain is given it).",
    },
    {
      name: 'chart-repo-ca-file',
      description:
        "PEM file with the CA that signed the chart repository's TLS certificate (internal repositories).",
    },
    {
      name: 'chart-repo-plain-http',
      type: 'boolean',
      default: 'false',
      description:
        'v2: the OCI registry speaks plain HTTP (helm --plain-http); for an internal registry without TLS.',
    },
    {
      name: 'chart-version',
      description:
        'Operator chart version (default: the newest in the repository; for v2 the newest tag, betas included, so pin it).',
    },
    {
      name: 'allow-downgrade',
      type: 'boolean',
      default: 'false',
      description:
        'Allow going to an older chart version than the release runs (refused otherwise, with exit code 2).',
    },
    { name: 'values', type: 'list', description: 'Extra values files for the operator chart.' },
    {
      name: 'airgapped',
      type: 'boolean',
      default: 'false',
      description: 'Air-gapped install: no public host may be used.',
    },
    {
      name: 'image-repository',
      description:
        'Controller image repository (required when air-gapped). v2: sets the chart value wandb-operator.image.repository.',
    },
    { name: 'image-tag', description: 'Controller image tag (required when air-gapped).' },
    {
      name: 'image-pull-secrets',
      type: 'list',
      description: 'Names of image pull secrets for the controller.',
    },
    {
      name: 'custom-ca-certs',
      type: 'list',
      description: 'Files with PEM certificates to trust (one certificate each).',
    },
    { name: 'ca-certs-configmap', description: 'ConfigMap holding CA certificates (keys ending .crt).' },
    { name: 'helm-version', default: '3.17.3', description: 'helm version to install.' },
    { name: 'kubectl-version', default: '1.31.9', description: 'kubectl version to install.' },
    {
      name: 'tools-mirror',
      description: 'Base URL of a mirror laid out like the helm and kubectl release hosts.',
    },
    {
      name: 'min-kubernetes-version',
      default: '1.28',
      description: 'Refuse clusters older than this (major.minor).',
    },
    {
      name: 'dry-run',
      type: 'boolean',
      default: 'false',
      description: 'Run the preflight and show what would change.',
    },
  ],
  outputs: [
    { name: 'chart-version', description: 'operator chart version installed' },
    { name: 'controller-image', description: 'controller image running' },
    { name: 'changed', description: 'true when a new Helm revision was made and kept' },
    {
      name: 'action',
      description: 'what the run decided: install, upgrade, downgrade, reconfigure or none',
    },
    {
      name: 'rolled-back',
      description:
        'true when the change failed and was undone (rolled back, or the first install uninstalled)',
    },
    { name: 'kubectl-path', description: 'the kubectl this step used, for the kubectl-path of later steps' },
    { name: 'helm-path', description: 'the helm this step used' },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runInstallOperator })),
};
