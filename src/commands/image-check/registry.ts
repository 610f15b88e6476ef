import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import type { NeededImage } from '../../images/plan.js';
import { formatReference } from '../../images/reference.js';
import { RegistryClient, RegistryError, type ManifestStatus } from '../../images/registry-client.js';
import type { ImageCheckOptions } from './options.js';

function readCa(file: string, cwd: string): string {
  try {
    const text = readFileSync(resolve(cwd, file), 'utf8');
    if (!text.includes('-----BEGIN CERTIFICATE-----')) {
      throw new UserError(
        `'${file}' holds no PEM certificate.`,
        'Give --registry-ca-file a PEM file (BEGIN CERTIFICATE).',
      );
    }
    return text;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot read the registry CA file '${file}': ${(error as NodeJS.ErrnoException).code ?? 'error'}.`,
      'Check the path: it is relative to the working directory.',
    );
  }
}

/** Asks for each distinct reference once, a few at a time. */
async function checkAll(client: RegistryClient, images: NeededImage[]): Promise<Map<string, ManifestStatus>> {
  const wanted = new Map<string, NeededImage>();
  for (const image of images) if (image.checkable) wanted.set(formatReference(image.internal), image);
  const statuses = new Map<string, ManifestStatus>();
  const queue = [...wanted.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [reference, image] = next;
      const tagOrDigest = image.internal.digest ?? image.internal.tag ?? 'latest';
      statuses.set(reference, await client.manifest(image.internal.repository, tagOrDigest));
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  return statuses;
}

/**
 * Asks the internal registry for every checkable image (after checking that it answers the distribution API
 * with these credentials), a few at a time, each distinct reference once.
 */
export async function askRegistry(
  options: ImageCheckOptions,
  images: NeededImage[],
  ctx: Context,
): Promise<Map<string, ManifestStatus>> {
  if (options.registry.scheme === 'http' && options.password) {
    ctx.out.warning(
      `The registry password goes to ${options.registry.host} over plain HTTP, readable on the network: use HTTPS where you can.`,
    );
  }
  const ca = options.caFile ? readCa(options.caFile, ctx.cwd) : undefined;
  const client = new RegistryClient({
    scheme: options.registry.scheme,
    host: options.registry.host,
    username: options.username,
    password: options.password,
    ca,
    timeoutMs: options.timeoutMs,
    onSecret: (secret) => ctx.redactor.add(secret),
    env: ctx.env,
  });
  try {
    await ctx.out.group(`Registry ${client.url}`, async () => {
      try {
        await client.ping();
      } catch (error) {
        if (error instanceof RegistryError)
          throw new UserError(`Registry ${client.url}: ${error.message}`, error.fix);
        throw error;
      }
      ctx.out.info(
        `${client.url} answers the distribution API${options.username ? ` as ${options.username}` : ''}.`,
      );
    });
    return await checkAll(client, images);
  } finally {
    await client.close();
  }
}
