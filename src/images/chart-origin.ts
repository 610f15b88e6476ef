/**
 * Where the operator will take the operator-wandb chart from (the CR's `spec.chart`), judged for an air-gapped
 * install. Pure: the CR in, findings out.
 *
 * An air-gapped operator never calls the release channel (wandb/operator v1: the deployer is skipped when
 * `airgapped` is set), so without `spec.chart` it has no chart at all and the CR ends in `Invalid Config`
 * ("No release type was found in the spec"). A `spec.chart` that names a public host cannot be reached either.
 *
 * "Public" is decided plainly, from the host of `spec.chart.url` (http(s):// repository or oci://):
 * a host is INTERNAL when it is
 *   - the internal registry's host (any port),
 *   - `localhost`, or an IP literal in a loopback, private, link-local or unique-local range
 *     (127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, ::1, fc00::/7, fe80::/10),
 *   - a name without a dot (an in-cluster Service or a host-file name), or a name under `.svc`,
 *     `.cluster.local`, `.internal` (ICANN's private-use name), `.local`, `.lan` or `.home.arpa`,
 *   - or listed in the `internal-hosts` input (a host, or `.suffix` / `*.suffix` for every name under it);
 * every other host is PUBLIC (charts.wandb.ai, ghcr.io, docker.io, any other name on the internet).
 * `spec.chart.path` is a path inside the operator's pod (the wandb-charts ConfigMap): never public.
 */
import { isIP } from 'node:net';
import type { PlanProblem } from './plan.js';
import type { RegistryTarget } from './reference.js';

export interface ChartOriginOptions {
  airgapped: boolean;
  registry: RegistryTarget;
  /** Extra hosts (or `.suffix`) to treat as internal. */
  internalHosts: string[];
  /** Not air-gapped: the release channel's release that was rendered (src/charts/channel.ts describeRelease). */
  channelRelease?: string;
}

type Json = Record<string, unknown>;

const isMap = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const PRIVATE_SUFFIXES = ['.svc', '.cluster.local', '.internal', '.local', '.lan', '.home.arpa'];

function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colon = host.lastIndexOf(':');
  return colon > 0 && host.indexOf(':') === colon ? host.slice(0, colon) : host;
}

function privateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return (
      a === 127 ||
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  if (isIP(ip) === 6) {
    const lower = ip.toLowerCase();
    return lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower);
  }
  return false;
}

/** Whether a chart host (with or without port) is internal, by the rules at the top of this file. */
export function isInternalHost(
  hostWithPort: string,
  options: Pick<ChartOriginOptions, 'registry' | 'internalHosts'>,
): boolean {
  const host = stripPort(hostWithPort.toLowerCase()).replace(/\.$/, '');
  if (host === stripPort(options.registry.host)) return true;
  if (host === 'localhost' || privateAddress(host)) return true;
  if (isIP(host) === 0 && !host.includes('.')) return true;
  if (PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) return true;
  return options.internalHosts.some((entry) => {
    const wanted = entry.trim().toLowerCase().replace(/^\*\./, '.');
    if (!wanted) return false;
    return wanted.startsWith('.') ? host.endsWith(wanted) : host === stripPort(wanted);
  });
}

/** The host of `spec.chart.url`, or undefined when there is no URL to judge. */
export function chartHost(url: string): string | undefined {
  const match = /^(?:oci|https?):\/\/(?:[^@/\s]*@)?(\[[^\]]+\](?::\d+)?|[^/\s?#]+)/i.exec(url.trim());
  return match?.[1];
}

/** Findings on spec.chart: none unless air-gapped, except the plain note that the release channel chooses. */
export function chartOriginFindings(cr: unknown, options: ChartOriginOptions): PlanProblem[] {
  const chart = isMap(cr) && isMap(cr.spec) ? cr.spec.chart : undefined;
  if (chart === undefined || chart === null) {
    return [
      options.airgapped
        ? {
            severity: 'error',
            keyPath: 'spec.chart',
            path: ['spec'],
            message:
              "spec.chart is missing: an air-gapped operator never asks the release channel, so it has no chart to install (the CR would stay 'Invalid Config': No release type was found in the spec).",
            fix: "Set spec.chart to the operator-wandb chart in your internal chart repository (url, name, version), an oci:// URL there, or path: /charts/operator-wandb (the wandb-charts ConfigMap that 'wsm deploy chart-cm' creates).",
          }
        : options.channelRelease
          ? {
              severity: 'warning',
              keyPath: 'spec.chart',
              path: ['spec'],
              message: `spec.chart is absent: the images listed are those of the release channel's ${options.channelRelease}, with the CR's values over the channel's. The channel can serve another release at any reconcile (hourly by default), with other images, without a change to this configuration.`,
              fix: 'Pin spec.chart (url, name, version) and the image tags in spec.values so that what is checked here is what will be deployed (docs/release-channel.md).',
            }
          : {
              severity: 'warning',
              keyPath: 'spec.chart',
              path: ['spec'],
              message:
                'spec.chart is absent: the release channel (deploy.wandb.ai) supplies the chart and its values when the operator reconciles, and may pull other images than the chart rendered here.',
              fix: 'Pin spec.chart (url, name, version) to check exactly what will be deployed.',
            },
    ];
  }
  if (!options.airgapped || !isMap(chart)) return [];
  const url = typeof chart.url === 'string' ? chart.url.trim() : '';
  if (!url) return [];
  const host = chartHost(url);
  if (!host || isInternalHost(host, options)) return [];
  return [
    {
      severity: 'error',
      keyPath: 'spec.chart.url',
      path: ['spec', 'chart', 'url'],
      message: `spec.chart.url '${url.replace(/\/\/[^@/\s]*@/, '//***@')}' is on ${host}, a public host that an air-gapped operator cannot reach.`,
      fix: `Mirror the chart into your internal chart repository or OCI registry (e.g. oci://${options.registry.display}/charts) and point spec.chart.url there; if ${stripPort(host)} is internal, list it in internal-hosts.`,
    },
  ];
}
