import { request } from 'node:https';
import { readFileSync } from 'node:fs';

/**
 * A minimal client for the loopback kube-apiserver's REST API using the admin client certificate, for the
 * stand-ins' fast polling loops (a kubectl process per poll would eat the shared cores). Test code only.
 */
export interface RestResponse<T = unknown> {
  status: number;
  body: T;
  text: string;
}

export class KubeRest {
  private readonly ca: Buffer;
  private readonly cert: Buffer;
  private readonly key: Buffer;
  private readonly url: URL;

  constructor(server: string, pki: { ca: string; cert: string; key: string }) {
    this.url = new URL(server);
    this.ca = readFileSync(pki.ca);
    this.cert = readFileSync(pki.cert);
    this.key = readFileSync(pki.key);
  }

  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json',
  ): Promise<RestResponse<T>> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.url.hostname,
          port: this.url.port,
          path,
          method,
          ca: this.ca,
          cert: this.cert,
          key: this.key,
          headers: {
            Accept: 'application/json',
            ...(payload !== undefined
              ? { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) }
              : {}),
          },
          timeout: 10000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = undefined;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              parsed = undefined;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T, text });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
      req.on('error', reject);
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  get<T = unknown>(path: string): Promise<RestResponse<T>> {
    return this.request<T>('GET', path);
  }

  mergePatch<T = unknown>(path: string, patch: unknown): Promise<RestResponse<T>> {
    return this.request<T>('PATCH', path, patch, 'application/merge-patch+json');
  }

  strategicPatch<T = unknown>(path: string, patch: unknown): Promise<RestResponse<T>> {
    return this.request<T>('PATCH', path, patch, 'application/strategic-merge-patch+json');
  }
}
