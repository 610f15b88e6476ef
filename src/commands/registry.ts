import type { CommandSpec } from '../core/command.js';
import { validateCommand, renderCommand } from './validate/spec.js';
import { applyCrCommand } from './apply-cr/spec.js';
import { installOperatorCommand } from './install-operator/spec.js';
import { verifyCommand } from './verify/spec.js';
import { releaseNotesCommand } from './release-notes/spec.js';
import { supportCommand } from './support/spec.js';
import { upgradeCheckCommand } from './upgrade-check/spec.js';
import { demoCommand } from './demo/spec.js';
import { imageCheckCommand } from './image-check/spec.js';
import { migrateCommand } from './migrate/spec.js';
import { rolloutCommand } from './rollout/spec.js';
import { planCommand } from './plan/spec.js';

/** Every command, in the order `--help` lists them. Specs are light; each command's code loads on use. */
export const commands: CommandSpec[] = [
  installOperatorCommand,
  applyCrCommand,
  rolloutCommand,
  planCommand,
  verifyCommand,
  releaseNotesCommand,
  upgradeCheckCommand,
  migrateCommand,
  validateCommand,
  renderCommand,
  supportCommand,
  imageCheckCommand,
  demoCommand,
];

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((command) => command.name === name);
}
