/**
 * What a migrate run is asked to do, typed: the command builds it from its inputs
 * (src/commands/migrate/options.ts); the flows in this folder read nothing else.
 */
import type { Identity } from '../git/repository.js';

export type MigrateTarget = 'operator' | 'v2';

/**
 * `to: v2` with `pull-request`: the v2 CR goes to a pull request for review. The inputs and their meaning are
 * upgrade-check's where it has them.
 */
export interface MigratePullRequest {
  /** Where the CR goes in the repository, relative to its root. */
  path: string;
  branch: string;
  base?: string;
  labels: string[];
  assignees: string[];
  reviewers: string[];
  /** owner/name; undefined: read from the remote's URL. */
  repository?: string;
  repositoryPath: string;
  remote: string;
  token: string;
  githubApiUrl: string;
  author: Identity;
}

export interface MigrateOptions {
  /** operator: a legacy installation -> operator v1; v2: a live v1 CR -> a v2 CR. */
  to: MigrateTarget;
  kubeconfigContent?: string;
  context?: string;
  kubectlPath?: string;
  helmPath?: string;
  /** apply-cr's render-check and chart, passed to the apply step. */
  renderCheck?: string;
  chart?: string;
  timeoutSeconds: number;
  namespace: string;
  oldRelease: string;
  oldDeployment?: string;
  name: string;
  crNamespace: string;
  appChartRepo: string;
  appChartVersion?: string;
  output: string;
  /** to: v2: where the Secrets' manifests go, as the user named it; undefined: chosen (see secretsPlacement). */
  secretsOutput?: string;
  confirm: boolean;
  removeOld: boolean;
  installOperator: boolean;
  operatorNamespace: string;
  operatorRelease: string;
  operatorChartRepo: string;
  operatorChartVersion?: string;
  minKubernetesVersion: string;
  host?: string;
  apiKey?: string;
  verifyReportPath: string;
  pollSeconds: number;
  /** to: v2: open or update a pull request with the v2 CR. */
  pullRequest?: MigratePullRequest;
}
