import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.js';

/**
 * The one way a command reads a file the user names (configuration layers, fleet files, values files, a
 * releases file): bounded, so that a wrong path cannot hang or exhaust the runner. Only regular files are
 * read (a FIFO would block, /dev/zero would never end), and none larger than MAX_INPUT_BYTES.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export function readInputFile(cwd: string, path: string, what: string): string {
  const absolute = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `Cannot read ${what} '${path}'${code === 'ENOENT' ? ': no such file' : `: ${code}`}.`,
      'Check the path: it is relative to the working directory.',
    );
  }
  if (!stats.isFile()) {
    const kind = stats.isDirectory()
      ? 'a directory'
      : stats.isFIFO()
        ? 'a named pipe'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
    throw new UserError(
      `${capitalise(what)} '${path}' is ${kind}: only regular files are read.`,
      `Name a file.`,
    );
  }
  if (stats.size > MAX_INPUT_BYTES) {
    throw new UserError(
      `${capitalise(what)} '${path}' is ${(stats.size / 1024 / 1024).toFixed(1)} MiB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit.`,
      'Name the right file: W&B configuration files are a few kilobytes.',
    );
  }
  return readFileSync(absolute, 'utf8');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
