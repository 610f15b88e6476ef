/**
 * What a migrate run is asked to do, typed: the command builds it from its inputs
 * (src/commands/migrate/options.ts); the flows in this folder read nothing else.
 */
export type MigrateTarget = 'operator' | 'v2';

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
}
