/**
 * verify's cluster checks on an operator v2 CR (`apps.wandb.com/v2`), on the tests' v2 plane: a real
 * kube-apiserver with W&B's real v2 CRD (test-support/cluster/operator-v2.ts, with its documented test-only
 * adaptation), the v2 controller stand-in driving the status (generation, Ready, migration, per-store states),
 * the kubelet stand-in for the operator's own Deployment, and the W&B stand-in for the host. One CR goes through
 * what a user meets: Ready (every cluster check passes), a failed migration, a stalled store, a Secret that
 * lacks the key the CR names. Each is read as a user reads it: the report's checks, the log and the exit code.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../src/program.js';
import { KubeletStandIn, usePlane } from '../../test-support/cluster/index.js';
import { V2_CRD, V2OperatorStandIn, installV2Crd } from '../../test-support/cluster/operator-v2.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';

const { plane, namespace } = usePlane({ plane: 'v2' });
const API_KEY = 'local-5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9a8b7c6d';
const CR = 'wandb-verify-v2';
// Values of the Secret the CR references: none of them may show anywhere.
const MYSQL = {
  Host: 'mysql.db.internal',
  Port: '3306',
  Database: 'wandb_local',
  Username: 'wandb',
  Password: 'pw-7c1f0e9a3b5d2e8c',
};
const ingressClass = `nginx-v2-${randomBytes(3).toString('hex')}`;

let standIn: StandIn;
let operator: V2OperatorStandIn;
let kubelet: KubeletStandIn;
let ns: string;
let operatorNs: string;
let work: string;

interface ReportCheck {
  id: string;
  title: string;
  status: string;
  message: string;
  fix?: string;
  details?: Record<string, unknown>;
}

const kubectl = (args: string[], stdin?: string) => plane().kubectl(args, stdin);

function mysqlSecret(data: Record<string, string>): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'mysql-conn', namespace: ns },
    stringData: data,
  });
}

/** Reconciles until the stand-in has nothing left to do for this generation (4 phases). */
async function reconcile(): Promise<void> {
  for (let i = 0; i < 4; i++) await operator.step();
}

async function setVersion(version: string): Promise<void> {
  await kubectl([
    '-n',
    ns,
    'patch',
    V2_CRD,
    CR,
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { wandb: { version } } }),
  ]);
}

beforeAll(async () => {
  const p = plane();
  await installV2Crd(p);
  work = mkdtempSync(join(tmpdir(), 'verify-v2-'));
  standIn = await startWandbStandIn({ apiKey: API_KEY });
  ns = await namespace('verify-v2');
  operatorNs = await namespace('verify-v2-operator');
  // The v2 operator's manager, as kubebuilder labels it, made Ready by the kubelet stand-in.
  kubelet = new KubeletStandIn(p.rest, { namespaces: [operatorNs] }).start();
  await kubectl(
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
  await kubectl([
    '-n',
    operatorNs,
    'rollout',
    'status',
    'deployment/operator-v2-controller-manager',
    '--timeout=90s',
  ]);
  await kubectl(['apply', '-f', '-'], mysqlSecret(MYSQL));
  await kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: ingressClass },
      spec: { controller: 'k8s.io/ingress-nginx' },
    }),
  );
  const ref = (key: string) => ({ name: 'mysql-conn', key });
  await kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'apps.wandb.com/v2',
      kind: 'WeightsAndBiases',
      metadata: { name: CR, namespace: ns },
      spec: {
        size: 'dev',
        retentionPolicy: { onDelete: 'detach' },
        wandb: { hostname: 'https://wandb.example.com', version: '0.81.0', bucketProxy: false, features: {} },
        networking: { mode: 'ingress', ingress: { ingressClassName: ingressClass } },
        mysql: {
          default: {
            externalMysql: {
              host: ref('Host'),
              port: ref('Port'),
              database: ref('Database'),
              username: ref('Username'),
              password: ref('Password'),
            },
          },
        },
        redis: { default: { managedRedis: { storageSize: '1Gi' } } },
        kafka: { managedKafka: { storageSize: '10Gi', replicas: 1 } },
        objectStore: { default: { managedObjectStore: { storageSize: '10Gi', replicas: 1 } } },
        clickhouse: { default: { managedClickhouse: { storageSize: '10Gi', replicas: 1 } } },
      },
    }),
  );
  operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns });
}, 10 * 60_000);

afterAll(async () => {
  await kubelet?.stop();
  await standIn?.close();
  await kubectl(['delete', 'ingressclass', ingressClass, '--ignore-not-found']).catch(() => undefined);
  if (work) rmSync(work, { recursive: true, force: true });
});

async function verify(): Promise<{
  code: number;
  all: string;
  checks: Record<string, ReportCheck>;
  ids: string[];
  reportText: string;
}> {
  const p = plane();
  let all = '';
  const code = await runCli(
    [
      'verify',
      '--host',
      standIn.url,
      '--name',
      CR,
      '--namespace',
      ns,
      '--operator-namespace',
      operatorNs,
      '--use-wandb-cli',
      'false',
      '--retry-seconds',
      '0.3',
    ],
    {
      env: {
        PATH: process.env.PATH,
        HOME: work,
        WANDB_API_KEY: API_KEY,
        KUBECONFIG_CONTENT: p.kubeconfigContent,
        KUBECTL_PATH: p.tools.kubectl,
      },
      cwd: work,
      streams: { stdout: (t) => void (all += t), stderr: (t) => void (all += t) },
    },
  );
  const reportText = readFileSync(join(work, 'wandb-verify-report.json'), 'utf8');
  const report = JSON.parse(reportText) as { checks: ReportCheck[] };
  const cluster = report.checks.filter((c) => (c as unknown as { group: string }).group === 'cluster');
  return {
    code,
    all,
    reportText,
    ids: cluster.map((c) => `${c.id}:${c.status}`),
    checks: Object.fromEntries(report.checks.map((c) => [c.id, c])),
  };
}

function expectNoSecretValue(text: string): void {
  for (const value of Object.values(MYSQL)) if (value.length > 6) expect(text).not.toContain(value);
  expect(text).not.toContain(MYSQL.Password);
}

test('a Ready v2 CR: the v2 checks replace the v1 phase, chart and console checks, and all pass', async () => {
  await reconcile();
  // Before the operator reports any application, and with no workload labelled for the CR: said so, v2's way.
  const early = await verify();
  expect(early.checks['workloads-ready']).toMatchObject({
    status: 'fail',
    message: `No Deployments or StatefulSets labelled app.kubernetes.io/instance=${CR} in namespace ${ns}.`,
  });
  expect(early.checks['workloads-ready'].fix).toContain('The v2 operator reports no applications');
  // What the v2 operator reports of its applications (the stand-in writes only the rollout status).
  await plane().rest.mergePatch(`/apis/apps.wandb.com/v2/namespaces/${ns}/weightsandbiases/${CR}/status`, {
    status: {
      wandb: {
        applications: {
          api: { ready: true, deploymentStatus: { replicas: 1, readyReplicas: 1 } },
          weave: { ready: true, deploymentStatus: { replicas: 1, readyReplicas: 1 } },
        },
      },
    },
  });
  const r = await verify();
  expect(r.ids).toEqual([
    'cluster-reachable:pass',
    'operator-ready:pass',
    'cr-generation:pass',
    'cr-ready:pass',
    'migration:pass',
    'stores:pass',
    'workloads-ready:pass',
    'referenced-secrets:pass',
    'ca-certs-configmap:skipped', // the CR sets no caCertsConfigMap
    'ingress-class:pass',
    'host-answers:pass',
  ]);
  expect(r.checks['cr-ready'].message).toBe(
    `WeightsAndBiases '${CR}' is Ready for generation 1 (Ready: W&B 0.81.0 is ready).`,
  );
  expect(r.checks.migration.message).toBe(
    'The database is migrated to 0.81.0 (phase Succeeded, reason Completed).',
  );
  expect(r.checks.stores.message).toBe(
    'MySQL default: Ready, Redis default: Ready, Kafka: Ready, object store default: Ready, ClickHouse default: Ready.',
  );
  expect(r.checks['referenced-secrets'].message).toBe('All 5 referenced objects exist with the named keys.');
  expect(r.checks['workloads-ready'].message).toBe(
    `All 2 applications WeightsAndBiases '${CR}' reports (status.wandb.applications) are ready.`,
  );
  expect(r.checks['ingress-class'].message).toBe(
    `IngressClass '${ingressClass}' (spec.networking.ingress.ingressClassName) exists.`,
  );
  expect(r.all).toContain('PASS WeightsAndBiases v2 CR is Ready');
  // W&B's browser smoke test runs on v2 as on v1.
  expect(r.checks['browser-download'].status).toBe('pass');
  expect(r.checks['browser-cors'].status).toBe('pass');
  expect(r.code).toBe(0);
  expectNoSecretValue(r.all + r.reportText);
});

test('a failed migration fails the migration and Ready checks, naming the reason and the Job', async () => {
  operator.failMigration = true;
  await setVersion('0.82.0');
  await reconcile();
  const r = await verify();
  expect(r.code).toBe(1);
  expect(r.checks.migration.status).toBe('fail');
  expect(r.checks.migration.message).toBe(
    `The database migration to 0.82.0 failed (phase Failed, reason MigrationJobFailed). Job ${CR}-migrate-0-82-0: BackoffLimitExceeded (Job has reached the specified backoff limit). The database was last migrated to 0.81.0.`,
  );
  expect(r.checks.migration.fix).toContain(`kubectl -n ${ns} logs job/${CR}-migrate-0-82-0`);
  expect(r.checks['cr-ready']).toMatchObject({
    status: 'fail',
    message: `WeightsAndBiases '${CR}' is not Ready (Ready=False, MigrationFailed: the migration to 0.82.0 failed).`,
  });
  // The stores are fine and still say so.
  expect(r.checks.stores.status).toBe('pass');
  expect(r.all).toContain('FAIL Database migration for spec.wandb.version is done');
});

test('a stalled store fails the stores check, naming the store and its state', async () => {
  operator.failMigration = false;
  operator.stall = 'clickhouse';
  await setVersion('0.82.1');
  await reconcile();
  const r = await verify();
  expect(r.code).toBe(1);
  expect(r.checks.stores).toMatchObject({
    status: 'fail',
    message:
      'Not ready: ClickHouse default is Provisioning (clickhouse is provisioning). Ready: MySQL default: Ready, Redis default: Ready, Kafka: Ready, object store default: Ready.',
  });
  expect(r.checks.stores.fix).toContain(`kubectl -n ${ns} describe weightsandbiases ${CR}`);
  expect(r.checks['cr-ready'].message).toBe(
    `WeightsAndBiases '${CR}' is not Ready (Ready=False, InfrastructureNotReady: clickhouse is not ready).`,
  );
  expect(r.checks.migration.message).toBe(
    'The database migration to 0.82.1 is not done (phase Pending, reason WaitingForInfrastructure).',
  );
});

test('a referenced Secret without the key the CR names fails, and no Secret value is printed', async () => {
  operator.stall = undefined;
  await reconcile();
  const { Password: _dropped, ...rest } = MYSQL;
  await kubectl(['-n', ns, 'delete', 'secret', 'mysql-conn']);
  await kubectl(['apply', '-f', '-'], mysqlSecret(rest));
  const r = await verify();
  expect(r.code).toBe(1);
  expect(r.checks['referenced-secrets']).toMatchObject({
    status: 'fail',
    message:
      "Secret 'mysql-conn' (mysql.default.externalMysql.password) has no key 'Password' (it has: Database, Host, Port, Username).",
  });
  expect(r.checks['referenced-secrets'].fix).toContain(`kubectl -n ${ns} create secret generic`);
  expect(r.checks.stores.status).toBe('pass');
  expectNoSecretValue(r.all + r.reportText);
});
