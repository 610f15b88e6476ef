import { fmt, processMs, ratio, type Row } from './util.js';

/** The CLI's cold start (`--help`) against a bare `node -e 0`. */
export async function run(): Promise<Row[]> {
  const node = await processMs([process.execPath, '-e', '0'], 21);
  const help = await processMs([process.execPath, 'dist/cli.js', '--help'], 21);
  const commandHelp = await processMs([process.execPath, 'dist/cli.js', 'apply-cr', '--help'], 21);
  return [
    { bench: 'cli', figure: 'node -e 0', value: fmt(node) },
    {
      bench: 'cli',
      figure: 'wandb-operator-actions --help',
      value: `${fmt(help)}  ${ratio(help, node)} of node -e 0`,
      goal: '< 1.6x',
    },
    {
      bench: 'cli',
      figure: 'apply-cr --help',
      value: `${fmt(commandHelp)}  ${ratio(commandHelp, node)} of node -e 0`,
      goal: '< 1.6x',
    },
  ];
}
