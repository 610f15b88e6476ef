import { cli, type CliRun } from '../../test-support/run-cli.js';

/** `wandb-operator-actions migrate ...` as a user runs it, under GitHub Actions (summary and output files). */
export function migrateCli(argv: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return cli(['migrate', ...argv], { github: true, env });
}
