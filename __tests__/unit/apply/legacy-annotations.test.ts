import { comparable, sameConfiguration } from '../../../src/apply/apply.js';
import {
  crDiff,
  legacySecrets,
  maskLegacyAnnotations,
  registerCrSecrets,
} from '../../../src/apply/legacy-annotations.js';
import { Redactor } from '../../../src/core/redact.js';

type Json = Record<string, unknown>;

const MYSQL_PW = 'MYSQL-PW-1-from-v1';
// Go's json.Marshal writes these three as \u003c, \u003e, \u0026.
const PENDING_PW = 'redis<&>Pw-2-long';
const LICENSE = 'eyJhbGciOiJSUzI1NiJ9.legacyLicenseBody0123';

/**
 * A v1 CR as the v2 operator's conversion webhook serves it as v2 (operator-v2 facts): the raw v1 values in
 * `legacy.operator.wandb.com/v1-values` with the secrets inline, and a store's literal password parked in a
 * `<store>-pending` annotation, both JSON written by Go.
 */
function servedByWebhook(): Json {
  const v1Values = JSON.stringify({
    global: {
      host: 'https://wandb.example.com',
      license: LICENSE,
      mysql: { host: 'db', user: 'wandb', password: MYSQL_PW },
    },
    app: { image: { tag: '0.81.0' } },
  });
  const pending = JSON.stringify({ password: PENDING_PW, host: 'redis' }).replace(/[<>&]/g, (c) =>
    c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026',
  );
  return {
    apiVersion: 'apps.wandb.com/v2',
    kind: 'WeightsAndBiases',
    metadata: {
      name: 'wandb',
      namespace: 'ns',
      annotations: {
        'legacy.operator.wandb.com/v1-chart': JSON.stringify({ name: 'operator-wandb', version: '0.43.8' }),
        'legacy.operator.wandb.com/v1-values': v1Values,
        'legacy.operator.wandb.com/redis-pending': pending,
        'example.com/owner': 'team-a',
      },
    },
    spec: { wandb: { version: '0.81.0', hostname: 'https://wandb.example.com' } },
  };
}

/** What `migrate --to v2` writes: annotations of its own, the v1 values with every secret referenced or masked. */
function fromMigrate(): Json {
  return {
    apiVersion: 'apps.wandb.com/v2',
    kind: 'WeightsAndBiases',
    metadata: {
      name: 'wandb',
      namespace: 'ns',
      annotations: {
        'legacy.operator.wandb.com/v1-values': JSON.stringify({
          global: {
            host: 'https://wandb.example.com',
            license: '***',
            mysql: { host: 'db', user: 'wandb', password: '***' },
          },
          app: { image: { tag: '0.81.0' } },
        }),
      },
    },
    spec: { wandb: { version: '0.82.1', hostname: 'https://wandb.example.com' } },
  };
}

const labels = { fromLabel: 'live', toLabel: 'desired' };

describe('the legacy annotations of a CR the v2 conversion webhook serves', () => {
  it('the diff against it holds no secret: only the annotations the desired CR sets, and their JSON masked inside', () => {
    const live = servedByWebhook();
    const desired = fromMigrate();
    const previous = comparable(live, desired);
    // The annotations the configuration does not set are not diffed (nor printed).
    expect(Object.keys((previous.metadata as Json).annotations as Json)).toEqual([
      'legacy.operator.wandb.com/v1-values',
    ]);
    const { diff, secretChanges } = crDiff(previous, desired, labels);
    expect(diff).not.toContain(MYSQL_PW);
    expect(diff).not.toContain(LICENSE);
    expect(diff).not.toContain('redis-pending');
    expect(diff).not.toContain('example.com/owner');
    // The rest of the JSON stays readable, and the version line is the change it shows.
    expect(diff).toContain('"mysql":{"host":"db","user":"wandb","password":"***"}');
    expect(diff).toContain('+    version: 0.82.1');
    // The live side held the secrets inline, the desired masks them: the same masked text, said beside the diff.
    expect(secretChanges).toEqual(['metadata.annotations.legacy.operator.wandb.com/v1-values']);
    // Said too when something else in the same annotation changed (and shows).
    const retagged = JSON.parse(JSON.stringify(desired)) as Json;
    const annotations = (retagged.metadata as Json).annotations as Record<string, string>;
    annotations['legacy.operator.wandb.com/v1-values'] = annotations[
      'legacy.operator.wandb.com/v1-values'
    ].replace('0.81.0', '0.82.1');
    const both = crDiff(comparable(live, retagged), retagged, labels);
    expect(both.diff).toContain('"app":{"image":{"tag":"0.82.1"}}');
    expect(both.diff).not.toContain(MYSQL_PW);
    expect(both.secretChanges).toEqual(['metadata.annotations.legacy.operator.wandb.com/v1-values']);
    // The same secrets on both sides: nothing to say.
    expect(crDiff(comparable(live, live), live, labels).secretChanges).toEqual([]);
  });

  it('a pending annotation with <, & and > in its password (Go-escaped) is masked in the diff and by the redactor', () => {
    const live = servedByWebhook();
    const desired = {
      ...fromMigrate(),
      metadata: {
        name: 'wandb',
        namespace: 'ns',
        annotations: { 'legacy.operator.wandb.com/redis-pending': '{"host":"redis"}' },
      },
    };
    const { diff } = crDiff(comparable(live, desired), desired, labels);
    expect(diff).toContain(
      '-    legacy.operator.wandb.com/redis-pending: \'{"password":"***","host":"redis"}\'',
    );
    expect(diff).not.toContain('Pw-2-long');

    expect(legacySecrets(live)).toEqual(expect.arrayContaining([MYSQL_PW, LICENSE, PENDING_PW]));
    const redactor = new Redactor();
    registerCrSecrets(live, redactor);
    const escaped = 'redis\\u003c\\u0026\\u003ePw-2-long';
    const annotation = ((live.metadata as Json).annotations as Json)[
      'legacy.operator.wandb.com/redis-pending'
    ];
    expect(annotation).toContain(escaped);
    // The raw annotation text, as an error or a log might quote it, comes out masked in both forms.
    expect(redactor.redact(`got ${String(annotation)} and ${PENDING_PW} and ${MYSQL_PW}`)).toBe(
      'got {"password":"***","host":"redis"} and *** and ***',
    );
  });

  it('a desired CR without annotations compares equal to a live one the webhook annotated', () => {
    const live = { ...servedByWebhook(), spec: fromMigrate().spec };
    const desired = { ...fromMigrate(), metadata: { name: 'wandb', namespace: 'ns' } };
    expect(sameConfiguration(live, desired)).toBe(true);
    expect(crDiff(comparable(live, desired), desired, labels).diff).toBe('');
  });

  it('leaves a CR without legacy annotations, or with text that is not JSON, as it is (URL user-info still masked)', () => {
    const plain = fromMigrate();
    (plain.metadata as Json).annotations = { 'example.com/x': 'y' };
    expect(maskLegacyAnnotations(plain)).toBe(plain);
    const odd = {
      metadata: {
        annotations: {
          'legacy.operator.wandb.com/note': 'from https://user:S3cretPassw0rd@charts.example.com',
        },
      },
    };
    expect(maskLegacyAnnotations(odd).metadata.annotations['legacy.operator.wandb.com/note']).toBe(
      'from https://***@charts.example.com',
    );
    expect(legacySecrets(odd)).toContain('S3cretPassw0rd');
  });
});
