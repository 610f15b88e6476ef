import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createHelmHome,
  registryAuthConfig,
  registryAuthKeys,
  writeRegistryCredentials,
} from '../../../src/kube/helm.js';
import { Redactor } from '../../../src/core/redact.js';

test('the registry config is Docker config.json with one auths entry per key, and no credential store', () => {
  const { text, auth } = registryAuthConfig('registry.example.com:5000', 'robot', 'pa:ss-wörd');
  expect(auth).toBe(Buffer.from('robot:pa:ss-wörd', 'utf8').toString('base64'));
  // auths has an entry: oras-go then detects no native store, and credsStore/credHelpers are absent.
  expect(JSON.parse(text)).toEqual({ auths: { 'registry.example.com:5000': { auth } } });
});

test("Docker Hub's hosts also get the key oras-go looks them up under", () => {
  expect(registryAuthKeys('ghcr.io')).toEqual(['ghcr.io']);
  expect(registryAuthKeys('registry-1.docker.io')).toEqual([
    'registry-1.docker.io',
    'https://index.docker.io/v1/',
  ]);
  expect(registryAuthKeys('docker.io')).toEqual(['docker.io', 'https://index.docker.io/v1/']);
});

test('the auth value, once registered, is masked in output', () => {
  const redactor = new Redactor();
  const { auth } = registryAuthConfig('r.example', 'robot', 'Registry-pw-0192');
  redactor.add(auth);
  expect(redactor.redact(`"auth": "${auth}"`)).toBe('"auth": "***"');
});

test('credentials go into the private helm home as a 0600 file that helm is pointed at, removed by cleanup', async () => {
  const base = await mkdtemp(join(tmpdir(), 'helm-home-'));
  const home = await createHelmHome(base);
  expect(home.env.HELM_REGISTRY_CONFIG).toBe(home.registryConfig);
  expect(home.registryConfig.startsWith(`${home.dir}/`)).toBe(true);
  expect(statSync(home.dir).mode & 0o777).toBe(0o700);
  const auth = await writeRegistryCredentials(home.registryConfig, 'r.example', 'robot', 'first-pw-123');
  expect(statSync(home.registryConfig).mode & 0o777).toBe(0o600);
  expect(JSON.parse(await readFile(home.registryConfig, 'utf8')).auths['r.example'].auth).toBe(auth);
  // Written again (a second call in the same run): replaced, still 0600.
  await writeFile(home.registryConfig, '{}', { mode: 0o644 });
  await writeRegistryCredentials(home.registryConfig, 'r.example', 'robot', 'second-pw-456');
  expect(statSync(home.registryConfig).mode & 0o777).toBe(0o600);
  expect(await readFile(home.registryConfig, 'utf8')).toContain(
    Buffer.from('robot:second-pw-456').toString('base64'),
  );
  await home.cleanup();
  expect(existsSync(home.dir)).toBe(false);
});
