import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KubeletStandIn,
  startOperatorStack,
  REPO_ROOT,
  createNamespace,
  deleteNamespaces,
  ensurePlane,
  startChartRepo,
  sweepClusterScoped,
  type Plane,
} from '../test-support/cluster/index.js';
import { execute } from '../src/core/exec.js';
import { fmt, ratio, type Row } from './util.js';

/**
 * On the loopback control plane (the same real kube-apiserver the tests use; the operator's controller and the
 * kubelet played by the test stand-ins): apply-cr against raw `kubectl apply` + `kubectl wait` + `kubectl
 * rollout status` for the same change, a no-change rerun against a change, and install-operator against raw
 * `helm upgrade --install`. Both sides run as processes, as a workflow step would.
 */
const RUNS = 5;

/** A process's wall time; run asynchronously, so the in-process stand-ins keep working meanwhile. */
async function timed(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const start = process.hrtime.bigint();
  const result = await execute({
    role: 'inherit',
    command: argv[0],
    args: argv.slice(1),
    env,
    timeoutMs: 300_000,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.code !== 0)
    throw new Error(`${argv.slice(0, 3).join(' ')} failed: ${result.stderr || result.stdout}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A CR of W&B's real operator-wandb 0.43.8, served by the loopback chart repository at `repoUrl`. */
function crYaml(ns: string, name: string, tag: string, repoUrl: string): string {
  return `apiVersion: apps.wandb.com/v1
kind: WeightsAndBiases
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  chart:
    url: ${repoUrl}
    name: operator-wandb
    version: 0.43.8
  values:
    global:
      host: https://wandb.example.com
    app:
      image:
        repository: wandb/local
        tag: "${tag}"
`;
}

async function applyCrBench(p: Plane): Promise<Row[]> {
  // W&B's chart makes cluster-wide objects named after the CR (`<cr>-console` ClusterRole): those of an earlier,
  // interrupted run would make helm refuse this one's install.
  await sweepClusterScoped(p);
  const ns = await createNamespace(p, 'bench-apply');
  const operatorNs = await createNamespace(p, 'bench-operator');
  const stack = await startOperatorStack(p, {
    namespace: ns,
    operatorNamespace: operatorNs,
    intervalMs: 100,
  });
  // The operator stand-in installs what spec.chart names with real helm: W&B's chart, from loopback.
  const repo = await startChartRepo({ helm: p.tools.helm, versions: [] });
  const dir = mkdtempSync(join(tmpdir(), 'bench-apply-'));
  const env = { ...process.env, KUBECONFIG: p.kubeconfig };
  try {
    const raw: number[] = [];
    const ours: number[] = [];
    const unchanged: number[] = [];
    const kubectl = p.tools.kubectl;
    const applyCr = (file: string) => [
      process.execPath,
      join(REPO_ROOT, 'dist/cli.js'),
      'apply-cr',
      '--config',
      file,
      '--kubectl-path',
      kubectl,
    ];
    // Both CRs exist and are rolled out before the timed changes (a raw `rollout status` needs the Deployment).
    for (const name of ['rawcr', 'ourcr']) {
      const file = join(dir, `${name}-initial.yaml`);
      writeFileSync(file, crYaml(ns, name, '0.79.0', repo.url));
      await timed(applyCr(file), env);
    }
    for (let i = 0; i < RUNS; i++) {
      const rawFile = join(dir, `raw-${i}.yaml`);
      writeFileSync(rawFile, crYaml(ns, 'rawcr', `0.80.${i}`, repo.url));
      const start = process.hrtime.bigint();
      await timed([kubectl, 'apply', '-f', rawFile], env);
      // A careful raw flow: the operator has rendered the new version into the Deployment, the CR is
      // Completed, the rollout is done. (Without the first wait, the next two pass on the old state.)
      await timed(
        [
          kubectl,
          'wait',
          '-n',
          ns,
          'deployment/rawcr-app-bc',
          `--for=jsonpath={.spec.template.spec.containers[0].image}=wandb/local:0.80.${i}`,
          '--timeout=120s',
        ],
        env,
      );
      await timed(
        [
          kubectl,
          'wait',
          '-n',
          ns,
          'weightsandbiases.apps.wandb.com/rawcr',
          '--for=jsonpath={.status.phase}=Completed',
          '--timeout=120s',
        ],
        env,
      );
      await timed([kubectl, 'rollout', 'status', '-n', ns, 'deployment/rawcr-app-bc', '--timeout=120s'], env);
      raw.push(Number(process.hrtime.bigint() - start) / 1e6);

      const file = join(dir, `ours-${i}.yaml`);
      writeFileSync(file, crYaml(ns, 'ourcr', `0.80.${i}`, repo.url));
      ours.push(await timed(applyCr(file), env));
      unchanged.push(await timed(applyCr(file), env));
    }
    const r = median(raw);
    const o = median(ours);
    const u = median(unchanged);
    return [
      {
        bench: 'apply-cr',
        figure: 'raw kubectl apply + wait image + wait Completed + rollout status',
        value: fmt(r),
      },
      {
        bench: 'apply-cr',
        figure: 'apply-cr (validate, diff, apply, wait)',
        value: `${fmt(o)}  ${ratio(o, r)} of raw`,
        goal: '<= 1.10x',
      },
      {
        bench: 'apply-cr',
        figure: 'apply-cr, no change',
        value: `${fmt(u)}  ${ratio(u, o)} of a change`,
        goal: '<= 0.5x',
      },
    ];
  } finally {
    await stack.stop();
    await repo.close();
    await sweepClusterScoped(p, [ns]);
    await deleteNamespaces(p, [ns, operatorNs]);
  }
}

async function installOperatorBench(p: Plane): Promise<Row[]> {
  await sweepClusterScoped(p);
  const repo = await startChartRepo({ helm: p.tools.helm });
  const namespaces: string[] = [];
  const kubelet = new KubeletStandIn(p.rest, { namespaces, intervalMs: 100 }).start();
  const env = { ...process.env, KUBECONFIG: p.kubeconfig };
  try {
    const raw: number[] = [];
    const ours: number[] = [];
    const again: number[] = [];
    const helmHome = mkdtempSync(join(tmpdir(), 'bench-helm-'));
    const helmEnv = {
      ...env,
      HELM_CONFIG_HOME: join(helmHome, 'c'),
      HELM_CACHE_HOME: join(helmHome, 'k'),
      HELM_DATA_HOME: join(helmHome, 'd'),
    };
    await timed([p.tools.helm, 'repo', 'add', 'bench', repo.url], helmEnv);
    for (let i = 0; i < 3; i++) {
      const rawNs = await createNamespace(p, 'bench-helm');
      const ourNs = await createNamespace(p, 'bench-install');
      namespaces.push(rawNs, ourNs);
      // The operator chart names its ClusterRoles after nameOverride: one per install, or helm refuses the
      // second (as it would on a real cluster).
      const rawValues = join(helmHome, `raw-${i}.yaml`);
      const ourValues = join(helmHome, `ours-${i}.yaml`);
      writeFileSync(rawValues, `nameOverride: bench-raw-${i}\n`);
      writeFileSync(ourValues, `nameOverride: bench-ours-${i}\n`);
      const start = process.hrtime.bigint();
      await timed([p.tools.helm, 'repo', 'update', 'bench'], helmEnv);
      await timed(
        [
          p.tools.helm,
          'upgrade',
          '--install',
          'operator',
          'bench/operator',
          '-n',
          rawNs,
          '--create-namespace',
          '--values',
          rawValues,
          '--wait',
          '--timeout',
          '120s',
        ],
        helmEnv,
      );
      raw.push(Number(process.hrtime.bigint() - start) / 1e6);
      const argv = [
        process.execPath,
        join(REPO_ROOT, 'dist/cli.js'),
        'install-operator',
        '--namespace',
        ourNs,
        '--chart-repo',
        repo.url,
        '--helm-path',
        p.tools.helm,
        '--kubectl-path',
        p.tools.kubectl,
        '--min-kubernetes-version',
        '1.20',
        '--values',
        ourValues,
      ];
      ours.push(await timed(argv, env));
      again.push(await timed(argv, env));
    }
    const r = median(raw);
    const o = median(ours);
    const a = median(again);
    return [
      { bench: 'install-operator', figure: 'raw helm repo update + upgrade --install --wait', value: fmt(r) },
      {
        bench: 'install-operator',
        figure: 'install-operator (preflight, install, wait)',
        value: `${fmt(o)}  ${ratio(o, r)} of raw`,
        goal: '<= 1.10x',
      },
      {
        bench: 'install-operator',
        figure: 'install-operator, no change',
        value: `${fmt(a)}  ${ratio(a, o)} of a first run`,
        goal: '<= 0.5x',
      },
    ];
  } finally {
    await kubelet.stop();
    await repo.close();
    await sweepClusterScoped(p, namespaces);
    await deleteNamespaces(p, namespaces);
  }
}

export async function run(): Promise<Row[]> {
  const p = await ensurePlane();
  return [...(await applyCrBench(p)), ...(await installOperatorBench(p))];
}
