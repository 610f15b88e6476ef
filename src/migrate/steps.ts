/*
 * The steps migrate runs inside itself (install-operator, apply-cr, verify) and the record of a passed verify on
 * the CR: adapters between migrate's context and those modules, and kubectl.
 */
import type { Context } from '../core/command.js';
import type { RawInputs } from '../core/inputs.js';
import { Redactor } from '../core/redact.js';
import { Reporter } from '../core/reporter.js';
import type { KubeClient } from '../kube/index.js';
import { CR_RESOURCE, type CrRef } from '../apply/cluster.js';
import { verifyOptions } from '../verify/options.js';
import { reportLine, saveReport, verifyDeployment } from '../verify/verify.js';
import { VERIFIED_ANNOTATION, verifiedAnnotationValue, type VerifiedRecord } from './cr.js';
import type { MigrateOptions } from './options.js';

/**
 * A step run inside migrate (install-operator, apply-cr, verify) gets its own Reporter, so that its outputs
 * and summary do not land in migrate's: its lines are passed through migrate's reporter (which redacts with
 * every secret migrate knows), and every secret it registers is registered with migrate's redactor too.
 */
export function stepContext(ctx: Context): Context {
  const redactor = new Redactor();
  redactor.onSecret((form) => ctx.redactor.add(form));
  const env = { ...ctx.env };
  delete env.GITHUB_OUTPUT;
  delete env.GITHUB_STEP_SUMMARY;
  const out = new Reporter({
    redactor,
    env,
    streams: {
      // The step's own ::add-mask:: lines are dropped: migrate's redactor announces the same secrets.
      stdout: (text) => {
        const kept = text
          .split(/(?<=\n)/)
          .filter((line) => !line.startsWith('::add-mask::'))
          .join('');
        if (kept) ctx.out.print(kept);
      },
      stderr: (text) => ctx.out.info(text.replace(/\n$/, '')),
    },
  });
  return { ...ctx, out, redactor, env };
}

/** The cluster inputs of a step, with what is left of migrate's deadline as its timeout. */
export function kubeRaw(options: MigrateOptions, secondsLeft: number): RawInputs {
  return {
    kubeconfig: options.kubeconfigContent,
    context: options.context,
    'kubectl-path': options.kubectlPath,
    'helm-path': options.helmPath,
    timeout: Math.max(1, Math.floor(secondsLeft)),
  };
}

/** Runs the verify step (W&B checks and cluster checks) against `host`; the server version it saw, if any. */
export async function runVerifyStep(
  options: MigrateOptions,
  cr: CrRef,
  host: string,
  secondsLeft: number,
  ctx: Context,
): Promise<{ passed: boolean; serverVersion?: string }> {
  const step = stepContext(ctx);
  // verify's own checks (src/verify): the W&B checks and, always here, the cluster checks of the new CR.
  const report = await verifyDeployment(
    verifyOptions({
      host: host.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      kubeconfig: options.kubeconfigContent,
      context: options.context,
      kubectlPath: options.kubectlPath,
      clusterChecks: 'true',
      name: cr.name,
      namespace: cr.namespace,
      operatorNamespace: options.operatorNamespace,
      reportPath: options.verifyReportPath,
      timeoutMs: Math.max(30, Math.min(300, Math.floor(secondsLeft))) * 1000,
    }),
    step,
  );
  const path = saveReport(report, options.verifyReportPath, step.cwd, step.redactor);
  step.out.print(`${reportLine(report)}. Report: ${path}`);
  return { passed: report.result === 'passed', serverVersion: report.serverVersion };
}

/** Notes on the CR that verify passed for its current generation: what remove-old asks for. */
export async function recordVerified(client: KubeClient, cr: CrRef, record: VerifiedRecord): Promise<void> {
  await client.kubectl([
    'annotate',
    CR_RESOURCE,
    cr.name,
    '-n',
    cr.namespace,
    `${VERIFIED_ANNOTATION}=${verifiedAnnotationValue(record)}`,
    '--overwrite',
  ]);
}

/** Takes the record of an earlier pass off the CR once a verify of it failed. */
export async function clearVerifiedRecord(client: KubeClient, cr: CrRef, ctx: Context): Promise<void> {
  const result = await client.kubectl(
    ['annotate', CR_RESOURCE, cr.name, '-n', cr.namespace, `${VERIFIED_ANNOTATION}-`],
    { allowFailure: true },
  );
  if (result.code !== 0) {
    ctx.out.warning(
      `Could not remove the annotation ${VERIFIED_ANNOTATION} (an earlier pass) from weightsandbiases/${cr.name}: ${result.stderr.trim()}. Remove it: kubectl annotate ${CR_RESOURCE} ${cr.name} -n ${cr.namespace} ${VERIFIED_ANNOTATION}-`,
    );
  }
}
