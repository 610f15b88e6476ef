import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { bool, list, num, str, type RawInputs } from '../../core/inputs.js';
import { channelBase } from '../../charts/channel.js';
import { parseRegistry, type RegistryTarget } from '../../images/reference.js';
import { parseConfigOptions, type ConfigOptions } from '../../config/load.js';
import { parseRenderCheckOptions, type RenderCheckOptions } from '../../charts/render-check.js';
import { wantsJson } from '../../core/common-inputs.js';

export interface ImageCheckOptions extends ConfigOptions {
  registry: RegistryTarget;
  username?: string;
  password?: string;
  caFile?: string;
  airgapped: boolean;
  controllerRepository: string;
  controllerTag?: string;
  timeoutMs: number;
  /** How to get and render the operator-wandb chart (the render check's inputs, always required here). */
  render: RenderCheckOptions;
  /** The `operator-chart` input: a local operator chart archive or directory. */
  operatorChart?: string;
  internalHosts: string[];
  renderTimeoutMs: number;
  /** The release channel's base URL (asked only when not air-gapped). */
  channelUrl: string;
  /** The `license` input (WANDB_LICENSE), used when the CR has no global.license. */
  license?: string;
  /** `--format json`: the result as one document on stdout, instead of the table and the line. */
  json: boolean;
}

/** The inputs of image-check, read once. */
export function parseOptions(raw: RawInputs, ctx: Context): ImageCheckOptions {
  const password = str(raw, 'registry-password');
  ctx.redactor.add(password);
  const registryText = str(raw, 'registry') ?? '';
  const registry = parseRegistry(registryText);
  if (!registry) {
    throw new UserError(
      `'${registryText}' is not a registry address.`,
      'Give --registry as HOST[:PORT][/PREFIX] (https), or http://HOST:PORT for a plain-HTTP registry.',
    );
  }
  const username = str(raw, 'registry-username');
  if (password && !username) {
    throw new UserError(
      'A registry password is set (REGISTRY_PASSWORD) but no user name.',
      'Give --registry-username too (for a token, the user name the registry expects with it).',
    );
  }
  const license = str(raw, 'license');
  if (license) {
    ctx.redactor.add(license);
    ctx.redactor.add(`license:${license}`);
  }
  const channelText = str(raw, 'channel-url') ?? 'https://deploy.wandb.ai';
  const channelUrl = channelBase(channelText);
  if (!channelUrl) {
    throw new UserError(
      `'${channelText}' is not a release channel URL.`,
      "Give --channel-url as http(s)://HOST[:PORT][/PATH] with no credentials, e.g. https://deploy.wandb.ai (the default), as the operator's DEPLOYER_CHANNEL_URL.",
    );
  }
  const timeout = num(raw, 'request-timeout') ?? 30;
  if (!(timeout > 0)) throw new UserError(`--request-timeout must be a positive number of seconds.`);
  return {
    ...parseConfigOptions(raw),
    registry,
    username,
    password,
    caFile: str(raw, 'registry-ca-file'),
    airgapped: raw.airgapped === undefined ? true : bool(raw, 'airgapped'),
    // The operator installed air-gapped runs from the internal registry (install-operator --image-repository).
    controllerRepository: str(raw, 'controller-repository') ?? `${registry.display}/wandb/controller`,
    controllerTag: str(raw, 'controller-tag'),
    timeoutMs: timeout * 1000,
    render: { ...parseRenderCheckOptions(raw, ctx), mode: 'true' },
    operatorChart: str(raw, 'operator-chart'),
    internalHosts: list(raw, 'internal-hosts').flatMap((entry) => entry.split(/[\s,]+/).filter(Boolean)),
    renderTimeoutMs: 120_000,
    channelUrl,
    license,
    json: wantsJson(raw.format),
  };
}
