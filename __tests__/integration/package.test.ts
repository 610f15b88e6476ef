/**
 * The npm package as a user gets it: `npm pack`, then the tarball installed OFFLINE into an empty prefix
 * (it has no dependencies: the bundle in dist/ holds them, so no registry is needed), then its bin run with
 * --help, --version and validate on the examples. Nothing of this checkout's node_modules is reachable from
 * the temporary prefix, so this also proves that dist/ needs nothing from node_modules at run time.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
  private?: boolean;
};

/** The environment npm and the CLI run with: no npm_* variables inherited from `npm test`. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS' && key !== 'INIT_CWD') env[key] = value;
  }
  return { ...env, ...extra };
}

function run(argv: string[], cwd: string, env?: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env: cleanEnv(env), encoding: 'utf8' });
  if (result.error) throw result.error;
  return result;
}

interface PackResult {
  filename: string;
  unpackedSize: number;
  files: { path: string }[];
}

let work: string;
let packed: PackResult;
let prefix: string;
let bin: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli.js')))
    throw new Error('dist/cli.js is missing: run npm run build first');
  work = mkdtempSync(join(tmpdir(), 'wandb-package-'));
  const pack = run(['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  expect(pack.status).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0];
  prefix = join(work, 'prefix');
  const install = run(
    [
      'npm',
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--prefix',
      prefix,
      join(work, packed.filename),
    ],
    work,
  );
  if (install.status !== 0) throw new Error(`offline install failed:\n${install.stdout}\n${install.stderr}`);
  bin = join(prefix, 'node_modules/.bin/wandb-operator-actions');
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('package.json: publishable, no runtime dependencies', () => {
  expect(pkg.private).toBeUndefined();
  expect(pkg.dependencies ?? {}).toEqual({});
});

test('the tarball holds what runs and nothing else, under 5 MB unpacked', () => {
  const paths = packed.files.map((f) => f.path);
  for (const needed of [
    'package.json',
    'dist/cli.js',
    'dist/package.json',
    'action.yml',
    'apply-cr/action.yml',
    'install-operator/action.yml',
    'schema/wandb-cr.schema.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
  ]) {
    expect(paths).toContain(needed);
  }
  const unexpected = paths.filter(
    (p) =>
      !/^(dist\/|schema\/|[a-z-]+\/action\.yml$|action\.yml$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(
        p,
      ),
  );
  expect(unexpected).toEqual([]);
  expect(packed.unpackedSize).toBeLessThan(5 * 1024 * 1024);
});

test('installed offline, the package has nothing in node_modules but itself', () => {
  const installed = JSON.parse(
    readFileSync(join(prefix, 'node_modules/wandb-operator-actions/package.json'), 'utf8'),
  ) as { version: string };
  expect(installed.version).toBe(pkg.version);
  const lock = JSON.parse(readFileSync(join(prefix, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  expect(Object.keys(lock.packages).filter((k) => k !== '')).toEqual(['node_modules/wandb-operator-actions']);
});

test('its bin runs --help, --version and validate on the examples', () => {
  const help = run([bin, '--help'], work);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('Usage: wandb-operator-actions <command> [flags]');
  expect(help.stdout).toContain('Exit codes:');

  const version = run([bin, '--version'], work);
  expect(version.status).toBe(0);
  expect(version.stdout.trim()).toBe(pkg.version);

  const examples = join(root, 'examples');
  for (const layers of [['base.yaml'], ['base.yaml', 'overlays/production.yaml']]) {
    const args = layers.flatMap((l) => ['--config', join(examples, l)]);
    const validate = run([bin, 'validate', ...args, '--render-check', 'false'], work);
    expect({ layers, status: validate.status, stderr: validate.stderr }).toMatchObject({ status: 0 });
  }
  const broken = run(
    [
      bin,
      'validate',
      '--config',
      join(examples, 'broken/base.yaml'),
      '--config',
      join(examples, 'broken/overlay.yaml'),
    ],
    work,
  );
  expect(broken.status).toBe(1);
  expect(broken.stderr).toContain('error:');
});

test('npx wandb-operator-actions runs the installed package, offline', () => {
  const npx = run(['npx', '--offline', '--no-install', 'wandb-operator-actions', '-V'], prefix);
  expect(npx.stderr).not.toContain('ERR');
  expect(npx.status).toBe(0);
  expect(npx.stdout.trim()).toBe(pkg.version);
});

test('npx --package <tarball> runs it with an empty cache, offline (what npx wandb-operator-actions@1 does after the download)', () => {
  const cache = join(work, 'npx-cache');
  const npx = run(
    [
      'npx',
      '--yes',
      '--offline',
      `--package=${join(work, packed.filename)}`,
      '--',
      'wandb-operator-actions',
      '--version',
    ],
    work,
    { npm_config_cache: cache },
  );
  expect(npx.stderr).not.toContain('ERR');
  expect(npx.status).toBe(0);
  expect(npx.stdout.trim()).toBe(pkg.version);
});
