import type { PrSnapshot } from '../upgrade/plan.js';

/**
 * What a job that keeps one pull request on its own branch changes on that pull request (pure): the
 * decisions shared by upgrade-check and migrate, with no git and no GitHub here.
 */

export type { PrSnapshot };

/** The change to make to an existing pull request; empty when it is already right. */
export interface PrChange {
  title?: string;
  body?: string;
  addLabels: string[];
  removeLabels: string[];
}

/** The pull request a run wants: title, body and the labels it must carry (people may add more). */
export interface WantedPr {
  title: string;
  body: string;
  labels: string[];
}

/** Bodies come back from GitHub with `\r\n` at times; compare what a reader sees. */
export function sameText(a: string, b: string): boolean {
  const norm = (text: string) => text.replace(/\r\n/g, '\n').trim();
  return norm(a) === norm(b);
}

/** Title and body as wanted, labels only added (a label a person added stays). */
export function changeFor(existing: PrSnapshot, wanted: WantedPr): PrChange {
  const have = new Set(existing.labels.map((l) => l.toLowerCase()));
  return {
    ...(existing.title !== wanted.title ? { title: wanted.title } : {}),
    ...(!sameText(existing.body, wanted.body) ? { body: wanted.body } : {}),
    addLabels: wanted.labels.filter((label) => !have.has(label.toLowerCase())),
    removeLabels: [],
  };
}

export function isEmptyChange(change: PrChange): boolean {
  return (
    change.title === undefined &&
    change.body === undefined &&
    change.addLabels.length === 0 &&
    change.removeLabels.length === 0
  );
}

/** Whether a commit message carries `trailer` on a line of its own (a commit the job made itself). */
export function hasTrailer(message: string, trailer: string): boolean {
  return message.split(/\r?\n/).some((line) => line.trim() === trailer);
}

/** Who commits when `commit-author` is not given: the Actions bot, as GitHub's own actions commit. */
export const DEFAULT_COMMIT_AUTHOR =
  'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>';

/** `Name <email>` (the `commit-author` input) as a git identity; undefined when it is not of that form. */
export function parseCommitAuthor(text: string): { name: string; email: string } | undefined {
  const match = /^\s*(.+?)\s*<([^>]+)>\s*$/.exec(text);
  return match ? { name: match[1], email: match[2] } : undefined;
}
