import type { Context } from '../../core/command.js';
import { UserError } from '../../core/errors.js';
import { str, type RawInputs } from '../../core/inputs.js';
import { decideSupport, type DecisionDetails } from '../../releases/policy.js';
import { loadCatalog, readReleaseSourceOptions } from '../../github/options.js';
import { readPolicyOptions } from '../../releases/policy-inputs.js';

interface SupportOptions {
  version: string;
  format: 'text' | 'json';
}

function parseOptions(raw: RawInputs): SupportOptions {
  const version = str(raw, 'version');
  if (!version) throw new UserError('Missing version.', 'Give --version, e.g. --version 0.74.1.');
  const format = str(raw, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UserError(`Unknown format '${format}'.`, 'Use text or json.');
  return { version, format };
}

function statusLine(d: DecisionDetails): string {
  if (d.daysLeft > 0) return `${d.status} (${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left)`;
  if (d.daysLeft === 0) return 'expired (support ended today)';
  return `expired (${-d.daysLeft} day${d.daysLeft === -1 ? '' : 's'} ago)`;
}

/** `wandb-operator-actions support --version 0.74.1`: the support decision, as text or JSON. */
export async function runSupport(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw);
  const { policy, asOf } = readPolicyOptions(raw, ctx);
  const source = readReleaseSourceOptions(raw, ctx);
  const loaded = await loadCatalog(source, ctx);
  const decision = decideSupport(loaded.catalog, options.version, policy, asOf);
  if (options.format === 'json') {
    ctx.out.json('support', true, { ...decision, source: loaded.source });
    return 0;
  }
  const lines = [
    `W&B Server ${decision.version}, policy ${decision.policy}, as of ${decision.asOf}`,
    `  end of support:  ${decision.endOfSupport}`,
    `  days left:       ${decision.daysLeft}`,
    `  status:          ${statusLine(decision)}`,
    `  recommended:     ${decision.target ?? `none: no usable release is newer than ${decision.version}`}`,
    `  why:             ${decision.reason}`,
    `  releases from:   ${loaded.source}`,
  ];
  if (decision.skipReason)
    lines.push(`  warning:         ${decision.version} is on the skip-list: ${decision.skipReason}`);
  ctx.out.print(lines.join('\n'));
  if (decision.skipReason) ctx.out.warning(`${decision.version} is on the skip-list: ${decision.skipReason}`);
  return 0;
}
