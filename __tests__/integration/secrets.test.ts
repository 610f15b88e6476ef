import { cli } from '../../test-support/run-cli.js';

/**
 * Every offline command, on configurations holding known secrets (in files, in a URL, and in --set), under
 * GitHub Actions so annotations, outputs and the job summary are produced too: no secret, nor its base64 or
 * URL-encoded form, may appear anywhere a person or another program could read it.
 */
const secrets = [
  'Chart-Pa55word-9f3k',
  'LICENSE-eyJhbGciOiJSUzI1NiJ9-zz81',
  'S3cretAccessKey%2Fqq',
  'My5ql-Passw0rd-Qx',
  'Smtp-Pa55-Secret-ww',
  'Set-Via-Flag-Pw-0042',
];
const forms = (s: string) => [
  s,
  Buffer.from(s).toString('base64'),
  Buffer.from(s).toString('base64url'),
  encodeURIComponent(s),
];

const base = 'test-support/fixtures/secrets/base.yaml';
const overlay = 'test-support/fixtures/secrets/overlay.yaml';
const config = ['--config', base, '--config', overlay, '--set', 'global.redis.password=Set-Via-Flag-Pw-0042'];

/** Lines the runner consumes itself (`::add-mask::`) register the secret with GitHub and are never shown. */
const visible = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

describe.each([
  ['validate', ['validate', ...config]],
  ['render', ['render', ...config]],
  ['apply-cr --dry-run', ['apply-cr', '--dry-run', ...config]],
  ['validate with an error', ['validate', ...config, '--set', 'global.host=not a url My5ql-Passw0rd-Qx']],
])('%s', (_name, argv) => {
  it('prints no secret in any form, anywhere', async () => {
    for (const github of [false, true]) {
      const run = await cli(argv, { github, env: { KUBECONFIG: '/nonexistent/kubeconfig' } });
      const everything = [visible(run.stdout), run.stderr, run.summary, run.outputs].join('\n');
      expect(everything.length).toBeGreaterThan(20);
      for (const secret of secrets) for (const form of forms(secret)) expect(everything).not.toContain(form);
    }
  });
});

test('render shows where the secrets were, masked', async () => {
  const run = await cli(['render', ...config]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('license: "***"');
  expect(run.stdout).toContain('password: "***"');
  expect(run.stdout).toContain('host: https://wandb.example.com');
});

test('a one-line kubeconfig that names no file: the error says what is wrong without echoing it, other words stay readable', async () => {
  const run = await cli(['apply-cr', ...config], { github: true, env: { KUBECONFIG_CONTENT: 'kubeconfig' } });
  expect(run.code).toBe(1);
  const said = visible(run.stdout) + run.stderr;
  expect(said).toContain('it names no readable file (the value is not shown: it could be a secret)');
  expect(said).toContain("Pass the kubeconfig's content");
  // The word is too weak to mask in free text: ordinary words that contain it stay readable.
  expect(said).toContain("'kubeconfig' input");
  expect(run.stdout).not.toContain('::add-mask::kubeconfig');
});
