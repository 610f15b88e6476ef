import { repositoryOf } from '../../pr/branch-pr.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError, errorMessage } from '../../core/errors.js';
import type { Release, SupportPolicy } from '../../releases/types.js';
import { buildCatalog, catalogFromGitHub, parseReleasesFile } from '../../releases/catalog.js';
import { mergeSkip, parseEndDatesFile, parseSkipFile } from '../../releases/policy.js';
import type { GitHubClient } from '../../github/client.js';
import { listReleases } from '../../github/releases.js';
import { fetchServerVersion } from '../../wandb/api.js';
import type { Repository } from '../../git/repository.js';
import { locateVersion, type FileSpec } from '../../upgrade/version-file.js';
import { chartSpecBeside, readChartPin, type ChartPin, type ClusterChart } from '../../upgrade/chart.js';
import { clusterVersion } from './cluster-source.js';
import type { UpgradeCheckOptions } from './options.js';

/** Where upgrade-check reads from: the version files, the server or cluster, the policy files, the releases. */

export interface FileText {
  spec: FileSpec;
  text: string;
}

/** The version files as they are on the base branch (or in the working tree when reporting only). */
export async function readVersionFiles(
  options: UpgradeCheckOptions,
  repo: Repository | undefined,
  baseSha: string | undefined,
  specs: FileSpec[] = options.files,
): Promise<FileText[]> {
  const out: FileText[] = [];
  for (const spec of specs) {
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

/**
 * Where the files pin the operator-wandb chart. With `chart-files`, those files (read like the version files);
 * without, `spec.chart.version` in each version file that holds a whole CR. A values file (key path not under
 * `spec.`) cannot hold `spec.chart`, which is said rather than guessed around.
 */
export async function readChartPins(
  options: UpgradeCheckOptions,
  files: FileText[],
  repo: Repository | undefined,
  baseSha: string | undefined,
): Promise<Array<{ pin: ChartPin; file?: FileText }>> {
  if (options.chartFiles.length > 0) {
    const texts = await readVersionFiles(options, repo, baseSha, options.chartFiles);
    return texts.map((file) => ({ pin: readChartPin(file.text, file.spec), file }));
  }
  return files.map((file) => {
    const spec = chartSpecBeside(file.spec);
    if (!spec) {
      return {
        pin: {
          state: 'not-pinned' as const,
          detail: `\`${file.spec.path}\` holds the tag at \`${file.spec.keyPath}\`, outside a CR's \`spec\`, so it cannot hold \`spec.chart\` (name the chart's file with \`chart-files\`)`,
          channel: false,
        },
      };
    }
    return { pin: readChartPin(file.text, spec), file: { spec, text: file.text } };
  });
}

export async function findDeployedVersion(
  options: UpgradeCheckOptions,
  files: FileText[],
  ctx: Context,
): Promise<{ version: string; where: string; chart?: ClusterChart }> {
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
        env: ctx.env,
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
  if (found.chart?.source === 'channel') {
    ctx.out.info(
      `The CR ${options.crNamespace}/${options.crName} sets no spec.chart: the operator takes the chart from the release channel${found.chart.applied?.version ? ` (last applied: operator-wandb ${found.chart.applied.version})` : ''}.`,
    );
  }
  return { version: found.version, where: `deployed ${found.where}`, chart: found.chart };
}

export async function loadPolicy(options: UpgradeCheckOptions, ctx: Context): Promise<SupportPolicy> {
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

export async function loadCatalog(
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

export async function repositoryName(
  options: UpgradeCheckOptions,
  repo: Repository,
): Promise<{ owner: string; repo: string }> {
  return repositoryOf(options.repository, repo);
}
