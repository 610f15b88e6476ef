import { cli } from '../../test-support/run-cli.js';

/** The README's demo command, offline half: what a newcomer sees right after `npm install`. */
test('the offline demo validates, renders, diffs and shows a broken configuration with places and fixes', async () => {
  const run = await cli(['demo'], { env: { KUBECONFIG: '/nonexistent/kubeconfig' } });
  const seen = run.stdout + run.stderr;
  expect(run.code).toBe(0);
  expect(seen).toContain('valid: examples/base.yaml + examples/overlays/production.yaml (1 warning)');
  expect(seen).toContain('license: "***"');
  expect(seen).toContain('Dry run without a cluster (no kubeconfig): the diff against an empty cluster');
  expect(seen).toContain(
    'examples/broken/overlay.yaml:7:11: error: `global.mysql.port` must be a port number',
  );
  expect(seen).toContain('  fix: Write the port as a number, e.g. `port: 3306`.');
  expect(seen).toMatch(
    /invalid: \d+ errors, \d+ warnings in examples\/broken\/base\.yaml \+ examples\/broken\/overlay\.yaml/,
  );
  expect(seen).toContain('Offline half finished: every step behaved as expected.');
  expect(seen).not.toContain('demo-license-3f9c2a7e5b1d4c8a');
});
