import type { CommandSpec } from '../../core/command.js';
import { notImplemented } from '../not-implemented.js';

export const imageCheckCommand: CommandSpec = {
  name: 'image-check',
  summary:
    'Air-gapped: list every image the deployment needs and check each one is in the internal registry.',
  inputs: [
    {
      name: 'config',
      alias: 'c',
      type: 'list',
      required: true,
      description: 'Configuration files of the CR (as for apply-cr).',
    },
    { name: 'set', type: 'list', description: 'Overrides applied after the files, as path=value.' },
    {
      name: 'registry',
      required: true,
      description: 'Internal registry, e.g. registry.example.internal:5000.',
    },
    { name: 'registry-username', description: 'Registry user name.' },
    {
      name: 'registry-password',
      secret: true,
      env: 'REGISTRY_PASSWORD',
      description: 'Registry password or token (a secret).',
    },
    { name: 'registry-ca-file', description: "CA certificate file for the registry's TLS." },
  ],
  outputs: [
    { name: 'images', description: 'every image checked, comma-separated' },
    { name: 'missing', description: 'images missing from the registry, comma-separated' },
  ],
  action: false,
  load: async () => notImplemented('image-check'),
};
