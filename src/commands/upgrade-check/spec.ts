import type { CommandSpec } from '../../core/command.js';
import { looksLikePath } from '../../kube/kubeconfig.js';
import { formatInput } from '../../core/common-inputs.js';

export const upgradeCheckCommand: CommandSpec = {
  name: 'upgrade-check',
  summary:
    'Find the deployed version, work out its end of support, and open or update one upgrade pull request.',
  description:
    'Meant for a scheduled workflow. Reads the pinned W&B Server version (from files in the repository, the server or the cluster), decides with the support policy whether an upgrade is due, and keeps exactly one pull request on a fixed branch that moves the pin to the recommended release, with the release notes in its description. A run with nothing new changes nothing; an obsolete upgrade pull request is closed.',
  inputs: [
    {
      name: 'version-source',
      default: 'values-file',
      description:
        'Where the deployed version is read: values-file (the files below, on the base branch), server (GraphQL at host), cluster (the CR, its spec-active Secret, or the app image).',
    },
    {
      name: 'files',
      type: 'list',
      description:
        'path:keypath of each file holding the version, relative to the repository root (keypath default spec.values.app.image.tag). Several files must agree; all are edited.',
    },
    {
      name: 'chart-files',
      type: 'list',
      description:
        'path:keypath of each file pinning the operator-wandb chart version (keypath default spec.chart.version). Default: spec.chart.version in each file of files that holds a whole CR. When the target W&B Server needs a newer chart (W&B\'s "upgrade the chart first" notes), the same pull request moves it; a chart not pinned there is reported, never guessed.',
    },
    {
      name: 'policy',
      default: 'minor-12-months',
      description: 'Support policy: minor-12-months | release-6-months | release-12-months.',
    },
    {
      name: 'warn-days',
      type: 'number',
      default: '60',
      description: 'The pull request is opened at least this many days before the end of support.',
    },
    {
      name: 'schedule-days',
      type: 'number',
      default: '7',
      description:
        'Days between scheduled runs (7 for a weekly cron, 0 when not scheduled): the pull request opens on the last run that still leaves warn-days.',
    },
    { name: 'target', default: 'latest', description: 'Version to move to: latest | next-minor.' },
    {
      name: 'end-dates-file',
      description: 'YAML/JSON mapping of versions or minors to end dates (overrides).',
    },
    {
      name: 'skip-file',
      description: 'YAML/JSON list of versions never to recommend, added to the built-in one.',
    },
    {
      name: 'branch',
      default: 'wandb-operator-actions/upgrade-wandb-server',
      description: 'Branch of the upgrade pull request (this job owns it).',
    },
    { name: 'base', description: "Base branch of the pull request (default: the remote's default branch)." },
    {
      name: 'labels',
      type: 'list',
      default: 'wandb-upgrade',
      description: 'Labels of the pull request (created when missing).',
    },
    {
      name: 'urgent-label',
      default: 'urgent',
      description: 'Label added when the version is out of support.',
    },
    { name: 'assignees', type: 'list', description: 'Users assigned to a new pull request.' },
    {
      name: 'reviewers',
      type: 'list',
      description: 'Reviewers requested on a new pull request: user or org/team.',
    },
    {
      name: 'as-of',
      description:
        'Evaluate as if today were this date (YYYY-MM-DD): releases published after it are not known.',
    },
    {
      name: 'dry-run',
      type: 'boolean',
      default: 'false',
      description: 'Say what would change; push nothing and write nothing to GitHub.',
    },
    formatInput(),
    {
      name: 'repository',
      env: 'GITHUB_REPOSITORY',
      description:
        "owner/name of the repository for the pull request (default: the workflow's repository, else the git remote).",
    },
    {
      name: 'repository-path',
      default: '.',
      description: 'Local clone of that repository (its working tree is not touched).',
    },
    { name: 'remote', default: 'origin', description: 'Git remote to fetch from and push to.' },
    {
      name: 'github-token',
      secret: true,
      env: 'GITHUB_TOKEN',
      actionDefault: '${{ github.token }}',
      description:
        'Token that can push the branch and open pull requests. Pull requests opened with the workflow GITHUB_TOKEN start no workflows: use a GitHub App token to have CI run on them.',
    },
    {
      name: 'github-api-url',
      env: 'GITHUB_API_URL',
      description:
        "GitHub API base URL (default: the runner's GITHUB_API_URL, which is right on GitHub Enterprise Server, else https://api.github.com).",
    },
    {
      name: 'releases-repository',
      default: 'wandb/server',
      description: 'Repository whose GitHub releases are the W&B Server releases.',
    },
    { name: 'releases-file', description: 'Read releases from this JSON or YAML file instead of GitHub.' },
    {
      name: 'cache-dir',
      description:
        'Directory for a GitHub response cache: repeat runs ask with ETags and get free 304 answers. `off` (or unset) keeps no cache.',
    },
    { name: 'host', description: 'W&B Server URL, for version-source: server.' },
    {
      name: 'api-key',
      secret: true,
      env: 'WANDB_API_KEY',
      description: 'W&B API key (a secret), for version-source: server.',
    },
    {
      name: 'cr-name',
      default: 'wandb',
      description: 'WeightsAndBiases CR name, for version-source: cluster.',
    },
    {
      name: 'cr-namespace',
      default: 'default',
      description: 'WeightsAndBiases CR namespace, for version-source: cluster.',
    },
    {
      name: 'kubeconfig',
      secret: true,
      notSecretWhen: looksLikePath,
      env: 'KUBECONFIG_CONTENT',
      description:
        'Kubeconfig content (a secret), or on one line the path of a kubeconfig file, for version-source: cluster. The CLI reads KUBECONFIG_CONTENT, or uses KUBECONFIG / ~/.kube/config when unset. Read-only access to the CR, its Secrets and Deployments is enough.',
    },
    { name: 'context', description: 'Kubeconfig context, for version-source: cluster.' },
    { name: 'kubectl-path', env: 'KUBECTL_PATH', description: 'Use this kubectl (version-source: cluster).' },
    {
      name: 'commit-author',
      default: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      description: 'Author and committer of the upgrade commit, as `Name <email>`.',
    },
  ],
  outputs: [
    { name: 'deployed-version', description: 'version found' },
    { name: 'end-of-support', description: 'end-of-support date (YYYY-MM-DD)' },
    { name: 'days-left', description: 'days until the end of support' },
    { name: 'status', description: 'supported | nearing | expired' },
    { name: 'target-version', description: 'version the pull request moves to' },
    {
      name: 'chart-version-from',
      description: "operator-wandb chart version pinned in the files ('' when not pinned)",
    },
    {
      name: 'chart-version-to',
      description: "operator-wandb chart version after the pull request ('' when not pinned)",
    },
    {
      name: 'chart-bump',
      description:
        'true (the target needs a newer chart; the pull request moves it) | false | not-pinned (the files do not pin the chart)',
    },
    { name: 'pull-request-number', description: 'number of the upgrade pull request' },
    { name: 'pull-request-url', description: 'URL of the upgrade pull request' },
    { name: 'pull-request-operation', description: 'created | updated | closed | none' },
  ],
  action: true,
  load: async () => import('./run.js'),
};
