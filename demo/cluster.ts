/**
 * The demo's second half: the whole flow on the loopback control plane (a real kube-apiserver and etcd; the
 * operator's controller and the kubelet played by the test stand-ins in test-support/cluster, since neither can
 * run without a container runtime). Every step is the real CLI, run in-process as a user would type it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/core/runner.js';
import {
  KubeletStandIn,
  OperatorStandIn,
  REPO_ROOT,
  createNamespace,
  deleteNamespaces,
  ensurePlane,
  startChartRepo,
} from '../test-support/cluster/index.js';

const say = (text: string) => process.stdout.write(`${text}\n`);

export async function run(): Promise<number> {
  say('\n=== The whole flow on a loopback Kubernetes control plane');
  say('Bringing the control plane up (the first time on a machine this installs Debian packages and builds');
  say('kube-apiserver from source: about 10 minutes; then it is cached)...');
  // The same script CI uses; it prints its progress, and takes a fraction of a second when all is ready.
  const prepared = spawnSync('bash', [join(REPO_ROOT, 'scripts/test-env.sh')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (prepared.status !== 0) {
    say(
      'Could not prepare the control plane (scripts/test-env.sh failed, see above); `npm run demo -- --offline` runs the first half only.',
    );
    return 1;
  }
  const plane = await ensurePlane();
  say(`Control plane ready: ${plane.apiServer}`);

  const operatorNs = await createNamespace(plane, 'demo-operator');
  const ns = await createNamespace(plane, 'demo-wandb');
  const kubelet = new KubeletStandIn(plane.rest, { namespaces: [ns, operatorNs] }).start();
  const repo = await startChartRepo({ helm: plane.tools.helm });
  const operator = await new OperatorStandIn({
    rest: plane.rest,
    namespace: ns,
    kubeconfig: plane.kubeconfig,
    helm: plane.tools.helm,
  }).start();
  const dir = mkdtempSync(join(tmpdir(), 'wandb-demo-'));
  // The sample configuration, pointed at the demo namespace; apply-cr reads it exactly as it reads yours.
  const sample = readFileSync(join(REPO_ROOT, 'examples/base.yaml'), 'utf8').replace(
    /namespace: wandb\b/,
    `namespace: ${ns}`,
  );
  writeFileSync(join(dir, 'base.yaml'), sample);
  writeFileSync(join(dir, 'upgrade.yaml'), 'app:\n  image:\n    tag: "0.79.2"\n');
  writeFileSync(
    join(dir, 'broken-chart.yaml'),
    'app:\n  image:\n    tag: "0.80.0"\nfailRender: the chart rejects these values\n',
  );

  const env: NodeJS.ProcessEnv = { ...process.env, KUBECONFIG_CONTENT: plane.kubeconfigContent };
  delete env.GITHUB_ACTIONS;
  const tools = ['--kubectl-path', plane.tools.kubectl];
  const steps: Array<{ title: string; argv: string[]; expect: number }> = [
    {
      title: 'Install the operator from the (loopback) chart repository',
      argv: [
        'install-operator',
        '--namespace',
        operatorNs,
        '--chart-repo',
        repo.url,
        '--helm-path',
        plane.tools.helm,
        ...tools,
        '--min-kubernetes-version',
        '1.20',
      ],
      expect: 0,
    },
    {
      title: 'Apply the sample configuration and wait until it is rolled out',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), ...tools],
      expect: 0,
    },
    {
      title: 'Apply it again: nothing to change',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), ...tools],
      expect: 0,
    },
    {
      title: 'Change a value (the app version): the masked diff, the apply and the wait',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), '-c', join(dir, 'upgrade.yaml'), ...tools],
      expect: 0,
    },
    {
      title: 'A change the chart rejects: the operator says Invalid Config, the previous spec is restored',
      argv: [
        'apply-cr',
        '-c',
        join(dir, 'base.yaml'),
        '-c',
        join(dir, 'broken-chart.yaml'),
        ...tools,
        '--timeout',
        '120',
      ],
      expect: 1,
    },
  ];
  let failures = 0;
  try {
    for (const [index, step] of steps.entries()) {
      say(
        `\n=== cluster ${index + 1}/${steps.length} ${step.title}\n$ wandb-operator-actions ${step.argv.join(' ').replaceAll(dir, '$DEMO').replaceAll(plane.tools.kubectl, 'kubectl').replaceAll(plane.tools.helm, 'helm')}\n`,
      );
      const code = await runCli(step.argv, { env, cwd: REPO_ROOT });
      say(`(exit code ${code}, ${code === step.expect ? 'as expected' : `expected ${step.expect}`})`);
      if (code !== step.expect) failures++;
    }
  } finally {
    await operator.stop();
    await kubelet.stop();
    await repo.close();
    await deleteNamespaces(plane, [ns, operatorNs]);
  }
  say(
    `\nThe control plane keeps running for you: KUBECONFIG=${plane.kubeconfig} (stop it with npm run cluster:down).`,
  );
  return failures;
}
