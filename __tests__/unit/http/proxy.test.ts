import {
  bypassesProxy,
  describeProxy,
  proxyFor,
  proxySecrets,
  proxySettings,
} from '../../../src/http/proxy.js';

test('proxy variables: lowercase first, as curl and undici read them; blanks ignored', () => {
  expect(
    proxySettings({ HTTPS_PROXY: 'http://upper:3128', https_proxy: 'http://lower:3128', NO_PROXY: ' ' }),
  ).toEqual({ httpProxy: undefined, httpsProxy: 'http://lower:3128', noProxy: undefined });
});

test('NO_PROXY: exact hosts, domain suffixes, ports and *', () => {
  const url = (u: string) => new URL(u);
  expect(bypassesProxy('example.com', url('https://example.com/x'))).toBe(true);
  expect(bypassesProxy('example.com', url('https://wandb.example.com'))).toBe(true);
  expect(bypassesProxy('.example.com', url('https://wandb.example.com'))).toBe(true);
  expect(bypassesProxy('*.example.com', url('https://wandb.example.com'))).toBe(true);
  expect(bypassesProxy('example.com', url('https://notexample.com'))).toBe(false);
  expect(bypassesProxy('10.0.0.5:8443', url('https://10.0.0.5:8443'))).toBe(true);
  expect(bypassesProxy('10.0.0.5:8443', url('https://10.0.0.5'))).toBe(false);
  expect(bypassesProxy('a.internal, b.internal', url('http://b.internal'))).toBe(true);
  expect(bypassesProxy('*', url('http://anything'))).toBe(true);
  expect(bypassesProxy(undefined, url('http://anything'))).toBe(false);
});

test('which proxy a URL goes through, with its credentials hidden', () => {
  const env = {
    HTTP_PROXY: 'http://plain:3128',
    HTTPS_PROXY: 'http://runner:s3cr%2Ft@secure:3128',
    NO_PROXY: '.corp.example',
  };
  expect(proxyFor(env, 'https://wandb.example.com')).toBe('http://***@secure:3128');
  expect(proxyFor(env, 'http://wandb.example.com')).toBe('http://plain:3128');
  expect(proxyFor(env, 'https://wandb.corp.example')).toBeUndefined();
  expect(proxyFor({ HTTP_PROXY: 'http://plain:3128' }, 'https://x.example')).toBe('http://plain:3128');
  expect(proxyFor({}, 'https://x.example')).toBeUndefined();
  expect(describeProxy('not a url')).toBe('an unparsable proxy URL');
});

test('the secrets of a proxy URL, in every form they may be printed', () => {
  expect(proxySecrets(proxySettings({ HTTPS_PROXY: 'http://runner:s3cr%2Ft@secure:3128' })).sort()).toEqual(
    ['runner:s3cr%2Ft', 's3cr%2Ft', 's3cr/t'].sort(),
  );
  expect(proxySecrets(proxySettings({ HTTPS_PROXY: 'http://secure:3128' }))).toEqual([]);
});
