import { execute } from '../../src/core/exec.js';
import { KubeletStandIn } from './kubelet-standin.js';
import { OperatorStandIn, type OperatorStandInOptions } from './operator-standin.js';
import type { Plane } from './plane.js';
import { referenceChart } from './real-charts.js';

export interface OperatorStack {
  operator: OperatorStandIn;
  kubelet: KubeletStandIn;
  /** The operator chart's `nameOverride` (its Deployment is `<name>-controller-manager`). */
  operatorName: string;
  stop: () => Promise<void>;
}

/**
 * A `nameOverride` for W&B's operator chart that is unique to the namespace. The chart names its ClusterRole and
 * ClusterRoleBinding `<nameOverride>-manager-role(binding)`, cluster-wide: two operator releases in one cluster
 * need two names (on a real cluster as here, where test files share the plane).
 */
export function operatorNameFor(namespace: string): string {
  return `wandb-${namespace.slice(-6)}`;
}

/**
 * The operator as a user's install-operator step leaves it: W&B's real `operator` chart 1.4.8 (its CRD, RBAC and
 * `<name>-controller-manager` Deployment) installed by real helm into `operatorNamespace`, with the stand-ins
 * that play the controller (watching `namespace`) and the kubelet (for both namespaces).
 */
export async function startOperatorStack(
  p: Plane,
  options: {
    namespace: string;
    operatorNamespace: string;
    intervalMs?: number;
    operator?: Partial<Omit<OperatorStandInOptions, 'rest' | 'namespace' | 'kubeconfig' | 'helm'>>;
  },
): Promise<OperatorStack> {
  // Leave the stand-ins' own poll intervals alone unless one is given (an explicit undefined would be 0 ms).
  const interval = options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs };
  const kubelet = new KubeletStandIn(p.rest, {
    namespaces: [options.namespace, options.operatorNamespace],
    ...interval,
  }).start();
  const operatorName = operatorNameFor(options.operatorNamespace);
  const installed = await execute({
    role: 'inherit',
    command: p.tools.helm,
    args: [
      'install',
      'operator',
      referenceChart('operator', '1.4.8'),
      '-n',
      options.operatorNamespace,
      '--set',
      `nameOverride=${operatorName}`,
      '--kubeconfig',
      p.kubeconfig,
    ],
    timeoutMs: 120_000,
  });
  if (installed.code !== 0) {
    await kubelet.stop();
    throw new Error(`helm install of W&B's operator chart failed: ${installed.stderr}`);
  }
  const operator = await new OperatorStandIn({
    rest: p.rest,
    namespace: options.namespace,
    kubeconfig: p.kubeconfig,
    helm: p.tools.helm,
    operatorNamespace: options.operatorNamespace,
    ...interval,
    ...options.operator,
  }).start();
  return {
    operator,
    kubelet,
    operatorName,
    stop: async () => {
      await operator.stop();
      await kubelet.stop();
    },
  };
}
