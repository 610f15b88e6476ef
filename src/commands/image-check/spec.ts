import type { CommandSpec } from '../../core/command.js';
import { configInputs } from '../shared-inputs.js';

export const imageCheckCommand: CommandSpec = {
  name: 'image-check',
  summary:
    'Air-gapped: list every image the deployment needs and check each one is in the internal registry.',
  description:
    'Reads the configuration as apply-cr does, lists the images the deployment pulls (the operator, wandb/local, wandb/console, Redis, the OpenTelemetry collector, Prometheus and its config reloader, and every image the values name), and asks the internal registry for each manifest through the OCI distribution API, before anything is applied. In air-gapped mode a `latest` or missing tag, or an image pulled from another registry, is an error naming the key to change. Exit 1 when any image is missing or wrong.',
  inputs: [
    ...configInputs,
    {
      name: 'registry',
      required: true,
      description:
        'Internal registry: HOST[:PORT][/PREFIX], e.g. registry.example.internal:5000. HTTPS unless written http://HOST:PORT (a plain-HTTP registry).',
    },
    { name: 'registry-username', description: 'Registry user name.', env: 'REGISTRY_USERNAME' },
    {
      name: 'registry-password',
      secret: true,
      env: 'REGISTRY_PASSWORD',
      description: 'Registry password or token (a secret). The CLI reads REGISTRY_PASSWORD.',
    },
    { name: 'registry-ca-file', description: "CA certificate file (PEM) for the registry's TLS." },
    {
      name: 'airgapped',
      type: 'boolean',
      default: 'true',
      description:
        'The operator runs with airgapped: true: a latest or missing tag, or an image from another registry, is an error (with false, a warning).',
    },
    {
      name: 'controller-repository',
      description:
        'Operator image repository, as the operator chart value image.repository (default: REGISTRY/wandb/controller).',
    },
    {
      name: 'controller-tag',
      description: 'Operator image tag, as the operator chart value image.tag (required when air-gapped).',
    },
    {
      name: 'request-timeout',
      type: 'number',
      default: '30',
      description: 'Seconds to wait for each answer of the registry.',
    },
  ],
  outputs: [
    { name: 'images', description: 'every image checked, as it must be in the registry, comma-separated' },
    { name: 'missing', description: 'images missing from the registry, comma-separated' },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runImageCheck })),
};
