import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { bool, list, num, str, type RawInputs } from '../../core/inputs.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Release, SupportDecision, SupportPolicy } from '../../releases/types.js';
import { buildCatalog, catalogFromGitHub, knownAsOf, parseReleasesFile } from '../../releases/catalog.js';
import {
  checkDay,
  decideSupport,
  defaultPolicy,
  mergeSkip,
  parseEndDatesFile,
  parsePolicyName,
  parseSkipFile,
} from '../../releases/policy.js';
import { createGitHubClient, explainGitHubError, type GitHubClient } from '../../github/client.js';
import { FileCache } from '../../github/cache.js';
import { listReleases, splitRepository } from '../../github/releases.js';
import { PullRequestExistsError, PullRequests } from '../../github/pulls.js';
import { fetchServerVersion } from '../../wandb/api.js';
import { Repository, type Identity } from '../../git/repository.js';
import { locateVersion, parseFileSpec, setVersion, type FileSpec } from '../../upgrade/version-file.js';
import {
  commitMessage,
  decideIntent,
  desiredLabels,
  isEmptyUpdate,
  isOwnCommit,
  prUpdate,
  readMarker,
  withMarker,
  type DesiredPr,
  type PrSnapshot,
} from '../../upgrade/plan.js';
import { renderBody, renderTitle } from '../../upgrade/pr-body.js';
import { clusterVersion } from './cluster-source.js';

/**
 * upgrade-check: read the deployed version, decide with the support policy, and keep one upgrade pull
 * request. The decisions are in src/upgrade (pure); this file is the story of calls around them.
 */

type VersionSource = 'values-file' | 'server' | 'cluster';
export type Operation = 'created' | 'updated' | 'closed' | 'none';

export interface UpgradeCheckOptions {
  versionSource: VersionSource;
  files: FileSpec[];
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
  const warnDays = num(raw, 'warn-days') ?? 60;
  const scheduleDays = num(raw, 'schedule-days') ?? 7;
  if (warnDays < 0 || scheduleDays < 0) {
    throw new UserError('warn-days and schedule-days must not be negative.');
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
  const authorText =
    str(raw, 'commit-author') ??
    'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';
  const author = /^\s*(.+?)\s*<([^>]+)>\s*$/.exec(authorText);
  if (!author) throw new UserError(`commit-author '${authorText}' is not 'Name <email>'.`);
  return {
    versionSource: source,
    files,
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
    author: { name: author[1], email: author[2] },
  };
}

export interface UpgradeCheckResult {
  decision: SupportDecision;
  operation: Operation;
  pullRequest?: { number: number; url: string };
  /** REST requests sent to GitHub by this run (releases and pull requests). */
  githubRequests: number;
}

export async function run(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  await upgradeCheck(options, ctx);
  return 0;
}

/** The UTC day the run evaluates: `as-of`, or today. */
function evaluationDay(options: UpgradeCheckOptions, ctx: Context): Date {
  return options.asOf ? new Date(`${options.asOf}T00:00:00Z`) : ctx.now;
}

export async function upgradeCheck(options: UpgradeCheckOptions, ctx: Context): Promise<UpgradeCheckResult> {
  const when = evaluationDay(options, ctx);
  const github = createGitHubClient({
    baseUrl: options.githubApiUrl,
    token: options.token,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    env: ctx.env,
    onSecret: (secret) => ctx.redactor.add(secret),
    cache: options.cacheDir ? new FileCache(join(options.cacheDir, 'github-cache.json')) : undefined,
  });
  const policy = await loadPolicy(options, ctx);

  // Without a token this is a report: the version from the working tree, no git, no pull request.
  const writeMode = Boolean(options.token);
  const repo = writeMode
    ? new Repository({
        cwd: options.repositoryPath,
        remote: options.remote,
        token: options.token,
        env: ctx.env,
        redactor: ctx.redactor,
      })
    : undefined;

  let base = options.base;
  let baseSha: string | undefined;
  let branchSha: string | undefined;
  if (repo) {
    const heads = await repo.lsRemote([...(base ? [base] : []), options.branch]);
    base ??= heads.defaultBranch;
    if (!base) {
      throw new UserError(
        `The remote '${options.remote}' does not say which branch is its default.`,
        "Set 'base' to the branch the upgrade pull request should target.",
      );
    }
    const exists = heads.heads.has(`refs/heads/${options.branch}`);
    const tips = await repo.fetch([base, ...(exists ? [options.branch] : [])]);
    baseSha = tips.get(base);
    branchSha = tips.get(options.branch);
  }

  const fileTexts = await readVersionFiles(options, repo, baseSha);
  const deployed = await findDeployedVersion(options, fileTexts, ctx);

  const catalog = await loadCatalog(options, github, ctx);
  const known = knownAsOf(catalog, when.toISOString().slice(0, 10));
  const decision = decideSupport(catalog, deployed.version, policy, when);
  reportDecision(decision, deployed.where, ctx);

  const result: UpgradeCheckResult = { decision, operation: 'none', githubRequests: 0 };
  const finish = () => {
    result.githubRequests = github.stats.calls;
    ctx.out.setOutput('pull-request-number', result.pullRequest ? String(result.pullRequest.number) : '');
    ctx.out.setOutput('pull-request-url', result.pullRequest?.url ?? '');
    ctx.out.setOutput('pull-request-operation', result.operation);
    ctx.out.summary(summaryMarkdown(decision, deployed.where, result, options));
    ctx.out.info(`GitHub API requests: ${result.githubRequests}`);
    ctx.out.print(resultLine(decision, result, options.dryRun));
    return result;
  };

  if (!repo || !baseSha || !base) {
    ctx.out.notice('No github-token: reporting only (no branch is pushed and no pull request is opened).');
    return finish();
  }
  const { owner, repo: name } = await repositoryName(options, repo);
  const pulls = new PullRequests(github.octokit, { owner, repo: name });
  const what = (action: string) => (error: unknown) => {
    throw explainGitHubError(error, action, github);
  };

  const prs = await pulls
    .forBranch(options.branch)
    .catch(what(`list the pull requests of ${options.branch}`));
  const open = prs.find((p) => p.state === 'open');
  const lastClosed = open ? undefined : prs.find((p) => p.state === 'closed');
  if (open) result.pullRequest = { number: open.number, url: open.url };
  const intent = decideIntent({
    decision,
    warnDays: options.warnDays,
    scheduleDays: options.scheduleDays,
    open,
    lastClosed,
  });
  ctx.out.info(
    intent.kind === 'propose'
      ? `Upgrade due: ${intent.deployed} -> ${intent.target} (support ends ${decision.endOfSupport}; the pull request opens ${options.warnDays} days ahead).`
      : intent.kind === 'none'
        ? `Nothing to do: ${intent.reason}`
        : intent.kind === 'close'
          ? `Closing pull request #${intent.pr.number}: ${intent.reason}`
          : intent.reason,
  );

  if (intent.kind === 'none') {
    if (intent.warning) ctx.out.warning(intent.warning);
    return finish();
  }
  if (intent.kind === 'blocked') {
    ctx.out.warning(
      `${intent.reason} This job will not change it. Close it, or rename the branch this job uses ('branch' input).`,
    );
    return finish();
  }
  if (intent.kind === 'close') {
    if (options.dryRun) {
      ctx.out.info(`Dry run: would close pull request #${intent.pr.number}.`);
      return finish();
    }
    const marker = readMarker(intent.pr.body);
    const body = marker ? withMarker(intent.pr.body, { ...marker, closed: 'obsolete' }) : intent.pr.body;
    await pulls.update(intent.pr.number, { state: 'closed', body }).catch(what(`close #${intent.pr.number}`));
    await pulls
      .comment(intent.pr.number, `Closed by wandb-operator-actions upgrade-check: ${intent.reason}`)
      .catch(what(`comment on #${intent.pr.number}`));
    result.operation = 'closed';
    if (branchSha) await deleteOwnBranch(repo, options.branch, baseSha, branchSha, ctx);
    return finish();
  }

  // propose: the branch holds one commit of ours on the base; the PR says why.
  const target = intent.target;
  const edited: Record<string, string> = {};
  for (const file of fileTexts) edited[file.spec.path] = setVersion(file.text, file.spec, target);
  if (Object.keys(edited).length === 0) {
    ctx.out.warning(
      `An upgrade to ${target} is due, but no file to edit was given: set 'files' to the path:keypath that pins the version, so that this job can open the pull request.`,
    );
    return finish();
  }

  if (branchSha) {
    const foreign = (await repo.commitsBetween(baseSha, branchSha)).filter((c) => !isOwnCommit(c.message));
    if (foreign.length > 0) {
      const list = foreign.map((c) => `${c.sha.slice(0, 12)} "${c.subject}" by ${c.author}`).join('; ');
      ctx.out.warning(
        `The branch ${options.branch} has ${foreign.length} commit(s) this job did not make: ${list}. They are not overwritten, so the upgrade to ${target} is not pushed. To go on: merge or close ${open ? `pull request #${open.number}` : 'the pull request'} and delete the branch, or drop those commits from it; the next run then brings the pull request up to date.`,
      );
      return finish();
    }
  }

  let pushed = false;
  const holds = branchSha !== undefined && (await branchHolds(repo, branchSha, edited));
  if (!holds) {
    // A fixed date makes the commit id a function of its inputs: two runs at once push the same commit.
    const commit = await repo.createCommit({
      parent: baseSha,
      files: edited,
      message: commitMessage(deployed.version, target, Object.keys(edited)),
      author: options.author,
      date: await repo.commitDate(baseSha),
    });
    if (options.dryRun) {
      ctx.out.info(`Dry run: would push ${commit.slice(0, 12)} to ${options.branch}.`);
    } else {
      const push = await repo.push(commit, options.branch, branchSha);
      if (push.ok) {
        pushed = true;
      } else {
        const now = (await repo.lsRemote([options.branch])).heads.get(`refs/heads/${options.branch}`);
        if (now !== commit) {
          throw new UserError(
            `Could not push ${options.branch}: ${push.detail}`,
            push.stale
              ? 'The branch changed on the remote while this run worked (another run, or a person). Run the job again; it does not overwrite commits it did not make.'
              : 'Check that the token may push to the repository (contents: write).',
          );
        }
        // Another run pushed the very same commit a moment ago: nothing left to push.
      }
    }
  }

  const desired: DesiredPr = {
    title: renderTitle(decision, target),
    body: renderBody(
      {
        decision,
        target,
        files: fileTexts.map((f) => ({ path: f.spec.path, keyPath: f.spec.keyPath })),
        catalog: known,
        policy,
        source: deployed.where,
      },
      { deployed: deployed.version, target },
    ),
    labels: options.labels,
    urgentLabel: options.urgentLabel,
    urgent: intent.urgent,
  };

  if (options.dryRun) {
    if (!intent.pr) {
      ctx.out.info(`Dry run: would open the pull request "${desired.title}".`);
    } else if (!holds || !isEmptyUpdate(prUpdate(intent.pr, desired))) {
      ctx.out.info(`Dry run: would update pull request #${intent.pr.number} to "${desired.title}".`);
    } else {
      ctx.out.info(`Dry run: pull request #${intent.pr.number} is up to date; nothing would change.`);
    }
    return finish();
  }

  const applyUpdate = async (pr: PrSnapshot): Promise<boolean> => {
    const update = prUpdate(pr, desired);
    if (update.title !== undefined || update.body !== undefined) {
      await pulls
        .update(pr.number, { title: update.title, body: update.body })
        .catch(what(`update #${pr.number}`));
    }
    await labelsBestEffort(() => pulls.addLabels(pr.number, update.addLabels), ctx, 'add labels');
    for (const label of update.removeLabels) {
      await labelsBestEffort(() => pulls.removeLabel(pr.number, label), ctx, `remove the ${label} label`);
    }
    result.pullRequest = { number: pr.number, url: pr.url };
    return !isEmptyUpdate(update);
  };

  if (intent.pr) {
    const changed = await applyUpdate(intent.pr);
    result.operation = pushed || changed ? 'updated' : 'none';
    return finish();
  }
  try {
    const created = await pulls.create({
      title: desired.title,
      body: desired.body,
      head: options.branch,
      base,
    });
    result.operation = 'created';
    result.pullRequest = { number: created.number, url: created.url };
    await labelsBestEffort(() => pulls.addLabels(created.number, desiredLabels(desired)), ctx, 'add labels');
    await labelsBestEffort(() => pulls.addAssignees(created.number, options.assignees), ctx, 'add assignees');
    await labelsBestEffort(
      () => pulls.requestReviewers(created.number, options.reviewers),
      ctx,
      'request reviewers',
    );
  } catch (error) {
    if (!(error instanceof PullRequestExistsError))
      what(`open the pull request for ${options.branch}`)(error);
    // A run at the same moment opened it first: make that one right instead of opening a second.
    const again = (await pulls.forBranch(options.branch).catch(what('list the pull requests again'))).find(
      (p) => p.state === 'open',
    );
    if (!again)
      throw new UserError(
        `GitHub says a pull request for ${options.branch} exists, but none is open. Run again.`,
      );
    const changed = await applyUpdate(again);
    result.operation = pushed || changed ? 'updated' : 'none';
  }
  return finish();
}

async function labelsBestEffort(call: () => Promise<void>, ctx: Context, what: string): Promise<void> {
  try {
    await call();
  } catch (error) {
    // The pull request exists and is right; a missing label or reviewer must not fail the job.
    ctx.out.warning(`Could not ${what} on the upgrade pull request: ${errorMessage(error)}`);
  }
}

async function branchHolds(repo: Repository, sha: string, edited: Record<string, string>): Promise<boolean> {
  for (const [path, content] of Object.entries(edited)) {
    if ((await repo.readFile(sha, path)) !== content) return false;
  }
  return true;
}

async function deleteOwnBranch(
  repo: Repository,
  branch: string,
  baseSha: string,
  branchSha: string,
  ctx: Context,
): Promise<void> {
  const commits = await repo.commitsBetween(baseSha, branchSha);
  if (commits.some((c) => !isOwnCommit(c.message))) {
    ctx.out.info(`The branch ${branch} holds commits this job did not make; it is left in place.`);
    return;
  }
  const outcome = await repo.deleteBranch(branch, branchSha);
  if (!outcome.ok) ctx.out.info(`The branch ${branch} was not deleted: ${outcome.detail}`);
}

interface FileText {
  spec: FileSpec;
  text: string;
}

/** The version files as they are on the base branch (or in the working tree when reporting only). */
async function readVersionFiles(
  options: UpgradeCheckOptions,
  repo: Repository | undefined,
  baseSha: string | undefined,
): Promise<FileText[]> {
  const out: FileText[] = [];
  for (const spec of options.files) {
    let text: string | undefined;
    if (repo && baseSha) {
      text = await repo.readFile(baseSha, spec.path);
    } else {
      text = await readFile(resolve(options.repositoryPath, spec.path), 'utf8').catch(() => undefined);
    }
    if (text === undefined) {
      throw new UserError(
        `${spec.path} does not exist${baseSha ? ` on the base branch (${baseSha.slice(0, 12)})` : ''}.`,
        "Give 'files' as paths relative to the repository root.",
      );
    }
    out.push({ spec, text });
  }
  return out;
}

async function findDeployedVersion(
  options: UpgradeCheckOptions,
  files: FileText[],
  ctx: Context,
): Promise<{ version: string; where: string }> {
  // Whatever the source, the files must parse and agree, since the pull request edits them.
  const located = files.map((f) => ({ spec: f.spec, location: locateVersion(f.text, f.spec) }));
  const versions = new Set(located.map((l) => l.location.version));
  if (versions.size > 1) {
    throw new UserError(
      `The files disagree on the W&B Server version: ${located.map((l) => `${l.spec.path} has ${l.location.version}`).join(', ')}.`,
      'Pin the same version in every file listed in files, or list only the ones for one deployment.',
      { file: located[0].spec.path, line: located[0].location.line, column: located[0].location.column },
    );
  }
  if (options.versionSource === 'values-file') {
    return {
      version: located[0].location.version,
      where: `pinned in ${located.map((l) => `\`${l.spec.path}\``).join(', ')}`,
    };
  }
  if (options.versionSource === 'server') {
    const host = options.host as string;
    let version: string | undefined;
    try {
      version = await fetchServerVersion(host, options.apiKey as string, {
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw new UserError(
        `Could not read the version from the W&B Server at ${host}: ${errorMessage(error)}`,
        'Check host (the URL users open), that the runner can reach it, and api-key.',
      );
    }
    if (!version) {
      throw new UserError(
        `The W&B Server at ${host} did not say which version it runs.`,
        'Use version-source values-file instead.',
      );
    }
    const parsed = located.length > 0 ? located[0].location.version : undefined;
    if (parsed && parsed !== version.replace(/^v/, '')) {
      ctx.out.warning(
        `The server at ${host} runs ${version}, while the files pin ${parsed}: a rollout may be pending.`,
      );
    }
    const normalised = /^[vV]?\d+\.\d+\.\d+/.exec(version)?.[0].replace(/^[vV]/, '');
    if (!normalised) {
      throw new UserError(
        `The W&B Server at ${host} runs '${version}', which is not a released version.`,
        'Pin a released W&B Server version (e.g. 0.74.1) so that its support can be worked out.',
      );
    }
    return { version: normalised, where: `running at ${host}` };
  }
  const found = await clusterVersion(
    {
      kubeconfig: options.kubeconfig,
      context: options.context,
      kubectlPath: options.kubectlPath,
      crName: options.crName,
      crNamespace: options.crNamespace,
    },
    ctx,
  );
  const pinnedInFiles = located.length > 0 ? located[0].location.version : undefined;
  if (pinnedInFiles && pinnedInFiles !== found.version) {
    ctx.out.warning(
      `The cluster runs ${found.version} (${found.where}), while the files pin ${pinnedInFiles}: a rollout may be pending.`,
    );
  }
  return { version: found.version, where: `deployed ${found.where}` };
}

async function loadPolicy(options: UpgradeCheckOptions, ctx: Context): Promise<SupportPolicy> {
  const policy: SupportPolicy = { ...options.policy, endDates: { ...options.policy.endDates } };
  const read = async (file: string) => {
    try {
      return await readFile(resolve(ctx.cwd, file), 'utf8');
    } catch {
      throw new UserError(`Cannot read ${file}.`, 'Check the path (relative to the working directory).');
    }
  };
  if (options.endDatesFile) {
    Object.assign(policy.endDates, parseEndDatesFile(await read(options.endDatesFile), options.endDatesFile));
  }
  if (options.skipFile)
    policy.skip = mergeSkip(policy.skip, parseSkipFile(await read(options.skipFile), options.skipFile));
  return policy;
}

async function loadCatalog(
  options: UpgradeCheckOptions,
  github: GitHubClient,
  ctx: Context,
): Promise<Release[]> {
  if (options.releasesFile) {
    let text: string;
    try {
      text = await readFile(resolve(ctx.cwd, options.releasesFile), 'utf8');
    } catch {
      throw new UserError(`Cannot read ${options.releasesFile}.`, 'Check the releases-file path.');
    }
    // The same filtering, de-duplication and order as releases from GitHub.
    return buildCatalog(parseReleasesFile(text, options.releasesFile));
  }
  const objects = await listReleases(github, options.releasesRepository);
  const { releases, ignored } = catalogFromGitHub(objects);
  if (ignored.length > 0) ctx.out.info(`Ignored releases whose tag is not a version: ${ignored.join(', ')}`);
  return releases;
}

async function repositoryName(
  options: UpgradeCheckOptions,
  repo: Repository,
): Promise<{ owner: string; repo: string }> {
  if (options.repository) return splitRepository(options.repository);
  const url = await repo.remoteUrl();
  const match = /[/:]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) {
    throw new UserError(
      `Cannot tell the GitHub repository from the remote URL '${url}'.`,
      "Set 'repository' to owner/name.",
    );
  }
  return { owner: match[1], repo: match[2] };
}

function reportDecision(decision: SupportDecision, where: string, ctx: Context): void {
  ctx.out.setOutput('deployed-version', decision.version);
  ctx.out.setOutput('end-of-support', decision.endOfSupport);
  ctx.out.setOutput('days-left', String(decision.daysLeft));
  ctx.out.setOutput('status', decision.status);
  ctx.out.setOutput('target-version', decision.target ?? '');
  const left =
    decision.daysLeft > 0 ? `${decision.daysLeft} days left` : `ended ${-decision.daysLeft} days ago`;
  ctx.out.info(
    `W&B Server ${decision.version} (${where.replace(/`/g, '')}): support ends ${decision.endOfSupport} (${left}), status ${decision.status}${decision.target ? `, recommended ${decision.target}` : ''}.`,
  );
  if (decision.status === 'expired') {
    ctx.out.warning(`W&B Server ${decision.version} has been out of support since ${decision.endOfSupport}.`);
  }
}

/** The command's result on stdout: one line a person or a script can read. */
function resultLine(decision: SupportDecision, result: UpgradeCheckResult, dryRun: boolean): string {
  const pr = result.pullRequest ? ` #${result.pullRequest.number} ${result.pullRequest.url}` : '';
  const what =
    result.operation === 'none'
      ? result.pullRequest
        ? `pull request${pr} unchanged`
        : 'no pull request'
      : `pull request${pr} ${result.operation}`;
  return `${decision.version} ${decision.status} until ${decision.endOfSupport}${decision.target ? `, target ${decision.target}` : ''}: ${what}${dryRun ? ' (dry run)' : ''}`;
}

function summaryMarkdown(
  decision: SupportDecision,
  where: string,
  result: UpgradeCheckResult,
  options: UpgradeCheckOptions,
): string {
  const pr = result.pullRequest ? `[#${result.pullRequest.number}](${result.pullRequest.url})` : '-';
  const left =
    decision.daysLeft > 0 ? `${decision.daysLeft} days left` : `ended ${-decision.daysLeft} days ago`;
  return [
    '## W&B Server upgrade check',
    '',
    '| | |',
    '| --- | --- |',
    `| Deployed version | ${decision.version} (${where}) |`,
    `| End of support | ${decision.endOfSupport} (${left}) |`,
    `| Status | ${decision.status} |`,
    `| Target version | ${decision.target ?? '-'} |`,
    `| Pull request | ${pr} |`,
    `| Operation | ${result.operation}${options.dryRun ? ' (dry run)' : ''} |`,
    '',
    `Policy \`${options.policy.name}\`, warn ${options.warnDays} days ahead${options.asOf ? `, as of ${options.asOf}` : ''}. ${decision.reason}`,
  ].join('\n');
}
