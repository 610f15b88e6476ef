import type { CommandSpec } from '../../core/command.js';

export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'Run the main job on the built-in sample configuration in examples/.',
  inputs: [
    { name: 'examples', default: 'examples', description: 'Folder holding the sample configurations.' },
  ],
  outputs: [],
  action: false,
  load: () => import('./run.js').then((m) => ({ run: m.runDemo })),
};
