/**
 * Test support for the loopback control plane (scripts/cluster). Typical use in a __tests__/cluster file:
 *
 *   const { plane, namespace } = usePlane();              // up.sh once (reused), namespaces deleted after
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
 * `operator.mode = 'normal' | 'fail' | 'stall'`, and values `failRender: "<message>"` in a CR make the app
 * chart fail to render (a genuine Helm failure → ApplyFailed, Invalid Config).
 * Loopback servers: `startChartRepo` (test operator chart 1.4.7/1.4.8, HTTP or TLS + basic auth with
 * `makeTestPki`), `startToolMirror` (helm/kubectl laid out like get.helm.sh and dl.k8s.io).
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
