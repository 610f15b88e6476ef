import type { CommandSpec } from '../../core/command.js';
import { configInputs, formatInput, renderCheckInputs } from '../../core/common-inputs.js';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'Merge the configuration layers and check them against the W&B configuration reference.',
  description:
    'Also renders the pinned operator-wandb chart with the values (render-check). Exit 0 with one line when valid (warnings allowed), 1 with every problem as FILE:LINE:COL: error: MESSAGE and a fix line.',
  inputs: [...configInputs, ...renderCheckInputs, formatInput()],
  outputs: [
    { name: 'valid', description: 'true when the merged configuration has no errors' },
    { name: 'errors', description: 'number of errors' },
    { name: 'warnings', description: 'number of warnings' },
    {
      name: 'render-check',
      description: 'rendered, skipped (the log says why) or failed (the chart refused the values)',
    },
  ],
  action: false,
  load: () => import('./run.js').then((m) => ({ run: m.runValidate })),
};

export const renderCommand: CommandSpec = {
  name: 'render',
  summary: 'Print the final WeightsAndBiases CR as YAML, every secret value replaced by ***.',
  inputs: [...configInputs, formatInput('yaml')],
  outputs: [],
  action: false,
  load: () => import('./run.js').then((m) => ({ run: m.runRender })),
};
