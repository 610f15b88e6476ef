import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { execute, type ExecRequest } from '../../src/core/exec.js';
import { Redactor } from '../../src/core/redact.js';
import { GitError, Repository } from '../../src/git/repository.js';
import { createRemote, git } from '../../test-support/git/repos.js';

/**
 * How the git adapter hands the token to git, checked against real git talking HTTP to a loopback server
 * that records the headers it gets (it answers 403, which is enough: the first request carries the auth).
 */

const TOKEN = 'ghs_pushTokenForTheUpgradeBranch000000';
const CHECKOUT_TOKEN = 'ghs_tokenPersistedByActionsCheckout0000';
let server: Server;
let origin: string;
// Every Authorization header of every request (raw: Node keeps only the first of duplicates in `headers`).
const seen: string[][] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const raw = req.rawHeaders;
    seen.push(raw.filter((_, i) => i % 2 === 1 && raw[i - 1].toLowerCase() === 'authorization'));
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('denied');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('git authentication', () => {
  it('sends exactly one Authorization header, ours, even over the one actions/checkout persisted; never on argv', async () => {
    const remote = await createRemote({ 'a.txt': 'a\n' });
    const checkout = await remote.clone();
    await git(checkout, ['remote', 'set-url', 'origin', `${origin}/acme/infra.git`]);
    // What actions/checkout leaves in .git/config.
    const persisted = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${CHECKOUT_TOKEN}`).toString('base64')}`;
    await git(checkout, ['config', '--local', `http.${origin}/.extraheader`, persisted]);

    const calls: ExecRequest[] = [];
    const redactor = new Redactor();
    redactor.add(TOKEN);
    const repo = new Repository({
      cwd: checkout,
      token: TOKEN,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      redactor,
      execute: (request) => {
        calls.push(request);
        return execute(request);
      },
    });
    seen.length = 0;
    const error = await repo.lsRemote(['main']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect(seen.length).toBeGreaterThan(0);
    const expected = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    for (const headers of seen) expect(headers).toEqual([expected]);

    for (const call of calls) {
      expect(call.args.join(' ')).not.toContain(TOKEN);
      expect(call.args.join(' ')).not.toContain(Buffer.from(`x-access-token:${TOKEN}`).toString('base64'));
    }
    expect(String((error as Error).message)).not.toContain(TOKEN);
    // The header value, in every form, is masked wherever it is printed.
    expect(redactor.redact(`header ${expected}`)).not.toContain(expected);
  });
});
