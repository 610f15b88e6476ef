import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  httpFetch
} from "./chunk-7NRUIF3I.js";
import {
  USER_AGENT
} from "./chunk-2YU3Z55Y.js";

// src/wandb/client.ts
var HttpStatusError = class extends Error {
  constructor(status, what, bodySnippet) {
    super(`${what} answered HTTP ${status}${bodySnippet ? `: ${bodySnippet}` : ""}`);
    this.status = status;
    this.what = what;
    this.bodySnippet = bodySnippet;
    this.name = "HttpStatusError";
  }
  status;
  what;
  bodySnippet;
};
var GraphqlError = class extends Error {
  constructor(operation, messages) {
    super(`GraphQL ${operation} returned errors: ${messages.join("; ")}`);
    this.operation = operation;
    this.messages = messages;
    this.name = "GraphqlError";
  }
  operation;
  messages;
};
function withoutQuery(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split("?")[0];
  }
}
function describeError(error) {
  const asError = (value) => value && typeof value === "object" && "message" in value ? value : void 0;
  const top = asError(error);
  if (!top) return String(error);
  if (top.name === "AbortError" || top.name === "TimeoutError") return "the request was cancelled (timeout)";
  const cause = asError(top.cause);
  if (cause) {
    const message = cause.message.replace(/; if the root CA is installed locally.*$/s, "");
    return `${top.message}: ${cause.code ? `${cause.code} ` : ""}${message}`.trim();
  }
  return top.message;
}
function snippet(text) {
  const oneLine = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}\u2026` : oneLine;
}
function parseUploadHeaders(lines) {
  const headers = {};
  for (const line of lines ?? []) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
var WandbClient = class {
  host;
  authorization;
  fetchImpl;
  userAgent;
  constructor(options) {
    this.host = options.host.replace(/\/+$/, "");
    this.authorization = `Basic ${Buffer.from(`api:${options.apiKey}`, "utf8").toString("base64")}`;
    this.fetchImpl = options.fetch ?? httpFetch({ env: options.env ?? {} }).fetch;
    this.userAgent = options.userAgent ?? USER_AGENT;
  }
  /** POST a GraphQL document; returns status, data and error messages without judging them. */
  async graphqlRaw(query, variables, options = {}) {
    const response = await this.fetchImpl(`${this.host}/graphql`, {
      method: "POST",
      headers: this.headers({ "Content-Type": "application/json" }),
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
      redirect: "manual"
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300)
      return { status: response.status, errors: [snippet(text)] };
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { status: response.status, errors: [`the answer is not JSON: ${snippet(text)}`] };
    }
    const errors = parsed.errors?.map((e) => e.message ?? JSON.stringify(e));
    return {
      status: response.status,
      data: parsed.data,
      errors: errors && errors.length > 0 ? errors : void 0
    };
  }
  /** POST a GraphQL document; throws on non-2xx and on GraphQL errors, like the SDK. */
  async graphql(query, variables, options = {}) {
    const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? "request";
    const result = await this.graphqlRaw(query, variables, options);
    if (result.status < 200 || result.status >= 300) {
      throw new HttpStatusError(
        result.status,
        `GraphQL ${operation} at ${this.host}/graphql`,
        result.errors?.[0] ?? ""
      );
    }
    if (result.errors) throw new GraphqlError(operation, result.errors);
    if (result.data === void 0 || result.data === null)
      throw new GraphqlError(operation, ["no data in the answer"]);
    return result.data;
  }
  /** The run file stream, where the SDK sends history lines and the summary. */
  async fileStream(entity, project, run, body, options = {}) {
    const path = [entity, project, run].map(encodeURIComponent).join("/");
    const url = `${this.host}/files/${path}/file_stream`;
    const response = await this.fetchImpl(url, {
      method: "POST",
      headers: this.headers({ "Content-Type": "application/json" }),
      body: JSON.stringify(body),
      signal: options.signal,
      redirect: "manual"
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      throw new HttpStatusError(response.status, `The file stream at ${url}`, snippet(text));
    }
  }
  /** PUT bytes to a signed upload URL with the server's uploadHeaders; no W&B credentials go there. */
  async putSigned(url, body, headers, options = {}) {
    const response = await this.fetchImpl(url, { method: "PUT", headers, body, signal: options.signal });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }
  /** GET a (signed) URL. W&B credentials are only sent when the URL is on the W&B host itself. */
  async get(url, options = {}) {
    const headers = url.startsWith(`${this.host}/`) ? this.headers({}) : {};
    const response = await this.fetchImpl(url, { method: "GET", headers, signal: options.signal });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }
  /** GET without W&B credentials and without following redirects: does anything answer at `url`? */
  async probe(url, options = {}) {
    const response = await this.fetchImpl(url, { method: "GET", redirect: "manual", signal: options.signal });
    await response.body?.cancel();
    return response.status;
  }
  /** A CORS preflight, as a browser would send it before reading a file from the bucket. */
  async preflight(url, origin, method, options = {}) {
    const response = await this.fetchImpl(url, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": method },
      signal: options.signal
    });
    return { status: response.status, headers: response.headers, body: await response.text() };
  }
  headers(extra) {
    return { Authorization: this.authorization, "User-Agent": this.userAgent, ...extra };
  }
};

// src/wandb/queries.ts
var VIEWER = `query Viewer {
  viewer { id entity username flags teams { edges { node { name } } } }
}`;
var SERVER_INFO = `query ServerInfo {
  serverInfo {
    cliVersionInfo
    latestLocalVersionInfo { outOfDate latestVersionString versionOnThisInstanceString }
  }
}`;
var UPSERT_BUCKET = `mutation UpsertBucket(
  $name: String, $project: String, $entity: String, $config: JSONString, $summaryMetrics: JSONString
) {
  upsertBucket(input: {
    name: $name, modelName: $project, entityName: $entity, config: $config, summaryMetrics: $summaryMetrics
  }) {
    bucket { id name project { id name entity { id name } } }
    inserted
  }
}`;
var CREATE_RUN_FILES = `mutation CreateRunFiles($entity: String!, $project: String!, $run: String!, $files: [String!]!) {
  createRunFiles(input: { entityName: $entity, projectName: $project, runName: $run, files: $files }) {
    runID
    uploadHeaders
    files { name uploadUrl }
  }
}`;
var RUN_FILES = `query RunFiles($project: String!, $entity: String!, $name: String!, $fileNames: [String]) {
  project(name: $project, entityName: $entity) {
    run(name: $name) {
      files(names: $fileNames) {
        edges { node { id name url(upload: false) directUrl sizeBytes mimetype updatedAt md5 } }
      }
    }
  }
}`;
var RUN = `query Run($project: String!, $entity: String!, $name: String!) {
  project(name: $project, entityName: $entity) {
    run(name: $name) { id name config summaryMetrics historyKeys }
  }
}`;
var LARGE_PROJECT = `query Project($entity: String!, $name: String!, $runName: String!, $desc: String!) {
  project(entityName: $entity, name: $name) {
    run(name: $runName, desc: $desc) { name summaryMetrics }
  }
}`;

// src/wandb/api.ts
async function serverInfo(client, options) {
  const data = await client.graphql(SERVER_INFO, {}, options);
  return data.serverInfo;
}
async function upsertRun(client, run, options) {
  await client.graphql(
    UPSERT_BUCKET,
    {
      entity: run.entity,
      project: run.project,
      name: run.name,
      config: run.config === void 0 ? void 0 : JSON.stringify(run.config)
    },
    options
  );
}
async function createRunFiles(client, run, files, options) {
  const data = await client.graphql(
    CREATE_RUN_FILES,
    { entity: run.entity, project: run.project, run: run.name, files },
    options
  );
  if (!data.createRunFiles) throw new Error("CreateRunFiles returned no upload URLs");
  return data.createRunFiles;
}
async function runFiles(client, run, names, options) {
  const data = await client.graphql(RUN_FILES, { entity: run.entity, project: run.project, name: run.name, fileNames: names }, options);
  const found = data.project?.run;
  if (!found) return null;
  return (found.files?.edges ?? []).map((edge) => edge.node);
}
async function readRun(client, run, options) {
  const data = await client.graphql(
    RUN,
    { entity: run.entity, project: run.project, name: run.name },
    options
  );
  return data.project?.run ?? null;
}
async function fetchServerVersion(host, apiKey, options = {}) {
  const client = new WandbClient({ host, apiKey, fetch: options.fetch, env: options.env });
  const info = await serverInfo(client, options);
  return info?.latestLocalVersionInfo?.versionOnThisInstanceString ?? void 0;
}

// src/kube/spec-active.ts
async function activeKey(kube, name, namespace, key) {
  const result = await kube.kubectl(
    ["get", "secret", `${name}-spec-active`, "-n", namespace, "-o", `jsonpath={.data.${key}}`],
    { allowFailure: true }
  );
  const encoded = result.code === 0 ? result.stdout.trim() : "";
  if (!encoded) return void 0;
  try {
    return JSON.parse(Buffer.from(encoded, "base64").toString("utf8"));
  } catch {
    return void 0;
  }
}
function activeChart(kube, name, namespace) {
  return activeKey(kube, name, namespace, "chart");
}

export {
  HttpStatusError,
  GraphqlError,
  withoutQuery,
  describeError,
  parseUploadHeaders,
  WandbClient,
  activeKey,
  activeChart,
  VIEWER,
  LARGE_PROJECT,
  serverInfo,
  upsertRun,
  createRunFiles,
  runFiles,
  readRun,
  fetchServerVersion
};
