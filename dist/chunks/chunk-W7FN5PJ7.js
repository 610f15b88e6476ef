import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-VQ5QC2OO.js";
import {
  createHelmHome
} from "./chunk-ZREQD56G.js";
import {
  readInputFile
} from "./chunk-ONPGXOBI.js";
import {
  execute,
  findOnPath
} from "./chunk-JOVIVYPK.js";
import {
  require_dist
} from "./chunk-CQMOT45H.js";
import {
  weakSecretReason
} from "./chunk-LF6VXC7P.js";
import {
  closest,
  editDistance,
  list,
  str
} from "./chunk-KBDRJG5B.js";
import {
  UserError
} from "./chunk-LYP4OSA7.js";
import {
  __commonJS,
  __toESM
} from "./chunk-GJZUA6DH.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/charts/catalog.ts
var import_semver = __toESM(require_semver(), 1);

// src/charts/generated/operator-wandb.json
var operator_wandb_default = { chart: "operator-wandb", digests: { "0.40.7": "c4f48e6ef1132cbf8e88ec32a822b392bed236724e08b851b85ac32826a2320c", "0.43.8": "cf8255891105c5e5c96e33dd8e05f8d4955e8bbdedd45a151584b73a11ea59b5" }, versions: { "0.40.7": { t: "map", k: { global: { t: "map", k: { host: { t: "string", d: "http://localhost:8080" }, repositoryPrefix: { t: "string", d: "" }, imageRegistry: { t: "string", d: "" }, license: { t: "string", d: "" }, licenseCertPath: { t: "string", d: "/jwks.json" }, licenseSecret: { t: "map", k: { name: { t: "string", d: "" }, key: { t: "string", d: "" } } }, signerKeyPath: { t: "string", d: "/vol/env" }, cloudProvider: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, banners: { t: "map", o: 1 }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, daemonset: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, service: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, priorityClassName: { t: "string", d: "" }, extraEnvFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, volumesTpls: { t: "list", o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, operator: { t: "map", k: { namespace: { t: "string", d: "default" } } }, mysql: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 3306, o: 1 }, database: { t: "string", d: "wandb_local", o: 1 }, user: { t: "string", d: "wandb", o: 1 }, password: { t: "string", d: "", o: 1 }, caCert: { t: "string", d: "", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { key: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, configMapKeyRef: { t: "map", k: { key: { t: "any", o: 1 }, name: { t: "any", o: 1 } } } } } } }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, rootPasswordKey: { t: "string", d: "MYSQL_ROOT_PASSWORD" }, passwordKey: { t: "string", d: "MYSQL_PASSWORD" } } } } }, size: { t: "string", d: "small" }, slack: { t: "map", k: { secret: { t: "string", d: "" }, clientId: { t: "string", d: "" } } }, otel: { t: "map", k: { traces: { t: "map", k: { host: { t: "string", d: "" }, port: { t: "number", d: 4317 }, proto: { t: "string", d: "grpc" } } } } }, clickhouse: { t: "map", k: { host: { t: "string", d: "{{ .Release.Name }}-clickhouse-headless", o: 1 }, port: { t: "string", d: "", o: 1 }, password: { t: "string", d: "", o: 1 }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, passwordKey: { t: "string", d: "CLICKHOUSE_PASSWORD" } } }, database: { t: "string", d: "weave_trace_db", o: 1 }, user: { t: "string", d: "default", o: 1 }, replicated: { t: "boolean", d: false, o: 1 } } }, email: { t: "map", k: { smtp: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 587, o: 1 }, user: { t: "string", d: "", o: 1 }, password: { t: "string", d: "", o: 1 } } } } }, auth: { t: "map", k: { sessionLengthHours: { t: "number", d: 720 }, jwkUrl: { t: "string", d: "" }, oidc: { t: "map", k: { clientId: { t: "string", d: "" }, secret: { t: "string", d: "" }, authMethod: { t: "string", d: "" }, issuer: { t: "string", d: "" }, oidcSecret: { t: "map", k: { name: { t: "string", d: "" }, secretKey: { t: "string", d: "OIDC_SECRET" } } } } } } }, defaultBucket: { t: "map", k: { provider: { t: "string", d: "s3" }, name: { t: "string", d: "" }, path: { t: "string", d: "" }, region: { t: "string", d: "" }, kmsKey: { t: "string", d: "" }, accessKey: { t: "any", o: 1 }, secretKey: { t: "any", o: 1 } } }, bucket: { t: "map", k: { secret: { t: "map", k: { secretName: { t: "string", d: "" }, accessKeyName: { t: "string", d: "ACCESS_KEY" }, secretKeyName: { t: "string", d: "SECRET_KEY" } } }, name: { t: "any", o: 1 }, provider: { t: "any", o: 1 }, path: { t: "any", o: 1 }, accessKey: { t: "any", o: 1 }, secretKey: { t: "any", o: 1 }, region: { t: "any", o: 1 }, kmsKey: { t: "any", o: 1 } } }, redis: { t: "map", k: { host: { t: "string", d: "" }, port: { t: "number", d: 6379 }, password: { t: "string", d: "" }, external: { t: "boolean", d: false }, parameters: { t: "map", o: 1 }, params: { t: "map", o: 1 }, caCert: { t: "string", d: "" }, secret: { t: "map", k: { secretName: { t: "string", d: "" }, secretKey: { t: "string", d: "REDIS_PASSWORD" } } } } }, bigtable: { t: "map", k: { v3: { t: "map", k: { enabled: { t: "boolean", d: false } } }, v2: { t: "map", k: { enabled: { t: "boolean", d: false } } }, host: { t: "string", d: "" }, project: { t: "string", d: "" }, instance: { t: "string", d: "" } } }, historyStore: { t: "map", k: { parquetOnly: { t: "boolean", d: false } } }, pubSub: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "" }, project: { t: "string", d: "" }, filestreamTopic: { t: "string", d: "" }, runUpdateShadowTopic: { t: "string", d: "" } } }, kafka: { t: "map", k: { user: { t: "string", d: "wandb" }, password: { t: "string", d: "wandb" }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, passwordKey: { t: "string", d: "client-passwords" } } }, brokerHost: { t: "string", d: "" }, brokerPort: { t: "number", d: 9092 }, runUpdatesShadowTopic: { t: "string", d: "" }, runUpdatesShadowNumPartitions: { t: "number", d: 100 } } }, customCACerts: { t: "list", o: 1 }, caCertsConfigMap: { t: "string", d: "" }, "weave-trace": { t: "map", k: { enabled: { t: "boolean", d: false } } }, localService: { t: "map", k: { bypass: { t: "boolean", d: false } } }, api: { t: "map", k: { enabled: { t: "boolean", d: false }, rateLimits: { t: "map", k: { enabled: { t: "boolean", d: false }, filestreamCount: { t: "number", d: 500 }, filestreamSize: { t: "number", d: 120 }, fileStreamPerRunCount: { t: "number", d: 2 }, runUpdateCount: { t: "number", d: 80 }, sdkGraphqlQuerySeconds: { t: "any", o: 1 }, createArtifacts: { t: "any", o: 1 }, createArtifactsTimeWindow: { t: "any", o: 1 } } }, additionalPaths: { t: "map", k: { proxy: { t: "boolean", d: false }, files: { t: "boolean", d: false }, debug: { t: "boolean", d: false }, service_redirect: { t: "boolean", d: false }, service_dangerzone: { t: "boolean", d: false }, artifacts: { t: "boolean", d: false }, oidc: { t: "boolean", d: false }, analytics: { t: "boolean", d: false }, scim: { t: "boolean", d: false }, admin: { t: "boolean", d: false } } } } }, glue: { t: "map", k: { enabled: { t: "boolean", d: false } } }, bufstream: { t: "map", k: { enabled: { t: "boolean", d: false } } }, executor: { t: "map", k: { enabled: { t: "boolean", d: false } } }, settingsMigrationJob: { t: "map", k: { debug: { t: "boolean", d: false }, dryRun: { t: "boolean", d: true } } }, gcpSecurityPolicy: { t: "string", d: "" }, statsig: { t: "map", k: { apiKey: { t: "string", d: "" } } }, imagePullSecrets: { t: "list", o: 1 }, compatibility: { t: "map", k: { openshift: { t: "map", k: { adaptSecurityContext: { t: "string", d: "disabled" } } } } }, defaultStorageClass: { t: "string", d: "" }, security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: false } } }, env: { t: "map", o: 1, k: { GLOBAL_ADMIN_API_KEY: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 }, observability: { t: "map", k: { mode: { t: "any", o: 1 } } }, kubeVersion: { t: "any", o: 1 }, postgresql: { t: "any", o: 1 }, image: { t: "any", o: 1 } } }, ingress: { t: "map", k: { install: { t: "boolean", d: true }, create: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, defaultBackend: { t: "string", d: "app" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, tls: { t: "list", o: 1 }, additionalHosts: { t: "list", o: 1 }, class: { t: "string", d: "" }, issuer: { t: "map", k: { create: { t: "boolean", d: false }, provider: { t: "string", d: "" }, server: { t: "string", d: "https://acme-v02.api.letsencrypt.org/directory" }, email: { t: "string", d: "support@wandb.com" } } }, secondary: { t: "map", k: { create: { t: "boolean", d: false }, install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, defaultBackend: { t: "string", d: "app" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, tls: { t: "list", o: 1 }, additionalHosts: { t: "list", o: 1 }, class: { t: "string", d: "" }, issuer: { t: "map", k: { create: { t: "boolean", d: false }, provider: { t: "string", d: "" }, server: { t: "string", d: "https://acme-v02.api.letsencrypt.org/directory" }, email: { t: "string", d: "support@wandb.com" } } } } } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, artifactsGc: { t: "map", k: { BatchSize: { t: "number", d: 0 }, NumWorkers: { t: "number", d: 0 }, DeleteFilesNumWorkers: { t: "number", d: 0 } } }, api: { t: "map", k: { service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ready" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, port: { t: "any", o: 1 } } }, env: { t: "map", k: { GORILLA_COREWEAVE_OBSERVABILITY_API_KEY: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "gorilla-coreweave-observability" }, key: { t: "string", d: "GORILLA_COREWEAVE_OBSERVABILITY_API_KEY" }, optional: { t: "boolean", d: true } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-api-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-gorilla-session-key": { t: "string", d: "secretRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "migrate-db": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { api: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8081 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "api" } } }, periodSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, volumesTpls: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, app: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/local" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, internalJWTMap: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_LICENSE_CERT_PATH: { t: "string", d: "/var/app/jwks.json" }, GORILLA_GLUE_VIEW_SPEC_UPDATER_EXECUTABLE: { t: "string", d: "/usr/local/bin/view-spec-updater-linux" }, GORILLA_GLUE_CONTAINER_PORT: { t: "string", d: "8083" }, BUCKET_QUEUE: { t: "string", d: "internal://" }, GORILLA_TASK_CONFIG_PATH: { t: "string", d: "/etc/service/gorilla-glue/glue_tasks_local.yaml" }, GORILLA_VIEW_SPEC_UPDATER_EXECUTABLE: { t: "string", d: "/usr/local/bin/view-spec-updater-linux" }, GORILLA_COREWEAVE_OBSERVABILITY_API_KEY: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "gorilla-coreweave-observability" }, key: { t: "string", d: "GORILLA_COREWEAVE_OBSERVABILITY_API_KEY" }, optional: { t: "boolean", d: true } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-api-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-gorilla-session-key": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-frontend-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-app-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-local-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: true }, command: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { app: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "string", d: "http" } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "http" } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "http" } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 120 } }, o: 1 }, lifecycle: { t: "map", k: { preStop: { t: "map", k: { exec: { t: "map", k: { command: { t: "list", o: 1 } } } } } }, o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, extraCors: { t: "any", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, appRenamePreHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "app-rename-pre-hook": { t: "map", k: { containers: { t: "map", k: { "app-rename-pre-hook": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "alpine/k8s" }, tag: { t: "string", d: "1.31.12" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "pre-upgrade" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, appRenamePostHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "app-rename-post-hook": { t: "map", k: { containers: { t: "map", k: { "app-rename-post-hook": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "alpine/k8s" }, tag: { t: "string", d: "1.31.12" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "post-upgrade" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, console: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, loadBalancerHealthCheckPath: { t: "string", d: "/console/api/healthz" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, port: { t: "any", o: 1 } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/console" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-console-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, proxy: { t: "map", k: { httpProxy: { t: "string", d: "" }, httpsProxy: { t: "string", d: "" }, noProxy: { t: "string", d: "" }, debug: { t: "boolean", d: false } } }, containers: { t: "map", k: { console: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/healthz" }, port: { t: "string", d: "http" } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/ready" }, port: { t: "string", d: "http" } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/ready" }, port: { t: "string", d: "http" } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 120 } }, o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, type: { t: "string", d: "ClusterRole" }, rules: { t: "list", o: 1 } } }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1, k: { BUCKET_ACCESS_IDENTITY: { t: "any", o: 1 } } }, envTpls: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1, k: { BUCKET_ACCESS_IDENTITY: { t: "any", o: 1 } } }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, executor: { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, workerConcurrency: { t: "number", d: 10 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-executor-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_TASK_QUEUE: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.executor.taskQueue" . }}' } } } }, o: 1 }, containers: { t: "map", k: { executor: { t: "map", k: { args: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, strategy: { t: "map", k: { type: { t: "string", d: "Recreate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "80Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "80Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "96Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "96Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, filemeta: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, containers: { t: "map", k: { filemeta: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, anaconda2: { t: "map", k: { install: { t: "boolean", d: false }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ping" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, port: { t: "any", o: 1 } } }, env: { t: "map", k: { DD_TRACE_AGENT_HOSTNAME: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "status.hostIP" } } } } } } }, DD_AGENT_HOST: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "status.hostIP" } } } } } } } }, o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-anaconda2-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { anaconda2: { t: "map", k: { env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ping" }, port: { t: "string", d: "http" } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ping" }, port: { t: "string", d: "http" } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/anaconda2" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { enabled: { t: "boolean", d: false }, create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, sizing: { t: "map", k: { default: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, filestream: { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, pubsub: { t: "map", k: { subscriptions: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-filestream-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_FILE_STREAM_WORKER_SOURCE_ADDRESS: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.fileStreamStoreConsumer" . }}' } } } }, o: 1 }, containers: { t: "map", k: { filestream: { t: "map", k: { args: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "flat-run-fields-updater": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, pubsub: { t: "map", k: { subscriptions: { t: "string", d: "" } } }, kafka: { t: "map", k: { consumerGroupId: { t: "string", d: "flat-run-fields-updater" } } }, env: { t: "map", k: { GORILLA_RUN_UPDATE_SHADOW_QUEUE_SUBSCRIPTIONS_FLAT_RUN_FIELDS_UPDATER: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.runUpdateShadowQueue" . }}' } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-flat-run-fields-updater-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "flat-run-fields-updater": { t: "map", k: { args: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 1 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 1 }, maxReplicaCount: { t: "number", d: 5 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 2 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 3 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 3 }, maxReplicaCount: { t: "number", d: 10 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 5 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 6 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 6 }, maxReplicaCount: { t: "number", d: 15 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 10 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 20 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 15 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 30 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 30 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 20 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, frontend: { t: "map", k: { install: { t: "boolean", d: false }, podSecurityContext: { t: "map", k: { runAsUser: { t: "number", d: 101 }, runAsNonRoot: { t: "boolean", d: true }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/frontend-nginx" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, volumes: { t: "list", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ready" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, port: { t: "any", o: 1 } } }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-frontend-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { frontend: { t: "map", k: { env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, glue: { t: "map", k: { envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "migrate-db": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { glue: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8080 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, strategy: { t: "map", k: { type: { t: "string", d: "Recreate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, volumesTpls: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, internalSignerPreHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "internal-signer-pre-hook": { t: "map", k: { containers: { t: "map", k: { "internal-signer-pre-hook": { t: "map", k: { env: { t: "map", k: { INTERNAL_SIGNER_K8S_SECRET_NAME: { t: "string", d: "{{ .Release.Name }}-internal-signer" }, INTERNAL_SIGNER_K8S_NAMESPACE: { t: "string", d: "{{ .Release.Namespace }}" } }, o: 1 }, args: { t: "list", o: 1 } } } }, o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "pre-upgrade,pre-install" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "metric-observer": { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, pubsub: { t: "map", k: { subscription: { t: "string", d: "" } } }, kafka: { t: "map", k: { consumerGroupId: { t: "string", d: "metric-observer" } } }, env: { t: "map", k: { GORILLA_RUN_UPDATE_SHADOW_QUEUE_SUBSCRIPTIONS_METRIC_OBSERVER: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.runUpdateShadowQueue" . }}' } } }, GORILLA_METRIC_OBSERVER_STORE: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.redis.connectionString" . | trim }}' } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-flat-run-fields-updater-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "metric-observer": { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "1000m" }, memory: { t: "string", d: "1Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "250m" }, memory: { t: "string", d: "256Mi" } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 8 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 12 }, minReplicas: { t: "number", d: 4 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 16 }, minReplicas: { t: "number", d: 6 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 8 } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, parquet: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, fuse: { t: "map", k: { enabled: { t: "boolean", d: false }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 2 }, memory: { t: "string", d: "2Gi" }, "ephemeral-storage": { t: "string", d: "10Gi" } } } }, o: 1 }, fileCacheCapacity: { t: "string", d: "9.5Gi" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-parquet-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { parquet: { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8087 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "number", d: 8087 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 } } } }, o: 1 }, cronJobs: { t: "map", k: { "parquet-backfill": { t: "map", k: { enabled: { t: "boolean", d: false }, containers: { t: "map", k: { "backfill-job": { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_GLUE_EXECUTE: { t: "string", d: "true" }, GORILLA_GLUE_EXECUTE_TASK_NAME: { t: "string", d: "EXPORTHISTORYTOPARQUET" } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } } }, o: 1 } } } }, o: 1 }, concurrencyPolicy: { t: "string", d: "Forbid" }, schedule: { t: "string", d: "* * * * *" } } } }, o: 1 }, volumesTpls: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "parquet-metadata-cache": { t: "map", k: { maxColumnChunks: { t: "number", d: 1e7 }, install: { t: "boolean", d: false }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-parquet-metadata-cache-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "parquet-metadata-cache": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9091 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9091 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, settingsMigrationJob: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, env: { t: "map", k: { SMJ_FILE_STORE: { t: "map", k: { value: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).url }}' } } }, SMJ_K8S_ACTIVE_SPEC_SECRET_NAME: { t: "map", k: { value: { t: "string", d: "wandb-spec-active" } } }, SMJ_K8S_USER_SPEC_SECRET_NAME: { t: "map", k: { value: { t: "string", d: "wandb-spec-user" } } }, SMJ_K8S_NAMESPACE: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "metadata.namespace" } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, kind: { t: "string", d: "Job" }, jobs: { t: "map", k: { smj: { t: "map", k: { ttlSecondsAfterFinished: { t: "number", d: 60 }, backoffLimit: { t: "number", d: 1 }, containers: { t: "map", k: { smj: { t: "map", k: { image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-smj-secret": { t: "string", d: "secretRef" } }, o: 1 }, args: { t: "list", o: 1 } } } }, o: 1 } } } }, o: 1 }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, weave: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, cache: { t: "map", k: { intervalInHours: { t: "number", d: 24 }, size: { t: "string", d: "20Gi" }, medium: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-python" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-weave-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { weave: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http" } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http" } } } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http" } } }, failureThreshold: { t: "number", d: 12 }, periodSeconds: { t: "number", d: 10 } }, o: 1 }, volumeMounts: { t: "list", o: 1 } } }, "weave-cache-clear": { t: "map", k: { command: { t: "list", o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "number", d: 4 }, memory: { t: "string", d: "12Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "48Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-trace": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "weave-trace-migrate": { t: "map", k: { args: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { "weave-trace": { t: "map", k: { args: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http" } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http" } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http" } } }, failureThreshold: { t: "number", d: 12 }, periodSeconds: { t: "number", d: 10 } }, o: 1 }, ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 3 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 4 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 5 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 6 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-trace-worker": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_INTERNAL_SERVICE_TOKEN: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "weave-worker-auth" }, key: { t: "string", d: "key" } } } } } } } }, o: 1 }, containers: { t: "map", k: { "weave-trace-worker": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 } } } }, o: 1 }, service: { t: "map", k: { ports: { t: "list", o: 1 }, enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-evaluate-model-worker": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_INTERNAL_SERVICE_TOKEN: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "weave-worker-auth" }, key: { t: "string", d: "key" } } } } } } } }, o: 1 }, containers: { t: "map", k: { "weave-evaluate-model-worker": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 } } } }, o: 1 }, service: { t: "map", k: { ports: { t: "list", o: 1 }, enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, nginx: { t: "map", k: { install: { t: "boolean", d: false }, additionalServices: { t: "map", o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "nginxinc/nginx-unprivileged" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } } }, containers: { t: "map", k: { nginx: { t: "map", k: { ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, sizing: { t: "map", k: { default: { t: "map", k: { autoscaling: { t: "map", k: { enabled: { t: "boolean", d: true }, minReplicas: { t: "number", d: 2 }, maxReplicas: { t: "number", d: 4 }, horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, mysql: { t: "map", k: { install: { t: "boolean", d: false }, persistence: { t: "map", k: { size: { t: "string", d: "20Gi" }, storageClass: { t: "string", d: "" } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "mysql" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "Always" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, common: { t: "map", o: 1, k: { labels: { t: "any", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 999 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "4000m" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } } }, o: 1 }, yace: { t: "map", k: { install: { t: "boolean", d: false }, regions: { t: "list", o: 1 }, pod: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "5000" }, "prometheus.io/path": { t: "string", d: "/metrics" }, "prometheus.io/scheme": { t: "string", d: "http" } }, o: 1 }, labels: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { registry: { t: "string", d: "ghcr.io" }, repository: { t: "string", d: "nerdswords/yet-another-cloudwatch-exporter" }, pullPolicy: { t: "string", d: "IfNotPresent" }, tag: { t: "string", d: "v0.60.0" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, searchTags: { t: "map", o: 1 }, config: { t: "string", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "any", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, deployment: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "500Mi" } } } }, o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } }, o: 1 }, redis: { t: "map", k: { install: { t: "boolean", d: true }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/redis" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "7.2.4-debian-12-r9" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, nameOverride: { t: "string", d: "redis" }, architecture: { t: "string", d: "standalone" }, auth: { t: "map", k: { enabled: { t: "boolean", d: false }, existingSecret: { t: "string", d: '{{ include "wandb.redis.passwordSecret" . }}' }, existingSecretPasswordKey: { t: "string", d: "{{ .Values.global.redis.secret.secretKey }}" }, sentinel: { t: "boolean", d: true }, password: { t: "string", d: "" }, usePasswordFiles: { t: "boolean", d: false }, usePasswordFileFromSecret: { t: "boolean", d: true } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, service: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9121" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 }, enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { http: { t: "number", d: 9121 } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, port: { t: "any", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/redis-exporter" }, tag: { t: "string", d: "1.58.0-debian-12-r4" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerPorts: { t: "map", k: { http: { t: "number", d: 9121 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, command: { t: "list", o: 1 }, redisTargetHost: { t: "string", d: "localhost" }, extraArgs: { t: "map", o: 1 }, extraEnvVars: { t: "list", o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9121" } }, o: 1 }, serviceMonitor: { t: "map", k: { port: { t: "string", d: "http-metrics" }, enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "" }, relabelings: { t: "list", o: 1 }, relabellings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, additionalLabels: { t: "map", o: 1 }, podTargetLabels: { t: "list", o: 1 }, sampleLimit: { t: "boolean", d: false }, targetLimit: { t: "boolean", d: false }, additionalEndpoints: { t: "list", o: 1 } } }, podMonitor: { t: "map", k: { port: { t: "string", d: "metrics" }, enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "" }, relabelings: { t: "list", o: 1 }, relabellings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, additionalLabels: { t: "map", o: 1 }, podTargetLabels: { t: "list", o: 1 }, sampleLimit: { t: "boolean", d: false }, targetLimit: { t: "boolean", d: false }, additionalEndpoints: { t: "list", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, master: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, count: { t: "number", d: 1 }, configuration: { t: "string", d: "" }, disableCommands: { t: "list", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraFlags: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, containerPorts: { t: "map", k: { redis: { t: "number", d: 6379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, kind: { t: "string", d: "StatefulSet" }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } }, o: 1 }, minReadySeconds: { t: "number", d: 0 }, priorityClassName: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, shareProcessNamespace: { t: "boolean", d: false }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, dnsPolicy: { t: "string", d: "" }, dnsConfig: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" }, path: { t: "string", d: "/data" }, subPath: { t: "string", d: "" }, subPathExpr: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, existingClaim: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, internalTrafficPolicy: { t: "string", d: "Cluster" }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 30 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, secretAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, useHostnames: { t: "boolean", d: true }, nameResolutionThreshold: { t: "number", d: 5 }, nameResolutionTimeout: { t: "number", d: 5 }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, commonConfiguration: { t: "string", d: '# Enable AOF https://redis.io/topics/persistence#append-only-file\nappendonly yes\n# Disable RDB persistence, AOF persistence already enabled.\nsave ""' }, existingConfigmap: { t: "string", d: "" }, replica: { t: "map", k: { kind: { t: "string", d: "StatefulSet" }, replicaCount: { t: "number", d: 3 }, configuration: { t: "string", d: "" }, disableCommands: { t: "list", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraFlags: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, externalMaster: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "" }, port: { t: "number", d: 6379 } } }, containerPorts: { t: "map", k: { redis: { t: "number", d: 6379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 22 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } }, o: 1 }, minReadySeconds: { t: "number", d: 0 }, priorityClassName: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, shareProcessNamespace: { t: "boolean", d: false }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, dnsPolicy: { t: "string", d: "" }, dnsConfig: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" }, path: { t: "string", d: "/data" }, subPath: { t: "string", d: "" }, subPathExpr: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, existingClaim: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, internalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 30 }, autoscaling: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 11 }, targetCPU: { t: "string", d: "" }, targetMemory: { t: "string", d: "" } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } } } }, sentinel: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/redis-sentinel" }, tag: { t: "string", d: "7.2.4-debian-12-r7" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, annotations: { t: "map", o: 1 }, masterSet: { t: "string", d: "mymaster" }, quorum: { t: "number", d: 2 }, getMasterTimeout: { t: "number", d: 90 }, automateClusterRecovery: { t: "boolean", d: false }, redisShutdownWaitFailover: { t: "boolean", d: true }, downAfterMilliseconds: { t: "number", d: 6e4 }, failoverTimeout: { t: "number", d: 18e4 }, parallelSyncs: { t: "number", d: 1 }, configuration: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, externalMaster: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "" }, port: { t: "number", d: 6379 } } }, containerPorts: { t: "map", k: { sentinel: { t: "number", d: 26379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 22 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 6 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 6 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: false }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "100Mi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 }, sentinel: { t: "number", d: 26379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" }, sentinel: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, createMaster: { t: "boolean", d: false }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 } } } } }, terminationGracePeriodSeconds: { t: "number", d: 30 } } }, serviceBindings: { t: "map", k: { enabled: { t: "boolean", d: false } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 }, metrics: { t: "map", k: { allowExternal: { t: "boolean", d: true }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } } } }, podSecurityPolicy: { t: "map", k: { create: { t: "boolean", d: false }, enabled: { t: "boolean", d: false } } }, rbac: { t: "map", k: { create: { t: "boolean", d: false }, rules: { t: "list", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "number", d: 1 }, maxUnavailable: { t: "string", d: "" } } }, tls: { t: "map", k: { enabled: { t: "boolean", d: false }, authClients: { t: "boolean", d: true }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, certificatesSecret: { t: "string", d: "" }, certFilename: { t: "string", d: "" }, certKeyFilename: { t: "string", d: "" }, certCAFilename: { t: "string", d: "" }, dhParamsFilename: { t: "string", d: "" } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, containerSecurityContext: { t: "map", k: { seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 0 } } } } }, kubectl: { t: "map", k: { image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kubectl" }, tag: { t: "string", d: "1.29.2-debian-12-r3" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, command: { t: "list", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, sysctl: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, command: { t: "list", o: 1 }, mountHostSys: { t: "boolean", d: false }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 } } }, useExternalDNS: { t: "map", k: { enabled: { t: "boolean", d: false }, suffix: { t: "string", d: "" }, annotationKey: { t: "string", d: "external-dns.alpha.kubernetes.io/" }, additionalAnnotations: { t: "map", o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, prometheus: { t: "map", k: { install: { t: "boolean", d: true }, instance: { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus" }, "prometheus-node-exporter": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "prometheus-pushgateway": { t: "map", k: { enabled: { t: "boolean", d: false } } }, alertmanager: { t: "map", k: { enabled: { t: "boolean", d: false } } }, "kube-state-metrics": { t: "map", k: { enabled: { t: "boolean", d: false } } } } }, "redis-exporter": { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus-redis-exporter" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "oliver006/redis_exporter" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, pod: { t: "map", k: { securityContext: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "100Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "300m" }, memory: { t: "string", d: "200Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, enabled: { t: "any", o: 1 } } }, "mysql-exporter": { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus-mysql-exporter" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "prom/mysqld-exporter" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "Always" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, pod: { t: "map", k: { securityContext: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "100Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "300m" }, memory: { t: "string", d: "200Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, enabled: { t: "any", o: 1 } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" } } }, stackdriver: { t: "map", k: { install: { t: "boolean", d: false }, pod: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9255" }, "prometheus.io/path": { t: "string", d: "/metrics" }, "prometheus.io/scheme": { t: "string", d: "http" } }, o: 1 }, labels: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "prometheuscommunity/stackdriver-exporter" }, pullPolicy: { t: "string", d: "IfNotPresent" }, tag: { t: "string", d: "latest" } } }, tolerations: { t: "list", o: 1 }, restartPolicy: { t: "string", d: "Always" }, replicaCount: { t: "number", d: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraArgs: { t: "map", o: 1 }, stackdriver: { t: "map", k: { projectId: { t: "string", d: "FALSE" }, serviceAccountSecret: { t: "string", d: "" }, serviceAccountSecretKey: { t: "string", d: "" }, serviceAccountKey: { t: "string", d: "" }, maxRetries: { t: "number", d: 0 }, httpTimeout: { t: "string", d: "10s" }, maxBackoff: { t: "string", d: "5s" }, backoffJitter: { t: "string", d: "1s" }, retryStatuses: { t: "number", d: 503 }, dropDelegatedProjects: { t: "boolean", d: false }, metrics: { t: "map", k: { typePrefixes: { t: "string", d: "cloudsql.googleapis.com/database,redis" }, filters: { t: "list", o: 1 }, interval: { t: "string", d: "5m" }, offset: { t: "string", d: "0s" }, ingestDelay: { t: "boolean", d: false }, aggregateDeltas: { t: "boolean", d: false }, aggregateDeltasTTL: { t: "string", d: "30m" } } } } }, web: { t: "map", k: { listenAddress: { t: "string", d: ":9255" }, path: { t: "string", d: "/metrics" } } }, secret: { t: "map", k: { labels: { t: "map", o: 1 } } }, customLabels: { t: "map", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, httpPort: { t: "number", d: 9255 }, annotations: { t: "map", o: 1 }, labels: { t: "any", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, deployment: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "500Mi" } } } }, o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } }, o: 1 }, otel: { t: "map", k: { install: { t: "boolean", d: true }, daemonset: { t: "map", k: { install: { t: "boolean", d: true }, mode: { t: "string", d: "daemonset" }, presets: { t: "map", k: { receivers: { t: "map", k: { hostMetrics: { t: "boolean", d: true }, logsCollection: { t: "boolean", d: true }, kubeletMetrics: { t: "boolean", d: true }, kubernetesEvent: { t: "boolean", d: true }, kubernetesCluster: { t: "boolean", d: true }, statsd: { t: "boolean", d: true }, otlp: { t: "boolean", d: true } } } } }, config: { t: "map", k: { service: { t: "map", k: { pipelines: { t: "map", k: { traces: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, metrics: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, logs: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } } } } } } }, o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "otel/opentelemetry-collector-contrib" }, tag: { t: "string", d: "0.97.0" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, service: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 }, type: { t: "any", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1e3 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 1e3 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, clusterRole: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, daemonSet: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "1000m" }, memory: { t: "string", d: "1000Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, role: { t: "map", o: 1 }, roleBinding: { t: "map", o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } } }, deployment: { t: "map", k: { install: { t: "boolean", d: false }, mode: { t: "string", d: "deployment" }, presets: { t: "map", k: { receivers: { t: "map", k: { statsd: { t: "boolean", d: true }, otlp: { t: "boolean", d: true }, hostMetrics: { t: "boolean", d: false }, logsCollection: { t: "boolean", d: false }, kubeletMetrics: { t: "boolean", d: false }, kubernetesEvent: { t: "boolean", d: false }, kubernetesCluster: { t: "boolean", d: false } } } } }, config: { t: "map", k: { service: { t: "map", k: { pipelines: { t: "map", k: { traces: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, metrics: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, logs: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } } } } } } }, o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "otel/opentelemetry-collector-contrib" }, tag: { t: "string", d: "0.97.0" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, service: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 }, type: { t: "any", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1e3 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 1e3 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, clusterRole: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, daemonSet: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "1000m" }, memory: { t: "string", d: "1000Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, role: { t: "map", o: 1 }, roleBinding: { t: "map", o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } } }, fullnameOverride: { t: "any", o: 1 }, nameOverride: { t: "any", o: 1 } } }, kafka: { t: "map", k: { install: { t: "boolean", d: false }, controller: { t: "map", k: { persistence: { t: "map", k: { size: { t: "string", d: "30Gi" }, enabled: { t: "boolean", d: true }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/kafka" } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, replicaCount: { t: "number", d: 3 }, controllerOnly: { t: "boolean", d: false }, minId: { t: "number", d: 0 }, zookeeperMigrationMode: { t: "boolean", d: false }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 3 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, timeoutSeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, hostNetwork: { t: "boolean", d: false }, hostIPC: { t: "boolean", d: false }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, logPersistence: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/opt/bitnami/kafka/logs" } } } } }, broker: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, replicaCount: { t: "number", d: 0 }, minId: { t: "number", d: 100 }, zookeeperMigrationMode: { t: "boolean", d: false }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 3 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, timeoutSeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, hostNetwork: { t: "boolean", d: false }, hostIPC: { t: "boolean", d: false }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/kafka" } } }, logPersistence: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/opt/bitnami/kafka/logs" } } } } }, sasl: { t: "map", k: { interbroker: { t: "map", k: { password: { t: "string", d: "inter-broker" }, user: { t: "string", d: "inter_broker_user" }, clientId: { t: "string", d: "inter_broker_client" }, clientSecret: { t: "string", d: "" } } }, controller: { t: "map", k: { password: { t: "string", d: "controller-pw" }, user: { t: "string", d: "controller_user" }, clientId: { t: "string", d: "controller_broker_client" }, clientSecret: { t: "string", d: "" } } }, client: { t: "map", k: { users: { t: "list", o: 1 }, passwords: { t: "string", d: "wandb", o: 1 } } }, existingSecret: { t: "string", d: "" }, enabledMechanisms: { t: "string", d: "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512" }, interBrokerMechanism: { t: "string", d: "PLAIN" }, controllerMechanism: { t: "string", d: "PLAIN" }, oauthbearer: { t: "map", k: { tokenEndpointUrl: { t: "string", d: "" }, jwksEndpointUrl: { t: "string", d: "" }, expectedAudience: { t: "string", d: "" }, subClaimName: { t: "string", d: "sub" } } }, zookeeper: { t: "map", k: { user: { t: "string", d: "" }, password: { t: "string", d: "" } } } } }, kraft: { t: "map", k: { clusterId: { t: "string", d: "ffFF1H3AQKGdBnsqAbJKew" }, enabled: { t: "boolean", d: true }, existingClusterIdSecret: { t: "string", d: "" }, controllerQuorumVoters: { t: "string", d: "" } } }, metrics: { t: "map", k: { jmx: { t: "map", k: { enabled: { t: "boolean", d: true }, kafkaJmxPort: { t: "number", d: 5555 }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/jmx-exporter" }, tag: { t: "string", d: "0.19.0-debian-11-r95" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, containerPorts: { t: "map", k: { metrics: { t: "number", d: 5556 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, service: { t: "map", k: { ports: { t: "map", k: { metrics: { t: "number", d: 5556 } } }, clusterIP: { t: "string", d: "" }, sessionAffinity: { t: "string", d: "None" }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.jmx.service.ports.metrics }}" }, "prometheus.io/path": { t: "string", d: "/" } }, o: 1 } } }, whitelistObjectNames: { t: "list", o: 1 }, config: { t: "string", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraRules: { t: "string", d: "" } } }, kafka: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kafka-exporter" }, tag: { t: "string", d: "1.7.0-debian-11-r132" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, certificatesSecret: { t: "string", d: "" }, tlsCert: { t: "string", d: "cert-file" }, tlsKey: { t: "string", d: "key-file" }, tlsCaSecret: { t: "string", d: "" }, tlsCaCert: { t: "string", d: "ca-file" }, extraFlags: { t: "map", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, containerPorts: { t: "map", k: { metrics: { t: "number", d: 9308 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, service: { t: "map", k: { ports: { t: "map", k: { metrics: { t: "number", d: 9308 } } }, clusterIP: { t: "string", d: "" }, sessionAffinity: { t: "string", d: "None" }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.kafka.service.ports.metrics }}" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true } } } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, jobLabel: { t: "string", d: "" } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, labels: { t: "map", o: 1 }, groups: { t: "list", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, clusterDomain: { t: "string", d: "cluster.local" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, extraDeploy: { t: "list", o: 1 }, serviceBindings: { t: "map", k: { enabled: { t: "boolean", d: false } } }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kafka" }, tag: { t: "string", d: "3.5.1-debian-11-r72" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, extraInit: { t: "string", d: "" }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, log4j: { t: "string", d: "" }, existingLog4jConfigMap: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, interBrokerProtocolVersion: { t: "string", d: "" }, listeners: { t: "map", k: { client: { t: "map", k: { containerPort: { t: "number", d: 9092 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "CLIENT" }, sslClientAuth: { t: "string", d: "" } } }, controller: { t: "map", k: { name: { t: "string", d: "CONTROLLER" }, containerPort: { t: "number", d: 9093 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, sslClientAuth: { t: "string", d: "" } } }, interbroker: { t: "map", k: { containerPort: { t: "number", d: 9094 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "INTERNAL" }, sslClientAuth: { t: "string", d: "" } } }, external: { t: "map", k: { containerPort: { t: "number", d: 9095 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "EXTERNAL" }, sslClientAuth: { t: "string", d: "" } } }, extraListeners: { t: "list", o: 1 }, overrideListeners: { t: "string", d: "" }, advertisedListeners: { t: "string", d: "" }, securityProtocolMap: { t: "string", d: "" } } }, tls: { t: "map", k: { type: { t: "string", d: "JKS" }, pemChainIncluded: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, autoGenerated: { t: "boolean", d: false }, passwordsSecret: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "keystore-password" }, passwordsSecretTruststoreKey: { t: "string", d: "truststore-password" }, passwordsSecretPemPasswordKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" }, keyPassword: { t: "string", d: "" }, jksTruststoreSecret: { t: "string", d: "" }, jksTruststoreKey: { t: "string", d: "" }, endpointIdentificationAlgorithm: { t: "string", d: "https" }, sslClientAuth: { t: "string", d: "required" }, zookeeper: { t: "map", k: { enabled: { t: "boolean", d: false }, verifyHostname: { t: "boolean", d: true }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "zookeeper.keystore.jks" }, existingSecretTruststoreKey: { t: "string", d: "zookeeper.truststore.jks" }, passwordsSecret: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "keystore-password" }, passwordsSecretTruststoreKey: { t: "string", d: "truststore-password" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } } } }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { client: { t: "number", d: 9092 }, controller: { t: "number", d: 9093 }, interbroker: { t: "number", d: 9094 }, external: { t: "number", d: 9095 } } }, extraPorts: { t: "list", o: 1 }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, external: { t: "string", d: "" } } }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, headless: { t: "map", k: { controller: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, broker: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } } } } } }, externalAccess: { t: "map", k: { enabled: { t: "boolean", d: false }, autoDiscovery: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kubectl" }, tag: { t: "string", d: "1.28.2-debian-11-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, controller: { t: "map", k: { forceExpose: { t: "boolean", d: false }, service: { t: "map", k: { type: { t: "string", d: "LoadBalancer" }, ports: { t: "map", k: { external: { t: "number", d: 9094 } } }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerNames: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, nodePorts: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, useHostIPs: { t: "boolean", d: false }, usePodIPs: { t: "boolean", d: false }, domain: { t: "string", d: "" }, publishNotReadyAddresses: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } }, o: 1 } } }, broker: { t: "map", k: { service: { t: "map", k: { type: { t: "string", d: "LoadBalancer" }, ports: { t: "map", k: { external: { t: "number", d: 9094 } } }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerNames: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, nodePorts: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, useHostIPs: { t: "boolean", d: false }, usePodIPs: { t: "boolean", d: false }, domain: { t: "string", d: "" }, publishNotReadyAddresses: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } }, o: 1 } } } }, o: 1 }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, allowExternal: { t: "boolean", d: true }, explicitNamespacesSelector: { t: "map", o: 1 }, externalAccess: { t: "map", k: { from: { t: "list", o: 1 } } }, egressRules: { t: "map", k: { customRules: { t: "list", o: 1 } } } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "11-debian-11-r90" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, containerSecurityContext: { t: "map", k: { runAsUser: { t: "number", d: 0 } } } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true }, annotations: { t: "map", o: 1 } } }, rbac: { t: "map", k: { create: { t: "boolean", d: false } } }, provisioning: { t: "map", k: { enabled: { t: "boolean", d: false }, numPartitions: { t: "number", d: 1 }, replicationFactor: { t: "number", d: 1 }, topics: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, extraProvisioningCommands: { t: "list", o: 1 }, parallel: { t: "number", d: 1 }, preScript: { t: "string", d: "" }, postScript: { t: "string", d: "" }, auth: { t: "map", k: { tls: { t: "map", k: { type: { t: "string", d: "jks" }, certificatesSecret: { t: "string", d: "" }, cert: { t: "string", d: "tls.crt" }, key: { t: "string", d: "tls.key" }, caCert: { t: "string", d: "ca.crt" }, keystore: { t: "string", d: "keystore.jks" }, truststore: { t: "string", d: "truststore.jks" }, passwordsSecret: { t: "string", d: "" }, keyPasswordSecretKey: { t: "string", d: "key-password" }, keystorePasswordSecretKey: { t: "string", d: "keystore-password" }, truststorePasswordSecretKey: { t: "string", d: "truststore-password" }, keyPassword: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: false }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, schedulerName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, waitForKafka: { t: "boolean", d: true } } }, zookeeperChrootPath: { t: "string", d: "" }, zookeeper: { t: "map", k: { enabled: { t: "boolean", d: false }, replicaCount: { t: "number", d: 1 }, auth: { t: "map", k: { client: { t: "map", k: { enabled: { t: "boolean", d: false }, clientUser: { t: "string", d: "" }, clientPassword: { t: "string", d: "" }, serverUsers: { t: "string", d: "" }, serverPasswords: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } }, quorum: { t: "map", k: { enabled: { t: "boolean", d: false }, learnerUser: { t: "string", d: "" }, learnerPassword: { t: "string", d: "" }, serverUsers: { t: "string", d: "" }, serverPasswords: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, existingClaim: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataLogDir: { t: "map", k: { size: { t: "string", d: "8Gi" }, existingClaim: { t: "string", d: "" }, selector: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, namespaceOverride: { t: "string", d: "" }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/zookeeper" }, tag: { t: "string", d: "3.9.1-debian-11-r0" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, tickTime: { t: "number", d: 2e3 }, initLimit: { t: "number", d: 10 }, syncLimit: { t: "number", d: 5 }, preAllocSize: { t: "number", d: 65536 }, snapCount: { t: "number", d: 1e5 }, maxClientCnxns: { t: "number", d: 60 }, maxSessionTimeout: { t: "number", d: 4e4 }, heapSize: { t: "number", d: 1024 }, fourlwCommandsWhitelist: { t: "string", d: "srvr, mntr, ruok" }, minServerId: { t: "number", d: 1 }, listenOnAllIPs: { t: "boolean", d: false }, autopurge: { t: "map", k: { snapRetainCount: { t: "number", d: 3 }, purgeInterval: { t: "number", d: 0 } } }, logLevel: { t: "string", d: "ERROR" }, jvmFlags: { t: "string", d: "" }, dataLogDir: { t: "string", d: "" }, configuration: { t: "string", d: "" }, existingConfigmap: { t: "string", d: "" }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, containerPorts: { t: "map", k: { client: { t: "number", d: 2181 }, tls: { t: "number", d: 3181 }, follower: { t: "number", d: 2888 }, election: { t: "number", d: 3888 } } }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, successThreshold: { t: "number", d: 1 }, probeCommandTimeout: { t: "number", d: 2 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, successThreshold: { t: "number", d: 1 }, probeCommandTimeout: { t: "number", d: 2 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", k: { memory: { t: "string", d: "256Mi" }, cpu: { t: "string", d: "250m" } } } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false } } }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } }, o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { client: { t: "number", d: 2181 }, tls: { t: "number", d: 3181 }, follower: { t: "number", d: 2888 }, election: { t: "number", d: 3888 } } }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, tls: { t: "string", d: "" } } }, disableBaseClientPort: { t: "boolean", d: false }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, headless: { t: "map", k: { publishNotReadyAddresses: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, servicenameOverride: { t: "string", d: "" } } }, tls: { t: "map", k: { client_cert_pem_path: { t: "any", o: 1 }, client_key_pem_path: { t: "any", o: 1 } } } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, allowExternal: { t: "boolean", d: true } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: false }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true }, annotations: { t: "map", o: 1 } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "11-debian-11-r89" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 0 } } } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, containerPort: { t: "number", d: 9141 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, port: { t: "number", d: 9141 }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.service.port }}" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, jobLabel: { t: "string", d: "" } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, tls: { t: "map", k: { client: { t: "map", k: { enabled: { t: "boolean", d: false }, auth: { t: "string", d: "none" }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "" }, existingSecretTruststoreKey: { t: "string", d: "" }, keystorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/client/zookeeper.keystore.jks" }, truststorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/client/zookeeper.truststore.jks" }, passwordsSecretName: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "" }, passwordsSecretTruststoreKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } }, quorum: { t: "map", k: { enabled: { t: "boolean", d: false }, auth: { t: "string", d: "none" }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "" }, existingSecretTruststoreKey: { t: "string", d: "" }, keystorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/quorum/zookeeper.keystore.jks" }, truststorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/quorum/zookeeper.truststore.jks" }, passwordsSecretName: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "" }, passwordsSecretTruststoreKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, externalZookeeper: { t: "map", k: { servers: { t: "list", o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 }, consumerGroupId: { t: "any", o: 1 } }, o: 1 }, etcd: { t: "map", k: { image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/etcd" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "3.5.17-debian-12-r3" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, replicaCount: { t: "number", d: 3 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "10Gi" }, storageClass: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, accessModes: { t: "list", o: 1 }, selector: { t: "map", o: 1 } } }, autoCompactionMode: { t: "string", d: "periodic" }, autoCompactionRetention: { t: "string", d: "30s" }, removeMemberOnContainerTermination: { t: "boolean", d: false }, resourcesPreset: { t: "string", d: "none" }, auth: { t: "map", k: { rbac: { t: "map", k: { create: { t: "boolean", d: false }, enabled: { t: "boolean", d: false }, allowNoneAuthentication: { t: "boolean", d: true }, rootPassword: { t: "string", d: "" }, existingSecret: { t: "string", d: "" }, existingSecretPasswordKey: { t: "string", d: "" } } }, token: { t: "map", k: { enabled: { t: "boolean", d: false }, type: { t: "string", d: "jwt" }, privateKey: { t: "map", k: { filename: { t: "string", d: "jwt-token.pem" }, existingSecret: { t: "string", d: "" } } }, signMethod: { t: "string", d: "RS256" }, ttl: { t: "string", d: "10m" } } }, client: { t: "map", k: { secureTransport: { t: "boolean", d: false }, useAutoTLS: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, enableAuthentication: { t: "boolean", d: false }, certFilename: { t: "string", d: "cert.pem" }, certKeyFilename: { t: "string", d: "key.pem" }, caFilename: { t: "string", d: "" } } }, peer: { t: "map", k: { secureTransport: { t: "boolean", d: false }, useAutoTLS: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, enableAuthentication: { t: "boolean", d: false }, certFilename: { t: "string", d: "cert.pem" }, certKeyFilename: { t: "string", d: "key.pem" }, caFilename: { t: "string", d: "" } } } } }, metrics: { t: "map", k: { useSeparateEndpoint: { t: "boolean", d: true }, enabled: { t: "boolean", d: false }, podAnnotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.useSeparateEndpoint | ternary .Values.containerPorts.metrics .Values.containerPorts.client }}" } }, o: 1 }, podMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "monitoring" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "30s" }, additionalLabels: { t: "map", o: 1 }, scheme: { t: "string", d: "http" }, tlsConfig: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, customLivenessProbe: { t: "map", k: { httpGet: { t: "map", k: { port: { t: "number", d: 9090 }, path: { t: "string", d: "/livez" }, scheme: { t: "string", d: "HTTP" } } }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 15 }, failureThreshold: { t: "number", d: 10 } }, o: 1 }, customReadinessProbe: { t: "map", k: { httpGet: { t: "map", k: { port: { t: "number", d: 9090 }, path: { t: "string", d: "/readyz" }, scheme: { t: "string", d: "HTTP" } } }, initialDelaySeconds: { t: "number", d: 20 }, timeoutSeconds: { t: "number", d: 10 } }, o: 1 }, extraEnvVars: { t: "list", o: 1 }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, initialClusterState: { t: "string", d: "" }, initialClusterToken: { t: "string", d: "etcd-cluster-k8s" }, logLevel: { t: "string", d: "info" }, maxProcs: { t: "string", d: "" }, configuration: { t: "string", d: "" }, existingConfigmap: { t: "string", d: "" }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, podManagementPolicy: { t: "string", d: "Parallel" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, containerPorts: { t: "map", k: { client: { t: "number", d: 2379 }, peer: { t: "number", d: 2380 }, metrics: { t: "number", d: 9090 } } }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resources: { t: "map", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 60 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 60 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 0 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 60 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumeClaimTemplates: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, schedulerName: { t: "string", d: "" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, shareProcessNamespace: { t: "boolean", d: false }, topologySpreadConstraints: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, enabled: { t: "boolean", d: true }, clusterIP: { t: "string", d: "" }, ports: { t: "map", k: { client: { t: "number", d: 2379 }, peer: { t: "number", d: 2380 }, metrics: { t: "number", d: 9090 } } }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, peer: { t: "string", d: "" }, metrics: { t: "string", d: "" }, clientPort: { t: "any", o: 1 }, peerPort: { t: "any", o: 1 } } }, clientPortNameOverride: { t: "string", d: "" }, peerPortNameOverride: { t: "string", d: "" }, metricsPortNameOverride: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 } } }, port: { t: "any", o: 1 }, peerPort: { t: "any", o: 1 } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r35" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } }, startFromSnapshot: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, snapshotFilename: { t: "string", d: "" } } }, disasterRecovery: { t: "map", k: { enabled: { t: "boolean", d: false }, cronjob: { t: "map", k: { schedule: { t: "string", d: "*/30 * * * *" }, historyLimit: { t: "number", d: 1 }, snapshotHistoryLimit: { t: "number", d: 1 }, snapshotsDir: { t: "string", d: "/snapshots" }, podAnnotations: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, serviceAccountName: { t: "string", d: "" }, command: { t: "list", o: 1 } } }, pvc: { t: "map", k: { existingClaim: { t: "string", d: "" }, size: { t: "string", d: "2Gi" }, storageClassName: { t: "string", d: "nfs" }, subPath: { t: "string", d: "" } } } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, defrag: { t: "map", k: { enabled: { t: "boolean", d: false }, cronjob: { t: "map", k: { startingDeadlineSeconds: { t: "string", d: "" }, schedule: { t: "string", d: "0 0 * * *" }, concurrencyPolicy: { t: "string", d: "Forbid" }, suspend: { t: "boolean", d: false }, successfulJobsHistoryLimit: { t: "number", d: 1 }, failedJobsHistoryLimit: { t: "number", d: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, activeDeadlineSeconds: { t: "string", d: "" }, restartPolicy: { t: "string", d: "OnFailure" }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, serviceAccountName: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } } } }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "51%" }, maxUnavailable: { t: "string", d: "" } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, bufstream: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/bufstream" } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, storage: { t: "map", k: { use: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).provider }}' }, gcs: { t: "map", k: { bucket: { t: "string", d: '{{ include "wandb.bufstream.bucket.name" . }}' }, prefix: { t: "string", d: "" }, secretName: { t: "string", d: "" } } }, s3: { t: "map", k: { bucket: { t: "string", d: '{{ include "wandb.bufstream.bucket.name" . }}' }, accessKeyId: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).accessKey }}' }, secretName: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).secretName }}' }, secretKeyName: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).secretKeyName }}' }, region: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).region }}' }, endpoint: { t: "string", d: '{{ include "wandb.bufstream.bucket.endpoint" . }}' }, prefix: { t: "string", d: "" }, forcePathStyle: { t: "boolean", d: false } } } } }, metadata: { t: "map", k: { use: { t: "string", d: "etcd" }, etcd: { t: "map", k: { addresses: { t: "list", o: 1 }, tls: { t: "map", o: 1, k: { rootCaSecret: { t: "any", o: 1 } } } } } } }, bufstream: { t: "map", k: { deployment: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, kind: { t: "string", d: "StatefulSet" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, replicaCount: { t: "number", d: 3 }, podAnnotations: { t: "map", o: 1 }, selectorLabels: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podManagementPolicy: { t: "string", d: "Parallel" }, serviceName: { t: "string", d: "" }, nodeSelector: { t: "map", o: 1 }, affinity: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraContainerPorts: { t: "map", o: 1 }, extraContainers: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 }, timeoutSeconds: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 }, timeoutSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 420 }, shareProcessNamespace: { t: "boolean", d: false }, autoscaling: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 6 }, maxReplicas: { t: "number", d: 18 }, targetCPU: { t: "string", d: "50" }, targetMemory: { t: "string", d: "" }, behavior: { t: "map", o: 1 } } } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "bufstream-service-account" }, annotations: { t: "map", o: 1 } } }, controlServerService: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "us-docker.pkg.dev/buf-images-1/bufstream-public/images/bufstream" }, tag: { t: "string", d: "0.3.5" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, topologySpreadConstraints: { t: "any", o: 1 } } }, nameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, namespaceCreate: { t: "boolean", d: false }, imagePullSecrets: { t: "list", o: 1 }, cluster: { t: "string", d: "bufstream" }, zone: { t: "string", d: "" }, discoverZoneFromNode: { t: "boolean", d: false }, dataEnforcement: { t: "map", o: 1 }, kafka: { t: "map", k: { address: { t: "map", k: { host: { t: "string", d: "0.0.0.0" }, port: { t: "number", d: 9092 } } }, publicAddress: { t: "map", o: 1 }, tlsCertificateSecrets: { t: "list", o: 1 }, tlsClientAuth: { t: "string", d: "" }, tlsClientCasSecret: { t: "string", d: "" }, fetchEager: { t: "boolean", d: true }, fetchSync: { t: "boolean", d: true }, produceConcurrent: { t: "boolean", d: true }, zoneBalanceStrategy: { t: "string", d: "BALANCE_STRATEGY_PARTITION" }, partitionBalanceStrategy: { t: "string", d: "BALANCE_STRATEGY_PARTITION" }, requestBufferSize: { t: "number", d: 5 }, idleTimeout: { t: "number", d: 0 }, numPartitions: { t: "number", d: 1 }, exactLogSizes: { t: "boolean", d: true }, exactLogOffsets: { t: "boolean", d: false }, groupConsumerSessionTimeout: { t: "string", d: "45s" }, groupConsumerSessionTimeoutMin: { t: "string", d: "10s" }, groupConsumerSessionTimeoutMax: { t: "string", d: "60s" } } }, connectTLS: { t: "map", k: { server: { t: "map", o: 1, k: { certificateSecrets: { t: "any", o: 1 } } }, client: { t: "map", o: 1, k: { rootCaSecret: { t: "any", o: 1 } } } } }, adminTLS: { t: "map", o: 1, k: { certificateSecrets: { t: "any", o: 1 } } }, observability: { t: "map", k: { logLevel: { t: "string", d: "INFO" }, otlpEndpoint: { t: "string", d: "" }, exporter: { t: "map", k: { address: { t: "string", d: "" }, insecure: { t: "boolean", d: false } } }, metrics: { t: "map", k: { exporter: { t: "string", d: "" }, exporterType: { t: "string", d: "NONE" }, address: { t: "string", d: "" }, path: { t: "string", d: "" }, insecure: { t: "boolean", d: false }, omitPartitionAttribute: { t: "boolean", d: false }, enableInternalMetrics: { t: "boolean", d: false }, otlpTemporalityPreference: { t: "string", d: "" }, aggregation: { t: "map", k: { topics: { t: "boolean", d: false }, partitions: { t: "boolean", d: false }, consumerGroups: { t: "boolean", d: false } } } } }, tracing: { t: "map", k: { exporter: { t: "string", d: "" }, exporterType: { t: "string", d: "NONE" }, address: { t: "string", d: "" }, path: { t: "string", d: "" }, insecure: { t: "boolean", d: false }, traceRatio: { t: "number", d: 0.1 } } }, sensitiveInformationRedaction: { t: "string", d: "NONE" } } }, extraObjects: { t: "list", o: 1 }, configOverrides: { t: "map", o: 1 }, nodeSelector: { t: "any", o: 1 }, tolerations: { t: "any", o: 1 } }, o: 1 }, reloader: { t: "map", k: { install: { t: "boolean", d: false }, reloader: { t: "map", k: { watchGlobally: { t: "boolean", d: false }, reloadOnCreate: { t: "boolean", d: true }, reloadOnDelete: { t: "boolean", d: false }, autoReloadAll: { t: "boolean", d: false }, isArgoRollouts: { t: "boolean", d: false }, isOpenshift: { t: "boolean", d: false }, ignoreSecrets: { t: "boolean", d: false }, ignoreConfigMaps: { t: "boolean", d: false }, syncAfterRestart: { t: "boolean", d: false }, reloadStrategy: { t: "string", d: "default" }, ignoreNamespaces: { t: "string", d: "" }, namespaceSelector: { t: "string", d: "" }, resourceLabelSelector: { t: "string", d: "" }, logFormat: { t: "string", d: "" }, logLevel: { t: "string", d: "info" }, enableHA: { t: "boolean", d: false }, readOnlyRootFileSystem: { t: "boolean", d: false }, legacy: { t: "map", k: { rbac: { t: "boolean", d: false } } }, matchLabels: { t: "map", o: 1 }, enableMetricsByNamespace: { t: "boolean", d: false }, deployment: { t: "map", k: { replicas: { t: "number", d: 1 }, revisionHistoryLimit: { t: "number", d: 2 }, nodeSelector: { t: "null", o: 1 }, affinity: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 65534 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } }, o: 1 }, containerSecurityContext: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", k: { provider: { t: "string", d: "stakater" }, group: { t: "string", d: "com.stakater.platform" }, version: { t: "string", d: "v1.3.0" } }, o: 1 }, image: { t: "map", k: { name: { t: "string", d: "ghcr.io/stakater/reloader" }, base: { t: "string", d: "stakater/reloader" }, tag: { t: "string", d: "v1.3.0" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "any", o: 1 } } }, env: { t: "map", k: { open: { t: "null", o: 1 }, secret: { t: "map", o: 1, k: { ALERT_ON_RELOAD: { t: "any", o: 1 }, ALERT_SINK: { t: "any", o: 1 }, ALERT_WEBHOOK_URL: { t: "any", o: 1 }, ALERT_ADDITIONAL_INFO: { t: "any", o: 1 } } }, field: { t: "null", o: 1 }, existing: { t: "null", o: 1 } }, o: 1 }, livenessProbe: { t: "map", o: 1, k: { timeoutSeconds: { t: "any", o: 1 }, failureThreshold: { t: "any", o: 1 }, periodSeconds: { t: "any", o: 1 }, successThreshold: { t: "any", o: 1 }, initialDelaySeconds: { t: "any", o: 1 } } }, readinessProbe: { t: "map", o: 1, k: { timeoutSeconds: { t: "any", o: 1 }, failureThreshold: { t: "any", o: 1 }, periodSeconds: { t: "any", o: 1 }, successThreshold: { t: "any", o: 1 }, initialDelaySeconds: { t: "any", o: 1 } } }, resources: { t: "map", o: 1 }, pod: { t: "map", k: { annotations: { t: "map", o: 1 } } }, priorityClassName: { t: "string", d: "" }, gomaxprocsOverride: { t: "string", d: "" }, gomemlimitOverride: { t: "string", d: "" }, volumeMounts: { t: "any", o: 1 }, automountServiceAccountToken: { t: "any", o: 1 }, volumes: { t: "any", o: 1 } } }, service: { t: "map", o: 1, k: { annotations: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, port: { t: "any", o: 1 } } }, rbac: { t: "map", k: { enabled: { t: "boolean", d: true }, labels: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, name: { t: "null", o: 1 }, automountServiceAccountToken: { t: "any", o: 1 } } }, custom_annotations: { t: "map", o: 1, k: { configmap: { t: "any", o: 1 }, secret: { t: "any", o: 1 }, auto: { t: "any", o: 1 }, secret_auto: { t: "any", o: 1 }, configmap_auto: { t: "any", o: 1 }, search: { t: "any", o: 1 }, match: { t: "any", o: 1 } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, honorLabels: { t: "boolean", d: true }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, targetLabels: { t: "list", o: 1 }, namespace: { t: "any", o: 1 }, interval: { t: "any", o: 1 }, scheme: { t: "any", o: 1 }, bearerTokenFile: { t: "any", o: 1 }, tlsConfig: { t: "any", o: 1 }, timeout: { t: "any", o: 1 } } }, podMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, honorLabels: { t: "boolean", d: true }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, podTargetLabels: { t: "list", o: 1 }, namespace: { t: "any", o: 1 }, interval: { t: "any", o: 1 }, scheme: { t: "any", o: 1 }, bearerTokenSecret: { t: "any", o: 1 }, tlsConfig: { t: "any", o: 1 }, timeout: { t: "any", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "any", o: 1 }, minAvailable: { t: "any", o: 1 } } }, netpol: { t: "map", k: { enabled: { t: "boolean", d: false }, from: { t: "list", o: 1 }, to: { t: "list", o: 1 } } }, verticalPodAutoscaler: { t: "map", k: { enabled: { t: "boolean", d: false }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } }, recommenders: { t: "any", o: 1 }, controlledValues: { t: "any", o: 1 } } }, volumeMounts: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, webhookUrl: { t: "string", d: "" } } }, kubernetes: { t: "map", k: { host: { t: "string", d: "https://kubernetes.default" } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespace: { t: "any", o: 1 } }, o: 1 }, clickhouse: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/clickhouse" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "25.3.2-debian-12-r3" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, auth: { t: "map", k: { existingSecret: { t: "string", d: '{{ include "wandb.clickhouse.passwordSecret" . }}' }, existingSecretKey: { t: "string", d: "{{- .Values.global.clickhouse.passwordSecret.passwordKey -}}" }, username: { t: "string", d: "default" }, password: { t: "string", d: "" } } }, shards: { t: "number", d: 1 }, replicaCount: { t: "number", d: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "30Gi" }, storageClass: { t: "string", d: "" }, existingClaim: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, accessModes: { t: "list", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/clickhouse" } } }, keeper: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "8Gi" }, storageClass: { t: "string", d: "" }, existingClaim: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/clickhouse-keeper" } } }, enabled: { t: "boolean", d: true }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnamilegacy/clickhouse-keeper" }, tag: { t: "string", d: "25.3.2-debian-12-r7" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, replicaCount: { t: "number", d: 3 }, configuration: { t: "map", o: 1 }, existingConfigmap: { t: "string", d: "" }, configdFiles: { t: "map", o: 1 }, existingConfigdConfigmap: { t: "string", d: "" }, usersdFiles: { t: "map", o: 1 }, existingUsersdConfigmap: { t: "string", d: "" }, existingUsersdSecret: { t: "string", d: "" }, containerPorts: { t: "map", k: { tcp: { t: "number", d: 9181 }, raft: { t: "number", d: 9234 } } }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "small" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { key: { t: "string", d: "" }, type: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } } }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, terminationGracePeriodSeconds: { t: "string", d: "" }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, autoscaling: { t: "map", k: { vpa: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } } } } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { tcp: { t: "number", d: 9181 }, raft: { t: "number", d: 9234 } } }, nodePorts: { t: "map", k: { tcp: { t: "string", d: "" }, raft: { t: "string", d: "" } } }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } } } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, addExternalClientAccess: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, apiVersions: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, usePasswordFiles: { t: "boolean", d: true }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, defaultInitContainers: { t: "map", k: { volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnamilegacy/os-shell" }, tag: { t: "string", d: "12-debian-12-r42" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 0 }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } } } }, clusterName: { t: "string", d: "default" }, tls: { t: "map", k: { enabled: { t: "boolean", d: false }, autoGenerated: { t: "map", k: { enabled: { t: "boolean", d: true }, engine: { t: "string", d: "helm" }, certManager: { t: "map", k: { existingIssuer: { t: "string", d: "" }, existingIssuerKind: { t: "string", d: "" }, keySize: { t: "number", d: 2048 }, keyAlgorithm: { t: "string", d: "RSA" }, duration: { t: "string", d: "2160h" }, renewBefore: { t: "string", d: "360h" } } } } }, ca: { t: "string", d: "" }, existingCASecret: { t: "string", d: "" }, server: { t: "map", k: { cert: { t: "string", d: "" }, key: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } } } }, logLevel: { t: "string", d: "information" }, sampling: { t: "map", k: { enabled: { t: "boolean", d: false } } }, configuration: { t: "map", o: 1 }, existingConfigmap: { t: "string", d: "" }, configdFiles: { t: "map", o: 1 }, existingConfigdConfigmap: { t: "string", d: "" }, usersdFiles: { t: "map", o: 1 }, existingUsersdConfigmap: { t: "string", d: "" }, existingUsersdSecret: { t: "string", d: "" }, initdbScripts: { t: "map", o: 1 }, initdbScriptsSecret: { t: "string", d: "" }, startdbScripts: { t: "map", o: 1 }, startdbScriptsSecret: { t: "string", d: "" }, distributeReplicasByZone: { t: "boolean", d: false }, containerPorts: { t: "map", k: { http: { t: "number", d: 8123 }, https: { t: "number", d: 8443 }, tcp: { t: "number", d: 9e3 }, tcpSecure: { t: "number", d: 9440 }, mysql: { t: "number", d: 9004 }, postgresql: { t: "number", d: 9005 }, interserver: { t: "number", d: 9009 }, metrics: { t: "number", d: 8001 } } }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "small" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } } }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, terminationGracePeriodSeconds: { t: "string", d: "" }, lifecycleHooks: { t: "map", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumeClaimTemplates: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, autoscaling: { t: "map", k: { vpa: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } } } } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, perReplicaAccess: { t: "boolean", d: false }, ports: { t: "map", k: { http: { t: "number", d: 8123 }, https: { t: "number", d: 443 }, tcp: { t: "number", d: 9e3 }, tcpSecure: { t: "number", d: 9440 }, mysql: { t: "number", d: 9004 }, postgresql: { t: "number", d: 9005 }, interserver: { t: "number", d: 9009 }, metrics: { t: "number", d: 8001 } } }, nodePorts: { t: "map", k: { http: { t: "string", d: "", o: 1 }, https: { t: "string", d: "", o: 1 }, tcp: { t: "string", d: "", o: 1 }, tcpSecure: { t: "string", d: "", o: 1 }, mysql: { t: "string", d: "", o: 1 }, postgresql: { t: "string", d: "", o: 1 }, interserver: { t: "string", d: "", o: 1 }, metrics: { t: "string", d: "", o: 1 } } }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } } } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, pathType: { t: "string", d: "ImplementationSpecific" }, apiVersion: { t: "string", d: "" }, hostname: { t: "string", d: "clickhouse.local" }, ingressClassName: { t: "string", d: "" }, path: { t: "string", d: "/" }, annotations: { t: "map", o: 1 }, tls: { t: "boolean", d: false }, selfSigned: { t: "boolean", d: false }, extraHosts: { t: "list", o: 1 }, extraPaths: { t: "list", o: 1 }, extraTls: { t: "list", o: 1 }, secrets: { t: "list", o: 1 }, extraRules: { t: "list", o: 1 } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, addExternalClientAccess: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, automountServiceAccountToken: { t: "boolean", d: false } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, podAnnotations: { t: "map", o: 1 }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, jobLabel: { t: "string", d: "" }, honorLabels: { t: "boolean", d: false }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, selector: { t: "map", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, externalZookeeper: { t: "map", k: { servers: { t: "list", o: 1 }, port: { t: "number", d: 2888 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, deployment: { t: "any", o: 1 }, statefulset: { t: "any", o: 1 }, daemonset: { t: "any", o: 1 }, service: { t: "any", o: 1 }, fuse: { t: "map", k: { enabled: { t: "any", o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "any", o: 1 }, memory: { t: "any", o: 1 }, "ephemeral-storage": { t: "any", o: 1 } } }, requests: { t: "map", k: { cpu: { t: "any", o: 1 }, memory: { t: "any", o: 1 } } } }, o: 1 }, fileCacheCapacity: { t: "any", o: 1 } } }, extraEnv: { t: "any", o: 1 }, traceRatio: { t: "any", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, common: { t: "any", o: 1 }, nodeSelector: { t: "any", o: 1 }, tolerations: { t: "any", o: 1 }, podLabels: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, priorityClassName: { t: "any", o: 1 }, init: { t: "map", k: { containerSecurityContext: { t: "any", o: 1 } } }, pubSub: { t: "map", k: { subscription: { t: "any", o: 1 } } }, workerConcurrency: { t: "any", o: 1 }, persistence: { t: "map", k: { storageClass: { t: "any", o: 1 } } } } }, "0.43.8": { t: "map", k: { global: { t: "map", k: { host: { t: "string", d: "http://localhost:8080", o: 1 }, repositoryPrefix: { t: "string", d: "" }, imageRegistry: { t: "string", d: "" }, license: { t: "string", d: "" }, licenseCertPath: { t: "string", d: "/jwks.json" }, licenseSecret: { t: "map", k: { name: { t: "string", d: "" }, key: { t: "string", d: "" } } }, signerKeyPath: { t: "string", d: "/vol/env" }, cloudProvider: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, lumen: { t: "map", k: { dataRoot: { t: "string", d: "" }, customer: { t: "string", d: "" }, publish: { t: "map", k: { envVars: { t: "boolean", d: false } }, o: 1 }, gcpWorkloadIdentity: { t: "map", k: { audience: { t: "string", d: "" } }, o: 1 } }, o: 1 }, banners: { t: "map", o: 1 }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, daemonset: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, service: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, priorityClassName: { t: "string", d: "" }, extraEnvFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, volumesTpls: { t: "list", o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, operator: { t: "map", k: { namespace: { t: "string", d: "default" } } }, mysql: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 3306, o: 1 }, database: { t: "string", d: "wandb_local", o: 1 }, user: { t: "string", d: "wandb", o: 1 }, password: { t: "string", d: "", o: 1 }, caCert: { t: "string", d: "", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { key: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, configMapKeyRef: { t: "map", k: { key: { t: "any", o: 1 }, name: { t: "any", o: 1 } } } } } } }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, rootPasswordKey: { t: "string", d: "MYSQL_ROOT_PASSWORD" }, passwordKey: { t: "string", d: "MYSQL_PASSWORD" } } } } }, size: { t: "string", d: "small" }, slack: { t: "map", k: { secret: { t: "string", d: "" }, clientId: { t: "string", d: "" } } }, otel: { t: "map", k: { traces: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 4317, o: 1 }, proto: { t: "string", d: "grpc" } } } } }, clickhouse: { t: "map", k: { host: { t: "string", d: "{{ .Release.Name }}-clickhouse-headless", o: 1 }, port: { t: "string", d: "", o: 1 }, password: { t: "string", d: "", o: 1 }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, passwordKey: { t: "string", d: "CLICKHOUSE_PASSWORD" } } }, database: { t: "string", d: "weave_trace_db", o: 1 }, user: { t: "string", d: "default", o: 1 }, replicated: { t: "boolean", d: false, o: 1 } } }, olap: { t: "map", k: { default: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "string", d: "9440", o: 1 }, user: { t: "string", d: "default", o: 1 }, password: { t: "string", d: "", o: 1 }, database: { t: "string", d: "", o: 1 }, type: { t: "string", d: "clickhouse" } } }, registrySearch: { t: "map", k: { enabled: { t: "boolean", d: false }, database: { t: "string", d: "artifacts", o: 1 } } }, runStoreAccelerator: { t: "map", k: { enabled: { t: "boolean", d: false }, database: { t: "string", d: "runs", o: 1 } } }, history: { t: "map", k: { enabled: { t: "boolean", d: false }, database: { t: "string", d: "history", o: 1 }, params: { t: "map", k: { max_open_conns: { t: "number", d: 300 } }, o: 1 } } } }, o: 1 }, activityStore: { t: "map", k: { enabled: { t: "boolean", d: true }, serve: { t: "boolean", d: true }, backfill: { t: "boolean", d: true } } }, email: { t: "map", k: { smtp: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 587, o: 1 }, user: { t: "string", d: "", o: 1 }, password: { t: "string", d: "", o: 1 }, mailFrom: { t: "string", d: "", o: 1 } } } } }, auth: { t: "map", k: { sessionLengthHours: { t: "number", d: 720 }, jwkUrl: { t: "string", d: "" }, oidc: { t: "map", k: { clientId: { t: "string", d: "" }, secret: { t: "string", d: "" }, authMethod: { t: "string", d: "" }, issuer: { t: "string", d: "" }, oidcSecret: { t: "map", k: { name: { t: "string", d: "" }, secretKey: { t: "string", d: "OIDC_SECRET" } } } } } } }, defaultBucket: { t: "map", k: { provider: { t: "string", d: "s3" }, name: { t: "string", d: "" }, path: { t: "string", d: "" }, region: { t: "string", d: "" }, kmsKey: { t: "string", d: "" }, accessKey: { t: "any", o: 1 }, secretKey: { t: "any", o: 1 } } }, bucket: { t: "map", k: { secret: { t: "map", k: { secretName: { t: "string", d: "" }, accessKeyName: { t: "string", d: "ACCESS_KEY" }, secretKeyName: { t: "string", d: "SECRET_KEY" } } }, name: { t: "any", o: 1 }, provider: { t: "any", o: 1 }, path: { t: "any", o: 1 }, accessKey: { t: "any", o: 1 }, secretKey: { t: "any", o: 1 }, region: { t: "any", o: 1 }, kmsKey: { t: "any", o: 1 } } }, redis: { t: "map", k: { host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 6379, o: 1 }, password: { t: "string", d: "", o: 1 }, external: { t: "boolean", d: false }, parameters: { t: "map", o: 1 }, params: { t: "map", o: 1 }, caCert: { t: "string", d: "" }, secret: { t: "map", k: { secretName: { t: "string", d: "" }, secretKey: { t: "string", d: "REDIS_PASSWORD" } } } } }, bigtable: { t: "map", k: { v3: { t: "map", k: { enabled: { t: "boolean", d: false } } }, v2: { t: "map", k: { enabled: { t: "boolean", d: false } } }, host: { t: "string", d: "", o: 1 }, project: { t: "string", d: "" }, instance: { t: "string", d: "" } } }, historyStore: { t: "map", k: { parquetOnly: { t: "boolean", d: false }, parquetUseGRPC: { t: "boolean", d: false }, historyReaderEnabled: { t: "boolean", d: false } } }, pubSub: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "", o: 1 }, project: { t: "string", d: "" }, filestreamTopic: { t: "string", d: "" }, runUpdateShadowTopic: { t: "string", d: "" } } }, kafka: { t: "map", k: { user: { t: "string", d: "wandb", o: 1 }, password: { t: "string", d: "wandb", o: 1 }, passwordSecret: { t: "map", k: { name: { t: "string", d: "" }, passwordKey: { t: "string", d: "client-passwords" } } }, brokerHost: { t: "string", d: "" }, brokerPort: { t: "number", d: 9092 }, runUpdatesShadowTopic: { t: "string", d: "" }, runUpdatesShadowNumPartitions: { t: "number", d: 100 } } }, customCACerts: { t: "list", o: 1 }, caCertsConfigMap: { t: "string", d: "" }, "weave-trace": { t: "map", k: { enabled: { t: "boolean", d: false } } }, localService: { t: "map", k: { bypass: { t: "boolean", d: false } } }, api: { t: "map", k: { enabled: { t: "boolean", d: false }, rateLimits: { t: "map", k: { enabled: { t: "boolean", d: false }, filestreamCount: { t: "number", d: 500 }, filestreamSize: { t: "number", d: 120 }, fileStreamPerRunCount: { t: "number", d: 2 }, runUpdateCount: { t: "number", d: 80 }, sdkGraphqlQuerySeconds: { t: "any", o: 1 }, createArtifacts: { t: "any", o: 1 }, createArtifactsTimeWindow: { t: "any", o: 1 } } }, additionalPaths: { t: "map", k: { proxy: { t: "boolean", d: false }, files: { t: "boolean", d: false }, debug: { t: "boolean", d: false }, service_redirect: { t: "boolean", d: false }, service_dangerzone: { t: "boolean", d: false }, artifacts: { t: "boolean", d: false }, oidc: { t: "boolean", d: false }, analytics: { t: "boolean", d: false }, scim: { t: "boolean", d: false }, admin: { t: "boolean", d: false } } } } }, glue: { t: "map", k: { enabled: { t: "boolean", d: false } } }, bufstream: { t: "map", k: { enabled: { t: "boolean", d: false } } }, executor: { t: "map", k: { enabled: { t: "boolean", d: false } } }, settingsMigrationJob: { t: "map", k: { debug: { t: "boolean", d: false }, dryRun: { t: "boolean", d: true } } }, gcpSecurityPolicy: { t: "string", d: "" }, statsig: { t: "map", k: { apiKey: { t: "string", d: "" } } }, imagePullSecrets: { t: "list", o: 1 }, compatibility: { t: "map", k: { openshift: { t: "map", k: { adaptSecurityContext: { t: "string", d: "disabled" } } } } }, defaultStorageClass: { t: "string", d: "" }, security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: false } } }, env: { t: "map", o: 1, k: { GLOBAL_ADMIN_API_KEY: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 }, observability: { t: "map", k: { mode: { t: "any", o: 1 } } }, image: { t: "any", o: 1 }, kubeVersion: { t: "any", o: 1 }, postgresql: { t: "any", o: 1 } } }, ingress: { t: "map", k: { install: { t: "boolean", d: true }, create: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, defaultBackend: { t: "string", d: "app" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, tls: { t: "list", o: 1 }, additionalHosts: { t: "list", o: 1 }, class: { t: "string", d: "" }, issuer: { t: "map", k: { create: { t: "boolean", d: false }, provider: { t: "string", d: "" }, server: { t: "string", d: "https://acme-v02.api.letsencrypt.org/directory" }, email: { t: "string", d: "support@wandb.com" } } }, secondary: { t: "map", k: { create: { t: "boolean", d: false }, install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, defaultBackend: { t: "string", d: "app" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, tls: { t: "list", o: 1 }, additionalHosts: { t: "list", o: 1 }, class: { t: "string", d: "" }, issuer: { t: "map", k: { create: { t: "boolean", d: false }, provider: { t: "string", d: "" }, server: { t: "string", d: "https://acme-v02.api.letsencrypt.org/directory" }, email: { t: "string", d: "support@wandb.com" } } } } } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, artifactsGc: { t: "map", k: { BatchSize: { t: "number", d: 0 }, NumWorkers: { t: "number", d: 0 }, DeleteFilesNumWorkers: { t: "number", d: 0 } } }, api: { t: "map", k: { service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ready" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, port: { t: "any", o: 1 } }, o: 1 }, env: { t: "map", k: { GORILLA_COREWEAVE_OBSERVABILITY_API_KEY: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "gorilla-coreweave-observability" }, key: { t: "string", d: "GORILLA_COREWEAVE_OBSERVABILITY_API_KEY" }, optional: { t: "boolean", d: true } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-api-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-gorilla-session-key": { t: "string", d: "secretRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "migrate-db": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { api: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8081, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "api", o: 1 } } }, periodSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, volumesTpls: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "150" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "240" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "240" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "240" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, app: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/local" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, internalJWTMap: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_LICENSE_CERT_PATH: { t: "string", d: "/var/app/jwks.json" }, GORILLA_GLUE_VIEW_SPEC_UPDATER_EXECUTABLE: { t: "string", d: "/usr/local/bin/view-spec-updater-linux" }, GORILLA_GLUE_CONTAINER_PORT: { t: "string", d: "8083" }, BUCKET_QUEUE: { t: "string", d: "internal://" }, GORILLA_TASK_CONFIG_PATH: { t: "string", d: "/etc/service/gorilla-glue/glue_tasks_local.yaml" }, GORILLA_VIEW_SPEC_UPDATER_EXECUTABLE: { t: "string", d: "/usr/local/bin/view-spec-updater-linux" }, GORILLA_COREWEAVE_OBSERVABILITY_API_KEY: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "gorilla-coreweave-observability" }, key: { t: "string", d: "GORILLA_COREWEAVE_OBSERVABILITY_API_KEY" }, optional: { t: "boolean", d: true } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-api-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-gorilla-session-key": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-frontend-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-app-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-local-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: true }, command: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { app: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "string", d: "http", o: 1 } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "http", o: 1 } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "string", d: "http", o: 1 } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 120 } }, o: 1 }, lifecycle: { t: "map", k: { preStop: { t: "map", k: { exec: { t: "map", k: { command: { t: "list", o: 1 } } } } } }, o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, extraCors: { t: "any", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, appRenamePreHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "app-rename-pre-hook": { t: "map", k: { containers: { t: "map", k: { "app-rename-pre-hook": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "alpine/k8s" }, tag: { t: "string", d: "1.31.12" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "pre-upgrade" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, appRenamePostHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "app-rename-post-hook": { t: "map", k: { containers: { t: "map", k: { "app-rename-post-hook": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "alpine/k8s" }, tag: { t: "string", d: "1.31.12" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "post-upgrade" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, console: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, loadBalancerHealthCheckPath: { t: "string", d: "/console/api/healthz" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, port: { t: "any", o: 1 } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/console" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-console-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, proxy: { t: "map", k: { httpProxy: { t: "string", d: "" }, httpsProxy: { t: "string", d: "" }, noProxy: { t: "string", d: "" }, debug: { t: "boolean", d: false } } }, containers: { t: "map", k: { console: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/healthz" }, port: { t: "string", d: "http", o: 1 } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/ready" }, port: { t: "string", d: "http", o: 1 } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/console/api/ready" }, port: { t: "string", d: "http", o: 1 } } }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 120 } }, o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, type: { t: "string", d: "ClusterRole" }, rules: { t: "list", o: 1 } } }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1, k: { BUCKET_ACCESS_IDENTITY: { t: "any", o: 1 } } }, envTpls: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1, k: { BUCKET_ACCESS_IDENTITY: { t: "any", o: 1 } } }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, executor: { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, workerConcurrency: { t: "number", d: 10 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-executor-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_TASK_QUEUE: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.executor.taskQueue" . }}' } } } }, o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { executor: { t: "map", k: { args: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, strategy: { t: "map", k: { type: { t: "string", d: "Recreate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { env: { t: "map", k: { GORILLA_PARQUET_POLICY_EXPORT_NUM_WORKERS: { t: "number", d: 4 } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { env: { t: "map", k: { GORILLA_PARQUET_POLICY_EXPORT_NUM_WORKERS: { t: "number", d: 6 } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { env: { t: "map", k: { GORILLA_PARQUET_POLICY_EXPORT_NUM_WORKERS: { t: "number", d: 6 } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "32Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_PARQUET_POLICY_EXPORT_NUM_WORKERS: { t: "number", d: 10 } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "80Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "80Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_PARQUET_POLICY_EXPORT_NUM_WORKERS: { t: "number", d: 10 } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "96Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "10" }, memory: { t: "string", d: "96Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, filemeta: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { filemeta: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, anaconda2: { t: "map", k: { install: { t: "boolean", d: false }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ping" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, port: { t: "any", o: 1 } }, o: 1 }, env: { t: "map", k: { DD_TRACE_AGENT_HOSTNAME: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "status.hostIP" } } } } } } }, DD_AGENT_HOST: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "status.hostIP" } } } } } } } }, o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-anaconda2-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { anaconda2: { t: "map", k: { env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ping" }, port: { t: "string", d: "http", o: 1 } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ping" }, port: { t: "string", d: "http", o: 1 } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/anaconda2" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { enabled: { t: "boolean", d: false }, create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, sizing: { t: "map", k: { default: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, filestream: { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, pubSub: { t: "map", k: { subscription: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-filestream-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_FILE_STREAM_WORKER_SOURCE_ADDRESS: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.fileStreamStoreConsumer" . }}' } } } }, o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { filestream: { t: "map", k: { args: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "flat-run-fields-updater": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, pubSub: { t: "map", k: { subscription: { t: "string", d: "" } } }, kafka: { t: "map", k: { consumerGroupId: { t: "string", d: "flat-run-fields-updater" } } }, env: { t: "map", k: { GORILLA_RUN_UPDATE_SHADOW_QUEUE_SUBSCRIPTIONS_FLAT_RUN_FIELDS_UPDATER: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.runUpdateShadowQueue" . }}' } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-flat-run-fields-updater-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "flat-run-fields-updater": { t: "map", k: { args: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, podAnnotationsTpls: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 1 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 1 }, maxReplicaCount: { t: "number", d: 5 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 2 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 3 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 3 }, maxReplicaCount: { t: "number", d: 10 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 5 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, large: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 6 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 6 }, maxReplicaCount: { t: "number", d: 15 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 10 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 20 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 15 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 30 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 30 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 20 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "history-updater": { t: "map", k: { install: { t: "boolean", d: false }, pubSub: { t: "map", k: { subscription: { t: "string", d: "" } } }, kafka: { t: "map", k: { consumerGroupId: { t: "string", d: "history-updater" } } }, env: { t: "map", k: { GORILLA_RUN_UPDATE_SHADOW_QUEUE_SUBSCRIPTIONS_HISTORY_UPDATER: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.runUpdateShadowQueue" . }}' } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-history-updater-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "history-updater": { t: "map", k: { args: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 1 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 1 }, maxReplicaCount: { t: "number", d: 5 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 2 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 3 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 3 }, maxReplicaCount: { t: "number", d: 10 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 5 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1536Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 6 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 6 }, maxReplicaCount: { t: "number", d: 15 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 10 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 20 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 15 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 30 }, minReplicas: { t: "number", d: 9 } }, o: 1 }, keda: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicaCount: { t: "number", d: 9 }, maxReplicaCount: { t: "number", d: 30 }, pollingInterval: { t: "number", d: 15 }, cooldownPeriod: { t: "number", d: 300 }, fallback: { t: "map", k: { failureThreshold: { t: "number", d: 5 }, replicas: { t: "number", d: 20 } }, o: 1 }, advanced: { t: "map", k: { horizontalPodAutoscalerConfig: { t: "map", k: { behavior: { t: "map", k: { scaleDown: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 300 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Min" } } }, scaleUp: { t: "map", k: { stabilizationWindowSeconds: { t: "number", d: 0 }, policies: { t: "list", o: 1 }, selectPolicy: { t: "string", d: "Max" } } } } } } } }, o: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "history-reader": { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, headless: { t: "boolean", d: true }, ports: { t: "list", o: 1 } } }, grpc: { t: "map", k: { maxRecvMsgSize: { t: "number", d: 4194304 }, maxSendMsgSize: { t: "number", d: 4194304 } } }, cache: { t: "map", k: { size: { t: "number", d: 1e4 }, ttl: { t: "string", d: "5m" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-history-reader-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_HISTORY_READER_HISTORY_STORE: { t: "map", k: { value: { t: "string", d: "$(GORILLA_HISTORY_STORAGE_ENGINE_ADDRESS)" } } } }, o: 1 }, containers: { t: "map", k: { "history-reader": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9244, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9244, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "8" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } } } } } }, frontend: { t: "map", k: { install: { t: "boolean", d: false }, podSecurityContext: { t: "map", k: { runAsUser: { t: "number", d: 101 }, runAsNonRoot: { t: "boolean", d: true }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/frontend-nginx" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, volumes: { t: "list", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/ready" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, port: { t: "any", o: 1 } }, o: 1 }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-frontend-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { frontend: { t: "map", k: { env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, glue: { t: "map", k: { envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "init-db": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "migrate-db": { t: "map", k: { enabled: { t: "string", d: "{{ not .Values.global.api.enabled }}" }, command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { glue: { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, ports: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8080, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, leaderElection: { t: "map", k: { enabled: { t: "boolean", d: false }, leaseName: { t: "string", d: "gorilla-glue-leader" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, strategy: { t: "map", k: { type: { t: "string", d: "Recreate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, volumesTpls: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, internalSignerPreHook: { t: "map", k: { install: { t: "boolean", d: true }, kind: { t: "string", d: "Job" }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, jobs: { t: "map", k: { "internal-signer-pre-hook": { t: "map", k: { containers: { t: "map", k: { "internal-signer-pre-hook": { t: "map", k: { env: { t: "map", k: { INTERNAL_SIGNER_K8S_SECRET_NAME: { t: "string", d: "{{ .Release.Name }}-internal-signer" }, INTERNAL_SIGNER_K8S_NAMESPACE: { t: "string", d: "{{ .Release.Namespace }}" } }, o: 1 }, args: { t: "list", o: 1 } } } }, o: 1 } } } }, o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "pre-upgrade,pre-install" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "metric-observer": { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, pubSub: { t: "map", k: { subscription: { t: "string", d: "" } } }, kafka: { t: "map", k: { consumerGroupId: { t: "string", d: "metric-observer" } } }, env: { t: "map", k: { GORILLA_RUN_UPDATE_SHADOW_QUEUE_SUBSCRIPTIONS_METRIC_OBSERVER: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.runUpdateShadowQueue" . }}' } } }, GORILLA_METRIC_OBSERVER_STORE: { t: "map", k: { value: { t: "string", d: '{{ include "wandb.redis.connectionString" . | trim }}' } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-flat-run-fields-updater-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "metric-observer": { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, portsTpls: { t: "list", o: 1 } } } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "1000m" }, memory: { t: "string", d: "1Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "250m" }, memory: { t: "string", d: "256Mi" } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "2Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 8 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 12 }, minReplicas: { t: "number", d: 4 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 16 }, minReplicas: { t: "number", d: 6 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 8 } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, parquet: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, fuse: { t: "map", k: { enabled: { t: "boolean", d: false }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 2 }, memory: { t: "string", d: "2Gi" }, "ephemeral-storage": { t: "string", d: "10Gi" } } } }, o: 1 }, fileCacheCapacity: { t: "string", d: "9.5Gi" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-parquet-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { parquet: { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/healthz" }, port: { t: "number", d: 8087, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/ready" }, port: { t: "number", d: 8087, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 } } } }, o: 1 }, cronJobs: { t: "map", k: { "parquet-backfill": { t: "map", k: { enabled: { t: "boolean", d: false }, containers: { t: "map", k: { "backfill-job": { t: "map", k: { args: { t: "list", o: 1 }, env: { t: "map", k: { GORILLA_GLUE_EXECUTE: { t: "string", d: "true" }, GORILLA_GLUE_EXECUTE_TASK_NAME: { t: "string", d: "EXPORTHISTORYTOPARQUET" } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-glue-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "1Gi" } } } }, o: 1 } } } }, o: 1 }, concurrencyPolicy: { t: "string", d: "Forbid" }, schedule: { t: "string", d: "* * * * *" } } } }, o: 1 }, volumesTpls: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "100" }, GORILLA_PARQUET_READER_METADATA_CACHE_SIZE: { t: "string", d: "25" }, GORILLA_PARQUET_READER_PARQUET_BYTE_CACHE_MB: { t: "string", d: "1500" }, GORILLA_PARQUET_READER_METADATA_CACHE_MAX_CHUNKS: { t: "string", d: "1000000" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "250" }, GORILLA_PARQUET_READER_METADATA_CACHE_SIZE: { t: "string", d: "50" }, GORILLA_PARQUET_READER_PARQUET_BYTE_CACHE_MB: { t: "string", d: "2500" }, GORILLA_PARQUET_READER_METADATA_CACHE_MAX_CHUNKS: { t: "string", d: "2000000" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "420" }, GORILLA_PARQUET_READER_METADATA_CACHE_SIZE: { t: "string", d: "50" }, GORILLA_PARQUET_READER_PARQUET_BYTE_CACHE_MB: { t: "string", d: "2500" }, GORILLA_PARQUET_READER_METADATA_CACHE_MAX_CHUNKS: { t: "string", d: "2000000" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "420" }, GORILLA_PARQUET_READER_METADATA_CACHE_SIZE: { t: "string", d: "50" }, GORILLA_PARQUET_READER_PARQUET_BYTE_CACHE_MB: { t: "string", d: "2500" }, GORILLA_PARQUET_READER_METADATA_CACHE_MAX_CHUNKS: { t: "string", d: "2000000" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { env: { t: "map", k: { GORILLA_MYSQL_MAX_OPEN_CONNS: { t: "string", d: "430" }, GORILLA_PARQUET_READER_METADATA_CACHE_SIZE: { t: "string", d: "50" }, GORILLA_PARQUET_READER_PARQUET_BYTE_CACHE_MB: { t: "string", d: "2500" }, GORILLA_PARQUET_READER_METADATA_CACHE_MAX_CHUNKS: { t: "string", d: "2000000" } }, o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "parquet-metadata-cache": { t: "map", k: { maxColumnChunks: { t: "number", d: 1e7 }, install: { t: "boolean", d: false }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-redis-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-kafka-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-parquet-metadata-cache-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, containers: { t: "map", k: { "parquet-metadata-cache": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, portsTpls: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9091, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { grpc: { t: "map", k: { port: { t: "number", d: 9091, o: 1 } } }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 30 }, failureThreshold: { t: "number", d: 3 }, successThreshold: { t: "number", d: 1 } }, o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "6" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "15" }, memory: { t: "string", d: "64Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, maxReplicas: { t: "number", d: 1 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, settingsMigrationJob: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, env: { t: "map", k: { SMJ_FILE_STORE: { t: "map", k: { value: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).url }}' } } }, SMJ_K8S_ACTIVE_SPEC_SECRET_NAME: { t: "map", k: { value: { t: "string", d: "wandb-spec-active" } } }, SMJ_K8S_USER_SPEC_SECRET_NAME: { t: "map", k: { value: { t: "string", d: "wandb-spec-user" } } }, SMJ_K8S_NAMESPACE: { t: "map", k: { valueFrom: { t: "map", k: { fieldRef: { t: "map", k: { fieldPath: { t: "string", d: "metadata.namespace" } } } } } } } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, kind: { t: "string", d: "Job" }, jobs: { t: "map", k: { smj: { t: "map", k: { ttlSecondsAfterFinished: { t: "number", d: 60 }, backoffLimit: { t: "number", d: 1 }, containers: { t: "map", k: { smj: { t: "map", k: { image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-smj-secret": { t: "string", d: "secretRef" } }, o: 1 }, args: { t: "list", o: 1 } } } }, o: 1 } } } }, o: 1 }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, clickhouseMigrationJob: { t: "map", k: { install: { t: "boolean", d: false }, kind: { t: "string", d: "Job" }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: false }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/megabinary" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: true }, hook: { t: "string", d: "post-install,pre-upgrade" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, envTpls: { t: "list", o: 1 }, jobs: { t: "map", k: { "ch-migrate": { t: "map", k: { enabled: { t: "string", d: '{{ include "wandb.olapAnyFeatureEnabled" . }}' }, backoffLimit: { t: "number", d: 0 }, activeDeadlineSeconds: { t: "number", d: 900 }, volumes: { t: "list", o: 1 }, initContainers: { t: "map", k: { "wait-for-clickhouse": { t: "map", k: { command: { t: "list", o: 1 } } } } }, containers: { t: "map", k: { "ch-migrate": { t: "map", k: { command: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, weave: { t: "map", k: { install: { t: "boolean", d: true }, deploymentPostfix: { t: "string", d: "bc" }, cache: { t: "map", k: { intervalInHours: { t: "number", d: 24 }, checkIntervalInSeconds: { t: "number", d: 60 }, clearPercent: { t: "number", d: 80 }, size: { t: "string", d: "20Gi" }, medium: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-python" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-weave-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, containers: { t: "map", k: { weave: { t: "map", k: { ports: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http", o: 1 } } } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http", o: 1 } } } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/__weave/hello" }, port: { t: "string", d: "http", o: 1 } } }, failureThreshold: { t: "number", d: 12 }, periodSeconds: { t: "number", d: 10 } }, o: 1 }, volumeMounts: { t: "list", o: 1 } } }, "weave-cache-clear": { t: "map", k: { command: { t: "list", o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "number", d: 4 }, memory: { t: "string", d: "12Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "16Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "32Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "24Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "64Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "48Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "mcp-server": { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "wandb/mcp-server" }, tag: { t: "string", d: "0.3.5" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, weave: { t: "map", k: { tools: { t: "string", d: "auto" } } }, podSecurityContext: { t: "map", k: { runAsUser: { t: "number", d: 1e3 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containers: { t: "map", k: { "mcp-server": { t: "map", k: { args: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/mcp/health" }, port: { t: "number", d: 8080, o: 1 } } }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 30 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/mcp/health" }, port: { t: "number", d: 8080, o: 1 } } }, initialDelaySeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 } }, o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "50m" }, memory: { t: "string", d: "512Mi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 2 }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, port: { t: "any", o: 1 } }, o: 1 }, podLabels: { t: "map", k: { "tags.datadoghq.com/service": { t: "string", d: "{{ include `wandb.mcpDDService` . }}" }, "tags.datadoghq.com/env": { t: "string", d: "{{ include `wandb.mcpDDEnv` . }}" }, "tags.datadoghq.com/version": { t: "string", d: "{{ .Values.image.tag }}" }, "app.kubernetes.io/component": { t: "string", d: "mcp-server" }, "app.kubernetes.io/part-of": { t: "string", d: "wandb-platform" } }, o: 1 }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_SILENT: { t: "string", d: "True" }, WEAVE_SILENT: { t: "string", d: "True" }, WEAVE_DISABLED: { t: "string", d: "true" }, MCP_TRANSPORT: { t: "string", d: "http" }, ENVIRONMENT: { t: "string", d: "production" }, MCP_ANALYTICS_DISABLED: { t: "string", d: "false" }, MCP_SEGMENT_FORWARD: { t: "string", d: "true" }, MCP_AUTH_DISABLED: { t: "string", d: "false" }, MCP_RATE_LIMIT_ENABLED: { t: "string", d: "true" }, MCP_RATE_LIMIT_PER_KEY: { t: "string", d: "60/minute" }, MCP_RATE_LIMIT_GLOBAL: { t: "string", d: "1000/minute" } }, o: 1 }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false }, mode: { t: "string", d: "agent" }, service: { t: "string", d: "wandb-mcp-server-onprem" }, env: { t: "string", d: "production", o: 1 }, deploymentType: { t: "string", d: "self-managed" }, customer: { t: "string", d: "" }, extraTags: { t: "list", o: 1 } } }, otel: { t: "map", k: { enabled: { t: "boolean", d: false } } }, analytics: { t: "map", k: { datadogApiKeySecret: { t: "map", k: { name: { t: "string", d: "" }, key: { t: "string", d: "api-key" } } } } }, privacy: { t: "map", k: { logLevel: { t: "string", d: "standard" } } }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-trace": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, initContainers: { t: "map", k: { "weave-trace-migrate": { t: "map", k: { args: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, containers: { t: "map", k: { "weave-trace": { t: "map", k: { args: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http", o: 1 } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http", o: 1 } } }, timeoutSeconds: { t: "number", d: 2 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { httpGet: { t: "map", k: { path: { t: "string", d: "/traces/health" }, port: { t: "string", d: "http", o: 1 } } }, failureThreshold: { t: "number", d: 12 }, periodSeconds: { t: "number", d: 10 } }, o: 1 }, ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, loadBalancerHealthCheckPath: { t: "string", d: "/traces/health" }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, volumes: { t: "list", o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 3 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 4 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 5 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "6Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 6 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-trace-worker": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_INTERNAL_SERVICE_TOKEN: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "weave-worker-auth" }, key: { t: "string", d: "key" } } } } } } } }, o: 1 }, containers: { t: "map", k: { "weave-trace-worker": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, service: { t: "map", k: { ports: { t: "list", o: 1 }, enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 10 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 15 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 20 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-evaluate-model-worker": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, datadog: { t: "map", k: { enabled: { t: "boolean", d: false } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_INTERNAL_SERVICE_TOKEN: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "weave-worker-auth" }, key: { t: "string", d: "key" } } } } } } } }, o: 1 }, containers: { t: "map", k: { "weave-evaluate-model-worker": { t: "map", k: { args: { t: "list", o: 1 }, ports: { t: "list", o: 1 } } } }, o: 1 }, service: { t: "map", k: { ports: { t: "list", o: 1 }, enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 5 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "4" }, memory: { t: "string", d: "8Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "3" }, memory: { t: "string", d: "4Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, "weave-trace-agent-scoring-worker": { t: "map", k: { install: { t: "boolean", d: false }, deploymentPostfix: { t: "string", d: "bc" }, image: { t: "map", k: { repository: { t: "string", d: "wandb/weave-trace" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, envFrom: { t: "map", k: { "{{ .Release.Name }}-global-secret": { t: "string", d: "secretRef" }, "{{ .Release.Name }}-weave-trace-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, envTpls: { t: "list", o: 1 }, env: { t: "map", k: { WANDB_INTERNAL_SERVICE_TOKEN: { t: "map", k: { valueFrom: { t: "map", k: { secretKeyRef: { t: "map", k: { name: { t: "string", d: "weave-worker-auth" }, key: { t: "string", d: "key" } } } } } } } }, o: 1 }, containers: { t: "map", k: { "weave-trace-agent-scoring-worker": { t: "map", k: { args: { t: "list", o: 1 } } } }, o: 1 }, size: { t: "string", d: "" }, sizing: { t: "map", k: { small: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 2 }, minReplicas: { t: "number", d: 1 } }, o: 1 } } } } }, medium: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 3 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, large: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 4 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 6 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, xxlarge: { t: "map", k: { resources: { t: "map", k: { limits: { t: "map", k: { memory: { t: "string", d: "6Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "3Gi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: true }, maxReplicas: { t: "number", d: 8 }, minReplicas: { t: "number", d: 2 } }, o: 1 } } } } }, default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, nginx: { t: "map", k: { install: { t: "boolean", d: false }, additionalServices: { t: "map", o: 1 }, image: { t: "map", k: { repository: { t: "string", d: "nginxinc/nginx-unprivileged" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, ports: { t: "list", o: 1 }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, port: { t: "any", o: 1 } }, o: 1 }, containers: { t: "map", k: { nginx: { t: "map", k: { ports: { t: "list", o: 1 }, volumeMounts: { t: "list", o: 1 } } } }, o: 1 }, volumes: { t: "list", o: 1 }, sizing: { t: "map", k: { default: { t: "map", k: { autoscaling: { t: "map", k: { enabled: { t: "boolean", d: true }, minReplicas: { t: "number", d: 2 }, maxReplicas: { t: "number", d: 4 }, horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "string", d: "2" }, memory: { t: "string", d: "2Gi" } } }, requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "1Gi" } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, env: { t: "map", o: 1 } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, kind: { t: "string", d: "Deployment" }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, envTpls: { t: "list", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, automount: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, name: { t: "string", d: "" } } }, role: { t: "map", k: { create: { t: "boolean", d: false }, type: { t: "string", d: "Role" }, rules: { t: "list", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, cronJobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: true }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, globalOptOut: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, mysql: { t: "map", k: { install: { t: "boolean", d: false }, persistence: { t: "map", k: { size: { t: "string", d: "20Gi" }, storageClass: { t: "string", d: "" } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "mysql" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "Always" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, common: { t: "map", o: 1, k: { labels: { t: "any", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 999 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "1Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "4000m" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } } }, o: 1 }, yace: { t: "map", k: { install: { t: "boolean", d: false }, regions: { t: "list", o: 1 }, pod: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "5000" }, "prometheus.io/path": { t: "string", d: "/metrics" }, "prometheus.io/scheme": { t: "string", d: "http" } }, o: 1 }, labels: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { registry: { t: "string", d: "ghcr.io" }, repository: { t: "string", d: "nerdswords/yet-another-cloudwatch-exporter" }, pullPolicy: { t: "string", d: "IfNotPresent" }, tag: { t: "string", d: "v0.60.0" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, searchTags: { t: "map", o: 1 }, config: { t: "string", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "any", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, deployment: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "500Mi" } } } }, o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } }, o: 1 }, redis: { t: "map", k: { install: { t: "boolean", d: true }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/redis" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "7.2.4-debian-12-r9" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, nameOverride: { t: "string", d: "redis" }, architecture: { t: "string", d: "standalone" }, auth: { t: "map", k: { enabled: { t: "boolean", d: false }, existingSecret: { t: "string", d: '{{ include "wandb.redis.passwordSecret" . }}' }, existingSecretPasswordKey: { t: "string", d: "{{ .Values.global.redis.secret.secretKey }}" }, sentinel: { t: "boolean", d: true }, password: { t: "string", d: "", o: 1 }, usePasswordFiles: { t: "boolean", d: false }, usePasswordFileFromSecret: { t: "boolean", d: true } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, service: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9121" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 }, enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { http: { t: "number", d: 9121 } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, port: { t: "any", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/redis-exporter" }, tag: { t: "string", d: "1.58.0-debian-12-r4" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerPorts: { t: "map", k: { http: { t: "number", d: 9121 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 3 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, command: { t: "list", o: 1 }, redisTargetHost: { t: "string", d: "localhost" }, extraArgs: { t: "map", o: 1 }, extraEnvVars: { t: "list", o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9121" } }, o: 1 }, serviceMonitor: { t: "map", k: { port: { t: "string", d: "http-metrics", o: 1 }, enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "" }, relabelings: { t: "list", o: 1 }, relabellings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, additionalLabels: { t: "map", o: 1 }, podTargetLabels: { t: "list", o: 1 }, sampleLimit: { t: "boolean", d: false }, targetLimit: { t: "boolean", d: false }, additionalEndpoints: { t: "list", o: 1 } } }, podMonitor: { t: "map", k: { port: { t: "string", d: "metrics", o: 1 }, enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "" }, relabelings: { t: "list", o: 1 }, relabellings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, additionalLabels: { t: "map", o: 1 }, podTargetLabels: { t: "list", o: 1 }, sampleLimit: { t: "boolean", d: false }, targetLimit: { t: "boolean", d: false }, additionalEndpoints: { t: "list", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, master: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, count: { t: "number", d: 1 }, configuration: { t: "string", d: "" }, disableCommands: { t: "list", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraFlags: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, containerPorts: { t: "map", k: { redis: { t: "number", d: 6379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, kind: { t: "string", d: "StatefulSet" }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } }, o: 1 }, minReadySeconds: { t: "number", d: 0 }, priorityClassName: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, shareProcessNamespace: { t: "boolean", d: false }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, dnsPolicy: { t: "string", d: "" }, dnsConfig: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" }, path: { t: "string", d: "/data" }, subPath: { t: "string", d: "" }, subPathExpr: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, existingClaim: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, internalTrafficPolicy: { t: "string", d: "Cluster" }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 30 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, secretAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, useHostnames: { t: "boolean", d: true }, nameResolutionThreshold: { t: "number", d: 5 }, nameResolutionTimeout: { t: "number", d: 5 }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, commonConfiguration: { t: "string", d: '# Enable AOF https://redis.io/topics/persistence#append-only-file\nappendonly yes\n# Disable RDB persistence, AOF persistence already enabled.\nsave ""' }, existingConfigmap: { t: "string", d: "" }, replica: { t: "map", k: { kind: { t: "string", d: "StatefulSet" }, replicaCount: { t: "number", d: 3 }, configuration: { t: "string", d: "" }, disableCommands: { t: "list", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraFlags: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, externalMaster: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 6379, o: 1 } } }, containerPorts: { t: "map", k: { redis: { t: "number", d: 6379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 22 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } }, o: 1 }, minReadySeconds: { t: "number", d: 0 }, priorityClassName: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, shareProcessNamespace: { t: "boolean", d: false }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, dnsPolicy: { t: "string", d: "" }, dnsConfig: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" }, path: { t: "string", d: "/data" }, subPath: { t: "string", d: "" }, subPathExpr: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, existingClaim: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, internalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 30 }, autoscaling: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 11 }, targetCPU: { t: "string", d: "" }, targetMemory: { t: "string", d: "" } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } } } }, sentinel: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/redis-sentinel" }, tag: { t: "string", d: "7.2.4-debian-12-r7" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, annotations: { t: "map", o: 1 }, masterSet: { t: "string", d: "mymaster" }, quorum: { t: "number", d: 2 }, getMasterTimeout: { t: "number", d: 90 }, automateClusterRecovery: { t: "boolean", d: false }, redisShutdownWaitFailover: { t: "boolean", d: true }, downAfterMilliseconds: { t: "number", d: 6e4 }, failoverTimeout: { t: "number", d: 18e4 }, parallelSyncs: { t: "number", d: 1 }, configuration: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, enableServiceLinks: { t: "boolean", d: true }, preExecCmds: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, externalMaster: { t: "map", k: { enabled: { t: "boolean", d: false }, host: { t: "string", d: "", o: 1 }, port: { t: "number", d: 6379, o: 1 } } }, containerPorts: { t: "map", k: { sentinel: { t: "number", d: 26379 } } }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 22 } }, o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 6 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 20 }, periodSeconds: { t: "number", d: 5 }, timeoutSeconds: { t: "number", d: 1 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 6 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: false }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "100Mi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, medium: { t: "string", d: "" }, sizeLimit: { t: "string", d: "" } } }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 0 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { redis: { t: "number", d: 6379 }, sentinel: { t: "number", d: 26379 } } }, nodePorts: { t: "map", k: { redis: { t: "string", d: "" }, sentinel: { t: "string", d: "" } } }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, clusterIP: { t: "string", d: "" }, createMaster: { t: "boolean", d: false }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 } } } } }, terminationGracePeriodSeconds: { t: "number", d: 30 } } }, serviceBindings: { t: "map", k: { enabled: { t: "boolean", d: false } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 }, metrics: { t: "map", k: { allowExternal: { t: "boolean", d: true }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } } } }, podSecurityPolicy: { t: "map", k: { create: { t: "boolean", d: false }, enabled: { t: "boolean", d: false } } }, rbac: { t: "map", k: { create: { t: "boolean", d: false }, rules: { t: "list", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "number", d: 1 }, maxUnavailable: { t: "string", d: "" } } }, tls: { t: "map", k: { enabled: { t: "boolean", d: false }, authClients: { t: "boolean", d: true }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, certificatesSecret: { t: "string", d: "" }, certFilename: { t: "string", d: "" }, certKeyFilename: { t: "string", d: "" }, certCAFilename: { t: "string", d: "" }, dhParamsFilename: { t: "string", d: "" } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 }, containerSecurityContext: { t: "map", k: { seLinuxOptions: { t: "null", o: 1 }, runAsUser: { t: "number", d: 0 } } } } }, kubectl: { t: "map", k: { image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kubectl" }, tag: { t: "string", d: "1.29.2-debian-12-r3" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, command: { t: "list", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, sysctl: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, command: { t: "list", o: 1 }, mountHostSys: { t: "boolean", d: false }, resourcesPreset: { t: "string", d: "none" }, resources: { t: "map", o: 1 } } }, useExternalDNS: { t: "map", k: { enabled: { t: "boolean", d: false }, suffix: { t: "string", d: "" }, annotationKey: { t: "string", d: "external-dns.alpha.kubernetes.io/" }, additionalAnnotations: { t: "map", o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, prometheus: { t: "map", k: { install: { t: "boolean", d: true }, instance: { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus" }, "prometheus-node-exporter": { t: "map", k: { enabled: { t: "boolean", d: false } } }, "prometheus-pushgateway": { t: "map", k: { enabled: { t: "boolean", d: false } } }, alertmanager: { t: "map", k: { enabled: { t: "boolean", d: false } } }, "kube-state-metrics": { t: "map", k: { enabled: { t: "boolean", d: false } } } } }, "redis-exporter": { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus-redis-exporter" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "oliver006/redis_exporter" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, pod: { t: "map", k: { securityContext: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "100Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "300m" }, memory: { t: "string", d: "200Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, enabled: { t: "any", o: 1 } } }, "mysql-exporter": { t: "map", k: { install: { t: "boolean", d: true }, nameOverride: { t: "string", d: "prometheus-mysql-exporter" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "prom/mysqld-exporter" }, tag: { t: "string", d: "latest" }, pullPolicy: { t: "string", d: "Always" } } }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraCors: { t: "list", o: 1 }, pod: { t: "map", k: { securityContext: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "100Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "300m" }, memory: { t: "string", d: "200Mi" } } } }, o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, enabled: { t: "any", o: 1 } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" } } }, stackdriver: { t: "map", k: { install: { t: "boolean", d: false }, pod: { t: "map", k: { annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "9255" }, "prometheus.io/path": { t: "string", d: "/metrics" }, "prometheus.io/scheme": { t: "string", d: "http" } }, o: 1 }, labels: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, enabled: { t: "boolean", d: true }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "prometheuscommunity/stackdriver-exporter" }, pullPolicy: { t: "string", d: "IfNotPresent" }, tag: { t: "string", d: "latest" } } }, tolerations: { t: "list", o: 1 }, restartPolicy: { t: "string", d: "Always" }, replicaCount: { t: "number", d: 1 }, extraEnv: { t: "map", o: 1 }, extraEnvFrom: { t: "map", o: 1 }, extraArgs: { t: "map", o: 1 }, stackdriver: { t: "map", k: { projectId: { t: "string", d: "FALSE" }, serviceAccountSecret: { t: "string", d: "" }, serviceAccountSecretKey: { t: "string", d: "" }, serviceAccountKey: { t: "string", d: "" }, maxRetries: { t: "number", d: 0 }, httpTimeout: { t: "string", d: "10s" }, maxBackoff: { t: "string", d: "5s" }, backoffJitter: { t: "string", d: "1s" }, retryStatuses: { t: "number", d: 503 }, dropDelegatedProjects: { t: "boolean", d: false }, metrics: { t: "map", k: { typePrefixes: { t: "string", d: "cloudsql.googleapis.com/database,redis" }, filters: { t: "list", o: 1 }, interval: { t: "string", d: "5m" }, offset: { t: "string", d: "0s" }, ingestDelay: { t: "boolean", d: false }, aggregateDeltas: { t: "boolean", d: false }, aggregateDeltasTTL: { t: "string", d: "30m" } } } } }, web: { t: "map", k: { listenAddress: { t: "string", d: ":9255" }, path: { t: "string", d: "/metrics" } } }, secret: { t: "map", k: { labels: { t: "map", o: 1 } } }, customLabels: { t: "map", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, httpPort: { t: "number", d: 9255 }, annotations: { t: "map", o: 1 }, labels: { t: "any", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, deployment: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "500m" }, memory: { t: "string", d: "500Mi" } } } }, o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } }, o: 1 }, otel: { t: "map", k: { install: { t: "boolean", d: true }, daemonset: { t: "map", k: { install: { t: "boolean", d: true }, mode: { t: "string", d: "daemonset" }, presets: { t: "map", k: { receivers: { t: "map", k: { hostMetrics: { t: "boolean", d: true }, logsCollection: { t: "boolean", d: true }, kubeletMetrics: { t: "boolean", d: true }, kubernetesEvent: { t: "boolean", d: true }, kubernetesCluster: { t: "boolean", d: true }, statsd: { t: "boolean", d: true }, otlp: { t: "boolean", d: true } } } } }, config: { t: "map", k: { service: { t: "map", k: { pipelines: { t: "map", k: { traces: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, metrics: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, logs: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } } } } } } }, o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "otel/opentelemetry-collector-contrib" }, tag: { t: "string", d: "0.97.0" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraCors: { t: "list", o: 1 }, service: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 }, type: { t: "any", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1e3 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 1e3 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, clusterRole: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, daemonSet: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { memory: { t: "string", d: "2Gi" } } } }, o: 1 }, extraEnv: { t: "map", k: { GOMEMLIMIT: { t: "string", d: "1600MiB" } } }, extraEnvFrom: { t: "map", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, role: { t: "map", o: 1 }, roleBinding: { t: "map", o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } } }, deployment: { t: "map", k: { install: { t: "boolean", d: false }, mode: { t: "string", d: "deployment" }, presets: { t: "map", k: { receivers: { t: "map", k: { statsd: { t: "boolean", d: true }, otlp: { t: "boolean", d: true }, hostMetrics: { t: "boolean", d: false }, logsCollection: { t: "boolean", d: false }, kubeletMetrics: { t: "boolean", d: false }, kubernetesEvent: { t: "boolean", d: false }, kubernetesCluster: { t: "boolean", d: false } } } } }, config: { t: "map", k: { service: { t: "map", k: { pipelines: { t: "map", k: { traces: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, metrics: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } }, logs: { t: "map", k: { exporters: { t: "list", o: 1 }, processors: { t: "list", o: 1 }, receivers: { t: "list", o: 1 } } } } } } } }, o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, image: { t: "map", k: { repository: { t: "string", d: "otel/opentelemetry-collector-contrib" }, tag: { t: "string", d: "0.97.0" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, tolerations: { t: "list", o: 1 }, extraCors: { t: "list", o: 1 }, service: { t: "map", o: 1, k: { labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 }, type: { t: "any", o: 1 } } }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1e3 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 1e3 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "" } } } }, o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 } } }, clusterRole: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, daemonSet: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, configMap: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "200m" }, memory: { t: "string", d: "200Mi" } } }, limits: { t: "map", k: { memory: { t: "string", d: "2Gi" } } } }, o: 1 }, extraEnv: { t: "map", k: { GOMEMLIMIT: { t: "string", d: "1600MiB" } } }, extraEnvFrom: { t: "map", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, annotations: { t: "any", o: 1 } } }, role: { t: "map", o: 1 }, roleBinding: { t: "map", o: 1 }, topologySpreadConstraints: { t: "any", o: 1 } } }, enabled: { t: "any", o: 1 }, fullnameOverride: { t: "any", o: 1 }, nameOverride: { t: "any", o: 1 } } }, kafka: { t: "map", k: { install: { t: "boolean", d: false }, controller: { t: "map", k: { persistence: { t: "map", k: { size: { t: "string", d: "30Gi" }, enabled: { t: "boolean", d: true }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/kafka" } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, replicaCount: { t: "number", d: 3 }, controllerOnly: { t: "boolean", d: false }, minId: { t: "number", d: 0 }, zookeeperMigrationMode: { t: "boolean", d: false }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 3 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, timeoutSeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, hostNetwork: { t: "boolean", d: false }, hostIPC: { t: "boolean", d: false }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, logPersistence: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/opt/bitnami/kafka/logs" } } } } }, broker: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, replicaCount: { t: "number", d: 0 }, minId: { t: "number", d: 100 }, zookeeperMigrationMode: { t: "boolean", d: false }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 3 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, timeoutSeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, hostNetwork: { t: "boolean", d: false }, hostIPC: { t: "boolean", d: false }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/kafka" } } }, logPersistence: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, annotations: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, mountPath: { t: "string", d: "/opt/bitnami/kafka/logs" } } } } }, sasl: { t: "map", k: { interbroker: { t: "map", k: { password: { t: "string", d: "inter-broker", o: 1 }, user: { t: "string", d: "inter_broker_user", o: 1 }, clientId: { t: "string", d: "inter_broker_client" }, clientSecret: { t: "string", d: "" } } }, controller: { t: "map", k: { password: { t: "string", d: "controller-pw", o: 1 }, user: { t: "string", d: "controller_user", o: 1 }, clientId: { t: "string", d: "controller_broker_client" }, clientSecret: { t: "string", d: "" } } }, client: { t: "map", k: { users: { t: "list", o: 1 }, passwords: { t: "string", d: "wandb", o: 1 } } }, existingSecret: { t: "string", d: "" }, enabledMechanisms: { t: "string", d: "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512" }, interBrokerMechanism: { t: "string", d: "PLAIN" }, controllerMechanism: { t: "string", d: "PLAIN" }, oauthbearer: { t: "map", k: { tokenEndpointUrl: { t: "string", d: "" }, jwksEndpointUrl: { t: "string", d: "" }, expectedAudience: { t: "string", d: "" }, subClaimName: { t: "string", d: "sub" } } }, zookeeper: { t: "map", k: { user: { t: "string", d: "", o: 1 }, password: { t: "string", d: "", o: 1 } } } } }, kraft: { t: "map", k: { clusterId: { t: "string", d: "ffFF1H3AQKGdBnsqAbJKew" }, enabled: { t: "boolean", d: true }, existingClusterIdSecret: { t: "string", d: "" }, controllerQuorumVoters: { t: "string", d: "" } } }, metrics: { t: "map", k: { jmx: { t: "map", k: { enabled: { t: "boolean", d: true }, kafkaJmxPort: { t: "number", d: 5555 }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/jmx-exporter" }, tag: { t: "string", d: "0.19.0-debian-11-r95" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, containerPorts: { t: "map", k: { metrics: { t: "number", d: 5556 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, service: { t: "map", k: { ports: { t: "map", k: { metrics: { t: "number", d: 5556 } } }, clusterIP: { t: "string", d: "" }, sessionAffinity: { t: "string", d: "None" }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.jmx.service.ports.metrics }}" }, "prometheus.io/path": { t: "string", d: "/" } }, o: 1 } } }, whitelistObjectNames: { t: "list", o: 1 }, config: { t: "string", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraRules: { t: "string", d: "" } } }, kafka: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kafka-exporter" }, tag: { t: "string", d: "1.7.0-debian-11-r132" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, certificatesSecret: { t: "string", d: "" }, tlsCert: { t: "string", d: "cert-file" }, tlsKey: { t: "string", d: "key-file" }, tlsCaSecret: { t: "string", d: "" }, tlsCaCert: { t: "string", d: "ca-file" }, extraFlags: { t: "map", o: 1 }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, containerPorts: { t: "map", k: { metrics: { t: "number", d: 9308 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, service: { t: "map", k: { ports: { t: "map", k: { metrics: { t: "number", d: 9308 } } }, clusterIP: { t: "string", d: "" }, sessionAffinity: { t: "string", d: "None" }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.kafka.service.ports.metrics }}" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true } } } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, jobLabel: { t: "string", d: "" } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, labels: { t: "map", o: 1 }, groups: { t: "list", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, clusterDomain: { t: "string", d: "cluster.local" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, extraDeploy: { t: "list", o: 1 }, serviceBindings: { t: "map", k: { enabled: { t: "boolean", d: false } } }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kafka" }, tag: { t: "string", d: "3.5.1-debian-11-r72" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, extraInit: { t: "string", d: "" }, config: { t: "string", d: "", o: 1 }, existingConfigmap: { t: "string", d: "" }, extraConfig: { t: "string", d: "" }, secretConfig: { t: "string", d: "" }, existingSecretConfig: { t: "string", d: "" }, log4j: { t: "string", d: "" }, existingLog4jConfigMap: { t: "string", d: "" }, heapOpts: { t: "string", d: "-Xmx1024m -Xms1024m" }, interBrokerProtocolVersion: { t: "string", d: "" }, listeners: { t: "map", k: { client: { t: "map", k: { containerPort: { t: "number", d: 9092 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "CLIENT" }, sslClientAuth: { t: "string", d: "" } } }, controller: { t: "map", k: { name: { t: "string", d: "CONTROLLER" }, containerPort: { t: "number", d: 9093 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, sslClientAuth: { t: "string", d: "" } } }, interbroker: { t: "map", k: { containerPort: { t: "number", d: 9094 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "INTERNAL" }, sslClientAuth: { t: "string", d: "" } } }, external: { t: "map", k: { containerPort: { t: "number", d: 9095 }, protocol: { t: "string", d: "SASL_PLAINTEXT" }, name: { t: "string", d: "EXTERNAL" }, sslClientAuth: { t: "string", d: "" } } }, extraListeners: { t: "list", o: 1 }, overrideListeners: { t: "string", d: "" }, advertisedListeners: { t: "string", d: "" }, securityProtocolMap: { t: "string", d: "" } } }, tls: { t: "map", k: { type: { t: "string", d: "JKS" }, pemChainIncluded: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, autoGenerated: { t: "boolean", d: false }, passwordsSecret: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "keystore-password" }, passwordsSecretTruststoreKey: { t: "string", d: "truststore-password" }, passwordsSecretPemPasswordKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" }, keyPassword: { t: "string", d: "" }, jksTruststoreSecret: { t: "string", d: "" }, jksTruststoreKey: { t: "string", d: "" }, endpointIdentificationAlgorithm: { t: "string", d: "https" }, sslClientAuth: { t: "string", d: "required" }, zookeeper: { t: "map", k: { enabled: { t: "boolean", d: false }, verifyHostname: { t: "boolean", d: true }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "zookeeper.keystore.jks" }, existingSecretTruststoreKey: { t: "string", d: "zookeeper.truststore.jks" }, passwordsSecret: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "keystore-password" }, passwordsSecretTruststoreKey: { t: "string", d: "truststore-password" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } } } }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { client: { t: "number", d: 9092 }, controller: { t: "number", d: 9093 }, interbroker: { t: "number", d: 9094 }, external: { t: "number", d: 9095 } } }, extraPorts: { t: "list", o: 1 }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, external: { t: "string", d: "" } } }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, headless: { t: "map", k: { controller: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, broker: { t: "map", k: { annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } } } } } }, externalAccess: { t: "map", k: { enabled: { t: "boolean", d: false }, autoDiscovery: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/kubectl" }, tag: { t: "string", d: "1.28.2-debian-11-r16" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, controller: { t: "map", k: { forceExpose: { t: "boolean", d: false }, service: { t: "map", k: { type: { t: "string", d: "LoadBalancer" }, ports: { t: "map", k: { external: { t: "number", d: 9094 } } }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerNames: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, nodePorts: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, useHostIPs: { t: "boolean", d: false }, usePodIPs: { t: "boolean", d: false }, domain: { t: "string", d: "" }, publishNotReadyAddresses: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } }, o: 1 } } }, broker: { t: "map", k: { service: { t: "map", k: { type: { t: "string", d: "LoadBalancer" }, ports: { t: "map", k: { external: { t: "number", d: 9094 } } }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerNames: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, nodePorts: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, useHostIPs: { t: "boolean", d: false }, usePodIPs: { t: "boolean", d: false }, domain: { t: "string", d: "" }, publishNotReadyAddresses: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } }, o: 1 } } } }, o: 1 }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, allowExternal: { t: "boolean", d: true }, explicitNamespacesSelector: { t: "map", o: 1 }, externalAccess: { t: "map", k: { from: { t: "list", o: 1 } } }, egressRules: { t: "map", k: { customRules: { t: "list", o: 1 } } } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "11-debian-11-r90" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, containerSecurityContext: { t: "map", k: { runAsUser: { t: "number", d: 0 } } } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true }, annotations: { t: "map", o: 1 } } }, rbac: { t: "map", k: { create: { t: "boolean", d: false } } }, provisioning: { t: "map", k: { enabled: { t: "boolean", d: false }, numPartitions: { t: "number", d: 1 }, replicationFactor: { t: "number", d: 1 }, topics: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, extraProvisioningCommands: { t: "list", o: 1 }, parallel: { t: "number", d: 1 }, preScript: { t: "string", d: "" }, postScript: { t: "string", d: "" }, auth: { t: "map", k: { tls: { t: "map", k: { type: { t: "string", d: "jks" }, certificatesSecret: { t: "string", d: "" }, cert: { t: "string", d: "tls.crt" }, key: { t: "string", d: "tls.key" }, caCert: { t: "string", d: "ca.crt" }, keystore: { t: "string", d: "keystore.jks" }, truststore: { t: "string", d: "truststore.jks" }, passwordsSecret: { t: "string", d: "" }, keyPasswordSecretKey: { t: "string", d: "key-password" }, keystorePasswordSecretKey: { t: "string", d: "keystore-password" }, truststorePasswordSecretKey: { t: "string", d: "truststore-password" }, keyPassword: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: false }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } } } }, schedulerName: { t: "string", d: "" }, enableServiceLinks: { t: "boolean", d: true }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, waitForKafka: { t: "boolean", d: true } } }, zookeeperChrootPath: { t: "string", d: "" }, zookeeper: { t: "map", k: { enabled: { t: "boolean", d: false }, replicaCount: { t: "number", d: 1 }, auth: { t: "map", k: { client: { t: "map", k: { enabled: { t: "boolean", d: false }, clientUser: { t: "string", d: "" }, clientPassword: { t: "string", d: "" }, serverUsers: { t: "string", d: "" }, serverPasswords: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } }, quorum: { t: "map", k: { enabled: { t: "boolean", d: false }, learnerUser: { t: "string", d: "" }, learnerPassword: { t: "string", d: "" }, serverUsers: { t: "string", d: "" }, serverPasswords: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, storageClass: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, size: { t: "string", d: "8Gi" }, existingClaim: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataLogDir: { t: "map", k: { size: { t: "string", d: "8Gi" }, existingClaim: { t: "string", d: "" }, selector: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, namespaceOverride: { t: "string", d: "" }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/zookeeper" }, tag: { t: "string", d: "3.9.1-debian-11-r0" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, tickTime: { t: "number", d: 2e3 }, initLimit: { t: "number", d: 10 }, syncLimit: { t: "number", d: 5 }, preAllocSize: { t: "number", d: 65536 }, snapCount: { t: "number", d: 1e5 }, maxClientCnxns: { t: "number", d: 60 }, maxSessionTimeout: { t: "number", d: 4e4 }, heapSize: { t: "number", d: 1024 }, fourlwCommandsWhitelist: { t: "string", d: "srvr, mntr, ruok" }, minServerId: { t: "number", d: 1 }, listenOnAllIPs: { t: "boolean", d: false }, autopurge: { t: "map", k: { snapRetainCount: { t: "number", d: 3 }, purgeInterval: { t: "number", d: 0 } } }, logLevel: { t: "string", d: "ERROR" }, jvmFlags: { t: "string", d: "" }, dataLogDir: { t: "string", d: "" }, configuration: { t: "string", d: "" }, existingConfigmap: { t: "string", d: "" }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, containerPorts: { t: "map", k: { client: { t: "number", d: 2181 }, tls: { t: "number", d: 3181 }, follower: { t: "number", d: 2888 }, election: { t: "number", d: 3888 } } }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, successThreshold: { t: "number", d: 1 }, probeCommandTimeout: { t: "number", d: 2 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 5 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, failureThreshold: { t: "number", d: 6 }, successThreshold: { t: "number", d: 1 }, probeCommandTimeout: { t: "number", d: 2 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 30 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 15 }, successThreshold: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", k: { memory: { t: "string", d: "256Mi" }, cpu: { t: "string", d: "250m" } } } }, o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false } } }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, schedulerName: { t: "string", d: "" }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } }, o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "number", d: 1 } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { client: { t: "number", d: 2181 }, tls: { t: "number", d: 3181 }, follower: { t: "number", d: 2888 }, election: { t: "number", d: 3888 } } }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, tls: { t: "string", d: "" } } }, disableBaseClientPort: { t: "boolean", d: false }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, headless: { t: "map", k: { publishNotReadyAddresses: { t: "boolean", d: true }, annotations: { t: "map", o: 1 }, servicenameOverride: { t: "string", d: "" } } }, tls: { t: "map", k: { client_cert_pem_path: { t: "any", o: 1 }, client_key_pem_path: { t: "any", o: 1 } } } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, allowExternal: { t: "boolean", d: true } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: false }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: true }, annotations: { t: "map", o: 1 } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "11-debian-11-r89" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, runAsUser: { t: "number", d: 0 } } } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, containerPort: { t: "number", d: 9141 }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, port: { t: "number", d: 9141, o: 1 }, annotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.service.port }}" }, "prometheus.io/path": { t: "string", d: "/metrics" } }, o: 1 } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 }, metricRelabelings: { t: "list", o: 1 }, honorLabels: { t: "boolean", d: false }, jobLabel: { t: "string", d: "" } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, tls: { t: "map", k: { client: { t: "map", k: { enabled: { t: "boolean", d: false }, auth: { t: "string", d: "none" }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "" }, existingSecretTruststoreKey: { t: "string", d: "" }, keystorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/client/zookeeper.keystore.jks" }, truststorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/client/zookeeper.truststore.jks" }, passwordsSecretName: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "" }, passwordsSecretTruststoreKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } }, quorum: { t: "map", k: { enabled: { t: "boolean", d: false }, auth: { t: "string", d: "none" }, autoGenerated: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, existingSecretKeystoreKey: { t: "string", d: "" }, existingSecretTruststoreKey: { t: "string", d: "" }, keystorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/quorum/zookeeper.keystore.jks" }, truststorePath: { t: "string", d: "/opt/bitnami/zookeeper/config/certs/quorum/zookeeper.truststore.jks" }, passwordsSecretName: { t: "string", d: "" }, passwordsSecretKeystoreKey: { t: "string", d: "" }, passwordsSecretTruststoreKey: { t: "string", d: "" }, keystorePassword: { t: "string", d: "" }, truststorePassword: { t: "string", d: "" } } }, resources: { t: "map", k: { limits: { t: "map", o: 1 }, requests: { t: "map", o: 1 } }, o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, externalZookeeper: { t: "map", k: { servers: { t: "list", o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 }, consumerGroupId: { t: "any", o: 1 } }, o: 1 }, etcd: { t: "map", k: { image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/etcd" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "3.5.17-debian-12-r3" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, replicaCount: { t: "number", d: 3 }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "10Gi" }, storageClass: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, accessModes: { t: "list", o: 1 }, selector: { t: "map", o: 1 } } }, autoCompactionMode: { t: "string", d: "periodic" }, autoCompactionRetention: { t: "string", d: "30s" }, removeMemberOnContainerTermination: { t: "boolean", d: false }, resourcesPreset: { t: "string", d: "none" }, auth: { t: "map", k: { rbac: { t: "map", k: { create: { t: "boolean", d: false }, enabled: { t: "boolean", d: false }, allowNoneAuthentication: { t: "boolean", d: true }, rootPassword: { t: "string", d: "" }, existingSecret: { t: "string", d: "" }, existingSecretPasswordKey: { t: "string", d: "" } } }, token: { t: "map", k: { enabled: { t: "boolean", d: false }, type: { t: "string", d: "jwt" }, privateKey: { t: "map", k: { filename: { t: "string", d: "jwt-token.pem" }, existingSecret: { t: "string", d: "" } } }, signMethod: { t: "string", d: "RS256" }, ttl: { t: "string", d: "10m" } } }, client: { t: "map", k: { secureTransport: { t: "boolean", d: false }, useAutoTLS: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, enableAuthentication: { t: "boolean", d: false }, certFilename: { t: "string", d: "cert.pem" }, certKeyFilename: { t: "string", d: "key.pem" }, caFilename: { t: "string", d: "" } } }, peer: { t: "map", k: { secureTransport: { t: "boolean", d: false }, useAutoTLS: { t: "boolean", d: false }, existingSecret: { t: "string", d: "" }, enableAuthentication: { t: "boolean", d: false }, certFilename: { t: "string", d: "cert.pem" }, certKeyFilename: { t: "string", d: "key.pem" }, caFilename: { t: "string", d: "" } } } } }, metrics: { t: "map", k: { useSeparateEndpoint: { t: "boolean", d: true }, enabled: { t: "boolean", d: false }, podAnnotations: { t: "map", k: { "prometheus.io/scrape": { t: "string", d: "true" }, "prometheus.io/port": { t: "string", d: "{{ .Values.metrics.useSeparateEndpoint | ternary .Values.containerPorts.metrics .Values.containerPorts.client }}" } }, o: 1 }, podMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "monitoring" }, interval: { t: "string", d: "30s" }, scrapeTimeout: { t: "string", d: "30s" }, additionalLabels: { t: "map", o: 1 }, scheme: { t: "string", d: "http" }, tlsConfig: { t: "map", o: 1 }, relabelings: { t: "list", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, customLivenessProbe: { t: "map", k: { httpGet: { t: "map", k: { port: { t: "number", d: 9090, o: 1 }, path: { t: "string", d: "/livez" }, scheme: { t: "string", d: "HTTP" } } }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 15 }, failureThreshold: { t: "number", d: 10 } }, o: 1 }, customReadinessProbe: { t: "map", k: { httpGet: { t: "map", k: { port: { t: "number", d: 9090, o: 1 }, path: { t: "string", d: "/readyz" }, scheme: { t: "string", d: "HTTP" } } }, initialDelaySeconds: { t: "number", d: 20 }, timeoutSeconds: { t: "number", d: 10 } }, o: 1 }, extraEnvVars: { t: "list", o: 1 }, kubeVersion: { t: "string", d: "" }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, initialClusterState: { t: "string", d: "" }, initialClusterToken: { t: "string", d: "etcd-cluster-k8s" }, logLevel: { t: "string", d: "info" }, maxProcs: { t: "string", d: "" }, configuration: { t: "string", d: "" }, existingConfigmap: { t: "string", d: "" }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" } } }, podManagementPolicy: { t: "string", d: "Parallel" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, lifecycleHooks: { t: "map", o: 1 }, containerPorts: { t: "map", k: { client: { t: "number", d: 2379 }, peer: { t: "number", d: 2380 }, metrics: { t: "number", d: 9090 } } }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resources: { t: "map", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 60 }, periodSeconds: { t: "number", d: 30 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, initialDelaySeconds: { t: "number", d: 60 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, initialDelaySeconds: { t: "number", d: 0 }, periodSeconds: { t: "number", d: 10 }, timeoutSeconds: { t: "number", d: 5 }, successThreshold: { t: "number", d: 1 }, failureThreshold: { t: "number", d: 60 } }, o: 1 }, customStartupProbe: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumeClaimTemplates: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, podAnnotations: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, terminationGracePeriodSeconds: { t: "string", d: "" }, schedulerName: { t: "string", d: "" }, priorityClassName: { t: "string", d: "" }, runtimeClassName: { t: "string", d: "" }, shareProcessNamespace: { t: "boolean", d: false }, topologySpreadConstraints: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: false }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, enabled: { t: "boolean", d: true }, clusterIP: { t: "string", d: "" }, ports: { t: "map", k: { client: { t: "number", d: 2379 }, peer: { t: "number", d: 2380 }, metrics: { t: "number", d: 9090 } } }, nodePorts: { t: "map", k: { client: { t: "string", d: "" }, peer: { t: "string", d: "" }, metrics: { t: "string", d: "" }, clientPort: { t: "any", o: 1 }, peerPort: { t: "any", o: 1 } } }, clientPortNameOverride: { t: "string", d: "" }, peerPortNameOverride: { t: "string", d: "" }, metricsPortNameOverride: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerClass: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalIPs: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, extraPorts: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 } } }, port: { t: "any", o: 1 }, peerPort: { t: "any", o: 1 } } }, volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnami/os-shell" }, tag: { t: "string", d: "12-debian-12-r35" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } }, startFromSnapshot: { t: "map", k: { enabled: { t: "boolean", d: false }, existingClaim: { t: "string", d: "" }, snapshotFilename: { t: "string", d: "" } } }, disasterRecovery: { t: "map", k: { enabled: { t: "boolean", d: false }, cronjob: { t: "map", k: { schedule: { t: "string", d: "*/30 * * * *" }, historyLimit: { t: "number", d: 1 }, snapshotHistoryLimit: { t: "number", d: 1 }, snapshotsDir: { t: "string", d: "/snapshots" }, podAnnotations: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, serviceAccountName: { t: "string", d: "" }, command: { t: "list", o: 1 } } }, pvc: { t: "map", k: { existingClaim: { t: "string", d: "" }, size: { t: "string", d: "2Gi" }, storageClassName: { t: "string", d: "nfs" }, subPath: { t: "string", d: "" } } } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 } } }, defrag: { t: "map", k: { enabled: { t: "boolean", d: false }, cronjob: { t: "map", k: { startingDeadlineSeconds: { t: "string", d: "" }, schedule: { t: "string", d: "0 0 * * *" }, concurrencyPolicy: { t: "string", d: "Forbid" }, suspend: { t: "boolean", d: false }, successfulJobsHistoryLimit: { t: "number", d: 1 }, failedJobsHistoryLimit: { t: "number", d: 1 }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, activeDeadlineSeconds: { t: "string", d: "" }, restartPolicy: { t: "string", d: "OnFailure" }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, serviceAccountName: { t: "string", d: "" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } } } }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "51%" }, maxUnavailable: { t: "string", d: "" } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, bufstream: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/bufstream" } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, storage: { t: "map", k: { use: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).provider }}' }, gcs: { t: "map", k: { bucket: { t: "string", d: '{{ include "wandb.bufstream.bucket.name" . }}' }, prefix: { t: "string", d: "" }, secretName: { t: "string", d: "" } } }, s3: { t: "map", k: { bucket: { t: "string", d: '{{ include "wandb.bufstream.bucket.name" . }}' }, accessKeyId: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).accessKey }}' }, secretName: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).secretName }}' }, secretKeyName: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).secretKeyName }}' }, region: { t: "string", d: '{{ (include "wandb.bucket" . | fromYaml).region }}' }, endpoint: { t: "string", d: '{{ include "wandb.bufstream.bucket.endpoint" . }}' }, prefix: { t: "string", d: "" }, forcePathStyle: { t: "boolean", d: false } } } } }, metadata: { t: "map", k: { use: { t: "string", d: "etcd" }, etcd: { t: "map", k: { addresses: { t: "list", o: 1 }, tls: { t: "map", o: 1, k: { rootCaSecret: { t: "any", o: 1 } } } } } } }, bufstream: { t: "map", k: { deployment: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "1" }, memory: { t: "string", d: "4Gi" } } }, limits: { t: "map", k: { cpu: { t: "string", d: "" }, memory: { t: "string", d: "8Gi" } } } }, o: 1 }, kind: { t: "string", d: "StatefulSet" }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, replicaCount: { t: "number", d: 3 }, podAnnotations: { t: "map", o: 1 }, selectorLabels: { t: "map", o: 1 }, podLabels: { t: "map", o: 1 }, podManagementPolicy: { t: "string", d: "Parallel" }, serviceName: { t: "string", d: "" }, nodeSelector: { t: "map", o: 1 }, affinity: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, extraEnv: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraContainerPorts: { t: "map", o: 1 }, extraContainers: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 }, timeoutSeconds: { t: "number", d: 5 } }, o: 1 }, readinessProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 }, timeoutSeconds: { t: "number", d: 5 } }, o: 1 }, startupProbe: { t: "map", k: { failureThreshold: { t: "number", d: 3 } }, o: 1 }, terminationGracePeriodSeconds: { t: "number", d: 420 }, shareProcessNamespace: { t: "boolean", d: false }, autoscaling: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 6 }, maxReplicas: { t: "number", d: 18 }, targetCPU: { t: "string", d: "50" }, targetMemory: { t: "string", d: "" }, behavior: { t: "map", o: 1 } } } } }, service: { t: "map", k: { enabled: { t: "boolean", d: true }, type: { t: "string", d: "ClusterIP" }, annotations: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "bufstream-service-account" }, annotations: { t: "map", o: 1 } } }, controlServerService: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, image: { t: "map", k: { repository: { t: "string", d: "us-docker.pkg.dev/buf-images-1/bufstream-public/images/bufstream" }, tag: { t: "string", d: "0.3.5" }, pullPolicy: { t: "string", d: "IfNotPresent" } } }, topologySpreadConstraints: { t: "any", o: 1 } } }, nameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, namespaceCreate: { t: "boolean", d: false }, imagePullSecrets: { t: "list", o: 1 }, cluster: { t: "string", d: "bufstream" }, zone: { t: "string", d: "" }, discoverZoneFromNode: { t: "boolean", d: false }, dataEnforcement: { t: "map", o: 1 }, kafka: { t: "map", k: { address: { t: "map", k: { host: { t: "string", d: "0.0.0.0", o: 1 }, port: { t: "number", d: 9092, o: 1 } } }, publicAddress: { t: "map", o: 1 }, tlsCertificateSecrets: { t: "list", o: 1 }, tlsClientAuth: { t: "string", d: "" }, tlsClientCasSecret: { t: "string", d: "" }, fetchEager: { t: "boolean", d: true }, fetchSync: { t: "boolean", d: true }, produceConcurrent: { t: "boolean", d: true }, zoneBalanceStrategy: { t: "string", d: "BALANCE_STRATEGY_PARTITION" }, partitionBalanceStrategy: { t: "string", d: "BALANCE_STRATEGY_PARTITION" }, requestBufferSize: { t: "number", d: 5 }, idleTimeout: { t: "number", d: 0 }, numPartitions: { t: "number", d: 1 }, exactLogSizes: { t: "boolean", d: true }, exactLogOffsets: { t: "boolean", d: false }, groupConsumerSessionTimeout: { t: "string", d: "45s" }, groupConsumerSessionTimeoutMin: { t: "string", d: "10s" }, groupConsumerSessionTimeoutMax: { t: "string", d: "60s" } } }, connectTLS: { t: "map", k: { server: { t: "map", o: 1, k: { certificateSecrets: { t: "any", o: 1 } } }, client: { t: "map", o: 1, k: { rootCaSecret: { t: "any", o: 1 } } } } }, adminTLS: { t: "map", o: 1, k: { certificateSecrets: { t: "any", o: 1 } } }, observability: { t: "map", k: { logLevel: { t: "string", d: "INFO" }, otlpEndpoint: { t: "string", d: "" }, exporter: { t: "map", k: { address: { t: "string", d: "" }, insecure: { t: "boolean", d: false } } }, metrics: { t: "map", k: { exporter: { t: "string", d: "" }, exporterType: { t: "string", d: "NONE" }, address: { t: "string", d: "" }, path: { t: "string", d: "" }, insecure: { t: "boolean", d: false }, omitPartitionAttribute: { t: "boolean", d: false }, enableInternalMetrics: { t: "boolean", d: false }, otlpTemporalityPreference: { t: "string", d: "" }, aggregation: { t: "map", k: { topics: { t: "boolean", d: false }, partitions: { t: "boolean", d: false }, consumerGroups: { t: "boolean", d: false } } } } }, tracing: { t: "map", k: { exporter: { t: "string", d: "" }, exporterType: { t: "string", d: "NONE" }, address: { t: "string", d: "" }, path: { t: "string", d: "" }, insecure: { t: "boolean", d: false }, traceRatio: { t: "number", d: 0.1 } } }, sensitiveInformationRedaction: { t: "string", d: "NONE" } } }, extraObjects: { t: "list", o: 1 }, configOverrides: { t: "map", o: 1 }, nodeSelector: { t: "any", o: 1 }, tolerations: { t: "any", o: 1 } }, o: 1 }, "lumen-agent": { t: "map", k: { install: { t: "boolean", d: false }, kind: { t: "string", d: "CronJob" }, image: { t: "map", k: { repository: { t: "string", d: "us-docker.pkg.dev/wandb-production/public/wandb/lumen" }, tag: { t: "string", d: "v0.1.5" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "string", d: "" } } }, serviceAccount: { t: "map", k: { name: { t: "string", d: "lumen" }, annotations: { t: "map", o: 1 }, create: { t: "boolean", d: true }, automount: { t: "boolean", d: true } } }, globalOptOut: { t: "map", k: { volumes: { t: "boolean", d: true } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "number", d: 1 }, annotations: { t: "map", o: 1 }, minAvailable: { t: "any", o: 1 } } }, service: { t: "map", k: { enabled: { t: "boolean", d: false }, name: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, headless: { t: "boolean", d: false }, internal: { t: "boolean", d: false }, loadBalancerHealthCheckPath: { t: "string", d: "" }, type: { t: "string", d: "ClusterIP" }, ports: { t: "list", o: 1 }, port: { t: "any", o: 1 } }, o: 1 }, role: { t: "map", k: { create: { t: "boolean", d: true }, rules: { t: "list", o: 1 }, type: { t: "string", d: "Role" } } }, envTpls: { t: "list", o: 1 }, cronJobs: { t: "map", k: { "lumen-agent": { t: "map", k: { enabled: { t: "boolean", d: true }, schedule: { t: "string", d: "0 * * * *" }, concurrencyPolicy: { t: "string", d: "Forbid" }, failedJobsHistoryLimit: { t: "number", d: 3 }, restartPolicy: { t: "string", d: "OnFailure" }, backoffLimit: { t: "number", d: 5 }, successfulJobsHistoryLimit: { t: "number", d: 5 }, startingDeadlineSeconds: { t: "number", d: 300 }, volumesTpls: { t: "list", o: 1 }, containers: { t: "map", k: { collector: { t: "map", k: { command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, env: { t: "map", k: { GOMEMLIMIT: { t: "map", k: { valueFrom: { t: "map", k: { resourceFieldRef: { t: "map", k: { resource: { t: "string", d: "limits.memory" } } } } } } }, GOMAXPROCS: { t: "map", k: { valueFrom: { t: "map", k: { resourceFieldRef: { t: "map", k: { resource: { t: "string", d: "limits.cpu" } } } } } } }, GOOGLE_APPLICATION_CREDENTIALS: { t: "string", d: "{{ include `wandb.lumen.googleCredsPath` . }}" } }, o: 1 }, envFrom: { t: "map", k: { "{{ .Release.Name }}-lumen-configmap": { t: "string", d: "configMapRef" }, "{{ .Release.Name }}-bucket-configmap": { t: "string", d: "configMapRef" } }, o: 1 }, volumeMountsTpls: { t: "list", o: 1 }, resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "number", d: 1 }, memory: { t: "string", d: "4Gi" } } }, limits: { t: "map", k: { cpu: { t: "number", d: 2 }, memory: { t: "string", d: "4Gi" } } } }, o: 1 } } } }, o: 1 } } } }, o: 1 }, replicaCount: { t: "number", d: 1 }, imagePullSecrets: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, deploymentPostfix: { t: "string", d: "" }, helmHook: { t: "map", k: { enabled: { t: "boolean", d: false }, hook: { t: "string", d: "" }, hookWeight: { t: "string", d: "0" }, hookDeletePolicy: { t: "string", d: "before-hook-creation,hook-succeeded" } } }, env: { t: "map", o: 1 }, envFrom: { t: "map", o: 1 }, extraEnv: { t: "map", o: 1 }, addReloaderAnnotations: { t: "boolean", d: true }, common: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, podAnnotations: { t: "map", o: 1 }, podAnnotationsTpls: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 999 }, runAsGroup: { t: "number", d: 0 }, fsGroup: { t: "number", d: 0 }, fsGroupChangePolicy: { t: "string", d: "OnRootMismatch" }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, securityContext: { t: "map", k: { capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: false }, privileged: { t: "boolean", d: false } }, o: 1 }, strategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", k: { maxSurge: { t: "number", d: 1 }, maxUnavailable: { t: "number", d: 0 } }, o: 1 } } }, terminationGracePeriodSeconds: { t: "number", d: 60 }, topologySpreadConstraints: { t: "list", o: 1 }, initContainers: { t: "map", o: 1 }, containers: { t: "map", o: 1 }, jobs: { t: "map", o: 1 }, services: { t: "list", o: 1 }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, className: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, hosts: { t: "list", o: 1 }, tls: { t: "list", o: 1 } } }, autoscaling: { t: "map", k: { horizontal: { t: "map", o: 1 }, vertical: { t: "map", o: 1 }, keda: { t: "map", o: 1 } } }, volumes: { t: "list", o: 1 }, volumesTpls: { t: "list", o: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, affinity: { t: "map", o: 1 }, priorityClassName: { t: "string", d: "" }, test: { t: "map", k: { enabled: { t: "boolean", d: false } } }, size: { t: "string", d: "" }, sizing: { t: "map", k: { default: { t: "map", k: { replicaCount: { t: "number", d: 1 }, resources: { t: "map", o: 1 }, env: { t: "map", o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false }, minReplicas: { t: "number", d: 1 }, maxReplicas: { t: "number", d: 5 }, targetCPUUtilizationPercentage: { t: "number", d: 80 }, targetMemoryUtilizationPercentage: { t: "number", d: 80 } }, o: 1 }, vertical: { t: "map", k: { enabled: { t: "boolean", d: false }, updateMode: { t: "string", d: "Auto" }, containerPolicies: { t: "list", o: 1 } } }, keda: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } }, testing: { t: "map", k: { resources: { t: "map", k: { requests: { t: "map", k: { cpu: { t: "string", d: "100m" }, memory: { t: "string", d: "128Mi" } } } }, o: 1 }, autoscaling: { t: "map", k: { horizontal: { t: "map", k: { enabled: { t: "boolean", d: false } }, o: 1 } } } } } }, o: 1 }, pod: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, securityContext: { t: "map", o: 1 } } }, container: { t: "map", k: { securityContext: { t: "map", o: 1 } } }, deployment: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, statefulset: { t: "map", k: { labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 } } }, resources: { t: "map", o: 1 }, serviceLabels: { t: "any", o: 1 }, AsMap: { t: "map", k: { cronJob: { t: "map", k: { exportHistoryToParquet: { t: "map", k: { enabled: { t: "any", o: 1 } }, o: 1 } } } } } } }, reloader: { t: "map", k: { install: { t: "boolean", d: false }, reloader: { t: "map", k: { watchGlobally: { t: "boolean", d: false }, reloadOnCreate: { t: "boolean", d: true }, reloadOnDelete: { t: "boolean", d: false }, autoReloadAll: { t: "boolean", d: false }, isArgoRollouts: { t: "boolean", d: false }, isOpenshift: { t: "boolean", d: false }, ignoreSecrets: { t: "boolean", d: false }, ignoreConfigMaps: { t: "boolean", d: false }, syncAfterRestart: { t: "boolean", d: false }, reloadStrategy: { t: "string", d: "default" }, ignoreNamespaces: { t: "string", d: "" }, namespaceSelector: { t: "string", d: "" }, resourceLabelSelector: { t: "string", d: "" }, logFormat: { t: "string", d: "" }, logLevel: { t: "string", d: "info" }, enableHA: { t: "boolean", d: false }, readOnlyRootFileSystem: { t: "boolean", d: false }, legacy: { t: "map", k: { rbac: { t: "boolean", d: false } } }, matchLabels: { t: "map", o: 1 }, enableMetricsByNamespace: { t: "boolean", d: false }, deployment: { t: "map", k: { replicas: { t: "number", d: 1 }, revisionHistoryLimit: { t: "number", d: 2 }, nodeSelector: { t: "null", o: 1 }, affinity: { t: "map", o: 1 }, securityContext: { t: "map", k: { runAsNonRoot: { t: "boolean", d: true }, runAsUser: { t: "number", d: 65534 }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } }, o: 1 }, containerSecurityContext: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, topologySpreadConstraints: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", k: { provider: { t: "string", d: "stakater" }, group: { t: "string", d: "com.stakater.platform" }, version: { t: "string", d: "v1.3.0" } }, o: 1 }, image: { t: "map", k: { name: { t: "string", d: "ghcr.io/stakater/reloader" }, base: { t: "string", d: "stakater/reloader" }, tag: { t: "string", d: "v1.3.0" }, pullPolicy: { t: "string", d: "IfNotPresent" }, digest: { t: "any", o: 1 } } }, env: { t: "map", k: { open: { t: "null", o: 1 }, secret: { t: "map", o: 1, k: { ALERT_ON_RELOAD: { t: "any", o: 1 }, ALERT_SINK: { t: "any", o: 1 }, ALERT_WEBHOOK_URL: { t: "any", o: 1 }, ALERT_ADDITIONAL_INFO: { t: "any", o: 1 } } }, field: { t: "null", o: 1 }, existing: { t: "null", o: 1 } }, o: 1 }, livenessProbe: { t: "map", o: 1, k: { timeoutSeconds: { t: "any", o: 1 }, failureThreshold: { t: "any", o: 1 }, periodSeconds: { t: "any", o: 1 }, successThreshold: { t: "any", o: 1 }, initialDelaySeconds: { t: "any", o: 1 } } }, readinessProbe: { t: "map", o: 1, k: { timeoutSeconds: { t: "any", o: 1 }, failureThreshold: { t: "any", o: 1 }, periodSeconds: { t: "any", o: 1 }, successThreshold: { t: "any", o: 1 }, initialDelaySeconds: { t: "any", o: 1 } } }, resources: { t: "map", o: 1 }, pod: { t: "map", k: { annotations: { t: "map", o: 1 } } }, priorityClassName: { t: "string", d: "" }, gomaxprocsOverride: { t: "string", d: "" }, gomemlimitOverride: { t: "string", d: "" }, volumeMounts: { t: "any", o: 1 }, automountServiceAccountToken: { t: "any", o: 1 }, volumes: { t: "any", o: 1 } } }, service: { t: "map", o: 1, k: { annotations: { t: "any", o: 1 }, labels: { t: "any", o: 1 }, port: { t: "any", o: 1 } } }, rbac: { t: "map", k: { enabled: { t: "boolean", d: true }, labels: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, name: { t: "null", o: 1 }, automountServiceAccountToken: { t: "any", o: 1 } } }, custom_annotations: { t: "map", o: 1, k: { configmap: { t: "any", o: 1 }, secret: { t: "any", o: 1 }, auto: { t: "any", o: 1 }, secret_auto: { t: "any", o: 1 }, configmap_auto: { t: "any", o: 1 }, search: { t: "any", o: 1 }, match: { t: "any", o: 1 } } }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, honorLabels: { t: "boolean", d: true }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, targetLabels: { t: "list", o: 1 }, namespace: { t: "any", o: 1 }, interval: { t: "any", o: 1 }, scheme: { t: "any", o: 1 }, bearerTokenFile: { t: "any", o: 1 }, tlsConfig: { t: "any", o: 1 }, timeout: { t: "any", o: 1 } } }, podMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, honorLabels: { t: "boolean", d: true }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, podTargetLabels: { t: "list", o: 1 }, namespace: { t: "any", o: 1 }, interval: { t: "any", o: 1 }, scheme: { t: "any", o: 1 }, bearerTokenSecret: { t: "any", o: 1 }, tlsConfig: { t: "any", o: 1 }, timeout: { t: "any", o: 1 } } }, podDisruptionBudget: { t: "map", k: { enabled: { t: "boolean", d: false }, maxUnavailable: { t: "any", o: 1 }, minAvailable: { t: "any", o: 1 } } }, netpol: { t: "map", k: { enabled: { t: "boolean", d: false }, from: { t: "list", o: 1 }, to: { t: "list", o: 1 } } }, verticalPodAutoscaler: { t: "map", k: { enabled: { t: "boolean", d: false }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } }, recommenders: { t: "any", o: 1 }, controlledValues: { t: "any", o: 1 } } }, volumeMounts: { t: "list", o: 1 }, volumes: { t: "list", o: 1 }, webhookUrl: { t: "string", d: "" } } }, kubernetes: { t: "map", k: { host: { t: "string", d: "https://kubernetes.default", o: 1 } } }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespace: { t: "any", o: 1 } }, o: 1 }, clickhouse: { t: "map", k: { install: { t: "boolean", d: false }, image: { t: "map", k: { repository: { t: "string", d: "bitnamilegacy/clickhouse" }, registry: { t: "string", d: "docker.io" }, tag: { t: "string", d: "25.7.5-debian-12-r0" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, global: { t: "map", k: { security: { t: "map", k: { allowInsecureImages: { t: "boolean", d: true } } } } }, auth: { t: "map", k: { existingSecret: { t: "string", d: '{{ include "wandb.clickhouse.passwordSecret" . }}' }, existingSecretKey: { t: "string", d: "{{- .Values.global.clickhouse.passwordSecret.passwordKey -}}" }, username: { t: "string", d: "default" }, password: { t: "string", d: "", o: 1 } } }, shards: { t: "number", d: 1 }, replicaCount: { t: "number", d: 1 }, nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "30Gi" }, storageClass: { t: "string", d: "" }, existingClaim: { t: "string", d: "" }, labels: { t: "map", o: 1 }, annotations: { t: "map", o: 1 }, accessModes: { t: "list", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/clickhouse" } } }, keeper: { t: "map", k: { nodeSelector: { t: "map", o: 1 }, tolerations: { t: "list", o: 1 }, persistentVolumeClaimRetentionPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, whenScaled: { t: "string", d: "Retain" }, whenDeleted: { t: "string", d: "Retain" } } }, persistence: { t: "map", k: { enabled: { t: "boolean", d: true }, size: { t: "string", d: "8Gi" }, storageClass: { t: "string", d: "" }, existingClaim: { t: "string", d: "" }, accessModes: { t: "list", o: 1 }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, selector: { t: "map", o: 1 }, dataSource: { t: "map", o: 1 }, mountPath: { t: "string", d: "/bitnami/clickhouse-keeper" } } }, enabled: { t: "boolean", d: true }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnamilegacy/clickhouse-keeper" }, tag: { t: "string", d: "25.7.5-debian-12-r0" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 }, debug: { t: "boolean", d: false } } }, replicaCount: { t: "number", d: 3 }, configuration: { t: "map", o: 1 }, existingConfigmap: { t: "string", d: "" }, configdFiles: { t: "map", o: 1 }, existingConfigdConfigmap: { t: "string", d: "" }, usersdFiles: { t: "map", o: 1 }, existingUsersdConfigmap: { t: "string", d: "" }, existingUsersdSecret: { t: "string", d: "" }, containerPorts: { t: "map", k: { tcp: { t: "number", d: 9181 }, raft: { t: "number", d: 9234 } } }, extraContainerPorts: { t: "list", o: 1 }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "small" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { key: { t: "string", d: "" }, type: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } } }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, terminationGracePeriodSeconds: { t: "string", d: "" }, lifecycleHooks: { t: "map", o: 1 }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, autoscaling: { t: "map", k: { vpa: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } } } } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, ports: { t: "map", k: { tcp: { t: "number", d: 9181 }, raft: { t: "number", d: 9234 } } }, nodePorts: { t: "map", k: { tcp: { t: "string", d: "" }, raft: { t: "string", d: "" } } }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } } } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, addExternalClientAccess: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } } } }, kubeVersion: { t: "string", d: "" }, apiVersions: { t: "list", o: 1 }, nameOverride: { t: "string", d: "" }, fullnameOverride: { t: "string", d: "" }, namespaceOverride: { t: "string", d: "" }, commonLabels: { t: "map", o: 1 }, commonAnnotations: { t: "map", o: 1 }, clusterDomain: { t: "string", d: "cluster.local" }, extraDeploy: { t: "list", o: 1 }, usePasswordFiles: { t: "boolean", d: true }, diagnosticMode: { t: "map", k: { enabled: { t: "boolean", d: false }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 } } }, defaultInitContainers: { t: "map", k: { volumePermissions: { t: "map", k: { enabled: { t: "boolean", d: false }, image: { t: "map", k: { registry: { t: "string", d: "docker.io" }, repository: { t: "string", d: "bitnamilegacy/os-shell" }, tag: { t: "string", d: "12-debian-12-r51" }, digest: { t: "string", d: "" }, pullPolicy: { t: "string", d: "IfNotPresent" }, pullSecrets: { t: "list", o: 1 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 0 }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, capabilities: { t: "map", k: { add: { t: "list", o: 1 }, drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, resourcesPreset: { t: "string", d: "nano" }, resources: { t: "map", o: 1 } } } } }, clusterName: { t: "string", d: "default" }, tls: { t: "map", k: { enabled: { t: "boolean", d: false }, autoGenerated: { t: "map", k: { enabled: { t: "boolean", d: true }, engine: { t: "string", d: "helm" }, certManager: { t: "map", k: { existingIssuer: { t: "string", d: "" }, existingIssuerKind: { t: "string", d: "" }, keySize: { t: "number", d: 2048 }, keyAlgorithm: { t: "string", d: "RSA" }, duration: { t: "string", d: "2160h" }, renewBefore: { t: "string", d: "360h" } } } } }, ca: { t: "string", d: "" }, existingCASecret: { t: "string", d: "" }, server: { t: "map", k: { cert: { t: "string", d: "" }, key: { t: "string", d: "" }, existingSecret: { t: "string", d: "" } } } } }, logLevel: { t: "string", d: "information" }, sampling: { t: "map", k: { enabled: { t: "boolean", d: false } } }, configuration: { t: "map", o: 1 }, existingConfigmap: { t: "string", d: "" }, configdFiles: { t: "map", o: 1 }, existingConfigdConfigmap: { t: "string", d: "" }, usersdFiles: { t: "map", o: 1 }, existingUsersdConfigmap: { t: "string", d: "" }, existingUsersdSecret: { t: "string", d: "" }, initdbScripts: { t: "map", o: 1 }, initdbScriptsSecret: { t: "string", d: "" }, startdbScripts: { t: "map", o: 1 }, startdbScriptsSecret: { t: "string", d: "" }, distributeReplicasByZone: { t: "boolean", d: false }, containerPorts: { t: "map", k: { http: { t: "number", d: 8123 }, https: { t: "number", d: 8443 }, tcp: { t: "number", d: 9e3 }, tcpSecure: { t: "number", d: 9440 }, mysql: { t: "number", d: 9004 }, postgresql: { t: "number", d: 9005 }, interserver: { t: "number", d: 9009 }, metrics: { t: "number", d: 8001 } } }, livenessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, readinessProbe: { t: "map", k: { enabled: { t: "boolean", d: true }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, startupProbe: { t: "map", k: { enabled: { t: "boolean", d: false }, failureThreshold: { t: "number", d: 3 }, initialDelaySeconds: { t: "number", d: 10 }, periodSeconds: { t: "number", d: 10 }, successThreshold: { t: "number", d: 1 }, timeoutSeconds: { t: "number", d: 1 } }, o: 1 }, customLivenessProbe: { t: "map", o: 1 }, customReadinessProbe: { t: "map", o: 1 }, customStartupProbe: { t: "map", o: 1 }, resourcesPreset: { t: "string", d: "small" }, resources: { t: "map", o: 1 }, podSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, fsGroupChangePolicy: { t: "string", d: "Always" }, sysctls: { t: "list", o: 1 }, supplementalGroups: { t: "list", o: 1 }, fsGroup: { t: "number", d: 1001 } } }, containerSecurityContext: { t: "map", k: { enabled: { t: "boolean", d: true }, seLinuxOptions: { t: "map", o: 1 }, runAsUser: { t: "number", d: 1001 }, runAsGroup: { t: "number", d: 1001 }, runAsNonRoot: { t: "boolean", d: true }, privileged: { t: "boolean", d: false }, allowPrivilegeEscalation: { t: "boolean", d: false }, readOnlyRootFilesystem: { t: "boolean", d: true }, capabilities: { t: "map", k: { drop: { t: "list", o: 1 } } }, seccompProfile: { t: "map", k: { type: { t: "string", d: "RuntimeDefault" } } } } }, command: { t: "list", o: 1 }, args: { t: "list", o: 1 }, automountServiceAccountToken: { t: "boolean", d: false }, hostAliases: { t: "list", o: 1 }, podLabels: { t: "map", o: 1 }, podAnnotations: { t: "map", o: 1 }, podAffinityPreset: { t: "string", d: "" }, podAntiAffinityPreset: { t: "string", d: "soft" }, nodeAffinityPreset: { t: "map", k: { type: { t: "string", d: "" }, key: { t: "string", d: "" }, values: { t: "list", o: 1 } } }, affinity: { t: "map", o: 1 }, updateStrategy: { t: "map", k: { type: { t: "string", d: "RollingUpdate" }, rollingUpdate: { t: "map", o: 1 } } }, podManagementPolicy: { t: "string", d: "Parallel" }, priorityClassName: { t: "string", d: "" }, topologySpreadConstraints: { t: "list", o: 1 }, schedulerName: { t: "string", d: "" }, terminationGracePeriodSeconds: { t: "string", d: "" }, lifecycleHooks: { t: "map", o: 1 }, extraEnvVars: { t: "list", o: 1 }, extraEnvVarsCM: { t: "string", d: "" }, extraEnvVarsSecret: { t: "string", d: "" }, extraVolumes: { t: "list", o: 1 }, extraVolumeMounts: { t: "list", o: 1 }, extraVolumeClaimTemplates: { t: "list", o: 1 }, sidecars: { t: "list", o: 1 }, initContainers: { t: "list", o: 1 }, pdb: { t: "map", k: { create: { t: "boolean", d: true }, minAvailable: { t: "string", d: "" }, maxUnavailable: { t: "string", d: "" } } }, autoscaling: { t: "map", k: { vpa: { t: "map", k: { enabled: { t: "boolean", d: false }, annotations: { t: "map", o: 1 }, controlledResources: { t: "list", o: 1 }, maxAllowed: { t: "map", o: 1 }, minAllowed: { t: "map", o: 1 }, updatePolicy: { t: "map", k: { updateMode: { t: "string", d: "Auto" } } } } } } }, service: { t: "map", k: { type: { t: "string", d: "ClusterIP" }, perReplicaAccess: { t: "boolean", d: false }, ports: { t: "map", k: { http: { t: "number", d: 8123 }, https: { t: "number", d: 443 }, tcp: { t: "number", d: 9e3 }, tcpSecure: { t: "number", d: 9440 }, mysql: { t: "number", d: 9004 }, postgresql: { t: "number", d: 9005 }, interserver: { t: "number", d: 9009 }, metrics: { t: "number", d: 8001 } } }, nodePorts: { t: "map", k: { http: { t: "string", d: "", o: 1 }, https: { t: "string", d: "", o: 1 }, tcp: { t: "string", d: "", o: 1 }, tcpSecure: { t: "string", d: "", o: 1 }, mysql: { t: "string", d: "", o: 1 }, postgresql: { t: "string", d: "", o: 1 }, interserver: { t: "string", d: "", o: 1 }, metrics: { t: "string", d: "", o: 1 } } }, clusterIP: { t: "string", d: "" }, loadBalancerIP: { t: "string", d: "" }, loadBalancerIPs: { t: "list", o: 1 }, loadBalancerAnnotations: { t: "list", o: 1 }, loadBalancerSourceRanges: { t: "list", o: 1 }, externalTrafficPolicy: { t: "string", d: "Cluster" }, annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 }, sessionAffinity: { t: "string", d: "None" }, sessionAffinityConfig: { t: "map", o: 1 }, headless: { t: "map", k: { annotations: { t: "map", o: 1 }, extraPorts: { t: "list", o: 1 } } } } }, ingress: { t: "map", k: { enabled: { t: "boolean", d: false }, pathType: { t: "string", d: "ImplementationSpecific" }, apiVersion: { t: "string", d: "" }, hostname: { t: "string", d: "clickhouse.local" }, ingressClassName: { t: "string", d: "" }, path: { t: "string", d: "/" }, annotations: { t: "map", o: 1 }, tls: { t: "boolean", d: false }, selfSigned: { t: "boolean", d: false }, extraHosts: { t: "list", o: 1 }, extraPaths: { t: "list", o: 1 }, extraTls: { t: "list", o: 1 }, secrets: { t: "list", o: 1 }, extraRules: { t: "list", o: 1 } } }, networkPolicy: { t: "map", k: { enabled: { t: "boolean", d: true }, allowExternal: { t: "boolean", d: true }, allowExternalEgress: { t: "boolean", d: true }, addExternalClientAccess: { t: "boolean", d: true }, extraIngress: { t: "list", o: 1 }, extraEgress: { t: "list", o: 1 }, ingressNSMatchLabels: { t: "map", o: 1 }, ingressNSPodMatchLabels: { t: "map", o: 1 } } }, serviceAccount: { t: "map", k: { create: { t: "boolean", d: true }, name: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, automountServiceAccountToken: { t: "boolean", d: false } } }, metrics: { t: "map", k: { enabled: { t: "boolean", d: false }, podAnnotations: { t: "map", o: 1 }, serviceMonitor: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, annotations: { t: "map", o: 1 }, labels: { t: "map", o: 1 }, jobLabel: { t: "string", d: "" }, honorLabels: { t: "boolean", d: false }, interval: { t: "string", d: "" }, scrapeTimeout: { t: "string", d: "" }, metricRelabelings: { t: "list", o: 1 }, relabelings: { t: "list", o: 1 }, selector: { t: "map", o: 1 } } }, prometheusRule: { t: "map", k: { enabled: { t: "boolean", d: false }, namespace: { t: "string", d: "" }, additionalLabels: { t: "map", o: 1 }, rules: { t: "list", o: 1 } } } } }, externalZookeeper: { t: "map", k: { servers: { t: "list", o: 1 }, port: { t: "number", d: 2888, o: 1 } } }, common: { t: "map", k: { exampleValue: { t: "string", d: "common-chart" } }, o: 1 } }, o: 1 }, deployment: { t: "any", o: 1 }, statefulset: { t: "any", o: 1 }, daemonset: { t: "any", o: 1 }, service: { t: "any", o: 1 }, fuse: { t: "map", k: { enabled: { t: "any", o: 1 }, resources: { t: "map", k: { limits: { t: "map", k: { cpu: { t: "any", o: 1 }, memory: { t: "any", o: 1 }, "ephemeral-storage": { t: "any", o: 1 } } }, requests: { t: "map", k: { cpu: { t: "any", o: 1 }, memory: { t: "any", o: 1 } } } }, o: 1 }, fileCacheCapacity: { t: "any", o: 1 } } }, extraEnv: { t: "any", o: 1 }, traceRatio: { t: "any", o: 1 }, serviceAccount: { t: "map", k: { create: { t: "any", o: 1 }, name: { t: "any", o: 1 } } }, common: { t: "any", o: 1 }, nodeSelector: { t: "any", o: 1 }, tolerations: { t: "any", o: 1 }, podLabels: { t: "any", o: 1 }, serviceLabels: { t: "any", o: 1 }, image: { t: "map", k: { tag: { t: "any", o: 1 } } }, datadog: { t: "map", k: { deploymentType: { t: "any", o: 1 }, customer: { t: "any", o: 1 }, extraTags: { t: "any", o: 1 }, service: { t: "any", o: 1 }, env: { t: "any", o: 1 }, enabled: { t: "any", o: 1 }, mode: { t: "any", o: 1 } } }, env: { t: "any", o: 1 }, privacy: { t: "map", k: { logLevel: { t: "any", o: 1 } } }, analytics: { t: "map", k: { datadogApiKeySecret: { t: "map", k: { name: { t: "any", o: 1 }, key: { t: "any", o: 1 } } } } }, priorityClassName: { t: "any", o: 1 }, init: { t: "map", k: { containerSecurityContext: { t: "any", o: 1 } } }, pubSub: { t: "map", k: { subscription: { t: "any", o: 1 } } }, workerConcurrency: { t: "any", o: 1 }, persistence: { t: "map", k: { storageClass: { t: "any", o: 1 } } } } } } };

// src/charts/knowledge.ts
var import_yaml = __toESM(require_dist(), 1);
var text = (data) => typeof data === "string" ? data : Buffer.from(data).toString("utf8");
function readYaml(data) {
  if (data === void 0) return void 0;
  try {
    return (0, import_yaml.parse)(text(data), { uniqueKeys: false, maxAliasCount: -1 });
  } catch {
    return void 0;
  }
}
function isMap(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function chartDirs(files) {
  const manifests = [...files.keys()].filter((path) => /(^|\/)Chart\.yaml$/.test(path)).sort((a, b) => a.split("/").length - b.split("/").length);
  if (manifests.length === 0) throw new Error("no Chart.yaml found: not a Helm chart");
  const byDir = /* @__PURE__ */ new Map();
  for (const manifest of manifests) {
    const dir = manifest.slice(0, -"Chart.yaml".length).replace(/\/$/, "");
    const meta = readYaml(files.get(manifest));
    const chart = {
      dir,
      name: isMap(meta) ? String(meta.name ?? "") : "",
      version: isMap(meta) ? String(meta.version ?? "") : "",
      library: isMap(meta) && meta.type === "library",
      thirdParty: !/wandb/i.test(text(files.get(manifest) ?? "")),
      prefixes: []
    };
    const parentDir = dir.replace(/\/charts\/[^/]+$/, "");
    const parent = parentDir !== dir ? byDir.get(parentDir) : void 0;
    if (!parent) {
      chart.prefixes = [[]];
    } else {
      const parentMeta = readYaml(files.get(parentDir ? `${parentDir}/Chart.yaml` : "Chart.yaml"));
      const dependencies = isMap(parentMeta) && Array.isArray(parentMeta.dependencies) ? parentMeta.dependencies : [];
      const aliases = dependencies.filter((dep) => isMap(dep) && dep.name === chart.name).map((dep) => String(dep.alias ?? dep.name));
      const names = aliases.length > 0 ? [...new Set(aliases)] : [chart.name];
      chart.prefixes = parent.prefixes.flatMap((prefix) => names.map((name) => [...prefix, name]));
    }
    byDir.set(dir, chart);
  }
  return [...byDir.values()];
}
function scalarType(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  return "string";
}
function child(node, key) {
  node.k ??= {};
  if (node.t !== "map") node.t = node.t === "any" || node.t === "null" ? "map" : node.t;
  return node.k[key] ??= { t: "any" };
}
function nodeAt(root2, path) {
  let node = root2;
  for (const key of path) node = child(node, key);
  return node;
}
function addValues(root2, path, value) {
  const node = nodeAt(root2, path);
  const type = scalarType(value);
  if (isMap(value)) {
    if (node.t === "any" || node.t === "null") node.t = "map";
    const keys = Object.keys(value);
    if (keys.length === 0) node.o = 1;
    for (const key of keys) addValues(root2, [...path, key], value[key]);
    return;
  }
  if (node.t === "any") node.t = type;
  if (type === "list" || type === "null") node.o = 1;
  if (node.d === void 0 && (type === "number" || type === "boolean" || type === "string")) {
    if (typeof value !== "string" || value.length <= 200) node.d = value;
  }
}
var IDENT = "[A-Za-z_][A-Za-z0-9_]*";
var DOTTED_REF = new RegExp(`\\.Values((?:\\.${IDENT})+)`, "g");
var INDEX_REF = new RegExp(
  `index\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)\\s*\\)?((?:\\s+"[^"]+")+)`,
  "g"
);
var WHOLE = `(?:toYaml|toJson|toPrettyJson|toRawJson|merge|mergeOverwrite|deepCopy|range\\s+(?:\\$\\w+\\s*,\\s*)?\\$\\w+\\s*:=)`;
var WHOLE_REF = new RegExp(
  `${WHOLE}\\s*\\(?\\s*(?:\\(default \\(dict\\)\\s*)?[$\\w.]*\\.Values((?:\\.${IDENT})+)`,
  "g"
);
var DYNAMIC_REF = new RegExp(
  `(?:get|index|hasKey)\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})+)\\s*\\)?\\s+[$(.]`,
  "g"
);
var DIG_REF = new RegExp(
  `dig((?:\\s+"[^"]+")+)\\s+\\S+\\s+\\(?\\s*[$\\w.]*\\.Values((?:\\.${IDENT})*)`,
  "g"
);
var WHOLE_NAME = new RegExp(`${WHOLE}\\s*\\(?\\s*(\\$?${IDENT}|\\$)?((?:\\.${IDENT})+)`, "g");
var COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
function stringsOf(value, out = []) {
  if (typeof value === "string") {
    if (value.includes("{{")) out.push(value);
  } else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (isMap(value)) for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}
function references(template) {
  const source = template.replace(COMMENT, "");
  const read = [];
  const whole = [];
  const wholeNames = /* @__PURE__ */ new Set();
  for (const match of source.matchAll(DOTTED_REF)) read.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(INDEX_REF)) {
    const head = match[1] ? match[1].slice(1).split(".") : [];
    const keys = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    read.push([...head, ...keys]);
  }
  for (const match of source.matchAll(WHOLE_REF)) whole.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(DYNAMIC_REF)) whole.push(match[1].slice(1).split("."));
  for (const match of source.matchAll(DIG_REF)) {
    const keys = [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const head = match[2] ? match[2].slice(1).split(".") : [];
    read.push([...head, ...keys]);
    whole.push([...head, ...keys.slice(0, -1)]);
  }
  for (const match of source.matchAll(WHOLE_NAME)) {
    const path = match[2].slice(1).split(".");
    if (path.includes("Values")) continue;
    const name = path[path.length - 1];
    if (name !== "Values") wholeNames.add(name);
  }
  return { read, whole, wholeNames };
}
function absolute(prefix, path) {
  return path[0] === "global" ? [...path] : [...prefix, ...path];
}
function openNamedKeys(node, names, depth) {
  for (const [key, sub] of Object.entries(node.k ?? {})) {
    if (depth >= 1 && names.has(key)) sub.o = 1;
    openNamedKeys(sub, names, depth + 1);
  }
}
function openUnknownLeaves(node) {
  for (const sub of Object.values(node.k ?? {})) {
    if (sub.t === "any" && !sub.k) sub.o = 1;
    openUnknownLeaves(sub);
  }
}
function deriveKnowledge(files) {
  const charts = chartDirs(files);
  const top = charts[0];
  const tree = { t: "map", k: {} };
  const whole = [];
  const wholeNames = /* @__PURE__ */ new Set();
  const templateText = (dir) => [...files.entries()].filter(([path]) => path.startsWith(dir ? `${dir}/templates/` : "templates/")).map(([, data]) => text(data));
  const valuesOf = /* @__PURE__ */ new Map();
  for (const chart of charts) {
    const values = readYaml(files.get(chart.dir ? `${chart.dir}/values.yaml` : "values.yaml"));
    valuesOf.set(chart.dir, values);
    if (!isMap(values)) continue;
    for (const prefix of chart.prefixes) {
      for (const [key, value] of Object.entries(values)) {
        if (key === "global") addValues(tree, ["global"], value);
        else addValues(tree, [...prefix, key], value);
      }
    }
  }
  const sections = new Set(
    charts.slice(1).map((chart) => chart.prefixes.map((p) => p[0])).flat()
  );
  const topValues = valuesOf.get(top.dir);
  const sectionStrings = isMap(topValues) ? Object.entries(topValues).flatMap(
    ([key, value]) => stringsOf(value).map((source) => ({ prefix: sections.has(key) ? [key] : [], source }))
  ) : [];
  for (const { prefix, source } of sectionStrings) {
    for (const path of references(source).read) nodeAt(tree, absolute(prefix, path));
  }
  for (const chart of charts) {
    const sources = templateText(chart.dir);
    if (chart !== top) sources.push(...stringsOf(valuesOf.get(chart.dir)));
    for (const source of sources) {
      const refs = references(source);
      for (const prefix of chart.prefixes) {
        for (const path of refs.read) {
          if (chart.library && path[0] !== "global") continue;
          nodeAt(tree, absolute(prefix, path));
        }
        for (const path of refs.whole) {
          if (chart.library && path[0] !== "global") continue;
          whole.push(absolute(prefix, path));
        }
      }
      if (!chart.library) for (const name of refs.wholeNames) wholeNames.add(name);
    }
  }
  for (const path of whole) nodeAt(tree, path).o = 1;
  for (const chart of charts.slice(1)) {
    if (chart.thirdParty) for (const prefix of chart.prefixes) nodeAt(tree, prefix).o = 1;
  }
  openNamedKeys(tree, wholeNames, 0);
  openUnknownLeaves(tree);
  return { chart: top.name, version: top.version, tree };
}
function lookupKey(knowledge, path) {
  let node = knowledge.tree;
  for (const key of path) {
    const next = node.k?.[key];
    if (!next && node.o) return { known: true, node, open: true };
    if (!next) return { known: false, node, open: false };
    node = next;
  }
  return { known: true, node, open: Boolean(node.o) };
}
function chartDefault(knowledge, path) {
  const found = lookupKey(knowledge, path);
  return found.known && found.node && found.node !== knowledge.tree ? found.node.d : void 0;
}

// src/charts/catalog.ts
var trees = operator_wandb_default.versions;
var digests = operator_wandb_default.digests;
function knownChartByDigest(sha2562) {
  const version = Object.keys(digests).find((v) => digests[v] === sha2562);
  return version ? knownChart(version) : void 0;
}
var KNOWN_CHART_VERSIONS = Object.keys(trees).sort(import_semver.default.compare);
function knownChart(version) {
  const tree = trees[version];
  return tree ? { chart: "operator-wandb", version, tree } : void 0;
}
function closestKnown(version) {
  const older = KNOWN_CHART_VERSIONS.filter((known) => import_semver.default.lte(known, version));
  return older.length > 0 ? older[older.length - 1] : KNOWN_CHART_VERSIONS[0];
}
function chooseKnowledge(pinned, atHand) {
  const version = typeof pinned === "string" || typeof pinned === "number" ? String(pinned).trim() : "";
  const pin = version ? { pinned: version } : {};
  if (atHand) {
    return {
      knowledge: atHand,
      basis: "chart",
      ...pin,
      note: `keys checked against ${atHand.chart} ${atHand.version}, read from the chart given`
    };
  }
  const newest = KNOWN_CHART_VERSIONS[KNOWN_CHART_VERSIONS.length - 1];
  if (!version) {
    return {
      knowledge: knownChart(newest),
      basis: "newest",
      note: `spec.chart.version is not pinned: keys checked against operator-wandb ${newest}, the newest this release knows`
    };
  }
  const exact = knownChart(version);
  if (exact)
    return {
      knowledge: exact,
      basis: "pinned",
      ...pin,
      note: `keys checked against operator-wandb ${version}`
    };
  const valid = import_semver.default.valid(import_semver.default.coerce(version));
  const closest2 = valid ? closestKnown(valid) : newest;
  return {
    knowledge: knownChart(closest2),
    basis: "closest",
    ...pin,
    note: `operator-wandb ${version} is not a version this release knows (${KNOWN_CHART_VERSIONS.join(", ")}): keys checked against ${closest2}, the closest`
  };
}
function versionsReading(path, except) {
  return KNOWN_CHART_VERSIONS.filter(
    (version) => version !== except && lookupKey(knownChart(version), path).known
  );
}

// src/charts/local.ts
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// src/charts/archive.ts
import { gunzipSync } from "node:zlib";
var BLOCK = 512;
function field(header, offset, length) {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
}
function octal(header, offset, length) {
  const text4 = field(header, offset, length).trim();
  return text4 === "" ? 0 : parseInt(text4, 8);
}
function paxPath(body) {
  const text4 = Buffer.from(body).toString("utf8");
  for (const record of text4.split("\n")) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return void 0;
}
function readTgz(bytes) {
  const tar = gunzipSync(bytes);
  const files = /* @__PURE__ */ new Map();
  let offset = 0;
  let longName;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      longName = paxPath(body);
      continue;
    }
    if (type === "L") {
      longName = field(body, 0, body.length);
      continue;
    }
    const path = longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = void 0;
    if (type === "0" || type === "7") files.set(path, body);
  }
  return files;
}

// src/charts/local.ts
function readChartFiles(path) {
  if (!statSync(path).isDirectory()) return readTgz(readFileSync(path));
  const files = /* @__PURE__ */ new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(relative(path, full).split("\\").join("/"), readFileSync(full));
    }
  };
  walk(path);
  return files;
}
function knowledgeOfChartAt(path) {
  try {
    if (!statSync(path).isDirectory()) {
      const bytes = readFileSync(path);
      const known = knownChartByDigest(createHash("sha256").update(bytes).digest("hex"));
      if (known) return known;
      return deriveKnowledge(readTgz(bytes));
    }
    return deriveKnowledge(readChartFiles(path));
  } catch {
    return void 0;
  }
}

// src/config/secrets.ts
var MASK = "***";
var SECRET_WORDS = [
  "password",
  "passwd",
  "secret",
  "token",
  "license",
  "accesskey",
  "apikey",
  "api_key",
  "privatekey",
  "private_key",
  "credential"
];
var VALUE_KEYS_ENDING_IN_KEY = [
  "licensekey",
  "license_key",
  "accesskey",
  "access_key",
  "secretkey",
  "secret_key",
  "apikey",
  "api_key",
  "privatekey",
  "private_key"
];
var SECRET_OBJECT_KEYS = ["passwordsecret", "licensesecret", "credentialsecret", "oidcsecret", "tlssecret"];
var NOT_A_VALUE_SUFFIXES = ["name", "names", "path", "ref", "enabled", "file", "keys"];
function isReferenceObjectKey(key) {
  const lower = key.toLowerCase();
  return lower === "valuefrom" || lower.endsWith("keyref") || lower.endsWith("secret") || lower.endsWith("secrets") || lower.endsWith("secretref");
}
var TYPO_TARGETS = ["password", "secret", "license", "accesskey", "secretkey", "apikey"];
function nearSecretWord(lower) {
  return TYPO_TARGETS.some((word) => {
    const allowed = word.length >= 8 ? 2 : 1;
    return Math.abs(lower.length - word.length) <= allowed && editDistance(lower, word) <= allowed;
  });
}
var MEASURE = /(ttl|seconds|minutes|hours|days|timeout|expir|count|size|length|limit|max|min|port|interval)/i;
var ENV_CREDENTIAL = /^[A-Z][A-Z0-9_]*_(KEY|TOKEN)$/;
function isSecretKey(key) {
  if (ENV_CREDENTIAL.test(key)) return true;
  const lower = key.toLowerCase();
  if (!SECRET_WORDS.some((word) => lower.includes(word)) && !nearSecretWord(lower)) return false;
  if (lower.startsWith("existing") || SECRET_OBJECT_KEYS.includes(lower)) return false;
  if (NOT_A_VALUE_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return false;
  if (lower.endsWith("key") && !VALUE_KEYS_ENDING_IN_KEY.some((k) => lower.endsWith(k))) return false;
  return true;
}
var URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^\s@'"]+)@/gi;
function userinfoSecrets(text4) {
  const found = [];
  for (const match of text4.matchAll(URL_USERINFO)) {
    const userinfo = match[2];
    found.push(userinfo);
    const colon = userinfo.indexOf(":");
    const parts = colon >= 0 ? [userinfo.slice(0, colon), userinfo.slice(colon + 1)] : [userinfo];
    for (const part of parts) {
      if (part.length === 0) continue;
      found.push(part);
      try {
        const decoded = decodeURIComponent(part);
        if (decoded !== part) found.push(decoded);
      } catch {
      }
    }
  }
  return found;
}
function maskUserinfo(text4) {
  return text4.replace(URL_USERINFO, (_all, scheme) => `${scheme}${MASK}@`);
}
var keyVerdicts = /* @__PURE__ */ new Map();
function secretKeyCached(key) {
  let verdict = keyVerdicts.get(key);
  if (verdict === void 0) {
    verdict = isSecretKey(key);
    if (keyVerdicts.size > 1e4) keyVerdicts.clear();
    keyVerdicts.set(key, verdict);
  }
  return verdict;
}
function scan(value, state, keyIsSecret, inRef) {
  if (Array.isArray(value)) {
    return value.map((item, index) => {
      state.path.push(String(index));
      const scanned = scan(item, state, keyIsSecret, inRef);
      state.path.pop();
      return scanned;
    });
  }
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (key.toLowerCase() === "envfrom" && item !== null && typeof item === "object" && !Array.isArray(item)) {
        out[key] = item;
        continue;
      }
      const refHere = item !== null && typeof item === "object" && isReferenceObjectKey(key);
      const secret = !refHere && secretKeyCached(key) && !(inRef && key.toLowerCase().endsWith("key"));
      const ref = inRef || refHere;
      state.path.push(key);
      const scanned = scan(item, state, secret, ref);
      state.path.pop();
      Object.defineProperty(out, key, {
        value: scanned,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    return out;
  }
  if (typeof value === "string") {
    if (keyIsSecret && value !== "" && value !== MASK) {
      state.places.push({ path: [...state.path], value });
      state.found.add(value);
      return MASK;
    }
    if (!value.includes("://")) return value;
    const parts = userinfoSecrets(value);
    if (parts.length === 0) return value;
    for (const part of parts) state.found.add(part);
    return maskUserinfo(value);
  }
  if ((typeof value === "number" || typeof value === "bigint") && keyIsSecret && !MEASURE.test(state.path[state.path.length - 1] ?? "")) {
    state.places.push({ path: [...state.path], value: String(value) });
    state.found.add(String(value));
    return MASK;
  }
  return value;
}
function scanSecrets(value) {
  const state = { found: /* @__PURE__ */ new Set(), places: [], path: [] };
  const masked = scan(value, state, false, false);
  state.found.delete(MASK);
  return { secrets: [...state.found], masked, places: state.places };
}
function secretValuesIn(values) {
  return scanSecrets(values).secrets;
}
function maskSecrets(value) {
  return scanSecrets(value).masked;
}

// src/config/layers.ts
var import_yaml2 = __toESM(require_dist(), 1);
var CR_KEYS = ["apiVersion", "kind", "metadata", "spec"];
var SPEC_KEYS = ["chart", "values"];
function classify(root2) {
  const keys = [...root2.entries.keys()];
  if (keys.some((key) => CR_KEYS.includes(key))) return "cr";
  if (keys.length > 0 && keys.every((key) => SPEC_KEYS.includes(key))) return "spec";
  return "values";
}
function wrap(key, node) {
  return { kind: "map", place: node.place, entries: /* @__PURE__ */ new Map([[key, { key: node.place, node }]]) };
}
function mount(root2, kind) {
  if (kind === "cr") return root2;
  if (kind === "spec") return wrap("spec", root2);
  return wrap("spec", wrap("values", root2));
}
function segments(link) {
  const out = [];
  for (let at = link; at; at = at.parent) out.push(at.segment);
  return out.reverse();
}
var NODE_BUDGET = 2e5;
function toTree(node, ctx, link, depth = 0) {
  const yamlNode = node;
  const place = ctx.at(yamlNode?.range?.[0] ?? 0);
  if (--ctx.budget < 0 || depth > 200) {
    if (ctx.budget === -1 || depth === 201) {
      ctx.problems.push({
        place,
        path: segments(link),
        message: depth > 200 ? "the YAML nests deeper than 200 levels" : `the YAML expands to more than ${NODE_BUDGET} values (aliases of aliases?)`,
        fix: "Write the configuration out without deeply nested aliases."
      });
    }
    return { kind: "scalar", place, value: null };
  }
  if ((0, import_yaml2.isAlias)(yamlNode)) {
    const resolved = toTree(yamlNode.resolve(ctx.doc), ctx, link, depth + 1);
    return { ...resolved, place };
  }
  if ((0, import_yaml2.isMap)(yamlNode)) {
    const entries = /* @__PURE__ */ new Map();
    const merged = [];
    for (const pair of yamlNode.items) {
      const keyNode = pair.key;
      const keyPlace = ctx.at(keyNode?.range?.[0] ?? yamlNode.range?.[0] ?? 0);
      let key;
      if ((0, import_yaml2.isScalar)(keyNode)) key = String(keyNode.value);
      else if (keyNode === null || keyNode === void 0) key = "";
      else {
        ctx.problems.push({
          place: keyPlace,
          path: segments(link),
          message: "a map key must be a plain string, not a list or a map",
          fix: "Quote the key or restructure the map."
        });
        continue;
      }
      if (key === "<<" && (0, import_yaml2.isScalar)(keyNode) && keyNode.type === "PLAIN") {
        const value = toTree(pair.value, ctx, link, depth + 1);
        const sources = value.kind === "list" ? value.items : [value];
        for (const source of sources) if (source.kind === "map") merged.push(source);
        continue;
      }
      if (entries.has(key)) {
        ctx.problems.push({
          place: keyPlace,
          path: [...segments(link), key],
          message: `duplicate key \`${key}\`: a key may appear once in a map`,
          fix: "Keep one of the two; YAML readers disagree on which one wins."
        });
      }
      entries.set(key, {
        key: keyPlace,
        node: toTree(pair.value, ctx, { parent: link, segment: key }, depth + 1)
      });
    }
    for (const source of merged) {
      for (const [key, entry] of source.entries) if (!entries.has(key)) entries.set(key, entry);
    }
    return { kind: "map", place, entries };
  }
  if ((0, import_yaml2.isSeq)(yamlNode)) {
    return {
      kind: "list",
      place,
      items: yamlNode.items.map(
        (item, index) => toTree(item, ctx, { parent: link, segment: String(index) }, depth + 1)
      )
    };
  }
  if ((0, import_yaml2.isScalar)(yamlNode)) return { kind: "scalar", place, value: yamlNode.value };
  return { kind: "scalar", place, value: null };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseLayer(file, text4) {
  const lineCounter = new import_yaml2.LineCounter();
  const docs = (0, import_yaml2.parseAllDocuments)(text4, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (offset) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: Math.max(pos.line, 1), column: Math.max(pos.col, 1) };
  };
  const problems = [];
  const list2 = Array.isArray(docs) ? docs : [];
  if (list2.length === 0) {
    problems.push({
      place: at(0),
      path: [],
      severity: "warning",
      message: "the file is empty (comments only); it adds nothing",
      fix: "Give the file some configuration or drop it from --config."
    });
    return { problems, fatal: false };
  }
  if (list2.length > 1) {
    problems.push({
      place: at(list2[1].range[0]),
      path: [],
      message: `the file holds ${list2.length} YAML documents; a configuration layer is exactly one`,
      fix: "Split the documents into separate files and pass each with --config, in the order they apply."
    });
    return { problems, fatal: true };
  }
  const doc = list2[0];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        place: at(error.pos[0]),
        path: [],
        message: `YAML syntax error: ${firstLine(error.message)}`,
        fix: "Correct the YAML at this place (indentation, quotes, a missing `:` are the usual causes)."
      });
    }
    return { problems, fatal: true };
  }
  const ctx = { doc, at, problems, budget: NODE_BUDGET };
  const tree = toTree(doc.contents, ctx, void 0);
  if (ctx.budget < 0) return { problems, fatal: true };
  if (tree.kind === "scalar" && tree.value === null) {
    problems.push({
      place: at(0),
      path: [],
      severity: "warning",
      message: "the file is empty (comments only); it adds nothing",
      fix: "Give the file some configuration or drop it from --config."
    });
    return { problems, fatal: false };
  }
  if (tree.kind !== "map") {
    problems.push({
      place: tree.place,
      path: [],
      message: `the top level of a configuration file must be a map, not ${tree.kind === "list" ? "a list" : "a scalar"}`,
      fix: "Write either a whole WeightsAndBiases resource (apiVersion, kind, metadata, spec) or Helm values (global:, ingress:, ...)."
    });
    return { problems, fatal: true };
  }
  const kind = classify(tree);
  return { layer: { file, kind, root: mount(tree, kind) }, problems, fatal: false };
}
function splitPath(text4) {
  const parts = [];
  let current = "";
  for (let i = 0; i < text4.length; i++) {
    const char = text4[i];
    if (char === "\\" && text4[i + 1] === ".") {
      current += ".";
      i++;
    } else if (char === ".") {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}
var SET_FILE = "--set";
var MAX_SET_DEPTH = 64;
function parseSetValue(text4, place) {
  if (text4 === "") return { kind: "scalar", place, value: "" };
  if (/^\s*[*&!]/.test(text4)) return { kind: "scalar", place, value: text4 };
  const doc = (0, import_yaml2.parseDocument)(text4, { prettyErrors: false });
  const flow = /^\s*[[{]/.test(text4);
  if (doc.errors.length > 0) return flow ? void 0 : { kind: "scalar", place, value: text4 };
  const contents = doc.contents;
  if (!flow && ((0, import_yaml2.isMap)(contents) || (0, import_yaml2.isSeq)(contents))) return { kind: "scalar", place, value: text4 };
  if (flow && hasReference(contents)) return "yaml-reference";
  return toTree(contents, { doc, at: () => place, problems: [], budget: NODE_BUDGET }, void 0);
}
function hasReference(node) {
  const yamlNode = node;
  if (!yamlNode) return false;
  if ((0, import_yaml2.isAlias)(yamlNode) || yamlNode.anchor || yamlNode.tag && !yamlNode.tag.startsWith("tag:yaml.org,2002:"))
    return true;
  if ((0, import_yaml2.isMap)(yamlNode))
    return yamlNode.items.some((pair) => hasReference(pair.key) || hasReference(pair.value));
  if ((0, import_yaml2.isSeq)(yamlNode)) return yamlNode.items.some((item) => hasReference(item));
  return false;
}
function parseSets(sets) {
  const layers = [];
  const problems = [];
  sets.forEach((entry, index) => {
    const place = { file: SET_FILE, line: index + 1, column: 1 };
    const eq = entry.indexOf("=");
    const pathText = eq >= 0 ? entry.slice(0, eq).trim() : "";
    const segments2 = pathText ? splitPath(pathText) : [];
    if (eq < 0 || segments2.length === 0 || segments2.some((s) => s === "")) {
      problems.push({
        place,
        path: [],
        message: `--set entry \`${eq < 0 ? entry : pathText}\` is not PATH=VALUE with a dotted PATH`,
        fix: "Write it as e.g. --set global.host=https://wandb.example.com (a values path) or --set spec.chart.version=0.43.8."
      });
      return;
    }
    if (segments2.length > MAX_SET_DEPTH) {
      problems.push({
        place,
        path: [],
        message: `--set path has ${segments2.length} segments; at most ${MAX_SET_DEPTH} are read`,
        fix: "Check the path: the deepest key of a W&B configuration is about ten levels down."
      });
      return;
    }
    const value = parseSetValue(entry.slice(eq + 1), place);
    if (value === "yaml-reference") {
      problems.push({
        place,
        path: segments2,
        message: `the value of --set ${pathText} holds a YAML alias, anchor or tag (\`*\`, \`&\` or \`!\`), which --set does not resolve`,
        fix: `Quote that item inside the list or map, e.g. --set '${pathText}=["*x"]'.`
      });
      return;
    }
    if (!value) {
      problems.push({
        place,
        path: segments2,
        message: `the value of --set ${pathText} is not valid YAML`,
        fix: "Quote the whole entry for the shell and write lists as [a, b] and maps as {key: value}."
      });
      return;
    }
    const full = CR_KEYS.includes(segments2[0]) ? segments2 : ["spec", "values", ...segments2];
    if (["apiVersion", "kind"].includes(full[0]) && full.length > 1) {
      problems.push({
        place,
        path: full,
        message: `\`${full[0]}\` is a string; --set ${pathText} cannot go inside it`,
        fix: `Use --set ${full[0]}=VALUE.`
      });
      return;
    }
    let node = value;
    for (let i = full.length - 1; i >= 0; i--) {
      const indexed = /^\d+$/.test(full[i]);
      node = { kind: "map", place, entries: /* @__PURE__ */ new Map([[full[i], { key: place, node }]]), indexed };
    }
    layers.push({ file: SET_FILE, kind: "cr", root: node });
  });
  return { layers, problems };
}
function isNullScalar(node) {
  return node.kind === "scalar" && node.value === null;
}
function mergeIntoList(base, over) {
  const items = [...base?.items ?? []];
  for (const [key, entry] of over.entries) {
    const index = Number(key);
    if (index >= items.length) items.push(mergeNodes(void 0, entry.node));
    else items[index] = mergeNodes(items[index], entry.node);
  }
  return { kind: "list", place: over.place, items: items.filter((item) => item !== void 0) };
}
function mergeNodes(base, over) {
  if (isNullScalar(over)) return base === void 0 ? over : void 0;
  if (over.kind === "map" && over.indexed && (base === void 0 || base.kind === "list")) {
    return mergeIntoList(base, over);
  }
  if (base?.kind === "map" && over.kind === "map") {
    const entries = new Map(base.entries);
    for (const [key, entry] of over.entries) {
      const merged = mergeNodes(base.entries.get(key)?.node, entry.node);
      if (merged === void 0) entries.delete(key);
      else entries.set(key, { key: entry.key, node: merged });
    }
    return { kind: "map", place: over.place, entries };
  }
  return over;
}
function mergeLayers(layers) {
  let result;
  for (const layer of layers) result = mergeNodes(result, layer.root);
  return result?.kind === "map" ? result : void 0;
}
function pathKey(path) {
  return path.join("\0");
}
function toPlain(node, path, index, key) {
  return plainAt(node, pathKey(path), path.length === 0, index, key);
}
function plainAt(node, at, root2, index, key) {
  index.set(at, { key, value: node.place });
  const prefix = root2 ? "" : `${at}\0`;
  if (node.kind === "scalar") return node.value;
  if (node.kind === "list") return node.items.map((item, i) => plainAt(item, `${prefix}${i}`, false, index));
  const out = {};
  for (const [name, entry] of node.entries) {
    const value = plainAt(entry.node, `${prefix}${name}`, false, index, entry.key);
    if (name === "__proto__") {
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    } else out[name] = value;
  }
  return out;
}

// src/config/rules.ts
import { X509Certificate } from "node:crypto";
var Cr = class {
  constructor(doc, chart) {
    this.doc = doc;
    this.chart = chart;
  }
  doc;
  chart;
  /** The chart's default at a CR path under spec.values, when it is a non-empty scalar. */
  chartDefault(path) {
    if (!this.chart || path[0] !== "spec" || path[1] !== "values") return void 0;
    const value = chartDefault(this.chart, path.slice(2));
    return value === "" ? void 0 : value;
  }
  get(path) {
    let current = this.doc;
    for (const segment of path) {
      if (current === null || typeof current !== "object") return void 0;
      if (!Object.prototype.hasOwnProperty.call(current, segment)) return void 0;
      current = current[segment];
    }
    return current;
  }
  has(path) {
    return this.get(path) !== void 0;
  }
  map(path) {
    const value = this.get(path);
    return isMap3(value) ? value : void 0;
  }
};
function isMap3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function filled(value) {
  if (value === void 0 || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (isMap3(value)) return Object.keys(value).length > 0;
  return true;
}
function text2(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function hasPlaceholder(value) {
  return /\$\{[^}]*\}|\{\{[\s\S]*\}\}/.test(value);
}
function shown(value) {
  return value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s@]+@/gi, "$1***@");
}
var V = ["spec", "values"];
var G = [...V, "global"];
function tryUrl(value) {
  try {
    return new URL(value);
  } catch {
    return void 0;
  }
}
var CHART_FIX = "Use one of the three shapes the operator accepts: `path: /charts/operator-wandb` (local chart), `url: oci://REGISTRY/PATH/operator-wandb` with `version` (OCI, operator >= v1.22.0), or `url: https://charts.wandb.ai` with `name: operator-wandb` and `version` (Helm repository); or remove `spec.chart` to take the chart from the release channel.";
var INVALID_CONFIG = 'the operator would match no chart source and stop in phase `Invalid Config` ("No release type was found in the spec")';
function credentialPair(chart, base) {
  const user = filled(chart.username);
  const pass = filled(chart.password);
  if (user === pass) return [];
  const present = user ? "username" : "password";
  const absent = user ? "password" : "username";
  return [
    {
      path: [...base, present],
      at: "key",
      message: `\`spec.chart.${present}\` is set without \`${absent}\`: the operator takes both or neither`,
      fix: `Set \`${absent}\` too, or drop both and name a Secret in \`credentialSecret: {name: ...}\` (keys HELM_USERNAME/HELM_PASSWORD).`
    }
  ];
}
function checkChart(cr) {
  const base = ["spec", "chart"];
  const chart = cr.map(base);
  if (!chart) return [];
  if (text2(chart.path)) return [];
  const url = text2(chart.url);
  if (!url) {
    return [
      {
        path: base,
        at: "key",
        message: `\`spec.chart\` has neither \`path\` nor \`url\`: ${INVALID_CONFIG}`,
        fix: CHART_FIX
      }
    ];
  }
  if (hasPlaceholder(url)) return credentialPair(chart, base);
  if (/^oci:\/\//i.test(url)) {
    const hits2 = [];
    const rest = url.slice("oci://".length);
    const slash = rest.indexOf("/");
    if (slash <= 0 || slash === rest.length - 1) {
      hits2.push({
        path: [...base, "url"],
        message: `\`spec.chart.url\` \`${shown(url)}\` is not an OCI chart reference (oci://REGISTRY/PATH/CHART): ${INVALID_CONFIG}`,
        fix: "Write it as `url: oci://registry.example.com/wandb/operator-wandb`."
      });
    } else {
      const lastSegment = rest.slice(rest.lastIndexOf("/") + 1);
      if (!lastSegment.includes(":") && !filled(chart.version)) {
        hits2.push({
          path: [...base, "url"],
          message: "`spec.chart` is an OCI chart without `version` and its URL carries no tag: the operator needs one of the two",
          fix: 'Add `version: "0.43.8"` (the operator-wandb chart version to install) under spec.chart, or end the URL with `:VERSION`.'
        });
      }
    }
    return [...hits2, ...credentialPair(chart, base)];
  }
  const parsed = tryUrl(url);
  if (!parsed || !["http:", "https:"].includes(parsed.protocol) || !parsed.hostname) {
    return [
      {
        path: [...base, "url"],
        message: `\`spec.chart.url\` \`${shown(url)}\` is neither an oci:// reference nor an http(s) Helm repository URL: ${INVALID_CONFIG}`,
        fix: CHART_FIX
      }
    ];
  }
  const hits = [];
  if (!text2(chart.name)) {
    hits.push({
      path: base,
      at: "key",
      message: `\`spec.chart\` points at a Helm repository (\`url: ${shown(url)}\`) but has no \`name\`: ${INVALID_CONFIG}`,
      fix: "Add `name: operator-wandb` (the chart's name in the repository) under spec.chart."
    });
  }
  return [...hits, ...credentialPair(chart, base)];
}
function checkHost(cr) {
  const path = [...G, "host"];
  const host = cr.get(path);
  if (typeof host !== "string" || hasPlaceholder(host)) return [];
  const fix = "Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).";
  const url = tryUrl(host.trim());
  let problem;
  if (!url) problem = "is not a URL";
  else if (!["http:", "https:"].includes(url.protocol))
    problem = `must start with https:// or http://, not ${url.protocol}//`;
  else if (!url.hostname) problem = "has no host name";
  else if (url.username || url.password) problem = "must not carry a user name or password";
  else if (url.pathname !== "/" || url.search || url.hash)
    problem = `must have no path (found \`${url.pathname}${url.search}${url.hash}\`)`;
  return problem ? [{ path, message: `\`global.host\` \`${shown(host)}\` ${problem}`, fix }] : [];
}
var AWS_REGION = /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob)-[a-z]+-\d+$/;
function outsideAws(bucket) {
  const name = text2(bucket.name);
  if (name && !hasPlaceholder(name)) {
    let host;
    if (name.includes("://")) host = tryUrl(name)?.hostname;
    else if (/[:/]/.test(name)) host = name.split("/")[0].split(":")[0];
    if (host && !/(^|\.)amazonaws\.com(\.cn)?$/i.test(host)) return `its endpoint \`${host}\` in \`name\``;
  }
  const region = text2(bucket.region);
  if (region && !hasPlaceholder(region) && !AWS_REGION.test(region)) return `its region \`${region}\``;
  return void 0;
}
var BUCKETS = ["bucket", "defaultBucket"];
function checkBucketKms(cr) {
  const hits = [];
  for (const which of BUCKETS) {
    const bucket = cr.map([...G, which]);
    if (!bucket) continue;
    const provider = text2(bucket.provider) ?? "s3";
    if (provider !== "s3" || !text2(bucket.kmsKey)) continue;
    const why = outsideAws(bucket);
    if (!why) continue;
    hits.push({
      path: [...G, which, "kmsKey"],
      message: `\`global.${which}.kmsKey\` is set, but this is S3-compatible storage outside AWS (${why}): KMS keys exist only on AWS S3`,
      fix: `Set \`kmsKey: null\` under global.${which} (the reference requires null for S3-compatible storage outside AWS).`
    });
  }
  return hits;
}
function checkBucketKeys(cr) {
  const hits = [];
  for (const which of BUCKETS) {
    const base = [...G, which];
    const bucket = cr.map(base);
    if (!bucket) continue;
    const access = filled(bucket.accessKey);
    const secretKey = filled(bucket.secretKey);
    const ref = isMap3(bucket.secret) ? bucket.secret : void 0;
    const secretName = text2(ref?.secretName);
    const provider = text2(bucket.provider) ?? "s3";
    if (secretName && (access || secretKey)) {
      const inline = access ? "accessKey" : "secretKey";
      hits.push({
        path: [...base, inline],
        at: "key",
        message: `\`global.${which}\` takes its keys both inline (\`${inline}\`) and from Secret \`${secretName}\` (\`secret.secretName\`): use one or the other`,
        fix: `Remove the inline accessKey/secretKey and keep \`secret\`, or remove \`secret\`.`
      });
    } else if (provider !== "az" && access !== secretKey) {
      const present = access ? "accessKey" : "secretKey";
      const absent = access ? "secretKey" : "accessKey";
      hits.push({
        path: [...base, present],
        at: "key",
        message: `\`global.${which}.${present}\` is set without \`${absent}\`: inline keys come in pairs`,
        fix: `Set both accessKey and secretKey, or neither and reference a Secret: \`secret: {secretName: bucket-secret, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}\`.`
      });
    }
    const renamed = ["accessKeyName", "secretKeyName"].filter(
      (key) => filled(ref?.[key]) && ref?.[key] !== cr.chartDefault([...base, "secret", key])
    );
    if (ref && !secretName && renamed.length > 0) {
      hits.push({
        path: [...base, "secret"],
        at: "key",
        message: `\`global.${which}.secret\` names keys but no \`secretName\`: the chart ignores it`,
        fix: "Add `secretName:` (the Secret that holds the access and secret keys) under `secret`."
      });
    }
  }
  return hits;
}
function checkBucketName(cr) {
  const bucket = cr.map([...G, "bucket"]);
  if (!bucket || text2(bucket.name)) return [];
  const meaningful = Object.keys(bucket).filter((key) => key !== "secret" && filled(bucket[key]));
  if (meaningful.length === 0) return [];
  return [
    {
      path: [...G, "bucket"],
      at: "key",
      message: "`global.bucket` has no `name`, so the chart ignores it and uses `global.defaultBucket` instead",
      fix: "Add `name:` (the bucket name, or an s3:// URL for S3-compatible storage), or move these keys to `global.defaultBucket`."
    }
  ];
}
function checkMysql(cr) {
  const base = [...G, "mysql"];
  const mysql = cr.map(base);
  if (!mysql || Object.keys(mysql).length === 0) return [];
  if (cr.get([...V, "mysql", "install"]) === true) return [];
  const hits = [];
  const examples = {
    host: "mysql.example.com",
    port: "3306",
    database: "wandb_local",
    user: "wandb"
  };
  for (const key of ["host", "port", "database", "user"]) {
    if (!filled(mysql[key]) && cr.chartDefault([...base, key]) === void 0) {
      hits.push({
        path: base,
        at: "key",
        message: `external MySQL (\`mysql.install\` is not true) needs \`global.mysql.${key}\``,
        fix: `Add \`${key}: ${examples[key]}\` under global.mysql, or set \`mysql.install: true\` to let the chart run MySQL.`
      });
    }
  }
  const ref = isMap3(mysql.passwordSecret) ? mysql.passwordSecret : void 0;
  if (!filled(mysql.password) && !text2(ref?.name)) {
    hits.push({
      path: ref ? [...base, "passwordSecret"] : base,
      at: "key",
      message: ref ? "`global.mysql.passwordSecret` has no `name`, and there is no `password`: external MySQL needs one of them" : "external MySQL (`mysql.install` is not true) needs `global.mysql.password` or `global.mysql.passwordSecret`",
      fix: "Reference the password in a Secret: `passwordSecret: {name: mysql-secret, passwordKey: MYSQL_PASSWORD}`."
    });
  }
  return hits;
}
function checkLicenseSecret(cr) {
  const base = [...G, "licenseSecret"];
  const ref = cr.map(base);
  if (!ref) return [];
  const name = text2(ref.name);
  const key = text2(ref.key);
  const hits = [];
  if (Boolean(name) !== Boolean(key)) {
    const absent = name ? "key" : "name";
    hits.push({
      path: base,
      at: "key",
      message: `\`global.licenseSecret\` needs both \`name\` and \`key\`: the operator reads the license from the Secret only when both are set (\`${absent}\` is missing)`,
      fix: "Set both, e.g. `licenseSecret: {name: license-secret, key: license}`."
    });
  }
  if (name && key && text2(cr.get([...G, "license"]))) {
    hits.push({
      severity: "warning",
      path: [...G, "license"],
      at: "key",
      message: "`global.license` and `global.licenseSecret` are both set: the operator uses the inline license and ignores the Secret",
      fix: "Remove `global.license` and keep `licenseSecret`."
    });
  }
  return hits;
}
function checkIngressPlacement(cr) {
  if (!cr.has([...G, "ingress"])) return [];
  return [
    {
      path: [...G, "ingress"],
      at: "key",
      message: "`ingress` is under `global`, where the chart never reads it (the reference: ingress sits beside global, not under it)",
      fix: "move `ingress` to the top level of values (beside `global`, not under it)."
    }
  ];
}
function checkExternalRedis(cr) {
  const host = text2(cr.get([...G, "redis", "host"]));
  if (!host) return [];
  const install = cr.get([...V, "redis", "install"]);
  if (install === false) return [];
  return [
    {
      path: install === void 0 ? [...G, "redis", "host"] : [...V, "redis", "install"],
      message: `external Redis is configured (\`global.redis.host: ${shown(host)}\`) but \`redis.install\` is ${install === void 0 ? "not set (the chart default is true)" : String(install)}: the chart would also deploy its own Redis`,
      fix: "set redis.install: false (under `redis:`, beside `global`)."
    }
  ];
}
var PEM_BEGIN = /-----BEGIN CERTIFICATE-----/g;
function checkCaCerts(cr) {
  const path = [...G, "customCACerts"];
  const certs = cr.get(path);
  if (!Array.isArray(certs)) return [];
  const hits = [];
  certs.forEach((item, index) => {
    if (typeof item !== "string") return;
    const itemPath = [...path, String(index)];
    const where = `\`global.customCACerts[${index}]\``;
    const count = (item.match(PEM_BEGIN) ?? []).length;
    if (/PRIVATE KEY-----/.test(item)) {
      hits.push({
        path: itemPath,
        message: `${where} holds a private key; only CA certificates belong here`,
        fix: "Remove the private key block and keep the `-----BEGIN CERTIFICATE-----` block of the CA."
      });
    } else if (count === 0) {
      hits.push({
        path: itemPath,
        message: `${where} is not a PEM certificate (no \`-----BEGIN CERTIFICATE-----\` line)`,
        fix: "Paste the CA certificate in PEM form, from `-----BEGIN CERTIFICATE-----` to `-----END CERTIFICATE-----`, as a block string (`- |`)."
      });
    } else if (count > 1) {
      hits.push({
        path: itemPath,
        message: `${where} is a bundle of ${count} certificates; each list item must hold exactly one`,
        fix: "split into separate list items, one `- |` item per `-----BEGIN CERTIFICATE-----` block."
      });
    } else {
      try {
        new X509Certificate(item);
      } catch {
        hits.push({
          path: itemPath,
          message: `${where} cannot be parsed as an X.509 certificate (damaged or truncated PEM)`,
          fix: "Paste the certificate again from its .crt file, keeping every line; check with `openssl x509 -noout -text -in ca.crt`."
        });
      }
    }
  });
  return hits;
}
function checkOidc(cr) {
  const base = [...G, "auth", "oidc"];
  const oidc = cr.map(base);
  if (!oidc || !["clientId", "issuer", "secret", "authMethod"].some((key) => filled(oidc[key]))) return [];
  const hits = [];
  if (!text2(oidc.clientId)) {
    hits.push({
      path: base,
      at: "key",
      message: "OIDC is configured but `global.auth.oidc.clientId` is empty",
      fix: "Set `clientId:` to the client (application) ID registered at your identity provider."
    });
  }
  const issuer = text2(oidc.issuer);
  if (!issuer) {
    hits.push({
      path: base,
      at: "key",
      message: "OIDC is configured but `global.auth.oidc.issuer` is empty",
      fix: "Set `issuer:` to the identity provider's issuer URL, e.g. `https://login.example.com/realms/wandb`."
    });
  } else if (!hasPlaceholder(issuer)) {
    const url = tryUrl(issuer);
    if (!url || !["http:", "https:"].includes(url.protocol) || !url.hostname) {
      hits.push({
        path: [...base, "issuer"],
        message: `\`global.auth.oidc.issuer\` \`${shown(issuer)}\` is not an http(s) URL`,
        fix: "Use the issuer URL your identity provider publishes (its /.well-known/openid-configuration lives under it)."
      });
    }
  }
  return hits;
}
function extraEnvMaps(cr) {
  const paths = [[...G, "extraEnv"]];
  const values = cr.map(V);
  for (const key of Object.keys(values ?? {})) if (key !== "global") paths.push([...V, key, "extraEnv"]);
  return paths;
}
function checkExtraEnvValues(cr, severity) {
  const hits = [];
  for (const path of extraEnvMaps(cr)) {
    const env = cr.map(path);
    if (!env) continue;
    for (const [name, value] of Object.entries(env)) {
      if (value === null || typeof value === "string") continue;
      if (isMap3(value) && isMap3(value.valueFrom)) continue;
      const where = `\`${[...path.slice(2), name].join(".")}\``;
      const scalar = typeof value === "number" || typeof value === "boolean";
      if (scalar && severity === "warning") {
        hits.push({
          path: [...path, name],
          message: `${where} is ${typeof value === "number" ? "a number" : "a boolean"}; environment values are strings`,
          fix: `Quote it: \`${name}: "${String(value)}"\`.`
        });
      } else if (!scalar && severity === "error") {
        hits.push({
          path: [...path, name],
          message: `${where} must be a string (or \`{valueFrom: ...}\`), not ${Array.isArray(value) ? "a list" : "a map"}`,
          fix: `Write \`${name}: "value"\`.`
        });
      }
    }
  }
  return hits;
}
var IGNORED_KEYS = [
  {
    path: [...V, "ingress", "enabled"],
    instead: "it reads `ingress.install` (deploy the ingress controller) and `ingress.create` (create the Ingress)",
    fix: "Replace `enabled:` with `create:` (and `install:` for the controller)."
  },
  {
    path: [...G, "redis", "auth"],
    instead: "it reads `global.redis.secret.secretName` / `global.redis.secret.secretKey` (or `global.redis.password`)",
    fix: "Replace `auth: {enabled, secret, key}` with `secret: {secretName: <Secret>, secretKey: <key>}`."
  },
  {
    path: [...G, "mysql", "name"],
    instead: "it reads `global.mysql.database`",
    fix: "Put the database name in `database:` and remove `name:`."
  },
  {
    path: [...V, "imagePullSecrets"],
    instead: "it reads `global.imagePullSecrets`",
    fix: "Move `imagePullSecrets` under `global`."
  },
  {
    path: [...V, "airgapped"],
    instead: "`airgapped` is a value of the operator's own chart (charts/operator), not of this resource",
    fix: "Set it when installing the operator (`helm upgrade --install operator wandb/operator --set airgapped=true`) and remove it here."
  },
  {
    path: [...V, "customCACerts"],
    instead: "it reads `global.customCACerts` (top-level `customCACerts` belongs to the operator's own chart)",
    fix: "Move `customCACerts` under `global` for W&B Server, or into the operator chart values for the operator."
  },
  {
    path: [...V, "caCertsConfigMap"],
    instead: "it reads `global.caCertsConfigMap` (top-level `caCertsConfigMap` belongs to the operator's own chart)",
    fix: "Move `caCertsConfigMap` under `global`."
  },
  {
    path: [...G, "ldap"],
    instead: "it reads LDAP settings from `global.extraEnv` (`LDAP_*` variables) in current operator-wandb charts",
    fix: "Configure LDAP through `global.extraEnv` as the current W&B docs describe."
  }
];
function checkIgnoredKeys(cr) {
  const hits = [];
  for (const entry of IGNORED_KEYS) {
    if (!cr.has(entry.path)) continue;
    hits.push({
      path: entry.path,
      at: "key",
      message: `the chart does not read \`${entry.path.slice(2).join(".")}\`; ${entry.instead}`,
      fix: entry.fix
    });
  }
  const values = cr.map(V) ?? {};
  for (const [key, value] of Object.entries(values)) {
    if (isMap3(value) && Object.prototype.hasOwnProperty.call(value, "extraEnvs")) {
      hits.push({
        path: [...V, key, "extraEnvs"],
        at: "key",
        message: `the chart does not read \`${key}.extraEnvs\`; it reads \`${key}.extraEnv\` (singular)`,
        fix: `Rename \`extraEnvs\` to \`extraEnv\` (a map NAME: value).`
      });
    }
  }
  return hits;
}
var INLINE_SECRETS = [
  { path: [...G, "license"], instead: "`global.licenseSecret: {name, key}`" },
  ...BUCKETS.flatMap(
    (which) => ["accessKey", "secretKey"].map((key) => ({
      path: [...G, which, key],
      instead: `\`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\``
    }))
  ),
  { path: [...G, "mysql", "password"], instead: "`global.mysql.passwordSecret: {name, passwordKey}`" },
  { path: [...G, "redis", "password"], instead: "`global.redis.secret: {secretName, secretKey}`" },
  {
    path: [...G, "email", "smtp", "password"],
    instead: "`password: {valueFrom: {secretKeyRef: {name, key}}}`"
  },
  { path: [...G, "auth", "oidc", "secret"], instead: "`global.auth.oidc.oidcSecret: {name, secretKey}`" },
  {
    path: [...G, "clickhouse", "password"],
    instead: "`global.clickhouse.passwordSecret: {name, passwordKey}`"
  },
  { path: ["spec", "chart", "password"], instead: "`spec.chart.credentialSecret: {name}`" }
];
function checkInlineSecrets(cr) {
  const hits = [];
  for (const entry of INLINE_SECRETS) {
    if (!text2(cr.get(entry.path))) continue;
    const where = entry.path[0] === "spec" && entry.path[1] === "values" ? entry.path.slice(2) : entry.path;
    hits.push({
      path: entry.path,
      at: "key",
      message: `\`${where.join(".")}\` is written inline: the resource, and everyone who can read it, holds the secret`,
      fix: `Keep it in a Kubernetes Secret and reference it with ${entry.instead}.`
    });
  }
  for (const which of BUCKETS) {
    const name = text2(cr.get([...G, which, "name"]));
    if (name && /:\/\/[^\s/@]+@/.test(name)) {
      hits.push({
        path: [...G, which, "name"],
        at: "key",
        message: `\`global.${which}.name\` carries credentials in its URL`,
        fix: `Drop the user-info from the URL and reference the keys with \`global.${which}.secret: {secretName, accessKeyName, secretKeyName}\`.`
      });
    }
  }
  return hits;
}
var RULES = [
  {
    id: "chart-shape",
    severity: "error",
    description: "spec.chart is a local {path}, an OCI {url: oci://\u2026, version} or a repository {url, name, version} (facts 1.3).",
    check: checkChart
  },
  {
    id: "host-url",
    severity: "error",
    description: 'global.host is an http(s) URL with a host and no path (reference: "FQDN with protocol").',
    check: checkHost
  },
  {
    id: "bucket-kms-outside-aws",
    severity: "error",
    description: "S3-compatible storage outside AWS has kmsKey null (reference, object storage).",
    check: checkBucketKms
  },
  {
    id: "bucket-keys",
    severity: "error",
    description: "Bucket keys inline (accessKey+secretKey) or through bucket.secret, not half of each.",
    check: checkBucketKeys
  },
  {
    id: "bucket-name",
    severity: "warning",
    description: "global.bucket without name is ignored in favour of global.defaultBucket (templates/_bucket.tpl).",
    check: checkBucketName
  },
  {
    id: "mysql-external",
    severity: "error",
    description: "External MySQL has a host and a password or passwordSecret (reference, MySQL); port, database and user only where the chart has no default for them (operator-wandb: 3306, wandb_local, wandb).",
    check: checkMysql
  },
  {
    id: "license-secret",
    severity: "error",
    description: "licenseSecret names both the Secret and the key (the operator needs both, facts 1.2).",
    check: checkLicenseSecret
  },
  {
    id: "ingress-placement",
    severity: "error",
    description: "ingress sits beside global, not under it (the reference's bold warning).",
    check: checkIngressPlacement
  },
  {
    id: "redis-external-install",
    severity: "error",
    description: "External Redis (global.redis.host) requires redis.install: false (reference, external Redis).",
    check: checkExternalRedis
  },
  {
    id: "custom-ca-certs",
    severity: "error",
    description: "Each customCACerts item is exactly one parseable PEM certificate (seed 003 FAQ).",
    check: checkCaCerts
  },
  {
    id: "oidc",
    severity: "error",
    description: "OIDC needs a clientId and an http(s) issuer URL (reference, OIDC SSO).",
    check: checkOidc
  },
  {
    id: "extra-env-values",
    severity: "error",
    description: "extraEnv values are strings or {valueFrom} (operator-wandb reads extraEnv as a map NAME: value).",
    check: (cr) => checkExtraEnvValues(cr, "error")
  },
  {
    id: "extra-env-unquoted",
    severity: "warning",
    description: "extraEnv numbers and booleans work but are meant as strings.",
    check: (cr) => checkExtraEnvValues(cr, "warning")
  },
  {
    id: "ignored-keys",
    severity: "warning",
    description: "Keys the docs use but the chart does not read (facts 2.2, 8).",
    check: checkIgnoredKeys
  },
  {
    id: "inline-secrets",
    severity: "warning",
    description: "Secrets written inline rather than referenced from a Secret.",
    check: checkInlineSecrets
  }
];
function ruleFindings(cr, chart) {
  const view = new Cr(cr, chart);
  const findings = [];
  for (const rule of RULES) {
    for (const hit of rule.check(view)) {
      findings.push({ ...hit, severity: hit.severity ?? rule.severity, at: hit.at ?? "value" });
    }
  }
  return findings;
}

// src/config/chart-keys.ts
var OPERATOR_KEYS = /* @__PURE__ */ new Set(["reconcileFrequency", "_releaseId"]);
function isMap4(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function dottedValues(path) {
  return path.join(".");
}
function typeOf(value) {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return "a value";
}
function chartKeyFindings(values, chosen) {
  const { knowledge } = chosen;
  const findings = [];
  const walk = (node, value, path) => {
    for (const [key, child2] of Object.entries(value)) {
      const childPath = [...path, key];
      if (path.length === 0 && OPERATOR_KEYS.has(key)) continue;
      const known = node.k?.[key];
      if (!known) {
        const others = versionsReading(childPath, knowledge.version);
        const where = path.length ? `\`${dottedValues(path)}\`` : "`spec.values`";
        const siblings = Object.keys(node.k ?? {});
        const suggestion = closest(key, siblings);
        if (others.length > 0) {
          findings.push({
            severity: "warning",
            path: ["spec", "values", ...childPath],
            at: "key",
            message: chosen.basis === "pinned" ? `\`${dottedValues(childPath)}\` is read by operator-wandb ${others.join(", ")}; you pin ${knowledge.version}, which ignores it` : `\`${dottedValues(childPath)}\` is read by operator-wandb ${others.join(", ")}, not by ${knowledge.version} (${chosen.note})`,
            fix: `Pin a chart version that reads it (spec.chart.version: ${others[others.length - 1]}), or remove it.`
          });
        } else {
          findings.push({
            severity: "warning",
            path: ["spec", "values", ...childPath],
            at: "key",
            message: suggestion ? `unknown key \`${key}\` in ${where} \u2014 did you mean \`${suggestion}\`?` : `unknown key \`${key}\` in ${where}: operator-wandb ${knowledge.version} does not read it`,
            fix: suggestion ? `Rename \`${key}\` to \`${suggestion}\`.` : siblings.length > 0 && siblings.length <= 12 ? `Remove it, or use one of: ${siblings.map((k) => `\`${k}\``).join(", ")}.` : `Remove it, or check its place and spelling against operator-wandb ${knowledge.version}'s values.yaml.`
          });
        }
        continue;
      }
      if (known.o) continue;
      if (known.t === "map" && known.k && child2 !== null && child2 !== void 0 && !isMap4(child2)) {
        const keys = Object.keys(known.k);
        findings.push({
          severity: "warning",
          path: ["spec", "values", ...childPath],
          at: "value",
          message: `\`${dottedValues(childPath)}\` is a map in operator-wandb ${knowledge.version} (keys such as ${keys.slice(0, 4).map((k) => `\`${k}\``).join(", ")}), not ${typeOf(child2)}`,
          fix: `Write \`${key}:\` as a map of those keys.`
        });
        continue;
      }
      if (isMap4(child2)) walk(known, child2, childPath);
    }
  };
  if (isMap4(values)) walk(knowledge.tree, values, []);
  return findings;
}

// src/config/generated/cr-validator.js
var runtime0Module = __toESM(require_ucs2length(), 1);
var runtime0 = { default: typeof runtime0Module.default === "function" ? runtime0Module.default : runtime0Module.default.default };
var cr_validator_default = validate10;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "allOf": [{ "$ref": "#/definitions/dns1123Label" }, { "maxLength": 53 }], "x-message": "metadata.name `{value}` is not a valid Helm release name (the operator installs the chart under this name): lowercase letters, digits and '-', starting and ending with a letter or digit, at most 53 characters", "x-fix": "Use a name like `wandb`.", "description": "The Helm release name the operator installs under: a DNS-1123 label of at most 53 characters." }, "namespace": { "$ref": "#/definitions/dns1123Label", "x-message": "metadata.namespace `{value}` is not a valid namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters", "x-fix": "Use a namespace like `wandb`." }, "labels": { "$ref": "#/definitions/stringMap" }, "annotations": { "$ref": "#/definitions/stringMap" }, "generateName": { "type": "string" }, "uid": { "type": "string" }, "resourceVersion": { "type": "string" }, "generation": { "type": "integer" }, "creationTimestamp": {}, "deletionTimestamp": {}, "deletionGracePeriodSeconds": {}, "finalizers": { "type": "array" }, "ownerReferences": { "type": "array" }, "managedFields": { "type": "array" }, "selfLink": { "type": "string" } } };
var schema15 = { "type": ["object", "null"], "additionalProperties": { "type": ["string", "null"] }, "x-message": "`{path}` must be a map of strings", "x-fix": 'Quote the values, e.g. `key: "value"`.' };
var func2 = Object.prototype.hasOwnProperty;
var func3 = runtime0.default;
var pattern0 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) > 63) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/dns1123Label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 === "string") {
        if (func3(data0) > 53) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/allOf/1/maxLength", keyword: "maxLength", params: { limit: 53 }, message: "must NOT have more than 53 characters" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.namespace !== void 0) {
      let data1 = data.namespace;
      if (typeof data1 === "string") {
        if (func3(data1) > 63) {
          const err6 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err7 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/namespace", schemaPath: "#/definitions/dns1123Label/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data2 = data.labels;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err9 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          let data3 = data2[key1];
          if (typeof data3 !== "string" && data3 !== null) {
            const err10 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
    if (data.annotations !== void 0) {
      let data4 = data.annotations;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err11 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          let data5 = data4[key2];
          if (typeof data5 !== "string" && data5 !== null) {
            const err12 = { instancePath: instancePath + "/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.generateName !== void 0) {
      if (typeof data.generateName !== "string") {
        const err13 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err14 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err15 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data9 = data.generation;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err16 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.finalizers !== void 0) {
      if (!Array.isArray(data.finalizers)) {
        const err17 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      if (!Array.isArray(data.ownerReferences)) {
        const err18 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.managedFields !== void 0) {
      if (!Array.isArray(data.managedFields)) {
        const err19 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      if (typeof data.selfLink !== "string") {
        const err20 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema18 = { "type": "object", "additionalProperties": false, "description": "One of: {path} (local chart), {url: oci://..., version} (OCI, operator >= v1.22.0), {url: https://..., name, version} (Helm repository).", "properties": { "path": { "type": "string" }, "url": { "type": "string" }, "name": { "type": "string" }, "version": { "type": ["string", "null"], "x-message": "`{path}` must be a string", "x-fix": 'Quote the version, e.g. `version: "0.43.8"`.' }, "repoName": { "type": "string" }, "username": { "type": "string" }, "password": { "type": "string" }, "credentialSecret": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "usernameKey": { "type": "string" }, "passwordKey": { "type": "string" } }, "x-fix": "Name the Secret holding the registry credentials: `credentialSecret: {name: helm-creds}` (keys HELM_USERNAME/HELM_PASSWORD by default)." }, "plainHTTP": { "type": "boolean" }, "debug": { "type": "boolean" } } };
var schema20 = { "type": ["object", "null"], "properties": { "host": { "type": "string", "x-message": "`{path}` must be a URL string like https://wandb.example.com", "x-fix": "Set `host: https://wandb.example.com` (scheme and host name, no path).", "description": "The address users open: scheme and host name (and port), no path. Example: https://wandb.example.com" }, "repositoryPrefix": {}, "imageRegistry": {}, "license": { "type": ["string", "null"], "description": "The W&B license, inline. Prefer licenseSecret." }, "licenseCertPath": {}, "licenseSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "key": { "type": ["string", "null"] } }, "x-fix": "Give both the Secret's name and the key holding the license: `licenseSecret: {name: license-secret, key: license}` (the operator needs both).", "description": "The Secret (name) and key holding the license; the operator needs both." }, "signerKeyPath": {}, "cloudProvider": {}, "storageClass": {}, "lumen": {}, "banners": {}, "common": {}, "pod": {}, "deployment": {}, "daemonset": {}, "statefulset": {}, "service": {}, "nodeSelector": {}, "tolerations": {}, "priorityClassName": {}, "extraEnvFrom": {}, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.', "description": "Extra environment variables for every W&B component, as a map NAME: value." }, "volumesTpls": {}, "volumeMountsTpls": {}, "operator": {}, "imagePullSecrets": { "type": ["array", "null"] }, "mysql": { "type": ["object", "null"], "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "database": { "$ref": "#/definitions/stringOrValueFrom" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "caCert": { "$ref": "#/definitions/stringOrValueFrom" }, "passwordSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "rootPasswordKey": { "type": ["string", "null"] }, "passwordKey": { "type": ["string", "null"] } } } }, "description": "External MySQL (used unless mysql.install: true)." }, "size": {}, "slack": {}, "otel": {}, "clickhouse": {}, "olap": {}, "activityStore": {}, "email": { "type": ["object", "null"], "properties": { "smtp": { "type": ["object", "null"], "properties": { "host": { "$ref": "#/definitions/stringOrValueFrom" }, "port": { "$ref": "#/definitions/port" }, "user": { "$ref": "#/definitions/stringOrValueFrom" }, "password": { "$ref": "#/definitions/stringOrValueFrom" }, "mailFrom": { "$ref": "#/definitions/stringOrValueFrom" } } } }, "description": "SMTP server for e-mail." }, "auth": { "type": ["object", "null"], "properties": { "sessionLengthHours": { "type": ["integer", "null"], "minimum": 1, "x-message": "`{path}` must be a whole number of hours", "x-fix": "E.g. `sessionLengthHours: 720`." }, "jwkUrl": { "type": ["string", "null"] }, "oidc": { "type": ["object", "null"], "properties": { "clientId": { "type": ["string", "null"] }, "secret": { "type": ["string", "null"] }, "authMethod": { "enum": ["", "implicit", "pkce", null], "x-message": "`{path}` `{value}` is not an OIDC auth method W&B supports (implicit, pkce; empty for the default)", "x-fix": "Use `authMethod: implicit` or `authMethod: pkce`, or leave it out." }, "issuer": { "type": ["string", "null"] }, "oidcSecret": { "type": ["object", "null"], "properties": { "name": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } } } }, "description": "Session length and OIDC single sign-on." }, "azureStorageIdentity": {}, "defaultBucket": { "$ref": "#/definitions/bucket", "description": "Object storage used by default; the console can override it." }, "bucket": { "$ref": "#/definitions/bucket", "description": "Object storage used for all files; not overridable in the console. Without name, the chart uses defaultBucket." }, "redis": { "type": ["object", "null"], "properties": { "host": { "type": ["string", "null"] }, "port": { "$ref": "#/definitions/redisPort" }, "password": { "type": ["string", "null"] }, "external": { "type": ["boolean", "null"] }, "parameters": {}, "params": {}, "caCert": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "properties": { "secretName": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] } } } }, "description": "External Redis; set redis.install: false beside global when you use it." }, "bigtable": {}, "historyStore": {}, "pubSub": {}, "kafka": {}, "customCACerts": { "type": ["array", "null"], "items": { "type": "string", "x-message": "`{path}` must be a PEM certificate as a string", "x-fix": "Write the certificate as a block string: `- |` followed by the PEM lines." }, "x-message": "`{path}` must be a list of PEM certificates (the map form `{name.crt: PEM}` from some docs is not read by the chart)", "x-fix": "Write each certificate as its own list item: `customCACerts: [ |-PEM ]`, or put them in a ConfigMap and set caCertsConfigMap.", "description": "CA certificates in PEM form, one certificate per list item." }, "caCertsConfigMap": { "anyOf": [{ "$ref": "#/definitions/dns1123Subdomain" }, { "const": "" }, { "type": "null" }], "x-message": "`{path}` `{value}` is not a valid ConfigMap name: lowercase letters, digits, '-' and '.', at most 253 characters", "x-fix": "Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.", "description": "Name of a ConfigMap holding CA certificates; each key must end in .crt." }, "weave-trace": {}, "localService": {}, "api": {}, "glue": {}, "bufstream": {}, "executor": {}, "settingsMigrationJob": {}, "gcpSecurityPolicy": {}, "statsig": {}, "ingress": {}, "ldap": {}, "extraEnvs": {} } };
var schema25 = { "type": ["object", "null"], "properties": { "provider": { "enum": ["s3", "gcs", "az", "", null], "x-severity": "warning", "x-message": "`{path}` `{value}` is not a provider the reference documents (s3, gcs, az; S3-compatible stores such as MinIO or Ceph use s3)", "x-fix": "Use `provider: s3`, `gcs` or `az`." }, "name": { "type": ["string", "null"] }, "path": { "type": ["string", "null"] }, "region": { "type": ["string", "null"] }, "kmsKey": { "type": ["string", "null"] }, "accessKey": { "type": ["string", "null"] }, "secretKey": { "type": ["string", "null"] }, "azureTenantId": { "type": ["string", "null"] }, "azureClientId": { "type": ["string", "null"] }, "secret": { "type": ["object", "null"], "properties": { "secretName": { "type": ["string", "null"] }, "accessKeyName": { "type": ["string", "null"] }, "secretKeyName": { "type": ["string", "null"] } } } } };
var schema21 = { "anyOf": [{ "type": ["string", "null"] }, { "$ref": "#/definitions/valueFrom" }], "x-message": "`{path}` must be a string or `{valueFrom: {secretKeyRef: {name, key}}}`", "x-fix": "Write a plain string, or point at a Secret with valueFrom.secretKeyRef." };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string" && data !== null) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: schema21.anyOf[0].type }, message: "must be string,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.valueFrom === void 0) {
        const err1 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.valueFrom !== void 0) {
        let data0 = data.valueFrom;
        if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
          const err2 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var pattern2 = new RegExp("^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$", "u");
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (typeof data === "string") {
      if (!pattern2.test(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$" }, message: 'must match pattern "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$"' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.valueFrom === void 0) {
          const err5 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.valueFrom !== void 0) {
          let data0 = data.valueFrom;
          if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
            const err6 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var pattern3 = new RegExp("^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 65535 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (typeof data === "string") {
      if (!pattern3.test(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$" }, message: 'must match pattern "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$"' };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
      const _errs5 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.valueFrom === void 0) {
          const err5 = { instancePath, schemaPath: "#/definitions/valueFrom/required", keyword: "required", params: { missingProperty: "valueFrom" }, message: "must have required property 'valueFrom'" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.valueFrom !== void 0) {
          let data0 = data.valueFrom;
          if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
            const err6 = { instancePath: instancePath + "/valueFrom", schemaPath: "#/definitions/valueFrom/properties/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath, schemaPath: "#/definitions/valueFrom/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema20.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.host !== void 0) {
      if (typeof data.host !== "string") {
        const err1 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.license !== void 0) {
      let data1 = data.license;
      if (typeof data1 !== "string" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/license", schemaPath: "#/properties/license/type", keyword: "type", params: { type: schema20.properties.license.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.licenseSecret !== void 0) {
      let data2 = data.licenseSecret;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/licenseSecret", schemaPath: "#/properties/licenseSecret/type", keyword: "type", params: { type: schema20.properties.licenseSecret.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/licenseSecret/name", schemaPath: "#/properties/licenseSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data2.key !== void 0) {
          let data4 = data2.key;
          if (typeof data4 !== "string" && data4 !== null) {
            const err5 = { instancePath: instancePath + "/licenseSecret/key", schemaPath: "#/properties/licenseSecret/properties/key/type", keyword: "type", params: { type: schema20.properties.licenseSecret.properties.key.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    if (data.extraEnv !== void 0) {
      let data5 = data.extraEnv;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err6 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema20.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.imagePullSecrets !== void 0) {
      let data6 = data.imagePullSecrets;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/imagePullSecrets", schemaPath: "#/properties/imagePullSecrets/type", keyword: "type", params: { type: schema20.properties.imagePullSecrets.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.mysql !== void 0) {
      let data7 = data.mysql;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err8 = { instancePath: instancePath + "/mysql", schemaPath: "#/properties/mysql/type", keyword: "type", params: { type: schema20.properties.mysql.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.host !== void 0) {
          if (!validate16(data7.host, { instancePath: instancePath + "/mysql/host", parentData: data7, parentDataProperty: "host", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.port !== void 0) {
          if (!validate18(data7.port, { instancePath: instancePath + "/mysql/port", parentData: data7, parentDataProperty: "port", rootData })) {
            vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
            errors = vErrors.length;
          }
        }
        if (data7.database !== void 0) {
          if (!validate16(data7.database, { instancePath: instancePath + "/mysql/database", parentData: data7, parentDataProperty: "database", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.user !== void 0) {
          if (!validate16(data7.user, { instancePath: instancePath + "/mysql/user", parentData: data7, parentDataProperty: "user", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.password !== void 0) {
          if (!validate16(data7.password, { instancePath: instancePath + "/mysql/password", parentData: data7, parentDataProperty: "password", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.caCert !== void 0) {
          if (!validate16(data7.caCert, { instancePath: instancePath + "/mysql/caCert", parentData: data7, parentDataProperty: "caCert", rootData })) {
            vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
            errors = vErrors.length;
          }
        }
        if (data7.passwordSecret !== void 0) {
          let data14 = data7.passwordSecret;
          if (!(data14 && typeof data14 == "object" && !Array.isArray(data14)) && data14 !== null) {
            const err9 = { instancePath: instancePath + "/mysql/passwordSecret", schemaPath: "#/properties/mysql/properties/passwordSecret/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.name !== void 0) {
              let data15 = data14.name;
              if (typeof data15 !== "string" && data15 !== null) {
                const err10 = { instancePath: instancePath + "/mysql/passwordSecret/name", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data14.rootPasswordKey !== void 0) {
              let data16 = data14.rootPasswordKey;
              if (typeof data16 !== "string" && data16 !== null) {
                const err11 = { instancePath: instancePath + "/mysql/passwordSecret/rootPasswordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/rootPasswordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.rootPasswordKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data14.passwordKey !== void 0) {
              let data17 = data14.passwordKey;
              if (typeof data17 !== "string" && data17 !== null) {
                const err12 = { instancePath: instancePath + "/mysql/passwordSecret/passwordKey", schemaPath: "#/properties/mysql/properties/passwordSecret/properties/passwordKey/type", keyword: "type", params: { type: schema20.properties.mysql.properties.passwordSecret.properties.passwordKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.email !== void 0) {
      let data18 = data.email;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err13 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: schema20.properties.email.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.smtp !== void 0) {
          let data19 = data18.smtp;
          if (!(data19 && typeof data19 == "object" && !Array.isArray(data19)) && data19 !== null) {
            const err14 = { instancePath: instancePath + "/email/smtp", schemaPath: "#/properties/email/properties/smtp/type", keyword: "type", params: { type: schema20.properties.email.properties.smtp.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            if (data19.host !== void 0) {
              if (!validate16(data19.host, { instancePath: instancePath + "/email/smtp/host", parentData: data19, parentDataProperty: "host", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.port !== void 0) {
              if (!validate18(data19.port, { instancePath: instancePath + "/email/smtp/port", parentData: data19, parentDataProperty: "port", rootData })) {
                vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
                errors = vErrors.length;
              }
            }
            if (data19.user !== void 0) {
              if (!validate16(data19.user, { instancePath: instancePath + "/email/smtp/user", parentData: data19, parentDataProperty: "user", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.password !== void 0) {
              if (!validate16(data19.password, { instancePath: instancePath + "/email/smtp/password", parentData: data19, parentDataProperty: "password", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
            if (data19.mailFrom !== void 0) {
              if (!validate16(data19.mailFrom, { instancePath: instancePath + "/email/smtp/mailFrom", parentData: data19, parentDataProperty: "mailFrom", rootData })) {
                vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                errors = vErrors.length;
              }
            }
          }
        }
      }
    }
    if (data.auth !== void 0) {
      let data25 = data.auth;
      if (!(data25 && typeof data25 == "object" && !Array.isArray(data25)) && data25 !== null) {
        const err15 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/type", keyword: "type", params: { type: schema20.properties.auth.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.sessionLengthHours !== void 0) {
          let data26 = data25.sessionLengthHours;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26)) && data26 !== null) {
            const err16 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/type", keyword: "type", params: { type: schema20.properties.auth.properties.sessionLengthHours.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err17 = { instancePath: instancePath + "/auth/sessionLengthHours", schemaPath: "#/properties/auth/properties/sessionLengthHours/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data25.jwkUrl !== void 0) {
          let data27 = data25.jwkUrl;
          if (typeof data27 !== "string" && data27 !== null) {
            const err18 = { instancePath: instancePath + "/auth/jwkUrl", schemaPath: "#/properties/auth/properties/jwkUrl/type", keyword: "type", params: { type: schema20.properties.auth.properties.jwkUrl.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data25.oidc !== void 0) {
          let data28 = data25.oidc;
          if (!(data28 && typeof data28 == "object" && !Array.isArray(data28)) && data28 !== null) {
            const err19 = { instancePath: instancePath + "/auth/oidc", schemaPath: "#/properties/auth/properties/oidc/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.clientId !== void 0) {
              let data29 = data28.clientId;
              if (typeof data29 !== "string" && data29 !== null) {
                const err20 = { instancePath: instancePath + "/auth/oidc/clientId", schemaPath: "#/properties/auth/properties/oidc/properties/clientId/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.clientId.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data28.secret !== void 0) {
              let data30 = data28.secret;
              if (typeof data30 !== "string" && data30 !== null) {
                const err21 = { instancePath: instancePath + "/auth/oidc/secret", schemaPath: "#/properties/auth/properties/oidc/properties/secret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.secret.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data28.authMethod !== void 0) {
              let data31 = data28.authMethod;
              if (!(data31 === "" || data31 === "implicit" || data31 === "pkce" || data31 === null)) {
                const err22 = { instancePath: instancePath + "/auth/oidc/authMethod", schemaPath: "#/properties/auth/properties/oidc/properties/authMethod/enum", keyword: "enum", params: { allowedValues: schema20.properties.auth.properties.oidc.properties.authMethod.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data28.issuer !== void 0) {
              let data32 = data28.issuer;
              if (typeof data32 !== "string" && data32 !== null) {
                const err23 = { instancePath: instancePath + "/auth/oidc/issuer", schemaPath: "#/properties/auth/properties/oidc/properties/issuer/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.issuer.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data28.oidcSecret !== void 0) {
              let data33 = data28.oidcSecret;
              if (!(data33 && typeof data33 == "object" && !Array.isArray(data33)) && data33 !== null) {
                const err24 = { instancePath: instancePath + "/auth/oidc/oidcSecret", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.type }, message: "must be object,null" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.name !== void 0) {
                  let data34 = data33.name;
                  if (typeof data34 !== "string" && data34 !== null) {
                    const err25 = { instancePath: instancePath + "/auth/oidc/oidcSecret/name", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/name/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.name.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data33.secretKey !== void 0) {
                  let data35 = data33.secretKey;
                  if (typeof data35 !== "string" && data35 !== null) {
                    const err26 = { instancePath: instancePath + "/auth/oidc/oidcSecret/secretKey", schemaPath: "#/properties/auth/properties/oidc/properties/oidcSecret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.auth.properties.oidc.properties.oidcSecret.properties.secretKey.type }, message: "must be string,null" };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        }
      }
    }
    if (data.defaultBucket !== void 0) {
      let data36 = data.defaultBucket;
      if (!(data36 && typeof data36 == "object" && !Array.isArray(data36)) && data36 !== null) {
        const err27 = { instancePath: instancePath + "/defaultBucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.provider !== void 0) {
          let data37 = data36.provider;
          if (!(data37 === "s3" || data37 === "gcs" || data37 === "az" || data37 === "" || data37 === null)) {
            const err28 = { instancePath: instancePath + "/defaultBucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data36.name !== void 0) {
          let data38 = data36.name;
          if (typeof data38 !== "string" && data38 !== null) {
            const err29 = { instancePath: instancePath + "/defaultBucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data36.path !== void 0) {
          let data39 = data36.path;
          if (typeof data39 !== "string" && data39 !== null) {
            const err30 = { instancePath: instancePath + "/defaultBucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data36.region !== void 0) {
          let data40 = data36.region;
          if (typeof data40 !== "string" && data40 !== null) {
            const err31 = { instancePath: instancePath + "/defaultBucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data36.kmsKey !== void 0) {
          let data41 = data36.kmsKey;
          if (typeof data41 !== "string" && data41 !== null) {
            const err32 = { instancePath: instancePath + "/defaultBucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data36.accessKey !== void 0) {
          let data42 = data36.accessKey;
          if (typeof data42 !== "string" && data42 !== null) {
            const err33 = { instancePath: instancePath + "/defaultBucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data36.secretKey !== void 0) {
          let data43 = data36.secretKey;
          if (typeof data43 !== "string" && data43 !== null) {
            const err34 = { instancePath: instancePath + "/defaultBucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data36.azureTenantId !== void 0) {
          let data44 = data36.azureTenantId;
          if (typeof data44 !== "string" && data44 !== null) {
            const err35 = { instancePath: instancePath + "/defaultBucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data36.azureClientId !== void 0) {
          let data45 = data36.azureClientId;
          if (typeof data45 !== "string" && data45 !== null) {
            const err36 = { instancePath: instancePath + "/defaultBucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data36.secret !== void 0) {
          let data46 = data36.secret;
          if (!(data46 && typeof data46 == "object" && !Array.isArray(data46)) && data46 !== null) {
            const err37 = { instancePath: instancePath + "/defaultBucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.secretName !== void 0) {
              let data47 = data46.secretName;
              if (typeof data47 !== "string" && data47 !== null) {
                const err38 = { instancePath: instancePath + "/defaultBucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data46.accessKeyName !== void 0) {
              let data48 = data46.accessKeyName;
              if (typeof data48 !== "string" && data48 !== null) {
                const err39 = { instancePath: instancePath + "/defaultBucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data46.secretKeyName !== void 0) {
              let data49 = data46.secretKeyName;
              if (typeof data49 !== "string" && data49 !== null) {
                const err40 = { instancePath: instancePath + "/defaultBucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.bucket !== void 0) {
      let data50 = data.bucket;
      if (!(data50 && typeof data50 == "object" && !Array.isArray(data50)) && data50 !== null) {
        const err41 = { instancePath: instancePath + "/bucket", schemaPath: "#/definitions/bucket/type", keyword: "type", params: { type: schema25.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
        if (data50.provider !== void 0) {
          let data51 = data50.provider;
          if (!(data51 === "s3" || data51 === "gcs" || data51 === "az" || data51 === "" || data51 === null)) {
            const err42 = { instancePath: instancePath + "/bucket/provider", schemaPath: "#/definitions/bucket/properties/provider/enum", keyword: "enum", params: { allowedValues: schema25.properties.provider.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data50.name !== void 0) {
          let data52 = data50.name;
          if (typeof data52 !== "string" && data52 !== null) {
            const err43 = { instancePath: instancePath + "/bucket/name", schemaPath: "#/definitions/bucket/properties/name/type", keyword: "type", params: { type: schema25.properties.name.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data50.path !== void 0) {
          let data53 = data50.path;
          if (typeof data53 !== "string" && data53 !== null) {
            const err44 = { instancePath: instancePath + "/bucket/path", schemaPath: "#/definitions/bucket/properties/path/type", keyword: "type", params: { type: schema25.properties.path.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data50.region !== void 0) {
          let data54 = data50.region;
          if (typeof data54 !== "string" && data54 !== null) {
            const err45 = { instancePath: instancePath + "/bucket/region", schemaPath: "#/definitions/bucket/properties/region/type", keyword: "type", params: { type: schema25.properties.region.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data50.kmsKey !== void 0) {
          let data55 = data50.kmsKey;
          if (typeof data55 !== "string" && data55 !== null) {
            const err46 = { instancePath: instancePath + "/bucket/kmsKey", schemaPath: "#/definitions/bucket/properties/kmsKey/type", keyword: "type", params: { type: schema25.properties.kmsKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data50.accessKey !== void 0) {
          let data56 = data50.accessKey;
          if (typeof data56 !== "string" && data56 !== null) {
            const err47 = { instancePath: instancePath + "/bucket/accessKey", schemaPath: "#/definitions/bucket/properties/accessKey/type", keyword: "type", params: { type: schema25.properties.accessKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data50.secretKey !== void 0) {
          let data57 = data50.secretKey;
          if (typeof data57 !== "string" && data57 !== null) {
            const err48 = { instancePath: instancePath + "/bucket/secretKey", schemaPath: "#/definitions/bucket/properties/secretKey/type", keyword: "type", params: { type: schema25.properties.secretKey.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data50.azureTenantId !== void 0) {
          let data58 = data50.azureTenantId;
          if (typeof data58 !== "string" && data58 !== null) {
            const err49 = { instancePath: instancePath + "/bucket/azureTenantId", schemaPath: "#/definitions/bucket/properties/azureTenantId/type", keyword: "type", params: { type: schema25.properties.azureTenantId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data50.azureClientId !== void 0) {
          let data59 = data50.azureClientId;
          if (typeof data59 !== "string" && data59 !== null) {
            const err50 = { instancePath: instancePath + "/bucket/azureClientId", schemaPath: "#/definitions/bucket/properties/azureClientId/type", keyword: "type", params: { type: schema25.properties.azureClientId.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data50.secret !== void 0) {
          let data60 = data50.secret;
          if (!(data60 && typeof data60 == "object" && !Array.isArray(data60)) && data60 !== null) {
            const err51 = { instancePath: instancePath + "/bucket/secret", schemaPath: "#/definitions/bucket/properties/secret/type", keyword: "type", params: { type: schema25.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            if (data60.secretName !== void 0) {
              let data61 = data60.secretName;
              if (typeof data61 !== "string" && data61 !== null) {
                const err52 = { instancePath: instancePath + "/bucket/secret/secretName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data60.accessKeyName !== void 0) {
              let data62 = data60.accessKeyName;
              if (typeof data62 !== "string" && data62 !== null) {
                const err53 = { instancePath: instancePath + "/bucket/secret/accessKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/accessKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.accessKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data60.secretKeyName !== void 0) {
              let data63 = data60.secretKeyName;
              if (typeof data63 !== "string" && data63 !== null) {
                const err54 = { instancePath: instancePath + "/bucket/secret/secretKeyName", schemaPath: "#/definitions/bucket/properties/secret/properties/secretKeyName/type", keyword: "type", params: { type: schema25.properties.secret.properties.secretKeyName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.redis !== void 0) {
      let data64 = data.redis;
      if (!(data64 && typeof data64 == "object" && !Array.isArray(data64)) && data64 !== null) {
        const err55 = { instancePath: instancePath + "/redis", schemaPath: "#/properties/redis/type", keyword: "type", params: { type: schema20.properties.redis.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        if (data64.host !== void 0) {
          let data65 = data64.host;
          if (typeof data65 !== "string" && data65 !== null) {
            const err56 = { instancePath: instancePath + "/redis/host", schemaPath: "#/properties/redis/properties/host/type", keyword: "type", params: { type: schema20.properties.redis.properties.host.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data64.port !== void 0) {
          if (!validate29(data64.port, { instancePath: instancePath + "/redis/port", parentData: data64, parentDataProperty: "port", rootData })) {
            vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
            errors = vErrors.length;
          }
        }
        if (data64.password !== void 0) {
          let data67 = data64.password;
          if (typeof data67 !== "string" && data67 !== null) {
            const err57 = { instancePath: instancePath + "/redis/password", schemaPath: "#/properties/redis/properties/password/type", keyword: "type", params: { type: schema20.properties.redis.properties.password.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data64.external !== void 0) {
          let data68 = data64.external;
          if (typeof data68 !== "boolean" && data68 !== null) {
            const err58 = { instancePath: instancePath + "/redis/external", schemaPath: "#/properties/redis/properties/external/type", keyword: "type", params: { type: schema20.properties.redis.properties.external.type }, message: "must be boolean,null" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data64.caCert !== void 0) {
          let data69 = data64.caCert;
          if (typeof data69 !== "string" && data69 !== null) {
            const err59 = { instancePath: instancePath + "/redis/caCert", schemaPath: "#/properties/redis/properties/caCert/type", keyword: "type", params: { type: schema20.properties.redis.properties.caCert.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
        if (data64.secret !== void 0) {
          let data70 = data64.secret;
          if (!(data70 && typeof data70 == "object" && !Array.isArray(data70)) && data70 !== null) {
            const err60 = { instancePath: instancePath + "/redis/secret", schemaPath: "#/properties/redis/properties/secret/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (data70 && typeof data70 == "object" && !Array.isArray(data70)) {
            if (data70.secretName !== void 0) {
              let data71 = data70.secretName;
              if (typeof data71 !== "string" && data71 !== null) {
                const err61 = { instancePath: instancePath + "/redis/secret/secretName", schemaPath: "#/properties/redis/properties/secret/properties/secretName/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretName.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data70.secretKey !== void 0) {
              let data72 = data70.secretKey;
              if (typeof data72 !== "string" && data72 !== null) {
                const err62 = { instancePath: instancePath + "/redis/secret/secretKey", schemaPath: "#/properties/redis/properties/secret/properties/secretKey/type", keyword: "type", params: { type: schema20.properties.redis.properties.secret.properties.secretKey.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.customCACerts !== void 0) {
      let data73 = data.customCACerts;
      if (!Array.isArray(data73) && data73 !== null) {
        const err63 = { instancePath: instancePath + "/customCACerts", schemaPath: "#/properties/customCACerts/type", keyword: "type", params: { type: schema20.properties.customCACerts.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      if (Array.isArray(data73)) {
        const len0 = data73.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data73[i0] !== "string") {
            const err64 = { instancePath: instancePath + "/customCACerts/" + i0, schemaPath: "#/properties/customCACerts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
      }
    }
    if (data.caCertsConfigMap !== void 0) {
      let data75 = data.caCertsConfigMap;
      const _errs139 = errors;
      let valid19 = false;
      const _errs140 = errors;
      if (typeof data75 === "string") {
        if (func3(data75) > 253) {
          const err65 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (!pattern4.test(data75)) {
          const err66 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"' };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/definitions/dns1123Subdomain/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
      var _valid0 = _errs140 === errors;
      valid19 = valid19 || _valid0;
      if (!valid19) {
        const _errs143 = errors;
        if ("" !== data75) {
          const err68 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/1/const", keyword: "const", params: { allowedValue: "" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
        var _valid0 = _errs143 === errors;
        valid19 = valid19 || _valid0;
        if (!valid19) {
          const _errs144 = errors;
          if (data75 !== null) {
            const err69 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var _valid0 = _errs144 === errors;
          valid19 = valid19 || _valid0;
        }
      }
      if (!valid19) {
        const err70 = { instancePath: instancePath + "/caCertsConfigMap", schemaPath: "#/properties/caCertsConfigMap/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      } else {
        errors = _errs139;
        if (vErrors !== null) {
          if (_errs139) {
            vErrors.length = _errs139;
          } else {
            vErrors = null;
          }
        }
      }
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema30 = { "type": ["object", "null"], "properties": { "install": { "type": ["boolean", "null"] }, "create": { "type": ["boolean", "null"] }, "nameOverride": {}, "defaultBackend": {}, "annotations": { "$ref": "#/definitions/stringMap" }, "labels": { "$ref": "#/definitions/stringMap" }, "tls": { "$ref": "#/definitions/ingressTls" }, "additionalHosts": {}, "class": { "type": ["string", "null"] }, "issuer": {}, "secondary": { "type": ["object", "null"], "properties": { "tls": { "$ref": "#/definitions/ingressTls" } } }, "enabled": {} } };
var schema33 = { "type": ["array", "null"], "items": { "type": "object", "required": ["secretName", "hosts"], "properties": { "secretName": { "type": "string", "minLength": 1 }, "hosts": { "type": "array", "minItems": 1, "items": { "type": "string" } } }, "x-fix": "Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`." } };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema30.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.install !== void 0) {
      let data0 = data.install;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema30.properties.install.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.create !== void 0) {
      let data1 = data.create;
      if (typeof data1 !== "boolean" && data1 !== null) {
        const err2 = { instancePath: instancePath + "/create", schemaPath: "#/properties/create/type", keyword: "type", params: { type: schema30.properties.create.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data2 = data.annotations;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
        const err3 = { instancePath: instancePath + "/annotations", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (typeof data3 !== "string" && data3 !== null) {
            const err4 = { instancePath: instancePath + "/annotations/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.labels !== void 0) {
      let data4 = data.labels;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/labels", schemaPath: "#/definitions/stringMap/type", keyword: "type", params: { type: schema15.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 !== "string" && data5 !== null) {
            const err6 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/stringMap/additionalProperties/type", keyword: "type", params: { type: schema15.additionalProperties.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.tls !== void 0) {
      let data6 = data.tls;
      if (!Array.isArray(data6) && data6 !== null) {
        const err7 = { instancePath: instancePath + "/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema33.type }, message: "must be array,null" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.secretName === void 0) {
              const err8 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data7.hosts === void 0) {
              const err9 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data7.secretName !== void 0) {
              let data8 = data7.secretName;
              if (typeof data8 === "string") {
                if (func3(data8) < 1) {
                  const err10 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/tls/" + i0 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.hosts !== void 0) {
              let data9 = data7.hosts;
              if (Array.isArray(data9)) {
                if (data9.length < 1) {
                  const err12 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data9[i1] !== "string") {
                    const err13 = { instancePath: instancePath + "/tls/" + i0 + "/hosts/" + i1, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/tls/" + i0 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/tls/" + i0, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.class !== void 0) {
      let data11 = data.class;
      if (typeof data11 !== "string" && data11 !== null) {
        const err16 = { instancePath: instancePath + "/class", schemaPath: "#/properties/class/type", keyword: "type", params: { type: schema30.properties.class.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.secondary !== void 0) {
      let data12 = data.secondary;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12)) && data12 !== null) {
        const err17 = { instancePath: instancePath + "/secondary", schemaPath: "#/properties/secondary/type", keyword: "type", params: { type: schema30.properties.secondary.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.tls !== void 0) {
          let data13 = data12.tls;
          if (!Array.isArray(data13) && data13 !== null) {
            const err18 = { instancePath: instancePath + "/secondary/tls", schemaPath: "#/definitions/ingressTls/type", keyword: "type", params: { type: schema33.type }, message: "must be array,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (Array.isArray(data13)) {
            const len2 = data13.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data14 = data13[i2];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.secretName === void 0) {
                  const err19 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "secretName" }, message: "must have required property 'secretName'" };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (data14.hosts === void 0) {
                  const err20 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
                if (data14.secretName !== void 0) {
                  let data15 = data14.secretName;
                  if (typeof data15 === "string") {
                    if (func3(data15) < 1) {
                      const err21 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/secretName", schemaPath: "#/definitions/ingressTls/items/properties/secretName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data14.hosts !== void 0) {
                  let data16 = data14.hosts;
                  if (Array.isArray(data16)) {
                    if (data16.length < 1) {
                      const err23 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    const len3 = data16.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data16[i3] !== "string") {
                        const err24 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts/" + i3, schemaPath: "#/definitions/ingressTls/items/properties/hosts/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err25 = { instancePath: instancePath + "/secondary/tls/" + i2 + "/hosts", schemaPath: "#/definitions/ingressTls/items/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
              } else {
                const err26 = { instancePath: instancePath + "/secondary/tls/" + i2, schemaPath: "#/definitions/ingressTls/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          }
        }
      }
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
var schema35 = { "type": ["object", "null"], "properties": { "install": { "type": ["boolean", "null"], "x-message": "`{path}` must be true or false", "x-fix": "Write `install: true` or `install: false` without quotes." }, "pod": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "container": { "type": ["object", "null"], "properties": { "securityContext": { "$ref": "#/definitions/securityContext" } } }, "extraEnv": { "type": ["object", "null"], "x-message": "`{path}` must be a map NAME: value in operator-wandb (the operator chart's extraEnv is a list; this one is not)", "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`.' } } };
var schema36 = { "type": ["object", "null"], "properties": { "runAsGroup": { "const": 0, "x-message": "`{path}` may only be 0 (the reference: any other value is an error)", "x-fix": "Set `runAsGroup: 0` or remove it." } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == "object" && !Array.isArray(data)) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema35.type }, message: "must be object,null" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.install !== void 0) {
      let data0 = data.install;
      if (typeof data0 !== "boolean" && data0 !== null) {
        const err1 = { instancePath: instancePath + "/install", schemaPath: "#/properties/install/type", keyword: "type", params: { type: schema35.properties.install.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.pod !== void 0) {
      let data1 = data.pod;
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && data1 !== null) {
        const err2 = { instancePath: instancePath + "/pod", schemaPath: "#/properties/pod/type", keyword: "type", params: { type: schema35.properties.pod.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.securityContext !== void 0) {
          let data2 = data1.securityContext;
          if (!(data2 && typeof data2 == "object" && !Array.isArray(data2)) && data2 !== null) {
            const err3 = { instancePath: instancePath + "/pod/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.runAsGroup !== void 0) {
              if (0 !== data2.runAsGroup) {
                const err4 = { instancePath: instancePath + "/pod/securityContext/runAsGroup", schemaPath: "#/definitions/securityContext/properties/runAsGroup/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.container !== void 0) {
      let data4 = data.container;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err5 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: schema35.properties.container.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.securityContext !== void 0) {
          let data5 = data4.securityContext;
          if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
            const err6 = { instancePath: instancePath + "/container/securityContext", schemaPath: "#/definitions/securityContext/type", keyword: "type", params: { type: schema36.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.runAsGroup !== void 0) {
              if (0 !== data5.runAsGroup) {
                const err7 = { instancePath: instancePath + "/container/securityContext/runAsGroup", schemaPath: "#/definitions/securityContext/properties/runAsGroup/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.extraEnv !== void 0) {
      let data7 = data.extraEnv;
      if (!(data7 && typeof data7 == "object" && !Array.isArray(data7)) && data7 !== null) {
        const err8 = { instancePath: instancePath + "/extraEnv", schemaPath: "#/properties/extraEnv/type", keyword: "type", params: { type: schema35.properties.extraEnv.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.global !== void 0) {
      if (!validate15(data.global, { instancePath: instancePath + "/global", parentData: data, parentDataProperty: "global", rootData })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.ingress !== void 0) {
      if (!validate32(data.ingress, { instancePath: instancePath + "/ingress", parentData: data, parentDataProperty: "ingress", rootData })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
    }
    if (data.reconcileFrequency !== void 0) {
      if (typeof data.reconcileFrequency !== "string") {
        const err0 = { instancePath: instancePath + "/reconcileFrequency", schemaPath: "#/properties/reconcileFrequency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data._releaseId !== void 0) {
      if (typeof data._releaseId !== "string") {
        const err1 = { instancePath: instancePath + "/_releaseId", schemaPath: "#/properties/_releaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.api !== void 0) {
      if (!validate34(data.api, { instancePath: instancePath + "/api", parentData: data, parentDataProperty: "api", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.app !== void 0) {
      if (!validate34(data.app, { instancePath: instancePath + "/app", parentData: data, parentDataProperty: "app", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePreHook !== void 0) {
      if (!validate34(data.appRenamePreHook, { instancePath: instancePath + "/appRenamePreHook", parentData: data, parentDataProperty: "appRenamePreHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.appRenamePostHook !== void 0) {
      if (!validate34(data.appRenamePostHook, { instancePath: instancePath + "/appRenamePostHook", parentData: data, parentDataProperty: "appRenamePostHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.console !== void 0) {
      if (!validate34(data.console, { instancePath: instancePath + "/console", parentData: data, parentDataProperty: "console", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.executor !== void 0) {
      if (!validate34(data.executor, { instancePath: instancePath + "/executor", parentData: data, parentDataProperty: "executor", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.filemeta !== void 0) {
      if (!validate34(data.filemeta, { instancePath: instancePath + "/filemeta", parentData: data, parentDataProperty: "filemeta", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.anaconda2 !== void 0) {
      if (!validate34(data.anaconda2, { instancePath: instancePath + "/anaconda2", parentData: data, parentDataProperty: "anaconda2", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.filestream !== void 0) {
      if (!validate34(data.filestream, { instancePath: instancePath + "/filestream", parentData: data, parentDataProperty: "filestream", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["flat-run-fields-updater"] !== void 0) {
      if (!validate34(data["flat-run-fields-updater"], { instancePath: instancePath + "/flat-run-fields-updater", parentData: data, parentDataProperty: "flat-run-fields-updater", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-updater"] !== void 0) {
      if (!validate34(data["history-updater"], { instancePath: instancePath + "/history-updater", parentData: data, parentDataProperty: "history-updater", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["history-reader"] !== void 0) {
      if (!validate34(data["history-reader"], { instancePath: instancePath + "/history-reader", parentData: data, parentDataProperty: "history-reader", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.frontend !== void 0) {
      if (!validate34(data.frontend, { instancePath: instancePath + "/frontend", parentData: data, parentDataProperty: "frontend", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.glue !== void 0) {
      if (!validate34(data.glue, { instancePath: instancePath + "/glue", parentData: data, parentDataProperty: "glue", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.internalSignerPreHook !== void 0) {
      if (!validate34(data.internalSignerPreHook, { instancePath: instancePath + "/internalSignerPreHook", parentData: data, parentDataProperty: "internalSignerPreHook", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["metric-observer"] !== void 0) {
      if (!validate34(data["metric-observer"], { instancePath: instancePath + "/metric-observer", parentData: data, parentDataProperty: "metric-observer", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.parquet !== void 0) {
      if (!validate34(data.parquet, { instancePath: instancePath + "/parquet", parentData: data, parentDataProperty: "parquet", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["parquet-metadata-cache"] !== void 0) {
      if (!validate34(data["parquet-metadata-cache"], { instancePath: instancePath + "/parquet-metadata-cache", parentData: data, parentDataProperty: "parquet-metadata-cache", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.settingsMigrationJob !== void 0) {
      if (!validate34(data.settingsMigrationJob, { instancePath: instancePath + "/settingsMigrationJob", parentData: data, parentDataProperty: "settingsMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouseMigrationJob !== void 0) {
      if (!validate34(data.clickhouseMigrationJob, { instancePath: instancePath + "/clickhouseMigrationJob", parentData: data, parentDataProperty: "clickhouseMigrationJob", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.weave !== void 0) {
      if (!validate34(data.weave, { instancePath: instancePath + "/weave", parentData: data, parentDataProperty: "weave", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["mcp-server"] !== void 0) {
      if (!validate34(data["mcp-server"], { instancePath: instancePath + "/mcp-server", parentData: data, parentDataProperty: "mcp-server", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace"] !== void 0) {
      if (!validate34(data["weave-trace"], { instancePath: instancePath + "/weave-trace", parentData: data, parentDataProperty: "weave-trace", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-worker"] !== void 0) {
      if (!validate34(data["weave-trace-worker"], { instancePath: instancePath + "/weave-trace-worker", parentData: data, parentDataProperty: "weave-trace-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-evaluate-model-worker"] !== void 0) {
      if (!validate34(data["weave-evaluate-model-worker"], { instancePath: instancePath + "/weave-evaluate-model-worker", parentData: data, parentDataProperty: "weave-evaluate-model-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["weave-trace-agent-scoring-worker"] !== void 0) {
      if (!validate34(data["weave-trace-agent-scoring-worker"], { instancePath: instancePath + "/weave-trace-agent-scoring-worker", parentData: data, parentDataProperty: "weave-trace-agent-scoring-worker", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.nginx !== void 0) {
      if (!validate34(data.nginx, { instancePath: instancePath + "/nginx", parentData: data, parentDataProperty: "nginx", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.mysql !== void 0) {
      if (!validate34(data.mysql, { instancePath: instancePath + "/mysql", parentData: data, parentDataProperty: "mysql", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.yace !== void 0) {
      if (!validate34(data.yace, { instancePath: instancePath + "/yace", parentData: data, parentDataProperty: "yace", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.redis !== void 0) {
      if (!validate34(data.redis, { instancePath: instancePath + "/redis", parentData: data, parentDataProperty: "redis", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.prometheus !== void 0) {
      if (!validate34(data.prometheus, { instancePath: instancePath + "/prometheus", parentData: data, parentDataProperty: "prometheus", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.stackdriver !== void 0) {
      if (!validate34(data.stackdriver, { instancePath: instancePath + "/stackdriver", parentData: data, parentDataProperty: "stackdriver", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.otel !== void 0) {
      if (!validate34(data.otel, { instancePath: instancePath + "/otel", parentData: data, parentDataProperty: "otel", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.kafka !== void 0) {
      if (!validate34(data.kafka, { instancePath: instancePath + "/kafka", parentData: data, parentDataProperty: "kafka", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.etcd !== void 0) {
      if (!validate34(data.etcd, { instancePath: instancePath + "/etcd", parentData: data, parentDataProperty: "etcd", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.bufstream !== void 0) {
      if (!validate34(data.bufstream, { instancePath: instancePath + "/bufstream", parentData: data, parentDataProperty: "bufstream", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data["lumen-agent"] !== void 0) {
      if (!validate34(data["lumen-agent"], { instancePath: instancePath + "/lumen-agent", parentData: data, parentDataProperty: "lumen-agent", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.reloader !== void 0) {
      if (!validate34(data.reloader, { instancePath: instancePath + "/reloader", parentData: data, parentDataProperty: "reloader", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.clickhouse !== void 0) {
      if (!validate34(data.clickhouse, { instancePath: instancePath + "/clickhouse", parentData: data, parentDataProperty: "clickhouse", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "chart" || key0 === "values")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.chart !== void 0) {
      let data0 = data.chart;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!func2.call(schema18.properties, key1)) {
            const err1 = { instancePath: instancePath + "/chart", schemaPath: "#/definitions/chart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.path !== void 0) {
          if (typeof data0.path !== "string") {
            const err2 = { instancePath: instancePath + "/chart/path", schemaPath: "#/definitions/chart/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.url !== void 0) {
          if (typeof data0.url !== "string") {
            const err3 = { instancePath: instancePath + "/chart/url", schemaPath: "#/definitions/chart/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.name !== void 0) {
          if (typeof data0.name !== "string") {
            const err4 = { instancePath: instancePath + "/chart/name", schemaPath: "#/definitions/chart/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.version !== void 0) {
          let data4 = data0.version;
          if (typeof data4 !== "string" && data4 !== null) {
            const err5 = { instancePath: instancePath + "/chart/version", schemaPath: "#/definitions/chart/properties/version/type", keyword: "type", params: { type: schema18.properties.version.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data0.repoName !== void 0) {
          if (typeof data0.repoName !== "string") {
            const err6 = { instancePath: instancePath + "/chart/repoName", schemaPath: "#/definitions/chart/properties/repoName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.username !== void 0) {
          if (typeof data0.username !== "string") {
            const err7 = { instancePath: instancePath + "/chart/username", schemaPath: "#/definitions/chart/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.password !== void 0) {
          if (typeof data0.password !== "string") {
            const err8 = { instancePath: instancePath + "/chart/password", schemaPath: "#/definitions/chart/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.credentialSecret !== void 0) {
          let data8 = data0.credentialSecret;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === void 0) {
              const err9 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key2 in data8) {
              if (!(key2 === "name" || key2 === "usernameKey" || key2 === "passwordKey")) {
                const err10 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 === "string") {
                if (func3(data9) < 1) {
                  const err11 = { instancePath: instancePath + "/chart/credentialSecret/name", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = { instancePath: instancePath + "/chart/credentialSecret/name", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.usernameKey !== void 0) {
              if (typeof data8.usernameKey !== "string") {
                const err13 = { instancePath: instancePath + "/chart/credentialSecret/usernameKey", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/usernameKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data8.passwordKey !== void 0) {
              if (typeof data8.passwordKey !== "string") {
                const err14 = { instancePath: instancePath + "/chart/credentialSecret/passwordKey", schemaPath: "#/definitions/chart/properties/credentialSecret/properties/passwordKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/chart/credentialSecret", schemaPath: "#/definitions/chart/properties/credentialSecret/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.plainHTTP !== void 0) {
          if (typeof data0.plainHTTP !== "boolean") {
            const err16 = { instancePath: instancePath + "/chart/plainHTTP", schemaPath: "#/definitions/chart/properties/plainHTTP/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data0.debug !== void 0) {
          if (typeof data0.debug !== "boolean") {
            const err17 = { instancePath: instancePath + "/chart/debug", schemaPath: "#/definitions/chart/properties/debug/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/chart", schemaPath: "#/definitions/chart/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      if (!validate14(data.values, { instancePath: instancePath + "/values", parentData: data, parentDataProperty: "values", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if ("apps.wandb.com/v1" !== data.apiVersion) {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "apps.wandb.com/v1" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if ("WeightsAndBiases" !== data.kind) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "WeightsAndBiases" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate11(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate13(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.status !== void 0) {
      let data4 = data.status;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
        const err3 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// schema/wandb-cr.schema.json
var wandb_cr_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "WeightsAndBiases custom resource (apps.wandb.com/v1) for the W&B Kubernetes operator",
  description: "Structure, types and key sets of the WeightsAndBiases resource and the operator-wandb values it carries. Cross-field rules (chart shapes, bucket keys, external MySQL/Redis, CA certificates) live beside the validator in src/config/rules.ts. x-message / x-fix / x-severity are read by the validator; editors ignore them.",
  type: "object",
  additionalProperties: false,
  properties: {
    apiVersion: {
      const: "apps.wandb.com/v1",
      "x-message": "apiVersion must be `apps.wandb.com/v1` (the version the v1 operator serves)",
      "x-fix": "Set `apiVersion: apps.wandb.com/v1`."
    },
    kind: {
      const: "WeightsAndBiases",
      "x-message": "kind must be `WeightsAndBiases`",
      "x-fix": "Set `kind: WeightsAndBiases`."
    },
    metadata: {
      $ref: "#/definitions/metadata"
    },
    spec: {
      $ref: "#/definitions/spec"
    },
    status: {
      type: "object"
    }
  },
  definitions: {
    dns1123Label: {
      type: "string",
      maxLength: 63,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"
    },
    dns1123Subdomain: {
      type: "string",
      maxLength: 253,
      pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"
    },
    stringMap: {
      type: ["object", "null"],
      additionalProperties: {
        type: ["string", "null"]
      },
      "x-message": "`{path}` must be a map of strings",
      "x-fix": 'Quote the values, e.g. `key: "value"`.'
    },
    valueFrom: {
      type: "object",
      required: ["valueFrom"],
      properties: {
        valueFrom: {
          type: "object"
        }
      }
    },
    stringOrValueFrom: {
      anyOf: [
        {
          type: ["string", "null"]
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      "x-message": "`{path}` must be a string or `{valueFrom: {secretKeyRef: {name, key}}}`",
      "x-fix": "Write a plain string, or point at a Secret with valueFrom.secretKeyRef."
    },
    port: {
      anyOf: [
        {
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        {
          type: "string",
          pattern: "^(\\$\\{.*\\}|\\{\\{.*\\}\\}|([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5]))$"
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      "x-message": "`{path}` must be a port number from 1 to 65535 (quoted or not)",
      "x-fix": "Write the port as a number, e.g. `port: 3306`."
    },
    securityContext: {
      type: ["object", "null"],
      properties: {
        runAsGroup: {
          const: 0,
          "x-message": "`{path}` may only be 0 (the reference: any other value is an error)",
          "x-fix": "Set `runAsGroup: 0` or remove it."
        }
      }
    },
    component: {
      type: ["object", "null"],
      properties: {
        install: {
          type: ["boolean", "null"],
          "x-message": "`{path}` must be true or false",
          "x-fix": "Write `install: true` or `install: false` without quotes."
        },
        pod: {
          type: ["object", "null"],
          properties: {
            securityContext: {
              $ref: "#/definitions/securityContext"
            }
          }
        },
        container: {
          type: ["object", "null"],
          properties: {
            securityContext: {
              $ref: "#/definitions/securityContext"
            }
          }
        },
        extraEnv: {
          type: ["object", "null"],
          "x-message": "`{path}` must be a map NAME: value in operator-wandb (the operator chart's extraEnv is a list; this one is not)",
          "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`.'
        }
      }
    },
    metadata: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          allOf: [
            {
              $ref: "#/definitions/dns1123Label"
            },
            {
              maxLength: 53
            }
          ],
          "x-message": "metadata.name `{value}` is not a valid Helm release name (the operator installs the chart under this name): lowercase letters, digits and '-', starting and ending with a letter or digit, at most 53 characters",
          "x-fix": "Use a name like `wandb`.",
          description: "The Helm release name the operator installs under: a DNS-1123 label of at most 53 characters."
        },
        namespace: {
          $ref: "#/definitions/dns1123Label",
          "x-message": "metadata.namespace `{value}` is not a valid namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
          "x-fix": "Use a namespace like `wandb`."
        },
        labels: {
          $ref: "#/definitions/stringMap"
        },
        annotations: {
          $ref: "#/definitions/stringMap"
        },
        generateName: {
          type: "string"
        },
        uid: {
          type: "string"
        },
        resourceVersion: {
          type: "string"
        },
        generation: {
          type: "integer"
        },
        creationTimestamp: {},
        deletionTimestamp: {},
        deletionGracePeriodSeconds: {},
        finalizers: {
          type: "array"
        },
        ownerReferences: {
          type: "array"
        },
        managedFields: {
          type: "array"
        },
        selfLink: {
          type: "string"
        }
      }
    },
    spec: {
      type: "object",
      additionalProperties: false,
      "x-fix": "`spec` takes `chart` (where the operator gets the operator-wandb chart) and `values` (its Helm values).",
      properties: {
        chart: {
          $ref: "#/definitions/chart",
          description: "Where the operator gets the operator-wandb chart. Absent: from the release channel (deploy.wandb.ai)."
        },
        values: {
          $ref: "#/definitions/values",
          description: "Helm values for the operator-wandb chart."
        }
      }
    },
    chart: {
      type: "object",
      additionalProperties: false,
      description: "One of: {path} (local chart), {url: oci://..., version} (OCI, operator >= v1.22.0), {url: https://..., name, version} (Helm repository).",
      properties: {
        path: {
          type: "string"
        },
        url: {
          type: "string"
        },
        name: {
          type: "string"
        },
        version: {
          type: ["string", "null"],
          "x-message": "`{path}` must be a string",
          "x-fix": 'Quote the version, e.g. `version: "0.43.8"`.'
        },
        repoName: {
          type: "string"
        },
        username: {
          type: "string"
        },
        password: {
          type: "string"
        },
        credentialSecret: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: {
            name: {
              type: "string",
              minLength: 1
            },
            usernameKey: {
              type: "string"
            },
            passwordKey: {
              type: "string"
            }
          },
          "x-fix": "Name the Secret holding the registry credentials: `credentialSecret: {name: helm-creds}` (keys HELM_USERNAME/HELM_PASSWORD by default)."
        },
        plainHTTP: {
          type: "boolean"
        },
        debug: {
          type: "boolean"
        }
      }
    },
    bucket: {
      type: ["object", "null"],
      properties: {
        provider: {
          enum: ["s3", "gcs", "az", "", null],
          "x-severity": "warning",
          "x-message": "`{path}` `{value}` is not a provider the reference documents (s3, gcs, az; S3-compatible stores such as MinIO or Ceph use s3)",
          "x-fix": "Use `provider: s3`, `gcs` or `az`."
        },
        name: {
          type: ["string", "null"]
        },
        path: {
          type: ["string", "null"]
        },
        region: {
          type: ["string", "null"]
        },
        kmsKey: {
          type: ["string", "null"]
        },
        accessKey: {
          type: ["string", "null"]
        },
        secretKey: {
          type: ["string", "null"]
        },
        azureTenantId: {
          type: ["string", "null"]
        },
        azureClientId: {
          type: ["string", "null"]
        },
        secret: {
          type: ["object", "null"],
          properties: {
            secretName: {
              type: ["string", "null"]
            },
            accessKeyName: {
              type: ["string", "null"]
            },
            secretKeyName: {
              type: ["string", "null"]
            }
          }
        }
      }
    },
    global: {
      type: ["object", "null"],
      properties: {
        host: {
          type: "string",
          "x-message": "`{path}` must be a URL string like https://wandb.example.com",
          "x-fix": "Set `host: https://wandb.example.com` (scheme and host name, no path).",
          description: "The address users open: scheme and host name (and port), no path. Example: https://wandb.example.com"
        },
        repositoryPrefix: {},
        imageRegistry: {},
        license: {
          type: ["string", "null"],
          description: "The W&B license, inline. Prefer licenseSecret."
        },
        licenseCertPath: {},
        licenseSecret: {
          type: ["object", "null"],
          properties: {
            name: {
              type: ["string", "null"]
            },
            key: {
              type: ["string", "null"]
            }
          },
          "x-fix": "Give both the Secret's name and the key holding the license: `licenseSecret: {name: license-secret, key: license}` (the operator needs both).",
          description: "The Secret (name) and key holding the license; the operator needs both."
        },
        signerKeyPath: {},
        cloudProvider: {},
        storageClass: {},
        lumen: {},
        banners: {},
        common: {},
        pod: {},
        deployment: {},
        daemonset: {},
        statefulset: {},
        service: {},
        nodeSelector: {},
        tolerations: {},
        priorityClassName: {},
        extraEnvFrom: {},
        extraEnv: {
          type: ["object", "null"],
          "x-message": "`{path}` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)",
          "x-fix": 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.',
          description: "Extra environment variables for every W&B component, as a map NAME: value."
        },
        volumesTpls: {},
        volumeMountsTpls: {},
        operator: {},
        imagePullSecrets: {
          type: ["array", "null"]
        },
        mysql: {
          type: ["object", "null"],
          properties: {
            host: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            port: {
              $ref: "#/definitions/port"
            },
            database: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            user: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            password: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            caCert: {
              $ref: "#/definitions/stringOrValueFrom"
            },
            passwordSecret: {
              type: ["object", "null"],
              properties: {
                name: {
                  type: ["string", "null"]
                },
                rootPasswordKey: {
                  type: ["string", "null"]
                },
                passwordKey: {
                  type: ["string", "null"]
                }
              }
            }
          },
          description: "External MySQL (used unless mysql.install: true)."
        },
        size: {},
        slack: {},
        otel: {},
        clickhouse: {},
        olap: {},
        activityStore: {},
        email: {
          type: ["object", "null"],
          properties: {
            smtp: {
              type: ["object", "null"],
              properties: {
                host: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                port: {
                  $ref: "#/definitions/port"
                },
                user: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                password: {
                  $ref: "#/definitions/stringOrValueFrom"
                },
                mailFrom: {
                  $ref: "#/definitions/stringOrValueFrom"
                }
              }
            }
          },
          description: "SMTP server for e-mail."
        },
        auth: {
          type: ["object", "null"],
          properties: {
            sessionLengthHours: {
              type: ["integer", "null"],
              minimum: 1,
              "x-message": "`{path}` must be a whole number of hours",
              "x-fix": "E.g. `sessionLengthHours: 720`."
            },
            jwkUrl: {
              type: ["string", "null"]
            },
            oidc: {
              type: ["object", "null"],
              properties: {
                clientId: {
                  type: ["string", "null"]
                },
                secret: {
                  type: ["string", "null"]
                },
                authMethod: {
                  enum: ["", "implicit", "pkce", null],
                  "x-message": "`{path}` `{value}` is not an OIDC auth method W&B supports (implicit, pkce; empty for the default)",
                  "x-fix": "Use `authMethod: implicit` or `authMethod: pkce`, or leave it out."
                },
                issuer: {
                  type: ["string", "null"]
                },
                oidcSecret: {
                  type: ["object", "null"],
                  properties: {
                    name: {
                      type: ["string", "null"]
                    },
                    secretKey: {
                      type: ["string", "null"]
                    }
                  }
                }
              }
            }
          },
          description: "Session length and OIDC single sign-on."
        },
        azureStorageIdentity: {},
        defaultBucket: {
          $ref: "#/definitions/bucket",
          description: "Object storage used by default; the console can override it."
        },
        bucket: {
          $ref: "#/definitions/bucket",
          description: "Object storage used for all files; not overridable in the console. Without name, the chart uses defaultBucket."
        },
        redis: {
          type: ["object", "null"],
          properties: {
            host: {
              type: ["string", "null"]
            },
            port: {
              $ref: "#/definitions/redisPort"
            },
            password: {
              type: ["string", "null"]
            },
            external: {
              type: ["boolean", "null"]
            },
            parameters: {},
            params: {},
            caCert: {
              type: ["string", "null"]
            },
            secret: {
              type: ["object", "null"],
              properties: {
                secretName: {
                  type: ["string", "null"]
                },
                secretKey: {
                  type: ["string", "null"]
                }
              }
            }
          },
          description: "External Redis; set redis.install: false beside global when you use it."
        },
        bigtable: {},
        historyStore: {},
        pubSub: {},
        kafka: {},
        customCACerts: {
          type: ["array", "null"],
          items: {
            type: "string",
            "x-message": "`{path}` must be a PEM certificate as a string",
            "x-fix": "Write the certificate as a block string: `- |` followed by the PEM lines."
          },
          "x-message": "`{path}` must be a list of PEM certificates (the map form `{name.crt: PEM}` from some docs is not read by the chart)",
          "x-fix": "Write each certificate as its own list item: `customCACerts: [ |-PEM ]`, or put them in a ConfigMap and set caCertsConfigMap.",
          description: "CA certificates in PEM form, one certificate per list item."
        },
        caCertsConfigMap: {
          anyOf: [
            {
              $ref: "#/definitions/dns1123Subdomain"
            },
            {
              const: ""
            },
            {
              type: "null"
            }
          ],
          "x-message": "`{path}` `{value}` is not a valid ConfigMap name: lowercase letters, digits, '-' and '.', at most 253 characters",
          "x-fix": "Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.",
          description: "Name of a ConfigMap holding CA certificates; each key must end in .crt."
        },
        "weave-trace": {},
        localService: {},
        api: {},
        glue: {},
        bufstream: {},
        executor: {},
        settingsMigrationJob: {},
        gcpSecurityPolicy: {},
        statsig: {},
        ingress: {},
        ldap: {},
        extraEnvs: {}
      }
    },
    ingressTls: {
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["secretName", "hosts"],
        properties: {
          secretName: {
            type: "string",
            minLength: 1
          },
          hosts: {
            type: "array",
            minItems: 1,
            items: {
              type: "string"
            }
          }
        },
        "x-fix": "Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`."
      }
    },
    ingress: {
      type: ["object", "null"],
      properties: {
        install: {
          type: ["boolean", "null"]
        },
        create: {
          type: ["boolean", "null"]
        },
        nameOverride: {},
        defaultBackend: {},
        annotations: {
          $ref: "#/definitions/stringMap"
        },
        labels: {
          $ref: "#/definitions/stringMap"
        },
        tls: {
          $ref: "#/definitions/ingressTls"
        },
        additionalHosts: {},
        class: {
          type: ["string", "null"]
        },
        issuer: {},
        secondary: {
          type: ["object", "null"],
          properties: {
            tls: {
              $ref: "#/definitions/ingressTls"
            }
          }
        },
        enabled: {}
      }
    },
    values: {
      type: "object",
      properties: {
        global: {
          $ref: "#/definitions/global",
          description: "Settings shared by all W&B components."
        },
        ingress: {
          $ref: "#/definitions/ingress",
          description: "The Ingress. Beside global, not under it."
        },
        nameOverride: {},
        fullnameOverride: {},
        reconcileFrequency: {
          type: "string"
        },
        _releaseId: {
          type: "string"
        },
        imagePullSecrets: {},
        artifactsGc: {},
        api: {
          $ref: "#/definitions/component"
        },
        app: {
          $ref: "#/definitions/component"
        },
        appRenamePreHook: {
          $ref: "#/definitions/component"
        },
        appRenamePostHook: {
          $ref: "#/definitions/component"
        },
        console: {
          $ref: "#/definitions/component"
        },
        executor: {
          $ref: "#/definitions/component"
        },
        filemeta: {
          $ref: "#/definitions/component"
        },
        anaconda2: {
          $ref: "#/definitions/component"
        },
        filestream: {
          $ref: "#/definitions/component"
        },
        "flat-run-fields-updater": {
          $ref: "#/definitions/component"
        },
        "history-updater": {
          $ref: "#/definitions/component"
        },
        "history-reader": {
          $ref: "#/definitions/component"
        },
        frontend: {
          $ref: "#/definitions/component"
        },
        glue: {
          $ref: "#/definitions/component"
        },
        internalSignerPreHook: {
          $ref: "#/definitions/component"
        },
        "metric-observer": {
          $ref: "#/definitions/component"
        },
        parquet: {
          $ref: "#/definitions/component"
        },
        "parquet-metadata-cache": {
          $ref: "#/definitions/component"
        },
        settingsMigrationJob: {
          $ref: "#/definitions/component"
        },
        clickhouseMigrationJob: {
          $ref: "#/definitions/component"
        },
        weave: {
          $ref: "#/definitions/component"
        },
        "mcp-server": {
          $ref: "#/definitions/component"
        },
        "weave-trace": {
          $ref: "#/definitions/component"
        },
        "weave-trace-worker": {
          $ref: "#/definitions/component"
        },
        "weave-evaluate-model-worker": {
          $ref: "#/definitions/component"
        },
        "weave-trace-agent-scoring-worker": {
          $ref: "#/definitions/component"
        },
        nginx: {
          $ref: "#/definitions/component"
        },
        mysql: {
          $ref: "#/definitions/component"
        },
        yace: {
          $ref: "#/definitions/component"
        },
        redis: {
          $ref: "#/definitions/component"
        },
        prometheus: {
          $ref: "#/definitions/component"
        },
        stackdriver: {
          $ref: "#/definitions/component"
        },
        otel: {
          $ref: "#/definitions/component"
        },
        kafka: {
          $ref: "#/definitions/component"
        },
        etcd: {
          $ref: "#/definitions/component"
        },
        bufstream: {
          $ref: "#/definitions/component"
        },
        "lumen-agent": {
          $ref: "#/definitions/component"
        },
        reloader: {
          $ref: "#/definitions/component"
        },
        clickhouse: {
          $ref: "#/definitions/component"
        }
      }
    },
    redisPort: {
      anyOf: [
        {
          type: "integer",
          minimum: 1,
          maximum: 65535
        },
        {
          type: "string",
          pattern: "^([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])(\\?.*)?$"
        },
        {
          $ref: "#/definitions/valueFrom"
        }
      ],
      description: 'The Redis port; the chart appends what follows a `?` to the connection URL as parameters (W&B\'s AWS Terraform writes "6379?tls=true&ttlInSeconds=604800").',
      "x-message": "`{path}` must be a port number from 1 to 65535, optionally followed by ?parameters",
      "x-fix": 'Write the port as a number, e.g. `port: 6379`, or with parameters: `port: "6379?tls=true"`.'
    }
  }
};

// src/config/schema.ts
var root = wandb_cr_schema_default;
var validate = cr_validator_default;
function resolveRef(node) {
  const ref = node.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return void 0;
  let target = root;
  for (const part of ref.slice(2).split("/")) target = target?.[part];
  return target;
}
function expand(node) {
  const chain = [];
  let current = node;
  while (current && chain.length < 10) {
    chain.push(current);
    current = resolveRef(current);
  }
  return chain;
}
function childSchema(chain, segment) {
  for (const node of chain) {
    const properties = node.properties;
    if (properties && Object.prototype.hasOwnProperty.call(properties, segment)) return properties[segment];
  }
  for (const node of chain) {
    if (/^\d+$/.test(segment) && node.items && typeof node.items === "object") return node.items;
    if (node.additionalProperties && typeof node.additionalProperties === "object")
      return node.additionalProperties;
  }
  return void 0;
}
function schemaAt(path) {
  let chain = expand(root);
  for (const segment of path) {
    const child2 = childSchema(chain, segment);
    if (!child2) return [];
    chain = expand(child2);
  }
  return chain;
}
function annotation(chain, name) {
  for (const node of chain) if (typeof node[name] === "string") return node[name];
  return void 0;
}
function knownKeys(path) {
  const chain = schemaAt(path);
  if (!chain.some((node) => node.additionalProperties === false)) return void 0;
  const keys = /* @__PURE__ */ new Set();
  for (const node of chain)
    for (const key of Object.keys(node.properties ?? {})) keys.add(key);
  return [...keys];
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function dotted(path) {
  let text4 = "";
  for (const segment of path) {
    if (/^\d+$/.test(segment) && text4) text4 += `[${segment}]`;
    else text4 += text4 ? `.${segment}` : segment;
  }
  return text4;
}
function shortPath(path) {
  const inValues = path[0] === "spec" && path[1] === "values" && path.length > 2;
  return dotted(inValues ? path.slice(2) : path);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return `a ${typeof value}`;
}
function typeWords(type) {
  const types = (Array.isArray(type) ? type : [type]).filter((t) => t !== "null");
  const words = {
    object: "a map",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false"
  };
  return types.map((t) => words[String(t)] ?? String(t)).join(" or ");
}
function valueAt(data, path) {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function fill(template, path, value) {
  const shown2 = typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value);
  return template.replace(/\{path\}/g, shortPath(path)).replace(/\{value\}/g, shown2 ?? "");
}
function translate(error, data) {
  const path = pointerToPath(error.instancePath);
  const chain = schemaAt(path);
  const value = valueAt(data, path);
  const severity = annotation(chain, "x-severity") === "warning" ? "warning" : "error";
  const message = annotation(chain, "x-message");
  const fix = annotation(chain, "x-fix");
  const where = shortPath(path) || "the resource";
  const aboutKeys = error.keyword === "required" || error.keyword === "additionalProperties";
  if (!aboutKeys && typeof value === "string" && hasPlaceholder(value)) return void 0;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      const known = knownKeys(path) ?? [];
      const suggestion = closest(key, known);
      return {
        severity: "warning",
        path: [...path, key],
        at: "key",
        message: suggestion ? `unknown key \`${key}\` in \`${where}\` \u2014 did you mean \`${suggestion}\`?` : `unknown key \`${key}\` in \`${where}\`: the chart does not read it`,
        fix: suggestion ? `Rename \`${key}\` to \`${suggestion}\`.` : known.length <= 12 ? `Remove it, or use one of: ${known.map((k) => `\`${k}\``).join(", ")}.` : "Remove it, or check its place and spelling against operator-wandb's values.yaml."
      };
    }
    case "required": {
      const missing = error.params.missingProperty;
      return {
        severity,
        path,
        at: "key",
        message: `\`${where}\` is missing \`${missing}\``,
        fix: fix ?? `Add \`${missing}:\` under \`${where}\`.`
      };
    }
    case "minLength":
    case "minItems":
      if (!message) {
        const parentFix = annotation(schemaAt(path.slice(0, -1)), "x-fix");
        return {
          severity,
          path,
          at: "value",
          message: `\`${where}\` must not be empty`,
          fix: fix ?? parentFix ?? `Give \`${where}\` a value.`
        };
      }
      break;
    case "type":
      if (!message) {
        return {
          severity,
          path,
          at: "value",
          message: `\`${where}\` must be ${typeWords(error.params.type)}, not ${describeType(value)}`,
          fix: fix ?? `Change \`${where}\` to ${typeWords(error.params.type)}.`
        };
      }
      break;
    default:
      break;
  }
  return {
    severity,
    path,
    at: "value",
    message: message ? fill(message, path, value) : `\`${where}\` ${error.message ?? "is not valid"}`,
    fix: fix ? fill(fix, path, value) : void 0
  };
}
function schemaFindings(cr) {
  if (validate(cr)) return [];
  const errors = (validate.errors ?? []).filter((error) => !error.schemaPath.includes("/anyOf/"));
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const finding = translate(error, cr);
    if (!finding) continue;
    const id = `${finding.path.join("\0")}${finding.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    findings.push(finding);
  }
  return findings;
}

// src/config/index.ts
var API_VERSION = "apps.wandb.com/v1";
var KIND = "WeightsAndBiases";
function formatDiagnostic(d) {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
  return d.fix ? `${head}
  fix: ${d.fix}` : head;
}
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
function fromProblem(problem) {
  return {
    severity: problem.severity ?? "error",
    message: problem.message,
    ...problem.fix ? { fix: problem.fix } : {},
    ...problem.place,
    path: dotted(problem.path)
  };
}
function placeOf(index, path, at, fallback) {
  for (let length = path.length; length >= 0; length--) {
    const record = index.get(pathKey(path.slice(0, length)));
    if (!record) continue;
    if (length === path.length && at === "value") return record.value;
    return record.key ?? record.value;
  }
  return fallback;
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function completeResource(merged, defaults, index, fallback) {
  const setDefault = (path, value, place) => {
    index.set(pathKey(path), { key: place, value: place });
    return value;
  };
  const metadata = isObject(merged.metadata) ? merged.metadata : merged.metadata === void 0 ? setDefault(["metadata"], {}, fallback) : merged.metadata;
  if (isObject(metadata)) {
    const { name, namespace, ...rest } = metadata;
    const filled2 = {
      name: name ?? setDefault(["metadata", "name"], defaults.name, { file: "--name", line: 1, column: 1 }),
      namespace: namespace ?? setDefault(["metadata", "namespace"], defaults.namespace, {
        file: "--namespace",
        line: 1,
        column: 1
      }),
      ...rest
    };
    merged = { ...merged, metadata: filled2 };
  }
  let spec = merged.spec;
  if (spec === void 0) spec = setDefault(["spec"], {}, fallback);
  if (isObject(spec) && spec.values === void 0) {
    spec = { ...spec, values: setDefault(["spec", "values"], {}, fallback) };
  }
  const { apiVersion, kind, metadata: meta, ...others } = merged;
  delete others.spec;
  return {
    apiVersion: apiVersion ?? setDefault(["apiVersion"], API_VERSION, fallback),
    kind: kind ?? setDefault(["kind"], KIND, fallback),
    metadata: meta,
    spec,
    ...others
  };
}
function fileOrder(files) {
  const order = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    if (!order.has(file.path)) order.set(file.path, i);
  });
  const special = { [SET_FILE]: 1, "--name": 2, "--namespace": 3 };
  return (file) => order.get(file) ?? files.length + (special[file] ?? 4);
}
function toDiagnostics(findings, index, fallback) {
  return findings.map((finding) => ({
    severity: finding.severity,
    message: finding.message,
    ...finding.fix ? { fix: finding.fix } : {},
    ...placeOf(index, finding.path, finding.at, fallback),
    path: dotted(finding.path)
  }));
}
function pinnedChartVersion(cr) {
  const spec = cr.spec;
  const chart = isObject(spec) ? spec.chart : void 0;
  return isObject(chart) ? chart.version : void 0;
}
function validateResource(cr, index, fallback, chart = chooseKnowledge(pinnedChartVersion(cr))) {
  const rules = ruleFindings(cr, chart.knowledge);
  const ruled = new Set(rules.map((finding) => pathKey(finding.path)));
  const explained = (finding) => !(finding.severity === "warning" && ruled.has(pathKey(finding.path)));
  const spec = cr.spec;
  const keys = chartKeyFindings(isObject(spec) ? spec.values : void 0, chart).filter(explained);
  const schema = schemaFindings(cr).filter(explained);
  return toDiagnostics([...schema, ...keys, ...rules], index, fallback);
}
function buildConfig(files, sets, defaults, options = {}) {
  const diagnostics = [];
  const layers = [];
  let fatal = false;
  for (const file of files) {
    const parsed = parseLayer(file.path, file.text);
    diagnostics.push(...parsed.problems.map(fromProblem));
    fatal ||= parsed.fatal;
    if (parsed.layer) layers.push(parsed.layer);
  }
  const setLayers = parseSets(sets);
  diagnostics.push(...setLayers.problems.map(fromProblem));
  layers.push(...setLayers.layers);
  const fallback = { file: files[0]?.path ?? SET_FILE, line: 1, column: 1 };
  const index = /* @__PURE__ */ new Map();
  const merged = mergeLayers(layers);
  const plain = merged ? toPlain(merged, [], index) : {};
  if (plain.spec === null) {
    diagnostics.push({
      severity: "warning",
      message: "`spec` is empty (null): the operator takes the chart and every value from the release channel (deploy.wandb.ai)",
      fix: "Write `spec: {}` to mean that, or give `spec.chart` and `spec.values`.",
      ...placeOf(index, ["spec"], "key", fallback),
      path: "spec"
    });
    delete plain.spec;
  }
  const cr = completeResource(plain, defaults, index, fallback);
  const chart = chooseKnowledge(pinnedChartVersion(cr), options.chart);
  if (!fatal) diagnostics.push(...validateResource(cr, index, fallback, chart));
  const { secrets, masked, places } = scanSecrets(cr);
  for (const { path, value } of places) {
    const reason = weakSecretReason(value);
    const isDefault = path[0] === "spec" && path[1] === "values" && String(chartDefault(chart.knowledge, path.slice(2))) === value;
    if (!reason || isDefault) continue;
    diagnostics.push({
      severity: "warning",
      message: `the secret at \`${dotted(path)}\` is weak (${reason}): it is masked where it stands in the resource, but not in free text, where masking it would garble the output`,
      fix: "Use a long random value (at least 8 characters, not a word), and keep it in a Kubernetes Secret.",
      ...placeOf(index, path, "value", fallback),
      path: dotted(path)
    });
  }
  const order = fileOrder(files);
  diagnostics.sort((a, b) => order(a.file) - order(b.file) || a.line - b.line || a.column - b.column);
  const locate = (path) => placeOf(index, path, "value", fallback);
  return { cr, diagnostics, secrets, masked, chart, locate };
}

// src/commands/config-input.ts
import { resolve } from "node:path";
var import_yaml3 = __toESM(require_dist(), 1);
function parseConfigOptions(raw) {
  const configFiles = list(raw, "config");
  if (configFiles.length === 0) {
    throw new UserError(
      "No configuration file given.",
      "Pass one or more files with '--config FILE' (or the 'config' input)."
    );
  }
  return {
    configFiles,
    sets: list(raw, "set"),
    name: str(raw, "name") ?? "wandb",
    namespace: str(raw, "namespace") ?? "default",
    chart: str(raw, "chart")
  };
}
function loadConfig(options, ctx) {
  const files = options.configFiles.map((path) => ({
    path,
    text: readInputFile(ctx.cwd, path, "configuration file")
  }));
  const atHand = options.chart ? knowledgeOfChartAt(resolve(ctx.cwd, options.chart)) : void 0;
  const built = buildConfig(
    files,
    options.sets,
    { name: options.name, namespace: options.namespace },
    { chart: atHand }
  );
  for (const secret of built.secrets) ctx.redactor.add(secret);
  ctx.out.info(`chart: ${built.chart.note}`);
  for (const diagnostic of built.diagnostics) {
    ctx.out.info(formatDiagnostic(diagnostic));
    if (ctx.out.github) {
      const text4 = diagnostic.fix ? `${diagnostic.message} Fix: ${diagnostic.fix}` : diagnostic.message;
      const place = { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
      if (diagnostic.severity === "error") ctx.out.error(text4, place);
      else ctx.out.warning(text4, place);
    }
  }
  return { ...built, ok: !hasErrors(built.diagnostics) };
}
function countBySeverity(built) {
  const errors = built.diagnostics.filter((d) => d.severity === "error").length;
  return { errors, warnings: built.diagnostics.length - errors };
}
function maskedYaml(value) {
  return (0, import_yaml3.stringify)(value, { lineWidth: 0, sortMapEntries: false });
}

// src/charts/source.ts
import { createHash as createHash2 } from "node:crypto";
import { isAbsolute, resolve as resolve2 } from "node:path";
var PLACEHOLDER = /\$\{[^}]*\}|\{\{[^}]*\}\}/;
function text3(value) {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function resolveChartSource(request) {
  const input = text3(request.chartInput);
  if (input) {
    const path2 = isAbsolute(input) ? input : resolve2(request.cwd, input);
    if (!request.exists(path2)) {
      return {
        kind: "none",
        reason: `the chart '${input}' given in 'chart' does not exist`,
        fix: "Give 'chart' the path of an operator-wandb chart archive (.tgz) or unpacked chart directory."
      };
    }
    return { kind: "local", path: path2, origin: "chart input" };
  }
  const chart = request.specChart;
  if (chart === void 0 || chart === null) {
    return {
      kind: "none",
      reason: "the CR has no spec.chart: the operator takes the chart from the release channel when it reconciles, so it is not known here",
      fix: "Pin the chart in spec.chart (url, name, version), or give a local copy with 'chart' (CLI --chart PATH)."
    };
  }
  if (typeof chart !== "object" || Array.isArray(chart)) {
    return { kind: "none", reason: "spec.chart is not a mapping" };
  }
  const spec = chart;
  const version = text3(spec.version);
  const username = text3(spec.username);
  const password = text3(spec.password);
  const credentials = {
    ...username && !PLACEHOLDER.test(username) ? { username } : {},
    ...password && !PLACEHOLDER.test(password) ? { password } : {}
  };
  const path = text3(spec.path);
  if (path) {
    const local = isAbsolute(path) ? path : resolve2(request.cwd, path);
    if (request.exists(local)) return { kind: "local", path: local, origin: "spec.chart.path" };
    return {
      kind: "none",
      reason: `spec.chart.path '${path}' is a path in the operator's pod and does not exist here`,
      fix: "Give a local copy of that chart with 'chart' (CLI --chart PATH)."
    };
  }
  const url = text3(spec.url);
  if (!url) return { kind: "none", reason: "spec.chart has neither path nor url" };
  if (PLACEHOLDER.test(url) || version && PLACEHOLDER.test(version)) {
    return {
      kind: "none",
      reason: "spec.chart holds a placeholder that is filled in later",
      fix: "Give a local copy of the chart with 'chart' (CLI --chart PATH)."
    };
  }
  if (/^oci:\/\//i.test(url)) {
    const rest = url.slice("oci://".length).replace(/\/+$/, "");
    const last = rest.slice(rest.lastIndexOf("/") + 1);
    const colon = last.indexOf(":");
    const name2 = colon >= 0 ? last.slice(0, colon) : last;
    const tag = colon >= 0 ? last.slice(colon + 1) : void 0;
    const ref = `oci://${rest.slice(0, rest.length - last.length)}${name2}`;
    const pinned = version ?? tag;
    return { kind: "oci", ref, name: name2, ...pinned ? { version: pinned } : {}, ...credentials };
  }
  if (!/^https?:\/\//i.test(url)) {
    return { kind: "none", reason: `spec.chart.url is neither oci:// nor an http(s) repository` };
  }
  const name = text3(spec.name);
  if (!name)
    return { kind: "none", reason: "spec.chart.url names a repository but spec.chart.name is missing" };
  return {
    kind: "repository",
    url: url.replace(/\/+$/, ""),
    name,
    ...version ? { version } : {},
    ...credentials
  };
}
function maskUrl(url) {
  return url.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1***@");
}
function describeSource(source) {
  switch (source.kind) {
    case "local":
      return `${source.path} (${source.origin})`;
    case "repository":
      return `${source.name} ${source.version ?? "(newest)"} from ${maskUrl(source.url)}`;
    case "oci":
      return `${maskUrl(source.ref)}:${source.version ?? "(newest)"}`;
    case "none":
      return `no chart: ${source.reason}`;
  }
}
function chartCacheKey(source) {
  if (source.kind !== "repository" && source.kind !== "oci") return void 0;
  if (!source.version) return void 0;
  const location = source.kind === "repository" ? source.url : source.ref;
  const where = createHash2("sha256").update(stripCredentials(location)).digest("hex").slice(0, 16);
  const safe = (part) => part.replace(/[^A-Za-z0-9._+-]/g, "_");
  return { dir: [safe(source.name), safe(source.version), where] };
}
function cachedArchiveName(name, version, digest) {
  return `${name}-${version}-${digest.replace(/^sha256:/, "").slice(0, 64)}.tgz`;
}
function stripCredentials(url) {
  return url.replace(/([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, "$1");
}

// src/charts/render.ts
var import_yaml4 = __toESM(require_dist(), 1);
function manifestObjects(manifest) {
  const objects = [];
  for (const doc of (0, import_yaml4.parseAllDocuments)(manifest)) {
    const value = doc.toJS({ maxAliasCount: -1 });
    if (value && typeof value === "object" && !Array.isArray(value))
      objects.push(value);
  }
  return objects;
}
async function renderChart(request) {
  const args = [
    "template",
    request.releaseName,
    request.chartPath,
    "--namespace",
    request.namespace,
    "-f",
    "-"
  ];
  if (request.kubeVersion) args.push("--kube-version", request.kubeVersion);
  const run = request.execute ?? execute;
  const result = await run({
    command: request.helm,
    args,
    stdin: JSON.stringify(request.values ?? {}),
    env: request.env,
    timeoutMs: request.timeoutMs
  });
  if (result.timedOut) {
    return {
      ok: false,
      message: `helm template did not finish within ${Math.round(request.timeoutMs / 1e3)} s`
    };
  }
  if (result.code !== 0) {
    return {
      ok: false,
      message: (result.stderr.trim() || result.stdout.trim() || `exit ${result.code}`).trim()
    };
  }
  return rendered(result.stdout);
}
function rendered(manifest) {
  let objects;
  return {
    ok: true,
    manifest,
    get objects() {
      return objects ??= manifestObjects(manifest);
    }
  };
}
function countObjects(manifest) {
  return manifest.split(/^---[ \t]*$/m).filter((doc) => /^kind:/m.test(doc)).length;
}
var TEMPLATE_AT = /template: ([^\s:]+):(\d+):(\d+): executing "[^"]*" at <((?:[^<>]|<[^<>]*>)*)>: /g;
var EXECUTION_ERROR = /execution error at \(([^\s:()]+):(\d+):(\d+)\): /g;
function subchartChain(template) {
  const parts = template.split("/");
  const chain = [];
  for (let i = 1; i < parts.length - 1; i++) if (parts[i] === "charts") chain.push(parts[++i]);
  return chain;
}
function has(values, path) {
  let node = values;
  for (const key of path) {
    if (!node || typeof node !== "object" || Array.isArray(node) || !(key in node)) return false;
    node = node[key];
  }
  return true;
}
function fromChart(path, chain, values) {
  if (path[0] === "global" || chain.length === 0) return path;
  const prefixed = [...chain, ...path];
  if (has(values, prefixed) || !has(values, path)) return prefixed;
  return path;
}
function namedPaths(message) {
  const found = [];
  for (const match of message.matchAll(/(?<![\w.-])([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)/g)) {
    found.push(match[1].split("."));
  }
  return found;
}
function parseHelmFailure(stderr, values = {}) {
  const lines = stderr.split("\n").filter((line) => !/^(coalesce\.go|walk\.go|engine\.go):\d+: warning:/.test(line));
  let text4 = lines.join("\n");
  const errorAt = text4.lastIndexOf("Error: ");
  if (errorAt >= 0) text4 = text4.slice(errorAt + "Error: ".length);
  text4 = text4.replace(/\n+Use --debug flag to render out invalid YAML\s*$/, "").trim();
  const executions = [...text4.matchAll(EXECUTION_ERROR)];
  const templates = [...text4.matchAll(TEMPLATE_AT)];
  const outer = templates[0]?.[1] ?? executions[0]?.[1];
  const chain = outer ? subchartChain(outer) : [];
  const failAt = text4.lastIndexOf("error calling fail: ");
  if (executions.length > 0 || failAt >= 0) {
    const last = executions[executions.length - 1];
    const message = failAt >= 0 ? text4.slice(failAt + "error calling fail: ".length).trim() : text4.slice(last.index + last[0].length).trim();
    const where = last ?? templates[templates.length - 1];
    const candidates = namedPaths(message).map((path) => fromChart(path, chain, values));
    const valuesPath = candidates.find((path) => has(values, path)) ?? candidates[0] ?? (chain.length ? chain : void 0);
    return {
      message,
      kind: "fail",
      ...where ? { template: where[1], line: Number(where[2]), column: Number(where[3]) } : {},
      ...valuesPath ? { valuesPath } : {}
    };
  }
  if (templates.length > 0) {
    const last = templates[templates.length - 1];
    const message = text4.slice(last.index + last[0].length).trim();
    let valuesPath;
    for (let i = templates.length - 1; i >= 0 && !valuesPath; i--) {
      const read = /\$?\.Values((?:\.[A-Za-z_][\w]*)+)/.exec(templates[i][4]);
      if (read) valuesPath = fromChart(read[1].slice(1).split("."), chain, values);
    }
    return {
      message,
      kind: "template",
      template: last[1],
      line: Number(last[2]),
      column: Number(last[3]),
      ...valuesPath ? { valuesPath } : {}
    };
  }
  return { message: text4 || "helm template failed with no message", kind: "other" };
}
function renderFinding(failure, chart, locate) {
  const path = ["spec", "values", ...failure.valuesPath ?? []];
  const where = failure.template ? ` (${failure.template.replace(/^[^/]+\//, "")}${failure.line ? `:${failure.line}` : ""})` : "";
  const said = failure.kind === "fail" ? "refuses these values" : "cannot render these values";
  const value = failure.valuesPath ? `\`${path.join(".")}\`` : "the values";
  return {
    severity: "error",
    message: `chart ${chart.name} ${chart.version} ${said}: "${failure.message}"${where}`,
    fix: `Change ${value} to what the chart accepts; the operator would otherwise stop this CR in phase \`Invalid Config\` after the apply.`,
    ...locate(path),
    path: path.join(".")
  };
}

// src/commands/render-check.ts
import { existsSync as existsSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, resolve as resolve3 } from "node:path";

// src/charts/fetch.ts
var import_yaml5 = __toESM(require_dist(), 1);
var import_semver2 = __toESM(require_semver(), 1);
import { createHash as createHash3 } from "node:crypto";
import { existsSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { mkdir, open, readFile, readdir, rename, writeFile } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
import { constants as zlibConstants, gunzipSync as gunzipSync2 } from "node:zlib";
function chartCacheRoot(env) {
  const toolCache = env.RUNNER_TOOL_CACHE || join2(env.XDG_CACHE_HOME || join2(env.HOME || homedir(), ".cache"), "wandb-operator-actions", "tool-cache");
  return join2(toolCache, "wandb-charts");
}
function sha256(bytes) {
  return createHash3("sha256").update(bytes).digest("hex");
}
async function fromCache(dir) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return void 0;
  }
  for (const name of names.filter((n) => n.endsWith(".tgz"))) {
    const digest = /-([0-9a-f]{64})\.tgz$/.exec(name)?.[1];
    const path = join2(dir, name);
    if (digest && sha256(await readFile(path)) === digest) return { path, digest };
  }
  return void 0;
}
async function store(dir, name, version, bytes) {
  const digest = sha256(bytes);
  await mkdir(dir, { recursive: true });
  const path = join2(dir, cachedArchiveName(name, version, digest));
  const temp = `${path}.${process.pid}.part`;
  await writeFile(temp, bytes);
  await rename(temp, path);
  return { path, version, digest, cached: false };
}
var FetchError = class extends Error {
};
function get(url, options, authOrigin, redirects = 3) {
  return new Promise((resolve4, reject) => {
    const headers = { "User-Agent": "wandb-operator-actions" };
    if (url.origin === authOrigin && (options.username || options.password)) {
      headers.Authorization = `Basic ${Buffer.from(`${options.username ?? ""}:${options.password ?? ""}`).toString("base64")}`;
    }
    const ca = options.caFile ? [readFileSync2(options.caFile, "utf8")] : void 0;
    const target = new URL(url.href);
    target.username = "";
    target.password = "";
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(target, { headers, timeout: options.timeoutMs, ...ca ? { ca } : {} }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        resolve4(get(new URL(res.headers.location, url), options, authOrigin, redirects - 1));
        return;
      }
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => {
        if (status === 200) resolve4(Buffer.concat(chunks));
        else
          reject(
            new FetchError(
              `${maskUrl(url.href)} answered HTTP ${status}${status === 401 || status === 403 ? " (check the repository credentials)" : ""}`
            )
          );
      });
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new FetchError(`${maskUrl(url.href)} did not answer in time`)));
    req.on("error", (error) => reject(new FetchError(`${maskUrl(url.href)}: ${error.message}`)));
    req.end();
  });
}
async function fromRepository(source, options) {
  const base = new URL(`${source.url}/`);
  const authOrigin = base.origin;
  const withInline = {
    ...options,
    username: options.username ?? (source.username || decodeURIComponent(base.username) || void 0),
    password: options.password ?? (source.password || decodeURIComponent(base.password) || void 0)
  };
  const index = (0, import_yaml5.parse)((await get(new URL("index.yaml", base), withInline, authOrigin)).toString("utf8"), {
    maxAliasCount: -1
  });
  const entries = index?.entries?.[source.name] ?? [];
  if (entries.length === 0) {
    throw new FetchError(`${maskUrl(source.url)} has no chart named '${source.name}'`);
  }
  const entry = source.version ? entries.find((e) => e.version === source.version || e.version === source.version?.replace(/^v/, "")) : [...entries].filter((e) => e.version && import_semver2.default.valid(e.version)).sort((a, b) => import_semver2.default.rcompare(a.version, b.version))[0];
  if (!entry?.version || !entry.urls?.length) {
    throw new FetchError(
      `${maskUrl(source.url)} lists no ${source.name} ${source.version ?? ""} (it has ${entries.slice(0, 5).map((e) => e.version).join(", ")}${entries.length > 5 ? ", ..." : ""})`
    );
  }
  const key = chartCacheKey({ ...source, version: entry.version });
  const dir = join2(options.cacheRoot, ...key.dir);
  const digest = entry.digest?.replace(/^sha256:/, "");
  if (digest) {
    const path = join2(dir, cachedArchiveName(source.name, entry.version, digest));
    if (existsSync(path) && sha256(await readFile(path)) === digest) {
      return { path, version: entry.version, digest, cached: true };
    }
  }
  const bytes = await get(new URL(entry.urls[0], base), withInline, authOrigin);
  if (digest && sha256(bytes) !== digest) {
    throw new FetchError(
      `${source.name} ${entry.version} from ${maskUrl(source.url)} does not match the digest its index gives; it was not cached`
    );
  }
  return store(dir, source.name, entry.version, bytes);
}
async function fromOci(source, options) {
  if (!options.helm) throw new FetchError("helm is needed to pull an oci:// chart");
  const run = options.execute ?? execute;
  const home = await createHelmHome();
  try {
    const env = { ...options.env ?? process.env, ...home.env };
    const username = options.username ?? source.username;
    const password = options.password ?? source.password;
    const host = source.ref.slice("oci://".length).split("/")[0];
    const tls = options.caFile ? ["--ca-file", options.caFile] : [];
    if (username && password) {
      const login = await run({
        command: options.helm,
        args: ["registry", "login", host, "--username", username, "--password-stdin", ...tls],
        stdin: password,
        env,
        timeoutMs: options.timeoutMs
      });
      if (login.code !== 0)
        throw new FetchError(`helm registry login ${host} failed: ${login.stderr.trim()}`);
    }
    const out = join2(home.dir, "pulled");
    await mkdir(out, { recursive: true });
    const pulled = await run({
      command: options.helm,
      args: ["pull", source.ref, ...source.version ? ["--version", source.version] : [], "-d", out, ...tls],
      env,
      timeoutMs: options.timeoutMs
    });
    if (pulled.code !== 0) {
      throw new FetchError(
        `helm pull ${maskUrl(source.ref)} failed: ${pulled.stderr.trim().split("\n").pop()}`
      );
    }
    const file = (await readdir(out)).find((name) => name.endsWith(".tgz"));
    if (!file) throw new FetchError(`helm pull ${maskUrl(source.ref)} gave no archive`);
    const version = /-(\d[^/]*)\.tgz$/.exec(file)?.[1] ?? source.version ?? "unknown";
    const key = chartCacheKey({ ...source, version });
    return await store(
      join2(options.cacheRoot, ...key.dir),
      source.name,
      version,
      await readFile(join2(out, file))
    );
  } finally {
    await home.cleanup();
  }
}
async function fetchChart(source, options) {
  const key = chartCacheKey(source);
  if (key && source.version) {
    const hit = await fromCache(join2(options.cacheRoot, ...key.dir));
    if (hit) return { ...hit, version: source.version, cached: true };
  }
  return source.kind === "repository" ? fromRepository(source, options) : fromOci(source, options);
}
async function chartYamlFirst(path) {
  const handle = await open(path, "r");
  let head;
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  let tar;
  try {
    tar = gunzipSync2(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch {
    return void 0;
  }
  const field2 = (block, start, length) => {
    const bytes = block.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return (end === -1 ? bytes : bytes.subarray(0, end)).toString("utf8");
  };
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    const name = field2(header, 0, 100);
    if (!name) return void 0;
    const size = parseInt(field2(header, 124, 12).trim() || "0", 8);
    const prefix = field2(header, 345, 155);
    const full = prefix ? `${prefix}/${name}` : name;
    if (/^[^/]+\/Chart\.yaml$/.test(full) && offset + 512 + size <= tar.length) {
      return tar.subarray(offset + 512, offset + 512 + size).toString("utf8");
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return void 0;
}
async function chartIdentity(path) {
  let text4;
  if (statSync2(path).isDirectory()) {
    text4 = await readFile(join2(path, "Chart.yaml"), "utf8");
  } else {
    text4 = await chartYamlFirst(path);
  }
  if (text4 === void 0 && !statSync2(path).isDirectory()) {
    const files = readTgz(await readFile(path));
    for (const [name, bytes] of files) {
      if (/^[^/]+\/Chart\.yaml$/.test(name)) {
        text4 = Buffer.from(bytes).toString("utf8");
        break;
      }
    }
  }
  const chart = text4 ? (0, import_yaml5.parse)(text4) : {};
  return { name: String(chart?.name ?? "chart"), version: String(chart?.version ?? "unknown") };
}

// src/commands/render-check.ts
function parseRenderCheckOptions(raw, ctx) {
  const mode = (str(raw, "render-check") ?? "auto").trim().toLowerCase();
  if (!["auto", "true", "false"].includes(mode)) {
    throw new UserError(
      `Input 'render-check' must be auto, true or false, got '${mode}'.`,
      "Leave it unset (auto), or set 'render-check: true' to require the render, 'false' to skip it."
    );
  }
  const password = str(raw, "chart-repo-password");
  if (password) ctx.redactor.add(password);
  const caFile = str(raw, "chart-repo-ca-file");
  return {
    mode,
    chart: str(raw, "chart"),
    helmPath: str(raw, "helm-path") ?? ctx.env.HELM_PATH,
    username: str(raw, "chart-repo-username"),
    password,
    caFile: caFile ? isAbsolute2(caFile) ? caFile : resolve3(ctx.cwd, caFile) : void 0,
    kubeVersion: str(raw, "kube-version")
  };
}
function isObject2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function notRendered(why, fix, options, built, ctx) {
  if (options.mode === "true") {
    const diagnostic = {
      severity: "error",
      message: `render check required (render-check: true) but not possible: ${why}`,
      ...fix ? { fix } : {},
      ...built.locate(["spec", "chart"]),
      path: "spec.chart"
    };
    ctx.out.info(formatDiagnostic(diagnostic));
    return { outcome: "failed", diagnostics: [diagnostic], line: `render check: not possible: ${why}` };
  }
  const line = `render check skipped: ${why}${fix ? `. ${fix}` : ""}`;
  ctx.out.info(line);
  return { outcome: "skipped", diagnostics: [], line };
}
async function renderCheck(built, options, ctx, target = { timeoutMs: 12e4 }) {
  if (options.mode === "false") {
    const line = "render check skipped: render-check is false";
    ctx.out.info(line);
    return { outcome: "skipped", diagnostics: [], line };
  }
  const spec = isObject2(built.cr.spec) ? built.cr.spec : {};
  const metadata = isObject2(built.cr.metadata) ? built.cr.metadata : {};
  const source = resolveChartSource({
    chartInput: options.chart,
    specChart: spec.chart,
    cwd: ctx.cwd,
    exists: existsSync2
  });
  if (source.kind === "none") return notRendered(source.reason, source.fix, options, built, ctx);
  const helm = options.helmPath ?? findOnPath("helm", ctx.env);
  if (!helm) {
    return notRendered(
      "no helm (none on PATH and no helm-path)",
      "Put helm on PATH or give 'helm-path' (e.g. install-operator's helm-path output)",
      options,
      built,
      ctx
    );
  }
  if (source.kind !== "local" && source.password) ctx.redactor.add(source.password);
  let chartPath;
  let fetched = "";
  if (source.kind === "local") {
    chartPath = source.path;
  } else {
    try {
      const got = await fetchChart(source, {
        cacheRoot: chartCacheRoot(ctx.env),
        timeoutMs: target.timeoutMs,
        username: options.username,
        password: options.password,
        caFile: options.caFile,
        helm,
        env: ctx.env
      });
      chartPath = got.path;
      fetched = got.cached ? ", from the cache" : ", downloaded and cached";
    } catch (error) {
      return notRendered(
        `the chart ${describeSource(source)} could not be fetched: ${error.message}`,
        "Check spec.chart and the chart-repo-* inputs, or give a local copy with 'chart'",
        options,
        built,
        ctx
      );
    }
  }
  const kubeVersion = options.kubeVersion ?? target.kubeVersion;
  const started = Date.now();
  const values = isObject2(spec.values) ? spec.values : {};
  const identity = chartIdentity(chartPath).catch(() => void 0);
  const result = await renderChart({
    helm,
    chartPath,
    values,
    releaseName: typeof metadata.name === "string" ? metadata.name : "wandb",
    namespace: typeof metadata.namespace === "string" ? metadata.namespace : "default",
    ...kubeVersion ? { kubeVersion } : {},
    timeoutMs: target.timeoutMs,
    env: ctx.env
  });
  const seconds = ((Date.now() - started) / 1e3).toFixed(1);
  const chart = await identity;
  if (!chart) {
    return notRendered(
      `${chartPath} is not a chart (no readable Chart.yaml)`,
      void 0,
      options,
      built,
      ctx
    );
  }
  const from = source.kind === "local" ? source.path : `from ${maskUrl(source.kind === "repository" ? source.url : source.ref)}`;
  const what = `${chart.name} ${chart.version} (${from}${fetched})${kubeVersion ? ` for Kubernetes ${kubeVersion}` : ""}`;
  if (result.ok) {
    const line = `render check: ${what} rendered ${countObjects(result.manifest)} objects in ${seconds} s`;
    ctx.out.info(line);
    return { outcome: "rendered", diagnostics: [], line, manifest: result.manifest };
  }
  const diagnostic = renderFinding(parseHelmFailure(result.message, values), chart, built.locate);
  ctx.out.info(formatDiagnostic(diagnostic));
  if (ctx.out.github) {
    const place = { file: diagnostic.file, line: diagnostic.line, column: diagnostic.column };
    ctx.out.error(`${diagnostic.message} Fix: ${diagnostic.fix ?? ""}`, place);
  }
  return {
    outcome: "failed",
    diagnostics: [diagnostic],
    line: `render check: ${what} refused the values`
  };
}

export {
  knownChart,
  readChartFiles,
  knowledgeOfChartAt,
  parseLayer,
  parseSets,
  mergeLayers,
  pathKey,
  toPlain,
  secretValuesIn,
  maskSecrets,
  API_VERSION,
  KIND,
  formatDiagnostic,
  hasErrors,
  buildConfig,
  parseConfigOptions,
  loadConfig,
  countBySeverity,
  maskedYaml,
  resolveChartSource,
  renderChart,
  parseRenderCheckOptions,
  renderCheck
};
