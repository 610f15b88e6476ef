import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../../src/core/errors.js';
import {
  DEFAULT_KEY_PATH,
  locateVersion,
  parseFileSpec,
  parseTagValue,
  setVersion,
} from '../../../src/upgrade/version-file.js';

// A CR written the way people write them: comments everywhere, mixed quoting, a flow map, a long folded
// string, CRLF-free but with odd indentation and trailing spaces that a re-serialiser would "fix".
const CR = `# W&B production deployment -- managed by GitOps
apiVersion: apps.wandb.com/v1   # operator CRD
kind: WeightsAndBiases
metadata:
  name: wandb
  namespace: "wandb"
spec:
  chart: {url: 'https://charts.wandb.ai', name: operator-wandb, version: "0.31.4"}
  values:
    global:
      host: https://wandb.example.com   
      extraEnv:
        GORILLA_LONG: >-
          a very long folded value that a serialiser would happily re-wrap at
          some other column width than the one chosen here
    app:
      image:
        repository: wandb/local
        # pinned on purpose, see RUNBOOK.md
        tag: "0.74.1"   # bumped by upgrade-check
      resources: { limits: { cpu: "4" } }
    weave:
      image: {tag: 0.74.1}
`;

function changedLines(before: string, after: string): Array<[number, string, string]> {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[i + 1, line, b[i]] as [number, string, string]]));
}

describe('parseFileSpec', () => {
  it('reads path:keypath and defaults the key path', () => {
    expect(parseFileSpec('deploy/wandb.yaml')).toMatchObject({
      path: 'deploy/wandb.yaml',
      keyPath: DEFAULT_KEY_PATH,
    });
    expect(parseFileSpec('values.yaml:app.image.tag')).toMatchObject({
      path: 'values.yaml',
      keyPath: 'app.image.tag',
      segments: ['app', 'image', 'tag'],
    });
    expect(parseFileSpec('list.yaml:items[1].tag').segments).toEqual(['items', 1, 'tag']);
  });
});

describe('parseTagValue', () => {
  it('accepts pinned versions and image references, refuses the rest', () => {
    expect(parseTagValue('0.74.1')).toEqual({ version: '0.74.1', prefix: '', image: '' });
    expect(parseTagValue('v0.74.1')).toEqual({ version: '0.74.1', prefix: 'v', image: '' });
    expect(parseTagValue('registry:5000/wandb/local:0.74.1')).toEqual({
      version: '0.74.1',
      prefix: '',
      image: 'registry:5000/wandb/local:',
    });
    for (const bad of ['latest', '', '0.74', 'wandb/local', 'wandb/local@sha256:abc', 'stable']) {
      expect(parseTagValue(bad)).toBeUndefined();
    }
  });
});

describe('setVersion', () => {
  it('changes only the version line, byte for byte, keeping quotes and the comment', () => {
    const spec = parseFileSpec('deploy/wandb.yaml');
    expect(locateVersion(CR, spec)).toMatchObject({ version: '0.74.1', line: 20 });
    const after = setVersion(CR, spec, '0.79.2');
    expect(changedLines(CR, after)).toEqual([
      [
        20,
        '        tag: "0.74.1"   # bumped by upgrade-check',
        '        tag: "0.79.2"   # bumped by upgrade-check',
      ],
    ]);
  });

  it('edits inside a flow map and keeps single quotes, v prefixes and image references as written', () => {
    const flow = setVersion(CR, parseFileSpec('f.yaml:spec.values.weave.image.tag'), '0.79.2');
    expect(changedLines(CR, flow)).toEqual([
      [23, '      image: {tag: 0.74.1}', '      image: {tag: 0.79.2}'],
    ]);

    const single = "app:\n  image:\n    tag: 'v0.74.1' # quoted\n";
    expect(setVersion(single, parseFileSpec('v.yaml:app.image.tag'), '0.79.2')).toBe(
      "app:\n  image:\n    tag: 'v0.79.2' # quoted\n",
    );
    const image = 'app:\n  image: registry.local:5000/wandb/local:0.74.1\n';
    expect(setVersion(image, parseFileSpec('v.yaml:app.image'), '0.79.2')).toBe(
      'app:\n  image: registry.local:5000/wandb/local:0.79.2\n',
    );
  });

  it('edits every document of a multi-document file that holds the key, and they must agree', () => {
    const two = 'app:\n  image:\n    tag: 0.74.1\n---\nother: 1\n---\napp:\n  image:\n    tag: 0.74.1 # b\n';
    expect(setVersion(two, parseFileSpec('m.yaml:app.image.tag'), '0.75.0')).toBe(
      'app:\n  image:\n    tag: 0.75.0\n---\nother: 1\n---\napp:\n  image:\n    tag: 0.75.0 # b\n',
    );
    const disagree = two.replace('0.74.1 # b', '0.73.0 # b');
    expect(() => locateVersion(disagree, parseFileSpec('m.yaml:app.image.tag'))).toThrow(
      /in one document and/,
    );
  });

  it('follows an alias to the anchored value', () => {
    const text = 'versions:\n  server: &v 0.74.1\napp:\n  image:\n    tag: *v\n';
    expect(setVersion(text, parseFileSpec('a.yaml:app.image.tag'), '0.79.2')).toBe(
      'versions:\n  server: &v 0.79.2\napp:\n  image:\n    tag: *v\n',
    );
  });
});

describe('unpinned versions fail clearly', () => {
  const spec = parseFileSpec('deploy/wandb.yaml');
  it.each([
    [
      'latest',
      'spec:\n  values:\n    app:\n      image:\n        tag: latest\n',
      /is 'latest', not a pinned version/,
    ],
    ['empty', 'spec:\n  values:\n    app:\n      image:\n        tag:\n', /is empty, not a pinned version/],
    [
      'partial',
      'spec:\n  values:\n    app:\n      image:\n        tag: 0.74\n',
      /is '0.74', not a pinned version/,
    ],
    [
      'missing',
      'spec:\n  values:\n    app:\n      image:\n        repository: wandb/local\n',
      /no W&B Server version found/,
    ],
  ])('%s tag', (_name, text, message) => {
    let error: unknown;
    try {
      locateVersion(text, spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.message).toMatch(message);
    expect(userError.fix).toMatch(/Pin an exact W&B Server version/);
    expect(userError.place?.file).toBe('deploy/wandb.yaml');
  });

  it('points at the line of a latest tag', () => {
    const text = 'spec:\n  values:\n    app:\n      image:\n        tag: latest\n';
    expect(() => locateVersion(text, spec)).toThrow(UserError);
    try {
      locateVersion(text, spec);
    } catch (e) {
      expect((e as UserError).place).toEqual({ file: 'deploy/wandb.yaml', line: 5, column: 14 });
    }
  });
});
