import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Stands in for Docker credential helpers and the OS keychain behind them (docker-credential-desktop,
 * -secretservice, -pass; the real ones need a desktop session, D-Bus or gpg, none of which runs here): a
 * workstation where a `docker login`, or a `helm registry login` (helm >= 3.14, oras-go's
 * DetectDefaultNativeStore), would put a registry password into the keychain. It is a temporary HOME whose
 * ~/.docker/config.json names `credsStore: desktop`, and a folder of fake helpers to put first on PATH.
 * `secretservice` is the Linux default oras-go detects (when no `pass` program is on PATH); `pass` is there in
 * case one is. Each helper speaks the helper protocol (docker/docker-credential-helpers: the action as its
 * argument, the server or the credentials JSON on stdin): it appends the action and its stdin to a log,
 * accepts `store`, `erase` and `list`, and knows no credentials for `get` ("credentials not found in native
 * keychain", exit 1), as an empty keychain answers.
 */
export interface CredentialHelpers {
  /** The temporary HOME (its .docker/config.json names credsStore: desktop). */
  home: string;
  /** The folder of helpers, to put first on PATH. */
  bin: string;
  /** Every helper call so far, one line each: `<helper> <action> <stdin>`; '' when none. */
  calls(): string;
}

export const HELPERS = ['desktop', 'secretservice', 'pass'] as const;

export function fakeCredentialHelpers(root: string): CredentialHelpers {
  const home = join(root, 'home');
  const bin = join(root, 'bin');
  const log = join(root, 'credential-helpers.log');
  mkdirSync(join(home, '.docker'), { recursive: true });
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths: {}, credsStore: 'desktop' }));
  for (const helper of HELPERS) {
    const file = join(bin, `docker-credential-${helper}`);
    writeFileSync(
      file,
      `#!/bin/sh
# Fake docker-credential-${helper} (test-support/registry/credential-helpers.ts): records, stores nothing.
printf '%s %s %s\\n' ${helper} "$*" "$(cat)" >> ${JSON.stringify(log)}
case "$1" in
  get) echo 'credentials not found in native keychain'; exit 1 ;;
  list) echo '{}' ;;
esac
exit 0
`,
    );
    chmodSync(file, 0o755);
  }
  return { home, bin, calls: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') };
}
