/**
 * Which images a W&B deployment through the operator needs, and where each must be in the internal registry.
 * Pure: reads the merged CR, no I/O.
 *
 * The list is the seven images an air-gapped install must mirror (W&B docs, operator-airgapped; `wsm list`):
 * `wandb/controller` (the operator, from the operator chart's `image`), `wandb/local` (`app.image`),
 * `wandb/console` (`console.image`), Redis (`redis.image`, chart default `bitnamilegacy/redis`, formerly
 * `bitnami/redis`), the OpenTelemetry collector (`otel.image`), Prometheus (`prometheus.server.image`) and its
 * config reloader (`prometheus.configmapReload.prometheus.image`), plus every other `image:` map the values
 * name (`weave.image`, the `wandb/megabinary` components, `mysql.image`, ...). A component whose `install` is
 * `false` needs no image.
 *
 * Where the kubelet pulls each image from follows the operator-wandb chart:
 * - W&B components (wandb-base templates): `<global.repositoryPrefix>/<image.repository>:<image.tag>`, the
 *   prefix only when set; `image.digest` wins over the tag; no tag renders `latest`.
 * - Bitnami subcharts (redis, and any `image:` map with a `registry` key): `<global.imageRegistry or
 *   image.registry or docker.io>/<image.repository>:<image.tag>`; no tag means the subchart's own default.
 * - Prometheus and OpenTelemetry subcharts: `image.repository` as written (Prometheus's carries `quay.io/`);
 *   no tag means the subchart's default.
 * A repository without a registry host is pulled from Docker Hub.
 *
 * In air-gapped mode (the operator runs with `airgapped: true`) every image must come from the internal
 * registry with a pinned tag: a `latest` or missing tag, or an image pulled from elsewhere, is an error that
 * names the key to change. Every image is still checked at the place it should have in the internal registry.
 */
import {
  DIGEST_PATTERN,
  DOCKER_HUB,
  REPOSITORY_PATTERN,
  TAG_PATTERN,
  formatReference,
  parseName,
  type ImageReference,
  type RegistryTarget,
} from './reference.js';

export type Severity = 'error' | 'warning';

export interface PlanProblem {
  severity: Severity;
  /** Where to change it: a dotted CR path (`spec.values.app.image.tag`) or an input (`--controller-tag`). */
  keyPath: string;
  /** The CR path of the key, when it is in the configuration (to find its file and line). */
  path?: string[];
  message: string;
  fix: string;
}

/** How the chart turns an `image:` map into a reference (see the module comment). */
export type ImageStyle = 'wandb' | 'bitnami' | 'plain';

export interface NeededImage {
  /** `app`, `console`, `redis`, `controller`, `weave`, ... (the values path without `.image`). */
  component: string;
  /** Dotted CR path of the `image:` map, or the input for the controller. */
  keyPath: string;
  /** What the kubelet pulls, as the values say (tag may be missing). */
  pulled: ImageReference;
  /** Where the image must be in the internal registry: what is checked. */
  internal: ImageReference;
  /** Where to copy it from when it is missing (the public image), for the fix. */
  upstream: string;
  /** False when the tag is unknown, so there is nothing to check. */
  checkable: boolean;
}

export interface ImagePlan {
  images: NeededImage[];
  problems: PlanProblem[];
}

export interface PlanOptions {
  registry: RegistryTarget;
  airgapped: boolean;
  /** The operator's image: the operator chart's `image.repository` and `image.tag`. */
  controller: { repository?: string; tag?: string };
}

interface KnownImage {
  component: string;
  /** Candidate paths under spec.values of the `image:` map, the current chart layout first. */
  paths: string[][];
  /** `install` flag that turns the component off, under spec.values. */
  installPath?: string[];
  style: ImageStyle;
  /** The chart's default, as a full name (registry included). */
  defaultName: string;
  /** The tag when the values give none: `latest` for W&B components, unknown (subchart default) otherwise. */
  defaultTag?: string;
}

/** The images of seed 003 / `wsm list` that the operator-wandb chart deploys by default. */
export const KNOWN_IMAGES: KnownImage[] = [
  {
    component: 'app',
    paths: [['app', 'image']],
    style: 'wandb',
    defaultName: 'docker.io/wandb/local',
    defaultTag: 'latest',
  },
  {
    component: 'console',
    paths: [['console', 'image']],
    installPath: ['console', 'install'],
    style: 'wandb',
    defaultName: 'docker.io/wandb/console',
    defaultTag: 'latest',
  },
  {
    component: 'redis',
    paths: [['redis', 'image']],
    installPath: ['redis', 'install'],
    style: 'bitnami',
    defaultName: 'docker.io/bitnamilegacy/redis',
  },
  {
    component: 'otel',
    paths: [['otel', 'image']],
    installPath: ['otel', 'install'],
    style: 'plain',
    defaultName: 'docker.io/otel/opentelemetry-collector-contrib',
  },
  {
    component: 'prometheus',
    paths: [
      ['prometheus', 'server', 'image'],
      ['prometheus', 'image'],
    ],
    installPath: ['prometheus', 'install'],
    style: 'plain',
    defaultName: 'quay.io/prometheus/prometheus',
  },
  {
    component: 'prometheus-config-reloader',
    paths: [
      ['prometheus', 'configmapReload', 'prometheus', 'image'],
      ['prometheus', 'configReloader', 'image'],
    ],
    installPath: ['prometheus', 'install'],
    style: 'plain',
    defaultName: 'quay.io/prometheus-operator/prometheus-config-reloader',
  },
];

export const CONTROLLER_DEFAULT = 'docker.io/wandb/controller';

/** Public homes of images commonly mirrored, for the fix hint when the internal path hides the origin. */
const UPSTREAM_BY_PATH: Record<string, string> = Object.fromEntries(
  [...KNOWN_IMAGES.map((k) => k.defaultName), CONTROLLER_DEFAULT, 'docker.io/bitnami/redis'].map((name) => [
    parseName(name).repository,
    parseName(name).registry,
  ]),
);

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

function hasHost(repository: string): boolean {
  const first = repository.split('/')[0];
  return repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
}

function dotted(path: string[]): string {
  return path.map((key) => (key.includes('.') ? `"${key}"` : key)).join('.');
}

const VALUES = ['spec', 'values'];

interface ImageMap {
  repository?: string;
  tag?: string;
  digest?: string;
  registry?: string;
}

function readImageMap(value: unknown): ImageMap | undefined {
  if (typeof value === 'string' && value.trim() !== '') {
    // `image: repo:tag` as a plain string (some subcharts accept it).
    const colon = value.lastIndexOf(':');
    return colon > value.lastIndexOf('/')
      ? { repository: value.slice(0, colon), tag: value.slice(colon + 1) }
      : { repository: value };
  }
  if (!isMap(value)) return undefined;
  return {
    repository: text(value.repository),
    tag: text(value.tag),
    digest: text(value.digest),
    registry: text(value.registry),
  };
}

/** Every `image:` map under spec.values, with its path (for images the seven do not cover). */
function findImageMaps(node: unknown, path: string[], found: Array<{ path: string[]; map: ImageMap }>): void {
  if (!isMap(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const childPath = [...path, key];
    if (key === 'image') {
      const map = readImageMap(value);
      if (map && (map.repository || map.tag || map.digest)) {
        found.push({ path: childPath, map });
        continue;
      }
    }
    findImageMaps(value, childPath, found);
  }
}

function isSwitchedOff(values: unknown, installPath: string[] | undefined): boolean {
  return installPath !== undefined && at(values, installPath) === false;
}

export function planImages(cr: unknown, options: PlanOptions): ImagePlan {
  const values = at(cr, VALUES);
  const global = at(values, ['global']);
  const repositoryPrefix = text(at(global, ['repositoryPrefix']))?.replace(/\/+$/, '');
  const imageRegistry = text(at(global, ['imageRegistry']))?.replace(/\/+$/, '');
  const problems: PlanProblem[] = [];
  const images: NeededImage[] = [];
  const covered = new Set<string>();

  const add = (
    component: string,
    keyPath: string[] | string,
    map: ImageMap,
    style: ImageStyle,
    defaults: { name: string; tag?: string },
  ) => {
    const where = typeof keyPath === 'string' ? keyPath : dotted(keyPath);
    const tagKey = typeof keyPath === 'string' ? keyPath : `${where}.tag`;
    const repoKey = typeof keyPath === 'string' ? keyPath : `${where}.repository`;
    images.push(
      resolveImage({
        component,
        path: typeof keyPath === 'string' ? undefined : keyPath,
        where,
        tagKey,
        repoKey,
        map,
        style,
        defaults,
        repositoryPrefix,
        imageRegistry,
        options,
        problems,
      }),
    );
  };

  // The operator itself: not in the CR, but in the operator chart's values.
  const controllerName = options.controller.repository ?? CONTROLLER_DEFAULT;
  images.push(
    resolveImage({
      component: 'controller',
      // The operator chart's image.repository / image.tag (install-operator --image-repository / --image-tag).
      where: '--controller-repository, --controller-tag',
      tagKey: '--controller-tag',
      repoKey: '--controller-repository',
      map: { repository: controllerName, tag: options.controller.tag },
      style: 'plain',
      // The operator chart's default tag is `latest` (charts/operator values.yaml).
      defaults: { name: CONTROLLER_DEFAULT, tag: 'latest' },
      repositoryPrefix: undefined,
      imageRegistry: undefined,
      options,
      problems,
    }),
  );

  for (const known of KNOWN_IMAGES) {
    if (isSwitchedOff(values, known.installPath)) {
      for (const path of known.paths) covered.add(dotted(path));
      continue;
    }
    const foundPath = known.paths.find((path) => readImageMap(at(values, path)) !== undefined);
    const path = foundPath ?? known.paths[0];
    for (const p of known.paths) covered.add(dotted(p));
    const map = readImageMap(at(values, path)) ?? {};
    add(known.component, [...VALUES, ...path], map, map.registry ? 'bitnami' : known.style, {
      name: known.defaultName,
      tag: known.defaultTag,
    });
  }

  const found: Array<{ path: string[]; map: ImageMap }> = [];
  findImageMaps(values, [], found);
  for (const { path, map } of found) {
    if (covered.has(dotted(path))) continue;
    if (isSwitchedOff(values, [path[0], 'install'])) continue;
    const component = dotted(path.slice(0, -1)) || 'image';
    // A subchart image we do not know: W&B templates apply the prefix; a `registry` key means Bitnami.
    const style: ImageStyle = map.registry ? 'bitnami' : 'wandb';
    if (!map.repository) {
      problems.push({
        severity: options.airgapped ? 'error' : 'warning',
        keyPath: `${dotted([...VALUES, ...path])}.repository`,
        path: [...VALUES, ...path],
        message: `${dotted([...VALUES, ...path])} sets a tag but no repository, so the chart's default repository applies, which this check cannot see.`,
        fix: `Set ${dotted([...VALUES, ...path])}.repository to the image's full name in the internal registry.`,
      });
      continue;
    }
    add(component, [...VALUES, ...path], map, style, { name: map.repository, tag: 'latest' });
  }
  return { images, problems };
}

interface ResolveInput {
  component: string;
  /** CR path of the `image:` map (undefined for the controller, which is an input). */
  path?: string[];
  where: string;
  tagKey: string;
  repoKey: string;
  map: ImageMap;
  style: ImageStyle;
  defaults: { name: string; tag?: string };
  repositoryPrefix?: string;
  imageRegistry?: string;
  options: PlanOptions;
  problems: PlanProblem[];
}

function resolveImage(input: ResolveInput): NeededImage {
  const { map, style, options, problems } = input;
  const severity: Severity = options.airgapped ? 'error' : 'warning';
  const tagPath = input.path ? [...input.path, 'tag'] : undefined;
  const repoPath = input.path ? [...input.path, 'repository'] : undefined;
  const defaultName = parseName(input.defaults.name);
  // The chart's default repository as its values write it: W&B and Bitnami ones without a host.
  const written = map.repository ?? (style === 'plain' ? input.defaults.name : defaultName.repository);

  let full: string;
  if (style === 'wandb' && input.repositoryPrefix && map.repository && hasHost(map.repository)) {
    // wandb-base prepends the prefix to every repository, even one that names its registry already.
    problems.push({
      severity: 'error',
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: global.repositoryPrefix '${input.repositoryPrefix}' is put before ${input.repoKey} '${map.repository}' too, so the chart would pull '${input.repositoryPrefix}/${map.repository}'.`,
      fix: `Write ${input.repoKey} without the registry host (e.g. '${parseName(map.repository).repository}'), or drop global.repositoryPrefix.`,
    });
    full = map.repository;
  } else if (style === 'wandb')
    full = input.repositoryPrefix ? `${input.repositoryPrefix}/${written}` : written;
  else if (style === 'bitnami') {
    const registry =
      input.imageRegistry ?? map.registry ?? (map.repository ? DOCKER_HUB : defaultName.registry);
    full = `${registry}/${written}`;
  } else full = written;
  const name = parseName(full);

  const digest = map.digest;
  let tag = map.tag;
  let checkable = true;
  if (!tag && !digest) {
    if (input.defaults.tag) {
      tag = input.defaults.tag;
      problems.push({
        severity,
        keyPath: input.tagKey,
        path: tagPath,
        message: `${input.component}: no tag is set (${input.tagKey}), so ${formatReference({ ...name, tag })} would be pulled${options.airgapped ? ', and an air-gapped deployment needs a pinned tag' : ''}.`,
        fix: `Set ${input.tagKey} to the version mirrored in the internal registry (never latest).`,
      });
      if (options.airgapped) checkable = false;
    } else {
      checkable = false;
      problems.push({
        severity,
        keyPath: input.tagKey,
        path: tagPath,
        message: `${input.component}: no tag is set (${input.tagKey}), so the chart's default tag applies, which depends on the chart version and cannot be checked.`,
        fix: `Set ${input.tagKey} to the tag mirrored in the internal registry (e.g. from 'wsm list').`,
      });
    }
  } else if (tag === 'latest' && !digest) {
    problems.push({
      severity,
      keyPath: input.tagKey,
      path: tagPath,
      message: `${input.component}: ${input.tagKey} is 'latest'${options.airgapped ? ', which an air-gapped deployment must not use: the version would change without a change to the configuration' : ''}.`,
      fix: `Set ${input.tagKey} to a pinned version that is in the internal registry.`,
    });
    if (options.airgapped) checkable = false;
  }
  if (tag && !TAG_PATTERN.test(tag)) {
    problems.push({
      severity: 'error',
      keyPath: input.tagKey,
      path: tagPath,
      message: `${input.component}: '${tag}' at ${input.tagKey} is not a valid image tag.`,
      fix: 'Tags are up to 128 letters, digits, _, . and -, not starting with . or -.',
    });
    checkable = false;
  }
  if (digest && !DIGEST_PATTERN.test(digest)) {
    problems.push({
      severity: 'error',
      keyPath: input.where,
      path: input.path,
      message: `${input.component}: '${digest}' at ${input.where}.digest is not a valid digest.`,
      fix: 'Write a digest as sha256:<64 hex digits>.',
    });
    checkable = false;
  }
  if (!REPOSITORY_PATTERN.test(name.repository)) {
    problems.push({
      severity: 'error',
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: '${name.repository}' (from ${input.repoKey}) is not a valid repository name.`,
      fix: 'Repository names are lower-case path components separated by /.',
    });
    checkable = false;
  }

  const pulled: ImageReference = { ...name, tag, digest };
  const target = options.registry;
  const isInternal =
    name.registry.toLowerCase() === target.host &&
    (!target.prefix || name.repository.startsWith(`${target.prefix}/`));
  // Where the image belongs in the internal registry: where the values point, or the public path under it.
  const internal: ImageReference = isInternal
    ? pulled
    : {
        registry: target.host,
        repository: target.prefix ? `${target.prefix}/${name.repository}` : name.repository,
        tag,
        digest,
      };
  if (!isInternal) {
    problems.push({
      severity,
      keyPath: input.repoKey,
      path: repoPath,
      message: `${input.component}: ${formatReference(pulled)} is pulled from ${name.registry}, not from the internal registry ${target.display}.`,
      fix: `Mirror it to ${formatReference(internal)} and set ${input.repoKey} to ${internal.registry}/${internal.repository}${style === 'wandb' ? ' (or global.repositoryPrefix)' : style === 'bitnami' ? ' (or global.imageRegistry)' : ''}.`,
    });
  }

  return {
    component: input.component,
    keyPath: input.where,
    pulled,
    internal,
    upstream: upstreamOf(isInternal, name, target, defaultName, tag, digest),
    checkable,
  };
}

/** The public image to copy from: the reference itself when external, else a best guess from the path. */
function upstreamOf(
  isInternal: boolean,
  name: { registry: string; repository: string },
  target: RegistryTarget,
  defaultName: { registry: string; repository: string },
  tag: string | undefined,
  digest: string | undefined,
): string {
  if (!isInternal) return formatReference({ ...name, tag, digest });
  let path = name.repository;
  if (target.prefix && path.startsWith(`${target.prefix}/`)) path = path.slice(target.prefix.length + 1);
  let registry = UPSTREAM_BY_PATH[path];
  if (!registry && defaultName.registry === target.host) registry = DOCKER_HUB;
  if (!registry) {
    // `registry:5000/local` for wandb/local: the last component matches the chart default's.
    const last = path.split('/').pop();
    if (last && defaultName.repository.split('/').pop() === last) {
      path = defaultName.repository;
      registry = defaultName.registry;
    } else registry = DOCKER_HUB;
  }
  return formatReference({ registry, repository: path, tag, digest });
}
