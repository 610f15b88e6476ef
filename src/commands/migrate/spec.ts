import type { CommandSpec } from '../../core/command.js';
import { kubeInputs, renderCheckInputs } from '../../core/common-inputs.js';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  summary:
    'Move an installation of the legacy wandb Helm chart (or plain manifests) to the operator, or (to: v2) a live v1 CR to operator v2: write the CR for review, then switch with confirm.',
  description:
    "Reads the old installation (helm get values of the old release, or the old Deployment), maps it to WeightsAndBiases values and writes the CR for review; nothing changes. With confirm: true it scales the old Deployment to 0, installs the operator, applies the CR, verifies (and records a passed verify on the CR), and scales the old Deployment back up if any of that fails. remove-old: true (a later run) removes the old installation once the CR is Completed, its workloads are ready and a verify has passed for the CR as it is now. With to: v2 it reads the live v1 CR and its <cr>-spec-active Secret instead, converts them as the v2 operator's conversion webhook does (version pinned from the running tag, inline secrets moved into Secrets whose manifests go to a 0600 file kept out of the checkout (see secrets-output), retentionPolicy detach, a report of what could not be mapped), and with confirm checks both with the API server and apply-cr's dry run before anything is written, applies the Secrets (server-side) and the v2 CR, waits through the cutover gates and verifies.",
  inputs: [
    ...kubeInputs,
    // The render check of the CR's apply step (apply-cr's): whether, and with which local chart.
    ...renderCheckInputs.filter((input) => input.name === 'render-check' || input.name === 'chart'),
    {
      name: 'to',
      default: 'operator',
      description:
        'operator: a legacy installation -> operator v1 (a v1 CR). v2: the live v1 CR `name` in `cr-namespace` -> an apps.wandb.com/v2 CR (operator v2 is in beta; see docs/operator-v2.md).',
    },
    { name: 'namespace', default: 'default', description: 'Namespace of the old installation.' },
    {
      name: 'old-release',
      default: 'wandb',
      description:
        'Helm release of the legacy wandb chart. When there is no such release, the old Deployment is read instead.',
    },
    {
      name: 'old-deployment',
      description:
        "The old W&B Deployment (default: the release's Deployment running wandb/local, or `wandb` without a release).",
    },
    {
      name: 'name',
      default: 'wandb',
      description:
        'metadata.name of the new CR. It must differ from old-release when both are in the same namespace. With to: v2, the live v1 CR to convert (the v2 CR is the same object).',
    },
    { name: 'cr-namespace', description: 'Namespace of the new CR (default: namespace).' },
    {
      name: 'app-chart-repo',
      default: 'https://charts.wandb.ai',
      description: 'spec.chart.url: the Helm repository the operator takes operator-wandb from.',
    },
    {
      name: 'app-chart-version',
      description: 'spec.chart.version: the operator-wandb chart version (default: none, the newest).',
    },
    {
      name: 'output',
      default: 'wandb-cr.yaml',
      description:
        'Where the CR is written for review (mode 0600: it may hold secrets from the old values). With to: v2 it holds no secret; the Secrets it references go to a separate file (see secrets-output). With confirm, an existing file is the reviewed one and is applied as it is.',
    },
    {
      name: 'secrets-output',
      description:
        "to: v2: where the Secrets' manifests are written (mode 0600; they hold the values moved out of the CR: never commit the file). Default: beside the CR as <output>.secrets.yaml, except under GitHub Actions or when that path is in a git work tree and not ignored (git check-ignore): then in a private directory of the CR (mode 0700, wandb-migrate-v2-<namespace>-<name>) under RUNNER_TEMP or the system temp directory, which a rerun reuses and a successful confirm deletes; after a dry run it stays until you delete it. With pull-request it is not written at all. The secrets-path output says where it is. With confirm, a file named here that exists is the reviewed one: it is checked (no YAML error, every value a single scalar) and applied as it is.",
    },
    {
      name: 'confirm',
      type: 'boolean',
      default: 'false',
      description:
        'Switch: scale the old Deployment to 0, install the operator, apply the CR, verify (needs api-key). With to: v2: apply the Secrets and the v2 CR, wait through the cutover gates, verify (api-key required: success only after verify passes). Without it nothing in the cluster changes.',
    },
    {
      name: 'pull-request',
      type: 'boolean',
      default: 'false',
      description:
        'to: v2: open a pull request that adds the v2 CR at pull-request-path, or bring the open one up to date (a rerun with the same CR changes nothing). Its description says what was converted, what was not carried over, the pinned version, the Secrets to create (names only) and the confirm step. The Secrets file is never committed. Not with confirm: merge the pull request, then run with confirm.',
    },
    {
      name: 'pull-request-path',
      description:
        'to: v2 with pull-request: path of the v2 CR in the repository, from its root (default: output, relative to repository-path).',
    },
    {
      name: 'branch',
      description:
        'Branch of the migration pull request (this job owns it). Default: wandb-operator-actions/migrate-v2-<cr-namespace>-<name>.',
    },
    { name: 'base', description: "Base branch of the pull request (default: the remote's default branch)." },
    { name: 'labels', type: 'list', description: 'Labels of the pull request (created when missing).' },
    { name: 'assignees', type: 'list', description: 'Users assigned to a new pull request.' },
    {
      name: 'reviewers',
      type: 'list',
      description: 'Reviewers requested on a new pull request: user or org/team.',
    },
    {
      name: 'repository',
      description:
        "owner/name of the repository for the pull request (default: the workflow's repository, else the git remote).",
    },
    {
      name: 'repository-path',
      default: '.',
      description: 'Local clone of that repository (its working tree and index are not touched).',
    },
    { name: 'remote', default: 'origin', description: 'Git remote to fetch from and push to.' },
    {
      name: 'github-token',
      secret: true,
      env: 'GITHUB_TOKEN',
      actionDefault: '${{ github.token }}',
      description:
        'With pull-request: a token that can push the branch and open pull requests (contents: write, pull-requests: write). Pull requests opened with the workflow GITHUB_TOKEN start no workflows: use a GitHub App token to have CI run on them.',
    },
    {
      name: 'github-api-url',
      env: 'GITHUB_API_URL',
      description:
        "GitHub API base URL (default: the runner's GITHUB_API_URL, which is right on GitHub Enterprise Server, else https://api.github.com).",
    },
    {
      name: 'commit-author',
      default: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      description: 'Author and committer of the commit with the v2 CR, as `Name <email>`.',
    },
    {
      name: 'remove-old',
      type: 'boolean',
      default: 'false',
      description:
        'Remove the old installation (helm uninstall, or delete the old Deployment). Refused unless the CR is Completed, its workloads are ready and a verify passed for its current generation: run now when api-key is given, else recorded on the CR by an earlier run.',
    },
    {
      name: 'install-operator',
      type: 'boolean',
      default: 'true',
      description:
        'Install or upgrade the operator during the switch. false: it is installed already (e.g. by an install-operator step with credentials or air-gapped options).',
    },
    { name: 'operator-namespace', default: 'wandb-cr', description: 'Namespace of the operator release.' },
    { name: 'operator-release', default: 'operator', description: 'Helm release name of the operator.' },
    {
      name: 'operator-chart-repo',
      default: 'https://charts.wandb.ai',
      description: 'Helm repository serving the operator chart.',
    },
    {
      name: 'operator-chart-version',
      description: 'Operator chart version (default: the newest in the repository).',
    },
    {
      name: 'min-kubernetes-version',
      default: '1.28',
      description: 'Passed to install-operator: refuse clusters older than this (major.minor).',
    },
    {
      name: 'host',
      description:
        'W&B base URL to verify, after the switch and before remove-old (default: global.host of the CR). Verify runs only with an api-key.',
    },
    {
      name: 'api-key',
      secret: true,
      env: 'WANDB_API_KEY',
      description:
        'W&B API key for the verify step (a secret; the CLI reads WANDB_API_KEY). Without it verify is skipped, and remove-old is refused until a verify has passed.',
    },
    {
      name: 'verify-report-path',
      default: 'wandb-verify-report.json',
      description: "Where the verify step's JSON report is written.",
    },
    {
      name: 'poll-interval',
      type: 'number',
      default: '2',
      description: 'Seconds between status checks while waiting.',
    },
  ],
  outputs: [
    { name: 'cr-path', description: 'path of the CR file written for review' },
    {
      name: 'secrets-path',
      description:
        "to: v2: path of the Secrets' manifests (mode 0600; see secrets-output), empty when none and with pull-request (not written then); after a successful confirm a file in a temporary directory is deleted",
    },
    {
      name: 'moved-secrets',
      description: 'to: v2: values moved out of the CR, one `v1 path -> Secret/key` a line (never a value)',
    },
    { name: 'wandb-version', description: 'to: v2: the version pinned in spec.wandb.version' },
    {
      name: 'values-source',
      description:
        'to: v2: where the converted values came from: spec-active (the Secret, as the webhook reads first) | spec.values',
    },
    { name: 'unmapped-keys', description: 'old values not carried over, one dotted path a line' },
    {
      name: 'pull-request-number',
      description: 'to: v2 with pull-request: number of the migration pull request',
    },
    { name: 'pull-request-url', description: 'to: v2 with pull-request: URL of the migration pull request' },
    {
      name: 'pull-request-operation',
      description: 'to: v2 with pull-request: created | updated | none',
    },
    {
      name: 'result',
      description:
        'planned | migrated (switched and verified) | unverified (switched, verify skipped: remove-old is refused until a verify passes; to: v2: applied and rolled out, verify failed) | restored (failed, old Deployment scaled back up) | failed (scaling back failed too) | removed | refused',
    },
    {
      name: 'verify',
      description:
        'passed | failed | skipped (no api-key or host) | recorded (remove-old went on an earlier pass recorded on the CR)',
    },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runMigrate })),
};
