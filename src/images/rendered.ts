/**
 * The images a rendered chart pulls, read from the rendered objects themselves: every container,
 * initContainer and ephemeralContainer of every pod spec (Deployments, StatefulSets, DaemonSets, ReplicaSets,
 * ReplicationControllers, Jobs, CronJobs through their jobTemplate, PodTemplates and bare Pods), each with the
 * object and container that use it. Pure: takes the objects (or the manifest text), no I/O.
 *
 * Helm test hooks (`helm.sh/hook: test`) are kept but marked: only `helm test` runs them, never the operator's
 * `helm upgrade --install`, so their images are pulled only when someone runs the chart's tests.
 */
import { parseAllDocuments } from 'yaml';

export type ContainerField = 'containers' | 'initContainers' | 'ephemeralContainers';

/** One container of one rendered object that pulls an image. */
export interface ImageUse {
  kind: string;
  name: string;
  namespace?: string;
  container: string;
  field: ContainerField;
  /** The object's `helm.sh/hook` annotation (`pre-upgrade`, `test`, ...), when it is a hook. */
  hook?: string;
  /** The `app.kubernetes.io/name` label: the chart or subchart alias that rendered the object. */
  appName?: string;
  /** The template that rendered it (helm's `# Source:` comment), when the manifest text was read. */
  source?: string;
}

export interface RenderedImage {
  /** The image exactly as the pod spec writes it (`wandb/local:0.62.2`, `docker.io/bitnamilegacy/redis:7.2.4`). */
  image: string;
  uses: ImageUse[];
  /** Every use is a helm test hook: only `helm test` pulls it. */
  testOnly: boolean;
}

type Json = Record<string, unknown>;

const CONTAINER_FIELDS: ContainerField[] = ['initContainers', 'containers', 'ephemeralContainers'];

function isMap(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(root: unknown, path: string[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    node = node[key];
  }
  return node;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The pod spec of a workload object, or undefined for anything that runs no pod. */
export function podSpecOf(object: Json): Json | undefined {
  const kind = text(object.kind);
  const path = kind ? POD_SPEC_PATHS[kind] : undefined;
  if (!path) return undefined;
  const spec = at(object, path);
  return isMap(spec) ? spec : undefined;
}

/** A hook whose every phase is a test phase (`test`, or helm 2's `test-success` / `test-failure`). */
export function isTestHook(hook: string | undefined): boolean {
  if (!hook) return false;
  const phases = hook
    .split(',')
    .map((phase) => phase.trim())
    .filter(Boolean);
  return phases.length > 0 && phases.every((phase) => phase === 'test' || phase.startsWith('test-'));
}

/**
 * Every image of the objects, in the order first met, each with every container that uses it. `sources[i]` is
 * the template of `objects[i]` when known. A container without an image is skipped (the API server would
 * refuse it; helm's render is what is read here).
 */
export function renderedImages(objects: Json[], sources: Array<string | undefined> = []): RenderedImage[] {
  const byImage = new Map<string, RenderedImage>();
  objects.forEach((object, index) => {
    const podSpec = podSpecOf(object);
    if (!podSpec) return;
    const kind = String(object.kind);
    const name = text(at(object, ['metadata', 'name'])) ?? '(unnamed)';
    const namespace = text(at(object, ['metadata', 'namespace']));
    const hook = text(at(object, ['metadata', 'annotations', 'helm.sh/hook']));
    const appName = text(at(object, ['metadata', 'labels', 'app.kubernetes.io/name']));
    const source = sources[index];
    for (const field of CONTAINER_FIELDS) {
      const containers = podSpec[field];
      if (!Array.isArray(containers)) continue;
      for (const container of containers) {
        if (!isMap(container)) continue;
        const image = text(container.image);
        if (!image) continue;
        const use: ImageUse = {
          kind,
          name,
          container: text(container.name) ?? '(unnamed)',
          field,
          ...(namespace ? { namespace } : {}),
          ...(hook ? { hook } : {}),
          ...(appName ? { appName } : {}),
          ...(source ? { source } : {}),
        };
        let entry = byImage.get(image);
        if (!entry) {
          entry = { image, uses: [], testOnly: true };
          byImage.set(image, entry);
        }
        entry.uses.push(use);
        if (!isTestHook(hook)) entry.testOnly = false;
      }
    }
  });
  return [...byImage.values()];
}

/** The objects of a rendered manifest with helm's `# Source: <template>` comment of each. */
export function manifestWithSources(manifest: string): {
  objects: Json[];
  sources: Array<string | undefined>;
} {
  const objects: Json[] = [];
  const sources: Array<string | undefined> = [];
  for (const doc of parseAllDocuments(manifest)) {
    const value: unknown = doc.toJS({ maxAliasCount: -1 });
    if (!isMap(value)) continue;
    objects.push(value);
    const comment = doc.commentBefore ?? doc.contents?.commentBefore ?? '';
    const match = /(?:^|\n)\s*Source:\s*(\S+)/.exec(comment);
    sources.push(match?.[1]);
  }
  return { objects, sources };
}

/** The images of a rendered manifest (`helm template` output), with the template of each use. */
export function imagesOfManifest(manifest: string): RenderedImage[] {
  const { objects, sources } = manifestWithSources(manifest);
  return renderedImages(objects, sources);
}

/** `Deployment w-console, container console` (and `initContainer`/`ephemeralContainer`). */
export function describeUse(use: ImageUse): string {
  const what =
    use.field === 'initContainers'
      ? 'initContainer'
      : use.field === 'ephemeralContainers'
        ? 'ephemeralContainer'
        : 'container';
  return `${use.kind} ${use.name}, ${what} ${use.container}`;
}

/**
 * The values path (dotted, under the chart's values) of the subchart that rendered a template, from helm's
 * Source path: `operator-wandb/charts/otel/charts/daemonset/templates/x.yaml` -> `otel.daemonset`. Helm names
 * a subchart's folder after its alias, which is also its key in the parent's values. Undefined for the
 * parent chart's own templates.
 */
export function subchartValuesPath(source: string | undefined): string[] | undefined {
  if (!source) return undefined;
  const parts = source.split('/');
  const path: string[] = [];
  for (let i = 0; i < parts.length - 1; i++)
    if (parts[i] === 'charts' && parts[i + 1]) path.push(parts[i + 1]);
  return path.length > 0 ? path : undefined;
}
