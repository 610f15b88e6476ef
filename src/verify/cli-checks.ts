import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Execute } from '../core/exec.js';
import {
  ARTIFACT_LABEL,
  SWEEP_LABEL,
  cliCheckOutcome,
  cliComparisonLines,
  parseWandbVerifyOutput,
  type CliCheckLine,
} from './wandb-cli-output.js';
import type { Check, CheckOutcome } from './types.js';
import type { UseWandbCli } from './options.js';

/**
 * Artifact and sweep checks have no native version here (they need the SDK's artifact manifests and sweep
 * agent), so they come from `wandb verify --host <host>` when the wandb CLI is on the runner. The key reaches
 * the child only through its environment (WANDB_API_KEY), never argv; its output is redacted like ours.
 */
export interface CliCheckSettings {
  execute: Execute;
  mode: UseWandbCli;
  /** Absolute path of `wandb` on PATH, when found. */
  wandbPath?: string;
  version?: string;
  host: string;
  apiKey?: string;
  entity?: string;
  /** PEM bundle to trust (public roots and the ca-file CA), handed over as REQUESTS_CA_BUNDLE and SSL_CERT_FILE. */
  caBundle?: string;
  env: NodeJS.ProcessEnv;
}

export interface CliRun {
  code: number;
  output: string;
  lines: CliCheckLine[];
  timedOut: boolean;
}

const NOT_FOUND_FIX =
  'pip install wandb on the runner (e.g. actions/setup-python then pip install wandb) before this step, or set use-wandb-cli: false to skip these checks.';

export function cliChecks(settings: CliCheckSettings): Check[] {
  let run: CliRun | undefined;

  const unavailable = (): CheckOutcome | undefined => {
    if (settings.mode === 'false') {
      return { status: 'skipped', message: 'use-wandb-cli is false, so the wandb CLI was not run.' };
    }
    if (!settings.wandbPath) {
      return settings.mode === 'true'
        ? {
            status: 'fail',
            message: 'use-wandb-cli is true but no wandb CLI was found on PATH.',
            fix: NOT_FOUND_FIX,
          }
        : {
            status: 'skipped',
            message: 'No wandb CLI on PATH (use-wandb-cli: auto); these checks need the Python SDK.',
            fix: NOT_FOUND_FIX,
          };
    }
    return undefined;
  };

  const runCli = async (budgetMs: number): Promise<CliRun> => {
    const cwd = await mkdtemp(join(tmpdir(), 'wandb-verify-'));
    try {
      const env: NodeJS.ProcessEnv = {
        ...settings.env,
        WANDB_API_KEY: settings.apiKey ?? '',
        WANDB_SILENT: 'true',
      };
      if (settings.entity) env.WANDB_ENTITY = settings.entity;
      if (settings.caBundle) {
        // Python requests (the SDK) reads REQUESTS_CA_BUNDLE, wandb-core (Go) SSL_CERT_FILE; both replace the
        // default roots, so the bundle carries the public roots too.
        const bundle = join(cwd, 'ca-bundle.pem');
        await writeFile(bundle, settings.caBundle);
        env.REQUESTS_CA_BUNDLE = bundle;
        env.SSL_CERT_FILE = bundle;
      }
      // A child process ignores AbortSignals: execute kills it just before the check's time is up.
      const result = await settings.execute({
        command: settings.wandbPath as string,
        role: 'wandb',
        args: ['verify', '--host', settings.host],
        env,
        cwd,
        timeoutMs: Math.max(1, budgetMs - 250),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      return {
        code: result.code,
        output,
        lines: parseWandbVerifyOutput(result.stdout),
        timedOut: result.timedOut,
      };
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  };

  return [
    {
      id: 'wandb-cli-artifacts',
      title: ARTIFACT_LABEL,
      group: 'wandb-cli',
      failStatus: 'fail',
      needs: ['login'],
      timeout: 'deadline',
      timeoutFix: 'wandb verify did not finish in the time left; raise the timeout input.',
      run: async (_signal, budgetMs) => {
        const off = unavailable();
        if (off) return off;
        run = await runCli(budgetMs);
        if (run.timedOut) {
          return {
            status: 'fail',
            message: `wandb verify did not finish within ${Math.round(budgetMs / 1000)} s and was stopped.`,
            fix: 'Raise the timeout input; wandb verify takes a few minutes against a busy server.',
          };
        }
        const outcome = cliCheckOutcome(ARTIFACT_LABEL, run.lines, {
          code: run.code,
          output: run.output,
          version: settings.version,
        });
        // The CLI's own results for the checks run natively above, kept in the JSON report for comparison.
        const others = cliComparisonLines(run.lines);
        return others.length > 0
          ? {
              ...outcome,
              details: {
                wandbVerify: { version: settings.version, exitCode: run.code, otherChecks: others },
              },
            }
          : outcome;
      },
    },
    {
      id: 'wandb-cli-sweeps',
      title: SWEEP_LABEL,
      group: 'wandb-cli',
      failStatus: 'fail',
      needs: ['login'],
      run: async () => {
        const off = unavailable();
        if (off) return off;
        if (!run)
          return { status: 'skipped', message: 'wandb verify did not finish, so there is no sweep result.' };
        return cliCheckOutcome(SWEEP_LABEL, run.lines, {
          code: run.code,
          output: run.output,
          version: settings.version,
        });
      },
    },
  ];
}
