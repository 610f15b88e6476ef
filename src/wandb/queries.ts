/**
 * The GraphQL documents `wandb verify` sends, written to the shapes in the SDK's
 * `core/api/graphql/*.graphql` and public API (facts section 3). Kept minimal: only the fields a check reads,
 * so that a server that dropped an unrelated field still passes.
 */

export const VIEWER = `query Viewer {
  viewer { id entity username flags teams { edges { node { name } } } }
}`;

export const SERVER_INFO = `query ServerInfo {
  serverInfo {
    cliVersionInfo
    latestLocalVersionInfo { outOfDate latestVersionString versionOnThisInstanceString }
  }
}`;

/** Creates (or updates) a run; the run's id is its `name`. `config` is a JSONString. */
export const UPSERT_BUCKET = `mutation UpsertBucket(
  $name: String, $project: String, $entity: String, $config: JSONString, $summaryMetrics: JSONString
) {
  upsertBucket(input: {
    name: $name, modelName: $project, entityName: $entity, config: $config, summaryMetrics: $summaryMetrics
  }) {
    bucket { id name project { id name entity { id name } } }
    inserted
  }
}`;

export const CREATE_RUN_FILES = `mutation CreateRunFiles($entity: String!, $project: String!, $run: String!, $files: [String!]!) {
  createRunFiles(input: { entityName: $entity, projectName: $project, runName: $run, files: $files }) {
    runID
    uploadHeaders
    files { name uploadUrl }
  }
}`;

export const RUN_FILES = `query RunFiles($project: String!, $entity: String!, $name: String!, $fileNames: [String]) {
  project(name: $project, entityName: $entity) {
    run(name: $name) {
      files(names: $fileNames) {
        edges { node { id name url(upload: false) directUrl sizeBytes mimetype updatedAt md5 } }
      }
    }
  }
}`;

/** The public API's run read: config and summary as JSONStrings, historyKeys as JSON. */
export const RUN = `query Run($project: String!, $entity: String!, $name: String!) {
  project(name: $project, entityName: $entity) {
    run(name: $name) { id name config summaryMetrics historyKeys }
  }
}`;

/** The large-payload probe: `desc` only carries ~10 MB through the proxy; the answer is normally null. */
export const LARGE_PROJECT = `query Project($entity: String!, $name: String!, $runName: String!, $desc: String!) {
  project(entityName: $entity, name: $name) {
    run(name: $runName, desc: $desc) { name summaryMetrics }
  }
}`;
