import { explainGitHubError, type GitHubClient } from './client.js';
import { splitRepository } from './releases.js';

/**
 * One comment per issue or pull request that is edited in place on every run: found again by a hidden
 * marker (an HTML comment, invisible on GitHub), so a re-run never posts a second copy.
 */
export interface UpsertCommentRequest {
  repository: string;
  issueNumber: number;
  /** e.g. `<!-- wandb-operator-actions:release-notes -->`; put at the top of the body. */
  marker: string;
  /** Body without the marker. */
  body: string;
}

export interface UpsertCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

export function withMarker(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

export async function upsertComment(
  client: GitHubClient,
  request: UpsertCommentRequest,
): Promise<UpsertCommentResult> {
  const { owner, repo } = splitRepository(request.repository, 'comment-repository');
  const where = `${request.repository}#${request.issueNumber}`;
  const body = withMarker(request.marker, request.body);
  try {
    const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: request.issueNumber,
      per_page: 100,
    });
    // The oldest comment with the marker is the one kept up to date (if a copy was ever made by hand, the
    // first stays the canonical one).
    const existing = comments.find((comment) => (comment.body ?? '').includes(request.marker));
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
      const { data } = await client.octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await client.octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: request.issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    throw explainGitHubError(error, `comment on ${where}`, client);
  }
}
