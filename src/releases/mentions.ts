/**
 * Release notes copied from W&B's repository into another repository's pull request or comment (pure).
 *
 * GitHub reads `#123` in a body as an issue of the repository the body is posted in, and `@name` as a
 * mention that notifies that person. Notes written for wandb/server mean wandb/server's issues, and the
 * people they name have nothing to do with the reader's repository. So, outside code:
 * - `#123` becomes an explicit link to the issue in the repository the notes come from;
 * - `@name` gets a zero-width space (`&#8203;`) after the `@`, which is how Renovate keeps the notes it copies
 *   from pinging anyone: the text reads the same, GitHub no longer sees a mention.
 * Code spans and fenced blocks are left as written (GitHub links nothing there).
 */

/** Where W&B Server's issues live, when a release does not say which repository it comes from. */
export const WANDB_SERVER_ISSUES = 'https://github.com/wandb/server/issues';

/** The issues URL of the repository a release page belongs to (`https://host/owner/repo/releases/...`). */
export function issuesUrlOf(releaseUrl: string | undefined): string {
  const match = releaseUrl ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/releases(\/|$)/.exec(releaseUrl) : null;
  return match ? `${match[1]}/issues` : WANDB_SERVER_ISSUES;
}

const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * `#123` not preceded by a word character, `/`, `&` (an HTML entity such as `&#8203;`) or `[` (already a
 * link's text), and not followed by a word character; `owner/repo#123` is left alone: GitHub links it right.
 */
const ISSUE = /(?<![\w/&[#])#(\d+)(?![\w\]])/g;
/** A GitHub login (or org/team) after an `@` that does not follow a word character (e.g. an e-mail address). */
const MENTION = /(?<![\w`@/.+-])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w-]+)?)/g;

function neutraliseText(text: string, issues: string): string {
  return text
    .replace(ISSUE, (_, n: string) => `[#${n}](${issues}/${n})`)
    .replace(MENTION, (_, name: string) => `@${ZERO_WIDTH_SPACE}${name}`);
}

/** Applies `neutraliseText` to the parts of a line outside code spans and bare URLs. */
function neutraliseLine(line: string, issues: string): string {
  // Code spans (`...`, ``...``), autolinks <...> and bare URLs are kept as written.
  const keep = /(`+)[\s\S]*?\1|<[a-z]+:[^>\s]*>|https?:\/\/[^\s)>\]]+/gi;
  let out = '';
  let last = 0;
  for (const match of line.matchAll(keep)) {
    out += neutraliseText(line.slice(last, match.index), issues) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return out + neutraliseText(line.slice(last), issues);
}

/**
 * Notes as they may be posted into another repository: issue references linked to `issuesUrl` (default
 * wandb/server's) and mentions that notify no one. Fenced code blocks are untouched.
 */
export function neutraliseReferences(notes: string, issuesUrl: string = WANDB_SERVER_ISSUES): string {
  const issues = issuesUrl.replace(/\/+$/, '');
  let fence: string | undefined;
  return notes
    .split('\n')
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return line;
      }
      return fence ? line : neutraliseLine(line, issues);
    })
    .join('\n');
}
