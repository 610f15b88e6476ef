import { jest } from '@jest/globals';
import type { Context } from '../../../src/core/command.js';
import { cancel } from '../../../src/core/cancel.js';
import { Redactor } from '../../../src/core/redact.js';
import type { KubeClient } from '../../../src/kube/index.js';
import type { MigrateOptions } from '../../../src/migrate/options.js';
import { cutoverV2, type V2Plan } from '../../../src/migrate/v2-flow.js';
import { readSecretsManifests } from '../../../src/migrate/v2-plan.js';

/*
 * A cutover cancelled midway (the workflow cancelled, Ctrl-C) says what it did before it stopped and that the
 * Secrets' file is kept. kubectl is a stand-in here (the cluster tests run the real one): the cancellation must
 * come while a call is running, which only a call that waits on the test can make certain.
 */
const PASSWORD = 'cancel-pw-5e4d3c2b1a';
const SECRETS_PATH = '/nonexistent/deploy/wandb-v2.secrets.yaml';
const CR = {
  apiVersion: 'apps.wandb.com/v2',
  kind: 'WeightsAndBiases',
  metadata: { name: 'wandb', namespace: 'prod' },
  spec: { wandb: { hostname: 'https://w.example.com' } },
};

test('a cancelled cutover says what it left and that the Secrets file is kept', async () => {
  const lines: string[] = [];
  const outputs: Record<string, string> = {};
  const out = {
    info: (m: string) => lines.push(`info: ${m}`),
    warning: (m: string) => lines.push(`warning: ${m}`),
    error: (m: string) => lines.push(`error: ${m}`),
    notice: (m: string) => lines.push(`notice: ${m}`),
    print: (m: string) => lines.push(`print: ${m}`),
    summary: (m: string) => lines.push(`summary: ${m}`),
    setOutput: (name: string, value: string) => {
      outputs[name] = value;
    },
  };
  const ctx = { out, redactor: new Redactor(), env: {}, cwd: '/tmp', now: new Date() } as unknown as Context;
  const secrets = readSecretsManifests(
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: wandb-v2-mysql\nstringData:\n  password: ${PASSWORD}\n`,
    SECRETS_PATH,
  );
  const plan = {
    conversion: { version: '0.74.1', secrets: [{ name: 'wandb-v2-mysql' }] },
    crName: 'wandb',
    crNamespace: 'prod',
    crLabel: 'weightsandbiases/wandb (namespace prod)',
    secretsPath: SECRETS_PATH,
    secretsName: 'wandb-v2.secrets.yaml',
    secrets,
    secretsTemporary: false,
    cr: CR,
    text: '',
    hostname: 'https://w.example.com',
    blockers: [],
  } as unknown as V2Plan;
  const options = {
    output: '/nonexistent/deploy/wandb-v2.yaml',
    apiKey: 'key',
    host: 'https://w.example.com',
  } as unknown as MigrateOptions;

  let started!: () => void;
  const applying = new Promise<void>((resolve) => (started = resolve));
  let release!: (result: { code: number; stdout: string; stderr: string }) => void;
  const kubectl = jest.fn(async (args: string[]) => {
    if (args.includes('--dry-run=server')) return { code: 0, stdout: '', stderr: '' };
    // The v2 CR is already applied (an earlier run): no apply-cr dry run is needed to reach the Secrets.
    if (args[0] === 'get' && args[1].startsWith('weightsandbiases'))
      return { code: 0, stdout: JSON.stringify(CR), stderr: '' };
    if (args[0] === 'apply') {
      started();
      return new Promise((resolve) => (release = resolve));
    }
    return { code: 1, stdout: '', stderr: 'not available here' };
  });
  const client = { kubectl } as unknown as KubeClient;

  const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  try {
    const running = cutoverV2(client, options, plan, Date.now() + 60_000, ctx);
    await applying;
    await cancel('SIGTERM');
    expect(exit).toHaveBeenCalledWith(143);
    const said = lines.join('\n');
    expect(said).toContain(
      'error: The cutover was cancelled. State: done before it stopped: the API server accepts /nonexistent/deploy/wandb-v2.secrets.yaml and /nonexistent/deploy/wandb-v2.yaml (dry run); weightsandbiases/wandb (namespace prod) is already applied as this v2 CR; applying the Secrets wandb-v2-mysql (some may exist from here on).',
    );
    expect(said).toContain(`The Secrets' file ${SECRETS_PATH} is kept (mode 0600)`);
    expect(said).toContain('**Result:** cancelled.');
    expect(said).not.toContain(PASSWORD);

    // The run goes on to its end (in a real run the process exits first); its cleanup is unregistered then.
    lines.length = 0;
    release({ code: 1, stdout: '', stderr: 'killed' });
    await expect(running).resolves.toBe(1);
    expect(lines.join('\n')).toContain(`The Secrets' file ${SECRETS_PATH} is kept (mode 0600)`);
  } finally {
    exit.mockRestore();
  }
});
