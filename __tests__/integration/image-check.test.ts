/**
 * image-check against a REAL OCI registry on loopback (Debian's docker-registry, distribution 2.8): plain
 * HTTP, HTTP Basic (htpasswd), bearer tokens (distribution's token auth), and TLS with a test CA. The test
 * images are pushed with the distribution API by test-support/registry. Nothing reaches a public host.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { action, cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import {
  requireRegistryPrograms,
  startRegistry,
  type TestRegistry,
} from '../../test-support/registry/registry.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'image-check', 'fixtures', 'airgapped-cr.yaml');

/** The images the fixture names, as they are pushed (repository, tag, manifest kind). */
const IMAGES: Array<[string, string, 'oci' | 'docker' | 'index']> = [
  ['wandb/controller', '1.20.0', 'docker'],
  ['wandb/local', '0.62.2', 'index'],
  ['wandb/console', '2.13.1', 'oci'],
  ['wandb/weave-python', '0.62.2', 'oci'],
  ['bitnamilegacy/redis', '7.2.4-debian-12-r9', 'docker'],
  ['otel/opentelemetry-collector-contrib', '0.97.0', 'oci'],
  ['prometheus/prometheus', 'v2.47.0', 'index'],
  ['prometheus-operator/prometheus-config-reloader', 'v0.67.0', 'oci'],
];

function writeConfig(registry: TestRegistry, edit: (text: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-check-'));
  const file = join(dir, 'wandb.yaml');
  writeFileSync(file, edit(readFileSync(FIXTURE, 'utf8')).replace(/REGISTRY/g, registry.host));
  return file;
}

function args(registry: TestRegistry, config: string, extra: string[] = []): string[] {
  return [
    'image-check',
    '--config',
    config,
    '--registry',
    registry.registryArg,
    '--controller-tag',
    '1.20.0',
    ...(registry.caFile ? ['--registry-ca-file', registry.caFile] : []),
    ...extra,
  ];
}

/** All a user sees; `::add-mask::` lines register secrets with the runner, which consumes them. */
const everything = (run: CliRun) =>
  `${run.stdout}\n${run.stderr}\n${run.summary}\n${run.outputs}`.replace(/^::add-mask::.*$/gm, '');

test('the registry programs are installed (the tests fail, never skip, without them)', () => {
  expect(() => requireRegistryPrograms(true)).not.toThrow();
  expect(() => requireRegistryPrograms(false, '/nonexistent/docker-registry')).toThrow(
    "run 'apt-get install -y docker-registry'",
  );
});

describe('image-check against a plain-HTTP registry', () => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
    for (const [repository, tag, kind] of IMAGES) await registry.push(repository, tag, kind);
  });
  afterAll(async () => registry?.stop());

  test('all present: every image listed, exit 0', async () => {
    const run = await cli(args(registry, writeConfig(registry)), { github: true });
    expect(run.code).toBe(0);
    for (const [repository, tag] of IMAGES) {
      expect(run.stdout).toMatch(new RegExp(`${registry.host}/${repository}:${tag}\\s+present`));
      expect(run.summary).toContain(`\`${registry.host}/${repository}:${tag}\` | present`);
    }
    expect(run.stdout).toContain(`All ${IMAGES.length} images are in ${registry.host}.`);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.images.split(',')).toHaveLength(IMAGES.length);
    expect(outputs.images).toContain(`${registry.host}/wandb/local:0.62.2`);
    expect(outputs.missing).toBe('');
  });

  test('some missing: listed with the key, the fix, exit 1', async () => {
    const config = writeConfig(registry, (text) =>
      text.replace('tag: 2.13.1', 'tag: 2.14.0').replace('tag: v2.47.0', 'tag: v2.48.0'),
    );
    const run = await cli(args(registry, config), { github: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`${registry.host}/wandb/console:2.14.0\\s+MISSING\\s+console\\s+spec.values.console.image`),
    );
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/prometheus/prometheus:v2.48.0\\s+MISSING`));
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
    const outputs = parseOutputs(run.outputs);
    expect(outputs.missing.split(',').sort()).toEqual([
      `${registry.host}/prometheus/prometheus:v2.48.0`,
      `${registry.host}/wandb/console:2.14.0`,
    ]);
    expect(run.stdout).toContain(
      `crane copy docker.io/wandb/console:2.14.0 ${registry.host}/wandb/console:2.14.0`,
    );
    expect(run.stdout).toContain(
      `crane copy quay.io/prometheus/prometheus:v2.48.0 ${registry.host}/prometheus/prometheus:v2.48.0`,
    );
    expect(run.stdout).toContain('wsm download');
    expect(run.summary).toContain('**MISSING**');
    expect(run.summary).toContain('crane copy');
  });

  test("a 'latest' tag is refused, naming the key and its place", async () => {
    const config = writeConfig(registry, (text) => text.replace('tag: 2.13.1', 'tag: latest'));
    const run = await cli(args(registry, config));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /error: .*wandb\.yaml:\d+:\d+: console: spec\.values\.console\.image\.tag is 'latest'/,
    );
    expect(run.stderr).toContain('fix: Set spec.values.console.image.tag to a pinned version');
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/console:latest\\s+not checked`));
  });

  test('a missing tag and an image pulled from a public registry are errors when air-gapped', async () => {
    const config = writeConfig(registry, (text) =>
      text
        .replace('        tag: 0.62.2\n    console', '    console')
        .replace('repository: REGISTRY/otel/', 'repository: otel/'),
    );
    const run = await cli(args(registry, config));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('app: no tag is set (spec.values.app.image.tag)');
    expect(run.stderr).toContain(
      `otel: docker.io/otel/opentelemetry-collector-contrib:0.97.0 is pulled from docker.io, not from the internal registry ${registry.host}`,
    );
    // Still checked where it belongs in the internal registry.
    expect(run.stdout).toMatch(
      new RegExp(`${registry.host}/otel/opentelemetry-collector-contrib:0.97.0\\s+present`),
    );
  });

  test('without --controller-tag the operator image is an error naming the input', async () => {
    const run = await cli(
      args(registry, writeConfig(registry)).filter(
        (a, i, all) => a !== '--controller-tag' && all[i - 1] !== '--controller-tag',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('controller: no tag is set (--controller-tag');
  });

  test('HTTPS asked of a plain-HTTP registry: says so, with the fix', async () => {
    const run = await cli([
      'image-check',
      '--config',
      writeConfig(registry),
      '--registry',
      registry.host,
      '--controller-tag',
      '1.20.0',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`https://${registry.host} does not speak TLS`);
    expect(run.stderr).toContain(`http://HOST:PORT`);
  });

  test('an unreachable registry stops with the fix', async () => {
    const run = await cli([
      'image-check',
      '--config',
      writeConfig(registry),
      '--registry',
      'http://127.0.0.1:1',
      '--controller-tag',
      '1.20.0',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('cannot reach http://127.0.0.1:1 (ECONNREFUSED)');
    expect(run.stderr).toContain('fix: Check the --registry host and port');
  });
});

describe('image-check with authentication and TLS', () => {
  const PASSWORD = 'Pa55-w0rd:with/odd+chars';
  const env = { REGISTRY_PASSWORD: PASSWORD };

  test('HTTP Basic (htpasswd): right credentials pass, the password appears in no output', async () => {
    const registry = await startRegistry({ auth: 'basic', users: { mirror: PASSWORD } });
    try {
      for (const [repository, tag, kind] of IMAGES) await registry.push(repository, tag, kind);
      const run = await cli(args(registry, writeConfig(registry), ['--registry-username', 'mirror']), {
        env,
        github: true,
      });
      expect(run.code).toBe(0);
      expect(everything(run)).not.toContain(PASSWORD);
      expect(everything(run)).not.toContain(Buffer.from(`mirror:${PASSWORD}`).toString('base64'));

      // The same through action inputs (the password as the secret input registry-password).
      const asAction = await action('image-check', {
        config: writeConfig(registry),
        registry: registry.registryArg,
        'controller-tag': '1.20.0',
        'registry-username': 'mirror',
        'registry-password': PASSWORD,
      });
      expect(asAction.code).toBe(0);
      expect(parseOutputs(asAction.outputs).missing).toBe('');
      expect(asAction.summary).toContain(`### Images: all ${IMAGES.length} in \`${registry.host}\``);
      expect(everything(asAction)).not.toContain(PASSWORD);

      const anonymous = await cli(args(registry, writeConfig(registry)));
      expect(anonymous.code).toBe(1);
      expect(anonymous.stderr).toContain(`${registry.host} requires authentication (basic)`);
      expect(anonymous.stderr).toContain('REGISTRY_PASSWORD');

      const wrong = await cli(args(registry, writeConfig(registry), ['--registry-username', 'mirror']), {
        env: { REGISTRY_PASSWORD: 'not-the-password' },
      });
      expect(wrong.code).toBe(1);
      expect(wrong.stderr).toContain("refused the credentials of user 'mirror'");
      expect(everything(wrong)).not.toContain('not-the-password');
    } finally {
      await registry.stop();
    }
  });

  test('bearer tokens over TLS with a test CA: token flow, missing image, no secret in any output', async () => {
    const registry = await startRegistry({ auth: 'token', tls: true, users: { mirror: PASSWORD } });
    try {
      for (const [repository, tag, kind] of IMAGES.filter(([r]) => r !== 'wandb/weave-python'))
        await registry.push(repository, tag, kind);
      const run = await cli(args(registry, writeConfig(registry), ['--registry-username', 'mirror']), {
        env,
        github: true,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        new RegExp(`${registry.host}/wandb/weave-python:0.62.2\\s+MISSING\\s+weave`),
      );
      expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
      expect(parseOutputs(run.outputs).missing).toBe(`${registry.host}/wandb/weave-python:0.62.2`);
      // The client asked the realm for pull tokens, per repository, as the user.
      const scopes = registry.tokens?.requests.flatMap((r) => r.scope) ?? [];
      expect(scopes).toContain('repository:wandb/local:pull');
      expect(
        registry.tokens?.requests.every((r) => r.user === 'mirror' && r.service === 'test-registry'),
      ).toBe(true);
      const text = everything(run);
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(encodeURIComponent(PASSWORD));
      expect(text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/); // no JWT
      expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);

      const anonymous = await cli(args(registry, writeConfig(registry)));
      expect(anonymous.code).toBe(1);
      expect(anonymous.stderr).toContain(
        `${registry.host} requires authentication (bearer token from https://127.0.0.1:`,
      );

      const untrusted = await cli(
        args(registry, writeConfig(registry), ['--registry-username', 'mirror']).filter(
          (a, i, all) => a !== '--registry-ca-file' && all[i - 1] !== '--registry-ca-file',
        ),
        { env },
      );
      expect(untrusted.code).toBe(1);
      expect(untrusted.stderr).toContain(`the TLS certificate of https://${registry.host} is not trusted`);
      expect(untrusted.stderr).toContain('--registry-ca-file');
    } finally {
      await registry.stop();
    }
  });

  test('the password is refused on the command line', async () => {
    const run = await cli([
      'image-check',
      '--config',
      'x.yaml',
      '--registry',
      'r.example:5000',
      '--registry-password',
      PASSWORD,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('REGISTRY_PASSWORD');
    expect(everything(run)).not.toContain(PASSWORD);
  });
});
