import type { CommandSpec } from '../../core/command.js';
import { notImplemented } from '../not-implemented.js';

export const releaseNotesCommand: CommandSpec = {
  name: 'release-notes',
  summary: 'The notes of wandb/server releases between two versions, posted where you ask.',
  inputs: [
    { name: 'from', required: true, description: 'Version you run now (releases after it are listed).' },
    { name: 'to', default: 'latest', description: 'Last version to include, or latest.' },
    {
      name: 'repository',
      default: 'wandb/server',
      description: 'Repository whose GitHub releases hold the notes.',
    },
    { name: 'format', default: 'markdown', description: 'markdown | json.' },
    {
      name: 'post-to',
      default: 'summary',
      description: 'summary | file:PATH | pr-comment:NUMBER | issue-comment:NUMBER | slack.',
    },
    {
      name: 'github-token',
      secret: true,
      env: 'GITHUB_TOKEN',
      description: 'Token for the GitHub API (optional for public repositories).',
    },
    {
      name: 'github-api-url',
      env: 'GITHUB_API_URL',
      default: 'https://api.github.com',
      description: 'GitHub API base URL (GitHub Enterprise Server).',
    },
    { name: 'releases-file', description: 'Read releases from this JSON or YAML file instead of GitHub.' },
    {
      name: 'slack-webhook-url',
      secret: true,
      env: 'SLACK_WEBHOOK_URL',
      description: 'Slack incoming-webhook URL (a secret), for post-to: slack.',
    },
    {
      name: 'policy',
      default: 'minor-12-months',
      description: 'Support policy for the end-of-support column.',
    },
  ],
  outputs: [
    { name: 'markdown', description: 'the rendered notes' },
    { name: 'count', description: 'number of releases in the range' },
    { name: 'versions', description: 'the versions in the range, comma-separated' },
  ],
  action: true,
  load: async () => notImplemented('release-notes'),
};
