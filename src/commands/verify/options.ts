import { UserError } from '../../core/errors.js';
import { hasUrlCredentials, withoutUrlCredentials } from '../../core/redact.js';
import { num, str, type RawInputs } from '../../core/inputs.js';
import { PUBLIC_CLOUD_HOSTS } from '../../verify/decisions.js';
import type { FailOn } from '../../verify/report.js';

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
}

function oneOf<T extends string>(raw: RawInputs, name: string, allowed: readonly T[], fallback: T): T {
  const value = (str(raw, name) ?? fallback).trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UserError(`Input '${name}' must be one of ${allowed.join(', ')}, got '${value}'.`);
  }
  return value as T;
}

function seconds(raw: RawInputs, name: string, fallback: number): number {
  const value = num(raw, name) ?? fallback;
  if (!(value > 0))
    throw new UserError(`Input '${name}' must be a positive number of seconds, got ${value}.`);
  return value;
}

export function parseOptions(raw: RawInputs): VerifyOptions {
  const host = (str(raw, 'host') ?? '').trim();
  if (hasUrlCredentials(host)) {
    // W&B takes its API key as HTTP Basic `api:<key>`, so a user:password in the URL has no header to go in,
    // and the URL would reach the wandb CLI's command line (`wandb verify --host`), which every process can read.
    throw new UserError(
      `Input 'host' holds credentials in its URL (before '@'): ${withoutUrlCredentials(host)} with a user and password, which W&B Server does not take.`,
      `Give the base URL alone (${withoutUrlCredentials(host)}) and the API key in 'api-key' (WANDB_API_KEY on the CLI).`,
    );
  }
  const isPublicCloud = PUBLIC_CLOUD_HOSTS.includes(host.replace(/\/+$/, '').toLowerCase());
  // Public cloud is refused by the first check (with its message in the report), not here.
  if (!isPublicCloud) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(host);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
      throw new UserError(
        `Input 'host' must be the W&B Server base URL with its scheme, got '${host}'.`,
        'Use the value of global.host in the CR, e.g. https://wandb.example.com.',
      );
    }
  }
  const retrySeconds = num(raw, 'retry-seconds') ?? 10;
  if (!(retrySeconds >= 0))
    throw new UserError(`Input 'retry-seconds' must be 0 or more, got ${retrySeconds}.`);
  return {
    clusterChecks: oneOf(raw, 'cluster-checks', ['auto', 'true', 'false'] as const, 'auto'),
    kubeconfig: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path'),
    name: str(raw, 'name') ?? 'wandb',
    namespace: str(raw, 'namespace') ?? 'default',
    operatorNamespace: str(raw, 'operator-namespace'),
    host: host.replace(/\/+$/, ''),
    apiKey: str(raw, 'api-key'),
    caFile: str(raw, 'ca-file'),
    entity: str(raw, 'entity'),
    project: str(raw, 'project') ?? 'verify',
    useWandbCli: oneOf(raw, 'use-wandb-cli', ['auto', 'true', 'false'] as const, 'auto'),
    failOn: oneOf(raw, 'fail-on', ['error', 'warning'] as const, 'error'),
    reportPath: str(raw, 'report-path') ?? 'wandb-verify-report.json',
    timeoutMs: seconds(raw, 'timeout', 300) * 1000,
    checkTimeoutMs: seconds(raw, 'check-timeout', 60) * 1000,
    retrySeconds,
    sdkVersion: str(raw, 'sdk-version'),
  };
}
