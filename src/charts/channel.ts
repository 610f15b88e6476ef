/*
 * W&B's release channel (the operator's "deployer", https://deploy.wandb.ai by default), which gives a CR without
 * `spec.chart` its chart and values (facts 1.4, wandb/operator v1 `pkg/wandb/spec/channel/deployer`):
 *  - `GET <base>/api/v1/operator/channel`, or `GET <base>/api/v1/operator/channel/release/<releaseId>` when
 *    `values._releaseId` pins a release (the System Console's "Pin specific version");
 *  - HTTP Basic auth with user `license` and the license as password, when a license is known;
 *  - the answer `{metadata, chart, values}`, chart being one of the spec.chart shapes;
 *  - 30 s per attempt, 5 attempts, 2 s apart (as the operator asks).
 * The operator then merges "first wins": the CR's values over the channel's, map by map, and the CR's chart if
 * it has one. The pure part (URL, answer, merge, description) is tested directly; `askChannel` is the only I/O.
 */
import { USER_AGENT } from '../core/version.js';

export const DEFAULT_CHANNEL_URL = 'https://deploy.wandb.ai';

type Json = Record<string, unknown>;

const isMap = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ChannelAnswer {
  metadata: Json;
  /** One of the spec.chart shapes (repository + name + version, oci://, or a path). */
  chart: Json;
  values: Json;
}

/** The base URL as given, checked: http(s), no credentials, no trailing slash. Undefined when unusable. */
export function channelBase(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return url.href.replace(/\/+$/, '');
}

/** `values._releaseId` (a string) pins a release, as the operator reads it. */
export function releaseIdOf(values: unknown): string | undefined {
  const id = isMap(values) ? values._releaseId : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
}

/** The URL the operator asks: the channel's latest, or the pinned release. */
export function channelRequestUrl(base: string, releaseId?: string): string {
  return releaseId
    ? `${base}/api/v1/operator/channel/release/${encodeURIComponent(releaseId)}`
    : `${base}/api/v1/operator/channel`;
}

/** The answer's body read and checked; a string says what is wrong with it. */
export function parseChannelAnswer(body: string): ChannelAnswer | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'the answer is not JSON';
  }
  if (!isMap(json)) return 'the answer is not a JSON object';
  if (!isMap(json.chart)) return 'the answer names no chart (no `chart` object)';
  if (json.values !== undefined && json.values !== null && !isMap(json.values))
    return '`values` in the answer is not an object';
  return {
    metadata: isMap(json.metadata) ? json.metadata : {},
    chart: json.chart,
    values: isMap(json.values) ? json.values : {},
  };
}

/** `over` merged over `under`: maps key by key, anything else (lists included) replaced: the operator's merge. */
export function mergeValues(under: Json, over: Json): Json {
  const out: Json = { ...under };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isMap(value) && isMap(out[key]) ? mergeValues(out[key] as Json, value) : value;
  }
  return out;
}

/**
 * The spec the operator would apply: the CR's chart if it has one, else the channel's; the CR's values over the
 * channel's (the console's user spec, which lives only in the cluster, is not known here).
 */
export function specWithChannel(
  crSpec: Json,
  answer: ChannelAnswer,
): { chart: Json; values: Json; chartFrom: 'cr' | 'channel' } {
  const crChart = crSpec.chart;
  const crValues = isMap(crSpec.values) ? crSpec.values : {};
  return isMap(crChart)
    ? { chart: crChart, values: mergeValues(answer.values, crValues), chartFrom: 'cr' }
    : { chart: answer.chart, values: mergeValues(answer.values, crValues), chartFrom: 'channel' };
}

/** One phrase for the log and the summary: which release the channel served. */
export function describeRelease(answer: ChannelAnswer, releaseId?: string): string {
  const meta = answer.metadata;
  const id = typeof meta.releaseId === 'string' ? meta.releaseId : releaseId;
  const chart = answer.chart;
  const name = typeof chart.name === 'string' ? chart.name : undefined;
  const version =
    typeof chart.version === 'string' || typeof chart.version === 'number'
      ? String(chart.version)
      : undefined;
  const where =
    typeof chart.url === 'string'
      ? chart.url.replace(/\/\/[^@/\s]*@/, '//***@')
      : typeof chart.path === 'string'
        ? chart.path
        : undefined;
  const what = [name ?? 'chart', version ?? '(newest)'].join(' ') + (where ? ` from ${where}` : '');
  return id ? `pinned release ${id}: ${what}` : `current release: ${what}`;
}

export interface AskOptions {
  base: string;
  license?: string;
  releaseId?: string;
  /** Per attempt; the operator's 30 s. */
  timeoutMs?: number;
  /** The operator's 5. */
  attempts?: number;
  /** Between attempts; the operator's 2 s. */
  delayMs?: number;
  /** For tests: default the global fetch (node's, honouring no proxy setting of its own). */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** Why the channel gave nothing; the message names the URL (never the license) and is safe to show. */
export class ChannelError extends Error {
  constructor(
    message: string,
    /** HTTP status of the last answer, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** Whether another attempt can help: no answer, a server error, or too many requests. */
function worthRetrying(status: number | undefined): boolean {
  return status === undefined || status >= 500 || status === 429 || status === 408;
}

/**
 * Asks the channel as the operator does, retrying what can be retried. Resolves with the answer, or rejects
 * with a ChannelError that says what happened on the last attempt and how many were made.
 */
export async function askChannel(options: AskOptions): Promise<ChannelAnswer> {
  const url = channelRequestUrl(options.base, options.releaseId);
  const attempts = Math.max(1, options.attempts ?? 5);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const delayMs = options.delayMs ?? 2_000;
  const get = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
  };
  if (options.license) {
    headers.Authorization = `Basic ${Buffer.from(`license:${options.license}`).toString('base64')}`;
  }
  let last = new ChannelError(`${url}: not asked`);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(delayMs);
    let status: number | undefined;
    try {
      const res = await get(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      status = res.status;
      const body = await res.text();
      if (res.status === 200) {
        const answer = parseChannelAnswer(body);
        if (typeof answer !== 'string') return answer;
        throw new ChannelError(`${url} answered 200, but ${answer}`, 200);
      }
      last = new ChannelError(
        `${url} answered HTTP ${res.status}${statusMeaning(res.status, options)}`,
        status,
      );
    } catch (error) {
      if (error instanceof ChannelError && error.status === 200) throw error;
      if (!(error instanceof ChannelError))
        last = new ChannelError(`${url}: ${networkReason(error, timeoutMs)}`);
    }
    if (!worthRetrying(status)) throw last;
  }
  throw new ChannelError(
    `${last.message} (${attempts} attempt${attempts === 1 ? '' : 's'}, ${delayMs / 1000} s apart)`,
    last.status,
  );
}

function statusMeaning(status: number, options: AskOptions): string {
  if (status === 401 || status === 403)
    return options.license
      ? ' (the license was refused: expired, or not one the channel knows)'
      : ' (no license was sent, and the channel wants one)';
  if (status === 404 && options.releaseId) return ` (no release '${options.releaseId}' on the channel)`;
  if (status === 503) return ' (service unavailable)';
  return '';
}

function networkReason(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError')
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const code = err?.cause?.code;
  if (code) return `cannot connect (${code})`;
  return err?.cause?.message ?? err?.message ?? String(error);
}
