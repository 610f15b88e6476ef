/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as a corporate or air-gapped runner sets them: verify and image-check
 * reach W&B Server, its object store and the registry through a real forward proxy on loopback
 * (test-support/proxy), and go around it for the hosts NO_PROXY names. The proxy records what it carried.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, type CliRun } from '../../test-support/run-cli.js';
import { startForwardProxy, type ForwardProxy } from '../../test-support/proxy/forward-proxy.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';
import { makeTestPki, type TestPki } from '../../test-support/cluster/pki.js';
import { startRegistry, type TestRegistry } from '../../test-support/registry/registry.js';
import { OPERATOR_WANDB_0438, helmPath } from '../unit/images/real-chart.js';

const API_KEY = 'local-7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d';
const PROXY_PASSWORD = 'proxy-Pa55word-9f8e7d';
const NODE_DIR = dirname(process.execPath);
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'image-check', 'fixtures', 'airgapped-cr.yaml');

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'proxy-it-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const hostOf = (url: string) => new URL(url).host;
const everything = (run: CliRun) =>
  `${run.stdout}\n${run.stderr}\n${run.summary}\n${run.outputs}`.replace(/^::add-mask::.*$/gm, '');

describe('verify through a forward proxy', () => {
  let standIn: StandIn;
  let proxy: ForwardProxy;
  beforeAll(async () => {
    standIn = await startWandbStandIn({ apiKey: API_KEY, entity: 'ml-team' });
    proxy = await startForwardProxy({ credentials: { user: 'runner', password: PROXY_PASSWORD } });
  });
  afterAll(async () => {
    await standIn?.close();
    await proxy?.close();
  });
  beforeEach(() => {
    proxy.requests.length = 0;
    standIn.requests.length = 0;
  });

  const verify = (env: NodeJS.ProcessEnv) =>
    cli(
      [
        'verify',
        '--host',
        standIn.url,
        '--use-wandb-cli',
        'false',
        '--retry-seconds',
        '0.3',
        '--check-timeout',
        '20',
      ],
      {
        github: true,
        cwd: work,
        env: { PATH: `${NODE_DIR}:/usr/bin:/bin`, WANDB_API_KEY: API_KEY, ...env },
      },
    );

  test('HTTP_PROXY carries W&B and its object store; the proxy password is never printed', async () => {
    const withAuth = proxy.url.replace('http://', `http://runner:${PROXY_PASSWORD}@`);
    const run = await verify({ HTTP_PROXY: withAuth });
    expect(everything(run)).toContain('PASS Checking if logged in');
    expect(everything(run)).toContain('PASS Checking signed URL upload');
    expect(run.code).toBe(0);
    // W&B (GraphQL, file stream) and the signed URLs' object store both went through the proxy.
    const hosts = proxy.hosts();
    expect(hosts).toContain(hostOf(standIn.url));
    expect(hosts.length).toBeGreaterThanOrEqual(2);
    expect(proxy.requests.every((r) => r.proxyAuthorization?.startsWith('Basic '))).toBe(true);
    expect(everything(run)).not.toContain(PROXY_PASSWORD);
    expect(readFileSync(join(work, 'wandb-verify-report.json'), 'utf8')).not.toContain(PROXY_PASSWORD);
  });

  test('a proxy that refuses the runner makes verify fail: nothing goes around it', async () => {
    const run = await verify({ HTTP_PROXY: proxy.url });
    expect(run.code).toBe(1);
    // The log names the proxy, and the fix points at it rather than at the ingress.
    expect(everything(run)).toContain(`${standIn.url} is reached through the proxy ${proxy.url}`);
    expect(everything(run)).toContain(
      `The request went through the proxy ${proxy.url} (HTTPS_PROXY / HTTP_PROXY): check that it accepts this runner`,
    );
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(standIn.requests).toHaveLength(0);
  });

  test('NO_PROXY names the W&B host and the object store: the proxy carries nothing', async () => {
    const withAuth = proxy.url.replace('http://', `http://runner:${PROXY_PASSWORD}@`);
    const run = await verify({ http_proxy: withAuth, no_proxy: 'example.com,127.0.0.1' });
    expect(everything(run)).toContain('PASS Checking if logged in');
    expect(run.code).toBe(0);
    expect(proxy.requests).toEqual([]);
    expect(standIn.requests.length).toBeGreaterThan(0);
  });
});

describe('verify over https through the proxy, with a private CA', () => {
  let pki: TestPki;
  let tlsStandIn: StandIn;
  let proxy: ForwardProxy;
  beforeAll(async () => {
    pki = await makeTestPki();
    tlsStandIn = await startWandbStandIn({
      apiKey: API_KEY,
      entity: 'ml-team',
      tls: {
        cert: readFileSync(pki.serverCert, 'utf8'),
        key: readFileSync(pki.serverKey, 'utf8'),
        ca: readFileSync(pki.caCert, 'utf8'),
      },
    });
    proxy = await startForwardProxy();
  }, 60_000);
  afterAll(async () => {
    await tlsStandIn?.close();
    await proxy?.close();
    if (pki) rmSync(pki.dir, { recursive: true, force: true });
  });

  test('HTTPS_PROXY tunnels (CONNECT) to W&B, and the ca-file is trusted through the tunnel', async () => {
    const run = await cli(
      ['verify', '--host', tlsStandIn.url, '--use-wandb-cli', 'false', '--ca-file', pki.caCert],
      {
        github: true,
        cwd: work,
        env: { PATH: `${NODE_DIR}:/usr/bin:/bin`, WANDB_API_KEY: API_KEY, HTTPS_PROXY: proxy.url },
      },
    );
    expect(everything(run)).toContain('PASS Checking requests to base url');
    expect(everything(run)).toContain('PASS Checking if logged in');
    expect(run.code).toBe(0);
    expect(proxy.requests).toContainEqual(
      expect.objectContaining({ method: 'CONNECT', target: hostOf(tlsStandIn.url) }),
    );
  });
});

describe('image-check through a forward proxy', () => {
  let registry: TestRegistry;
  let proxy: ForwardProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    await registry.push('wandb/controller', '1.20.0', 'docker');
    await registry.push('wandb/local', '0.62.2', 'index');
    proxy = await startForwardProxy();
  });
  afterAll(async () => {
    await registry?.stop();
    await proxy?.close();
  });
  beforeEach(() => {
    proxy.requests.length = 0;
  });

  const imageCheck = (env: NodeJS.ProcessEnv) => {
    const config = join(work, 'wandb.yaml');
    writeFileSync(config, readFileSync(FIXTURE, 'utf8').replace(/REGISTRY/g, registry.host));
    return cli(
      [
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
      ],
      { github: true, cwd: work, env },
    );
  };

  test('the registry is asked through HTTPS_PROXY/HTTP_PROXY, and around it when NO_PROXY names it', async () => {
    const through = await imageCheck({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
    expect(through.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
    expect(through.stdout).toMatch(new RegExp(`${registry.host}/wandb/console:2.13.1\\s+MISSING`));
    expect(proxy.hosts()).toEqual([registry.host]);
    const carried = proxy.requests.length;
    expect(carried).toBeGreaterThan(0);

    proxy.requests.length = 0;
    const around = await imageCheck({ HTTP_PROXY: proxy.url, NO_PROXY: registry.host.split(':')[0] });
    expect(around.stdout).toMatch(new RegExp(`${registry.host}/wandb/local:0.62.2\\s+present`));
    expect(proxy.requests).toEqual([]);
  });
});
