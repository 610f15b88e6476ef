import {
  ReadyFailureWatch,
  assessV2,
  readV2Status,
  v2ProgressLine,
  type MigrationJobState,
} from '../../../src/apply/v2-rollout.js';
import { configuredSpec, defaulted } from '../../../src/apply/v2-spec.js';
import { v2MigrationDecision } from '../../../src/verify/cluster-v2.js';

type Json = Record<string, unknown>;

/** A v2 CR with the status shapes of the operator-v2 facts; `status` parts replace the rolled-out defaults. */
function cr(over: { generation?: number; version?: string; status?: Json; spec?: Json } = {}): Json {
  const generation = over.generation ?? 2;
  const version = over.version ?? '0.82.1';
  const store = (state: string) => ({ ready: state === 'Ready', state });
  return {
    apiVersion: 'apps.wandb.com/v2',
    kind: 'WeightsAndBiases',
    metadata: { name: 'wandb', namespace: 'ns', generation },
    spec: {
      wandb: { version, hostname: 'https://wandb.example.com' },
      mysql: { default: {} },
      redis: { default: {} },
      kafka: {},
      objectStore: { default: {} },
      clickhouse: { default: {} },
      ...over.spec,
    },
    status: {
      observedGeneration: generation,
      conditions: [{ type: 'Ready', status: 'True', reason: 'Ready', observedGeneration: generation }],
      mysqlStatus: { default: store('Ready') },
      redisStatus: { default: store('Ready') },
      kafkaStatus: store('Ready'),
      objectStoreStatus: { default: store('Ready') },
      clickhouseStatus: { default: store('Ready') },
      wandb: {
        migration: {
          version,
          lastSuccessVersion: version,
          ready: true,
          phase: 'Succeeded',
          reason: 'Completed',
          jobs: { migrate: { name: `wandb-migrate-${version}`, phase: 'Succeeded', succeeded: true } },
        },
      },
      ...over.status,
    },
  };
}

const job = (name: string, over: Partial<MigrationJobState> = {}): MigrationJobState => ({
  name,
  uid: `uid-${name}`,
  owner: 'wandb',
  succeeded: true,
  failed: false,
  ...over,
});

describe('v2 rollout verdict', () => {
  it('is rolled out when the generation is observed, Ready is True for it, the migration is ready for the pin and its Jobs are done', () => {
    const s = readV2Status(cr(), [job('wandb-migrate-0.82.1')]);
    expect(assessV2(s, new Set())).toEqual({ state: 'succeeded' });
    expect(v2ProgressLine(s)).toBe(
      '  MySQL Ready, Redis Ready, Kafka Ready, object store Ready, ClickHouse Ready; migration Succeeded (Completed); Ready True (Ready)',
    );
  });

  it('waits while the status is for an older generation, even when that one looked rolled out', () => {
    const live = cr();
    (live.metadata as Json).generation = 3;
    const s = readV2Status(live, []);
    expect(assessV2(s)).toEqual({
      state: 'waiting',
      pending: ['the operator to take generation 3 (its status is for generation 2)'],
    });
    expect(v2ProgressLine(s)).toBe(
      '  waiting for the operator to take generation 3 (its status is for generation 2)',
    );
    expect(assessV2(readV2Status({ ...live, status: undefined }, []))).toEqual({
      state: 'waiting',
      pending: ['the operator to take generation 3 (no status yet)'],
    });
  });

  it('does not take a Ready condition of an older generation', () => {
    const s = readV2Status(
      cr({ status: { conditions: [{ type: 'Ready', status: 'True', observedGeneration: 1 }] } }),
      [],
    );
    expect(assessV2(s)).toEqual({
      state: 'waiting',
      pending: ['Ready=True (now no Ready condition for this generation)'],
    });
  });

  it('waits for the migration of the pinned version, and names the stores that are not ready', () => {
    const s = readV2Status(
      cr({
        status: {
          conditions: [
            {
              type: 'Ready',
              status: 'False',
              reason: 'InfrastructureNotReady',
              message: 'kafka is not ready',
            },
          ],
          kafkaStatus: { ready: false, state: 'Provisioning' },
          wandb: {
            migration: {
              version: '0.81.0',
              lastSuccessVersion: '0.81.0',
              ready: true,
              phase: 'Pending',
              reason: 'WaitingForInfrastructure',
            },
          },
        },
      }),
      [],
    );
    const verdict = assessV2(s);
    expect(verdict).toEqual({
      state: 'waiting',
      pending: [
        'Ready=True (now False, InfrastructureNotReady: kafka is not ready)',
        'the migration to 0.82.1 (phase Pending, WaitingForInfrastructure, for 0.81.0)',
        'Kafka Provisioning',
      ],
    });
    expect(v2ProgressLine(s)).toBe(
      '  MySQL Ready, Redis Ready, Kafka Provisioning, object store Ready, ClickHouse Ready; migration Pending (WaitingForInfrastructure); Ready False (InfrastructureNotReady)',
    );
  });

  it('waits for a running migration Job, and names it in the progress line', () => {
    const s = readV2Status(
      cr({ status: { conditions: [{ type: 'Ready', status: 'False', reason: 'Reconciling' }] } }),
      [job('wandb-migrate-0-82-1', { succeeded: false })],
    );
    expect(assessV2(s, new Set())).toEqual({
      state: 'waiting',
      pending: ['Ready=True (now False, Reconciling)', 'job/wandb-migrate-0-82-1 to finish'],
    });
    expect(v2ProgressLine(s)).toContain('migration Succeeded (Completed), job/wandb-migrate-0-82-1 running;');
  });

  it('fails on a migration phase Failed for the pinned version, with the reasons', () => {
    const s = readV2Status(
      cr({
        status: {
          conditions: [
            {
              type: 'Ready',
              status: 'False',
              reason: 'MigrationFailed',
              message: 'the migration to 0.82.1 failed',
            },
          ],
          wandb: {
            migration: {
              version: '0.82.1',
              lastSuccessVersion: '0.81.0',
              ready: false,
              phase: 'Failed',
              reason: 'MigrationJobFailed',
              jobs: {
                migrate: {
                  name: 'wandb-migrate-0-82-1',
                  failed: true,
                  reason: 'BackoffLimitExceeded',
                  message: 'Job has reached the specified backoff limit',
                },
              },
            },
          },
        },
      }),
      [],
    );
    expect(assessV2(s)).toEqual({
      state: 'failed',
      reason: 'The migration to 0.82.1 failed (phase Failed, MigrationJobFailed).',
      operatorMessages: [
        'Ready=False: MigrationFailed: the migration to 0.82.1 failed',
        'Job wandb-migrate-0-82-1: BackoffLimitExceeded: Job has reached the specified backoff limit',
      ],
    });
  });

  it('fails on a failed migration Job of this rollout, not on one an earlier rollout left', () => {
    const failed = job('wandb-migrate-0-82-1', {
      succeeded: false,
      failed: true,
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
    });
    const running = cr({
      status: { conditions: [{ type: 'Ready', status: 'False', reason: 'Reconciling' }] },
    });
    // New since the apply: this rollout's failure, even before the status says so.
    expect(assessV2(readV2Status(running, [failed]), new Set())).toMatchObject({
      state: 'failed',
      reason:
        'The migration to 0.82.1 failed: job/wandb-migrate-0-82-1 (BackoffLimitExceeded: Job has reached the specified backoff limit).',
    });
    // There before the apply and not named by the status (a rollback undid that version): finished, not ours.
    const rolledBack = readV2Status(cr({ version: '0.81.0' }), [failed, job('wandb-migrate-0-81-0')]);
    expect(assessV2(rolledBack, new Set([failed.uid]))).toEqual({ state: 'succeeded' });
    // Nothing applied (the "no changes" check): only the Jobs the status names count.
    expect(assessV2(rolledBack)).toEqual({ state: 'succeeded' });
    // Another CR's Job in the same namespace is not looked at.
    const other = job('other-migrate', { owner: 'other', succeeded: false });
    expect(assessV2(readV2Status(cr(), [other]), new Set())).toEqual({ state: 'succeeded' });
  });

  it('on a single look (no watch), fails when Ready is False for this generation with a reason that says a failure; waits on any other reason', () => {
    const with_ = (reason: string) =>
      assessV2(
        readV2Status(
          cr({ status: { conditions: [{ type: 'Ready', status: 'False', reason, message: 'says why' }] } }),
          [],
        ),
      ).state;
    expect(with_('ReconcileError')).toBe('failed');
    expect(with_('InvalidSpec')).toBe('failed');
    expect(with_('Reconciling')).toBe('waiting');
    expect(with_('InfrastructureNotReady')).toBe('waiting');
  });

  describe('the migration gate: done only for the pinned version, ready, in a finished phase (as verify says)', () => {
    const withMigration = (migration: Json) => cr({ status: { wandb: { migration } } });
    const shapes: Array<[string, Json, 'succeeded' | 'waiting']> = [
      [
        'ready and Succeeded for the pin',
        { version: '0.82.1', lastSuccessVersion: '0.82.1', ready: true, phase: 'Succeeded' },
        'succeeded',
      ],
      ['ready for the pin, no phase written', { version: '0.82.1', ready: true }, 'succeeded'],
      [
        'ready for the pin but still Running (status written before the phase moved on)',
        { version: '0.82.1', lastSuccessVersion: '0.81.0', ready: true, phase: 'Running' },
        'waiting',
      ],
      ['ready for the pin but Pending', { version: '0.82.1', ready: true, phase: 'Pending' }, 'waiting'],
      [
        'ready for the pin in a phase not known to mean finished',
        { version: '0.82.1', ready: true, phase: 'Migrating' },
        'waiting',
      ],
      [
        'ready and Succeeded for another version whose last success names the pin (stale)',
        { version: '0.81.0', lastSuccessVersion: '0.82.1', ready: true, phase: 'Succeeded' },
        'waiting',
      ],
      [
        'no version, the last success is the pin',
        { lastSuccessVersion: '0.82.1', ready: true, phase: 'Succeeded' },
        'succeeded',
      ],
      [
        'no version, the last success is another version',
        { lastSuccessVersion: '0.81.0', ready: true, phase: 'Succeeded' },
        'waiting',
      ],
      ['not ready', { version: '0.82.1', ready: false, phase: 'Succeeded' }, 'waiting'],
    ];
    it.each(shapes)('%s', (_name, migration, expected) => {
      const live = withMigration(migration);
      const verdict = assessV2(readV2Status(live, []), new Set());
      expect(verdict.state).toBe(expected);
      // verify's migration check agrees: apply-cr never says rolled out where verify then fails.
      expect(v2MigrationDecision('ns', 'wandb', live).status).toBe(
        expected === 'succeeded' ? 'pass' : 'fail',
      );
      if (verdict.state === 'waiting')
        expect(verdict.pending.some((p) => p.startsWith('the migration to 0.82.1'))).toBe(true);
    });

    it('verify says why a ready migration is not done', () => {
      expect(
        v2MigrationDecision(
          'ns',
          'wandb',
          withMigration({ version: '0.82.1', ready: true, phase: 'Running', reason: 'MigrationJobRunning' }),
        ).message,
      ).toBe(
        'The database migration to 0.82.1 is not done (phase Running, reason MigrationJobRunning: the migration phase is Running).',
      );
    });
  });

  describe('a Ready=False failure reason counts once it lasts', () => {
    const failing = (reason: string, generation = 2) =>
      readV2Status(
        cr({
          generation,
          status: {
            conditions: [{ type: 'Ready', status: 'False', reason, message: 'conflict on update' }],
            wandb: { migration: { version: '0.82.1', ready: false, phase: 'Running' } },
          },
        }),
        [],
      );
    const running = readV2Status(
      cr({
        status: {
          conditions: [{ type: 'Ready', status: 'False', reason: 'Reconciling' }],
          wandb: { migration: { version: '0.82.1', ready: false, phase: 'Running' } },
        },
      }),
      [],
    );

    it('a passing ReconcileError waits (and is named); gone on the next look, the rollout goes on', () => {
      const watch = new ReadyFailureWatch(1_000_000);
      const first = assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 0 });
      expect(first).toEqual({
        state: 'waiting',
        pending: [
          'Ready=True (now False, ReconcileError: conflict on update; a failure if it lasts 30 s, seen for 0 s)',
          'the migration to 0.82.1 (phase Running)',
        ],
      });
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 20_000 }).state).toBe('waiting');
      // Cleared, then seen again: it starts over rather than adding up.
      expect(assessV2(running, new Set(), { watch, nowMs: 25_000 }).state).toBe('waiting');
      for (const nowMs of [26_000, 40_000, 50_000])
        expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs }).state).toBe('waiting');
      expect(assessV2(readV2Status(cr(), []), new Set(), { watch, nowMs: 60_000 })).toEqual({
        state: 'succeeded',
      });
    });

    it('the same reason over 3 looks spanning 30 s fails, quoting it', () => {
      const watch = new ReadyFailureWatch(1_000_000);
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 0 }).state).toBe('waiting');
      // Enough time but too few looks, then enough of both.
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 31_000 }).state).toBe('waiting');
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 32_000 })).toEqual({
        state: 'failed',
        reason:
          'The operator set Ready=False: ReconcileError: conflict on update (for 32 s, over several looks).',
        operatorMessages: ['Ready=False: ReconcileError: conflict on update'],
      });
    });

    it('many looks in a short time are not enough; a different reason or generation starts over', () => {
      const watch = new ReadyFailureWatch(1_000_000);
      for (let nowMs = 0; nowMs < 30_000; nowMs += 250)
        expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs }).state).toBe('waiting');
      expect(assessV2(failing('InvalidSpec'), new Set(), { watch, nowMs: 30_000 }).state).toBe('waiting');
      expect(assessV2(failing('InvalidSpec', 3), new Set(), { watch, nowMs: 45_000 }).state).toBe('waiting');
    });

    it('the grace is capped at half the time left to the deadline, so a lasting failure is not a timeout', () => {
      const watch = new ReadyFailureWatch(20_000);
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 0 })).toMatchObject({
        state: 'waiting',
        pending: [
          expect.stringContaining('a failure if it lasts 10 s'),
          'the migration to 0.82.1 (phase Running)',
        ],
      });
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 5_000 }).state).toBe('waiting');
      expect(assessV2(failing('ReconcileError'), new Set(), { watch, nowMs: 10_000 }).state).toBe('failed');
    });

    it('a migration phase Failed and a failed Job of this rollout stay final at once', () => {
      const watch = new ReadyFailureWatch(1_000_000);
      const phaseFailed = readV2Status(
        cr({
          status: {
            conditions: [{ type: 'Ready', status: 'False', reason: 'MigrationFailed' }],
            wandb: { migration: { version: '0.82.1', ready: false, phase: 'Failed' } },
          },
        }),
        [],
      );
      expect(assessV2(phaseFailed, new Set(), { watch, nowMs: 0 }).state).toBe('failed');
      const jobFailed = readV2Status(
        cr({ status: { conditions: [{ type: 'Ready', status: 'False', reason: 'Reconciling' }] } }),
        [job('wandb-migrate-0-82-1', { succeeded: false, failed: true })],
      );
      expect(assessV2(jobFailed, new Set(), { watch: new ReadyFailureWatch(), nowMs: 0 }).state).toBe(
        'failed',
      );
    });
  });

  it('names store instances that are not the default one', () => {
    const s = readV2Status(
      cr({
        spec: { mysql: { default: {}, analytics: {} }, kafka: undefined },
        status: {
          mysqlStatus: { default: { ready: true, state: 'Ready' } },
          kafkaStatus: undefined,
        },
      }),
      [],
    );
    expect(s.stores.map((store) => `${store.label} ${store.state}`)).toEqual([
      'MySQL default Ready',
      'MySQL analytics no status yet',
      'Redis Ready',
      'object store Ready',
      'ClickHouse Ready',
    ]);
  });
});

describe('v2 live spec without the CRD defaults', () => {
  const desired = {
    apiVersion: 'apps.wandb.com/v2',
    kind: 'WeightsAndBiases',
    metadata: { name: 'wandb', namespace: 'ns' },
    spec: {
      wandb: { version: '0.82.1', hostname: 'https://wandb.example.com', bucketProxy: false, features: {} },
      retentionPolicy: { onDelete: 'detach' },
      kafka: { managedKafka: { storageSize: '10Gi', telemetry: {} } },
      objectStore: { default: { managedObjectStore: { storageSize: '10Gi' } } },
    },
  };

  it('leaves out what the API server filled in by default, and keeps what someone set', () => {
    const stored = defaulted(desired) as { spec: { objectStore: { default: Json }; kafka: Json } };
    // The CRD's defaults that the API server fills in here (the test would prove nothing without them).
    expect(stored.spec.objectStore.default.bucketAttributionDisabled).toBe(false);
    expect(stored.spec.kafka).toEqual({
      managedKafka: { storageSize: '10Gi', telemetry: { enabled: true } },
    });
    expect(configuredSpec(stored.spec, desired)).toEqual(desired.spec);
    // A value other than the default is someone's change: it stays, for the diff to show.
    stored.spec.objectStore.default.bucketAttributionDisabled = true;
    expect(configuredSpec(stored.spec, desired)).toMatchObject({
      objectStore: { default: { bucketAttributionDisabled: true } },
    });
  });
});
