import { explainGitHubError, type GitHubClient } from './client.js';
import { splitRepository } from './releases.js';

/**
 * One comment per issue or pull request that is edited in place on every run: found again by a hidden
 * marker (an HTML comment, invisible on GitHub), so a re-run never posts a second copy.
 *
 * Race-safe: two runs at once may both find no comment and both create one, and a create whose answer was
 * lost (a 502 on a write that went through) may be retried. So after a create the comments are listed
 * again, the oldest marked comment is kept (brought up to date), and every other marked comment is deleted.
 * Each racing run does the same and they agree on the same oldest, so one comment is left whoever wins.
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
    const listMarked = async () =>
      (
        await client.octokit.paginate(client.octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: request.issueNumber,
          per_page: 100,
        })
      )
        .filter((comment) => (comment.body ?? '').includes(request.marker))
        .sort((a, b) => a.id - b.id);
    // The oldest comment with the marker is the one kept up to date.
    const existing = (await listMarked())[0];
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
    try {
      await client.octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: request.issueNumber,
        body,
      });
    } catch (error) {
      // The create may have gone through although its answer was lost: the look below finds it.
      if (!isServerError(error)) throw error;
    }
    const marked = await listMarked();
    const [kept, ...extra] = marked;
    if (!kept) throw new Error('the comment was not created (GitHub answered with a server error)');
    for (const comment of extra) {
      await client.octokit.rest.issues
        .deleteComment({ owner, repo, comment_id: comment.id })
        .catch((error: unknown) => {
          // Another run deleted it first.
          if ((error as { status?: number }).status !== 404) throw error;
        });
    }
    if (kept.body !== body) {
      await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
    }
    return { action: 'created', id: kept.id, url: kept.html_url };
  } catch (error) {
    throw explainGitHubError(error, `comment on ${where}`, client);
  }
}

function isServerError(error: unknown): boolean {
  const status = (error as { status?: number }).status;
  return typeof status === 'number' && status >= 500;
}
