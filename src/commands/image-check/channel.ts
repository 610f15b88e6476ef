import type { Context } from '../../core/command.js';
import {
  ChannelError,
  askChannel,
  describeRelease,
  releaseIdOf,
  specWithChannel,
} from '../../charts/channel.js';
import { secretValuesIn, type BuiltConfig } from '../../config/index.js';
import type { PlanProblem } from '../../images/plan.js';
import type { ImageCheckOptions } from './options.js';

export interface ChannelUse {
  /** The configuration to render: the CR's own, or with the channel's chart and values merged in. */
  built: BuiltConfig;
  /** The release rendered, for the log, the summary and the channel-release output. */
  release?: string;
  base?: string;
  /** The CR has no spec.chart and the channel gave the chart. */
  chartFromChannel?: boolean;
  /** The channel could not be asked: an error without spec.chart (nothing to render), else a warning. */
  problem?: PlanProblem;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the operator's release channel adds, asked as the operator asks it (facts 1.2 steps 3-5, 1.4): never
 * when air-gapped; the license of the CR's global.license, else the license input; the CR's values over the
 * channel's, the CR's chart over the channel's.
 */
export async function consultChannel(
  options: ImageCheckOptions,
  built: BuiltConfig,
  ctx: Context,
): Promise<ChannelUse> {
  if (options.airgapped) {
    ctx.out.info('Air-gapped: the release channel is not asked (the operator never asks it).');
    return { built };
  }
  const spec = isMap(built.cr.spec) ? built.cr.spec : {};
  const values = isMap(spec.values) ? spec.values : {};
  const global = isMap(values.global) ? values.global : {};
  const crLicense = typeof global.license === 'string' && global.license !== '' ? global.license : undefined;
  const license = crLicense ?? options.license;
  if (license) ctx.redactor.add(`license:${license}`);
  const releaseId = typeof values._releaseId === 'string' ? releaseIdOf(values) : undefined;
  const base = options.channelUrl;
  const hasChart = spec.chart !== undefined && spec.chart !== null;
  return ctx.out.group(`Release channel ${base}`, async () => {
    const how = crLicense
      ? 'with the license of spec.values.global.license'
      : license
        ? 'with the license input'
        : isMap(global.licenseSecret)
          ? `without a license: the CR reads it from the Secret global.licenseSecret names, which is in the cluster (give the license input, WANDB_LICENSE, to ask as the operator does)`
          : 'without a license (none in the CR or the license input)';
    ctx.out.info(
      `Not air-gapped: the operator takes ${hasChart ? 'the values the CR does not set' : 'the chart and the values the CR does not set'} from the release channel; asking ${base} for ${releaseId ? `the pinned release ${releaseId} (values._releaseId)` : 'its current release'} ${how}.`,
    );
    if (license && base.startsWith('http:') && !/^http:\/\/(127\.|localhost[:/]|\[::1\])/.test(`${base}/`)) {
      ctx.out.warning(`The license goes to ${base} over plain HTTP, readable on the network: use HTTPS.`);
    }
    try {
      const answer = await askChannel({ base, license, releaseId });
      // Whatever the channel serves may hold secrets (a chart repository password, values): never shown.
      for (const secret of secretValuesIn({ chart: answer.chart, values: answer.values }))
        ctx.redactor.add(secret);
      const merged = specWithChannel(spec, answer);
      const release = describeRelease(answer, releaseId);
      ctx.out.info(
        `The release channel answered: ${release}. Rendered: ${merged.chartFrom === 'channel' ? "the channel's chart" : 'the chart of spec.chart'}${options.render.chart ? ` (the chart input '${options.render.chart}' in its place)` : ''}, with the CR's values over the channel's.`,
      );
      return {
        built: {
          ...built,
          cr: { ...built.cr, spec: { ...spec, chart: merged.chart, values: merged.values } },
        },
        release,
        base,
        chartFromChannel: merged.chartFrom === 'channel',
      };
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      const fix = `Check channel-url (${base}, the operator's DEPLOYER_CHANNEL_URL) and that this runner reaches it${license ? '' : ', and give the license (license input, WANDB_LICENSE) if the channel wants one'}; or pin spec.chart and the image tags in the CR (docs/release-channel.md); or, if the operator runs air-gapped, say airgapped: true.`;
      const problem: PlanProblem = hasChart
        ? {
            severity: 'warning',
            keyPath: 'spec.values',
            message: `The release channel could not be asked: ${error.message}. The operator takes the values the CR does not set from it, so images the CR does not pin may differ from those listed here (rendered with the CR's values alone).`,
            fix,
          }
        : {
            severity: 'error',
            keyPath: 'spec.chart',
            message: `The release channel could not be asked: ${error.message}. The CR has no spec.chart, so the operator takes the chart and its values from the channel: which images it will deploy cannot be known here. (An operator failing the same way uses the release it cached last, in the Secret ${String((built.cr.metadata as { name?: unknown } | undefined)?.name ?? 'wandb')}-latest-cached-release, or, with none, leaves the CR in 'Invalid Config'.)`,
            fix,
          };
      return { built, base, problem };
    }
  });
}
