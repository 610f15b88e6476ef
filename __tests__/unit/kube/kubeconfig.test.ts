import { stat, readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyKubeconfig, looksLikePath, prepareKubeconfig } from '../../../src/kube/kubeconfig.js';
import { Redactor } from '../../../src/core/redact.js';
import { UserError } from '../../../src/core/errors.js';

const KEY = Buffer.from(
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEsecretkeymaterial\n-----END RSA PRIVATE KEY-----\n',
).toString('base64');
const CONTENT = `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-key-data: ${KEY}\n    token: tok-abcdef123456\n`;

test('content is written 0600 in a private directory, registered as secrets, and removed by cleanup', async () => {
  const redactor = new Redactor();
  const file = await prepareKubeconfig({ content: CONTENT, env: {}, redactor });
  expect(file.temporary).toBe(true);
  expect((await stat(file.path)).mode & 0o777).toBe(0o600);
  expect(await readFile(file.path, 'utf8')).toBe(CONTENT);
  expect(redactor.redact(`key ${KEY} token tok-abcdef123456`)).toBe('key *** token ***');
  expect(redactor.redact('MIIEsecretkeymaterial')).toBe('***');
  await file.cleanup();
  await expect(stat(file.path)).rejects.toThrow();
});

test('without content, KUBECONFIG names the file (first readable entry); nothing is removed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kc-'));
  const path = join(dir, 'config');
  await writeFile(path, CONTENT);
  const file = await prepareKubeconfig({
    env: { KUBECONFIG: `${join(dir, 'missing')}:${path}` },
    redactor: new Redactor(),
  });
  expect(file).toEqual(expect.objectContaining({ path, temporary: false }));
  await file.cleanup();
  expect(await readFile(path, 'utf8')).toBe(CONTENT);
});

test('no content and no file: a UserError saying what to set', async () => {
  const error = await prepareKubeconfig({
    env: { HOME: '/nonexistent-home' },
    redactor: new Redactor(),
  }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toContain('~/.kube/config does not exist');
  expect((error as UserError).fix).toContain('KUBECONFIG_CONTENT');
});

test('one line that is not JSON is the path of a kubeconfig file, used as it is; a missing one is a UserError', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kc-'));
  const path = join(dir, 'config');
  await writeFile(path, CONTENT);
  const file = await prepareKubeconfig({ content: `${path}\n`, env: {}, redactor: new Redactor() });
  expect(file).toMatchObject({ path, temporary: false });
  await file.cleanup();
  expect(await readFile(path, 'utf8')).toBe(CONTENT);
  const missing = prepareKubeconfig({ content: join(dir, 'nope'), env: {}, redactor: new Redactor() });
  await expect(missing).rejects.toThrow(UserError);
  await expect(missing).rejects.toThrow(/names no readable file \(the value is not shown/);
  // The message never echoes the value: it could be a secret.
  await expect(missing).rejects.not.toThrow(join(dir, 'nope'));
  // JSON on one line is content, not a path.
  const json = await prepareKubeconfig({
    content: '{"apiVersion":"v1","kind":"Config"}',
    env: {},
    redactor: new Redactor(),
  });
  expect(json.temporary).toBe(true);
  await json.cleanup();
});

describe('the three forms of the kubeconfig input', () => {
  const base64 = Buffer.from(CONTENT).toString('base64');

  test('base64 of the content on one line (as many CI systems store it) is content, registered in every form', async () => {
    expect(classifyKubeconfig(base64)).toEqual({ kind: 'base64', content: CONTENT });
    expect(looksLikePath(base64)).toBe(false);
    const redactor = new Redactor();
    const file = await prepareKubeconfig({ content: `${base64}\n`, env: {}, redactor });
    expect(file.temporary).toBe(true);
    expect(await readFile(file.path, 'utf8')).toBe(CONTENT);
    expect(redactor.redact(`input ${base64} token tok-abcdef123456 key ${KEY}`)).toBe(
      'input *** token *** key ***',
    );
    await file.cleanup();
  });

  test('URL-safe base64 and JSON are content too; YAML over several lines is content', () => {
    const json = '{"apiVersion":"v1","kind":"Config","clusters":[]}';
    expect(classifyKubeconfig(Buffer.from(json).toString('base64url'))).toEqual({
      kind: 'base64',
      content: json,
    });
    expect(classifyKubeconfig(json).kind).toBe('content');
    expect(classifyKubeconfig(CONTENT).kind).toBe('content');
  });

  test('one line that decodes to something else is a path; a readable regular file is the one form that is not a secret', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kc-'));
    const path = join(dir, 'config');
    await writeFile(path, CONTENT);
    expect(classifyKubeconfig(path)).toEqual({ kind: 'path', path });
    expect(looksLikePath(path)).toBe(true);
    expect(looksLikePath(dir)).toBe(false);
    expect(looksLikePath(Buffer.from('not a kubeconfig at all').toString('base64'))).toBe(false);
  });

  test('a one-line value that is neither is registered as a secret and never echoed', async () => {
    const redactor = new Redactor();
    const cut = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const error = await prepareKubeconfig({ content: cut, env: {}, redactor }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String((error as UserError).message)).not.toContain(cut);
    expect(redactor.redact(`value ${cut}`)).toBe('value ***');
  });
});
