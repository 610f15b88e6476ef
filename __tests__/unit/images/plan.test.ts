import { planImages, type ImagePlan } from '../../../src/images/plan.js';
import { formatReference, parseRegistry, type RegistryTarget } from '../../../src/images/reference.js';

const REG = parseRegistry('registry.internal:5000') as RegistryTarget;

function cr(values: Record<string, unknown>): Record<string, unknown> {
  return { apiVersion: 'apps.wandb.com/v1', kind: 'WeightsAndBiases', spec: { values } };
}

function plan(
  values: Record<string, unknown>,
  options: Partial<Parameters<typeof planImages>[1]> = {},
): ImagePlan {
  return planImages(cr(values), {
    registry: REG,
    airgapped: true,
    controller: { repository: 'registry.internal:5000/wandb/controller', tag: '1.20.0' },
    ...options,
  });
}

const refs = (p: ImagePlan) => p.images.map((image) => formatReference(image.internal));
const byComponent = (p: ImagePlan, component: string) => p.images.find((i) => i.component === component);

/** Every image of seed 003 set to the internal registry, the current chart layout. */
const COMPLETE = {
  app: { image: { repository: 'registry.internal:5000/wandb/local', tag: '0.62.2' } },
  console: { image: { repository: 'registry.internal:5000/wandb/console', tag: '2.13.1' } },
  redis: {
    image: { registry: 'registry.internal:5000', repository: 'bitnami/redis', tag: '7.2.4-debian-12-r9' },
  },
  otel: {
    image: { repository: 'registry.internal:5000/otel/opentelemetry-collector-contrib', tag: '0.97.0' },
  },
  prometheus: {
    server: { image: { repository: 'registry.internal:5000/prometheus/prometheus', tag: 'v2.47.0' } },
    configmapReload: {
      prometheus: {
        image: {
          repository: 'registry.internal:5000/prometheus-operator/prometheus-config-reloader',
          tag: 'v0.67.0',
        },
      },
    },
  },
};

describe('planImages: the seven images of an air-gapped install', () => {
  test('all internal and pinned: seven images, no problem', () => {
    const p = plan(COMPLETE);
    expect(p.problems).toEqual([]);
    expect(refs(p)).toEqual([
      'registry.internal:5000/wandb/controller:1.20.0',
      'registry.internal:5000/wandb/local:0.62.2',
      'registry.internal:5000/wandb/console:2.13.1',
      'registry.internal:5000/bitnami/redis:7.2.4-debian-12-r9',
      'registry.internal:5000/otel/opentelemetry-collector-contrib:0.97.0',
      'registry.internal:5000/prometheus/prometheus:v2.47.0',
      'registry.internal:5000/prometheus-operator/prometheus-config-reloader:v0.67.0',
    ]);
    expect(p.images.every((i) => i.checkable)).toBe(true);
    expect(byComponent(p, 'prometheus')?.upstream).toBe('quay.io/prometheus/prometheus:v2.47.0');
    expect(byComponent(p, 'redis')?.upstream).toBe('docker.io/bitnami/redis:7.2.4-debian-12-r9');
    expect(byComponent(p, 'app')?.keyPath).toBe('spec.values.app.image');
  });

  test('nothing set: every default image is an error naming its key', () => {
    const p = plan({});
    const keys = p.problems.map((problem) => problem.keyPath);
    expect(keys).toContain('spec.values.app.image.tag');
    expect(keys).toContain('spec.values.redis.image.tag');
    expect(keys).toContain('spec.values.prometheus.server.image.repository');
    expect(p.problems.every((problem) => problem.severity === 'error')).toBe(true);
    // The defaults the chart would pull, each expected at the same path in the internal registry.
    expect(byComponent(p, 'app')?.pulled).toMatchObject({
      registry: 'docker.io',
      repository: 'wandb/local',
      tag: 'latest',
    });
    expect(byComponent(p, 'redis')?.pulled).toMatchObject({
      registry: 'docker.io',
      repository: 'bitnamilegacy/redis',
    });
    expect(byComponent(p, 'prometheus')?.pulled).toMatchObject({
      registry: 'quay.io',
      repository: 'prometheus/prometheus',
    });
    expect(p.images.filter((i) => i.checkable).map((i) => i.component)).toEqual(['controller']);
  });

  test("a 'latest' tag is an error naming the key path, with its CR path for the place", () => {
    const p = plan({
      ...COMPLETE,
      console: { image: { repository: 'registry.internal:5000/wandb/console', tag: 'latest' } },
    });
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({
      severity: 'error',
      keyPath: 'spec.values.console.image.tag',
      path: ['spec', 'values', 'console', 'image', 'tag'],
    });
    expect(p.problems[0].message).toContain("spec.values.console.image.tag is 'latest'");
    expect(byComponent(p, 'console')?.checkable).toBe(false);
  });

  test("not air-gapped: 'latest' and a public registry are warnings, and still checked", () => {
    const p = plan(
      { ...COMPLETE, console: { image: { repository: 'wandb/console', tag: 'latest' } } },
      { airgapped: false },
    );
    expect(p.problems.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(byComponent(p, 'console')?.checkable).toBe(true);
    expect(formatReference(byComponent(p, 'console')!.internal)).toBe(
      'registry.internal:5000/wandb/console:latest',
    );
  });

  test('the controller tag is an input, and named as such when missing', () => {
    const p = plan(COMPLETE, { controller: { repository: 'registry.internal:5000/wandb/controller' } });
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].keyPath).toContain('--controller-tag');
    expect(p.problems[0].path).toBeUndefined();
  });
});

describe('planImages: where the chart pulls from', () => {
  test('global.repositoryPrefix goes before W&B repositories, not before the subcharts', () => {
    const p = plan({
      ...COMPLETE,
      global: { repositoryPrefix: 'registry.internal:5000' },
      app: { image: { repository: 'wandb/local', tag: '0.62.2' } },
      console: { image: { repository: 'wandb/console', tag: '2.13.1' } },
    });
    expect(p.problems).toEqual([]);
    expect(formatReference(byComponent(p, 'app')!.internal)).toBe(
      'registry.internal:5000/wandb/local:0.62.2',
    );
    expect(byComponent(p, 'app')?.upstream).toBe('docker.io/wandb/local:0.62.2');
  });

  test('global.repositoryPrefix before a repository that names its host is an error at the repository', () => {
    const p = plan({ ...COMPLETE, global: { repositoryPrefix: 'registry.internal:5000' } });
    expect(p.problems.map((x) => x.keyPath)).toEqual([
      'spec.values.app.image.repository',
      'spec.values.console.image.repository',
    ]);
    expect(p.problems[0].message).toContain(
      "would pull 'registry.internal:5000/registry.internal:5000/wandb/local'",
    );
    expect(p.problems[0].fix).toContain("'wandb/local'");
  });

  test('global.imageRegistry overrides the Bitnami registry', () => {
    const p = plan({
      ...COMPLETE,
      global: { imageRegistry: 'registry.internal:5000' },
      redis: { image: { registry: 'docker.io', repository: 'bitnamilegacy/redis', tag: '7.4.2' } },
    });
    expect(p.problems).toEqual([]);
    expect(formatReference(byComponent(p, 'redis')!.internal)).toBe(
      'registry.internal:5000/bitnamilegacy/redis:7.4.2',
    );
  });

  test('an image from a public registry is an error; it is checked where the mirror should have it', () => {
    const p = plan({
      ...COMPLETE,
      otel: { image: { repository: 'otel/opentelemetry-collector-contrib', tag: '0.97.0' } },
    });
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].keyPath).toBe('spec.values.otel.image.repository');
    expect(p.problems[0].message).toContain(
      'is pulled from docker.io, not from the internal registry registry.internal:5000',
    );
    expect(p.problems[0].fix).toContain('registry.internal:5000/otel/opentelemetry-collector-contrib');
    const otel = byComponent(p, 'otel')!;
    expect(formatReference(otel.internal)).toBe(
      'registry.internal:5000/otel/opentelemetry-collector-contrib:0.97.0',
    );
    expect(otel.upstream).toBe('docker.io/otel/opentelemetry-collector-contrib:0.97.0');
    expect(otel.checkable).toBe(true);
  });

  test('a registry with a path prefix: images must be under it', () => {
    const prefixed = parseRegistry('harbor.internal/wandb-mirror') as RegistryTarget;
    const p = planImages(
      cr({
        ...COMPLETE,
        global: { repositoryPrefix: 'harbor.internal/wandb-mirror' },
        app: { image: { repository: 'wandb/local', tag: '0.62.2' } },
        console: { image: { repository: 'harbor.internal/wandb/console', tag: '2.13.1' } },
      }),
      {
        registry: prefixed,
        airgapped: true,
        controller: { repository: 'harbor.internal/wandb-mirror/wandb/controller', tag: '1.20.0' },
      },
    );
    expect(formatReference(byComponent(p, 'app')!.internal)).toBe(
      'harbor.internal/wandb-mirror/wandb/local:0.62.2',
    );
    expect(byComponent(p, 'app')!.upstream).toBe('docker.io/wandb/local:0.62.2');
    // console names its host although the prefix is set: an error; checked where it belongs under the prefix.
    expect(p.problems.some((x) => x.keyPath === 'spec.values.console.image.repository')).toBe(true);
    expect(formatReference(byComponent(p, 'console')!.internal)).toBe(
      'harbor.internal/wandb-mirror/wandb/console:2.13.1',
    );
    // The subcharts are not under the prefix: errors.
    expect(p.problems.some((x) => x.keyPath === 'spec.values.otel.image.repository')).toBe(true);
  });

  test('the older prometheus layout (prometheus.image, configReloader.image) is read too', () => {
    const p = plan({
      ...COMPLETE,
      prometheus: {
        image: { repository: 'registry.internal:5000/prometheus', tag: 'v2.47.0' },
        configReloader: {
          image: { repository: 'registry.internal:5000/prometheus-config-reloader', tag: 'v0.67.0' },
        },
      },
    });
    expect(p.problems).toEqual([]);
    expect(byComponent(p, 'prometheus')!.keyPath).toBe('spec.values.prometheus.image');
    expect(byComponent(p, 'prometheus-config-reloader')!.upstream).toBe(
      'quay.io/prometheus-operator/prometheus-config-reloader:v0.67.0',
    );
  });

  test('a digest is checked instead of the tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const p = plan({
      ...COMPLETE,
      app: { image: { repository: 'registry.internal:5000/wandb/local', tag: 'latest', digest } },
    });
    expect(p.problems).toEqual([]);
    expect(formatReference(byComponent(p, 'app')!.internal)).toBe(
      `registry.internal:5000/wandb/local@${digest}`,
    );
  });
});

describe('planImages: images the values name', () => {
  test('megabinary components, weave, mysql: each listed with its key; switched-off components skipped', () => {
    const mega = { repository: 'registry.internal:5000/wandb/megabinary', tag: '0.74.1' };
    const p = plan({
      ...COMPLETE,
      api: { image: mega },
      executor: { image: mega },
      glue: { image: mega },
      weave: { image: { repository: 'registry.internal:5000/wandb/weave-python', tag: '0.74.1' } },
      mysql: { install: false, image: { repository: 'mysql', tag: '8.0' } },
      redis: { install: false },
      prometheus: { install: false },
    });
    expect(p.problems).toEqual([]);
    expect(p.images.map((i) => i.component)).toEqual([
      'controller',
      'app',
      'console',
      'otel',
      'api',
      'executor',
      'glue',
      'weave',
    ]);
    expect(new Set(refs(p)).size).toBe(6);
    expect(byComponent(p, 'weave')!.upstream).toBe('docker.io/wandb/weave-python:0.74.1');
  });

  test('internal paths that differ from the public ones still get the public image as the source', () => {
    const p = plan({
      ...COMPLETE,
      app: { image: { repository: 'registry.internal:5000/local', tag: '0.66.0' } },
    });
    expect(byComponent(p, 'app')!.upstream).toBe('docker.io/wandb/local:0.66.0');
  });

  test('a tag without a repository, or an invalid tag, is reported at its key', () => {
    const p = plan({
      ...COMPLETE,
      weave: { image: { tag: '0.74.1' } },
      console: { image: { repository: 'registry.internal:5000/wandb/console', tag: 'bad tag!' } },
    });
    expect(p.problems.map((x) => x.keyPath).sort()).toEqual([
      'spec.values.console.image.tag',
      'spec.values.weave.image.repository',
    ]);
  });
});
