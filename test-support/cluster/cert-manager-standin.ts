/**
 * STAND-IN for cert-manager (https://cert-manager.io), which cannot run here (no container runtime): what the
 * operator v2 chart and install-operator's preflight see of it.
 *
 * - Its three CRDs that the preflight looks for, `certificates`, `issuers` and `clusterissuers` in group
 *   `cert-manager.io`, with the names, scope, short names, categories and labels of cert-manager's published
 *   CRDs (deploy/charts/cert-manager/templates/crd-cert-manager.io_*.yaml: Certificate and Issuer namespaced,
 *   ClusterIssuer cluster-scoped, version v1 served and stored). TEST-ONLY SIMPLIFICATION: the schema is
 *   `type: object` with `x-kubernetes-preserve-unknown-fields: true` instead of cert-manager's full OpenAPI
 *   schema, so the API server stores a Certificate or Issuer without checking its fields (the real CRDs would
 *   check them; no test here relies on that). The other cert-manager CRDs (CertificateRequest, Order,
 *   Challenge) are left out.
 * - Its webhook Deployment as cert-manager's chart renders it (templates/webhook-deployment.yaml, release
 *   `cert-manager`): name `cert-manager-webhook`, labels `app: webhook`, `app.kubernetes.io/name: webhook`,
 *   `app.kubernetes.io/instance: cert-manager`, `app.kubernetes.io/component: webhook`, `helm.sh/chart`, and
 *   the image `quay.io/jetstack/cert-manager-webhook`. Its pods become ready only through the KubeletStandIn
 *   (test-support/cluster/kubelet-standin.ts) watching its namespace; nothing serves admission requests, and
 *   no ValidatingWebhookConfiguration is registered, so the API server admits cert-manager objects as it would
 *   with a webhook that allows them.
 *
 * The CRDs are cluster-scoped and the v2 plane is shared by test files: a test that creates them deletes them
 * after (and first, to be rerunnable): `removeCertManagerCrds`.
 */
import { execute } from '../../src/core/exec.js';
import type { Plane } from './plane.js';

export const CERT_MANAGER_VERSION = 'v1.19.1';

const CRDS = [
  {
    plural: 'certificates',
    kind: 'Certificate',
    singular: 'certificate',
    short: ['cert', 'certs'],
    scope: 'Namespaced',
  },
  { plural: 'issuers', kind: 'Issuer', singular: 'issuer', short: [], scope: 'Namespaced' },
  { plural: 'clusterissuers', kind: 'ClusterIssuer', singular: 'clusterissuer', short: [], scope: 'Cluster' },
] as const;

export const CERT_MANAGER_CRD_NAMES = CRDS.map((c) => `${c.plural}.cert-manager.io`);

const LABELS = {
  app: 'cert-manager',
  'app.kubernetes.io/name': 'cert-manager',
  'app.kubernetes.io/instance': 'cert-manager',
  'app.kubernetes.io/component': 'crds',
  'app.kubernetes.io/version': CERT_MANAGER_VERSION,
};

/** The three CRDs, as a List manifest. */
export function certManagerCrds(): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'List',
    items: CRDS.map((c) => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `${c.plural}.cert-manager.io`, labels: LABELS },
      spec: {
        group: 'cert-manager.io',
        names: {
          categories: ['cert-manager'],
          kind: c.kind,
          listKind: `${c.kind}List`,
          plural: c.plural,
          singular: c.singular,
          ...(c.short.length ? { shortNames: [...c.short] } : {}),
        },
        scope: c.scope,
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            subresources: { status: {} },
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
    })),
  };
}

async function kubectl(p: Plane, args: string[], stdin?: string) {
  return execute({
    role: 'inherit',
    command: p.tools.kubectl,
    args: ['--kubeconfig', p.kubeconfig, ...args],
    stdin,
    timeoutMs: 60_000,
  });
}

/** Creates (or updates) the CRDs and waits until the API server serves them. */
export async function installCertManagerCrds(p: Plane): Promise<void> {
  const applied = await kubectl(
    p,
    ['apply', '--server-side', '--force-conflicts', '--field-manager=cert-manager-standin', '-f', '-'],
    JSON.stringify(certManagerCrds()),
  );
  if (applied.code !== 0) throw new Error(`installing the cert-manager stand-in CRDs: ${applied.stderr}`);
  const end = Date.now() + 60_000;
  for (;;) {
    const read = await kubectl(p, ['get', 'crd', ...CERT_MANAGER_CRD_NAMES, '-o', 'json']);
    const items =
      read.code === 0
        ? ((
            JSON.parse(read.stdout) as {
              items?: Array<{ status?: { conditions?: Array<{ type: string; status: string }> } }>;
            }
          ).items ?? [])
        : [];
    const ready = items.filter((crd) =>
      (crd.status?.conditions ?? []).some((c) => c.type === 'Established' && c.status === 'True'),
    );
    if (ready.length === CRDS.length) return;
    if (Date.now() > end) throw new Error('the cert-manager stand-in CRDs are not Established after 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Deletes the CRDs (and with them every Certificate and Issuer) and waits until they are gone. */
export async function removeCertManagerCrds(p: Plane): Promise<void> {
  const deleted = await kubectl(p, [
    'delete',
    'crd',
    ...CERT_MANAGER_CRD_NAMES,
    '--ignore-not-found',
    '--wait=true',
  ]);
  if (deleted.code !== 0) throw new Error(`deleting the cert-manager stand-in CRDs: ${deleted.stderr}`);
}

/** cert-manager's webhook Deployment in `namespace`; a KubeletStandIn on that namespace makes it ready. */
export async function installCertManagerWebhook(p: Plane, namespace: string): Promise<void> {
  const labels = {
    app: 'webhook',
    'app.kubernetes.io/name': 'webhook',
    'app.kubernetes.io/instance': 'cert-manager',
    'app.kubernetes.io/component': 'webhook',
    'app.kubernetes.io/version': CERT_MANAGER_VERSION,
    'app.kubernetes.io/managed-by': 'Helm',
    'helm.sh/chart': `cert-manager-${CERT_MANAGER_VERSION}`,
  };
  const selector = {
    'app.kubernetes.io/name': 'webhook',
    'app.kubernetes.io/instance': 'cert-manager',
    'app.kubernetes.io/component': 'webhook',
  };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'cert-manager-webhook', namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: 'cert-manager-webhook',
              image: `quay.io/jetstack/cert-manager-webhook:${CERT_MANAGER_VERSION}`,
              args: ['--secure-port=10250', `--dynamic-serving-ca-secret-namespace=${namespace}`],
            },
          ],
        },
      },
    },
  };
  const applied = await kubectl(p, ['apply', '-f', '-'], JSON.stringify(deployment));
  if (applied.code !== 0) throw new Error(`creating the cert-manager webhook stand-in: ${applied.stderr}`);
}

/** Waits until the webhook Deployment in `namespace` is Available (the kubelet stand-in made its pod ready). */
export async function waitForCertManagerWebhook(p: Plane, namespace: string): Promise<void> {
  const end = Date.now() + 60_000;
  for (;;) {
    const read = await kubectl(p, [
      '-n',
      namespace,
      'get',
      'deployment',
      'cert-manager-webhook',
      '-o',
      'json',
    ]);
    if (read.code === 0) {
      const d = JSON.parse(read.stdout) as { status?: { availableReplicas?: number } };
      if ((d.status?.availableReplicas ?? 0) >= 1) return;
    }
    if (Date.now() > end) throw new Error('the cert-manager webhook stand-in is not Available after 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
