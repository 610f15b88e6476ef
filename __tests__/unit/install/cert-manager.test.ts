import {
  CERT_MANAGER_CRDS,
  CERT_MANAGER_VERSION,
  checkCertManager,
  installCertManagerCommands,
  type CertManagerFacts,
} from '../../../src/install/cert-manager.js';

const established = (name: string) => ({
  metadata: { name },
  status: { conditions: [{ type: 'Established', status: 'True' }] },
});

/** cert-manager's webhook Deployment as its chart labels it (release `cert-manager`). */
function webhook(available: number, namespace = 'cert-manager'): CertManagerFacts['webhooks'][number] {
  return {
    metadata: {
      name: 'cert-manager-webhook',
      namespace,
      labels: {
        app: 'webhook',
        'app.kubernetes.io/name': 'webhook',
        'app.kubernetes.io/instance': 'cert-manager',
        'app.kubernetes.io/component': 'webhook',
        'helm.sh/chart': 'cert-manager-v1.19.1',
      },
    },
    spec: {
      replicas: 1,
      template: {
        spec: {
          containers: [
            { name: 'cert-manager-webhook', image: 'quay.io/jetstack/cert-manager-webhook:v1.19.1' },
          ],
        },
      },
    },
    status: {
      availableReplicas: available,
      conditions: [
        { type: 'Available', status: available ? 'True' : 'False', reason: 'MinimumReplicasUnavailable' },
      ],
    },
  };
}

test('CRDs established and the webhook available: ok, naming where the webhook runs', () => {
  const check = checkCertManager({
    crds: CERT_MANAGER_CRDS.map(established),
    webhooks: [webhook(1, 'infra')],
  });
  expect(check).toEqual({
    ok: true,
    line: 'cert-manager: CRDs established, webhook infra/cert-manager-webhook ready',
  });
});

test('no CRDs: not installed, with the pinned helm install as the fix', () => {
  const check = checkCertManager({ crds: [], webhooks: [] });
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.what).toMatch(
    /^cert-manager is not installed: its CRDs \(certificates\.cert-manager\.io, issuers\.cert-manager\.io, clusterissuers\.cert-manager\.io\)/,
  );
  expect(check.what).toContain('no matches for kind "Certificate"');
  expect(check.fix).toContain(installCertManagerCommands());
  expect(check.fix).toContain(`--version ${CERT_MANAGER_VERSION}`);
  expect(check.fix).toContain('--set crds.enabled=true');
  expect(check.missing).toEqual([...CERT_MANAGER_CRDS]);
});

test('one CRD missing or not established is named', () => {
  const crds = [
    established('certificates.cert-manager.io'),
    { metadata: { name: 'issuers.cert-manager.io' } },
  ];
  const check = checkCertManager({ crds, webhooks: [webhook(1)] });
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.what).toMatch(
    /^cert-manager is incomplete: the CRDs issuers\.cert-manager\.io, clusterissuers\.cert-manager\.io are missing or not established/,
  );
});

test('webhook not available: says which and how many, and how to find out why', () => {
  const check = checkCertManager({ crds: CERT_MANAGER_CRDS.map(established), webhooks: [webhook(0)] });
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.what).toBe(
    "cert-manager's webhook is not ready: cert-manager/cert-manager-webhook (0 of 1 available). The API server calls it to admit the Certificate and Issuer the v2 operator chart creates, so the install would fail.",
  );
  expect(check.fix).toMatch(/kubectl -n cert-manager describe deployment cert-manager-webhook/);
});

test("another product's Deployment labelled webhook is not cert-manager's", () => {
  const other = webhook(1);
  other.metadata.name = 'kyverno-webhook';
  other.metadata.labels = { 'app.kubernetes.io/name': 'webhook', 'app.kubernetes.io/component': 'webhook' };
  other.spec.template.spec.containers = [{ name: 'w', image: 'ghcr.io/kyverno/kyverno:v1.12.0' }];
  const check = checkCertManager({ crds: CERT_MANAGER_CRDS.map(established), webhooks: [other] });
  expect(check.ok).toBe(false);
  if (check.ok) return;
  expect(check.what).toMatch(/its webhook Deployment was not found in any namespace/);
  expect(check.fix).toContain(installCertManagerCommands());
});
