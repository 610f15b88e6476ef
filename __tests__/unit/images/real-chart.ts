/**
 * The real W&B charts (../shared/reference/charts, never committed) and helm 3.17 (scripts/cluster/tools.sh,
 * cached), for the image tests that compare image-check with a real `helm template`.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const CHARTS = resolve(process.cwd(), '../shared/reference/charts');
export const OPERATOR_WANDB_0438 = join(CHARTS, 'operator-wandb-0.43.8.tgz');
export const OPERATOR_WANDB_0407 = join(CHARTS, 'operator-wandb-0.40.7.tgz');
export const OPERATOR_148 = join(CHARTS, 'operator-1.4.8.tgz');

let helm: string | undefined;

/** helm 3.17 from scripts/cluster/tools.sh (fetched once into the cache, then only looked up). */
export function helmPath(): string {
  if (!helm) {
    const out = execFileSync('bash', [resolve(process.cwd(), 'scripts/cluster/tools.sh')], {
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    helm = /^helm=(.+)$/m.exec(out)?.[1]?.trim();
    if (!helm) throw new Error(`scripts/cluster/tools.sh printed no helm:\n${out}`);
  }
  return helm;
}

/** `helm template RELEASE CHART -n NAMESPACE -f values.json`, the way a user would run it. */
export function helmTemplate(
  chart: string,
  values: Record<string, unknown>,
  release = 'wandb',
  namespace = 'default',
): string {
  return execFileSync(helmPath(), ['template', release, chart, '--namespace', namespace, '-f', '-'], {
    input: JSON.stringify(values),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * The images of a manifest as the test reads them itself, independently of src/images: every `image:` line
 * of the YAML text (quoted or not, as a list item or not).
 */
export function grepImages(manifest: string): string[] {
  const found = new Set<string>();
  for (const match of manifest.matchAll(/^\s*(?:-\s+)?image:\s*["']?([^"'\s]+)["']?\s*$/gm))
    found.add(match[1]);
  return [...found].sort();
}
