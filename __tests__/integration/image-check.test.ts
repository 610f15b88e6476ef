/**
 * image-check against a REAL OCI registry on loopback (Debian's docker-registry, distribution 2.8): plain
 * HTTP, HTTP Basic (htpasswd), bearer tokens (distribution's token auth), and TLS with a test CA. The test
 * images are pushed with the distribution API by test-support/registry. Nothing reaches a public host.
 * The images come from a render of W&B's real operator-wandb 0.43.8 (../shared/reference/charts, given with
 * --chart); the test renders the same values with helm itself and compares.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { action, cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import {
  OPERATOR_148,
  OPERATOR_WANDB_0438,
  grepImages,
  helmPath,
  helmTemplate,
} from '../unit/images/real-chart.js';
import { formatReference, parseReference } from '../../src/images/reference.js';
import {
  requireRegistryPrograms,
  startRegistry,
  type TestRegistry,
} from '../../test-support/registry/registry.js';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'image-check', 'fixtures', 'airgapped-cr.yaml');

/**
 * The images the deployment of the fixture pulls, as they are pushed (repository, tag, manifest kind): what
 * the real chart renders with its values, and the operator. The chart's helm test pod's image
 * (wandb-production/public/python:3.12) is deliberately not pushed: only `helm test` pulls it.
 */
const IMAGES: Array<[string, string, 'oci' | 'docker' | 'index']> = [
  ['wandb/controller', '1.20.0', 'docker'],
  ['wandb/local', '0.62.2', 'index'],
  ['wandb/console', '2.13.1', 'oci'],
  ['wandb/weave-python', '0.62.2', 'oci'],
  ['wandb/megabinary', '0.62.2', 'oci'],
  ['alpine/k8s', '1.31.12', 'docker'],
  ['bitnamilegacy/redis', '7.2.4-debian-12-r9', 'docker'],
  ['otel/opentelemetry-collector-contrib', '0.97.0', 'oci'],
];
const TEST_IMAGE = 'wandb-production/public/python:3.12';

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
    '--chart',
    OPERATOR_WANDB_0438,
    '--helm-path',
    helmPath(),
    ...(registry.caFile ? ['--registry-ca-file', registry.caFile] : []),
    ...extra,
  ];
}

/** What the same values render to, by helm run here: every image at its place in the internal registry. */
function renderedHere(registry: TestRegistry, config: string): string[] {
  const cr = parse(readFileSync(config, 'utf8')) as { spec: { values: Record<string, unknown> } };
  return grepImages(helmTemplate(OPERATOR_WANDB_0438, cr.spec.values, 'wandb', 'default')).map((image) => {
    const ref = parseReference(image);
    return ref.registry === registry.host
      ? formatReference(ref)
      : formatReference({ ...ref, registry: registry.host }); // a public image: checked where the mirror has it
  });
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
    const config = writeConfig(registry);
    const outputs = parseOutputs(run.outputs);
    // Exactly the images of the render (helm template of the same values, here) and the operator's.
    expect(outputs.images.split(',').sort()).toEqual(
      [...renderedHere(registry, config), `${registry.host}/wandb/controller:1.20.0`].sort(),
    );
    expect(outputs.images.split(',')).toHaveLength(IMAGES.length + 1);
    expect(outputs.missing).toBe('');
    // The helm test pod's image is listed and missing, but fails nothing: only `helm test` pulls it.
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/${TEST_IMAGE}\\s+MISSING \\(test\\)`));
    expect(everything(run)).toContain("used only by the chart's helm tests");
    expect(run.stdout).toMatch(
      new RegExp(
        `${registry.host}/alpine/k8s:1.31.12\\s+present\\s+appRenamePostHook, appRenamePreHook\\s+spec.values.appRenamePostHook.image, spec.values.appRenamePreHook.image`,
      ),
    );
    expect(run.stdout).toContain(
      `${IMAGES.length} of ${IMAGES.length + 1} images present in ${registry.host}; the others are used only by helm tests.`,
    );
    // The key of each image, and the objects that use it.
    expect(run.stdout).toMatch(
      new RegExp(
        `${registry.host}/wandb/megabinary:0.62.2\\s+present\\s+parquet\\s+spec.values.parquet.image`,
      ),
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `${registry.host}/otel/opentelemetry-collector-contrib:0.97.0\\s+present\\s+otel.daemonset\\s+spec.values.otel.daemonset.image`,
      ),
    );
    expect(run.summary).toContain('CronJob wandb-parquet-backfill, container backfill-job');
    expect(everything(run)).toContain('Rendered operator-wandb 0.43.8');
  });

  test('some missing: listed with the key, the fix, exit 1', async () => {
    const config = writeConfig(registry, (text) =>
      text
        .replace('tag: 2.13.1', 'tag: 2.14.0')
        .replace(
          '    mysql:\n      install: false',
          '    mysql:\n      install: false\n    reloader:\n      install: true',
        ),
    );
    const run = await cli(args(registry, config), { github: true });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(`${registry.host}/wandb/console:2.14.0\\s+MISSING\\s+console\\s+spec.values.console.image`),
    );
    // A component the values switch on brings its image (Reloader's, from ghcr.io, a public host).
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/stakater/reloader:v1.3.0\\s+MISSING`));
    expect(run.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
    const outputs = parseOutputs(run.outputs);
    expect(outputs.images.split(',').sort()).toEqual(
      [...renderedHere(registry, config), `${registry.host}/wandb/controller:1.20.0`].sort(),
    );
    expect(outputs.missing.split(',').sort()).toEqual([
      `${registry.host}/stakater/reloader:v1.3.0`,
      `${registry.host}/wandb/console:2.14.0`,
    ]);
    expect(run.stdout).toContain(
      `crane copy docker.io/wandb/console:2.14.0 ${registry.host}/wandb/console:2.14.0`,
    );
    expect(run.stdout).toContain(
      `crane copy ghcr.io/stakater/reloader:v1.3.0 ${registry.host}/stakater/reloader:v1.3.0`,
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

  test("the chart's default tag and an image pulled from a public registry are errors when air-gapped", async () => {
    const config = writeConfig(registry, (text) =>
      text
        .replace('        tag: 0.62.2\n    console', '    console')
        .replace('registry: REGISTRY', 'registry: docker.io'),
    );
    const run = await cli(args(registry, config));
    expect(run.code).toBe(1);
    // No tag in the values: the chart's default, latest, named at the key.
    expect(run.stderr).toMatch(/wandb\.yaml:\d+:\d+: app: spec\.values\.app\.image\.tag is 'latest'/);
    expect(run.stderr).toContain(
      `redis: docker.io/bitnamilegacy/redis:7.2.4-debian-12-r9 is pulled from docker.io, not from the internal registry ${registry.host}`,
    );
    expect(run.stderr).toContain('set spec.values.redis.image.registry to');
    // Still checked where it belongs in the internal registry.
    expect(run.stdout).toMatch(
      new RegExp(`${registry.host}/bitnamilegacy/redis:7.2.4-debian-12-r9\\s+present`),
    );
  });

  test('air-gapped: a spec.chart that is missing or on a public host is a finding; the render still runs', async () => {
    const missing = await cli(
      args(
        registry,
        writeConfig(registry, (text) => text.replace(/ {2}chart:\n( {4}.*\n)+/, '')),
      ),
      { github: true },
    );
    expect(missing.code).toBe(1);
    expect(everything(missing)).toContain(
      'spec.chart is missing: an air-gapped operator never asks the release channel',
    );
    expect(missing.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
    expect(missing.summary).toContain('`spec.chart`');

    const publicHost = await cli(
      args(
        registry,
        writeConfig(registry, (text) =>
          text.replace('http://charts.example.internal', 'https://charts.wandb.ai'),
        ),
      ),
    );
    expect(publicHost.code).toBe(1);
    expect(publicHost.stderr).toMatch(
      /wandb\.yaml:\d+:\d+: spec\.chart\.url 'https:\/\/charts\.wandb\.ai' is on charts\.wandb\.ai, a public host/,
    );
    // Named internal by the input: fine.
    const allowed = await cli(
      args(
        registry,
        writeConfig(registry, (text) =>
          text.replace('http://charts.example.internal', 'https://charts.corp.example'),
        ),
        ['--internal-hosts', 'charts.corp.example'],
      ),
    );
    expect(allowed.code).toBe(0);

    // Not air-gapped, the release channel is asked: image-check-channel.test.ts.
  });

  test('without --chart and a spec.chart that is not at hand, nothing is checked and the fix says --chart', async () => {
    const run = await cli(
      args(registry, writeConfig(registry)).filter(
        (a, i, all) => a !== '--chart' && all[i - 1] !== '--chart',
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'Nothing was checked: the images come from a render of the chart with these values, and no chart could be rendered',
    );
    expect(run.stdout + run.stderr).toContain('--chart PATH');
  });

  test("a value the chart refuses: nothing is checked, the chart's message quoted", async () => {
    const run = await cli(
      args(
        registry,
        writeConfig(
          registry,
          (text) => `${text}    mcp-server:\n      install: true\n      weave:\n        tools: sometimes\n`,
        ),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'and the chart refuses them (chart operator-wandb 0.43.8 refuses these values: "mcp-server.weave.tools must be one of: auto, true, false"',
    );
    expect(run.stderr).toMatch(
      /wandb\.yaml:\d+:\d+: error: chart operator-wandb 0\.43\.8 refuses these values/,
    );
  });

  test('the operator chart rendered too: the controller image from its render', async () => {
    const run = await cli(args(registry, writeConfig(registry), ['--operator-chart', OPERATOR_148]));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `Rendered the operator chart operator 1.4.8: ${registry.host}/wandb/controller:1.20.0.`,
    );
    expect(run.stdout).toMatch(
      new RegExp(`${registry.host}/wandb/controller:1.20.0\\s+present\\s+controller`),
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
      '--chart',
      OPERATOR_WANDB_0438,
      '--helm-path',
      helmPath(),
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
      '--chart',
      OPERATOR_WANDB_0438,
      '--helm-path',
      helmPath(),
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
        chart: OPERATOR_WANDB_0438,
        'helm-path': helmPath(),
      });
      expect(asAction.code).toBe(0);
      expect(parseOutputs(asAction.outputs).missing).toBe('');
      expect(asAction.summary).toContain(
        `### Images: all ${IMAGES.length} in \`${registry.host}\` (helm test images apart)`,
      );
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
    expect(run.code).toBeGreaterThan(0); // 1, or 2 (usage) where the runner tells usage errors apart
    expect(run.stderr).toContain('REGISTRY_PASSWORD');
    expect(everything(run)).not.toContain(PASSWORD);
  });
});
