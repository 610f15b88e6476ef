import { createRequire as __wbCreateRequire } from 'node:module'; const require = __wbCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "wandb-operator-actions",
  version: "0.1.0",
  description: "GitHub Actions and a CLI that deploy W&B Server on Kubernetes through the W&B operator and keep it inside support",
  type: "module",
  license: "MIT",
  bin: {
    "wandb-operator-actions": "dist/cli.js"
  },
  files: [
    "dist/",
    "action.yml",
    "*/action.yml",
    "schema/",
    "README.md",
    "LICENSE",
    "CHANGELOG.md"
  ],
  engines: {
    node: ">=22"
  },
  scripts: {
    build: "node scripts/build.mjs",
    demo: "node scripts/demo.mjs",
    test: "NODE_OPTIONS=--experimental-vm-modules jest",
    lint: "eslint . && prettier --check .",
    format: "prettier --write .",
    typecheck: "tsc --noEmit",
    bench: "node scripts/bench.mjs",
    "cluster:up": "bash scripts/cluster/up.sh",
    "cluster:down": "bash scripts/cluster/down.sh",
    "test:all": "bash scripts/test-env.sh && npm test"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/tool-cache": "^4.0.0",
    "@actions/workflow-parser": "^0.3.61",
    "@eslint/js": "^9.39.5",
    "@github/local-action": "^7.0.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/jest": "^30.0.0",
    "@types/node": "^22.20.7",
    "@types/semver": "^7.8.0",
    ajv: "^8.20.0",
    esbuild: "^0.28.2",
    eslint: "^9.39.5",
    jest: "^30.5.2",
    prettier: "^3.10.1",
    s3rver: "^3.7.1",
    semver: "^7.8.6",
    "ts-jest": "^29.4.15",
    typescript: "~6.0",
    "typescript-eslint": "^8.73.0",
    undici: "^7.30.2",
    yaml: "^2.9.1"
  }
};

// src/core/version.ts
var VERSION = package_default.version;
var USER_AGENT = `wandb-operator-actions/${VERSION}`;

export {
  VERSION,
  USER_AGENT
};
