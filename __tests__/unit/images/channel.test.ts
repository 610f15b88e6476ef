/**
 * The release-channel client (src/charts/channel.ts): the URL the operator asks, the answer's shape, the merge
 * (the CR's values over the channel's, the CR's chart over the channel's), and the retries, with a fetch
 * written here that records what it was asked.
 */
import {
  ChannelError,
  askChannel,
  channelBase,
  channelRequestUrl,
  describeRelease,
  mergeValues,
  parseChannelAnswer,
  releaseIdOf,
  specWithChannel,
} from '../../../src/charts/channel.js';

const ANSWER = {
  metadata: {},
  chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' },
  values: {
    app: { image: { repository: 'wandb/local', tag: '0.83.0' } },
    console: { image: { repository: 'wandb/console', tag: '2.20.0' } },
    global: { extraEnv: ['a'] },
  },
};

test('the channel URL: checked, trailing slash dropped, the pinned release when values._releaseId is set', () => {
  expect(channelBase('https://deploy.wandb.ai/')).toBe('https://deploy.wandb.ai');
  expect(channelBase('http://127.0.0.1:8080/base/')).toBe('http://127.0.0.1:8080/base');
  expect(channelBase('ftp://x')).toBeUndefined();
  expect(channelBase('https://u:p@deploy.wandb.ai')).toBeUndefined();
  expect(channelBase('deploy.wandb.ai')).toBeUndefined();
  expect(channelRequestUrl('https://deploy.wandb.ai')).toBe(
    'https://deploy.wandb.ai/api/v1/operator/channel',
  );
  expect(channelRequestUrl('https://d', 'rel 1')).toBe('https://d/api/v1/operator/channel/release/rel%201');
  expect(releaseIdOf({ _releaseId: ' r-42 ' })).toBe('r-42');
  expect(releaseIdOf({ _releaseId: 42 })).toBeUndefined();
  expect(releaseIdOf(undefined)).toBeUndefined();
});

test('the answer: a chart object is required, values default to {}', () => {
  expect(parseChannelAnswer(JSON.stringify(ANSWER))).toEqual(ANSWER);
  expect(parseChannelAnswer('{"chart":{"path":"/c"}}')).toEqual({
    metadata: {},
    chart: { path: '/c' },
    values: {},
  });
  expect(parseChannelAnswer('<html>')).toBe('the answer is not JSON');
  expect(parseChannelAnswer('{"values":{}}')).toBe('the answer names no chart (no `chart` object)');
  expect(parseChannelAnswer('{"chart":{},"values":[1]}')).toBe('`values` in the answer is not an object');
});

test("the CR's values win key by key, lists replaced, and the CR's chart over the channel's", () => {
  expect(mergeValues({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { c: 3 }, l: [9] })).toEqual({
    a: { b: 1, c: 3 },
    l: [9],
  });
  const cr = { values: { app: { image: { tag: '0.84.0' } }, global: { extraEnv: ['b'] } } };
  const noChart = specWithChannel(cr, ANSWER);
  expect(noChart.chartFrom).toBe('channel');
  expect(noChart.chart).toEqual(ANSWER.chart);
  expect(noChart.values).toEqual({
    app: { image: { repository: 'wandb/local', tag: '0.84.0' } },
    console: { image: { repository: 'wandb/console', tag: '2.20.0' } },
    global: { extraEnv: ['b'] },
  });
  const pinned = specWithChannel({ ...cr, chart: { path: '/charts/operator-wandb' } }, ANSWER);
  expect(pinned.chartFrom).toBe('cr');
  expect(pinned.chart).toEqual({ path: '/charts/operator-wandb' });
  expect(describeRelease(ANSWER)).toBe('current release: operator-wandb 0.43.8 from https://charts.wandb.ai');
  expect(
    describeRelease({
      ...ANSWER,
      metadata: { releaseId: 'r1' },
      chart: { ...ANSWER.chart, url: 'https://u:p@h' },
    }),
  ).toBe('pinned release r1: operator-wandb 0.43.8 from https://***@h');
});

/** A fetch that answers from a script and records each request's URL and headers. */
function scripted(answers: Array<number | Error | string>) {
  const asked: Array<{ url: string; headers: Record<string, string> }> = [];
  const fake = (async (url: string, init: { headers: Record<string, string> }) => {
    asked.push({ url, headers: init.headers });
    const next = answers.shift() ?? 500;
    if (next instanceof Error) throw next;
    const status = typeof next === 'number' ? next : 200;
    return new Response(typeof next === 'string' ? next : '{"error":"x"}', { status });
  }) as unknown as typeof fetch;
  return { asked, fake };
}

test('asks with Basic license:<license>, retries what can be retried, 5 attempts 2 s apart', async () => {
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  const ok = scripted([
    503,
    new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
    JSON.stringify(ANSWER),
  ]);
  const answer = await askChannel({ base: 'https://d', license: 'lic-123', fetch: ok.fake, sleep });
  expect(answer.chart).toEqual(ANSWER.chart);
  expect(ok.asked).toHaveLength(3);
  expect(ok.asked[0].headers.Authorization).toBe(
    `Basic ${Buffer.from('license:lic-123').toString('base64')}`,
  );
  expect(waits).toEqual([2000, 2000]);

  const down = scripted([503, 503, 503, 503, 503, 503]);
  const error = await askChannel({ base: 'https://d', fetch: down.fake, sleep }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ChannelError);
  expect((error as Error).message).toBe(
    'https://d/api/v1/operator/channel answered HTTP 503 (service unavailable) (5 attempts, 2 s apart)',
  );
  expect(down.asked).toHaveLength(5);
  expect(down.asked[0].headers.Authorization).toBeUndefined();
});

test('a refused license or an unknown release is not retried, and the message never holds the license', async () => {
  const refused = scripted([401]);
  const error = (await askChannel({ base: 'https://d', license: 'lic-secret-9', fetch: refused.fake }).catch(
    (e: unknown) => e,
  )) as Error;
  expect(refused.asked).toHaveLength(1);
  expect(error.message).toContain('answered HTTP 401 (the license was refused');
  expect(error.message).not.toContain('lic-secret-9');

  const unknown = scripted([404]);
  await expect(askChannel({ base: 'https://d', releaseId: 'r9', fetch: unknown.fake })).rejects.toThrow(
    "https://d/api/v1/operator/channel/release/r9 answered HTTP 404 (no release 'r9' on the channel)",
  );
  const garbage = scripted(['not json']);
  await expect(askChannel({ base: 'https://d', fetch: garbage.fake })).rejects.toThrow(
    'https://d/api/v1/operator/channel answered 200, but the answer is not JSON',
  );
  expect(garbage.asked).toHaveLength(1);
});
