/*
 * An installation made from plain manifests has no Helm values to export: the configuration is in the
 * `wandb` Deployment's container (its image and environment, as the legacy chart rendered them). This turns
 * that container back into legacy-chart values, so that one mapping (legacy.ts) serves both paths.
 * Pure: the caller reads the Deployment.
 *
 * A variable read from a Secret (`valueFrom.secretKeyRef`) becomes a SecretRef, never a value: the CR then
 * references the same Secret, and this tool never reads the secret itself.
 */
import { imageTag, isObject, safeDecode, type SecretRef, type Values } from './legacy.js';

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: Record<string, unknown>;
}

export interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
  resources?: Record<string, unknown>;
}

export interface DeploymentObject {
  metadata: {
    name: string;
    namespace?: string;
    annotations?: Record<string, string>;
    labels?: Record<string, string>;
  };
  spec: {
    replicas?: number;
    template: {
      spec: {
        containers: Container[];
        nodeSelector?: Record<string, unknown>;
        tolerations?: unknown[];
        affinity?: Record<string, unknown>;
        imagePullSecrets?: unknown[];
      };
    };
  };
  status?: { replicas?: number; readyReplicas?: number };
}

/** The W&B server container: the one running wandb/local, else one named wandb, else the first. */
export function serverContainer(deployment: DeploymentObject): Container | undefined {
  const containers = deployment.spec.template.spec.containers ?? [];
  return (
    containers.find((c) => /(^|\/)wandb\/local(:|@|$)/.test(c.image)) ??
    containers.find((c) => c.name === 'wandb') ??
    containers[0]
  );
}

type Resolved = string | SecretRef | undefined;

function secretRefOf(env: EnvVar | undefined): SecretRef | undefined {
  const ref = env?.valueFrom?.secretKeyRef;
  if (!isObject(ref) || typeof ref.name !== 'string' || typeof ref.key !== 'string') return undefined;
  return { secretKeyRef: { name: ref.name, key: ref.key } };
}

/** Variables the legacy chart set for itself: they carry no user configuration. */
const INTERNAL = new Set([
  'WANDB_HELM_CHART',
  'GORILLA_CUSTOMER_SECRET_STORE_SOURCE',
  'GORILLA_CUSTOMER_SECRET_STORE_K8S_CONFIG_NAMESPACE',
  'DB_USER',
  'DB_PASSWORD',
  'DB_HOST',
  'DB',
]);

/** Variable → legacy key, for the variables the legacy chart rendered from its values. */
const KNOWN: Record<string, string> = {
  HOST: 'host',
  LICENSE: 'license',
  BUCKET: 'bucket',
  AWS_REGION: 'bucketRegion',
  AWS_S3_KMS_ID: 'bucketKmsKeyArn',
  BUCKET_QUEUE: 'bucketQueue',
  GORILLA_EMAIL_SINK: 'smtpServer',
  GORILLA_CORS_ORIGINS: 'extraCors',
  OIDC_ISSUER: 'sso.issuer',
  OIDC_CLIENT_ID: 'sso.clientId',
  OIDC_AUTH_METHOD: 'sso.method',
  OIDC_CLIENT_SECRET: 'sso.clientSecret',
  GLOBAL_ADMIN_API_KEY: 'enableAdminApi',
};

function set(values: Values, path: string, value: unknown): void {
  const [head, tail] = path.split('.');
  if (tail === undefined) values[head] = value;
  else values[head] = { ...(isObject(values[head]) ? values[head] : {}), [tail]: value };
}

/**
 * `mysql://USER:PASSWORD@HOST[:PORT]/DB`, where each part may be `$(VAR)` (Kubernetes expands those from
 * the container's other variables). A part that is exactly a Secret-backed `$(VAR)` stays a SecretRef.
 */
export function parseMysqlUrl(template: string, env: Map<string, EnvVar>): Values | undefined {
  const match = /^mysql:\/\/([^:@]*)(?::(.*))?@([^/@]+)\/([^?]+)/.exec(template.trim());
  if (!match) return undefined;
  const [, user, password, hostPort, database] = match;
  const resolve = (part: string | undefined): Resolved => {
    if (part === undefined || part === '') return undefined;
    const whole = /^\$\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(part);
    if (whole) {
      const ref = secretRefOf(env.get(whole[1]));
      if (ref) return ref;
    }
    let unresolved = false;
    const text = part.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (all, name: string) => {
      const item = env.get(name);
      if (item?.value !== undefined) return item.value;
      unresolved = true;
      return all;
    });
    return unresolved ? undefined : safeDecode(text);
  };
  const mysql: Values = {};
  const hostText = resolve(hostPort);
  if (typeof hostText === 'string') {
    const portMatch = /^(.*):(\d+)$/.exec(hostText);
    mysql.host = portMatch ? portMatch[1] : hostText;
    if (portMatch) mysql.port = Number(portMatch[2]);
  }
  const fields: Array<[string, string | undefined]> = [
    ['user', user],
    ['password', password],
    ['database', database],
  ];
  for (const [key, part] of fields) {
    const value = resolve(part);
    if (value !== undefined) mysql[key] = value;
  }
  return mysql;
}

export interface DeploymentValues {
  /** Legacy-chart-shaped values (with SecretRefs where the Deployment reads Secrets). */
  values: Values;
  image?: string;
  /** Variables that were only internal to the legacy chart, for the log. */
  ignored: string[];
}

export function legacyValuesFromDeployment(deployment: DeploymentObject): DeploymentValues {
  const container = serverContainer(deployment);
  const values: Values = {};
  const ignored: string[] = [];
  if (!container) return { values, ignored };
  const env = new Map((container.env ?? []).map((item) => [item.name, item]));
  const extraEnv: EnvVar[] = [];
  for (const item of container.env ?? []) {
    const name = item.name;
    if (INTERNAL.has(name)) {
      ignored.push(name);
      continue;
    }
    if (name === 'MYSQL') {
      const mysql = item.value !== undefined ? parseMysqlUrl(item.value, env) : undefined;
      if (mysql) values.mysql = mysql;
      else extraEnv.push(item);
      continue;
    }
    if (name === 'GORILLA_DISABLE_SSO_PROVISIONING') {
      if (item.value === 'true') set(values, 'sso.autoProvision', false);
      continue;
    }
    if (name === 'GORILLA_INSECURE_ALLOW_API_KEY_ADMIN_ACCESS') {
      ignored.push(name);
      continue;
    }
    const key = KNOWN[name];
    if (!key) {
      extraEnv.push(item);
      continue;
    }
    if (key === 'enableAdminApi') {
      values.enableAdminApi = true;
      continue;
    }
    const ref = secretRefOf(item);
    if (ref) set(values, key, ref);
    else if (item.value !== undefined) set(values, key, item.value);
    else extraEnv.push(item);
  }
  if (extraEnv.length > 0) values.extraEnv = extraEnv;
  // `registry:5000/wandb/local:0.74.1@sha256:...`: the tag is after the last `/`, the digest after `@`.
  const withoutDigest = container.image.split('@')[0];
  const tag = imageTag(container.image);
  const repository = tag ? withoutDigest.slice(0, -(tag.length + 1)) : withoutDigest;
  values.image = { repository, ...(tag ? { tag } : {}) };
  if (container.resources && Object.keys(container.resources).length > 0)
    values.resources = container.resources;
  const pod = deployment.spec.template.spec;
  if (pod.nodeSelector && Object.keys(pod.nodeSelector).length > 0) values.nodeSelector = pod.nodeSelector;
  if (pod.tolerations && pod.tolerations.length > 0) values.tolerations = pod.tolerations;
  if (pod.affinity && Object.keys(pod.affinity).length > 0) values.affinity = pod.affinity;
  if (pod.imagePullSecrets && pod.imagePullSecrets.length > 0) values.imagePullSecrets = pod.imagePullSecrets;
  return { values, image: container.image, ignored };
}
