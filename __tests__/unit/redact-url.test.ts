import { Redactor, hasUrlCredentials, withoutUrlCredentials, urlCredentials } from '../../src/core/redact.js';
import { scanSecrets } from '../../src/config/secrets.js';

describe('credentials in URLs', () => {
  it('are masked by their place in any output, however short', () => {
    const redactor = new Redactor();
    expect(redactor.redact('fetching https://u:p@charts.example.com/index.yaml failed')).toBe(
      'fetching https://***@charts.example.com/index.yaml failed',
    );
    expect(redactor.redact('oci://ci:Pa55@registry.local:5000/wandb')).toBe(
      'oci://***@registry.local:5000/wandb',
    );
  });

  it('leave other text alone: digests, emails, ports', () => {
    const redactor = new Redactor();
    for (const text of [
      'oci://ghcr.io/wandb/operator@sha256:0123abcd',
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      'https://wandb.example.com:8443/path',
      'git@github.com:wandb/server.git',
    ])
      expect(redactor.redact(text)).toBe(text);
    expect(hasUrlCredentials('oci://ghcr.io/wandb/operator@sha256:0123abcd')).toBe(false);
  });

  it('registered from an input: the password alone is masked in free text when strong, the URL part always', () => {
    const redactor = new Redactor();
    redactor.addUrlCredentials(['https://ci-user:Str0ng%2FPassw0rd-77@charts.example.com', 'plain']);
    expect(redactor.redact('helm said: Str0ng/Passw0rd-77 refused')).toBe('helm said: *** refused');
    expect(redactor.redact('helm said: Str0ng%2FPassw0rd-77 refused')).toBe('helm said: *** refused');
    redactor.addUrlCredentials('https://u:p@h.example');
    // One letter is weak: the word "up" stays readable.
    expect(redactor.redact('it is up')).toBe('it is up');
  });

  it('a password with a slash (an AWS secret key written unencoded) is taken whole', () => {
    expect(urlCredentials('s3://AKIA1:wJal/rXUtnFEMI@minio:9000/b')).toContain('wJal/rXUtnFEMI');
    expect(withoutUrlCredentials('https://u:p@h.example/api/v3')).toBe('https://h.example/api/v3');
  });

  it('in a CR: an oci chart reference with a digest is no secret', () => {
    const { secrets, masked } = scanSecrets({ chart: { url: 'oci://ghcr.io/wandb/charts@sha256:ab12' } });
    expect(secrets).toEqual([]);
    expect(masked).toEqual({ chart: { url: 'oci://ghcr.io/wandb/charts@sha256:ab12' } });
  });
});
