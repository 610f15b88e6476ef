import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import { usePlane, type Plane } from '../../test-support/cluster/plane.js';
import {
  V2_CRD,
  V2_REFERENCE,
  V2OperatorStandIn,
  installV2Crd,
} from '../../test-support/cluster/operator-v2.js';
import { cli, parseOutputs, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr on an `apps.wandb.com/v2` CR tells the truth as it does for v1 (apply-cr-truth.test.ts), on the v2
 * plane (W&B's real v2 CRD) with the v2 controller stand-in:
 * - an identity whose Role lacks list/watch on jobs.batch is refused before anything changes, with the
 *   missing verbs and the Role rule to add; the rule as printed, added to its Role, is enough for a rollout;
 * - two apply-cr at once on one v2 CR: one rolls out, the other says who holds the Lease, with a summary;
 * - SIGTERM mid-wait: no kubectl left running, no temporary file, the Lease given back, the CR's state said;
 * - a field another field manager owns: nothing written, said in the log, summary, outputs and JSON.
 * Each test has its own namespace and stand-in.
 */
const { plane, namespace } = usePlane({ plane: 'v2' });
const LICENSE = 'eyJhbGciOiJSUzI1NiJ9.acrV2TruthLicense0123456789';

let dir: string;
const operators: V2OperatorStandIn[] = [];

/** The published sample, fitted to its CRD as apply-cr-v2.test.ts does, with this name, namespace and version. */
function writeCr(name: string, ns: string, version: string): string {
  const doc = parseDocument(readFileSync(join(V2_REFERENCE, 'sample-v2.yaml'), 'utf8'));
  for (const store of ['mysql', 'redis', 'objectStore', 'clickhouse']) {
    const node = doc.getIn(['spec', store]) as { toJSON(): unknown } | undefined;
    if (node) doc.setIn(['spec', store], doc.createNode({ default: node.toJSON() }));
  }
  doc.setIn(['metadata', 'name'], name);
  doc.setIn(['metadata', 'namespace'], ns);
  doc.setIn(['spec', 'retentionPolicy'], { onDelete: 'detach' });
  doc.setIn(['spec', 'wandb'], {
    hostname: 'https://wandb.example.com',
    version,
    bucketProxy: false,
    features: {},
    license: LICENSE,
  });
  const path = join(dir, `${name}-${version}.yaml`);
  writeFileSync(path, doc.toString());
  return path;
}

async function applyCr(
  p: Plane,
  config: string,
  extra: string[] = [],
  kubeconfig = p.kubeconfigContent,
): Promise<CliRun & { all: string }> {
  const run = await cli(
    ['apply-cr', '--config', config, '--kubectl-path', p.tools.kubectl, '--poll-interval', '0.5', ...extra],
    { github: true, env: { KUBECONFIG_CONTENT: kubeconfig } },
  );
  return { ...run, all: run.stdout + run.stderr };
}

function startOperator(p: Plane, ns: string, stall?: 'kafka'): V2OperatorStandIn {
  const operator = new V2OperatorStandIn({ rest: p.rest, namespace: ns, intervalMs: 300 });
  operator.stall = stall;
  operators.push(operator.start());
  return operator;
}

async function names(p: Plane, ns: string, resource: string): Promise<string> {
  return p.kubectl(['get', resource, '-n', ns, '-o', 'name']);
}

/** A kubeconfig for ServiceAccount `sa` of `ns` (a token of its own), as a CI identity would have. */
async function serviceAccountKubeconfig(p: Plane, ns: string, sa: string): Promise<string> {
  await p.kubectl(['-n', ns, 'create', 'serviceaccount', sa]);
  const token = (await p.kubectl(['-n', ns, 'create', 'token', sa, '--duration=10m'])).trim();
  const ca = /certificate-authority-data: (\S+)/.exec(p.kubeconfigContent)?.[1];
  return [
    'apiVersion: v1',
    'kind: Config',
    `clusters: [{name: c, cluster: {server: '${p.apiServer}', certificate-authority-data: ${ca}}}]`,
    `users: [{name: u, user: {token: ${token}}}]`,
    `contexts: [{name: x, context: {cluster: c, user: u, namespace: ${ns}}}]`,
    'current-context: x',
    '',
  ].join('\n');
}

beforeAll(async () => {
  await installV2Crd(plane());
  dir = mkdtempSync(join(tmpdir(), 'apply-cr-v2-truth-'));
}, 10 * 60_000);

afterAll(async () => {
  await Promise.all(operators.map((operator) => operator.stop()));
});

test(
  'an identity that may not list/watch jobs.batch is refused before anything changes, with the Role rule to add; the rule added, it rolls out',
  async () => {
    const p = plane();
    const ns = await namespace('acr-v2-rbac');
    const name = 'wandb-acr-v2-rbac';
    startOperator(p, ns);
    const kubeconfig = await serviceAccountKubeconfig(p, ns, 'ci-deployer');
    // Everything the v2 path needs but the migration Jobs, as a Role written for v1 would be.
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'ci-deployer', namespace: ns },
      rules: [
        {
          apiGroups: ['apps.wandb.com'],
          resources: ['weightsandbiases'],
          verbs: ['get', 'list', 'watch', 'create', 'patch', 'delete'],
        },
        { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'create', 'patch'] },
      ],
    };
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(role));
    await p.kubectl([
      '-n',
      ns,
      'create',
      'rolebinding',
      'ci-deployer',
      '--role=ci-deployer',
      `--serviceaccount=${ns}:ci-deployer`,
    ]);

    const config = writeCr(name, ns, '0.81.0');
    const refused = await applyCr(p, config, [], kubeconfig);
    expect(refused.code).toBe(1);
    expect(refused.all).toContain(
      `The kubeconfig's identity may not do what apply-cr needs for weightsandbiases/${name} (namespace ${ns}): the API server (kubectl auth can-i) says no to list, watch jobs.batch (the v2 wait follows the migration Jobs). Nothing was changed: the CR does not exist, and was not created.`,
    );
    expect(refused.all).toContain(`fix: Add these rules to a Role in namespace ${ns}`);
    expect(refused.summary).toContain('### apply-cr: nothing was applied');
    expect(refused.summary).toContain('resources: ["jobs"]');
    expect(parseOutputs(refused.outputs)).toMatchObject({ changed: 'false', 'rolled-back': 'false' });
    // Nothing written: no CR, no Lease, no last-good Secret; and no wait that ran into the deadline.
    expect(refused.all).not.toContain('Applied. Waiting');
    expect(await names(p, ns, V2_CRD)).toBe('');
    expect(await names(p, ns, 'leases.coordination.k8s.io')).toBe('');
    expect(await names(p, ns, 'secrets')).not.toContain(`${name}-last-good-spec`);
    // `::add-mask::` lines register secrets with the runner, which never shows them.
    const shown = refused.all
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(shown + refused.summary).not.toContain(/token: (\S+)/.exec(kubeconfig)![1]);

    // --format json says the same, with the missing rights as data.
    const json = await cli(
      ['apply-cr', '--config', config, '--kubectl-path', p.tools.kubectl, '--format', 'json'],
      { env: { KUBECONFIG_CONTENT: kubeconfig } },
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      command: 'apply-cr',
      ok: false,
      target: { name, namespace: ns },
      result: 'not-applied',
      liveSpec: 'none',
      missingPermissions: [
        { verb: 'list', group: 'batch', resource: 'jobs', namespace: ns },
        { verb: 'watch', group: 'batch', resource: 'jobs', namespace: ns },
      ],
    });

    // The rule exactly as printed, added to the Role, is all it lacked.
    const printed = /```yaml\n([\s\S]*?)```/.exec(refused.summary)![1];
    role.rules.push(...(parse(printed) as typeof role.rules));
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(role));
    const applied = await applyCr(p, config, ['--timeout', '120'], kubeconfig);
    expect(applied.all).toContain('permissions: ok');
    expect(applied.code).toBe(0);
    expect(applied.all).toContain(`weightsandbiases/${name} (namespace ${ns}) rolled out`);
  },
  5 * 60_000,
);

test(
  'a dry run needs only what it reads (the CR, its last-good Secret, the migration Jobs): what applying would need on top is a warning',
  async () => {
    const p = plane();
    const ns = await namespace('acr-v2-rbac-dry');
    const name = 'wandb-acr-v2-dry';
    const kubeconfig = await serviceAccountKubeconfig(p, ns, 'ci-planner');
    const role = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'ci-planner', namespace: ns },
      rules: [
        { apiGroups: ['apps.wandb.com'], resources: ['weightsandbiases'], verbs: ['get'] },
        { apiGroups: [''], resources: ['secrets'], verbs: ['get'] },
        { apiGroups: ['batch'], resources: ['jobs'], verbs: ['list'] },
      ],
    };
    await p.kubectl(['apply', '-f', '-'], JSON.stringify(role));
    await p.kubectl([
      '-n',
      ns,
      'create',
      'rolebinding',
      'ci-planner',
      '--role=ci-planner',
      `--serviceaccount=${ns}:ci-planner`,
    ]);
    const run = await applyCr(p, writeCr(name, ns, '0.81.0'), ['--dry-run'], kubeconfig);
    expect(run.code).toBe(0);
    expect(run.all).toContain(
      `Dry run: this identity may read what the dry run reads, but applying the CR also needs watch, patch, create, delete weightsandbiases.apps.wandb.com/${name}; get, update leases.coordination.k8s.io/${name}-wandb-operator-actions; patch, create secrets/${name}-last-good-spec; watch jobs.batch.`,
    );
    expect(run.all).toContain(`Role rules to add in namespace ${ns} before a real run:`);
    expect(run.all).toContain('Dry run: nothing was changed.');
    expect(run.summary).toContain(
      `A real run would be refused: this identity may not watch, patch, create, delete weightsandbiases.apps.wandb.com/${name};`,
    );
    expect(run.summary).toContain('resources: ["leases"]');
    expect(await names(p, ns, V2_CRD)).toBe('');
    const json = await cli(
      [
        'apply-cr',
        '--config',
        writeCr(name, ns, '0.81.0'),
        '--kubectl-path',
        p.tools.kubectl,
        '--dry-run',
        '--format',
        'json',
      ],
      { env: { KUBECONFIG_CONTENT: kubeconfig } },
    );
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc).toMatchObject({ ok: true, result: 'dry-run', liveSpec: 'none' });
    expect(doc.missingPermissions).toContainEqual({
      verb: 'watch',
      group: 'batch',
      resource: 'jobs',
      namespace: ns,
    });
  },
  5 * 60_000,
);

test(
  'two apply-cr at once on one v2 CR: one rolls out, the other says who holds the Lease and writes nothing',
  async () => {
    const p = plane();
    const ns = await namespace('acr-v2-race');
    const name = 'wandb-acr-v2-race';
    startOperator(p, ns);
    const [a, b] = await Promise.all([
      applyCr(p, writeCr(name, ns, '0.81.0'), ['--timeout', '120']),
      applyCr(p, writeCr(name, ns, '0.81.0'), ['--timeout', '120']),
    ]);
    expect([a.code, b.code].sort()).toEqual([0, 1]);
    const [winner, loser] = a.code === 0 ? [a, b] : [b, a];
    expect(winner.all).toContain(`weightsandbiases/${name} (namespace ${ns}) rolled out`);
    expect(loser.all).toMatch(
      new RegExp(
        `Another apply-cr is writing weightsandbiases/${name} \\(namespace ${ns}\\): Lease ${ns}/${name}-wandb-operator-actions is held by '.* pid \\d+ run [0-9a-f]+' since .*Nothing was written\\.`,
      ),
    );
    expect(loser.all).toContain('fix: Let the other run finish');
    expect(loser.all).not.toContain('Applied. Waiting');
    // The loser's decision is in its summary and outputs too.
    expect(loser.summary).toContain('### apply-cr: nothing was applied');
    expect(loser.summary).toContain('Another apply-cr is writing');
    expect(parseOutputs(loser.outputs)).toMatchObject({ changed: 'false', 'rolled-back': 'false' });
    const holder = await p.kubectl([
      'get',
      'lease',
      `${name}-wandb-operator-actions`,
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.holderIdentity}',
    ]);
    expect(holder.trim()).toBe('');
  },
  5 * 60_000,
);

test(
  'SIGTERM mid-wait on a v2 CR: no kubectl left running, no temporary file, the Lease given back, the CR state said',
  async () => {
    const p = plane();
    const ns = await namespace('acr-v2-cancel');
    const name = 'wandb-acr-v2-cancel';
    // Kafka never becomes ready: the wait goes on until it is cancelled.
    startOperator(p, ns, 'kafka');
    const runnerTemp = mkdtempSync(join(tmpdir(), 'acr-v2-runner-temp-'));
    const summaryFile = join(mkdtempSync(join(tmpdir(), 'acr-v2-summary-')), 'summary.md');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'apply-cr',
        '--config',
        writeCr(name, ns, '0.81.0'),
        '--kubectl-path',
        p.tools.kubectl,
        '--timeout',
        '240',
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TEMP: runnerTemp,
          GITHUB_STEP_SUMMARY: summaryFile,
          KUBECONFIG_CONTENT: p.kubeconfigContent,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor(
      () => output.includes('Kafka Provisioning'),
      120_000,
      () => output,
    );
    const kubectls = kubectlChildrenOf(child.pid!);
    // The kubectl proxy the wait reads through, at least.
    expect(kubectls.length).toBeGreaterThanOrEqual(1);
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(output).toContain(
      'Cancelled. Live spec: the NEW one (it stays applied). Next: fix the configuration and run apply-cr again; a rerun checks the rollout',
    );
    // The job summary says it too.
    expect(readFileSync(summaryFile, 'utf8')).toContain(
      `### apply-cr: cancelled\n\nweightsandbiases/${name} (namespace ${ns}): Live spec: the NEW one (it stays applied).`,
    );
    for (const pid of kubectls) expect(alive(pid)).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);
    const holder = await p.kubectl([
      'get',
      'lease',
      `${name}-wandb-operator-actions`,
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.holderIdentity}',
    ]);
    expect(holder.trim()).toBe('');
    // What the log said: the new CR stays applied (the operator is still working on it).
    const version = await p.kubectl(['get', V2_CRD, name, '-n', ns, '-o', 'jsonpath={.spec.wandb.version}']);
    expect(version.trim()).toBe('0.81.0');
    expect(output).not.toContain(LICENSE);

    // A dry run cancelled while it checks the live (stalled) rollout has written nothing, and says so.
    const dry = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli.ts',
        'apply-cr',
        '--config',
        writeCr(name, ns, '0.81.0'),
        '--kubectl-path',
        p.tools.kubectl,
        '--timeout',
        '240',
        '--dry-run',
      ],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          RUNNER_TEMP: runnerTemp,
          KUBECONFIG_CONTENT: p.kubeconfigContent,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let dryOutput = '';
    dry.stdout.on('data', (c) => (dryOutput += c));
    dry.stderr.on('data', (c) => (dryOutput += c));
    const dryExited = new Promise<number | null>((resolve) => dry.on('exit', (code) => resolve(code)));
    await waitFor(
      () => dryOutput.includes('Kafka Provisioning'),
      120_000,
      () => dryOutput,
    );
    expect(dryOutput).toContain('Checking that it is rolled out');
    dry.kill('SIGTERM');
    expect(await dryExited).toBe(143);
    expect(dryOutput).toContain(
      `Cancelled before the CR was written: weightsandbiases/${name} (namespace ${ns}) is as it was.`,
    );
    expect(dryOutput).not.toContain('Cancelled. Live spec');
    expect(readdirSync(runnerTemp)).toEqual([]);
  },
  5 * 60_000,
);

test(
  'a field of the v2 CR another field manager owns: nothing written, the field and its manager named in the log, summary, outputs and JSON; --force-conflicts takes it over',
  async () => {
    const p = plane();
    const ns = await namespace('acr-v2-conflict');
    const name = 'wandb-acr-v2-conflict';
    startOperator(p, ns);
    const config = writeCr(name, ns, '0.81.0');
    expect((await applyCr(p, config, ['--timeout', '120'])).code).toBe(0);
    // Someone else takes spec.wandb.hostname with a server-side apply of that field alone (kubectl's own check
    // wants a whole spec; the API server checks the merged CR).
    await p.kubectl(
      [
        'apply',
        '--server-side',
        '--field-manager=someone-else',
        '--force-conflicts',
        '--validate=false',
        '-f',
        '-',
      ],
      JSON.stringify({
        apiVersion: 'apps.wandb.com/v2',
        kind: 'WeightsAndBiases',
        metadata: { name, namespace: ns },
        spec: { wandb: { hostname: 'https://edited.example.com' } },
      }),
    );
    // The edit is a new generation the stand-in goes on writing status for: the spec is what must not change.
    const spec = async () =>
      (
        await p.kubectl(['get', V2_CRD, name, '-n', ns, '-o', 'jsonpath={.metadata.generation} {.spec}'])
      ).trim();
    const before = await spec();
    expect(before).toContain('https://edited.example.com');

    const run = await applyCr(p, config, ['--timeout', '120']);
    expect(run.code).toBe(1);
    expect(run.all).toContain(
      `Another field manager owns a field this configuration sets: .spec.wandb.hostname (owned by someone-else). Nothing was written: weightsandbiases/${name} (namespace ${ns}) is as it was.`,
    );
    expect(run.all).toContain(
      "fix: Someone changed the CR outside this workflow (e.g. kubectl edit). Take ownership with 'force-conflicts: true'",
    );
    expect(run.all).not.toContain('Applied. Waiting');
    expect(run.summary).toContain('### apply-cr: nothing was applied');
    expect(run.summary).toContain('.spec.wandb.hostname (owned by someone-else)');
    expect(parseOutputs(run.outputs)).toMatchObject({ changed: 'false', 'rolled-back': 'false' });
    expect(await spec()).toBe(before);

    const json = await cli(
      ['apply-cr', '--config', config, '--kubectl-path', p.tools.kubectl, '--format', 'json'],
      { env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
    );
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      result: 'not-applied',
      liveSpec: 'previous',
      diff: { added: 1, removed: 1 },
      message: expect.stringContaining('.spec.wandb.hostname (owned by someone-else)'),
    });

    const forced = await applyCr(p, config, ['--timeout', '120', '--force-conflicts']);
    expect(forced.code).toBe(0);
    expect(forced.all).toContain(`weightsandbiases/${name} (namespace ${ns}) rolled out`);
    const hostname = await p.kubectl([
      'get',
      V2_CRD,
      name,
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.wandb.hostname}',
    ]);
    expect(hostname.trim()).toBe('https://wandb.example.com');
  },
  5 * 60_000,
);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The kubectl children of `parent` (from /proc): the proxy and any call in flight. */
function kubectlChildrenOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0];
      if (ppid === parent && argv0.endsWith('kubectl')) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function waitFor(check: () => boolean, ms: number, said: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`not seen within ${ms} ms; output so far:\n${said()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
