import { UserError } from '../../../src/core/errors.js';
import type { ExecRequest, ExecResult } from '../../../src/core/exec.js';
import { Redactor } from '../../../src/core/redact.js';
import { convertToV2, secretsFileText } from '../../../src/migrate/to-v2.js';
import { gitPlace } from '../../../src/migrate/v2-flow.js';
import { prFailureState, readSecretsManifests, secretsList } from '../../../src/migrate/v2-plan.js';

const FILE = '/work/deploy/wandb-v2.secrets.yaml';
const PASSWORD = 'mysql-pw-secrets-9f8e7d6c5b';

/** The UserError readSecretsManifests throws for `text`. */
function refusal(text: string): UserError {
  try {
    readSecretsManifests(text, FILE);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

const secret = (body: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: wandb-v2-mysql\n  namespace: prod\ntype: Opaque\n${body}`;

describe('migrate --to v2: the Secrets file is checked before it is applied', () => {
  it('reads the file it writes itself: names, data for kubectl, every value for the redactor', () => {
    const conversion = convertToV2({
      name: 'wandb',
      namespace: 'prod',
      chart: {},
      values: {
        global: { host: 'https://w.example.com', mysql: { host: 'db', password: PASSWORD } },
        app: { image: { tag: '0.74.1' } },
      },
    });
    const read = readSecretsManifests(secretsFileText(conversion), FILE);
    expect(read.names).toEqual(conversion.secrets.map((s) => s.name));
    expect(read.values).toContain(PASSWORD);
    const list = JSON.parse(secretsList(read)) as { kind: string; items: Array<Record<string, unknown>> };
    expect(list.kind).toBe('List');
    for (const item of list.items) expect(item.stringData).toBeUndefined();
    expect(JSON.stringify(list)).not.toContain(PASSWORD);
    expect(JSON.stringify(list)).toContain(Buffer.from(PASSWORD).toString('base64'));
  });

  it('takes stringData over data for the same key, as the API server does, and decodes data for the redactor', () => {
    const read = readSecretsManifests(
      secret(
        `data:\n  password: ${Buffer.from('old-value-1a2b3c4d').toString('base64')}\n  user: ${Buffer.from('wandb-user-x9').toString('base64')}\nstringData:\n  password: "${PASSWORD}"\n  port: 3306\n`,
      ),
      FILE,
    );
    const [item] = read.items as Array<{ data: Record<string, string> }>;
    expect(Buffer.from(item.data.password, 'base64').toString()).toBe(PASSWORD);
    expect(Buffer.from(item.data.port, 'base64').toString()).toBe('3306');
    expect(read.values).toEqual(
      expect.arrayContaining(['old-value-1a2b3c4d', 'wandb-user-x9', PASSWORD, '3306']),
    );
  });

  it.each([
    ['an unquoted ": " in a value', `stringData:\n  password: ${PASSWORD}: more\n`, 8, 'unquoted'],
    ['an unterminated quote', `stringData:\n  password: "${PASSWORD}\n  user: x\n`, 10, 'not closed'],
    ['a duplicate key', `stringData:\n  password: ${PASSWORD}\n  password: other-${PASSWORD}\n`, 9, 'twice'],
  ])('refuses %s, naming the file, line and column, never the value', (_case, body, line, words) => {
    const error = refusal(secret(body));
    expect(error.message).toMatch(new RegExp(`^${FILE}:${line}:\\d+: the YAML does not parse: `));
    expect(error.message).toContain(words);
    expect(error.message).toContain('Nothing in the cluster was changed.');
    expect(error.place).toMatchObject({ file: FILE, line });
    expect(`${error.message} ${error.fix}`).not.toContain(PASSWORD);
    expect(`${error.message} ${error.fix}`).not.toContain('password:');
  });

  it.each([
    [
      'a mapping in stringData',
      `stringData:\n  password:\n    value: ${PASSWORD}\n`,
      'stringData.password',
      'a mapping',
    ],
    ['a list in stringData', `stringData:\n  password: [${PASSWORD}, x]\n`, 'stringData.password', 'a list'],
    ['an empty value', `stringData:\n  password:\n`, 'stringData.password', 'empty'],
    ['a number in data', `data:\n  password: 12345\n`, 'data.password', 'a number'],
    ['data that is not base64', `data:\n  password: ${PASSWORD}!\n`, 'data.password', 'not base64'],
    ['stringData that is a list', `stringData:\n  - ${PASSWORD}\n`, 'stringData of Secret', 'not a mapping'],
  ])('refuses %s, naming the key and its line, never the value', (_case, body, key, kind) => {
    const error = refusal(secret(body));
    expect(error.message).toMatch(new RegExp(`^${FILE}:(8|9):\\d+: `));
    expect(error.message).toContain(key);
    expect(error.message).toContain(kind);
    expect(error.message).toContain('wandb-v2-mysql');
    expect(`${error.message} ${error.fix}`).not.toContain(PASSWORD);
  });

  it('the values of a reviewed file can be masked before anything prints', () => {
    const redactor = new Redactor();
    const read = readSecretsManifests(
      secret(`data:\n  license: ${Buffer.from('license-abc-123456789').toString('base64')}\n`),
      FILE,
    );
    for (const value of read.values) redactor.add(value);
    expect(redactor.redact('license is license-abc-123456789')).not.toContain('license-abc-123456789');
  });
});

describe('migrate --to v2: where git says the Secrets file would be', () => {
  const result = (code: number, stdout = '', stderr = ''): ExecResult => ({
    code,
    stdout,
    stderr,
    timedOut: false,
  });
  const runner =
    (answers: Array<ExecResult | Error>) =>
    (request: ExecRequest): Promise<ExecResult> => {
      expect(request.command).toBe('git');
      const answer = answers.shift();
      if (!answer) throw new Error(`unexpected git ${request.args.join(' ')}`);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    };
  const place = (answers: Array<ExecResult | Error>) => gitPlace(FILE, {}, runner(answers));

  it('is outside only when git says the directory is not in a repository', async () => {
    await expect(
      place([result(128, '', 'fatal: not a git repository (or any of the parent directories): .git\n')]),
    ).resolves.toBe('outside');
  });

  it('counts every other failure as a work tree that does not ignore the file', async () => {
    const enoent = Object.assign(new Error('spawn git ENOENT'), { code: 'ENOENT' });
    await expect(place([enoent])).resolves.toBe('not-ignored');
    await expect(
      place([
        result(
          128,
          '',
          "fatal: detected dubious ownership in repository at '/work/deploy'\nTo add an exception for this directory, call: ...",
        ),
      ]),
    ).resolves.toBe('not-ignored');
    await expect(place([result(0, 'false\n')])).resolves.toBe('not-ignored');
    await expect(place([result(0, 'true\n'), result(128, '', 'fatal: something else')])).resolves.toBe(
      'not-ignored',
    );
  });

  it('asks check-ignore in a work tree: 0 is ignored, 1 is not', async () => {
    await expect(place([result(0, 'true\n'), result(0)])).resolves.toBe('ignored');
    await expect(place([result(0, 'true\n'), result(1)])).resolves.toBe('not-ignored');
  });
});

describe('migrate --to v2 with pull-request: the state an error leaves', () => {
  it('before the push: branch and pull request as they were', () => {
    expect(prFailureState({ written: 'deploy/wandb-v2.yaml', branch: 'b' })).toBe(
      'State: deploy/wandb-v2.yaml written; nothing in the cluster changed; the branch b and the pull request are as they were before this run.',
    );
  });

  it('after the push, with no pull request: the branch holds the commit, the pull request was not opened', () => {
    const state = prFailureState({
      written: 'deploy/wandb-v2.yaml',
      branch: 'wandb-operator-actions/migrate-v2',
      pushed: { commit: '0123456789abcdef0123' },
    });
    expect(state).toContain(
      'the branch wandb-operator-actions/migrate-v2 now holds commit 0123456789ab with the v2 CR',
    );
    expect(state).toContain('the pull request was not opened');
    expect(state).not.toContain('as they were');
  });

  it('after the push, with an open pull request: its description was not updated', () => {
    const state = prFailureState({ written: 'x.yaml', branch: 'b', pushed: {}, existing: 7 });
    expect(state).toContain('the branch b now holds the new commit with the v2 CR');
    expect(state).toContain('pull request #7 shows it, but its title and description were not updated');
  });
});
