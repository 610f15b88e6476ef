/**
 * verify's cluster checks on the loopback control plane (a real kube-apiserver + controller-manager), with the
 * kubelet and operator stand-ins from test-support/cluster and the W&B stand-in for the host. W&B's real
 * operator chart 1.4.8 is installed as a user's install-operator leaves it, and the operator stand-in installs
 * W&B's real operator-wandb 0.43.8 (from the loopback chart repository that `spec.chart` names), so the
 * workloads, the console Service and the controller Deployment verify looks at are the charts' own. First a
 * healthy install where every cluster check passes, then the four breakages a user hits, each reported with its
 * fix: a missing referenced Secret, a CA ConfigMap key without .crt, an ingress class that does not exist, and a
 * CR stuck in Loading.
 */
import { join } from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../src/program.js';
import {
  TEST_HOST,
  startChartRepo,
  startOperatorStack,
  usePlane,
  type ChartRepo,
  type KubeletStandIn,
  type OperatorStandIn,
} from '../../test-support/cluster/index.js';
import { startWandbStandIn, type StandIn } from '../../test-support/wandb-stand-in/server.js';

const { plane, namespace } = usePlane();
const API_KEY = 'local-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';

/** This file's own CR name: the chart names cluster-wide objects (`<cr>-console` ClusterRole...) after it. */
const CR = 'wandb-verify';

let standIn: StandIn;
let repo: ChartRepo;
let controller: string;
let kubelet: KubeletStandIn;
let operator: OperatorStandIn;
let ns: string;
let operatorNs: string;
let work: string;
const ingressClass = `nginx-${randomBytes(3).toString('hex')}`;

interface ReportCheck {
  id: string;
  status: string;
  message: string;
  fix?: string;
}

async function kubectl(args: string[], stdin?: string): Promise<string> {
  return plane().kubectl(args, stdin);
}

function secret(name: string, data: Record<string, string>): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name, namespace: ns },
    stringData: data,
  });
}

beforeAll(async () => {
  const p = plane();
  work = mkdtempSync(join(tmpdir(), 'verify-cluster-'));
  standIn = await startWandbStandIn({ apiKey: API_KEY });
  repo = await startChartRepo({ helm: p.tools.helm, versions: [], appVersions: ['0.43.8'] });
  ns = await namespace('verify');
  operatorNs = await namespace('verify-operator');
  // W&B's operator chart as a user installs it (its CRD, and the Deployment `<name>-controller-manager` labelled
  // control-plane=controller-manager), and the controller and kubelet stand-ins.
  let operatorName: string;
  ({ operator, kubelet, operatorName } = await startOperatorStack(p, {
    namespace: ns,
    operatorNamespace: operatorNs,
  }));
  controller = `${operatorName}-controller-manager`;

  await kubectl(['apply', '-f', '-'], secret('wandb-license', { license: 'lic' }));
  await kubectl(['apply', '-f', '-'], secret('bucket-creds', { ACCESS_KEY: 'a', SECRET_KEY: 'b' }));
  await kubectl(['apply', '-f', '-'], secret('wandb-tls', { 'tls.crt': 'c', 'tls.key': 'k' }));
  await kubectl(['-n', ns, 'create', 'configmap', 'corp-ca', '--from-literal=corp.crt=PEM']);
  await kubectl(
    ['apply', '-f', '-'],
    JSON.stringify({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: ingressClass },
      spec: { controller: 'k8s.io/ingress-nginx' },
    }),
  );
  const cr = {
    apiVersion: 'apps.wandb.com/v1',
    kind: 'WeightsAndBiases',
    metadata: { name: CR, namespace: ns },
    spec: {
      chart: { url: repo.url, name: 'operator-wandb', version: '0.43.8' },
      values: {
        global: {
          // The address users open (an Ingress host: the API server refuses an IP); verify is pointed at the
          // W&B stand-in with --host, as a user points it at the load balancer in front of the Ingress.
          host: TEST_HOST,
          licenseSecret: { name: 'wandb-license', key: 'license' },
          bucket: { secret: { secretName: 'bucket-creds' } },
          caCertsConfigMap: 'corp-ca',
        },
        ingress: { class: ingressClass, tls: [{ secretName: 'wandb-tls', hosts: ['wandb.example.com'] }] },
        app: { image: { tag: '0.83.0' } },
      },
    },
  };
  await kubectl(['apply', '-f', '-'], JSON.stringify(cr));
  await kubectl([
    '-n',
    ns,
    'wait',
    '--for=jsonpath={.status.phase}=Completed',
    `weightsandbiases.apps.wandb.com/${CR}`,
    '--timeout=150s',
  ]);
  await kubectl(['-n', ns, 'rollout', 'status', `deployment/${CR}-app-bc`, '--timeout=60s']);
  await kubectl(['-n', operatorNs, 'rollout', 'status', `deployment/${controller}`, '--timeout=60s']);
}, 30 * 60_000);

afterAll(async () => {
  await operator?.stop();
  await kubelet?.stop();
  await standIn?.close();
  await repo?.close();
  await kubectl(['delete', 'ingressclass', ingressClass, '--ignore-not-found']).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

async function verify(): Promise<{
  code: number;
  all: string;
  checks: Record<string, ReportCheck>;
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
  return { code, all, reportText, checks: Object.fromEntries(report.checks.map((c) => [c.id, c])) };
}

test('a healthy install: every cluster check passes', async () => {
  const r = await verify();
  const cluster = Object.values(r.checks).filter((c) =>
    [
      'cluster-reachable',
      'operator-ready',
      'cr-phase',
      'workloads-ready',
      'referenced-secrets',
      'ca-certs-configmap',
      'ingress-class',
      'console-service',
      'host-answers',
    ].includes(c.id),
  );
  expect(cluster.map((c) => `${c.id}:${c.status}`)).toEqual([
    'cluster-reachable:pass',
    'operator-ready:pass',
    'cr-phase:pass',
    'workloads-ready:pass',
    'referenced-secrets:pass',
    'ca-certs-configmap:pass',
    'ingress-class:pass',
    'console-service:pass',
    'host-answers:pass',
  ]);
  expect(r.checks['cluster-reachable'].message).toBe('Kubernetes v1.20.2 answers.');
  expect(r.checks['operator-ready'].message).toBe(`The operator controller ${controller} is ready.`);
  expect(r.checks['referenced-secrets'].message).toBe('All 3 referenced objects exist with the named keys.');
  // The real chart's workloads: app, console, parquet and weave Deployments and the Redis StatefulSet.
  expect(r.checks['workloads-ready'].message).toBe(
    `All 5 workloads labelled app.kubernetes.io/instance=${CR} are ready.`,
  );
  expect(r.checks['console-service'].message).toBe(`The console Service ${CR}-console exists.`);
  expect(r.code).toBe(0);
  // The kubeconfig is a secret too: its client key never shows.
  const key = /client-key-data:\s*(\S+)/.exec(plane().kubeconfigContent)?.[1];
  if (key) expect(r.all + r.reportText).not.toContain(key);
  expect(r.all + r.reportText).not.toContain(API_KEY);
});

test('a missing Secret, a .pem key, a missing ingress class and a CR stuck in Loading: each with its fix', async () => {
  await kubectl(['-n', ns, 'delete', 'secret', 'bucket-creds']);
  await kubectl(['-n', ns, 'delete', 'configmap', 'corp-ca']);
  await kubectl(['-n', ns, 'create', 'configmap', 'corp-ca', '--from-literal=corp.pem=PEM']);
  await kubectl(['delete', 'ingressclass', ingressClass]);
  operator.mode = 'stall';
  await kubectl([
    '-n',
    ns,
    'patch',
    `weightsandbiases.apps.wandb.com/${CR}`,
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { values: { app: { image: { tag: '0.83.1' } } } } }),
  ]);
  await kubectl([
    '-n',
    ns,
    'wait',
    '--for=jsonpath={.status.phase}=Loading',
    `weightsandbiases.apps.wandb.com/${CR}`,
    '--timeout=60s',
  ]);

  const r = await verify();
  expect(r.code).toBe(1);
  expect(r.checks['cr-phase']).toMatchObject({
    status: 'fail',
    message: `WeightsAndBiases '${CR}' is stuck in phase Loading: the operator has not finished applying it.`,
  });
  expect(r.checks['cr-phase'].fix).toContain(`kubectl -n ${ns} describe weightsandbiases ${CR}`);
  expect(r.checks['referenced-secrets']).toMatchObject({
    status: 'fail',
    message: `Secret 'bucket-creds' (global.bucket.secret) does not exist in namespace ${ns}.`,
  });
  expect(r.checks['referenced-secrets'].fix).toContain(`kubectl -n ${ns} create secret generic`);
  expect(r.checks['ca-certs-configmap']).toMatchObject({
    status: 'fail',
    message:
      "ConfigMap 'corp-ca' has a key not ending in .crt: 'corp.pem'; update-ca-certificates ignores it.",
    fix: 'Rename the key to end in .crt (e.g. corp.crt).',
  });
  expect(r.checks['ingress-class'].status).toBe('fail');
  expect(r.checks['ingress-class'].message).toMatch(
    new RegExp(
      `^IngressClass '${ingressClass}' \\(ingress.class\\) does not exist \\(existing IngressClasses: `,
    ),
  );
  expect(r.checks['ingress-class'].fix).toContain(
    `Install the ingress controller that provides '${ingressClass}'`,
  );
  // What still works is still reported as working.
  expect(r.checks['operator-ready'].status).toBe('pass');
  expect(r.checks['console-service'].status).toBe('pass');
  expect(r.all).toContain(`FAIL WeightsAndBiases CR is Completed`);
  // Masking must not eat ordinary words of the report (see the kubeconfig line-by-line masking note).
  expect(r.checks['ingress-class'].message).not.toContain('***');
});
