/*
 * migrate's v2 path (`to: v2`): from a live v1 CR to the v2 CR. The flows, with their I/O (kubectl, git, files,
 * the apply-cr and verify steps); the conversion, the decisions and the summary are pure (./to-v2.ts,
 * ./v2-plan.ts, ./summary.ts).
 *
 * plan: read the v1 CR and its spec-active Secret, convert, write the CR for review and the Secrets' manifests
 * (0600) where they cannot end up in a commit (./v2-plan.ts secretsPlacement), validate the CR as `validate`
 * does. Nothing in the cluster changes.
 * cutover (confirm): refused unless the plan is clean and verify can run (api-key and a host); then, before
 * anything is written, a server-side dry run of both files and apply-cr's own dry run of the CR; the Secrets
 * applied server-side; the CR applied by apply-cr's v2 path (which waits through the cutover gates:
 * observedGeneration, Ready, the migration for the pinned version, its Jobs), and verify, which must pass before
 * migrate reports success.
 */
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Context } from '../core/command.js';
import { UserError, errorMessage } from '../core/errors.js';
import { buildConfig, formatDiagnostic, hasErrors } from '../config/index.js';
import type { KubeClient } from '../kube/index.js';
import { runApplyCr } from '../apply/apply-cr.js';
import { sameConfiguration } from '../apply/apply.js';
import { CR_RESOURCE, FIELD_MANAGER, LAST_GOOD_ANNOTATION } from '../apply/cluster.js';
import { onCancel } from '../core/cancel.js';
import { execute, type Execute } from '../core/exec.js';
import { readLiveV1 } from './live-v1.js';
import type { MigrateOptions } from './options.js';
import { kubeRaw, runVerifyStep, stepContext } from './steps.js';
import { v2PlanSummary } from './summary.js';
import {
  crNotPassedState,
  cutoverRefusal,
  readSecretsManifests,
  reviewedCrDecision,
  secretsFailedState,
  secretsFileNote,
  secretsPathFor,
  secretsList,
  secretsPlacement,
  unverifiedState,
  type SecretsManifests,
  type CrAfterApply,
  type GitPlace,
} from './v2-plan.js';
import { convertToV2, secretsFileText, unmappedLines, v2CrFileText, type V2Conversion } from './to-v2.js';

export interface V2Plan {
  conversion: V2Conversion;
  crName: string;
  crNamespace: string;
  crLabel: string;
  /** The Secrets' file; '' when there is none (always in pull-request mode: it is not written there). */
  secretsPath: string;
  /** The Secrets' file's name, which the pull request's description gives. */
  secretsName: string;
  /** The Secrets as read from the file and checked; undefined when there is no file. */
  secrets?: SecretsManifests;
  /** It is in a private temporary directory this run made (deleted after a successful confirm). */
  secretsTemporary: boolean;
  /** The CR as `validate` built it from the file: what apply-cr applies. */
  cr: Record<string, unknown>;
  /** The CR file's text, as written (or as reviewed): what a pull request commits. */
  text: string;
  /** The hostname of the CR as applied (verify's default host). */
  hostname?: string;
  blockers: string[];
}

function writePrivate(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  // A file left by an earlier run may have a looser mode, which `mode` would not change: it goes first, and the
  // new one is created 0600 ('wx': never through a file or link someone put there in between).
  rmSync(path, { force: true });
  writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
}

/**
 * What git says of `path` (which need not exist). Only git's own "not a git repository" is `outside`; any other
 * failure (no git, "dubious ownership", a timeout) cannot rule out a work tree, so it counts as `not-ignored`
 * and the Secrets go to a private temporary directory.
 */
export async function gitPlace(
  path: string,
  env: NodeJS.ProcessEnv,
  run: Execute = execute,
): Promise<GitPlace> {
  const git = (args: string[]) =>
    run({ command: 'git', role: 'git', args, cwd: dirname(path), env, timeoutMs: 15_000 });
  try {
    const inside = await git(['rev-parse', '--is-inside-work-tree']);
    if (inside.code !== 0) return /not a git repository/i.test(inside.stderr) ? 'outside' : 'not-ignored';
    if (inside.stdout.trim() !== 'true') return 'not-ignored';
    // Exit 0: ignored; 1: not ignored; anything else: unknown, so not ignored.
    const ignored = await git(['check-ignore', '-q', '--', basename(path)]);
    return ignored.code === 0 ? 'ignored' : 'not-ignored';
  } catch {
    return 'not-ignored';
  }
}

/**
 * The private directory (0700) of this CR's Secrets' file, under RUNNER_TEMP on a runner, else the system's:
 * one per CR, reused, so that a rerun overwrites the file instead of leaving another copy of the values. One
 * that is not this user's own directory (a link, another owner: in a shared /tmp anyone may make the name) is
 * refused.
 */
function privateDirFor(env: NodeJS.ProcessEnv, namespace: string, name: string): string {
  const base = env.RUNNER_TEMP || tmpdir();
  mkdirSync(base, { recursive: true });
  const dir = join(base, `wandb-migrate-v2-${namespace}-${name}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = lstatSync(dir);
  const uid = process.getuid?.();
  if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
    throw new UserError(
      `${dir}, where the Secrets' file of this CR goes, exists and is not a directory of this user; nothing was written there and nothing in the cluster was changed.`,
      `Remove ${dir}, or name another place with secrets-output.`,
    );
  }
  chmodSync(dir, 0o700);
  return dir;
}

export async function planV2(client: KubeClient, options: MigrateOptions, ctx: Context): Promise<V2Plan> {
  const ref = { name: options.name, namespace: options.crNamespace };
  const label = `weightsandbiases/${ref.name} (namespace ${ref.namespace})`;
  ctx.out.info(`Reading ${label} as apps.wandb.com/v1 and its Secret ${ref.name}-spec-active.`);
  const source = await readLiveV1(client, ref, ctx.redactor);
  const conversion = convertToV2(source);
  ctx.out.setOutput('values-source', conversion.valuesSource);
  ctx.out.setOutput('wandb-version', conversion.version);

  // With confirm, files already at `output` are the reviewed ones: applied as they are, never rewritten.
  const reviewed = options.confirm && existsSync(options.output);
  const text = reviewed
    ? readFileSync(options.output, 'utf8')
    : // The Secrets' file by its name, never by where this run put it: a rerun (from another checkout, or into
      // another temporary directory) proposes the same bytes.
      v2CrFileText(conversion, {
        source: label,
        secretsFile: secretsFileNote(options.output, options.secretsOutput),
      });
  if (!reviewed) {
    mkdirSync(dirname(options.output), { recursive: true });
    // No secret in it (they are referenced): it is the file to commit or open a pull request with.
    writeFileSync(options.output, text);
  }
  const actions = ctx.env.GITHUB_ACTIONS === 'true' || Boolean(ctx.env.RUNNER_TEMP);
  // A pull request never carries the Secrets and confirm is a later run: the file is not written at all.
  const proposing = Boolean(options.pullRequest);
  const placement = secretsPlacement({
    output: options.output,
    given: options.secretsOutput,
    actions,
    // git is asked only when its answer decides.
    git:
      options.secretsOutput || actions || proposing
        ? 'outside'
        : await gitPlace(secretsPathFor(options.output), ctx.env),
  });
  const secretsTemporary = placement.where === 'temp';
  let secretsPath = proposing ? '' : (placement.path ?? '');
  const reviewedSecrets = options.confirm && secretsPath !== '' && existsSync(secretsPath);
  let secrets: SecretsManifests | undefined;
  if (reviewedSecrets) {
    // Read and checked now, before anything prints: its values (which may differ from the cluster's) are
    // masked from here on, and a file with a mistake is refused before the cluster is touched.
    try {
      secrets = readSecretsManifests(readFileSync(secretsPath, 'utf8'), secretsPath);
    } catch (error) {
      ctx.out.setOutput('result', 'refused');
      throw error;
    }
    for (const value of secrets.values) ctx.redactor.add(value);
  } else if (conversion.secrets.length > 0 && !proposing) {
    if (!secretsPath) secretsPath = join(privateDirFor(ctx.env, ref.namespace, ref.name), placement.name);
    const secretsText = secretsFileText(conversion);
    secrets = readSecretsManifests(secretsText, secretsPath);
    for (const value of secrets.values) ctx.redactor.add(value);
    writePrivate(secretsPath, secretsText);
  }
  const besideCr = secretsPathFor(options.output);
  if (secretsTemporary && !proposing && conversion.secrets.length > 0 && existsSync(besideCr)) {
    // An earlier run (or version) wrote it there: it holds the values in plaintext, in a work tree.
    ctx.out.warning(
      `${besideCr} (Secrets' manifests from an earlier run) is in the CR's directory; this run does not use it. Delete it, and never commit it.`,
    );
  }
  if (!secrets) secretsPath = '';
  ctx.out.setOutput('cr-path', options.output);
  ctx.out.setOutput('secrets-path', secretsPath);
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
  if (conversion.secrets.length > 0 && proposing) {
    ctx.out.info(
      `The ${conversion.secrets.length} Secret${conversion.secrets.length === 1 ? '' : 's'} the v2 CR references (${conversion.secrets.map((s) => s.name).join(', ')}) are not written to a file: the pull request never carries them, and confirm creates them from the cluster.`,
    );
  } else if (reviewedSecrets) {
    ctx.out.info(`Using the reviewed Secrets in ${secretsPath} as they are.`);
  } else if (conversion.secrets.length > 0) {
    ctx.out.info(
      `Wrote ${conversion.secrets.length} Secret manifest${conversion.secrets.length === 1 ? '' : 's'} to ${secretsPath} (mode 0600${secretsTemporary ? ', in a private temporary directory' : ''}: ${placement.why}; never commit it): ${conversion.secrets.map((s) => s.name).join(', ')}.${options.confirm ? '' : ` It stays until you delete it${secretsTemporary ? ' (a rerun for this CR overwrites it; a confirm that succeeds deletes it)' : ''}.`}`,
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
  return {
    conversion,
    crName,
    crNamespace,
    crLabel,
    secretsPath,
    secretsName: placement.name,
    ...(secrets ? { secrets } : {}),
    secretsTemporary: secretsTemporary && secretsPath !== '' && !reviewedSecrets,
    cr: built.cr,
    text,
    hostname,
    blockers,
  };
}

/** The v2 CR in the cluster: is its spec the file's? */
async function crInCluster(client: KubeClient, plan: V2Plan): Promise<CrAfterApply> {
  const read = await client.kubectl(['get', V2_RESOURCE, plan.crName, '-n', plan.crNamespace, '-o', 'json'], {
    allowFailure: true,
  });
  if (read.code !== 0) return /NotFound/.test(read.stderr) ? 'not-applied' : 'unknown';
  try {
    const live = JSON.parse(read.stdout) as { metadata?: { annotations?: Record<string, string> } };
    // apply-cr's own record of the last good spec is on the live CR, never in the file: not a difference.
    delete live.metadata?.annotations?.[LAST_GOOD_ANNOTATION];
    return sameConfiguration(live, plan.cr) ? 'applied' : 'not-applied';
  } catch {
    return 'unknown';
  }
}

/** The Secrets of `names` that exist now; undefined when they could not be listed. */
async function existingSecrets(
  client: KubeClient,
  namespace: string,
  names: string[],
): Promise<string[] | undefined> {
  const listed = await client.kubectl(
    ['get', 'secret', ...names, '-n', namespace, '--ignore-not-found', '-o', 'name'],
    { allowFailure: true },
  );
  if (listed.code !== 0) return undefined;
  const found = new Set(listed.stdout.split('\n').map((line) => line.trim().replace(/^secrets?\//, '')));
  return names.filter((name) => found.has(name));
}

/** The CR read in v2, whatever version the CRD stores. */
const V2_RESOURCE = `weightsandbiases.v2.${CR_RESOURCE.slice('weightsandbiases.'.length)}`;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * A Secret applied client-side (by an earlier version of this step, or by hand from its file) carries its whole
 * manifest, values included, in the last-applied annotation. kubectl's server-side apply takes over the fields of
 * a client-side apply and so drops it; one that another hand wrote (kubectl annotate, an older kubectl) stays, and
 * is taken off here, so that the values live only in data.
 */
async function dropLastApplied(
  client: KubeClient,
  namespace: string,
  names: string[],
  ctx: Context,
): Promise<void> {
  // Read as JSON in this process (never printed): which of them carry the annotation.
  const listed = await client.kubectl(['get', 'secret', ...names, '-n', namespace, '-o', 'json'], {
    allowFailure: true,
  });
  let carrying: string[];
  try {
    if (listed.code !== 0) throw new Error(listed.stderr.trim());
    const body = JSON.parse(listed.stdout) as {
      items?: Array<{ metadata?: { name?: string; annotations?: Record<string, string> } }>;
    } & { metadata?: { name?: string; annotations?: Record<string, string> } };
    const items = body.items ?? [body];
    carrying = items
      .filter((item) => item.metadata?.annotations?.[LAST_APPLIED] !== undefined)
      .map((item) => item.metadata?.name ?? '')
      .filter(Boolean);
  } catch (error) {
    ctx.out.warning(
      `Could not check the Secrets ${names.join(', ')} for the annotation ${LAST_APPLIED} (a client-side apply leaves their values there in plaintext): ${errorMessage(error).split('\n')[0]}. Remove it wherever it is (harmless where it is not): kubectl annotate secret ${names.join(' ')} -n ${namespace} ${LAST_APPLIED}-`,
    );
    return;
  }
  for (const name of carrying) {
    const dropped = await client.kubectl(['annotate', 'secret', name, '-n', namespace, `${LAST_APPLIED}-`], {
      allowFailure: true,
    });
    if (dropped.code === 0)
      ctx.out.info(
        `Removed the annotation ${LAST_APPLIED} from Secret ${name}: it held the values in plaintext.`,
      );
    else
      ctx.out.warning(
        `Secret ${name} carries the annotation ${LAST_APPLIED}, which holds its values in plaintext, and it could not be removed: ${dropped.stderr.trim()}. Remove it: kubectl annotate secret ${name} -n ${namespace} ${LAST_APPLIED}-`,
      );
  }
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
    ctx.out.error(`Nothing in the cluster was changed: ${refused.reason}`);
    ctx.out.info(`  fix: ${refused.fix}`);
    return 1;
  }
  const secrets = plan.secrets;
  const hasSecrets = secrets !== undefined && plan.secretsPath !== '';
  const names = secrets?.names ?? [];
  const files = [...(hasSecrets ? [plan.secretsPath] : []), options.output];
  // Server-side apply with this product's field manager: client-side apply would keep the whole manifest, the
  // Secrets' values included, in the kubectl.kubernetes.io/last-applied-configuration annotation.
  const apply = ['apply', '--server-side', `--field-manager=${FIELD_MANAGER}`, '-n', plan.crNamespace];
  let secretsFileGone = false;
  // Kept for a look or a manual apply (a rerun writes it again from the cluster); it holds the values.
  const secretsKept = () => {
    if (hasSecrets && !secretsFileGone)
      ctx.out.info(
        `The Secrets' file ${plan.secretsPath} is kept (mode 0600): never commit it; delete it when you no longer need it.`,
      );
  };
  const stateNow = () =>
    `State: ${steps.length ? `done before it stopped: ${steps.join('; ')}` : 'nothing in the cluster was changed'}.`;
  // A cancelled run (the workflow cancelled, Ctrl-C) says what it left, as a failed one does.
  const stopCancel = onCancel(() => {
    ctx.out.setOutput('result', 'failed');
    ctx.out.error(`The cutover was cancelled. ${stateNow()}`);
    secretsKept();
    ctx.out.summary(
      [
        '#### Cutover',
        '',
        ...steps.map((s, i) => `${i + 1}. ${s}`),
        '',
        `**Result:** cancelled. ${stateNow()}`,
        '',
      ].join('\n'),
    );
  });
  const finish = (result: string, code: number, line: string, state: string): number => {
    ctx.out.setOutput('result', result);
    if (code === 0) ctx.out.print(line);
    else {
      ctx.out.error(`${line} ${state}`);
      secretsKept();
    }
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
  const applyCr = async (dryRun: boolean): Promise<number> =>
    runApplyCr(
      {
        ...kubeRaw(options, secondsLeft()),
        config: [options.output],
        set: [],
        name: plan.crName,
        namespace: plan.crNamespace,
        'dry-run': dryRun,
        // No rollback: the spec before this one is the same v1 CR as the webhook converted it (or, with no
        // webhook, none), at the same version; re-applying it restores nothing the v2 operator has not already
        // tried. The v2 CR stays applied and the state is reported.
        'rollback-on-failure': false,
        'force-conflicts': false,
        'poll-interval': options.pollSeconds,
      },
      stepContext(ctx),
    );

  try {
    ctx.out.info('== 1/4 Check the Secrets and the v2 CR with the API server (server-side dry run)');
    for (const file of files) {
      // The Secrets go on stdin, the CR file is read by kubectl: the values never reach argv or the log.
      const isSecrets = file === plan.secretsPath;
      const checked = await client.kubectl([...apply, '--dry-run=server', '-f', isSecrets ? '-' : file], {
        allowFailure: true,
        ...(isSecrets ? { stdin: secretsList(secrets as SecretsManifests) } : {}),
      });
      if (checked.code !== 0) {
        steps.push(`the API server refused ${file}`);
        return finish(
          'refused',
          1,
          `The API server refused ${file}: ${checked.stderr.trim()}`,
          'Nothing in the cluster was changed.',
        );
      }
    }
    steps.push(`the API server accepts ${files.join(' and ')} (dry run)`);

    // apply-cr's own checks (configuration, render check, permissions, the diff) before anything is written:
    // a CR apply-cr would refuse leaves no Secrets behind. A CR already applied (a rerun) has nothing to
    // check: step 4 checks its rollout.
    const before = await crInCluster(client, plan);
    if (before === 'applied') {
      ctx.out.info(
        `== 2/4 ${plan.crLabel} is already applied as this v2 CR (an earlier run): step 4 checks its rollout`,
      );
      steps.push(`${plan.crLabel} is already applied as this v2 CR`);
    } else {
      ctx.out.info(`== 2/4 Check ${plan.crLabel} with apply-cr (dry run: nothing is written)`);
      if ((await applyCr(true)) !== 0) {
        steps.push(`apply-cr (dry run) refused ${plan.crLabel}`);
        return finish(
          'refused',
          1,
          `apply-cr would not apply ${plan.crLabel} (its log above says why).`,
          'Nothing in the cluster was changed: no Secret was created and the CR is as it was.',
        );
      }
      steps.push(`apply-cr accepts ${plan.crLabel} (dry run)`);
    }

    if (hasSecrets) {
      ctx.out.info(`== 3/4 Create the Secrets the v2 CR references (${names.join(', ')})`);
      // Recorded before the call: kubectl applies one document at a time, so a failure may leave some.
      steps.push(`applying the Secrets ${names.join(', ')} (some may exist from here on)`);
      const created = await client.kubectl([...apply, '-f', '-'], {
        allowFailure: true,
        stdin: secretsList(secrets as SecretsManifests),
      });
      if (created.code !== 0) {
        const state = secretsFailedState(names, await existingSecrets(client, plan.crNamespace, names));
        steps.push('the Secrets apply failed');
        return finish(
          'failed',
          1,
          `Applying the Secrets of ${plan.secretsPath} failed: ${created.stderr.trim()}`,
          state,
        );
      }
      steps[steps.length - 1] =
        `applied the Secrets ${names.join(', ')} (server-side, field manager ${FIELD_MANAGER})`;
      await dropLastApplied(client, plan.crNamespace, names, ctx);
    } else {
      ctx.out.info('== 3/4 No Secrets to create: the v2 CR references none');
    }

    ctx.out.info(`== 4/4 Apply ${plan.crLabel} as apps.wandb.com/v2 and wait through the cutover gates`);
    steps.push(`applying ${plan.crLabel} with apply-cr`);
    const applied = await applyCr(false);
    if (applied !== 0) {
      const after = await crInCluster(client, plan);
      steps[steps.length - 1] =
        after === 'applied'
          ? `${plan.crLabel} is applied but did not pass the cutover gates`
          : after === 'not-applied'
            ? `apply-cr did not apply ${plan.crLabel}`
            : `apply-cr stopped; whether ${plan.crLabel} is applied is not known`;
      return finish(
        'failed',
        1,
        after === 'not-applied'
          ? `apply-cr did not apply ${plan.crLabel} (its log above says why).`
          : `${plan.crLabel} did not pass the cutover gates (apply-cr's log above says which).`,
        crNotPassedState({ cr: after, name: plan.crName, namespace: plan.crNamespace, secrets: names }),
      );
    }
    steps[steps.length - 1] = `applied ${plan.crLabel} as v2; it passed the cutover gates`;

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
        unverifiedState(names),
      );
    }
    steps.push(
      `verify passed against ${host}${verified.serverVersion ? ` (server ${verified.serverVersion})` : ''}`,
    );
    steps.push(secretsFileAfter(plan, ctx));
    secretsFileGone = plan.secretsTemporary;
    return finish(
      'migrated',
      0,
      `Migrated: ${plan.crLabel} runs as apps.wandb.com/v2 (version ${plan.conversion.version}), rolled out and verified.`,
      '',
    );
  } catch (error) {
    const state = stateNow();
    if (error instanceof UserError) {
      ctx.out.setOutput('result', 'failed');
      ctx.out.error(`${error.message} ${state}`);
      if (error.fix) ctx.out.info(`  fix: ${error.fix}`);
      secretsKept();
      return 1;
    }
    ctx.out.setOutput('result', 'failed');
    ctx.out.error(`The cutover stopped on an unexpected error: ${errorMessage(error)}. ${state}`);
    secretsKept();
    throw error;
  } finally {
    stopCancel();
  }
}

/**
 * After a successful cutover the Secrets' file has served: one this run made in a temporary directory is deleted;
 * one the user placed (or beside the CR) is theirs, and stays, which is said plainly. The step's line, for the summary.
 */
function secretsFileAfter(plan: V2Plan, ctx: Context): string {
  if (!plan.secretsPath) return 'no Secrets file';
  if (plan.secretsTemporary) {
    rmSync(dirname(plan.secretsPath), { recursive: true, force: true });
    ctx.out.info(`Deleted ${plan.secretsPath} (the Secrets are in the cluster; this run made the file).`);
    return `deleted the Secrets' file ${plan.secretsPath} (a temporary file of this run)`;
  }
  ctx.out.warning(
    `${plan.secretsPath} stays: it holds the Secrets' values in plaintext (mode 0600). Never commit it; delete it once you no longer need it (the Secrets are in the cluster).`,
    { file: plan.secretsPath, line: 1, column: 1 },
  );
  return `kept the Secrets' file ${plan.secretsPath} (not made by this run in a temporary directory): never commit it`;
}
