import type { CommandSpec } from '../../core/command.js';
import { configInputs, formatInput, renderCheckInputs } from '../../core/common-inputs.js';

export const imageCheckCommand: CommandSpec = {
  name: 'image-check',
  summary:
    'Air-gapped: list every image the deployment needs and check each one is in the internal registry.',
  description:
    "Reads the configuration as apply-cr does, renders the pinned operator-wandb chart with its values (helm template) and lists every image the render pulls (containers, initContainers and ephemeralContainers of every workload), plus the operator's controller image, then asks the internal registry for each manifest through the OCI distribution API, before anything is applied. In air-gapped mode a `latest` or missing tag, an image pulled from another registry, or a spec.chart that is missing or on a public host is an error naming the key to change. Not air-gapped, the operator takes the values the CR does not set (and, without spec.chart, the chart) from W&B's release channel: image-check asks it the same way (channel-url, with the license) and renders its chart and values under the CR's; a channel that cannot be asked is a finding. Exit 1 when any image is missing or wrong.",
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
    // How the chart is had and rendered: as the render check (always on here: the images come from it).
    ...renderCheckInputs.filter((input) => input.name !== 'render-check'),
    {
      name: 'operator-chart',
      description:
        'The operator chart (.tgz or directory) to render for the controller image, with controller-repository and controller-tag as its image values. Without it the controller image is taken from those inputs.',
    },
    {
      name: 'internal-hosts',
      type: 'list',
      description:
        'Chart hosts to treat as internal besides the registry, localhost, private addresses and names without a dot or under .svc, .cluster.local, .internal, .local, .lan, .home.arpa: a host, or .suffix for every name under it. One a line or repeated.',
    },
    {
      name: 'channel-url',
      default: 'https://deploy.wandb.ai',
      env: 'DEPLOYER_CHANNEL_URL',
      description:
        "The release channel the operator asks when it is not air-gapped (its DEPLOYER_CHANNEL_URL): its chart and values are rendered under the CR's, as the operator merges them. Never asked with airgapped: true.",
    },
    {
      name: 'license',
      secret: true,
      env: 'WANDB_LICENSE',
      description:
        'The W&B license the release channel is asked with (HTTP Basic, as the operator does), when the CR has no spec.values.global.license (e.g. it reads global.licenseSecret). A secret; the CLI reads WANDB_LICENSE.',
    },
    {
      name: 'request-timeout',
      type: 'number',
      default: '30',
      description: 'Seconds to wait for each answer of the registry.',
    },
    formatInput(),
  ],
  outputs: [
    { name: 'images', description: 'every image checked, as it must be in the registry, comma-separated' },
    { name: 'missing', description: 'images missing from the registry, comma-separated' },
    {
      name: 'channel-release',
      description:
        "the release channel's release whose values (and, without spec.chart, chart) were rendered; empty when the channel was not asked or did not answer",
    },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runImageCheck })),
};
