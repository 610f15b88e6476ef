import type { Context } from '../../core/command.js';
import { bool, type RawInputs } from '../../core/inputs.js';
import { NotImplementedError } from '../../core/errors.js';
import { unifiedDiff, diffStat } from '../../diff/unified.js';
import { loadConfig, maskedYaml, parseConfigOptions, type ConfigOptions } from '../config-input.js';

interface ApplyOptions extends ConfigOptions {
  dryRun: boolean;
  rollbackOnFailure: boolean;
}

function parseOptions(raw: RawInputs): ApplyOptions {
  return {
    ...parseConfigOptions(raw),
    dryRun: bool(raw, 'dry-run'),
    rollbackOnFailure: bool(raw, 'rollback-on-failure'),
  };
}

export async function runApplyCr(raw: RawInputs, ctx: Context): Promise<number> {
  const options = parseOptions(raw);
  const built = loadConfig(options, ctx);
  if (!built.ok) {
    ctx.out.error('Nothing was applied: the configuration has errors (listed above).');
    ctx.out.setOutput('changed', false);
    return 1;
  }
  if (!options.dryRun) throw new NotImplementedError('apply-cr against a live cluster');

  const metadata = built.cr.metadata as { name: string; namespace: string };
  const label = `weightsandbiases/${metadata.name} (namespace ${metadata.namespace})`;
  const diff = unifiedDiff('', maskedYaml(built.masked), {
    fromLabel: `${label}: not in the cluster`,
    toLabel: `${label}: desired`,
  });
  const { added, removed } = diffStat(diff);
  ctx.out.info(`Dry run: ${label} would be created (+${added} -${removed} lines). Nothing was changed.`);
  ctx.out.print(diff);
  ctx.out.summary(
    `### apply-cr (dry run)\n\n${label} would be created. Nothing was changed.\n\n\`\`\`diff\n${diff}\`\`\`\n`,
  );
  ctx.out.setOutput('changed', false);
  ctx.out.setOutput('diff', diff);
  ctx.out.setOutput('rolled-back', false);
  return 0;
}
