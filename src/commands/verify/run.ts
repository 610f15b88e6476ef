import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import type { Context } from '../../core/command.js';
import type { RawInputs } from '../../core/inputs.js';
import { execute, findOnPath, type Execute } from '../../core/exec.js';
import { VERSION } from '../../core/runner.js';
import { WandbClient, type Fetch } from '../../wandb/client.js';
import { runChecks } from '../../verify/run-checks.js';
import { buildReport, renderLine, renderMarkdown } from '../../verify/report.js';
import { policyFromSeconds } from '../../verify/retry.js';
import { parseWandbVersion } from '../../verify/wandb-cli-output.js';
import type { Check } from '../../verify/types.js';
import { parseOptions } from './options.js';
import { wandbChecks, type WandbCheckState } from './wandb-checks.js';
import { cliChecks } from './cli-checks.js';
import { clusterChecks } from './cluster-checks.js';
import { KubeClient } from '../../kube/client.js';
import { prepareKubeconfig, type KubeconfigFile } from '../../kube/kubeconfig.js';
import { UserError } from '../../core/errors.js';
import type { CheckOutcome } from '../../verify/types.js';
import type { VerifyOptions } from './options.js';

async function wandbCliVersion(
  exec: Execute,
  path: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  try {
    const result = await exec({ command: path, args: ['--version'], env, timeoutMs: 30000 });
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

/**
 * A fetch that trusts the public roots plus `ca` (the W&B host and the object store behind a private CA), and
 * the same roots plus `ca` as one PEM bundle for the wandb CLI, which reads REQUESTS_CA_BUNDLE.
 */
async function trusting(ca: string): Promise<{ fetch: Fetch; bundle: string; close: () => Promise<void> }> {
  // Loaded only for a ca-file: undici takes a noticeable time to load, and the global fetch needs no agent.
  const { Agent, fetch: undiciFetch } = await import('undici');
  const roots = [...rootCertificates, ca];
  const agent = new Agent({ connect: { ca: roots } });
  const fetchWithCa = (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    });
  return {
    fetch: fetchWithCa as unknown as Fetch,
    bundle: `${roots.map((pem) => pem.trim()).join('\n')}\n`,
    // Every check has finished (or was aborted) by then: nothing is left to wait for.
    close: () => agent.destroy(),
  };
}

/** Cluster access for the cluster checks, or why they cannot run (skipped when not asked for, failed when asked). */
async function clusterAccess(
  options: VerifyOptions,
  ctx: Context,
  exec: Execute,
): Promise<{ kube?: KubeClient; unavailable?: CheckOutcome; kubeconfig?: KubeconfigFile }> {
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

/**
 * verify: the checks of `wandb verify`, natively, then the cluster checks, then the wandb CLI's artifact and
 * sweep checks; a table in the job summary, a JSON report, outputs, and the exit code `fail-on` asks for.
 */
export async function runVerify(raw: RawInputs, ctx: Context, exec: Execute = execute): Promise<number> {
  const options = parseOptions(raw);
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

  const tls = ca ? await trusting(ca) : undefined;
  const state: WandbCheckState = {};
  const client = new WandbClient({
    host: options.host,
    apiKey: options.apiKey ?? '',
    userAgent: `wandb-operator-actions/${VERSION}`,
    fetch: tls?.fetch,
  });
  let cluster: Awaited<ReturnType<typeof clusterAccess>> | undefined;
  try {
    cluster = await clusterAccess(options, ctx, exec);
    return await verifyWith(
      options,
      ctx,
      { client, state, cluster, wandbPath, cliVersion, caBundle: tls?.bundle, started, startedAt },
      exec,
    );
  } finally {
    await cluster?.kubeconfig?.cleanup();
    await tls?.close();
  }
}

async function verifyWith(
  options: VerifyOptions,
  ctx: Context,
  run: {
    client: WandbClient;
    state: WandbCheckState;
    cluster: { kube?: KubeClient; unavailable?: CheckOutcome };
    wandbPath?: string;
    cliVersion?: string;
    /** PEM bundle (public roots and the ca-file CA) for the wandb CLI, when ca-file is given. */
    caBundle?: string;
    started: number;
    startedAt: Date;
  },
  exec: Execute,
): Promise<number> {
  const { client, state, wandbPath, cliVersion, started, startedAt } = run;
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
      },
      state,
    ),
    // The cluster checks come before the wandb CLI run, which may use all the time that is left.
    ...clusterChecks({
      kube: run.cluster.kube,
      unavailable: run.cluster.unavailable,
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
      caBundle: run.caBundle,
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

  const report = buildReport({
    tool: `wandb-operator-actions ${VERSION} verify`,
    host: options.host,
    serverVersion: state.serverVersion,
    startedAt,
    durationMs: Date.now() - started,
    failOn: options.failOn,
    checks: results,
  });
  const reportPath = resolve(ctx.cwd, options.reportPath);
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify(ctx.redactor.redactDeep(report), null, 2)}\n`);

  ctx.out.summary(renderMarkdown(report));
  ctx.out.setOutput('passed', report.counts.passed);
  ctx.out.setOutput('failed', report.counts.failed);
  ctx.out.setOutput('warnings', report.counts.warnings);
  ctx.out.setOutput('skipped', report.counts.skipped);
  ctx.out.setOutput('report-path', reportPath);
  ctx.out.setOutput('server-version', report.serverVersion ?? '');

  if (ctx.out.github) {
    for (const check of results) {
      const text = `${check.title}: ${check.message}${check.fix ? ` Fix: ${check.fix}` : ''}`;
      if (check.status === 'fail') ctx.out.error(text);
      else if (check.status === 'warn') ctx.out.warning(text);
    }
  }
  const { counts } = report;
  ctx.out.print(
    `verify ${report.result}: ${counts.passed} passed, ${counts.warnings} warnings, ${counts.failed} failed, ${counts.skipped} skipped (fail-on: ${report.failOn})${
      report.serverVersion ? `; W&B Server ${report.serverVersion}` : ''
    }. Report: ${reportPath}`,
  );
  return report.result === 'passed' ? 0 : 1;
}
