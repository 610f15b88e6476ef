import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  DEFAULT_WARN_DAYS
} from "./chunk-PZFI2W65.js";

// src/github/source-inputs.ts
var releaseSourceInputs = [
  {
    name: "repository",
    default: "wandb/server",
    description: "Repository whose GitHub releases are the catalog (owner/name)."
  },
  {
    name: "releases-file",
    description: "Read releases from this JSON or YAML file instead of GitHub (a list of GitHub release objects, or of version/date/notes/url), for runners that cannot reach GitHub. `builtin` uses the snapshot shipped in the package (dates only, no notes; for demos and offline use)."
  },
  {
    name: "include-prereleases",
    type: "boolean",
    default: "false",
    description: "Count prereleases as releases (drafts are always left out)."
  },
  {
    name: "github-token",
    secret: true,
    env: "GITHUB_TOKEN",
    description: "Token for the GitHub API (a secret; the CLI reads GITHUB_TOKEN). Optional for public repositories, where GitHub then allows 60 requests an hour per IP address; needed to post comments."
  },
  {
    name: "github-api-url",
    env: "GITHUB_API_URL",
    description: "GitHub API base URL (GitHub Enterprise Server: https://HOST/api/v3). Default: GITHUB_API_URL, else https://api.github.com."
  },
  {
    name: "cache-dir",
    env: "WANDB_OPERATOR_ACTIONS_CACHE_DIR",
    description: "Directory of the cache of GitHub answers used for conditional requests (repeat runs cost no rate limit; keep it with actions/cache), or `off`. Default: ~/.cache/wandb-operator-actions."
  }
];

// src/commands/support/policy-input-specs.ts
var policyInputs = [
  {
    name: "policy",
    default: "minor-12-months",
    description: "Support policy: minor-12-months (W&B's current policy: 12 months from the initial release of the version's 0.X.0; patches do not extend it) | release-6-months | release-12-months (from the version's own release date)."
  },
  {
    name: "warn-days",
    type: "number",
    default: String(DEFAULT_WARN_DAYS),
    description: "Status is `nearing` when support ends within this many days."
  },
  {
    name: "end-dates-file",
    description: "YAML or JSON mapping of versions (0.65.1) or minors (0.65) to end-of-support dates (YYYY-MM-DD) that override the computed ones, e.g. dates W&B announced."
  },
  {
    name: "skip-file",
    description: "YAML or JSON list of versions never to recommend ({version, reason} items), added to the shipped list (0.78.0 and 0.78.1, which W&B told customers not to install: critical security issue)."
  },
  {
    name: "target",
    default: "latest",
    description: "Recommended target: latest (newest patch of the newest minor) | next-minor (newest patch of the next minor line)."
  },
  {
    name: "as-of",
    description: "Evaluate as if today were this date (YYYY-MM-DD, UTC); releases published after it are ignored."
  }
];

export {
  releaseSourceInputs,
  policyInputs
};
