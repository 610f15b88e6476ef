import { UserError } from '../core/errors.js';

/**
 * Air-gapped rules (seed 003): an internal chart repository, an image repository with a pinned tag, and no
 * public host anywhere in the inputs. Pure: no I/O.
 */
export const PUBLIC_HOSTS = [
  'charts.wandb.ai',
  'wandb.ai',
  'docker.io',
  'registry-1.docker.io',
  'index.docker.io',
  'hub.docker.com',
  'quay.io',
  'ghcr.io',
  'gcr.io',
  'registry.k8s.io',
  'k8s.gcr.io',
  'public.ecr.aws',
  'mcr.microsoft.com',
  'us-docker.pkg.dev',
  'get.helm.sh',
  'dl.k8s.io',
  'github.com',
  'objects.githubusercontent.com',
];

/** true when `host` is one of the public hosts or a subdomain of one. */
export function isPublicHost(host: string): boolean {
  const h = host.toLowerCase().replace(/:\d+$/, '');
  return PUBLIC_HOSTS.some((p) => h === p || h.endsWith(`.${p}`));
}

/** The registry host of an image reference; Docker Hub when the first part is not a host. */
export function imageRegistryHost(repository: string): string {
  const first = repository.split('/')[0];
  if (repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost'))
    return first;
  return 'docker.io';
}

function urlHost(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

export interface AirgapInputs {
  chartRepo: string;
  chartRepoIsDefault: boolean;
  /** Operator v2: its chart is an OCI chart, its controller versions 2.x. */
  v2?: boolean;
  imageRepository?: string;
  imageTag?: string;
  toolsMirror?: string;
  helmPath?: string;
  kubectlPath?: string;
}

/** Throws the first violated rule as a UserError naming the input. */
export function checkAirgapped(inputs: AirgapInputs): void {
  const chartHost = urlHost(inputs.chartRepo);
  if (inputs.chartRepoIsDefault || (chartHost && isPublicHost(chartHost))) {
    throw new UserError(
      `Air-gapped install: 'chart-repo' is ${inputs.chartRepo}, a public host.`,
      inputs.v2
        ? "Set 'chart-repo' to the oci:// reference of the W&B operator v2 chart in your internal registry (e.g. oci://registry.example.com/wandb/charts/operator)."
        : "Set 'chart-repo' to your internal Helm repository that mirrors the W&B operator chart.",
    );
  }
  if (!inputs.imageRepository) {
    throw new UserError(
      "Air-gapped install: 'image-repository' is required (the controller image in your internal registry).",
      `Set 'image-repository' (e.g. registry.example.com/wandb/${inputs.v2 ? 'operator' : 'controller'}) and 'image-tag'.`,
    );
  }
  const imageHost = imageRegistryHost(inputs.imageRepository);
  if (isPublicHost(imageHost)) {
    throw new UserError(
      `Air-gapped install: 'image-repository' is ${inputs.imageRepository}, which pulls from the public host ${imageHost}.`,
      "Set 'image-repository' to the controller image in your internal registry (registry host first, e.g. registry.example.com/wandb/controller).",
    );
  }
  if (!inputs.imageTag || inputs.imageTag === 'latest') {
    throw new UserError(
      `Air-gapped install: 'image-tag' must pin a controller version${inputs.imageTag ? ", not 'latest'" : ''}.`,
      `Set 'image-tag' to the controller version mirrored in your registry (e.g. ${inputs.v2 ? '2.0.0-beta.6' : '1.21.3'}).`,
    );
  }
  if (inputs.toolsMirror) {
    const host = urlHost(inputs.toolsMirror);
    if (host && isPublicHost(host)) {
      throw new UserError(
        `Air-gapped install: 'tools-mirror' is ${inputs.toolsMirror}, a public host.`,
        "Set 'tools-mirror' to an internal mirror of the helm and kubectl downloads, or pass 'helm-path' and 'kubectl-path'.",
      );
    }
  } else if (!inputs.helmPath || !inputs.kubectlPath) {
    throw new UserError(
      `Air-gapped install: helm and kubectl would be downloaded from the public hosts get.helm.sh and dl.k8s.io ('tools-mirror' is not set).`,
      "Set 'tools-mirror' to an internal mirror laid out like get.helm.sh and dl.k8s.io, or pass 'helm-path' and 'kubectl-path'.",
    );
  }
}

/** Every image repository named in chart values (`repository` keys), with its path, for the public-host check. */
export function imageRepositoriesIn(values: unknown, path = ''): Array<{ path: string; repository: string }> {
  if (!values || typeof values !== 'object') return [];
  if (Array.isArray(values)) return values.flatMap((item, i) => imageRepositoriesIn(item, `${path}[${i}]`));
  const found: Array<{ path: string; repository: string }> = [];
  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key;
    if (key === 'repository' && typeof value === 'string' && value !== '')
      found.push({ path: here, repository: value });
    else found.push(...imageRepositoriesIn(value, here));
  }
  return found;
}
