import type { InputSpec } from '../core/inputs.js';
import { looksLikePath } from '../kube/kubeconfig.js';

/** The configuration inputs shared by validate, render and apply-cr. */
export const configInputs: InputSpec[] = [
  {
    name: 'config',
    alias: 'c',
    type: 'list',
    required: true,
    description:
      'Configuration files, in order: later files override earlier ones. Each is a whole WeightsAndBiases CR or a values-only overlay. One a line (action) or repeated (CLI).',
  },
  {
    name: 'set',
    type: 'list',
    description:
      'Overrides applied after the files, as path=value (e.g. spec.values.global.host=https://wandb.example.com). One a line or repeated.',
  },
  { name: 'name', description: 'metadata.name of the CR when the files do not set it.', default: 'wandb' },
  {
    name: 'namespace',
    description: 'metadata.namespace of the CR when the files do not set it.',
    default: 'default',
  },
];

export const kubeInputs: InputSpec[] = [
  {
    name: 'kubeconfig',
    secret: true,
    notSecretWhen: looksLikePath,
    env: 'KUBECONFIG_CONTENT',
    description:
      'Kubeconfig content (a secret), written 0600 to a temporary file and removed after; or, on one line, the path of a kubeconfig file, used as it is. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG / ~/.kube/config when unset.',
  },
  { name: 'context', description: 'Kubeconfig context to use (default: the current context).' },
  { name: 'kubectl-path', description: 'Use this kubectl instead of installing one.', env: 'KUBECTL_PATH' },
  { name: 'helm-path', description: 'Use this helm instead of installing one.', env: 'HELM_PATH' },
  {
    name: 'timeout',
    type: 'number',
    default: '600',
    description: 'Seconds for the whole step, rollback included.',
  },
];
