/**
 * STAND-IN for W&B's release-channel service (the "deployer", https://deploy.wandb.ai), which the v1
 * operator asks for the chart and values of a CR that has no `spec.chart` (facts 1.4,
 * wandb/operator `pkg/wandb/spec/channel/deployer/deployer.go`). It replaces that public host with a loopback
 * HTTP server following the documented shapes:
 *  - `GET /api/v1/operator/channel` -> `{metadata, chart, values}` (chart: one of the spec.chart shapes,
 *    facts 1.3, here a RepoRelease pointing at the loopback chart repository);
 *  - `GET /api/v1/operator/channel/release/<releaseId>` -> the same shape for a pinned release;
 *  - when the operator knows a license it sends HTTP Basic auth, user `license`, password = the license. With
 *    `licenses` set, only those are accepted (401 otherwise, as for a license the service does not know);
 *    without it, any request is answered.
 * Every request is recorded (path and the license it carried) so tests can show what the operator asked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelSpec {
  metadata?: Record<string, unknown>;
  chart: Record<string, unknown>;
  values: Record<string, unknown>;
}

export interface ReleaseChannelOptions {
  /** What `GET /api/v1/operator/channel` answers. */
  channel: ChannelSpec;
  /** Pinned releases by id. */
  releases?: Record<string, ChannelSpec>;
  /** Licenses the service accepts; when absent, requests need none. */
  licenses?: string[];
}

export interface ChannelRequest {
  path: string;
  /** The password of `Authorization: Basic license:<license>`, when sent. */
  license?: string;
}

export interface ReleaseChannel {
  /** Base URL, what the operator's `--deployer-channel-url` / DEPLOYER_CHANNEL_URL would hold. */
  url: string;
  requests: ChannelRequest[];
  /** Change what the channel serves (a new release on the channel). */
  channel: ChannelSpec;
  /** Make the service answer 503 (down), to show the operator's cached-release fallback. */
  down: boolean;
  close: () => Promise<void>;
}

function licenseOf(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(0, colon) === 'license' ? decoded.slice(colon + 1) : undefined;
}

export async function startReleaseChannel(options: ReleaseChannelOptions): Promise<ReleaseChannel> {
  const state: ReleaseChannel = {
    url: '',
    requests: [],
    channel: options.channel,
    down: false,
    close: async () => undefined,
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const license = licenseOf(req);
    state.requests.push({ path, license });
    if (state.down) return send(res, 503, { error: 'service unavailable' });
    if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' });
    if (options.licenses && !(license && options.licenses.includes(license))) {
      return send(res, 401, { error: 'invalid license' });
    }
    if (path === '/api/v1/operator/channel') {
      return send(res, 200, { metadata: {}, ...state.channel });
    }
    const pinned = /^\/api\/v1\/operator\/channel\/release\/([^/]+)$/.exec(path);
    if (pinned && options.releases?.[pinned[1]]) {
      return send(res, 200, { metadata: { releaseId: pinned[1] }, ...options.releases[pinned[1]] });
    }
    return send(res, 404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
