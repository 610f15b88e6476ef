/**
 * The images of a render, read from the rendered objects (src/images/rendered.ts), on a real `helm template`
 * of W&B's operator-wandb 0.43.8 done here, compared with the `image:` lines the test reads itself.
 */
import {
  imagesOfManifest,
  isTestHook,
  manifestWithSources,
  renderedImages,
  subchartValuesPath,
} from '../../../src/images/rendered.js';
import { OPERATOR_WANDB_0407, OPERATOR_WANDB_0438, grepImages, helmTemplate } from './real-chart.js';

const sorted = (images: Array<{ image: string }>) => images.map((i) => i.image).sort();

describe('renderedImages on the real operator-wandb chart', () => {
  let defaults: string;
  beforeAll(() => {
    defaults = helmTemplate(OPERATOR_WANDB_0438, {});
  });

  test('default values: exactly the images of the render, the ones beyond the seven included', () => {
    const images = imagesOfManifest(defaults);
    expect(sorted(images)).toEqual(grepImages(defaults));
    expect(sorted(images)).toEqual([
      'alpine/k8s:1.31.12',
      'docker.io/bitnamilegacy/redis:7.2.4-debian-12-r9',
      'otel/opentelemetry-collector-contrib:0.97.0',
      'us-docker.pkg.dev/wandb-production/public/python:3.12',
      'wandb/console:latest',
      'wandb/local:latest',
      'wandb/megabinary:latest',
      'wandb/weave-python:latest',
    ]);
  });

  test('each image with every object and container that uses it: CronJob, initContainer, hooks, test pod', () => {
    const images = new Map(imagesOfManifest(defaults).map((i) => [i.image, i]));
    expect(images.get('wandb/megabinary:latest')?.uses).toEqual([
      expect.objectContaining({
        kind: 'Deployment',
        name: 'wandb-parquet-bc',
        container: 'parquet',
        appName: 'parquet',
      }),
      expect.objectContaining({
        kind: 'CronJob',
        name: 'wandb-parquet-backfill',
        container: 'backfill-job',
        field: 'containers',
        source: 'operator-wandb/charts/parquet/templates/cronjob.yaml',
      }),
    ]);
    expect(images.get('wandb/local:latest')?.uses.map((u) => `${u.field}/${u.container}`)).toEqual([
      'initContainers/init-db',
      'containers/app',
    ]);
    const hooks = images.get('alpine/k8s:1.31.12');
    expect(hooks?.uses.map((u) => `${u.kind} ${u.name} ${u.hook}`).sort()).toEqual([
      'Job wandb-app-rename-post-hook post-upgrade',
      'Job wandb-app-rename-pre-hook pre-upgrade',
    ]);
    expect(hooks?.testOnly).toBe(false); // pre/post-upgrade hooks run on every upgrade
    const test = images.get('us-docker.pkg.dev/wandb-production/public/python:3.12');
    expect(test?.testOnly).toBe(true);
    expect(test?.uses[0]).toMatchObject({ kind: 'Pod', hook: 'test', container: 'wandb-verify' });
    const otel = images.get('otel/opentelemetry-collector-contrib:0.97.0');
    expect(otel?.uses[0]).toMatchObject({ kind: 'DaemonSet', name: 'wandb-otel-daemonset' });
    expect(subchartValuesPath(otel?.uses[0].source)).toEqual(['otel', 'daemonset']);
    expect(images.get('wandb/weave-python:latest')?.uses.map((u) => u.container)).toEqual([
      'weave',
      'weave-cache-clear',
    ]);
  });

  test('values switch components on and off, and the image list follows', () => {
    const manifest = helmTemplate(OPERATOR_WANDB_0438, {
      global: { repositoryPrefix: 'registry.internal:5000' },
      redis: { install: false },
      mysql: { install: true },
      reloader: { install: true },
      'mcp-server': { install: true },
      'weave-trace': { install: true },
      console: { image: { tag: '2.13.1' } },
    });
    const images = sorted(imagesOfManifest(manifest));
    expect(images).toEqual(grepImages(manifest));
    expect(images).toContain('registry.internal:5000/wandb/weave-trace:latest');
    expect(images).toContain('registry.internal:5000/wandb/mcp-server:0.3.5');
    expect(images).toContain('registry.internal:5000/mysql:latest');
    expect(images).toContain('ghcr.io/stakater/reloader:v1.3.0');
    expect(images).toContain('registry.internal:5000/wandb/console:2.13.1');
    expect(images).toContain('busybox:1.36'); // the mcp-server helm test
    expect(images.some((i) => i.includes('redis'))).toBe(false);
  });

  test('the older 0.40.7 line: its own images, still exactly the render', () => {
    const manifest = helmTemplate(OPERATOR_WANDB_0407, {});
    expect(sorted(imagesOfManifest(manifest))).toEqual(grepImages(manifest));
  });
});

describe('renderedImages: every kind that runs a pod', () => {
  const pod = (image: string, extra: Record<string, unknown> = {}) => ({
    containers: [{ name: 'main', image }],
    ...extra,
  });
  const objects = [
    {
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: pod('a:1', { ephemeralContainers: [{ name: 'debug', image: 'dbg:1' }] }),
    },
    { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: pod('a:1') } } },
    { kind: 'StatefulSet', metadata: { name: 's' }, spec: { template: { spec: pod('b:1') } } },
    { kind: 'DaemonSet', metadata: { name: 'ds' }, spec: { template: { spec: pod('c:1') } } },
    { kind: 'ReplicaSet', metadata: { name: 'rs' }, spec: { template: { spec: pod('d:1') } } },
    {
      kind: 'Job',
      metadata: { name: 'j' },
      spec: { template: { spec: pod('e:1', { initContainers: [{ name: 'init', image: 'i:1' }] }) } },
    },
    {
      kind: 'CronJob',
      metadata: { name: 'cj' },
      spec: { jobTemplate: { spec: { template: { spec: pod('f:1') } } } },
    },
    { kind: 'ConfigMap', metadata: { name: 'cm' }, data: { image: 'not-an-image:1' } },
    {
      kind: 'Deployment',
      metadata: { name: 'noimage' },
      spec: { template: { spec: { containers: [{ name: 'x' }] } } },
    },
  ];

  test('containers, initContainers and ephemeralContainers of each; nothing from other objects', () => {
    const images = renderedImages(objects);
    expect(images.map((i) => i.image)).toEqual(['a:1', 'dbg:1', 'b:1', 'c:1', 'd:1', 'i:1', 'e:1', 'f:1']);
    expect(images.find((i) => i.image === 'a:1')?.uses.map((u) => `${u.kind}/${u.name}`)).toEqual([
      'Pod/p',
      'Deployment/d',
    ]);
    expect(images.find((i) => i.image === 'dbg:1')?.uses[0].field).toBe('ephemeralContainers');
    expect(images.find((i) => i.image === 'i:1')?.uses[0]).toMatchObject({
      kind: 'Job',
      field: 'initContainers',
    });
    expect(images.every((i) => !i.testOnly)).toBe(true);
  });

  test('test hooks are marked; an image used by a test and a workload is not test-only', () => {
    const hooked = (name: string, image: string, hook: string) => ({
      kind: 'Pod',
      metadata: { name, annotations: { 'helm.sh/hook': hook } },
      spec: pod(image),
    });
    const images = renderedImages([
      hooked('t1', 'only-test:1', 'test'),
      hooked('t2', 'shared:1', 'test-success'),
      { kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: pod('shared:1') } } },
      hooked('h', 'hook:1', 'pre-install,pre-upgrade'),
    ]);
    expect(Object.fromEntries(images.map((i) => [i.image, i.testOnly]))).toEqual({
      'only-test:1': true,
      'shared:1': false,
      'hook:1': false,
    });
    expect(isTestHook('test')).toBe(true);
    expect(isTestHook('pre-install, test')).toBe(false);
    expect(isTestHook(undefined)).toBe(false);
  });

  test("helm's Source comments are read per document, aligned with the objects", () => {
    const manifest = [
      '---',
      '# Source: top/templates/cm.yaml',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: cm}',
      '---',
      '# Source: top/charts/sub/charts/inner/templates/d.yaml',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: d}',
      'spec: {template: {spec: {containers: [{name: c, image: "x/y:2"}]}}}',
      '',
    ].join('\n');
    expect(manifestWithSources(manifest).sources).toEqual([
      'top/templates/cm.yaml',
      'top/charts/sub/charts/inner/templates/d.yaml',
    ]);
    const [image] = imagesOfManifest(manifest);
    expect(image.uses[0].source).toBe('top/charts/sub/charts/inner/templates/d.yaml');
    expect(subchartValuesPath(image.uses[0].source)).toEqual(['sub', 'inner']);
    expect(subchartValuesPath('top/templates/x.yaml')).toBeUndefined();
  });
});
