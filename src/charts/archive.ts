/*
 * A Helm chart archive (.tgz) read in memory: gunzip, then the tar entries. Pure (bytes in, files out), so
 * that chart knowledge can be derived from an archive at hand without unpacking it to disk or running tar.
 * Helm writes archives with Go's archive/tar: ustar headers, PAX records for long names.
 */
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

function field(header: Uint8Array, offset: number, length: number): string {
  const bytes = header.subarray(offset, offset + length);
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

function octal(header: Uint8Array, offset: number, length: number): number {
  const text = field(header, offset, length).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** PAX extended header records: "<length> <key>=<value>\n" repeated. */
function paxPath(body: Uint8Array): string | undefined {
  const text = Buffer.from(body).toString('utf8');
  for (const record of text.split('\n')) {
    const match = /^\d+ path=(.*)$/.exec(record);
    if (match) return match[1];
  }
  return undefined;
}

/** Every regular file of a gzipped tar archive, by its path inside the archive. */
export function readTgz(bytes: Uint8Array): Map<string, Uint8Array> {
  const tar = gunzipSync(bytes);
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longName = paxPath(body);
      continue;
    }
    if (type === 'L') {
      longName = field(body, 0, body.length);
      continue;
    }
    const path = longName ?? (prefix ? `${prefix}/${name}` : name);
    longName = undefined;
    if (type === '0' || type === '7') files.set(path, body);
  }
  return files;
}
