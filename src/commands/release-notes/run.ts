import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { str, type RawInputs } from '../../core/inputs.js';
import { findRelease, knownAsOf, newestRelease, releasesBetween } from '../../releases/catalog.js';
import { utcDay } from '../../releases/policy.js';
import {
  GITHUB_BODY_LIMIT,
  renderReleaseNotes,
  renderReleaseNotesJson,
  renderSlackText,
} from '../../releases/render.js';
import { normaliseVersion } from '../../releases/version.js';
import { githubClient, loadCatalog, readReleaseSourceOptions } from '../../github/options.js';
import { upsertComment } from '../../github/comments.js';
import { splitRepository } from '../../github/releases.js';
import { readPolicyOptions } from '../../releases/policy-inputs.js';
import { postToSlack } from './slack.js';

/** Hidden marker by which the comment is found again and edited in place. */
export const COMMENT_MARKER = '<!-- wandb-operator-actions:release-notes -->';

type PostTo =
  | { kind: 'summary' }
  | { kind: 'file'; path: string }
  | { kind: 'comment'; number: number; repository: string }
  | { kind: 'slack'; webhookUrl: string };

interface Options {
  from: string;
  to: string | 'latest';
  format: 'markdown' | 'json';
  postTo: PostTo;
}

function parsePostTo(text: string, raw: RawInputs, ctx: Context): PostTo {
  const [kind, ...rest] = text.trim().split(':');
  const value = rest.join(':').trim();
  if (kind === 'summary' && !value) return { kind: 'summary' };
  if (kind === 'file' && value) return { kind: 'file', path: value };
  if ((kind === 'pr-comment' || kind === 'issue-comment') && /^[1-9]\d*$/.test(value)) {
    const repository = str(raw, 'comment-repository') ?? ctx.env.GITHUB_REPOSITORY;
    if (!repository) {
      throw new UserError(
        `post-to ${text} needs the repository to comment in.`,
        "Set comment-repository (owner/name); in a workflow it defaults to the workflow's repository.",
      );
    }
    splitRepository(repository, 'comment-repository');
    return { kind: 'comment', number: Number(value), repository };
  }
  if (kind === 'slack' && !value) {
    const webhookUrl = str(raw, 'slack-webhook-url');
    if (!webhookUrl) {
      throw new UserError(
        'post-to: slack needs the Slack incoming-webhook URL.',
        'Pass slack-webhook-url from a secret (the CLI reads SLACK_WEBHOOK_URL).',
      );
    }
    ctx.redactor.add(webhookUrl);
    return { kind: 'slack', webhookUrl };
  }
  throw new UserError(
    `post-to '${text}' is not one of summary, file:PATH, pr-comment:NUMBER, issue-comment:NUMBER, slack.`,
    'For example post-to: pr-comment:42.',
  );
}

function parseOptions(raw: RawInputs, ctx: Context): Options {
  const fromText = str(raw, 'from') ?? '';
  const from = normaliseVersion(fromText);
  if (!from)
    throw new UserError(`from '${fromText}' is not a version.`, 'Give the version you run now, e.g. 0.74.1.');
  const toText = str(raw, 'to') ?? 'latest';
  const to = toText === 'latest' ? 'latest' : normaliseVersion(toText);
  if (!to)
    throw new UserError(`to '${toText}' is not a version.`, 'Give a version such as 0.79.2, or latest.');
  const format = str(raw, 'format') ?? 'markdown';
  if (format !== 'markdown' && format !== 'json')
    throw new UserError(`Unknown format '${format}'.`, 'Use markdown or json.');
  return { from, to, format, postTo: parsePostTo(str(raw, 'post-to') ?? 'summary', raw, ctx) };
}

/** release-notes: load the catalog, pick the range, render, post, set the outputs. */
export async function runReleaseNotes(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw, ctx);
  const { policy, asOf, asOfGiven } = readPolicyOptions(raw, ctx);
  const source = readReleaseSourceOptions(raw, ctx);
  if (options.postTo.kind === 'comment' && !source.token) {
    throw new UserError(
      'Posting a comment needs a GitHub token.',
      'Pass github-token: ${{ github.token }} (with pull-requests: write or issues: write), or GITHUB_TOKEN on the CLI.',
    );
  }
  const loaded = await loadCatalog(source, ctx);
  const catalog = asOfGiven ? knownAsOf(loaded.catalog, utcDay(asOf)) : loaded.catalog;

  const newest = newestRelease(catalog);
  const to = options.to === 'latest' ? newest?.version : options.to;
  if (!to || !findRelease(catalog, to)) {
    throw new UserError(
      `to ${options.to} is not a release in ${loaded.source}${asOfGiven ? ` as of ${utcDay(asOf)}` : ''}.`,
      `Give a published version (the newest is ${newest?.version ?? 'none'}), or latest.`,
    );
  }
  if (!findRelease(catalog, options.from)) {
    ctx.out.warning(
      `from ${options.from} is not a release in ${loaded.source}; listing the releases after it by version.`,
    );
  }
  const range = releasesBetween(catalog, options.from, to);
  ctx.out.info(
    `${range.length} release${range.length === 1 ? '' : 's'} after ${options.from} up to ${to} (${loaded.source}).`,
  );

  const marker = options.postTo.kind === 'comment' ? COMMENT_MARKER : '';
  const rendered = renderReleaseNotes(range, policy, {
    catalog,
    from: options.from,
    to,
    maxLength: GITHUB_BODY_LIMIT - (marker ? marker.length + 1 : 0),
    moreUrl: loaded.releasesPage,
  });
  if (rendered.truncated) {
    ctx.out.warning(
      `The notes were cut to fit GitHub's 65,536-character limit: ${rendered.omitted.length} release(s) from ${rendered.omitted[0]} are in the table only, with a link.`,
    );
  }
  const json = () =>
    JSON.stringify(
      {
        command: 'release-notes',
        ok: true,
        ...renderReleaseNotesJson(range, policy, { catalog, from: options.from, to }),
      },
      null,
      2,
    );
  const document = options.format === 'json' ? json() : rendered.markdown;

  const post = options.postTo;
  switch (post.kind) {
    case 'summary':
      ctx.out.summary(rendered.markdown);
      // On the CLI there is no job summary: the notes are the command's result.
      if (!ctx.out.github || options.format === 'json') ctx.out.print(document);
      break;
    case 'file': {
      const path = isAbsolute(post.path) ? post.path : resolve(ctx.cwd, post.path);
      if (existsSync(path) && !statSync(path).isFile()) {
        throw new UserError(
          `post-to file:${post.path} names ${statSync(path).isDirectory() ? 'a directory' : 'something that is not a regular file'}.`,
          'Name the file to write, e.g. post-to: file:release-notes.md (its folder is created when missing).',
        );
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(
        path,
        ctx.out.redact(
          options.format === 'json'
            ? json()
            : renderReleaseNotes(range, policy, {
                catalog,
                from: options.from,
                to,
                // A file has no body limit.
                maxLength: Number.MAX_SAFE_INTEGER,
              }).markdown,
        ),
      );
      ctx.out.info(`Release notes written to ${post.path}.`);
      break;
    }
    case 'comment': {
      const result = await upsertComment(loaded.client ?? githubClient(source, ctx), {
        repository: post.repository,
        issueNumber: post.number,
        marker: COMMENT_MARKER,
        body: ctx.out.redact(rendered.markdown),
      });
      ctx.out.info(`Comment ${result.action} on ${post.repository}#${post.number}: ${result.url}`);
      break;
    }
    case 'slack':
      await postToSlack(
        post.webhookUrl,
        ctx.out.redact(
          renderSlackText(range, policy, { catalog, from: options.from, to, moreUrl: loaded.releasesPage }),
        ),
        ctx.env,
      );
      ctx.out.info(`Posted a summary of ${range.length} release(s) to Slack.`);
      break;
  }
  ctx.out.setOutput('markdown', rendered.markdown);
  ctx.out.setOutput('count', range.length);
  ctx.out.setOutput('versions', range.map((r) => r.version).join(','));
  return 0;
}
