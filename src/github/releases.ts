import type { GitHubReleaseObject } from '../releases/catalog.js';
import { UserError } from '../core/errors.js';
import { explainGitHubError, type GitHubClient } from './client.js';

/** `owner/name` → { owner, repo }, or a UserError saying what is expected. */
export function splitRepository(repository: string, input = 'repository'): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!match)
    throw new UserError(
      `'${repository}' is not a repository name.`,
      `Give ${input} as owner/name, e.g. wandb/server.`,
    );
  return { owner: match[1], repo: match[2] };
}

/**
 * Every release of a repository (GitHub `GET /repos/{owner}/{repo}/releases`, 100 a page, following the Link
 * header). wandb/server has under 200, i.e. two pages; with a warm cache both come back as free 304s.
 */
export async function listReleases(client: GitHubClient, repository: string): Promise<GitHubReleaseObject[]> {
  const { owner, repo } = splitRepository(repository);
  try {
    return (await client.octokit.paginate(client.octokit.rest.repos.listReleases, {
      owner,
      repo,
      per_page: 100,
    })) as GitHubReleaseObject[];
  } catch (error) {
    throw explainGitHubError(error, `list the releases of ${repository}`, client);
  }
}
