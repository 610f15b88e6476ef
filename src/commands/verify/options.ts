import { UserError } from '../../core/errors.js';
import { hasUrlCredentials, withoutUrlCredentials } from '../../core/redact.js';
import { bool, num, str, type RawInputs } from '../../core/inputs.js';
import { PUBLIC_CLOUD_HOSTS } from '../../verify/decisions.js';
import { VERIFY_DEFAULTS, type VerifyOptions } from '../../verify/options.js';

export type { UseWandbCli, VerifyOptions } from '../../verify/options.js';

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
  const retrySeconds = num(raw, 'retry-seconds') ?? VERIFY_DEFAULTS.retrySeconds;
  if (!(retrySeconds >= 0))
    throw new UserError(`Input 'retry-seconds' must be 0 or more, got ${retrySeconds}.`);
  const d = VERIFY_DEFAULTS;
  const options: VerifyOptions = {
    clusterChecks: oneOf(raw, 'cluster-checks', ['auto', 'true', 'false'] as const, d.clusterChecks),
    kubeconfig: str(raw, 'kubeconfig'),
    context: str(raw, 'context'),
    kubectlPath: str(raw, 'kubectl-path'),
    name: str(raw, 'name') ?? d.name,
    namespace: str(raw, 'namespace') ?? d.namespace,
    operatorNamespace: str(raw, 'operator-namespace'),
    host: host.replace(/\/+$/, ''),
    apiKey: str(raw, 'api-key'),
    caFile: str(raw, 'ca-file'),
    entity: str(raw, 'entity'),
    project: str(raw, 'project') ?? d.project,
    useWandbCli: oneOf(raw, 'use-wandb-cli', ['auto', 'true', 'false'] as const, d.useWandbCli),
    failOn: oneOf(raw, 'fail-on', ['error', 'warning'] as const, d.failOn),
    reportPath: str(raw, 'report-path') ?? d.reportPath,
    timeoutMs: seconds(raw, 'timeout', d.timeoutMs / 1000) * 1000,
    checkTimeoutMs: seconds(raw, 'check-timeout', d.checkTimeoutMs / 1000) * 1000,
    retrySeconds,
    sdkVersion: str(raw, 'sdk-version'),
    browserChecks: raw['browser-checks'] === undefined ? d.browserChecks : bool(raw, 'browser-checks'),
  };
  return options;
}
