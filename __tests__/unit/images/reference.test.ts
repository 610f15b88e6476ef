import { parseName, parseReference, parseRegistry, formatReference } from '../../../src/images/reference.js';
import { parseChallenges } from '../../../src/images/registry-client.js';
import { findPlace, placeIndex } from '../../../src/images/places.js';

describe('image names as the container runtime reads them', () => {
  test.each([
    ['wandb/local', 'docker.io', 'wandb/local'],
    ['mysql', 'docker.io', 'library/mysql'],
    ['docker.io/bitnami/redis', 'docker.io', 'bitnami/redis'],
    ['index.docker.io/wandb/local', 'docker.io', 'wandb/local'],
    ['quay.io/prometheus/prometheus', 'quay.io', 'prometheus/prometheus'],
    ['registry:5000/local', 'registry:5000', 'local'],
    ['localhost/wandb/local', 'localhost', 'wandb/local'],
    ['127.0.0.1:5000/a/b/c', '127.0.0.1:5000', 'a/b/c'],
  ])('%s', (text, registry, repository) => {
    expect(parseName(text)).toEqual({ registry, repository });
  });

  test('tags and digests', () => {
    expect(parseReference('registry:5000/wandb/local:0.62.2')).toEqual({
      registry: 'registry:5000',
      repository: 'wandb/local',
      tag: '0.62.2',
      digest: undefined,
    });
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(formatReference(parseReference(`wandb/local:1@${digest}`))).toBe(
      `docker.io/wandb/local@${digest}`,
    );
  });
});

describe('the --registry value', () => {
  test.each([
    ['127.0.0.1:5000', { scheme: 'https', host: '127.0.0.1:5000', prefix: '', display: '127.0.0.1:5000' }],
    [
      'http://127.0.0.1:5000',
      { scheme: 'http', host: '127.0.0.1:5000', prefix: '', display: '127.0.0.1:5000' },
    ],
    [
      'Registry.Example.com/mirror/wandb/',
      {
        scheme: 'https',
        host: 'registry.example.com',
        prefix: 'mirror/wandb',
        display: 'registry.example.com/mirror/wandb',
      },
    ],
  ])('%s', (text, expected) => {
    expect(parseRegistry(text)).toEqual(expected);
  });

  test.each(['', 'ftp://x', 'host with space', 'https://'])('refused: %j', (text) => {
    expect(parseRegistry(text)).toBeUndefined();
  });
});

describe('WWW-Authenticate challenges', () => {
  test('a distribution bearer challenge, with commas inside the scope', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.example.com/token",service="registry.example.com",scope="repository:wandb/local:pull,push"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.example.com/token',
          service: 'registry.example.com',
          scope: 'repository:wandb/local:pull,push',
        },
      },
    ]);
  });

  test('basic, several challenges, unquoted and escaped values', () => {
    expect(parseChallenges('Basic realm="Registry \\"R\\""')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry "R"' } },
    ]);
    expect(parseChallenges('Basic realm=x, Bearer realm="https://t/token", error="invalid_token"')).toEqual([
      { scheme: 'basic', params: { realm: 'x' } },
      { scheme: 'bearer', params: { realm: 'https://t/token', error: 'invalid_token' } },
    ]);
    expect(parseChallenges(undefined)).toEqual([]);
  });
});

describe('places of image keys in the layered configuration', () => {
  const base = [
    'apiVersion: apps.wandb.com/v1',
    'kind: WeightsAndBiases',
    'spec:',
    '  values:',
    '    app:',
    '      image:',
    '        repository: r/wandb/local',
    '        tag: 0.62.2',
  ].join('\n');
  const overlay = ['console:', '  image:', '    tag: latest'].join('\n');

  test('the layer that won names the file and line', () => {
    const index = placeIndex(
      [
        { path: 'base.yaml', text: base },
        { path: 'overlay.yaml', text: overlay },
      ],
      ['app.image.tag=0.63.0'],
    );
    expect(findPlace(index, ['spec', 'values', 'console', 'image', 'tag'])).toEqual({
      file: 'overlay.yaml',
      line: 3,
      column: 10,
    });
    expect(findPlace(index, ['spec', 'values', 'app', 'image', 'tag'])?.file).toBe('--set');
    // A key that is not set: its nearest parent that is.
    expect(findPlace(index, ['spec', 'values', 'console', 'image', 'digest'])).toMatchObject({
      file: 'overlay.yaml',
      line: 2,
    });
    expect(findPlace(index, undefined)).toBeUndefined();
  });
});
