import {
  VERIFIED_ANNOTATION,
  crFileText,
  crHost,
  crMetadata,
  currentVerifiedRecord,
  isNewInstanceRelease,
  maskedPaths,
  migrationCr,
  parseVerifiedRecord,
  releaseClash,
  removalDecision,
  removalRefusal,
  switchOutcome,
  verifiedAnnotationValue,
  verifyLaterFix,
} from '../../../src/migrate/cr.js';
import { maskSecrets } from '../../../src/config/index.js';

const target = {
  name: 'wandb-operator',
  namespace: 'default',
  chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' },
};

describe('the migration CR', () => {
  it('pins the chart source and carries the values', () => {
    const cr = migrationCr(target, { global: { host: 'https://w' } });
    expect(cr).toMatchObject({
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: 'wandb-operator', namespace: 'default' },
      spec: {
        chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' },
        values: { global: { host: 'https://w' } },
      },
    });
    expect((cr.spec as { chart: object }).chart).not.toHaveProperty('version');
  });

  it('warns in the file about inline secrets and lists what was left out', () => {
    const cr = migrationCr(target, { global: { license: 'lic-123456', mysql: { password: 'pw-123456' } } });
    const inline = maskedPaths((maskSecrets(cr).spec as { values: unknown }).values);
    expect(inline).toEqual(['spec.values.global.license', 'spec.values.global.mysql.password']);
    const text = crFileText(cr, {
      source: 'release wandb',
      inlineSecrets: inline,
      unmapped: ['ingress.hosts'],
    });
    expect(text).toContain('# WARNING: this file holds secrets copied from the old installation, inline:');
    expect(text).toContain('#   spec.values.global.license');
    expect(text).toContain('#   ingress.hosts');
    expect(text).toContain('kind: WeightsAndBiases');
  });
});

describe('decisions', () => {
  it('refuses a CR named like the old release in the same namespace', () => {
    expect(releaseClash({ name: 'wandb', namespace: 'a' }, { release: 'wandb', namespace: 'a' })).toContain(
      'would overwrite the old release',
    );
    expect(
      releaseClash({ name: 'wandb', namespace: 'b' }, { release: 'wandb', namespace: 'a' }),
    ).toBeUndefined();
    expect(releaseClash({ name: 'wandb', namespace: 'a' }, { namespace: 'a' })).toBeUndefined();
  });

  it("takes a release named like an existing CR in its namespace for the operator's, not the old one", () => {
    const cr = { name: 'wandb', namespace: 'a', exists: true };
    expect(isNewInstanceRelease({ name: 'wandb', namespace: 'a' }, cr)).toBe(true);
    expect(isNewInstanceRelease({ name: 'wandb', namespace: 'a' }, { ...cr, exists: false })).toBe(false);
    expect(isNewInstanceRelease({ name: 'wandb', namespace: 'b' }, cr)).toBe(false);
    expect(isNewInstanceRelease({ name: 'legacy', namespace: 'a' }, cr)).toBe(false);
  });

  it('removes the old installation only when the new one is Completed and ready and the old one is at 0', () => {
    const cr = { exists: true, phase: 'Completed', label: 'cr' };
    const ready = [{ name: 'a', ready: true, detail: 'a 1/1' }];
    const old = { replicas: 0, label: 'deployment/wandb' };
    expect(removalRefusal(cr, ready, old)).toBeUndefined();
    expect(removalRefusal({ ...cr, exists: false }, ready, old)).toContain('does not exist');
    expect(removalRefusal({ ...cr, phase: 'Loading' }, ready, old)).toContain(
      "phase 'Loading', not Completed",
    );
    expect(removalRefusal(cr, [], old)).toContain('no workloads');
    expect(
      removalRefusal(cr, [{ name: 'a', ready: false, detail: 'deployment/a 0/1 ready' }], old),
    ).toContain('not every workload is ready: deployment/a 0/1 ready');
    expect(removalRefusal(cr, ready, { ...old, replicas: 1 })).toContain('still runs 1 replica');
  });
});

describe('the record of a passed verify', () => {
  const label = 'weightsandbiases/wandb-operator (namespace default)';
  const record = { at: '2025-01-02T03:04:05.000Z', generation: 3, serverVersion: '0.74.1' };
  const annotated = (value: string) => ({ [VERIFIED_ANNOTATION]: value, other: 'x' });

  it('is compact JSON of the time, the generation and the server version, and reads back', () => {
    const value = verifiedAnnotationValue(record);
    expect(JSON.parse(value)).toEqual(record);
    expect(parseVerifiedRecord(value)).toEqual(record);
    const bare = verifiedAnnotationValue({ at: record.at, generation: 1 });
    expect(JSON.parse(bare)).toEqual({ at: record.at, generation: 1 });
    expect(parseVerifiedRecord(bare)).toEqual({ at: record.at, generation: 1 });
  });

  it('reads only what it wrote', () => {
    expect(parseVerifiedRecord(undefined)).toBeUndefined();
    expect(parseVerifiedRecord('')).toBeUndefined();
    expect(parseVerifiedRecord('true')).toBeUndefined();
    expect(parseVerifiedRecord('{not json')).toBeUndefined();
    expect(parseVerifiedRecord('{"at":"x","generation":"3"}')).toBeUndefined();
    expect(parseVerifiedRecord('{"at":"x","generation":1.5}')).toBeUndefined();
    expect(parseVerifiedRecord('{"generation":3}')).toBeUndefined();
  });

  it('holds only for the generation it was written for', () => {
    const value = verifiedAnnotationValue(record);
    expect(currentVerifiedRecord({ label, generation: 3, annotations: annotated(value) })).toEqual({
      ok: true,
      record,
    });
    const stale = currentVerifiedRecord({ label, generation: 4, annotations: annotated(value) });
    expect(stale).toEqual({
      ok: false,
      reason: `${label} was verified at generation 3 (2025-01-02T03:04:05.000Z), but its spec has changed since (now generation 4).`,
    });
    const none = currentVerifiedRecord({ label, generation: 3, annotations: { other: 'x' } });
    expect(none.ok).toBe(false);
    expect(!none.ok && none.reason).toContain(
      `has no record of a passed verify (annotation ${VERIFIED_ANNOTATION}): verify was skipped or did not pass.`,
    );
    expect(currentVerifiedRecord({ label, generation: 3 }).ok).toBe(false);
    const foreign = currentVerifiedRecord({ label, generation: 3, annotations: annotated('yes') });
    expect(!foreign.ok && foreign.reason).toContain('not a record this tool wrote');
  });

  it('reads generation, annotations and global.host of a live CR', () => {
    const live = {
      metadata: { generation: 2, annotations: { a: 'b' } },
      spec: { values: { global: { host: 'https://w.example.com' } } },
    };
    expect(crMetadata(live)).toEqual({ generation: 2, annotations: { a: 'b' } });
    expect(crMetadata(undefined)).toEqual({ generation: undefined, annotations: undefined });
    expect(crHost(live)).toBe('https://w.example.com');
    expect(crHost({ spec: { values: { global: { host: '' } } } })).toBeUndefined();
    expect(crHost(undefined)).toBeUndefined();
  });
});

describe('remove-old decision', () => {
  const label = 'weightsandbiases/wandb-operator (namespace default)';
  const up = { exists: true, phase: 'Completed', label, generation: 2 };
  const workloads = [{ name: 'app', ready: true, detail: 'deployment/app 1/1 ready' }];
  const old = { replicas: 0, label: 'deployment/wandb' };
  const noInputs = { apiKey: false };
  const verifiedAt = (generation: number) => ({
    [VERIFIED_ANNOTATION]: verifiedAnnotationValue({ at: '2025-01-02T03:04:05.000Z', generation }),
  });

  it('refuses while the new instance is not up, whatever verify says', () => {
    const decision = removalDecision({
      cr: { ...up, phase: 'Loading', annotations: verifiedAt(2) },
      workloads,
      old,
      verifyInputs: { apiKey: true, host: 'https://w' },
    });
    expect(decision).toMatchObject({ action: 'refuse', unverified: false });
    expect(decision.action === 'refuse' && decision.reason).toContain("phase 'Loading', not Completed");
    expect(
      removalDecision({
        cr: { ...up, annotations: verifiedAt(2) },
        workloads,
        old: { ...old, replicas: 1 },
        verifyInputs: noInputs,
      }),
    ).toMatchObject({ action: 'refuse', unverified: false });
  });

  it('refuses when verify never passed and this run cannot verify, naming what to pass', () => {
    const decision = removalDecision({ cr: up, workloads, old, verifyInputs: noInputs });
    expect(decision).toMatchObject({ action: 'refuse', unverified: true });
    if (decision.action !== 'refuse') throw new Error('not refused');
    expect(decision.reason).toContain('has no record of a passed verify');
    expect(decision.fix).toBe(
      'Run remove-old again with api-key (a secret; the CLI reads WANDB_API_KEY) and host (the CR has no global.host): it runs verify first, records it on the CR when it passes, and only then removes the old installation.',
    );
    const hostOnly = removalDecision({
      cr: up,
      workloads,
      old,
      verifyInputs: { apiKey: false, host: 'https://w' },
    });
    expect(hostOnly.action === 'refuse' && hostOnly.fix).toContain(
      'with api-key (a secret; the CLI reads WANDB_API_KEY): it runs',
    );
    const keyOnly = removalDecision({ cr: up, workloads, old, verifyInputs: { apiKey: true } });
    expect(keyOnly.action === 'refuse' && keyOnly.fix).toContain(
      'with host (the CR has no global.host): it runs',
    );
  });

  it('refuses a record of an earlier generation (the spec changed since verify passed)', () => {
    const decision = removalDecision({
      cr: { ...up, annotations: verifiedAt(1) },
      workloads,
      old,
      verifyInputs: noInputs,
    });
    expect(decision).toMatchObject({ action: 'refuse', unverified: true });
    expect(decision.action === 'refuse' && decision.reason).toContain(
      'was verified at generation 1 (2025-01-02T03:04:05.000Z), but its spec has changed since (now generation 2)',
    );
  });

  it('removes on the record of a pass for the current generation', () => {
    expect(
      removalDecision({ cr: { ...up, annotations: verifiedAt(2) }, workloads, old, verifyInputs: noInputs }),
    ).toEqual({ action: 'remove', record: { at: '2025-01-02T03:04:05.000Z', generation: 2 } });
  });

  it('verifies first when it can, even over a record', () => {
    for (const annotations of [undefined, verifiedAt(1), verifiedAt(2)]) {
      expect(
        removalDecision({
          cr: { ...up, annotations },
          workloads,
          old,
          verifyInputs: { apiKey: true, host: 'https://w' },
        }),
      ).toEqual({ action: 'verify', host: 'https://w' });
    }
  });

  it('says how to pass verify later', () => {
    expect(verifyLaterFix({ apiKey: true, host: true })).toContain(
      'Run remove-old again with api-key and host',
    );
  });
});

describe('how a switch that rolled out ends', () => {
  const base = {
    crLabel: 'weightsandbiases/w (namespace a)',
    oldLabel: 'deployment/wandb (namespace a)',
    release: 'wandb',
    apiKey: true,
    host: 'https://w.example.com',
  };
  const recorded = { ok: true as const, record: { at: '2026-12-06T01:00:00Z', generation: 3 } };
  const none = { ok: false as const, reason: 'no record' };

  it('migrated when this run verified and recorded it; the old installation is kept', () => {
    const outcome = switchOutcome({ ...base, verified: true, record: recorded });
    expect(outcome.result).toBe('migrated');
    expect(outcome.skipped).toBeUndefined();
    expect(outcome.line).toBe(
      "Migrated: weightsandbiases/w (namespace a) is rolled out and verified. The old installation is kept for rollback (deployment/wandb (namespace a) scaled to 0, Helm release 'wandb' kept). Remove it with remove-old: true once you are satisfied.",
    );
  });

  it('unverified when verify was skipped and no pass is recorded, saying what was missing and what remove-old needs', () => {
    const outcome = switchOutcome({
      ...base,
      release: undefined,
      verified: false,
      record: none,
      apiKey: false,
    });
    expect(outcome.result).toBe('unverified');
    expect(outcome.line).toContain('(deployment/wandb (namespace a) scaled to 0);');
    expect(outcome.skipped?.warning).toContain('Verify was skipped: no api-key was given.');
    expect(outcome.skipped?.warning).toContain(
      'remove-old will be refused until a verify passes. Run remove-old again with api-key',
    );
    expect(outcome.skipped?.step).toBe(
      'verify skipped (no api-key was given): remove-old is refused until a verify passes',
    );
    expect(outcome.summary).toContain('**not verified**');
  });

  it('migrated on an earlier pass recorded for this generation, still saying verify was skipped now', () => {
    const outcome = switchOutcome({ ...base, verified: false, record: recorded, host: undefined });
    expect(outcome.result).toBe('migrated');
    expect(outcome.skipped?.warning).toContain('no host (and the CR has no global.host) was given');
    expect(outcome.skipped?.warning).toContain('An earlier verify of this generation');
    expect(outcome.skipped?.step).toContain('an earlier pass is recorded');
  });
});
