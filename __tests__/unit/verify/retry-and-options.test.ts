import { NotYet, RetriesExhausted, policyFromSeconds, retryUntil } from '../../../src/verify/retry.js';
import { parseOptions } from '../../../src/commands/verify/options.js';
import { verifyOptions } from '../../../src/verify/options.js';
import { parseUploadHeaders, withoutQuery, describeError } from '../../../src/wandb/client.js';
import { encodeRfc3986, presignV2 } from '../../../test-support/wandb-stand-in/presign.js';

describe('retryUntil (the SDK retry_fn: at least 3 tries AND at least minMs)', () => {
  test('retries NotYet and returns the first success', async () => {
    let tries = 0;
    const value = await retryUntil(
      async () => {
        if (++tries < 3) throw new NotYet('not yet');
        return 'ok';
      },
      { minTries: 3, minMs: 0, sleepMs: 1 },
    );
    expect([value, tries]).toEqual(['ok', 3]);
  });
  test('gives up only after both limits, saying the last reason', async () => {
    // A clock that each try moves 20 ms on: 3 tries are not 100 ms yet, so it takes 5 (no timing in the test).
    let tries = 0;
    let clock = 0;
    const error = await retryUntil(
      async () => {
        tries++;
        clock += 20;
        throw new NotYet('HTTP 404');
      },
      { minTries: 3, minMs: 100, sleepMs: 0 },
      undefined,
      () => clock,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetriesExhausted);
    expect(tries).toBe(5);
    expect((error as RetriesExhausted).message).toBe('HTTP 404 (after 5 tries in 0.1 s)');
  });
  test('other errors stop at once', async () => {
    await expect(
      retryUntil(async () => Promise.reject(new Error('401')), policyFromSeconds(10)),
    ).rejects.toThrow('401');
  });
  test('policy from seconds keeps the SDK 1 s sleep for long windows', () => {
    expect(policyFromSeconds(10)).toEqual({ minTries: 3, minMs: 10000, sleepMs: 1000 });
    expect(policyFromSeconds(0.3).sleepMs).toBe(100);
  });
});

describe('parseOptions', () => {
  const base = {
    host: 'https://wandb.example.com/',
    'fail-on': 'error',
    'use-wandb-cli': 'auto',
    timeout: 300,
  };
  test('defaults and normalisation', () => {
    expect(parseOptions(base)).toMatchObject({
      host: 'https://wandb.example.com',
      project: 'verify',
      failOn: 'error',
      useWandbCli: 'auto',
      timeoutMs: 300000,
      checkTimeoutMs: 60000,
      retrySeconds: 10,
      browserChecks: true,
    });
    expect(parseOptions({ ...base, 'browser-checks': false }).browserChecks).toBe(false);
  });
  test('refusals carry a fix', () => {
    expect(() => parseOptions({ ...base, host: 'wandb.example.com' })).toThrow(
      "Input 'host' must be the W&B Server base URL with its scheme, got 'wandb.example.com'.",
    );
    expect(() => parseOptions({ ...base, 'use-wandb-cli': 'maybe' })).toThrow(
      "Input 'use-wandb-cli' must be one of auto, true, false, got 'maybe'.",
    );
    expect(() => parseOptions({ ...base, timeout: 0 })).toThrow("Input 'timeout' must be a positive number");
  });
  test('migrate and rollout get the same defaults as the verify command (one place: src/verify/options.ts)', () => {
    expect(verifyOptions({ host: 'https://wandb.example.com' })).toEqual(
      parseOptions({ host: 'https://wandb.example.com' }),
    );
    // Given values win; undefined ones leave the default.
    expect(
      verifyOptions({ host: 'https://w', project: undefined, failOn: 'warning', timeoutMs: 30_000 }),
    ).toMatchObject({ project: 'verify', failOn: 'warning', timeoutMs: 30_000, name: 'wandb' });
  });
  test('public cloud without a scheme is left for the host check to refuse', () => {
    expect(parseOptions({ ...base, host: 'api.wandb.ai' }).host).toBe('api.wandb.ai');
  });
});

describe('W&B client helpers', () => {
  test('uploadHeaders "Key: Value" lines, values may hold colons', () => {
    expect(
      parseUploadHeaders(['Content-Type: text/plain', 'x-ms-blob-type: BlockBlob', 'X-Odd: a:b', 'junk']),
    ).toEqual({
      'Content-Type': 'text/plain',
      'x-ms-blob-type': 'BlockBlob',
      'X-Odd': 'a:b',
    });
    expect(parseUploadHeaders(null)).toEqual({});
  });
  test('signed URLs lose their query string in messages', () => {
    expect(withoutQuery('http://127.0.0.1:1/b/k%20x?Signature=abc&Expires=1')).toBe(
      'http://127.0.0.1:1/b/k%20x',
    );
  });
  test('transport errors show their cause', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
    });
    expect(describeError(error)).toBe('fetch failed: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:9');
  });
  test("Node 24's advice about its own flags is left out of a TLS failure", () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(
        new Error(
          'unable to verify the first certificate; if the root CA is installed locally, try running Node.js with --use-system-ca',
        ),
        { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
      ),
    });
    expect(describeError(error)).toBe(
      'fetch failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate',
    );
  });
});

describe('stand-in presigner (v2)', () => {
  test('RFC 3986 path segments and the documented string to sign', () => {
    expect(encodeRfc3986("a b!'()*")).toBe('a%20b%21%27%28%29%2A');
    const url = presignV2({
      method: 'GET',
      endpoint: 'http://127.0.0.1:4568',
      bucket: 'b',
      key: 'e/p/r/test with_special-characters.txt',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
      now: new Date(0),
      expiresInSeconds: 60,
    });
    // HMAC-SHA1("GET\n\n\n60\n/b/e/p/r/test%20with_special-characters.txt", "S3RVER"), base64.
    expect(url).toMatch(
      /^http:\/\/127\.0\.0\.1:4568\/b\/e\/p\/r\/test%20with_special-characters\.txt\?AWSAccessKeyId=S3RVER&Expires=60&Signature=/,
    );
  });
});
