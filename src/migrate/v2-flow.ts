/*
 * migrate's v2 path (`to: v2`): from a live v1 CR to the v2 CR. The flows, with their I/O (kubectl, files, the
 * apply-cr and verify steps); the conversion and the summary are pure (./to-v2.ts, ./summary.ts).
 *
 * plan: read the v1 CR and its spec-active Secret, convert, write the CR for review and the Secrets' manifests
 * beside it (0600), validate the CR as `validate` does. Nothing in the cluster changes.
 * cutover (confirm): refused unless the plan is clean and verify can run (api-key and a host); then a
 * server-side dry run of both files, the Secrets applied, the CR applied by apply-cr's v2 path (which waits
 * through the cutover gates: observedGeneration, Ready, the migration for the pinned version, its Jobs), and
 * verify, which must pass before migrate reports success.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import { buildConfig, formatDiagnostic, hasErrors } from '../config/index.js';
import type { KubeClient } from '../kube/index.js';
import { runApplyCr } from '../apply/apply-cr.js';
import { readLiveV1 } from './live-v1.js';
import type { MigrateOptions } from './options.js';
import { kubeRaw, runVerifyStep, stepContext } from './steps.js';
import { v2PlanSummary } from './summary.js';
import { cutoverRefusal, reviewedCrDecision, secretsPathFor } from './v2-plan.js';
import { convertToV2, secretsFileText, unmappedLines, v2CrFileText, type V2Conversion } from './to-v2.js';

export interface V2Plan {
  conversion: V2Conversion;
  crName: string;
  crNamespace: string;
  crLabel: string;
  secretsPath: string;
  /** The CR file's text, as written (or as reviewed): what a pull request commits. */
  text: string;
  /** The hostname of the CR as applied (verify's default host). */
  hostname?: string;
  blockers: string[];
}

function writePrivate(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { mode: 0o600 });
  // `mode` applies only to a new file: one left by an earlier run keeps its mode otherwise.
  chmodSync(path, 0o600);
}

export async function planV2(client: KubeClient, options: MigrateOptions, ctx: Context): Promise<V2Plan> {
  const ref = { name: options.name, namespace: options.crNamespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.info(`Reading ${label} as apps.wandb.com/v1 and its Secret ${ref.name}-spec-active.`);
  const source = await readLiveV1(client, ref, ctx.redactor);
  const conversion = convertToV2(source);
  const secretsPath = secretsPathFor(options.output);
  ctx.out.setOutput('values-source', conversion.valuesSource);
  ctx.out.setOutput('wandb-version', conversion.version);

  // With confirm, files already at `output` are the reviewed ones: applied as they are, never rewritten.
  const reviewed = options.confirm && existsSync(options.output);
  const text = reviewed
    ? readFileSync(options.output, 'utf8')
    : // The Secrets' file by its name beside the CR: the text is the same wherever the job runs (a rerun
      // from another checkout proposes the same file).
      v2CrFileText(conversion, { source: label, secretsFile: `${basename(secretsPath)} beside this file` });
  if (!reviewed) {
    mkdirSync(dirname(options.output), { recursive: true });
    // No secret in it (they are referenced): it is the file to commit or open a pull request with.
    writeFileSync(options.output, text);
  }
  const reviewedSecrets = options.confirm && existsSync(secretsPath);
  if (conversion.secrets.length > 0 && !reviewedSecrets)
    writePrivate(secretsPath, secretsFileText(conversion));
  ctx.out.setOutput('cr-path', options.output);
  ctx.out.setOutput('secrets-path', conversion.secrets.length > 0 || reviewedSecrets ? secretsPath : '');
  ctx.out.setOutput('unmapped-keys', unmappedLines(conversion));
  ctx.out.setOutput(
    'moved-secrets',
    conversion.mapped
      .filter((m) => m.secret)
      .map((m) => `${m.from} -> ${m.secret?.name}/${m.secret?.key}`)
      .join('\n'),
  );

  // The checks `validate` runs on a v2 CR, now: a dry run already shows what confirm would refuse.
  const built = buildConfig([{ path: options.output, text }], [], ref);
  for (const secret of built.secrets) ctx.redactor.add(secret);
  const { crName, crNamespace, crLabel, hostname, blockers } = reviewedCrDecision({
    output: options.output,
    migrated: ref,
    cr: built.cr,
    hasErrors: hasErrors(built.diagnostics),
  });

  ctx.out.info(
    reviewed
      ? `Using the reviewed ${crLabel} in ${options.output} as it is (not rewritten).`
      : `Wrote ${crLabel} (apps.wandb.com/v2, version ${conversion.version}) to ${options.output} for review.`,
  );
  if (conversion.secrets.length > 0) {
    ctx.out.info(
      reviewedSecrets
        ? `Using the reviewed Secrets in ${secretsPath} as they are.`
        : `Wrote ${conversion.secrets.length} Secret manifest${conversion.secrets.length === 1 ? '' : 's'} to ${secretsPath} (mode 0600; keep it out of version control): ${conversion.secrets.map((s) => s.name).join(', ')}.`,
    );
  }
  ctx.out.info(
    `Values from ${conversion.valuesSource === 'spec-active' ? `Secret ${ref.name}-spec-active` : "the CR's spec.values"}. Carried over ${conversion.mapped.length} value${conversion.mapped.length === 1 ? '' : 's'}:`,
  );
  for (const m of conversion.mapped) {
    ctx.out.info(
      `  ${m.from} -> ${m.to}${m.secret ? ` (moved into Secret ${m.secret.name}, key ${m.secret.key})` : ''}`,
    );
  }
  if (conversion.unmapped.length > 0) {
    ctx.out.warning(
      `${conversion.unmapped.length} v1 value${conversion.unmapped.length === 1 ? ' was' : 's were'} not carried over; review each:\n${conversion.unmapped
        .map((u) => `  ${u.path}: ${u.reason}`)
        .join('\n')}`,
    );
  }
  for (const note of conversion.notes) ctx.out.info(note);
  for (const path of conversion.inline) {
    ctx.out.warning(
      `The value at ${path} looks like a secret and is inline in ${options.output}: move it into a Secret before committing the file.`,
    );
  }
  for (const diagnostic of built.diagnostics) ctx.out.info(formatDiagnostic(diagnostic));
  for (const blocker of blockers) ctx.out.error(blocker, { file: options.output, line: 1, column: 1 });
  ctx.out.summary(
    v2PlanSummary({
      source: label,
      crLabel,
      output: options.output,
      secretsFile: secretsPath,
      conversion,
      blockers,
    }),
  );
  return { conversion, crName, crNamespace, crLabel, secretsPath, text, hostname, blockers };
}

export async function cutoverV2(
  client: KubeClient,
  options: MigrateOptions,
  plan: V2Plan,
  deadline: number,
  ctx: Context,
): Promise<number> {
  const secondsLeft = () => (deadline - Date.now()) / 1000;
  const steps: string[] = [];
  const refused = cutoverRefusal(plan, {
    output: options.output,
    apiKey: Boolean(options.apiKey),
    host: options.host,
  });
  if (refused) {
    ctx.out.setOutput('result', 'refused');
    ctx.out.error(`Nothing was changed: ${refused.reason}`);
    ctx.out.info(`  fix: ${refused.fix}`);
    return 1;
  }
  const files = [...(existsSync(plan.secretsPath) ? [plan.secretsPath] : []), options.output];
  const finish = (result: string, code: number, line: string, state: string): number => {
    ctx.out.setOutput('result', result);
    if (code === 0) ctx.out.print(line);
    else ctx.out.error(`${line} ${state}`);
    ctx.out.summary(
      [
        '#### Cutover',
        '',
        ...steps.map((s, i) => `${i + 1}. ${s}`),
        '',
        `**Result:** ${line}`,
        '',
        ...(state ? [state, ''] : []),
      ].join('\n'),
    );
    return code;
  };

  try {
    ctx.out.info('== 1/3 Check the Secrets and the v2 CR with the API server (dry run)');
    for (const file of files) {
      // The file is read by kubectl: the Secrets' values never reach argv or the log.
      const checked = await client.kubectl(
        ['apply', '--dry-run=server', '-n', plan.crNamespace, '-f', file],
        {
          allowFailure: true,
        },
      );
      if (checked.code !== 0) {
        steps.push(`the API server refused ${file}`);
        return finish(
          'refused',
          1,
          `The API server refused ${file}: ${checked.stderr.trim()}`,
          'Nothing was changed.',
        );
      }
    }
    steps.push(`the API server accepts ${files.join(' and ')} (dry run)`);

    if (files.length > 1) {
      ctx.out.info(
        `== 2/3 Create the Secrets the v2 CR references (${plan.conversion.secrets.map((s) => s.name).join(', ')})`,
      );
      await client.kubectl(['apply', '-n', plan.crNamespace, '-f', plan.secretsPath]);
      steps.push(`applied the Secrets of ${plan.secretsPath}`);
    }

    ctx.out.info(`== 3/3 Apply ${plan.crLabel} as apps.wandb.com/v2 and wait through the cutover gates`);
    const applied = await runApplyCr(
      {
        ...kubeRaw(options, secondsLeft()),
        config: [options.output],
        set: [],
        name: plan.crName,
        namespace: plan.crNamespace,
        'dry-run': false,
        // No rollback: the spec before this one is the same v1 CR as the webhook converted it (or, with no
        // webhook, none), at the same version; re-applying it restores nothing the v2 operator has not already
        // tried. The v2 CR stays applied and the state is reported; a rerun after the fix checks the rollout.
        'rollback-on-failure': false,
        'force-conflicts': false,
        'poll-interval': options.pollSeconds,
      },
      stepContext(ctx),
    );
    if (applied !== 0) {
      steps.push(`${plan.crLabel} did not pass the cutover gates`);
      return finish(
        'failed',
        1,
        `${plan.crLabel} did not pass the cutover gates (apply-cr's log above says which).`,
        `State: the v2 CR stays applied (not rolled back: the spec before it was the same v1 CR at the same version) and the Secrets of ${plan.secretsPath} are kept. Fix what apply-cr reports and run again with confirm: true: a rerun checks the rollout and goes on to verify.`,
      );
    }
    steps.push(`applied ${plan.crLabel} as v2; it passed the cutover gates`);

    const host = (options.host ?? plan.hostname) as string;
    ctx.out.info(`== Verify ${plan.crLabel} against ${host}`);
    const verified = await runVerifyStep(
      options,
      { name: plan.crName, namespace: plan.crNamespace },
      host,
      secondsLeft(),
      ctx,
    );
    ctx.out.setOutput('verify', verified.passed ? 'passed' : 'failed');
    if (!verified.passed) {
      steps.push(`verify against ${host} failed`);
      return finish(
        'unverified',
        1,
        `${plan.crLabel} is applied as v2 and rolled out, but verify against ${host} did not pass (report: ${options.verifyReportPath}).`,
        'State: the v2 CR stays applied. Fix what verify reports and run verify again; the v1 chart and values are kept in the annotations legacy.operator.wandb.com/v1-chart and v1-values.',
      );
    }
    steps.push(
      `verify passed against ${host}${verified.serverVersion ? ` (server ${verified.serverVersion})` : ''}`,
    );
    return finish(
      'migrated',
      0,
      `Migrated: ${plan.crLabel} runs as apps.wandb.com/v2 (version ${plan.conversion.version}), rolled out and verified.`,
      '',
    );
  } catch (error) {
    const state = `State: ${steps.length ? `done before it stopped: ${steps.join('; ')}` : 'nothing was changed'}.`;
    if (error instanceof UserError) {
      ctx.out.setOutput('result', 'failed');
      ctx.out.error(`${error.message} ${state}`);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      return 1;
    }
    ctx.out.setOutput('result', 'failed');
    ctx.out.error(`The cutover stopped on an unexpected error: ${errorMessage(error)}. ${state}`);
    throw error;
  }
}
