/**
 * Image references, parsed and normalised the way the container runtime does (distribution's `reference`
 * package): the first path component is a registry host when it contains a `.` or a `:`, or is
 * `localhost`; otherwise the image is on Docker Hub (`docker.io`), where a one-component name lives under
 * `library/`. Pure: no I/O.
 */
export const DOCKER_HUB = 'docker.io';

export interface ImageName {
  /** Registry host, with port when there is one: `docker.io`, `127.0.0.1:5000`. */
  registry: string;
  /** Repository path inside that registry: `wandb/local`, `library/mysql`. */
  repository: string;
}

export interface ImageReference extends ImageName {
  tag?: string;
  digest?: string;
}

function isHost(component: string): boolean {
  return component.includes('.') || component.includes(':') || component === 'localhost';
}

/** Splits `host/path` into registry and repository, normalising Docker Hub names. */
export function parseName(text: string): ImageName {
  const trimmed = text.trim().replace(/\/+$/, '');
  const slash = trimmed.indexOf('/');
  let registry = DOCKER_HUB;
  let repository = trimmed;
  if (slash > 0 && isHost(trimmed.slice(0, slash))) {
    registry = trimmed.slice(0, slash);
    repository = trimmed.slice(slash + 1);
  }
  if (['index.docker.io', 'registry-1.docker.io'].includes(registry)) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  return { registry, repository };
}

/** Parses `host/path[:tag][@digest]`. */
export function parseReference(text: string): ImageReference {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { ...parseName(rest), tag, digest };
}

export function formatName(name: ImageName): string {
  return `${name.registry}/${name.repository}`;
}

/** `host/path:tag`, `host/path@digest`, or `host/path` when neither is known. */
export function formatReference(ref: ImageReference): string {
  if (ref.digest) return `${formatName(ref)}@${ref.digest}`;
  if (ref.tag) return `${formatName(ref)}:${ref.tag}`;
  return formatName(ref);
}

/** Repository names and tags as distribution accepts them (the registry API refuses anything else). */
export const REPOSITORY_PATTERN =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
export const TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
export const DIGEST_PATTERN = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** The internal registry as given on the command line: `[http(s)://]host[:port][/prefix]`. */
export interface RegistryTarget {
  scheme: 'https' | 'http';
  /** Host with port, lower-cased. */
  host: string;
  /** Optional path prefix (a Harbor project, an Artifactory virtual repository): `mirror`. */
  prefix: string;
  /** What the user wrote, without the scheme. */
  display: string;
}

export function parseRegistry(text: string): RegistryTarget | undefined {
  const match = /^(?:(https?):\/\/)?([^/\s]+)((?:\/[^/\s]+)*)\/?$/i.exec(text.trim());
  if (!match) return undefined;
  const scheme = (match[1]?.toLowerCase() ?? 'https') as 'https' | 'http';
  const host = match[2].toLowerCase();
  const prefix = match[3].replace(/^\//, '');
  if (!/^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:]+\](?::\d{1,5})?$/.test(host)) return undefined;
  return { scheme, host, prefix, display: prefix ? `${host}/${prefix}` : host };
}
