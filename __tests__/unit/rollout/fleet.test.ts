import { formatFleetProblem, parseFleet, type ParsedFleet } from '../../../src/rollout/fleet.js';

function errors(parsed: ParsedFleet): string[] {
  return parsed.problems.filter((p) => p.severity === 'error').map(formatFleetProblem);
}

const GOOD = `stages: [dev, staging, production]
instances:
  - name: prod-eu
    stage: production
    kubeconfig-env: KUBECONFIG_PROD_EU
    namespace: wandb
    config: [base.yaml, overlays/production.yaml]
  - name: dev
    stage: dev
    context: dev-cluster
    namespace: wandb-dev
    config: base.yaml
    set: [global.host=https://wandb.dev.example.com]
  - name: staging
    stage: staging
    kubeconfig-env: KUBECONFIG_STAGING
    namespace: wandb
    cr-name: wandb-staging
    config:
      - base.yaml
      - overlays/staging.yaml
    verify:
      host: https://wandb.staging.example.com
      api-key-env: WANDB_API_KEY_STAGING
      cluster-checks: false
      ca-file: certs/internal-ca.pem
`;

describe('parseFleet', () => {
  it('reads instances and orders stages by the stages list, whatever the file order', () => {
    const parsed = parseFleet('fleet.yaml', GOOD);
    expect(errors(parsed)).toEqual([]);
    const fleet = parsed.fleet!;
    expect(fleet.stages.map((s) => [s.index, s.name, s.instances.map((i) => i.name)])).toEqual([
      [1, 'dev', ['dev']],
      [2, 'staging', ['staging']],
      [3, 'production', ['prod-eu']],
    ]);
    expect(fleet.instances.map((i) => i.name)).toEqual(['dev', 'staging', 'prod-eu']);
    const staging = fleet.instances[1];
    expect(staging).toMatchObject({
      kubeconfigEnv: 'KUBECONFIG_STAGING',
      namespace: 'wandb',
      crName: 'wandb-staging',
      verify: {
        host: 'https://wandb.staging.example.com',
        apiKeyEnv: 'WANDB_API_KEY_STAGING',
        clusterChecks: 'false',
        caFile: 'certs/internal-ca.pem',
      },
    });
    expect(staging.config.map((c) => [c.path, c.place.line, c.place.column])).toEqual([
      ['base.yaml', 20, 9],
      ['overlays/staging.yaml', 21, 9],
    ]);
    expect(staging.accessPlace).toEqual({ file: 'fleet.yaml', line: 16, column: 21 });
    expect(fleet.instances[0]).toMatchObject({
      context: 'dev-cluster',
      config: [{ path: 'base.yaml' }],
      set: ['global.host=https://wandb.dev.example.com'],
    });
  });

  it('orders numbered stages numerically without a stages list', () => {
    const text = [
      'instances:',
      ...[10, 2, 1].flatMap((n) => [
        `  - name: i${n}`,
        `    stage: ${n}`,
        '    context: c',
        `    namespace: ns${n}`,
        '    config: [a.yaml]',
      ]),
    ].join('\n');
    const fleet = parseFleet('f.yaml', text).fleet!;
    expect(fleet.stages.map((s) => s.name)).toEqual(['1', '2', '10']);
  });

  it('reports every problem at its line and column, with a fix', () => {
    const text = `stages: [canary, main]
instances:
  - name: Canary_1
    stage: canry
    kubeconfig-env: KUBE
    namespace: wandb
    config: [a.yaml]
    verify:
      host: wandb.example.com
  - name: main
    stage: main
    namespace: wandb
    config: []
    kubeconfig: |
      apiVersion: v1
    confg: [a.yaml]
`;
    const found = errors(parseFleet('fleet.yaml', text));
    expect(found).toEqual([
      'fleet.yaml:3:11: error: instance name `Canary_1` must be lower-case letters, digits and -, starting and ending with a letter or digit\n  fix: Instance names become file and job names; e.g. `staging-eu`.',
      'fleet.yaml:9:13: error: `verify.host` must be an http(s) URL\n  fix: Write it as https://wandb.example.com.',
      expect.stringMatching(
        /^fleet\.yaml:14:5: error: unknown key `kubeconfig` in instances\[1\]\n {2}fix: Never put a kubeconfig in the fleet file/,
      ),
      'fleet.yaml:16:5: error: unknown key `confg` in instances[1]\n  fix: Did you mean `config`? Allowed here: name, stage, namespace, cr-name, kubeconfig-env, context, config, set, verify.',
      expect.stringMatching(
        /^fleet\.yaml:10:5: error: instance `main` says neither `kubeconfig-env` nor `context`/,
      ),
      'fleet.yaml:13:13: error: `config` of instance `main` is empty',
      'fleet.yaml:4:12: error: stage `canry` of instance `Canary_1` is not in `stages`\n  fix: Did you mean `canary`?',
    ]);
    // Nothing of the pasted kubeconfig is repeated.
    expect(found.join('\n')).not.toContain('apiVersion: v1');
  });

  it('refuses a secret pasted where a variable name belongs, without repeating it', () => {
    const text = `instances:
  - name: a
    stage: 1
    kubeconfig-env: "apiVersion: v1 token: abcdef0123456789"
    namespace: wandb
    config: [a.yaml]
`;
    const found = errors(parseFleet('f.yaml', text));
    expect(found).toEqual([
      expect.stringMatching(/^f\.yaml:4:21: error: `kubeconfig-env` must name an environment variable/),
    ]);
    expect(found[0]).not.toContain('abcdef0123456789');
  });

  it('needs a stages list for named stages, and finds duplicates', () => {
    const text = `instances:
  - name: a
    stage: canary
    context: c
    namespace: wandb
    config: [a.yaml]
  - name: a
    stage: 2
    context: c
    namespace: wandb
    config: [a.yaml]
`;
    expect(errors(parseFleet('f.yaml', text))).toEqual([
      'f.yaml:7:5: error: instance name `a` is used twice (first at line 2)\n  fix: Give every instance its own name.',
      'f.yaml:7:5: error: instances `a` and `a` deploy to the same namespace `wandb` of the same cluster\n  fix: One W&B instance per namespace: give each its own namespace (or cr-name), or drop one.',
      'f.yaml:3:12: error: stage `canary` is a name, and the fleet file has no `stages` list to order it\n  fix: Add a top-level `stages: [dev, staging, production]` in promotion order, or number the stages (1, 2, 3).',
    ]);
  });

  it('reports YAML syntax errors and a missing instances list where they are', () => {
    expect(errors(parseFleet('f.yaml', 'instances:\n  - name: [a\n'))[0]).toMatch(
      /^f\.yaml:\d+:\d+: error: YAML syntax error/,
    );
    expect(errors(parseFleet('f.yaml', 'stages: [a]\n'))).toEqual([
      'f.yaml:1:1: error: the fleet file has no `instances` list\n  fix: Add `instances:` with one entry per W&B instance.',
    ]);
    expect(errors(parseFleet('f.yaml', ''))).toEqual([
      expect.stringMatching(/^f\.yaml:1:1: error: the fleet file is empty/),
    ]);
  });

  it('warns about a declared stage without instances and leaves it out', () => {
    const text =
      'stages: [a, b]\ninstances:\n  - {name: x, stage: b, context: c, namespace: n, config: [a.yaml]}\n';
    const parsed = parseFleet('f.yaml', text);
    expect(parsed.problems.map(formatFleetProblem)).toEqual([
      'f.yaml:1:10: warning: stage `a` has no instances; it is skipped',
    ]);
    expect(parsed.fleet?.stages.map((s) => [s.index, s.name])).toEqual([[1, 'b']]);
  });
});
