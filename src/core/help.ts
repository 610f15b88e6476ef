import type { CommandSpec } from './command.js';
import { envName } from './inputs.js';

export function generalHelp(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = [
    'Usage: wandb-operator-actions <command> [flags]',
    '',
    'Deploy W&B Server on Kubernetes through the W&B operator, and keep it inside support.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'wandb-operator-actions <command> --help' for a command's flags.",
    '',
    'Options:',
    '  -h, --help     this help',
    '  -V, --version  the version',
    '',
    EXIT_CODES,
  ];
  return lines.join('\n');
}

/** The exit codes, the same for every command (README "Exit codes"). */
export const EXIT_CODES = [
  'Exit codes:',
  '  0  success',
  '  1  the command ran and failed (invalid configuration, a failed check, a rolled-back apply, ...)',
  '  2  usage error: unknown command or flag, missing required flag, a flag value of the wrong type',
].join('\n');

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: wandb-operator-actions ${spec.name} [flags]`, '', spec.summary];
  if (spec.description) lines.push('', spec.description);
  if (spec.inputs.length > 0) {
    lines.push('', 'Flags:');
    for (const input of spec.inputs) {
      const flag = input.secret
        ? `(env ${input.env ?? envName(input.name)})`
        : `--${input.name}${input.type === 'boolean' ? '' : ' VALUE'}${input.type === 'list' ? ' (repeatable)' : ''}`;
      const extra = [
        input.required ? 'required' : undefined,
        input.default !== undefined && input.default !== '' ? `default: ${input.default}` : undefined,
        !input.secret && input.env ? `env: ${input.env}` : undefined,
      ].filter(Boolean);
      lines.push(`  ${flag}`, `      ${input.description}${extra.length ? ` [${extra.join('; ')}]` : ''}`);
    }
  }
  if (spec.outputs.length > 0) {
    lines.push('', 'Outputs (GitHub Actions step outputs):');
    for (const output of spec.outputs) lines.push(`  ${output.name}: ${output.description}`);
  }
  lines.push('', EXIT_CODES);
  return lines.join('\n');
}
