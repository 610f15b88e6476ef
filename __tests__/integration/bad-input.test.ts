/**
 * Bad input is bounded: every one of these gets an error with a fix and exit 1 (or a literal reading), and
 * none hangs, exhausts memory, crashes or silently changes the configuration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli as runCliCapture } from '../../test-support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'));
const base = join(process.cwd(), 'examples/base.yaml');

async function validate(...args: string[]) {
  return runCliCapture(['validate', '--config', base, ...args], { cwd: dir });
}

describe('files the user names', () => {
  it('/dev/zero is refused as a device, at once', async () => {
    const result = await runCliCapture(['validate', '--config', '/dev/zero'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Configuration file '/dev/zero' is a device: only regular files are read.",
    );
  });

  it('a FIFO is refused without reading it (it would block)', async () => {
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await runCliCapture(['validate', '--config', fifo], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a named pipe: only regular files are read.');
  });

  it('a directory, and a file over 10 MiB, are refused with what to do', async () => {
    mkdirSync(join(dir, 'adir'));
    const folder = await runCliCapture(['validate', '--config', 'adir'], { cwd: dir });
    expect(folder.stderr).toContain("Configuration file 'adir' is a directory");
    const big = join(dir, 'big.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 11 * 1024 * 1024);
    closeSync(fd);
    const result = await runCliCapture(['validate', '--config', 'big.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Configuration file 'big.yaml' is 11.0 MiB, over the 10 MiB limit.");
    const fleet = await runCliCapture(['plan', '--fleet', '/dev/zero'], { cwd: dir });
    expect(fleet.code).toBe(1);
    expect(fleet.stderr).toContain("The fleet file '/dev/zero' is a device");
  });
});

describe('--set', () => {
  it('a very deep path is an error, not a crash', async () => {
    const result = await validate('--set', `${Array(5000).fill('a').join('.')}=1`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--set path has 5000 segments; at most 64 are read');
    expect(result.stderr).not.toContain('Unexpected failure');
  });

  it('a value that reads as a YAML alias is the literal string, not null (the key is kept)', async () => {
    const result = await runCliCapture(
      ['render', '--config', base, '--set', 'app.extraEnv.GREETING=*hello'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('GREETING: "*hello"');
  });

  it('an alias inside a list is refused with the fix to quote it', async () => {
    const result = await validate('--set', 'global.extraEnv.X=[*a, b]');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('holds a YAML alias, anchor or tag');
    expect(result.stderr).toContain(`fix: Quote that item inside the list or map`);
  });
});

describe('release-notes post-to', () => {
  it('file: on a directory is an error with a fix, not a crash', async () => {
    mkdirSync(join(dir, 'notes'), { recursive: true });
    const result = await runCliCapture(
      [
        'release-notes',
        '--from',
        '0.74.1',
        '--to',
        '0.79.2',
        '--releases-file',
        'builtin',
        '--post-to',
        'file:notes',
      ],
      { cwd: dir },
    );
    expect(result.stderr + result.stdout).toContain('post-to file:notes names a directory.');
    expect(result.code).toBe(1);
  });
});
