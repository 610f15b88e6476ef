/**
 * The demo's second half: the whole flow on the loopback control plane (a real kube-apiserver and etcd; the
 * operator's controller and the kubelet played by the test stand-ins in test-support/cluster, since neither can
 * run without a container runtime). Every step is the real CLI, run in-process as a user would type it.
 * The charts are W&B's real ones: the `operator` chart 1.4.8 and `operator-wandb` 0.43.8, read from
 * ../shared/reference/charts beside the repository when that folder is there, else pulled once from W&B's
 * public chart repository https://charts.wandb.ai; either way served to the steps by a loopback chart
 * repository. The demo says which it used. (The 1.20 API server needs the test-only bridge of
 * test-support/cluster/real-charts.ts, which the operator stand-in applies.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/program.js';
import {
  KubeletStandIn,
  OperatorStandIn,
  REPO_ROOT,
  createNamespace,
  deleteNamespaces,
  ensurePlane,
  referenceChartsDir,
  startChartRepo,
  sweepClusterScoped,
} from '../test-support/cluster/index.js';

const PUBLIC_CHARTS = 'https://charts.wandb.ai';

/**
 * Where the demo's charts come from: ../shared/reference/charts when present, else `helm pull` from W&B's public
 * repository into a temporary folder (WANDB_REFERENCE_CHARTS then points the loopback repository at it).
 */
function chartSource(helm: string): string | undefined {
  const local = referenceChartsDir();
  const wanted = ['operator-1.4.8.tgz', 'operator-wandb-0.43.8.tgz'];
  if (wanted.every((file) => existsSync(join(local, file)))) {
    return `W&B's charts from ${local} (operator 1.4.8, operator-wandb 0.43.8)`;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wandb-demo-charts-'));
  for (const [chart, version] of [
    ['operator', '1.4.8'],
    ['operator-wandb', '0.43.8'],
  ]) {
    const pulled = spawnSync(
      helm,
      ['pull', chart, '--repo', PUBLIC_CHARTS, '--version', version, '--destination', dir],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (pulled.status !== 0) return undefined;
  }
  process.env.WANDB_REFERENCE_CHARTS = dir;
  return `W&B's charts pulled from ${PUBLIC_CHARTS} (operator 1.4.8, operator-wandb 0.43.8; ${local} is not there)`;
}

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
  const source = chartSource(plane.tools.helm);
  if (!source) {
    say(
      `W&B's charts are neither in ${referenceChartsDir()} nor reachable at ${PUBLIC_CHARTS}; the cluster half needs them.`,
    );
    await kubelet.stop();
    await deleteNamespaces(plane, [ns, operatorNs]);
    return 1;
  }
  say(`Charts: ${source}, served by a loopback chart repository.`);
  const repo = await startChartRepo({ helm: plane.tools.helm, versions: ['1.4.8'], appVersions: ['0.43.8'] });
  const operator = await new OperatorStandIn({
    rest: plane.rest,
    namespace: ns,
    kubeconfig: plane.kubeconfig,
    helm: plane.tools.helm,
    operatorNamespace: operatorNs,
  }).start();
  const dir = mkdtempSync(join(tmpdir(), 'wandb-demo-'));
  let failures = 0;
  // The sample configuration, pointed at the demo namespace; apply-cr reads it exactly as it reads yours.
  // ... and at the loopback repository that serves W&B's chart.
  // Its own names (`wandb-demo`): the charts name cluster-wide objects (the `<cr>-console` ClusterRole, the
  // operator's `<nameOverride>-manager-role`) after them, and the plane may be shared with a test run.
  const sample = readFileSync(join(REPO_ROOT, 'examples/base.yaml'), 'utf8')
    .replace(/^(\s+)name: wandb$/m, '$1name: wandb-demo')
    .replace(/namespace: wandb\b/, `namespace: ${ns}`)
    .replace(/url: https:\/\/charts\.wandb\.ai\b/, `url: ${repo.url}`);
  if (!sample.includes(`url: ${repo.url}`) || !sample.includes('name: wandb-demo')) {
    say(
      'examples/base.yaml no longer has the metadata.name and spec.chart.url the demo points at the plane.',
    );
    failures++;
  }
  writeFileSync(join(dir, 'base.yaml'), sample);
  writeFileSync(join(dir, 'operator-values.yaml'), 'nameOverride: wandb-demo\n');
  writeFileSync(join(dir, 'upgrade.yaml'), 'app:\n  image:\n    tag: "0.79.2"\n');
  writeFileSync(
    join(dir, 'broken-chart.yaml'),
    // operator-wandb 0.43.8's own templates refuse this (`fail` in templates/mcp-validation.yaml).
    'app:\n  image:\n    tag: "0.80.0"\nmcp-server:\n  install: true\n  weave:\n    tools: bogus\n',
  );

  const env: NodeJS.ProcessEnv = { ...process.env, KUBECONFIG_CONTENT: plane.kubeconfigContent };
  delete env.GITHUB_ACTIONS;
  const tools = ['--kubectl-path', plane.tools.kubectl];
  // apply-cr renders the chart spec.chart names before it applies (render-check auto, with this helm).
  const apply = ['--helm-path', plane.tools.helm, ...tools];
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
        '--values',
        join(dir, 'operator-values.yaml'),
      ],
      expect: 0,
    },
    {
      title:
        'Apply the sample configuration (render check of the chart first) and wait until it is rolled out',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), ...apply],
      expect: 0,
    },
    {
      title: 'Apply it again: nothing to change',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), ...apply],
      expect: 0,
    },
    {
      title: 'Change a value (the app version): the masked diff, the apply and the wait',
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), '-c', join(dir, 'upgrade.yaml'), ...apply],
      expect: 0,
    },
    {
      title:
        "A change the chart rejects: the render check quotes the chart's own message, nothing is applied",
      argv: ['apply-cr', '-c', join(dir, 'base.yaml'), '-c', join(dir, 'broken-chart.yaml'), ...apply],
      expect: 1,
    },
    {
      title:
        'The same change with the render check off: the operator says Invalid Config, the previous spec is restored',
      argv: [
        'apply-cr',
        '-c',
        join(dir, 'base.yaml'),
        '-c',
        join(dir, 'broken-chart.yaml'),
        ...apply,
        '--render-check',
        'false',
        '--timeout',
        '120',
      ],
      expect: 1,
    },
  ];
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
    // The charts' cluster-wide RBAC (named after the releases) goes with the namespaces.
    await sweepClusterScoped(plane, [ns, operatorNs]);
    await deleteNamespaces(plane, [ns, operatorNs]);
  }
  say(
    `\nThe control plane keeps running for you: KUBECONFIG=${plane.kubeconfig} (stop it with npm run cluster:down).`,
  );
  return failures;
}
