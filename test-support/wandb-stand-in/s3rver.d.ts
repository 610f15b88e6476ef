// s3rver ships no types; only what the stand-in uses.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    /** PEM: with both, s3rver serves https. */
    cert?: string | Buffer;
    key?: string | Buffer;
    configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
  }
  /** The Koa context, as far as the stand-in touches it. */
  interface Context {
    method: string;
    querystring: string;
  }
  export default class S3rver {
    constructor(options: S3rverOptions);
    /** Koa's middleware list (S3rver extends Koa); composed when `run()` starts listening. */
    middleware: Array<(ctx: Context, next: () => Promise<void>) => Promise<void>>;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
