import type { InputSpec } from '../core/inputs.js';
import { DEFAULT_WARN_DAYS } from './defaults.js';

/** The support-policy inputs, shared by support, release-notes and upgrade-check. */
export const policyInputs: InputSpec[] = [
  {
    name: 'policy',
    default: 'minor-12-months',
    description:
      "Support policy: minor-12-months (W&B's current policy: 12 months from the initial release of the version's 0.X.0; patches do not extend it) | release-6-months | release-12-months (from the version's own release date).",
  },
  {
    name: 'warn-days',
    type: 'number',
    default: String(DEFAULT_WARN_DAYS),
    description: 'Status is `nearing` when support ends within this many days.',
  },
  {
    name: 'end-dates-file',
    description:
      'YAML or JSON mapping of versions (0.65.1) or minors (0.65) to end-of-support dates (YYYY-MM-DD) that override the computed ones, e.g. dates W&B announced.',
  },
  {
    name: 'skip-file',
    description:
      'YAML or JSON list of versions never to recommend ({version, reason} items), added to the shipped list (0.78.0 and 0.78.1, which W&B told customers not to install: critical security issue).',
  },
  {
    name: 'target',
    default: 'latest',
    description:
      'Recommended target: latest (newest patch of the newest minor) | next-minor (newest patch of the next minor line).',
  },
  {
    name: 'as-of',
    description:
      'Evaluate as if today were this date (YYYY-MM-DD, UTC); releases published after it are ignored.',
  },
];
