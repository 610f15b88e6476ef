/**
 * The cert-manager preflight of a v2 operator install, decided from what the cluster has. The v2 chart renders
 * cert-manager `Certificate` and `Issuer` objects (the serving certificate of its webhooks, the CA injected into
 * its CRDs), so without cert-manager `helm install` fails with `no matches for kind "Certificate"`, and with
 * cert-manager's CRDs but no working webhook the API server cannot admit those objects. W&B's guide: install
 * cert-manager first; it is not a chart dependency (a cluster-wide singleton). Pure: the objects are read
 * elsewhere.
 *
 * The webhook is found as cert-manager's own chart (and its static manifests) label it: a Deployment with
 * `app.kubernetes.io/name: webhook` and `app.kubernetes.io/component: webhook` (`app.kubernetes.io/instance` is
 * the Helm release, usually `cert-manager`), named `<release>-webhook`, container image `.../cert-manager-webhook`.
 */
import type { Deployment } from './controller.js';

export const CERT_MANAGER_CRDS = [
  'certificates.cert-manager.io',
  'issuers.cert-manager.io',
  'clusterissuers.cert-manager.io',
] as const;

/** The label selector for cert-manager's webhook Deployment, in any namespace. */
export const WEBHOOK_SELECTOR = 'app.kubernetes.io/name=webhook,app.kubernetes.io/component=webhook';

/** The cert-manager version the fix pins (a release we know of; newer supported ones are fine). */
export const CERT_MANAGER_VERSION = 'v1.19.1';

export interface Crd {
  metadata: { name: string };
  status?: { conditions?: Array<{ type: string; status: string }> };
}

export interface CertManagerFacts {
  /** The CRDs found among CERT_MANAGER_CRDS. */
  crds: Crd[];
  /** Deployments in any namespace matching WEBHOOK_SELECTOR. */
  webhooks: Array<Deployment & { metadata: { namespace?: string } }>;
}

export type CertManagerCheck =
  { ok: true; line: string } | { ok: false; what: string; fix: string; missing: string[] };

/** The commands that install cert-manager with its CRDs, pinned. */
export function installCertManagerCommands(version = CERT_MANAGER_VERSION): string {
  return [
    `helm install cert-manager oci://quay.io/jetstack/charts/cert-manager --version ${version} \\`,
    '  --namespace cert-manager --create-namespace --set crds.enabled=true --wait',
  ].join('\n');
}

/** A Deployment that is cert-manager's webhook, not another product's component called "webhook". */
function isCertManagerWebhook(d: Deployment): boolean {
  const labels = d.metadata.labels ?? {};
  const images = d.spec.template.spec.containers.map((c) => c.image);
  return (
    d.metadata.name.includes('cert-manager') ||
    (labels['helm.sh/chart'] ?? '').startsWith('cert-manager') ||
    images.some((image) => /cert-manager-webhook/.test(image))
  );
}

function available(d: Deployment): boolean {
  const condition = (d.status?.conditions ?? []).find((c) => c.type === 'Available');
  return condition?.status === 'True' && (d.status?.availableReplicas ?? 0) >= 1;
}

function established(crd: Crd): boolean {
  return (crd.status?.conditions ?? []).some((c) => c.type === 'Established' && c.status === 'True');
}

export function checkCertManager(facts: CertManagerFacts): CertManagerCheck {
  const found = new Map(facts.crds.map((crd) => [crd.metadata.name, crd]));
  const missing = CERT_MANAGER_CRDS.filter((name) => !found.get(name) || !established(found.get(name)!));
  const webhooks = facts.webhooks.filter(isCertManagerWebhook);
  const ready = webhooks.find(available);
  const where = (d: (typeof webhooks)[number]) => `${d.metadata.namespace ?? '?'}/${d.metadata.name}`;
  const install = `Install cert-manager with its CRDs before the v2 operator (W&B's guide asks for it first), e.g.:\n${installCertManagerCommands()}\nthen run install-operator again.`;
  if (missing.length > 0) {
    const none = missing.length === CERT_MANAGER_CRDS.length;
    return {
      ok: false,
      missing: [...missing],
      what: none
        ? `cert-manager is not installed: its CRDs (${CERT_MANAGER_CRDS.join(', ')}) are not on the cluster. The v2 operator chart creates a cert-manager Certificate and Issuer for its webhooks, so helm would fail with 'no matches for kind "Certificate"'.`
        : `cert-manager is incomplete: the CRD${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing or not established. The v2 operator chart needs cert-manager's Certificate and Issuer kinds.`,
      fix: install,
    };
  }
  if (!ready) {
    const seen = webhooks.map((d) => {
      const s = d.status ?? {};
      return `${where(d)} (${s.availableReplicas ?? 0} of ${d.spec.replicas ?? 1} available)`;
    });
    return {
      ok: false,
      missing: ['webhook'],
      what: seen.length
        ? `cert-manager's webhook is not ready: ${seen.join(', ')}. The API server calls it to admit the Certificate and Issuer the v2 operator chart creates, so the install would fail.`
        : `cert-manager's CRDs are installed but its webhook Deployment was not found in any namespace (labels ${WEBHOOK_SELECTOR}). The API server calls the webhook to admit the Certificate and Issuer the v2 operator chart creates.`,
      fix: seen.length
        ? `Find why the webhook pods are not ready (kubectl -n ${webhooks[0].metadata.namespace ?? 'cert-manager'} describe deployment ${webhooks[0].metadata.name}; kubectl get events), wait until it is Available (cmctl check api), then run install-operator again.`
        : `cert-manager's controller and webhook are missing while its CRDs remain (a partial install or uninstall). ${install}`,
    };
  }
  return { ok: true, line: `cert-manager: CRDs established, webhook ${where(ready)} ready` };
}
