import {
  caCertsDecision,
  consoleDecision,
  chartDecision,
  crPhaseDecision,
  hostAnswersDecision,
  ingressClassDecision,
  objectReferences,
  operatorDecision,
  referencesDecision,
  workloadsDecision,
} from '../../../src/verify/cluster.js';

const values = {
  global: {
    licenseSecret: { name: 'wandb-license', key: 'license' },
    mysql: {
      passwordSecret: { name: 'mysql' },
      host: { valueFrom: { secretKeyRef: { name: 'mysql-settings', key: 'endpoint' } } },
    },
    bucket: { secret: { secretName: 'bucket-creds' } },
    redis: { secret: { secretName: 'redis', secretKey: 'password' } },
    auth: { oidc: { oidcSecret: { name: 'oidc' } } },
    extraEnv: { OPTIONAL: { valueFrom: { secretKeyRef: { name: 'maybe', key: 'x', optional: true } } } },
    caCertsConfigMap: 'corp-ca',
  },
  ingress: { class: 'nginx', tls: [{ secretName: 'wandb-tls', hosts: ['wandb.example.com'] }] },
};

describe('references in the CR', () => {
  test('every documented reference, with chart default keys', () => {
    const { refs, problems } = objectReferences(values);
    expect(problems).toEqual([]);
    expect(
      refs.map(
        (r) => `${r.path} -> ${r.kind}/${r.name} [${r.keys.join(',')}]${r.optional ? ' optional' : ''}`,
      ),
    ).toEqual([
      'global.licenseSecret -> Secret/wandb-license [license]',
      'global.mysql.passwordSecret -> Secret/mysql [MYSQL_PASSWORD]',
      'global.bucket.secret -> Secret/bucket-creds [ACCESS_KEY,SECRET_KEY]',
      'global.redis.secret -> Secret/redis [password]',
      'global.auth.oidc.oidcSecret -> Secret/oidc [OIDC_SECRET]',
      'ingress.tls[0].secretName -> Secret/wandb-tls [tls.crt,tls.key]',
      'global.mysql.host.valueFrom.secretKeyRef -> Secret/mysql-settings [endpoint]',
      'global.extraEnv.OPTIONAL.valueFrom.secretKeyRef -> Secret/maybe [x] optional',
    ]);
  });
  test('a licenseSecret without key is a problem (the operator needs both)', () => {
    expect(objectReferences({ global: { licenseSecret: { name: 'lic' } } }).problems).toEqual([
      {
        path: 'global.licenseSecret.key',
        message: "global.licenseSecret names Secret 'lic' but no key; the operator needs both name and key",
      },
    ]);
  });
  test('empty chart defaults reference nothing', () => {
    expect(
      objectReferences({
        global: { mysql: { passwordSecret: { name: '' } }, bucket: { secret: { secretName: '' } } },
      }).refs,
    ).toEqual([]);
  });

  const present: Record<string, string[]> = {
    'Secret/wandb-license': ['license'],
    'Secret/mysql': ['MYSQL_PASSWORD', 'MYSQL_ROOT_PASSWORD'],
    'Secret/bucket-creds': ['ACCESS_KEY', 'SECRET_KEY'],
    'Secret/redis': ['password'],
    'Secret/oidc': ['OIDC_SECRET'],
    'Secret/wandb-tls': ['tls.crt', 'tls.key'],
    'Secret/mysql-settings': ['endpoint'],
  };
  test('all present passes; an optional missing one is only mentioned', () => {
    const out = referencesDecision('wandb', values, (ref) => present[`${ref.kind}/${ref.name}`]);
    expect(out.status).toBe('pass');
    expect(out.message).toBe(
      "All 8 referenced objects exist with the named keys (optional ones missing: Secret 'maybe' (global.extraEnv.OPTIONAL.valueFrom.secretKeyRef) does not exist in namespace wandb.).",
    );
  });
  test('a missing Secret and a missing key fail, each named with where it is referenced', () => {
    const out = referencesDecision('wandb', values, (ref) => {
      if (ref.name === 'bucket-creds') return undefined;
      if (ref.name === 'redis') return ['REDIS_PASSWORD'];
      return present[`${ref.kind}/${ref.name}`];
    });
    expect(out.status).toBe('fail');
    expect(out.message).toBe(
      "Secret 'bucket-creds' (global.bucket.secret) does not exist in namespace wandb. Secret 'redis' (global.redis.secret) has no key 'password' (it has: REDIS_PASSWORD).",
    );
    expect(out.fix).toContain('kubectl -n wandb create secret generic');
  });
});

describe('CA ConfigMap, ingress class, console, host', () => {
  test('CA ConfigMap keys must end in .crt', () => {
    expect(caCertsDecision('ns', 'corp-ca', ['a.crt', 'b.crt']).status).toBe('pass');
    expect(caCertsDecision('ns', 'corp-ca', ['a.crt', 'corp.pem'])).toMatchObject({
      status: 'fail',
      message:
        "ConfigMap 'corp-ca' has a key not ending in .crt: 'corp.pem'; update-ca-certificates ignores it.",
      fix: 'Rename the key to end in .crt (e.g. corp.crt).',
    });
    expect(caCertsDecision('ns', 'corp-ca', undefined).message).toBe(
      "ConfigMap 'corp-ca' (global.caCertsConfigMap) does not exist in namespace ns.",
    );
    expect(caCertsDecision('ns', 'corp-ca', []).status).toBe('fail');
  });

  test('ingress class: named, legacy annotation, default, none', () => {
    const classes = [
      { name: 'nginx', isDefault: false },
      { name: 'traefik', isDefault: true },
    ];
    expect(ingressClassDecision({ ingress: { class: 'nginx' } }, classes).status).toBe('pass');
    expect(ingressClassDecision({ ingress: { class: 'alb' } }, classes)).toMatchObject({
      status: 'fail',
      message: "IngressClass 'alb' (ingress.class) does not exist (existing IngressClasses: nginx, traefik).",
      fix: "Install the ingress controller that provides 'alb', or set ingress.class to one of: nginx, traefik.",
    });
    expect(
      ingressClassDecision({ ingress: { annotations: { 'kubernetes.io/ingress.class': 'gce' } } }, classes)
        .status,
    ).toBe('warn');
    expect(ingressClassDecision({}, classes).message).toBe(
      "No class named; the default IngressClass 'traefik' applies.",
    );
    expect(ingressClassDecision({}, [{ name: 'nginx', isDefault: false }]).status).toBe('warn');
    expect(ingressClassDecision({ ingress: { install: false } }, []).status).toBe('skipped');
  });

  test('console service', () => {
    expect(consoleDecision('ns', {}, ['wandb-app', 'wandb-console']).status).toBe('pass');
    expect(consoleDecision('ns', {}, ['wandb-app']).status).toBe('fail');
    expect(consoleDecision('ns', { console: { install: false } }, []).status).toBe('skipped');
  });

  test('host answers unless 5xx or unreachable', () => {
    expect(hostAnswersDecision('https://w', { status: 302 }).status).toBe('pass');
    expect(hostAnswersDecision('https://w', { status: 503 }).message).toBe('https://w answers HTTP 503.');
    expect(hostAnswersDecision('https://w', { error: 'fetch failed: ENOTFOUND' }).message).toBe(
      'https://w does not answer: fetch failed: ENOTFOUND.',
    );
  });
});

describe('operator, CR phase, workloads', () => {
  test('operator controller', () => {
    expect(operatorDecision('wandb-cr', []).status).toBe('fail');
    expect(
      operatorDecision('wandb-cr', [
        { name: 'wandb-controller-manager', namespace: 'wandb-cr', replicas: 1, ready: 0 },
      ]).message,
    ).toBe('The operator controller wandb-controller-manager has 0/1 ready replicas.');
    expect(operatorDecision('x', [{ name: 'c', namespace: 'x', replicas: 1, ready: 1 }]).status).toBe('pass');
  });

  test('CR phases', () => {
    expect(crPhaseDecision('ns', 'wandb', undefined)).toEqual({
      status: 'fail',
      message: "WeightsAndBiases 'wandb' does not exist in namespace ns.",
      // verify's inputs are `name` and `namespace`.
      fix: 'Apply the CR (the apply-cr step), or set the name and namespace inputs to those of the CR you deployed (kubectl get weightsandbiases -A lists them).',
    });
    expect(crPhaseDecision('ns', 'wandb', { phase: 'Completed', events: [] }).status).toBe('pass');
    const loading = crPhaseDecision('ns', 'wandb', { phase: 'Loading', events: [] });
    expect(loading.message).toBe(
      "WeightsAndBiases 'wandb' is stuck in phase Loading: the operator has not finished applying it.",
    );
    expect(loading.fix).toContain("operator's log");
    expect(
      crPhaseDecision('ns', 'wandb', {
        phase: 'Invalid Config',
        events: ['ApplyFailed: Invalid config for apply: boom'],
      }).message,
    ).toBe(
      "WeightsAndBiases 'wandb' is in phase Invalid Config. Last event: ApplyFailed: Invalid config for apply: boom",
    );
    expect(crPhaseDecision('ns', 'wandb', { events: [] }).message).toContain('has no phase yet');
  });

  test('workloads and why their pods are not ready', () => {
    expect(workloadsDecision('ns', 'wandb', [], []).status).toBe('fail');
    expect(
      workloadsDecision(
        'ns',
        'wandb',
        [{ name: 'wandb-app', namespace: 'ns', kind: 'Deployment', replicas: 1, ready: 1 }],
        [],
      ).status,
    ).toBe('pass');
    const out = workloadsDecision(
      'ns',
      'wandb',
      [
        { name: 'wandb-app', namespace: 'ns', kind: 'Deployment', replicas: 1, ready: 0 },
        { name: 'wandb-mysql', namespace: 'ns', kind: 'StatefulSet', replicas: 1, ready: 1 },
      ],
      [{ pod: 'wandb-app-1', reason: 'ImagePullBackOff', message: 'pull access denied' }],
    );
    expect(out.message).toBe(
      'Not ready: Deployment wandb-app 0/1. Pods: wandb-app-1 ImagePullBackOff (pull access denied).',
    );
  });
});

describe('the chart the operator installs (release channel)', () => {
  test('a CR without spec.chart passes and says: chart: release channel', () => {
    expect(chartDecision({})).toEqual({
      status: 'pass',
      message:
        "chart: release channel (the CR sets no spec.chart; the operator asks W&B's release channel for the chart and values).",
      details: { chart: 'release channel' },
    });
    // An empty map is no chart either; spec-active names what the channel delivered (never its credentials).
    expect(
      chartDecision({
        chart: {},
        applied: {
          url: 'https://user:pw@charts.wandb.ai',
          name: 'operator-wandb',
          version: '0.43.8',
          password: 'pw',
        },
      }).message,
    ).toBe(
      "chart: release channel (the CR sets no spec.chart; the operator asks W&B's release channel for the chart and values, and last installed operator-wandb 0.43.8 from https://charts.wandb.ai).",
    );
  });

  test('a pinned chart, one without a version, and one the operator cannot read', () => {
    expect(
      chartDecision({ chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb', version: '0.43.8' } }),
    ).toMatchObject({
      status: 'pass',
      message: 'chart: operator-wandb 0.43.8 from https://charts.wandb.ai (spec.chart).',
    });
    expect(chartDecision({ chart: { url: 'https://charts.wandb.ai', name: 'operator-wandb' } }).message).toBe(
      "chart: operator-wandb from https://charts.wandb.ai (spec.chart); no version, so the repository's newest chart is used.",
    );
    expect(chartDecision({ chart: { path: '/charts/operator-wandb' } }).message).toBe(
      'chart: a local chart at /charts/operator-wandb (spec.chart).',
    );
    expect(chartDecision({ chart: { version: '0.43.8' } })).toMatchObject({ status: 'warn' });
  });

  test('Invalid Config on a CR without spec.chart explains the release channel', () => {
    const out = crPhaseDecision('ns', 'wandb', {
      phase: 'Invalid Config',
      events: ['InvalidConfig: No release type was found in the spec'],
      chartless: true,
    });
    expect(out.status).toBe('fail');
    expect(out.fix).toContain(
      "The CR sets no spec.chart, so the operator needs W&B's release channel (deploy.wandb.ai)",
    );
    expect(out.fix).toContain('Pin spec.chart (url, name, version)');
  });
});
