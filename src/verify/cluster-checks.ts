import type { KubeClient } from '../kube/client.js';
import { activeChart } from '../kube/spec-active.js';
import { describeError, type WandbClient } from '../wandb/client.js';
import {
  caCertsConfigMapName,
  caCertsDecision,
  chartDecision,
  consoleDecision,
  crPhaseDecision,
  foundReferencesDecision,
  hostAnswersDecision,
  ingressClassDecision,
  objectReferences,
  operatorDecision,
  referencesDecision,
  workloadsDecision,
  type CrInfo,
  type DeploymentInfo,
  type PodIssue,
} from './cluster.js';
import {
  isV2Cr,
  v2Applications,
  v2ApplicationsDecision,
  v2CaCertsConfigMap,
  v2GenerationDecision,
  v2IngressValues,
  v2MigrationDecision,
  v2ReadyDecision,
  v2SecretReferences,
  v2StoresDecision,
} from './cluster-v2.js';
import { CheckFailure, type Check, type CheckOutcome } from './types.js';

/**
 * The cluster checks: the things that explain most failed W&B checks (a missing Secret, a wrong ConfigMap
 * key, an ingress class that does not exist, a CR the operator never finished). kubectl reads through the
 * kube adapter; each decision is a pure function in src/verify/cluster.ts. Secret values are never read into
 * a message: only their keys are compared.
 *
 * The CR decides which checks apply: an `apps.wandb.com/v2` CR (src/verify/cluster-v2.ts) is checked by its
 * generation, Ready condition, migration and store states, and the Secrets its key selectors name, in place
 * of the v1 phase, chart and console checks; the other checks read the v2 spec where v1 reads spec.values.
 */
export interface ClusterCheckSettings {
  /** undefined when the cluster checks cannot run; `unavailable` then says why. */
  kube?: KubeClient;
  unavailable?: CheckOutcome;
  wandb: WandbClient;
  host: string;
  name: string;
  namespace: string;
  /** Empty: look in every namespace. */
  operatorNamespace?: string;
}

interface K8sObject {
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  spec?: Record<string, unknown> & { replicas?: number };
  status?: Record<string, unknown> & { readyReplicas?: number; phase?: string };
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
  stringData?: Record<string, string>;
}

function deploymentInfo(item: K8sObject, kind: string): DeploymentInfo {
  return {
    name: item.metadata.name,
    namespace: item.metadata.namespace ?? '',
    kind,
    replicas: typeof item.spec?.replicas === 'number' ? item.spec.replicas : 1,
    ready: typeof item.status?.readyReplicas === 'number' ? item.status.readyReplicas : 0,
  };
}

/** Why a pod is not ready, as `kubectl describe` would summarise it. */
function podIssue(pod: K8sObject): PodIssue | undefined {
  const status = (pod.status ?? {}) as {
    phase?: string;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    containerStatuses?: Array<{
      ready?: boolean;
      state?: { waiting?: { reason?: string; message?: string } };
    }>;
    initContainerStatuses?: Array<{
      ready?: boolean;
      state?: { waiting?: { reason?: string; message?: string } };
    }>;
  };
  if ((status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')) return undefined;
  for (const c of [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])]) {
    const waiting = c.state?.waiting;
    if (waiting?.reason && waiting.reason !== 'PodInitializing') {
      return { pod: pod.metadata.name, reason: waiting.reason, message: waiting.message };
    }
  }
  const unscheduled = (status.conditions ?? []).find(
    (c) => c.type === 'PodScheduled' && c.status === 'False',
  );
  if (unscheduled)
    return {
      pod: pod.metadata.name,
      reason: unscheduled.reason ?? 'Unschedulable',
      message: unscheduled.message,
    };
  return { pod: pod.metadata.name, reason: status.phase ?? 'Pending' };
}

export function clusterChecks(settings: ClusterCheckSettings): Check[] {
  const { name, namespace } = settings;
  const unavailable = settings.unavailable;
  if (unavailable) {
    // One row that says why, rather than nine rows saying the same thing.
    return [
      {
        id: 'cluster',
        title: 'Cluster checks',
        group: 'cluster',
        failStatus: 'fail',
        run: async () => unavailable,
      },
    ];
  }
  let cr: (K8sObject & { spec?: { values?: unknown } }) | undefined;
  let crFetched = false;
  let reachable = false;
  let reading: Promise<void> | undefined;
  /** The CR, read once by whichever check (or `when`) asks first. */
  const readCr = (): Promise<void> =>
    (reading ??= (async () => {
      cr = await kube().getJson(['weightsandbiases.apps.wandb.com', name, '-n', namespace]);
      crFetched = true;
    })());
  /** v2 when the CR reads as apps.wandb.com/v2; v1 otherwise, and when it cannot be read (the v1 checks say why). */
  const v2 = async (): Promise<boolean> => {
    if (!reachable) return false;
    try {
      await readCr();
    } catch {
      return false;
    }
    return isV2Cr(cr);
  };
  const onlyV1 = async () => !(await v2());
  const crJson = () => cr as unknown as Record<string, unknown>;

  const kube = (): KubeClient => {
    if (!settings.kube) throw new CheckFailure('No cluster access.', undefined, 'fail');
    return settings.kube;
  };
  const values = () => cr?.spec?.values ?? {};
  /** Checks that read the CR's values are skipped (not failed) when there is no CR: the phase check says so. */
  const needsCr = (body: (signal: AbortSignal) => Promise<CheckOutcome>) => async (signal: AbortSignal) => {
    if (settings.unavailable) return settings.unavailable;
    if (!cr) {
      return {
        status: 'skipped' as const,
        message: crFetched
          ? `Not run: WeightsAndBiases '${name}' was not found in namespace ${namespace}.`
          : 'Not run: the CR could not be read.',
      };
    }
    return body(signal);
  };
  const guarded = (body: () => Promise<CheckOutcome>) => async () => {
    if (settings.unavailable) return settings.unavailable;
    try {
      return await body();
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      throw new CheckFailure(
        describeError(error),
        'Check that the kubeconfig grants get/list on these objects (kubectl auth can-i).',
      );
    }
  };

  const keysOf = (object: K8sObject | undefined): string[] | undefined =>
    object
      ? [
          ...Object.keys(object.data ?? {}),
          ...Object.keys(object.binaryData ?? {}),
          ...Object.keys(object.stringData ?? {}),
        ]
      : undefined;

  return [
    {
      id: 'cluster-reachable',
      title: 'Cluster is reachable',
      group: 'cluster',
      failStatus: 'fail',
      run: guarded(async () => {
        const version = await kube().serverVersion();
        reachable = true;
        return { status: 'pass', message: `Kubernetes ${version.gitVersion} answers.` };
      }),
    },
    {
      id: 'operator-ready',
      title: 'W&B operator controller is ready',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      run: guarded(async () => {
        const scope = settings.operatorNamespace ? ['-n', settings.operatorNamespace] : ['-A'];
        const list = await kube().getJson<{ items: K8sObject[] }>([
          'deployments',
          ...scope,
          '-l',
          'control-plane=controller-manager',
        ]);
        return operatorDecision(
          settings.operatorNamespace ?? 'any namespace',
          (list?.items ?? []).map((item) => deploymentInfo(item, 'Deployment')),
        );
      }),
    },
    {
      id: 'cr-phase',
      title: 'WeightsAndBiases CR is Completed',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: onlyV1,
      run: guarded(async () => {
        await readCr();
        let info: CrInfo | undefined;
        if (cr) {
          const events = await kube().getJson<{
            items: Array<{
              type?: string;
              reason?: string;
              message?: string;
              lastTimestamp?: string;
              eventTime?: string;
              involvedObject?: { kind?: string };
            }>;
          }>(['events', '-n', namespace, '--field-selector', `involvedObject.name=${name}`]);
          const warnings = (events?.items ?? [])
            .filter(
              (e) =>
                e.type === 'Warning' && (e.involvedObject?.kind ?? 'WeightsAndBiases') === 'WeightsAndBiases',
            )
            .sort((a, b) =>
              String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(
                String(b.lastTimestamp ?? b.eventTime ?? ''),
              ),
            )
            .map((e) => `${e.reason ?? 'Warning'}: ${e.message ?? ''}`.trim());
          const chart = (cr.spec as { chart?: unknown } | undefined)?.chart;
          info = {
            phase: typeof cr.status?.phase === 'string' ? cr.status.phase : undefined,
            events: warnings,
            chartless: !chart || (typeof chart === 'object' && Object.keys(chart).length === 0),
          };
        }
        return crPhaseDecision(namespace, name, info);
      }),
    },
    {
      id: 'cr-generation',
      title: 'The v2 operator has seen the latest generation',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: v2,
      run: needsCr(guarded(async () => v2GenerationDecision(namespace, name, crJson()))),
    },
    {
      id: 'cr-ready',
      title: 'WeightsAndBiases v2 CR is Ready',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: v2,
      run: needsCr(guarded(async () => v2ReadyDecision(namespace, name, crJson()))),
    },
    {
      id: 'migration',
      title: 'Database migration for spec.wandb.version is done',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: v2,
      run: needsCr(guarded(async () => v2MigrationDecision(namespace, name, crJson()))),
    },
    {
      id: 'stores',
      title: 'Stores are ready (MySQL, Redis, Kafka, object store, ClickHouse)',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: v2,
      run: needsCr(guarded(async () => v2StoresDecision(namespace, name, crJson()))),
    },
    {
      id: 'cr-chart',
      title: 'Chart the operator installs',
      group: 'cluster',
      failStatus: 'warn',
      needs: ['cluster-reachable'],
      when: onlyV1,
      run: needsCr(
        guarded(async () => {
          const chart = (cr?.spec as { chart?: unknown } | undefined)?.chart;
          const empty = !chart || (typeof chart === 'object' && Object.keys(chart).length === 0);
          // Only the Secret's `chart` key: its `values` may hold the license and passwords.
          const applied = empty ? await activeChart(kube(), name, namespace) : undefined;
          return chartDecision({ chart, applied });
        }),
      ),
    },
    {
      id: 'workloads-ready',
      title: 'W&B workloads are ready',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      run: guarded(async () => {
        // A v2 operator reports its applications itself; read that when it does.
        const apps = cr && isV2Cr(cr) ? v2Applications(crJson()) : undefined;
        if (apps) return v2ApplicationsDecision(namespace, name, apps);
        const selector = `app.kubernetes.io/instance=${name}`;
        const deployments = await kube().listJson<K8sObject>('deployments', { namespace, selector });
        const statefulsets = await kube().listJson<K8sObject>('statefulsets', { namespace, selector });
        const workloads = [
          ...deployments.map((d) => deploymentInfo(d, 'Deployment')),
          ...statefulsets.map((s) => deploymentInfo(s, 'StatefulSet')),
        ];
        let issues: PodIssue[] = [];
        if (workloads.some((w) => w.ready < w.replicas)) {
          const pods = await kube().listJson<K8sObject>('pods', { namespace, selector });
          issues = pods
            .map(podIssue)
            .filter((p): p is PodIssue => Boolean(p))
            .slice(0, 5);
        }
        const outcome = workloadsDecision(namespace, name, workloads, issues);
        if (workloads.length === 0 && cr && isV2Cr(cr)) {
          return {
            ...outcome,
            fix: 'The v2 operator reports no applications (status.wandb.applications) and no workload carries the label yet: the Ready, migration and stores checks above say what it waits for.',
          };
        }
        return outcome;
      }),
    },
    {
      id: 'referenced-secrets',
      title: 'Secrets and ConfigMaps the CR references exist',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      run: needsCr(
        guarded(async () => {
          const isV2 = isV2Cr(cr);
          const references = isV2 ? v2SecretReferences(crJson()) : objectReferences(values());
          const found = new Map<string, string[] | undefined>();
          for (const ref of references.refs) {
            const key = `${ref.kind}/${ref.name}`;
            if (found.has(key)) continue;
            found.set(
              key,
              keysOf(await kube().getJson<K8sObject>([ref.kind.toLowerCase(), ref.name, '-n', namespace])),
            );
          }
          const lookup = (ref: { kind: string; name: string }) => found.get(`${ref.kind}/${ref.name}`);
          return isV2
            ? foundReferencesDecision(namespace, references, lookup, 'the CR spec')
            : referencesDecision(namespace, values(), lookup);
        }),
      ),
    },
    {
      id: 'ca-certs-configmap',
      title: 'CA certificates ConfigMap has .crt keys',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      run: needsCr(
        guarded(async () => {
          const configMap = isV2Cr(cr) ? v2CaCertsConfigMap(crJson()) : caCertsConfigMapName(values());
          if (!configMap)
            return { status: 'skipped', message: 'global.caCertsConfigMap is not set in the CR.' };
          return caCertsDecision(
            namespace,
            configMap,
            keysOf(await kube().getJson<K8sObject>(['configmap', configMap, '-n', namespace])),
          );
        }),
      ),
    },
    {
      id: 'ingress-class',
      title: 'Ingress class exists',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      run: needsCr(
        guarded(async () => {
          const isV2 = isV2Cr(cr);
          const v2Values = isV2 ? v2IngressValues(crJson()) : undefined;
          if (isV2 && !v2Values)
            return {
              status: 'skipped',
              message: 'spec.networking.mode is gateway: the CR makes no Ingress.',
            };
          const classes = await kube().listJson<K8sObject>('ingressclasses.networking.k8s.io');
          return ingressClassDecision(
            isV2 ? v2Values : values(),
            classes.map((c) => ({
              name: c.metadata.name,
              isDefault: c.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true',
            })),
            isV2 ? 'spec.networking.ingress.ingressClassName' : undefined,
          );
        }),
      ),
    },
    {
      id: 'console-service',
      title: 'Console service exists',
      group: 'cluster',
      failStatus: 'fail',
      needs: ['cluster-reachable'],
      when: onlyV1,
      run: needsCr(
        guarded(async () => {
          const services = await kube().listJson<K8sObject>('services', {
            namespace,
            selector: `app.kubernetes.io/instance=${name}`,
          });
          return consoleDecision(
            namespace,
            values(),
            services.map((s) => s.metadata.name),
          );
        }),
      ),
    },
    {
      id: 'host-answers',
      title: 'Host answers',
      group: 'cluster',
      failStatus: 'fail',
      run: async (signal) => {
        if (settings.unavailable) return settings.unavailable;
        try {
          return hostAnswersDecision(settings.host, {
            status: await settings.wandb.probe(`${settings.host}/`, { signal }),
          });
        } catch (error) {
          return hostAnswersDecision(settings.host, { error: describeError(error) });
        }
      },
    },
  ];
}
