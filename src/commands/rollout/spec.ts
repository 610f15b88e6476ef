import type { CommandSpec } from '../../core/command.js';
import { renderCheckInputs } from '../../core/common-inputs.js';

export const rolloutCommand: CommandSpec = {
  name: 'rollout',
  summary:
    'Promote a change through the stages of a fleet file: apply, wait, verify and bake each stage before the next; stop and restore at the first failure.',
  description:
    'Staged rollout across W&B instances (canary across instances: dev, then staging, then production). See docs/deployment-strategies.md for the fleet file and for why there is no blue-green inside one instance.',
  inputs: [
    // Each instance's apply runs apply-cr's render check: whether, with which helm and which local chart.
    ...renderCheckInputs.filter((input) => ['render-check', 'chart', 'helm-path'].includes(input.name)),
    {
      name: 'fleet',
      required: true,
      description:
        'The fleet file (YAML): instances with name, stage, namespace, configuration layers, kubeconfig-env or context, and optional verify. Paths inside it are relative to it.',
    },
    {
      name: 'only-stage',
      description:
        "Run only this stage (a name or number from the fleet file), e.g. one job per stage with `plan`'s matrix.",
    },
    {
      name: 'only-instance',
      description: 'Run only this instance (one matrix entry of `plan`).',
    },
    {
      name: 'bake-seconds',
      type: 'number',
      default: '300',
      description:
        'Seconds to wait after a stage has rolled out (and verified) before the next stage starts; the stage must still be healthy after it. Not after the last stage, nor after a stage that changed nothing.',
    },
    {
      name: 'timeout',
      type: 'number',
      default: '600',
      description: "Seconds for each instance's apply, wait and rollback (apply-cr's timeout).",
    },
    {
      name: 'poll-interval',
      type: 'number',
      default: '2',
      description: 'Seconds between status checks while waiting.',
    },
    {
      name: 'kubectl-path',
      description: 'Use this kubectl (default: kubectl on PATH).',
      env: 'KUBECTL_PATH',
    },
    {
      name: 'dry-run',
      type: 'boolean',
      default: 'false',
      description: 'Validate every instance and show each diff; change nothing, verify nothing, no bake.',
    },
  ],
  outputs: [
    { name: 'stages-completed', description: 'number of stages of this run that succeeded' },
    { name: 'failed-stage', description: 'name of the stage that failed (empty when none did)' },
    { name: 'result', description: 'succeeded | failed | dry-run' },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runRollout })),
};
