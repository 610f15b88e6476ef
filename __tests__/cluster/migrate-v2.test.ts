import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { TEST_HOST } from '../../test-support/cluster/real-charts.js';
import { KubeletStandIn } from '../../test-support/cluster/index.js';
import { usePlane, type Plane } from '../../test-support/cluster/plane.js';
import { V2OperatorStandIn, installV2Crd } from '../../test-support/cluster/operator-v2.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';

/**
 * `migrate --to v2` on the v2 loopback plane: W&B's real v2 CRD (adapted for the 1.20 API server, see
 * test-support/cluster/operator-v2.ts), which serves v1 too, with free-form chart and values.
 *
 * TEST-SIDE CHOICE (found empirically on this plane, 2026-12-06): the CRD stores v2 and there is no conversion
 * webhook here (strategy None), so a v1 CR created here is pruned to the v2 schema on the way into etcd: read
 * back as v1 (or v2) its spec is `{}`, chart and values are lost. On a real cluster the webhook converts it, and
 * it reads the values of `<cr>-spec-active` first. So the test creates the v1 CR as the real-charts tests write
 * one (host, license, pinned tag; here with an external MySQL and bucket keys inline too) AND its
 * `<cr>-spec-active` Secret as the v1 operator writes it after a reconcile (keys chart, values, metadata as
 * JSON; owned by the CR; the values being the CR's coalesced with the release channel's), and migrate relies on
 * that Secret, as the webhook would.
 * The V2OperatorStandIn drives the v2 status (generation, Ready, migration, stores); `reportApplications` adds
 * what the v2 operator also reports and the stand-in does not write (its applications, status.wandb.applications),
 * which verify reads; the operator's manager Deployment is made Ready by the
 * kubelet stand-in; the W&B stand-in answers verify.
 */
const { plane, namespace } = usePlane({ plane: 'v2' });

const LICENSE = 'lic-migrate-v2-7c6b5a4f3e2d1c0b';
const MYSQL_PASSWORD = 'mysql-pw-migrate-v2-1a2b3c4d5e';
const ACCESS_KEY = 'AKIAMIGRATEV2EXAMPLE';
const SECRET_KEY = 'secret-key-migrate-v2-9z8y7x6w5v';
const SECRETS = [LICENSE, MYSQL_PASSWORD, ACCESS_KEY, SECRET_KEY];
const API_KEY = 'local-8f7e6d5c4b3a29180f7e6d5c4b3a291807f6e5d4';
const CR_NAME = 'wandb-v1';

let ns: string;
let operatorNs: string;
let kubelet: KubeletStandIn;
/** The files migrate writes (all checked for secrets); `logs` keeps what each run printed, for a failed run. */
let dir: string;
let logs: string;
/** RUNNER_TEMP of the runs: where the Secrets' file goes under Actions. */
let runnerTemp: string;
let operator: V2OperatorStandIn;
let wandbServer: StandIn;

/** The v1 CR's values as the real-charts tests write them, with an external MySQL and a bucket's keys inline. */
const V1_VALUES = {
  global: {
    host: TEST_HOST,
    license: LICENSE,
    mysql: {
      host: 'mysql.example.internal',
      port: 3306,
      database: 'wandb_local',
      user: 'wandb',
      password: MYSQL_PASSWORD,
    },
    bucket: {
      provider: 's3',
      name: 'wandb-files',
      region: 'eu-west-1',
      accessKey: ACCESS_KEY,
      secretKey: SECRET_KEY,
    },
  },
  app: { image: { tag: '0.74.1' } },
};
/** What the v1 operator last applied: the CR's values coalesced with the release channel's (real-charts'). */
const ACTIVE_VALUES = {
  ...V1_VALUES,
  global: { ...V1_VALUES.global, size: 'small' },
  app: { image: { repository: 'wandb/local', tag: '0.74.1' } },
};
const CHART = { url: 'http://127.0.0.1:1/charts', name: 'operator-wandb', version: '0.43.8' };

function everything(run: CliRun): string {
  const shown = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  return shown(run.stdout) + run.stderr + run.summary + run.outputs;
}

function expectNoSecrets(text: string): void {
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString('base64'));
  }
}

/**
 * What the v2 operator reports of its applications (status.wandb.applications) once it reconciles the v2 spec:
 * the v2 stand-in writes the rollout status only and creates no workloads, so they are reported ready. Runs
 * until `stop()`.
 */
function reportApplications(p: Plane): { stop: () => Promise<void> } {
  let running = true;
  const path = `/apis/apps.wandb.com/v2/namespaces/${ns}/weightsandbiases/${CR_NAME}`;
  const loop = (async () => {
    while (running) {
      const cr = await p.rest.get<{
        metadata: { generation: number };
        spec?: { wandb?: unknown };
        status?: { observedGeneration?: number; wandb?: { applications?: { api?: unknown } } };
      }>(path);
      // Once it reconciles the v2 spec (the stand-in creates no workloads: they are reported ready).
      const seen =
        cr.body?.spec?.wandb !== undefined &&
        cr.body?.status?.observedGeneration === cr.body?.metadata.generation;
      if (seen && !cr.body?.status?.wandb?.applications?.api) {
        await p.rest.mergePatch(`${path}/status`, {
          status: {
            wandb: {
              applications: { api: { ready: true, deploymentStatus: { replicas: 1, readyReplicas: 1 } } },
            },
          },
        });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** migrate --to v2 with confirm and what verify needs; what it printed is kept in `logs/<name>.log`. */
async function confirm(p: Plane, name: string, extra: string[] = []): Promise<CliRun> {
  const applications = reportApplications(p);
  const run = await migrate(
    p,
    [
      '--confirm',
      '--host',
      wandbServer.url,
      '--operator-namespace',
      operatorNs,
      '--verify-report-path',
      join(dir, 'verify-report.json'),
      ...extra,
    ],
    { WANDB_API_KEY: API_KEY },
  ).finally(() => applications.stop());
  writeFileSync(join(logs, `${name}.log`), `${run.stdout}${run.stderr}\n${run.summary}`);
  return run;
}

function migrate(p: Plane, extra: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return cli(
    [
      'migrate',
      '--to',
      'v2',
      '--name',
      CR_NAME,
      '--cr-namespace',
      ns,
      '--output',
      join(dir, 'wandb-v2.yaml'),
      '--kubectl-path',
      p.tools.kubectl,
      '--poll-interval',
      '0.5',
      '--timeout',
      '120',
      ...extra,
    ],
    { github: true, env: { KUBECONFIG_CONTENT: p.kubeconfigContent, RUNNER_TEMP: runnerTemp, ...env } },
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- kubectl JSON, read field by field
async function getJson(p: Plane, args: string[]): Promise<Record<string, any> | undefined> {
  try {
    return JSON.parse(await p.kubectl([...args, '-o', 'json']));
  } catch {
    return undefined;
  }
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'migrate-v2-'));
  logs = mkdtempSync(join(tmpdir(), 'migrate-v2-logs-'));
  runnerTemp = mkdtempSync(join(tmpdir(), 'migrate-v2-runner-temp-'));
  await installV2Crd(p);
  ns = await namespace('migrate-v2');
  operatorNs = await namespace('migrate-v2-operator');
  // The v2 operator's manager, as kubebuilder labels it (verify looks for it), made Ready by the kubelet stand-in.
  kubelet = new KubeletStandIn(p.rest, { namespaces: [operatorNs] }).start();
  await p.kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'operator-v2-controller-manager',
        namespace: operatorNs,
        labels: { 'control-plane': 'controller-manager' },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { 'control-plane': 'controller-manager' } },
        template: {
          metadata: { labels: { 'control-plane': 'controller-manager' } },
          spec: { containers: [{ name: 'manager', image: 'wandb/operator:2.0.0-beta.6' }] },
        },
      },
    }),
  );
  wandbServer = await startWandbStandIn({ apiKey: API_KEY });
  // The v1 CR, as a user applied it before the v2 operator came (its body does not survive here: see the top).
  await p.kubectl(
    ['create', '-f', '-'],
    JSON.stringify({
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: CR_NAME, namespace: ns },
      spec: { chart: CHART, values: V1_VALUES },
    }),
  );
  const live = await getJson(p, ['get', 'weightsandbiases.v1.apps.wandb.com', CR_NAME, '-n', ns]);
  // The v1 operator's Secret after its last reconcile.
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
  await p.kubectl(
    ['create', '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: `${CR_NAME}-spec-active`,
        namespace: ns,
        ownerReferences: [
          {
            apiVersion: 'apps.wandb.com/v1',
            kind: 'WeightsAndBiases',
            name: CR_NAME,
            uid: live?.metadata.uid,
          },
        ],
      },
      type: 'Opaque',
      data: {
        chart: b64(CHART),
        values: b64(ACTIVE_VALUES),
        metadata: b64({ generation: 1, appliedAt: '2026-12-01T10:00:00Z' }),
      },
    }),
  );
}, 10 * 60_000);

afterAll(async () => {
  await operator?.stop();
  await kubelet?.stop();
  await wandbServer?.close();
});

describe('migrate --to v2 on the v2 plane', () => {
  it('the plane loses a v1 body (no webhook): what the test relies on instead is the spec-active Secret', async () => {
    const live = await getJson(plane(), ['get', 'weightsandbiases.v1.apps.wandb.com', CR_NAME, '-n', ns]);
    expect(live?.spec).toEqual({});
  });

  it('dry run: writes the v2 CR, and the Secrets out of the checkout (RUNNER_TEMP), prints no secret, changes nothing', async () => {
    const p = plane();
    const run = await migrate(p);
    writeFileSync(join(logs, 'dry-run.log'), `${run.stdout}${run.stderr}\n${run.summary}`);
    expect(run.code).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.result).toBe('planned');
    expect(outputs['values-source']).toBe('spec-active');
    expect(outputs['wandb-version']).toBe('0.74.1');
    expect(outputs['cr-path']).toBe(join(dir, 'wandb-v2.yaml'));
    // Under Actions the Secrets' file goes to a private directory under RUNNER_TEMP, never beside the CR.
    expect(dirname(dirname(outputs['secrets-path']))).toBe(runnerTemp);
    expect(outputs['secrets-path']).toMatch(/\/wandb-v2\.secrets\.yaml$/);
    expect(statSync(dirname(outputs['secrets-path'])).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).filter((f) => f.includes('secrets'))).toEqual([]);
    expect(run.stdout).toContain(
      `to ${outputs['secrets-path']} (mode 0600, in a private temporary directory: under GitHub Actions`,
    );
    expect(outputs['moved-secrets'].split('\n')).toContain(
      'global.mysql.password -> wandb-v1-v2-mysql/Password',
    );
    expect(outputs['unmapped-keys'].split('\n')).toEqual(['app.image.repository']);
    expect(run.stdout).toContain(
      `Reading weightsandbiases/${CR_NAME} (namespace ${ns}) as apps.wandb.com/v1`,
    );
    expect(run.stdout).toMatch(
      /::warning[^:]*::1 v1 value was not carried over; review each:%0A {2}app\.image\.repository: /,
    );
    expect(run.stdout).toContain(
      'global.mysql.password -> spec.mysql.default.externalMysql.password (moved into Secret wandb-v1-v2-mysql, key Password)',
    );
    expect(run.stdout).toContain('The live CR returned no spec.values');
    expect(run.summary).toContain('### migrate to operator v2');
    expect(run.summary).toContain(
      '| `global.license` | `spec.wandb.legacyOverrides.global.env (LICENSE)` | Secret `wandb-v1-v2-license`, key `license` |',
    );
    expect(run.stdout).toContain('Dry run: wrote');

    // The CR: v2, pinned, detached, stores under `default`, secrets referenced; no secret in it or its annotations.
    const text = readFileSync(outputs['cr-path'], 'utf8');
    expectNoSecrets(text);
    // The header names the Secrets' file by name only: a rerun writes the same bytes.
    expect(text).toContain(
      "(manifests in wandb-v2.secrets.yaml, at the path migrate's secrets-path output gives, mode 0600",
    );
    expect(text).not.toContain(runnerTemp);
    const cr = parseYaml(text);
    expect(cr.apiVersion).toBe('apps.wandb.com/v2');
    expect(cr.spec.wandb.version).toBe('0.74.1');
    expect(cr.spec.retentionPolicy).toEqual({ onDelete: 'detach' });
    expect(cr.spec.mysql.default.externalMysql.password).toEqual({
      name: 'wandb-v1-v2-mysql',
      key: 'Password',
    });
    expect(JSON.parse(cr.metadata.annotations['legacy.operator.wandb.com/v1-values']).global.license).toEqual(
      {
        valueFrom: { secretKeyRef: { name: 'wandb-v1-v2-license', key: 'license' } },
      },
    );
    // The Secrets file holds them, for the cluster only: 0600.
    const secretsFile = outputs['secrets-path'];
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    const secrets = parseAllDocuments(readFileSync(secretsFile, 'utf8')).map((d) => d.toJSON());
    expect(secrets.find((s) => s.metadata.name === 'wandb-v1-v2-mysql').stringData.Password).toBe(
      MYSQL_PASSWORD,
    );
    expectNoSecrets(everything(run));

    // validate agrees with it, as a user would check the file before committing it.
    const validated = await cli(['validate', '--config', outputs['cr-path']], { env: {} });
    expect(validated.stderr + validated.stdout).not.toMatch(/error/i);
    expect(validated.code).toBe(0);

    // Nothing in the cluster changed.
    expect(await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns])).toBeUndefined();
    expect(
      (await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]))?.spec,
    ).toEqual({});
  });

  it('on the CLI in a git work tree the Secrets go to a private temp directory, beside the CR only where git ignores them', async () => {
    const p = plane();
    const repo = mkdtempSync(join(tmpdir(), 'migrate-v2-repo-'));
    execFileSync('git', ['init', '-q', repo]);
    const output = join(repo, 'deploy', 'wandb-v2.yaml');
    const beside = join(repo, 'deploy', 'wandb-v2.secrets.yaml');
    const dryRun = () =>
      cli(
        [
          'migrate',
          '--to',
          'v2',
          '--name',
          CR_NAME,
          '--cr-namespace',
          ns,
          '--output',
          output,
          '--kubectl-path',
          p.tools.kubectl,
        ],
        { env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
      );
    const wrote =
      /Wrote 3 Secret manifests to (\S+) \(mode 0600(, in a private temporary directory)?: ([^;]+);/;

    const run = await dryRun();
    expect(run.code).toBe(0);
    const [, path, temp, why] = wrote.exec(run.stdout + run.stderr) ?? [];
    expect(temp).toBeDefined();
    expect(why).toBe(
      `${join(repo, 'deploy')} is in a git work tree that does not ignore wandb-v2.secrets.yaml, so not beside the CR`,
    );
    expect(path.startsWith(repo)).toBe(false);
    // One private directory per CR, reused: a rerun overwrites the file instead of leaving another copy.
    const perCr = join(tmpdir(), `wandb-migrate-v2-${ns}-${CR_NAME}`);
    expect(path).toBe(join(perCr, 'wandb-v2.secrets.yaml'));
    expect(run.stdout + run.stderr).toContain(
      'It stays until you delete it (a rerun for this CR overwrites it; a confirm that succeeds deletes it).',
    );
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain(MYSQL_PASSWORD);
    expect(existsSync(beside)).toBe(false);
    // A file made looser by hand is replaced by a new 0600 one, never written through its old mode.
    chmodSync(path, 0o644);
    const again = await dryRun();
    expect(again.code).toBe(0);
    expect(wrote.exec(again.stdout + again.stderr)?.[1]).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    rmSync(perCr, { recursive: true, force: true });
    expect(
      execFileSync('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=all'], {
        encoding: 'utf8',
      }),
    ).toBe('?? deploy/wandb-v2.yaml\n');

    // Where git ignores it, it goes beside the CR, where a reviewer finds it.
    writeFileSync(join(repo, '.gitignore'), '*.secrets.yaml\n');
    const ignored = await dryRun();
    expect(ignored.code).toBe(0);
    const [, besidePath, besideTemp, besideWhy] = wrote.exec(ignored.stdout + ignored.stderr) ?? [];
    expect(besidePath).toBe(beside);
    expect(besideTemp).toBeUndefined();
    expect(besideWhy).toBe('beside the CR, where git ignores it');
    expect(statSync(beside).mode & 0o777).toBe(0o600);
    expectNoSecrets(everything(run) + everything(ignored));
  });

  it('confirm without an api-key is refused before the cluster: verify must be able to pass', async () => {
    const p = plane();
    const run = await migrate(p, ['--confirm']);
    expect(run.code).toBe(1);
    expect(parseOutputs(run.outputs).result).toBe('refused');
    expect(run.stdout).toContain(
      'Nothing in the cluster was changed: verify must pass before the migration to v2 counts as done',
    );
    expect(run.stdout).toContain('fix: Give api-key');
    expect(await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns])).toBeUndefined();
    expectNoSecrets(everything(run));
  });

  it('a reviewed Secrets file with a YAML mistake is refused before the cluster, by file, line and column, never by value', async () => {
    const p = plane();
    const reviewedValue = 'reviewed-pw-3c2b1a0f9e';
    // In `dir`, whose other files are all checked for secrets: the name ends in .secrets.yaml, as theirs may not.
    const secretsFile = join(dir, 'reviewed-wandb-v2.secrets.yaml');
    // `password: x: y` is a nested mapping YAML refuses; parsed loosely it would be applied as [object Object].
    writeFileSync(
      secretsFile,
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: wandb-v1-v2-mysql\ntype: Opaque\nstringData:\n  password: ${reviewedValue}: oops\n`,
      { mode: 0o600 },
    );
    const run = await confirm(p, 'reviewed-secrets-yaml', ['--secrets-output', secretsFile]);
    expect(run.code).toBe(1);
    expect(parseOutputs(run.outputs).result).toBe('refused');
    expect(run.stdout + run.stderr).toContain(
      `${secretsFile}:7:13: the YAML does not parse: a value holds an unquoted ': ' (quote the value); the Secrets' file is not applied (its values are not shown here). Nothing in the cluster was changed.`,
    );
    expect(everything(run)).not.toContain(reviewedValue);
    expect(await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns])).toBeUndefined();
    expect(readFileSync(secretsFile, 'utf8')).toContain(`${reviewedValue}: oops`);
    expectNoSecrets(everything(run));
  });

  it('a Secrets apply that stops midway (a ResourceQuota) names the Secrets that exist and says the CR was not applied', async () => {
    const p = plane();
    // Room for one more Secret: each passes the dry run alone, the second of the real apply is refused.
    const quota = `/api/v1/namespaces/${ns}/resourcequotas/migrate-v2-secrets`;
    await p.kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ResourceQuota',
        metadata: { name: 'migrate-v2-secrets', namespace: ns },
        spec: { hard: { secrets: '1000' } },
      }),
    );
    const used = async (): Promise<number | undefined> => {
      const q = await p.rest.get<{ status?: { used?: { secrets?: string }; hard?: { secrets?: string } } }>(
        quota,
      );
      return q.body?.status?.used?.secrets === undefined ? undefined : Number(q.body.status.used.secrets);
    };
    let count: number | undefined;
    for (let i = 0; i < 120 && (count = await used()) === undefined; i++)
      await new Promise((r) => setTimeout(r, 250));
    expect(count).toBeDefined();
    await p.kubectl([
      'patch',
      'resourcequota',
      'migrate-v2-secrets',
      '-n',
      ns,
      '--type=merge',
      '-p',
      JSON.stringify({ spec: { hard: { secrets: String(count! + 1) } } }),
    ]);
    for (let i = 0; i < 120; i++) {
      const q = await p.rest.get<{ status?: { hard?: { secrets?: string } } }>(quota);
      if (q.body?.status?.hard?.secrets === String(count! + 1)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    try {
      const run = await confirm(p, 'partial-secrets');
      expect(run.code).toBe(1);
      expect(parseOutputs(run.outputs).result).toBe('failed');
      expect(run.stdout).toContain('exceeded quota');
      const names = ['wandb-v1-v2-license', 'wandb-v1-v2-mysql', 'wandb-v1-v2-bucket'];
      const existing: string[] = [];
      for (const name of names) if (await getJson(p, ['get', 'secret', name, '-n', ns])) existing.push(name);
      expect(existing).toHaveLength(1);
      // The state: which Secrets exist now, and that the CR was not applied.
      expect(run.stdout).toContain(`State: the Secret ${existing[0]} exists now, `);
      expect(run.stdout).toContain('the v2 CR was not applied');
      expect(run.summary).toMatch(
        /applying the Secrets wandb-v1-v2-[a-z]+, .*\(some may exist from here on\)/,
      );
      expect(run.stdout).not.toContain('== 4/4');
      expect(
        (await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]))?.spec,
      ).toEqual({});
      expectNoSecrets(everything(run));
    } finally {
      await p.kubectl(['delete', 'resourcequota', 'migrate-v2-secrets', '-n', ns]);
    }
  });

  it('a CR apply-cr would refuse (no right to list the migration Jobs) writes nothing: no Secret, no CR', async () => {
    const p = plane();
    // An identity with every right migrate and the Secrets need, and none on jobs.batch (a Role written for v1).
    const sa = 'migrate-v2-no-jobs';
    await p.kubectl(['-n', ns, 'create', 'serviceaccount', sa]);
    await p.kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'Role',
        metadata: { name: sa, namespace: ns },
        rules: [
          {
            apiGroups: ['apps.wandb.com'],
            resources: ['weightsandbiases'],
            verbs: ['get', 'list', 'watch', 'create', 'patch', 'update'],
          },
          { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'create', 'patch', 'update'] },
          {
            apiGroups: ['coordination.k8s.io'],
            resources: ['leases'],
            verbs: ['get', 'create', 'update', 'patch', 'delete'],
          },
        ],
      }),
    );
    await p.kubectl(['-n', ns, 'create', 'rolebinding', sa, `--role=${sa}`, `--serviceaccount=${ns}:${sa}`]);
    const token = (await p.kubectl(['-n', ns, 'create', 'token', sa, '--duration=10m'])).trim();
    const ca = /certificate-authority-data: (\S+)/.exec(p.kubeconfigContent)?.[1];
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: '${p.apiServer}', certificate-authority-data: ${ca}}}]`,
      `users: [{name: u, user: {token: ${token}}}]`,
      `contexts: [{name: x, context: {cluster: c, user: u, namespace: ${ns}}}]`,
      'current-context: x',
      '',
    ].join('\n');
    // Secrets left by the test before are gone: what this run creates is seen.
    await p.kubectl([
      'delete',
      'secret',
      '-n',
      ns,
      '--ignore-not-found',
      'wandb-v1-v2-license',
      'wandb-v1-v2-mysql',
      'wandb-v1-v2-bucket',
    ]);
    const run = await migrate(
      p,
      [
        '--confirm',
        '--host',
        wandbServer.url,
        '--operator-namespace',
        operatorNs,
        '--verify-report-path',
        join(dir, 'verify-report.json'),
      ],
      { WANDB_API_KEY: API_KEY, KUBECONFIG_CONTENT: kubeconfig },
    );
    writeFileSync(join(logs, 'apply-cr-refuses.log'), `${run.stdout}${run.stderr}\n${run.summary}`);
    expect(run.code).toBe(1);
    expect(parseOutputs(run.outputs).result).toBe('refused');
    expect(run.stdout).toContain('== 2/4 Check');
    expect(run.stdout).toContain('says no to list jobs.batch');
    expect(run.stdout).toContain(
      `apply-cr would not apply weightsandbiases/${CR_NAME} (namespace ${ns}) (its log above says why). Nothing in the cluster was changed: no Secret was created and the CR is as it was.`,
    );
    expect(run.stdout).not.toContain('== 3/4');
    expect(run.stdout).not.toContain('stays applied');
    for (const name of ['wandb-v1-v2-license', 'wandb-v1-v2-mysql', 'wandb-v1-v2-bucket'])
      expect(await getJson(p, ['get', 'secret', name, '-n', ns])).toBeUndefined();
    expect(
      (await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]))?.spec,
    ).toEqual({});
    expectNoSecrets(everything(run));
    expect(everything(run)).not.toContain(token);
  });

  it('a failed migration: the cutover stops at its gate, says so and what it left; nothing is reported done', async () => {
    const p = plane();
    operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns, intervalMs: 300 }).start();
    operator.failMigration = true;
    try {
      const run = await confirm(p, 'failed');
      expect(run.code).toBe(1);
      const outputs = parseOutputs(run.outputs);
      expect(outputs.result).toBe('failed');
      expect(outputs.verify).toBeUndefined();
      // apply-cr's own words on the gate that failed, then migrate's on the state it leaves.
      expect(run.stdout).toContain('The migration to 0.74.1 failed (phase Failed, MigrationJobFailed)');
      expect(run.stdout).toContain(
        `weightsandbiases/${CR_NAME} (namespace ${ns}) did not pass the cutover gates (apply-cr's log above says which).`,
      );
      // The state as it is: the CR applied, where to look, and no promise that a rerun retries the migration.
      expect(run.stdout).toContain('State: the v2 CR is applied and stays applied (not rolled back');
      expect(run.stdout).toContain(`kubectl describe weightsandbiases.apps.wandb.com ${CR_NAME} -n ${ns}`);
      expect(run.stdout).toContain(`kubectl logs -n ${ns} job/<name>`);
      expect(run.stdout).toContain(
        'running again with the same file does not by itself make the operator retry',
      );
      expect(run.stdout).not.toContain('a rerun checks the rollout and goes on to verify');
      expect(run.stdout).toMatch(
        /The Secrets' file \S+\/wandb-v2\.secrets\.yaml is kept \(mode 0600\): never commit it/,
      );
      expect(run.summary).toContain('#### Cutover');
      expect(run.stdout).not.toContain('Migrated:');
      expect(run.stdout).not.toContain('== Verify');
      expectNoSecrets(everything(run));
    } finally {
      // The cause is fixed; the operator's next pass succeeds.
      operator.failMigration = false;
    }
  });

  it('confirm: applies the Secrets and the v2 CR, waits through the cutover gates, verifies', async () => {
    const p = plane();
    // As an earlier version of this step (or a user from the file) did: a client-side apply of a Secret, which
    // leaves its values in the last-applied annotation. After confirm it is gone (this kubectl's server-side apply
    // takes it off itself; the step removes one an older kubectl leaves).
    const earlier = await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns]);
    await p.kubectl(
      ['apply', '-n', ns, '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'wandb-v1-v2-mysql', namespace: ns },
        type: earlier?.type,
        data: earlier?.data,
      }),
    );
    const annotated = await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns]);
    expect(annotated?.metadata.annotations['kubectl.kubernetes.io/last-applied-configuration']).toContain(
      Buffer.from(MYSQL_PASSWORD).toString('base64'),
    );
    const run = await confirm(p, 'confirm');
    expect(run.stdout).toContain(`Using the reviewed weightsandbiases/${CR_NAME} (namespace ${ns})`);
    expect(run.stdout).toContain('== 4/4 Apply');
    expect(run.code).toBe(0);
    const outputs = parseOutputs(run.outputs);
    expect(outputs.result).toBe('migrated');
    expect(outputs.verify).toBe('passed');
    expect(run.stdout).toContain(
      `Migrated: weightsandbiases/${CR_NAME} (namespace ${ns}) runs as apps.wandb.com/v2 (version 0.74.1)`,
    );
    expect(run.summary).toContain('#### Cutover');

    const live = await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]);
    expect(live?.spec.wandb.version).toBe('0.74.1');
    expect(live?.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'Ready',
        status: 'True',
        observedGeneration: live?.metadata.generation,
      }),
    );
    const mysql = await getJson(p, ['get', 'secret', 'wandb-v1-v2-mysql', '-n', ns]);
    expect(Buffer.from(mysql?.data.Password, 'base64').toString()).toBe(MYSQL_PASSWORD);
    // Applied server-side: no last-applied annotation, and no value in any annotation or managedFields (which
    // name the keys only).
    for (const name of ['wandb-v1-v2-license', 'wandb-v1-v2-mysql', 'wandb-v1-v2-bucket']) {
      const secret = JSON.parse(
        await p.kubectl(['get', 'secret', name, '-n', ns, '-o', 'json', '--show-managed-fields']),
      );
      expect(
        secret?.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'],
      ).toBeUndefined();
      expect(secret?.metadata.managedFields.map((f: { manager: string }) => f.manager)).toContain(
        'wandb-operator-actions',
      );
      expectNoSecrets(JSON.stringify(secret?.metadata.annotations ?? {}));
      expectNoSecrets(JSON.stringify(secret?.metadata.managedFields ?? []));
    }
    // The Secrets' file this run made in a temporary directory is gone with its directory.
    expect(existsSync(dirname(outputs['secrets-path']))).toBe(false);
    expect(run.stdout).toContain(`Deleted ${outputs['secrets-path']}`);

    expect(everything(run)).not.toContain(API_KEY);
    expectNoSecrets(everything(run));
    for (const file of readdirSync(dir).filter((f) => !f.endsWith('.secrets.yaml'))) {
      expectNoSecrets(readFileSync(join(dir, file), 'utf8'));
    }
  });

  it('a rerun is idempotent: the same CR and Secrets, no new generation, migrated again', async () => {
    const p = plane();
    const before = await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]);
    const secretNames = ['wandb-v1-v2-license', 'wandb-v1-v2-mysql', 'wandb-v1-v2-bucket'];
    const versions = async () =>
      Promise.all(
        secretNames.map(
          async (name) => (await getJson(p, ['get', 'secret', name, '-n', ns]))?.metadata.resourceVersion,
        ),
      );
    const secretsBefore = await versions();
    expect(secretsBefore.every(Boolean)).toBe(true);
    // This time the Secrets' file goes where the user says: it is theirs, so it stays, and the run says so.
    const secretsFile = join(dir, 'private', 'wandb-v2.secrets.yaml');
    const run = await confirm(p, 'rerun', ['--secrets-output', secretsFile]);
    expect(run.code).toBe(0);
    expect(parseOutputs(run.outputs).result).toBe('migrated');
    expect(parseOutputs(run.outputs)['secrets-path']).toBe(secretsFile);
    expect(statSync(secretsFile).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain(`file=${secretsFile},line=1`);
    expect(run.stdout).toContain(
      `${secretsFile} stays: it holds the Secrets' values in plaintext (mode 0600). Never commit it`,
    );
    const after = await getJson(p, ['get', 'weightsandbiases.v2.apps.wandb.com', CR_NAME, '-n', ns]);
    expect(after?.metadata.generation).toBe(before?.metadata.generation);
    expect(await versions()).toEqual(secretsBefore);
    expect(run.stdout).toContain('is already applied as this v2 CR');
    expectNoSecrets(everything(run));
  });
});
