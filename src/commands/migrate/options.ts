import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Context } from '../../core/command.js';
import { DEFAULT_COMMIT_AUTHOR, parseCommitAuthor } from '../../pr/plan.js';
import { UserError } from '../../core/errors.js';
import { UsageError, bool, closest, list, num, str, type RawInputs } from '../../core/inputs.js';
import type { MigrateOptions, MigratePullRequest, MigrateTarget } from '../../migrate/options.js';

const TARGETS: MigrateTarget[] = ['operator', 'v2'];

function target(raw: RawInputs): MigrateTarget {
  const to = str(raw, 'to') ?? 'operator';
  if ((TARGETS as string[]).includes(to)) return to as MigrateTarget;
  const near = closest(to, TARGETS);
  throw new UsageError(
    `'to' is '${to}': migrate moves to 'operator' (a legacy installation to operator v1) or 'v2' (a live v1 CR to operator v2).`,
    `Set 'to' to ${near ? `'${near}'` : "'operator' or 'v2'"}.`,
  );
}

export function parseOptions(raw: RawInputs, ctx: Context): MigrateOptions {
  const namespace = str(raw, 'namespace') ?? 'default';
  const output = str(raw, 'output') ?? 'wandb-cr.yaml';
  const secretsOutput = str(raw, 'secrets-output');
  const options: MigrateOptions = {
    to: target(raw),
    kubeconfigContent: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path'),
    helmPath: str(raw, 'helm-path'),
    renderCheck: str(raw, 'render-check'),
    chart: str(raw, 'chart'),
    timeoutSeconds: num(raw, 'timeout') ?? 600,
    namespace,
    oldRelease: str(raw, 'old-release') ?? 'wandb',
    oldDeployment: str(raw, 'old-deployment'),
    name: str(raw, 'name') ?? 'wandb',
    crNamespace: str(raw, 'cr-namespace') ?? namespace,
    appChartRepo: str(raw, 'app-chart-repo') ?? 'https://charts.wandb.ai',
    appChartVersion: str(raw, 'app-chart-version'),
    output: isAbsolute(output) ? output : resolve(ctx.cwd, output),
    secretsOutput: secretsOutput === undefined ? undefined : resolve(ctx.cwd, secretsOutput),
    confirm: bool(raw, 'confirm'),
    removeOld: bool(raw, 'remove-old'),
    // Absent (a caller that builds RawInputs itself) means the default, true.
    installOperator: raw['install-operator'] !== false,
    operatorNamespace: str(raw, 'operator-namespace') ?? 'wandb-cr',
    operatorRelease: str(raw, 'operator-release') ?? 'operator',
    operatorChartRepo: str(raw, 'operator-chart-repo') ?? 'https://charts.wandb.ai',
    operatorChartVersion: str(raw, 'operator-chart-version'),
    minKubernetesVersion: str(raw, 'min-kubernetes-version') ?? '1.28',
    host: str(raw, 'host'),
    apiKey: str(raw, 'api-key'),
    verifyReportPath: str(raw, 'verify-report-path') ?? 'wandb-verify-report.json',
    pollSeconds: num(raw, 'poll-interval') ?? 2,
  };
  if (bool(raw, 'pull-request')) options.pullRequest = pullRequestOptions(raw, options, ctx);
  if (options.confirm && options.removeOld) {
    throw new UserError(
      "'confirm' and 'remove-old' are separate steps: the old installation is removed only after the new one is verified.",
      "Run with 'confirm: true' first, check the new instance, then run again with 'remove-old: true'.",
    );
  }
  if (options.to === 'v2' && options.removeOld) {
    throw new UserError(
      "'remove-old' belongs to the move from the legacy chart (to: operator); a migration to v2 keeps one CR, converted in place.",
      "Drop 'remove-old', or set 'to: operator'.",
    );
  }
  return options;
}

/** The branch of a CR's migration pull request: one per CR, so that two CRs never share one. */
export function defaultBranch(namespace: string, name: string): string {
  return `wandb-operator-actions/migrate-v2-${namespace}-${name}`;
}

/** `pull-request: true`: where the v2 CR goes for review, with upgrade-check's input names and meanings. */
function pullRequestOptions(raw: RawInputs, options: MigrateOptions, ctx: Context): MigratePullRequest {
  if (options.to !== 'v2') {
    throw new UsageError(
      "'pull-request' opens a pull request with the v2 CR of 'to: v2'. The CR of 'to: operator' may hold secrets from the old values, so it is never pushed.",
      "Set 'to: v2', or drop 'pull-request' and commit the reviewed CR yourself once its secrets are in Secrets.",
    );
  }
  if (options.confirm) {
    throw new UserError(
      "'pull-request' and 'confirm' are separate steps: the pull request is the review, confirm applies the reviewed file.",
      "Run with 'pull-request: true' first, merge the pull request, then run with 'confirm: true' on the merged file.",
    );
  }
  const token = str(raw, 'github-token');
  if (!token) {
    throw new UserError(
      "'pull-request' needs a token that can push a branch and open pull requests.",
      'Set github-token (GITHUB_TOKEN on the CLI); in a workflow, give the job `contents: write` and `pull-requests: write`.',
    );
  }
  ctx.redactor.add(token);
  const repositoryPath = resolve(ctx.cwd, str(raw, 'repository-path') ?? '.');
  const given = str(raw, 'pull-request-path');
  const inRepo = relative(repositoryPath, options.output);
  if (!given && (inRepo.startsWith('..') || isAbsolute(inRepo))) {
    throw new UserError(
      `The v2 CR is written to ${options.output}, outside repository-path (${repositoryPath}), so where it goes in the repository is not known.`,
      "Set 'pull-request-path' to its path in the repository (e.g. deploy/wandb-v2.yaml), or write 'output' inside the clone.",
    );
  }
  const path = (given ?? inRepo.split(sep).join('/')).replace(/^\.\//, '');
  if (!path || path.startsWith('/') || path.split('/').includes('..')) {
    throw new UserError(
      `pull-request-path '${path}' is not a path inside the repository.`,
      'Give it relative to the repository root, e.g. deploy/wandb-v2.yaml.',
    );
  }
  const authorText = str(raw, 'commit-author') ?? DEFAULT_COMMIT_AUTHOR;
  const author = parseCommitAuthor(authorText);
  if (!author) throw new UserError(`commit-author '${authorText}' is not 'Name <email>'.`);
  return {
    path,
    branch: str(raw, 'branch') ?? defaultBranch(options.crNamespace, options.name),
    base: str(raw, 'base'),
    labels: list(raw, 'labels'),
    assignees: list(raw, 'assignees'),
    reviewers: list(raw, 'reviewers'),
    // Under GitHub Actions the runner names the repository and API (GitHub Enterprise Server included).
    repository: str(raw, 'repository') ?? (ctx.env.GITHUB_REPOSITORY || undefined),
    repositoryPath,
    remote: str(raw, 'remote') ?? 'origin',
    token,
    githubApiUrl: str(raw, 'github-api-url') ?? (ctx.env.GITHUB_API_URL || 'https://api.github.com'),
    author,
  };
}
