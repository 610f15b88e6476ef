/**
 * planImages: the images of a real render of operator-wandb 0.43.8 (done here with helm) plus the operator's,
 * each traced to the key that sets it, judged for an air-gapped install.
 */
import { readFileSync } from 'node:fs';
import { readTgz } from '../../../src/charts/archive.js';
import { deriveKnowledge } from '../../../src/charts/knowledge.js';
import { planImages, type DefaultsNode, type ImagePlan } from '../../../src/images/plan.js';
import { imagesOfManifest } from '../../../src/images/rendered.js';
import {
  formatReference,
  parseReference,
  parseRegistry,
  type RegistryTarget,
} from '../../../src/images/reference.js';
import { OPERATOR_WANDB_0438, grepImages, helmTemplate } from './real-chart.js';

const REG = parseRegistry('registry.internal:5000') as RegistryTarget;
let defaults: DefaultsNode;
beforeAll(() => {
  defaults = deriveKnowledge(readTgz(readFileSync(OPERATOR_WANDB_0438))).tree;
});

function plan(
  values: Record<string, unknown>,
  options: { airgapped?: boolean; registry?: RegistryTarget; controllerTag?: string | null } = {},
): ImagePlan {
  const manifest = helmTemplate(OPERATOR_WANDB_0438, values);
  return planImages(
    {
      cr: { apiVersion: 'apps.wandb.com/v1', kind: 'WeightsAndBiases', spec: { values } },
      rendered: imagesOfManifest(manifest),
      chartDefaults: defaults,
      controller: {
        repository: 'registry.internal:5000/wandb/controller',
        tag: options.controllerTag === null ? undefined : (options.controllerTag ?? '1.20.0'),
      },
    },
    { registry: options.registry ?? REG, airgapped: options.airgapped ?? true },
  );
}

const refs = (p: ImagePlan) => p.images.map((image) => formatReference(image.internal));
const byComponent = (p: ImagePlan, component: string) => p.images.find((i) => i.component === component);

/** Everything from the internal registry through global.repositoryPrefix, every W&B tag pinned. */
const PINNED = {
  global: { repositoryPrefix: 'registry.internal:5000' },
  app: { image: { tag: '0.62.2' } },
  console: { image: { tag: '2.13.1' } },
  weave: { image: { tag: '0.62.2' } },
  parquet: { image: { tag: '0.62.2' } },
  redis: { image: { registry: 'registry.internal:5000' } },
};

describe('planImages on the real render', () => {
  test('default values: every image of the render and the controller, each traced to its key', () => {
    const manifest = helmTemplate(OPERATOR_WANDB_0438, {});
    const p = plan({}, { airgapped: false });
    // Exactly the render's images (at their place in the internal registry), plus the controller.
    expect([...new Set(p.images.map((i) => formatReference(i.pulled)))].sort()).toEqual(
      [
        'registry.internal:5000/wandb/controller:1.20.0',
        ...grepImages(manifest).map((image) => formatReference(parseReference(image))),
      ].sort(),
    );
    expect(Object.fromEntries(p.images.map((i) => [i.component, i.keyPath]))).toMatchObject({
      controller: '--controller-repository, --controller-tag',
      app: 'spec.values.app.image',
      console: 'spec.values.console.image',
      weave: 'spec.values.weave.image',
      parquet: 'spec.values.parquet.image', // wandb/megabinary: one of a dozen maps, told apart by the chart alias
      redis: 'spec.values.redis.image',
      'otel.daemonset': 'spec.values.otel.daemonset.image', // a subchart's default, under its alias
      appRenamePreHook: 'spec.values.appRenamePreHook.image',
    });
    expect(byComponent(p, 'parquet')?.usedBy).toEqual([
      'Deployment wandb-parquet-bc, container parquet',
      'CronJob wandb-parquet-backfill, container backfill-job',
    ]);
    // No values key names the test pod's image: the object and container are named instead.
    const test = p.images.find((i) => i.pulled.repository === 'wandb-production/public/python');
    expect(test).toMatchObject({
      testOnly: true,
      keyPath: 'Pod wandb-operator-wandb-test-connection, container wandb-verify',
    });
  });

  test('air-gapped with default values: latest tags and public registries are errors naming the key', () => {
    const p = plan({});
    const errors = p.problems.filter((x) => x.severity === 'error').map((x) => x.keyPath);
    expect(errors).toContain('spec.values.app.image.tag');
    expect(errors).toContain('spec.values.parquet.image.repository');
    expect(errors).toContain('spec.values.otel.daemonset.image.repository');
    const latest = p.problems.find((x) => x.keyPath === 'spec.values.weave.image.tag');
    expect(latest?.message).toContain("spec.values.weave.image.tag is 'latest'");
    expect(latest?.path).toEqual(['spec', 'values', 'weave', 'image', 'tag']);
    expect(byComponent(p, 'weave')?.checkable).toBe(false);
    // The test pod's image never fails the check: warnings only.
    const testProblems = p.problems.filter((x) => x.keyPath.includes('wandb-operator-wandb-test-connection'));
    expect(testProblems.length).toBeGreaterThan(0);
    expect(testProblems.every((x) => x.severity === 'warning')).toBe(true);
    expect(testProblems[0].message).toContain('No key of the values names it');
  });

  test('all internal and pinned: no error but the test pod, every image at its internal path', () => {
    const p = plan(PINNED);
    expect(p.problems.filter((x) => x.severity === 'error')).toEqual([]);
    expect(refs(p)).toEqual(
      expect.arrayContaining([
        'registry.internal:5000/wandb/controller:1.20.0',
        'registry.internal:5000/wandb/local:0.62.2',
        'registry.internal:5000/wandb/megabinary:0.62.2',
        'registry.internal:5000/alpine/k8s:1.31.12',
        'registry.internal:5000/bitnamilegacy/redis:7.2.4-debian-12-r9',
        'registry.internal:5000/otel/opentelemetry-collector-contrib:0.97.0',
      ]),
    );
    expect(byComponent(p, 'redis')?.upstream).toBe('docker.io/bitnamilegacy/redis:7.2.4-debian-12-r9');
    expect(byComponent(p, 'app')?.upstream).toBe('docker.io/wandb/local:0.62.2');
  });

  test("not air-gapped: 'latest' and a public registry are warnings, and still checked", () => {
    const p = plan(
      { ...PINNED, console: { image: { repository: 'wandb/console', tag: 'latest' } }, global: {} },
      {
        airgapped: false,
      },
    );
    expect(p.problems.every((x) => x.severity === 'warning')).toBe(true);
    expect(byComponent(p, 'console')?.checkable).toBe(true);
    expect(formatReference(byComponent(p, 'console')!.internal)).toBe(
      'registry.internal:5000/wandb/console:latest',
    );
  });

  test('the controller tag is an input, and named as such when missing', () => {
    const p = plan(PINNED, { controllerTag: null });
    const problem = p.problems.find((x) => x.keyPath === '--controller-tag');
    expect(problem?.message).toContain('controller: no tag is set (--controller-tag)');
    expect(problem?.path).toBeUndefined();
    expect(byComponent(p, 'controller')?.checkable).toBe(false);
  });

  test('global.repositoryPrefix before a repository that names its host is an error at the repository', () => {
    const p = plan({
      ...PINNED,
      app: { image: { repository: 'registry.internal:5000/wandb/local', tag: '0.62.2' } },
    });
    const problem = p.problems.find((x) => x.keyPath === 'spec.values.app.image.repository');
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain(
      "a registry host ('registry.internal:5000') inside the repository path",
    );
    expect(problem?.fix).toContain("'wandb/local'");
  });

  test('an image from a public registry is checked where the mirror should have it; a prefix registry too', () => {
    const prefixed = parseRegistry('registry.internal:5000/mirror') as RegistryTarget;
    const p = plan(
      { ...PINNED, global: { repositoryPrefix: 'registry.internal:5000/mirror' }, redis: {} },
      {
        registry: prefixed,
      },
    );
    const redis = byComponent(p, 'redis');
    expect(formatReference(redis!.pulled)).toBe('docker.io/bitnamilegacy/redis:7.2.4-debian-12-r9');
    expect(formatReference(redis!.internal)).toBe(
      'registry.internal:5000/mirror/bitnamilegacy/redis:7.2.4-debian-12-r9',
    );
    const problem = p.problems.find((x) => x.keyPath === 'spec.values.redis.image.repository');
    expect(problem?.fix).toContain('spec.values.redis.image.registry');
    expect(formatReference(byComponent(p, 'app')!.internal)).toBe(
      'registry.internal:5000/mirror/wandb/local:0.62.2',
    );
    expect(byComponent(p, 'app')?.upstream).toBe('docker.io/wandb/local:0.62.2');
  });

  test('components switched on bring their images, traced to their keys', () => {
    const p = plan({ ...PINNED, 'weave-trace': { install: true }, reloader: { install: true } });
    expect(byComponent(p, 'weave-trace')?.keyPath).toBe('spec.values.weave-trace.image');
    expect(byComponent(p, 'reloader.reloader.deployment')?.pulled).toMatchObject({
      registry: 'ghcr.io',
      repository: 'stakater/reloader',
    });
  });
});

describe('planImages: references the render cannot make sane', () => {
  const one = (image: string) =>
    planImages(
      {
        cr: { spec: { values: {} } },
        rendered: [
          {
            image,
            uses: [{ kind: 'Deployment', name: 'x', container: 'c', field: 'containers' }],
            testOnly: false,
          },
        ],
        controller: { repository: 'registry.internal:5000/wandb/controller', tag: '1.20.0' },
      },
      { registry: REG, airgapped: true },
    );

  test('a digest is checked instead of the tag', () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const p = one(`registry.internal:5000/x/y@${digest}`);
    expect(p.problems).toEqual([]);
    expect(p.images[1].internal.digest).toBe(digest);
  });

  test('no tag, an invalid tag: errors naming the object and container', () => {
    expect(one('registry.internal:5000/x/y').problems[0].message).toContain(
      'has no tag (the tag of Deployment x, container c)',
    );
    const bad = one('registry.internal:5000/x/y:-bad');
    expect(bad.problems.map((x) => x.message).join('\n')).toContain(
      "'-bad' at the tag of Deployment x, container c is not a valid image tag",
    );
    expect(bad.images[1].checkable).toBe(false);
  });
});
