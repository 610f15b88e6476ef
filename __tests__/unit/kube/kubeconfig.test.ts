import { stat, readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareKubeconfig } from '../../../src/kube/kubeconfig.js';
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
  await expect(missing).rejects.toThrow(/read as a file path, and no readable file/);
  // JSON on one line is content, not a path.
  const json = await prepareKubeconfig({
    content: '{"apiVersion":"v1","kind":"Config"}',
    env: {},
    redactor: new Redactor(),
  });
  expect(json.temporary).toBe(true);
  await json.cleanup();
});
