/**
 * `wandb-operator-actions verify` end to end against the W&B Server stand-in (test-support/wandb-stand-in),
 * whose signed URLs point at a real s3rver on loopback. Each test flips one switch of the stand-in and reads
 * what a user reads: the exit code, the log, the job summary, the JSON report and the outputs.
 */
import {
  copyFileSync,
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, runCli } from '../../../src/program.js';
import { execute } from '../../../src/core/exec.js';
import { makeTestPki, type TestPki } from '../../../test-support/cluster/pki.js';
import {
  startWandbStandIn,
  type StandIn,
  type StandInSwitches,
} from '../../../test-support/wandb-stand-in/server.js';

const here = dirname(fileURLToPath(import.meta.url));
const fakeCli = join(here, '../../../test-support/wandb-stand-in/fake-wandb-cli.mjs');
const API_KEY = 'local-3f9c2a7b5e1d4c8a9b0f6e2d7c1a5b3e9f8d0c2a';
const SECRET_FORMS = [
  API_KEY,
  Buffer.from(API_KEY).toString('base64').replace(/=+$/, ''),
  Buffer.from(`api:${API_KEY}`).toString('base64').replace(/=+$/, ''),
];
const NODE_DIR = dirname(process.execPath);
const DEFAULTS: StandInSwitches = {
  cors: true,
  corsGetOnly: false,
  directUrl: 'good',
  changedContent: false,
  slowMs: 0,
  slowOperations: [],
  filesVisibleAfterQueries: 0,
  serverVersion: '0.83.0',
  latestVersion: '0.83.0',
  minCliVersion: '0.16.0',
  maxCliVersion: '0.28.2',
  proxyBodyLimitBytes: undefined,
};

interface ReportCheck {
  id: string;
  title: string;
  group: string;
  status: string;
  durationMs: number;
  message: string;
  fix?: string;
  details?: Record<string, unknown>;
}
interface Report {
  host: string;
  serverVersion?: string;
  result: string;
  failOn: string;
  counts: { passed: number; failed: number; warnings: number; skipped: number };
  checks: ReportCheck[];
}

let standIn: StandIn;
let work: string;

beforeAll(async () => {
  standIn = await startWandbStandIn({ apiKey: API_KEY, entity: 'ml-team' });
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  Object.assign(standIn.switches, DEFAULTS);
  standIn.requests.length = 0;
  work = mkdtempSync(join(tmpdir(), 'verify-it-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** A PATH with the fake `wandb` on it (copied under that name) or without any wandb. */
function pathWith(fake: boolean): string {
  if (!fake) return `${NODE_DIR}:/usr/bin:/bin`;
  const bin = join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  copyFileSync(fakeCli, join(bin, 'wandb'));
  chmodSync(join(bin, 'wandb'), 0o755);
  return `${bin}:${NODE_DIR}:/usr/bin:/bin`;
}

async function verify(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; fakeCli?: boolean; key?: string | null; target?: StandIn } = {},
) {
  const target = options.target ?? standIn;
  const summaryFile = join(work, 'summary.md');
  const outputFile = join(work, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  let stdout = '';
  let stderr = '';
  const key = options.key === undefined ? API_KEY : options.key;
  const code = await runCli(
    ['verify', '--host', target.url, '--retry-seconds', '0.3', '--check-timeout', '20', ...args],
    {
      env: {
        PATH: pathWith(options.fakeCli ?? false),
        GITHUB_STEP_SUMMARY: summaryFile,
        GITHUB_OUTPUT: outputFile,
        ...(key ? { WANDB_API_KEY: key } : {}),
        ...options.env,
      },
      cwd: work,
      streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    },
  );
  const reportFile = join(work, 'wandb-verify-report.json');
  const reportText = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '';
  const report = (reportText ? JSON.parse(reportText) : undefined) as Report;
  const summary = readFileSync(summaryFile, 'utf8');
  const outputs = readFileSync(outputFile, 'utf8');
  const check = (id: string) => {
    const found = report.checks.find((c) => c.id === id);
    if (!found) throw new Error(`no check ${id} in ${report.checks.map((c) => c.id).join(', ')}`);
    return found;
  };
  const output = (name: string) => new RegExp(`^${name}<<(\\S+)\\n([^\\n]*)\\n\\1$`, 'm').exec(outputs)?.[2];
  return { code, stdout, stderr, summary, report, reportText, outputs, check, output };
}

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) for (const form of SECRET_FORMS) expect(text).not.toContain(form);
}

describe('verify against a healthy W&B Server on http', () => {
  test('every native check passes; https checks warn; CLI checks skipped with why', async () => {
    const r = await verify([]);
    const statuses = Object.fromEntries(r.report.checks.map((c) => [c.id, c.status]));
    expect(statuses).toEqual({
      host: 'pass',
      login: 'pass',
      'sdk-version': 'pass',
      'signed-url-upload': 'pass',
      'large-payload': 'pass',
      'base-url-https': 'warn',
      'signed-url-https': 'warn',
      'bucket-cors': 'pass',
      'browser-download': 'pass',
      'browser-cors': 'pass',
      run: 'pass',
      cluster: 'skipped',
      'wandb-cli-artifacts': 'skipped',
      'wandb-cli-sweeps': 'skipped',
    });
    expect(r.code).toBe(0);
    expect(r.check('login').message).toBe('Logged in as ml-team (entity ml-team).');
    expect(r.check('browser-download').message).toBe(
      'A browser-style GET (no W&B credentials) of the presigned URL W&B hands out returned the uploaded bytes.',
    );
    expect(r.check('browser-cors').message).toBe(
      `The bucket lets a browser on ${standIn.url} download (GET) and upload (PUT): both CORS preflights were answered with its origin.`,
    );
    expect(r.check('signed-url-upload').message).toBe(
      'A file uploaded through a signed URL was read back unchanged.',
    );
    expect(r.check('run').message).toContain(
      "the file 'test with_special-characters.txt' were written and read back",
    );
    expect(r.check('base-url-https').message).toBe(
      'Connections are not made over https. SSL required for secure communications.',
    );
    expect(r.check('signed-url-https').fix).toMatch(/object store over https/);
    expect(r.check('sdk-version').message).toBe(
      'The server accepts wandb SDK versions 0.16.0 to 0.28.2. W&B Server 0.83.0.',
    );
    expect(r.check('wandb-cli-artifacts').message).toBe(
      'No wandb CLI on PATH (use-wandb-cli: auto); these checks need the Python SDK.',
    );
    expect(r.report.serverVersion).toBe('0.83.0');
    expect(r.output('passed')).toBe('9');
    expect(r.output('warnings')).toBe('2');
    expect(r.output('failed')).toBe('0');
    expect(r.output('skipped')).toBe('3');
    expect(r.check('cluster').message).toBe(
      'No kubeconfig was given (cluster-checks: auto), so the cluster was not checked.',
    );
    expect(r.output('server-version')).toBe('0.83.0');
    expect(r.output('report-path')).toBe(join(work, 'wandb-verify-report.json'));
    expect(r.stdout).toBe(
      `verify passed: 9 passed, 2 warnings, 0 failed, 3 skipped (fail-on: error); W&B Server 0.83.0. Report: ${join(work, 'wandb-verify-report.json')}\n`,
    );
    expect(r.stderr).toContain('PASS Checking signed URL upload');
    expect(r.stderr).toContain('WARN Checking requests to base url');
    // The 10 MB probe really went to /graphql, and every W&B request carried Basic api:<key>.
    const large = standIn.requests.find((q) => q.operation === 'Project');
    expect(large?.bytes).toBeGreaterThan(10_000_000);
    expect(
      standIn.requests.every(
        (q) => q.authorization === `Basic ${Buffer.from(`api:${API_KEY}`).toString('base64')}`,
      ),
    ).toBe(true);
    expectNoSecret(r.stdout, r.stderr, r.summary, r.reportText, r.outputs);
  });

  test('fail-on: warning turns the https warnings into a failed step', async () => {
    const r = await verify(['--fail-on', 'warning']);
    expect(r.code).toBe(1);
    expect(r.report.result).toBe('failed');
    expect(r.summary).toContain(
      '**❌ failed**: 9 passed, 2 warnings, 0 failed, 3 skipped (fail-on: warning)',
    );
  });

  test('files that show up late are retried until they can be read (eventual consistency)', async () => {
    standIn.switches.filesVisibleAfterQueries = 2;
    const r = await verify([]);
    expect(r.check('signed-url-upload').status).toBe('pass');
    expect(r.check('run').status).toBe('pass');
    expect(standIn.requests.filter((q) => q.operation === 'RunFiles').length).toBeGreaterThanOrEqual(6);
  });

  test('a file that never shows up fails after at least 3 tries with the SDK message', async () => {
    standIn.switches.filesVisibleAfterQueries = 1000;
    const r = await verify([]);
    const upload = r.check('signed-url-upload');
    expect(upload.status).toBe('fail');
    expect(upload.message).toMatch(
      /^Unable to read file successfully saved through a put request: 'gql_test_file.txt' is not listed on the run yet \(after \d+ tries in \d+\.\d s\)\.$/,
    );
    expect(upload.fix).toContain('Check SQS configurations, bucket permissions and topic configs');
    expect(Number(/after (\d+) tries/.exec(upload.message)?.[1])).toBeGreaterThanOrEqual(3);
    // No signed URL was learned, so the checks that need one are skipped, saying why.
    expect(r.check('bucket-cors')).toMatchObject({
      status: 'skipped',
      message: "Not run: it needs 'Checking signed URL upload', which failed.",
    });
    expect(r.check('run').message).toContain("Unable to download file 'test with_special-characters.txt'");
    expect(r.code).toBe(1);
  });
});

describe('verify reports each broken piece with its fix', () => {
  test('a proxy with a body limit: 413 and the proxy-body-size fix', async () => {
    standIn.switches.proxyBodyLimitBytes = 1024 * 1024;
    const r = await verify([]);
    expect(r.check('large-payload')).toMatchObject({
      status: 'fail',
      message: 'Failed to send a large payload (HTTP 413 Request Entity Too Large from the proxy).',
    });
    expect(r.check('large-payload').fix).toContain('nginx.ingress.kubernetes.io/proxy-body-size is "0"');
    expect(r.check('run').status).toBe('pass');
    expect(r.code).toBe(1);
  });

  test('a bucket without CORS: the SDK check warns, the browser check fails with the CORS JSON to apply', async () => {
    standIn.switches.cors = false;
    const r = await verify([]);
    expect(r.check('bucket-cors').status).toBe('warn');
    expect(r.check('bucket-cors').message).toBe(
      `Your object store does not have a valid CORs configuration, you must allow GET and PUT to Origin: ${standIn.url} (the preflight answered HTTP 403 without Access-Control-Allow-Origin).`,
    );
    expect(r.check('bucket-cors').fix).toContain(`AllowedOrigins [${standIn.url}]`);
    const cors = r.check('browser-cors');
    expect(cors.status).toBe('fail');
    expect(cors.message).toBe(
      `A browser on ${standIn.url} would be refused by the bucket, so W&B's web app could not show or upload files: GET (download): HTTP 403 CORSResponse without Access-Control-Allow-Origin; PUT (upload): HTTP 403 CORSResponse without Access-Control-Allow-Origin.`,
    );
    const json = `{"CORSRules":[{"AllowedOrigins":["${standIn.url}"],"AllowedMethods":["GET","HEAD","PUT"],"AllowedHeaders":["*"],"ExposeHeaders":["ETag"],"MaxAgeSeconds":3000}]}`;
    expect(cors.fix).toContain(
      `Set this CORS configuration on the bucket (W&B's rule, for your W&B origin): ${json}.`,
    );
    expect(cors.fix).toContain(
      "aws s3api put-bucket-cors --bucket <bucket> --cors-configuration '<that JSON>'",
    );
    expect(cors.details?.corsConfiguration).toEqual(JSON.parse(json));
    // The SDK's own round trip still passes: only the browser's path is broken.
    expect(r.check('signed-url-upload').status).toBe('pass');
    expect(r.check('browser-download').status).toBe('pass');
    expect(r.summary).toContain(
      '| W&B Server | CORS preflights from the W&B origin (GET and PUT) | ❌ fail |',
    );
    expect(r.stderr).toContain('FAIL CORS preflights from the W&B origin (GET and PUT)');
    expect(r.code).toBe(1);
    // The presigned URLs' signatures (credentials) are in no output.
    expect(r.reportText + r.summary + r.stderr).not.toMatch(/Signature=|AWSAccessKeyId=/);
  });

  test('a CORS rule without PUT fails the browser check naming PUT; GET still passes', async () => {
    standIn.switches.corsGetOnly = true;
    const r = await verify([]);
    expect(r.check('bucket-cors').status).toBe('pass');
    expect(r.check('browser-cors')).toMatchObject({
      status: 'fail',
      message: `A browser on ${standIn.url} would be refused by the bucket, so W&B's web app could not show or upload files: PUT (upload): HTTP 403 CORSResponse without Access-Control-Allow-Origin.`,
    });
    const preflights = r.check('browser-cors').details?.preflights as Array<Record<string, unknown>>;
    expect(preflights.map((p) => `${p.method} ${p.status}`)).toEqual(['GET 200', 'PUT 403']);
    expect(r.code).toBe(1);
  });

  test('browser-checks false skips both browser checks, saying so; the SDK checks still run', async () => {
    standIn.switches.cors = false;
    const r = await verify(['--no-browser-checks']);
    for (const id of ['browser-download', 'browser-cors']) {
      expect(r.check(id)).toMatchObject({ status: 'skipped', message: 'browser-checks is false.' });
    }
    expect(r.check('bucket-cors').status).toBe('warn');
    expect(r.code).toBe(0);
  });

  test('a wrongly signed presigned URL: the browser download fails with the signature fix; the SDK path passes', async () => {
    standIn.switches.directUrl = 'bad-signature';
    const r = await verify([]);
    const download = r.check('browser-download');
    expect(download.status).toBe('fail');
    expect(download.message).toMatch(
      /^The object store refused the presigned download of http:\/\/127\.0\.0\.1:\d+\/wandb-files\/ml-team\/verify\/[0-9a-f]{8}-graphql_put\/gql_test_file\.txt: HTTP 403 SignatureDoesNotMatch\. The SDK's own download may still work; a browser's does not\.$/,
    );
    expect(download.fix).toContain('the bucket credentials W&B signs with');
    expect(r.check('signed-url-upload').status).toBe('pass');
    expect(r.check('run').status).toBe('pass');
    expect(r.code).toBe(1);
    expect(r.reportText + r.summary + r.stderr).not.toMatch(/Signature=|AWSAccessKeyId=/);
  });

  test('a presigned URL on an object store nobody answers: the browser download fails saying so', async () => {
    standIn.switches.directUrl = 'unreachable';
    const r = await verify([]);
    const download = r.check('browser-download');
    expect(download.status).toBe('fail');
    expect(download.message).toMatch(
      /^A browser could not download the file from http:\/\/127\.0\.0\.1:\d+\/wandb-files\/.*gql_test_file\.txt: fetch failed: ECONNREFUSED /,
    );
    expect(download.fix).toContain("it must be reachable from users' machines");
    // The browser's preflight goes where it downloads from: unanswered there, with the reachability fix only.
    const cors = r.check('browser-cors');
    expect(cors.status).toBe('fail');
    expect(cors.message).toMatch(
      /GET \(download\) preflight to http:\/\/127\.0\.0\.1:\d+\/wandb-files\/.* failed: fetch failed: ECONNREFUSED/,
    );
    expect(cors.fix).toContain("it must be reachable from users' machines");
    expect(cors.fix).not.toContain('CORSRules');
    expect(r.code).toBe(1);
  });

  test('content changed between upload and read-back', async () => {
    standIn.switches.changedContent = true;
    const r = await verify([]);
    expect(r.check('signed-url-upload')).toMatchObject({
      status: 'fail',
      message:
        'Read file contents do not match saved file contents: wrote "test2", read "changed by a proxy".',
    });
    expect(r.check('run').message).toContain(
      'Contents of downloaded file do not match uploaded contents: wrote "test", read "changed by a proxy".',
    );
    expect(r.code).toBe(1);
  });

  test('a wrong API key: 401, login fails with the fix, everything after it is skipped', async () => {
    const wrong = 'local-0000000000000000000000000000000000000000';
    const r = await verify([], { key: wrong });
    expect(r.check('login')).toMatchObject({
      status: 'fail',
      message: 'The server refused the API key (HTTP 401).',
    });
    expect(r.check('login').fix).toContain(`${standIn.url}/authorize`);
    for (const id of ['sdk-version', 'signed-url-upload', 'large-payload', 'run', 'wandb-cli-artifacts']) {
      expect(r.check(id)).toMatchObject({
        status: 'skipped',
        message: "Not run: it needs 'Checking if logged in', which failed.",
      });
    }
    expect(r.code).toBe(1);
    for (const text of [r.stdout, r.stderr, r.summary, r.reportText]) expect(text).not.toContain(wrong);
  });

  test('no API key at all: not logged in, with where to put the key', async () => {
    const r = await verify([], { key: null });
    expect(r.check('login')).toMatchObject({
      status: 'fail',
      message: 'Not logged in: no API key was given.',
    });
    expect(r.code).toBe(1);
  });

  test('W&B public cloud is refused before any request is made', async () => {
    const r = await runCli(
      ['verify', '--host', 'https://api.wandb.ai', '--report-path', join(work, 'r.json')],
      {
        env: { WANDB_API_KEY: API_KEY, PATH: pathWith(false) },
        cwd: work,
        streams: { stdout: () => undefined, stderr: () => undefined },
      },
    );
    const report = JSON.parse(readFileSync(join(work, 'r.json'), 'utf8')) as Report;
    expect(r).toBe(1);
    expect(report.checks[0]).toMatchObject({
      id: 'host',
      status: 'fail',
      message: 'Cannot run wandb verify against api.wandb.ai (W&B public cloud).',
    });
    expect(report.checks.slice(1).every((c) => c.status === 'skipped')).toBe(true);
  });

  test('a slow answer fails that check by its own timeout; the others still run', async () => {
    standIn.switches.slowMs = 2500;
    standIn.switches.slowOperations = ['Project'];
    const r = await verify(['--check-timeout', '1']);
    expect(r.check('large-payload')).toMatchObject({
      status: 'fail',
      message: 'Did not finish within 1 s: the server answered too slowly or not at all.',
    });
    expect(r.check('large-payload').fix).toContain('proxy-body-size');
    expect(r.check('large-payload').durationMs).toBeLessThan(2000);
    expect(r.check('run').status).toBe('pass');
  });

  test('a slow server uses up the overall timeout: the rest is skipped, saying so', async () => {
    standIn.switches.slowMs = 1200;
    const r = await verify(['--check-timeout', '1', '--timeout', '2']);
    expect(r.check('login').message).toBe(
      'Did not finish within 1 s: the server answered too slowly or not at all.',
    );
    const skipped = r.report.checks.filter((c) =>
      c.message.startsWith('Not run: the overall timeout (2 s) was used up'),
    );
    expect(
      skipped.length +
        r.report.checks.filter((c) => c.message.startsWith("Not run: it needs 'Checking if logged in'"))
          .length,
    ).toBeGreaterThan(5);
    expect(r.code).toBe(1);
  });

  test('bad inputs are refused before anything runs', async () => {
    const r = await verify(['--fail-on', 'sometimes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error: Input 'fail-on' must be one of error, warning, got 'sometimes'.");
    const noScheme = await runCli(['verify', '--host', 'wandb.example.com'], {
      env: {},
      cwd: work,
      streams: {
        stdout: () => undefined,
        stderr: (t) => expect(t).toMatch(/must be the W&B Server base URL|fix:/),
      },
    });
    expect(noScheme).toBe(1);
  });

  test('an unreachable host: login fails saying so, and the report is still written', async () => {
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const code = await runCli(['verify', '--host', `http://127.0.0.1:${port}`, '--use-wandb-cli', 'false'], {
      env: { WANDB_API_KEY: API_KEY, PATH: pathWith(false) },
      cwd: work,
      streams: { stdout: () => undefined, stderr: () => undefined },
    });
    const report = JSON.parse(readFileSync(join(work, 'wandb-verify-report.json'), 'utf8')) as Report;
    expect(code).toBe(1);
    const login = report.checks.find((c) => c.id === 'login');
    expect(login?.status).toBe('fail');
    expect(login?.message).toMatch(
      new RegExp(`^Could not reach http://127\\.0\\.0\\.1:${port}: fetch failed: ECONNREFUSED`),
    );
    expect(login?.fix).toContain('ingress');
  });

  test('--help lists the inputs and where the key comes from', async () => {
    let out = '';
    const code = await runCli(['verify', '--help'], {
      env: {},
      cwd: work,
      streams: { stdout: (t) => void (out += t), stderr: (t) => void (out += t) },
    });
    expect(code).toBe(0);
    for (const flag of [
      '--host',
      '--fail-on',
      '--check-timeout',
      '--retry-seconds',
      '--use-wandb-cli',
      '--cluster-checks',
      '--ca-file',
    ]) {
      expect(out).toContain(flag);
    }
    expect(out).toContain('WANDB_API_KEY');
  });

  test('the API key is refused on argv', async () => {
    let stderr = '';
    const code = await runCli(['verify', '--host', standIn.url, '--api-key', API_KEY], {
      env: {},
      cwd: work,
      streams: { stdout: () => undefined, stderr: (t) => void (stderr += t) },
    });
    expect(code).toBe(2); // a usage error
    expect(stderr).toContain("'--api-key' is a secret and is not accepted on the command line");
  });
});

describe('wandb CLI fold-in (artifacts and sweeps)', () => {
  test('with wandb on PATH its artifact and sweep lines join the report; the key goes by env, never argv', async () => {
    const record = join(work, 'record.jsonl');
    const r = await verify([], { fakeCli: true, env: { WANDB_STANDIN_RECORD: record } });
    expect(r.check('wandb-cli-artifacts')).toMatchObject({
      status: 'pass',
      group: 'wandb-cli',
      message: 'wandb 0.19.1 verify: Checking artifact save and download workflows ✅',
    });
    expect(r.check('wandb-cli-sweeps').status).toBe('pass');
    expect(r.check('sdk-version').message).toBe(
      'wandb 0.19.1 is within the versions this server accepts (0.16.0 to 0.28.2). W&B Server 0.83.0.',
    );
    const calls = readFileSync(record, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { args: string[]; hasKey: boolean; keyLength: number });
    expect(calls.map((c) => c.args)).toEqual([['--version'], ['verify', '--host', standIn.url]]);
    expect(calls[1]).toMatchObject({ hasKey: true, keyLength: API_KEY.length });
    // No ca-file: the CLI keeps its own trust store.
    expect(calls[1]).not.toHaveProperty('requestsCaBundle');
    expect(r.code).toBe(0);
    // The CLI's lines for the checks run natively stay in the JSON report (only), to compare with ours.
    expect(r.check('wandb-cli-artifacts').details).toEqual({
      wandbVerify: {
        version: '0.19.1',
        exitCode: 0,
        otherChecks: [
          { label: 'Checking if logged in', status: 'pass', messages: [] },
          { label: 'Checking signed URL upload', status: 'pass', messages: [] },
          { label: 'Checking ability to send large payloads through proxy', status: 'pass', messages: [] },
          {
            label: 'Checking requests to base url',
            status: 'warn',
            messages: ['Connections are not made over https. SSL required for secure communications.'],
          },
          {
            label: 'Checking requests made over signed URLs',
            status: 'warn',
            messages: ['Signed URL requests not made over https. SSL required for secure communications.'],
          },
          { label: 'Checking CORs configuration of the bucket', status: 'pass', messages: [] },
          { label: 'Checking wandb package version is up to date', status: 'pass', messages: [] },
          { label: 'Checking logged metrics, saving and downloading a file', status: 'pass', messages: [] },
        ],
      },
    });
    expect(r.check('wandb-cli-sweeps').details).toBeUndefined();
    expect(r.summary).not.toContain('otherChecks');
  });

  test('a failing artifact check comes through with the CLI message', async () => {
    const r = await verify([], { fakeCli: true, env: { WANDB_STANDIN_MODE: 'artifact-fail' } });
    expect(r.check('wandb-cli-artifacts')).toMatchObject({
      status: 'fail',
      message: 'wandb 0.19.1 verify: Unable to download artifact. Check bucket permissions.',
    });
    expect(r.check('wandb-cli-sweeps').status).toBe('pass');
    expect(r.code).toBe(1);
  });

  test('an older CLI without the sweep check: sweeps skipped, with why', async () => {
    const r = await verify([], { fakeCli: true, env: { WANDB_STANDIN_MODE: 'no-sweeps' } });
    expect(r.check('wandb-cli-sweeps')).toMatchObject({
      status: 'skipped',
      message: 'wandb 0.19.1 verify has no sweep check (it was added in newer wandb versions).',
    });
  });

  test('a CLI that crashes before the artifact check: failed, with its last lines', async () => {
    const r = await verify([], { fakeCli: true, env: { WANDB_STANDIN_MODE: 'crash' } });
    expect(r.check('wandb-cli-artifacts').status).toBe('fail');
    expect(r.check('wandb-cli-artifacts').message).toContain(
      "wandb 0.19.1 verify stopped (exit 1) before 'Checking artifact save and download workflows'. Its last lines:",
    );
    expect(r.check('wandb-cli-artifacts').message).toContain('wandb.errors.CommError: 500');
  });

  test('a CLI older than the server accepts: a warning with the pip command', async () => {
    const r = await verify([], { fakeCli: true, env: { WANDB_STANDIN_VERSION: '0.15.12' } });
    expect(r.check('sdk-version')).toMatchObject({
      status: 'warn',
      message:
        'wandb 0.15.12 is older than the oldest version this server accepts (0.16.0). W&B Server 0.83.0.',
      fix: 'pip install --upgrade wandb==0.28.2',
    });
  });

  test('use-wandb-cli: true without wandb fails; false skips even when it is there', async () => {
    const required = await verify(['--use-wandb-cli', 'true']);
    expect(required.check('wandb-cli-artifacts')).toMatchObject({
      status: 'fail',
      message: 'use-wandb-cli is true but no wandb CLI was found on PATH.',
    });
    const off = await verify(['--use-wandb-cli', 'false'], { fakeCli: true });
    expect(off.check('wandb-cli-sweeps')).toMatchObject({
      status: 'skipped',
      message: 'use-wandb-cli is false, so the wandb CLI was not run.',
    });
  });
});

describe('a mixed run, read as a user reads it', () => {
  test('job summary table, JSON report and outputs; the key is in none of them', async () => {
    standIn.switches.proxyBodyLimitBytes = 1024 * 1024;
    standIn.switches.cors = false;
    const r = await verify(['--sdk-version', '0.30.1'], {
      fakeCli: true,
      env: { WANDB_STANDIN_MODE: 'leak-key' },
    });

    expect(r.code).toBe(1);
    const lines = r.summary.split('\n');
    expect(lines[0]).toBe(`## W&B verify: ${standIn.url}`);
    expect(lines[2]).toMatch(
      /^\*\*❌ failed\*\*: 6 passed, 4 warnings, 3 failed, 1 skipped \(fail-on: error\) in (\d+ ms|\d+\.\d s)\. W&B Server version: 0\.83\.0\.$/,
    );
    expect(lines[4]).toBe('| Group | Check | Status | Time | Message | Fix |');
    // Failures first, then warnings, then passes; the skipped check is folded below the table.
    const statuses = lines
      .slice(6, lines.indexOf('', 6))
      .map((l) => /\| (✅ pass|⚠️ warn|❌ fail|⏭️ skipped) \|/.exec(l)?.[1]);
    expect(statuses).toEqual([
      ...Array(3).fill('❌ fail'),
      ...Array(4).fill('⚠️ warn'),
      ...Array(6).fill('✅ pass'),
    ]);
    const folded = lines.indexOf('<details>');
    expect(lines[folded + 1]).toBe('<summary>1 skipped check, and why</summary>');
    expect(lines.findIndex((l) => l.includes('⏭️ skipped'))).toBeGreaterThan(folded);
    const row = (title: string) => {
      const found = lines.find((l) => l.includes(`| ${title} |`));
      if (!found) throw new Error(`no row for ${title}`);
      return found
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
        .slice(1, -1);
    };
    expect(row('Checking ability to send large payloads through proxy')).toEqual([
      'W&B Server',
      'Checking ability to send large payloads through proxy',
      '❌ fail',
      expect.stringMatching(/^\d+ ms$|^\d+\.\d s$/),
      'Failed to send a large payload (HTTP 413 Request Entity Too Large from the proxy).',
      'Check nginx.ingress.kubernetes.io/proxy-body-size is "0" on the W&B ingress (ingress.annotations in the CR values), or raise the body limit of your load balancer.',
    ]);
    expect(row('Checking CORs configuration of the bucket').slice(2, 3)).toEqual(['⚠️ warn']);
    expect(row('Checking wandb package version is up to date')[4]).toBe(
      'wandb 0.30.1 is newer than this server supports (0.28.2); this could cause some issues. W&B Server 0.83.0.',
    );
    expect(row('Checking artifact save and download workflows')).toEqual(
      expect.arrayContaining([
        'wandb CLI (artifacts, sweeps)',
        '❌ fail',
        'wandb 0.19.1 verify: Unable to log artifact. api_key=***',
      ]),
    );
    expect(row('Checking logged metrics, saving and downloading a file')[2]).toBe('✅ pass');
    // Passing checks show no fix.
    expect(row('Checking if logged in')[5]).toBe('');
    expect(row('Cluster checks')).toEqual([
      'Cluster',
      'Cluster checks',
      '⏭️ skipped',
      expect.any(String),
      'No kubeconfig was given (cluster-checks: auto), so the cluster was not checked.',
      'Pass the kubeconfig input (a secret; KUBECONFIG_CONTENT on the CLI) to check the operator, the CR and what it references.',
    ]);

    expect(r.report).toMatchObject({
      host: standIn.url,
      serverVersion: '0.83.0',
      result: 'failed',
      failOn: 'error',
      counts: { passed: 6, warnings: 4, failed: 3, skipped: 1 },
    });
    expect(r.report.checks.map((c) => `${c.id}:${c.status}`)).toEqual([
      'host:pass',
      'login:pass',
      'sdk-version:warn',
      'signed-url-upload:pass',
      'large-payload:fail',
      'base-url-https:warn',
      'signed-url-https:warn',
      'bucket-cors:warn',
      'browser-download:pass',
      'browser-cors:fail',
      'run:pass',
      'cluster:skipped',
      'wandb-cli-artifacts:fail',
      'wandb-cli-sweeps:pass',
    ]);
    for (const check of r.report.checks) {
      expect(typeof check.durationMs).toBe('number');
      expect(check.title.length).toBeGreaterThan(0);
      if (check.status === 'fail' || check.status === 'warn') expect(check.fix).toBeTruthy();
    }
    // The signed URLs' signatures are credentials too: never in the report.
    expect(r.reportText).not.toMatch(/Signature=|AWSAccessKeyId/);
    expect(r.output('failed')).toBe('3');
    expect(r.output('warnings')).toBe('4');
    expectNoSecret(r.stdout, r.stderr, r.summary, r.reportText, r.outputs);
  });

  test('as a GitHub Action: annotations per failed check, the key masked (only in ::add-mask::)', async () => {
    standIn.switches.proxyBodyLimitBytes = 1024 * 1024;
    let stdout = '';
    const summaryFile = join(work, 'summary.md');
    const code = await runAction('verify', {
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_STEP_SUMMARY: summaryFile,
        INPUT_HOST: standIn.url,
        'INPUT_API-KEY': API_KEY,
        'INPUT_RETRY-SECONDS': '0.3',
        'INPUT_USE-WANDB-CLI': 'false',
        'INPUT_REPORT-PATH': 'reports/verify.json',
        PATH: pathWith(false),
      },
      cwd: work,
      streams: { stdout: (t) => void (stdout += t), stderr: (t) => void (stdout += t) },
    });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error title=wandb-operator-actions verify::Checking ability to send large payloads through proxy: Failed to send a large payload (HTTP 413 Request Entity Too Large from the proxy). Fix: Check nginx.ingress.kubernetes.io/proxy-body-size is "0"',
    );
    expect(stdout).toContain(
      '::warning title=wandb-operator-actions verify::Checking requests to base url: Connections are not made over https.',
    );
    expect(stdout).toContain(`::group::wandb verify ${standIn.url}`);
    expect(existsSync(join(work, 'reports/verify.json'))).toBe(true);
    const visible = stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expectNoSecret(
      visible,
      readFileSync(summaryFile, 'utf8'),
      readFileSync(join(work, 'reports/verify.json'), 'utf8'),
    );
  });
});

describe('verify against W&B Server and its object store over https, behind a private CA', () => {
  let pki: TestPki;
  let tlsStandIn: StandIn;

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
  }, 60_000);
  afterAll(async () => {
    await tlsStandIn?.close();
    if (pki) rmSync(pki.dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    tlsStandIn.requests.length = 0;
  });

  test('with ca-file: base URL and signed URLs pass as https; fail-on: warning passes', async () => {
    expect(tlsStandIn.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(tlsStandIn.s3Endpoint).toMatch(/^https:\/\//);
    const r = await verify(['--ca-file', pki.caCert, '--fail-on', 'warning'], { target: tlsStandIn });
    const statuses = Object.fromEntries(r.report.checks.map((c) => [c.id, c.status]));
    expect(statuses).toEqual({
      host: 'pass',
      login: 'pass',
      'sdk-version': 'pass',
      'signed-url-upload': 'pass',
      'large-payload': 'pass',
      'base-url-https': 'pass',
      'signed-url-https': 'pass',
      'bucket-cors': 'pass',
      'browser-download': 'pass',
      'browser-cors': 'pass',
      run: 'pass',
      cluster: 'skipped',
      'wandb-cli-artifacts': 'skipped',
      'wandb-cli-sweeps': 'skipped',
    });
    expect(r.check('base-url-https')).toMatchObject({ status: 'pass', message: 'The base URL uses https.' });
    expect(r.check('signed-url-https')).toMatchObject({ status: 'pass', message: 'Signed URLs use https.' });
    expect(r.check('bucket-cors').message).toBe(
      `The bucket answers a CORS preflight for GET from ${tlsStandIn.url}.`,
    );
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ host: tlsStandIn.url, result: 'passed', failOn: 'warning' });

    // What the user reads: the step log, the job summary table, the outputs.
    expect(r.stderr).toContain('PASS Checking requests to base url');
    expect(r.stderr).toContain('PASS Checking requests made over signed URLs');
    expect(r.stdout).toBe(
      `verify passed: 11 passed, 0 warnings, 0 failed, 3 skipped (fail-on: warning); W&B Server 0.83.0. Report: ${join(work, 'wandb-verify-report.json')}\n`,
    );
    const lines = r.summary.split('\n');
    expect(lines[0]).toBe(`## W&B verify: ${tlsStandIn.url}`);
    expect(lines[2]).toMatch(
      /^\*\*✅ passed\*\*: 11 passed, 0 warnings, 0 failed, 3 skipped \(fail-on: warning\) in (\d+ ms|\d+\.\d s)\. W&B Server version: 0\.83\.0\.$/,
    );
    const row = (title: string) =>
      lines.find((l) => l.includes(`| ${title} |`))?.replace(/\| (\d+ ms|\d+\.\d s) \|/, '| <time> |');
    expect(row('Checking requests to base url')).toBe(
      '| W&B Server | Checking requests to base url | ✅ pass | <time> | The base URL uses https. |  |',
    );
    expect(row('Checking requests made over signed URLs')).toBe(
      '| W&B Server | Checking requests made over signed URLs | ✅ pass | <time> | Signed URLs use https. |  |',
    );
    expect(r.output('warnings')).toBe('0');
    expect(r.output('passed')).toBe('11');

    // The upload really went over TLS to s3rver, and W&B saw every call with the key.
    expect(tlsStandIn.requests.some((q) => q.operation === 'CreateRunFiles')).toBe(true);
    expect(r.reportText).not.toMatch(/Signature=|AWSAccessKeyId/);
    expectNoSecret(r.stdout, r.stderr, r.summary, r.reportText, r.outputs);
  });

  test('without the CA: login fails on the certificate, with the ca-file fix; the base URL still shows https', async () => {
    const r = await verify([], { target: tlsStandIn });
    const login = r.check('login');
    expect(login.status).toBe('fail');
    expect(login.message).toBe(
      `Could not reach ${tlsStandIn.url}: fetch failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate.`,
    );
    expect(login.fix).toBe(
      "The TLS certificate of the W&B host is not signed by a CA this runner trusts (a private or self-signed CA): pass that CA's certificate, and any intermediate the server does not send, as a PEM file in the ca-file input (--ca-file on the CLI).",
    );
    expect(r.check('base-url-https').status).toBe('pass');
    expect(r.check('signed-url-https')).toMatchObject({
      status: 'skipped',
      message: "Not run: it needs 'Checking signed URL upload', which was skipped.",
    });
    expect(r.stderr).toContain('FAIL Checking if logged in');
    expect(r.stderr).toContain(
      'fix: The TLS certificate of the W&B host is not signed by a CA this runner trusts',
    );
    expect(r.code).toBe(1);
    // Nothing got through TLS to the stand-in.
    expect(tlsStandIn.requests).toEqual([]);
  });

  test('over https, changed content still fails the upload check with the SDK message', async () => {
    tlsStandIn.switches.changedContent = true;
    try {
      const r = await verify(['--ca-file', pki.caCert], { target: tlsStandIn });
      expect(r.check('signed-url-upload')).toMatchObject({
        status: 'fail',
        message:
          'Read file contents do not match saved file contents: wrote "test2", read "changed by a proxy".',
      });
      expect(r.check('signed-url-https').status).toBe('skipped');
      expect(r.code).toBe(1);
    } finally {
      tlsStandIn.switches.changedContent = false;
    }
  });

  test('a ca-file that cannot be read or is not PEM is refused before any check runs', async () => {
    const missing = await verify(['--ca-file', 'no-such-ca.crt'], { target: tlsStandIn });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      "error: Cannot read the CA file 'no-such-ca.crt' (input 'ca-file'): ENOENT.",
    );
    expect(missing.report).toBeUndefined();
    writeFileSync(join(work, 'not-a-ca.txt'), 'hello\n');
    const notPem = await verify(['--ca-file', 'not-a-ca.txt'], { target: tlsStandIn });
    expect(notPem.code).toBe(1);
    expect(notPem.stderr).toContain(
      "error: The CA file 'not-a-ca.txt' (input 'ca-file') holds no PEM certificate.",
    );
    expect(tlsStandIn.requests).toEqual([]);
  });

  test('the wandb CLI is handed the CA (REQUESTS_CA_BUNDLE, SSL_CERT_FILE) and passes over https too', async () => {
    const record = join(work, 'record.jsonl');
    const r = await verify(['--ca-file', pki.caCert], {
      target: tlsStandIn,
      fakeCli: true,
      env: { WANDB_STANDIN_RECORD: record },
    });
    // The fake CLI really connects to the https host trusting only REQUESTS_CA_BUNDLE: without the CA it
    // would fail its login (see "the stand-in is honest" below).
    expect(r.check('wandb-cli-artifacts')).toMatchObject({
      status: 'pass',
      message: 'wandb 0.19.1 verify: Checking artifact save and download workflows ✅',
    });
    expect(r.check('wandb-cli-sweeps').status).toBe('pass');
    const calls = readFileSync(record, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { args: string[]; requestsCaBundle?: string; sslCertFile?: string });
    expect(calls[1].args).toEqual(['verify', '--host', tlsStandIn.url]);
    expect(calls[1].requestsCaBundle).toMatch(/ca-bundle\.pem$/);
    expect(calls[1].sslCertFile).toBe(calls[1].requestsCaBundle);
    // The bundle lived in the CLI's temporary directory and is gone.
    expect(existsSync(calls[1].requestsCaBundle as string)).toBe(false);
    const cli = r.check('wandb-cli-artifacts').details?.wandbVerify as {
      otherChecks: Array<{ label: string; status: string }>;
    };
    expect(cli.otherChecks.filter((c) => c.label.startsWith('Checking requests'))).toEqual([
      { label: 'Checking requests to base url', status: 'pass', messages: [] },
      { label: 'Checking requests made over signed URLs', status: 'pass', messages: [] },
    ]);
    expect(r.code).toBe(0);
    expect(r.report.counts).toEqual({ passed: 13, warnings: 0, failed: 0, skipped: 1 });
  });

  test('the stand-in is honest: the fake wandb CLI without the CA fails its login on the certificate', async () => {
    const result = await execute({
      role: 'inherit',
      command: process.execPath,
      args: [fakeCli, 'verify', '--host', tlsStandIn.url],
      env: { PATH: pathWith(false), WANDB_API_KEY: API_KEY },
      cwd: work,
      timeoutMs: 30_000,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Checking if logged in');
    expect(result.stdout).toContain(
      'SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
    );
    expect(result.stdout).not.toContain('Checking artifact save');
  });
});

describe('the stand-in is honest', () => {
  test('s3rver checks the v2 signature: an upload without the signed headers is refused', async () => {
    const { presignV2 } = await import('../../../test-support/wandb-stand-in/presign.js');
    const url = presignV2({
      method: 'PUT',
      endpoint: standIn.s3Endpoint,
      bucket: 'wandb-files',
      key: 'probe/a b.txt',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      headers: { 'Content-Type': 'text/plain' },
    });
    const refused = await fetch(url, { method: 'PUT', body: new Uint8Array([1]) });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('SignatureDoesNotMatch');
    const accepted = await fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect(accepted.status).toBe(200);
  });
});
