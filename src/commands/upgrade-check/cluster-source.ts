import { findOnPath } from '../../core/exec.js';
import { activeChart } from '../../kube/spec-active.js';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { KubeClient } from '../../kube/client.js';
import { prepareKubeconfig } from '../../kube/kubeconfig.js';
import {
  tagAt,
  versionFromCluster,
  type ClusterObjects,
  type ClusterVersion,
} from '../../upgrade/cluster-version.js';

/**
 * version-source cluster: reads the CR, its `<cr>-spec-active` Secret and the app workloads with kubectl (the
 * kube adapter), and lets the pure `versionFromCluster` decide. Read-only; a Secret the token may not read is
 * skipped (the workloads come next), never an error by itself.
 */
export interface ClusterSourceOptions {
  kubeconfig?: string;
  context?: string;
  kubectlPath?: string;
  crName: string;
  crNamespace: string;
}

export async function clusterVersion(options: ClusterSourceOptions, ctx: Context): Promise<ClusterVersion> {
  const kubectl = options.kubectlPath ?? findOnPath('kubectl', ctx.env);
  if (!kubectl) {
    throw new UserError(
      'version-source cluster needs kubectl, and none was found on PATH.',
      'Run the install-operator step first (it installs kubectl), or set kubectl-path.',
    );
  }
  const kubeconfig = await prepareKubeconfig({
    content: options.kubeconfig,
    env: ctx.env,
    redactor: ctx.redactor,
  });
  try {
    const kube = new KubeClient({
      kubectlPath: kubectl,
      helmPath: 'helm',
      kubeconfig: kubeconfig.path,
      context: options.context,
      env: ctx.env,
      timeoutMs: 60_000,
    });
    const ns = options.crNamespace;
    const name = options.crName;
    const cr = await kube.getJson<ClusterObjects['cr']>(['weightsandbiases.apps.wandb.com', name, '-n', ns]);
    const objects: ClusterObjects = { crName: name, namespace: ns, cr, workloads: [] };
    if (cr && !hasChart(cr)) {
      // The release channel supplies the chart: say which one the operator last installed.
      objects.activeChart = await activeChart(kube, name, ns);
    }
    if (cr && !hasTag(cr)) {
      objects.activeValues = await activeValues(kube, name, ns, ctx);
      if (objects.activeValues === undefined) {
        objects.workloads = await kube.listJson<ClusterObjects['workloads'][number]>(
          'deployments,statefulsets',
          { namespace: ns, selector: `app.kubernetes.io/instance=${name}` },
        );
      }
    }
    return versionFromCluster(objects);
  } finally {
    await kubeconfig.cleanup();
  }
}

function hasChart(cr: NonNullable<ClusterObjects['cr']>): boolean {
  const chart = cr.spec?.chart;
  return Boolean(chart && typeof chart === 'object' && Object.keys(chart).length > 0);
}

function hasTag(cr: NonNullable<ClusterObjects['cr']>): boolean {
  return (tagAt(cr.spec?.values) ?? '') !== '';
}

async function activeValues(kube: KubeClient, name: string, ns: string, ctx: Context): Promise<unknown> {
  const result = await kube.kubectl(
    ['get', 'secret', `${name}-spec-active`, '-n', ns, '-o', 'jsonpath={.data.values}'],
    {
      allowFailure: true,
    },
  );
  if (result.code !== 0) {
    ctx.out.info(
      `The Secret ${name}-spec-active was not read (${result.stderr.trim().split('\n').pop()}); trying the workloads.`,
    );
    return undefined;
  }
  const encoded = result.stdout.trim();
  if (!encoded) return undefined;
  try {
    const values = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as unknown;
    return (tagAt(values ?? undefined) ?? '') === '' ? undefined : values;
  } catch {
    return undefined;
  }
}
