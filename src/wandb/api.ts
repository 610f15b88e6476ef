import { WandbClient, type Fetch, type RequestOptions } from './client.js';
import { CREATE_RUN_FILES, RUN, RUN_FILES, SERVER_INFO, UPSERT_BUCKET, VIEWER } from './queries.js';

/** Typed calls over WandbClient, one per GraphQL operation that verify (and upgrade-check) uses. */

export interface Viewer {
  id: string;
  entity: string;
  username?: string;
}

export interface ServerInfo {
  /** JSON scalar: `{ max_cli_version, min_cli_version }` on current servers. */
  cliVersionInfo?: Record<string, unknown> | null;
  latestLocalVersionInfo?: {
    outOfDate?: boolean | null;
    latestVersionString?: string | null;
    versionOnThisInstanceString?: string | null;
  } | null;
}

export interface UploadTicket {
  uploadHeaders: string[];
  files: Array<{ name: string; uploadUrl: string | null }>;
}

export interface RunFile {
  name: string;
  url: string | null;
  directUrl?: string | null;
  sizeBytes?: number | null;
}

export interface RunRecord {
  name: string;
  /** JSONStrings as the server stores them. */
  config: string | null;
  summaryMetrics: string | null;
  historyKeys: unknown;
}

export async function viewer(client: WandbClient, options?: RequestOptions): Promise<Viewer | null> {
  const data = await client.graphql<{ viewer: Viewer | null }>(VIEWER, {}, options);
  return data.viewer;
}

export async function serverInfo(client: WandbClient, options?: RequestOptions): Promise<ServerInfo | null> {
  const data = await client.graphql<{ serverInfo: ServerInfo | null }>(SERVER_INFO, {}, options);
  return data.serverInfo;
}

export async function upsertRun(
  client: WandbClient,
  run: { entity: string; project: string; name: string; config?: unknown },
  options?: RequestOptions,
): Promise<void> {
  await client.graphql(
    UPSERT_BUCKET,
    {
      entity: run.entity,
      project: run.project,
      name: run.name,
      config: run.config === undefined ? undefined : JSON.stringify(run.config),
    },
    options,
  );
}

export async function createRunFiles(
  client: WandbClient,
  run: { entity: string; project: string; name: string },
  files: string[],
  options?: RequestOptions,
): Promise<UploadTicket> {
  const data = await client.graphql<{ createRunFiles: UploadTicket | null }>(
    CREATE_RUN_FILES,
    { entity: run.entity, project: run.project, run: run.name, files },
    options,
  );
  if (!data.createRunFiles) throw new Error('CreateRunFiles returned no upload URLs');
  return data.createRunFiles;
}

/** The named files of a run; `null` when the run itself is not found. */
export async function runFiles(
  client: WandbClient,
  run: { entity: string; project: string; name: string },
  names: string[],
  options?: RequestOptions,
): Promise<RunFile[] | null> {
  const data = await client.graphql<{
    project: { run: { files: { edges: Array<{ node: RunFile }> } | null } | null } | null;
  }>(RUN_FILES, { entity: run.entity, project: run.project, name: run.name, fileNames: names }, options);
  const found = data.project?.run;
  if (!found) return null;
  return (found.files?.edges ?? []).map((edge) => edge.node);
}

export async function readRun(
  client: WandbClient,
  run: { entity: string; project: string; name: string },
  options?: RequestOptions,
): Promise<RunRecord | null> {
  const data = await client.graphql<{ project: { run: RunRecord | null } | null }>(
    RUN,
    { entity: run.entity, project: run.project, name: run.name },
    options,
  );
  return data.project?.run ?? null;
}

/**
 * The version of W&B Server running at `host` (serverInfo.latestLocalVersionInfo.versionOnThisInstanceString),
 * or undefined when the server does not say. For other commands (upgrade-check) that need only this.
 */
export async function fetchServerVersion(
  host: string,
  apiKey: string,
  options: RequestOptions & { fetch?: Fetch; env?: NodeJS.ProcessEnv } = {},
): Promise<string | undefined> {
  const client = new WandbClient({ host, apiKey, fetch: options.fetch, env: options.env });
  const info = await serverInfo(client, options);
  return info?.latestLocalVersionInfo?.versionOnThisInstanceString ?? undefined;
}
