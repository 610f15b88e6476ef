import { UserError } from '../core/errors.js';
import { helmReleaseStatus, helmUserValues, type HelmRelease, type KubeClient } from '../kube/index.js';
import { CR_RESOURCE } from '../apply/cluster.js';
import type { DeploymentObject } from './deployment.js';
import { serverContainer } from './deployment.js';
import { isNewInstanceRelease } from './cr.js';

/**
 * The old installation in the cluster: its Helm release (if any), its W&B Deployment, and the one change
 * migrate makes to it before the old installation is removed: its replica count.
 */
export interface OldInstall {
  namespace: string;
  release?: HelmRelease;
  /** `helm get values` of the release; undefined for plain manifests. */
  values?: Record<string, unknown>;
  deployment: DeploymentObject;
}

/** The replica count before migrate scaled the Deployment to 0, kept on the Deployment for a later run. */
export const REPLICAS_ANNOTATION = 'wandb-operator-actions/replicas-before-migration';

function helmReleaseOf(deployment: DeploymentObject): string | undefined {
  return deployment.metadata.annotations?.['meta.helm.sh/release-name'];
}

export interface OldInstallOptions {
  namespace: string;
  oldRelease: string;
  oldDeployment?: string;
  /** The new CR: the operator's Helm release named after it is not the old installation. */
  name: string;
  crNamespace: string;
}

/**
 * The old Helm release, if any. A release named like the new CR in its namespace, once that CR exists, is the
 * operator's release of the new instance (e.g. after migrating plain manifests with old-release and name both
 * `wandb`): it is left out, and `log` says so.
 */
export async function findOldRelease(
  client: KubeClient,
  options: OldInstallOptions,
  log?: (message: string) => void,
): Promise<HelmRelease | undefined> {
  const release = await helmReleaseStatus(client, options.oldRelease, options.namespace);
  if (!release || release.name !== options.name || options.namespace !== options.crNamespace) {
    return release;
  }
  const cr = await client.getJson([CR_RESOURCE, options.name, '-n', options.crNamespace]);
  const ref = { name: options.name, namespace: options.crNamespace, exists: cr !== undefined };
  if (!isNewInstanceRelease({ name: release.name, namespace: options.namespace }, ref)) return release;
  log?.(
    `Helm release '${release.name}' (namespace ${options.namespace}) is the operator's release of weightsandbiases/${options.name}, the new instance: not the old installation.`,
  );
  return undefined;
}

export async function findOldInstall(
  client: KubeClient,
  options: OldInstallOptions,
  log?: (message: string) => void,
): Promise<OldInstall> {
  const release = await findOldRelease(client, options, log);
  if (options.oldDeployment) {
    const deployment = await client.getJson<DeploymentObject>([
      'deployment',
      options.oldDeployment,
      '-n',
      options.namespace,
    ]);
    if (!deployment) {
      throw new UserError(
        `The Deployment '${options.oldDeployment}' ('old-deployment') does not exist in namespace ${options.namespace}.`,
        "Check 'old-deployment' and 'namespace' (kubectl get deployments -n NAMESPACE).",
      );
    }
    const values =
      release && helmReleaseOf(deployment) === release.name
        ? await helmUserValues(client, release.name, options.namespace)
        : undefined;
    return { namespace: options.namespace, release: values ? release : undefined, values, deployment };
  }
  if (release) {
    const all = await client.listJson<DeploymentObject>('deployments', { namespace: options.namespace });
    const ours = all.filter((d) => helmReleaseOf(d) === release.name);
    const deployment =
      ours.find((d) => /(^|\/)wandb\/local(:|@|$)/.test(serverContainer(d)?.image ?? '')) ?? ours[0];
    if (!deployment) {
      throw new UserError(
        `The Helm release '${release.name}' in namespace ${options.namespace} has no Deployment.`,
        "Name the W&B Deployment with 'old-deployment'.",
      );
    }
    return {
      namespace: options.namespace,
      release,
      values: await helmUserValues(client, release.name, options.namespace),
      deployment,
    };
  }
  const deployment = await client.getJson<DeploymentObject>(['deployment', 'wandb', '-n', options.namespace]);
  if (!deployment) {
    throw new UserError(
      `No old installation found in namespace ${options.namespace}: no Helm release '${options.oldRelease}' and no Deployment 'wandb'.`,
      "Set 'namespace', and 'old-release' (Helm) or 'old-deployment' (plain manifests), to the old installation.",
    );
  }
  return { namespace: options.namespace, deployment };
}

export async function readDeployment(
  client: KubeClient,
  name: string,
  namespace: string,
): Promise<DeploymentObject | undefined> {
  return client.getJson<DeploymentObject>(['deployment', name, '-n', namespace]);
}

/** Replicas to come back to: the annotation of an earlier run, else what the Deployment asks for now. */
export function replicasBefore(deployment: DeploymentObject): number {
  const noted = Number(deployment.metadata.annotations?.[REPLICAS_ANNOTATION]);
  if (Number.isInteger(noted) && noted > 0) return noted;
  return deployment.spec.replicas ?? 1;
}

export async function scaleDown(
  client: KubeClient,
  deployment: DeploymentObject,
  namespace: string,
): Promise<number> {
  const before = replicasBefore(deployment);
  const name = deployment.metadata.name;
  // Noted first, so that a run that dies after the scale still knows what to restore.
  await client.kubectl([
    'annotate',
    'deployment',
    name,
    '-n',
    namespace,
    `${REPLICAS_ANNOTATION}=${before}`,
    '--overwrite',
  ]);
  await client.kubectl(['scale', 'deployment', name, '-n', namespace, '--replicas=0']);
  return before;
}

export async function scaleBack(
  client: KubeClient,
  name: string,
  namespace: string,
  replicas: number,
): Promise<void> {
  await client.kubectl(['scale', 'deployment', name, '-n', namespace, `--replicas=${replicas}`]);
  await client.kubectl(['annotate', 'deployment', name, '-n', namespace, `${REPLICAS_ANNOTATION}-`]);
}

/** Waits (until `deadline`) for the old pods to be gone; true when they are. */
export async function waitForNoPods(
  client: KubeClient,
  name: string,
  namespace: string,
  deadline: number,
  pollMs: number,
): Promise<boolean> {
  for (;;) {
    const deployment = await readDeployment(client, name, namespace);
    if (!deployment || (deployment.status?.replicas ?? 0) === 0) return true;
    if (Date.now() + pollMs > deadline) return false;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
