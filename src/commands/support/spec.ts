import type { CommandSpec } from '../../core/command.js';
import { policyInputs } from '../../releases/policy-input-specs.js';
import { releaseSourceInputs } from '../../github/source-inputs.js';

export const supportCommand: CommandSpec = {
  name: 'support',
  summary: 'End of support, days left, status and recommended target for a W&B Server version.',
  description:
    'Computes when support for a W&B Server version ends under a support policy (default minor-12-months), how many days are left, whether that is supported, nearing (within warn-days) or expired, and which version to move to (never a skip-listed one).',
  inputs: [
    { name: 'version', required: true, description: 'W&B Server version, e.g. 0.74.1.' },
    ...policyInputs,
    ...releaseSourceInputs,
    { name: 'format', default: 'text', description: 'text | json.' },
  ],
  outputs: [],
  action: false,
  load: async () => ({ run: (await import('./run.js')).runSupport }),
};
