import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  endOfSupport,
  skipReason
} from "./chunk-G6UZJVOF.js";
import {
  require_semver
} from "./chunk-6RDCTTMH.js";
import {
  __toESM
} from "./chunk-SIWOL6LA.js";

// src/releases/render.ts
var import_semver = __toESM(require_semver(), 1);

// src/releases/mentions.ts
var WANDB_SERVER_ISSUES = "https://github.com/wandb/server/issues";
function issuesUrlOf(releaseUrl) {
  const match = releaseUrl ? /^(https?:\/\/[^/]+\/[^/]+\/[^/]+)\/releases(\/|$)/.exec(releaseUrl) : null;
  return match ? `${match[1]}/issues` : WANDB_SERVER_ISSUES;
}
var ZERO_WIDTH_SPACE = "&#8203;";
var ISSUE = /(?<![\w/&[#])#(\d+)(?![\w\]])/g;
var MENTION = /(?<![\w`@/.+-])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[\w-]+)?)/g;
function neutraliseText(text, issues) {
  return text.replace(ISSUE, (_, n) => `[#${n}](${issues}/${n})`).replace(MENTION, (_, name) => `@${ZERO_WIDTH_SPACE}${name}`);
}
function neutraliseLine(line, issues) {
  const keep = /(`+)[\s\S]*?\1|<[a-z]+:[^>\s]*>|https?:\/\/[^\s)>\]]+/gi;
  let out = "";
  let last = 0;
  for (const match of line.matchAll(keep)) {
    out += neutraliseText(line.slice(last, match.index), issues) + match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  return out + neutraliseText(line.slice(last), issues);
}
function neutraliseReferences(notes, issuesUrl = WANDB_SERVER_ISSUES) {
  const issues = issuesUrl.replace(/\/+$/, "");
  let fence;
  return notes.split("\n").map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker[0] === fence[0] && marker.length >= fence.length)) {
      fence = fence ? void 0 : marker;
      return line;
    }
    return fence ? line : neutraliseLine(line, issues);
  }).join("\n");
}

// src/releases/render.ts
var GITHUB_BODY_LIMIT = 65536;
var ATTENTION_SECTIONS = /^#{1,6}\s+(upgrading|known issues)\b/i;
function attentionSections(notes) {
  const found = [];
  forEachLine(notes, (line, inFence) => {
    if (inFence) return;
    const match = ATTENTION_SECTIONS.exec(line.trim());
    if (match) {
      const name = match[1].toLowerCase() === "upgrading" ? "Upgrading" : "Known issues";
      if (!found.includes(name)) found.push(name);
    }
  });
  return found;
}
function forEachLine(text, visit) {
  let fence;
  for (const line of text.split(/\r?\n/)) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker[0] === fence[0] && marker.length >= fence.length)) {
      visit(line, true);
      fence = fence ? void 0 : marker;
      continue;
    }
    visit(line, fence !== void 0);
  }
}
function shiftHeadings(notes, minLevel) {
  let shallowest = 7;
  forEachLine(notes, (line, inFence) => {
    const match = !inFence && /^(#{1,6})\s/.exec(line);
    if (match) shallowest = Math.min(shallowest, match[1].length);
  });
  if (shallowest === 7 || shallowest >= minLevel) return notes.trim();
  const by = minLevel - shallowest;
  const out = [];
  forEachLine(notes, (line, inFence) => {
    const match = !inFence && /^(#{1,6})(\s.*)?$/.exec(line);
    out.push(match ? `${"#".repeat(Math.min(6, match[1].length + by))}${match[2] ?? ""}` : line);
  });
  return out.join("\n").trim();
}
function endOf(release, policy, catalog) {
  try {
    return endOfSupport(catalog, release.version, policy).date;
  } catch {
    return "unknown";
  }
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function linked(release) {
  return release.url ? `[${release.version}](${release.url})` : release.version;
}
function releasesPage(url) {
  const match = /^(.*\/releases)(\/|$)/.exec(url);
  return match?.[1];
}
function renderReleaseNotes(releases, policy, options = {}) {
  const maxLength = options.maxLength ?? GITHUB_BODY_LIMIT;
  const catalog = options.catalog ?? releases;
  const level = options.headingLevel ?? 2;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));
  const head = [];
  const range = options.from && options.to ? ` after ${options.from}, up to ${options.to}` : options.to ? ` up to ${options.to}` : "";
  head.push(`${"#".repeat(level)} W&B Server releases${range}`, "");
  if (ordered.length === 0) {
    head.push("No release in this range.");
    return { markdown: head.join("\n"), truncated: false, shown: [], omitted: [] };
  }
  head.push(
    `${ordered.length} release${ordered.length === 1 ? "" : "s"}. End of support under the \`${policy.name}\` policy.`,
    "",
    "| Version | Date | End of support | Watch |",
    "| --- | --- | --- | --- |"
  );
  const attention = new Map(ordered.map((r) => [r.version, attentionSections(r.notes)]));
  for (const release of ordered) {
    const watch = [
      skipReason(policy, release.version) ? "\u26D4 do not install" : "",
      ...attention.get(release.version) ?? []
    ].filter(Boolean);
    head.push(
      `| ${linked(release)} | ${release.date} | ${endOf(release, policy, catalog)} | ${cell(watch.join(", "))} |`
    );
  }
  const skipped = ordered.filter((r) => skipReason(policy, r.version));
  if (skipped.length > 0) {
    head.push("", "> [!CAUTION]");
    for (const r of skipped)
      head.push(`> **Do not install ${r.version}**: ${cell(skipReason(policy, r.version) ?? "")}`, ">");
    head.pop();
  }
  const withSections = ordered.filter((r) => (attention.get(r.version) ?? []).length > 0);
  if (withSections.length > 0) {
    head.push(
      "",
      "> [!IMPORTANT]",
      `> Read before upgrading: ${withSections.map((r) => `${r.version} (${(attention.get(r.version) ?? []).join(", ")})`).join("; ")}.`
    );
  }
  const sections = ordered.map(
    (release) => options.fold ? renderFolded(release, policy, level + 1, attention) : renderSection(release, policy, level + 1, attention)
  );
  let markdown = head.join("\n");
  const shown = [];
  let index = 0;
  for (; index < sections.length; index++) {
    const rest = ordered.length - index - 1;
    const reserve = rest > 0 ? truncationNote(ordered.slice(index + 1), options).length + 2 : 0;
    if (markdown.length + 2 + sections[index].length + reserve > maxLength) break;
    markdown += `

${sections[index]}`;
    shown.push(ordered[index].version);
  }
  const omittedReleases = ordered.slice(index);
  if (omittedReleases.length > 0) markdown += `

${truncationNote(omittedReleases, options)}`;
  return {
    markdown,
    truncated: omittedReleases.length > 0,
    shown,
    omitted: omittedReleases.map((r) => r.version)
  };
}
function compare(a, b) {
  return import_semver.default.compare(a, b);
}
function truncationNote(omitted, options) {
  const first = omitted[0];
  const url = options.moreUrl ?? (first.url ? first.url : void 0);
  const all = first.url ? releasesPage(first.url) : void 0;
  const where = url ? ` Read them on GitHub: ${url}${all && all !== url ? ` (all releases: ${all})` : ""}` : "";
  const list = omitted.length === 1 ? first.version : `${first.version} to ${omitted[omitted.length - 1].version}`;
  return [
    "> [!NOTE]",
    `> Cut here to stay within GitHub's ${GITHUB_BODY_LIMIT.toLocaleString("en-US")}-character limit: the notes of ${omitted.length} more release${omitted.length === 1 ? "" : "s"} (${list}) are not shown.${where}`
  ].join("\n");
}
function renderSection(release, policy, level, attention) {
  const lines = [`${"#".repeat(level)} ${release.version}${release.date ? ` (${release.date})` : ""}`, ""];
  const skip = skipReason(policy, release.version);
  if (skip) lines.push("> [!CAUTION]", `> Do not install this version. ${skip}`, "");
  const sections = attention.get(release.version) ?? [];
  if (sections.length > 0) {
    lines.push(
      "> [!IMPORTANT]",
      `> These notes have ${sections.map((s) => `**${s}**`).join(" and ")}: read them before upgrading.`,
      ""
    );
  }
  lines.push(notesBody(release, level + 1));
  if (release.url) lines.push("", `[The release on GitHub](${release.url})`);
  return lines.join("\n");
}
function notesBody(release, minLevel) {
  const notes = release.notes.trim();
  if (!notes) return "_No notes were published with this release._";
  return neutraliseReferences(shiftHeadings(notes, minLevel), issuesUrlOf(release.url));
}
function renderFolded(release, policy, level, attention) {
  const watch = [
    skipReason(policy, release.version) ? "\u26D4 do not install" : "",
    ...attention.get(release.version) ?? []
  ].filter(Boolean);
  const summary = `<b>${release.version}</b>${release.date ? ` (${release.date})` : ""}${watch.length > 0 ? `: ${escapeHtml(watch.join(", "))}` : ""}`;
  const lines = ["<details>", `<summary>${summary}</summary>`, ""];
  const skip = skipReason(policy, release.version);
  if (skip) lines.push("> [!CAUTION]", `> Do not install this version. ${skip}`, "");
  lines.push(notesBody(release, level));
  if (release.url) lines.push("", `[The release on GitHub](${release.url})`);
  lines.push("", "</details>");
  return lines.join("\n");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderReleaseNotesJson(releases, policy, options = {}) {
  const catalog = options.catalog ?? releases;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));
  return {
    from: options.from,
    to: options.to,
    policy: policy.name,
    count: ordered.length,
    versions: ordered.map((r) => r.version),
    releases: ordered.map((r) => {
      const entry = {
        version: r.version,
        tag: r.tag,
        name: r.name,
        date: r.date,
        endOfSupport: endOf(r, policy, catalog),
        url: r.url,
        attention: attentionSections(r.notes),
        notes: r.notes
      };
      const skip = skipReason(policy, r.version);
      if (skip) entry.skip = skip;
      return entry;
    })
  };
}
var SLACK_TEXT_LIMIT = 3e3;
function slackEscape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderSlackText(releases, policy, options = {}) {
  const catalog = options.catalog ?? releases;
  const ordered = [...releases].sort((a, b) => compare(a.version, b.version));
  const title = `*W&B Server releases${options.from ? ` after ${options.from}` : ""}${options.to ? `, up to ${options.to}` : ""}*: ${ordered.length}`;
  const lines = [slackEscape(title)];
  for (const r of ordered) {
    const name = r.url ? `<${r.url}|${r.version}>` : r.version;
    const extra = [
      skipReason(policy, r.version) ? ":no_entry: do not install" : "",
      ...attentionSections(r.notes).map((s) => `has ${s}`)
    ].filter(Boolean);
    lines.push(
      `\u2022 ${name} (${r.date}), end of support ${endOf(r, policy, catalog)}${extra.length ? ` \u2014 ${slackEscape(extra.join(", "))}` : ""}`
    );
  }
  let text = lines.join("\n");
  if (text.length > SLACK_TEXT_LIMIT) {
    const more = options.moreUrl ? ` <${options.moreUrl}|All releases>` : "";
    const kept = [];
    for (const line of lines) {
      if ([...kept, line].join("\n").length + 80 > SLACK_TEXT_LIMIT) break;
      kept.push(line);
    }
    text = `${kept.join("\n")}
\u2026 ${lines.length - kept.length} more.${more}`;
  }
  return text;
}

export {
  issuesUrlOf,
  neutraliseReferences,
  GITHUB_BODY_LIMIT,
  renderReleaseNotes,
  renderReleaseNotesJson,
  renderSlackText
};
