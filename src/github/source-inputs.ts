import type { InputSpec } from '../core/inputs.js';

/**
 * Where releases come from, shared by release-notes, support and upgrade-check: the GitHub Releases API
 * (default), a releases file, or (only when asked for with `releases-file: builtin`) the snapshot built into
 * the package. A failing live source is an error: it is never replaced by the snapshot behind the user's back.
 */
export const releaseSourceInputs: InputSpec[] = [
  {
    name: 'repository',
    default: 'wandb/server',
    description: 'Repository whose GitHub releases are the catalog (owner/name).',
  },
  {
    name: 'releases-file',
    description:
      'Read releases from this JSON or YAML file instead of GitHub (a list of GitHub release objects, or of version/date/notes/url), for runners that cannot reach GitHub. `builtin` uses the snapshot shipped in the package (dates only, no notes; for demos and offline use).',
  },
  {
    name: 'include-prereleases',
    type: 'boolean',
    default: 'false',
    description: 'Count prereleases as releases (drafts are always left out).',
  },
  {
    name: 'github-token',
    secret: true,
    env: 'GITHUB_TOKEN',
    actionDefault: '${{ github.token }}',
    description:
      'Token for the GitHub API (a secret; the CLI reads GITHUB_TOKEN). Optional for public repositories, where GitHub then allows 60 requests an hour per IP address; needed to post comments.',
  },
  {
    name: 'github-api-url',
    env: 'GITHUB_API_URL',
    description:
      'GitHub API base URL (GitHub Enterprise Server: https://HOST/api/v3). Default: GITHUB_API_URL, else https://api.github.com.',
  },
  {
    name: 'cache-dir',
    env: 'WANDB_OPERATOR_ACTIONS_CACHE_DIR',
    description:
      'Directory of the cache of GitHub answers used for conditional requests (repeat runs cost no rate limit; keep it with actions/cache), or `off`. Default: ~/.cache/wandb-operator-actions.',
  },
];
