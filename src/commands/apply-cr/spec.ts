import type { CommandSpec } from '../../core/command.js';
import { configInputs, formatInput, kubeInputs, renderCheckInputs } from '../../core/common-inputs.js';

export const applyCrCommand: CommandSpec = {
  name: 'apply-cr',
  summary:
    'Build, validate, diff, apply and wait for the WeightsAndBiases CR; roll back when it does not roll out.',
  inputs: [
    ...configInputs,
    // apply-cr installs no tools: it runs the kubectl it is given (GitHub's runners have one), and helm (for the
    // render check) when there is one.
    ...kubeInputs.filter((input) => input.name !== 'kubectl-path' && input.name !== 'helm-path'),
    ...renderCheckInputs,
    {
      name: 'kubectl-path',
      env: 'KUBECTL_PATH',
      description:
        'The kubectl to run (default: `kubectl` on PATH); e.g. the `kubectl-path` output of install-operator.',
    },
    {
      name: 'dry-run',
      type: 'boolean',
      default: 'false',
      description: 'Validate, render and show the diff; change nothing.',
    },
    {
      name: 'rollback-on-failure',
      type: 'boolean',
      default: 'true',
      description:
        'Re-apply the previous CR when the new one fails (v1: Invalid Config, failed workloads; v2: a failed migration or Ready=False with a failure reason; the deadline).',
    },
    {
      name: 'force-conflicts',
      type: 'boolean',
      default: 'false',
      description:
        'Take ownership of fields another field manager (e.g. kubectl edit) set; otherwise such a conflict stops the step.',
    },
    {
      name: 'poll-interval',
      type: 'number',
      default: '1',
      description:
        'Seconds between status checks while waiting, after the first 10 s (checked every 0.25 s); a watch on the CR and its workloads also triggers a check as soon as something changes.',
    },
    formatInput(),
  ],
  outputs: [
    { name: 'changed', description: 'true when the CR was written' },
    { name: 'previous-version', description: 'app image tag before the apply' },
    { name: 'version', description: 'app image tag after the apply' },
    { name: 'rolled-back', description: 'true when a failed apply was rolled back' },
    { name: 'diff', description: 'the masked diff' },
    {
      name: 'render-check',
      description: 'rendered, skipped (the log and summary say why) or failed (the chart refused the values)',
    },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runApplyCr })),
};
