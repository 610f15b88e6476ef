/**
 * Test support for the loopback control plane (scripts/cluster). Typical use in a __tests__/cluster file:
 *
 *   const { plane, namespace } = usePlane();              // up.sh once (reused), namespaces deleted after
 *                                                         // usePlane({ plane: 'v2' }): the second plane, for
 *                                                         // operator v2 (installV2Crd, V2OperatorStandIn)
 *   test('...', async () => {
 *     const p = plane();                                  // kubeconfig(+Content), tools.{kubectl,helm,kubectl4,helm4}, rest
 *     const ns = await namespace('apply');
 *     await ensureWandbCrd(p);
 *     const kubelet = new KubeletStandIn(p.rest, { namespaces: [ns] }).start();   // pods become Ready
 *     const operator = await new OperatorStandIn({ rest: p.rest, namespace: ns, kubeconfig: p.kubeconfig,
 *       helm: p.tools.helm }).start();                    // CRs → Loading → Completed / Invalid Config
 *     ... runCli([...], { env: { ...process.env, KUBECONFIG_CONTENT: p.kubeconfigContent }, ... })
 *     await operator.stop(); await kubelet.stop();
 *   });
 *
 * Switches: `kubelet.decide = (pod) => 'ready' | 'pending' | { waiting: 'ImagePullBackOff' }`,
 * `operator.mode = 'normal' | 'fail' | 'stall'`. A CR whose values W&B's chart refuses (e.g. `mcp-server:
 * {install: true, weave: {tools: bogus}}`, the chart's own `fail`) makes the operator's helm install fail for
 * real (ApplyFailed, Invalid Config); apply-cr's render check stops such values first unless given
 * `--render-check false` (or without helm, where auto skips it).
 * CR names: W&B's chart names cluster-wide objects after the release (`<cr>-console`, `<cr>-otel-daemonset`
 * ClusterRoles), so each test file uses its own CR names; none may contain the name of a chart component (app,
 * console, weave, api...), or the chart leaves the component out of its object names (a CR `wandb-app` gets the
 * Deployment `wandb-app-bc`, not `wandb-app-app-bc`).
 * Loopback servers: `startChartRepo` (W&B's real charts: operator 1.4.2/1.4.8 and operator-wandb 0.40.7/0.43.8
 * from ../shared/reference/charts, see real-charts.ts; HTTP or TLS + basic auth with `makeTestPki`),
 * `startToolMirror` (helm/kubectl laid out like get.helm.sh and dl.k8s.io), and the release channel
 * (test-support/release-channel/server.ts).
 */
export * from './plane.js';
export * from './rest.js';
export * from './kubelet-standin.js';
export * from './operator-standin.js';
export * from './static-server.js';
export * from './pki.js';
export * from './chart-repo.js';
export * from './tool-mirror.js';
export * from './operator-stack.js';
export * from './api-relay.js';
export * from './real-charts.js';
