/**
 * W&B's REAL Helm charts for the cluster tests, and the TEST-ONLY bridge that lets them install on the test
 * plane's Kubernetes 1.20 API server.
 *
 * The charts are W&B's own (wandb/helm-charts, packaged with every dependency): `operator` 1.4.2 and 1.4.8 (the
 * v1 controller with its CRD and RBAC) and `operator-wandb` 0.40.7 and 0.43.8 (the app chart the controller
 * installs). The project does not vendor them: they are read at run time from ../shared/reference/charts
 * beside the repository (or the folder named by WANDB_REFERENCE_CHARTS), and a test fails with a clear message
 * when they are absent.
 *
 * The bridge (nothing in src/ may depend on it; a real cluster of 1.23 or newer needs none of it). It is what
 * ../shared/reference/charts/README.md measured as needed on 1.20:
 *  1. the post-renderer test-support/cluster/post-render-k8s-1.20.mjs maps autoscaling/v2 -> v2beta2,
 *     policy/v1 -> v1beta1 and batch/v1 CronJob -> v1beta1;
 *  2. values `weave.autoscaling.horizontal.enabled: false` and `parquet.autoscaling.horizontal.enabled: false`:
 *     with HPAs on, wandb-base runs a live `lookup "autoscaling/v2"` that no post-renderer can reach;
 *  3. `--disable-openapi-validation`: 1.20's OpenAPI rejects the chart's empty `Secret.data` entries.
 * The operator stand-in applies all three to every operator-wandb install; the CR and its `<cr>-spec-active`
 * Secret never see them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './plane.js';

export const OPERATOR_CHART_VERSIONS = ['1.4.2', '1.4.8'] as const;
export const APP_CHART_VERSIONS = ['0.40.7', '0.43.8'] as const;

/** Where W&B's chart archives are read from. */
export function referenceChartsDir(): string {
  return resolve(
    process.env.WANDB_REFERENCE_CHARTS ?? join(REPO_ROOT, '..', 'shared', 'reference', 'charts'),
  );
}

/** The path of W&B's packaged chart `<name>-<version>.tgz`; throws a message that says what to do when absent. */
export function referenceChart(name: 'operator' | 'operator-wandb', version: string): string {
  const file = join(referenceChartsDir(), `${name}-${version}.tgz`);
  if (!existsSync(file)) {
    throw new Error(
      `W&B's chart ${name} ${version} is not at ${file}. The cluster tests install W&B's real charts, which ` +
        `this project does not vendor: put the packaged archives (operator-1.4.2/1.4.8, operator-wandb-0.40.7/` +
        `0.43.8 .tgz) in ../shared/reference/charts beside the repository, or set WANDB_REFERENCE_CHARTS to ` +
        `their folder.`,
    );
  }
  return file;
}

/** TEST-ONLY (see the top of this file): the post-renderer for the 1.20 API server. */
export const POST_RENDERER_1_20 = join(REPO_ROOT, 'test-support/cluster/post-render-k8s-1.20.mjs');

/** TEST-ONLY: values that keep wandb-base from a live `lookup` of autoscaling/v2 (adaptation 2). */
export const BRIDGE_VALUES: Record<string, unknown> = {
  weave: { autoscaling: { horizontal: { enabled: false } } },
  parquet: { autoscaling: { horizontal: { enabled: false } } },
};

/** TEST-ONLY: helm flags of adaptations 1 and 3, for `helm upgrade --install` (Helm 3) of operator-wandb. */
export const BRIDGE_HELM_ARGS = ['--post-renderer', POST_RENDERER_1_20, '--disable-openapi-validation'];

/**
 * Values every test CR needs on top of its own: the chart's default `global.host` (http://localhost:8080) is
 * refused by the API server as an Ingress host, exactly as on a real cluster, so a test CR sets a host.
 */
export const TEST_HOST = 'https://wandb.example.com';
