/**
 * STAND-IN for a Slack incoming webhook (https://hooks.slack.com/services/T…/B…/…), for tests only, on
 * loopback. It follows Slack's documented behaviour for incoming webhooks (api.slack.com/messaging/webhooks):
 * a POST of `application/json` with `text` and/or `blocks`; answers `200 ok` (text/plain), `400 invalid_payload`
 * for a body that is not JSON, `400 no_text` when neither `text` nor `blocks` is given, `404 no_service` for
 * an unknown webhook path, and `failNext(n, status)` for outages. Received messages are kept in `messages`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackMessage {
  path: string;
  contentType: string;
  payload: { text?: string; blocks?: unknown[]; [key: string]: unknown };
}

export class SlackStandIn {
  readonly messages: SlackMessage[] = [];
  private server?: Server;
  private origin = '';
  private failures: number[] = [];
  /** The one webhook path this stand-in serves. */
  readonly path = '/services/T000TEST/B000TEST/secretwebhooktoken000000';

  async start(): Promise<string> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const reply = (status: number, text: string) => {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(text);
      };
      const failure = this.failures.shift();
      if (failure !== undefined) return reply(failure, 'service_unavailable');
      if (req.method !== 'POST' || req.url !== this.path) return reply(404, 'no_service');
      let payload: SlackMessage['payload'];
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return reply(400, 'invalid_payload');
      }
      if (typeof payload !== 'object' || payload === null) return reply(400, 'invalid_payload');
      if (!payload.text && !(Array.isArray(payload.blocks) && payload.blocks.length > 0)) {
        return reply(400, 'no_text');
      }
      this.messages.push({ path: req.url, contentType: String(req.headers['content-type'] ?? ''), payload });
      reply(200, 'ok');
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.webhookUrl;
  }

  /** The webhook URL to give the program (a secret in real use). */
  get webhookUrl(): string {
    return `${this.origin}${this.path}`;
  }

  failNext(count: number, status = 503): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }
}
