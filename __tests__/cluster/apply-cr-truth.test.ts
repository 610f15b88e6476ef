import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  TEST_HOST,
  startApiRelay,
  startChartRepo,
  startOperatorStack,
  usePlane,
  type ChartRepo,
  type OperatorStack,
  type Plane,
} from '../../test-support/cluster/index.js';
import { cli, type CliRun } from '../../test-support/run-cli.js';

/**
 * apply-cr tells the truth (issue 12, item 2), on the loopback plane with W&B's real operator-wandb chart
 * (installed by the operator stand-in from the loopback chart repository): a rerun over a failed rollout
 * fails and rolls back to the last good spec; a Lease held by another run stops a second writer; SIGTERM
 * mid-wait leaves no process, no temporary kubeconfig and no Lease held; dry-run with a kubeconfig given but
 * unreadable is an error; a timeout that leaves no room for a rollback is a usage error.
 */
const { plane, namespace } = usePlane();
let repo: ChartRepo;
let stack: OperatorStack;
let ns: string;
let dir: string;

function writeCr(name: string, tag: string): string {
  const file = join(dir, `${name}-${tag}.yaml`);
  writeFileSync(
    file,
    [
      'apiVersion: apps.wandb.com/v1',
      'kind: WeightsAndBiases',
      'metadata:',
      `  name: ${name}`,
      `  namespace: ${ns}`,
      'spec:',
      '  chart:',
      `    url: ${repo.url}`,
      '    name: operator-wandb',
      '    version: 0.43.8',
      '  values:',
      '    global:',
      `      host: ${TEST_HOST}`,
      '      license: lic-truth-8d2f4a6c1e',
      '    app:',
      '      image:',
      `        tag: "${tag}"`,
      '',
    ].join('\n'),
  );
  return file;
}

async function applyCr(p: Plane, file: string, extra: string[] = []): Promise<CliRun & { all: string }> {
  const run = await cli(
    [
      'apply-cr',
      '--config',
      file,
      '--kubectl-path',
      p.tools.kubectl,
      '--poll-interval',
      '0.5',
      '--render-check',
      'false',
      ...extra,
    ],
    { github: true, env: { KUBECONFIG_CONTENT: p.kubeconfigContent } },
  );
  return { ...run, all: run.stdout + run.stderr };
}

beforeAll(async () => {
  const p = plane();
  dir = mkdtempSync(join(tmpdir(), 'apply-cr-truth-'));
  repo = await startChartRepo({ helm: p.tools.helm, versions: ['1.4.8'] });
  ns = await namespace('truth');
  stack = await startOperatorStack(p, { namespace: ns, operatorNamespace: await namespace('truth-op') });
}, 5 * 60_000);

afterAll(async () => {
  await stack?.stop();
  await repo?.close();
});

test('--dry-run with a kubeconfig given but unreadable is an error, not a diff against an empty cluster', async () => {
  const run = await cli(
    ['apply-cr', '--config', writeCr('truth-dry', '0.74.1'), '--dry-run', '--render-check', 'false'],
    {
      env: { KUBECONFIG_CONTENT: join(dir, 'no-such-kubeconfig') },
    },
  );
  expect(run.code).toBe(1);
  expect(run.stdout + run.stderr).toContain('names no readable file');
  expect(run.stdout).not.toContain('no cluster configured');
});

test('a timeout that is not positive, or leaves no room for a rollback, is a usage error', async () => {
  const p = plane();
  const file = writeCr('truth-timeout', '0.74.1');
  for (const [value, said] of [
    ['-1', 'must be a positive number'],
    ['0.4', 'leaves no room for a rollback'],
  ]) {
    const run = await applyCr(p, file, ['--timeout', value]);
    expect(run.code).toBe(2);
    expect(run.all).toContain(said);
  }
});

test(
  'a rerun over a failed rollout fails; with rollback-on-failure it goes back to the last good spec',
  async () => {
    const p = plane();
    const good = await applyCr(p, writeCr('truth-rerun', '0.74.1'), ['--timeout', '240']);
    expect(good.stdout + good.stderr).toContain('Recorded as the last good spec');
    expect(good.code).toBe(0);
    const annotation = await p.kubectl([
      'get',
      'weightsandbiases.apps.wandb.com',
      'truth-rerun',
      '-n',
      ns,
      '-o',
      'jsonpath={.metadata.annotations}',
    ]);
    expect(annotation).toContain('wandb-operator-actions/last-good-spec');
    expect(annotation).not.toContain('lic-truth');

    stack.operator.mode = 'fail';
    try {
      const bad = writeCr('truth-rerun', '0.74.2');
      const failed = await applyCr(p, bad, ['--timeout', '60', '--rollback-on-failure', 'false']);
      expect(failed.code).toBe(1);
      expect(failed.all).toContain('Live spec: the NEW one');

      const rerun = await applyCr(p, bad, ['--timeout', '30', '--rollback-on-failure', 'false']);
      expect(rerun.code).toBe(1);
      expect(rerun.all).toContain('No changes to apply, but weightsandbiases/truth-rerun');
      expect(rerun.all).toContain("phase 'Invalid Config'");

      stack.operator.mode = 'normal';
      // The operator stand-in reconciles the failed CR again only on a change: the rerun's rollback is that change.
      const back = await applyCr(p, bad, ['--timeout', '240']);
      expect(back.code).toBe(1);
      expect(back.all).toContain('Rolled back to the last good spec (0.74.1)');
      const tag = await p.kubectl([
        'get',
        'weightsandbiases.apps.wandb.com',
        'truth-rerun',
        '-n',
        ns,
        '-o',
        'jsonpath={.spec.values.app.image.tag}',
      ]);
      expect(tag.trim()).toBe('0.74.1');
    } finally {
      stack.operator.mode = 'normal';
    }
  },
  10 * 60_000,
);

test('a Lease held by another run: the second writer stops, naming the holder and since when; nothing written', async () => {
  const p = plane();
  const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  const lease = {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: 'truth-lease-wandb-operator-actions', namespace: ns },
    spec: {
      holderIdentity: 'github run 99/1, other-runner pid 4242',
      leaseDurationSeconds: 30,
      acquireTime: now,
      renewTime: now,
    },
  };
  const leaseFile = join(dir, 'lease.json');
  writeFileSync(leaseFile, JSON.stringify(lease));
  await p.kubectl(['create', '-f', leaseFile]);
  const run = await applyCr(p, writeCr('truth-lease', '0.74.1'), ['--timeout', '60']);
  expect(run.code).toBe(1);
  expect(run.all).toContain(
    `Another apply-cr is writing weightsandbiases/truth-lease (namespace ${ns}): Lease ${ns}/truth-lease-wandb-operator-actions is held by 'github run 99/1, other-runner pid 4242' since ${now}`,
  );
  const crs = await p.kubectl(['get', 'weightsandbiases.apps.wandb.com', '-n', ns, '-o', 'name']);
  expect(crs).not.toContain('truth-lease');
});

test(
  'two apply-cr at once on one CR: one wins, the other says who holds the Lease',
  async () => {
    const p = plane();
    const [a, b] = await Promise.all([
      applyCr(p, writeCr('truth-race', '0.74.1'), ['--timeout', '240']),
      applyCr(p, writeCr('truth-race', '0.74.1'), ['--timeout', '240']),
    ]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 1]);
    const loser = a.code === 1 ? a : b;
    expect(loser.all).toMatch(
      /Another apply-cr is writing weightsandbiases\/truth-race .*held by '.* pid \d+ run [0-9a-f]+' since /,
    );
  },
  10 * 60_000,
);

test(
  'SIGTERM mid-wait: no kubectl proxy, no temporary kubeconfig, the Lease released, the state said',
  async () => {
    const p = plane();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'truth-runner-temp-'));
    stack.operator.mode = 'stall';
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli.ts',
          'apply-cr',
          '--config',
          writeCr('truth-cancel', '0.74.1'),
          '--kubectl-path',
          p.tools.kubectl,
          '--render-check',
          'false',
          '--timeout',
          '240',
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
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await waitFor(
        () => output.includes('Waiting for the operator'),
        120_000,
        () => output,
      );
      const proxies = kubectlProxiesOf(child.pid!);
      expect(proxies.length).toBe(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(output).toContain('Cancelled. Live spec: the NEW one');
      for (const pid of proxies) expect(alive(pid)).toBe(false);
      expect(readdirSync(runnerTemp)).toEqual([]);
      const holder = await p.kubectl([
        'get',
        'lease',
        'truth-cancel-wandb-operator-actions',
        '-n',
        ns,
        '-o',
        'jsonpath={.spec.holderIdentity}',
      ]);
      expect(holder.trim()).toBe('');
    } finally {
      stack.operator.mode = 'normal';
    }
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

/** The `kubectl proxy` children of `parent` (from /proc). */
function kubectlProxiesOf(parent: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8') as string;
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = (readFileSync(`/proc/${entry}/cmdline`, 'utf8') as string).split('\0');
      if (ppid === parent && cmdline.includes('proxy')) found.push(Number(entry));
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

test(
  'the API server hangs mid-wait: the step ends within timeout + 10 s, naming the live spec and what to run next',
  async () => {
    const p = plane();
    const good = await applyCr(p, writeCr('truth-freeze', '0.74.1'), ['--timeout', '240']);
    expect(good.code).toBe(0);
    // The next change never rolls out (the operator stalls), and while apply-cr waits the API server hangs.
    stack.operator.mode = 'stall';
    const relay = await startApiRelay(p);
    try {
      const timeout = 25;
      const started = Date.now();
      const running = cli(
        [
          'apply-cr',
          '--config',
          writeCr('truth-freeze', '0.74.2'),
          '--kubectl-path',
          p.tools.kubectl,
          '--poll-interval',
          '0.5',
          '--render-check',
          'false',
          '--timeout',
          String(timeout),
        ],
        { github: true, env: { KUBECONFIG_CONTENT: relay.kubeconfigContent } },
      );
      // Freeze once the new spec is on the cluster (read past the relay).
      for (let i = 0; i < 100; i++) {
        const tag = await p.kubectl([
          'get',
          'weightsandbiases.apps.wandb.com',
          'truth-freeze',
          '-n',
          ns,
          '-o',
          'jsonpath={.spec.values.app.image.tag}',
        ]);
        if (tag.trim() === '0.74.2') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      relay.freeze();
      const run = await running;
      const seconds = (Date.now() - started) / 1000;
      const all = run.stdout + run.stderr;
      expect(run.code).not.toBe(0);
      expect(seconds).toBeLessThanOrEqual(timeout + 10);
      // The apply went through before the hang; the rollback's write got no answer, so nobody can know.
      expect(all).toMatch(/Live spec: (the NEW one|UNKNOWN)/);
      expect(all).toContain(
        "Next: when the cluster answers, see what is there with 'kubectl get weightsandbiases truth-freeze",
      );
      expect(all).not.toContain('Unexpected failure');
    } finally {
      relay.cut();
      stack.operator.mode = 'normal';
    }
  },
  5 * 60_000,
);
