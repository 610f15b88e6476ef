/**
 * The CLI's conventions: `-V`/`--version` prints package.json's version, and the exit codes are 0 (ok),
 * 1 (the command ran and failed) and 2 (usage error: unknown command or flag, missing required input, a flag
 * value of the wrong type), each usage error with a hint on how to get the usage. Most cases run the runner
 * in-process; the last ones run the built bundle (dist/cli.js) as a user would.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, action } from '../../test-support/run-cli.js';
import { parseCliArgs, UsageError } from '../../src/core/inputs.js';
import { USER_AGENT, VERSION } from '../../src/core/version.js';

const root = process.cwd();
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('version', () => {
  test.each([['--version'], ['-V']])('%s prints the version of package.json and exits 0', async (flag) => {
    const run = await cli([flag]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${packageVersion}\n`);
    expect(VERSION).toBe(packageVersion);
    expect(USER_AGENT).toBe(`wandb-operator-actions/${packageVersion}`);
  });
});

describe('exit codes', () => {
  test('help exits 0 and documents the exit codes and -V', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['help', 'validate'], ['validate', '--help']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Exit codes:');
      expect(run.stdout).toMatch(/ {2}2 {2}usage error/);
    }
    expect((await cli(['--help'])).stdout).toContain('-V, --version');
  });

  test('success is 0 and a command that ran and failed is 1', async () => {
    const ok = await cli(['validate', '--config', 'examples/base.yaml', '--render-check', 'false']);
    expect(ok.code).toBe(0);
    const invalid = await cli([
      'validate',
      '--config',
      'examples/broken/base.yaml',
      '--config',
      'examples/broken/overlay.yaml',
      '--render-check',
      'false',
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).not.toContain('--help');
  });

  test.each([
    [[], 'No command given.'],
    [['aply-cr'], "Unknown command 'aply-cr'. Did you mean 'apply-cr'?"],
    [['help', 'nothing'], "Unknown command 'nothing'."],
    [['--verbose'], "Unknown option '--verbose' before the command."],
    [['validate', '--confg', 'x.yaml'], "Unknown flag '--confg'."],
    [['validate', 'examples/base.yaml'], "Unexpected argument 'examples/base.yaml'."],
    [['validate'], 'Missing required flag --config.'],
    [['validate', '--config'], "Flag '--config' needs a value."],
    [
      ['apply-cr', '--config', 'examples/base.yaml', '--timeout', 'soon'],
      "Input 'timeout' (--timeout) must be a number",
    ],
    [
      ['apply-cr', '--config', 'examples/base.yaml', '--dry-run=maybe'],
      "Input 'dry-run' (--dry-run) must be true or false",
    ],
    [['verify', '--host', 'https://x', '--api-key', 'k'], "'--api-key' is a secret"],
  ])('usage error %j exits 2 with the usage hint', async (argv, message) => {
    const run = await cli(argv, { env: { KUBECONFIG: '/nonexistent' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${message}`);
    expect(run.stderr).toMatch(
      /Run 'wandb-operator-actions( [a-z-]+)? --help'|Usage: wandb-operator-actions/,
    );
  });

  test('a boolean flag given as --flag=value is read, not ignored', () => {
    const specs = [{ name: 'dry-run', description: '', type: 'boolean' as const, default: 'false' }];
    expect(parseCliArgs(specs, ['--dry-run=true'], {}).inputs['dry-run']).toBe(true);
    expect(parseCliArgs(specs, ['--dry-run=false'], {}).inputs['dry-run']).toBe(false);
    expect(() => parseCliArgs(specs, ['--dry-run=maybe'], {})).toThrow(UsageError);
  });

  test('an action missing a required input, or with a bad command, exits 2', async () => {
    const missing = await action('support', {});
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain('Input required and not supplied: version');
    const badNumber = await action('apply-cr', { config: 'examples/base.yaml', timeout: 'soon' });
    expect(badNumber.code).toBe(2);
  });
});

describe('the built CLI (dist/cli.js)', () => {
  const bundle = join(root, 'dist/cli.js');
  const run = (argv: string[]) =>
    spawnSync(process.execPath, [bundle, ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH } });

  test('-V, an unknown command and an unknown flag', () => {
    if (!existsSync(bundle)) throw new Error('dist/cli.js is missing: run npm run build first');
    const version = run(['-V']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(packageVersion);
    const unknown = run(['deploy']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown command 'deploy'");
    const flag = run(['validate', '--config', 'examples/base.yaml', '--strict']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown flag '--strict'");
    expect(flag.stderr).toContain("Run 'wandb-operator-actions validate --help' for its flags.");
  });
});
