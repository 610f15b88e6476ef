import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { bool, list, num, str, type RawInputs } from '../../core/inputs.js';
import { DEFAULT_COMMIT_AUTHOR, parseCommitAuthor } from '../../pr/plan.js';
import { UserError } from '../../core/errors.js';
import type { SupportPolicy } from '../../releases/types.js';
import { DEFAULT_WARN_DAYS, checkDay, defaultPolicy, parsePolicyName } from '../../releases/policy.js';
import type { Identity } from '../../git/repository.js';
import { parseFileSpec, type FileSpec } from '../../upgrade/version-file.js';
import { parseChartFileSpec } from '../../upgrade/chart.js';

/** upgrade-check's inputs, read once at the edge into a typed object; nothing below reads inputs or env. */

export type VersionSource = 'values-file' | 'server' | 'cluster';
export type Operation = 'created' | 'updated' | 'closed' | 'none';

export interface UpgradeCheckOptions {
  versionSource: VersionSource;
  files: FileSpec[];
  /** Where the operator-wandb chart version is pinned; empty: `spec.chart.version` beside each CR's tag. */
  chartFiles: FileSpec[];
  policy: SupportPolicy;
  warnDays: number;
  scheduleDays: number;
  endDatesFile?: string;
  skipFile?: string;
  branch: string;
  base?: string;
  labels: string[];
  urgentLabel: string;
  assignees: string[];
  reviewers: string[];
  asOf?: string;
  dryRun: boolean;
  repository?: string;
  repositoryPath: string;
  remote: string;
  token?: string;
  githubApiUrl: string;
  releasesRepository: string;
  releasesFile?: string;
  cacheDir?: string;
  host?: string;
  apiKey?: string;
  crName: string;
  crNamespace: string;
  kubeconfig?: string;
  context?: string;
  kubectlPath?: string;
  author: Identity;
}

export function parseOptions(raw: RawInputs, ctx: Context): UpgradeCheckOptions {
  const source = (str(raw, 'version-source') ?? 'values-file') as VersionSource;
  if (!['values-file', 'server', 'cluster'].includes(source)) {
    throw new UserError(`Unknown version-source '${source}'.`, 'Use values-file, server or cluster.');
  }
  const files = list(raw, 'files').map(parseFileSpec);
  if (source === 'values-file' && files.length === 0) {
    throw new UserError(
      'version-source values-file needs the files that pin the version.',
      "Set 'files' to path:keypath lines, e.g. 'deploy/wandb.yaml:spec.values.app.image.tag' (--files on the CLI).",
    );
  }
  const warnDays = num(raw, 'warn-days') ?? DEFAULT_WARN_DAYS;
  const scheduleDays = num(raw, 'schedule-days') ?? 7;
  if (![warnDays, scheduleDays].every((days) => Number.isInteger(days) && days >= 0)) {
    throw new UserError('warn-days and schedule-days must be whole numbers of days (0 or more).');
  }
  const target = str(raw, 'target') ?? 'latest';
  if (target !== 'latest' && target !== 'next-minor') {
    throw new UserError(`Unknown target '${target}'.`, 'Use latest or next-minor.');
  }
  const policy: SupportPolicy = {
    ...defaultPolicy(),
    name: parsePolicyName(str(raw, 'policy') ?? 'minor-12-months'),
    warnDays,
    target,
  };
  const asOf = str(raw, 'as-of');
  if (asOf) checkDay(asOf, 'as-of');
  const token = str(raw, 'github-token');
  ctx.redactor.add(token);
  const apiKey = str(raw, 'api-key');
  if (apiKey) {
    // The forms the key takes on the wire (HTTP Basic `api:<key>`), as well as the key itself.
    ctx.redactor.add(apiKey);
    ctx.redactor.add(`api:${apiKey}`);
  }
  if (source === 'server' && (!str(raw, 'host') || !apiKey)) {
    throw new UserError(
      'version-source server needs host and api-key.',
      "Set 'host' to the W&B Server URL and 'api-key' to a W&B API key (WANDB_API_KEY on the CLI).",
    );
  }
  const authorText = str(raw, 'commit-author') ?? DEFAULT_COMMIT_AUTHOR;
  const author = parseCommitAuthor(authorText);
  if (!author) throw new UserError(`commit-author '${authorText}' is not 'Name <email>'.`);
  return {
    versionSource: source,
    files,
    chartFiles: list(raw, 'chart-files').map(parseChartFileSpec),
    policy,
    warnDays,
    scheduleDays,
    endDatesFile: str(raw, 'end-dates-file'),
    skipFile: str(raw, 'skip-file'),
    branch: str(raw, 'branch') ?? 'wandb-operator-actions/upgrade-wandb-server',
    base: str(raw, 'base'),
    labels: list(raw, 'labels'),
    urgentLabel: str(raw, 'urgent-label') ?? 'urgent',
    assignees: list(raw, 'assignees'),
    reviewers: list(raw, 'reviewers'),
    asOf,
    dryRun: bool(raw, 'dry-run'),
    // Under GitHub Actions the runner names the repository and API (GitHub Enterprise Server included).
    repository: str(raw, 'repository') ?? (ctx.env.GITHUB_REPOSITORY || undefined),
    repositoryPath: resolve(ctx.cwd, str(raw, 'repository-path') ?? '.'),
    remote: str(raw, 'remote') ?? 'origin',
    token,
    githubApiUrl: str(raw, 'github-api-url') ?? (ctx.env.GITHUB_API_URL || 'https://api.github.com'),
    releasesRepository: str(raw, 'releases-repository') ?? 'wandb/server',
    releasesFile: str(raw, 'releases-file'),
    cacheDir: str(raw, 'cache-dir'),
    host: str(raw, 'host'),
    apiKey,
    crName: str(raw, 'cr-name') ?? 'wandb',
    crNamespace: str(raw, 'cr-namespace') ?? 'default',
    kubeconfig: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path'),
    author,
  };
}
