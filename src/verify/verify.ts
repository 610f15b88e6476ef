import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { Context } from '../core/command.js';
import { execute, findOnPath, type Execute } from '../core/exec.js';
import { UserError } from '../core/errors.js';
import type { Redactor } from '../core/redact.js';
import { VERSION } from '../core/version.js';
import { httpFetch, proxyFor } from '../http/proxy.js';
import { KubeClient } from '../kube/client.js';
import { prepareKubeconfig, type KubeconfigFile } from '../kube/kubeconfig.js';
import { WandbClient } from '../wandb/client.js';
import { cliChecks } from './cli-checks.js';
import { clusterChecks } from './cluster-checks.js';
import type { VerifyOptions } from './options.js';
import { buildReport, renderLine, type VerifyReport } from './report.js';
import { policyFromSeconds } from './retry.js';
import { runChecks } from './run-checks.js';
import type { Check, CheckOutcome } from './types.js';
import { wandbChecks, type WandbCheckState } from './wandb-checks.js';
import { parseWandbVersion } from './wandb-cli-output.js';

/**
 * Verification of a W&B deployment, as a module: the verify command runs it, and so do migrate and rollout
 * after they roll a CR out. It wires the checks to their adapters (the W&B HTTP client through the proxy-aware
 * dispatcher, kubectl, the wandb CLI), runs them in order under their deadlines, logs one line per check in
 * a group, and returns the report. What to do with the report (summary, outputs, the file, the exit code) is
 * the caller's.
 */

/** What verification needs of the command around it. */
export type VerifyContext = Pick<Context, 'out' | 'redactor' | 'env' | 'cwd'>;

export async function verifyDeployment(
  options: VerifyOptions,
  ctx: VerifyContext,
  exec: Execute = execute,
): Promise<VerifyReport> {
  if (options.apiKey) {
    // The key and the Basic credentials made from it (their base64 forms are registered with them).
    ctx.redactor.add(options.apiKey);
    ctx.redactor.add(`api:${options.apiKey}`);
  }
  // A bad ca-file is refused before anything runs.
  const ca = options.caFile ? readCaFile(options.caFile, ctx.cwd) : undefined;
  const startedAt = new Date();
  const started = Date.now();

  const wandbPath = options.useWandbCli === 'false' ? undefined : findOnPath('wandb', ctx.env);
  const cliVersion = wandbPath ? await wandbCliVersion(exec, wandbPath, ctx.env) : undefined;

  // W&B and the object store behind its signed URLs, through the proxy the environment names, trusting the CA.
  const http = httpFetch({ env: ctx.env, ca, onSecret: (secret) => ctx.redactor.add(secret) });
  const proxy = proxyFor(ctx.env, options.host);
  if (proxy)
    ctx.out.info(`${options.host} is reached through the proxy ${proxy} (HTTPS_PROXY / HTTP_PROXY).`);
  const state: WandbCheckState = {};
  const client = new WandbClient({
    host: options.host,
    apiKey: options.apiKey ?? '',
    userAgent: `wandb-operator-actions/${VERSION}`,
    fetch: http.fetch,
  });
  let cluster: ClusterAccess | undefined;
  try {
    cluster = await clusterAccess(options, ctx, exec);
    const checks: Check[] = [
      ...wandbChecks(
        {
          client,
          host: options.host,
          apiKey: options.apiKey,
          entity: options.entity,
          project: options.project,
          retry: policyFromSeconds(options.retrySeconds),
          idPrefix: randomBytes(4).toString('hex'),
          sdkVersion: () => options.sdkVersion ?? cliVersion,
          proxy,
          browserChecks: options.browserChecks,
          fetch: http.fetch,
        },
        state,
      ),
      // The cluster checks come before the wandb CLI run, which may use all the time that is left.
      ...clusterChecks({
        kube: cluster.kube,
        unavailable: cluster.unavailable,
        wandb: client,
        host: options.host,
        name: options.name,
        namespace: options.namespace,
        operatorNamespace: options.operatorNamespace,
      }),
      ...cliChecks({
        execute: exec,
        mode: options.useWandbCli,
        wandbPath,
        version: cliVersion,
        host: options.host,
        apiKey: options.apiKey,
        entity: options.entity,
        caBundle: ca ? caBundle(ca) : undefined,
        env: ctx.env,
      }),
    ];
    const results = await ctx.out.group(`wandb verify ${options.host}`, () =>
      runChecks(checks, {
        perCheckTimeoutMs: options.checkTimeoutMs,
        overallTimeoutMs: options.timeoutMs,
        onResult: (result) => ctx.out.info(renderLine(result)),
      }),
    );
    return buildReport({
      tool: `wandb-operator-actions ${VERSION} verify`,
      host: options.host,
      serverVersion: state.serverVersion,
      startedAt,
      durationMs: Date.now() - started,
      failOn: options.failOn,
      checks: results,
    });
  } finally {
    await cluster?.kubeconfig?.cleanup();
    await http.close();
  }
}

/** Writes the JSON report (redacted) to `path` relative to `cwd`; returns the absolute path. */
export function saveReport(report: VerifyReport, path: string, cwd: string, redactor: Redactor): string {
  const reportPath = resolve(cwd, path);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(redactor.redactDeep(report), null, 2)}\n`);
  return reportPath;
}

/** The one-line result, for the log of verify and of the commands that run it. */
export function reportLine(report: VerifyReport): string {
  const { counts } = report;
  return `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed, ${counts.skipped} skipped (fail-on: ${report.failOn})${
    report.serverVersion ? `; W&B Server ${report.serverVersion}` : ''
  }`;
}

async function wandbCliVersion(
  exec: Execute,
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  try {
    const result = await exec({ command: path, role: 'wandb', args: ['--version'], env, timeoutMs: 30000 });
    return result.code === 0 ? parseWandbVersion(result.stdout) : undefined;
  } catch {
    return undefined;
  }
}

/** The ca-file input's PEM text; a UserError (before any check runs) when it cannot be read or is not PEM. */
function readCaFile(file: string, cwd: string): string {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(
      `Cannot read the CA file '${file}' (input 'ca-file'): ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      'Check the path: it is relative to the working directory.',
    );
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new UserError(
      `The CA file '${file}' (input 'ca-file') holds no PEM certificate.`,
      'Give a PEM file (-----BEGIN CERTIFICATE-----), e.g. the ca.crt of the CA that issued the ingress certificate.',
    );
  }
  return text;
}

/** The public roots plus `ca` as one PEM bundle, for the wandb CLI (it reads REQUESTS_CA_BUNDLE). */
function caBundle(ca: string): string {
  const roots = [...rootCertificates, ca];
  return `${roots.map((pem) => pem.trim()).join('\n')}\n`;
}

interface ClusterAccess {
  kube?: KubeClient;
  unavailable?: CheckOutcome;
  kubeconfig?: KubeconfigFile;
}

/** Cluster access for the cluster checks, or why they cannot run (skipped when not asked for, failed when asked). */
async function clusterAccess(
  options: VerifyOptions,
  ctx: VerifyContext,
  exec: Execute,
): Promise<ClusterAccess> {
  if (options.clusterChecks === 'false') {
    return { unavailable: { status: 'skipped', message: 'cluster-checks is false.' } };
  }
  const wanted =
    options.clusterChecks === 'true' || Boolean(options.kubeconfig) || Boolean(ctx.env.KUBECONFIG);
  if (!wanted) {
    return {
      unavailable: {
        status: 'skipped',
        message: 'No kubeconfig was given (cluster-checks: auto), so the cluster was not checked.',
        fix: 'Pass the kubeconfig input (a secret; KUBECONFIG_CONTENT on the CLI) to check the operator, the CR and what it references.',
      },
    };
  }
  const kubectl = options.kubectlPath ?? findOnPath('kubectl', ctx.env);
  if (!kubectl) {
    return {
      unavailable: {
        status: 'fail',
        message: 'The cluster checks need kubectl, and none was found on PATH.',
        fix: 'Run the install-operator step first (it installs kubectl), or set kubectl-path.',
      },
    };
  }
  let kubeconfig: KubeconfigFile;
  try {
    kubeconfig = await prepareKubeconfig({
      content: options.kubeconfig,
      env: ctx.env,
      redactor: ctx.redactor,
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { unavailable: { status: 'fail', message: error.message, fix: error.fix } };
  }
  const kube = new KubeClient({
    kubectlPath: kubectl,
    helmPath: 'helm',
    kubeconfig: kubeconfig.path,
    context: options.context,
    env: ctx.env,
    timeoutMs: options.checkTimeoutMs,
    exec,
  });
  return { kube, kubeconfig };
}
