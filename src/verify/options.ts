import type { FailOn } from './report.js';

/**
 * What a verification is asked to do, typed: the verify command builds it from its inputs
 * (src/commands/verify/options.ts), and migrate and rollout build it for the CR they just rolled out.
 */

export type UseWandbCli = 'auto' | 'true' | 'false';

export interface VerifyOptions {
  clusterChecks: UseWandbCli;
  kubeconfig?: string;
  context?: string;
  kubectlPath?: string;
  name: string;
  namespace: string;
  operatorNamespace?: string;
  host: string;
  apiKey?: string;
  /** PEM file of a CA to trust for the W&B host and the object store (relative to the working directory). */
  caFile?: string;
  entity?: string;
  project: string;
  useWandbCli: UseWandbCli;
  failOn: FailOn;
  reportPath: string;
  timeoutMs: number;
  checkTimeoutMs: number;
  retrySeconds: number;
  sdkVersion?: string;
  /** The browser-style presigned download and CORS preflight checks (default true). */
  browserChecks?: boolean;
}

/** The defaults of the verify command's inputs, in one place for every caller. */
export const VERIFY_DEFAULTS = {
  clusterChecks: 'auto',
  name: 'wandb',
  namespace: 'default',
  project: 'verify',
  useWandbCli: 'auto',
  failOn: 'error',
  reportPath: 'wandb-verify-report.json',
  timeoutMs: 300_000,
  checkTimeoutMs: 60_000,
  retrySeconds: 10,
  browserChecks: true,
} as const satisfies Partial<VerifyOptions>;

/** Options for a caller that sets only what differs from verify's defaults (host at least). */
export function verifyOptions(given: Partial<VerifyOptions> & { host: string }): VerifyOptions {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  return { ...VERIFY_DEFAULTS, ...defined } as VerifyOptions;
}
