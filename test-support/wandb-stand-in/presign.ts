import { createHmac } from 'node:crypto';

/**
 * A small S3 query-string presigner (signature version 2: HMAC-SHA1 over method, Content-MD5, Content-Type,
 * Expires, x-amz-* headers and the resource). Version 2 rather than 4 because s3rver 3.7.1 really verifies
 * version-2 signatures and accepts any version-4 one unchecked (lib/middleware/authentication.js), so with v2 a
 * client that drops an upload header or alters the URL gets the real `SignatureDoesNotMatch` 403.
 */
export interface PresignRequest {
  method: 'GET' | 'PUT';
  /** e.g. http://127.0.0.1:4568 (path-style addressing). */
  endpoint: string;
  bucket: string;
  key: string;
  accessKeyId: string;
  secretAccessKey: string;
  expiresInSeconds?: number;
  /** Headers the client must send (Content-Type and x-amz-*), signed into the URL. */
  headers?: Record<string, string>;
  now?: Date;
}

/** RFC 3986 encoding, as S3 (and s3rver) canonicalise each path segment. */
export function encodeRfc3986(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

export function presignV2(request: PresignRequest): string {
  const now = request.now ?? new Date();
  const expires = Math.floor(now.getTime() / 1000) + (request.expiresInSeconds ?? 900);
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const path = `/${encodeRfc3986(request.bucket)}/${request.key.split('/').map(encodeRfc3986).join('/')}`;
  const amzHeaders = Object.keys(headers)
    .filter((name) => name.startsWith('x-amz-'))
    .sort()
    .map((name) => `${name}:${headers[name].replace(/ +/g, ' ')}`);
  const stringToSign = [
    request.method,
    headers['content-md5'] ?? '',
    headers['content-type'] ?? '',
    String(expires),
    ...amzHeaders,
    path,
  ].join('\n');
  const signature = createHmac('sha1', request.secretAccessKey).update(stringToSign, 'utf8').digest('base64');
  const query = new URLSearchParams({
    AWSAccessKeyId: request.accessKeyId,
    Expires: String(expires),
    Signature: signature,
  });
  return `${request.endpoint.replace(/\/+$/, '')}${path}?${query.toString()}`;
}
