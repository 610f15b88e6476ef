/**
 * Which images a W&B deployment through the operator needs, and where each must be in the internal registry.
 * Pure: takes the images of the renders (src/images/rendered.ts), the CR and the chart's defaults; no I/O.
 *
 * The list is exactly what the renders pull: every image of the operator-wandb chart rendered with the CR's
 * values (what the operator's `helm upgrade --install` would create), plus the operator's own controller image
 * (from a render of the operator chart, or from the controller-repository / controller-tag inputs). Nothing is
 * guessed from a fixed list: a component the values switch on (weave-trace, clickhouse, ...) brings its images,
 * one they switch off takes them away.
 *
 * Each image is traced back to the key that sets it, so that a problem names what to change:
 * - an `image:` map of the values (the user's, over the chart's defaults, subcharts under their alias) whose
 *   repository and tag the rendered reference carries (after `global.repositoryPrefix` or a registry), the
 *   rendering object's chart alias deciding between maps that name the same image (wandb/megabinary is the
 *   image of a dozen components);
 * - otherwise the rendered object and container, with the subchart's values path when the template belongs
 *   to a subchart.
 *
 * In air-gapped mode (the operator runs with `airgapped: true`) every image must come from the internal
 * registry with a pinned tag: a `latest` or missing tag, or an image pulled from elsewhere, is an error that
 * names the key to change. Every image is still checked at the place it should have in the internal registry.
 * Images that only a helm test hook uses are listed and checked, but never fail the check: the operator does
 * not run `helm test`.
 */
import {
  DIGEST_PATTERN,
  DOCKER_HUB,
  REPOSITORY_PATTERN,
  TAG_PATTERN,
  formatName,
  formatReference,
  parseName,
  parseReference,
  type ImageReference,
  type RegistryTarget,
} from './reference.js';
import { describeUse, isTestHook, subchartValuesPath, type RenderedImage } from './rendered.js';

export type Severity = 'error' | 'warning';

export interface PlanProblem {
  severity: Severity;
  /** Where to change it: a dotted CR path (`spec.values.app.image.tag`), an input (`--controller-tag`), or the
   * rendered object and container when no key names the image. */
  keyPath: string;
  /** The CR path of the key, when it is in the configuration (to find its file and line). */
  path?: string[];
  message: string;
  fix: string;
}

export interface NeededImage {
  /** `app`, `console`, `controller`, `otel.daemonset`, ...: the values path without `.image`, else the chart
   * alias or container that uses it. */
  component: string;
  /** Dotted CR path of the `image:` map, the inputs for the controller, or the rendered object and container. */
  keyPath: string;
  /** Every rendered container that uses it: `Deployment w-app, container app`. */
  usedBy: string[];
  /** Only helm test hooks use it: listed and checked, never a failure. */
  testOnly: boolean;
  /** What the kubelet pulls, as rendered. */
  pulled: ImageReference;
  /** Where the image must be in the internal registry: what is checked. */
  internal: ImageReference;
  /** Where to copy it from when it is missing (the public image), for the fix. */
  upstream: string;
  /** False when the reference cannot be checked (latest or no tag when air-gapped, invalid). */
  checkable: boolean;
}

export interface ImagePlan {
  images: NeededImage[];
  problems: PlanProblem[];
}

/** A values `image:` map as the chart reads it. */
export interface ImageMap {
  repository?: string;
  tag?: string;
  digest?: string;
  registry?: string;
}

/** A node of a chart's values tree with defaults (src/charts/knowledge.ts's KeyNode has this shape). */
export interface DefaultsNode {
  k?: Record<string, DefaultsNode>;
  d?: string | number | boolean;
}

export interface PlanInput {
  /** The merged CR: spec.values are the user's values. */
  cr: unknown;
  /** The images of the operator-wandb render. */
  rendered: RenderedImage[];
  /** The chart's values tree with defaults, to trace default images to their key (optional). */
  chartDefaults?: DefaultsNode;
  /** The operator's image: rendered from the operator chart, or as the inputs give it. */
  controller: { rendered?: RenderedImage[]; repository: string; tag?: string };
}

export interface PlanOptions {
  registry: RegistryTarget;
  airgapped: boolean;
}

type Json = Record<string, unknown>;

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

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function dotted(path: string[]): string {
  return path.map((key) => (key.includes('.') ? `"${key}"` : key)).join('.');
}

const VALUES = ['spec', 'values'];

function hostLike(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** An `image:` value: a map (`repository`, or Reloader's `name`), or `repo:tag` as a plain string. */
export function readImageMap(value: unknown): ImageMap | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    const ref = value.trim();
    const colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/')
      ? { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) }
      : { repository: ref };
  }
  if (!isMap(value)) return undefined;
  const map: ImageMap = {
    repository: text(value.repository) ?? text(value.name),
    tag: text(value.tag),
    digest: text(value.digest),
    registry: text(value.registry),
  };
  return map.repository || map.tag || map.digest ? map : undefined;
}

/** Every `image:` map under the user's values, with its path under spec.values. */
export function userImageMaps(values: unknown): Array<{ path: string[]; map: ImageMap }> {
  const found: Array<{ path: string[]; map: ImageMap }> = [];
  const walk = (node: unknown, path: string[]) => {
    if (!isMap(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const map = key === 'image' ? readImageMap(value) : undefined;
      if (map) found.push({ path: [...path, key], map });
      else walk(value, [...path, key]);
    }
  };
  walk(values, []);
  return found;
}

/** Every `image:` map with defaults in a chart's values tree. */
export function defaultImageMaps(tree: DefaultsNode | undefined): Array<{ path: string[]; map: ImageMap }> {
  const found: Array<{ path: string[]; map: ImageMap }> = [];
  const walk = (node: DefaultsNode, path: string[]) => {
    for (const [key, sub] of Object.entries(node.k ?? {})) {
      if (key === 'image' && sub.k) {
        const plain = Object.fromEntries(Object.entries(sub.k).map(([name, leaf]) => [name, leaf.d]));
        const map = readImageMap(plain);
        if (map) {
          found.push({ path: [...path, key], map });
          continue;
        }
      }
      walk(sub, [...path, key]);
    }
  };
  if (tree) walk(tree, []);
  return found;
}

interface Candidate {
  path: string[];
  map: ImageMap;
  /** The user's values set this map (then its file and line are known). */
  user: boolean;
}

/** The user's maps over the chart's defaults, key by key (helm's coalescing of values). */
function candidates(values: unknown, defaults: DefaultsNode | undefined): Candidate[] {
  const byPath = new Map<string, Candidate>();
  for (const { path, map } of defaultImageMaps(defaults))
    byPath.set(dotted(path), { path, map, user: false });
  for (const { path, map } of userImageMaps(values)) {
    const base = byPath.get(dotted(path));
    const merged: ImageMap = { ...base?.map };
    for (const [key, value] of Object.entries(map))
      if (value !== undefined) merged[key as keyof ImageMap] = value;
    byPath.set(dotted(path), { path, map: merged, user: true });
  }
  return [...byPath.values()];
}

/** Whether the rendered reference is what this values map renders to (prefix and registry allowed before). */
function renders(map: ImageMap, raw: string, ref: ImageReference): boolean {
  if (!map.repository) return false;
  const written = raw.replace(/@.*$/, '').replace(/:[^:/]*$/, '');
  const wanted = map.repository.replace(/\/+$/, '');
  const sameName =
    written === wanted ||
    written.endsWith(`/${wanted}`) ||
    formatName(parseName(written)) === formatName(parseName(wanted)) ||
    (map.registry !== undefined &&
      formatName(parseName(written)) === formatName(parseName(`${map.registry}/${wanted}`)));
  if (!sameName) return false;
  if (map.digest) return ref.digest === map.digest;
  if (map.tag) return ref.tag === map.tag;
  return true;
}

/** The values key of a rendered image, or undefined when none can be told. */
function traceKey(image: RenderedImage, pool: Candidate[]): Candidate | undefined {
  const ref = parseReference(image.image);
  const matching = pool.filter((c) => renders(c.map, image.image, ref));
  if (matching.length === 0) return undefined;
  // The subchart (alias path) or chart alias of the objects that use it decides between maps of one image.
  const owners = new Set<string>();
  for (const use of image.uses) {
    const sub = subchartValuesPath(use.source);
    if (sub) owners.add(dotted(sub));
    if (use.appName) owners.add(use.appName);
  }
  const owned = matching.filter((c) => {
    const component = dotted(c.path.slice(0, -1));
    return owners.has(component) || (c.path.length > 1 && owners.has(c.path[0]));
  });
  // The component's own `image` first (the shortest path), e.g. `settingsMigrationJob.image` over a job's.
  if (owned.length > 0) return owned.sort((a, b) => a.path.length - b.path.length)[0];
  return matching.length === 1 ? matching[0] : undefined;
}

const CONTROLLER_KEY = '--controller-repository, --controller-tag';

export function planImages(input: PlanInput, options: PlanOptions): ImagePlan {
  const values = at(input.cr, VALUES);
  const pool = candidates(values, input.chartDefaults);
  const problems: PlanProblem[] = [];
  const images: NeededImage[] = [];

  // The operator itself: not in the CR, but in the operator chart's values (install-operator's image inputs).
  const controllerRendered = input.controller.rendered?.filter((r) => !r.testOnly) ?? [];
  const controllerImages =
    controllerRendered.length > 0
      ? controllerRendered
      : [
          {
            image: `${input.controller.repository}${input.controller.tag ? `:${input.controller.tag}` : ''}`,
            uses: [],
            testOnly: false,
          },
        ];
  for (const image of controllerImages) {
    images.push(
      resolveImage(
        {
          component: 'controller',
          where: CONTROLLER_KEY,
          tagKey: '--controller-tag',
          repoKey: '--controller-repository',
          usedBy: image.uses.map(describeUse),
          testOnly: false,
          raw: image.image,
          // The operator chart's default tag is `latest` (charts/operator values.yaml).
          tagMissing: input.controller.tag === undefined,
        },
        options,
        problems,
      ),
    );
  }

  for (const whole of input.rendered) {
    // Uses told apart by the key that sets each (alpine/k8s is both appRenamePreHook's and appRenamePostHook's).
    const fallback = traceKey(whole, pool);
    const groups = new Map<string, { key?: Candidate; image: RenderedImage }>();
    for (const use of whole.uses) {
      const key = traceKey({ ...whole, uses: [use] }, pool) ?? fallback;
      const id = key ? dotted(key.path) : '';
      const group = groups.get(id) ?? { key, image: { ...whole, uses: [], testOnly: true } };
      group.image.uses.push(use);
      group.image.testOnly &&= isTestHook(use.hook);
      groups.set(id, group);
    }
    if (groups.size === 0) groups.set('', { key: fallback, image: whole });
    for (const { key, image } of groups.values()) images.push(resolveRendered(image, key, options, problems));
  }
  return { images, problems };
}

/** One rendered image (or the uses of it that one key sets), traced to its key or else to its object. */
function resolveRendered(
  image: RenderedImage,
  key: Candidate | undefined,
  options: PlanOptions,
  problems: PlanProblem[],
): NeededImage {
  const first = image.uses[0];
  const usedBy = image.uses.map(describeUse);
  if (key) {
    const crPath = [...VALUES, ...key.path];
    return resolveImage(
      {
        component: dotted(key.path.slice(0, -1)) || 'image',
        where: dotted(crPath),
        path: crPath,
        tagKey: `${dotted(crPath)}.tag`,
        repoKey: `${dotted(crPath)}.repository`,
        usedBy,
        testOnly: image.testOnly,
        raw: image.image,
        hasRegistryKey: key.map.registry !== undefined,
      },
      options,
      problems,
    );
  }
  const sub = first ? subchartValuesPath(first.source) : undefined;
  const where = first ? describeUse(first) : image.image;
  return resolveImage(
    {
      component: sub ? dotted(sub) : (first?.appName ?? first?.container ?? 'image'),
      where,
      tagKey: `the tag of ${where}`,
      repoKey: `the image of ${where}`,
      usedBy,
      testOnly: image.testOnly,
      raw: image.image,
      note: `no key of the values names it (the chart's own${sub ? `, in its values under spec.values.${dotted(sub)}` : ''}${first?.source ? `; template ${first.source}` : ''})`,
    },
    options,
    problems,
  );
}

interface ResolveInput {
  component: string;
  /** What names the image: a CR path, the controller inputs, or the rendered object. */
  where: string;
  /** CR path of the `image:` map, when a values key sets it. */
  path?: string[];
  tagKey: string;
  repoKey: string;
  usedBy: string[];
  testOnly: boolean;
  /** The image as rendered. */
  raw: string;
  /** The map has a `registry` key (Bitnami subcharts: registry and repository apart). */
  hasRegistryKey?: boolean;
  /** The controller with no --controller-tag. */
  tagMissing?: boolean;
  /** Why no values key is named. */
  note?: string;
}

function resolveImage(input: ResolveInput, options: PlanOptions, problems: PlanProblem[]): NeededImage {
  const { airgapped } = options;
  // Test-only images never fail the check: the operator does not run `helm test`.
  const severity: Severity = airgapped && !input.testOnly ? 'error' : 'warning';
  const tagPath = input.path ? [...input.path, 'tag'] : undefined;
  const repoPath = input.path ? [...input.path, 'repository'] : undefined;
  const label = `${input.component}${input.testOnly ? ' (helm test only)' : ''}`;
  const add = (problem: Omit<PlanProblem, 'message'> & { message: string }) =>
    problems.push(
      input.note && !problem.path
        ? { ...problem, message: `${problem.message} ${capital(input.note)}.` }
        : problem,
    );
  const name = parseReference(input.raw);
  const { digest } = name;
  let tag = name.tag;
  let checkable = true;

  if (input.tagMissing) {
    tag ??= 'latest';
    add({
      severity,
      keyPath: input.tagKey,
      message: `${label}: no tag is set (${input.tagKey}), so ${formatReference({ ...name, tag })} would be pulled${airgapped ? ', and an air-gapped deployment needs a pinned tag' : ''}.`,
      fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`,
    });
    if (airgapped) checkable = false;
  } else if (!tag && !digest) {
    tag = 'latest';
    add({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: ${input.raw} has no tag (${input.tagKey}), so the kubelet pulls latest${airgapped ? ', and an air-gapped deployment needs a pinned tag' : ''}.`,
      fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`,
    });
    if (airgapped) checkable = false;
  } else if (tag === 'latest' && !digest) {
    add({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: ${input.tagKey} is 'latest'${input.path ? '' : ` (${input.raw})`}${airgapped ? ', which an air-gapped deployment must not use: the version would change without a change to the configuration' : ''}.`,
      fix: `Set ${input.tagKey} to a pinned version that is in the internal registry.`,
    });
    if (airgapped) checkable = false;
  }
  if (tag && !TAG_PATTERN.test(tag)) {
    add({
      severity: 'error',
      keyPath: input.tagKey,
      path: tagPath,
      message: `${label}: '${tag}' at ${input.tagKey} is not a valid image tag.`,
      fix: 'Tags are up to 128 letters, digits, _, . and -, not starting with . or -.',
    });
    checkable = false;
  }
  if (digest && !DIGEST_PATTERN.test(digest)) {
    add({
      severity: 'error',
      keyPath: input.where,
      path: input.path,
      message: `${label}: '${digest}' at ${input.where}.digest is not a valid digest.`,
      fix: 'Write a digest as sha256:<64 hex digits>.',
    });
    checkable = false;
  }
  const doubled = name.repository.split('/').find(hostLike);
  if (doubled) {
    // wandb-base puts global.repositoryPrefix before every repository, even one that names its registry already.
    add({
      severity: 'error',
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: the chart renders '${formatName(name)}', a registry host ('${doubled}') inside the repository path: global.repositoryPrefix is put before ${input.repoKey} too.`,
      fix: `Write ${input.repoKey} without the registry host (e.g. '${name.repository.slice(name.repository.indexOf(doubled) + doubled.length + 1)}'), or drop global.repositoryPrefix.`,
    });
    checkable = false;
  } else if (!REPOSITORY_PATTERN.test(name.repository)) {
    add({
      severity: 'error',
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: '${name.repository}' (from ${input.repoKey}) is not a valid repository name.`,
      fix: 'Repository names are lower-case path components separated by /.',
    });
    checkable = false;
  }

  const pulled: ImageReference = { ...name, tag, digest };
  const target = options.registry;
  const isInternal =
    name.registry.toLowerCase() === target.host &&
    (!target.prefix || name.repository.startsWith(`${target.prefix}/`));
  // Where the image belongs in the internal registry: where the render points, or the public path under it.
  const internal: ImageReference = isInternal
    ? pulled
    : {
        registry: target.host,
        repository: target.prefix ? `${target.prefix}/${name.repository}` : name.repository,
        tag,
        digest,
      };
  if (!isInternal) {
    const pointAt = `${internal.registry}/${internal.repository}`;
    add({
      severity,
      keyPath: input.repoKey,
      path: repoPath,
      message: `${label}: ${formatReference(pulled)} is pulled from ${name.registry}, not from the internal registry ${target.display}.`,
      fix: input.path
        ? input.hasRegistryKey
          ? `Mirror it to ${formatReference(internal)} and set ${dotted(input.path)}.registry to ${internal.registry}${target.prefix ? ` and .repository to ${internal.repository}` : ''} (or global.imageRegistry).`
          : `Mirror it to ${formatReference(internal)} and set ${input.repoKey} to ${pointAt} (or global.repositoryPrefix).`
        : input.component === 'controller'
          ? `Mirror it to ${formatReference(internal)} and give --controller-repository ${pointAt} (install-operator's image-repository).`
          : `Mirror it to ${formatReference(internal)} and point ${input.where} at it in the values (global.repositoryPrefix or global.imageRegistry, where the template reads them).`,
    });
  }

  return {
    component: input.component,
    keyPath: input.where,
    usedBy: input.usedBy,
    testOnly: input.testOnly,
    pulled,
    internal,
    upstream: upstreamOf(isInternal, name, target, tag, digest),
    checkable,
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Public homes of images commonly mirrored, for the fix hint when the internal path hides the origin. */
const UPSTREAM_BY_PATH: Record<string, string> = {
  'prometheus/prometheus': 'quay.io',
  'prometheus-operator/prometheus-config-reloader': 'quay.io',
  'wandb_tools/wandb-k8s-operator': 'quay.io',
  'stakater/reloader': 'ghcr.io',
  'nerdswords/yet-another-cloudwatch-exporter': 'ghcr.io',
  'wandb-production/public/python': 'us-docker.pkg.dev',
  'wandb-production/public/wandb/lumen': 'us-docker.pkg.dev',
  'buf-images-1/bufstream-public/images/bufstream': 'us-docker.pkg.dev',
};

/** The public image to copy from: the reference itself when external, else its path on its usual home. */
function upstreamOf(
  isInternal: boolean,
  name: { registry: string; repository: string },
  target: RegistryTarget,
  tag: string | undefined,
  digest: string | undefined,
): string {
  if (!isInternal) return formatReference({ ...name, tag, digest });
  let path = name.repository;
  if (target.prefix && path.startsWith(`${target.prefix}/`)) path = path.slice(target.prefix.length + 1);
  return formatReference({ registry: UPSTREAM_BY_PATH[path] ?? DOCKER_HUB, repository: path, tag, digest });
}
