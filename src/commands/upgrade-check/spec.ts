import type { CommandSpec } from '../../core/command.js';
import { notImplemented } from '../not-implemented.js';

export const upgradeCheckCommand: CommandSpec = {
  name: 'upgrade-check',
  summary:
    'Find the deployed version, work out its end of support, and open or update one upgrade pull request.',
  inputs: [
    { name: 'version-source', default: 'values-file', description: 'values-file | cluster | server.' },
    {
      name: 'files',
      type: 'list',
      description:
        'path:keypath of each file holding the version (default keypath spec.values.app.image.tag).',
    },
    { name: 'policy', default: 'minor-12-months', description: 'Support policy.' },
    {
      name: 'warn-days',
      type: 'number',
      default: '60',
      description: 'Open the pull request this many days before the end of support.',
    },
    { name: 'target', default: 'latest', description: 'latest | next-minor.' },
    {
      name: 'branch',
      default: 'wandb-operator-actions/upgrade-wandb-server',
      description: 'Branch of the upgrade pull request.',
    },
    { name: 'as-of', description: 'Evaluate as if today were this date (YYYY-MM-DD).' },
    {
      name: 'github-token',
      secret: true,
      env: 'GITHUB_TOKEN',
      description: 'Token that can push the branch and open pull requests.',
    },
  ],
  outputs: [
    { name: 'deployed-version', description: 'version found' },
    { name: 'end-of-support', description: 'end-of-support date (YYYY-MM-DD)' },
    { name: 'days-left', description: 'days until the end of support' },
    { name: 'status', description: 'supported | nearing | expired' },
    { name: 'target-version', description: 'version the pull request moves to' },
    { name: 'pull-request-number', description: 'number of the upgrade pull request' },
    { name: 'pull-request-url', description: 'URL of the upgrade pull request' },
    { name: 'pull-request-operation', description: 'created | updated | closed | none' },
  ],
  action: true,
  load: async () => notImplemented('upgrade-check'),
};
