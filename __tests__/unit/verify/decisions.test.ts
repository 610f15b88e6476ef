import {
  browserCorsDecision,
  browserDownloadDecision,
  preflightProblem,
  type PreflightAnswer,
  corsDecision,
  hostDecision,
  httpsDecision,
  largePayloadDecision,
  loginDecision,
  readVersionInfo,
  runHistoryRows,
  runReadbackDecision,
  runSummary,
  sdkVersionDecision,
  tlsFailureFix,
  uploadReadbackDecision,
  wireConfig,
  RUN_CONFIG,
} from '../../../src/verify/decisions.js';

describe('host', () => {
  test.each(['api.wandb.ai', 'https://api.wandb.ai', 'http://api.wandb.ai/', 'HTTPS://API.WANDB.AI'])(
    '%s is W&B public cloud and fails',
    (host) => {
      expect(hostDecision(host)).toMatchObject({
        status: 'fail',
        message: 'Cannot run wandb verify against api.wandb.ai (W&B public cloud).',
      });
    },
  );
  test('a dedicated server passes', () => {
    expect(hostDecision('https://wandb.example.com').status).toBe('pass');
  });
});

describe('login', () => {
  const host = 'https://wandb.example.com';
  test('401 is a refused key, with where to get one', () => {
    const out = loginDecision(host, { status: 401 });
    expect(out).toMatchObject({ status: 'fail', message: 'The server refused the API key (HTTP 401).' });
    expect(out.fix).toContain('https://wandb.example.com/authorize');
  });
  test('a 502 from the ingress says so', () => {
    expect(loginDecision(host, { status: 502, errors: ['Bad Gateway'] }).message).toBe(
      'The GraphQL endpoint https://wandb.example.com/graphql answered HTTP 502: Bad Gateway.',
    );
  });
  test('an empty viewer is the SDK failure', () => {
    const out = loginDecision(host, { status: 200, viewer: null });
    expect(out.status).toBe('fail');
    expect(out.message).toBe('Could not get viewer with the API key.');
    expect(out.fix).toContain('WANDB_BASE_URL=https://wandb.example.com wandb login --relogin');
  });
  test('a viewer passes and names the user', () => {
    expect(loginDecision(host, { status: 200, viewer: { entity: 'team', username: 'ada' } })).toEqual({
      status: 'pass',
      message: 'Logged in as ada (entity team).',
    });
  });
});

describe('https and CORS (warnings only)', () => {
  test('https passes, http warns with the SDK wording', () => {
    expect(httpsDecision('https://wandb.example.com', 'base').status).toBe('pass');
    expect(httpsDecision('http://wandb.example.com', 'base')).toMatchObject({
      status: 'warn',
      message: 'Connections are not made over https. SSL required for secure communications.',
    });
    expect(httpsDecision('https://bucket.s3.amazonaws.com/x?sig', 'signed').status).toBe('pass');
    expect(httpsDecision('http://minio:9000/x', 'signed')).toMatchObject({
      status: 'warn',
      message: 'Signed URL requests not made over https. SSL required for secure communications.',
    });
  });
  test('https messages a user reads when they pass', () => {
    expect(httpsDecision('https://wandb.example.com', 'base')).toEqual({
      status: 'pass',
      message: 'The base URL uses https.',
    });
    expect(httpsDecision('HTTPS://bucket.example.com/x?sig', 'signed')).toEqual({
      status: 'pass',
      message: 'Signed URLs use https.',
    });
  });
  test('CORS passes iff Access-Control-Allow-Origin comes back', () => {
    expect(corsDecision('https://w', 200, '*').status).toBe('pass');
    const out = corsDecision('https://w', 403, null);
    expect(out.status).toBe('warn');
    expect(out.message).toContain('you must allow GET and PUT to Origin: https://w');
    expect(out.fix).toContain('AllowedMethods [GET, PUT, HEAD]');
  });
});

describe('large payload', () => {
  test('413 gets the proxy-body-size fix', () => {
    const out = largePayloadDecision({ status: 413 });
    expect(out.status).toBe('fail');
    expect(out.fix).toContain('nginx.ingress.kubernetes.io/proxy-body-size is "0"');
  });
  test('other HTTP errors, transport errors and GraphQL errors fail too (as in the SDK)', () => {
    expect(largePayloadDecision({ status: 502, errors: ['Bad Gateway'] }).message).toBe(
      'Failed to send a large payload with error: HTTP 502 Bad Gateway.',
    );
    expect(largePayloadDecision({ transportError: 'fetch failed: ECONNRESET socket hang up' }).message).toBe(
      'Failed to send a large payload with error: fetch failed: ECONNRESET socket hang up.',
    );
    expect(largePayloadDecision({ status: 200, errors: ['boom'] }).status).toBe('fail');
  });
  test('a 200 with a null project passes', () => {
    expect(largePayloadDecision({ status: 200 }).status).toBe('pass');
  });
});

describe('SDK version bounds', () => {
  const info = readVersionInfo({
    cliVersionInfo: { min_cli_version: '0.16.0', max_cli_version: '0.28.2' },
    latestLocalVersionInfo: {
      versionOnThisInstanceString: '0.80.1',
      latestVersionString: '0.83.0',
      outOfDate: true,
    },
  });
  test('reads the server version and bounds', () => {
    expect(info).toEqual({
      minCliVersion: '0.16.0',
      maxCliVersion: '0.28.2',
      serverVersion: '0.80.1',
      latestVersion: '0.83.0',
      outOfDate: true,
    });
  });
  test('the minimum defaults to 0.0.1 when the server gives none', () => {
    expect(readVersionInfo({ cliVersionInfo: null }).minCliVersion).toBe('0.0.1');
    expect(readVersionInfo(null).serverVersion).toBeUndefined();
  });
  test('without an SDK version it informs', () => {
    expect(sdkVersionDecision(info, undefined)).toMatchObject({
      status: 'pass',
      message:
        'The server accepts wandb SDK versions 0.16.0 to 0.28.2. W&B Server 0.80.1 (0.83.0 is available).',
    });
  });
  test('below the minimum and above the maximum warn; inside passes', () => {
    expect(sdkVersionDecision(info, '0.15.0')).toMatchObject({
      status: 'warn',
      fix: 'pip install --upgrade wandb==0.28.2',
    });
    expect(sdkVersionDecision(info, '0.29.0').status).toBe('warn');
    expect(sdkVersionDecision(info, '0.28.2').status).toBe('pass');
    expect(sdkVersionDecision(info, '0.16.0').status).toBe('pass');
    expect(sdkVersionDecision(info, 'nonsense').status).toBe('warn');
  });
});

describe('read-back of uploads and of the run', () => {
  test('an upload read back unchanged passes; changed bytes fail and show both', () => {
    expect(uploadReadbackDecision('test2', 'test2').status).toBe('pass');
    expect(uploadReadbackDecision('test2', '<Error>AccessDenied</Error>').message).toBe(
      'Read file contents do not match saved file contents: wrote "test2", read "<Error>AccessDenied</Error>".',
    );
  });

  /** What a correct server returns for the run `check_run` wrote. */
  function goodReadback() {
    return {
      config: JSON.stringify(wireConfig(RUN_CONFIG)),
      summaryMetrics: JSON.stringify(runSummary()),
      historyKeys: {
        lastStep: 11,
        keys: {
          loss: { previousValue: 0.1 },
          'dict.val1': { previousValue: 1 },
          'dict.val2': { previousValue: 2 },
        },
      },
      fileContent: 'test',
    };
  }

  test('the history rows are those of wandb verify', () => {
    const rows = runHistoryRows();
    expect(rows).toHaveLength(11);
    expect(rows[9]).toEqual({ _step: 10, loss: 0.1 });
    expect(rows[10]).toEqual({ _step: 11, dict: { val1: 1, val2: 2 } });
  });
  test('a correct run passes', () => {
    expect(runReadbackDecision(goodReadback()).status).toBe('pass');
  });
  test('a config value mangled by the database fails, naming the key', () => {
    const config = wireConfig({ ...RUN_CONFIG, stringTest: 'A test config?' });
    const out = runReadbackDecision({ ...goodReadback(), config: JSON.stringify(config) });
    expect(out.message).toBe("Read config values don't match run config (key 'stringTest').");
    expect(out.fix).toContain('utf8mb4');
  });
  test('wrong history and summary fail with the SDK messages', () => {
    const out = runReadbackDecision({
      ...goodReadback(),
      historyKeys: { lastStep: 10, keys: {} },
      summaryMetrics: '{"loss": 1}',
    });
    expect(out.message).toBe(
      "History metrics don't match logged values. Check database encoding. Read summary values don't match expected value. Check database encoding, or contact W&B for support.",
    );
  });
  test('a file that cannot be downloaded names the special-characters fix', () => {
    const out = runReadbackDecision({ ...goodReadback(), fileContent: undefined, fileError: 'HTTP 404' });
    expect(out.message).toBe(
      "Unable to download file 'test with_special-characters.txt' (HTTP 404). Check SQS configuration, topic configuration and bucket permissions.",
    );
    expect(out.fix).toContain('0.73.1');
  });
});

describe('TLS failures get a fix of their own', () => {
  test.each([
    'fetch failed: UNABLE_TO_VERIFY_LEAF_SIGNATURE unable to verify the first certificate',
    'fetch failed: SELF_SIGNED_CERT_IN_CHAIN self-signed certificate in certificate chain',
    'fetch failed: DEPTH_ZERO_SELF_SIGNED_CERT self-signed certificate',
    'fetch failed: UNABLE_TO_GET_ISSUER_CERT_LOCALLY unable to get local issuer certificate',
  ])('an untrusted chain (%s) points at ca-file', (detail) => {
    expect(tlsFailureFix(detail, 'the W&B host')).toBe(
      "The TLS certificate of the W&B host is not signed by a CA this runner trusts (a private or self-signed CA): pass that CA's certificate, and any intermediate the server does not send, as a PEM file in the ca-file input (--ca-file on the CLI).",
    );
  });
  test('a certificate for another name, an expired one, and what is not TLS', () => {
    expect(
      tlsFailureFix(
        "fetch failed: ERR_TLS_CERT_ALTNAME_INVALID Hostname/IP does not match certificate's altnames",
        'the object store',
      ),
    ).toMatch(/^The TLS certificate of the object store does not name the host in the URL/);
    expect(tlsFailureFix('fetch failed: CERT_HAS_EXPIRED certificate has expired', 'the W&B host')).toMatch(
      /is expired or not yet valid: renew it/,
    );
    expect(tlsFailureFix('fetch failed: ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1', 'the W&B host')).toBe(
      undefined,
    );
  });
});

describe('browser-style checks (W&B migration guide smoke test)', () => {
  const origin = 'https://wandb.example.com';
  const good = (method: 'GET' | 'PUT'): PreflightAnswer => ({
    method,
    url: 'https://s3.example.com/bucket/key',
    requestHeaders: method === 'PUT' ? ['content-type', 'x-amz-meta-wandb-run'] : [],
    status: 200,
    allowOrigin: origin,
    allowMethods: 'GET, PUT, HEAD',
    allowHeaders: method === 'PUT' ? 'content-type, x-amz-meta-wandb-run' : null,
  });

  test('preflights that let the W&B origin through pass; * as the origin too', () => {
    expect(browserCorsDecision(origin, [good('GET'), good('PUT')]).status).toBe('pass');
    expect(preflightProblem(origin, { ...good('PUT'), allowOrigin: '*', allowHeaders: '*' })).toBeUndefined();
  });

  test('another origin, a method or a header not allowed: each said', () => {
    expect(preflightProblem(origin, { ...good('GET'), allowOrigin: 'https://other.example.com' })).toBe(
      "GET (download): Access-Control-Allow-Origin is 'https://other.example.com', not https://wandb.example.com",
    );
    expect(preflightProblem(origin, { ...good('PUT'), allowMethods: 'GET, HEAD' })).toBe(
      'PUT (upload): PUT is not among the allowed methods (GET, HEAD)',
    );
    expect(preflightProblem(origin, { ...good('PUT'), allowHeaders: 'content-type' })).toBe(
      'PUT (upload): the headers x-amz-meta-wandb-run are not allowed (Access-Control-Allow-Headers: content-type)',
    );
    // GET is CORS-safelisted: no Allow-Methods needed for it.
    expect(preflightProblem(origin, { ...good('GET'), allowMethods: null })).toBeUndefined();
  });

  test('a refused preflight fails with the CORS JSON for the W&B origin', () => {
    const outcome = browserCorsDecision(origin, [
      good('GET'),
      { ...good('PUT'), status: 403, code: 'AccessForbidden', allowOrigin: null },
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      "A browser on https://wandb.example.com would be refused by the bucket, so W&B's web app could not show or upload files: PUT (upload): HTTP 403 AccessForbidden without Access-Control-Allow-Origin.",
    );
    expect(outcome.fix).toContain(
      '{"CORSRules":[{"AllowedOrigins":["https://wandb.example.com"],"AllowedMethods":["GET","HEAD","PUT"],"AllowedHeaders":["*"],"ExposeHeaders":["ETag"],"MaxAgeSeconds":3000}]}',
    );
  });

  test('a store nobody reaches: the reachability fix, not the CORS JSON', () => {
    const outcome = browserCorsDecision(origin, [
      { ...good('GET'), error: 'fetch failed: ECONNREFUSED connect ECONNREFUSED 10.0.0.5:9000' },
      { ...good('PUT'), error: 'fetch failed: ECONNREFUSED connect ECONNREFUSED 10.0.0.5:9000' },
    ]);
    expect(outcome.status).toBe('fail');
    expect(outcome.fix).toContain("it must be reachable from users' machines");
  });

  test('download: bytes, refusals with their fix, and a W&B-proxied URL that needs a session', () => {
    const base = { url: 'https://s3.example.com/b/k', onWandbHost: false, expected: 'test2' };
    expect(browserDownloadDecision({ ...base, status: 200, body: 'test2' }).status).toBe('pass');
    expect(browserDownloadDecision({ ...base, status: 200, body: 'other' }).message).toBe(
      'The presigned download returned other bytes than were uploaded: wrote "test2", read "other".',
    );
    expect(browserDownloadDecision({ ...base, status: 403, code: 'AccessDenied' }).fix).toContain(
      'W&B recommends limiting presigned URLs to your networks',
    );
    expect(
      browserDownloadDecision({
        ...base,
        url: 'https://wandb.example.com/files/x',
        onWandbHost: true,
        status: 401,
      }).status,
    ).toBe('skipped');
  });
});
