import { briefs } from './helpers.js';

const has = (text: string) => expect.stringContaining(text);
const INVALID_CONFIG = 'stop in phase `Invalid Config` ("No release type was found in the spec")';
const CHART_FIX =
  'Use one of the three shapes the operator accepts: `path: /charts/operator-wandb` (local chart), ' +
  '`url: oci://REGISTRY/PATH/operator-wandb` with `version` (OCI, operator >= v1.22.0), or ' +
  '`url: https://charts.wandb.ai` with `name: operator-wandb` and `version` (Helm repository); ' +
  'or remove `spec.chart` to take the chart from the release channel.';

describe('apiVersion, kind, metadata', () => {
  it('reports each wrong field where it is written', () => {
    expect(briefs(['rules/metadata.yaml'])).toEqual([
      {
        at: 'rules/metadata.yaml:2:13 error',
        message: 'apiVersion must be `apps.wandb.com/v1` (the version the v1 operator serves)',
        fix: 'Set `apiVersion: apps.wandb.com/v1`.',
      },
      {
        at: 'rules/metadata.yaml:3:7 error',
        message: 'kind must be `WeightsAndBiases`',
        fix: 'Set `kind: WeightsAndBiases`.',
      },
      {
        at: 'rules/metadata.yaml:5:9 error',
        message: has('metadata.name `W&B_Production` is not a valid Helm release name'),
        fix: 'Use a name like `wandb`.',
      },
      {
        at: 'rules/metadata.yaml:6:14 error',
        message: has('metadata.namespace `team.ml` is not a valid namespace name'),
        fix: 'Use a namespace like `wandb`.',
      },
    ]);
  });

  it('limits release names to 53 characters', () => {
    expect(briefs(['rules/metadata-long-name.yaml'])).toEqual([
      {
        at: 'rules/metadata-long-name.yaml:5:9 error',
        message: has('at most 53 characters'),
        fix: 'Use a name like `wandb`.',
      },
    ]);
  });
});

describe("spec.chart shapes (the operator's Invalid Config)", () => {
  it('rejects a chart that is neither local, OCI nor a repository', () => {
    expect(briefs(['rules/chart-no-shape.yaml'])).toEqual([
      {
        at: 'rules/chart-no-shape.yaml:2:1 error',
        message: has(
          `\`spec.chart\` has neither \`path\` nor \`url\`: the operator would match no chart source and ${INVALID_CONFIG}`,
        ),
        fix: CHART_FIX,
      },
    ]);
  });

  it('needs the chart name for a Helm repository', () => {
    expect(briefs(['rules/chart-repo-no-name.yaml'])).toEqual([
      {
        at: 'rules/chart-repo-no-name.yaml:2:1 error',
        message: has('points at a Helm repository (`url: https://charts.wandb.ai`) but has no `name`'),
        fix: "Add `name: operator-wandb` (the chart's name in the repository) under spec.chart.",
      },
    ]);
  });

  it('needs a version or a tag for OCI, and both credentials or neither', () => {
    expect(briefs(['rules/chart-oci-no-version.yaml'])).toEqual([
      {
        at: 'rules/chart-oci-no-version.yaml:3:8 error',
        message: has('OCI chart without `version` and its URL carries no tag'),
        fix: 'Add `version: "0.43.8"` (the operator-wandb chart version to install) under spec.chart, or end the URL with `:VERSION`.',
      },
      {
        at: 'rules/chart-oci-no-version.yaml:4:3 error',
        message: '`spec.chart.username` is set without `password`: the operator takes both or neither',
        fix: 'Set `password` too, or drop both and name a Secret in `credentialSecret: {name: ...}` (keys HELM_USERNAME/HELM_PASSWORD).',
      },
    ]);
  });

  it('accepts an OCI URL that carries its tag, with a credential Secret', () => {
    expect(briefs(['rules/chart-oci-tag.yaml'])).toEqual([]);
  });

  it('rejects a URL that is neither oci:// nor http(s)', () => {
    expect(briefs(['rules/chart-bad-scheme.yaml'])).toEqual([
      {
        at: 'rules/chart-bad-scheme.yaml:3:8 error',
        message: has(
          '`spec.chart.url` `git://github.com/wandb/helm-charts` is neither an oci:// reference nor an http(s) Helm repository URL',
        ),
        fix: CHART_FIX,
      },
    ]);
  });
});

describe('global.host', () => {
  const fix =
    'Set `global.host` to the address users open, scheme and host name only, e.g. `https://wandb.example.com` (W&B is served at the root of the host).';
  it('has no path', () => {
    expect(briefs(['rules/host.yaml'])).toEqual([
      {
        at: 'rules/host.yaml:3:9 error',
        message: '`global.host` `https://wandb.example.com/wandb` must have no path (found `/wandb`)',
        fix,
      },
    ]);
  });
  it('has a scheme', () => {
    expect(briefs(['rules/host-scheme.yaml'])).toEqual([
      {
        at: 'rules/host-scheme.yaml:3:9 error',
        message: '`global.host` `wandb.example.com` is not a URL',
        fix,
      },
    ]);
  });
  it('may end in a slash', () => {
    expect(briefs(['rules/host-trailing-slash.yaml'])).toEqual([]);
  });
});

describe('buckets', () => {
  it('S3-compatible storage outside AWS (endpoint in name) has no KMS key', () => {
    expect(briefs(['rules/bucket-kms.yaml'])).toEqual([
      {
        at: 'rules/bucket-kms.yaml:7:13 error',
        message: has('S3-compatible storage outside AWS (its endpoint `minio.storage.svc` in `name`)'),
        fix: 'Set `kmsKey: null` under global.bucket (the reference requires null for S3-compatible storage outside AWS).',
      },
    ]);
  });

  it('a non-AWS region also means outside AWS; kmsKey null is accepted', () => {
    expect(briefs(['rules/bucket-kms-region.yaml'])).toEqual([
      {
        at: 'rules/bucket-kms-region.yaml:7:13 error',
        message: has('(its region `default`)'),
        fix: 'Set `kmsKey: null` under global.bucket (the reference requires null for S3-compatible storage outside AWS).',
      },
    ]);
  });

  it('inline keys come in pairs', () => {
    expect(briefs(['rules/bucket-half.yaml'])).toEqual([
      {
        at: 'rules/bucket-half.yaml:7:5 error',
        message: '`global.bucket.accessKey` is set without `secretKey`: inline keys come in pairs',
        fix: 'Set both accessKey and secretKey, or neither and reference a Secret: `secret: {secretName: bucket-secret, accessKeyName: ACCESS_KEY, secretKeyName: SECRET_KEY}`.',
      },
      {
        at: 'rules/bucket-half.yaml:7:5 warning',
        message: has('`global.bucket.accessKey` is written inline'),
        fix: 'Keep it in a Kubernetes Secret and reference it with `global.bucket.secret: {secretName, accessKeyName, secretKeyName}`.',
      },
    ]);
  });

  it('keys inline and from a Secret are not mixed; a Secret reference needs secretName', () => {
    expect(briefs(['rules/bucket-mixed.yaml'])).toEqual([
      {
        at: 'rules/bucket-mixed.yaml:7:5 error',
        message: has('takes its keys both inline (`secretKey`) and from Secret `bucket-secret`'),
        fix: 'Remove the inline accessKey/secretKey and keep `secret`, or remove `secret`.',
      },
      {
        at: 'rules/bucket-mixed.yaml:7:5 warning',
        message: has('`global.bucket.secretKey` is written inline'),
        fix: 'Keep it in a Kubernetes Secret and reference it with `global.bucket.secret: {secretName, accessKeyName, secretKeyName}`.',
      },
      {
        at: 'rules/bucket-mixed.yaml:13:5 error',
        message: '`global.defaultBucket.secret` names keys but no `secretName`: the chart ignores it',
        fix: 'Add `secretName:` (the Secret that holds the access and secret keys) under `secret`.',
      },
    ]);
  });

  it("a secret block of key names only, as the chart's own default, is not a finding", () => {
    const sets = [
      'global.bucket.secret.accessKeyName=ACCESS_KEY',
      'global.bucket.secret.secretKeyName=SECRET_KEY',
    ];
    expect(briefs(['rules/mysql-in-cluster.yaml'], sets)).toEqual([]);
  });

  it('warns on a provider the reference does not document', () => {
    expect(briefs(['rules/bucket-provider.yaml'])).toEqual([
      {
        at: 'rules/bucket-provider.yaml:4:15 warning',
        message: has('`global.bucket.provider` `minio` is not a provider the reference documents'),
        fix: 'Use `provider: s3`, `gcs` or `az`.',
      },
    ]);
  });

  it('warns that a bucket without a name is ignored', () => {
    expect(briefs(['rules/bucket-no-name.yaml'])).toEqual([
      {
        at: 'rules/bucket-no-name.yaml:3:3 warning',
        message: has('`global.bucket` has no `name`'),
        fix: 'Add `name:` (the bucket name, or an s3:// URL for S3-compatible storage), or move these keys to `global.defaultBucket`.',
      },
    ]);
  });
});

describe('MySQL', () => {
  it('external MySQL needs a host and a password or passwordSecret; user, port and database have chart defaults', () => {
    expect(briefs(['rules/mysql-external.yaml'])).toEqual([
      {
        at: 'rules/mysql-external.yaml:3:3 error',
        message: has('needs `global.mysql.password` or `global.mysql.passwordSecret`'),
        fix: 'Reference the password in a Secret: `passwordSecret: {name: mysql-secret, passwordKey: MYSQL_PASSWORD}`.',
      },
    ]);
  });

  it('only the host has no chart default: without it, external MySQL is an error', () => {
    expect(
      briefs(['rules/mysql-external.yaml'], ['global.mysql.host=', 'global.mysql.password=s3cr3t-Pa55']),
    ).toEqual([
      expect.objectContaining({
        at: '--set:2:1 error',
        message: 'external MySQL (`mysql.install` is not true) needs `global.mysql.host`',
      }),
      expect.objectContaining({
        message: expect.stringContaining('`global.mysql.password` is written inline'),
      }),
    ]);
  });

  it('in-cluster MySQL (mysql.install: true) needs no connection keys', () => {
    expect(briefs(['rules/mysql-in-cluster.yaml'])).toEqual([]);
  });

  it('ports are numbers 1-65535, quoted or not (MySQL and SMTP); Redis may add ?parameters', () => {
    expect(briefs(['rules/mysql-port.yaml'])).toEqual([
      {
        at: 'rules/mysql-port.yaml:14:13 error',
        message: '`global.email.smtp.port` must be a port number from 1 to 65535 (quoted or not)',
        fix: 'Write the port as a number, e.g. `port: 3306`.',
      },
    ]);
  });
});

describe('ports as W&B writes them', () => {
  it('a quoted port is a port; global.redis.port may carry parameters (W&B Terraform for AWS)', () => {
    const ok = ['global.mysql.port="3306"', 'global.redis.port="6379?tls=true&ttlInSeconds=604800"'];
    expect(briefs(['rules/mysql-in-cluster.yaml'], ok)).toEqual([]);
    expect(briefs(['rules/mysql-in-cluster.yaml'], ['global.redis.port="70000?tls=true"'])).toEqual([
      expect.objectContaining({
        message:
          '`global.redis.port` must be a port number from 1 to 65535, optionally followed by ?parameters',
      }),
    ]);
  });
});

describe('placeholders', () => {
  it('a ${VAR} or {{ }} placeholder is filled in before apply: its format is not checked, its key still is', () => {
    const sets = [
      'global.mysql.port=${MYSQL_PORT}',
      'global.caCertsConfigMap="{{ .Values.cm }}"',
      'metadata.name=${NAME}',
    ];
    expect(briefs(['rules/mysql-in-cluster.yaml'], sets)).toEqual([]);
    // Without the placeholder the same values are checked.
    expect(briefs(['rules/mysql-in-cluster.yaml'], ['global.mysql.port=port'])).toEqual([
      expect.objectContaining({
        message: '`global.mysql.port` must be a port number from 1 to 65535 (quoted or not)',
      }),
    ]);
    expect(briefs(['rules/mysql-in-cluster.yaml'], ['global.mysqll=${X}'])).toEqual([
      expect.objectContaining({ message: expect.stringContaining('unknown key `mysqll`') }),
    ]);
  });
});

describe('license', () => {
  it('licenseSecret needs both name and key', () => {
    expect(briefs(['rules/license-secret.yaml'])).toEqual([
      {
        at: 'rules/license-secret.yaml:3:3 error',
        message: has('`global.licenseSecret` needs both `name` and `key`'),
        fix: 'Set both, e.g. `licenseSecret: {name: license-secret, key: license}`.',
      },
    ]);
  });
});

describe('ingress', () => {
  it("ingress under global is an error with the reference's fix", () => {
    expect(briefs(['rules/ingress-global.yaml'])).toEqual([
      {
        at: 'rules/ingress-global.yaml:4:3 error',
        message: has('`ingress` is under `global`'),
        fix: 'move `ingress` to the top level of values (beside `global`, not under it).',
      },
    ]);
  });

  it('TLS entries need secretName and hosts', () => {
    const fix =
      'Each TLS entry names the TLS Secret and the hosts it serves: `- secretName: wandb-ingress-tls` with `hosts: [wandb.example.com]`.';
    expect(briefs(['rules/ingress-tls.yaml'])).toEqual([
      { at: 'rules/ingress-tls.yaml:8:7 error', message: '`ingress.tls[1]` is missing `hosts`', fix },
      { at: 'rules/ingress-tls.yaml:9:7 error', message: '`ingress.tls[2]` is missing `secretName`', fix },
      { at: 'rules/ingress-tls.yaml:9:14 error', message: '`ingress.tls[2].hosts` must not be empty', fix },
    ]);
  });
});

describe('external Redis', () => {
  it('with redis.install left at its default (true) is an error at global.redis.host', () => {
    expect(briefs(['rules/redis-external.yaml'])).toEqual([
      {
        at: 'rules/redis-external.yaml:4:11 error',
        message: has('`redis.install` is not set (the chart default is true)'),
        fix: 'set redis.install: false (under `redis:`, beside `global`).',
      },
    ]);
  });
  it('with redis.install: true is an error at redis.install', () => {
    expect(briefs(['rules/redis-external-install-true.yaml'])).toEqual([
      {
        at: 'rules/redis-external-install-true.yaml:6:12 error',
        message: has('`redis.install` is true'),
        fix: 'set redis.install: false (under `redis:`, beside `global`).',
      },
    ]);
  });
});

describe('customCACerts and caCertsConfigMap', () => {
  it('each item is exactly one parseable PEM certificate', () => {
    expect(briefs(['rules/ca-certs.yaml'])).toEqual([
      {
        at: 'rules/ca-certs.yaml:17:5 error',
        message:
          '`global.customCACerts[1]` is a bundle of 2 certificates; each list item must hold exactly one',
        fix: 'split into separate list items, one `- |` item per `-----BEGIN CERTIFICATE-----` block.',
      },
      {
        at: 'rules/ca-certs.yaml:42:5 error',
        message: has('`global.customCACerts[2]` cannot be parsed as an X.509 certificate'),
        fix: 'Paste the certificate again from its .crt file, keeping every line; check with `openssl x509 -noout -text -in ca.crt`.',
      },
      {
        at: 'rules/ca-certs.yaml:53:5 error',
        message: has('`global.customCACerts[3]` is not a PEM certificate'),
        fix: 'Paste the CA certificate in PEM form, from `-----BEGIN CERTIFICATE-----` to `-----END CERTIFICATE-----`, as a block string (`- |`).',
      },
      {
        at: 'rules/ca-certs.yaml:55:21 error',
        message: has('`global.caCertsConfigMap` `Custom_CA_Certs` is not a valid ConfigMap name'),
        fix: 'Use the name of the ConfigMap as `kubectl get configmap` shows it, e.g. `custom-ca-certs`.',
      },
    ]);
  });

  it('accepts separate certificates and a valid ConfigMap name', () => {
    expect(briefs(['rules/ca-certs-good.yaml'])).toEqual([]);
  });
});

describe('security contexts', () => {
  it('runAsGroup may only be 0, in pod and container contexts of any component', () => {
    expect(briefs(['rules/run-as-group.yaml'])).toEqual([
      {
        at: 'rules/run-as-group.yaml:7:19 error',
        message:
          '`app.pod.securityContext.runAsGroup` may only be 0 (the reference: any other value is an error)',
        fix: 'Set `runAsGroup: 0` or remove it.',
      },
      {
        at: 'rules/run-as-group.yaml:15:19 error',
        message:
          '`weave.container.securityContext.runAsGroup` may only be 0 (the reference: any other value is an error)',
        fix: 'Set `runAsGroup: 0` or remove it.',
      },
    ]);
  });
});

describe('OIDC', () => {
  it('needs a clientId, an http(s) issuer and a known auth method', () => {
    expect(briefs(['rules/oidc.yaml'])).toEqual([
      {
        at: 'rules/oidc.yaml:5:5 error',
        message: 'OIDC is configured but `global.auth.oidc.clientId` is empty',
        fix: 'Set `clientId:` to the client (application) ID registered at your identity provider.',
      },
      {
        at: 'rules/oidc.yaml:7:15 error',
        message: '`global.auth.oidc.issuer` `login.example.com` is not an http(s) URL',
        fix: 'Use the issuer URL your identity provider publishes (its /.well-known/openid-configuration lives under it).',
      },
      {
        at: 'rules/oidc.yaml:8:19 error',
        message: has('`global.auth.oidc.authMethod` `password` is not an OIDC auth method W&B supports'),
        fix: 'Use `authMethod: implicit` or `authMethod: pkce`, or leave it out.',
      },
    ]);
  });
});

describe('extraEnv', () => {
  it('is a map of strings: a list is an error naming the operator chart; maps and numbers are flagged', () => {
    expect(briefs(['rules/extra-env.yaml'])).toEqual([
      {
        at: 'rules/extra-env.yaml:4:5 error',
        message:
          "`global.extraEnv` must be a map NAME: value in operator-wandb (it is a list only in the operator's own chart)",
        fix: 'Write it as a map, e.g. `extraEnv: {GORILLA_FOO: "bar"}`, not a list of {name, value}.',
      },
      {
        at: 'rules/extra-env.yaml:9:7 error',
        message: '`app.extraEnv.GORILLA_BAR` must be a string (or `{valueFrom: ...}`), not a map',
        fix: 'Write `GORILLA_BAR: "value"`.',
      },
      {
        at: 'rules/extra-env.yaml:10:18 warning',
        message: '`app.extraEnv.GORILLA_BAZ` is a number; environment values are strings',
        fix: 'Quote it: `GORILLA_BAZ: "3"`.',
      },
    ]);
  });
});

describe('unknown and ignored keys', () => {
  it('are warnings: did-you-mean for typos, what the chart reads instead for ignored keys', () => {
    expect(briefs(['rules/unknown-keys.yaml'])).toEqual([
      {
        at: 'rules/unknown-keys.yaml:2:1 warning',
        message: 'the chart does not read `imagePullSecrets`; it reads `global.imagePullSecrets`',
        fix: 'Move `imagePullSecrets` under `global`.',
      },
      {
        at: 'rules/unknown-keys.yaml:9:5 warning',
        message: 'the chart does not read `global.mysql.name`; it reads `global.mysql.database`',
        fix: 'Put the database name in `database:` and remove `name:`.',
      },
      {
        at: 'rules/unknown-keys.yaml:11:5 warning',
        message: 'unknown key `passwrd` in `global.mysql` — did you mean `password`?',
        fix: 'Rename `passwrd` to `password`.',
      },
      {
        at: 'rules/unknown-keys.yaml:11:14 warning',
        message:
          'the secret at `spec.values.global.mysql.passwrd` is weak (it has 7 characters, fewer than 8): it is masked where it stands in the resource, but not in free text, where masking it would garble the output',
        fix: 'Use a long random value (at least 8 characters, not a word), and keep it in a Kubernetes Secret.',
      },
      {
        at: 'rules/unknown-keys.yaml:16:5 warning',
        message: has(
          'the chart does not read `global.redis.auth`; it reads `global.redis.secret.secretName`',
        ),
        fix: 'Replace `auth: {enabled, secret, key}` with `secret: {secretName: <Secret>, secretKey: <key>}`.',
      },
      {
        at: 'rules/unknown-keys.yaml:23:5 warning',
        message: 'unknown key `namespace` in `global.licenseSecret`: operator-wandb 0.43.8 does not read it',
        fix: 'Remove it, or use one of: `name`, `key`.',
      },
      {
        at: 'rules/unknown-keys.yaml:27:3 warning',
        message: has('the chart does not read `ingress.enabled`; it reads `ingress.install`'),
        fix: 'Replace `enabled:` with `create:` (and `install:` for the controller).',
      },
      {
        at: 'rules/unknown-keys.yaml:28:3 warning',
        message: 'unknown key `clas` in `ingress` — did you mean `class`?',
        fix: 'Rename `clas` to `class`.',
      },
      {
        at: 'rules/unknown-keys.yaml:30:3 warning',
        message: 'the chart does not read `app.extraEnvs`; it reads `app.extraEnv` (singular)',
        fix: 'Rename `extraEnvs` to `extraEnv` (a map NAME: value).',
      },
      {
        at: 'rules/unknown-keys.yaml:32:1 warning',
        message: 'unknown key `consol` in `spec.values` — did you mean `console`?',
        fix: 'Rename `consol` to `console`.',
      },
    ]);
  });
});

describe('more shapes', () => {
  it('an inline license beside a licenseSecret: a warning that the Secret is ignored', () => {
    expect(briefs(['rules/license-both.yaml'])).toEqual([
      {
        at: 'rules/license-both.yaml:3:3 warning',
        message:
          '`global.license` and `global.licenseSecret` are both set: the operator uses the inline license and ignores the Secret',
        fix: 'Remove `global.license` and keep `licenseSecret`.',
      },
      {
        at: 'rules/license-both.yaml:3:3 warning',
        message: has('`global.license` is written inline'),
        fix: 'Keep it in a Kubernetes Secret and reference it with `global.licenseSecret: {name, key}`.',
      },
    ]);
  });

  it('credentialSecret names its Secret; a chart version is a string', () => {
    expect(briefs(['rules/chart-credential-secret.yaml'])).toEqual([
      {
        at: 'rules/chart-credential-secret.yaml:4:12 error',
        message: '`spec.chart.version` must be a string',
        fix: 'Quote the version, e.g. `version: "0.43.8"`.',
      },
      {
        at: 'rules/chart-credential-secret.yaml:5:3 error',
        message: '`spec.chart.credentialSecret` is missing `name`',
        fix: 'Name the Secret holding the registry credentials: `credentialSecret: {name: helm-creds}` (keys HELM_USERNAME/HELM_PASSWORD by default).',
      },
    ]);
  });
});
