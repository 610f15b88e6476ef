import {
  isV2Cr,
  v2Applications,
  v2ApplicationsDecision,
  v2GenerationDecision,
  v2IngressValues,
  v2MigrationDecision,
  v2ReadyDecision,
  v2SecretReferences,
  v2StoresDecision,
} from '../../../src/verify/cluster-v2.js';
import { foundReferencesDecision } from '../../../src/verify/cluster.js';

/** A v2 CR as the v2 operator leaves it when everything is done (status shapes of the v2 CRD). */
function readyCr(): Record<string, unknown> {
  const store = (state = 'Ready') => ({
    ready: state === 'Ready',
    state,
    conditions: [
      { type: 'Ready', status: state === 'Ready' ? 'True' : 'False', reason: state, observedGeneration: 4 },
    ],
  });
  return {
    apiVersion: 'apps.wandb.com/v2',
    kind: 'WeightsAndBiases',
    metadata: { name: 'wandb', namespace: 'wandb', generation: 4 },
    spec: {
      wandb: { version: '0.81.0', hostname: 'https://wandb.example.com' },
      mysql: { default: { externalMysql: { password: { name: 'mysql-conn', key: 'Password' } } } },
      redis: { default: { managedRedis: {} } },
      kafka: { managedKafka: {} },
      objectStore: { default: { managedObjectStore: {} } },
      clickhouse: { default: { managedClickhouse: {} } },
    },
    status: {
      observedGeneration: 4,
      ready: true,
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'Ready',
          message: 'W&B 0.81.0 is ready',
          observedGeneration: 4,
        },
      ],
      wandb: {
        migration: {
          version: '0.81.0',
          lastSuccessVersion: '0.81.0',
          ready: true,
          phase: 'Succeeded',
          reason: 'Completed',
        },
      },
      mysqlStatus: { default: store() },
      redisStatus: { default: store() },
      kafkaStatus: store(),
      objectStoreStatus: { default: store() },
      clickhouseStatus: { default: store() },
    },
  };
}

type Json = Record<string, unknown>;
const status = (cr: Json) => cr.status as Json;

describe('which CRs are v2', () => {
  test('apps.wandb.com/v2 with the v2 shape; a v1 object served as v2 without the webhook is still v1', () => {
    expect(isV2Cr(readyCr())).toBe(true);
    expect(isV2Cr({ apiVersion: 'apps.wandb.com/v1', spec: { values: {} } })).toBe(false);
    expect(isV2Cr({ apiVersion: 'apps.wandb.com/v2', spec: { chart: {}, values: {} } })).toBe(false);
    expect(isV2Cr(undefined)).toBe(false);
  });
});

describe('v2 generation and Ready', () => {
  test('a Ready CR for its generation passes both', () => {
    expect(v2GenerationDecision('wandb', 'wandb', readyCr())).toMatchObject({
      status: 'pass',
      message: "The operator has seen generation 4 of WeightsAndBiases 'wandb' (the latest).",
    });
    expect(v2ReadyDecision('wandb', 'wandb', readyCr())).toMatchObject({
      status: 'pass',
      message: "WeightsAndBiases 'wandb' is Ready for generation 4 (Ready: W&B 0.81.0 is ready).",
    });
  });

  test('a new generation the operator has not seen fails both, saying which generation is which', () => {
    const cr = readyCr();
    (cr.metadata as Json).generation = 5;
    expect(v2GenerationDecision('wandb', 'wandb', cr).message).toBe(
      "WeightsAndBiases 'wandb' is at generation 5, and the operator has seen generation 4 only: the latest change is not reconciled yet.",
    );
    expect(v2ReadyDecision('wandb', 'wandb', cr)).toMatchObject({
      status: 'fail',
      message:
        "WeightsAndBiases 'wandb' was Ready for generation 4, but it is at generation 5: the latest change is not rolled out yet.",
    });
  });

  test('Ready=False names the reason; no status at all says the operator has not reconciled it', () => {
    const cr = readyCr();
    status(cr).conditions = [
      {
        type: 'Ready',
        status: 'False',
        reason: 'MigrationFailed',
        message: 'the migration to 0.81.0 failed',
      },
    ];
    expect(v2ReadyDecision('wandb', 'wandb', cr).message).toBe(
      "WeightsAndBiases 'wandb' is not Ready (Ready=False, MigrationFailed: the migration to 0.81.0 failed).",
    );
    const bare = { ...readyCr(), status: undefined };
    expect(v2ReadyDecision('ns', 'wandb', bare)).toMatchObject({ status: 'fail' });
    expect(v2ReadyDecision('ns', 'wandb', bare).fix).toContain(
      'kubectl -n ns describe weightsandbiases wandb',
    );
    expect(v2GenerationDecision('ns', 'wandb', bare).message).toBe(
      "WeightsAndBiases 'wandb' has no status.observedGeneration: the v2 operator has not reconciled it.",
    );
  });
});

describe('v2 migration', () => {
  test('done for the pinned version passes', () => {
    expect(v2MigrationDecision('wandb', 'wandb', readyCr())).toMatchObject({
      status: 'pass',
      message: 'The database is migrated to 0.81.0 (phase Succeeded, reason Completed).',
    });
  });

  test('a failed migration names the reason, the Job and where to read its log', () => {
    const cr = readyCr();
    (status(cr).wandb as Json).migration = {
      version: '0.82.0',
      lastSuccessVersion: '0.81.0',
      ready: false,
      phase: 'Failed',
      reason: 'MigrationJobFailed',
      jobs: {
        migrate: {
          name: 'wandb-migrate-0-82-0',
          phase: 'Failed',
          failed: true,
          reason: 'BackoffLimitExceeded',
          message: 'Job has reached the specified backoff limit',
        },
      },
    };
    ((cr.spec as Json).wandb as Json).version = '0.82.0';
    const outcome = v2MigrationDecision('wandb', 'wandb', cr);
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      'The database migration to 0.82.0 failed (phase Failed, reason MigrationJobFailed). Job wandb-migrate-0-82-0: BackoffLimitExceeded (Job has reached the specified backoff limit). The database was last migrated to 0.81.0.',
    );
    expect(outcome.fix).toContain('kubectl -n wandb logs job/wandb-migrate-0-82-0');
    expect(outcome.fix).toContain('pin spec.wandb.version back to 0.81.0');
  });

  test('a failed Job left from an earlier rollout does not fail a migration whose phase is not Failed', () => {
    const cr = readyCr();
    (status(cr).wandb as Json).migration = {
      version: '0.81.0',
      ready: true,
      phase: 'Succeeded',
      reason: 'Completed',
      jobs: { old: { name: 'wandb-migrate-0-80-0', phase: 'Failed', failed: true } },
    };
    expect(v2MigrationDecision('wandb', 'wandb', cr).status).toBe('pass');
  });

  test('a migration status for another version, or one still running, fails', () => {
    const cr = readyCr();
    ((cr.spec as Json).wandb as Json).version = '0.82.0';
    expect(v2MigrationDecision('wandb', 'wandb', cr).message).toBe(
      'The migration status is for 0.81.0 (phase Succeeded, reason Completed), but spec.wandb.version is 0.82.0: the migration for the pinned version has not started.',
    );
    const running = readyCr();
    (status(running).wandb as Json).migration = {
      version: '0.81.0',
      ready: false,
      phase: 'Running',
      reason: 'MigrationJobRunning',
    };
    expect(v2MigrationDecision('ns', 'wandb', running)).toMatchObject({
      status: 'fail',
      message: 'The database migration to 0.81.0 is not done (phase Running, reason MigrationJobRunning).',
    });
    expect(v2MigrationDecision('ns', 'wandb', running).fix).toContain(
      'kubectl -n ns get jobs -l app.kubernetes.io/component=migration',
    );
  });
});

describe('v2 stores', () => {
  test('every store is named with its state', () => {
    const outcome = v2StoresDecision('wandb', 'wandb', readyCr());
    expect(outcome).toMatchObject({
      status: 'pass',
      message:
        'MySQL default: Ready, Redis default: Ready, Kafka: Ready, object store default: Ready, ClickHouse default: Ready.',
    });
    expect((outcome.details as { stores: unknown[] }).stores).toHaveLength(5);
  });

  test('a stalled store fails, named with its state and message; a store with no status yet too', () => {
    const cr = readyCr();
    status(cr).clickhouseStatus = {
      default: {
        ready: false,
        state: 'Provisioning',
        conditions: [
          { type: 'Ready', status: 'False', reason: 'Provisioning', message: 'clickhouse is provisioning' },
        ],
      },
    };
    delete status(cr).kafkaStatus;
    const outcome = v2StoresDecision('wandb', 'wandb', cr);
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      'Not ready: Kafka is no status yet; ClickHouse default is Provisioning (clickhouse is provisioning). Ready: MySQL default: Ready, Redis default: Ready, object store default: Ready.',
    );
    expect(outcome.fix).toContain('kubectl -n wandb describe weightsandbiases wandb');
  });
});

describe('v2 Secret references', () => {
  test('the key selectors the CRD lists, image pull Secrets and a TLS Secret; incomplete ones are problems', () => {
    const cr = readyCr();
    (cr.spec as Json).wandb = {
      version: '0.81.0',
      oidc: { clientSecret: { name: 'oidc', key: 'secret' }, clientId: { name: 'oidc' } },
    };
    (cr.spec as Json).global = { imagePullSecrets: [{ name: 'regcred' }] };
    (cr.spec as Json).networking = { tls: { secretName: 'wandb-tls' } };
    const found = v2SecretReferences(cr);
    expect(found.refs.map((r) => `${r.path} -> ${r.name} [${r.keys.join(',')}]`)).toEqual([
      'wandb.oidc.clientSecret -> oidc [secret]',
      'wandb.oidc.clientId -> oidc []',
      'mysql.default.externalMysql.password -> mysql-conn [Password]',
      'global.imagePullSecrets[0] -> regcred []',
      'networking.tls.secretName -> wandb-tls [tls.crt,tls.key]',
    ]);
    expect(found.problems).toEqual([
      {
        path: 'wandb.oidc.clientId',
        message: "The Secret reference wandb.oidc.clientId names Secret 'oidc' but no key",
      },
    ]);
  });

  test('a {name, key} selector the CRD list does not know (a newer CRD) is checked too; configMapKeyRef is a ConfigMap', () => {
    const cr = readyCr();
    (cr.spec as Json).wandb = {
      version: '0.81.0',
      futureFeature: { token: { name: 'future', key: 'TOKEN' } },
      legacyOverrides: {
        api: { env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'settings', key: 'x' } } }] },
      },
    };
    const found = v2SecretReferences(cr).refs.map(
      (r) => `${r.kind} ${r.path} -> ${r.name} [${r.keys.join(',')}]`,
    );
    expect(found).toEqual([
      'Secret mysql.default.externalMysql.password -> mysql-conn [Password]',
      'Secret wandb.futureFeature.token -> future [TOKEN]',
      'ConfigMap wandb.legacyOverrides.api.env.0.valueFrom.configMapKeyRef -> settings [x]',
    ]);
    // A secretKeyRef the CRD list knows is found once.
    ((cr.spec as Json).wandb as Json).legacyOverrides = {
      api: { env: [{ name: 'Y', valueFrom: { secretKeyRef: { name: 'app', key: 'y' } } }] },
    };
    expect(
      v2SecretReferences(cr)
        .refs.filter((r) => r.name === 'app')
        .map((r) => r.path),
    ).toEqual(['wandb.legacyOverrides.api.env.0.valueFrom.secretKeyRef']);
  });

  test('a missing key fails naming the Secret, the place and the keys it has, never a value', () => {
    const cr = readyCr();
    const outcome = foundReferencesDecision(
      'wandb',
      v2SecretReferences(cr),
      () => ['Host', 'Port'],
      'the CR spec',
    );
    expect(outcome).toMatchObject({
      status: 'fail',
      message:
        "Secret 'mysql-conn' (mysql.default.externalMysql.password) has no key 'Password' (it has: Host, Port).",
    });
    expect(outcome.fix).toContain('or correct the names and keys in the CR spec.');
  });
});

describe('v2 ingress and applications', () => {
  test('the ingress class comes from spec.networking; gateway mode has none', () => {
    const cr = readyCr();
    (cr.spec as Json).networking = { mode: 'ingress', ingress: { ingressClassName: 'nginx' } };
    expect(v2IngressValues(cr)).toEqual({ ingress: { class: 'nginx' } });
    (cr.spec as Json).networking = { mode: 'gateway' };
    expect(v2IngressValues(cr)).toBeUndefined();
  });

  test('applications the operator reports decide the workloads check', () => {
    const cr = readyCr();
    expect(v2Applications(cr)).toBeUndefined();
    (status(cr).wandb as Json).applications = {
      api: { ready: true, deploymentStatus: { replicas: 2, readyReplicas: 2 } },
      weave: { ready: false, deploymentStatus: { replicas: 1, readyReplicas: 0 } },
    };
    const apps = v2Applications(cr) ?? [];
    expect(v2ApplicationsDecision('wandb', 'wandb', apps)).toMatchObject({
      status: 'fail',
      message: 'Not ready (status.wandb.applications): weave 0/1.',
    });
  });
});
