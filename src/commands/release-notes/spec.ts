import type { CommandSpec } from '../../core/command.js';
import { releaseSourceInputs } from '../../github/source-inputs.js';
import { policyInputs } from '../../releases/policy-input-specs.js';

export const releaseNotesCommand: CommandSpec = {
  name: 'release-notes',
  summary: 'The notes of wandb/server releases between two versions, posted where you ask.',
  description:
    'Lists the releases after `from` up to and including `to` (by version, never by date), with a table of dates and end of support, then each release\'s notes. Skip-listed versions and "Upgrading" / "Known issues" sections are called out. A comment is edited in place on later runs, never posted twice.',
  inputs: [
    { name: 'from', required: true, description: 'Version you run now (releases after it are listed).' },
    { name: 'to', default: 'latest', description: 'Last version to include, or latest.' },
    {
      name: 'format',
      default: 'markdown',
      description:
        'markdown | json (for what is printed or written to a file; summaries and comments are Markdown).',
    },
    {
      name: 'post-to',
      default: 'summary',
      description:
        'summary (job summary; the CLI prints) | file:PATH | pr-comment:NUMBER | issue-comment:NUMBER | slack.',
    },
    {
      name: 'comment-repository',
      env: 'GITHUB_REPOSITORY',
      description:
        "Repository (owner/name) of the pull request or issue to comment on. Default: the workflow's repository.",
    },
    {
      name: 'slack-webhook-url',
      secret: true,
      env: 'SLACK_WEBHOOK_URL',
      description:
        'Slack incoming-webhook URL (a secret; the CLI reads SLACK_WEBHOOK_URL), for post-to: slack.',
    },
    ...releaseSourceInputs,
    // The target and warn-days only matter to support and upgrade-check.
    ...policyInputs.filter((input) => input.name !== 'target' && input.name !== 'warn-days'),
  ],
  outputs: [
    { name: 'markdown', description: 'the rendered notes' },
    { name: 'count', description: 'number of releases in the range' },
    { name: 'versions', description: 'the versions in the range, comma-separated' },
  ],
  action: true,
  load: async () => ({ run: (await import('./run.js')).runReleaseNotes }),
};
