import { join } from 'node:path';
import { execute } from '../../src/core/exec.js';
import { KubeletStandIn } from './kubelet-standin.js';
import { OperatorStandIn } from './operator-standin.js';
import { REPO_ROOT, type Plane } from './plane.js';

export interface OperatorStack {
  operator: OperatorStandIn;
  kubelet: KubeletStandIn;
  stop: () => Promise<void>;
}

/**
 * The operator as a user's install-operator step leaves it: the test `operator` chart (its CRD and its
 * `wandb-controller-manager` Deployment) installed by real helm into `operatorNamespace`, with the stand-ins
 * that play the controller (watching `namespace`) and the kubelet (for both namespaces).
 */
export async function startOperatorStack(
  p: Plane,
  options: { namespace: string; operatorNamespace: string; intervalMs?: number },
): Promise<OperatorStack> {
  // Leave the stand-ins' own poll intervals alone unless one is given (an explicit undefined would be 0 ms).
  const interval = options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs };
  const kubelet = new KubeletStandIn(p.rest, {
    namespaces: [options.namespace, options.operatorNamespace],
    ...interval,
  }).start();
  const installed = await execute({
    command: p.tools.helm,
    args: [
      'install',
      'operator',
      join(REPO_ROOT, 'test-support/charts/operator'),
      '-n',
      options.operatorNamespace,
      '--kubeconfig',
      p.kubeconfig,
    ],
    timeoutMs: 120_000,
  });
  if (installed.code !== 0) {
    await kubelet.stop();
    throw new Error(`helm install of the test operator chart failed: ${installed.stderr}`);
  }
  const operator = await new OperatorStandIn({
    rest: p.rest,
    namespace: options.namespace,
    kubeconfig: p.kubeconfig,
    helm: p.tools.helm,
    ...interval,
  }).start();
  return {
    operator,
    kubelet,
    stop: async () => {
      await operator.stop();
      await kubelet.stop();
    },
  };
}
