import type { ExecRequest, ExecResult } from '../../../src/core/exec.js';
import {
  KubeClient,
  KubeCommandError,
  compareVersions,
  parseServerVersion,
} from '../../../src/kube/client.js';
import { helmRepoAdd, helmReleaseStatus, helmUserValues } from '../../../src/kube/helm.js';

function fake(answers: Array<Partial<ExecResult>>) {
  const calls: ExecRequest[] = [];
  const exec = async (request: ExecRequest): Promise<ExecResult> => {
    calls.push(request);
    return { code: 0, stdout: '', stderr: '', timedOut: false, ...(answers.shift() ?? {}) };
  };
  return { calls, exec };
}

function client(exec: (r: ExecRequest) => Promise<ExecResult>, extra = {}) {
  return new KubeClient({
    kubectlPath: '/bin/kubectl',
    helmPath: '/bin/helm',
    kubeconfig: '/tmp/kc',
    context: 'ctx',
    exec,
    ...extra,
  });
}

test('kubectl gets --kubeconfig and --context first; helm gets them last with --kube-context', async () => {
  const { calls, exec } = fake([{}, {}]);
  const c = client(exec);
  await c.kubectl(['get', 'ns']);
  await c.helm(['list']);
  expect(calls[0]).toEqual(
    expect.objectContaining({
      command: '/bin/kubectl',
      args: ['--kubeconfig', '/tmp/kc', '--context', 'ctx', 'get', 'ns'],
    }),
  );
  expect(calls[1]).toEqual(
    expect.objectContaining({
      command: '/bin/helm',
      args: ['list', '--kubeconfig', '/tmp/kc', '--kube-context', 'ctx'],
    }),
  );
});

test('a failure throws a KubeCommandError quoting stderr; allowFailure returns it', async () => {
  const { exec } = fake([
    { code: 1, stderr: 'error: boom' },
    { code: 1, stderr: 'error: boom' },
  ]);
  const c = client(exec);
  await expect(c.kubectl(['get', 'x'])).rejects.toThrow(KubeCommandError);
  expect((await c.kubectl(['get', 'x'], { allowFailure: true })).code).toBe(1);
});

test("the error names the command, not the run's kubeconfig path or context", () => {
  const error = new KubeCommandError(
    'kubectl',
    ['--kubeconfig', '/tmp/wandb-kubeconfig-x/config', '--context', 'c', 'get', 'pods', '-n', 'ns'],
    { code: 1, stdout: '', stderr: 'error: boom', timedOut: false },
  );
  expect(error.message).toBe("'kubectl get pods -n' failed (exit 1): error: boom");
});

test('getJson: parsed object, undefined when NotFound', async () => {
  const { exec } = fake([
    { stdout: '{"kind":"Namespace"}' },
    { code: 1, stderr: 'Error from server (NotFound): namespaces "x" not found' },
  ]);
  const c = client(exec);
  expect(await c.getJson(['namespace', 'a'])).toEqual({ kind: 'Namespace' });
  expect(await c.getJson(['namespace', 'x'])).toBeUndefined();
});

test('getJson: a resource type the server does not know yet (CRD not installed) is no object; other errors throw', async () => {
  const { exec } = fake([
    { code: 1, stderr: 'error: the server doesn\'t have a resource type "weightsandbiases"' },
    { code: 1, stderr: 'error: You must be logged in to the server (Unauthorized)' },
  ]);
  const c = client(exec);
  expect(await c.getJson(['weightsandbiases.apps.wandb.com', 'wandb', '-n', 'ns'])).toBeUndefined();
  await expect(c.getJson(['weightsandbiases.apps.wandb.com', 'wandb'])).rejects.toThrow(/Unauthorized/);
});

test('a shared deadline caps every call', async () => {
  const { calls, exec } = fake([{}]);
  const c = client(exec, { deadline: Date.now() + 5000, timeoutMs: 60_000 });
  await c.kubectl(['get', 'ns']);
  expect(calls[0].timeoutMs).toBeLessThanOrEqual(5000);
});

test('repository password goes on stdin, never argv', async () => {
  const { calls, exec } = fake([{}]);
  await helmRepoAdd(client(exec), 'r', 'https://charts.example.com', {
    username: 'u',
    password: 'pw-secret',
    caFile: '/ca.pem',
  });
  expect(calls[0].args).not.toContain('pw-secret');
  expect(calls[0].args).toEqual(
    expect.arrayContaining(['--username', 'u', '--password-stdin', '--ca-file', '/ca.pem']),
  );
  expect(calls[0].stdin).toBe('pw-secret');
});

test('helm release status and values', async () => {
  const { exec } = fake([
    {
      stdout:
        '[{"name":"operator","namespace":"n","revision":"3","status":"deployed","chart":"operator-1.4.8","app_version":"1.0.0"}]',
    },
    { stdout: 'null\n' },
  ]);
  const c = client(exec);
  expect(await helmReleaseStatus(c, 'operator', 'n')).toEqual(
    expect.objectContaining({
      revision: 3,
      chartName: 'operator',
      chartVersion: '1.4.8',
      status: 'deployed',
    }),
  );
  expect(await helmUserValues(c, 'operator', 'n')).toEqual({});
});

test('versions', () => {
  expect(parseServerVersion('v1.20.2')).toEqual({ major: 1, minor: 20, patch: 2, gitVersion: 'v1.20.2' });
  expect(parseServerVersion('v1.29.3-eks-adc7111').minor).toBe(29);
  expect(compareVersions('1.20.2', '1.28')).toBeLessThan(0);
  expect(compareVersions('1.28.0', '1.28')).toBe(0);
  expect(compareVersions('4.1.4', '3.0.0')).toBeGreaterThan(0);
});

test('canIAll asks every question in one kubectl, on stdin, answers in order', async () => {
  const { calls, exec } = fake([{ stdout: 'true\nfalse\ntrue\n' }]);
  const answers = await client(exec).canIAll([
    { verb: 'create', resource: 'deployments', group: 'apps', namespace: 'n' },
    { verb: 'create', resource: 'customresourcedefinitions', group: 'apiextensions.k8s.io' },
    { verb: 'list', resource: 'secrets', namespace: 'n' },
  ]);
  expect(answers).toEqual([true, false, true]);
  expect(calls).toHaveLength(1);
  const list = JSON.parse(calls[0].stdin as string);
  expect(list.items[1]).toEqual({
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: {
      resourceAttributes: {
        verb: 'create',
        resource: 'customresourcedefinitions',
        group: 'apiextensions.k8s.io',
      },
    },
  });
});
