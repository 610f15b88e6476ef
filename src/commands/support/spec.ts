import type { CommandSpec } from '../../core/command.js';
import { notImplemented } from '../not-implemented.js';

export const supportCommand: CommandSpec = {
  name: 'support',
  summary: 'End of support, days left, status and recommended target for a W&B Server version.',
  inputs: [
    { name: 'version', required: true, description: 'W&B Server version, e.g. 0.74.1.' },
    {
      name: 'policy',
      default: 'minor-12-months',
      description: 'minor-12-months | release-6-months | release-12-months.',
    },
    { name: 'releases-file', description: 'Read releases from this JSON or YAML file instead of GitHub.' },
    { name: 'as-of', description: 'Evaluate as if today were this date (YYYY-MM-DD).' },
    { name: 'format', default: 'text', description: 'text | json.' },
  ],
  outputs: [],
  action: false,
  load: async () => notImplemented('support'),
};
