import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  FileCache,
  MemoryCache
} from "./chunk-EGZLJEUV.js";
import {
  PUBLIC_API_URL,
  buildCatalog,
  catalogFromGitHub,
  checkDay,
  createGitHubClient,
  defaultPolicy,
  listReleases,
  mergeSkip,
  parseEndDatesFile,
  parsePolicyName,
  parseReleasesFile,
  parseSkipFile,
  splitRepository
} from "./chunk-G6UZJVOF.js";
import {
  readInputFile
} from "./chunk-W47JOMVU.js";
import {
  DEFAULT_WARN_DAYS
} from "./chunk-PZFI2W65.js";
import {
  hasUrlCredentials,
  withoutUrlCredentials
} from "./chunk-4QZDXL4F.js";
import {
  bool,
  num,
  str
} from "./chunk-ZCGRXSVN.js";
import {
  UserError
} from "./chunk-SIWOL6LA.js";

// src/github/options.ts
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";

// src/data/releases-snapshot.ts
var SNAPSHOT_DATE = "2026-11-23";
var ROWS = [
  ["0.83.0", "2026-07-22", false],
  ["0.82.2", "2026-07-08", false],
  ["0.82.1", "2026-07-01", false],
  ["0.82.0", "2026-06-23", true],
  ["0.81.3", "2026-06-09", false],
  ["0.81.2", "2026-06-08", false],
  ["0.81.1", "2026-06-04", false],
  ["0.81.0", "2026-06-01", true],
  ["0.80.1", "2026-05-06", false],
  ["0.80.0", "2026-04-28", true],
  ["0.79.2", "2026-04-14", false],
  ["0.79.1", "2026-04-01", false],
  ["0.79.0", "2026-03-24", true],
  ["0.78.2", "2026-03-11", false],
  ["0.78.1", "2026-03-05", false],
  ["0.78.0", "2026-03-03", true],
  ["0.77.1", "2026-01-28", false],
  ["0.77.0", "2026-01-21", true],
  ["0.76.3", "2025-12-17", false],
  ["0.76.2", "2025-12-10", false],
  ["0.76.1", "2025-12-04", false],
  ["0.76.0", "2025-11-20", true],
  ["0.75.2", "2025-11-05", false],
  ["0.75.1", "2025-11-05", false],
  ["0.75.0", "2025-10-28", true],
  ["0.74.1", "2025-10-08", false],
  ["0.74.0", "2025-10-02", true],
  ["0.73.1", "2025-09-10", false],
  ["0.73.0", "2025-09-03", true],
  ["0.72.0", "2025-08-06", true],
  ["0.71.1", "2025-08-06", false],
  ["0.71.0", "2025-07-29", true],
  ["0.70.1", "2025-07-09", false],
  ["0.70.0", "2025-07-07", true],
  ["0.69.1", "2025-06-05", false],
  ["0.69.0", "2025-05-28", true],
  ["0.68.2", "2025-05-07", false],
  ["0.68.1", "2025-05-02", false],
  ["0.68.0", "2025-04-29", true],
  ["0.67.1", "2025-03-26", true],
  ["0.67.0", "2025-03-26", false],
  ["0.66.3", "2025-03-07", false],
  ["0.66.2", "2025-03-05", false],
  ["0.66.1", "2025-03-03", false],
  ["0.66.0", "2025-02-20", true],
  ["0.65.4", "2025-02-06", false],
  ["0.65.3", "2025-01-30", false],
  ["0.65.2", "2025-01-29", false],
  ["0.65.1", "2025-01-28", false],
  ["0.65.0", "2025-01-23", true],
  ["0.64.1", "2024-12-13", false],
  ["0.64.0", "2024-12-12", false],
  ["0.63.0", "2024-12-06", true],
  ["0.62.2", "2024-11-12", false],
  ["0.63.0", "2024-11-12", false],
  ["0.62.1", "2024-11-06", false],
  ["0.62.0", "2024-11-05", false],
  ["0.61.0", "2024-10-16", true],
  ["0.60.0", "2024-09-24", true],
  ["0.59.2", "2024-09-16", false],
  ["0.59.1", "2024-09-11", false],
  ["0.59.0", "2024-09-09", false],
  ["0.58.1", "2024-09-04", true],
  ["0.58.0", "2024-08-29", false],
  ["0.57.4", "2024-08-01", false],
  ["0.57.3", "2024-07-26", false],
  ["0.57.2", "2024-07-23", true],
  ["0.57.0", "2024-07-19", false],
  ["0.56.0", "2024-06-25", true],
  ["0.55.0", "2024-06-03", false],
  ["0.54.0", "2024-05-23", true],
  ["0.53.0", "2024-05-21", false],
  ["0.52.2", "2024-04-24", true],
  ["0.52.1", "2024-04-24", false],
  ["0.52.0", "2024-04-24", false],
  ["0.51.2", "2024-04-09", false],
  ["0.52.0", "2024-04-08", false],
  ["0.51.1", "2024-03-29", false],
  ["0.51.0", "2024-03-19", true],
  ["0.50.3", "2024-03-01", false],
  ["0.50.2", "2024-02-23", true],
  ["0.50.0", "2024-02-21", false],
  ["0.49.1", "2024-01-24", false],
  ["0.49.0", "2024-01-17", true],
  ["0.48.1", "2024-01-02", false],
  ["0.48.0", "2023-12-19", true],
  ["0.47.3", "2023-12-08", true],
  ["0.47.2", "2023-11-30", true],
  ["0.47.0", "2023-11-29", false],
  ["0.46.0", "2023-11-14", true],
  ["0.45.0", "2023-10-24", true],
  ["0.44.1", "2023-10-12", true],
  ["0.44.0", "2023-10-11", false],
  ["0.43.0", "2023-09-26", true],
  ["0.42.0", "2023-09-12", true],
  ["0.41.0", "2023-08-23", true],
  ["0.40.0", "2023-08-10", true],
  ["0.39.0", "2023-07-25", true],
  ["0.38.1", "2023-07-17", false],
  ["0.38.0", "2023-07-13", true],
  ["0.37.0", "2023-07-10", false],
  ["0.36.0", "2023-06-14", true],
  ["0.35.0", "2023-06-07", true],
  ["0.34.0", "2023-05-31", true],
  ["0.33.0", "2023-05-10", true],
  ["0.32.0", "2023-04-27", false],
  ["0.31.0", "2023-04-05", true],
  ["0.30.0", "2023-03-16", false],
  ["0.29.0", "2023-03-01", true],
  ["0.28.0", "2023-02-15", true],
  ["0.27.0", "2023-01-26", true],
  ["0.26.2", "2023-01-18", false],
  ["0.26.1", "2023-01-13", false],
  ["0.26.0", "2023-01-13", true],
  ["0.25.0", "2022-11-29", true],
  ["0.24.1", "2022-11-24", false],
  ["0.24.0", "2022-11-23", true],
  ["0.23.0", "2022-11-18", true],
  ["0.22.0", "2022-10-22", true],
  ["0.21.0", "2022-10-14", true],
  ["0.20.0", "2022-09-23", true],
  ["0.19.0", "2022-09-15", true],
  ["0.18.0", "2022-08-24", true],
  ["0.17.0", "2022-08-10", true],
  ["0.16.1", "2022-07-29", true],
  ["0.16.0", "2022-07-27", true],
  ["0.15.0", "2022-07-01", true],
  ["0.14.0", "2022-06-23", true],
  ["0.13.0", "2022-06-15", true],
  ["0.12.1", "2022-05-26", true],
  ["0.12.0", "2022-05-26", false],
  ["0.11.1", "2022-05-26", false],
  ["0.11.0", "2022-05-12", true],
  ["0.9.50", "2022-03-31", true],
  ["0.9.49", "2022-02-24", true],
  ["0.9.48", "2022-02-09", true],
  ["0.9.47", "2022-01-13", true],
  ["0.9.46", "2021-11-23", true],
  ["0.9.45", "2021-11-04", true],
  ["0.9.44", "2021-09-28", true],
  ["0.9.43", "2021-08-13", true],
  ["0.9.42", "2021-06-30", false],
  ["0.9.42", "2021-06-30", true],
  ["0.9.41", "2021-05-27", true],
  ["0.9.40", "2021-04-29", true],
  ["0.9.39", "2021-03-26", true],
  ["0.9.38", "2021-02-17", true],
  ["0.9.37", "2021-02-02", true],
  ["0.9.36", "2021-01-26", true],
  ["0.9.35", "2021-01-14", true],
  ["0.9.34", "2020-12-21", true],
  ["0.9.33", "2020-12-04", true],
  ["0.9.32", "2020-11-25", true],
  ["0.9.31", "2020-11-13", true],
  ["0.9.30", "2020-10-20", true],
  ["0.9.29", "2020-10-20", true],
  ["0.9.28", "2020-10-20", true],
  ["0.9.27", "2020-10-20", true],
  ["0.9.26", "2020-10-20", true],
  ["0.9.25", "2020-10-20", true],
  ["0.9.24", "2020-10-20", true],
  ["0.9.23", "2020-10-20", true],
  ["0.9.22", "2020-10-20", true],
  ["0.9.21", "2020-10-20", true],
  ["0.9.20", "2020-10-20", true],
  ["0.9.19", "2020-10-20", true],
  ["0.9.18", "2020-10-20", true],
  ["0.9.17", "2020-10-20", true],
  ["0.9.16", "2020-10-20", true],
  ["0.9.15", "2020-10-20", true],
  ["0.9.14", "2020-10-20", true],
  ["0.9.13", "2020-10-20", true],
  ["0.9.12", "2020-10-20", true],
  ["0.9.11", "2020-10-20", true],
  ["0.9.9", "2020-10-20", true],
  ["0.9.8", "2020-10-20", true],
  ["0.9.7", "2020-10-20", true],
  ["0.9.6", "2020-10-20", true],
  ["0.9.5", "2020-10-20", true],
  ["0.9.4", "2020-10-20", true]
];
function url(version, tagged) {
  return tagged ? `https://github.com/wandb/server/releases/tag/${version}` : `https://github.com/wandb/server/releases?q=${version}&expanded=true`;
}
function snapshotReleases() {
  return ROWS.map(([version, date, tagged]) => {
    const link = url(version, tagged);
    return {
      version,
      tag: version,
      name: `v${version}`,
      date,
      notes: `See the GitHub release: ${link}`,
      url: link,
      prerelease: false,
      draft: false
    };
  });
}

// src/github/options.ts
function readReleaseSourceOptions(raw, ctx) {
  const token = str(raw, "github-token");
  if (token) ctx.redactor.add(token);
  const apiUrl = (str(raw, "github-api-url") ?? ctx.env.GITHUB_API_URL ?? PUBLIC_API_URL).replace(/\/+$/, "");
  if (hasUrlCredentials(apiUrl)) {
    throw new UserError(
      `github-api-url holds credentials in its URL (before '@'): ${withoutUrlCredentials(apiUrl)} with a user and password.`,
      `Give the URL alone (${withoutUrlCredentials(apiUrl)}) and the token in github-token (GITHUB_TOKEN on the CLI).`
    );
  }
  try {
    const url2 = new URL(apiUrl);
    if (url2.protocol !== "https:" && url2.protocol !== "http:") throw new Error("protocol");
  } catch {
    throw new UserError(
      `github-api-url '${apiUrl}' is not an http(s) URL.`,
      "Give e.g. https://github.example.com/api/v3."
    );
  }
  const repository = str(raw, "repository") ?? "wandb/server";
  splitRepository(repository);
  const dir = str(raw, "cache-dir") ?? join(ctx.env.XDG_CACHE_HOME ?? join(ctx.env.HOME ?? homedir(), ".cache"), "wandb-operator-actions");
  const cacheFile = dir === "off" ? void 0 : join(
    isAbsolute(dir) ? dir : resolve(ctx.cwd, dir),
    // One file per API host, so GitHub.com and an Enterprise Server never share entries.
    `github-${createHash("sha256").update(apiUrl).digest("hex").slice(0, 12)}.json`
  );
  return {
    repository,
    releasesFile: str(raw, "releases-file"),
    includePrereleases: bool(raw, "include-prereleases"),
    token,
    apiUrl,
    cacheFile
  };
}
function githubClient(options, ctx, tuning = {}) {
  const cache = options.cacheFile ? new FileCache(options.cacheFile) : new MemoryCache();
  return createGitHubClient({
    baseUrl: options.apiUrl,
    token: options.token,
    cache,
    env: ctx.env,
    log: { warning: (m) => ctx.out.warning(m), info: (m) => ctx.out.info(m) },
    onSecret: (secret) => ctx.redactor.add(secret),
    retryBaseMs: tuning.retryBaseMs
  });
}
function releasesPageUrl(apiUrl, repository) {
  const url2 = new URL(apiUrl);
  const web = url2.hostname === "api.github.com" ? "https://github.com" : `${url2.protocol}//${url2.host}${url2.pathname.replace(/\/api\/v3\/?$/, "")}`;
  return `${web.replace(/\/+$/, "")}/${repository}/releases`;
}
async function loadCatalog(options, ctx, client) {
  const filter = { includePrereleases: options.includePrereleases };
  if (options.releasesFile === "builtin") {
    const catalog = buildCatalog(snapshotReleases(), filter);
    ctx.out.notice(
      `Using the built-in snapshot of wandb/server releases (as of ${SNAPSHOT_DATE}; newest ${catalog[catalog.length - 1].version}), as asked by releases-file: builtin. Releases after it are missing and it carries no notes.`
    );
    return {
      catalog,
      source: `built-in snapshot of ${SNAPSHOT_DATE}`,
      releasesPage: "https://github.com/wandb/server/releases"
    };
  }
  if (options.releasesFile) {
    const text = readInputFile(ctx.cwd, options.releasesFile, "releases-file");
    const catalog = buildCatalog(parseReleasesFile(text, options.releasesFile), filter);
    if (catalog.length === 0) throw new UserError(`releases-file ${options.releasesFile} lists no release.`);
    return { catalog, source: `releases file ${options.releasesFile}` };
  }
  const github = client ?? githubClient(options, ctx);
  const objects = await listReleases(github, options.repository);
  const { releases, ignored } = catalogFromGitHub(objects, filter);
  if (ignored.length > 0) ctx.out.info(`Ignored releases whose tag is not a version: ${ignored.join(", ")}.`);
  if (!github.authenticated) {
    const left = github.stats.rateLimit ? ` (${github.stats.rateLimit.remaining} of ${github.stats.rateLimit.limit} left this hour)` : "";
    ctx.out.warning(
      `No GitHub token: the GitHub API allows 60 requests an hour per IP address without one${left}. Set github-token (GITHUB_TOKEN on the CLI) for 5,000.`
    );
  }
  if (releases.length === 0) {
    throw new UserError(
      `${options.repository} has no published releases at ${options.apiUrl}.`,
      "Check repository and github-api-url."
    );
  }
  return {
    catalog: releases,
    source: `GitHub releases of ${options.repository}`,
    // GitHub gives each release's page; the list of all is beside it (works for any host).
    releasesPage: /^(.*\/releases)\/tag\//.exec(releases[releases.length - 1].url)?.[1] ?? releasesPageUrl(options.apiUrl, options.repository),
    client: github
  };
}

// src/releases/policy-inputs.ts
import { readFileSync } from "node:fs";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
function readText(ctx, file, input) {
  const path = isAbsolute2(file) ? file : resolve2(ctx.cwd, file);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(
      `Cannot read ${input} ${file}: ${error.code ?? String(error)}.`,
      "Check the path (relative paths are from the working directory)."
    );
  }
}
function readPolicyOptions(raw, ctx) {
  const policy = defaultPolicy();
  policy.name = parsePolicyName(str(raw, "policy") ?? "minor-12-months");
  const warnDays = num(raw, "warn-days") ?? DEFAULT_WARN_DAYS;
  if (!Number.isInteger(warnDays) || warnDays < 0) {
    throw new UserError(`warn-days must be a whole number of days (0 or more), got ${warnDays}.`);
  }
  policy.warnDays = warnDays;
  const target = str(raw, "target") ?? "latest";
  if (target !== "latest" && target !== "next-minor") {
    throw new UserError(`Unknown target '${target}'.`, "Use latest or next-minor.");
  }
  policy.target = target;
  const endDatesFile = str(raw, "end-dates-file");
  if (endDatesFile)
    policy.endDates = parseEndDatesFile(readText(ctx, endDatesFile, "end-dates-file"), endDatesFile);
  const skipFile = str(raw, "skip-file");
  if (skipFile)
    policy.skip = mergeSkip(policy.skip, parseSkipFile(readText(ctx, skipFile, "skip-file"), skipFile));
  const asOfText = str(raw, "as-of");
  const asOf = asOfText ? /* @__PURE__ */ new Date(`${checkDay(asOfText, "as-of")}T00:00:00Z`) : ctx.now;
  return { policy, asOf, asOfGiven: asOfText !== void 0 };
}

export {
  readReleaseSourceOptions,
  githubClient,
  loadCatalog,
  readPolicyOptions
};
