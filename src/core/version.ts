import packageJson from '../../package.json' with { type: 'json' };

/**
 * The one version of this package: package.json's, bundled into dist/ at build time. `--version`, the
 * User-Agent of every HTTP client and the release tag (scripts/release.mjs checks it) all read it.
 */
export const VERSION: string = packageJson.version;

/** The User-Agent every HTTP client sends: `wandb-operator-actions/<version>`. */
export const USER_AGENT = `wandb-operator-actions/${VERSION}`;
