import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// src/images/reference.ts
var DOCKER_HUB = "docker.io";
function isHost(component) {
  return component.includes(".") || component.includes(":") || component === "localhost";
}
function parseName(text) {
  const trimmed = text.trim().replace(/\/+$/, "");
  const slash = trimmed.indexOf("/");
  let registry = DOCKER_HUB;
  let repository = trimmed;
  if (slash > 0 && isHost(trimmed.slice(0, slash))) {
    registry = trimmed.slice(0, slash);
    repository = trimmed.slice(slash + 1);
  }
  if (["index.docker.io", "registry-1.docker.io"].includes(registry)) registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  return { registry, repository };
}
function parseReference(text) {
  let rest = text.trim();
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { ...parseName(rest), tag, digest };
}
function formatName(name) {
  return `${name.registry}/${name.repository}`;
}
function formatReference(ref) {
  if (ref.digest) return `${formatName(ref)}@${ref.digest}`;
  if (ref.tag) return `${formatName(ref)}:${ref.tag}`;
  return formatName(ref);
}
var REPOSITORY_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
var TAG_PATTERN = /^[\w][\w.-]{0,127}$/;
var DIGEST_PATTERN = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
function parseRegistry(text) {
  const match = /^(?:(https?):\/\/)?([^/\s]+)((?:\/[^/\s]+)*)\/?$/i.exec(text.trim());
  if (!match) return void 0;
  const scheme = match[1]?.toLowerCase() ?? "https";
  const host = match[2].toLowerCase();
  const prefix = match[3].replace(/^\//, "");
  if (!/^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:]+\](?::\d{1,5})?$/.test(host)) return void 0;
  return { scheme, host, prefix, display: prefix ? `${host}/${prefix}` : host };
}

export {
  DOCKER_HUB,
  parseName,
  parseReference,
  formatName,
  formatReference,
  REPOSITORY_PATTERN,
  TAG_PATTERN,
  DIGEST_PATTERN,
  parseRegistry
};
