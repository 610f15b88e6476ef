import { explainFailure } from '../../../src/install/failure.js';

/** What helm 3.17 and kubectl say, as measured on the loopback plane and a stopped repository. */
const repo = { chartRepo: 'https://charts.example.com:8443', repoHost: 'charts.example.com:8443' };
const cluster = { ...repo, stage: 'cluster' as const };
const repoStage = { ...repo, stage: 'chart-repository' as const };

test.each([
  [
    'unreachable chart repository',
    'Error: looks like "https://charts.example.com:8443" is not a valid chart repository or cannot be reached: Get "https://charts.example.com:8443/index.yaml": dial tcp 127.0.0.1:8443: connect: connection refused',
    'chart-repository',
    'The chart repository https://charts.example.com:8443 cannot be reached.',
  ],
  [
    'chart repository 401',
    'Error: looks like "https://charts.example.com:8443" is not a valid chart repository or cannot be reached: failed to fetch https://charts.example.com:8443/index.yaml : 401 Unauthorized',
    'chart-repository',
    'The chart repository https://charts.example.com:8443 refused the credentials (401 Unauthorized).',
  ],
  [
    'chart repository 404',
    'Error: looks like "https://charts.example.com:8443" is not a valid chart repository or cannot be reached: failed to fetch https://charts.example.com:8443/index.yaml : 404 Not Found',
    'chart-repository',
    'The chart repository https://charts.example.com:8443 serves no index.yaml (404 Not Found): it is not a Helm repository at that URL.',
  ],
  [
    'chart repository TLS',
    'Error: looks like "https://charts.example.com:8443" is not a valid chart repository or cannot be reached: Get "https://charts.example.com:8443/index.yaml": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    'chart-repository',
    'The chart repository https://charts.example.com:8443 presents a TLS certificate that is not trusted.',
  ],
])('%s is blamed on the chart repository, never the kubeconfig', (_, text, cause, what) => {
  const explained = explainFailure(text, repoStage);
  expect(explained).toMatchObject({ cause, what });
  expect(explained?.fix).not.toMatch(/kubeconfig/);
  // Said the same when only the text tells it (a chart download during helm upgrade).
  expect(explainFailure(text, cluster)).toMatchObject({ cause, what });
});

test('a chart version the repository does not have', () => {
  const text =
    'Error: chart "operator" matching 9.9.9 not found in wandb-operator-actions index. (try \'helm repo update\'): no chart version found for operator-9.9.9';
  expect(explainFailure(text, cluster)).toMatchObject({ cause: 'chart-repository' });
  expect(explainFailure(text, cluster)?.fix).toContain("'chart-version'");
});

test.each([
  [
    'Error: Kubernetes cluster unreachable: Get "https://127.0.0.1:6443/version": dial tcp 127.0.0.1:6443: connect: connection refused',
    'The Kubernetes API server cannot be reached.',
  ],
  [
    'The connection to the server 127.0.0.1:41589 was refused - did you specify the right host or port?',
    'The Kubernetes API server cannot be reached.',
  ],
  [
    'Unable to connect to the server: x509: certificate signed by unknown authority',
    "The Kubernetes API server's TLS certificate is not trusted by the kubeconfig (or the kubeconfig's client certificate is refused).",
  ],
  [
    'error: You must be logged in to the server (Unauthorized)',
    "The Kubernetes API server refused the kubeconfig's credentials (401 Unauthorized).",
  ],
])('API server failures are the API server (%s)', (text, what) => {
  expect(explainFailure(text, cluster)).toMatchObject({ cause: 'api-server', what });
});

test('RBAC refusals are permissions', () => {
  const text =
    'Error: UPGRADE FAILED: query: failed to query with labels: secrets is forbidden: User "system:serviceaccount:ns:ci" cannot list resource "secrets" in API group "" in the namespace "ns"';
  expect(explainFailure(text, cluster)).toMatchObject({ cause: 'permissions' });
});

test('anything else is not classified', () => {
  expect(
    explainFailure('Error: UPGRADE FAILED: template: operator/templates/x.yaml:3: bad', cluster),
  ).toBeUndefined();
});

test("a kind the cluster does not know (cert-manager's Certificate) is a missing CRD, not a TLS problem", () => {
  const why = explainFailure(
    'Error: unable to build kubernetes objects from release manifest: [resource mapping not found for name: "operator-serving-cert" namespace: "wandb" from "": no matches for kind "Certificate" in version "cert-manager.io/v1"\nensure CRDs are installed first]',
    { stage: 'cluster', chartRepo: 'oci://r.example.com/charts/operator', repoHost: 'r.example.com' },
  );
  expect(why).toEqual({
    cause: 'api-server',
    what: 'The cluster does not know the kind Certificate (cert-manager.io/v1) the chart creates: the CRD that defines it is not installed.',
    fix: 'Install cert-manager (with its CRDs) before the operator, then run install-operator again.',
  });
});

test("helm 4's server-side apply conflict on a chart's CRD names the other manager and warns against deleting it", () => {
  const why = explainFailure(
    'Error: failed to install CRD crds/apps.wandb.com_weightsandbiases.yaml: conflict occurred while applying object /weightsandbiases.apps.wandb.com apiextensions.k8s.io/v1, Kind=CustomResourceDefinition: Apply failed with 1 conflict: conflict with "wandb-crd-installer": .spec.versions',
    { stage: 'cluster', chartRepo: 'oci://r.example.com/charts/operator', repoHost: 'r.example.com' },
  );
  expect(why?.what).toBe(
    'helm could not apply the chart\'s CRD (crds/apps.wandb.com_weightsandbiases.yaml): its fields are owned by another field manager ("wandb-crd-installer"), which applied different content.',
  );
  expect(why?.fix).toMatch(/Never delete the CRD/);
});
