import {
  legacyValuesFromDeployment,
  parseMysqlUrl,
  type DeploymentObject,
} from '../../../src/migrate/deployment.js';
import { mapLegacyValues } from '../../../src/migrate/legacy.js';

/** A `wandb` Deployment as the legacy chart rendered it (kubectl get deployment wandb -o json). */
const DEPLOYMENT: DeploymentObject = {
  metadata: { name: 'wandb', namespace: 'default' },
  spec: {
    replicas: 1,
    template: {
      spec: {
        nodeSelector: { pool: 'wandb' },
        containers: [
          {
            name: 'wandb',
            image: 'wandb/local:0.72.0',
            env: [
              {
                name: 'DB_PASSWORD',
                valueFrom: { secretKeyRef: { name: 'wandb-secrets', key: 'MYSQL_PASSWORD' } },
              },
              { name: 'DB_USER', value: 'wandb_local' },
              { name: 'DB', value: 'wandb_local' },
              { name: 'DB_HOST', value: 'mysql.db.svc:3307' },
              { name: 'LICENSE', valueFrom: { secretKeyRef: { name: 'wandb-secrets', key: 'LICENSE' } } },
              { name: 'BUCKET', value: 'gs://wandb-files' },
              { name: 'AWS_REGION', value: 'default' },
              { name: 'MYSQL', value: 'mysql://$(DB_USER):$(DB_PASSWORD)@$(DB_HOST)/$(DB)' },
              { name: 'HOST', value: 'https://wandb.example.com' },
              { name: 'WANDB_HELM_CHART', value: 'wandb:0.1.0' },
              { name: 'GORILLA_CUSTOM_THING', value: 'on' },
              { name: 'GORILLA_DISABLE_SSO_PROVISIONING', value: 'true' },
            ],
          },
        ],
      },
    },
  },
};

describe('reading the configuration back from the old Deployment', () => {
  it('turns the environment into legacy values, with Secret references kept as references', () => {
    const { values, image, ignored } = legacyValuesFromDeployment(DEPLOYMENT);
    expect(image).toBe('wandb/local:0.72.0');
    expect(values).toEqual({
      host: 'https://wandb.example.com',
      license: { secretKeyRef: { name: 'wandb-secrets', key: 'LICENSE' } },
      bucket: 'gs://wandb-files',
      bucketRegion: 'default',
      mysql: {
        host: 'mysql.db.svc',
        port: 3307,
        user: 'wandb_local',
        password: { secretKeyRef: { name: 'wandb-secrets', key: 'MYSQL_PASSWORD' } },
        database: 'wandb_local',
      },
      sso: { autoProvision: false },
      extraEnv: [{ name: 'GORILLA_CUSTOM_THING', value: 'on' }],
      image: { repository: 'wandb/local', tag: '0.72.0' },
      nodeSelector: { pool: 'wandb' },
    });
    expect(ignored).toEqual(['DB_PASSWORD', 'DB_USER', 'DB', 'DB_HOST', 'WANDB_HELM_CHART']);
  });

  it('maps to operator values that reference the Secrets', () => {
    const { values } = legacyValuesFromDeployment(DEPLOYMENT);
    const mapping = mapLegacyValues(values);
    expect(mapping.values.global).toMatchObject({
      host: 'https://wandb.example.com',
      licenseSecret: { name: 'wandb-secrets', key: 'LICENSE' },
      mysql: {
        host: 'mysql.db.svc',
        port: 3307,
        passwordSecret: { name: 'wandb-secrets', passwordKey: 'MYSQL_PASSWORD' },
      },
      bucket: { provider: 'gcs', name: 'wandb-files', region: 'default' },
      extraEnv: { GORILLA_CUSTOM_THING: 'on', GORILLA_DISABLE_SSO_PROVISIONING: 'true' },
      nodeSelector: { pool: 'wandb' },
    });
    expect(mapping.values.app).toEqual({ image: { tag: '0.72.0' } });
  });

  it('reads literal MySQL URLs and leaves parts it cannot resolve unset', () => {
    const env = new Map([['P', { name: 'P', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } }]]);
    expect(parseMysqlUrl('mysql://u:p%40ss@db:3306/wandb', new Map())).toEqual({
      host: 'db',
      port: 3306,
      user: 'u',
      password: 'p@ss',
      database: 'wandb',
    });
    expect(parseMysqlUrl('mysql://u:$(P)@db/wandb', env)).toEqual({
      host: 'db',
      user: 'u',
      database: 'wandb',
    });
    expect(parseMysqlUrl('postgres://x', new Map())).toBeUndefined();
  });
});

describe('image references', () => {
  it('splits a registry with a port, a tag and a digest', () => {
    const deployment: DeploymentObject = {
      metadata: { name: 'wandb' },
      spec: {
        template: {
          spec: {
            containers: [{ name: 'wandb', image: 'registry.local:5000/wandb/local:0.74.1@sha256:abc' }],
          },
        },
      },
    };
    expect(legacyValuesFromDeployment(deployment).values.image).toEqual({
      repository: 'registry.local:5000/wandb/local',
      tag: '0.74.1',
    });
  });
});
