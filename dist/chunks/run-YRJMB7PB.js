import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  githubClient,
  loadCatalog,
  readPolicyOptions,
  readReleaseSourceOptions
} from "./chunk-H3OAJWDT.js";
import "./chunk-EGZLJEUV.js";
import {
  GITHUB_BODY_LIMIT,
  renderReleaseNotes,
  renderReleaseNotesJson,
  renderSlackText
} from "./chunk-ZQQJK2R4.js";
import {
  explainGitHubError,
  findRelease,
  knownAsOf,
  newestRelease,
  normaliseVersion,
  proxyFetch,
  releasesBetween,
  splitRepository,
  utcDay
} from "./chunk-G6UZJVOF.js";
import "./chunk-W47JOMVU.js";
import "./chunk-7NRUIF3I.js";
import "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import "./chunk-PZFI2W65.js";
import "./chunk-2YU3Z55Y.js";
import "./chunk-4QZDXL4F.js";
import "./chunk-UV73XVDV.js";
import {
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/commands/release-notes/run.ts
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";

// src/github/comments.ts
function withMarker(marker, body) {
  return `${marker}
${body}`;
}
async function upsertComment(client, request) {
  const { owner, repo } = splitRepository(request.repository, "comment-repository");
  const where = `${request.repository}#${request.issueNumber}`;
  const body = withMarker(request.marker, request.body);
  try {
    const listMarked = async () => (await client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: request.issueNumber,
      per_page: 100
    })).filter((comment) => (comment.body ?? "").includes(request.marker)).sort((a, b) => a.id - b.id);
    const existing = (await listMarked())[0];
    if (existing) {
      if (existing.body === body) return { action: "unchanged", id: existing.id, url: existing.html_url };
      const { data } = await client.octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: existing.id,
        body
      });
      return { action: "updated", id: data.id, url: data.html_url };
    }
    try {
      await client.octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: request.issueNumber,
        body
      });
    } catch (error) {
      if (!isServerError(error)) throw error;
    }
    const marked = await listMarked();
    const [kept, ...extra] = marked;
    if (!kept) throw new Error("the comment was not created (GitHub answered with a server error)");
    for (const comment of extra) {
      await client.octokit.rest.issues.deleteComment({ owner, repo, comment_id: comment.id }).catch((error) => {
        if (error.status !== 404) throw error;
      });
    }
    if (kept.body !== body) {
      await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
    }
    return { action: "created", id: kept.id, url: kept.html_url };
  } catch (error) {
    throw explainGitHubError(error, `comment on ${where}`, client);
  }
}
function isServerError(error) {
  const status = error.status;
  return typeof status === "number" && status >= 500;
}

// src/commands/release-notes/slack.ts
async function postToSlack(webhookUrl, text, env) {
  const doFetch = proxyFetch(env) ?? fetch;
  let response;
  try {
    response = await doFetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(3e4)
    });
  } catch (error) {
    const cause = error.cause?.code ?? error.name;
    throw new UserError(
      `Could not reach the Slack webhook (${cause}).`,
      "Check the network and HTTPS_PROXY / NO_PROXY; the webhook URL is in slack-webhook-url (SLACK_WEBHOOK_URL)."
    );
  }
  const answer = (await response.text()).trim().slice(0, 200);
  if (response.status !== 200 || answer !== "ok") {
    throw new UserError(
      `Slack refused the message: ${response.status} ${answer || response.statusText}.`,
      response.status === 404 || answer === "no_service" ? "The webhook URL is wrong or the webhook was removed; create a new incoming webhook in Slack." : "See https://api.slack.com/messaging/webhooks#handling_errors for what the answer means."
    );
  }
}

// src/commands/release-notes/run.ts
var COMMENT_MARKER = "<!-- wandb-operator-actions:release-notes -->";
function parsePostTo(text, raw, ctx) {
  const [kind, ...rest] = text.trim().split(":");
  const value = rest.join(":").trim();
  if (kind === "summary" && !value) return { kind: "summary" };
  if (kind === "file" && value) return { kind: "file", path: value };
  if ((kind === "pr-comment" || kind === "issue-comment") && /^[1-9]\d*$/.test(value)) {
    const repository = str(raw, "comment-repository") ?? ctx.env.GITHUB_REPOSITORY;
    if (!repository) {
      throw new UserError(
        `post-to ${text} needs the repository to comment in.`,
        "Set comment-repository (owner/name); in a workflow it defaults to the workflow's repository."
      );
    }
    splitRepository(repository, "comment-repository");
    return { kind: "comment", number: Number(value), repository };
  }
  if (kind === "slack" && !value) {
    const webhookUrl = str(raw, "slack-webhook-url");
    if (!webhookUrl) {
      throw new UserError(
        "post-to: slack needs the Slack incoming-webhook URL.",
        "Pass slack-webhook-url from a secret (the CLI reads SLACK_WEBHOOK_URL)."
      );
    }
    ctx.redactor.add(webhookUrl);
    return { kind: "slack", webhookUrl };
  }
  throw new UserError(
    `post-to '${text}' is not one of summary, file:PATH, pr-comment:NUMBER, issue-comment:NUMBER, slack.`,
    "For example post-to: pr-comment:42."
  );
}
function parseOptions(raw, ctx) {
  const fromText = str(raw, "from") ?? "";
  const from = normaliseVersion(fromText);
  if (!from)
    throw new UserError(`from '${fromText}' is not a version.`, "Give the version you run now, e.g. 0.74.1.");
  const toText = str(raw, "to") ?? "latest";
  const to = toText === "latest" ? "latest" : normaliseVersion(toText);
  if (!to)
    throw new UserError(`to '${toText}' is not a version.`, "Give a version such as 0.79.2, or latest.");
  const format = str(raw, "format") ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UserError(`Unknown format '${format}'.`, "Use markdown or json.");
  return { from, to, format, postTo: parsePostTo(str(raw, "post-to") ?? "summary", raw, ctx) };
}
async function runReleaseNotes(raw, ctx) {
  const options = parseOptions(raw, ctx);
  const { policy, asOf, asOfGiven } = readPolicyOptions(raw, ctx);
  const source = readReleaseSourceOptions(raw, ctx);
  if (options.postTo.kind === "comment" && !source.token) {
    throw new UserError(
      "Posting a comment needs a GitHub token.",
      "Pass github-token: ${{ github.token }} (with pull-requests: write or issues: write), or GITHUB_TOKEN on the CLI."
    );
  }
  const loaded = await loadCatalog(source, ctx);
  const catalog = asOfGiven ? knownAsOf(loaded.catalog, utcDay(asOf)) : loaded.catalog;
  const newest = newestRelease(catalog);
  const to = options.to === "latest" ? newest?.version : options.to;
  if (!to || !findRelease(catalog, to)) {
    throw new UserError(
      `to ${options.to} is not a release in ${loaded.source}${asOfGiven ? ` as of ${utcDay(asOf)}` : ""}.`,
      `Give a published version (the newest is ${newest?.version ?? "none"}), or latest.`
    );
  }
  if (!findRelease(catalog, options.from)) {
    ctx.out.warning(
      `from ${options.from} is not a release in ${loaded.source}; listing the releases after it by version.`
    );
  }
  const range = releasesBetween(catalog, options.from, to);
  ctx.out.info(
    `${range.length} release${range.length === 1 ? "" : "s"} after ${options.from} up to ${to} (${loaded.source}).`
  );
  const marker = options.postTo.kind === "comment" ? COMMENT_MARKER : "";
  const rendered = renderReleaseNotes(range, policy, {
    catalog,
    from: options.from,
    to,
    maxLength: GITHUB_BODY_LIMIT - (marker ? marker.length + 1 : 0),
    moreUrl: loaded.releasesPage
  });
  if (rendered.truncated) {
    ctx.out.warning(
      `The notes were cut to fit GitHub's 65,536-character limit: ${rendered.omitted.length} release(s) from ${rendered.omitted[0]} are in the table only, with a link.`
    );
  }
  const json = () => JSON.stringify(
    {
      command: "release-notes",
      ok: true,
      ...renderReleaseNotesJson(range, policy, { catalog, from: options.from, to })
    },
    null,
    2
  );
  const document = options.format === "json" ? json() : rendered.markdown;
  const post = options.postTo;
  switch (post.kind) {
    case "summary":
      ctx.out.summary(rendered.markdown);
      if (!ctx.out.github || options.format === "json") ctx.out.print(document);
      break;
    case "file": {
      const path = isAbsolute(post.path) ? post.path : resolve(ctx.cwd, post.path);
      if (existsSync(path) && !statSync(path).isFile()) {
        throw new UserError(
          `post-to file:${post.path} names ${statSync(path).isDirectory() ? "a directory" : "something that is not a regular file"}.`,
          "Name the file to write, e.g. post-to: file:release-notes.md (its folder is created when missing)."
        );
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(
        path,
        ctx.out.redact(
          options.format === "json" ? json() : renderReleaseNotes(range, policy, {
            catalog,
            from: options.from,
            to,
            // A file has no body limit.
            maxLength: Number.MAX_SAFE_INTEGER
          }).markdown
        )
      );
      ctx.out.info(`Release notes written to ${post.path}.`);
      break;
    }
    case "comment": {
      const result = await upsertComment(loaded.client ?? githubClient(source, ctx), {
        repository: post.repository,
        issueNumber: post.number,
        marker: COMMENT_MARKER,
        body: ctx.out.redact(rendered.markdown)
      });
      ctx.out.info(`Comment ${result.action} on ${post.repository}#${post.number}: ${result.url}`);
      break;
    }
    case "slack":
      await postToSlack(
        post.webhookUrl,
        ctx.out.redact(
          renderSlackText(range, policy, { catalog, from: options.from, to, moreUrl: loaded.releasesPage })
        ),
        ctx.env
      );
      ctx.out.info(`Posted a summary of ${range.length} release(s) to Slack.`);
      break;
  }
  ctx.out.setOutput("markdown", rendered.markdown);
  ctx.out.setOutput("count", range.length);
  ctx.out.setOutput("versions", range.map((r) => r.version).join(","));
  return 0;
}
export {
  COMMENT_MARKER,
  runReleaseNotes
};
