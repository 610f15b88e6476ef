import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { usePlane, type Plane } from '../../test-support/cluster/plane.js';
import {
  V2_CRD,
  V2_REFERENCE,
  V2OperatorStandIn,
  installV2Crd,
} from '../../test-support/cluster/operator-v2.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr with an `apps.wandb.com/v2` CR on the v2 plane: W&B's real v2 CRD (adapted for the 1.20 API server,
 * see test-support/cluster/operator-v2.ts) and the v2 controller stand-in, which writes the status the v2
 * operator writes (observedGeneration, Ready, per-store states, the migration) and makes real migration Job
 * objects. The CR is the operator's published sample fitted to its CRD, as __tests__/cluster/operator-v2.test.ts
 * does (docs/operator-v2.md: the samples do not match their own CRD).
 */
const { plane, namespace } = usePlane({ plane: 'v2' });
const LICENSE = 'eyJhbGciOiJSUzI1NiJ9.acrV2LicenseBody0123456789';
const CR = 'wandb-acr-v2';
const STALLED = 'wandb-acr-v2-stall';

let dir: string;
let ns: string;
let operator: V2OperatorStandIn;

/** The published sample, fitted to the CRD in the least way, with this file's name, namespace and version. */
function writeCr(
  file: string,
  name: string,
  namespace: string,
  version: string,
  annotations?: Record<string, string>,
): string {
  const doc = parseDocument(readFileSync(join(V2_REFERENCE, 'sample-v2.yaml'), 'utf8'));
  for (const store of ['mysql', 'redis', 'objectStore', 'clickhouse']) {
    const node = doc.getIn(['spec', store]) as { toJSON(): unknown } | undefined;
    if (node) doc.setIn(['spec', store], doc.createNode({ default: node.toJSON() }));
  }
  doc.setIn(['metadata', 'name'], name);
  doc.setIn(['metadata', 'namespace'], namespace);
  if (annotations) doc.setIn(['metadata', 'annotations'], annotations);
  doc.setIn(['spec', 'retentionPolicy'], { onDelete: 'detach' });
  doc.setIn(['spec', 'wandb'], {
    hostname: 'https://wandb.example.com',
    version,
    bucketProxy: false,
    features: {},
    license: LICENSE,
  });
  const path = join(dir, file);
  writeFileSync(path, doc.toString());
  return path;
}

function applyCr(p: Plane, config: string, extra: string[] = [], github = true): Promise<CliRun> {
  return cli(
    ['apply-cr', '--config', config, '--kubectl-path', p.tools.kubectl, '--poll-interval', '0.5', ...extra],
    { github, env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
  );
}

interface LiveV2 {
  metadata: { generation: number; resourceVersion: string };
  spec: { wandb: { version: string } };
  status?: {
    observedGeneration?: number;
    ready?: boolean;
    wandb?: {
      migration?: { version?: string; lastSuccessVersion?: string; ready?: boolean; phase?: string };
    };
  };
}

async function liveCr(p: Plane, name: string, inNs = ns): Promise<LiveV2 | undefined> {
  const out = await p.kubectl(['get', `${V2_CRD}`, name, '-n', inNs, '-o', 'json', '--ignore-not-found']);
  return out.trim() ? (JSON.parse(out) as LiveV2) : undefined;
}

/** The lines a user reads in the log, `::` workflow commands left out. */
function logLines(run: CliRun): string[] {
  return (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('::add-mask::'));
}

beforeAll(async () => {
  const p = plane();
  await installV2Crd(p);
  dir = mkdtempSync(join(tmpdir(), 'apply-cr-v2-'));
  ns = await namespace('apply-cr-v2');
  // Slow enough that every phase is seen (a wait looks again as soon as a watch reports the status change).
  operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns, intervalMs: 600 }).start();
}, 10 * 60_000);

afterAll(async () => {
  await operator?.stop();
});

describe('apply-cr with an apps.wandb.com/v2 CR', () => {
  it('creates it and waits through the stores, the migration Job and Ready, printing each state once', async () => {
    const p = plane();
    const run = await applyCr(p, writeCr('v1.yaml', CR, ns, '0.81.0'));
    const lines = logLines(run);
    expect(run.stdout + run.stderr).toContain(`Creating weightsandbiases/${CR} (namespace ${ns})`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('render check: not applicable to a v2 CR');
    // The progress a user follows: the stores' states and the migration phase, each line when it changes.
    const job = `job/${CR}-migrate-0-81-0`;
    const expected = [
      '  MySQL Provisioning, Redis Provisioning, Kafka Provisioning, object store Provisioning, ClickHouse Provisioning; migration Pending (WaitingForInfrastructure); Ready False (Reconciling)',
      `  MySQL Ready, Redis Ready, Kafka Ready, object store Ready, ClickHouse Ready; migration Running (MigrationJobRunning), ${job} running; Ready False (Reconciling)`,
    ];
    for (const line of expected) expect(lines.filter((l) => l === line)).toHaveLength(1);
    expect(lines.indexOf(expected[0])).toBeLessThan(lines.indexOf(expected[1]));
    expect(run.stdout).toMatch(
      new RegExp(`weightsandbiases/${CR} \\(namespace ${ns}\\) rolled out \\(\\(none\\) -> 0\\.81\\.0\\)`),
    );
    expect(parseOutputs(run.outputs)).toMatchObject({
      changed: 'true',
      'rolled-back': 'false',
      version: '0.81.0',
      'previous-version': '',
      'render-check': 'skipped',
    });
    expect(run.summary).toContain('### apply-cr: applied');
    expect(run.summary).toContain('| version | (none) -> 0.81.0 |');
    // `::add-mask::` lines register secrets with the runner, which never shows them.
    expect([...logLines(run), run.summary].join('\n')).not.toContain(LICENSE);
    const live = await liveCr(p, CR);
    expect(live?.status?.observedGeneration).toBe(live?.metadata.generation);
    expect(live?.status?.wandb?.migration).toMatchObject({ version: '0.81.0', ready: true });
  });

  it('a rerun with the same CR writes nothing, checked against the live status (--format json)', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const run = await applyCr(p, writeCr('v1.yaml', CR, ns, '0.81.0'), ['--format', 'json'], false);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `No changes: weightsandbiases/${CR} (namespace ${ns}) matches the configuration and is rolled out.`,
    );
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({
      command: 'apply-cr',
      ok: true,
      target: { name: CR, namespace: ns },
      result: 'no-changes',
      liveSpec: 'new',
      diff: { added: 0, removed: 0 },
      outputs: { changed: 'false', version: '0.81.0', 'previous-version': '0.81.0' },
    });
    // Not written: neither the CR nor its last-good pointer (the stand-in, like a controller, writes no status
    // that would not change).
    expect((await liveCr(p, CR))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });

  it('dry run: the diff against the live CR is the version line only (the defaults the API server filled in are no change)', async () => {
    const p = plane();
    const before = await liveCr(p, CR);
    const run = await applyCr(p, writeCr('v2.yaml', CR, ns, '0.82.1'), ['--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain(
      `Changes to weightsandbiases/${CR} (namespace ${ns}) (+1 -1 lines):`,
    );
    expect(run.stdout).toContain('-    version: 0.81.0');
    expect(run.stdout).toContain('+    version: 0.82.1');
    expect(run.stdout).toContain('Dry run: nothing was changed.');
    expect((await liveCr(p, CR))?.metadata.resourceVersion).toBe(before?.metadata.resourceVersion);
  });

  it('a failed migration fails the apply with its reason and rolls back to the previous spec', async () => {
    const p = plane();
    operator.failMigrationTo = '0.82.1';
    try {
      const run = await applyCr(p, writeCr('v2.yaml', CR, ns, '0.82.1'), ['--timeout', '120']);
      expect(run.code).toBe(1);
      const said = run.stdout + run.stderr;
      expect(said).toContain(`job/${CR}-migrate-0-82-1 running`);
      // Said by the failed Job, or by the operator's status once it has seen the Job (whichever is read first).
      expect(said).toMatch(/The migration to 0\.82\.1 failed[ :]/);
      expect(said).toContain(
        `Job ${CR}-migrate-0-82-1: BackoffLimitExceeded: Job has reached the specified backoff limit`,
      );
      expect(said).toContain('Rolling back: re-applying the last good spec');
      expect(said).toContain('Rolled back, and the previous spec is rolled out again.');
      expect(said).toContain('Live spec: the PREVIOUS one');
      expect(parseOutputs(run.outputs)).toMatchObject({
        changed: 'false',
        'rolled-back': 'true',
        version: '0.81.0',
        'previous-version': '0.81.0',
      });
      expect(run.summary).toContain('### apply-cr: rolled-back');
      const live = await liveCr(p, CR);
      expect(live?.spec.wandb.version).toBe('0.81.0');
      expect(live?.status?.observedGeneration).toBe(live?.metadata.generation);
      expect(live?.status?.wandb?.migration).toMatchObject({ version: '0.81.0', ready: true });
      // The failed Job stays for its logs; it is finished and no longer fails the rolled-back spec.
      const failed = await p.kubectl([
        'get',
        'job',
        `${CR}-migrate-0-82-1`,
        '-n',
        ns,
        '-o',
        'jsonpath={.status.failed}',
      ]);
      expect(failed.trim()).toBe('1');
      const rerun = await applyCr(p, writeCr('v1.yaml', CR, ns, '0.81.0'));
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toContain(`No changes: weightsandbiases/${CR}`);
    } finally {
      operator.failMigrationTo = undefined;
    }
  });

  it('rollback off leaves the failed spec applied; a rerun finds it failing (no changes) and goes back to the last good spec', async () => {
    const p = plane();
    operator.failMigrationTo = '0.82.1';
    try {
      const kept = await applyCr(p, writeCr('v2.yaml', CR, ns, '0.82.1'), [
        '--rollback-on-failure',
        'false',
        '--timeout',
        '60',
      ]);
      expect(kept.code).toBe(1);
      const said = kept.stdout + kept.stderr;
      expect(said).toMatch(/The migration to 0\.82\.1 failed[ :]/);
      expect(said).toContain('Rollback is off (rollback-on-failure: false): the new CR stays applied.');
      expect(said).toContain('Live spec: the NEW one');
      expect((await liveCr(p, CR))?.spec.wandb.version).toBe('0.82.1');

      const rerun = await applyCr(p, writeCr('v2.yaml', CR, ns, '0.82.1'), ['--timeout', '60']);
      expect(rerun.code).toBe(1);
      expect(rerun.stdout + rerun.stderr).toContain(
        `No changes to apply, but weightsandbiases/${CR} (namespace ${ns}) was not rolled out: The migration to 0.82.1 failed (phase Failed, MigrationJobFailed).`,
      );
      expect(rerun.stdout + rerun.stderr).toContain(
        'Rolled back to the last good spec (0.81.0), which is rolled out again.',
      );
      expect(parseOutputs(rerun.outputs)).toMatchObject({ 'rolled-back': 'true', version: '0.81.0' });
      const live = await liveCr(p, CR);
      expect(live?.spec.wandb.version).toBe('0.81.0');
      expect(live?.status?.wandb?.migration).toMatchObject({ version: '0.81.0', ready: true });
    } finally {
      operator.failMigrationTo = undefined;
    }
  });

  it('a v1 last good spec (recorded before a cutover to v2) is not re-applied: the rollback goes back to the live v2 CR', async () => {
    const p = plane();
    // As a v1 apply-cr left it before `migrate --to v2`: the last good spec is a v1 CR with a chart and values.
    const v1 = {
      apiVersion: 'apps.wandb.com/v1',
      kind: 'WeightsAndBiases',
      metadata: { name: CR, namespace: ns },
      spec: {
        chart: { name: 'operator-wandb', version: '0.43.8' },
        values: { app: { image: { tag: '0.80.0' } } },
      },
    };
    await p.kubectl([
      '-n',
      ns,
      'patch',
      'secret',
      `${CR}-last-good-spec`,
      '--type=merge',
      '-p',
      JSON.stringify({ data: { 'cr.json': Buffer.from(JSON.stringify(v1)).toString('base64') } }),
    ]);
    operator.failMigrationTo = '0.82.1';
    try {
      const run = await applyCr(p, writeCr('v2.yaml', CR, ns, '0.82.1'), ['--timeout', '120']);
      expect(run.code).toBe(1);
      const said = run.stdout + run.stderr;
      expect(said).toContain(
        `The last good spec recorded (Secret ${CR}-last-good-spec) is apps.wandb.com/v1, not apps.wandb.com/v2: a rollback goes back to the CR as it is now instead.`,
      );
      expect(said).toContain('Rolling back: re-applying the previous CR...');
      expect(said).toContain('Rolled back, and the previous spec is rolled out again.');
      const live = await liveCr(p, CR);
      expect(live?.spec.wandb.version).toBe('0.81.0');
      expect(live?.spec).not.toHaveProperty('values');
    } finally {
      operator.failMigrationTo = undefined;
    }
  });

  it("a live CR with the v2 webhook's legacy annotations: no secret of theirs in the log, diff, summary or outputs, raw or Go-escaped", async () => {
    const p = plane();
    // As the conversion webhook leaves them (operator-v2 facts): the raw v1 values with the MySQL password
    // inline, and a store's literal password parked as JSON that Go wrote (<, & and > as \u escapes).
    const mysqlPw = 'acrV2-MysqlPw-in-v1-values-77';
    const pendingPw = 'acrV2<Pending&Pw>88';
    const goEscaped = 'acrV2\\u003cPending\\u0026Pw\\u003e88';
    const v1Values = (password: string, tag: string) =>
      JSON.stringify({
        global: { host: 'https://wandb.example.com', mysql: { host: 'db', password } },
        app: { image: { tag } },
      });
    const legacy = [
      'legacy.operator.wandb.com/v1-values',
      'legacy.operator.wandb.com/mysql-pending',
      'legacy.operator.wandb.com/redis-pending',
    ];
    const redisPw = 'acrV2-RedisPw-not-ours-31';
    await p.kubectl([
      'annotate',
      '--overwrite',
      '-n',
      ns,
      V2_CRD,
      CR,
      `${legacy[0]}=${v1Values(mysqlPw, '0.80.0')}`,
      `${legacy[1]}={"password":"${goEscaped}","host":"db"}`,
      `${legacy[2]}={"password":"${redisPw}"}`,
    ]);
    try {
      // What migrate --to v2 writes: the v1 values with the secrets masked, in the same annotation.
      // It also sets mysql-pending (without the password), so the live one, with it, is diffed too.
      const desired = writeCr('legacy.yaml', CR, ns, '0.81.0', {
        [legacy[0]]: v1Values('***', '0.81.0'),
        [legacy[1]]: '{"host":"db"}',
      });
      const run = await applyCr(p, desired, ['--dry-run']);
      expect(run.code).toBe(0);
      // The live annotation was read and diffed, masked inside its JSON; the one the CR does not set is not shown.
      expect(run.stdout).toContain(
        `-    ${legacy[0]}: '{"global":{"host":"https://wandb.example.com","mysql":{"host":"db","password":"***"}}`,
      );
      expect(run.stdout).toContain(`-    ${legacy[1]}: '{"password":"***","host":"db"}'`);
      expect(run.stdout).not.toContain(legacy[2]);
      expect(run.stdout + run.stderr).toContain(
        `A secret value changed inside metadata.annotations.${legacy[0]}`,
      );
      // `::add-mask::` lines register secrets with the runner, which never shows them.
      const everything = [...logLines(run), run.summary, run.outputs].join('\n');
      expect(parseOutputs(run.outputs).diff).toContain('"password":"***"');
      for (const secret of [mysqlPw, pendingPw, goEscaped, 'Pending&Pw', 'Pending\\u0026Pw', redisPw])
        expect(everything).not.toContain(secret);
    } finally {
      await p.kubectl(['annotate', '-n', ns, V2_CRD, CR, ...legacy.map((key) => `${key}-`)]);
    }
  });

  it('a stale status after the spec change (generation taken, Ready and migration.ready left from the previous rollout) is not taken as rolled out', async () => {
    const p = plane();
    const staleBefore = operator.staleWrites;
    operator.staleSteps = 3;
    try {
      const run = await applyCr(p, writeCr('v3.yaml', CR, ns, '0.83.0'), ['--timeout', '120']);
      const lines = logLines(run);
      expect(run.code).toBe(0);
      expect(operator.staleWrites).toBeGreaterThan(staleBefore);
      const stores = 'MySQL Ready, Redis Ready, Kafka Ready, object store Ready, ClickHouse Ready';
      // Seen, and waited through: the migration Job of 0.83.0 only comes after it.
      const stale = `  ${stores}; migration Running (MigrationJobRunning); Ready True (Ready)`;
      const real = `  ${stores}; migration Running (MigrationJobRunning), job/${CR}-migrate-0-83-0 running; Ready False (Reconciling)`;
      expect(lines).toContain(stale);
      expect(lines).toContain(real);
      expect(lines.indexOf(stale)).toBeLessThan(lines.indexOf(real));
      expect(run.stdout).toMatch(/rolled out \(0\.81\.0 -> 0\.83\.0\)/);
      const live = await liveCr(p, CR);
      expect(live?.status?.wandb?.migration).toMatchObject({
        version: '0.83.0',
        lastSuccessVersion: '0.83.0',
        ready: true,
        phase: 'Succeeded',
      });
    } finally {
      operator.staleSteps = 0;
    }
  });

  it('a stalled store: not rolled out by the deadline, naming the store; a first install leaves nothing', async () => {
    const p = plane();
    // A namespace and controller of its own: the stall must not reach the other CR.
    const stallNs = await namespace('apply-cr-v2-stall');
    const stalling = new V2OperatorStandIn({ rest: p.rest, namespace: stallNs, intervalMs: 300 });
    stalling.stall = 'kafka';
    stalling.start();
    try {
      const run = await applyCr(p, writeCr('stall.yaml', STALLED, stallNs, '0.81.0'), ['--timeout', '20']);
      expect(run.code).toBe(1);
      const said = run.stdout + run.stderr;
      expect(said).toContain(
        'MySQL Ready, Redis Ready, Kafka Provisioning, object store Ready, ClickHouse Ready; migration Pending (WaitingForInfrastructure); Ready False (InfrastructureNotReady)',
      );
      expect(said).toMatch(
        /Not rolled out within \d+ s \(the rollout's share of the 20 s timeout\); still waiting for: Ready=True \(now False, InfrastructureNotReady: kafka is not ready\); the migration to 0\.81\.0 \(phase Pending, WaitingForInfrastructure\); Kafka Provisioning\./,
      );
      expect(said).toContain(
        "This was the first install: the CR was deleted. With retentionPolicy.onDelete 'detach' the operator leaves the stores it made (and their data) in place",
      );
      expect(parseOutputs(run.outputs)).toMatchObject({ changed: 'false', 'rolled-back': 'true' });
      expect(await liveCr(p, STALLED, stallNs)).toBeUndefined();
    } finally {
      await stalling.stop();
    }
  });
});
