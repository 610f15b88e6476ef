import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { execute } from '../../src/core/exec.js';
import { ensureTools } from '../../test-support/cluster/plane.js';
import { fakeCredentialHelpers } from '../../test-support/registry/credential-helpers.js';
import { pushReferenceChart, type PushedChart } from '../../test-support/registry/oci-chart.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { cli, parseOutputs } from '../../test-support/run-cli.js';

/**
 * OCI registry credentials never leave the run's private helm home, with helm 3 and helm 4. Helm >= 3.14 keeps
 * registry credentials through oras-go's store with DetectDefaultNativeStore, so on a machine with a Docker
 * credential helper `helm registry login` hands the password to the OS keychain, where it outlives the run;
 * helm also falls back to ~/.docker/config.json (and its credsStore) for a registry its own config lacks.
 *
 * The machine here is made to look like such a workstation: a temporary HOME whose ~/.docker/config.json says
 * `credsStore: desktop`, and fake `docker-credential-desktop`, `-secretservice` (Linux's default, detected when
 * `pass` is not on PATH) and `-pass` helpers first on PATH that record every call and what they were given.
 * helm itself runs behind a small recording shim that notes, at each call, the registry config helm is told
 * to read (HELM_REGISTRY_CONFIG): its mode and the registries it names. The registry is real (Debian's
 * docker-registry on loopback, basic auth) and so is helm.
 */
const USER = 'robot';
const PASSWORD = 'cred-Helper-pw-51c9e2';

let tools: { helm: string; helm4: string };
let registry: TestRegistry;
let chart: PushedChart;
let dir: string;

beforeAll(async () => {
  tools = await ensureTools();
  dir = mkdtempSync(join(tmpdir(), 'registry-credentials-'));
  registry = await startRegistry({ auth: 'basic', users: { [USER]: PASSWORD } });
  chart = await pushReferenceChart(registry, {
    helm: tools.helm,
    credentials: { username: USER, password: PASSWORD },
  });
}, 120_000);

afterAll(async () => {
  await registry?.stop();
});

interface HelmCall {
  argv: string[];
  registryConfig?: string;
  /** The registry config as helm found it: its permission bits and content, or undefined when absent. */
  mode?: number;
  config?: { auths?: Record<string, { auth?: string }>; credsStore?: string; credHelpers?: unknown };
}

/** A workstation with Docker credential helpers (test-support/registry/credential-helpers.ts) and a helm shim. */
function workstation(name: string, helm: string) {
  const root = join(dir, name);
  const helpers = fakeCredentialHelpers(root);
  const { home, bin } = helpers;
  const helmLog = join(root, 'helm.jsonl');
  const shim = join(bin, 'helm');
  writeFileSync(
    shim,
    `#!${process.execPath}
// Recording shim for helm (this test): notes the registry config helm is given, then runs the real helm.
const fs = require('node:fs');
const path = process.env.HELM_REGISTRY_CONFIG;
const call = { argv: process.argv.slice(2), registryConfig: path };
if (path && fs.existsSync(path)) {
  call.mode = fs.statSync(path).mode & 0o777;
  call.config = JSON.parse(fs.readFileSync(path, 'utf8'));
}
fs.appendFileSync(${JSON.stringify(helmLog)}, JSON.stringify(call) + '\\n');
// A registry that never answers, when the test asks for one: the pull hangs until the run is cancelled.
if (call.argv[0] === 'pull' && fs.existsSync(${JSON.stringify(join(root, 'stall'))})) setInterval(() => {}, 1000);
else {
const run = require('node:child_process').spawnSync(${JSON.stringify(helm)}, call.argv, { stdio: 'inherit' });
process.exit(run.status === null ? 1 : run.status);
}
`,
  );
  chmodSync(shim, 0o755);
  return {
    root,
    home,
    bin,
    shim,
    env: { HOME: home, PATH: `${bin}:/usr/bin:/bin`, RUNNER_TOOL_CACHE: join(root, 'tool-cache') },
    helperCalls: helpers.calls,
    helmCalls: (): HelmCall[] =>
      existsSync(helmLog)
        ? readFileSync(helmLog, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as HelmCall)
        : [],
  };
}

function cr(): string {
  return `apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: wandb
spec:
  chart:
    url: ${chart.url}
    version: 0.43.8
    plainHTTP: true
  values:
    global:
      host: https://wandb.example.com
`;
}

describe.each([
  ['helm 3', () => tools.helm],
  ['helm 4', () => tools.helm4],
])('%s', (label, helmPath) => {
  test('the workstation is one where `helm registry login` hands the password to the credential helper', async () => {
    // The premise, so that the next test can fail: the same machine, helm's own login.
    const w = workstation(`${label.replace(' ', '')}-login`, helmPath());
    const helmHome = mkdtempSync(join(dir, 'login-home-'));
    const login = await execute({
      role: 'inherit',
      command: helmPath(),
      args: ['registry', 'login', registry.host, '--username', USER, '--password-stdin'].concat(
        label === 'helm 4' ? ['--plain-http'] : [],
      ),
      stdin: PASSWORD,
      env: { ...w.env, HELM_CONFIG_HOME: helmHome, HELM_CACHE_HOME: helmHome, HELM_DATA_HOME: helmHome },
      timeoutMs: 60_000,
    });
    expect(login.stderr + login.stdout).toContain('Login Succeeded');
    expect(w.helperCalls()).toContain(
      `secretservice store {"ServerURL":"${registry.host}","Username":"${USER}","Secret":"${PASSWORD}"}`,
    );
  }, 60_000);

  test('validate pulls an oci:// chart with credentials: no helper is called, the config is 0600 and gone afterwards', async () => {
    const w = workstation(label.replace(' ', ''), helmPath());
    const file = join(dir, `${label.replace(' ', '')}.yaml`);
    writeFileSync(file, cr());
    const run = await cli(['validate', '-c', file, '--helm-path', w.shim, '--chart-repo-username', USER], {
      env: { ...w.env, CHART_REPO_PASSWORD: PASSWORD },
      github: true,
    });
    expect(run.stdout + run.stderr).toContain('downloaded and cached');
    expect(parseOutputs(run.outputs)['render-check']).toBe('rendered');

    // No credential helper was run: not for the login that is no more, not as Docker's fallback.
    expect(w.helperCalls()).toBe('');
    const calls = w.helmCalls();
    const pull = calls.find((call) => call.argv[0] === 'pull');
    expect(calls.map((call) => call.argv[0])).not.toContain('registry');
    // helm pulled with the credentials in its private registry config, readable by this user only.
    expect(pull?.registryConfig).toMatch(/wandb-helm-[^/]+\/config\/registry\/config\.json$/);
    expect(pull?.mode).toBe(0o600);
    expect(pull?.config).toEqual({
      auths: { [registry.host]: { auth: Buffer.from(`${USER}:${PASSWORD}`).toString('base64') } },
    });
    for (const call of calls) expect(JSON.stringify(call.argv)).not.toContain(PASSWORD);
    // ...and the config and its helm home are gone once the run is over.
    expect(existsSync(pull!.registryConfig!)).toBe(false);
    expect(existsSync(dirname(dirname(dirname(pull!.registryConfig!))))).toBe(false);
    // Docker's own config is as it was.
    expect(JSON.parse(readFileSync(join(w.home, '.docker', 'config.json'), 'utf8'))).toEqual({
      auths: {},
      credsStore: 'desktop',
    });
    const shown = `${run.stdout}${run.stderr}${run.summary}${run.outputs}`
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(shown).not.toContain(PASSWORD);
    // The base64 form is masked too (registered as a secret of its own).
    expect(run.stdout).toContain(`::add-mask::${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);
  }, 120_000);
});

test('a run cancelled while helm pulls (SIGTERM) removes the registry config with the private helm home', async () => {
  const w = workstation('cancel', tools.helm);
  writeFileSync(join(w.root, 'stall'), '');
  const temp = join(w.root, 'tmp');
  mkdirSync(temp);
  const file = join(dir, 'cancel.yaml');
  writeFileSync(file, cr());
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      'validate',
      '-c',
      file,
      '--helm-path',
      w.shim,
      '--chart-repo-username',
      USER,
    ],
    {
      env: { ...w.env, TMPDIR: temp, CHART_REPO_PASSWORD: PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!w.helmCalls().some((call) => call.argv[0] === 'pull')) {
    if (Date.now() - started > 60_000) throw new Error(`helm pull never started:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const pull = w.helmCalls().find((call) => call.argv[0] === 'pull')!;
  // While helm runs, the credentials are in the private helm home under this run's TMPDIR, 0600.
  expect(pull.registryConfig!.startsWith(`${temp}/wandb-helm-`)).toBe(true);
  expect(pull.mode).toBe(0o600);
  child.kill('SIGTERM');
  expect(await exited).toBe(143);
  expect(existsSync(pull.registryConfig!)).toBe(false);
  expect(readdirSync(temp).filter((name) => name.startsWith('wandb-helm-'))).toEqual([]);
  expect(w.helperCalls()).toBe('');
  expect(output).not.toContain(PASSWORD);
}, 120_000);
