import type { CommandSpec } from '../../core/command.js';

export const planCommand: CommandSpec = {
  name: 'plan',
  summary:
    "Print a fleet file's stages in promotion order as JSON, with a GitHub Actions matrix per stage and for the whole fleet.",
  description:
    'Output shape: {"fleet", "stages": [{"name", "index", "last", "instances", "matrix": {"include": [...]}}], "matrix": {"include": [{"stage", "instance", "index", "namespace"}]}}. See docs/deployment-strategies.md for a workflow with one job per stage.',
  inputs: [
    {
      name: 'fleet',
      required: true,
      description: 'The fleet file (YAML), as for rollout.',
    },
    {
      name: 'format',
      default: 'text',
      description:
        'text (the plan JSON as above) | json (the same plan inside `{ command, ok }`, as docs/json-output.md describes).',
    },
  ],
  outputs: [
    { name: 'plan', description: 'the plan JSON on one line, for fromJSON()' },
    { name: 'stages', description: 'the stage names in order, as a JSON array' },
  ],
  action: true,
  load: () => import('./run.js').then((m) => ({ run: m.runPlan })),
};
