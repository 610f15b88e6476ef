import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELD_MANAGER } from '../../src/apply/cluster.js';
import {
  startChartRepo,
  startOperatorStack,
  type ChartRepo,
  usePlane,
  type OperatorStack,
  type Plane,
} from '../../test-support/cluster/index.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr against fields another field manager took over (server-side apply conflicts), on the real
 * loopback kube-apiserver with the operator stand-in: the step stops naming every field and its manager and
 * writes nothing; `--force-conflicts` takes the fields over.
 *
 * Which paths the server reports depends on how finely it tracks the open (preserve-unknown-fields) parts of
 * the CRD: this plane's v1.20 server tracks `spec.values` one level down (`.spec.values.app`), newer ones to
 * the leaf. So the fields expected in the message are read from the other manager's managedFields, which
 * hold only what it changed.
 */
const { plane, namespace } = usePlane();
// Its own CR name: W&B's chart names cluster-wide objects after it, and test files share the plane.
const NAME = 'wandb-conflicts';
const OTHER = 'someone-else';

let ns: string;
let stack: OperatorStack | undefined;
let dir: string;
let repo: ChartRepo;

function writeCr(file: string, tag: string): string {
  const path = join(dir, file);
  writeFileSync(
    path,
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      `  name: ${NAME}`,
      `  namespace: ${ns}`,
      'spec:',
      '  chart:',
      `    url: ${repo.url}`,
      '    name: operator-wandb',
      '    version: 0.43.8',
      '  values:',
      '    global:',
      '      host: https://wandb.example.com',
      '    app:',
      '      image:',
      '        repository: wandb/local',
      `        tag: "${tag}"`,
      '',
    ].join('\n'),
  );
  return path;
}

function applyCr(p: Plane, config: string, extra: string[] = []): Promise<CliRun> {
  return cli(
    ['apply-cr', '--config', config, '--kubectl-path', p.tools.kubectl, '--poll-interval', '0.5', ...extra],
    { github: true, env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
  );
}

interface ManagedFields {
  manager: string;
  operation: string;
  fieldsV1?: Record<string, unknown>;
}

interface LiveWandb {
  metadata: { resourceVersion: string; generation: number; managedFields?: ManagedFields[] };
  spec: {
    chart: { version: string };
    values: { app: { image: { tag: string } }; global: { host: string } };
  };
  status?: { phase?: string };
}

async function liveCr(p: Plane): Promise<LiveWandb> {
  return JSON.parse(
    await p.kubectl([
      'get',
      'weightsandbiases.apps.wandb.com',
      NAME,
      '-n',
      ns,
      '-o',
      'json',
      '--show-managed-fields',
    ]),
  ) as LiveWandb;
}

/** The field paths (as the API server writes them, `.spec.values.app`) one manager owns in the CR. */
function ownedBy(cr: LiveWandb, manager: string): string[] {
  const paths: string[] = [];
  const walk = (fields: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(fields)) {
      if (key === '.') continue;
      const path = `${prefix}.${key.replace(/^f:/, '')}`;
      const children = (value ?? {}) as Record<string, unknown>;
      const nested = Object.keys(children).filter((k) => k !== '.');
      if (nested.length === 0) paths.push(path);
      else walk(children, path);
    }
  };
  for (const entry of cr.metadata.managedFields ?? [])
    if (entry.manager === manager && entry.fieldsV1) walk(entry.fieldsV1, '');
  return paths.filter((path) => path.startsWith('.spec.')).sort();
}

/** Another field manager's server-side apply of part of the CR, taking those fields over. */
async function applyAs(p: Plane, manager: string, spec: Record<string, unknown>): Promise<void> {
  const partial = {
    apiVersion: 'apps.wandb.com/v1',
    kind: 'WeightsAndBiases',
    metadata: { name: NAME, namespace: ns },
    spec,
  };
  await p.kubectl(
    ['apply', '--server-side', `--field-manager=${manager}`, '--force-conflicts', '-n', ns, '-f', '-'],
    JSON.stringify(partial),
  );
}

/**
 * Waits until the operator stand-in has reconciled the CR's current generation (phase Completed) and the CR
 * stays put, so that its resourceVersion can be compared across a run.
 */
async function settled(p: Plane): Promise<LiveWandb> {
  let last: LiveWandb | undefined;
  for (let i = 0; i < 120; i++) {
    const cr = await liveCr(p);
    const reconciled = stack?.operator.log.includes(`reconcile ${NAME} generation ${cr.metadata.generation}`);
    if (
      reconciled &&
      cr.status?.phase === 'Completed' &&
      cr.metadata.resourceVersion === last?.metadata.resourceVersion
    )
      return cr;
    last = cr;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the CR did not settle: ${JSON.stringify(last?.status)}`);
}

/** What the run printed, without the `::add-mask::` lines (they carry the kubeconfig) in failure output. */
const printed = (run: CliRun) =>
  `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');

/** `text` matched literally in a RegExp. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A conflicting run: exit 1, every field named with its manager, nothing written. */
async function expectConflict(p: Plane, tag: string, owners: Record<string, string[]>): Promise<string> {
  const before = await settled(p);
  const run = await applyCr(p, writeCr(`${tag}.yaml`, tag));
  const said = printed(run);
  expect(run.code).toBe(1);
  const fields = Object.values(owners).flat();
  expect(new Set(fields).size).toBe(fields.length);
  const who = Object.keys(owners).length === 1 ? 'Another field manager owns' : 'Other field managers own';
  expect(said).toContain(
    `${who} ${fields.length === 1 ? 'a field' : `${fields.length} fields`} this configuration sets: `,
  );
  for (const [manager, paths] of Object.entries(owners))
    for (const path of paths) expect(said).toMatch(new RegExp(`${literal(path)} \\(owned by ${manager}[ )]`));
  expect(said).toContain("'force-conflicts: true'");
  expect(said).not.toContain('Applied. Waiting');
  expect(parseOutputs(run.outputs).changed).not.toBe('true');
  const after = await liveCr(p);
  expect(after.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
  expect(after.spec).toEqual(before.spec);
  return said;
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'apply-cr-conflicts-'));
  ns = await namespace('apply-cr-conflicts');
  const operatorNs = await namespace('apply-cr-conflicts-operator');
  repo = await startChartRepo({ helm: p.tools.helm, versions: [] });
  stack = await startOperatorStack(p, { namespace: ns, operatorNamespace: operatorNs });
}, 30 * 60_000);

afterAll(async () => {
  if (stack) writeFileSync(join(dir, 'operator-standin.log'), stack.operator.log.join('\n'));
  await stack?.stop();
  await repo?.close();
});

describe('apply-cr when another field manager owns fields it sets', () => {
  const conflicted = new Set<string>();

  it('creates the CR with its own field manager', async () => {
    const p = plane();
    const run = await applyCr(p, writeCr('0.74.1.yaml', '0.74.1'));
    expect(run.code).toBe(0);
    const live = await settled(p);
    expect(ownedBy(live, FIELD_MANAGER)).toEqual(
      expect.arrayContaining(['.spec.chart.version', expect.stringMatching(/^\.spec\.values\.app/)]),
    );
  });

  it('stops on one field another manager changed, naming it and its manager, and writes nothing', async () => {
    const p = plane();
    await applyAs(p, OTHER, { values: { app: { image: { tag: '0.75.0' } } } });
    const theirs = ownedBy(await settled(p), OTHER);
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatch(/^\.spec\.values\.app/);
    theirs.forEach((f) => conflicted.add(f));
    await expectConflict(p, '0.76.0', { [OTHER]: theirs });
  });

  it('names both fields when the other manager changed two', async () => {
    const p = plane();
    await applyAs(p, OTHER, { chart: { version: '0.40.7' }, values: { app: { image: { tag: '0.75.1' } } } });
    const live = await settled(p);
    expect(live.spec.chart.version).toBe('0.40.7');
    const theirs = ownedBy(live, OTHER);
    expect(theirs).toHaveLength(2);
    expect(theirs).toContain('.spec.chart.version');
    theirs.forEach((f) => conflicted.add(f));
    await expectConflict(p, '0.76.0', { [OTHER]: theirs });
  });

  it('names every manager when a second one (kubectl patch, an update) changed a field as well', async () => {
    const p = plane();
    await p.kubectl([
      'patch',
      'weightsandbiases.apps.wandb.com',
      NAME,
      '-n',
      ns,
      '--type',
      'merge',
      '-p',
      JSON.stringify({ spec: { values: { global: { host: 'https://edited.example.com' } } } }),
    ]);
    const live = await settled(p);
    const patched = ownedBy(live, 'kubectl-patch');
    expect(patched).toHaveLength(1);
    expect(patched[0]).toMatch(/^\.spec\.values\.global/);
    patched.forEach((f) => conflicted.add(f));
    const said = await expectConflict(p, '0.76.0', {
      [OTHER]: ownedBy(live, OTHER),
      'kubectl-patch': patched,
    });
    // An update (not an apply) manager: the server adds the API version it wrote with.
    expect(said).toContain('(owned by kubectl-patch using apps.wandb.com/v1)');
  });

  it('takes the fields over with --force-conflicts and rolls out', async () => {
    const p = plane();
    const run = await applyCr(p, writeCr('0.76.0.yaml', '0.76.0'), ['--force-conflicts']);
    expect(printed(run)).not.toMatch(/field managers? owns? /);
    expect(run.code).toBe(0);
    expect(parseOutputs(run.outputs)).toMatchObject({ changed: 'true', version: '0.76.0' });
    const live = await settled(p);
    expect(live.spec.values.app.image.tag).toBe('0.76.0');
    expect(live.spec.chart.version).toBe('0.43.8');
    expect(live.spec.values.global.host).toBe('https://wandb.example.com');
    expect(conflicted.size).toBe(3);
    const ours = ownedBy(live, FIELD_MANAGER);
    for (const field of conflicted) expect(ours).toContain(field);
    for (const other of [OTHER, 'kubectl-patch'])
      for (const field of conflicted) expect(ownedBy(live, other)).not.toContain(field);
  });
});
