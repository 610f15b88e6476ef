/**
 * Jest runs the TypeScript sources as ESM (see ../shared/reference/toolchain.md). Three projects:
 * - unit: pure logic, no I/O beyond temp files;
 * - integration: real programs on loopback (git, s3rver, the GitHub and W&B stand-ins, the CLI bundle);
 * - cluster: the real kube-apiserver + etcd control plane brought up by scripts/cluster (see README).
 */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
};

export default {
  testTimeout: 180000,
  // One temporary directory for the whole run, removed at its end (test-support/jest/tmp-setup.cjs).
  globalSetup: '<rootDir>/test-support/jest/tmp-setup.cjs',
  globalTeardown: '<rootDir>/test-support/jest/tmp-teardown.cjs',
  reporters: ['default', '<rootDir>/test-support/summary-reporter.cjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'] },
    { ...common, displayName: 'cluster', testMatch: ['<rootDir>/__tests__/cluster/**/*.test.ts'] },
  ],
};
