import { outcomeLine, summaryMarkdown, tabulate, textTable } from '../../../src/images/report.js';
import type { NeededImage } from '../../../src/images/plan.js';
import { parseReference, parseRegistry, type RegistryTarget } from '../../../src/images/reference.js';
import type { ManifestStatus } from '../../../src/images/registry-client.js';

const registry = parseRegistry('registry.corp:5000/mirror') as RegistryTarget;

function needed(internal: string, extra: Partial<NeededImage> = {}): NeededImage {
  const reference = parseReference(internal);
  if (!reference) throw new Error(`bad reference ${internal}`);
  return {
    component: 'app',
    keyPath: 'spec.values.app.image',
    usedBy: ['Deployment w-app, container app'],
    testOnly: false,
    pulled: reference,
    internal: reference,
    upstream: internal.replace('registry.corp:5000/mirror/', ''),
    checkable: true,
    ...extra,
  };
}

const app = 'registry.corp:5000/mirror/wandb/local:0.82.1';
const busybox = 'registry.corp:5000/mirror/library/busybox:1.36';

test('one row per internal reference, with every key, component and user; test-only only if every use is', () => {
  const images = [
    needed(app),
    needed(app, {
      component: 'api',
      keyPath: 'spec.values.api.image',
      usedBy: ['Deployment w-api, container api'],
    }),
    needed(busybox, { component: 'test', keyPath: 'Pod w-test', testOnly: true }),
  ];
  const statuses = new Map<string, ManifestStatus>([
    [app, { status: 'present', digest: 'sha256:abc' }],
    [busybox, { status: 'missing' }],
  ]);
  const rows = tabulate(images, statuses);
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatchObject({
    reference: app,
    status: 'present',
    detail: 'sha256:abc',
    components: ['app', 'api'],
    keys: ['spec.values.app.image', 'spec.values.api.image'],
    testOnly: false,
  });
  expect(rows[1]).toMatchObject({ reference: busybox, status: 'missing', testOnly: true });

  expect(textTable(rows).split('\n')).toEqual([
    'IMAGE                                           STATUS          COMPONENT  KEY',
    'registry.corp:5000/mirror/wandb/local:0.82.1    present         app, api   spec.values.app.image, spec.values.api.image',
    'registry.corp:5000/mirror/library/busybox:1.36  MISSING (test)  test       Pod w-test',
  ]);
  // Missing only from helm tests: the check passes, and the line says why not all are there.
  expect(outcomeLine(rows, true, registry, 0)).toBe(
    '1 of 2 images present in registry.corp:5000/mirror; the others are used only by helm tests.',
  );
  const summary = summaryMarkdown(rows, [], registry, 'operator-wandb 0.43.8', {});
  expect(summary).toContain('### Images: all 1 in `registry.corp:5000/mirror` (helm test images apart)');
  expect(summary).toContain(`crane copy library/busybox:1.36 ${busybox}`);
});

test('an image not checked and one the registry failed on are counted apart from the missing', () => {
  const images = [needed(app), needed(busybox, { checkable: false })];
  const rows = tabulate(images, new Map([[app, { status: 'error', message: 'HTTP 500', fix: 'retry' }]]));
  expect(rows.map((row) => [row.status, row.detail])).toEqual([
    ['error', 'HTTP 500 (retry)'],
    ['unchecked', undefined],
  ]);
  expect(outcomeLine(rows, false, registry, 1)).toBe(
    '0 of 2 images present in registry.corp:5000/mirror; 0 missing, 2 not checked, 1 configuration error.',
  );
  const summary = summaryMarkdown(
    rows,
    [{ severity: 'error', keyPath: 'spec.values.app.image', message: 'a | b', fix: 'c' }],
    registry,
    'x',
    {},
  );
  expect(summary).toContain('**ERROR**: HTTP 500 (retry)');
  expect(summary).toContain('| error | `spec.values.app.image` | a \\| b | c |');
});
