import { parseOptions } from '../../../src/commands/migrate/options.js';
import type { Context } from '../../../src/core/command.js';
import { UsageError } from '../../../src/core/inputs.js';
import { Redactor } from '../../../src/core/redact.js';
import { convertToV2 } from '../../../src/migrate/to-v2.js';
import { pullRequestRefusal } from '../../../src/migrate/v2-plan.js';
import {
  isOwnMigrateCommit,
  readMigrateMarker,
  v2CommitMessage,
  v2PrBody,
  v2PrTitle,
} from '../../../src/migrate/v2-pr-body.js';

const PASSWORD = 'mysql-pw-pr-body-3c2b1a0f9e';
const conversion = (values: Record<string, unknown> = {}) =>
  convertToV2({
    name: 'wandb',
    namespace: 'prod',
    chart: {},
    values: {
      global: { host: 'https://w.example.com', mysql: { host: 'db', password: PASSWORD } },
      app: { image: { tag: '0.74.1' } },
      ...values,
    },
  });
const input = (c = conversion(), maxLength?: number) => ({
  conversion: c,
  crLabel: 'weightsandbiases/wandb (namespace prod)',
  name: 'wandb',
  namespace: 'prod',
  path: 'deploy/wandb-v2.yaml',
  secretsFile: 'wandb-v2.secrets.yaml',
  maxLength,
});

describe('the pull request of migrate --to v2', () => {
  it('is the same text for the same conversion (a rerun changes nothing) and holds no secret value', () => {
    const body = v2PrBody(input());
    expect(v2PrBody(input(conversion()))).toBe(body);
    expect(body).not.toContain(PASSWORD);
    expect(body).not.toContain(Buffer.from(PASSWORD).toString('base64'));
    expect(body).toContain('| `wandb-v2-mysql` |');
    expect(readMigrateMarker(body)).toEqual({ cr: 'prod/wandb' });
    expect(v2PrTitle(input())).toBe(
      'Migrate weightsandbiases/wandb (namespace prod) to W&B operator v2 (W&B Server 0.74.1)',
    );
  });

  it('names what was not carried over by path only, with mentions and issue references made inert', () => {
    const c = conversion({ extra: { '@platform-team': 'x', 'ticket#42': 'y' } });
    expect(c.unmapped.map((u) => u.path).join(' ')).toContain('@platform-team');
    const body = v2PrBody({ ...input(c), crLabel: 'weightsandbiases/wandb @ops #12' });
    for (const u of c.unmapped) expect(body).toContain(`- \`${u.path}\`\n`);
    // Outside code spans a mention notifies no one and `#12` links nothing in the reader's repository.
    expect(body).toContain('@&#8203;ops');
    expect(body).not.toMatch(/(^|[^`\w])@ops/);
    expect(body).toContain('[#12](https://github.com/wandb/server/issues/12)');
    for (const u of c.unmapped) expect(body).not.toContain(u.reason);
  });

  it('stays under the size limit with its marker, dropping folded sections first', () => {
    const body = v2PrBody(input(conversion(), 4_000));
    expect(body.length).toBeLessThanOrEqual(4_000);
    expect(body).toContain('### Cutover');
    expect(readMigrateMarker(body)).toEqual({ cr: 'prod/wandb' });
  });

  it("commits with the job's trailer, and says the Secrets are not in the commit", () => {
    const message = v2CommitMessage(input());
    expect(message.split('\n')[0]).toBe('Add the operator v2 CR of weightsandbiases/wandb (namespace prod)');
    expect(message).toContain('which are not in this commit');
    expect(isOwnMigrateCommit(message)).toBe(true);
    expect(isOwnMigrateCommit('Add review notes')).toBe(false);
  });
});

describe('migrate pull-request inputs', () => {
  const ctx = { cwd: '/work/infra', env: {}, redactor: new Redactor() } as unknown as Context;
  const token = 'ghs_unitTestToken0000';

  it('put the CR at its path in the clone, on a branch of its own per CR', () => {
    const options = parseOptions(
      {
        to: 'v2',
        'pull-request': true,
        'github-token': token,
        output: 'deploy/wandb-v2.yaml',
        name: 'w',
        'cr-namespace': 'prod',
      },
      ctx,
    );
    expect(options.pullRequest).toMatchObject({
      path: 'deploy/wandb-v2.yaml',
      branch: 'wandb-operator-actions/migrate-v2-prod-w',
      repositoryPath: '/work/infra',
      remote: 'origin',
      githubApiUrl: 'https://api.github.com',
    });
    expect(ctx.redactor.redact(`x ${token}`)).not.toContain(token);
    const elsewhere = parseOptions(
      {
        to: 'v2',
        'pull-request': true,
        'github-token': token,
        output: '/tmp/cr.yaml',
        'pull-request-path': 'k8s/cr.yaml',
      },
      ctx,
    );
    expect(elsewhere.pullRequest?.path).toBe('k8s/cr.yaml');
  });

  it('refuse what would push a secret, mix review and cutover, or cannot work', () => {
    expect(() => parseOptions({ 'pull-request': true, 'github-token': token }, ctx)).toThrow(UsageError);
    expect(() =>
      parseOptions({ to: 'v2', 'pull-request': true, confirm: true, 'github-token': token }, ctx),
    ).toThrow("'pull-request' and 'confirm' are separate steps");
    expect(() => parseOptions({ to: 'v2', 'pull-request': true }, ctx)).toThrow('needs a token');
    expect(() =>
      parseOptions({ to: 'v2', 'pull-request': true, 'github-token': token, output: '/tmp/cr.yaml' }, ctx),
    ).toThrow('outside repository-path');
    expect(() =>
      parseOptions(
        { to: 'v2', 'pull-request': true, 'github-token': token, 'pull-request-path': '../other/cr.yaml' },
        ctx,
      ),
    ).toThrow('is not a path inside the repository');
  });
});

describe('what may go to a pull request', () => {
  const clean = { blockers: [], inline: [] };
  const redactor = new Redactor();
  redactor.add(PASSWORD);
  const redact = (text: string) => redactor.redact(text);

  it('a valid CR that references its secrets', () => {
    expect(pullRequestRefusal(clean, 'cr.yaml', 'spec: {}\n', redact)).toBeUndefined();
  });

  it('never a CR with a blocker, a value that looks like a secret, or a secret read from the cluster', () => {
    expect(
      pullRequestRefusal({ ...clean, blockers: ['cr.yaml has errors.'] }, 'cr.yaml', '', redact),
    ).toContain('cannot be applied as it is: cr.yaml has errors.');
    expect(pullRequestRefusal({ ...clean, inline: ['spec.wandb.license'] }, 'cr.yaml', '', redact)).toContain(
      'look like secrets inline (spec.wandb.license)',
    );
    const refused = pullRequestRefusal(clean, 'cr.yaml', `password: ${PASSWORD}\n`, redact);
    expect(refused).toBe('cr.yaml holds a secret value; a pull request would publish it.');
  });
});
