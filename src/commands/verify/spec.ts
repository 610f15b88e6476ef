import type { CommandSpec } from '../../core/command.js';
import { looksLikePath } from '../../kube/kubeconfig.js';
import { formatInput } from '../../core/common-inputs.js';

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'The checks of `wandb verify`, natively, plus cluster checks, as a report in the job summary.',
  inputs: [
    {
      name: 'host',
      required: true,
      description: 'Base URL of the W&B Server, e.g. https://wandb.example.com.',
    },
    {
      name: 'api-key',
      secret: true,
      env: 'WANDB_API_KEY',
      description: 'W&B API key (a secret; the CLI reads WANDB_API_KEY).',
    },
    {
      name: 'ca-file',
      description:
        'PEM file with the CA that signed the TLS certificate of the W&B host (and of the object store, if a private CA signed that too), for a private or self-signed CA. Trusted in addition to the public roots, by verify and by the wandb CLI it runs (REQUESTS_CA_BUNDLE, SSL_CERT_FILE).',
    },
    { name: 'entity', description: "Entity to create the verify runs in (default: the API key's own)." },
    { name: 'project', default: 'verify', description: 'Project for the verify runs.' },
    {
      name: 'use-wandb-cli',
      default: 'auto',
      description: 'auto | true | false: fold `wandb verify` artifact and sweep checks in.',
    },
    { name: 'fail-on', default: 'error', description: 'error | warning: what fails the step.' },
    {
      name: 'report-path',
      default: 'wandb-verify-report.json',
      description: 'Where the JSON report is written.',
    },
    { name: 'timeout', type: 'number', default: '300', description: 'Seconds for all checks together.' },
    {
      name: 'check-timeout',
      type: 'number',
      default: '60',
      description: 'Seconds for one check (the wandb CLI run may use what is left of timeout).',
    },
    {
      name: 'retry-seconds',
      type: 'number',
      default: '10',
      description:
        'Keep retrying to read an uploaded file back for at least this long (and 3 tries), as wandb verify does: object stores are eventually consistent.',
    },
    {
      name: 'browser-checks',
      type: 'boolean',
      default: 'true',
      description:
        "W&B's browser smoke test besides the SDK's checks: download the uploaded file through the presigned URL the server hands out, as a browser does (no W&B credentials), and send the CORS preflights (GET and PUT) a browser on the W&B host sends to the bucket. false skips both, e.g. until the bucket's CORS is set.",
    },
    {
      name: 'cluster-checks',
      default: 'auto',
      description:
        'auto | true | false: check the cluster too (operator, CR phase, workloads, referenced Secrets, CA ConfigMap, ingress class, console; on an apps.wandb.com/v2 CR: its generation, Ready condition, migration, stores and the Secrets its key selectors name instead of phase, chart and console). auto: when a kubeconfig is given or KUBECONFIG is set.',
    },
    {
      name: 'kubeconfig',
      secret: true,
      notSecretWhen: looksLikePath,
      env: 'KUBECONFIG_CONTENT',
      description:
        'Kubeconfig content for the cluster checks (a secret), written 0600 to a temporary file and removed after; or, on one line, the path of a kubeconfig file. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG.',
    },
    { name: 'context', description: 'Kubeconfig context to use (default: the current context).' },
    {
      name: 'kubectl-path',
      env: 'KUBECTL_PATH',
      description: 'kubectl to use for the cluster checks (default: kubectl on PATH).',
    },
    { name: 'name', default: 'wandb', description: 'metadata.name of the WeightsAndBiases CR.' },
    { name: 'namespace', default: 'default', description: 'Namespace of the WeightsAndBiases CR.' },
    {
      name: 'operator-namespace',
      description: 'Namespace of the operator controller (default: look in every namespace).',
    },
    {
      name: 'sdk-version',
      description:
        "wandb SDK version your jobs use, compared with the server's supported range (default: the wandb CLI's on PATH).",
    },
    formatInput(),
  ],
  outputs: [
    { name: 'passed', description: 'number of checks passed' },
    { name: 'failed', description: 'number of checks failed' },
    { name: 'warnings', description: 'number of checks with a warning' },
    { name: 'skipped', description: 'number of checks skipped' },
    { name: 'report-path', description: 'path of the JSON report' },
    { name: 'server-version', description: 'W&B Server version the instance reports (empty if unknown)' },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: (raw, ctx) => m.runVerify(raw, ctx) })),
};
