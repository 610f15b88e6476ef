import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { str, type RawInputs } from '../../core/inputs.js';
import { UserError } from '../../core/errors.js';

/** Finds examples/ beside the working directory, else beside the installed package (dist/..). */
function examplesDir(raw: RawInputs, ctx: Context): string {
  const given = str(raw, 'examples') ?? 'examples';
  const candidates = [resolve(ctx.cwd, given), resolve(dirname(process.argv[1] ?? '.'), '..', given)];
  const found = candidates.find((dir) => existsSync(join(dir, 'base.yaml')));
  if (!found)
    throw new UserError(
      `No sample configuration found in '${given}'.`,
      'Run the demo from the project root.',
    );
  return found;
}

/**
 * The main job on built-in sample input: each step is the real command, run in-process exactly as a user
 * would type it, so the demo shows what the CLI and the actions print.
 */
export async function runDemo(raw: RawInputs, ctx: Context): Promise<number> {
  const dir = examplesDir(raw, ctx);
  const rel = (path: string) => relative(ctx.cwd, join(dir, path)) || '.';
  const good = ['--config', rel('base.yaml'), '--config', rel('overlays/production.yaml')];
  const broken = ['--config', rel('broken/base.yaml'), '--config', rel('broken/overlay.yaml')];

  const steps: Array<{ title: string; argv: string[]; expect: number }> = [
    {
      title: 'Validate the layered sample configuration (base + production overlay)',
      argv: ['validate', ...good],
      expect: 0,
    },
    { title: 'Render the final WeightsAndBiases CR, secrets masked', argv: ['render', ...good], expect: 0 },
    {
      title: 'Dry-run apply: the masked diff against an empty cluster',
      argv: ['apply-cr', '--dry-run', ...good],
      expect: 0,
    },
    {
      title: 'Validate a broken configuration: every problem with FILE:LINE:COL and its fix',
      argv: ['validate', ...broken],
      expect: 1,
    },
  ];
  let failures = 0;
  for (const [index, step] of steps.entries()) {
    ctx.out.print(
      `\n=== ${index + 1}/${steps.length} ${step.title}\n$ wandb-operator-actions ${step.argv.join(' ')}\n`,
    );
    // The offline demo talks to no cluster: with no kubeconfig given (no KUBECONFIG_CONTENT, no KUBECONFIG), the
    // dry run diffs against an empty cluster and never reads ~/.kube/config. (A KUBECONFIG that names no file
    // is an error for apply-cr, not "no cluster".)
    const env = { ...ctx.env };
    for (const key of ['KUBECONFIG', 'KUBECONFIG_CONTENT', 'INPUT_KUBECONFIG']) delete env[key];
    if (!ctx.runCli)
      throw new Error('the demo runs other commands: its context needs runCli (the runner gives it)');
    const code = await ctx.runCli(step.argv, { env, cwd: ctx.cwd, now: ctx.now, streams: ctx.streams });
    const as = code === step.expect ? 'as expected' : `expected ${step.expect}`;
    ctx.out.print(`(exit code ${code}, ${as})`);
    if (code !== step.expect) failures++;
  }
  ctx.out.print(
    failures === 0
      ? '\nOffline half finished: every step behaved as expected.'
      : `\nOffline half finished with ${failures} unexpected result(s).`,
  );
  return failures === 0 ? 0 : 1;
}
