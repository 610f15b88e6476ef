import { GITHUB_BODY_LIMIT } from '../releases/render.js';
import { neutraliseReferences } from '../releases/mentions.js';

/**
 * Conventions of a pull-request body written by these jobs (pure): long parts folded in `<details>`,
 * mentions and issue references that notify no one and link nothing by accident, GitHub's size limit kept
 * with the hidden marker always whole, and a marker that tells later runs what the pull request is for.
 */

export { GITHUB_BODY_LIMIT, neutraliseReferences };

/**
 * A folded section. The blank lines around the content are what make GitHub render the Markdown inside
 * `<details>`; the summary is plain text (HTML-escaped).
 */
export function details(summary: string, content: string): string {
  return [
    '<details>',
    `<summary>${escapeHtml(summary)}</summary>`,
    '',
    content.trim(),
    '',
    '</details>',
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `head`, then the folded `sections` while they fit, then `footer` (which holds the marker and is never
 * cut): under `limit` whatever the input. Sections that do not fit are named in one line instead.
 */
export function fitBody(
  head: string,
  sections: Array<{ title: string; text: string }>,
  footer: string,
  limit = GITHUB_BODY_LIMIT,
): string {
  const parts = [head.trimEnd()];
  const left: string[] = [];
  let used = parts[0].length + footer.length + 2;
  const reserve = 200;
  for (const section of sections) {
    const folded = details(section.title, section.text);
    if (left.length === 0 && used + folded.length + 2 + reserve <= limit) {
      parts.push(folded);
      used += folded.length + 2;
    } else left.push(section.title);
  }
  if (left.length > 0) {
    parts.push(`… left out to stay under GitHub's size limit: ${left.join(', ')} (see the job's log).`);
  }
  let body = `${parts.join('\n\n')}\n\n${footer}`;
  if (body.length > limit) {
    body = `${head.slice(0, Math.max(0, limit - footer.length - 40))}\n\n… (cut to fit)\n\n${footer}`;
  }
  return body;
}

/** A hidden marker (an HTML comment) holding JSON, and reading it back from a body. */
export function renderMarker(name: string, value: unknown): string {
  return `<!-- wandb-operator-actions:${name} ${JSON.stringify(value)} -->`;
}

export function readMarker(body: string | null | undefined, name: string): unknown {
  if (!body) return undefined;
  const start = `<!-- wandb-operator-actions:${name} `;
  const at = body.lastIndexOf(start);
  if (at < 0) return undefined;
  const end = body.indexOf(' -->', at + start.length);
  if (end < 0) return undefined;
  try {
    return JSON.parse(body.slice(at + start.length, end));
  } catch {
    return undefined;
  }
}
