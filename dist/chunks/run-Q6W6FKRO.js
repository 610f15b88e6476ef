import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  FileCache
} from "./chunk-EGZLJEUV.js";
import {
  DEFAULT_COMMIT_AUTHOR,
  PullRequests,
  Repository,
  branchHolds,
  createOrUpdate,
  deleteOwnBranch,
  describeCommits,
  fetchTips,
  foreignCommits,
  parseCommitAuthor,
  pushFiles,
  repositoryOf
} from "./chunk-TCULGUXX.js";
import {
  GITHUB_BODY_LIMIT,
  issuesUrlOf,
  neutraliseReferences,
  renderReleaseNotes
} from "./chunk-ZQQJK2R4.js";
import {
  buildCatalog,
  catalogFromGitHub,
  checkDay,
  compareVersions,
  createGitHubClient,
  decideSupport,
  defaultPolicy,
  explainGitHubError,
  knownAsOf,
  listReleases,
  mergeSkip,
  normaliseVersion,
  parseEndDatesFile,
  parsePolicyName,
  parseReleasesFile,
  parseSkipFile,
  releasesBetween,
  skipReason
} from "./chunk-G6UZJVOF.js";
import {
  activeChart,
  fetchServerVersion
} from "./chunk-ROUWXDMR.js";
import "./chunk-7NRUIF3I.js";
import {
  KubeClient,
  findOnPath
} from "./chunk-PFUJ36V2.js";
import {
  require_dist
} from "./chunk-OZMMEVWY.js";
import "./chunk-6RDCTTMH.js";
import {
  DEFAULT_WARN_DAYS
} from "./chunk-PZFI2W65.js";
import "./chunk-2YU3Z55Y.js";
import {
  wantsJson
} from "./chunk-4C7HI6MF.js";
import "./chunk-UV73XVDV.js";
import "./chunk-ZDPISML2.js";
import {
  prepareKubeconfig
} from "./chunk-CRJNI5SM.js";
import {
  bool,
  list,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError,
  __toESM,
  errorMessage
} from "./chunk-SIWOL6LA.js";

// src/commands/upgrade-check/run.ts
import { join, resolve as resolve3 } from "node:path";

// src/upgrade/plan.ts
var MARKER_START = "<!-- wandb-operator-actions:upgrade-check ";
var MARKER_END = " -->";
function renderMarker(marker) {
  return `${MARKER_START}${JSON.stringify(marker)}${MARKER_END}`;
}
function readMarker(body) {
  if (!body) return void 0;
  const start = body.lastIndexOf(MARKER_START);
  if (start < 0) return void 0;
  const end = body.indexOf(MARKER_END, start + MARKER_START.length);
  if (end < 0) return void 0;
  try {
    const value = JSON.parse(body.slice(start + MARKER_START.length, end));
    if (typeof value.deployed !== "string" || typeof value.target !== "string") return void 0;
    return value;
  } catch {
    return void 0;
  }
}
function withMarker(body, marker) {
  const start = body.lastIndexOf(MARKER_START);
  const end = start >= 0 ? body.indexOf(MARKER_END, start + MARKER_START.length) : -1;
  if (start >= 0 && end >= 0) {
    return body.slice(0, start) + renderMarker(marker) + body.slice(end + MARKER_END.length);
  }
  return `${body.trimEnd()}

${renderMarker(marker)}
`;
}
function upgradeDue(decision, warnDays, scheduleDays) {
  if (decision.status !== "supported") return true;
  return decision.daysLeft - Math.max(0, scheduleDays) < warnDays;
}
function decideIntent(input) {
  const { decision, open } = input;
  const deployed = decision.version;
  const due = upgradeDue(decision, input.warnDays, input.scheduleDays);
  const openMarker = open ? readMarker(open.body) : void 0;
  if (open && !openMarker) {
    return {
      kind: "blocked",
      reason: `Pull request #${open.number} uses the upgrade branch but was not opened by this job (its description has no upgrade-check marker).`
    };
  }
  if (!due) {
    if (open && openMarker && openMarker.deployed !== deployed) {
      return {
        kind: "close",
        pr: open,
        reason: `W&B Server is now ${deployed}, supported until ${decision.endOfSupport} (${decision.daysLeft} days): the upgrade from ${openMarker.deployed} to ${openMarker.target} is no longer needed.`
      };
    }
    if (open) {
      return {
        kind: "none",
        reason: `${deployed} is supported until ${decision.endOfSupport}; pull request #${open.number} stays open as it is.`
      };
    }
    return {
      kind: "none",
      reason: `${deployed} is supported until ${decision.endOfSupport}: no upgrade needed yet.`
    };
  }
  const target = decision.target;
  if (!target) {
    const warning = decision.status === "supported" ? void 0 : `${deployed} ${decision.status === "expired" ? "is out of support since" : "reaches the end of support on"} ${decision.endOfSupport}, and no newer release can be recommended yet.`;
    return { kind: "none", reason: `No newer W&B Server release to move ${deployed} to.`, warning };
  }
  const urgent = decision.status === "expired";
  if (open) return { kind: "propose", deployed, target, urgent, pr: open };
  const closedMarker = input.lastClosed ? readMarker(input.lastClosed.body) : void 0;
  if (input.lastClosed && !input.lastClosed.merged && closedMarker && !closedMarker.closed && closedMarker.deployed === deployed && closedMarker.target === target) {
    return {
      kind: "none",
      reason: `Pull request #${input.lastClosed.number} (${deployed} -> ${target}) was closed without merging.`,
      warning: `Pull request #${input.lastClosed.number} upgrading W&B Server ${deployed} -> ${target} was closed without merging, and ${deployed} ${decision.status === "expired" ? "has been out of support since" : "reaches the end of support on"} ${decision.endOfSupport}. Reopen it to go ahead; this job opens a new one when a newer release comes out.`
    };
  }
  return { kind: "propose", deployed, target, urgent };
}
function sameText(a, b) {
  const norm = (text2) => text2.replace(/\r\n/g, "\n").trim();
  return norm(a) === norm(b);
}
function prUpdate(existing, desired) {
  const update = { addLabels: [], removeLabels: [] };
  if (existing.title !== desired.title) update.title = desired.title;
  if (!sameText(existing.body, desired.body)) update.body = desired.body;
  const have = new Set(existing.labels.map((l) => l.toLowerCase()));
  const want = desiredLabels(desired);
  update.addLabels = want.filter((label) => !have.has(label.toLowerCase()));
  if (!desired.urgent && have.has(desired.urgentLabel.toLowerCase()))
    update.removeLabels = [desired.urgentLabel];
  return update;
}
function desiredLabels(desired) {
  const labels = [...desired.labels];
  if (desired.urgent && !labels.some((l) => l.toLowerCase() === desired.urgentLabel.toLowerCase())) {
    labels.push(desired.urgentLabel);
  }
  return labels;
}
var COMMIT_TRAILER = "Generated-by: wandb-operator-actions upgrade-check";
function isOwnCommit(message) {
  return message.split(/\r?\n/).some((line) => line.trim() === COMMIT_TRAILER);
}
function commitMessage(deployed, target, files, chart) {
  return [
    `Upgrade W&B Server ${deployed} -> ${target}${chart ? ` and operator-wandb ${chart.from} -> ${chart.to}` : ""}`,
    "",
    `Pins W&B Server ${target} in ${files.join(", ")}.`,
    ...chart ? [
      `Pins the operator-wandb chart ${chart.to} in ${chart.files.join(", ")}: W&B Server ${target} needs it.`
    ] : [],
    "",
    COMMIT_TRAILER,
    ""
  ].join("\n");
}

// src/upgrade/chart.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/releases/chart-needs.ts
var CHART_NEEDS = [
  {
    server: "0.69.0",
    chart: "0.31.4",
    note: "To upgrade to W&B v0.69.x, you must use v0.31.4+ of the `operator-wandb` Helm chart. Otherwise, after the upgrade, the `weave-cache-clear` container can fail to start.",
    source: 'W&B Server v0.69.0 release notes, section "Upgrading" (wandb/docs `release-notes/server-releases.mdx`, commit 041bf281; https://docs.wandb.ai/release-notes/server-releases); also wandb-operator-facts.md sections 2.2 and 4.2'
  }
];

// src/upgrade/version-file.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_KEY_PATH = "spec.values.app.image.tag";
var V2_KEY_PATH = "spec.wandb.version";
var V2_API_VERSION = "apps.wandb.com/v2";
function parseFileSpecWith(entry, defaultKeyPath, what) {
  const text2 = entry.trim();
  const colon = text2.lastIndexOf(":");
  let path = text2;
  let keyPath = defaultKeyPath;
  if (colon > 0) {
    const right = text2.slice(colon + 1);
    if (right && !right.includes("/") && !right.includes("\\")) {
      path = text2.slice(0, colon);
      keyPath = right;
    }
  }
  if (!path) {
    throw new UserError(
      `'${entry}' names no file.`,
      `Give each ${what} as 'path' or 'path:keypath', e.g. 'deploy/wandb.yaml:${defaultKeyPath}'.`
    );
  }
  return {
    path,
    keyPath,
    segments: parseKeyPath(keyPath),
    ...keyPath === defaultKeyPath && !text2.endsWith(`:${defaultKeyPath}`) ? { defaulted: true } : {}
  };
}
function parseFileSpec(entry) {
  return parseFileSpecWith(entry, DEFAULT_KEY_PATH, "file");
}
function parseKeyPath(keyPath) {
  const segments = keyPath.replace(/\[(\d+)\]/g, ".$1").split(".").filter((part) => part.length > 0).map((part) => /^\d+$/.test(part) ? Number(part) : part);
  if (segments.length === 0) {
    throw new UserError(
      `Key path '${keyPath}' is empty.`,
      `Use a dotted path such as '${DEFAULT_KEY_PATH}'.`
    );
  }
  return segments;
}
var PIN_HELP = "Pin an exact W&B Server version (e.g. `tag: 0.74.1`) in the file so that the upgrade job knows what runs and can move it forward; an unpinned or `latest` tag upgrades itself on each restart, outside any review.";
function locateVersion(text2, given) {
  const lines = new import_yaml.LineCounter();
  const docs = (0, import_yaml.parseAllDocuments)(text2, { lineCounter: lines });
  if (!Array.isArray(docs)) {
    throw missing(given, "the file is empty");
  }
  const v2 = given.defaulted && docs.some((doc) => doc.errors.length === 0 && doc.get("apiVersion") === V2_API_VERSION);
  const spec = v2 ? { ...given, keyPath: V2_KEY_PATH, segments: parseKeyPath(V2_KEY_PATH) } : given;
  const found = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const pos = error.linePos?.[0];
      throw new UserError(
        `${spec.path} is not valid YAML: ${error.message.split("\n")[0]}`,
        "Fix the YAML syntax; the upgrade job edits the file in place and needs to parse it first.",
        pos ? { file: spec.path, line: pos.line, column: pos.col } : void 0
      );
    }
    const node = resolveNode(doc, spec.segments);
    if (node === void 0) continue;
    if (!(0, import_yaml.isScalar)(node)) {
      const at = rangeOf(node);
      const pos = at ? lines.linePos(at[0]) : void 0;
      throw new UserError(
        `${spec.path}: '${spec.keyPath}' holds a ${(0, import_yaml.isMap)(node) ? "mapping" : (0, import_yaml.isSeq)(node) ? "list" : "value"} where the version should be.`,
        `Point the key path at the tag itself (e.g. '${spec.path}:${DEFAULT_KEY_PATH}').`,
        pos ? { file: spec.path, line: pos.line, column: pos.col } : void 0
      );
    }
    found.push({ node, doc });
  }
  if (found.length === 0) throw missing(spec, `'${spec.keyPath}' is not set`);
  const first = found[0].node;
  const firstPos = lines.linePos(first.range?.[0] ?? 0);
  const place = { file: spec.path, line: firstPos.line, column: firstPos.col };
  const raw = sourceOf(text2, first);
  const parsed = parseTagValue(raw);
  if (!parsed) {
    const shown = raw === "" ? "empty" : `'${raw}'`;
    throw new UserError(
      `${spec.path}: the W&B Server version at '${spec.keyPath}' is ${shown}, not a pinned version.`,
      PIN_HELP,
      place
    );
  }
  for (const other of found.slice(1)) {
    const otherRaw = sourceOf(text2, other.node);
    const otherParsed = parseTagValue(otherRaw);
    if (otherParsed?.version !== parsed.version) {
      const pos = lines.linePos(other.node.range?.[0] ?? 0);
      throw new UserError(
        `${spec.path}: '${spec.keyPath}' is '${raw}' in one document and '${otherRaw}' in another.`,
        "Make the documents agree on one pinned version, or name a file that holds only one deployment.",
        { file: spec.path, line: pos.line, column: pos.col }
      );
    }
  }
  return {
    version: parsed.version,
    raw,
    line: firstPos.line,
    column: firstPos.col,
    ranges: found.map(({ node }) => [node.range?.[0] ?? 0, node.range?.[1] ?? 0]),
    shape: {
      prefix: parsed.prefix,
      image: parsed.image,
      quote: first.type ?? import_yaml.Scalar.PLAIN
    }
  };
}
function parseTagValue(raw) {
  const text2 = raw.trim();
  let image = "";
  let tag = text2;
  const slash = text2.lastIndexOf("/");
  const colon = text2.lastIndexOf(":");
  if (colon > slash && colon > 0) {
    image = text2.slice(0, colon + 1);
    tag = text2.slice(colon + 1);
  }
  if (tag.includes("@")) return void 0;
  if (!/^[vV]?\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(tag)) return void 0;
  const version = normaliseVersion(tag);
  if (!version) return void 0;
  return { version, prefix: /^[vV]/.test(tag) ? tag[0] : "", image };
}
function replaceVersion(text2, location, version) {
  const value = `${location.shape.image}${location.shape.prefix}${version}`;
  const source = renderScalar(value, location.shape.quote);
  let out = text2;
  const ranges = [...location.ranges].sort((a, b) => b[0] - a[0]);
  for (const [start, end] of ranges) out = out.slice(0, start) + source + out.slice(end);
  return out;
}
function setVersion(text2, spec, version) {
  const location = locateVersion(text2, spec);
  if (location.version === version) return text2;
  const updated = replaceVersion(text2, location, version);
  const check = locateVersion(updated, spec);
  if (check.version !== version) {
    throw new Error(`editing ${spec.path} produced '${check.raw}' instead of ${version}`);
  }
  return updated;
}
function renderScalar(value, quote3) {
  switch (quote3) {
    case import_yaml.Scalar.QUOTE_DOUBLE:
      return JSON.stringify(value);
    case import_yaml.Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    default:
      return value;
  }
}
function resolveNode(doc, segments) {
  let node = doc.contents;
  for (const segment of segments) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    if ((0, import_yaml.isMap)(node)) {
      node = node.get(String(segment), true);
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      node = node.get(segment, true);
    } else {
      return void 0;
    }
    if (node === void 0 || node === null) return void 0;
  }
  if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
  return node;
}
function sourceOf(text2, node) {
  if (node.value === null || node.value === void 0) return "";
  if (typeof node.value === "string") return node.value;
  const range = node.range;
  return range ? text2.slice(range[0], range[1]).trim() : String(node.value);
}
function rangeOf(node) {
  const range = node.range;
  return range ?? void 0;
}
function missing(spec, why) {
  return new UserError(
    `${spec.path}: no W&B Server version found (${why}).`,
    `${PIN_HELP} If the version is under another key, name it: '${spec.path}:<key.path>'.`,
    { file: spec.path, line: 1, column: 1 }
  );
}

// src/upgrade/chart.ts
var DEFAULT_CHART_KEY_PATH = "spec.chart.version";
var CHART_NAME = "`?operator-wandb`?(?:\\s+Helm)?\\s+chart";
var VERSION = "v?(\\d+\\.\\d+\\.\\d+)";
var NEED_PATTERNS = [
  new RegExp(`${VERSION}(?:\\+|\\s+or\\s+(?:newer|later|higher|above))\\s+of\\s+the\\s+${CHART_NAME}`, "i"),
  new RegExp(
    `${CHART_NAME}\\s+(?:version\\s+)?${VERSION}(?:\\+|\\s+or\\s+(?:newer|later|higher|above))`,
    "i"
  ),
  new RegExp(`${CHART_NAME}\\s+(?:version\\s+)?(?:>=|\u2265|at\\s+least)\\s*${VERSION}`, "i")
];
function sentenceAt(text2, index) {
  const before = text2.slice(0, index);
  const start = Math.max(
    before.lastIndexOf("\n"),
    ...[". ", "! ", "? "].map((s) => before.lastIndexOf(s) + 1)
  );
  const rest = text2.slice(index);
  const endMatch = /[.!?](\s|$)|\n/.exec(rest);
  const end = endMatch ? index + endMatch.index + 1 : text2.length;
  return text2.slice(start + (start > 0 ? 1 : 0), end).replace(/^[\s*#>-]+/, "").trim();
}
function chartNeedsFromNotes(releases) {
  const found = [];
  for (const release of releases) {
    if (!release.notes || !/operator-wandb/i.test(release.notes)) continue;
    for (const pattern of NEED_PATTERNS) {
      const match = pattern.exec(release.notes);
      const chart = match ? normaliseVersion(match[1]) : void 0;
      if (!match || !chart) continue;
      found.push({
        server: release.version,
        chart,
        note: sentenceAt(release.notes, match.index),
        source: `release notes of W&B Server ${release.version}${release.url ? ` (${release.url})` : ""}`
      });
      break;
    }
  }
  return found;
}
function chartNeedsFor(target, releases, table = CHART_NEEDS) {
  const applies = (need) => compareVersions(need.server, target) <= 0;
  const known = releases.filter((r) => compareVersions(r.version, target) <= 0);
  const all = [...table.filter(applies), ...chartNeedsFromNotes(known).filter(applies)];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const need of all) {
    const key = `${need.server}>${need.chart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(need);
  }
  return out.sort((a, b) => compareVersions(b.chart, a.chart) || compareVersions(b.server, a.server));
}
function parseChartFileSpec(entry) {
  const { defaulted: _defaulted, ...spec } = parseFileSpecWith(entry, DEFAULT_CHART_KEY_PATH, "chart file");
  return spec;
}
function chartSpecBeside(versionFile) {
  if (versionFile.segments[0] !== "spec") return void 0;
  return {
    path: versionFile.path,
    keyPath: DEFAULT_CHART_KEY_PATH,
    segments: parseKeyPath(DEFAULT_CHART_KEY_PATH)
  };
}
function text(value) {
  if (typeof value === "string") return value.trim() === "" ? void 0 : value.trim();
  if (typeof value === "number") return String(value);
  return void 0;
}
function walk(root, segments) {
  let node = root;
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function readChartPin(text_, spec) {
  const docs = (0, import_yaml2.parseAllDocuments)(text_);
  const parentPath = spec.segments.slice(0, -1);
  const where = `\`${spec.path}\``;
  const shown = parentPath.join(".") || "(the top level)";
  let parent;
  let isCr = false;
  if (Array.isArray(docs)) {
    for (const doc of docs) {
      if (doc.errors.length > 0) {
        locateVersion(text_, spec);
      }
      const js = doc.toJS();
      if ((0, import_yaml2.isMap)(doc.contents) && walk(js, ["spec"]) !== void 0) isCr = true;
      if (walk(js, ["kind"]) === "WeightsAndBiases") isCr = true;
      const found = walk(js, parentPath);
      if (found !== void 0 && found !== null) {
        parent = found;
        break;
      }
    }
  }
  const channel = isCr && spec.keyPath === DEFAULT_CHART_KEY_PATH;
  if (parent === void 0 || typeof parent !== "object" || Array.isArray(parent)) {
    return {
      state: "not-pinned",
      detail: `${where} has no \`${shown}\``,
      channel: channel && parent === void 0,
      spec
    };
  }
  const chart = {
    url: text(parent.url),
    name: text(parent.name),
    path: text(parent.path),
    version: text(parent[String(spec.segments[spec.segments.length - 1])])
  };
  if (!chart.version) {
    if (chart.path) {
      return {
        state: "not-pinned",
        detail: `${where} installs a local chart (\`${shown}.path: ${chart.path}\`), whose version this job cannot read`,
        channel: false,
        spec
      };
    }
    const ociTag = chart.url?.startsWith("oci://") ? /:([^/:@]+)$/.exec(chart.url)?.[1] : void 0;
    return {
      state: "not-pinned",
      detail: ociTag ? `${where} names the chart version only in the OCI URL (\`${chart.url}\`), which this job does not edit; set \`${spec.keyPath}\` instead` : `${where} sets \`${shown}\` without \`${spec.keyPath}\` (the repository's newest chart is used)`,
      channel: false,
      spec
    };
  }
  try {
    const location = locateVersion(text_, spec);
    return {
      state: "pinned",
      version: location.version,
      raw: location.raw,
      spec,
      line: location.line,
      chart
    };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      state: "not-pinned",
      detail: `${where} has \`${spec.keyPath}: ${chart.version}\`, not an exact chart version`,
      channel: false,
      spec
    };
  }
}
function decideChart(pins, needs, target, deployed) {
  const pinned2 = pins.filter((p) => p.state === "pinned");
  const notPinned = pins.filter(
    (p) => p.state === "not-pinned"
  );
  const versions = new Set(pinned2.map((p) => p.version));
  if (versions.size > 1) {
    throw new UserError(
      `The files disagree on the operator-wandb chart version: ${pinned2.map((p) => `${p.spec.path} has ${p.version}`).join(", ")}.`,
      "Pin the same chart version in every file, or name the one that counts with 'chart-files'.",
      { file: pinned2[0].spec.path, line: pinned2[0].line, column: 1 }
    );
  }
  const required = needs.length > 0 ? needs[0].chart : void 0;
  const crossed = deployed ? needs.filter((n) => compareVersions(n.server, deployed) > 0) : needs;
  const base = { needs, required, crossed, pins: pinned2, notPinned, target };
  if (pinned2.length === 0) {
    return { ...base, bump: "not-pinned", from: "", to: "", unmet: needs };
  }
  const from = pinned2[0].version;
  const unmet = needs.filter((n) => compareVersions(n.chart, from) > 0);
  if (required && unmet.length > 0) return { ...base, bump: "true", from, to: required, unmet };
  return { ...base, bump: "false", from, to: from, unmet: [] };
}
function quote(textToQuote) {
  return textToQuote.split("\n").map((line) => line.trim() ? `> ${line}` : ">").join("\n");
}
function needLines(needs) {
  const lines = [];
  for (const need of needs) {
    lines.push(
      `**W&B Server ${need.server} and later need operator-wandb ${need.chart} or newer:**`,
      "",
      quote(need.note),
      "",
      `Source: ${need.source}.`,
      ""
    );
  }
  return lines;
}
function safeUrl(url) {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//");
  }
}
function describeChartRef(chart) {
  if (!chart) return "unknown";
  if (chart.url) chart = { ...chart, url: safeUrl(chart.url) };
  if (chart.path) return `a local chart at ${chart.path}`;
  const name = chart.name ?? (chart.url?.startsWith("oci://") ? chart.url : "operator-wandb");
  return `${name}${chart.version ? ` ${chart.version}` : ""}${chart.url && !chart.url.startsWith("oci://") ? ` from ${chart.url}` : ""}`;
}
var CHANNEL_TEXT = "A `WeightsAndBiases` CR without `spec.chart` leaves the chart to the operator: unless it runs air-gapped, it asks W&B's release channel (deploy.wandb.ai) for the chart and its default values, and keeps following that channel while the license is valid (automatic updates). See docs/release-channel.md for what that means and how to pin the chart instead.";
function renderChartSection(decision, cluster) {
  const lines = ["### operator-wandb chart", ""];
  const { target } = decision;
  if (decision.bump === "true") {
    const files = decision.pins.map((p) => `\`${p.spec.path}\` (\`${p.spec.keyPath}\`)`).join(", ");
    lines.push(
      `W&B Server ${target} needs the operator-wandb chart **${decision.to}** or newer, and ${files} pins **${decision.from}**. This pull request moves the chart to **${decision.to}** in the same commit, so that the operator installs the new server with a chart that supports it.`,
      "",
      ...needLines(decision.unmet)
    );
    lines.pop();
    return lines;
  }
  if (decision.bump === "false") {
    const files = decision.pins.map((p) => `\`${p.spec.path}\``).join(", ");
    lines.push(
      decision.required ? `${files} pins operator-wandb **${decision.from}**, which meets what W&B's notes ask for ${target} (${decision.required} or newer): the chart stays.` : `${files} pins operator-wandb **${decision.from}**; no note of W&B asks for a newer chart for ${target}: the chart stays.`
    );
    return lines;
  }
  const why = decision.notPinned.map((p) => p.detail).join("; ");
  lines.push(
    `The operator-wandb chart is **not pinned** in the files this job edits (${why || "no file names it"}), so this job cannot tell which chart version the deployment uses and does not guess. To have chart moves in this pull request, pin \`spec.chart.version\` beside the tag, or name the file and key that pin it with \`chart-files\`.`
  );
  const channel = decision.notPinned.some((p) => p.channel) || cluster?.source === "channel";
  if (channel) {
    lines.push("", CHANNEL_TEXT);
    if (cluster?.source === "channel") {
      lines.push(
        "",
        `The live CR has no \`spec.chart\` either${cluster.applied ? `; the chart the operator last applied is ${describeChartRef(cluster.applied)}` : ""}.`
      );
    }
  }
  if (decision.crossed.length > 0) {
    lines.push(
      "",
      `This upgrade crosses W&B's note${decision.crossed.length > 1 ? "s" : ""} asking for operator-wandb **${decision.crossed[0].chart}** or newer: check the chart your deployment uses before merging.`,
      "",
      ...needLines(decision.crossed)
    );
    lines.pop();
  } else if (decision.required) {
    lines.push(
      "",
      `No note of W&B between the deployed version and ${target} asks for a newer chart (the newest need, operator-wandb ${decision.required}+, applies from W&B Server ${decision.needs[0].server}, which the deployment already runs past).`
    );
  }
  return lines;
}
function chartSummary(decision) {
  if (decision.bump === "true")
    return `operator-wandb ${decision.from} -> ${decision.to} (W&B Server ${decision.target} needs ${decision.required}+)`;
  if (decision.bump === "false")
    return `operator-wandb ${decision.from} (no change needed${decision.required ? `; ${decision.target} needs ${decision.required}+` : ""})`;
  return `not pinned in the files${decision.crossed.length > 0 ? ` (this upgrade crosses a need for operator-wandb ${decision.crossed[0].chart}+)` : ""}`;
}

// src/commands/upgrade-check/options.ts
import { resolve } from "node:path";
function parseOptions(raw, ctx) {
  const source = str(raw, "version-source") ?? "values-file";
  if (!["values-file", "server", "cluster"].includes(source)) {
    throw new UserError(`Unknown version-source '${source}'.`, "Use values-file, server or cluster.");
  }
  const files = list(raw, "files").map(parseFileSpec);
  if (source === "values-file" && files.length === 0) {
    throw new UserError(
      "version-source values-file needs the files that pin the version.",
      "Set 'files' to path:keypath lines, e.g. 'deploy/wandb.yaml:spec.values.app.image.tag' (--files on the CLI)."
    );
  }
  const warnDays = num(raw, "warn-days") ?? DEFAULT_WARN_DAYS;
  const scheduleDays = num(raw, "schedule-days") ?? 7;
  if (![warnDays, scheduleDays].every((days) => Number.isInteger(days) && days >= 0)) {
    throw new UserError("warn-days and schedule-days must be whole numbers of days (0 or more).");
  }
  const target = str(raw, "target") ?? "latest";
  if (target !== "latest" && target !== "next-minor") {
    throw new UserError(`Unknown target '${target}'.`, "Use latest or next-minor.");
  }
  const policy = {
    ...defaultPolicy(),
    name: parsePolicyName(str(raw, "policy") ?? "minor-12-months"),
    warnDays,
    target
  };
  const asOf = str(raw, "as-of");
  if (asOf) checkDay(asOf, "as-of");
  const token = str(raw, "github-token");
  ctx.redactor.add(token);
  const apiKey = str(raw, "api-key");
  if (apiKey) {
    ctx.redactor.add(apiKey);
    ctx.redactor.add(`api:${apiKey}`);
  }
  if (source === "server" && (!str(raw, "host") || !apiKey)) {
    throw new UserError(
      "version-source server needs host and api-key.",
      "Set 'host' to the W&B Server URL and 'api-key' to a W&B API key (WANDB_API_KEY on the CLI)."
    );
  }
  const authorText = str(raw, "commit-author") ?? DEFAULT_COMMIT_AUTHOR;
  const author = parseCommitAuthor(authorText);
  if (!author) throw new UserError(`commit-author '${authorText}' is not 'Name <email>'.`);
  return {
    versionSource: source,
    files,
    chartFiles: list(raw, "chart-files").map(parseChartFileSpec),
    policy,
    warnDays,
    scheduleDays,
    endDatesFile: str(raw, "end-dates-file"),
    skipFile: str(raw, "skip-file"),
    branch: str(raw, "branch") ?? "wandb-operator-actions/upgrade-wandb-server",
    base: str(raw, "base"),
    labels: list(raw, "labels"),
    urgentLabel: str(raw, "urgent-label") ?? "urgent",
    assignees: list(raw, "assignees"),
    reviewers: list(raw, "reviewers"),
    asOf,
    dryRun: bool(raw, "dry-run"),
    // Under GitHub Actions the runner names the repository and API (GitHub Enterprise Server included).
    repository: str(raw, "repository") ?? (ctx.env.GITHUB_REPOSITORY || void 0),
    repositoryPath: resolve(ctx.cwd, str(raw, "repository-path") ?? "."),
    remote: str(raw, "remote") ?? "origin",
    token,
    githubApiUrl: str(raw, "github-api-url") ?? (ctx.env.GITHUB_API_URL || "https://api.github.com"),
    releasesRepository: str(raw, "releases-repository") ?? "wandb/server",
    releasesFile: str(raw, "releases-file"),
    cacheDir: str(raw, "cache-dir"),
    host: str(raw, "host"),
    apiKey,
    crName: str(raw, "cr-name") ?? "wandb",
    crNamespace: str(raw, "cr-namespace") ?? "default",
    kubeconfig: str(raw, "kubeconfig"),
    context: str(raw, "context"),
    kubectlPath: str(raw, "kubectl-path"),
    author
  };
}

// src/upgrade/pr-body.ts
function renderTitle(decision, target, chart) {
  const when = decision.status === "expired" ? "support ended" : "support ends";
  const alsoChart = chart?.bump === "true" ? ` and operator-wandb ${chart.from} -> ${chart.to}` : "";
  return `Upgrade W&B Server ${decision.version} -> ${target}${alsoChart} (${when} ${decision.endOfSupport})`;
}
var UPGRADE_SECTION = /^(#{1,6})\s+(upgrading|known issues)\b/i;
var CALLOUT_LIMIT = 1500;
function upgradeNotes(notes) {
  const lines = notes.split(/\r?\n/);
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const match = UPGRADE_SECTION.exec(lines[i].trim());
    if (!match) continue;
    const level = match[1].length;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const heading = /^(#{1,6})\s/.exec(lines[j].trim());
      if (heading && heading[1].length <= level) break;
      body.push(lines[j]);
    }
    let text2 = body.join("\n").trim();
    if (text2.length > CALLOUT_LIMIT) text2 = `${text2.slice(0, CALLOUT_LIMIT).trimEnd()} \u2026`;
    if (text2)
      found.push({ section: match[2].toLowerCase() === "upgrading" ? "Upgrading" : "Known issues", text: text2 });
    i = j - 1;
  }
  return found;
}
function quote2(text2) {
  return text2.split("\n").map((line) => line.trim() ? `> ${line}` : ">").join("\n");
}
function renderBody(input, marker) {
  const { decision, target, policy } = input;
  const maxLength = input.maxLength ?? GITHUB_BODY_LIMIT;
  const between = releasesBetween(input.catalog, decision.version, target);
  const head = [];
  const ended = decision.status === "expired";
  head.push(
    ended ? `W&B Server **${decision.version}** (${input.source}) has been **out of support since ${decision.endOfSupport}**.` : `W&B Server **${decision.version}** (${input.source}) reaches the **end of support on ${decision.endOfSupport}**.`,
    "",
    `Why this date: ${decision.reason} Support policy: \`${policy.name}\`.`,
    "",
    `This pull request moves it to **${target}**, the recommended release (target \`${policy.target}\`).`
  );
  if (ended) {
    head.push(
      "",
      "> [!WARNING]",
      "> This deployment runs a version W&B no longer supports: security fixes and support requests need a supported version."
    );
  }
  const ownSkip = skipReason(policy, decision.version);
  if (ownSkip)
    head.push(
      "",
      "> [!CAUTION]",
      `> The deployed version ${decision.version} is on the skip-list: ${ownSkip}`
    );
  head.push("", "### What changes", "", "| File | Key | From | To |", "| --- | --- | --- | --- |");
  for (const file of input.files) {
    head.push(`| \`${file.path}\` | \`${file.keyPath}\` | \`${decision.version}\` | \`${target}\` |`);
  }
  const chart = input.chart;
  if (chart?.bump === "true") {
    for (const pin of chart.pins) {
      head.push(`| \`${pin.spec.path}\` | \`${pin.spec.keyPath}\` | \`${chart.from}\` | \`${chart.to}\` |`);
    }
  }
  if (chart) head.push("", neutraliseReferences(renderChartSection(chart, input.clusterChart).join("\n")));
  const notes = between.flatMap(
    (r) => upgradeNotes(r.notes).map((n) => ({
      version: r.version,
      section: n.section,
      text: neutraliseReferences(n.text, issuesUrlOf(r.url))
    }))
  );
  if (notes.length > 0) {
    head.push(
      "",
      "### Upgrade notes",
      "",
      "From the release notes of the versions this upgrade crosses:",
      ""
    );
    for (const n of notes) head.push(`**${n.version}: ${n.section}**`, "", quote2(n.text), "");
    head.pop();
  }
  head.push(
    "",
    "### Before merging",
    "",
    "- [ ] Read the upgrade notes above and the skip-list warnings below the release table.",
    ...chart?.bump === "not-pinned" && chart.crossed.length > 0 ? [
      `- [ ] Make sure the deployment's operator-wandb chart is ${chart.crossed[0].chart} or newer (it is not pinned in these files).`
    ] : [],
    "- [ ] Apply this change to a staging deployment first and wait for the operator to finish the rollout.",
    "- [ ] Run `wandb-operator-actions verify` (or the `verify` action) against staging.",
    "- [ ] Merge, roll out to production, and run `verify` there."
  );
  const footer = [
    "",
    "---",
    "<sub>Opened by wandb-operator-actions `upgrade-check`. Later runs update this pull request in place (title, description, the one commit on its branch). Commits pushed to the branch by anyone else stop those updates until the branch holds only this job\u2019s commit again.</sub>",
    "",
    renderMarker(marker),
    ""
  ].join("\n");
  const top = head.join("\n");
  const room = maxLength - top.length - footer.length - 4;
  const rendered = renderReleaseNotes(between, policy, {
    catalog: input.catalog,
    from: decision.version,
    to: target,
    headingLevel: 3,
    fold: true,
    maxLength: Math.max(0, room)
  });
  let body = `${top}

${rendered.markdown}
${footer}`;
  if (body.length > maxLength) {
    body = `${top.slice(0, Math.max(0, maxLength - footer.length - 40))}

\u2026 (cut to fit)
${footer}`;
  }
  return body;
}

// src/commands/upgrade-check/pull-request.ts
function failed(ws, action) {
  return (error) => {
    throw explainGitHubError(error, action, ws.github);
  };
}
function clean(ws, text2) {
  return ws.ctx.redactor.redact(text2);
}
function session(ws) {
  return {
    ctx: ws.ctx,
    git: ws.repo,
    pulls: ws.pulls,
    explain: (error, action) => explainGitHubError(error, action, ws.github),
    branch: ws.options.branch,
    base: ws.base,
    baseSha: ws.baseSha,
    branchSha: ws.branchSha,
    dryRun: ws.options.dryRun,
    noun: "the upgrade pull request"
  };
}
async function closeObsolete(ws, pr, reason) {
  if (ws.options.dryRun) {
    ws.ctx.out.info(`Dry run: would close pull request #${pr.number}.`);
    return;
  }
  const marker = readMarker(pr.body);
  const body = marker ? withMarker(pr.body, { ...marker, closed: "obsolete" }) : pr.body;
  await ws.pulls.update(pr.number, { state: "closed", body }).catch(failed(ws, `close #${pr.number}`));
  await ws.pulls.comment(pr.number, clean(ws, `Closed by wandb-operator-actions upgrade-check: ${reason}`)).catch(failed(ws, `comment on #${pr.number}`));
  ws.result.operation = "closed";
  await deleteOwnBranch(session(ws), isOwnCommit);
}
async function proposeUpgrade(ws, proposal) {
  const { options, ctx, repo } = ws;
  const { intent, decision } = proposal;
  const target = intent.target;
  const edited = {};
  for (const file of proposal.files) edited[file.spec.path] = setVersion(file.text, file.spec, target);
  const chart = proposal.chart;
  const chartMove = chart?.bump === "true" ? { from: chart.from, to: chart.to, files: chart.pins.map((p) => p.spec.path) } : void 0;
  if (chart?.bump === "true") {
    for (const pin of chart.pins) {
      const text2 = edited[pin.spec.path] ?? proposal.chartFiles?.find((f) => f.spec.path === pin.spec.path)?.text;
      if (text2 === void 0) throw new Error(`no text for the chart file ${pin.spec.path}`);
      edited[pin.spec.path] = setVersion(text2, pin.spec, chart.to);
    }
  }
  if (Object.keys(edited).length === 0 && proposal.clusterChart?.source === "channel" && !/\(spec\.values\.app\.image\.tag\)/.test(proposal.where)) {
    ctx.out.notice(
      `An upgrade to ${target} is due by the support policy, but the CR pins neither spec.chart nor the tag: the operator follows W&B's release channel and upgrades W&B Server itself. To have upgrades reviewed in pull requests, pin both in a file and name it in 'files' (docs/release-channel.md).`
    );
    return;
  }
  if (Object.keys(edited).length === 0) {
    ctx.out.warning(
      `An upgrade to ${target} is due, but no file to edit was given: set 'files' to the path:keypath that pins the version, so that this job can open the pull request.`
    );
    return;
  }
  const pr = session(ws);
  const foreign = await foreignCommits(pr, isOwnCommit);
  if (foreign.length > 0) {
    ctx.out.warning(
      `The branch ${options.branch} has ${foreign.length} commit(s) this job did not make: ${describeCommits(foreign)}. They are not overwritten, so the upgrade to ${target} is not pushed. To go on: merge or close ${intent.pr ? `pull request #${intent.pr.number}` : "the pull request"} and delete the branch, or drop those commits from it; the next run then brings the pull request up to date.`
    );
    return;
  }
  const holds = await branchHolds(repo, ws.branchSha, edited);
  const pushed = holds ? false : await pushFiles(pr, {
    files: edited,
    message: commitMessage(
      intent.deployed,
      target,
      [...new Set(options.files.map((f) => f.path))],
      chartMove
    ),
    author: options.author
  });
  const desired = {
    title: clean(ws, renderTitle(decision, target, chart)),
    body: clean(
      ws,
      renderBody(
        {
          decision,
          target,
          files: proposal.files.map((f) => ({ path: f.spec.path, keyPath: f.spec.keyPath })),
          catalog: proposal.known,
          policy: proposal.policy,
          source: proposal.where,
          chart,
          clusterChart: proposal.clusterChart
        },
        { deployed: intent.deployed, target }
      )
    ),
    labels: options.labels,
    urgentLabel: options.urgentLabel,
    urgent: intent.urgent
  };
  const outcome = await createOrUpdate(pr, {
    title: desired.title,
    body: desired.body,
    existing: intent.pr,
    change: (existing) => prUpdate(existing, desired),
    labels: desiredLabels(desired),
    assignees: options.assignees,
    reviewers: options.reviewers,
    branchMoved: options.dryRun ? !holds : pushed
  });
  if (options.dryRun) return;
  ws.result.operation = outcome.operation;
  if (outcome.pullRequest) ws.result.pullRequest = outcome.pullRequest;
}

// src/commands/upgrade-check/report.ts
function describeIntent(intent, decision, warnDays) {
  switch (intent.kind) {
    case "propose":
      return `Upgrade due: ${intent.deployed} -> ${intent.target} (support ends ${decision.endOfSupport}; the pull request opens ${warnDays} days ahead).`;
    case "none":
      return `Nothing to do: ${intent.reason}`;
    case "close":
      return `Closing pull request #${intent.pr.number}: ${intent.reason}`;
    default:
      return intent.reason;
  }
}
function daysLeftText(decision) {
  return decision.daysLeft > 0 ? `${decision.daysLeft} days left` : `ended ${-decision.daysLeft} days ago`;
}
function reportDecision(decision, where, ctx) {
  ctx.out.setOutput("deployed-version", decision.version);
  ctx.out.setOutput("end-of-support", decision.endOfSupport);
  ctx.out.setOutput("days-left", String(decision.daysLeft));
  ctx.out.setOutput("status", decision.status);
  ctx.out.setOutput("target-version", decision.target ?? "");
  const left = daysLeftText(decision);
  ctx.out.info(
    `W&B Server ${decision.version} (${where.replace(/`/g, "")}): support ends ${decision.endOfSupport} (${left}), status ${decision.status}${decision.target ? `, recommended ${decision.target}` : ""}.`
  );
  if (decision.status === "expired") {
    ctx.out.warning(`W&B Server ${decision.version} has been out of support since ${decision.endOfSupport}.`);
  }
}
function reportChart(chart, ctx) {
  ctx.out.setOutput("chart-version-from", chart.from);
  ctx.out.setOutput("chart-version-to", chart.to);
  ctx.out.setOutput("chart-bump", chart.bump);
  ctx.out.info(`operator-wandb chart: ${chartSummary(chart)}.`);
}
function chartNotice(chart, cluster) {
  if (chart.bump !== "not-pinned" || chart.crossed.length === 0) return void 0;
  const channel = cluster?.source === "channel" || chart.notPinned.some((p) => p.channel);
  const why = chart.notPinned.map((p) => p.detail.replace(/`/g, "")).join("; ") || "no file names it";
  return `W&B Server ${chart.crossed[0].server} and later need the operator-wandb chart ${chart.crossed[0].chart} or newer, and the files do not pin the chart (${why})${channel ? "; without spec.chart the release channel chooses it" : ""}. Check the chart before merging the upgrade.`;
}
function chartRow(result, cluster) {
  if (!result.chart) return [];
  const channel = result.chart.bump === "not-pinned" && cluster?.source === "channel" ? `; the live CR has no spec.chart (release channel${cluster.applied ? `, last applied ${describeChartRef(cluster.applied)}` : ""})` : "";
  return [
    `| Chart (operator-wandb) | ${chartSummary(result.chart)}${channel} |`,
    `| Chart bump | ${result.chart.bump} |`
  ];
}
function resultLine(decision, result, dryRun) {
  const pr = result.pullRequest ? ` #${result.pullRequest.number} ${result.pullRequest.url}` : "";
  const what = result.operation === "none" ? result.pullRequest ? `pull request${pr} unchanged` : "no pull request" : `pull request${pr} ${result.operation}`;
  return `${decision.version} ${decision.status} until ${decision.endOfSupport}${decision.target ? `, target ${decision.target}` : ""}: ${what}${dryRun ? " (dry run)" : ""}`;
}
function resultJson(result, dryRun) {
  const { decision, chart } = result;
  return {
    deployedVersion: decision.version,
    status: decision.status,
    endOfSupport: decision.endOfSupport,
    daysLeft: decision.daysLeft,
    target: decision.target ?? null,
    reason: decision.reason,
    chart: {
      bump: chart?.bump ?? null,
      from: chart?.from || null,
      to: chart?.to || null,
      required: chart?.required ?? null
    },
    pullRequest: {
      operation: result.operation,
      number: result.pullRequest?.number ?? null,
      url: result.pullRequest?.url ?? null
    },
    dryRun,
    githubRequests: result.githubRequests
  };
}
function summaryMarkdown(decision, where, result, options, cluster) {
  const pr = result.pullRequest ? `[#${result.pullRequest.number}](${result.pullRequest.url})` : "-";
  const left = daysLeftText(decision);
  return [
    "## W&B Server upgrade check",
    "",
    "| | |",
    "| --- | --- |",
    `| Deployed version | ${decision.version} (${where}) |`,
    `| End of support | ${decision.endOfSupport} (${left}) |`,
    `| Status | ${decision.status} |`,
    `| Target version | ${decision.target ?? "-"} |`,
    ...chartRow(result, cluster),
    `| Pull request | ${pr} |`,
    `| Operation | ${result.operation}${options.dryRun ? " (dry run)" : ""} |`,
    "",
    `Policy \`${options.policy.name}\`, warn ${options.warnDays} days ahead${options.asOf ? `, as of ${options.asOf}` : ""}. ${decision.reason}`
  ].join("\n");
}

// src/commands/upgrade-check/sources.ts
import { readFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/upgrade/cluster-version.ts
function chartRef(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
  const record = value;
  const pick = (key) => typeof record[key] === "string" && record[key] !== "" ? record[key] : void 0;
  const ref = {
    url: pick("url"),
    name: pick("name"),
    path: pick("path"),
    version: pick("version")
  };
  return ref.url || ref.name || ref.path || ref.version ? ref : void 0;
}
function chartFromCluster(objects) {
  if (!objects.cr) return void 0;
  const own = chartRef(objects.cr.spec?.chart);
  if (own) return { source: "cr", applied: own };
  return { source: "channel", applied: chartRef(objects.activeChart) };
}
function tagAt(values) {
  const app = values?.app;
  const tag = app?.image?.tag;
  return tag === void 0 || tag === null ? void 0 : String(tag);
}
var PIN_FIX = "Pin an exact version in the CR (spec.values.app.image.tag, e.g. 0.74.1): an unpinned image changes on every restart, outside any review.";
function pinned(raw, where) {
  const parsed = parseTagValue(raw);
  if (!parsed) {
    throw new UserError(`The W&B Server version ${where} is '${raw}', not a pinned version.`, PIN_FIX);
  }
  return { version: parsed.version, where };
}
function versionFromCluster(objects) {
  const found = findVersion(objects);
  const chart = chartFromCluster(objects);
  return chart ? { ...found, chart } : found;
}
function findVersion(objects) {
  const id = `${objects.namespace}/${objects.crName}`;
  if (!objects.cr) {
    throw new UserError(
      `There is no WeightsAndBiases '${objects.crName}' in namespace '${objects.namespace}'.`,
      "Set cr-name and cr-namespace to the CR of the deployment (kubectl get weightsandbiases -A lists them)."
    );
  }
  const fromCr = tagAt(objects.cr.spec?.values);
  if (fromCr !== void 0 && fromCr !== "")
    return pinned(fromCr, `in the CR ${id} (spec.values.app.image.tag)`);
  const fromActive = tagAt(objects.activeValues);
  if (fromActive !== void 0 && fromActive !== "") {
    return pinned(
      fromActive,
      `in the values the operator applied for ${id} (Secret ${objects.crName}-spec-active)`
    );
  }
  const preferred = [`${objects.crName}-app`, `${objects.crName}-app-bc`];
  const ordered = [...objects.workloads].sort((a, b) => {
    const rank = (name) => {
      const i = preferred.indexOf(name ?? "");
      return i < 0 ? preferred.length : i;
    };
    return rank(a.metadata?.name) - rank(b.metadata?.name);
  });
  for (const workload of ordered) {
    for (const container of workload.spec?.template?.spec?.containers ?? []) {
      const image = container.image ?? "";
      if (!/(^|\/)wandb\/local(:|@|$)/.test(image)) continue;
      return pinned(
        image,
        `in the image of ${workload.metadata?.name ?? "the app workload"} (namespace ${objects.namespace})`
      );
    }
  }
  throw new UserError(
    `No W&B Server version found for ${id}: the CR sets no spec.values.app.image.tag, the operator's applied values say none, and no workload labelled app.kubernetes.io/instance=${objects.crName} runs a wandb/local image.`,
    PIN_FIX
  );
}

// src/commands/upgrade-check/cluster-source.ts
async function clusterVersion(options, ctx) {
  const kubectl = options.kubectlPath ?? findOnPath("kubectl", ctx.env);
  if (!kubectl) {
    throw new UserError(
      "version-source cluster needs kubectl, and none was found on PATH.",
      "Run the install-operator step first (it installs kubectl), or set kubectl-path."
    );
  }
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfig,
    env: ctx.env,
    redactor: ctx.redactor
  });
  try {
    const kube = new KubeClient({
      kubectlPath: kubectl,
      helmPath: "helm",
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: ctx.env,
      timeoutMs: 6e4
    });
    const ns = options.crNamespace;
    const name = options.crName;
    const cr = await kube.getJson(["weightsandbiases.apps.wandb.com", name, "-n", ns]);
    const objects = { crName: name, namespace: ns, cr, workloads: [] };
    if (cr && !hasChart(cr)) {
      objects.activeChart = await activeChart(kube, name, ns);
    }
    if (cr && !hasTag(cr)) {
      objects.activeValues = await activeValues(kube, name, ns, ctx);
      if (objects.activeValues === void 0) {
        objects.workloads = await kube.listJson(
          "deployments,statefulsets",
          { namespace: ns, selector: `app.kubernetes.io/instance=${name}` }
        );
      }
    }
    return versionFromCluster(objects);
  } finally {
    await kubeconfig.cleanup();
  }
}
function hasChart(cr) {
  const chart = cr.spec?.chart;
  return Boolean(chart && typeof chart === "object" && Object.keys(chart).length > 0);
}
function hasTag(cr) {
  return (tagAt(cr.spec?.values) ?? "") !== "";
}
async function activeValues(kube, name, ns, ctx) {
  const result = await kube.kubectl(
    ["get", "secret", `${name}-spec-active`, "-n", ns, "-o", "jsonpath={.data.values}"],
    {
      allowFailure: true
    }
  );
  if (result.code !== 0) {
    ctx.out.info(
      `The Secret ${name}-spec-active was not read (${result.stderr.trim().split("\n").pop()}); trying the workloads.`
    );
    return void 0;
  }
  const encoded = result.stdout.trim();
  if (!encoded) return void 0;
  try {
    const values = JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
    return (tagAt(values ?? void 0) ?? "") === "" ? void 0 : values;
  } catch {
    return void 0;
  }
}

// src/commands/upgrade-check/sources.ts
async function readVersionFiles(options, repo, baseSha, specs = options.files) {
  const out = [];
  for (const spec of specs) {
    let text2;
    if (repo && baseSha) {
      text2 = await repo.readFile(baseSha, spec.path);
    } else {
      text2 = await readFile(resolve2(options.repositoryPath, spec.path), "utf8").catch(() => void 0);
    }
    if (text2 === void 0) {
      throw new UserError(
        `${spec.path} does not exist${baseSha ? ` on the base branch (${baseSha.slice(0, 12)})` : ""}.`,
        "Give 'files' as paths relative to the repository root."
      );
    }
    out.push({ spec, text: text2 });
  }
  return out;
}
async function readChartPins(options, files, repo, baseSha) {
  if (options.chartFiles.length > 0) {
    const texts = await readVersionFiles(options, repo, baseSha, options.chartFiles);
    return texts.map((file) => ({ pin: readChartPin(file.text, file.spec), file }));
  }
  return files.map((file) => {
    const spec = chartSpecBeside(file.spec);
    if (!spec) {
      return {
        pin: {
          state: "not-pinned",
          detail: `\`${file.spec.path}\` holds the tag at \`${file.spec.keyPath}\`, outside a CR's \`spec\`, so it cannot hold \`spec.chart\` (name the chart's file with \`chart-files\`)`,
          channel: false
        }
      };
    }
    return { pin: readChartPin(file.text, spec), file: { spec, text: file.text } };
  });
}
async function findDeployedVersion(options, files, ctx) {
  const located = files.map((f) => ({ spec: f.spec, location: locateVersion(f.text, f.spec) }));
  const versions = new Set(located.map((l) => l.location.version));
  if (versions.size > 1) {
    throw new UserError(
      `The files disagree on the W&B Server version: ${located.map((l) => `${l.spec.path} has ${l.location.version}`).join(", ")}.`,
      "Pin the same version in every file listed in files, or list only the ones for one deployment.",
      { file: located[0].spec.path, line: located[0].location.line, column: located[0].location.column }
    );
  }
  if (options.versionSource === "values-file") {
    return {
      version: located[0].location.version,
      where: `pinned in ${located.map((l) => `\`${l.spec.path}\``).join(", ")}`
    };
  }
  if (options.versionSource === "server") {
    const host = options.host;
    let version;
    try {
      version = await fetchServerVersion(host, options.apiKey, {
        signal: AbortSignal.timeout(3e4),
        env: ctx.env
      });
    } catch (error) {
      throw new UserError(
        `Could not read the version from the W&B Server at ${host}: ${errorMessage(error)}`,
        "Check host (the URL users open), that the runner can reach it, and api-key."
      );
    }
    if (!version) {
      throw new UserError(
        `The W&B Server at ${host} did not say which version it runs.`,
        "Use version-source values-file instead."
      );
    }
    const parsed = located.length > 0 ? located[0].location.version : void 0;
    if (parsed && parsed !== version.replace(/^v/, "")) {
      ctx.out.warning(
        `The server at ${host} runs ${version}, while the files pin ${parsed}: a rollout may be pending.`
      );
    }
    const normalised = /^[vV]?\d+\.\d+\.\d+/.exec(version)?.[0].replace(/^[vV]/, "");
    if (!normalised) {
      throw new UserError(
        `The W&B Server at ${host} runs '${version}', which is not a released version.`,
        "Pin a released W&B Server version (e.g. 0.74.1) so that its support can be worked out."
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
      crNamespace: options.crNamespace
    },
    ctx
  );
  const pinnedInFiles = located.length > 0 ? located[0].location.version : void 0;
  if (pinnedInFiles && pinnedInFiles !== found.version) {
    ctx.out.warning(
      `The cluster runs ${found.version} (${found.where}), while the files pin ${pinnedInFiles}: a rollout may be pending.`
    );
  }
  if (found.chart?.source === "channel") {
    ctx.out.info(
      `The CR ${options.crNamespace}/${options.crName} sets no spec.chart: the operator takes the chart from the release channel${found.chart.applied?.version ? ` (last applied: operator-wandb ${found.chart.applied.version})` : ""}.`
    );
  }
  return { version: found.version, where: `deployed ${found.where}`, chart: found.chart };
}
async function loadPolicy(options, ctx) {
  const policy = { ...options.policy, endDates: { ...options.policy.endDates } };
  const read = async (file) => {
    try {
      return await readFile(resolve2(ctx.cwd, file), "utf8");
    } catch {
      throw new UserError(`Cannot read ${file}.`, "Check the path (relative to the working directory).");
    }
  };
  if (options.endDatesFile) {
    Object.assign(policy.endDates, parseEndDatesFile(await read(options.endDatesFile), options.endDatesFile));
  }
  if (options.skipFile)
    policy.skip = mergeSkip(policy.skip, parseSkipFile(await read(options.skipFile), options.skipFile));
  return policy;
}
async function loadCatalog(options, github, ctx) {
  if (options.releasesFile) {
    let text2;
    try {
      text2 = await readFile(resolve2(ctx.cwd, options.releasesFile), "utf8");
    } catch {
      throw new UserError(`Cannot read ${options.releasesFile}.`, "Check the releases-file path.");
    }
    return buildCatalog(parseReleasesFile(text2, options.releasesFile));
  }
  const objects = await listReleases(github, options.releasesRepository);
  const { releases, ignored } = catalogFromGitHub(objects);
  if (ignored.length > 0) ctx.out.info(`Ignored releases whose tag is not a version: ${ignored.join(", ")}`);
  return releases;
}
async function repositoryName(options, repo) {
  return repositoryOf(options.repository, repo);
}

// src/commands/upgrade-check/run.ts
async function run(raw, ctx) {
  const json = wantsJson(raw.format);
  const options = parseOptions(raw, ctx);
  const result = await upgradeCheck(options, ctx);
  if (json) ctx.out.json("upgrade-check", true, resultJson(result, options.dryRun));
  else ctx.out.print(resultLine(result.decision, result, options.dryRun));
  return 0;
}
function evaluationDay(options, ctx) {
  return options.asOf ? /* @__PURE__ */ new Date(`${options.asOf}T00:00:00Z`) : ctx.now;
}
async function upgradeCheck(options, ctx) {
  const when = evaluationDay(options, ctx);
  const github = createGitHubClient({
    baseUrl: options.githubApiUrl,
    token: options.token,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    env: ctx.env,
    onSecret: (secret) => ctx.redactor.add(secret),
    // `off` turns the cache off, as release-notes' cache-dir does; it is not a folder name.
    cache: options.cacheDir && options.cacheDir !== "off" ? new FileCache(join(resolve3(ctx.cwd, options.cacheDir), "github-cache.json")) : void 0
  });
  const policy = await loadPolicy(options, ctx);
  const repo = options.token ? new Repository({
    cwd: options.repositoryPath,
    remote: options.remote,
    token: options.token,
    env: ctx.env,
    redactor: ctx.redactor
  }) : void 0;
  const tips = repo ? await fetchTips2(repo, options) : void 0;
  const files = await readVersionFiles(options, repo, tips?.baseSha);
  const deployed = await findDeployedVersion(options, files, ctx);
  const catalog = await loadCatalog(options, github, ctx);
  const decision = decideSupport(catalog, deployed.version, policy, when);
  reportDecision(decision, deployed.where, ctx);
  const known = knownAsOf(catalog, when.toISOString().slice(0, 10));
  const chartPins = await readChartPins(options, files, repo, tips?.baseSha);
  const chart = decideChart(
    chartPins.map((p) => p.pin),
    decision.target ? chartNeedsFor(decision.target, known) : [],
    decision.target ?? decision.version,
    decision.version
  );
  reportChart(chart, ctx);
  const result = { decision, chart, operation: "none", githubRequests: 0 };
  const finish = () => {
    result.githubRequests = github.stats.calls;
    ctx.out.setOutput("pull-request-number", result.pullRequest ? String(result.pullRequest.number) : "");
    ctx.out.setOutput("pull-request-url", result.pullRequest?.url ?? "");
    ctx.out.setOutput("pull-request-operation", result.operation);
    ctx.out.summary(summaryMarkdown(decision, deployed.where, result, options, deployed.chart));
    ctx.out.info(`GitHub API requests: ${result.githubRequests}`);
    return result;
  };
  if (!repo || !tips) {
    ctx.out.notice("No github-token: reporting only (no branch is pushed and no pull request is opened).");
    return finish();
  }
  const pulls = new PullRequests(github.octokit, await repositoryName(options, repo));
  const prs = await pulls.forBranch(options.branch).catch((error) => {
    throw explainGitHubError(error, `list the pull requests of ${options.branch}`, github);
  });
  const open = prs.find((p) => p.state === "open");
  const lastClosed = open ? void 0 : prs.find((p) => p.state === "closed");
  if (open) result.pullRequest = { number: open.number, url: open.url };
  const intent = decideIntent({
    decision,
    warnDays: options.warnDays,
    scheduleDays: options.scheduleDays,
    open,
    lastClosed
  });
  ctx.out.info(describeIntent(intent, decision, options.warnDays));
  const ws = { options, ctx, repo, pulls, github, result, ...tips };
  switch (intent.kind) {
    case "none":
      if (intent.warning) ctx.out.warning(intent.warning);
      break;
    case "blocked":
      ctx.out.warning(
        `${intent.reason} This job will not change it. Close it, or give this job another branch ('branch' input).`
      );
      break;
    case "close":
      await closeObsolete(ws, intent.pr, intent.reason);
      break;
    case "propose": {
      const notice = chartNotice(chart, deployed.chart);
      if (notice) ctx.out.notice(notice);
      await proposeUpgrade(ws, {
        intent,
        decision,
        where: deployed.where,
        files,
        known,
        policy,
        chart,
        chartFiles: chartPins.flatMap((p) => p.file ? [p.file] : []),
        clusterChart: deployed.chart
      });
      break;
    }
  }
  return finish();
}
function fetchTips2(repo, options) {
  return fetchTips(repo, options.branch, options.base, "the upgrade pull request");
}
export {
  run,
  upgradeCheck
};
