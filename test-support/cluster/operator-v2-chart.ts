/**
 * The TEST STAND-IN for W&B's operator v2 chart (what it keeps and leaves out: the top of
 * test-support/charts/operator-v2-standin/Chart.yaml), packaged with real helm and pushed with real helm into
 * the loopback OCI registry (test-support/registry), as W&B publishes the real one at
 * oci://us-docker.pkg.dev/wandb-production/public/wandb/charts/operator.
 *
 * Its crds/ holds W&B's real v2 CRD with the test-only adaptation of ./operator-v2.ts (`adaptV2Crd`: the 23
 * `default: ""` the 1.20 API server refuses), read from ../shared/reference/operator-v2 when packaging, so the
 * chart installs the same CRD `installV2Crd` does (helm skips a CRD that exists and never deletes one).
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { execute } from '../../src/core/exec.js';
import { REPO_ROOT } from './plane.js';
import { V2_REFERENCE, adaptV2Crd } from './operator-v2.js';

export const V2_STANDIN_DIR = join(REPO_ROOT, 'test-support', 'charts', 'operator-v2-standin');

export interface V2ChartArchive {
  /** The .tgz helm packaged. */
  archive: string;
  version: string;
  /** Removes the packaging folder (and the archive). */
  cleanup: () => Promise<void>;
}

/** Packages the stand-in as chart `operator` at `version` (default 2.0.0-beta.6). */
export async function packageV2OperatorChart(
  helm: string,
  version = '2.0.0-beta.6',
): Promise<V2ChartArchive> {
  const dir = await mkdtemp(join(tmpdir(), 'operator-v2-standin-'));
  const src = join(dir, 'operator');
  await cp(V2_STANDIN_DIR, src, { recursive: true });
  const { crd } = adaptV2Crd(readFileSync(join(V2_REFERENCE, 'crd-weightsandbiases.yaml'), 'utf8'));
  await mkdir(join(src, 'crds'), { recursive: true });
  await writeFile(join(src, 'crds', 'apps.wandb.com_weightsandbiases.yaml'), stringify(crd));
  const out = join(dir, 'out');
  await mkdir(out);
  const packaged = await execute({
    role: 'inherit',
    command: helm,
    args: ['package', src, '--version', version, '--app-version', version, '-d', out],
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
    timeoutMs: 60_000,
  });
  if (packaged.code !== 0)
    throw new Error(`helm package of the v2 operator stand-in failed: ${packaged.stderr}`);
  return {
    archive: join(out, `operator-${version}.tgz`),
    version,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
