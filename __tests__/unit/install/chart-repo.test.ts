import { UsageError } from '../../../src/core/inputs.js';
import { chartRepoSource, urlSecrets } from '../../../src/install/chart-repo.js';

describe('chartRepoSource', () => {
  test('credentials in the URL are taken out of it (decoded), the URL keeps host, port and path', () => {
    expect(chartRepoSource({ url: 'https://mirror:p%40ss%2Fw0rd@charts.example.com:8443/wandb/' })).toEqual({
      url: 'https://charts.example.com:8443/wandb',
      host: 'charts.example.com:8443',
      username: 'mirror',
      password: 'p@ss/w0rd',
      fromUrl: true,
    });
  });

  test('without userinfo the inputs give the credentials', () => {
    expect(chartRepoSource({ url: 'https://charts.wandb.ai', username: 'u', password: 'p' })).toEqual({
      url: 'https://charts.wandb.ai',
      host: 'charts.wandb.ai',
      username: 'u',
      password: 'p',
      fromUrl: false,
    });
  });

  test('credentials given twice, a non-URL or a non-http scheme are usage errors that never echo the URL', () => {
    const twice = () =>
      chartRepoSource({ url: 'https://u:hunter2-secret@charts.example.com', password: 'other-secret' });
    expect(twice).toThrow(UsageError);
    expect(twice).toThrow(/carries credentials in its URL/);
    for (const url of ['not a url hunter2-secret', 'oci://u:hunter2-secret@registry.example.com/charts']) {
      let message = '';
      try {
        chartRepoSource({ url });
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/'chart-repo'/);
      expect(message).not.toContain('hunter2-secret');
    }
  });
});

test('urlSecrets: the userinfo, the password, raw and decoded; none without userinfo', () => {
  expect(urlSecrets('https://mirror:p%40ss@charts.example.com')).toEqual([
    'mirror:p%40ss',
    'p%40ss',
    'mirror:p@ss',
    'p@ss',
  ]);
  expect(urlSecrets('https://charts.example.com/a@b')).toEqual([]);
  expect(urlSecrets('https://tok3n-only@charts.example.com')).toEqual(['tok3n-only', 'tok3n-only']);
});
