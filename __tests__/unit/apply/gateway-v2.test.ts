import { ClusterGateway } from '../../../src/apply/cluster.js';
import type { ExecResult } from '../../../src/core/exec.js';

/** The v2 reads of the gateway through kubectl (when no `kubectl proxy` starts): what runs, and what it makes of it. */
const CR = {
  apiVersion: 'apps.wandb.com/v2',
  kind: 'WeightsAndBiases',
  metadata: { name: 'wandb', namespace: 'ns', generation: 2, uid: 'cr-uid' },
  status: { observedGeneration: 2 },
};
const JOBS = {
  kind: 'List',
  items: [
    {
      kind: 'Job',
      metadata: {
        name: 'wandb-migrate-0-82-1',
        uid: 'job-1',
        ownerReferences: [{ kind: 'WeightsAndBiases', name: 'wandb', uid: 'cr-uid' }],
      },
      status: {
        failed: 1,
        conditions: [
          {
            type: 'Failed',
            status: 'True',
            reason: 'BackoffLimitExceeded',
            message: 'Job has reached the specified backoff limit',
          },
        ],
      },
    },
    {
      kind: 'Job',
      metadata: { name: 'other-migrate', uid: 'job-2', labels: { 'app.kubernetes.io/instance': 'other' } },
      status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] },
    },
    { kind: 'Job', metadata: { name: 'wandb-migrate-running', uid: 'job-3' }, status: { active: 1 } },
  ],
};

test('a v2 snapshot reads the CR as v2 by name and the migration Jobs by their label', async () => {
  const calls: string[][] = [];
  const kubectl = async (args: string[]): Promise<ExecResult> => {
    calls.push(args);
    const body = args[1] === 'jobs' ? JOBS : CR;
    return { code: 0, stdout: JSON.stringify(body), stderr: '', timedOut: false } as ExecResult;
  };
  const gateway = new ClusterGateway(kubectl, { name: 'wandb', namespace: 'ns' }, undefined, 'v2');
  expect(gateway.apiVersion).toBe('v2');
  const snapshot = await gateway.snapshot();
  expect(calls).toEqual([
    ['get', 'weightsandbiases.v2.apps.wandb.com', 'wandb', '-n', 'ns', '-o', 'json'],
    ['get', 'jobs', '-n', 'ns', '-l', 'app.kubernetes.io/component=migration', '-o', 'json'],
  ]);
  expect(snapshot.cr).toEqual(CR);
  expect(snapshot.workloads).toEqual([]);
  expect(snapshot.migrationJobs).toEqual([
    {
      name: 'wandb-migrate-0-82-1',
      uid: 'job-1',
      owner: 'wandb',
      succeeded: false,
      failed: true,
      reason: 'BackoffLimitExceeded',
      message: 'Job has reached the specified backoff limit',
    },
    { name: 'other-migrate', uid: 'job-2', owner: 'other', succeeded: true, failed: false },
    { name: 'wandb-migrate-running', uid: 'job-3', succeeded: false, failed: false },
  ]);
});

test('a v1 gateway still reads the CR by its unversioned name', async () => {
  const calls: string[][] = [];
  const kubectl = async (args: string[]): Promise<ExecResult> => {
    calls.push(args);
    return {
      code: 0,
      stdout: JSON.stringify({ ...CR, apiVersion: 'apps.wandb.com/v1' }),
      stderr: '',
      timedOut: false,
    } as ExecResult;
  };
  await new ClusterGateway(kubectl, { name: 'wandb', namespace: 'ns' }).getCr();
  expect(calls[0].slice(0, 3)).toEqual(['get', 'weightsandbiases.apps.wandb.com', 'wandb']);
});
